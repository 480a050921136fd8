"""The arithmetic of a vote that :func:`partnership_model.tally.count_votes` puts
together: the whole number a share requires, which proxies and ballots count, which
vetoes block, and the reasons for everything set aside.

Private to :mod:`partnership_model.tally`, which exports :class:`SetAside` and
:class:`SetAsideReason`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import NamedTuple, TypeVar

import attrs

from partnership_model.decision_making import (
    DecisionMode,
    DecisionRule,
    GoverningBody,
    Rounding,
    TieBreak,
    Topic,
    VetoHolders,
)
from partnership_model.i18n import LabelledEnum
from partnership_model.minutes import Ballot, Choice, Proxy
from partnership_model.roles import Role
from partnership_model.text import blank

__all__ = [
    "Electorate",
    "SetAside",
    "SetAsideReason",
    "Verdict",
    "broken_tie",
    "cast",
    "counted_ballots",
    "decided",
    "first_of_each_id",
    "in_the_record_s_order",
    "required",
    "threshold_of",
    "unreachable",
    "valid_proxies",
    "vetoes",
]


class SetAsideReason(LabelledEnum):
    """Why a ballot, a proxy or a veto does not count."""

    NOT_ELIGIBLE = "not_eligible"
    ABSENT = "absent"
    """An own ballot at a meeting the partner did not attend."""
    NOT_REPRESENTED = "not_represented"
    """A ballot cast for a partner by someone who holds no valid proxy of it."""
    LATE = "late"
    REPLACED = "replaced"
    """An earlier ballot of a partner who voted again."""
    OVERRIDDEN = "overridden"
    """A proxy's ballot, when the principal voted itself (or the reverse, by the rule)."""
    PROXIES_NOT_ALLOWED = "proxies_not_allowed"
    HOLDER_ABSENT = "holder_absent"
    TOO_MANY_PROXIES = "too_many_proxies"
    VETO_WITHOUT_GROUNDS = "veto_without_grounds"
    NO_VETO_RIGHT = "no_veto_right"
    """A veto by a partner who holds none on this topic: it counts as a vote against."""


@attrs.frozen(kw_only=True)
class SetAside:
    """A ballot, a proxy or a veto that does not count, and why."""

    partner: str
    """The partner whose ballot or proxy it is."""
    reason: SetAsideReason
    ballot: int | None = None
    """Its position among the record's ballots, for a ballot or a veto."""
    proxy: int | None = None
    """Its position among the record's proxies, for a proxy."""


