"""CLARIFY (seed §3) and the form of cooperation (§2): what the clarify rules ask.

CLARIFY asks who does what (roles, and one coordinator), what each one does and brings
(tasks with exactly one Accountable and at least one Responsible partner, contributions),
how decisions are taken and what to do in case of conflict, and how the institutions a
worker answers to are involved. §2 asks that the declared form agree with the facts and,
for a collaboration, that there be an owner and other associations who contribute.

Each rule is shown three ways: the complete Brussels example (or, for the rules of a
collaboration, a small complete collaboration) does not break it; the smallest change
that breaks it gives findings of that code, exactly at the expected paths, and of no
other clarify code; its message and hint read in French, English and Dutch.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given

from partnership_model import (
    Affiliation,
    Assignment,
    ConflictProcedure,
    Context,
    Contribution,
    ContributionKind,
    Convention,
    DecisionMode,
    DecisionRule,
    Dossier,
    Finding,
    Form,
    GoverningBody,
    InstitutionalLink,
    InstitutionKind,
    Involvement,
    Partner,
    Profile,
    Quantity,
    Raci,
    Reason,
    Role,
    RoleKind,
    Task,
    Weight,
    classify,
    validate,
)
from partnership_model.i18n import LANGUAGES
from partnership_model.validation import CATALOGUE, get_profile
from tests import generators as gen
from tests.brussels import bonnevie, marolles
from tests.support import (
    ExampleBreak,
    assert_breaks_alone,
    assert_said_in,
    brussels,
    the_finding,
    validated,
)

R, A, C, I = Raci.RESPONSIBLE, Raci.ACCOUNTABLE, Raci.CONSULTED, Raci.INFORMED  # noqa: E741  # the RACI letters themselves

CLARIFY_RULES = {
    code: rule
    for code, rule in CATALOGUE.items()
    if rule.check.__module__ == "partnership_model._rules.clarify"
}
CODES = tuple(CLARIFY_RULES)

BRUSSELS = brussels().convention
"""The complete example: roles 0 coordinator (pont), 1 treasurer, 2 partners; tasks 0
purchases, 1 distribution, 2 workshops, 3 referral; decision rules 0 consensus of the
steering committee, 1 majority on the budget, 2 daily management delegated to pont;
partners 0 pont, 1 entraide, 2 fourneaux, 3 cpas; institutional links 0 cpas, 1 pont,
2 AFSCA, 3 COCOF; contributions 6 the cold room of the fourneaux."""
FRIDGE = 6


def collaboration() -> Convention:
    """A complete collaboration: the Maison de quartier Bonnevie runs its homework club,
    and the Entr'aide des Marolles lends it a room and opens it; the project stays
    Bonnevie's, whose board approves it."""
    return Convention(
        name="École des devoirs de Bonnevie",
        form=Form.COLLABORATION,
        partners=(bonnevie(), marolles()),
        owner="bonnevie",
        roles=(
            Role(
                id="role-owner",
                kind=RoleKind.OWNER,
                holders=("bonnevie",),
                responsibilities=("mener l'école des devoirs",),
            ),
            Role(
                id="role-contributor",
                kind=RoleKind.CONTRIBUTOR,
                holders=("marolles",),
                responsibilities=("prêter la grande salle",),
            ),
        ),
        tasks=(
            Task(
                id="task-devoirs",
                title="Animer l'école des devoirs",
                assignments=(
                    Assignment(partner="bonnevie", raci=R),
                    Assignment(partner="bonnevie", raci=A),
                    Assignment(partner="marolles", raci=I),
                ),
            ),
            Task(
                id="task-salle",
                title="Ouvrir et fermer la salle",
                assignments=(
                    Assignment(partner="marolles", raci=R),
                    Assignment(partner="marolles", raci=A),
                ),
            ),
        ),
        contributions=(
            Contribution(
                id="contrib-salle",
                partner="marolles",
                kind=ContributionKind.PREMISES,
                description="La grande salle, le mercredi après-midi",
                serves=("task-devoirs",),
            ),
        ),
        institutional_links=(
            InstitutionalLink(
                id="link-ca",
                partner="bonnevie",
                institution="Conseil d'administration de la Maison Bonnevie",
                kind=InstitutionKind.HIERARCHY,
                involvement=Involvement.APPROVE,
            ),
        ),
    )


# --- helpers -----------------------------------------------------------------------------


def findings(
    convention: Convention | Dossier, profile: str = "methodology", language: str = "fr"
) -> tuple[Finding, ...]:
    return validated(convention, CLARIFY_RULES, profile=profile, language=language)


def codes(convention: Convention | Dossier, profile: str = "methodology") -> set[str]:
    return {finding.code for finding in findings(convention, profile)}


def paths_of(code: str, convention: Convention, profile: str = "methodology") -> list[str]:
    return sorted(f.path for f in findings(convention, profile) if f.code == code)


def only(code: str, convention: Convention, profile: str = "methodology") -> Finding:
    return the_finding(findings(convention, profile), code)


def replace_at(items: tuple[Any, ...], at: int, **changes: Any) -> tuple[Any, ...]:
    """``items`` with the one at ``at`` evolved by ``changes``."""
    return (*items[:at], attrs.evolve(items[at], **changes), *items[at + 1 :])


def brussels_with(**changes: Any) -> Convention:
    return attrs.evolve(BRUSSELS, **changes)


def collaboration_with(**changes: Any) -> Convention:
    return attrs.evolve(collaboration(), **changes)


def without_link(link_id: str) -> tuple[InstitutionalLink, ...]:
    """The Brussels institutional links, but the one ``link_id``."""
    return tuple(link for link in BRUSSELS.institutional_links if link.id != link_id)


def decision_rule(**fields: Any) -> DecisionRule:
    return DecisionRule(**{"id": "rule-test", "mode": DecisionMode.CONSENSUS, **fields})


# --- the smallest break of each rule ----------------------------------------------------


def a_convention_without_roles() -> Convention:
    return brussels_with(roles=())


def a_convention_without_its_coordinator_role() -> Convention:
    return brussels_with(roles=BRUSSELS.roles[1:])


def a_coordinator_role_held_by_the_pont_and_the_entraide() -> Convention:
    return brussels_with(roles=replace_at(BRUSSELS.roles, 0, holders=("pont", "entraide")))


