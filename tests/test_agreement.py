"""The agreement as the partners print and sign it: articles built from the model, in the
convention's language or the one asked for, nothing shown as a code, an id or a raw
value, and an empty article saying what is still to be agreed."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import attrs
import pytest
from hypothesis import given

from partnership_model import (
    Convention,
    Dossier,
    InvalidValueError,
    Money,
    Partner,
    Period,
    render_agreement,
)
from partnership_model._agreement import agreement_document
from partnership_model._agreement_markdown import agreement_markdown
from partnership_model._agreement_writer import after_colon
from partnership_model._html_agreement import agreement_html
from partnership_model._markdown import escape
from partnership_model.testing.strategies import conventions
from tests.agreements import agreement
from tests.support import brussels, load_example
from tests.test_html_agreement import read, shown

FRENCH_ARTICLES = (
    "Objet",
    "Durée et entrée en vigueur",
    "Engagements et contributions des parties",
    "Gouvernance et prise de décision",
    "Dispositions financières",
    "Calendrier",
    "Évaluation",
    "Communication",
    "Relations avec les institutions et les pouvoirs publics",
    "Modification de la convention",
    "Adhésion, retrait et fin de la convention",
    "Conflits et litiges",
    "Dispositions diverses",
)


def ids_of(convention: Convention) -> set[str]:
    """The ids of what the text names, less those that are words the partners wrote too
    (the title says "fourneaux", which is also a partner's id)."""
    keys = {
        item.id
        for items in (
            convention.partners,
            convention.objectives,
            convention.needs,
            convention.target_publics,
            convention.roles,
            convention.tasks,
            convention.contributions,
            convention.governing_bodies,
            convention.decision_rules,
            convention.institutional_links,
            convention.timeline.steps,
            convention.evaluation.moments,
            convention.communication.actions,
            convention.funds.budget,
        )
        for item in items
    }
    clauses = [clause.text for clause in convention.clauses]
    written = " ".join([convention.name, convention.purpose, *clauses])
    return {key for key in keys if not re.search(rf"\b{re.escape(key)}\b", written)}


def article_titles(text: str) -> list[str]:
    return re.findall(r"^## (?:Article|Artikel) \d+(?:er)? — (.+)$", text, flags=re.MULTILINE)


def test_the_brussels_convention_reads_as_numbered_articles_in_its_own_language() -> None:
    text = render_agreement(brussels())  # written in fr-BE: French by default
    assert text.startswith("# ")
    assert "**Convention de partenariat**" in text
    assert article_titles(text) == list(FRENCH_ARTICLES)
    numbers = re.findall(r"^## Article (\d+(?:er)?) — ", text, flags=re.MULTILINE)
    assert numbers == ["1er", *(str(n) for n in range(2, len(FRENCH_ARTICLES) + 1))]


def test_every_party_is_named_at_the_head_and_signs_at_the_end() -> None:
    dossier = brussels()
    text = render_agreement(dossier)
    head, signatures = text.split("## Signatures")
    for partner in dossier.convention.partners:
        assert f"- **{escape(partner.name)}**" in head
        assert f"### {escape(partner.name)}" in signatures
    assert "BCE 0" in head  # the enterprise number as the register writes it


def test_amounts_dates_and_rhythms_follow_the_language() -> None:
    dossier = brussels()
    french = render_agreement(dossier, language="fr-BE")
    assert "39\u202f500,00\u00a0€" in french  # the total of the funding plan
    assert "du 1er janvier 2027 au 31 décembre 2027" in french
    english = render_agreement(dossier, language="en")
    assert "€39,500.00" in english
    assert "from 1 January 2027 to 31 December 2027" in english
    dutch = render_agreement(dossier, language="nl")
    assert "€\u00a039.500,00" in dutch
    assert "1 januari 2027" in dutch


def test_nothing_is_shown_as_a_code_an_id_or_a_raw_value() -> None:
    dossier = brussels()
    for language in ("fr", "en", "nl"):
        text = render_agreement(dossier, language=language)
        assert "FREQ=" not in text
        assert "BYDAY" not in text
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text), "an ISO date"
        assert "`" not in text
        for key in ids_of(dossier.convention):
            assert not re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text), key
        for code in ("steering_committee", "duration_and_renewal", "daily_management"):
            assert code not in text
        assert not re.search(r"\d\.\d\d EUR", text), "an amount as the JSON writes it"


def test_a_signed_convention_is_no_draft_and_an_unsigned_one_is_marked_as_such() -> None:
    dossier = brussels()
    assert "PROJET" not in render_agreement(dossier)
    unsigned = attrs.evolve(dossier.convention, signatures=dossier.convention.signatures[1:])
    assert "> **PROJET**" in render_agreement(unsigned)
    assert "> **DRAFT**" in render_agreement(unsigned, language="en")


def test_an_empty_convention_says_what_is_still_to_be_agreed_in_every_article() -> None:
    text = render_agreement(Convention(name="Projet de quartier"))
    titles = article_titles(text)
    assert titles == list(FRENCH_ARTICLES[:-1])  # no other clause: no such article
    for article in text.split("\n## ")[1:-1]:
        assert "À compléter" in article, article
    assert "> **PROJET**" in text


