"""summarize() and render_markdown(): the convention (or the dossier) told to people.

summarize() gives a few lines saying what it is, who is in it and how far it has got;
render_markdown() writes the whole convention as a Markdown document to read and sign.
Both put the library's labels in French, English or Dutch; what the partners wrote
(names, titles) stays as they wrote it, and in the document it is shown literally.
"""

from __future__ import annotations

import datetime as dt
import re
import string
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import (
    Assignment,
    Audience,
    Ballot,
    BudgetLine,
    Choice,
    Clause,
    ClauseKind,
    CommunicationAction,
    CommunicationPlan,
    ConflictProcedure,
    ConflictRecord,
    ConflictStep,
    Contribution,
    ContributionKind,
    Convention,
    DecideNote,
    DecideStep,
    DecisionMode,
    DecisionRecord,
    DecisionRule,
    Dossier,
    EscalationAction,
    EscalationStep,
    EvaluationMoment,
    EvaluationPlan,
    EvaluationReport,
    Form,
    FundManagement,
    GoverningBody,
    Indicator,
    InstitutionalLink,
    InstitutionKind,
    InvalidValueError,
    Involvement,
    Money,
    Need,
    NeedCategory,
    Objective,
    Outcome,
    Partner,
    PartnershipModelError,
    Period,
    Proxy,
    ProxyRule,
    Raci,
    Recurrence,
    ReportingDuty,
    Representative,
    Role,
    RoleKind,
    Rounding,
    Signature,
    Step,
    StepKind,
    Task,
    TieBreak,
    Timeline,
    Topic,
    UnsupportedLanguageError,
    Veto,
    VetoHolders,
    VoteBase,
    Weight,
    WrittenProcedure,
    classify,
    render_gantt,
    render_markdown,
    summarize,
    to_json,
    validate,
)
from partnership_model._markdown import MarkdownPage, cell, escape, mermaid
from partnership_model.render import REFERENCE_LENGTH
from partnership_model.text import visible
from tests import generators as gen
from tests.brussels import bonnevie, cpas, eur, marolles
from tests.support import assert_refused, brussels, finishing_within, load_example

# --- Brussels fixtures ------------------------------------------------------------------


def summer_camp() -> Convention:
    """Bonnevie and the Marolles run a summer camp together; the CPAS funds it."""
    return Convention(
        name="Stage d'été Bonnevie-Marolles",
        form=Form.PARTNERSHIP,
        partners=(bonnevie(), marolles(), cpas()),
        carriers=("bonnevie", "marolles"),
        period=Period(start=dt.date(2026, 7, 1), end=dt.date(2026, 8, 31)),
        roles=(
            Role(id="role-coordination", kind=RoleKind.COORDINATOR, holders=("bonnevie",)),
            Role(id="role-tresorerie", kind=RoleKind.TREASURER, holders=("marolles",)),
        ),
        objectives=(
            Objective(
                id="obj-loisirs",
                title="Offrir des vacances actives aux enfants",
                indicators=(
                    Indicator(id="ind-enfants", name="Enfants inscrits"),
                    Indicator(id="ind-sorties", name="Sorties organisées"),
                ),
            ),
            Objective(
                id="obj-parents",
                title="Créer du lien avec les parents",
                indicators=(Indicator(id="ind-parents", name="Parents présents à la fête"),),
            ),
        ),
        needs=(
            Need(id="need-animation", category=NeedCategory.FINANCIAL, amount=eur("4200.00")),
            Need(id="need-bus", category=NeedCategory.FINANCIAL, amount=eur("800.50")),
            Need(id="need-salle", category=NeedCategory.INFRASTRUCTURE),
        ),
        tasks=(
            Task(
                id="task-activites",
                title="Activités",
                assignments=(
                    Assignment(partner="bonnevie", raci=Raci.ACCOUNTABLE),
                    Assignment(partner="marolles", raci=Raci.RESPONSIBLE),
                ),
            ),
        ),
        contributions=(
            Contribution(
                id="c-subside",
                partner="cpas-molenbeek",
                kind=ContributionKind.FINANCIAL,
                amount=eur("5000.00"),
                covers=("need-animation", "need-bus"),
            ),
            Contribution(
                id="c-animateurs",
                partner="marolles",
                kind=ContributionKind.HUMAN,
                description="Deux animateurs",
                covers=("need-animation",),
            ),
            Contribution(
                id="c-salle",
                partner="bonnevie",
                kind=ContributionKind.PREMISES,
                description="La grande salle",
                covers=("need-salle",),
            ),
        ),
        governing_bodies=(
            GoverningBody(id="copil", name="Comité de pilotage", members=("bonnevie", "marolles")),
        ),
        timeline=Timeline(
            steps=(
                Step(
                    id="step-demande",
                    title="Demande de subside",
                    kind=StepKind.SUBSIDY_APPLICATION,
                ),
                Step(id="step-stage", title="Stage", kind=StepKind.PROJECT),
                Step(id="step-rapport", title="Rapport au CPAS", kind=StepKind.SUBSIDY_REPORT),
                Step(id="step-eval", title="Évaluation", kind=StepKind.EVALUATION),
            )
        ),
        evaluation=EvaluationPlan(
            moments=(EvaluationMoment(id="eval-fin", title="Bilan de fin de stage"),)
        ),
        communication=CommunicationPlan(
            actions=(
                CommunicationAction(id="com-affiches", audience=Audience.PUBLIC),
                CommunicationAction(id="com-copil", audience=Audience.PROFESSIONALS),
                CommunicationAction(id="com-cpas", audience=Audience.INSTITUTIONS),
            )
        ),
        signatures=(
            Signature(partner="bonnevie", signatory="Fatima El Idrissi"),
            Signature(partner="marolles", signatory="Jan Peeters"),
        ),
    )


def summer_camp_dossier() -> Dossier:
    return Dossier(
        convention=summer_camp(),
        minutes=(
            DecisionRecord(id="pv-1", date=dt.date(2026, 3, 2), title="Lancement"),
            DecisionRecord(id="pv-2", date=dt.date(2026, 5, 4), title="Budget"),
            DecisionRecord(id="pv-3", date=dt.date(2026, 6, 8), title="Programme"),
        ),
    ).amend(
        attrs.evolve(
            summer_camp(), period=Period(start=dt.date(2026, 7, 6), end=dt.date(2026, 8, 28))
        ),
        id="avenant-dates",
        effective_from=dt.date(2026, 6, 9),
        rationale="Les dates suivent le calendrier scolaire.",
    )


def value_after(summary: str, label: str) -> str:
    """What follows ``label`` and its colon, whatever spacing the language puts around it."""
    for line in summary.splitlines():
        if line.startswith(label):
            rest = line[len(label) :].lstrip(" \u00a0\u202f")
            if rest.startswith(":"):
                return rest[1:].strip(" \u00a0\u202f")
    raise AssertionError(f"no line labelled {label!r} in:\n{summary}")


LABELS = {
    "fr": {
        "form": "Forme déclarée",
        "classified": "d'après les faits",
        "partners": "Partenaires",
        "coordinator": "Coordination",
        "period": "Période",
        "objectives": "Objectifs",
        "indicators": "Indicateurs d'évaluation",
        "needs": "Besoins",
        "financial-needs": "Besoins financiers",
        "tasks": "Tâches",
        "contributions": "Contributions",
        "steps": "Étapes de l'échéancier",
        "administrative-steps": "dont démarches administratives",
        "evaluation-moments": "Moments d'évaluation",
        "communication-actions": "Actions de communication",
        "signatures": "Signatures",
        "minutes": "Comptes-rendus de décision",
        "amendments": "Avenants",
        "none": "néant",
    },
    "en": {
        "form": "Declared form",
        "classified": "from the facts",
        "partners": "Partners",
        "coordinator": "Coordination",
        "period": "Period",
        "objectives": "Objectives",
        "indicators": "Evaluation indicators",
        "needs": "Needs",
        "financial-needs": "Financial needs",
        "tasks": "Tasks",
        "contributions": "Contributions",
        "steps": "Timeline steps",
        "administrative-steps": "of which administrative steps",
        "evaluation-moments": "Evaluation moments",
        "communication-actions": "Communication actions",
        "signatures": "Signatures",
        "minutes": "Decision minutes",
        "amendments": "Amendments",
        "none": "none",
    },
    "nl": {
        "form": "Opgegeven vorm",
        "classified": "volgens de feiten",
        "partners": "Partners",
        "coordinator": "Coördinatie",
        "period": "Periode",
        "objectives": "Doelstellingen",
        "indicators": "Evaluatie-indicatoren",
        "needs": "Behoeften",
        "financial-needs": "Financiële behoeften",
        "tasks": "Taken",
        "contributions": "Bijdragen",
        "steps": "Stappen in de tijdlijn",
        "administrative-steps": "waarvan administratieve stappen",
        "evaluation-moments": "Evaluatiemomenten",
        "communication-actions": "Communicatieacties",
        "signatures": "Handtekeningen",
        "minutes": "Beslissingsverslagen",
        "amendments": "Wijzigingen",
        "none": "geen",
    },
}

LANGUAGES = ("fr", "en", "nl")


# --- the convention's own words ----------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_summary_opens_with_the_convention_name_underlined(language: str) -> None:
    lines = summarize(summer_camp(), language).splitlines()

    assert lines[0] == "Stage d'été Bonnevie-Marolles"
    assert lines[1] == "=" * len("Stage d'été Bonnevie-Marolles")


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_the_partners_wrote_is_not_translated(language: str) -> None:
    summary = summarize(summer_camp(), language)

    assert "Maison de quartier Bonnevie" in summary
    assert "Entr'aide des Marolles" in summary
    assert "CPAS de Molenbeek" in summary


def test_the_summary_is_in_french_by_default() -> None:
    assert summarize(summer_camp()) == summarize(summer_camp(), "fr")


# --- labels in the requested language --------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_is_in_the_requested_language(language: str) -> None:
    labels = LABELS[language]
    summary = summarize(summer_camp(), language)

    for key in (
        "form",
        "partners",
        "coordinator",
        "period",
        "objectives",
        "indicators",
        "needs",
        "financial-needs",
        "tasks",
        "contributions",
        "steps",
        "administrative-steps",
        "evaluation-moments",
        "communication-actions",
        "signatures",
    ):
        value_after(summary, labels[key])


@pytest.mark.parametrize(
    ("language", "partners_label", "period_label"),
    [
        ("fr", "Partenaires", "Période"),
        ("en", "Partners", "Period"),
        ("nl", "Partners", "Periode"),
    ],
)
def test_partners_and_period_labels(language: str, partners_label: str, period_label: str) -> None:
    summary = summarize(summer_camp(), language)

    assert value_after(summary, partners_label).startswith("Maison de quartier Bonnevie")
    assert value_after(summary, period_label) == "2026-07-01 → 2026-08-31"


@pytest.mark.parametrize("tag", ["fr-BE", "nl-BE", "en-GB", "FR", "NL"])
def test_a_regional_or_upper_case_tag_selects_the_library_language(tag: str) -> None:
    assert summarize(summer_camp(), tag) == summarize(summer_camp(), tag[:2].lower())