def a_treasurer_role_held_by_nobody() -> Convention:
    return brussels_with(roles=replace_at(BRUSSELS.roles, 1, holders=()))


def a_treasurer_role_without_responsibilities() -> Convention:
    return brussels_with(roles=replace_at(BRUSSELS.roles, 1, responsibilities=()))


def a_convention_without_tasks() -> Convention:
    return brussels_with(tasks=())


def a_workshop_task_titled_with_white_space() -> Convention:
    return brussels_with(tasks=replace_at(BRUSSELS.tasks, 2, title=" \u00a0"))


def a_distribution_the_entraide_answers_for_too() -> Convention:
    distribution = BRUSSELS.tasks[1]
    assignments = (*distribution.assignments, Assignment(partner="entraide", raci=A))
    return brussels_with(tasks=replace_at(BRUSSELS.tasks, 1, assignments=assignments))


def purchases_that_nobody_carries_out() -> Convention:
    purchases = BRUSSELS.tasks[0]
    return brussels_with(
        tasks=replace_at(BRUSSELS.tasks, 0, assignments=purchases.assignments[1:])
    )


def a_convention_without_contributions() -> Convention:
    return brussels_with(contributions=())


def a_cold_room_described_with_an_em_space() -> Convention:
    return brussels_with(
        contributions=replace_at(BRUSSELS.contributions, FRIDGE, description="\u2003")
    )


def a_food_bank_that_brings_nothing() -> Convention:
    food_bank = Partner(id="banque", name="Banque alimentaire de Bruxelles-Brabant")
    return brussels_with(partners=(*BRUSSELS.partners, food_bank))


def a_convention_without_decision_rules() -> Convention:
    return brussels_with(decision_rules=())


def a_cooking_group_nobody_sits_on() -> Convention:
    group = GoverningBody(id="gt-cuisine", name="Groupe de travail cuisine")
    return brussels_with(governing_bodies=(*BRUSSELS.governing_bodies, group))


def a_budget_that_takes_five_votes_of_four_members() -> Convention:
    return brussels_with(
        decision_rules=replace_at(BRUSSELS.decision_rules, 1, minimum_in_favour=5)
    )


def a_quorum_of_three_halves() -> Convention:
    return brussels_with(
        decision_rules=replace_at(BRUSSELS.decision_rules, 0, quorum=Fraction(3, 2))
    )


def a_budget_majority_of_no_votes() -> Convention:
    return brussels_with(
        decision_rules=replace_at(BRUSSELS.decision_rules, 1, threshold=Fraction(0))
    )


def a_budget_majority_without_a_threshold() -> Convention:
    return brussels_with(decision_rules=replace_at(BRUSSELS.decision_rules, 1, threshold=None))


def a_daily_management_delegated_to_nobody() -> Convention:
    return brussels_with(decision_rules=replace_at(BRUSSELS.decision_rules, 2, delegate=None))


def a_conflict_procedure_without_steps() -> Convention:
    return brussels_with(conflict_procedure=ConflictProcedure())


def a_collaboration_silent_on_the_institutions() -> Convention:
    return collaboration_with(institutional_links=())


def the_afsca_registration_without_its_link() -> Convention:
    """The timeline asks the AFSCA for a registration; the convention no longer says how
    the AFSCA is involved."""
    return brussels_with(institutional_links=without_link("link-afsca"))


def the_pont_without_its_link_to_its_board() -> Convention:
    return brussels_with(institutional_links=without_link("link-pont-ca"))


def a_convention_that_declares_no_form() -> Convention:
    return brussels_with(form=None)


def a_partnership_declared_a_collaboration() -> Convention:
    return brussels_with(form=Form.COLLABORATION)


def a_collaboration_without_an_owner() -> Convention:
    return collaboration_with(owner=None)


def a_collaboration_where_the_owner_brings_the_room() -> Convention:
    return collaboration_with(
        contributions=replace_at(collaboration().contributions, 0, partner="bonnevie")
    )


def an_owner_with_no_role_that_answers_for_no_task() -> Convention:
    return collaboration_with(
        roles=collaboration().roles[1:],
        tasks=replace_at(
            collaboration().tasks,
            0,
            assignments=(
                Assignment(partner="bonnevie", raci=R),
                Assignment(partner="marolles", raci=A),
            ),
        ),
    )