def test_what_the_partners_wrote_reads_as_text_never_as_markup() -> None:
    hostile = Partner(id="x", name="<script>alert(1)</script> [lien](javascript:alert(1))")
    text = render_agreement(Convention(name="*Projet*", partners=(hostile,)))
    assert "<script>" not in text
    assert "[lien](" not in text  # the brackets are escaped: no link
    assert "\\[lien\\](javascript:alert(1))" in text
    assert "# \\*Projet\\*" in text


def test_a_template_lays_out_html_only_and_an_unknown_format_is_refused() -> None:
    convention = Convention(name="Projet")
    with pytest.raises(InvalidValueError, match="template"):
        render_agreement(convention, template="house-style")
    with pytest.raises(InvalidValueError, match="format"):
        render_agreement(convention, format="docx")  # type: ignore[arg-type]


def test_a_total_in_several_currencies_says_each_sum() -> None:
    dossier = brussels()
    budget = dossier.convention.funds.budget
    extra = attrs.evolve(
        budget[0], id="usd", amount=Money(amount=Decimal("100.50"), currency="USD")
    )
    funds = attrs.evolve(dossier.convention.funds, budget=(*budget, extra))
    text = render_agreement(attrs.evolve(dossier.convention, funds=funds), language="en")
    assert "€39,500.00 + US\\$100.50" in text  # the dollar escaped, as Markdown needs


@given(conventions())
def test_any_convention_gives_an_agreement_naming_every_party(convention: Convention) -> None:
    for language in ("fr", "en", "nl"):
        text = render_agreement(Dossier(convention=convention), language=language)
        assert len(article_titles(text)) >= 12
        for partner in convention.partners:
            assert escape(partner.name) in text


@given(conventions())
def test_any_convention_lays_out_as_html_showing_its_text_and_no_markup(
    convention: Convention,
) -> None:
    # read() finds the template's own elements and attributes only, and every text of the
    # document where it belongs, as a screen shows it.
    document = agreement_document(convention, None, "fr")
    assert read(agreement_html(document)) == shown(document)


def test_an_amended_text_says_it_is_consolidated_and_since_when() -> None:
    year = load_example("brussels_partnership").build_year()
    latest = max(amendment.effective_from for amendment in year.amendments)
    text = render_agreement(year, language="en")
    assert (
        f"*Consolidated text, as amended by {len(year.amendments)} amendments, the last in "
        f"force since {latest.day} {latest.strftime('%B')} {latest.year}.*"
    ) in text
    assert "Consolidated" not in render_agreement(brussels(), language="en")
    once = attrs.evolve(year, amendments=year.amendments[:1])
    day = year.amendments[0].effective_from
    assert f"as amended by one amendment, in force since {day.day} {day:%B} {day.year}." in (
        render_agreement(once, language="en")
    )


def test_how_many_originals_and_where_they_were_signed() -> None:
    signed = render_agreement(brussels())  # four parties, all at Laeken on one day
    assert (
        "Fait à Laeken, le 15 décembre 2026, en 4 exemplaires originaux, chaque partie "
        "reconnaissant avoir reçu le sien."
    ) in signed
    unsigned = render_agreement(Convention(name="Projet", partners=(Partner(id="a", name="A"),)))
    assert "Fait en 1 exemplaires originaux" in unsigned


@pytest.mark.parametrize(
    ("sentence", "run_on"),
    [
        ("Les décisions sont prises par consensus.", "les décisions sont prises par consensus."),
        ("CPAS de Laeken décide seul.", "CPAS de Laeken décide seul."),  # a name keeps it
        ("", ""),
    ],
)
def test_a_sentence_run_on_after_a_colon_starts_in_lower_case(sentence: str, run_on: str) -> None:
    assert after_colon(sentence) == run_on


def test_a_document_without_a_closing_sentence_goes_straight_to_the_signatures() -> None:
    document = agreement(4)  # built by hand, as an application's own builder might
    assert document.closing == ""
    text = agreement_markdown(document)
    head, signatures = text.split(f"## {document.signatures_heading}\n\n")
    assert signatures.startswith(f"### {document.signatures[0].party}")
    assert "## Article 1er — Objet" in head


def test_the_network_and_where_each_party_answers_are_said_with_the_institutions() -> None:
    text = render_agreement(brussels())
    article = text.split("## Article 9 — ")[1].split("## Article 10")[0]
    assert "Les parties s'appuient aussi sur le réseau des structures suivantes\u00a0:" in article
    for structure in brussels().directory.structures:
        assert f"- {structure.name} (" in article
    # The Pont's board is named once: as a link, not again as where the Pont answers.
    assert article.count("Conseil d'administration du Pont") == 1
    draft = render_agreement(load_example("draft").build_dossier(), language="en")
    assert "— answers to: Service jeunesse de la commune, public authority" in draft


def test_a_period_with_one_end_known_says_the_other_is_to_be_agreed() -> None:
    starts = Convention(name="P", period=Period(start=dt.date(2027, 9, 1)))
    assert "prend effet le 1er septembre 2027\u00a0; sa date de fin reste à convenir." in (
        render_agreement(starts)
    )
    ends = Convention(name="P", period=Period(end=dt.date(2027, 12, 31)))
    assert "This agreement ends on 31 December 2027; its start date is still to be agreed." in (
        render_agreement(ends, language="en")
    )


def test_decisions_are_recorded_in_minutes_whatever_the_rules() -> None:
    text = render_agreement(Convention(name="Projet"))
    assert "Chaque décision est consignée dans un procès-verbal écrit." in text