# --- what the lines say ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "fr",
            "Maison de quartier Bonnevie (association), Entr'aide des Marolles (association), "
            "CPAS de Molenbeek (pouvoir public)",
        ),
        (
            "en",
            "Maison de quartier Bonnevie (association), Entr'aide des Marolles (association), "
            "CPAS de Molenbeek (public authority)",
        ),
        (
            "nl",
            "Maison de quartier Bonnevie (vereniging), Entr'aide des Marolles (vereniging), "
            "CPAS de Molenbeek (overheid)",
        ),
    ],
)
def test_partners_are_listed_by_name_with_their_kind(language: str, expected: str) -> None:
    assert value_after(summarize(summer_camp(), language), LABELS[language]["partners"]) == (
        expected
    )


@pytest.mark.parametrize(
    ("language", "declared", "found"),
    [
        ("fr", "collaboration", "partenariat"),
        ("en", "collaboration", "partnership"),
        ("nl", "samenwerking", "partnerschap"),
    ],
)
def test_the_declared_form_is_shown_beside_the_form_the_facts_point_to(
    language: str, declared: str, found: str
) -> None:
    # Declared a collaboration, but two carriers share the work: both are shown.
    convention = attrs.evolve(summer_camp(), form=Form.COLLABORATION)

    line = value_after(summarize(convention, language), LABELS[language]["form"])

    assert line.startswith(f"{declared} (")
    assert LABELS[language]["classified"] in line
    assert line.endswith(f"{found})")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_coordinator_is_named_by_partner_name(language: str) -> None:
    summary = summarize(summer_camp(), language)

    assert value_after(summary, LABELS[language]["coordinator"]) == "Maison de quartier Bonnevie"


def test_several_coordinators_and_an_unknown_holder_are_all_shown() -> None:
    convention = attrs.evolve(
        summer_camp(),
        roles=(
            Role(id="r1", kind=RoleKind.COORDINATOR, holders=("bonnevie", "ocmw-brussel")),
            Role(id="r2", kind=RoleKind.COORDINATOR, holders=("marolles",)),
        ),
    )

    assert value_after(summarize(convention, "en"), "Coordination") == (
        "Maison de quartier Bonnevie, ocmw-brussel, Entr'aide des Marolles"
    )


@pytest.mark.parametrize(
    ("period", "shown"),
    [
        (Period(start=dt.date(2026, 7, 1)), "2026-07-01 → ?"),
        (Period(end=dt.date(2026, 8, 31)), "? → 2026-08-31"),
        (Period(), "? → ?"),
    ],
)
def test_an_unknown_start_or_end_is_shown_as_a_question_mark(period: Period, shown: str) -> None:
    convention = attrs.evolve(summer_camp(), period=period)

    assert value_after(summarize(convention, "en"), "Period") == shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_counts_of_each_part_are_given(language: str) -> None:
    labels = LABELS[language]
    summary = summarize(summer_camp(), language)

    counts = {
        "objectives": "2",
        "indicators": "3",
        "needs": "3",
        "tasks": "1",
        "contributions": "3",
        "steps": "4",
        "administrative-steps": "3",
        "evaluation-moments": "1",
        "communication-actions": "3",
        "signatures": "2",
    }
    for key, count in counts.items():
        assert value_after(summary, labels[key]) == count, key


def test_financial_needs_are_totalled_exactly_per_currency() -> None:
    convention = attrs.evolve(
        summer_camp(),
        needs=(
            *summer_camp().needs,
            Need(
                id="need-echange",
                category=NeedCategory.FINANCIAL,
                amount=Money(amount=Decimal("300"), currency="MAD"),
            ),
        ),
    )

    assert value_after(summarize(convention, "en"), "Financial needs") == ("5000.50 EUR, 300 MAD")


# --- a draft ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_empty_draft_is_summarised_with_none_and_zeros(language: str) -> None:
    labels = LABELS[language]
    summary = summarize(Convention(name="Projet sans nom"), language)

    none = labels["none"]
    assert value_after(summary, labels["partners"]) == none
    assert value_after(summary, labels["coordinator"]) == none
    assert value_after(summary, labels["financial-needs"]) == none
    assert value_after(summary, labels["period"]) == "? → ?"
    assert value_after(summary, labels["objectives"]) == "0"
    form_line = value_after(summary, labels["form"])
    assert form_line.startswith(f"{none} (")
    assert form_line.endswith(f"{none})")
    assert labels["minutes"] not in summary
    assert labels["amendments"] not in summary


# --- the classification reasons ------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_classification_reasons_close_the_summary(language: str) -> None:
    convention = summer_camp()
    names = {p.id: p.name for p in convention.partners}
    reasons = classify(convention).explain(language, names)

    lines = summarize(convention, language).splitlines()

    assert len(reasons) == 4
    assert lines[-len(reasons) - 1] == ""
    assert lines[-len(reasons) :] == [f"- {reason}" for reason in reasons]


def test_reasons_name_the_partners_by_name_and_unknown_ids_as_given() -> None:
    convention = Convention(
        name="Brouillon",
        partners=(bonnevie(),),
        carriers=("bonnevie", "ocmw-brussel"),
    )

    summary = summarize(convention, "en")

    assert (
        "- Several partners carry the project together: Maison de quartier Bonnevie, ocmw-brussel."
    ) in summary


@pytest.mark.parametrize(
    ("language", "fragment"),
    [
        ("fr", "Contribuent au projet : CPAS de Molenbeek, Entr'aide des Marolles."),
        ("en", "Contributing to the project: CPAS de Molenbeek, Entr'aide des Marolles."),
        ("nl", "Dragen bij aan het project: CPAS de Molenbeek, Entr'aide des Marolles."),
    ],
)
def test_a_collaboration_summary_names_its_contributors(language: str, fragment: str) -> None:
    convention = attrs.evolve(summer_camp(), carriers=("bonnevie",), owner="bonnevie")

    summary = summarize(convention, language)

    assert f"- {fragment}" in summary


@pytest.mark.parametrize(
    ("language", "fragment"),
    [
        ("fr", "Aucun porteur ni propriétaire du projet n'est encore désigné"),
        ("en", "No carrier or owner of the project is named yet"),
        ("nl", "Er is nog geen drager of eigenaar van het project aangeduid"),
    ],
)
def test_an_undecided_draft_says_why(language: str, fragment: str) -> None:
    assert fragment in summarize(Convention(name="x"), language)


# --- a dossier -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_dossier_summary_adds_the_minutes_and_amendments_counts(language: str) -> None:
    labels = LABELS[language]
    summary = summarize(summer_camp_dossier(), language)

    assert value_after(summary, labels["minutes"]) == "3"
    assert value_after(summary, labels["amendments"]) == "1"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_dossier_is_summarised_from_its_current_convention(language: str) -> None:
    summary = summarize(summer_camp_dossier(), language)

    assert summary.splitlines()[0] == "Stage d'été Bonnevie-Marolles"
    assert value_after(summary, LABELS[language]["period"]) == "2026-07-06 → 2026-08-28"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_new_dossier_shows_zero_minutes_and_amendments(language: str) -> None:
    labels = LABELS[language]
    summary = summarize(Dossier(convention=summer_camp()), language)

    assert value_after(summary, labels["minutes"]) == "0"
    assert value_after(summary, labels["amendments"]) == "0"


def test_a_dossier_summary_is_the_convention_summary_plus_two_lines() -> None:
    dossier = summer_camp_dossier()

    convention_lines = summarize(dossier.convention, "nl").splitlines()
    dossier_lines = summarize(dossier, "nl").splitlines()

    extra = [line for line in dossier_lines if line not in convention_lines]
    assert len(extra) == 2
    assert value_after(extra[0], "Beslissingsverslagen") == "3"
    assert value_after(extra[1], "Wijzigingen") == "1"
    assert [line for line in dossier_lines if line not in extra] == convention_lines


def test_summarize_leaves_its_input_unchanged() -> None:
    dossier = summer_camp_dossier()

    summarize(dossier, "fr")

    assert dossier == summer_camp_dossier()


# --- unknown languages --------------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "es-ES", "french", "fr_BE", "", "vlaams"])
@pytest.mark.parametrize(
    "target", [summer_camp(), summer_camp_dossier()], ids=["convention", "dossier"]
)
def test_an_unknown_language_raises_unsupported_language_error(
    language: str, target: Convention | Dossier
) -> None:
    with pytest.raises(UnsupportedLanguageError) as caught:
        summarize(target, language)

    error = caught.value
    assert isinstance(error, PartnershipModelError)
    assert isinstance(error, ValueError)
    assert error.language == language
    assert error.supported == ("fr", "en", "nl")
    assert repr(language) in str(error)
    assert "fr, en, nl" in str(error)


def test_a_language_that_is_not_a_string_is_refused_the_same_way() -> None:
    with pytest.raises(UnsupportedLanguageError):
        summarize(summer_camp(), None)  # type: ignore[arg-type]


# === render_markdown(): the convention as a document to read and sign =====================
#
# What coordinators and social workers read and sign: every part of the convention in the
# methodology's order, the library's words in French, English or Dutch, the partners' words
# as they wrote them and shown literally, whatever characters they hold.


def section(document: str, heading: str) -> list[str]:
    """The lines under ``heading`` (a whole heading line, such as ``"### Needs"``), up to
    the next heading of the same level or above, without the blank lines around them."""
    lines = document.split("\n")
    start = lines.index(heading) + 1
    level = len(heading) - len(heading.lstrip("#"))
    end = next(
        (
            at
            for at in range(start, len(lines))
            if re.match(rf"#{{1,{level}}} ", lines[at]) and not in_fence(lines, at)
        ),
        len(lines),
    )
    body = lines[start:end]
    while body and not body[0]:
        body.pop(0)
    while body and not body[-1]:
        body.pop()
    return body


def in_fence(lines: list[str], at: int) -> bool:
    return sum(1 for line in lines[:at] if line.startswith("```")) % 2 == 1


def table_cells(row: str) -> list[str]:
    """The cells of a GFM table row, split on the pipes no backslash escapes."""
    cells, cell, escaped = [], "", False
    for char in row.strip()[1:]:
        if escaped:
            cell, escaped = cell + char, False
        elif char == "\\":
            cell, escaped = cell + char, True
        elif char == "|":
            cells.append(cell.strip())
            cell = ""
        else:
            cell += char
    return cells


def brussels_document(language: str = "en") -> str:
    return render_markdown(brussels(), language=language)


def one_rule(rule: DecisionRule, language: str = "en") -> str:
    """The line saying ``rule`` in a convention whose only rule it is."""
    convention = attrs.evolve(
        load_example("brussels_partnership").convention(), decision_rules=(rule,)
    )
    document = render_markdown(convention, language=language)
    heading = {"fr": "#### Modes de décision", "en": "#### Decision rules"}
    (line,) = section(document, heading.get(language, "#### Besluitvormingsregels"))
    return line


# --- the order of the methodology ------------------------------------------------------------

