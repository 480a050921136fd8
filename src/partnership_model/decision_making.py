"""How decisions are taken (seed, CLARIFY; annex 1, DECIDE): governing bodies and
the decision rules they decide under.

The arithmetic of a vote is data: quorums and thresholds are exact
:class:`~fractions.Fraction` values, so that a tally is computed, not guessed.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

import attrs

from partnership_model._extensions import (
    EMPTY_EXTENSIONS,
    JsonValue,
    check_extensions,
    freeze_extensions,
)
from partnership_model._fields import (
    flag,
    id_tuple,
    items_of,
    member_of,
    optional_fraction,
    optional_id,
    optional_instance_of,
    optional_non_negative_int,
    optional_positive_int,
    optional_text,
    positive_int,
    required_id,
    text,
)
from partnership_model.i18n import LabelledEnum
from partnership_model.planning import Recurrence

__all__ = [
    "Attendance",
    "BodyKind",
    "DecisionMode",
    "DecisionRule",
    "GoverningBody",
    "ProxyRule",
    "Rounding",
    "TieBreak",
    "Topic",
    "Veto",
    "VetoHolders",
    "VoteBase",
    "Weight",
    "WrittenProcedure",
]


class Topic(LabelledEnum):
    """What a decision, a rule or an institution's involvement is about."""

    OBJECTIVES = "objectives"
    BUDGET = "budget"
    PLANNING = "planning"
    TASKS = "tasks"
    PARTNERS = "partners"
    """Entry and withdrawal of partners."""
    COMMUNICATION = "communication"
    EVALUATION = "evaluation"
    AMENDMENTS = "amendments"
    STAFF = "staff"
    PREMISES = "premises"
    DAILY_MANAGEMENT = "daily_management"
    CONFLICTS = "conflicts"
    OTHER = "other"


class BodyKind(LabelledEnum):
    """What sort of body decides: the comité de pilotage is the most common."""

    STEERING_COMMITTEE = "steering_committee"
    GENERAL_ASSEMBLY = "general_assembly"
    WORKING_GROUP = "working_group"
    BOARD = "board"
    OTHER = "other"


class DecisionMode(LabelledEnum):
    """How a decision is reached; majorities carry a threshold, the others imply one."""

    CONSENSUS = "consensus"
    """Agreed when nobody objects after discussion."""
    UNANIMITY = "unanimity"
    """Every vote cast is in favour."""
    MAJORITY = "majority"
    """A share of the votes, given by the rule's threshold."""
    CONSENT = "consent"
    """Agreed unless a member raises a reasoned objection (sociocracy)."""
    DELEGATED = "delegated"
    """Left to one holder, such as the coordinator, within a scope."""


class VoteBase(LabelledEnum):
    """What a threshold is a share of."""

    FOR_AGAINST = "for_against"
    """The votes for and against: abstentions are not counted."""
    VOTES_CAST = "votes_cast"
    """Every vote cast, abstentions included."""
    PRESENT = "present"
    """The eligible partners present (or represented, as the rule's attendance says)."""
    ELIGIBLE = "eligible"
    """Every partner eligible to vote, present or not."""


class Attendance(LabelledEnum):
    """Who counts toward a quorum."""

    PRESENT = "present"
    """The eligible partners present in person."""
    PRESENT_OR_REPRESENTED = "present_or_represented"
    """Those present, and those represented by a proxy whose holder is present."""


class Rounding(LabelledEnum):
    """How a required number of votes is rounded when the share it comes from is not
    whole: two thirds of 7 is 14/3, which is 5 rounded up and 4 rounded down."""

    UP = "up"
    DOWN = "down"


class TieBreak(LabelledEnum):
    """What happens when as many vote for as against."""

    STATUS_QUO = "status_quo"
    """Nothing changes: the proposal is not adopted."""
    CHAIR = "chair"
    """The chair of the body has a casting vote: its own vote decides."""
    COORDINATOR = "coordinator"
    """The coordinator has a casting vote: its own vote decides."""
    NEW_VOTE = "new_vote"
    """The partners vote again: the tie decides nothing."""


class VetoHolders(LabelledEnum):
    """Who may veto a decision."""

    EVERY_PARTNER = "every_partner"
    """Every eligible partner."""
    CONCERNED_PARTNER = "concerned_partner"
    """The partners the decision concerns (``DecisionRecord.concerned``), such as the
    partner whose own budget it changes."""
    LISTED = "listed"
    """The partners the veto lists."""