EXAMPLES: dict[str, ExampleBreak] = {
    "clarify.roles.missing": ExampleBreak(a_convention_without_roles, ["$.roles"]),
    "clarify.roles.no-coordinator": ExampleBreak(
        a_convention_without_its_coordinator_role, ["$.roles"]
    ),
    "clarify.roles.several-coordinators": ExampleBreak(
        a_coordinator_role_held_by_the_pont_and_the_entraide, ["$.roles"]
    ),
    "clarify.roles.no-holder": ExampleBreak(a_treasurer_role_held_by_nobody, ["$.roles[1]"]),
    "clarify.roles.no-responsibilities": ExampleBreak(
        a_treasurer_role_without_responsibilities, ["$.roles[1].responsibilities"]
    ),
    "clarify.tasks.missing": ExampleBreak(a_convention_without_tasks, ["$.tasks"]),
    "clarify.tasks.untitled": ExampleBreak(
        a_workshop_task_titled_with_white_space, ["$.tasks[2].title"]
    ),
    "clarify.tasks.accountable": ExampleBreak(
        a_distribution_the_entraide_answers_for_too, ["$.tasks[1]"]
    ),
    "clarify.tasks.no-responsible": ExampleBreak(
        purchases_that_nobody_carries_out, ["$.tasks[0]"]
    ),
    "clarify.contributions.missing": ExampleBreak(
        a_convention_without_contributions, ["$.contributions"]
    ),
    "clarify.contributions.empty": ExampleBreak(
        a_cold_room_described_with_an_em_space, [f"$.contributions[{FRIDGE}]"]
    ),
    "clarify.contributions.partner-without": ExampleBreak(
        a_food_bank_that_brings_nothing, ["$.partners[4]"]
    ),
    "clarify.decisions.no-rule": ExampleBreak(
        a_convention_without_decision_rules, ["$.decision_rules"]
    ),
    "clarify.bodies.no-members": ExampleBreak(
        a_cooking_group_nobody_sits_on, ["$.governing_bodies[1]"]
    ),
    "clarify.decisions.quorum-unreachable": ExampleBreak(
        a_quorum_of_three_halves, ["$.decision_rules[0].quorum"]
    ),
    "clarify.decisions.too-few-voters": ExampleBreak(
        a_budget_that_takes_five_votes_of_four_members, ["$.decision_rules[1]"]
    ),
    "clarify.decisions.threshold-out-of-range": ExampleBreak(
        a_budget_majority_of_no_votes, ["$.decision_rules[1].threshold"]
    ),
    "clarify.decisions.majority-without-threshold": ExampleBreak(
        a_budget_majority_without_a_threshold, ["$.decision_rules[1].threshold"]
    ),
    "clarify.decisions.delegation-without-delegate": ExampleBreak(
        a_daily_management_delegated_to_nobody, ["$.decision_rules[2].delegate"]
    ),
    "clarify.conflicts.no-procedure": ExampleBreak(
        a_conflict_procedure_without_steps, ["$.conflict_procedure.steps"]
    ),
    "clarify.institutions.none": ExampleBreak(
        a_collaboration_silent_on_the_institutions,
        ["$.institutional_links"],
        profile="collaboration",
        complete=collaboration,
    ),
    "clarify.institutions.unlinked": ExampleBreak(
        the_afsca_registration_without_its_link, ["$.timeline.steps[1].authority"]
    ),
    "clarify.institutions.link-missing": ExampleBreak(
        the_pont_without_its_link_to_its_board, ["$.partners[0].answers_to[0]"]
    ),
    "form.undeclared": ExampleBreak(a_convention_that_declares_no_form, ["$.form"]),
    "form.disagrees": ExampleBreak(a_partnership_declared_a_collaboration, ["$.form"]),
    "form.collaboration.no-owner": ExampleBreak(
        a_collaboration_without_an_owner,
        ["$.owner"],
        profile="collaboration",
        complete=collaboration,
        also={"form.disagrees": ["$.form"]},
        why="Without an owner, the accountable partners carry the project: Bonnevie and the "
        "Marolles each answer for a task, so the facts now read as a partnership too.",
    ),
    "form.collaboration.no-contributor": ExampleBreak(
        a_collaboration_where_the_owner_brings_the_room,
        ["$.contributions"],
        profile="collaboration",
        complete=collaboration,
    ),
    "form.collaboration.owner-idle": ExampleBreak(
        an_owner_with_no_role_that_answers_for_no_task,
        ["$.owner"],
        profile="collaboration",
        complete=collaboration,
    ),
}
"""For each clarify rule, the smallest change to the complete Brussels example (or, for
the rules of a collaboration, to the small complete collaboration) that breaks it alone."""
by_code = pytest.mark.parametrize("code", CODES)


def test_every_clarify_rule_has_its_smallest_break() -> None:
    assert list(EXAMPLES) == list(CLARIFY_RULES)


@by_code
def test_the_complete_convention_does_not_break_the_rule(code: str) -> None:
    example = EXAMPLES[code]
    assert code in get_profile(example.profile).codes
    assert code not in codes(example.complete(), example.profile)


@by_code
def test_the_smallest_change_breaks_that_rule_alone_at_the_expected_paths(code: str) -> None:
    assert_breaks_alone(code, EXAMPLES[code], CODES)


@by_code
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_message_and_hint_read_in_every_language(code: str, language: str) -> None:
    assert_said_in(language, code, EXAMPLES[code], CODES)


def test_the_brussels_example_breaks_no_clarify_rule_in_any_partnership_profile() -> None:
    for profile in ("methodology", "consortium"):
        assert findings(BRUSSELS, profile) == ()
    assert validated(brussels(), CLARIFY_RULES) == ()


def test_the_small_collaboration_breaks_no_clarify_rule_of_the_collaboration_profile() -> None:
    assert findings(collaboration(), "collaboration") == ()


# --- the catalogue -----------------------------------------------------------------------

EVERY = {"methodology", "collaboration", "consortium"}
PARTNERSHIP_ONLY = {"methodology", "consortium"}
COLLABORATION_ONLY = {"collaboration"}


@pytest.mark.parametrize(
    ("code", "profiles"),
    [
        ("clarify.roles.missing", EVERY),
        ("clarify.roles.no-coordinator", PARTNERSHIP_ONLY),
        ("clarify.roles.several-coordinators", PARTNERSHIP_ONLY),
        ("clarify.roles.no-holder", EVERY),
        ("clarify.roles.no-responsibilities", EVERY),
        ("clarify.tasks.missing", EVERY),
        ("clarify.tasks.untitled", EVERY),
        ("clarify.tasks.accountable", EVERY),
        ("clarify.tasks.no-responsible", EVERY),
        ("clarify.contributions.missing", EVERY),
        ("clarify.contributions.empty", EVERY),
        ("clarify.contributions.partner-without", PARTNERSHIP_ONLY),
        ("clarify.decisions.no-rule", PARTNERSHIP_ONLY),
        ("clarify.bodies.no-members", EVERY),
        ("clarify.decisions.quorum-unreachable", EVERY),
        ("clarify.decisions.too-few-voters", EVERY),
        ("clarify.decisions.threshold-out-of-range", EVERY),
        ("clarify.decisions.majority-without-threshold", EVERY),
        ("clarify.decisions.delegation-without-delegate", EVERY),
        ("clarify.conflicts.no-procedure", PARTNERSHIP_ONLY),
        ("clarify.institutions.none", EVERY),
        ("clarify.institutions.unlinked", EVERY),
        ("clarify.institutions.link-missing", EVERY),
        ("form.undeclared", EVERY),
        ("form.disagrees", EVERY),
        ("form.collaboration.no-owner", COLLABORATION_ONLY),
        ("form.collaboration.no-contributor", COLLABORATION_ONLY),
        ("form.collaboration.owner-idle", COLLABORATION_ONLY),
    ],
)
def test_each_rule_belongs_to_the_profiles_that_need_it(code: str, profiles: set[str]) -> None:
    assert {name for name in EVERY if code in get_profile(name).codes} == profiles


WARNINGS = {
    "clarify.roles.no-holder",
    "clarify.roles.no-responsibilities",
    "clarify.decisions.majority-without-threshold",
    "form.undeclared",
}


