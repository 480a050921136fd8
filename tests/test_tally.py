"""Was this decision adopted under our convention? The tally, computed exactly.

The note asks the partners to agree how decisions are taken and to keep the minutes.
``tally`` reads a record of the minutes under the rule in force: who may vote, who
attends (in person, or represented by a proxy), which ballots count, and the outcome,
with every count behind it. Shares are exact fractions and every comparison is between
whole numbers, so the outcome flips exactly at each boundary.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model import (
    Attendance,
    Ballot,
    Choice,
    Convention,
    DecisionMode,
    DecisionRecord,
    DecisionRule,
    Dossier,
    GoverningBody,
    InvalidValueError,
    Partner,
    Proxy,
    ProxyRule,
    Role,
    RoleKind,
    Rounding,
    SetAsideReason,
    TallyOutcome,
    TieBreak,
    Topic,
    Veto,
    VetoHolders,
    VoteBase,
    Weight,
    WrittenProcedure,
    count_votes,
    eligible_voters,
    rule_in_force,
    tally,
)
from partnership_model.testing.strategies import ballots, decision_rules

FOR, AGAINST, ABSTAIN = Choice.FOR, Choice.AGAINST, Choice.ABSTAIN


def partners(count: int) -> list[str]:
    return [f"p{number}" for number in range(1, count + 1)]


def majority(**fields: object) -> DecisionRule:
    return DecisionRule(id="vote", mode=DecisionMode.MAJORITY, **fields)  # type: ignore[arg-type]


def cast(*choices: Choice, voters: Sequence[str] | None = None) -> tuple[Ballot, ...]:
    voters = voters or partners(len(choices))
    return tuple(
        Ballot(partner=voter, choice=choice) for voter, choice in zip(voters, choices, strict=True)
    )


def outcome_of(rule: DecisionRule, eligible: int, *choices: Choice) -> TallyOutcome:
    """Everyone who votes is present; the others of the eligible are absent."""
    drawn = cast(*choices)
    return count_votes(
        rule,
        eligible=partners(eligible),
        present=[ballot.partner for ballot in drawn],
        ballots=drawn,
    ).outcome


# --- the boundaries ------------------------------------------------------------------------------

TWO_THIRDS = majority(threshold=Fraction(2, 3))


def test_at_least_two_thirds_passes_with_4_of_6_and_not_with_3() -> None:
    assert outcome_of(TWO_THIRDS, 6, *[FOR] * 4, *[AGAINST] * 2) is TallyOutcome.ADOPTED
    assert outcome_of(TWO_THIRDS, 6, *[FOR] * 3, *[AGAINST] * 3) is TallyOutcome.REJECTED


def test_two_thirds_of_3000_needs_2000_not_1999() -> None:
    voters = partners(3000)
    for votes_for, expected in ((2000, TallyOutcome.ADOPTED), (1999, TallyOutcome.REJECTED)):
        drawn = cast(*[FOR] * votes_for, *[AGAINST] * (3000 - votes_for), voters=voters)
        result = count_votes(TWO_THIRDS, eligible=voters, present=voters, ballots=drawn)
        assert result.outcome is expected
        assert result.votes_required == 2000


def test_more_than_half_fails_at_exactly_half_and_at_least_half_passes() -> None:
    more_than_half = majority(threshold=Fraction(1, 2), strict=True)
    at_least_half = majority(threshold=Fraction(1, 2))
    assert outcome_of(more_than_half, 4, FOR, FOR, AGAINST, AGAINST) is TallyOutcome.REJECTED
    assert outcome_of(more_than_half, 4, FOR, FOR, FOR, AGAINST) is TallyOutcome.ADOPTED
    assert outcome_of(at_least_half, 4, FOR, FOR, AGAINST, AGAINST) is TallyOutcome.ADOPTED


def test_a_required_count_that_is_not_whole_is_rounded_as_the_rule_says() -> None:
    # Two thirds of 7 votes is 14/3: 5 rounded up (the default), 4 rounded down.
    seven = (*[FOR] * 4, *[AGAINST] * 3)
    up = count_votes(TWO_THIRDS, eligible=partners(7), present=partners(7), ballots=cast(*seven))
    down_rule = attrs.evolve(TWO_THIRDS, rounding=Rounding.DOWN)
    down = count_votes(down_rule, eligible=partners(7), present=partners(7), ballots=cast(*seven))
    assert (up.votes_required, up.outcome) == (5, TallyOutcome.REJECTED)
    assert (down.votes_required, down.outcome) == (4, TallyOutcome.ADOPTED)


def test_a_majority_without_a_threshold_is_more_than_half_of_its_base() -> None:
    plain = majority()
    assert outcome_of(plain, 3, FOR, FOR, AGAINST) is TallyOutcome.ADOPTED
    assert outcome_of(plain, 2, FOR, AGAINST) is TallyOutcome.REJECTED


# --- the base of the threshold -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "expected", "base_total"),
    [
        (VoteBase.FOR_AGAINST, TallyOutcome.ADOPTED, 4),
        (VoteBase.VOTES_CAST, TallyOutcome.REJECTED, 6),
        (VoteBase.PRESENT, TallyOutcome.REJECTED, 6),
        (VoteBase.ELIGIBLE, TallyOutcome.REJECTED, 10),
    ],
)
def test_abstentions_count_only_where_the_base_says_so(
    base: VoteBase, expected: TallyOutcome, base_total: int
) -> None:
    rule = majority(threshold=Fraction(1, 2), strict=True, threshold_base=base)
    drawn = cast(FOR, FOR, FOR, AGAINST, ABSTAIN, ABSTAIN)
    result = count_votes(rule, eligible=partners(10), present=partners(6), ballots=drawn)
    assert (result.outcome, result.base_total) == (expected, base_total)


def test_only_abstentions_decide_nothing_and_nobody_voting_divides_by_nothing() -> None:
    assert outcome_of(TWO_THIRDS, 3, ABSTAIN, ABSTAIN, ABSTAIN) is TallyOutcome.NO_VALID_VOTES
    nobody = count_votes(TWO_THIRDS, eligible=partners(3), present=partners(3), ballots=())
    assert nobody.outcome is TallyOutcome.NO_VALID_VOTES
    assert nobody.votes_required == 0


# --- quorum and attendance -----------------------------------------------------------------------

QUORUM = majority(threshold=Fraction(1, 2), strict=True, quorum=Fraction(2, 3))


def test_the_quorum_is_a_whole_number_of_the_eligible_and_counts_those_attending() -> None:
    assert outcome_of(QUORUM, 6, FOR, FOR, FOR) is TallyOutcome.NO_QUORUM
    result = count_votes(QUORUM, eligible=partners(6), present=partners(4), ballots=cast(FOR))
    assert (result.quorum_required, result.attendance, result.outcome) == (
        4,
        4,
        TallyOutcome.ADOPTED,
    )


def test_those_represented_count_toward_the_quorum_only_when_the_rule_says_so() -> None:
    proxies_allowed = attrs.evolve(QUORUM, proxies=ProxyRule())
    represented = (Proxy(principal="p4", holder="p1"),)
    common = {
        "eligible": partners(6),
        "present": partners(3),
        "represented": represented,
        "ballots": cast(FOR, FOR, FOR),
    }
    assert count_votes(proxies_allowed, **common).outcome is TallyOutcome.ADOPTED  # type: ignore[arg-type]
    present_only = attrs.evolve(proxies_allowed, attendance=Attendance.PRESENT)
    assert count_votes(present_only, **common).outcome is TallyOutcome.NO_QUORUM  # type: ignore[arg-type]


def test_abstentions_may_be_left_out_of_the_quorum() -> None:
    strict_quorum = attrs.evolve(QUORUM, abstentions_in_quorum=False)
    drawn = cast(FOR, FOR, ABSTAIN, ABSTAIN)
    result = count_votes(strict_quorum, eligible=partners(6), present=partners(4), ballots=drawn)
    assert (result.attendance, result.outcome) == (2, TallyOutcome.NO_QUORUM)


def test_a_minimum_number_present_and_a_minimum_in_favour() -> None:
    rule = majority(minimum_present=3, minimum_in_favour=2)
    assert outcome_of(rule, 5, FOR, AGAINST) is TallyOutcome.NO_QUORUM
    assert outcome_of(rule, 5, FOR, ABSTAIN, ABSTAIN) is TallyOutcome.REJECTED
    assert outcome_of(rule, 5, FOR, FOR, ABSTAIN) is TallyOutcome.ADOPTED


def test_a_quorum_by_weight_counts_the_votes_carried() -> None:
    rule = majority(
        quorum=Fraction(1, 2), quorum_by_weight=True, weights=(Weight(partner="p1", votes=5),)
    )
    # p1 carries 5 of the 8 votes: alone it makes the quorum.
    result = count_votes(rule, eligible=partners(4), present=["p1"], ballots=cast(FOR))
    assert (result.attendance, result.eligible_total, result.outcome) == (
        5,
        8,
        TallyOutcome.ADOPTED,
    )


# --- proxies -------------------------------------------------------------------------------------

WITH_PROXIES = majority(proxies=ProxyRule(most_per_holder=1))


def test_a_proxy_counts_only_when_its_holder_is_present() -> None:
    by_proxy = Ballot(partner="p2", choice=FOR, holder="p1")
    result = count_votes(
        WITH_PROXIES,
        eligible=partners(3),
        present=["p3"],
        represented=(Proxy(principal="p2", holder="p1"),),
        ballots=(by_proxy, Ballot(partner="p3", choice=AGAINST)),
    )
    assert result.outcome is TallyOutcome.REJECTED
    reasons = {(aside.partner, aside.reason) for aside in result.set_aside}
    assert reasons == {
        ("p2", SetAsideReason.HOLDER_ABSENT),
        ("p2", SetAsideReason.NOT_REPRESENTED),
    }


def test_a_principal_s_own_vote_overrides_its_proxy() -> None:
    ballots_cast = (
        Ballot(partner="p2", choice=FOR, holder="p1"),
        Ballot(partner="p2", choice=AGAINST),
        Ballot(partner="p1", choice=FOR),
    )
    common = {
        "eligible": partners(2),
        "present": partners(2),
        "represented": (Proxy(principal="p2", holder="p1"),),
        "ballots": ballots_cast,
    }
    own_first = count_votes(WITH_PROXIES, **common)  # type: ignore[arg-type]
    assert (own_first.votes_for, own_first.votes_against) == (1, 1)
    proxy_first = attrs.evolve(WITH_PROXIES, proxies=ProxyRule(own_vote_overrides=False))
    assert count_votes(proxy_first, **common).votes_for == 2  # type: ignore[arg-type]


def test_a_holder_carries_at_most_the_proxies_the_rule_allows_and_none_when_not_allowed() -> None:
    represented = (Proxy(principal="p2", holder="p1"), Proxy(principal="p3", holder="p1"))
    limited = count_votes(
        WITH_PROXIES, eligible=partners(3), present=["p1"], represented=represented
    )
    assert limited.represented == ("p2",)
    assert [aside.reason for aside in limited.set_aside] == [SetAsideReason.TOO_MANY_PROXIES]
    refused = count_votes(
        majority(), eligible=partners(3), present=["p1"], represented=represented
    )
    assert refused.represented == ()
    assert {aside.reason for aside in refused.set_aside} == {SetAsideReason.PROXIES_NOT_ALLOWED}


# --- ballots that do not count -------------------------------------------------------------------


def test_every_ballot_set_aside_says_why_and_the_latest_of_a_voter_counts() -> None:
    ballots_cast = (
        Ballot(partner="p1", choice=AGAINST),
        Ballot(partner="p1", choice=FOR),
        Ballot(partner="outsider", choice=AGAINST),
        Ballot(partner="p3", choice=AGAINST),
        Ballot(partner="p2", choice=AGAINST, cast_on=dt.date(2027, 3, 2)),
    )
    result = count_votes(
        majority(),
        eligible=partners(3),
        present=["p1", "p2"],
        ballots=ballots_cast,
        closes_on=dt.date(2027, 3, 1),
    )
    assert result.outcome is TallyOutcome.ADOPTED
    assert [(aside.ballot, aside.reason) for aside in result.set_aside] == [
        (0, SetAsideReason.REPLACED),
        (2, SetAsideReason.NOT_ELIGIBLE),
        (3, SetAsideReason.ABSENT),
        (4, SetAsideReason.LATE),
    ]


# --- vetoes, ties, unreachable rules -------------------------------------------------------------


def test_a_veto_blocks_a_decision_on_the_topics_it_covers_with_its_grounds() -> None:
    rule = majority(veto=Veto(holders=VetoHolders.CONCERNED_PARTNER, topics=(Topic.BUDGET,)))
    veto = Ballot(partner="p3", choice=AGAINST, veto=True, grounds="Notre budget propre")
    drawn = (*cast(FOR, FOR), veto)
    common = {"eligible": partners(3), "present": partners(3), "ballots": drawn}
    on_budget = count_votes(rule, topic=Topic.BUDGET, concerned=["p3"], **common)  # type: ignore[arg-type]
    assert on_budget.outcome is TallyOutcome.VETOED
    assert on_budget.vetoed_by == (("p3", "Notre budget propre"),)
    on_staff = count_votes(rule, topic=Topic.STAFF, concerned=["p3"], **common)  # type: ignore[arg-type]
    assert on_staff.outcome is TallyOutcome.ADOPTED
    not_concerned = count_votes(rule, topic=Topic.BUDGET, concerned=["p1"], **common)  # type: ignore[arg-type]
    assert not_concerned.outcome is TallyOutcome.ADOPTED
    assert [aside.reason for aside in not_concerned.set_aside] == [SetAsideReason.NO_VETO_RIGHT]


def test_a_veto_without_the_grounds_the_rule_requires_counts_only_as_a_vote_against() -> None:
    rule = majority(veto=Veto())
    drawn = (*cast(FOR, FOR), Ballot(partner="p3", choice=AGAINST, veto=True, grounds=" "))
    result = count_votes(rule, eligible=partners(3), present=partners(3), ballots=drawn)
    assert result.outcome is TallyOutcome.ADOPTED
    assert [aside.reason for aside in result.set_aside] == [SetAsideReason.VETO_WITHOUT_GROUNDS]


@pytest.mark.parametrize(
    ("tie_break", "chair_votes", "expected", "broken_by"),
    [
        (TieBreak.STATUS_QUO, FOR, TallyOutcome.REJECTED, None),
        (TieBreak.CHAIR, FOR, TallyOutcome.ADOPTED, "p1"),
        (TieBreak.CHAIR, AGAINST, TallyOutcome.REJECTED, "p1"),
        (TieBreak.NEW_VOTE, FOR, TallyOutcome.TIED, None),
    ],
)
def test_a_tie_is_broken_as_the_rule_says(
    tie_break: TieBreak, chair_votes: Choice, expected: TallyOutcome, broken_by: str | None
) -> None:
    rule = majority(tie_break=tie_break)
    other = AGAINST if chair_votes is FOR else FOR
    drawn = cast(chair_votes, other, FOR, AGAINST)
    result = count_votes(
        rule, eligible=partners(4), present=partners(4), ballots=drawn, chair="p1"
    )
    assert (result.outcome, result.tie, result.tie_broken_by) == (expected, True, broken_by)


def test_recusals_that_make_the_majority_impossible_say_unreachable_not_rejected() -> None:
    rule = majority(minimum_in_favour=4)
    assert outcome_of(rule, 3, FOR, FOR, FOR) is TallyOutcome.UNREACHABLE
    assert outcome_of(majority(), 0) is TallyOutcome.UNREACHABLE
    assert (
        outcome_of(majority(threshold=Fraction(1), strict=True), 3, FOR)
        is TallyOutcome.UNREACHABLE
    )


def test_consensus_and_consent_pass_when_nobody_objects() -> None:
    for mode in (DecisionMode.CONSENSUS, DecisionMode.CONSENT):
        rule = DecisionRule(id="r", mode=mode)
        assert outcome_of(rule, 3, FOR, ABSTAIN, FOR) is TallyOutcome.ADOPTED
        assert outcome_of(rule, 3, FOR, FOR, AGAINST) is TallyOutcome.REJECTED


def test_unanimity_is_every_vote_of_its_base_in_favour() -> None:
    rule = DecisionRule(id="r", mode=DecisionMode.UNANIMITY)
    assert outcome_of(rule, 3, FOR, FOR, FOR) is TallyOutcome.ADOPTED
    assert outcome_of(rule, 3, FOR, FOR, ABSTAIN) is TallyOutcome.REJECTED
    for_against = attrs.evolve(rule, threshold_base=VoteBase.FOR_AGAINST)
    assert outcome_of(for_against, 3, FOR, FOR, ABSTAIN) is TallyOutcome.ADOPTED


def test_a_written_procedure_in_unanimity_needs_every_eligible_partner_in_favour() -> None:
    rule = majority(written=WrittenProcedure(days=10))
    answered = cast(FOR, FOR)
    closes = dt.date(2027, 5, 10)
    partial = count_votes(
        rule, eligible=partners(3), ballots=answered, written=True, closes_on=closes
    )
    assert partial.outcome is TallyOutcome.REJECTED
    everyone = count_votes(rule, eligible=partners(3), ballots=cast(FOR, FOR, FOR), written=True)
    assert everyone.outcome is TallyOutcome.ADOPTED


# --- the record under the convention -------------------------------------------------------------


def assembly() -> Convention:
    return Convention(
        name="Assemblée des partenaires",
        partners=tuple(Partner(id=key, name=f"Partenaire {key}") for key in partners(4)),
        governing_bodies=(
            GoverningBody(
                id="ag", name="Assemblée générale", members=tuple(partners(4)), chair="p1"
            ),
        ),
        roles=(Role(id="coord", kind=RoleKind.COORDINATOR, holders=("p2",)),),
        decision_rules=(
            DecisionRule(
                id="general",
                mode=DecisionMode.MAJORITY,
                body="ag",
                tie_break=TieBreak.CHAIR,
                excluded=("p4",),
            ),
            DecisionRule(
                id="budget",
                mode=DecisionMode.MAJORITY,
                body="ag",
                threshold=Fraction(2, 3),
                scope=(Topic.BUDGET,),
            ),
        ),
    )


def record(**fields: object) -> DecisionRecord:
    defaults: dict[str, object] = {
        "id": "d1",
        "date": dt.date(2027, 3, 1),
        "title": "Achat d'une chambre froide",
        "present": tuple(partners(4)),
    }
    return DecisionRecord(**{**defaults, **fields})  # type: ignore[arg-type]


def test_the_rule_in_force_is_the_one_whose_scope_covers_the_topic_else_the_general_one() -> None:
    convention = assembly()
    assert rule_in_force(record(topic=Topic.BUDGET), convention)[0] == convention.decision_rules[1]
    assert rule_in_force(record(topic=Topic.STAFF), convention)[0] == convention.decision_rules[0]
    assert rule_in_force(record(), convention) == (convention.decision_rules[0], ("general",))
    twice = attrs.evolve(
        convention,
        decision_rules=(
            *convention.decision_rules,
            attrs.evolve(convention.decision_rules[1], id="budget2"),
        ),
    )
    assert rule_in_force(record(topic=Topic.BUDGET), twice)[1] == ("budget", "budget2")


def test_the_eligible_are_the_body_s_members_less_the_excluded_and_the_recused() -> None:
    convention = assembly()
    general = convention.decision_rules[0]
    assert eligible_voters(general, convention) == ("p1", "p2", "p3")
    assert eligible_voters(general, convention, record(recused=("p2",))) == ("p1", "p3")


def test_tally_reads_the_record_with_the_chair_s_casting_vote() -> None:
    tied = record(ballots=cast(FOR, AGAINST), present=("p1", "p2", "p3"))
    result = tally(tied, assembly())
    assert (result.outcome, result.tie_broken_by) == (TallyOutcome.ADOPTED, "p1")


def test_tally_of_a_dossier_uses_the_convention_in_force_on_the_record_s_date() -> None:
    before = assembly()
    dossier = Dossier(convention=before).amend(
        attrs.evolve(
            before,
            decision_rules=(attrs.evolve(before.decision_rules[0], threshold=Fraction(3, 4)),),
        ),
        id="a1",
        effective_from=dt.date(2027, 6, 1),
        rationale="Des décisions plus largement partagées",
    )
    two_of_three = record(ballots=cast(FOR, FOR, AGAINST))
    assert tally(two_of_three, dossier).outcome is TallyOutcome.ADOPTED
    later = attrs.evolve(two_of_three, date=dt.date(2027, 7, 1))
    assert tally(later, dossier).outcome is TallyOutcome.REJECTED


def test_tally_refuses_what_is_not_a_record_or_has_no_rule() -> None:
    with pytest.raises(InvalidValueError, match=r"tally\(record\)"):
        tally("d1", assembly())  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="no decision rule"):
        tally(record(), attrs.evolve(assembly(), decision_rules=()))
    with pytest.raises(InvalidValueError, match=r"tally\(target\)"):
        tally(record(), "convention")  # type: ignore[arg-type]


def test_a_delegated_rule_is_decided_by_its_delegate_partner_or_role_holders() -> None:
    convention = assembly()
    to_coordinator = DecisionRule(id="daily", mode=DecisionMode.DELEGATED, delegate="coord")
    to_partner = attrs.evolve(to_coordinator, delegate="p3")
    unnamed = attrs.evolve(to_coordinator, delegate=None)
    assert eligible_voters(to_coordinator, convention) == ("p2",)
    assert eligible_voters(to_partner, convention) == ("p3",)
    assert eligible_voters(unnamed, convention) == ()
    decided = record(ballots=(Ballot(partner="p2", choice=FOR),), present=())
    assert tally(decided, convention, rule=to_coordinator).outcome is TallyOutcome.ADOPTED
    assert tally(decided, convention, rule=unnamed).outcome is TallyOutcome.UNREACHABLE


def test_without_a_body_the_voters_are_the_rule_s_list_else_every_partner() -> None:
    convention = assembly()
    listed = DecisionRule(id="r", mode=DecisionMode.MAJORITY, voters=("p3", "p1", "p3"))
    everyone = DecisionRule(id="r", mode=DecisionMode.MAJORITY)
    assert eligible_voters(listed, convention) == ("p3", "p1")
    assert eligible_voters(everyone, convention) == tuple(partners(4))
    assert tally(record(ballots=cast(FOR)), convention, rule=everyone).adopted


def test_a_veto_held_by_listed_partners_and_proxies_of_outsiders_or_twice_given() -> None:
    rule = majority(veto=Veto(holders=VetoHolders.LISTED, partners=("p2",)), proxies=ProxyRule())
    represented = (
        Proxy(principal="outsider", holder="p1"),
        Proxy(principal="p2", holder="p1"),
        Proxy(principal="p2", holder="p3"),
    )
    result = count_votes(
        rule,
        eligible=partners(3),
        present=["p1", "p3"],
        represented=represented,
        ballots=(
            Ballot(partner="p1", choice=FOR),
            Ballot(partner="p2", choice=AGAINST, holder="p1", veto=True, grounds="Trop cher"),
        ),
    )
    assert (result.represented, result.outcome) == (("p2",), TallyOutcome.VETOED)
    assert result.set_aside == ()


# --- in words ------------------------------------------------------------------------------------


def test_the_tally_says_what_decided_it_in_three_languages() -> None:
    rule = majority(threshold=Fraction(2, 3), quorum=Fraction(2, 3), proxies=ProxyRule())
    result = count_votes(
        rule,
        eligible=partners(6),
        present=partners(4),
        represented=(Proxy(principal="p5", holder="p1"),),
        ballots=(*cast(FOR, FOR, FOR, AGAINST), Ballot(partner="p5", choice=FOR, holder="p1")),
    )
    assert result.explain("en") == (
        "Adopted: 5 of 6 members present or represented (quorum 4); "
        "for: 4, against: 1, abstentions: 0; two thirds of the votes cast needed (4)."
    )
    assert result.explain("fr") == (
        "Adoptée\u00a0: 5 membres sur 6 présents ou représentés (quorum\u00a0: 4)\u00a0; "
        "pour\u00a0: 4, contre\u00a0: 1, abstentions\u00a0: 0\u00a0; "
        "majorité des deux tiers des voix exprimées requise (4)."
    )
    assert result.explain("nl") == (
        "Aangenomen: 5 van de 6 leden aanwezig of vertegenwoordigd (quorum 4); "
        "voor: 4, tegen: 1, onthoudingen: 0; twee derde van de uitgebrachte stemmen vereist (4)."
    )


def test_a_vetoed_or_tied_tally_names_who_decided() -> None:
    vetoed = count_votes(
        majority(veto=Veto()),
        eligible=partners(2),
        present=partners(2),
        ballots=(
            Ballot(partner="p1", choice=FOR),
            Ballot(partner="p2", choice=AGAINST, veto=True, grounds="Budget"),
        ),
    )
    assert vetoed.explain("en", {"p2": "Le Pont"}).endswith("vetoed by Le Pont (Budget).")
    tied = count_votes(
        majority(tie_break=TieBreak.CHAIR),
        eligible=partners(2),
        present=partners(2),
        ballots=cast(FOR, AGAINST),
        chair="p1",
    )
    assert tied.explain("en").endswith(
        "a tie is decided by the chair's casting vote; casting vote: p1."
    )
    status_quo = attrs.evolve(
        tied, outcome=TallyOutcome.REJECTED, tie_break=TieBreak.STATUS_QUO, tie_broken_by=None
    )
    assert status_quo.explain("en").endswith("; a tie leaves the proposal not adopted.")
    assert not status_quo.adopted


# --- properties ----------------------------------------------------------------------------------

VOTERS = partners(7)


@st.composite
def votes(draw: st.DrawFn) -> tuple[DecisionRule, tuple[Ballot, ...]]:
    """A rule of any kind over seven partners, and one ballot of each of some of them."""
    (rule,) = draw(decision_rules(min_size=1, max_size=1, partner_ids=VOTERS, body_ids=()))
    rule = attrs.evolve(rule, voters=(), excluded=(), veto=None, proxies=None, written=None)
    voting = draw(st.lists(st.sampled_from(VOTERS), unique=True))
    choices = draw(
        st.lists(st.sampled_from(list(Choice)), min_size=len(voting), max_size=len(voting))
    )
    return rule, cast(*choices, voters=voting)


def counted(rule: DecisionRule, drawn: Sequence[Ballot]) -> TallyOutcome:
    return count_votes(
        rule, eligible=VOTERS, present=[ballot.partner for ballot in drawn], ballots=drawn
    ).outcome


@given(votes(), st.randoms(use_true_random=False))
def test_the_outcome_does_not_depend_on_the_order_of_the_ballots(
    vote: tuple[DecisionRule, tuple[Ballot, ...]], random: object
) -> None:
    rule, drawn = vote
    shuffled = list(drawn)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert counted(rule, shuffled) is counted(rule, drawn)


@given(votes(), st.data())
def test_turning_a_vote_against_into_a_vote_for_never_undoes_an_adoption(
    vote: tuple[DecisionRule, tuple[Ballot, ...]], data: st.DataObject
) -> None:
    rule, drawn = vote
    against = [at for at, ballot in enumerate(drawn) if ballot.choice is AGAINST]
    if (
        rule.mode is not DecisionMode.MAJORITY
        or not against
        or counted(rule, drawn) is not TallyOutcome.ADOPTED
    ):
        return
    at = data.draw(st.sampled_from(against))
    turned = (*drawn[:at], attrs.evolve(drawn[at], choice=FOR), *drawn[at + 1 :])
    assert counted(rule, turned) is TallyOutcome.ADOPTED


@given(votes(), st.fractions(min_value=0, max_value=1), st.booleans())
def test_what_unanimity_adopts_every_reachable_majority_adopts(
    vote: tuple[DecisionRule, tuple[Ballot, ...]], share: Fraction, strict: bool
) -> None:
    rule, drawn = vote
    unanimity = attrs.evolve(rule, mode=DecisionMode.UNANIMITY)
    majority_rule = attrs.evolve(rule, mode=DecisionMode.MAJORITY, threshold=share, strict=strict)
    if counted(unanimity, drawn) is TallyOutcome.ADOPTED:
        assert counted(majority_rule, drawn) in (TallyOutcome.ADOPTED, TallyOutcome.UNREACHABLE)


@given(votes())
def test_abstentions_are_never_votes_against_under_a_for_against_base(
    vote: tuple[DecisionRule, tuple[Ballot, ...]],
) -> None:
    rule, drawn = vote
    rule = attrs.evolve(rule, threshold_base=VoteBase.FOR_AGAINST, abstentions_in_quorum=True)
    without = tuple(ballot for ballot in drawn if ballot.choice is not ABSTAIN)
    if counted(rule, without) is TallyOutcome.ADOPTED:
        assert counted(rule, drawn) is TallyOutcome.ADOPTED


@given(votes())
def test_any_rule_tallies_any_ballots_without_an_error(
    vote: tuple[DecisionRule, tuple[Ballot, ...]],
) -> None:
    rule, drawn = vote
    result = count_votes(rule, eligible=VOTERS, present=VOTERS[:3], ballots=drawn)
    weight = dict.fromkeys(VOTERS, 1) | {w.partner: w.votes for w in rule.weights}
    # Each voter is counted once, with its weight: two votes for a partner weighing two.
    assert result.votes_for + result.votes_against + result.abstentions <= sum(
        weight[partner] for partner in VOTERS
    )
    assert result.explain("fr")


# --- strategies: ballots for an outcome ----------------------------------------------------------

REACHABLE = majority(
    threshold=Fraction(2, 3),
    quorum=Fraction(1, 2),
    veto=Veto(),
    tie_break=TieBreak.NEW_VOTE,
)


@pytest.mark.parametrize(
    ("rule", "outcome"),
    [
        (REACHABLE, TallyOutcome.ADOPTED),
        (REACHABLE, TallyOutcome.REJECTED),
        (REACHABLE, TallyOutcome.NO_QUORUM),
        (REACHABLE, TallyOutcome.VETOED),
        (REACHABLE, TallyOutcome.NO_VALID_VOTES),
        (majority(tie_break=TieBreak.NEW_VOTE), TallyOutcome.TIED),
        (majority(minimum_in_favour=9), TallyOutcome.UNREACHABLE),
    ],
    ids=lambda value: value.value if isinstance(value, TallyOutcome) else "",
)
def test_every_outcome_is_reachable_from_drawn_ballots(
    rule: DecisionRule, outcome: TallyOutcome
) -> None:
    voters = partners(6)

    @given(ballots(rule, outcome=outcome, partner_ids=voters))
    def reaches(drawn: tuple[Ballot, ...]) -> None:
        result = count_votes(
            rule,
            eligible=voters,
            present=[ballot.partner for ballot in drawn],
            ballots=drawn,
            concerned=voters,
        )
        assert result.outcome is outcome

    reaches()


def test_ballots_for_an_outcome_the_rule_cannot_reach_are_refused() -> None:
    with pytest.raises(InvalidArgument, match="no way of voting reaches it"):
        ballots(TWO_THIRDS, outcome=TallyOutcome.TIED, partner_ids=partners(3))
    with pytest.raises(InvalidArgument, match="give the rule"):
        ballots(outcome=TallyOutcome.ADOPTED, partner_ids=partners(3))
    with pytest.raises(InvalidArgument, match="partner_ids"):
        ballots(TWO_THIRDS, outcome=TallyOutcome.ADOPTED)
    with pytest.raises(InvalidArgument, match="sizes"):
        ballots(TWO_THIRDS, min_size=1, partner_ids=partners(3))
    with pytest.raises(InvalidArgument, match="expected a DecisionRule"):
        ballots("majority", partner_ids=partners(3))  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="expected a TallyOutcome"):
        ballots(TWO_THIRDS, outcome="adopted", partner_ids=partners(3))  # type: ignore[arg-type]


def test_a_tally_is_plain_json_data_for_an_application() -> None:
    rule = majority(threshold=Fraction(2, 3), quorum=Fraction(1, 2), veto=Veto())
    drawn = (*cast(FOR, FOR), Ballot(partner="p3", choice=AGAINST, veto=True, grounds="Non"))
    result = count_votes(rule, eligible=partners(4), present=partners(3), ballots=drawn)
    data = result.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert {key: data[key] for key in ("outcome", "quorum", "threshold", "vetoed_by")} == {
        "outcome": "vetoed",
        "quorum": "1/2",
        "threshold": "2/3",
        "vetoed_by": [{"partner": "p3", "grounds": "Non"}],
    }
    whole = count_votes(
        DecisionRule(id="u", mode=DecisionMode.UNANIMITY),
        eligible=partners(2),
        present=["p1"],
        ballots=cast(FOR, FOR),
    ).to_dict()
    assert (whole["threshold"], whole["quorum"], whole["tie_break"]) == ("1", None, None)
    assert whole["set_aside"] == [
        {"partner": "p2", "reason": "absent", "ballot": 1, "proxy": None}
    ]