HEADINGS = {
    "fr": [
        "## Partenaires",
        "## DÉFINIR",
        "### Objectifs et indicateurs d'évaluation",
        "### Besoins",
        "### Public cible",
        "## CLARIFIER",
        "### Rôles",
        "### Tâches : qui fait quoi",
        "### Contributions des partenaires",
        "### Prise de décision",
        "#### Organes de décision",
        "#### Modes de décision",
        "#### En cas de conflit",
        "### Institutions et pouvoirs publics",
        "## PLANIFIER",
        "### Échéancier",
        "## ÉVALUER",
        "### Moments d'évaluation",
        "## Communication",
        "## Gestion des fonds",
        "### Budget",
        "### Justifications à rendre",
        "## Clauses",
        "## Signatures",
        "## Avenants",
        "## Comptes-rendus de décision",
    ],
    "en": [
        "## Partners",
        "## DEFINE",
        "### Objectives and evaluation indicators",
        "### Needs",
        "### Target public",
        "## CLARIFY",
        "### Roles",
        "### Tasks: who does what",
        "### Contributions of the partners",
        "### Decision-making",
        "#### Governing bodies",
        "#### Decision rules",
        "#### In case of conflict",
        "### Institutions and public authorities",
        "## PLAN",
        "### Timeline",
        "## EVALUATE",
        "### Evaluation moments",
        "## Communication",
        "## Fund management",
        "### Budget",
        "### Reporting duties",
        "## Clauses",
        "## Signatures",
        "## Amendments",
        "## Decision minutes",
    ],
    "nl": [
        "## Partners",
        "## BEPALEN",
        "### Doelstellingen en evaluatie-indicatoren",
        "### Behoeften",
        "### Doelgroep",
        "## VERDUIDELIJKEN",
        "### Rollen",
        "### Taken: wie doet wat",
        "### Bijdragen van de partners",
        "### Besluitvorming",
        "#### Beslissingsorganen",
        "#### Besluitvormingsregels",
        "#### Bij een conflict",
        "### Instellingen en overheden",
        "## PLANNEN",
        "### Tijdlijn",
        "## EVALUEREN",
        "### Evaluatiemomenten",
        "## Communicatie",
        "## Beheer van de middelen",
        "### Begroting",
        "### Verantwoordingsplichten",
        "## Bepalingen",
        "## Handtekeningen",
        "## Wijzigingen",
        "## Beslissingsverslagen",
    ],
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "target",
    [brussels(), Dossier(convention=Convention(name="Projet sans nom"))],
    ids=["complete", "empty"],
)
def test_every_language_renders_every_section_in_the_methodologys_order(
    language: str, target: Dossier
) -> None:
    lines = render_markdown(target, language=language).splitlines()

    positions = [lines.index(heading) for heading in HEADINGS[language]]
    assert positions == sorted(positions)


def test_a_convention_alone_has_no_amendments_or_minutes_section() -> None:
    document = render_markdown(brussels().convention, language="en")

    assert "## Amendments" not in document.splitlines()
    assert "## Decision minutes" not in document.splitlines()
    assert document.endswith("- **Signature**: ..............................\n")


def test_the_document_is_in_french_by_default_and_a_regional_tag_selects_the_language() -> None:
    assert render_markdown(brussels()) == brussels_document("fr")
    assert render_markdown(brussels(), language="nl-BE") == brussels_document("nl")


@pytest.mark.parametrize("language", ["de", "fr_BE", ""])
def test_an_unknown_language_is_refused_as_for_the_summary(language: str) -> None:
    with pytest.raises(UnsupportedLanguageError):
        render_markdown(brussels(), language=language)


# --- 1. title, form, period, purpose --------------------------------------------------------


def test_the_document_opens_with_the_name_the_form_declared_and_found_the_period_and_purpose() -> (
    None
):
    lines = brussels_document("en").splitlines()

    assert lines[:3] == [
        "# Paniers et fourneaux de Laeken",
        "",
        "- **Declared form**: partnership",
    ]
    assert lines[3] == "- **Form from the facts**: partnership"
    assert lines[4] == (
        "  - Several partners carry the project together: Le Pont de Laeken ASBL, "
        "Entraide Bockstael ASBL, Les Fourneaux Solidaires ASBL."
    )
    assert lines[8:10] == [
        "- **Period**: 2027-01-01 → 2027-12-31",
        "- **Purpose**: Offrir aux familles isolées de Laeken un panier alimentaire "
        "hebdomadaire et un lieu où cuisiner ensemble.",
    ]


def test_french_puts_a_non_breaking_space_before_the_colon() -> None:
    assert "- **Période**\u00a0: 2027-01-01 → 2027-12-31" in brussels_document("fr").splitlines()


def test_a_draft_says_what_is_not_stated_yet() -> None:
    lines = render_markdown(Convention(name="Brouillon"), language="en").splitlines()

    assert lines[:6] == [
        "# Brouillon",
        "",
        "- **Declared form**: not stated yet",
        "- **Form from the facts**: not stated yet",
        "  - No carrier or owner of the project is named yet: the form cannot be told.",
        "- **Period**: ? → ?",
    ]
    assert lines[6] == "- **Purpose**: not stated yet"


# --- 2. partners ------------------------------------------------------------------------------


def test_each_partner_is_described_with_its_identifier_address_people_and_structure() -> None:
    document = brussels_document("en")

    assert section(document, "### Le Pont de Laeken ASBL") == [
        "- **Kind**: association",
        "- **Place in the project**: carrier",
        "- **Legal identifier**: BE-BCE\\_KBO-0812.345.603",
        "- **Address**: Rue Marie-Christine 120, 1020 Bruxelles",
        "- **Representatives**: Aïcha Benali (coordinatrice, aicha@pont-laeken.be)",
        "- **Answers to**: Conseil d'administration du Pont (hierarchy)",
    ]
    assert section(document, "### CPAS de Laeken (antenne sociale)")[:2] == [
        "- **Kind**: public authority",
        "- **Place in the project**: contributor",
    ]


def test_carriers_and_owner_are_named_and_each_partner_knows_its_place() -> None:
    convention = Convention(
        name="Collaboration",
        partners=(bonnevie(), marolles(), cpas()),
        carriers=("bonnevie", "ocmw-brussel"),
        owner="bonnevie",
    )

    document = render_markdown(convention, language="en")

    assert section(document, "## Partners")[:2] == [
        "- **Carriers of the project**: Maison de quartier Bonnevie, ocmw-brussel",
        "- **Owner of the project**: Maison de quartier Bonnevie",
    ]
    places = [line for line in document.splitlines() if line.startswith("- **Place in")]
    assert places == [
        "- **Place in the project**: carrier, owner of the project",
        "- **Place in the project**: contributor",
        "- **Place in the project**: contributor",
    ]


def test_representatives_are_listed_with_whatever_details_are_known() -> None:
    partner = attrs.evolve(
        bonnevie(),
        representatives=(
            Representative(name="Fatima El Idrissi", phone="02 511 00 00"),
            Representative(name="Jan Peeters"),
        ),
    )

    document = render_markdown(Convention(name="x", partners=(partner,)), language="en")

    assert "- **Representatives**: Fatima El Idrissi (02 511 00 00); Jan Peeters" in document
    assert "- **Place in the project**: not stated yet" in document


# --- 3. DEFINE --------------------------------------------------------------------------------


def test_indicators_are_tabled_with_unit_baseline_target_direction_verification_and_due() -> None:
    document = brussels_document("en")

    assert section(document, "#### Rompre l'isolement par des ateliers de cuisine") == [
        "| Indicator | Unit | Baseline | Target | Direction | Means of verification | Due |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| Participants réguliers aux ateliers | personnes | 0 | 25 | to increase "
        "| listes de présence | 2027-12-31 |",
        "| Participants se disant isolés (questionnaire) | % | 70 | 40 | to decrease "
        "| questionnaire en début et fin d'année | 2027-12-31 |",
    ]


def test_an_objective_shows_its_description_and_an_indicator_what_it_lacks() -> None:
    objective = Objective(
        id="obj",
        title="Objectif",
        description="Pourquoi.",
        indicators=(Indicator(id="ind", name="Mesure"),),
    )

    document = render_markdown(Convention(name="x", objectives=(objective,)), language="en")

    assert section(document, "#### Objectif") == [
        "Pourquoi.",
        "",
        "| Indicator | Unit | Baseline | Target | Direction | Means of verification | Due |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| Mesure | — | — | — | to increase | — | — |",
    ]


def test_each_need_shows_the_contributions_that_cover_it() -> None:
    document = brussels_document("en")

    assert section(document, "### Needs") == [
        "| Need | Category | Amount | Quantity | Covered by |",
        "| --- | --- | --- | --- | --- |",
        "| Achat de vivres frais | financial | 18000.00 EUR | — | Entraide Bockstael ASBL "
        "(financial, 15000.00 EUR); CPAS de Laeken (antenne sociale) (financial, 3000.00 EUR) |",
        "| Une cuisine équipée et une salle de distribution | infrastructure | — "
        "| 2 demi-journées par semaine | Les Fourneaux Solidaires ASBL (premises) |",
        "| Bénévoles pour la distribution | human resources | — | 6 personnes "
        "| Entraide Bockstael ASBL (human resources) |",
        "| Mi-temps de coordination | financial | 21500.00 EUR | — "
        "| Le Pont de Laeken ASBL (financial, 21500.00 EUR) |",
        "",
        "- **Total of the financial needs**: 39500.00 EUR",
    ]


def test_target_publics_are_tabled() -> None:
    assert section(brussels_document("en"), "### Target public")[2] == (
        "| Familles isolées de Laeken orientées par le CPAS | 60 | Laeken (1020) "
        "| revenu d'intégration, parents seuls, primo-arrivants |"
    )


# --- 4. CLARIFY -------------------------------------------------------------------------------


def test_roles_are_tabled_with_their_holders() -> None:
    roles = (
        Role(
            id="role-coord",
            kind=RoleKind.COORDINATOR,
            title="Coordination pédagogique",
            holders=("bonnevie",),
            responsibilities=("Animer le comité", "Tenir l'agenda"),
        ),
        Role(id="role-secretaire", kind=RoleKind.SECRETARY),
    )

    document = render_markdown(
        Convention(name="x", partners=(bonnevie(),), roles=roles), language="en"
    )

    assert section(document, "### Roles")[2:] == [
        "| Coordination pédagogique (coordinator) | Maison de quartier Bonnevie "
        "| Animer le comité; Tenir l'agenda |",
        "| Secretary | — | — |",
    ]


@pytest.mark.parametrize(
    ("language", "heading", "legend"),
    [
        ("fr", "### Tâches : qui fait quoi", "R\u00a0: réalise · A\u00a0: répond du résultat · "),
        ("en", "### Tasks: who does what", "R: responsible · A: accountable · "),
        ("nl", "### Taken: wie doet wat", "R: uitvoerend · A: eindverantwoordelijk · "),
    ],
)
def test_the_raci_table_has_a_row_per_task_and_a_column_per_partner(
    language: str, heading: str, legend: str
) -> None:
    lines = section(brussels_document(language), heading)

    assert lines[1:7] == [
        "| --- | :-: | :-: | :-: | :-: |",
        "| Acheter et stocker les vivres | A | R | C |  |",
        "| Distribuer les paniers le mardi | R, A |  |  | I |",
        "| Animer les ateliers de cuisine du jeudi | I |  | R, A |  |",
        "| Orienter les familles et suivre leur situation | C |  |  | R, A |",
        "",
    ]
    assert lines[0].endswith(
        "| Le Pont de Laeken ASBL | Entraide Bockstael ASBL | Les Fourneaux Solidaires ASBL "
        "| CPAS de Laeken (antenne sociale) |"
    )
    assert lines[7].startswith(legend)


def test_a_task_given_to_a_partner_not_yet_in_the_convention_gets_a_column_of_its_own() -> None:
    document = render_markdown(load_example("draft").build_dossier(), language="en")

    assert section(document, "### Tasks: who does what")[:3] == [
        "| Task | École de devoirs Les Ateliers du Midi ASBL | Maison de jeunes du Parvis ASBL "
        "| cpas-saint-gilles |",
        "| --- | :-: | :-: | :-: |",
        "| Accueillir les enfants après l'école |  | R | I |",
    ]