@pytest.mark.parametrize("code", list(CLARIFY_RULES))
def test_each_rule_has_its_step_severity_and_seed_section(code: str) -> None:
    rule = CLARIFY_RULES[code]
    assert rule.step.value == ("form" if code.startswith("form.") else "clarify")
    assert rule.severity.value == ("warning" if code in WARNINGS else "error")
    assert rule.section.startswith("§2 " if code.startswith("form.") else "§3 CLARIFY: ")
    assert not rule.needs_dossier
    assert not rule.needs_today


# --- roles -------------------------------------------------------------------------------


def test_a_convention_without_roles_lacks_roles_and_is_not_also_told_it_lacks_a_coordinator() -> (
    None
):
    assert codes(brussels_with(roles=())) == {"clarify.roles.missing"}


def test_a_coordinator_role_that_nobody_holds_leaves_the_partnership_without_coordinator() -> None:
    convention = brussels_with(roles=replace_at(BRUSSELS.roles, 0, holders=()))
    assert codes(convention) == {"clarify.roles.no-coordinator", "clarify.roles.no-holder"}
    assert paths_of("clarify.roles.no-holder", convention) == ["$.roles[0]"]


def test_a_collaboration_needs_no_coordinator() -> None:
    assert "clarify.roles.no-coordinator" not in get_profile("collaboration").codes
    assert codes(collaboration_with(roles=collaboration().roles[1:]), "collaboration") == set()


def test_several_coordinators_are_named_and_are_the_subjects() -> None:
    convention = brussels_with(
        roles=(
            *BRUSSELS.roles,
            Role(id="role-coord-2", kind=RoleKind.COORDINATOR, holders=("entraide", "ghost")),
        )
    )
    finding = only("clarify.roles.several-coordinators", convention)
    assert finding.subjects == ("pont", "entraide", "ghost")
    assert finding.message == (
        "Plusieurs partenaires sont coordinateurs\u00a0: "
        "Le Pont de Laeken ASBL, Entraide Bockstael ASBL, ghost."
    )


def test_one_partner_holding_two_coordinator_roles_is_one_coordinator() -> None:
    convention = brussels_with(
        roles=(
            *BRUSSELS.roles,
            Role(
                id="role-coord-2",
                kind=RoleKind.COORDINATOR,
                holders=("pont",),
                responsibilities=("coordonner la communication",),
            ),
        )
    )
    assert codes(convention) == set()


def test_a_role_without_holder_is_named_by_its_title_or_else_by_its_kind() -> None:
    convention = brussels_with(
        roles=(
            *BRUSSELS.roles,
            Role(id="role-secr", kind=RoleKind.SECRETARY),
            Role(id="role-com", kind=RoleKind.OTHER, title="Chargé de communication"),
        )
    )
    shown = [f for f in findings(convention, language="en") if f.code == "clarify.roles.no-holder"]
    assert [f.message for f in shown] == [
        "The role 'secretary' is held by no partner.",
        "The role 'Chargé de communication' is held by no partner.",
    ]
    assert [f.subjects for f in shown] == [("role-secr",), ("role-com",)]


# --- tasks -------------------------------------------------------------------------------


def test_a_task_nobody_answers_for_has_zero_accountable_partners() -> None:
    convention = brussels_with(
        tasks=replace_at(BRUSSELS.tasks, 0, assignments=(Assignment(partner="entraide", raci=R),))
    )
    finding = only("clarify.tasks.accountable", convention)
    assert finding.path == "$.tasks[0]"
    assert finding.subjects == ("task-achats",)
    assert finding.message.endswith("elle en a 0.")


def test_two_accountable_partners_are_counted_and_are_the_subjects() -> None:
    convention = a_distribution_the_entraide_answers_for_too()
    finding = only("clarify.tasks.accountable", convention)
    assert finding.subjects == ("task-distribution", "pont", "entraide")
    en = findings(convention, language="en")
    assert en[0].message == (
        "The task 'Distribuer les paniers le mardi' must have exactly one partner "
        "accountable for it (A); it has 2."
    )


def test_a_partner_listed_twice_as_accountable_is_one_accountable_partner() -> None:
    task = BRUSSELS.tasks[0]
    convention = brussels_with(
        tasks=replace_at(
            BRUSSELS.tasks, 0, assignments=(*task.assignments, Assignment(partner="pont", raci=A))
        )
    )
    assert codes(convention) == set()


def test_a_task_with_only_consulted_and_informed_partners_has_no_responsible() -> None:
    convention = brussels_with(
        tasks=(
            *BRUSSELS.tasks,
            Task(
                id="task-bilan",
                title="Bilan",
                assignments=(
                    Assignment(partner="pont", raci=A),
                    Assignment(partner="cpas", raci=C),
                    Assignment(partner="entraide", raci=I),
                ),
            ),
        )
    )
    finding = only("clarify.tasks.no-responsible", convention)
    assert finding.path == "$.tasks[4]"
    assert finding.subjects == ("task-bilan",)


# --- contributions -----------------------------------------------------------------------


def test_a_partner_takes_part_by_a_contribution_that_says_what_it_brings() -> None:
    newcomer = Partner(id="banque", name="Banque alimentaire de Bruxelles-Brabant")
    added = (*BRUSSELS.partners, newcomer)

    def bringing(contribution: Contribution) -> Convention:
        return brussels_with(partners=added, contributions=(*BRUSSELS.contributions, contribution))

    described = bringing(
        Contribution(
            id="contrib-banque",
            partner="banque",
            kind=ContributionKind.MATERIAL,
            description="Invendus de la criée, le lundi",
        )
    )
    counted = bringing(
        Contribution(
            id="contrib-banque",
            partner="banque",
            kind=ContributionKind.MATERIAL,
            quantity=Quantity(value=Decimal(40), unit="colis par mois"),
        )
    )
    only_a_kind = bringing(
        Contribution(id="contrib-banque", partner="banque", kind=ContributionKind.MATERIAL)
    )
    assert codes(described) == set()
    assert codes(counted) == set()
    assert codes(only_a_kind) == {
        "clarify.contributions.empty",
        "clarify.contributions.partner-without",
    }
    assert paths_of("clarify.contributions.empty", only_a_kind) == ["$.contributions[7]"]
    assert only("clarify.contributions.partner-without", only_a_kind).subjects == ("banque",)


