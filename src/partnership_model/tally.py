"""Was this decision adopted under our convention? The tally of a vote, computed exactly.

:func:`tally` reads a record of the minutes under the decision rule in force on its date
(:func:`rule_in_force`); :func:`count_votes` is the same arithmetic for an application
that holds the voters, the attendance and the ballots itself. Every share is an exact
:class:`~fractions.Fraction` and every comparison is between whole numbers (``for * den
>= num * base``): no float ever decides a vote.

What the arithmetic does, in order:

1. **Who may vote**: the rule's voters, else its body's members, else every partner;
   less the partners the rule excludes and those recused on the record. Each carries one
   vote, or its weight.
2. **Who attends**: the eligible present, and, when the rule counts them, those
   represented by a proxy (only with proxies allowed, at most so many per holder, and
   with the holder present when the rule asks it).
3. **Which ballots count**: one per partner, its latest; a principal's own ballot before
   its proxy's (unless the rule says otherwise); never one of a partner not eligible,
   absent and unrepresented, cast by someone who does not hold its proxy, or after the
   vote closed. Every ballot set aside is listed with its reason.
4. **The outcome**, in this order: *unreachable* (even every eligible partner in favour
   could not adopt it), *no quorum*, *no valid votes* (nobody for or against), *vetoed*
   (a holder of the veto on this topic voted against with it, with grounds when they
   are required), then the threshold: *adopted*, *rejected*, or *tied* (as many for as
   against, not adopted, the tie broken as the rule says).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from fractions import Fraction
from functools import cached_property
from typing import Any

import attrs

from partnership_model._counting import (
    Electorate,
    SetAside,
    SetAsideReason,
    cast,
    counted_ballots,
    decided,
    first_of_each_id,
    in_the_record_s_order,
    required,
    threshold_of,
    valid_proxies,
    vetoes,
)
from partnership_model.convention import Convention
from partnership_model.decision_making import (
    Attendance,
    DecisionMode,
    DecisionRule,
    GoverningBody,
    TieBreak,
    Topic,
    VoteBase,
)
from partnership_model.dossier import Dossier, read_target
from partnership_model.errors import InvalidValueError
from partnership_model.i18n import LabelledEnum, fraction_words, resolve_language, translate
from partnership_model.minutes import Ballot, Choice, DecisionRecord, Outcome, Proxy
from partnership_model.roles import Role, RoleKind

__all__ = [
    "SetAside",
    "SetAsideReason",
    "Tally",
    "TallyOutcome",
    "count_votes",
    "eligible_voters",
    "rule_in_force",
    "tally",
]


class TallyOutcome(LabelledEnum):
    """What the tally of a vote finds."""

    ADOPTED = "adopted"
    REJECTED = "rejected"
    NO_QUORUM = "no_quorum"
    TIED = "tied"
    """As many for as against, and the tie decides nothing (a new vote is called)."""
    VETOED = "vetoed"
    UNREACHABLE = "unreachable"
    """Even with every eligible partner in favour, the rule could not adopt it."""
    NO_VALID_VOTES = "no_valid_votes"
    """Nobody voted for or against: abstentions alone decide nothing."""


@attrs.frozen(kw_only=True)
class Tally:
    """The tally of one vote: its outcome with every count behind it.

    Counts are of votes (a partner's weight, one unless the rule says otherwise), except
    ``present`` and ``represented``, which list partners. ``quorum_required`` and
    ``votes_required`` are the whole numbers the rule's shares required, rounded as the
    rule says.
    """

    outcome: TallyOutcome
    rule: str
    mode: DecisionMode
    eligible: tuple[str, ...]
    present: tuple[str, ...]
    represented: tuple[str, ...]
    votes_for: int
    votes_against: int
    abstentions: int
    attendance: int
    """What the quorum counts: partners (or votes) attending, as the rule says."""
    counting: Attendance
    """Whom the attendance counts: those present, or present or represented."""
    eligible_total: int
    """What the quorum is a share of: the eligible partners (or their votes)."""
    quorum: Fraction | None
    quorum_required: int | None
    minimum_present: int | None
    base: VoteBase
    base_total: int
    threshold: Fraction | None
    strict: bool
    votes_required: int | None
    minimum_in_favour: int | None
    vetoed_by: tuple[tuple[str, str], ...] = ()
    """Each partner whose veto blocked the decision, with its grounds."""
    tie: bool = False
    tie_break: TieBreak | None = None
    tie_broken_by: str | None = None
    written: bool = False
    set_aside: tuple[SetAside, ...] = ()
    """Every ballot, proxy or veto that does not count, in the record's order."""

    @property
    def adopted(self) -> bool:
        return self.outcome is TallyOutcome.ADOPTED

    def to_dict(self) -> dict[str, Any]:
        """The tally as plain JSON data: enumerations by their values, shares written
        ``"2/3"`` as the format writes them, each set-aside with its reason."""

        def share(value: Fraction | None) -> str | None:
            if value is None:
                return None
            return str(value.numerator) if value.denominator == 1 else str(value)

        return {
            "outcome": self.outcome.value,
            "rule": self.rule,
            "mode": self.mode.value,
            "eligible": list(self.eligible),
            "present": list(self.present),
            "represented": list(self.represented),
            "votes_for": self.votes_for,
            "votes_against": self.votes_against,
            "abstentions": self.abstentions,
            "attendance": self.attendance,
            "counting": self.counting.value,
            "eligible_total": self.eligible_total,
            "quorum": share(self.quorum),
            "quorum_required": self.quorum_required,
            "minimum_present": self.minimum_present,
            "base": self.base.value,
            "base_total": self.base_total,
            "threshold": share(self.threshold),
            "strict": self.strict,
            "votes_required": self.votes_required,
            "minimum_in_favour": self.minimum_in_favour,
            "vetoed_by": [
                {"partner": partner, "grounds": grounds} for partner, grounds in self.vetoed_by
            ],
            "tie": self.tie,
            "tie_break": None if self.tie_break is None else self.tie_break.value,
            "tie_broken_by": self.tie_broken_by,
            "written": self.written,
            "set_aside": [
                {
                    "partner": aside.partner,
                    "reason": aside.reason.value,
                    "ballot": aside.ballot,
                    "proxy": aside.proxy,
                }
                for aside in self.set_aside
            ],
        }

    def agrees_with(self, declared: Outcome) -> bool:
        """Whether the outcome the minutes declare is what the tally finds: adopted when,
        and only when, the tally adopts it; a rejection or a postponement stands for every
        other outcome."""
        return (declared is Outcome.ADOPTED) == self.adopted

    def explain(self, language: str = "fr", names: dict[str, str] | None = None) -> str:
        """What decided it, in one sentence of ``language``: "Adopté : 5 membres sur 6
        présents ou représentés (quorum : 4) ; 4 voix pour sur 5, deux tiers requis (4).\""""
        language = resolve_language(language)
        said = names or {}

        def name(partner: str) -> str:
            return said.get(partner, partner)

        parts = [
            translate(
                "tally.attendance",
                language,
                attending=self.attendance,
                eligible=self.eligible_total,
                who=translate("tally.answered", language)
                if self.written
                else self.counting.label(language),
            )
        ]
        if self.quorum_required is not None:
            parts[0] += " " + translate("tally.quorum", language, count=self.quorum_required)
        parts.append(
            translate(
                "tally.votes",
                language,
                votes_for=self.votes_for,
                votes_against=self.votes_against,
                abstentions=self.abstentions,
            )
        )
        if self.votes_required is not None and self.threshold is not None:
            parts.append(
                translate(
                    "tally.threshold-strict" if self.strict else "tally.threshold",
                    language,
                    share=fraction_words(self.threshold, language),
                    base=self.base.label(language),
                    count=self.votes_required,
                )
            )
        if self.minimum_in_favour is not None:
            parts.append(
                translate("tally.minimum-in-favour", language, count=self.minimum_in_favour)
            )
        if self.vetoed_by:
            parts.append(
                translate(
                    "tally.vetoed-by",
                    language,
                    partners=", ".join(
                        f"{name(partner)} ({grounds})" if grounds else name(partner)
                        for partner, grounds in self.vetoed_by
                    ),
                )
            )
        if self.tie and self.tie_break is not None:
            parts.append(self.tie_break.label(language))
            if self.tie_broken_by is not None:
                parts.append(
                    translate("tally.casting-vote", language, partner=name(self.tie_broken_by))
                )
        separator = translate("tally.separator", language)
        return (
            f"{self.outcome.label(language).capitalize()}"
            f"{translate('summary.separator', language)}{separator.join(parts)}."
        )


# --- the arithmetic ------------------------------------------------------------------------------


def count_votes(
    rule: DecisionRule,
    *,
    eligible: Iterable[str],
    present: Iterable[str] = (),
    represented: Sequence[Proxy] = (),
    ballots: Sequence[Ballot] = (),
    topic: Topic | None = None,
    concerned: Iterable[str] = (),
    chair: str | None = None,
    coordinator: str | None = None,
    written: bool = False,
    closes_on: dt.date | None = None,
) -> Tally:
    """The tally of ballots under ``rule``, given who is eligible and who attends.

    ``eligible`` are the partners entitled to vote (recusals already taken out);
    ``present`` and ``represented`` the attendance of the meeting; ``chair`` and
    ``coordinator`` who holds a casting vote when the rule gives one; ``written`` a vote
    without a meeting, answered until ``closes_on``.
    """
    return _count(
        rule,
        Electorate(rule, eligible),
        present=present,
        represented=represented,
        ballots=ballots,
        topic=topic,
        concerned=concerned,
        chair=chair,
        coordinator=coordinator,
        written=written,
        closes_on=closes_on,
    )


def _count(
    rule: DecisionRule,
    electorate: Electorate,
    *,
    present: Iterable[str],
    represented: Sequence[Proxy],
    ballots: Sequence[Ballot],
    topic: Topic | None,
    concerned: Iterable[str],
    chair: str | None,
    coordinator: str | None,
    written: bool,
    closes_on: dt.date | None,
) -> Tally:
    voters, entitled, weights = electorate.voters, electorate.entitled, electorate.weights
    weight_of = electorate.weight_of
    set_aside: list[SetAside] = []
    attending_in_person = tuple(p for p in dict.fromkeys(present) if p in entitled)
    holders = valid_proxies(rule, represented, entitled, frozenset(present), set_aside)
    # A delegate decides alone, as a written procedure does: nobody has to meet.
    without_meeting = written or rule.mode is DecisionMode.DELEGATED
    counted = counted_ballots(
        rule,
        ballots,
        entitled=entitled,
        present=frozenset(attending_in_person),
        holders=holders,
        without_meeting=without_meeting,
        closes_on=closes_on,
        set_aside=set_aside,
    )
    if without_meeting:  # who answered, in the order of the voters
        attending = tuple(sorted(counted, key=electorate.place.__getitem__))
        proxies_counted: tuple[str, ...] = ()
    else:
        proxies_counted = tuple(p for p in holders if p not in attending_in_person)
        attending = attending_in_person + (
            proxies_counted if rule.attendance is Attendance.PRESENT_OR_REPRESENTED else ()
        )
    choices = {partner: ballot.choice for partner, (ballot, _) in counted.items()}
    votes_for, votes_against, abstentions = cast(choices, weights)
    voters_weight = electorate.weight

    in_quorum = [
        p for p in attending if rule.abstentions_in_quorum or choices.get(p) is not Choice.ABSTAIN
    ]
    attendance = weight_of(in_quorum) if rule.quorum_by_weight else len(in_quorum)
    eligible_total = voters_weight if rule.quorum_by_weight else len(voters)
    quorum_required = (
        None
        if rule.quorum is None
        else required(rule.quorum, eligible_total, strict=False, rounding=rule.rounding)
    )
    # A written procedure in unanimity takes every eligible partner in favour.
    unanimous_in_writing = written and rule.written is not None and rule.written.unanimity
    base = VoteBase.ELIGIBLE if unanimous_in_writing else rule.threshold_base
    if base is VoteBase.FOR_AGAINST:
        base_total = votes_for + votes_against
    elif base is VoteBase.VOTES_CAST:
        base_total = votes_for + votes_against + abstentions
    elif base is VoteBase.PRESENT:
        base_total = weight_of(attending)
    else:
        base_total = voters_weight
    threshold, strict = (Fraction(1), False) if unanimous_in_writing else threshold_of(rule)
    votes_required = (
        None
        if threshold is None
        else required(threshold, base_total, strict=strict, rounding=rule.rounding)
    )
    vetoed_by = vetoes(
        rule,
        counted=counted,
        entitled=entitled,
        topic=topic,
        concerned=concerned,
        set_aside=set_aside,
    )
    verdict = decided(
        rule,
        choices,
        voters=voters,
        voters_weight=voters_weight,
        threshold=threshold,
        strict=strict,
        quorum_required=quorum_required,
        quorum_missed=(quorum_required is not None and attendance < quorum_required)
        or (rule.minimum_present is not None and len(in_quorum) < rule.minimum_present),
        unanimous_in_writing=unanimous_in_writing,
        votes=(votes_for, votes_against),
        votes_required=votes_required,
        vetoed_by=vetoed_by,
        casting={TieBreak.CHAIR: chair, TieBreak.COORDINATOR: coordinator}.get(rule.tie_break),
    )
    return Tally(
        outcome=TallyOutcome(verdict.outcome),
        rule=rule.id,
        mode=rule.mode,
        eligible=voters,
        present=attending_in_person,
        represented=proxies_counted,
        votes_for=votes_for,
        votes_against=votes_against,
        abstentions=abstentions,
        attendance=attendance,
        counting=rule.attendance,
        eligible_total=eligible_total,
        quorum=rule.quorum,
        quorum_required=quorum_required,
        minimum_present=rule.minimum_present,
        base=base,
        base_total=base_total,
        threshold=threshold,
        strict=strict,
        votes_required=votes_required,
        minimum_in_favour=rule.minimum_in_favour,
        vetoed_by=verdict.vetoed_by,
        tie=verdict.tie,
        tie_break=rule.tie_break if verdict.tie else None,
        tie_broken_by=verdict.tie_broken_by,
        written=written,
        set_aside=tuple(sorted(set_aside, key=in_the_record_s_order)),
    )


# --- the record under the convention -------------------------------------------------------------


def rule_in_force(
    record: DecisionRecord, convention: Convention
) -> tuple[DecisionRule | None, tuple[str, ...]]:
    """The rule that governs ``record`` in ``convention``, and every rule that claims it.

    The rule whose scope holds the record's topic, else the general rule (one with no
    scope). When several claim it, the first is given and all are listed: the minutes
    rules report the ambiguity.
    """
    return TextIndex(convention).rule_in_force(record)


def eligible_voters(
    rule: DecisionRule, convention: Convention, record: DecisionRecord | None = None
) -> tuple[str, ...]:
    """Who may vote under ``rule``: its voters, else its body's members, else every
    partner; a delegated rule's delegate (a role's holders for a role); less those the
    rule excludes and those ``record`` says are recused."""
    return TextIndex(convention).eligible_voters(rule, record)


class TextIndex:
    """What tallying reads of one text of the convention, found once for all the records
    counted under it: the first body and role of each id, the coordinator, and the rules
    that claim each topic. Counting every record of the minutes so takes time in the
    records plus the texts, not their product."""

    def __init__(self, convention: Convention) -> None:
        self.convention = convention
        self._claiming: dict[Topic | None, tuple[DecisionRule, ...]] = {}
        # The rules are the text's own, alive as long as it is: their ids key safely.
        self._electorates: dict[tuple[int, tuple[str, ...]], Electorate] = {}

    # Each found when first asked for: rule_in_force alone reads none of them.

    @cached_property
    def bodies(self) -> dict[str, GoverningBody]:
        return first_of_each_id(self.convention.governing_bodies)

    @cached_property
    def roles(self) -> dict[str, Role]:
        return first_of_each_id(self.convention.roles)

    @cached_property
    def coordinator(self) -> str | None:
        return next(
            (
                holder
                for role in self.convention.roles
                if role.kind is RoleKind.COORDINATOR
                for holder in role.holders
            ),
            None,
        )

    def rule_in_force(self, record: DecisionRecord) -> tuple[DecisionRule | None, tuple[str, ...]]:
        topic = record.topic
        if topic not in self._claiming:
            rules = self.convention.decision_rules
            claiming = [rule for rule in rules if topic is not None and topic in rule.scope]
            if not claiming:
                claiming = [rule for rule in rules if not rule.scope]
            self._claiming[topic] = tuple(claiming)
        claiming_rules = self._claiming[topic]
        governing = claiming_rules[0] if claiming_rules else None
        return governing, tuple(rule.id for rule in claiming_rules)

    def eligible_voters(
        self, rule: DecisionRule, record: DecisionRecord | None = None
    ) -> tuple[str, ...]:
        recused = () if record is None else record.recused
        if rule.mode is DecisionMode.DELEGATED:
            delegate = rule.delegate
            role = None if delegate is None else self.roles.get(delegate)
            voters: Iterable[str] = (
                role.holders if role is not None else (() if delegate is None else (delegate,))
            )
        elif rule.voters:
            voters = rule.voters
        elif rule.body is not None:
            body = self.bodies.get(rule.body)
            voters = body.members if body is not None else ()
        else:
            voters = (partner.id for partner in self.convention.partners)
        left_out = {*rule.excluded, *recused}
        return tuple(partner for partner in dict.fromkeys(voters) if partner not in left_out)

    def tally(self, record: DecisionRecord, rule: DecisionRule) -> Tally:
        """The tally of ``record`` under ``rule`` in this text."""
        body = self.bodies.get(record.body or rule.body or "")
        key = (id(rule), record.recused)
        electorate = self._electorates.get(key)
        if electorate is None:
            electorate = self._electorates[key] = Electorate(
                rule, self.eligible_voters(rule, record)
            )
        return _count(
            rule,
            electorate,
            present=record.present,
            represented=record.represented,
            ballots=record.ballots,
            topic=record.topic,
            concerned=record.concerned,
            chair=body.chair if body is not None else None,
            coordinator=self.coordinator,
            written=record.written,
            closes_on=record.closes_on,
        )


def tally(
    record: DecisionRecord,
    target: Dossier | Convention,
    *,
    rule: DecisionRule | None = None,
) -> Tally:
    """The tally of ``record`` under ``rule``, else the rule in force on its date.

    For a dossier, the convention in force on the record's date (:meth:`Dossier.in_force`)
    gives the rule, the eligible voters, the chair and the coordinator. Raises
    :class:`InvalidValueError` when no rule governs the record.
    """
    convention, dossier = read_target("tally", target)
    if type(record) is not DecisionRecord:
        raise InvalidValueError("tally(record)", record, "expected a DecisionRecord")
    if dossier is not None:
        convention = dossier.in_force(record.date)
    index = TextIndex(convention)
    if rule is None:
        rule, _ = index.rule_in_force(record)
    if rule is None:
        raise InvalidValueError(
            "tally(record)", record.id, "no decision rule of the convention governs it"
        )
    return index.tally(record, rule)
