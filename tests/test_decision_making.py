"""CLARIFY (seed; annex 1, DECIDE): how decisions are taken — the governing bodies and the
decision rules they decide under, with exact quorums and thresholds.

The arithmetic of a vote is data: a quorum or a threshold is an exact ``Fraction``, so a
two-thirds majority is exactly two thirds. A rule that cannot be met is a later finding,
not a construction error. The values of the whole governance (bodies, rules, conflict
procedures, institutional links) are checked together at the end.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import attrs
import pytest

from partnership_model import (
    BodyKind,
    ConflictProcedure,
    DecisionMode,
    DecisionRule,
    EscalationAction,
    EscalationStep,
    GoverningBody,
    InstitutionalLink,
    InstitutionKind,
    InvalidValueError,
    Involvement,
    Recurrence,
    Topic,
    VoteBase,
)
from tests.support import assert_refused


def majority_with(field: str, value: object) -> DecisionRule:
    """A majority rule with one field set, built (and so checked) through ``attrs.evolve``."""
    changes: dict[str, Any] = {field: value}
    return attrs.evolve(DecisionRule(id="r", mode=DecisionMode.MAJORITY), **changes)


def codes(enum_type: type[DecisionMode | BodyKind | VoteBase | EscalationAction]) -> list[str]:
    return [member.value for member in enum_type]


# --- GoverningBody ------------------------------------------------------------------------


def test_a_governing_body_needs_only_an_id_and_a_name() -> None:
    body = GoverningBody(id="copil", name="Comité de pilotage")
    assert body.kind is BodyKind.STEERING_COMMITTEE
    assert body.members == ()
    assert body.chair is None
    assert body.meetings is None


def test_a_governing_body_names_its_members_and_chair_by_id() -> None:
    body = GoverningBody(
        id="copil",
        name="Comité de pilotage",
        kind=BodyKind.WORKING_GROUP,
        members=("cpas", "maison-medicale", "unknown-partner"),
        chair="cpas",
        meetings=Recurrence(rule="FREQ=MONTHLY;BYDAY=1TU"),
    )
    assert body.members == ("cpas", "maison-medicale", "unknown-partner")
    assert body.chair == "cpas"
    assert body.meetings == Recurrence(rule="FREQ=MONTHLY;BYDAY=1TU")


def test_a_chair_who_is_not_a_member_still_builds_as_a_draft() -> None:
    body = GoverningBody(id="copil", name="Copil", members=("a",), chair="b")
    assert body.chair not in body.members


@pytest.mark.parametrize("bad_id", ["", "a b"])
def test_a_governing_body_refuses_a_malformed_id(bad_id: str) -> None:
    assert_refused(lambda: GoverningBody(id=bad_id, name="n"), "GoverningBody.id", bad_id)


def test_a_governing_body_refuses_a_plain_string_kind_and_lists_the_codes() -> None:
    error = assert_refused(
        lambda: GoverningBody(id="b", name="n", kind="board"),  # type: ignore[arg-type]
        "GoverningBody.kind",
        "board",
    )
    for code in codes(BodyKind):
        assert code in error.reason


def test_a_governing_body_refuses_a_list_of_members_and_a_malformed_member() -> None:
    assert_refused(
        lambda: GoverningBody(id="b", name="n", members=["a"]),  # type: ignore[arg-type]
        "GoverningBody.members",
        ["a"],
    )
    assert_refused(
        lambda: GoverningBody(id="b", name="n", members=("a", "")),
        "GoverningBody.members",
        "",
    )


def test_a_governing_body_refuses_a_malformed_chair_id() -> None:
    assert_refused(
        lambda: GoverningBody(id="b", name="n", chair="a b"), "GoverningBody.chair", "a b"
    )


# --- DecisionRule ---------------------------------------------------------------------------


def test_a_decision_rule_needs_only_an_id_and_a_mode() -> None:
    rule = DecisionRule(id="r1", mode=DecisionMode.CONSENSUS)
    assert rule.body is None
    assert rule.voters == ()
    assert rule.delegate is None
    assert rule.quorum is None
    assert rule.minimum_present is None
    assert rule.threshold is None
    assert rule.strict is False
    assert rule.threshold_base is VoteBase.VOTES_CAST
    assert rule.scope == ()
    assert rule.description is None


def test_a_two_thirds_majority_is_exactly_two_thirds() -> None:
    rule = DecisionRule(
        id="budget",
        mode=DecisionMode.MAJORITY,
        body="copil",
        quorum=Fraction(1, 2),
        minimum_present=3,
        threshold=Fraction(2, 3),
        threshold_base=VoteBase.PRESENT,
        scope=(Topic.BUDGET, Topic.AMENDMENTS),
    )
    assert rule.threshold == Fraction(2, 3)
    assert rule.threshold != 0.6666666666666666
    assert rule.threshold * 3 == 2
    assert rule.scope == (Topic.BUDGET, Topic.AMENDMENTS)


def test_more_than_half_is_one_half_strictly() -> None:
    rule = DecisionRule(id="r", mode=DecisionMode.MAJORITY, threshold=Fraction(1, 2), strict=True)
    assert rule.threshold == Fraction(1, 2)
    assert rule.strict is True


def test_a_delegated_rule_names_its_delegate() -> None:
    rule = DecisionRule(
        id="daily",
        mode=DecisionMode.DELEGATED,
        delegate="coordinator",
        scope=(Topic.DAILY_MANAGEMENT,),
    )
    assert rule.delegate == "coordinator"


@pytest.mark.parametrize("share", [Fraction(0), Fraction(1), Fraction(3, 2)])
@pytest.mark.parametrize("field", ["quorum", "threshold"])
def test_a_share_that_cannot_be_met_is_a_later_finding_not_a_construction_error(
    field: str, share: Fraction
) -> None:
    rule = majority_with(field, share)
    assert getattr(rule, field) == share


@pytest.mark.parametrize("field", ["quorum", "threshold"])
def test_a_negative_share_is_refused(field: str) -> None:
    share = Fraction(-1, 3)
    error = assert_refused(
        lambda: majority_with(field, share),
        f"DecisionRule.{field}",
        share,
    )
    assert "negative" in error.reason


@pytest.mark.parametrize("share", [0.5, 1, "1/2"])
@pytest.mark.parametrize("field", ["quorum", "threshold"])
def test_a_share_must_be_an_exact_fraction(field: str, share: object) -> None:
    error = assert_refused(
        lambda: majority_with(field, share),
        f"DecisionRule.{field}",
        share,
    )
    assert "Fraction" in error.reason


@pytest.mark.parametrize("present", [0, 1, 12])
def test_minimum_present_may_be_zero_or_more(present: int) -> None:
    rule = DecisionRule(id="r", mode=DecisionMode.MAJORITY, minimum_present=present)
    assert rule.minimum_present == present


@pytest.mark.parametrize("present", [-1, 2.0, True])
def test_minimum_present_must_be_a_whole_number_zero_or_more(present: object) -> None:
    assert_refused(
        lambda: DecisionRule(
            id="r",
            mode=DecisionMode.MAJORITY,
            minimum_present=present,  # type: ignore[arg-type]
        ),
        "DecisionRule.minimum_present",
        present,
    )


@pytest.mark.parametrize("strict", [1, 0, "yes", None])
def test_strict_must_be_a_bool(strict: object) -> None:
    error = assert_refused(
        lambda: DecisionRule(
            id="r",
            mode=DecisionMode.MAJORITY,
            strict=strict,  # type: ignore[arg-type]
        ),
        "DecisionRule.strict",
        strict,
    )
    assert "True or False" in error.reason


def test_a_decision_rule_refuses_the_plain_string_majority_and_lists_the_modes() -> None:
    error = assert_refused(
        lambda: DecisionRule(id="r", mode="majority"),  # type: ignore[arg-type]
        "DecisionRule.mode",
        "majority",
    )
    assert "DecisionMode" in error.reason
    for code in codes(DecisionMode):
        assert code in error.reason


def test_a_decision_rule_refuses_a_plain_string_vote_base() -> None:
    error = assert_refused(
        lambda: DecisionRule(
            id="r",
            mode=DecisionMode.MAJORITY,
            threshold_base="present",  # type: ignore[arg-type]
        ),
        "DecisionRule.threshold_base",
        "present",
    )
    for code in codes(VoteBase):
        assert code in error.reason


@pytest.mark.parametrize("bad_id", ["", "a b"])
def test_a_decision_rule_refuses_malformed_ids(bad_id: str) -> None:
    assert_refused(
        lambda: DecisionRule(id=bad_id, mode=DecisionMode.CONSENT), "DecisionRule.id", bad_id
    )
    assert_refused(
        lambda: DecisionRule(id="r", mode=DecisionMode.CONSENT, body=bad_id),
        "DecisionRule.body",
        bad_id,
    )
    assert_refused(
        lambda: DecisionRule(id="r", mode=DecisionMode.DELEGATED, delegate=bad_id),
        "DecisionRule.delegate",
        bad_id,
    )
    assert_refused(
        lambda: DecisionRule(id="r", mode=DecisionMode.MAJORITY, voters=("ok", bad_id)),
        "DecisionRule.voters",
        bad_id,
    )


def test_a_decision_rule_refuses_lists_for_voters_and_scope() -> None:
    assert_refused(
        lambda: DecisionRule(
            id="r",
            mode=DecisionMode.MAJORITY,
            voters=["a"],  # type: ignore[arg-type]
        ),
        "DecisionRule.voters",
        ["a"],
    )
    assert_refused(
        lambda: DecisionRule(
            id="r",
            mode=DecisionMode.MAJORITY,
            scope=[Topic.BUDGET],  # type: ignore[arg-type]
        ),
        "DecisionRule.scope",
        [Topic.BUDGET],
    )


def test_a_scope_refuses_plain_strings_where_topics_are_meant() -> None:
    with pytest.raises(InvalidValueError):
        DecisionRule(
            id="r",
            mode=DecisionMode.MAJORITY,
            scope=("budget",),  # type: ignore[arg-type]
        )
    with pytest.raises(InvalidValueError):
        InstitutionalLink(
            id="l",
            institution="i",
            kind=InstitutionKind.INSTITUTION,
            involvement=Involvement.CONSULT,
            topics=("budget",),  # type: ignore[arg-type]
        )


def test_a_decision_rule_refuses_a_description_that_is_not_text() -> None:
    assert_refused(
        lambda: DecisionRule(
            id="r",
            mode=DecisionMode.MAJORITY,
            description=3,  # type: ignore[arg-type]
        ),
        "DecisionRule.description",
        3,
    )


def test_a_rule_whose_mode_and_threshold_disagree_still_builds_as_a_draft() -> None:
    # A consensus rule with a threshold, or a majority without one, is for validate() to flag.
    consensus = DecisionRule(id="r", mode=DecisionMode.CONSENSUS, threshold=Fraction(1, 2))
    assert consensus.threshold == Fraction(1, 2)
    assert DecisionRule(id="r", mode=DecisionMode.MAJORITY).threshold is None


# --- immutability and value semantics -------------------------------------------------------


def test_governance_values_are_frozen() -> None:
    rule = DecisionRule(id="r", mode=DecisionMode.MAJORITY, threshold=Fraction(1, 2))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rule.threshold = Fraction(2, 3)  # type: ignore[misc]
    body = GoverningBody(id="b", name="n")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        body.members = ("a",)  # type: ignore[misc]
    step = EscalationStep(action=EscalationAction.COURT)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        step.time_limit_days = 3  # type: ignore[misc]


def test_governance_values_are_equal_by_value_and_hashable() -> None:
    def build() -> tuple[GoverningBody, DecisionRule, ConflictProcedure, InstitutionalLink]:
        return (
            GoverningBody(id="b", name="n", members=("a", "b")),
            DecisionRule(
                id="r",
                mode=DecisionMode.MAJORITY,
                quorum=Fraction(1, 2),
                threshold=Fraction(2, 3),
                scope=(Topic.BUDGET,),
            ),
            ConflictProcedure(
                steps=(EscalationStep(action=EscalationAction.MEDIATION, time_limit_days=10),)
            ),
            InstitutionalLink(
                id="l",
                institution="i",
                kind=InstitutionKind.HIERARCHY,
                involvement=Involvement.CONSULT,
            ),
        )

    first, second = build(), build()
    assert first == second
    assert hash(first) == hash(second)
    assert len(set(first) | set(second)) == 4


def test_an_equal_share_written_differently_is_the_same_rule() -> None:
    half = DecisionRule(id="r", mode=DecisionMode.MAJORITY, threshold=Fraction(1, 2))
    also_half = DecisionRule(id="r", mode=DecisionMode.MAJORITY, threshold=Fraction(2, 4))
    assert half == also_half
    assert hash(half) == hash(also_half)


def test_evolve_gives_a_new_rule_and_checks_it() -> None:
    rule = DecisionRule(id="r", mode=DecisionMode.MAJORITY, threshold=Fraction(1, 2))
    stricter = attrs.evolve(rule, strict=True)
    assert rule.strict is False
    assert stricter.strict is True
    assert_refused(
        lambda: attrs.evolve(rule, threshold=Fraction(-1)),
        "DecisionRule.threshold",
        Fraction(-1),
    )