@pytest.mark.parametrize("raci", [R, A, C])
def test_a_part_in_the_tasks_is_no_contribution(raci: Raci) -> None:
    # Doing a task, answering for it or being consulted on it is not bringing anything to
    # the project: each partner's contribution (material, service, money) is written down.
    newcomer = Partner(id="banque", name="Banque alimentaire de Bruxelles-Brabant")
    convention = brussels_with(
        partners=(*BRUSSELS.partners, newcomer),
        tasks=replace_at(
            BRUSSELS.tasks,
            0,
            assignments=(*BRUSSELS.tasks[0].assignments, Assignment(partner="banque", raci=raci)),
        ),
    )
    assert paths_of("clarify.contributions.partner-without", convention) == ["$.partners[4]"]


def test_a_partner_without_contribution_is_told_so_in_three_languages() -> None:
    convention = brussels_with(
        contributions=tuple(c for c in BRUSSELS.contributions if c.partner != "pont")
    )
    said = {
        language: next(
            f for f in findings(convention, language=language) if f.code.endswith("-without")
        )
        for language in LANGUAGES
    }
    assert said["fr"].message == (
        "Le partenaire «\u00a0Le Pont de Laeken ASBL\u00a0» n'apporte aucune contribution\u00a0: "
        "ni matériel, ni service, ni argent, ni personnel, ni locaux, ni expertise."
    )
    assert said["en"].message == (
        "The partner 'Le Pont de Laeken ASBL' brings no contribution: no material, service, "
        "money, staff, premises or expertise."
    )
    assert said["nl"].path == "$.partners[0]"


def test_before_any_task_or_contribution_the_partners_are_not_told_one_by_one() -> None:
    convention = brussels_with(tasks=(), contributions=())
    assert codes(convention) == {"clarify.tasks.missing", "clarify.contributions.missing"}


# --- decisions and conflicts -------------------------------------------------------------


def test_a_collaboration_needs_neither_decision_rule_nor_conflict_procedure() -> None:
    assert collaboration().decision_rules == ()
    assert collaboration().conflict_procedure.steps == ()
    assert findings(collaboration(), "collaboration") == ()


@pytest.mark.parametrize(
    ("quorum", "unreachable"),
    [
        (Fraction(0), True),
        (Fraction(1, 1000), False),
        (Fraction(1, 2), False),
        (Fraction(1), False),
        (Fraction(1001, 1000), True),
    ],
)
def test_a_quorum_is_a_share_above_zero_and_at_most_one(
    quorum: Fraction, unreachable: bool
) -> None:
    convention = brussels_with(decision_rules=(decision_rule(quorum=quorum),))
    expected = ["$.decision_rules[0].quorum"] if unreachable else []
    assert paths_of("clarify.decisions.quorum-unreachable", convention) == expected


def test_a_quorum_above_one_is_shown_as_a_fraction() -> None:
    convention = a_quorum_of_three_halves()
    finding = only("clarify.decisions.quorum-unreachable", convention)
    assert finding.message == (
        "Le quorum de la règle de décision «\u00a0rule-general\u00a0» vaut 3/2\u00a0: "
        "il doit être supérieur à 0 et au plus égal à 1."
    )
    assert finding.subjects == ("rule-general",)


def test_the_minimum_present_may_not_exceed_the_voters_named_by_the_rule() -> None:
    voters = ("pont", "entraide", "entraide")  # a voter named twice still votes once
    at_most = brussels_with(decision_rules=(decision_rule(voters=voters, minimum_present=2),))
    above = brussels_with(decision_rules=(decision_rule(voters=voters, minimum_present=3),))
    assert codes(at_most) == set()
    finding = only("clarify.decisions.quorum-unreachable", above)
    assert finding.path == "$.decision_rules[0].minimum_present"
    assert "vaut 3\u00a0: il doit être supérieur à 0 et au plus égal à 2." in finding.message


def test_without_voters_the_minimum_present_is_counted_against_the_members_of_the_body() -> None:
    copil = BRUSSELS.governing_bodies[0]
    assert len(copil.members) == 4
    at_most = brussels_with(decision_rules=(decision_rule(body="copil", minimum_present=4),))
    above = brussels_with(decision_rules=(decision_rule(body="copil", minimum_present=5),))
    assert codes(at_most) == set()
    assert paths_of("clarify.decisions.quorum-unreachable", above) == [
        "$.decision_rules[0].minimum_present"
    ]


def test_partners_the_rule_excludes_do_not_count_toward_the_minimum_present() -> None:
    # The copil's four members, one of them in default and excluded from its votes.
    excluded = decision_rule(body="copil", excluded=("cpas",), minimum_present=4)
    assert paths_of(
        "clarify.decisions.quorum-unreachable", brussels_with(decision_rules=(excluded,))
    ) == ["$.decision_rules[0].minimum_present"]


def test_without_voters_or_a_body_every_partner_counts_toward_the_minimum_present() -> None:
    # The four Brussels partners all vote: a fifth present can never come.
    assert codes(brussels_with(decision_rules=(decision_rule(minimum_present=4),))) == set()
    assert paths_of(
        "clarify.decisions.quorum-unreachable",
        brussels_with(decision_rules=(decision_rule(minimum_present=5),)),
    ) == ["$.decision_rules[0].minimum_present"]


def test_a_delegated_rule_gathers_its_delegate_alone() -> None:
    alone = decision_rule(mode=DecisionMode.DELEGATED, delegate="pont", minimum_present=1)
    two = decision_rule(mode=DecisionMode.DELEGATED, delegate="pont", minimum_present=2)
    assert codes(brussels_with(decision_rules=(alone,))) == set()
    finding = only("clarify.decisions.quorum-unreachable", brussels_with(decision_rules=(two,)))
    assert "au plus égal à 1." in finding.message


def test_the_minimum_present_is_not_counted_when_the_body_is_unknown() -> None:
    # integrity.references.unknown reports the body; nobody can be counted against it.
    unknown_body = decision_rule(id="rule-ghost", body="ghost", minimum_present=1000)
    assert "clarify.decisions.quorum-unreachable" not in codes(
        brussels_with(decision_rules=(unknown_body,))
    )


def test_a_body_without_members_cannot_gather_anyone() -> None:
    convention = brussels_with(
        governing_bodies=(GoverningBody(id="vide", name="Assemblée vide"),),
        decision_rules=(decision_rule(body="vide", minimum_present=1),),
    )
    assert paths_of("clarify.decisions.quorum-unreachable", convention) == [
        "$.decision_rules[0].minimum_present"
    ]


