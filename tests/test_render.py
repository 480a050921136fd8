"""summarize(): a few lines saying what a convention (or a dossier) is, who is in it and
how far it has got, with the library's labels in French, English or Dutch. What the
partners wrote (names, titles) stays as they wrote it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

from partnership_model import (
    Assignment,
    Audience,
    CommunicationAction,
    CommunicationPlan,
    Contribution,
    ContributionKind,
    Convention,
    DecisionRecord,
    Dossier,
    EvaluationMoment,
    EvaluationPlan,
    Form,
    GoverningBody,
    Indicator,
    Money,
    Need,
    NeedCategory,
    Objective,
    PartnershipModelError,
    Period,
    Raci,
    Role,
    RoleKind,
    Signature,
    Step,
    StepKind,
    Task,
    Timeline,
    UnsupportedLanguageError,
    classify,
    summarize,
)
from tests.brussels import bonnevie, cpas, eur, marolles

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
                covers=("need-animation",),
            ),
            Contribution(
                id="c-salle",
                partner="bonnevie",
                kind=ContributionKind.PREMISES,
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