def test_contributions_are_listed_partner_by_partner_with_exact_amounts() -> None:
    lines = section(brussels_document("en"), "### Contributions of the partners")

    assert [table_cells(row)[0] for row in lines[2:9]] == [
        "Le Pont de Laeken ASBL",
        "Entraide Bockstael ASBL",
        "Entraide Bockstael ASBL",
        "Les Fourneaux Solidaires ASBL",
        "Les Fourneaux Solidaires ASBL",
        "CPAS de Laeken (antenne sociale)",
        "CPAS de Laeken (antenne sociale)",
    ]
    assert lines[10:] == [
        "Contributions in money per partner:",
        "",
        "- Le Pont de Laeken ASBL: 21500.00 EUR",
        "- Entraide Bockstael ASBL: 15000.00 EUR",
        "- CPAS de Laeken (antenne sociale): 3000.00 EUR",
    ]


def test_amounts_keep_every_digit_and_are_totalled_per_currency() -> None:
    contributions = (
        Contribution(
            id="c1",
            partner="cpas-molenbeek",
            kind=ContributionKind.FINANCIAL,
            amount=eur("1250.50"),
        ),
        Contribution(
            id="c2",
            partner="cpas-molenbeek",
            kind=ContributionKind.FINANCIAL,
            amount=Money(amount=Decimal("1E+3"), currency="MAD"),
        ),
        Contribution(
            id="c3", partner="cpas-molenbeek", kind=ContributionKind.FINANCIAL, amount=eur("0.25")
        ),
        Contribution(id="c4", kind=ContributionKind.SERVICE, amount=eur("10")),
        Contribution(id="c5", partner="ocmw", kind=ContributionKind.MATERIAL),
    )
    convention = Convention(name="x", partners=(cpas(),), contributions=contributions)

    lines = section(
        render_markdown(convention, language="en"), "### Contributions of the partners"
    )

    assert [table_cells(row)[:4] for row in lines[2:7]] == [
        ["CPAS de Molenbeek", "—", "financial", "1250.50 EUR"],
        ["CPAS de Molenbeek", "—", "financial", "1000 MAD"],
        ["CPAS de Molenbeek", "—", "financial", "0.25 EUR"],
        ["ocmw", "—", "material", "—"],
        ["partner not named yet", "—", "service", "10 EUR"],
    ]
    assert lines[-2:] == [
        "- CPAS de Molenbeek: 1250.75 EUR, 1000 MAD",
        "- partner not named yet: 10 EUR",
    ]


def test_governing_bodies_are_tabled_with_members_chair_and_meetings() -> None:
    assert section(brussels_document("en"), "#### Governing bodies")[2] == (
        "| Comité de pilotage des Paniers | steering committee | Le Pont de Laeken ASBL, "
        "Entraide Bockstael ASBL, Les Fourneaux Solidaires ASBL, CPAS de Laeken (antenne sociale) "
        "| Le Pont de Laeken ASBL | every month, on the first Tuesday (FREQ=MONTHLY;BYDAY=1TU) |"
    )


@pytest.mark.parametrize(
    ("language", "heading", "line"),
    [
        (
            "fr",
            "#### Modes de décision",
            "- **Budget, entrée et sortie des partenaires, avenants** (Comité de pilotage des "
            "Paniers)\u00a0: Les décisions sont adoptées à la majorité des deux tiers des voix "
            "exprimées, avec un quorum de la moitié des membres.",
        ),
        (
            "en",
            "#### Decision rules",
            "- **Budget, entry and withdrawal of partners, amendments** (Comité de pilotage des "
            "Paniers): Decisions are adopted by two thirds of the votes cast, with a quorum of "
            "half of the members.",
        ),
        (
            "nl",
            "#### Besluitvormingsregels",
            "- **Begroting, toetreding en uittreding van partners, wijzigingen** (Comité de "
            "pilotage des Paniers): De beslissingen worden genomen met een meerderheid van twee "
            "derde van de uitgebrachte stemmen, met een quorum van de helft van de leden.",
        ),
    ],
)
def test_a_decision_rule_is_said_in_words(language: str, heading: str, line: str) -> None:
    assert line in section(brussels_document(language), heading)


def test_the_brussels_rules_read_as_a_list_scope_body_and_sentence() -> None:
    assert section(brussels_document("en"), "#### Decision rules") == [
        "- **Any other topic** (Comité de pilotage des Paniers): Decisions are taken by "
        "consensus, with a quorum of three quarters of the members. Les décisions courantes se "
        "prennent par consensus.",
        "- **Budget, entry and withdrawal of partners, amendments** (Comité de pilotage des "
        "Paniers): Decisions are adopted by two thirds of the votes cast, with a quorum of half "
        "of the members.",
        "- **Daily management**: Decisions are delegated to Le Pont de Laeken ASBL.",
    ]


def rule(mode: DecisionMode = DecisionMode.MAJORITY, **fields: object) -> DecisionRule:
    return DecisionRule(id="r", mode=mode, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("decision_rule", "sentence"),
    [
        (
            rule(threshold=Fraction(1, 2), strict=True),
            "Decisions are adopted by more than half of the votes cast.",
        ),
        (
            rule(threshold=Fraction(3, 4), threshold_base=VoteBase.PRESENT),
            "Decisions are adopted by three quarters of the members present.",
        ),
        (
            rule(threshold=Fraction(3, 5), strict=True, threshold_base=VoteBase.ELIGIBLE),
            "Decisions are adopted by more than three fifths of the members entitled to vote.",
        ),
        (
            rule(threshold=Fraction(7, 12)),
            "Decisions are adopted by 7/12 of the votes cast.",
        ),
        (rule(), "Decisions are adopted by a majority of the votes cast."),
        (rule(DecisionMode.UNANIMITY), "Decisions are adopted by unanimity of the votes cast."),
        (
            rule(DecisionMode.UNANIMITY, threshold_base=VoteBase.ELIGIBLE),
            "Decisions are adopted by unanimity of the members entitled to vote.",
        ),
        (rule(DecisionMode.CONSENSUS), "Decisions are taken by consensus."),
        (
            rule(DecisionMode.CONSENSUS, threshold=Fraction(4, 5), quorum=Fraction(2, 3)),
            "Decisions are taken by consensus, with four fifths of the votes cast in favour "
            "and a quorum of two thirds of the members.",
        ),
        (
            rule(DecisionMode.CONSENT, threshold=Fraction(1, 2), strict=True),
            "Decisions are taken by consent, unless a member raises a reasoned objection, "
            "with more than half of the votes cast in favour.",
        ),
        (
            rule(quorum=Fraction(1, 3), minimum_present=3, threshold=Fraction(1)),
            "Decisions are adopted by all of the votes cast, with a quorum of one third of the "
            "members and at least 3 members present.",
        ),
        (
            rule(minimum_present=1, quorum=Fraction(1, 4), threshold=Fraction(2, 5)),
            "Decisions are adopted by two fifths of the votes cast, with a quorum of one quarter "
            "of the members and at least 1 member present.",
        ),
        (
            rule(quorum=Fraction(1, 5), threshold=Fraction(1, 3)),
            "Decisions are adopted by one third of the votes cast, with a quorum of one fifth "
            "of the members.",
        ),
        (
            rule(DecisionMode.DELEGATED, delegate="pont"),
            "Decisions are delegated to Le Pont de Laeken ASBL.",
        ),
        (
            rule(DecisionMode.DELEGATED, delegate="role-coord"),
            "Decisions are delegated to whoever holds the role of 'coordinator' "
            "(Le Pont de Laeken ASBL).",
        ),
        (
            rule(DecisionMode.DELEGATED, delegate="copil"),
            "Decisions are delegated to the body 'Comité de pilotage des Paniers'.",
        ),
        (
            rule(DecisionMode.DELEGATED, delegate="la-directrice"),
            "Decisions are delegated to la-directrice.",
        ),
        (
            rule(DecisionMode.DELEGATED),
            "Decisions are delegated, but the delegate is not named yet.",
        ),
    ],
)
def test_every_mode_base_threshold_and_quorum_is_said_in_words(
    decision_rule: DecisionRule, sentence: str
) -> None:
    assert one_rule(decision_rule) == f"- **Every topic**: {sentence}"


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (
            "fr",
            "- **Toutes les questions**\u00a0: Les décisions sont adoptées par plus de la moitié "
            "des membres présents, avec au moins 1 membre présent.",
        ),
        (
            "en",
            "- **Every topic**: Decisions are adopted by more than half of the members present, "
            "with at least 1 member present.",
        ),
        (
            "nl",
            "- **Alle onderwerpen**: De beslissingen worden genomen met meer dan de helft van de "
            "aanwezige leden, met ten minste 1 aanwezig lid.",
        ),
    ],
)
def test_a_strict_majority_of_those_present_in_each_language(language: str, line: str) -> None:
    decision_rule = rule(
        threshold=Fraction(1, 2),
        strict=True,
        threshold_base=VoteBase.PRESENT,
        minimum_present=1,
    )

    assert one_rule(decision_rule, language) == line


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "fr",
            "Les décisions sont prises par consentement, sauf objection motivée d'un membre, "
            "avec l'accord de plus des 2/7 des voix exprimées et au moins 4 membres présents.",
        ),
        (
            "nl",
            "De beslissingen worden bij consent genomen, tenzij een lid een beargumenteerd "
            "bezwaar maakt, met de instemming van meer dan 2/7 van de uitgebrachte stemmen en "
            "ten minste 4 aanwezige leden.",
        ),
    ],
)
def test_uncommon_shares_are_written_as_fractions(language: str, sentence: str) -> None:
    decision_rule = rule(
        DecisionMode.CONSENT, threshold=Fraction(2, 7), strict=True, minimum_present=4
    )

    assert one_rule(decision_rule, language).endswith(sentence)


def test_a_rule_names_its_voters_and_keeps_its_description() -> None:
    decision_rule = rule(
        DecisionMode.UNANIMITY,
        body="copil",
        voters=("pont", "entraide", "asbl-x"),
        scope=(Topic.STAFF,),
        description="Pour tout engagement de personnel.",
    )

    assert one_rule(decision_rule) == (
        "- **Staff** (Comité de pilotage des Paniers): Decisions are adopted by unanimity of the "
        "votes cast. Voters: Le Pont de Laeken ASBL, Entraide Bockstael ASBL, asbl-x. Pour tout "
        "engagement de personnel."
    )


def test_the_conflict_procedure_is_tabled_step_by_step() -> None:
    steps = (
        EscalationStep(
            action=EscalationAction.COORDINATOR, handled_by="role-coord", time_limit_days=1
        ),
        EscalationStep(action=EscalationAction.COURT),
    )
    convention = attrs.evolve(
        load_example("brussels_partnership").convention(),
        conflict_procedure=ConflictProcedure(steps=steps),
    )

    lines = section(render_markdown(convention, language="en"), "#### In case of conflict")

    assert lines == [
        "| Step | Action | Description | Handled by | Time limit |",
        "| --- | --- | --- | --- | --- |",
        "| 1 | Coordinator steps in | — | coordinator (Le Pont de Laeken ASBL) | 1 day |",
        "| 2 | Competent court | — | — | — |",
    ]
    assert section(brussels_document("en"), "#### In case of conflict")[3] == (
        "| 2 | Referral to the governing body | Le comité de pilotage entend chaque partie. "
        "| Comité de pilotage des Paniers | 30 days |"
    )