def test_a_rule_may_break_its_quorum_twice() -> None:
    convention = brussels_with(
        decision_rules=(decision_rule(quorum=Fraction(0), voters=("pont",), minimum_present=2),)
    )
    assert paths_of("clarify.decisions.quorum-unreachable", convention) == [
        "$.decision_rules[0].minimum_present",
        "$.decision_rules[0].quorum",
    ]


def test_a_body_nobody_sits_on_is_named_by_its_name_or_else_by_its_id() -> None:
    named = GoverningBody(id="gt-cuisine", name="Groupe cuisine")
    unnamed = GoverningBody(id="gt-achats", name=" ")
    convention = brussels_with(governing_bodies=(*BRUSSELS.governing_bodies, named, unnamed))
    messages = [f.message for f in findings(convention, language="en")]
    assert messages == [
        "The body 'Groupe cuisine' has no member: it can neither meet nor decide.",
        "The body 'gt-achats' has no member: it can neither meet nor decide.",
    ]


def test_a_rule_deciding_in_a_body_nobody_sits_on_has_no_voter_either() -> None:
    convention = brussels_with(
        governing_bodies=(GoverningBody(id="vide", name="Assemblée vide"),),
        decision_rules=(decision_rule(body="vide"),),
    )
    assert codes(convention) == {"clarify.bodies.no-members", "clarify.decisions.too-few-voters"}
    assert only("clarify.decisions.too-few-voters", convention).subjects == ("rule-test",)


def test_the_votes_a_rule_needs_are_counted_against_the_votes_its_voters_carry() -> None:
    weighted = {"voters": ("pont", "cpas"), "weights": (Weight(partner="pont", votes=3),)}
    enough = brussels_with(decision_rules=(decision_rule(minimum_in_favour=4, **weighted),))
    too_many = brussels_with(decision_rules=(decision_rule(minimum_in_favour=5, **weighted),))
    assert codes(enough) == set()
    finding = the_finding(findings(too_many, language="en"), "clarify.decisions.too-few-voters")
    assert finding.message == (
        "The voters of the decision rule 'rule-test' carry 4 votes; it takes at least 5 to decide."
    )


def test_a_rule_that_excludes_every_voter_it_names_leaves_nobody_to_decide() -> None:
    convention = brussels_with(
        decision_rules=(decision_rule(voters=("cpas",), excluded=("cpas",)),)
    )
    assert "il en faut au moins 1 pour décider" in only(
        "clarify.decisions.too-few-voters", convention
    ).message.replace("\u00a0", " ")


def test_a_decision_delegated_to_a_role_nobody_holds_is_delegated_to_nobody() -> None:
    roles = replace_at(BRUSSELS.roles, 1, holders=())
    delegated = decision_rule(mode=DecisionMode.DELEGATED, delegate="role-tresorier")
    convention = brussels_with(roles=roles, decision_rules=(delegated,))
    assert codes(convention) == {"clarify.roles.no-holder", "clarify.decisions.too-few-voters"}


def test_who_votes_is_not_counted_while_another_rule_says_what_is_missing() -> None:
    no_delegate = decision_rule(mode=DecisionMode.DELEGATED)
    unknown_body = decision_rule(id="rule-ghost", body="ghost")
    assert codes(brussels_with(decision_rules=(no_delegate, unknown_body))) == {
        "clarify.decisions.delegation-without-delegate"
    }
    nobody = Convention(name="Paniers", decision_rules=(decision_rule(),))
    assert "clarify.decisions.too-few-voters" not in codes(nobody)


@pytest.mark.parametrize(
    ("threshold", "out_of_range"),
    [
        (Fraction(0), True),
        (Fraction(1, 2), False),
        (Fraction(2, 3), False),
        (Fraction(1), False),
        (Fraction(3, 2), True),
    ],
)
def test_a_threshold_is_a_share_above_zero_and_at_most_one(
    threshold: Fraction, out_of_range: bool
) -> None:
    convention = brussels_with(
        decision_rules=(decision_rule(mode=DecisionMode.MAJORITY, threshold=threshold),)
    )
    expected = ["$.decision_rules[0].threshold"] if out_of_range else []
    assert paths_of("clarify.decisions.threshold-out-of-range", convention) == expected


def test_only_a_majority_needs_a_threshold_and_only_a_delegation_a_delegate() -> None:
    rules = tuple(
        decision_rule(id=f"rule-{mode.value}", mode=mode, delegate=None, threshold=None)
        for mode in DecisionMode
    )
    convention = brussels_with(decision_rules=rules)
    assert {(f.code, f.path) for f in findings(convention)} == {
        (
            "clarify.decisions.majority-without-threshold",
            f"$.decision_rules[{list(DecisionMode).index(DecisionMode.MAJORITY)}].threshold",
        ),
        (
            "clarify.decisions.delegation-without-delegate",
            f"$.decision_rules[{list(DecisionMode).index(DecisionMode.DELEGATED)}].delegate",
        ),
    }


# --- institutions ------------------------------------------------------------------------


def test_the_institution_is_recognised_whatever_its_case_and_surrounding_spaces() -> None:
    links = replace_at(
        BRUSSELS.institutional_links, 1, institution="  conseil D'ADMINISTRATION du pont "
    )
    assert codes(brussels_with(institutional_links=links)) == set()


def test_a_link_for_another_partner_or_for_the_whole_partnership_does_not_count() -> None:
    pont_link = BRUSSELS.institutional_links[1]
    for partner in ("entraide", None):
        links = replace_at(BRUSSELS.institutional_links, 1, partner=partner)
        convention = brussels_with(institutional_links=links)
        assert paths_of("clarify.institutions.link-missing", convention) == [
            "$.partners[0].answers_to[0]"
        ], partner
    assert pont_link.partner == "pont"


