"""The minutes of decisions (seed §4, tracing), checked against the convention.

Each recorded decision is counted again under the rule in force on its date: the outcome
the minutes declare is the one the votes give, every ballot counts, one rule governs it,
and a decision that follows the DECIDE model writes its six steps down in order.

Each rule is shown on the complete Brussels dossier, which breaks none of them, and on
the smallest change that breaks it alone; its message and hint read in French, English
and Dutch.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given

from partnership_model import Ballot, Choice, Dossier, GoverningBody, Outcome, Proxy, validate
from partnership_model._rules import minutes
from partnership_model.i18n import LANGUAGES
from partnership_model.testing.strategies import dossiers
from partnership_model.validation import CATALOGUE, Context, MethodologyStep, Severity
from tests.support import (
    ExampleBreak,
    assert_breaks_alone,
    assert_said_in,
    brussels,
    codes_of,
)

CODES = codes_of(minutes)

BUDGET = 0
"""The Brussels minutes: the budget 2027, adopted by 3 for and 1 abstention of the 4
members of the steering committee, all present, under the rule of two thirds of the
votes cast."""


def brussels_with_budget_vote(**changes: Any) -> Dossier:
    dossier = brussels()
    record = attrs.evolve(dossier.minutes[BUDGET], **changes)
    return attrs.evolve(dossier, minutes=(record,))


def a_budget_declared_adopted_with_one_vote_for_and_three_against() -> Dossier:
    return brussels_with_budget_vote(
        ballots=(
            Ballot(partner="pont", choice=Choice.FOR),
            Ballot(partner="entraide", choice=Choice.AGAINST),
            Ballot(partner="fourneaux", choice=Choice.AGAINST),
            Ballot(partner="cpas", choice=Choice.AGAINST),
        )
    )


def the_pont_voting_twice_on_the_budget() -> Dossier:
    ballots = brussels().minutes[BUDGET].ballots
    return brussels_with_budget_vote(ballots=(*ballots, Ballot(partner="pont", choice=Choice.FOR)))


def a_second_rule_for_the_budget() -> Dossier:
    dossier = brussels()
    convention = dossier.convention
    (budget,) = [rule for rule in convention.decision_rules if rule.id == "rule-budget"]
    twin = attrs.evolve(budget, id="rule-budget-bis")
    rules = (*convention.decision_rules, twin)
    return attrs.evolve(dossier, convention=attrs.evolve(convention, decision_rules=rules))


def the_budget_decided_by_a_bureau_instead_of_the_steering_committee() -> Dossier:
    dossier = brussels()
    convention = dossier.convention
    bureau = GoverningBody(id="bureau", name="Bureau", members=("pont", "entraide"))
    bodies = (*convention.governing_bodies, bureau)
    with_bureau = attrs.evolve(
        dossier, convention=attrs.evolve(convention, governing_bodies=bodies)
    )
    record = attrs.evolve(with_bureau.minutes[BUDGET], body="bureau")
    return attrs.evolve(with_bureau, minutes=(record,))


def the_budget_decided_with_two_decide_steps() -> Dossier:
    notes = brussels().minutes[BUDGET].decide
    return brussels_with_budget_vote(decide=(notes[0], notes[3]))


EXAMPLES: dict[str, ExampleBreak] = {
    "tracing.minutes.outcome-disagrees": ExampleBreak(
        a_budget_declared_adopted_with_one_vote_for_and_three_against,
        [f"$.minutes[{BUDGET}].outcome"],
    ),
    "tracing.minutes.ballot-set-aside": ExampleBreak(
        the_pont_voting_twice_on_the_budget, [f"$.minutes[{BUDGET}].ballots[0]"]
    ),
    "tracing.minutes.rule-ambiguous": ExampleBreak(
        a_second_rule_for_the_budget, [f"$.minutes[{BUDGET}]"]
    ),
    "tracing.minutes.wrong-body": ExampleBreak(
        the_budget_decided_by_a_bureau_instead_of_the_steering_committee,
        [f"$.minutes[{BUDGET}].body"],
    ),
    "tracing.minutes.decide-incomplete": ExampleBreak(
        the_budget_decided_with_two_decide_steps, [f"$.minutes[{BUDGET}].decide"]
    ),
}


def test_every_rule_of_the_minutes_has_its_smallest_break() -> None:
    assert list(EXAMPLES) == list(CODES)


def test_the_rules_of_the_minutes_read_the_dossier_at_the_tracing_step() -> None:
    for code in CODES:
        assert CATALOGUE[code].needs_dossier
        assert CATALOGUE[code].step is MethodologyStep.TRACING
    errors = {code for code in CODES if CATALOGUE[code].severity is Severity.ERROR}
    assert errors == {
        "tracing.minutes.outcome-disagrees",
        "tracing.minutes.rule-ambiguous",
        "tracing.minutes.wrong-body",
    }


def test_the_brussels_dossier_breaks_no_rule_of_the_minutes() -> None:
    assert [f.code for f in validate(brussels()).findings if f.code in CODES] == []


@pytest.mark.parametrize("code", CODES)
def test_the_smallest_change_breaks_that_rule_alone_at_its_path(code: str) -> None:
    assert_breaks_alone(code, EXAMPLES[code], CODES)


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_finding_is_said_in_each_language(code: str, language: str) -> None:
    assert_said_in(language, code, EXAMPLES[code], CODES)


def test_a_disagreeing_outcome_names_what_the_tally_found() -> None:
    dossier = a_budget_declared_adopted_with_one_vote_for_and_three_against()
    (finding,) = [f for f in validate(dossier, language="en").findings if f.code in CODES]
    assert finding.message == (
        "The minutes pv-2026-12-01 declare the decision adopted, but counting the votes under "
        "the rule in force gives: rejected."
    )


def test_a_proxy_the_rule_does_not_allow_leaves_its_ballot_aside_and_may_undo_the_outcome() -> (
    None
):
    # The budget rule allows no proxy: the Fourneaux' ballot is set aside, and 1 vote for
    # of 3 cast is not two thirds.
    dossier = brussels_with_budget_vote(
        present=("pont", "entraide", "cpas"),
        represented=(Proxy(principal="fourneaux", holder="pont"),),
        ballots=(
            Ballot(partner="pont", choice=Choice.FOR),
            Ballot(partner="entraide", choice=Choice.AGAINST),
            Ballot(partner="fourneaux", choice=Choice.FOR, holder="pont"),
            Ballot(partner="cpas", choice=Choice.AGAINST),
        ),
    )
    found = {f.code: f for f in validate(dossier, language="en").findings if f.code in CODES}
    assert set(found) == {"tracing.minutes.outcome-disagrees", "tracing.minutes.ballot-set-aside"}
    assert found["tracing.minutes.ballot-set-aside"].message == (
        "In the minutes pv-2026-12-01, the ballot of fourneaux does not count: cast for a "
        "partner without a valid proxy."
    )


def test_a_convention_alone_has_no_minutes_to_count() -> None:
    assert Context(brussels().convention, None, None).tallies == ()


def test_a_decision_no_rule_governs_and_an_undeclared_outcome_are_not_counted() -> None:
    undeclared = brussels_with_budget_vote(outcome=None, ballots=())
    assert [f.code for f in validate(undeclared).findings if f.code in CODES] == []
    convention = brussels().convention
    without_rules = attrs.evolve(
        brussels(), convention=attrs.evolve(convention, decision_rules=())
    )
    assert not [f for f in validate(without_rules).findings if f.code in CODES]


@given(dossiers(complete=True))
def test_complete_dossiers_keep_minutes_the_tally_bears_out(dossier: Dossier) -> None:
    assert not [f.code for f in validate(dossier).findings if f.code in CODES]
    assert all(
        record.outcome is not Outcome.ADOPTED or record.ballots for record in dossier.minutes
    )


def test_a_decision_of_a_body_the_convention_does_not_know_is_left_to_integrity() -> None:
    dossier = brussels()
    record = attrs.evolve(dossier.minutes[BUDGET], body="bureau-fantome")
    found = {f.code for f in validate(attrs.evolve(dossier, minutes=(record,))).findings}
    assert "integrity.minutes.unknown-reference" in found
    assert "tracing.minutes.wrong-body" not in found