def test_institutional_links_say_who_is_involved_how_and_on_what() -> None:
    link = InstitutionalLink(
        id="link",
        institution="Échevinat de la jeunesse",
        kind=InstitutionKind.PUBLIC_AUTHORITY,
        involvement=Involvement.CONSULT,
        contact="M. Dupont",
    )
    document = render_markdown(Convention(name="x", institutional_links=(link,)), language="en")

    assert section(brussels_document("en"), "### Institutions and public authorities")[2:] == [
        "| Conseil de l'action sociale | public authority | CPAS de Laeken (antenne sociale) "
        "| approves | budget, entry and withdrawal of partners | — |",
        "| Conseil d'administration du Pont | hierarchy | Le Pont de Laeken ASBL | consulted "
        "| staff, budget | — |",
        "| Agence fédérale pour la sécurité de la chaîne alimentaire (AFSCA) | public authority "
        "| Les Fourneaux Solidaires ASBL | approves | premises | — |",
        "| Commission communautaire française (COCOF) | public authority "
        "| the partnership as a whole | informed | evaluation | — |",
    ]
    assert section(document, "### Institutions and public authorities")[2] == (
        "| Échevinat de la jeunesse | public authority | the partnership as a whole | consulted "
        "| — | M. Dupont |"
    )


# --- 5. PLAN ---------------------------------------------------------------------------------


def test_the_timeline_is_a_table_and_a_mermaid_gantt_chart() -> None:
    lines = section(brussels_document("en"), "### Timeline")

    assert lines[:2] == [
        "| Step | Kind | Planned start | Planned end | In charge | Depends on | Recurrence |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    assert lines[4:6] == [
        "| Première distribution et premier atelier | Project step | 2027-03-02 | 2027-03-04 "
        "| Le Pont de Laeken ASBL | Déposer la demande de subside Cohésion sociale, "
        "Enregistrer l'activité auprès de l'AFSCA | — |",
        "| Distributions hebdomadaires | Project step, needs an authorisation "
        "| 2027-03-09 | 2027-12-14 "
        "| Le Pont de Laeken ASBL | Première distribution et premier atelier "
        "| every week, on Tuesday, until 2027-12-14 (FREQ=WEEKLY;BYDAY=TU;UNTIL=20271214) |",
    ]
    assert lines[9:] == [
        "",
        "```mermaid",
        "gantt",
        "    title Paniers et fourneaux de Laeken",
        "    dateFormat YYYY-MM-DD",
        "    section Project",
        "    Première distribution et premier atelier :2027-03-02, 3d",
        "    Distributions hebdomadaires :2027-03-09, 281d",
        "    section Administrative steps",
        "    Déposer la demande de subside Cohésion sociale :2027-01-04, 26d",
        "    Enregistrer l'activité auprès de l'AFSCA :2027-01-04, 40d",
        "    Évaluation à mi-parcours :2027-06-29, 1d",
        "    Évaluation finale :2027-12-07, 1d",
        "    Rapport d'activités et justificatifs du subside :2027-12-08, 24d",
        "```",
    ]


def test_the_gantt_chart_alone_is_the_one_the_document_shows() -> None:
    chart = render_gantt(brussels(), language="en")
    assert chart.startswith("```mermaid\ngantt\n")
    assert chart.endswith("```\n")
    assert chart.rstrip("\n") in brussels_document("en")
    assert render_gantt(Convention(name="x"), language="en") == (
        "No step is dated yet: the chart comes with the dates.\n"
    )


def test_a_document_rendered_for_a_day_holds_its_agenda_after_plan() -> None:
    document = render_markdown(brussels(), language="en", today=dt.date(2026, 12, 1))
    assert section(document, "### Due from 2026-12-01 to 2026-12-28") == ["Nothing."]
    assert section(document, "### Late on 2026-12-01") == ["Nothing."]
    march = render_markdown(brussels(), language="fr", today=dt.date(2027, 3, 1))
    assert section(march, "### En retard le 2027-03-01")[2] == (
        "| 2027-01-04 → 2027-01-29 | étape | Déposer la demande de subside Cohésion sociale "
        "| Entraide Bockstael ASBL |"
    )
    assert "## Agenda" not in brussels_document("en")


def test_the_day_of_a_document_is_a_date() -> None:
    assert_refused(
        lambda: render_markdown(brussels(), today="2027-03-01"),  # type: ignore[arg-type]
        "render_markdown(today)",
        "2027-03-01",
    )


def test_the_gantt_sections_are_in_the_documents_language() -> None:
    lines = brussels_document("fr").splitlines()

    assert "    section Projet" in lines
    assert "    section Démarches administratives" in lines


def test_undated_steps_are_tabled_but_left_out_of_the_chart_and_one_date_makes_a_milestone() -> (
    None
):
    steps = (
        Step(id="s1", title="Sans date"),
        Step(id="s2", title="Dépôt", planned=Period(end=dt.date(2027, 3, 31))),
        Step(
            id="s3",
            title="Lancement",
            planned=Period(start=dt.date(2027, 1, 10)),
            actual=Period(start=dt.date(2027, 1, 10), end=dt.date(2027, 1, 10)),
        ),
        Step(
            id="s4",
            title="Fait",
            kind=StepKind.LEGAL_FILING,
            planned=Period(start=dt.date(2027, 1, 1), end=dt.date(2027, 1, 2)),
            actual=Period(start=dt.date(2027, 1, 1), end=dt.date(2027, 1, 1)),
        ),
        Step(id="s:5", title="", planned=Period(start=dt.date(2027, 2, 1))),
        Step(id="t", title=" : ", planned=Period(start=dt.date(2027, 2, 2))),
    )
    convention = Convention(name="#;:", timeline=Timeline(steps=steps))

    lines = section(render_markdown(convention, language="en"), "### Timeline")

    assert lines[2] == "| Sans date | Project step | — | — | — | — | — |"
    assert lines[-11:] == [
        "```mermaid",
        "gantt",
        "    dateFormat YYYY-MM-DD",
        "    section Project",
        "    Dépôt :milestone, 2027-03-31, 0d",
        "    Lancement :done, milestone, 2027-01-10, 0d",
        "    s 5 :milestone, 2027-02-01, 0d",
        "    t :milestone, 2027-02-02, 0d",
        "    section Administrative steps",
        "    Fait :done, 2027-01-01, 2d",
        "```",
    ]


def test_without_a_dated_step_the_chart_waits_for_the_dates() -> None:
    document = render_markdown(load_example("draft").build_dossier(), language="en")

    assert section(document, "### Timeline")[-1] == (
        "No step is dated yet: the chart comes with the dates."
    )
    assert "```mermaid" not in document


@pytest.mark.parametrize(
    ("recurrence", "en", "fr", "nl"),
    [
        (
            "FREQ=MONTHLY;BYDAY=1TU",
            "every month, on the first Tuesday",
            "chaque mois, le premier mardi",
            "elke maand, op de eerste dinsdag",
        ),
        (
            "FREQ=MONTHLY;BYDAY=2WE,-1FR",
            "every month, on the second Wednesday and the last Friday",
            "chaque mois, le deuxième mercredi et le dernier vendredi",
            "elke maand, op de tweede woensdag en de laatste vrijdag",
        ),
        (
            "FREQ=MONTHLY;BYDAY=+3SA,4SU,5MO",
            "every month, on the third Saturday, the fourth Sunday and the fifth Monday",
            "chaque mois, le troisième samedi, le quatrième dimanche et le cinquième lundi",
            "elke maand, op de derde zaterdag, de vierde zondag en de vijfde maandag",
        ),
        (
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=MO",
            "every 2 weeks, on Tuesday and Thursday",
            "toutes les 2 semaines, le mardi et le jeudi",
            "om de 2 weken, op dinsdag en donderdag",
        ),
        ("FREQ=DAILY;COUNT=5", "every day, 5 times", "chaque jour, 5 fois", "elke dag, 5 keer"),
        (
            "FREQ=DAILY;INTERVAL=3;COUNT=1",
            "every 3 days, once",
            "tous les 3 jours, une seule fois",
            "om de 3 dagen, één keer",
        ),
        (
            "FREQ=MONTHLY;INTERVAL=6",
            "every 6 months",
            "tous les 6 mois",
            "om de 6 maanden",
        ),
        (
            "freq=yearly;until=20301231",
            "every year, until 2030-12-31",
            "chaque année, jusqu'au 2030-12-31",
            "elk jaar, tot 2030-12-31",
        ),
        ("FREQ=YEARLY;INTERVAL=2", "every 2 years", "tous les 2 ans", "om de 2 jaar"),
    ],
)
def test_a_recurrence_is_said_in_words_beside_its_rule(
    recurrence: str, en: str, fr: str, nl: str
) -> None:
    action = CommunicationAction(
        id="a", audience=Audience.PUBLIC, frequency=Recurrence(rule=recurrence)
    )
    convention = Convention(name="x", communication=CommunicationPlan(actions=(action,)))

    for language, words, heading in (
        ("en", en, "## Communication"),
        ("fr", fr, "## Communication"),
        ("nl", nl, "## Communicatie"),
    ):
        row = section(render_markdown(convention, language=language), heading)[2]
        assert table_cells(row)[4] == f"{words} ({recurrence})"


@pytest.mark.parametrize(
    "recurrence",
    [
        "FREQ=MONTHLY;BYMONTHDAY=1,15",
        "FREQ=MONTHLY;BYDAY=+1TU;BYSETPOS=1",
        "FREQ=MONTHLY;BYDAY=-2TU",
        "FREQ=MONTHLY;BYDAY=TU",
        "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO",
        "FREQ=DAILY;BYDAY=MO",
    ],
)
def test_a_recurrence_too_intricate_for_words_shows_its_rule_alone(recurrence: str) -> None:
    body = GoverningBody(id="b", name="Bureau", meetings=Recurrence(rule=recurrence))

    document = render_markdown(Convention(name="x", governing_bodies=(body,)), language="en")

    assert table_cells(section(document, "#### Governing bodies")[2])[4] == recurrence


# --- 6. EVALUATE, 7. communication and funds --------------------------------------------------


def test_evaluation_moments_name_their_indicators_and_participants() -> None:
    assert section(brussels_document("en"), "### Evaluation moments")[2] == (
        "| Évaluation à mi-parcours | 2027-06-29 | Familles servies chaque semaine, Participants "
        "réguliers aux ateliers | Le Pont de Laeken ASBL, Entraide Bockstael ASBL, Les Fourneaux "
        "Solidaires ASBL, CPAS de Laeken (antenne sociale) | Réunion du comité de pilotage sur "
        "la base des registres |"
    )


def test_the_communication_plan_says_audience_channel_date_frequency_and_owner() -> None:
    assert section(brussels_document("en"), "## Communication")[3] == (
        "| Between professionals | email | Compte-rendu du comité de pilotage à toutes les "
        "équipes | — | every month, on the first Tuesday (FREQ=MONTHLY;BYDAY=1TU) "
        "| Le Pont de Laeken ASBL |"
    )


