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
    optional_text,
    required_id,
    text,
)
from partnership_model.i18n import LabelledEnum
from partnership_model.planning import Recurrence

__all__ = ["BodyKind", "DecisionMode", "DecisionRule", "GoverningBody", "Topic", "VoteBase"]


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

    VOTES_CAST = "votes_cast"
    PRESENT = "present"
    MEMBERS = "members"


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

    ``quorum`` is the share of the voters who must take part and ``minimum_present``
    an absolute number; ``threshold`` is the share of ``threshold_base`` needed in
    favour, reached when the share is at least the threshold or, with ``strict``,
    above it ("more than half": ``Fraction(1, 2)``, ``strict=True``).
    """

    id: str = attrs.field(validator=required_id)
    mode: DecisionMode = attrs.field(validator=member_of(DecisionMode))
    body: str | None = attrs.field(default=None, validator=optional_id)
    """Id of the governing body that decides."""
    voters: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of the partners who vote, when not simply the body's members."""
    delegate: str | None = attrs.field(default=None, validator=optional_id)
    """For a delegated decision: the partner or role that decides alone."""
    quorum: Fraction | None = attrs.field(default=None, validator=optional_fraction)
    minimum_present: int | None = attrs.field(default=None, validator=optional_non_negative_int)
    threshold: Fraction | None = attrs.field(default=None, validator=optional_fraction)
    strict: bool = attrs.field(default=False, validator=flag)
    threshold_base: VoteBase = attrs.field(
        default=VoteBase.VOTES_CAST, validator=member_of(VoteBase)
    )
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