@attrs.frozen(kw_only=True)
class Veto:
    """A right to block a decision by voting against it, with grounds if the rule says so."""

    holders: VetoHolders = attrs.field(
        default=VetoHolders.EVERY_PARTNER, validator=member_of(VetoHolders)
    )
    partners: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of the partners who hold it, when ``holders`` is ``LISTED``."""
    topics: tuple[Topic, ...] = attrs.field(default=(), validator=items_of(Topic))
    """The topics it covers; empty means every topic the rule governs."""
    grounds_required: bool = attrs.field(default=True, validator=flag)
    """Whether a veto counts only with its grounds written."""
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""


@attrs.frozen(kw_only=True)
class ProxyRule:
    """How a partner may be represented by another at a vote (procuration)."""

    most_per_holder: int | None = attrs.field(default=None, validator=optional_positive_int)
    """The most partners one holder may represent; ``None``: no limit."""
    holder_must_be_present: bool = attrs.field(default=True, validator=flag)
    """A proxy counts only when its holder is there to use it."""
    own_vote_overrides: bool = attrs.field(default=True, validator=flag)
    """A principal who votes itself sets its proxy aside."""
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""


@attrs.frozen(kw_only=True)
class WrittenProcedure:
    """Deciding without a meeting: the partners answer in writing within ``days``."""

    days: int = attrs.field(validator=positive_int)
    """How long the partners have to answer, from the day the proposal is sent."""
    unanimity: bool = attrs.field(default=True, validator=flag)
    """Whether it takes every eligible partner in favour (else the rule's majority)."""
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""


@attrs.frozen(kw_only=True)
class Weight:
    """How many votes one partner carries, when not one."""

    partner: str = attrs.field(validator=required_id)
    votes: int = attrs.field(validator=positive_int)


@attrs.frozen(kw_only=True)
class GoverningBody:
    """A body that decides, such as the comité de pilotage."""

    id: str = attrs.field(validator=required_id)
    name: str = attrs.field(validator=text)
    kind: BodyKind = attrs.field(
        default=BodyKind.STEERING_COMMITTEE, validator=member_of(BodyKind)
    )
    members: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of the member partners."""
    chair: str | None = attrs.field(default=None, validator=optional_id)
    meetings: Recurrence | None = attrs.field(
        default=None, validator=optional_instance_of(Recurrence)
    )
    """How often it meets."""
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""


@attrs.frozen(kw_only=True)
class DecisionRule:
    """How decisions on some topics are taken: by whom, with what quorum and majority.

    The eligible voters are ``voters`` if listed, else the members of ``body``, else
    every partner; less those ``excluded``, and less the partners a record says are
    recused. ``quorum`` is the share of the eligible who must attend (as ``attendance``
    counts them) and ``minimum_present`` a number of them; ``threshold`` is the share
    of ``threshold_base`` needed in favour, reached when the votes for are at least
    the required number or, with ``strict``, more than the share ("more than half":
    ``Fraction(1, 2)``, ``strict=True``). A required number that is not whole is
    rounded as ``rounding`` says, up unless told.
    """

    id: str = attrs.field(validator=required_id)
    mode: DecisionMode = attrs.field(validator=member_of(DecisionMode))
    body: str | None = attrs.field(default=None, validator=optional_id)
    """Id of the governing body that decides."""
    voters: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of the partners who vote, when not simply the body's members."""
    excluded: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of partners who do not vote under this rule, such as a partner in default."""
    weights: tuple[Weight, ...] = attrs.field(default=(), validator=items_of(Weight))
    """Votes carried by some partners; every other partner carries one."""
    delegate: str | None = attrs.field(default=None, validator=optional_id)
    """For a delegated decision: the partner or role that decides alone."""
    quorum: Fraction | None = attrs.field(default=None, validator=optional_fraction)
    minimum_present: int | None = attrs.field(default=None, validator=optional_non_negative_int)
    attendance: Attendance = attrs.field(
        default=Attendance.PRESENT_OR_REPRESENTED, validator=member_of(Attendance)
    )
    """Who counts toward the quorum and toward a ``PRESENT`` base."""
    quorum_by_weight: bool = attrs.field(default=False, validator=flag)
    """Whether the quorum counts votes carried (else partners)."""
    abstentions_in_quorum: bool = attrs.field(default=True, validator=flag)
    """Whether a partner who abstains counts toward the quorum."""
    threshold: Fraction | None = attrs.field(default=None, validator=optional_fraction)
    strict: bool = attrs.field(default=False, validator=flag)
    threshold_base: VoteBase = attrs.field(
        default=VoteBase.VOTES_CAST, validator=member_of(VoteBase)
    )
    minimum_in_favour: int | None = attrs.field(default=None, validator=optional_positive_int)
    """The fewest votes in favour, whatever the share: a quorum reached by abstentions
    does not let two votes decide."""
    rounding: Rounding = attrs.field(default=Rounding.UP, validator=member_of(Rounding))
    tie_break: TieBreak = attrs.field(default=TieBreak.STATUS_QUO, validator=member_of(TieBreak))
    veto: Veto | None = attrs.field(default=None, validator=optional_instance_of(Veto))
    proxies: ProxyRule | None = attrs.field(
        default=None, validator=optional_instance_of(ProxyRule)
    )
    """How a partner may be represented; ``None``: no proxies."""
    written: WrittenProcedure | None = attrs.field(
        default=None, validator=optional_instance_of(WrittenProcedure)
    )
    """How to decide without a meeting, when the rule allows it."""
    scope: tuple[Topic, ...] = attrs.field(default=(), validator=items_of(Topic))
    """The topics this rule governs; empty means every topic no other rule claims."""
    description: str | None = attrs.field(default=None, validator=optional_text)
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""