def test_fund_management_gives_the_holder_the_budget_with_its_total_and_the_reports() -> None:
    lines = section(brussels_document("en"), "## Fund management")

    assert lines[0] == "- **Holder of the funds**: Entraide Bockstael ASBL"
    assert lines[2].startswith("Entraide Bockstael tient un compte dédié;")
    assert section(brussels_document("en"), "### Budget") == [
        "| Budget line | Category | Source | Amount |",
        "| --- | --- | --- | --- |",
        "| Vivres (subside Cohésion sociale) | financial "
        "| subsidy: Commission communautaire française (COCOF) | 12000.00 EUR |",
        "| Vivres (part du CPAS) | financial | CPAS de Laeken (antenne sociale) | 6000.00 EUR |",
        "| Coordination (mi-temps) | human resources | Le Pont de Laeken ASBL | 21500.00 EUR |",
        "| **Total** |  |  | **39500.00 EUR** |",
    ]
    assert section(brussels_document("en"), "### Reporting duties")[2] == (
        "| Commission communautaire française (COCOF) "
        "| Rapport d'activités et pièces justificatives "
        "| 2027-12-31 | Rapport d'activités et justificatifs du subside |"
    )


def test_a_budget_in_two_currencies_has_a_total_for_each() -> None:
    funds = FundManagement(
        budget=(
            BudgetLine(id="b1", label="Loyer", amount=eur("1250.50")),
            BudgetLine(
                id="b2", label="Échange", amount=Money(amount=Decimal(300), currency="MAD")
            ),
            BudgetLine(id="b3", label="Repas", amount=eur("49.50"), source="ocmw"),
        ),
        reporting=(ReportingDuty(id="r", recipient="COCOF"),),
    )

    document = render_markdown(Convention(name="x", funds=funds), language="en")

    assert section(document, "### Budget")[2:] == [
        "| Loyer | — | — | 1250.50 EUR |",
        "| Échange | — | — | 300 MAD |",
        "| Repas | — | ocmw | 49.50 EUR |",
        "| **Total** |  |  | **1300.00 EUR** |",
        "| **Total** |  |  | **300 MAD** |",
    ]
    assert section(document, "### Reporting duties")[2] == "| COCOF | — | — | — |"


# --- 8. clauses and signatures ----------------------------------------------------------------


def test_clauses_are_numbered_with_their_kind_and_title() -> None:
    clauses = (
        Clause(kind=ClauseKind.CONFIDENTIALITY, title="Secret partagé", text="Rien ne sort."),
        Clause(kind=ClauseKind.OTHER, text="Divers."),
    )

    document = render_markdown(Convention(name="x", clauses=clauses), language="en")

    assert section(document, "## Clauses") == [
        "### 1. Confidentiality — Secret partagé",
        "",
        "Rien ne sort.",
        "",
        "### 2. Other",
        "",
        "Divers.",
    ]


def test_each_partner_has_a_signature_block_with_lines_left_to_fill() -> None:
    convention = attrs.evolve(
        summer_camp(),
        signatures=(
            Signature(partner="marolles", signatory="Jan Peeters", function="président"),
            Signature(partner="ocmw-brussel", signatory=" ", date=dt.date(2026, 6, 1)),
        ),
    )

    document = "\n".join(section(render_markdown(convention, language="fr"), "## Signatures"))

    blank = ".............................."
    assert section(document, "### Maison de quartier Bonnevie") == [
        f"- **Signataire**\u00a0: {blank}",
        f"- **Fonction**\u00a0: {blank}",
        f"- **Fait à**\u00a0: {blank}",
        f"- **Date**\u00a0: {blank}",
        f"- **Signature**\u00a0: {blank}",
    ]
    assert section(document, "### Entr'aide des Marolles")[:3] == [
        "- **Signataire**\u00a0: Jan Peeters",
        "- **Fonction**\u00a0: président",
        f"- **Fait à**\u00a0: {blank}",
    ]
    assert section(document, "### ocmw-brussel")[:4] == [
        f"- **Signataire**\u00a0: {blank}",
        f"- **Fonction**\u00a0: {blank}",
        f"- **Fait à**\u00a0: {blank}",
        "- **Date**\u00a0: 2026-06-01",
    ]


# --- a dossier: amendments and minutes --------------------------------------------------------


def test_a_dossier_renders_its_current_convention_then_its_amendments_and_minutes() -> None:
    dossier = attrs.evolve(
        summer_camp_dossier(),
        minutes=(
            *summer_camp_dossier().minutes,
            DecisionRecord(
                id="pv-4",
                date=dt.date(2026, 6, 9),
                title="Dates du stage",
                topic=Topic.PLANNING,
                body="copil",
                ballots=(
                    Ballot(partner="bonnevie", choice=Choice.FOR),
                    Ballot(partner="marolles", choice=Choice.AGAINST),
                    Ballot(partner="cpas-molenbeek", choice=Choice.FOR),
                ),
                outcome=Outcome.ADOPTED,
                decision="Le stage suit le calendrier scolaire.",
            ),
        ),
    )
    dossier = dossier.amend(
        dossier.convention,
        id="avenant-2",
        effective_from=dt.date(2026, 7, 1),
        rationale="Relecture.",
        summary="Rien ne change.",
        adopted_on=dt.date(2026, 6, 9),
        decision="pv-4",
    )

    document = render_markdown(dossier, language="en")

    assert "- **Period**: 2026-07-06 → 2026-08-28" in document.splitlines()
    assert section(document, "## Amendments") == [
        "| Amendment | Effective from | Adopted on | Summary | Rationale | Decision |",
        "| --- | --- | --- | --- | --- | --- |",
        "| avenant-dates | 2026-06-09 | — | — | Les dates suivent le calendrier scolaire. | — |",
        "| avenant-2 | 2026-07-01 | 2026-06-09 | Rien ne change. | Relecture. | Dates du stage |",
        "",
        "### What each amendment changed",
        "",
        "#### Version 2: amendment avenant-dates, in force from 2026-06-09",
        "",
        "- The convention: the start changed from 2026-07-01 to 2026-07-06.",
        "- The convention: the end changed from 2026-08-31 to 2026-08-28.",
        "",
        "#### Version 3: amendment avenant-2, in force from 2026-07-01",
        "",
        "The text did not change.",
    ]
    assert section(document, "## Decision minutes")[2::3] == [
        "| 2026-03-02 | Lancement | — | — | — | — | — | — | — | — |",
        "| 2026-06-09 | Dates du stage | timeline | Comité de pilotage | — | — | adopted "
        "| — | for: 2, against: 1 | Le stage suit le calendrier scolaire. |",
    ]


def test_the_minutes_say_who_was_present_and_which_rule_applied() -> None:
    record = DecisionRecord(
        id="pv-4",
        date=dt.date(2026, 6, 9),
        title="Dates du stage",
        present=("bonnevie", "ocmw-brussel"),
        rule="rule-copil",
        outcome=Outcome.ADOPTED,
    )
    unknown_rule = attrs.evolve(record, id="pv-5", rule="rule-ailleurs", present=())
    convention = attrs.evolve(
        summer_camp(),
        decision_rules=(DecisionRule(id="rule-copil", mode=DecisionMode.CONSENSUS),),
    )
    dossier = Dossier(convention=convention, minutes=(record, unknown_rule))

    rows = section(render_markdown(dossier, language="fr"), "## Comptes-rendus de décision")
    assert rows[0] == (
        "| Date | Intitulé | Sujet | Organe | Présents | Règle appliquée | Issue | Décompte "
        "| Votes | Décision |"
    )
    assert rows[2] == (
        "| 2026-06-09 | Dates du stage | — | — | Maison de quartier Bonnevie, ocmw-brussel "
        "| consensus (rule-copil) | adoptée | aucun vote valable | — | — |"
    )
    assert rows[3].split(" | ")[4:6] == ["—", "rule-ailleurs"]


@pytest.mark.parametrize(
    ("language", "heading", "first"),
    [
        ("fr", "### Démarche DECIDE\u00a0: Budget (2026-05-04)", "- **Définir le problème**"),
        ("en", "### DECIDE steps: Budget (2026-05-04)", "- **Define the problem**"),
        ("nl", "### DECIDE-stappen: Budget (2026-05-04)", "- **"),
    ],
)
def test_the_decide_notes_of_a_decision_follow_the_minutes_in_the_models_order(
    language: str, heading: str, first: str
) -> None:
    notes = (
        DecideNote(step=DecideStep.EVALUATE_SOLUTION, text="Bilan en septembre."),
        DecideNote(step=DecideStep.DEFINE_PROBLEM, text="Le budget du bus | manque."),
    )
    dossier = summer_camp_dossier()
    minutes = (dossier.minutes[0], attrs.evolve(dossier.minutes[1], decide=notes))
    document = render_markdown(attrs.evolve(dossier, minutes=minutes), language=language)

    lines = document.splitlines()
    at = lines.index(heading)
    assert lines[at + 1] == ""
    assert lines[at + 2].startswith(first)
    assert lines[at + 2].endswith("Le budget du bus \\| manque.")
    assert lines[at + 3].endswith("Bilan en septembre.")
    assert sum(line.startswith("### ") for line in lines[at:]) == 1


def test_a_decision_without_decide_notes_gets_no_decide_block() -> None:
    document = render_markdown(summer_camp_dossier(), language="en")
    assert "DECIDE steps" not in document


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "fr",
            "Les décisions sont prises, par délégation, par qui tient le rôle de "
            "«\u00a0coordinateur\u00a0» (Maison de quartier Bonnevie).",
        ),
        (
            "en",
            "Decisions are delegated to whoever holds the role of 'coordinator' "
            "(Maison de quartier Bonnevie).",
        ),
        (
            "nl",
            "De beslissingen worden gedelegeerd aan wie de rol van 'coördinator' opneemt "
            "(Maison de quartier Bonnevie).",
        ),
    ],
)
def test_a_decision_delegated_to_a_role_reads_naturally(language: str, expected: str) -> None:
    rule = DecisionRule(id="rule-daily", mode=DecisionMode.DELEGATED, delegate="role-coordination")
    document = render_markdown(
        attrs.evolve(summer_camp(), decision_rules=(rule,)), language=language
    )
    assert any(line.endswith(expected) for line in document.splitlines()), expected


def test_a_decision_delegated_to_a_body_names_it_as_a_body_in_french() -> None:
    rule = DecisionRule(id="rule-daily", mode=DecisionMode.DELEGATED, delegate="copil")
    document = render_markdown(attrs.evolve(summer_camp(), decision_rules=(rule,)))
    assert "prises, par délégation, par l'instance «\u00a0Comité de pilotage\u00a0»" in document
    assert "prises par coordinateur" not in document


def test_a_role_with_a_blank_title_is_named_by_its_kind() -> None:
    roles = (
        Role(id="role-coordination", kind=RoleKind.COORDINATOR, title=" ", holders=("bonnevie",)),
    )
    rule = DecisionRule(id="rule-daily", mode=DecisionMode.DELEGATED, delegate="role-coordination")
    convention = attrs.evolve(summer_camp(), roles=roles, decision_rules=(rule,))
    assert "the role of 'coordinator'" in render_markdown(convention, language="en")


def test_the_timeline_names_the_authority_of_an_administrative_step() -> None:
    steps = (
        Step(
            id="step-permis",
            title="Permis d'occuper la voie publique",
            kind=StepKind.AUTHORISATION_REQUEST,
            authority="Commune | d'Anderlecht",
        ),
        Step(id="step-fete", title="Fête", depends_on=("step-permis",), needs_authorisation=True),
    )
    convention = attrs.evolve(summer_camp(), timeline=Timeline(steps=steps))
    rows = section(render_markdown(convention, language="nl"), "### Tijdlijn")
    assert rows[2].split(" | ")[1] == "Vergunningsaanvraag (Commune \\| d'Anderlecht)"
    assert rows[3].split(" | ")[1] == "Projectstap, vergunningsplichtig"