def test_each_structure_a_partner_answers_to_needs_its_own_link() -> None:
    pont = BRUSSELS.partners[0]
    more = attrs.evolve(
        pont,
        answers_to=(
            *pont.answers_to,
            Affiliation(name="Fédération des maisons de quartier", kind=InstitutionKind.HIERARCHY),
        ),
    )
    convention = brussels_with(partners=(more, *BRUSSELS.partners[1:]))
    finding = only("clarify.institutions.link-missing", convention)
    assert finding.path == "$.partners[0].answers_to[1]"
    assert finding.subjects == ("pont", "Fédération des maisons de quartier")
    assert finding.message.startswith(
        "Le partenaire «\u00a0Le Pont de Laeken ASBL\u00a0» relève de "
        "«\u00a0Fédération des maisons de quartier\u00a0»"
    )
    linked = brussels_with(
        partners=(more, *BRUSSELS.partners[1:]),
        institutional_links=(
            *BRUSSELS.institutional_links,
            InstitutionalLink(
                id="link-federation",
                partner="pont",
                institution="Fédération des maisons de quartier",
                kind=InstitutionKind.HIERARCHY,
                involvement=Involvement.INFORM,
            ),
        ),
    )
    assert codes(linked) == set()


def test_a_partnership_must_say_how_it_stands_towards_the_institutions() -> None:
    # Without a link, one partner saying whom it answers to is already a relation; the
    # link it then lacks is clarify.institutions.link-missing's business.
    no_link = collaboration_with(institutional_links=())
    answering = collaboration_with(
        institutional_links=(),
        partners=(
            attrs.evolve(
                bonnevie(),
                answers_to=(Affiliation(name="Fédération", kind=InstitutionKind.HIERARCHY),),
            ),
            marolles(),
        ),
    )
    assert codes(no_link, "collaboration") == {"clarify.institutions.none"}
    assert codes(answering, "collaboration") == {"clarify.institutions.link-missing"}
    assert only("clarify.institutions.none", no_link, "collaboration").message.startswith(
        "La convention ne dit rien de la relation avec l'institution, le pouvoir public et la "
        "hiérarchie"
    )


def test_every_institution_the_plan_names_needs_its_link() -> None:
    # COCOF grants the subsidy of the budget, receives the report, and is the authority
    # of the subsidy application: three mentions, three findings, each at its place.
    convention = brussels_with(institutional_links=without_link("link-cocof"))
    assert paths_of("clarify.institutions.unlinked", convention) == [
        "$.funds.budget[0].source",
        "$.funds.reporting[0].recipient",
        "$.timeline.steps[0].authority",
    ]
    finding = findings(convention, language="en")[0]
    assert finding.message == (
        "The plan names 'Commission communautaire française (COCOF)' (a subsidy, a report or "
        "an authorisation), but the convention does not say how that institution is involved."
    )
    assert finding.subjects == ("Commission communautaire française (COCOF)",)


def test_a_budget_line_names_a_funder_only_when_it_is_a_subsidy() -> None:
    # The CPAS's own share names a partner; an own-funds line names nobody to answer to.
    lines = replace_at(BRUSSELS.funds.budget, 0, subsidy=False, source="Fonds propres")
    convention = brussels_with(
        institutional_links=without_link("link-cocof"),
        funds=attrs.evolve(BRUSSELS.funds, budget=lines, reporting=()),
        timeline=attrs.evolve(
            BRUSSELS.timeline,
            steps=replace_at(BRUSSELS.timeline.steps, 0, authority=None),
        ),
    )
    assert "clarify.institutions.unlinked" not in codes(convention)


@pytest.mark.parametrize(
    "named",
    [
        "commission  communautaire FRANÇAISE (cocof)",
        "\u00a0Commission communautaire\nfrançaise (COCOF) ",
    ],
)
def test_an_institution_is_recognised_whatever_its_case_and_spacing(named: str) -> None:
    links = tuple(
        attrs.evolve(link, institution=named) if link.id == "link-cocof" else link
        for link in BRUSSELS.institutional_links
    )
    assert codes(brussels_with(institutional_links=links)) == set()


def test_a_partner_named_in_the_plan_needs_no_institutional_link() -> None:
    # A report to a partner (by its name or its id) is the partnership's own business.
    duties = (
        attrs.evolve(BRUSSELS.funds.reporting[0], recipient="Entraide Bockstael ASBL"),
        attrs.evolve(BRUSSELS.funds.reporting[0], id="rep-cpas", recipient="cpas"),
    )
    convention = brussels_with(funds=attrs.evolve(BRUSSELS.funds, reporting=duties))
    assert codes(convention) == set()


def test_a_blank_name_in_the_plan_names_no_institution() -> None:
    steps = replace_at(BRUSSELS.timeline.steps, 1, authority=" ")
    convention = brussels_with(
        institutional_links=without_link("link-afsca"),
        timeline=attrs.evolve(BRUSSELS.timeline, steps=steps),
    )
    assert codes(convention) == set()
    duties = replace_at(BRUSSELS.funds.reporting, 0, recipient="\u3000")
    reported_to_nobody = brussels_with(funds=attrs.evolve(BRUSSELS.funds, reporting=duties))
    assert codes(reported_to_nobody) == set()


# --- roles and texts left blank ------------------------------------------------------------


@pytest.mark.parametrize("said", [(), ("",), (" ", "\t\n"), ("\u3000",)])
def test_responsibilities_that_say_nothing_are_missing(said: tuple[str, ...]) -> None:
    convention = brussels_with(roles=replace_at(BRUSSELS.roles, 0, responsibilities=said))
    finding = only("clarify.roles.no-responsibilities", convention)
    assert finding.path == "$.roles[0].responsibilities"
    assert finding.subjects == ("role-coord",)


def test_one_written_responsibility_is_enough() -> None:
    convention = brussels_with(
        roles=replace_at(BRUSSELS.roles, 0, responsibilities=(" ", "animer le comité"))
    )
    assert codes(convention) == set()


def test_an_untitled_task_is_named_by_its_id_in_every_language() -> None:
    convention = brussels_with(tasks=replace_at(BRUSSELS.tasks, 0, title="\u2028"))
    messages = [
        next(f for f in findings(convention, language=lang) if f.code == "clarify.tasks.untitled")
        for lang in LANGUAGES
    ]
    assert [f.message for f in messages] == [
        "La tâche task-achats n'a pas de titre.",
        "The task task-achats has no title.",
        "De taak task-achats heeft geen titel.",
    ]


def test_an_owner_accountable_for_a_task_is_not_idle_without_a_role() -> None:
    convention = collaboration_with(roles=collaboration().roles[1:])
    assert codes(convention, "collaboration") == set()