def required(share: Fraction, total: int, *, strict: bool, rounding: Rounding) -> int:
    """The fewest of ``total`` that reach ``share`` of it: "at least" rounds as the rule
    says, "more than" takes the next whole number above the exact share."""
    product = share.numerator * total
    if strict:
        return product // share.denominator + 1
    if rounding is Rounding.UP:
        return -(-product // share.denominator)
    return product // share.denominator


def in_the_record_s_order(aside: SetAside) -> tuple[int, int]:
    """Ballots in the record's order, then proxies in theirs."""
    if aside.ballot is not None:
        return 0, aside.ballot
    return 1, aside.proxy or 0


def threshold_of(rule: DecisionRule) -> tuple[Fraction | None, bool]:
    """The share a rule needs in favour, and whether "more than" it."""
    if rule.mode is DecisionMode.MAJORITY and rule.threshold is None:
        return Fraction(1, 2), True  # a majority: more than half
    if rule.mode is DecisionMode.UNANIMITY:
        return Fraction(1), False
    return rule.threshold, rule.strict


def unreachable(
    rule: DecisionRule,
    *,
    voters: tuple[str, ...],
    most_for: int,
    threshold: Fraction | None,
    strict: bool,
    quorum_required: int | None,
) -> bool:
    """Whether the rule could not adopt it even with every eligible partner for."""
    if not voters:
        return True
    if quorum_required is not None and rule.quorum is not None and rule.quorum > 1:
        return True
    if rule.minimum_present is not None and rule.minimum_present > len(voters):
        return True
    if rule.minimum_in_favour is not None and rule.minimum_in_favour > most_for:
        return True
    return threshold is not None and (
        required(threshold, most_for, strict=strict, rounding=rule.rounding) > most_for
    )


def valid_proxies(
    rule: DecisionRule,
    represented: Sequence[Proxy],
    entitled: frozenset[str],
    present: frozenset[str],
    set_aside: list[SetAside],
) -> dict[str, str]:
    """Each represented eligible partner with the holder of its valid proxy."""
    holders: dict[str, str] = {}
    carried: dict[str, int] = {}
    for at, proxy in enumerate(represented):
        if proxy.principal not in entitled or proxy.principal in holders:
            continue
        reason = None
        if rule.proxies is None:
            reason = SetAsideReason.PROXIES_NOT_ALLOWED
        elif rule.proxies.holder_must_be_present and proxy.holder not in present:
            reason = SetAsideReason.HOLDER_ABSENT
        elif (
            rule.proxies.most_per_holder is not None
            and carried.get(proxy.holder, 0) >= rule.proxies.most_per_holder
        ):
            reason = SetAsideReason.TOO_MANY_PROXIES
        if reason is not None:
            set_aside.append(SetAside(partner=proxy.principal, reason=reason, proxy=at))
            continue
        holders[proxy.principal] = proxy.holder
        carried[proxy.holder] = carried.get(proxy.holder, 0) + 1
    return holders


def counted_ballots(
    rule: DecisionRule,
    ballots: Sequence[Ballot],
    *,
    entitled: frozenset[str],
    present: frozenset[str],
    holders: dict[str, str],
    without_meeting: bool,
    closes_on: dt.date | None,
    set_aside: list[SetAside],
) -> dict[str, tuple[Ballot, int]]:
    """The one ballot counted for each partner, with its position."""
    own: dict[str, int] = {}
    by_proxy: dict[str, int] = {}
    for at, ballot in enumerate(ballots):
        reason = None
        if ballot.partner not in entitled:
            reason = SetAsideReason.NOT_ELIGIBLE
        elif closes_on is not None and ballot.cast_on is not None and ballot.cast_on > closes_on:
            reason = SetAsideReason.LATE
        elif ballot.holder is None and not without_meeting and ballot.partner not in present:
            reason = SetAsideReason.ABSENT
        elif ballot.holder is not None and (
            without_meeting or holders.get(ballot.partner) != ballot.holder
        ):
            reason = SetAsideReason.NOT_REPRESENTED
        if reason is not None:
            set_aside.append(SetAside(partner=ballot.partner, reason=reason, ballot=at))
            continue
        latest = own if ballot.holder is None else by_proxy
        if ballot.partner in latest:
            earlier = latest[ballot.partner]
            set_aside.append(
                SetAside(partner=ballot.partner, reason=SetAsideReason.REPLACED, ballot=earlier)
            )
        latest[ballot.partner] = at
    counted: dict[str, tuple[Ballot, int]] = {}
    own_first = rule.proxies is None or rule.proxies.own_vote_overrides
    for partner in dict.fromkeys([*own, *by_proxy]):
        first, second = (own, by_proxy) if own_first else (by_proxy, own)
        chosen = first.get(partner, second.get(partner))
        assert chosen is not None  # noqa: S101  # the partner is in one of them
        if partner in first and partner in second:
            set_aside.append(
                SetAside(partner=partner, reason=SetAsideReason.OVERRIDDEN, ballot=second[partner])
            )
        counted[partner] = (ballots[chosen], chosen)
    return counted


def vetoes(
    rule: DecisionRule,
    *,
    counted: dict[str, tuple[Ballot, int]],
    entitled: frozenset[str],
    topic: Topic | None,
    concerned: Iterable[str],
    set_aside: list[SetAside],
) -> tuple[tuple[str, str], ...]:
    """The vetoes that block the decision, with their grounds; the others set aside."""
    veto = rule.veto
    covered = veto is not None and (not veto.topics or topic in veto.topics)
    if veto is None or not covered:
        holders: frozenset[str] = frozenset()
    elif veto.holders is VetoHolders.EVERY_PARTNER:
        holders = entitled
    elif veto.holders is VetoHolders.CONCERNED_PARTNER:
        holders = frozenset(concerned)
    else:
        holders = frozenset(veto.partners)
    blocking: list[tuple[str, str]] = []
    for partner, (ballot, at) in counted.items():
        if not ballot.veto:
            continue
        if partner not in holders:
            set_aside.append(
                SetAside(partner=partner, reason=SetAsideReason.NO_VETO_RIGHT, ballot=at)
            )
        elif veto is not None and veto.grounds_required and blank(ballot.grounds):
            set_aside.append(
                SetAside(partner=partner, reason=SetAsideReason.VETO_WITHOUT_GROUNDS, ballot=at)
            )
        else:
            blocking.append((partner, ballot.grounds))
    return tuple(blocking)


def cast(choices: Mapping[str, Choice], weights: Mapping[str, int]) -> tuple[int, int, int]:
    """The votes for, against and abstaining, each partner's counted by its weight."""
    votes_for = votes_against = abstentions = 0
    for partner, choice in choices.items():
        weight = weights.get(partner, 1)
        if choice is Choice.FOR:
            votes_for += weight
        elif choice is Choice.AGAINST:
            votes_against += weight
        else:
            abstentions += weight
    return votes_for, votes_against, abstentions


class Electorate:
    """Who may vote under a rule, as counting reads it: in order, as a set, each
    partner's place, and the votes they hold together. Many records of the minutes share
    one; found once, it makes counting a record take time in its own ballots."""

    def __init__(self, rule: DecisionRule, eligible: Iterable[str]) -> None:
        self.voters = tuple(dict.fromkeys(eligible))
        self.entitled = frozenset(self.voters)
        self.place = {partner: at for at, partner in enumerate(self.voters)}
        self.weights = {weight.partner: weight.votes for weight in reversed(rule.weights)}
        self.weight = self.weight_of(self.voters)

    def weight_of(self, partners: Sequence[str]) -> int:
        if not self.weights:  # one vote each, as most rules give
            return len(partners)
        return sum(self.weights.get(partner, 1) for partner in partners)


Identified = TypeVar("Identified", GoverningBody, Role)


def first_of_each_id(items: Iterable[Identified]) -> dict[str, Identified]:
    """Each item by its id, the first when two share one (the integrity rules say so)."""
    found: dict[str, Identified] = {}
    for item in items:
        found.setdefault(item.id, item)
    return found


class Verdict(NamedTuple):
    """What the counts decide: the code of a :class:`~partnership_model.tally.TallyOutcome`."""

    outcome: str
    vetoed_by: tuple[tuple[str, str], ...] = ()
    tie: bool = False
    tie_broken_by: str | None = None


def decided(
    rule: DecisionRule,
    choices: dict[str, Choice],
    *,
    voters: tuple[str, ...],
    voters_weight: int,
    threshold: Fraction | None,
    strict: bool,
    quorum_required: int | None,
    quorum_missed: bool,
    unanimous_in_writing: bool,
    votes: tuple[int, int],
    votes_required: int | None,
    vetoed_by: tuple[tuple[str, str], ...],
    casting: str | None,
) -> Verdict:
    """What the counts decide, in the order the rule's requirements are checked."""
    votes_for, votes_against = votes
    if unreachable(
        rule,
        voters=voters,
        most_for=voters_weight,
        threshold=threshold,
        strict=strict,
        quorum_required=quorum_required,
    ):
        return Verdict("unreachable")
    if quorum_missed and not unanimous_in_writing and rule.mode is not DecisionMode.DELEGATED:
        return Verdict("no_quorum")
    if votes_for + votes_against == 0:
        return Verdict("no_valid_votes")
    if vetoed_by:
        return Verdict("vetoed", vetoed_by=vetoed_by)
    if unanimous_in_writing:
        every_one_for = len(choices) == len(voters) and all(
            choice is Choice.FOR for choice in choices.values()
        )
        return Verdict("adopted" if every_one_for else "rejected")
    reached = (votes_required is None or votes_for >= votes_required) and (
        rule.minimum_in_favour is None or votes_for >= rule.minimum_in_favour
    )
    if rule.mode in (DecisionMode.CONSENSUS, DecisionMode.CONSENT, DecisionMode.DELEGATED):
        reached = reached and votes_against == 0  # nobody objects
    if reached:
        return Verdict("adopted")
    if votes_for != votes_against or rule.mode is not DecisionMode.MAJORITY:
        return Verdict("rejected")
    return broken_tie(rule, choices.get(casting) if casting is not None else None, casting)


def broken_tie(rule: DecisionRule, said: Choice | None, casting: str | None) -> Verdict:
    """As many for as against: the status quo, a casting vote, or a new vote."""
    if rule.tie_break is TieBreak.STATUS_QUO:
        return Verdict("rejected", tie=True)
    if said is Choice.FOR:
        return Verdict("adopted", tie=True, tie_broken_by=casting)
    if said is Choice.AGAINST:
        return Verdict("rejected", tie=True, tie_broken_by=casting)
    return Verdict("tied", tie=True)