# --- a draft: what is missing shows --------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "none_yet"),
    [("fr", "Rien pour l'instant."), ("en", "None yet."), ("nl", "Nog niets.")],
)
def test_an_empty_draft_says_none_yet_in_every_section(language: str, none_yet: str) -> None:
    document = render_markdown(Dossier(convention=Convention(name="Projet")), language=language)

    for heading in HEADINGS[language]:
        assert section(document, heading)[-1] == none_yet, heading


def test_the_half_written_draft_shows_what_is_still_missing() -> None:
    document = render_markdown(load_example("draft").build_dossier(), language="en")

    assert section(document, "#### Aider les enfants à réussir leur année") == [
        "No evaluation indicator yet."
    ]
    assert section(document, "### Needs")[2] == (
        "| Un animateur à mi-temps | financial | 18000.00 EUR | — | not covered yet |"
    )
    assert section(document, "### Roles")[2] == "| Coordinator | — | — |"
    for heading in (
        "### Target public",
        "### Contributions of the partners",
        "#### Governing bodies",
        "#### Decision rules",
        "#### In case of conflict",
        "### Evaluation moments",
        "## Communication",
        "### Budget",
        "## Clauses",
        "## Amendments",
    ):
        assert section(document, heading) == ["None yet."], heading
    assert section(document, "## Fund management")[0] == "- **Holder of the funds**: —"


# --- escaping: what the partners wrote is shown, never obeyed ---------------------------------

HOSTILE = "*<script>*|`rm`\n# [x](y) & co: 1; 50%"
HOSTILE_ESCAPED = "\\*&lt;script&gt;\\*\\|\\`rm\\`<br>\\# \\[x\\](y) &amp; co: 1; 50%"


def test_a_hostile_name_is_shown_literally_in_the_title_the_tables_and_the_chart() -> None:
    partner = Partner(id="p", name=HOSTILE)
    convention = Convention(
        name=HOSTILE,
        partners=(partner,),
        tasks=(
            Task(
                id="t",
                title=HOSTILE,
                assignments=(Assignment(partner="p", raci=Raci.RESPONSIBLE),),
            ),
        ),
        timeline=Timeline(
            steps=(Step(id="s", title=HOSTILE, planned=Period(start=dt.date(2027, 1, 1))),)
        ),
    )

    document = render_markdown(convention, language="en")
    lines = document.splitlines()

    assert lines[0] == f"# {HOSTILE_ESCAPED}"
    assert f"### {HOSTILE_ESCAPED}" in lines
    raci = section(document, "### Tasks: who does what")
    assert raci[:3] == [
        f"| Task | {HOSTILE_ESCAPED} |",
        "| --- | :-: |",
        f"| {HOSTILE_ESCAPED} | R |",
    ]
    assert [len(table_cells(row)) for row in raci[:3]] == [2, 2, 2]
    assert "    title * script *| rm [x](y) & co 1 50" in lines
    assert "    * script *| rm [x](y) & co 1 50 :milestone, 2027-01-01, 0d" in lines
    assert "<script>" not in document


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("- pas une liste", "\\- pas une liste"),
        ("+ pas une liste", "\\+ pas une liste"),
        ("=====", "\\====="),
        ("1. pas une liste", "1\\. pas une liste"),
        ("2) non plus", "2\\) non plus"),
        ("1250.50 EUR", "1250.50 EUR"),
        ("    pas de code", "&#32;&#32;&#32;&#32;pas de code"),
        ("\tpas de code", "&#9;pas de code"),
        ("> pas de citation", "&gt; pas de citation"),
        ("```", "\\`\\`\\`"),
        ("~~barré~~", "\\~\\~barré\\~\\~"),
        ("$x$", "\\$x\\$"),
        ("a\\b", "a\\\\b"),
        ("&amp;", "&amp;amp;"),
        ("<b>gras</b>", "&lt;b&gt;gras&lt;/b&gt;"),
        ("ligne 1\r\nligne 2\rligne 3", "ligne 1<br>ligne 2<br>ligne 3"),
        ("Rue Marie-Christine 120 (Laeken)", "Rue Marie-Christine 120 (Laeken)"),
        ("Entr'aide des Marolles", "Entr'aide des Marolles"),
    ],
)
def test_escape_keeps_text_literal_at_the_start_of_a_line_and_anywhere_else(
    text: str, shown: str
) -> None:
    assert escape(text) == shown


def unescape(markdown: str) -> str:
    """What CommonMark shows for the Markdown ``escape`` writes; fails on anything else.

    A backslash escapes the next character, which must be ASCII punctuation; the entities
    and ``<br>`` that ``escape`` writes are read back; any other ``& < >`` would be raw
    HTML or an entity the user did not write, and any bare special character would be
    markup: both fail the test.
    """
    shown, at = [], 0
    tokens = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&#32;": " ", "&#9;": "\t", "<br>": "\n"}
    while at < len(markdown):
        char = markdown[at]
        if char == "\\":
            escaped = markdown[at + 1]
            assert escaped in string.punctuation, markdown
            shown.append(escaped)
            at += 2
            continue
        token = next((t for t in tokens if markdown.startswith(t, at)), None)
        if token is not None:
            shown.append(tokens[token])
            at += len(token)
            continue
        assert char not in "\\`*_[]#|~$&<>\r\n", f"bare {char!r} in {markdown!r}"
        shown.append(char)
        at += 1
    return "".join(shown)


@given(st.text())
def test_escaped_text_shows_exactly_the_text_and_no_markup(text: str) -> None:
    escaped = escape(text)

    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    assert unescape(escaped) == visible(lines, keep="\n\t")


@given(st.text(st.characters(codec="utf-8")))
def test_no_control_character_of_the_text_reaches_the_document(text: str) -> None:
    shown = unescape(escape(text))
    assert not [
        char for char in shown if char not in "\n\t" and unicodedata.category(char) == "Cc"
    ]
    assert not set(shown) & BIDIRECTIONAL_CONTROLS


BIDIRECTIONAL_CONTROLS = set(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def test_a_name_that_would_drive_a_terminal_is_shown_as_escapes() -> None:
    evil = "Evil \x1b]0;PWNED\x07\x1b[2J\u202eNEPO\rOVERWRITE"
    document = render_markdown(Convention(name=evil), language="en")
    assert "\x1b" not in document
    assert "\r" not in document
    assert "\u202e" not in document
    assert "Evil \\\\x1b\\]0;PWNED\\\\x07\\\\x1b\\[2J\\\\u202eNEPO<br>OVERWRITE" in document


@given(st.text())
def test_escaped_text_can_open_no_block_at_the_start_of_a_line(text: str) -> None:
    escaped = escape(text)

    assert not escaped.startswith((" ", "\t", "-", "+", "=", ">", "#", "*", "`", "~", "|"))
    assert not re.match(r"[0-9]{1,9}[.)]([ \t]|$)", escaped)
    # The one tag it writes, for a line break, is no block but the break itself.
    assert not escaped.startswith("<") or escaped.startswith("<br>")


@given(st.text())
def test_a_cell_is_the_escaped_text_or_a_dash_when_there_is_none(text: str) -> None:
    shown = cell(text)

    assert shown == (escape(text) if text.strip() else "—")
    assert len(table_cells(f"| {shown} |")) == 1
    assert cell(None) == "—"


@given(st.text())
def test_a_mermaid_name_is_one_trimmed_line_without_what_mermaid_reads_as_syntax(
    text: str,
) -> None:
    name = mermaid(text)

    assert not set(name) & set(":;#%`<>\\\n\r\t")
    assert name == " ".join(name.split())
    assert all(unicodedata.category(char)[0] not in "CZ" or char == " " for char in name)
    assert not re.match(r"(?i)(section|title|dateformat|gantt|click|excludes|[0-9]{4}-)", name)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Section 2: achats", "· Section 2 achats"),
        ("title", "· title"),
        ("2027-01-04 lancement", "· 2027-01-04 lancement"),
        ("Click & Collect", "· Click & Collect"),
        ("Réunion #3; salle 2", "Réunion 3 salle 2"),
        ("100% <b>bio</b>", "100 b bio /b"),
    ],
)
def test_a_step_whose_title_mermaid_would_misread_is_renamed_in_the_chart(
    title: str, name: str
) -> None:
    assert mermaid(title) == name


@given(st.one_of(gen.conventions, gen.dossiers), st.sampled_from(LANGUAGES))
def test_any_convention_renders_with_whole_tables_and_closed_fences(
    target: Convention | Dossier, language: str
) -> None:
    document = render_markdown(target, language=language)
    lines = document.split("\n")
    convention = target.convention if isinstance(target, Dossier) else target

    assert lines[0] == f"# {cell(convention.name)}"
    assert document.endswith("\n")
    fences = [line for line in lines if line.startswith("```")]
    assert fences in ([], ["```mermaid", "```"])
    tables: list[list[str]] = []
    for at, line in enumerate(lines):
        if line.startswith("|"):
            if not lines[at - 1].startswith("|"):
                tables.append([])
            tables[-1].append(line)
    for table in tables:
        widths = {len(table_cells(row)) for row in table}
        assert len(widths) == 1, table
    if fences:
        opening = lines.index("```mermaid")
        chart = lines[opening + 1 : lines.index("```", opening)]
        statements = ("gantt", "    title ", "    dateFormat ", "    section ")
        for line in chart:
            if not line.startswith(statements):
                name, _data = line.strip().split(" :")
                assert ":" not in name


# --- bounded: what is written grows with the document, whatever it holds -------------------


@given(gen.dossiers)
def test_the_document_grows_with_the_json_it_comes_from(dossier: Dossier) -> None:
    assert len(render_markdown(dossier)) <= 4 * len(to_json(dossier)) + 10_000


def many_partners_and_tasks(count: int) -> Convention:
    """``count`` partners, all carriers, and ``count`` tasks of two partners each: the
    RACI table of old was ``count`` squared cells."""
    partners = tuple(Partner(id=f"p{i}", name=f"Partner {i}") for i in range(count))
    tasks = tuple(
        Task(
            id=f"t{i}",
            title=f"Task {i}",
            assignments=(
                Assignment(partner=f"p{i}", raci=Raci.ACCOUNTABLE),
                Assignment(partner=f"p{(i + 1) % count}", raci=Raci.RESPONSIBLE),
            ),
        )
        for i in range(count)
    )
    return Convention(
        name="Big", partners=partners, tasks=tasks, carriers=tuple(p.id for p in partners)
    )


def a_long_name_referred_to_everywhere(count: int) -> Convention:
    """One partner whose name is 100,000 characters long, accountable for ``count`` tasks
    and giving ``count`` contributions: each reference is an id of one character."""
    tasks = tuple(
        Task(id=f"t{i}", title="T", assignments=(Assignment(partner="p", raci=Raci.ACCOUNTABLE),))
        for i in range(count)
    )
    contributions = tuple(
        Contribution(id=f"k{i}", partner="p", kind=ContributionKind.SERVICE, covers=("n",))
        for i in range(count)
    )
    return Convention(
        name="N" * 100_000,
        partners=(Partner(id="p", name="N" * 100_000),),
        carriers=("p",),
        needs=(Need(id="n", category=NeedCategory.HUMAN_RESOURCES, description="N" * 100_000),),
        tasks=tasks,
        contributions=contributions,
    )


