"""Partners who join and leave (seed §4, flexibility): ``Dossier.admit`` and
``Dossier.withdraw`` record the change as an amendment, and ``withdrawal_consequences``
lists beforehand what a partner holds and what its leaving would leave vacant.

A withdrawal takes the partner and every reference to it out of the new text; what it
leaves uncovered (a task nobody does, a role nobody holds, a need no contribution
covers, a body without members) is not refused but reported by the rules, as any
other gap of a draft is. The minutes keep the partner: they tell what happened while it
was there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import count
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import (
    Assignment,
    Contribution,
    ContributionKind,
    DecisionMode,
    DecisionRule,
    Dossier,
    EscalationAction,
    GoverningBody,
    Holding,
    HoldingKind,
    Partner,
    Raci,
    Signature,
    Veto,
    VetoHolders,
    Weight,
    validate,
    withdrawal_consequences,
)
from partnership_model.i18n import LANGUAGES
from partnership_model.testing import strategies as pms
from tests.support import assert_refused, assert_refused_naming, brussels, changed

R, A = Raci.RESPONSIBLE, Raci.ACCOUNTABLE

SUMMER = dt.date(2027, 7, 1)
"""When the Fourneaux Solidaires close their kitchen and leave the partnership."""
AUTUMN = dt.date(2027, 9, 1)
"""When the Tilleuls take the cooking workshops over."""


def the_fourneaux_leave() -> Dossier:
    return brussels().withdraw(
        "fourneaux",
        on=SUMMER,
        id="avenant-fourneaux",
        rationale="Les Fourneaux Solidaires ferment leur cuisine.",
    )


def tilleuls() -> Partner:
    return Partner(id="tilleuls", name="Les Tilleuls ASBL")


def kitchen_of_the_tilleuls() -> Contribution:
    return Contribution(
        id="contrib-tilleuls",
        kind=ContributionKind.PREMISES,
        description="Cuisine de la maison de quartier, le jeudi",
        covers=("need-local",),
    )


def the_tilleuls_take_over() -> Dossier:
    return the_fourneaux_leave().admit(
        tilleuls(),
        id="avenant-tilleuls",
        effective_from=AUTUMN,
        rationale="Les Tilleuls reprennent les ateliers de cuisine.",
        carrier=True,
        roles=("role-partenaires",),
        bodies=("copil",),
        tasks={"task-ateliers": (R, A)},
        contributions=(kitchen_of_the_tilleuls(),),
        signature=Signature(partner="tilleuls", signatory="Nadia Amrani", date=AUTUMN),
    )


def codes(dossier: Dossier) -> set[str]:
    return {finding.code for finding in validate(dossier).findings}


# --- withdraw(): the partner and every reference to it leave the text --------------------


def test_a_withdrawal_is_an_amendment_that_keeps_the_text_it_replaces() -> None:
    before = brussels()
    after = the_fourneaux_leave()

    (amendment,) = after.amendments
    assert amendment.id == "avenant-fourneaux"
    assert amendment.effective_from == SUMMER
    assert amendment.replaces == before.convention
    assert after.in_force(SUMMER - dt.timedelta(days=1)) == before.convention
    assert after.in_force(SUMMER) == after.convention
    assert after.minutes == before.minutes


def test_the_partner_and_what_it_brought_leave_with_it() -> None:
    text = the_fourneaux_leave().convention

    assert [partner.id for partner in text.partners] == ["pont", "entraide", "cpas"]
    assert "fourneaux" not in text.carriers
    assert "contrib-cuisine" not in [c.id for c in text.contributions]
    assert "contrib-frigo" not in [c.id for c in text.contributions]
    assert "link-afsca" not in [link.id for link in text.institutional_links]
    assert [s.partner for s in text.signatures] == ["pont", "entraide", "cpas"]


def test_what_the_others_share_with_it_stays_theirs() -> None:
    text = the_fourneaux_leave().convention

    assert text.roles[2].holders == ("pont", "entraide", "cpas")
    assert text.governing_bodies[0].members == ("pont", "entraide", "cpas")
    assert text.evaluation.moments[0].participants == ("pont", "entraide", "cpas")
    # The purchases keep their partners; the workshops are left with the Pont informed.
    assert text.tasks[0].assignments == (
        Assignment(partner="entraide", raci=R),
        Assignment(partner="pont", raci=A),
    )
    assert text.tasks[2].assignments == (Assignment(partner="pont", raci=Raci.INFORMED),)


def test_what_it_alone_saw_to_is_left_to_nobody() -> None:
    text = the_fourneaux_leave().convention

    afsca = next(step for step in text.timeline.steps if step.id == "step-afsca")
    meal = next(action for action in text.communication.actions if action.id == "com-repas")
    assert afsca.owner is None
    assert meal.owner is None


def pont_holds_everything() -> Dossier:
    """The Pont, besides what it holds in the example, owns the project, holds the funds,
    leads the first step of the conflict procedure, and has every place a decision rule
    can give a partner."""
    dossier = brussels()
    text = dossier.convention
    rule = DecisionRule(
        id="rule-pilote",
        mode=DecisionMode.MAJORITY,
        voters=("pont", "cpas"),
        excluded=("pont",),
        weights=(Weight(partner="pont", votes=2), Weight(partner="cpas", votes=1)),
        veto=Veto(holders=VetoHolders.LISTED, partners=("pont",)),
        delegate="pont",
    )
    steps = text.conflict_procedure.steps
    return changed(
        dossier,
        owner="pont",
        decision_rules=(*text.decision_rules, rule),
        conflict_procedure=attrs.evolve(
            text.conflict_procedure,
            steps=(attrs.evolve(steps[0], handled_by="pont"), *steps[1:]),
        ),
        funds=attrs.evolve(text.funds, holder="pont"),
    )


def test_no_reference_to_the_partner_is_left_anywhere_in_the_new_text() -> None:
    after = pont_holds_everything().withdraw("pont", on=SUMMER, id="av", rationale="r")
    text = after.convention

    assert "'pont'" not in repr(text)
    rule = text.decision_rules[-1]
    assert (rule.voters, rule.excluded, rule.weights) == (
        ("cpas",),
        (),
        (Weight(partner="cpas", votes=1),),
    )
    assert rule.veto == Veto(holders=VetoHolders.LISTED, partners=())
    assert rule.delegate is None
    assert text.owner is None
    assert text.funds.holder is None
    assert text.funds.budget[2].source is None
    assert text.conflict_procedure.steps[0].handled_by is None
    assert text.governing_bodies[0].chair is None


def everyday_decisions_delegated_to(delegate: str) -> Dossier:
    """The example, its everyday decisions delegated to ``delegate``: a partner or a role."""
    rules = brussels().convention.decision_rules
    return changed(
        brussels(), decision_rules=(*rules[:2], attrs.evolve(rules[2], delegate=delegate))
    )


def test_a_rule_delegated_to_a_role_still_names_the_role_once_a_holder_has_left() -> None:
    after = everyday_decisions_delegated_to("role-partenaires").withdraw(
        "fourneaux", on=SUMMER, id="av", rationale="r"
    )

    assert after.convention.decision_rules[2].delegate == "role-partenaires"
    assert after.convention.roles[2].holders == ("pont", "entraide", "cpas")


def test_a_delegate_that_names_a_role_is_the_role_even_when_a_partner_has_its_id() -> None:
    # As the tally reads it: the role's holders decide, not the partner of the same name.
    roles = brussels().convention.roles
    named = everyday_decisions_delegated_to("pont")
    dossier = changed(named, roles=(attrs.evolve(roles[0], id="pont"), *roles[1:]))

    after = dossier.withdraw("pont", on=SUMMER, id="av", rationale="r")

    assert after.convention.decision_rules[2].delegate == "pont"
    kinds = {h.kind for h in withdrawal_consequences(dossier, "pont").holdings}
    assert HoldingKind.DELEGATE not in kinds
    assert HoldingKind.DELEGATE in {
        h.kind for h in withdrawal_consequences(named, "pont").holdings
    }


def test_a_rule_without_veto_stays_without_veto() -> None:
    text = the_fourneaux_leave().convention

    assert [rule.veto for rule in text.decision_rules] == [None, None, None]


# --- what the rules say once the partner has left ----------------------------------------


def test_what_the_departure_leaves_uncovered_the_rules_report() -> None:
    findings = validate(the_fourneaux_leave(), language="en").findings

    assert [(f.code, f.path) for f in findings] == [
        ("define.needs.not-covered", "$.convention.needs[1]"),
        ("clarify.tasks.accountable", "$.convention.tasks[2]"),
        ("clarify.tasks.no-responsible", "$.convention.tasks[2]"),
        ("clarify.institutions.unlinked", "$.convention.timeline.steps[1].authority"),
        ("flexibility.amendments.no-decision", "$.amendments[0].decision"),
    ]


def test_the_minutes_taken_while_the_partner_was_there_still_name_it_rightly() -> None:
    # The budget of December 2026 was voted by the four partners, the Fourneaux included.
    assert not [f for f in validate(the_fourneaux_leave()).findings if "fourneaux" in f.subjects]


def test_a_coordinator_leaving_leaves_the_partnership_without_coordinator() -> None:
    after = brussels().withdraw("pont", on=SUMMER, id="av", rationale="r")

    assert {
        "clarify.roles.no-coordinator",
        "clarify.roles.no-holder",
        "clarify.tasks.accountable",
        "clarify.tasks.no-responsible",
        "clarify.decisions.delegation-without-delegate",
    } <= codes(after)


def test_a_body_whose_only_member_leaves_is_reported_with_the_rules_it_decided() -> None:
    text = brussels().convention
    alone = GoverningBody(id="gt-cuisine", name="Groupe cuisine", members=("fourneaux",))
    rule = DecisionRule(id="rule-cuisine", mode=DecisionMode.CONSENSUS, body="gt-cuisine")
    dossier = changed(
        brussels(),
        governing_bodies=(*text.governing_bodies, alone),
        decision_rules=(*text.decision_rules, rule),
    )

    after = dossier.withdraw("fourneaux", on=SUMMER, id="av", rationale="r")

    paths = {(f.code, f.path) for f in validate(after).findings}
    assert ("clarify.bodies.no-members", "$.convention.governing_bodies[1]") in paths
    assert ("clarify.decisions.too-few-voters", "$.convention.decision_rules[3]") in paths


def test_a_quorum_of_present_members_the_body_can_no_longer_gather_is_reported() -> None:
    text = brussels().convention
    rule = DecisionRule(
        id="rule-cuisine", mode=DecisionMode.CONSENSUS, body="copil", minimum_present=4
    )
    dossier = changed(brussels(), decision_rules=(*text.decision_rules, rule))

    after = dossier.withdraw("cpas", on=SUMMER, id="av", rationale="r")

    assert "clarify.decisions.quorum-unreachable" not in codes(dossier)
    assert "clarify.decisions.quorum-unreachable" in codes(after)


# --- withdraw() refuses what cannot be ----------------------------------------------------


@pytest.mark.parametrize("partner_id", ["banque-alimentaire", "", 42])
def test_withdraw_refuses_an_id_that_names_no_partner(partner_id: Any) -> None:
    assert_refused(
        lambda: brussels().withdraw(partner_id, on=SUMMER, id="av", rationale="r"),
        "Dossier.withdraw(partner_id)",
        partner_id,
    )


def test_withdraw_refuses_an_instant_where_a_day_is_meant() -> None:
    instant = dt.datetime(2027, 7, 1, 9, 0, tzinfo=dt.timezone.utc)
    assert_refused(
        lambda: brussels().withdraw("cpas", on=instant, id="av", rationale="r"),
        "Dossier.withdraw(on)",
        instant,
    )


def test_a_change_takes_effect_after_the_last_one_never_before() -> None:
    after = the_fourneaux_leave()
    day_before = SUMMER - dt.timedelta(days=1)

    error = assert_refused(
        lambda: after.withdraw("cpas", on=day_before, id="av-2", rationale="r"),
        "Dossier.withdraw(on)",
        day_before,
    )
    assert "avenant-fourneaux takes effect later, on 2027-07-01" in str(error)
    # The same day is fine: both take effect then, the last recorded last.
    assert after.withdraw("cpas", on=SUMMER, id="av-2", rationale="r").in_force(SUMMER) == (
        after.withdraw("cpas", on=SUMMER, id="av-2", rationale="r").convention
    )


def test_an_amendment_id_is_used_once() -> None:
    assert_refused(
        lambda: the_fourneaux_leave().withdraw(
            "cpas", on=AUTUMN, id="avenant-fourneaux", rationale="r"
        ),
        "Dossier.withdraw(id)",
        "avenant-fourneaux",
    )


def test_a_malformed_amendment_is_refused_as_amend_refuses_it() -> None:
    assert_refused_naming(
        lambda: brussels().withdraw("cpas", on=SUMMER, id="av 1", rationale="r"),
        "Amendment.id",
    )


# --- admit(): a partner joins, with what it takes on ---------------------------------------


def test_a_partner_who_joins_takes_on_what_the_admission_says() -> None:
    text = the_tilleuls_take_over().convention

    assert text.partners[-1] == tilleuls()
    assert text.carriers[-1] == "tilleuls"
    assert text.roles[2].holders[-1] == "tilleuls"
    assert text.roles[0].holders == ("pont",)
    assert text.governing_bodies[0].members[-1] == "tilleuls"
    assert text.tasks[2].assignments[-2:] == (
        Assignment(partner="tilleuls", raci=R),
        Assignment(partner="tilleuls", raci=A),
    )
    assert text.contributions[-1] == attrs.evolve(kitchen_of_the_tilleuls(), partner="tilleuls")
    assert text.signatures[-1].signatory == "Nadia Amrani"


def test_the_newcomer_covers_what_the_departure_left_uncovered() -> None:
    findings = validate(the_tilleuls_take_over(), language="en").findings

    assert [(f.code, f.path) for f in findings] == [
        ("clarify.institutions.unlinked", "$.convention.timeline.steps[1].authority"),
        ("flexibility.amendments.no-decision", "$.amendments[0].decision"),
        ("flexibility.amendments.no-decision", "$.amendments[1].decision"),
    ]


def test_a_partner_who_joins_with_nothing_is_told_what_it_lacks() -> None:
    after = brussels().admit(tilleuls(), id="av", effective_from=AUTUMN, rationale="r")

    assert after.convention.partners[-1] == tilleuls()
    assert {
        "clarify.contributions.partner-without",
        "tracing.signatures.missing",
    } <= codes(after)


def test_one_letter_alone_is_one_part_in_the_task() -> None:
    after = brussels().admit(
        tilleuls(),
        id="av",
        effective_from=AUTUMN,
        rationale="r",
        tasks={"task-achats": Raci.CONSULTED},
    )

    assert after.convention.tasks[0].assignments[-1] == Assignment(
        partner="tilleuls", raci=Raci.CONSULTED
    )


def test_a_contribution_already_said_to_be_the_newcomer_s_is_kept_as_it_is() -> None:
    own = attrs.evolve(kitchen_of_the_tilleuls(), partner="tilleuls")
    after = brussels().admit(
        tilleuls(), id="av", effective_from=AUTUMN, rationale="r", contributions=[own]
    )

    assert after.convention.contributions[-1] == own


def admitting(**given: Any) -> Callable[[], Dossier]:
    arguments: dict[str, Any] = {
        "id": "av",
        "effective_from": AUTUMN,
        "rationale": "r",
    }
    partner = given.pop("partner", tilleuls())
    arguments.update(given)
    return lambda: brussels().admit(partner, **arguments)


@pytest.mark.parametrize(
    ("given", "field", "value"),
    [
        ({"partner": "tilleuls"}, "partner", "tilleuls"),
        ({"partner": Partner(id="cpas", name="Un autre CPAS")}, "partner", "cpas"),
        ({"carrier": "yes"}, "carrier", "yes"),
        ({"roles": "role-partenaires"}, "roles", "role-partenaires"),
        ({"roles": 7}, "roles", 7),
        ({"roles": ("role-cuisinier",)}, "roles", "role-cuisinier"),
        ({"bodies": ("ag",)}, "bodies", "ag"),
        ({"tasks": ("task-ateliers",)}, "tasks", ("task-ateliers",)),
        ({"tasks": {"task-x": R}}, "tasks", "task-x"),
        ({"tasks": {"task-ateliers": "R"}}, "tasks", "R"),
        ({"tasks": {"task-ateliers": 1}}, "tasks", 1),
        ({"tasks": {"task-ateliers": ("R",)}}, "tasks", "R"),
        ({"contributions": kitchen_of_the_tilleuls()}, "contributions", kitchen_of_the_tilleuls()),
        ({"contributions": ("cuisine",)}, "contributions", "cuisine"),
        (
            {"contributions": (attrs.evolve(kitchen_of_the_tilleuls(), partner="cpas"),)},
            "contributions",
            "cpas",
        ),
        (
            {"contributions": (attrs.evolve(kitchen_of_the_tilleuls(), id="contrib-frigo"),)},
            "contributions",
            "contrib-frigo",
        ),
        (
            {"contributions": (kitchen_of_the_tilleuls(), kitchen_of_the_tilleuls())},
            "contributions",
            "contrib-tilleuls",
        ),
        ({"signature": "Nadia Amrani"}, "signature", "Nadia Amrani"),
        (
            {"signature": Signature(partner="cpas", signatory="Jan De Smet")},
            "signature",
            Signature(partner="cpas", signatory="Jan De Smet"),
        ),
        ({"effective_from": "2027-09-01"}, "effective_from", "2027-09-01"),
    ],
    ids=[
        "not-a-partner",
        "already-a-partner",
        "carrier-not-a-flag",
        "roles-one-string",
        "roles-not-ids",
        "unknown-role",
        "unknown-body",
        "tasks-without-letters",
        "unknown-task",
        "letter-as-text",
        "letter-not-a-letter",
        "letters-as-text",
        "one-contribution-not-in-a-tuple",
        "contribution-not-a-contribution",
        "another-partner-s-contribution",
        "contribution-id-taken",
        "contribution-id-twice",
        "signature-not-a-signature",
        "someone-else-s-signature",
        "day-as-text",
    ],
)
def test_admit_refuses_what_names_nothing_or_belongs_to_another(
    given: dict[str, Any], field: str, value: object
) -> None:
    assert_refused(admitting(**given), f"Dossier.admit({field})", value)


def test_admit_refuses_a_day_before_the_last_change() -> None:
    assert_refused(
        lambda: the_fourneaux_leave().admit(
            tilleuls(), id="av", effective_from=dt.date(2027, 1, 1), rationale="r"
        ),
        "Dossier.admit(effective_from)",
        dt.date(2027, 1, 1),
    )


# --- withdrawal_consequences(): what the partner holds, before it leaves ------------------


def test_the_consequences_list_what_the_partner_holds_in_the_convention_s_order() -> None:
    consequences = withdrawal_consequences(brussels(), "fourneaux")

    assert consequences.partner == "fourneaux"
    assert consequences.name == "Les Fourneaux Solidaires ASBL"
    assert [(h.kind.value, h.item, h.vacant) for h in consequences.holdings] == [
        ("carrier", None, False),
        ("role", "role-partenaires", False),
        ("consulted", "task-achats", False),
        ("responsible", "task-ateliers", True),
        ("accountable", "task-ateliers", True),
        ("contribution", "contrib-cuisine", True),
        ("contribution", "contrib-frigo", True),
        ("need", "need-local", True),
        ("member", "copil", False),
        ("link", "link-afsca", True),
        ("step", "step-afsca", True),
        ("moment", "eval-mi", False),
        ("moment", "eval-fin", False),
        ("action", "com-repas", True),
        ("signature", None, True),
    ]


def test_each_holding_says_where_it_is_as_a_finding_would() -> None:
    holdings = withdrawal_consequences(brussels(), "fourneaux").holdings

    assert holdings[3].path == "$.convention.tasks[2].assignments[0]"
    assert withdrawal_consequences(brussels().convention, "fourneaux").holdings[3].path == (
        "$.tasks[2].assignments[0]"
    )


def test_the_vacant_holdings_are_what_nobody_else_would_hold() -> None:
    vacant = withdrawal_consequences(brussels(), "cpas").vacant

    # The CPAS shares the purchases' funding with the Entraide: that need stays covered.
    assert [(h.kind.value, h.item) for h in vacant] == [
        ("responsible", "task-orientation"),
        ("accountable", "task-orientation"),
        ("contribution", "contrib-cpas"),
        ("contribution", "contrib-suivi"),
        ("link", "link-cpas"),
        ("budget", "bl-vivres-cpas"),
        ("signature", None),
    ]


def test_the_consequences_are_told_in_every_language() -> None:
    consequences = withdrawal_consequences(brussels(), "fourneaux")

    assert consequences.explain("fr")[3] == (
        "Les Fourneaux Solidaires ASBL réalise la tâche «\u00a0Animer les ateliers de cuisine "
        "du jeudi\u00a0» (R)\u00a0: personne d'autre ne la réalise."
    )
    assert consequences.explain("en")[7] == (
        "Les Fourneaux Solidaires ASBL covers the need 'Une cuisine équipée et une salle de "
        "distribution' with its contribution: no other covers it."
    )
    assert consequences.explain("nl")[1] == (
        "Les Fourneaux Solidaires ASBL neemt de rol 'partner' op samen met andere partners."
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kind_of_holding_is_said_in_every_language(language: str) -> None:
    consequences = withdrawal_consequences(pont_holds_everything(), "pont")
    told = consequences.explain(language)

    assert {holding.kind for holding in consequences.holdings} == set(HoldingKind)
    assert len(told) == len(consequences.holdings)
    assert all("{" not in sentence and "Le Pont de Laeken ASBL" in sentence for sentence in told)


def test_a_role_without_title_is_named_by_its_kind_and_an_unnamed_step_by_its_action() -> None:
    dossier = pont_holds_everything()
    steps = dossier.convention.conflict_procedure.steps
    untold = changed(
        dossier,
        conflict_procedure=attrs.evolve(
            dossier.convention.conflict_procedure,
            steps=(attrs.evolve(steps[0], description=" "), *steps[1:]),
        ),
    )

    holdings = withdrawal_consequences(untold, "pont").holdings
    role = next(h for h in holdings if h.kind is HoldingKind.ROLE)
    step = next(h for h in holdings if h.kind is HoldingKind.ESCALATION)
    assert (
        role.message("en", "Le Pont")
        == "Le Pont holds the role 'coordinator': nobody else holds it."
    )
    assert step.name is EscalationAction.BILATERAL_TALK


def test_a_titled_role_is_named_by_its_title() -> None:
    dossier = brussels()
    roles = dossier.convention.roles
    titled = changed(dossier, roles=(attrs.evolve(roles[0], title="Coordinatrice"), *roles[1:]))

    first = withdrawal_consequences(titled, "pont").holdings[1]
    assert (first.kind, first.name) == (HoldingKind.ROLE, "Coordinatrice")


def test_a_need_also_covered_by_a_contribution_of_nobody_in_particular_stays_covered() -> None:
    dossier = brussels()
    shared = Contribution(
        id="contrib-quartier",
        kind=ContributionKind.PREMISES,
        description="Salle prêtée par le comité de quartier",
        covers=("need-local",),
    )
    with_room = changed(dossier, contributions=(*dossier.convention.contributions, shared))

    need = next(
        h
        for h in withdrawal_consequences(with_room, "fourneaux").holdings
        if h.kind is HoldingKind.NEED
    )
    assert (need.item, need.vacant) == ("need-local", False)


@pytest.mark.parametrize("partner_id", ["banque-alimentaire", None])
def test_the_consequences_of_a_partner_the_convention_does_not_have_are_refused(
    partner_id: Any,
) -> None:
    assert_refused(
        lambda: withdrawal_consequences(brussels(), partner_id),
        "withdrawal_consequences(partner_id)",
        partner_id,
    )


def test_the_consequences_are_read_from_a_dossier_or_a_convention_only() -> None:
    assert_refused_naming(
        lambda: withdrawal_consequences("brussels", "pont"), "withdrawal_consequences(target)"
    )


def test_a_holding_is_plain_data() -> None:
    holding = Holding(
        kind=HoldingKind.FUNDS, item=None, name="", path="$.funds.holder", vacant=True
    )

    assert holding.message("en", "Entraide") == "Entraide holds the funds: nobody will any more."


# --- the properties of the issue -------------------------------------------------------------


def ids_of_their_own(partners: tuple[Partner, ...]) -> tuple[Partner, ...]:
    """Partners whose ids no other item of a drawn convention has: a finding that names
    such an id can only be about the partner."""
    return tuple(attrs.evolve(partner, id=f"member-{at}") for at, partner in enumerate(partners))


LEAVING = pms.withdrawals(
    dossiers=pms.dossiers(
        convention=pms.conventions(partners=pms.partners(min_size=1).map(ids_of_their_own))
    )
)


@given(LEAVING)
def test_after_a_withdrawal_no_finding_names_the_partner_as_holding_anything(
    withdrawal: tuple[Dossier, str, Dossier],
) -> None:
    before, leaving, after = withdrawal
    findings = validate(after).findings

    on_the_text = [f for f in findings if f.path.startswith("$.convention")]
    assert [f for f in on_the_text if leaving in f.subjects or leaving in f.message] == []
    # The minutes keep the partner: what is said of them is what was said before.
    said_before = {(f.code, f.path) for f in validate(before).findings if leaving in f.subjects}
    assert {(f.code, f.path) for f in findings if leaving in f.subjects} <= said_before


TASK_CODES = {"clarify.tasks.accountable", "clarify.tasks.no-responsible"}


@given(LEAVING)
def test_after_a_withdrawal_every_task_it_held_is_reported_or_held_by_another(
    withdrawal: tuple[Dossier, str, Dossier],
) -> None:
    before, leaving, after = withdrawal
    reported = {
        subject for f in validate(after).findings if f.code in TASK_CODES for subject in f.subjects
    }

    for task in before.convention.tasks:
        for letter in (R, A):
            holders = task.partners_with(letter)
            if leaving in holders and set(holders) == {leaving}:
                assert task.id in reported
    vacant = withdrawal_consequences(before, leaving).vacant
    assert {
        h.item for h in vacant if h.kind in {HoldingKind.RESPONSIBLE, HoldingKind.ACCOUNTABLE}
    } <= reported


@given(LEAVING)
def test_the_new_text_names_the_partner_nowhere(withdrawal: tuple[Dossier, str, Dossier]) -> None:
    _, leaving, after = withdrawal

    assert repr(leaving) not in repr(after.convention)


LETTERS = {HoldingKind.RESPONSIBLE: R, HoldingKind.ACCOUNTABLE: A}


@given(LEAVING)
def test_what_the_consequences_call_vacant_is_what_the_withdrawal_leaves_to_nobody(
    withdrawal: tuple[Dossier, str, Dossier],
) -> None:
    before, leaving, after = withdrawal
    text = after.convention
    roles = {role.id: role.holders for role in text.roles}
    bodies = {body.id: body.members for body in text.governing_bodies}
    tasks = {task.id: task for task in text.tasks}

    for holding in withdrawal_consequences(before, leaving).holdings:
        if holding.kind is HoldingKind.ROLE:
            assert holding.vacant == (not roles[str(holding.item)])
        elif holding.kind is HoldingKind.MEMBER:
            assert holding.vacant == (not bodies[str(holding.item)])
        elif holding.kind in LETTERS:
            assert holding.vacant == (
                not tasks[str(holding.item)].partners_with(LETTERS[holding.kind])
            )


def fresh_amendment_id(dossier: Dossier) -> str:
    taken = {amendment.id for amendment in dossier.amendments}
    return next(key for key in (f"back-{number}" for number in count()) if key not in taken)


@given(pms.admissions())
def test_a_partner_admitted_then_withdrawn_leaves_the_text_as_it_was(
    admission: tuple[Dossier, Partner, Dossier],
) -> None:
    before, newcomer, after = admission
    joined = after.amendments[-1]

    back = after.withdraw(
        newcomer.id, on=joined.effective_from, id=fresh_amendment_id(after), rationale="r"
    )

    assert after.convention.partners[-1] == newcomer
    assert joined.replaces == before.convention
    assert back.convention == before.convention


@given(pms.admissions(), st.sampled_from(LANGUAGES))
def test_what_a_newcomer_holds_is_what_it_was_admitted_to(
    admission: tuple[Dossier, Partner, Dossier], language: str
) -> None:
    before, newcomer, after = admission

    consequences = withdrawal_consequences(after, newcomer.id)
    brought = [h for h in consequences.holdings if h.kind is HoldingKind.CONTRIBUTION]
    assert len(brought) == len(after.convention.contributions) - len(
        before.convention.contributions
    )
    assert all(sentence for sentence in consequences.explain(language))