def test_an_owner_holding_a_role_is_not_idle_without_a_task() -> None:
    convention = collaboration_with(
        tasks=replace_at(
            collaboration().tasks,
            0,
            assignments=(
                Assignment(partner="marolles", raci=R),
                Assignment(partner="marolles", raci=A),
            ),
        )
    )
    assert codes(convention, "collaboration") == set()


def test_an_idle_owner_is_named_in_the_finding() -> None:
    finding = only(
        "form.collaboration.owner-idle",
        an_owner_with_no_role_that_answers_for_no_task(),
        "collaboration",
    )
    assert finding.subjects == ("bonnevie",)
    assert finding.message == (
        "Le projet est celui de «\u00a0Maison de quartier Bonnevie\u00a0», mais ce partenaire "
        "ne tient aucun rôle et ne répond d'aucune tâche."
    )


# --- the form of cooperation -------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "La forme déclarée (collaboration) ne correspond pas aux faits (partenariat)."),
        ("en", "The declared form (collaboration) does not match the facts (partnership)."),
        (
            "nl",
            "De opgegeven vorm (samenwerking) stemt niet overeen met de feiten (partnerschap).",
        ),
    ],
)
def test_a_declared_form_that_disagrees_with_the_facts_names_both_forms(
    language: str, message: str
) -> None:
    convention = a_partnership_declared_a_collaboration()
    (finding,) = findings(convention, language=language)
    assert finding.message == message
    assert finding.subjects == ("collaboration", "partnership")


def test_a_declared_form_is_not_contradicted_while_the_facts_do_not_decide() -> None:
    draft = Convention(name="Projet en gestation", form=Form.COLLABORATION)
    assert "form.disagrees" not in codes(draft)


def test_a_collaboration_declared_a_partnership_disagrees_with_the_facts() -> None:
    convention = collaboration_with(form=Form.PARTNERSHIP)
    assert codes(convention, "collaboration") == {"form.disagrees"}


def test_a_contribution_without_partner_is_no_other_associations_contribution() -> None:
    convention = collaboration_with(
        contributions=replace_at(collaboration().contributions, 0, partner=None)
    )
    assert paths_of("form.collaboration.no-contributor", convention, "collaboration") == [
        "$.contributions"
    ]


def test_without_an_owner_the_one_partner_accountable_for_the_tasks_holds_the_project() -> None:
    # classify reads the same facts: the project remains that of the single carrier.
    convention = collaboration_with(owner=None, tasks=collaboration().tasks[:1])
    assert codes(convention, "collaboration") == set()
    assert classify(convention).reasons[:2] == (
        Reason(code="carriers-from-tasks", partners=("bonnevie",)),
        Reason(code="single-carrier", partners=("bonnevie",)),
    )


def test_without_an_owner_two_accountable_partners_leave_the_project_to_nobody() -> None:
    convention = collaboration_with(owner=None)
    assert codes(convention, "collaboration") == {
        "form.collaboration.no-owner",
        "form.disagrees",
    }
    assert classify(convention).form is Form.PARTNERSHIP


# --- never raises --------------------------------------------------------------------------


def test_an_empty_convention_gets_what_it_lacks_and_nothing_else() -> None:
    empty = Convention(name="Brouillon")
    assert codes(empty) == {
        "clarify.roles.missing",
        "clarify.tasks.missing",
        "clarify.contributions.missing",
        "clarify.decisions.no-rule",
        "clarify.conflicts.no-procedure",
        "clarify.institutions.none",
        "form.undeclared",
    }
    assert codes(empty, "collaboration") == {
        "clarify.roles.missing",
        "clarify.tasks.missing",
        "clarify.contributions.missing",
        "clarify.institutions.none",
        "form.undeclared",
        "form.collaboration.no-owner",
        "form.collaboration.no-contributor",
    }


def test_duplicate_ids_and_dangling_references_are_read_without_raising() -> None:
    twin = Partner(
        id="pont",
        name="Le Pont (doublon)",
        answers_to=(Affiliation(name="Ailleurs", kind=InstitutionKind.HIERARCHY),),
    )
    convention = brussels_with(
        partners=(*BRUSSELS.partners, twin),
        roles=(Role(id="r", kind=RoleKind.COORDINATOR, holders=("ghost", "ghost")),),
        tasks=(Task(id="t", title="T", assignments=(Assignment(partner="ghost", raci=A),)),),
        contributions=(Contribution(id="c", partner="nobody", kind=ContributionKind.SERVICE),),
        decision_rules=(decision_rule(body="ghost-body", minimum_present=3),),
    )
    assert {(f.code, f.path) for f in findings(convention)} == {
        ("clarify.roles.no-responsibilities", "$.roles[0].responsibilities"),
        ("clarify.tasks.no-responsible", "$.tasks[0]"),
        ("clarify.contributions.empty", "$.contributions[0]"),
        ("clarify.contributions.partner-without", "$.partners[0]"),
        ("clarify.contributions.partner-without", "$.partners[1]"),
        ("clarify.contributions.partner-without", "$.partners[2]"),
        ("clarify.contributions.partner-without", "$.partners[3]"),
        ("clarify.contributions.partner-without", "$.partners[4]"),
        ("clarify.institutions.link-missing", "$.partners[4].answers_to[0]"),
    }


ALL_CLARIFY = Profile(name="clarify-test", rules=tuple(CLARIFY_RULES.values()))


@given(convention=gen.conventions)
def test_the_clarify_rules_never_raise_on_any_convention_the_model_can_build(
    convention: Convention,
) -> None:
    context = Context(convention, None, None)
    for rule in CLARIFY_RULES.values():
        for violation in rule.check(context):
            assert violation.path
            assert not violation.in_dossier
    for language in LANGUAGES:
        for finding in validate(convention, profile=ALL_CLARIFY, language=language).findings:
            assert finding.path.startswith("$.")


def test_more_than_all_the_votes_is_a_threshold_that_can_never_be_reached() -> None:
    rule = DecisionRule(id="r", mode=DecisionMode.MAJORITY, threshold=Fraction(1), strict=True)
    convention = attrs.evolve(brussels().convention, decision_rules=(rule,))
    findings = [
        f
        for f in validate(convention).findings
        if f.code == "clarify.decisions.threshold-out-of-range"
    ]
    assert [f.path for f in findings] == ["$.decision_rules[0].threshold"]