@pytest.mark.parametrize(
    "build", [many_partners_and_tasks, a_long_name_referred_to_everywhere], ids=["raci", "names"]
)
def test_a_large_convention_renders_in_time_and_space_linear_in_its_document(
    build: Callable[[int], Convention],
) -> None:
    convention = build(4000)
    with finishing_within(30):
        document = render_markdown(convention)
        validate(convention)
    assert len(document) <= 4 * len(to_json(convention))


def test_with_many_partners_the_raci_lists_each_tasks_assignments() -> None:
    document = render_markdown(many_partners_and_tasks(9), language="en")
    assert "- **Task 0**: Partner 0 (A); Partner 1 (R)" in document
    assert "| Task |" not in document


def test_a_name_referred_to_is_shown_in_full_once_and_shortened_where_it_is_referred_to() -> None:
    document = render_markdown(a_long_name_referred_to_everywhere(2), language="en")
    assert document.count("N" * 100_000) == 3  # the title, the partner, the need
    assert document.count("N" * (REFERENCE_LENGTH - 1) + "…") >= 4


def test_a_role_referred_to_is_named_by_its_title_and_first_holders_each_time() -> None:
    partners = tuple(Partner(id=f"p{i}", name=f"P{i}") for i in range(5))
    role = Role(
        id="coord",
        kind=RoleKind.COORDINATOR,
        title="Coordination",
        holders=("p0", "p1", "p2", "p3"),
    )
    steps = tuple(
        EscalationStep(action=EscalationAction.COORDINATOR, handled_by="coord") for _ in range(2)
    )
    convention = Convention(
        name="x",
        partners=partners,
        roles=(role,),
        conflict_procedure=ConflictProcedure(steps=steps),
    )
    document = render_markdown(convention, language="en")
    assert document.count("Coordination (P0, P1, P2, …)") == 2


@pytest.mark.parametrize("function", [render_markdown, summarize])
@pytest.mark.parametrize("target", ["x", None, {"name": "Paniers"}])
def test_anything_but_a_dossier_or_a_convention_is_refused_by_name(
    function: Callable[..., str], target: object
) -> None:
    with pytest.raises(InvalidValueError) as refused:
        function(target)
    assert refused.value.field == f"{function.__name__}(target)"
    assert refused.value.value is target
    assert "expected a Dossier or a Convention" in str(refused.value)


DESCA_RULE = DecisionRule(
    id="rule-desca",
    mode=DecisionMode.MAJORITY,
    body="copil",
    excluded=("cpas",),
    weights=(Weight(partner="pont", votes=2),),
    quorum=Fraction(2, 3),
    quorum_by_weight=True,
    abstentions_in_quorum=False,
    threshold=Fraction(2, 3),
    minimum_in_favour=2,
    rounding=Rounding.DOWN,
    tie_break=TieBreak.CHAIR,
    veto=Veto(holders=VetoHolders.CONCERNED_PARTNER, topics=(Topic.BUDGET,)),
    proxies=ProxyRule(most_per_holder=1),
    written=WrittenProcedure(days=15),
    scope=(Topic.BUDGET,),
)


def test_a_decision_rule_says_everything_a_vote_needs_in_words() -> None:
    convention = attrs.evolve(brussels().convention, decision_rules=(DESCA_RULE,))
    (line,) = section(render_markdown(convention, language="en"), "#### Decision rules")
    assert line == (
        "- **Budget** (Comité de pilotage des Paniers): Decisions are adopted by two thirds of "
        "the votes cast, with a quorum of two thirds of the members and at least 2 votes in "
        "favour. Do not vote: CPAS de Laeken (antenne sociale). Votes carried: Le Pont de "
        "Laeken ASBL 2; every other partner carries one. The quorum counts the members "
        "present or represented, by the votes they carry, abstentions not counted. A "
        "required number of votes that is not whole is rounded down. A tie is decided by the "
        "chair's casting vote. Right of veto: the partner concerned (on: budget), with "
        "written grounds. Proxies allowed, at most 1 per holder, the holder being present, "
        "the principal's own vote prevailing over its proxy. May be decided in writing, "
        "without a meeting, within 15 days, by unanimity of the members."
    )
    for language in ("fr", "nl"):
        (said,) = section(render_markdown(convention, language=language), RULES_HEADING[language])
        assert "{" not in said
        assert "CPAS de Laeken" in said


RULES_HEADING = {"fr": "#### Modes de décision", "nl": "#### Besluitvormingsregels"}


def test_the_minutes_show_who_was_represented_and_the_tally_beside_the_declared_outcome() -> None:
    brussels_dossier = brussels()
    record = DecisionRecord(
        id="pv-budget",
        date=dt.date(2026, 12, 1),
        title="Budget",
        topic=Topic.BUDGET,
        body="copil",
        present=("pont", "entraide"),
        represented=(Proxy(principal="fourneaux", holder="pont"),),
        ballots=(
            Ballot(partner="pont", choice=Choice.FOR),
            Ballot(partner="entraide", choice=Choice.AGAINST),
            Ballot(partner="fourneaux", choice=Choice.FOR, holder="pont"),
        ),
        outcome=Outcome.ADOPTED,
    )
    dossier = attrs.evolve(brussels_dossier, minutes=(record,))
    row = section(render_markdown(dossier, language="en"), "## Decision minutes")[2]
    cells = row.split(" | ")
    assert cells[4] == (
        "Le Pont de Laeken ASBL, Entraide Bockstael ASBL; represented: Les Fourneaux Solidaires "
        "ASBL by Le Pont de Laeken ASBL"
    )
    # The budget rule allows no proxy: the Fourneaux' ballot is set aside, 1 for of 2 cast.
    assert cells[6:8] == ["adopted", "rejected"]


def test_the_conflicts_of_a_dossier_show_the_steps_they_went_to() -> None:
    dossier = brussels()
    conflict = ConflictRecord(
        id="c1",
        opened_on=dt.date(2027, 3, 1),
        parties=("pont", "fourneaux"),
        subject="Partage de la chambre froide",
        steps=(
            ConflictStep(step=1, started_on=dt.date(2027, 3, 1), ended_on=dt.date(2027, 3, 9)),
            ConflictStep(step=9, started_on=dt.date(2027, 3, 10)),
        ),
    )
    document = render_markdown(attrs.evolve(dossier, conflicts=(conflict,)), language="en")
    rows = section(document, "## Conflicts")
    first_action = dossier.convention.conflict_procedure.steps[0].action.label("en")
    assert rows[2] == (
        "| Partage de la chambre froide | 2027-03-01 | Le Pont de Laeken ASBL, Les Fourneaux "
        f"Solidaires ASBL | 1. {first_action} (2027-03-01 → 2027-03-09); 9. — (2027-03-10 → —) "
        "| — |"
    )
    assert section(render_markdown(dossier, language="en"), "## Conflicts") == ["None yet."]


@pytest.mark.parametrize(
    ("rule", "language", "said"),
    [
        ("FREQ=MONTHLY;BYMONTHDAY=-1", "en", "every month, on the last day of the month"),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", "fr", "chaque mois, le dernier jour du mois"),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", "nl", "elke maand, op de laatste dag van de maand"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", "en", "every month, on day 15"),
        (
            "FREQ=MONTHLY;BYMONTHDAY=31",
            "en",
            "every month, on day 31, in the months that have one",
        ),
        (
            "FREQ=MONTHLY;BYMONTHDAY=31",
            "nl",
            "elke maand, op dag 31, in de maanden die er een hebben",
        ),
        (
            "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=30",
            "fr",
            "tous les 2 mois, le 30, les mois qui en ont un",
        ),
    ],
)
def test_a_monthly_rule_on_a_day_of_the_month_is_said_in_words(
    rule: str, language: str, said: str
) -> None:
    page = MarkdownPage(brussels().convention, None, language)
    assert page.recurrence(Recurrence(rule=rule)) == f"{said} ({escape(rule)})"


@pytest.mark.parametrize(
    "rule",
    ["FREQ=MONTHLY;BYMONTHDAY=-2", "FREQ=MONTHLY;BYMONTHDAY=1,15", "FREQ=YEARLY;BYMONTHDAY=1"],
)
def test_other_days_of_the_month_keep_their_rule_alone(rule: str) -> None:
    page = MarkdownPage(brussels().convention, None, "en")
    assert page.recurrence(Recurrence(rule=rule)) == escape(rule)


# --- the evaluation reports and the measurements of a dossier ----------------------------


def test_reports_and_measurements_are_rendered_each_against_the_target_of_its_day() -> None:
    dossier = load_example("brussels_partnership").build_year()
    document = render_markdown(dossier, language="en")
    assert [line for line in section(document, "### Evaluation reports") if line][:2] == [
        "#### Évaluation à mi-parcours (2027-06-29)",
        "72 familles servies chaque semaine: la cible de 60 est dépassée dès juin. Les ateliers "
        "ne réunissent que 11 participants réguliers: la cible de 25 était trop ambitieuse pour "
        "une seule cuisine.",
    ]
    assert (
        "Measurements considered: Familles servies chaque semaine: 72 familles (2027-06-29); "
        "Participants réguliers aux ateliers: 11 personnes (2027-06-29)"
    ) in document
    assert "- Relever la cible à 80 familles par semaine." in document
    measured = section(document, "### Measurements")
    assert (
        measured[0] == "| Indicator | Date | Value measured | Target in force that day | Source |"
    )
    # The families' target was raised from 60 to 80 from 15 July 2027.
    assert "| Familles servies chaque semaine | 2027-06-29 | 72 familles | 60 familles |" in (
        " ".join(measured)
    )
    assert "| Familles servies chaque semaine | 2027-12-07 | 81 familles | 80 familles |" in (
        " ".join(measured)
    )


def test_a_dossier_without_reports_or_measurements_has_no_such_section() -> None:
    dossier = attrs.evolve(brussels(), measurements=())
    document = render_markdown(dossier, language="en")
    assert "### Evaluation reports" not in document
    assert "### Measurements" not in document


def test_hostile_text_of_a_report_is_shown_literally() -> None:
    report = EvaluationReport(
        id="r",
        date=dt.date(2027, 6, 29),
        moment="not-a-moment",
        summary=HOSTILE,
        measurements=("m-gone",),
        readjustments=(HOSTILE,),
    )
    dossier = attrs.evolve(brussels(), evaluation_reports=(report,))
    document = render_markdown(dossier, language="en")
    results = section(document, "### Evaluation reports")
    assert results[0] == "#### not-a-moment (2027-06-29)"
    assert HOSTILE_ESCAPED in results
    assert "Measurements considered: m-gone" in results
    assert f"- {HOSTILE_ESCAPED}" in results
    assert "<script>" not in document


def test_a_report_without_a_summary_shows_its_title_and_readjustments() -> None:
    report = EvaluationReport(
        id="r", date=dt.date(2027, 6, 29), moment="eval-mi", readjustments=("Plus de paniers.",)
    )
    document = render_markdown(
        attrs.evolve(brussels(), evaluation_reports=(report,)), language="en"
    )
    assert [line for line in section(document, "### Evaluation reports") if line] == [
        "#### Évaluation à mi-parcours (2027-06-29)",
        "Readjustments proposed:",
        "- Plus de paniers.",
    ]
