"""The convention, the written agreement the seed asks every partnership to keep (§4,
tracing): name, partners, objectives, timeline, decision process, fund management,
roles and responsibilities, plus clauses and signatures.

Design decision 1: a convention is written over weeks, so building an incomplete or
inconsistent one never raises. Only a value that is wrong on its own is refused.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest

from partnership_model import (
    Assignment,
    Audience,
    BudgetLine,
    Channel,
    Clause,
    ClauseKind,
    CommunicationAction,
    CommunicationPlan,
    ConflictProcedure,
    Contribution,
    ContributionKind,
    Convention,
    DecisionMode,
    DecisionRule,
    EscalationAction,
    EscalationStep,
    EvaluationMoment,
    EvaluationPlan,
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
    Partner,
    Period,
    Raci,
    ReportingDuty,
    Role,
    RoleKind,
    Signature,
    Step,
    StepKind,
    TargetPublic,
    Task,
    Timeline,
    Topic,
)
from tests.brussels import bonnevie, cpas, eur, marolles
from tests.support import assert_refused, assert_refused_showing, refusal_said

# --- Brussels fixtures ------------------------------------------------------------------


def homework_convention() -> Convention:
    """A complete partnership between two associations, the CPAS funding it."""
    return Convention(
        name="École de devoirs Bonnevie-Marolles",
        language="fr-BE",
        form=Form.PARTNERSHIP,
        purpose="Offrir un soutien scolaire régulier aux enfants des deux quartiers.",
        partners=(bonnevie(), marolles(), cpas()),
        carriers=("bonnevie", "marolles"),
        period=Period(start=dt.date(2025, 9, 1), end=dt.date(2026, 6, 30)),
        objectives=(
            Objective(
                id="obj-devoirs",
                title="Soutenir la scolarité",
                indicators=(
                    Indicator(
                        id="ind-enfants",
                        name="Enfants inscrits",
                        unit="enfants",
                        baseline=Decimal("10"),
                        target=Decimal("25"),
                    ),
                ),
            ),
        ),
        needs=(
            Need(
                id="need-animateur",
                category=NeedCategory.FINANCIAL,
                amount=Money(amount=Decimal("18500.00"), currency="EUR"),
            ),
        ),
        target_publics=(
            TargetPublic(id="public-enfants", description="Enfants de 6 à 12 ans", size=25),
        ),
        roles=(Role(id="role-coordination", kind=RoleKind.COORDINATOR, holders=("bonnevie",)),),
        tasks=(
            Task(
                id="task-accueil",
                title="Accueil du mercredi",
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
                amount=Money(amount=Decimal("18500.00"), currency="EUR"),
                covers=("need-animateur",),
            ),
        ),
        governing_bodies=(
            GoverningBody(id="copil", name="Comité de pilotage", members=("bonnevie", "marolles")),
        ),
        decision_rules=(
            DecisionRule(
                id="rule-copil",
                mode=DecisionMode.MAJORITY,
                body="copil",
                threshold=Fraction(2, 3),
                scope=(Topic.BUDGET,),
            ),
        ),
        conflict_procedure=ConflictProcedure(
            steps=(EscalationStep(action=EscalationAction.BILATERAL_TALK, time_limit_days=15),)
        ),
        institutional_links=(
            InstitutionalLink(
                id="link-cpas",
                partner="cpas-molenbeek",
                institution="Conseil de l'action sociale",
                kind=InstitutionKind.PUBLIC_AUTHORITY,
                involvement=Involvement.APPROVE,
            ),
        ),
        timeline=Timeline(
            steps=(
                Step(
                    id="step-subside",
                    title="Demande de subside",
                    kind=StepKind.SUBSIDY_APPLICATION,
                    planned=Period(start=dt.date(2025, 5, 1), end=dt.date(2025, 5, 31)),
                ),
            )
        ),
        evaluation=EvaluationPlan(
            moments=(
                EvaluationMoment(
                    id="eval-mi-parcours",
                    title="Évaluation à mi-parcours",
                    date=dt.date(2026, 1, 31),
                    indicators=("ind-enfants",),
                ),
            )
        ),
        communication=CommunicationPlan(
            actions=(
                CommunicationAction(
                    id="com-parents",
                    audience=Audience.PUBLIC,
                    channel=Channel.POSTER,
                    owner="marolles",
                ),
            )
        ),
        funds=FundManagement(
            holder="bonnevie",
            budget=(
                BudgetLine(
                    id="b-animateur",
                    label="Animateur",
                    amount=Money(amount=Decimal("18500.00"), currency="EUR"),
                ),
            ),
        ),
        clauses=(
            Clause(
                kind=ClauseKind.APPLICABLE_LAW,
                text="La présente convention est régie par le droit belge.",
            ),
        ),
        signatures=(
            Signature(
                partner="bonnevie",
                signatory="Fatima El Idrissi",
                function="coordinatrice",
                place="Molenbeek-Saint-Jean",
                date=dt.date(2025, 8, 20),
            ),
        ),
    )


# --- drafts are representable (decision 1) -----------------------------------------------


def test_a_convention_needs_only_a_name() -> None:
    draft = Convention(name="x")

    assert draft.name == "x"
    assert draft.language == "fr"
    assert draft.form is None
    assert draft.purpose == ""
    assert draft.owner is None
    for collection in (
        draft.partners,
        draft.carriers,
        draft.objectives,
        draft.needs,
        draft.target_publics,
        draft.roles,
        draft.tasks,
        draft.contributions,
        draft.governing_bodies,
        draft.decision_rules,
        draft.institutional_links,
        draft.clauses,
        draft.signatures,
    ):
        assert collection == ()
    assert draft.period == Period()
    assert draft.conflict_procedure == ConflictProcedure()
    assert draft.timeline == Timeline()
    assert draft.evaluation == EvaluationPlan()
    assert draft.communication == CommunicationPlan()
    assert draft.funds == FundManagement()


def test_a_convention_with_an_empty_name_is_still_a_draft() -> None:
    assert Convention(name="").name == ""


def test_a_complete_convention_holds_the_seven_elements_the_seed_lists() -> None:
    convention = homework_convention()

    assert convention.name == "École de devoirs Bonnevie-Marolles"
    assert [p.id for p in convention.partners] == ["bonnevie", "marolles", "cpas-molenbeek"]
    assert convention.objectives[0].id == "obj-devoirs"
    assert convention.timeline.steps[0].kind is StepKind.SUBSIDY_APPLICATION
    assert convention.decision_rules[0].threshold == Fraction(2, 3)
    assert convention.funds.holder == "bonnevie"
    assert convention.roles[0].kind is RoleKind.COORDINATOR


@pytest.mark.parametrize(
    "field",
    [
        "partners",
        "carriers",
        "objectives",
        "needs",
        "target_publics",
        "roles",
        "tasks",
        "contributions",
        "governing_bodies",
        "decision_rules",
        "institutional_links",
        "clauses",
        "signatures",
    ],
)
def test_any_part_of_a_complete_convention_may_be_left_out(field: str) -> None:
    emptied: dict[str, Any] = {field: ()}
    partial = attrs.evolve(homework_convention(), **emptied)

    assert getattr(partial, field) == ()


def test_any_two_parts_of_a_complete_convention_may_be_left_out_together() -> None:
    complete = homework_convention()
    optional_parts: dict[str, Any] = {
        "language": "fr",
        "form": None,
        "purpose": "",
        "partners": (),
        "carriers": (),
        "owner": None,
        "period": Period(),
        "objectives": (),
        "needs": (),
        "target_publics": (),
        "roles": (),
        "tasks": (),
        "contributions": (),
        "governing_bodies": (),
        "decision_rules": (),
        "conflict_procedure": ConflictProcedure(),
        "institutional_links": (),
        "timeline": Timeline(),
        "evaluation": EvaluationPlan(),
        "communication": CommunicationPlan(),
        "funds": FundManagement(),
        "clauses": (),
        "signatures": (),
    }
    for first, second in itertools.combinations(optional_parts, 2):
        emptied = {first: optional_parts[first], second: optional_parts[second]}
        partial = attrs.evolve(complete, **emptied)
        assert getattr(partial, first) == optional_parts[first]
        assert getattr(partial, second) == optional_parts[second]


def test_a_draft_may_hold_only_a_few_scattered_parts() -> None:
    convention = homework_convention()
    partial = Convention(
        name=convention.name,
        tasks=convention.tasks,
        signatures=convention.signatures,
        period=Period(start=dt.date(2025, 9, 1)),
    )

    assert partial.partners == ()
    assert partial.period.end is None


def test_dangling_references_build_without_error() -> None:
    convention = Convention(
        name="Brouillon",
        partners=(bonnevie(),),
        carriers=("bonnevie", "unknown-carrier"),
        owner="unknown-owner",
        tasks=(
            Task(
                id="task-1",
                title="Tâche",
                assignments=(Assignment(partner="ghost", raci=Raci.ACCOUNTABLE),),
            ),
        ),
        roles=(Role(id="role-1", kind=RoleKind.COORDINATOR, holders=("nobody",)),),
        contributions=(
            Contribution(
                id="c-1", partner="ghost", kind=ContributionKind.SERVICE, covers=("no-need",)
            ),
        ),
        signatures=(Signature(partner="ghost", signatory="Personne"),),
    )

    assert convention.carriers == ("bonnevie", "unknown-carrier")
    assert convention.partner("ghost") is None


def test_duplicate_ids_build_without_error() -> None:
    convention = Convention(
        name="Brouillon",
        partners=(bonnevie(), Partner(id="bonnevie", name="Homonyme")),
        carriers=("bonnevie", "bonnevie"),
        tasks=(Task(id="t", title="Un"), Task(id="t", title="Deux")),
    )

    assert len(convention.partners) == 2
    assert convention.carriers == ("bonnevie", "bonnevie")


def test_the_declared_form_is_optional_and_not_checked_against_the_facts() -> None:
    # A collaboration declared with two carriers is inconsistent: that is a finding, not an error.
    convention = attrs.evolve(homework_convention(), form=Form.COLLABORATION)

    assert convention.form is Form.COLLABORATION


# --- Convention.partner() ---------------------------------------------------------------


def test_partner_finds_a_partner_by_id() -> None:
    convention = homework_convention()

    assert convention.partner("marolles") == marolles()
    assert convention.partner("cpas-molenbeek") == cpas()


def test_partner_is_none_for_an_id_not_yet_added() -> None:
    assert homework_convention().partner("ocmw-brussel") is None
    assert Convention(name="x").partner("bonnevie") is None


def test_partner_returns_the_first_of_duplicate_ids() -> None:
    convention = Convention(
        name="x", partners=(bonnevie(), Partner(id="bonnevie", name="Homonyme"))
    )

    found = convention.partner("bonnevie")

    assert found is not None
    assert found.name == "Maison de quartier Bonnevie"


# --- languages ----------------------------------------------------------------------------


@pytest.mark.parametrize("tag", ["fr", "nl", "en", "fr-BE", "nl-BE", "de-BE", "ar", "zh-Hant-TW"])
def test_the_convention_language_is_any_well_formed_bcp47_tag(tag: str) -> None:
    assert Convention(name="x", language=tag).language == tag


@pytest.mark.parametrize("tag", ["french", "fr_BE", "", "f", "fr-", "nl BE", "fr-BE-"])
def test_a_language_that_is_not_bcp47_is_refused(tag: str) -> None:
    error = assert_refused(lambda: Convention(name="x", language=tag), "Convention.language", tag)
    assert "BCP 47" in str(error)


def test_a_language_refusal_gives_examples_in_each_language() -> None:
    error = assert_refused(
        lambda: Convention(name="x", language="french"), "Convention.language", "french"
    )

    said = refusal_said(error)
    assert said["fr"] == (
        "attendu\u00a0: une étiquette de langue BCP 47, comme «\u00a0fr\u00a0» "
        "ou «\u00a0nl-BE\u00a0»"
    )
    assert said["nl"] == "verwacht: een BCP 47-taalcode, zoals 'fr' of 'nl-BE'"


def test_extension_data_that_is_not_json_is_refused_saying_where_in_each_language() -> None:
    error = assert_refused(
        lambda: Convention(name="x", extensions={"case": {"rate": 1.5}}),
        "Convention.extensions",
        1.5,
    )

    said = refusal_said(error)
    assert said["en"].endswith("at extensions['case']['rate']")
    assert said["fr"] == (
        "un nombre à virgule flottante\u00a0: écrivez les nombres exacts en texte décimal, "
        "comme «\u00a012.50\u00a0» dans extensions['case']['rate']"
    )
    assert said["nl"].startswith("een kommagetal: schrijf exacte getallen als decimale tekst")


def test_a_language_that_is_not_a_string_is_refused() -> None:
    with pytest.raises(InvalidValueError, match=r"Convention\.language"):
        Convention(name="x", language=None)  # type: ignore[arg-type]


# --- form and clause kinds -----------------------------------------------------------------


def test_the_two_forms_are_the_seed_s_partnership_and_collaboration() -> None:
    assert [f.value for f in Form] == ["partnership", "collaboration"]
    assert [Form.PARTNERSHIP.label(lang) for lang in ("fr", "en", "nl")] == [
        "partenariat",
        "partnership",
        "partnerschap",
    ]
    assert [Form.COLLABORATION.label(lang) for lang in ("fr", "en", "nl")] == [
        "collaboration",
        "collaboration",
        "samenwerking",
    ]


def test_every_clause_kind_has_a_label_in_each_language() -> None:
    assert ClauseKind.OTHER in ClauseKind
    assert len(ClauseKind) == 11
    for language in ("fr", "en", "nl"):
        assert all(ClauseKind.labels(language).values())
    assert ClauseKind.DATA_PROTECTION.label("nl") == "gegevensbescherming"


# --- clauses and signatures -----------------------------------------------------------------


def test_a_clause_has_a_kind_and_a_text_and_an_optional_title() -> None:
    clause = Clause(kind=ClauseKind.CONFIDENTIALITY, text="Les données des familles restent…")

    assert clause.title is None
    titled = attrs.evolve(clause, title="Confidentialité")
    assert titled.title == "Confidentialité"


def test_a_signature_needs_a_partner_and_a_signatory() -> None:
    signature = Signature(partner="marolles", signatory="Jan Peeters")

    assert (signature.function, signature.place, signature.date) == (None, None, None)


# --- values --------------------------------------------------------------------------------


def test_conventions_are_equal_by_value_and_hashable() -> None:
    assert homework_convention() == homework_convention()
    assert hash(homework_convention()) == hash(homework_convention())
    assert Convention(name="x") == Convention(name="x")
    assert Convention(name="x") != Convention(name="x", language="nl")
    assert len({homework_convention(), homework_convention(), Convention(name="x")}) == 2


def test_a_convention_is_frozen() -> None:
    convention = homework_convention()

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        convention.name = "Autre"  # type: ignore[misc]


def test_evolve_gives_a_changed_copy_and_leaves_the_original_alone() -> None:
    original = homework_convention()

    extended = attrs.evolve(original, period=Period(start=dt.date(2025, 9, 1)))

    assert extended.period.end is None
    assert original.period.end == dt.date(2026, 6, 30)
    assert extended.partners is original.partners


def test_evolve_validates_the_changed_value() -> None:
    with pytest.raises(InvalidValueError, match=r"Convention\.language"):
        attrs.evolve(Convention(name="x"), language="français")


# --- what construction refuses ------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field", "shown"),
    [
        (lambda: Convention(name=None), "Convention.name", "None"),  # type: ignore[arg-type]
        (lambda: Convention(name="x", form="partnership"), "Convention.form", "'partnership'"),  # type: ignore[arg-type]
        (lambda: Convention(name="x", purpose=None), "Convention.purpose", "None"),  # type: ignore[arg-type]
        (
            lambda: Convention(name="x", partners=[bonnevie()]),  # type: ignore[arg-type]
            "Convention.partners",
            "[Partner(",
        ),
        (
            lambda: Convention(name="x", carriers=["bonnevie", "marolles"]),  # type: ignore[arg-type]
            "Convention.carriers",
            "['bonnevie', 'marolles']",
        ),
        (
            lambda: Convention(name="x", carriers=("bonnevie", "")),
            "Convention.carriers",
            "''",
        ),
        (
            lambda: Convention(name="x", carriers=("maison bonnevie",)),
            "Convention.carriers",
            "'maison bonnevie'",
        ),
        (lambda: Convention(name="x", owner=""), "Convention.owner", "''"),
        (lambda: Convention(name="x", owner="a" * 65), "Convention.owner", repr("a" * 65)),
        (lambda: Convention(name="x", tasks=[]), "Convention.tasks", "[]"),  # type: ignore[arg-type]
        (lambda: Convention(name="x", clauses={}), "Convention.clauses", "{}"),  # type: ignore[arg-type]
        (lambda: Clause(kind="liability", text="..."), "Clause.kind", "'liability'"),  # type: ignore[arg-type]
        (lambda: Clause(kind=ClauseKind.OTHER, text=None), "Clause.text", "None"),  # type: ignore[arg-type]
        (
            lambda: Clause(kind=ClauseKind.OTHER, text="t", title=1),  # type: ignore[arg-type]
            "Clause.title",
            "1",
        ),
        (lambda: Signature(partner="", signatory="Jan"), "Signature.partner", "''"),
        (
            lambda: Signature(partner="marolles", signatory=None),  # type: ignore[arg-type]
            "Signature.signatory",
            "None",
        ),
        (
            lambda: Signature(
                partner="marolles",
                signatory="Jan",
                date=dt.datetime(2025, 8, 20, 10, 30, tzinfo=dt.timezone.utc),
            ),
            "Signature.date",
            "datetime.datetime(2025, 8, 20, 10, 30",
        ),
        (
            lambda: Signature(partner="marolles", signatory="Jan", date="2025-08-20"),  # type: ignore[arg-type]
            "Signature.date",
            "'2025-08-20'",
        ),
    ],
)
def test_construction_refuses_what_a_single_value_can_know_is_wrong(
    build: Callable[[], object], field: str, shown: str
) -> None:
    assert_refused_showing(build, field, shown)


def test_the_form_refusal_lists_the_accepted_codes() -> None:
    with pytest.raises(InvalidValueError) as caught:
        Convention(name="x", form="partenariat")  # type: ignore[arg-type]

    assert "partnership, collaboration" in str(caught.value)


def test_a_period_ending_before_it_starts_is_refused_inside_a_convention() -> None:
    with pytest.raises(InvalidValueError, match=r"Period\.end"):
        Convention(name="x", period=Period(start=dt.date(2026, 6, 30), end=dt.date(2025, 9, 1)))


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (
            lambda: Convention(name="x", period=("2025-09-01", "2026-06-30")),  # type: ignore[arg-type]
            "Convention.period",
        ),
        (lambda: Convention(name="x", funds=None), "Convention.funds"),  # type: ignore[arg-type]
        (lambda: Convention(name="x", timeline=()), "Convention.timeline"),  # type: ignore[arg-type]
        (
            lambda: Convention(name="x", evaluation=()),  # type: ignore[arg-type]
            "Convention.evaluation",
        ),
        (
            lambda: Convention(name="x", communication=None),  # type: ignore[arg-type]
            "Convention.communication",
        ),
        (
            lambda: Convention(name="x", conflict_procedure=()),  # type: ignore[arg-type]
            "Convention.conflict_procedure",
        ),
        (lambda: Convention(name="x", partners=("bonnevie",)), "Convention.partners"),  # type: ignore[arg-type]
        (
            lambda: Convention(name="x", tasks=(bonnevie(),)),  # type: ignore[arg-type]
            "Convention.tasks",
        ),
        (
            lambda: Convention(name="x", signatures=("Fatima El Idrissi",)),  # type: ignore[arg-type]
            "Convention.signatures",
        ),
    ],
)
def test_a_nested_part_of_the_wrong_type_is_refused(
    build: Callable[[], object], field: str
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        build()

    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")


def test_a_wrong_item_is_named_with_its_position() -> None:
    with pytest.raises(InvalidValueError) as caught:
        Convention(name="x", partners=(bonnevie(), "marolles"))  # type: ignore[arg-type]

    assert caught.value.value == "marolles"
    assert "item 1" in str(caught.value)


def test_the_institutions_the_plan_names_are_listed_with_where_they_are_named() -> None:
    convention = Convention(
        name="Paniers",
        funds=FundManagement(
            budget=(
                BudgetLine(id="own", label="Fonds propres", amount=eur("10.00"), source="pont"),
                BudgetLine(
                    id="sub", label="Subside", amount=eur("10.00"), source="COCOF", subsidy=True
                ),
                BudgetLine(
                    id="blank", label="Subside", amount=eur("1.00"), source=" ", subsidy=True
                ),
            ),
            reporting=(ReportingDuty(id="rep", recipient="Commune de Bruxelles"),),
        ),
        timeline=Timeline(
            steps=(
                Step(id="afsca", title="Enregistrement", authority="AFSCA"),
                Step(id="lancement", title="Lancement"),
            )
        ),
    )
    assert convention.institutions_named() == (
        ("funds.budget[1].source", "COCOF"),
        ("funds.reporting[0].recipient", "Commune de Bruxelles"),
        ("timeline.steps[0].authority", "AFSCA"),
    )
    assert Convention(name="Brouillon").institutions_named() == ()
