"""The minutes of decisions (seed, tracing) and the DECIDE steps (annex 1).

A :class:`DecisionRecord` is the written trace of one decision: who was there, how
each voted, under which rule, with what outcome, and, when the partners follow the
DECIDE model, what they wrote at each of its six steps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

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
    optional_date,
    optional_id,
    optional_member_of,
    refusal,
    required_date,
    required_id,
    text,
)
from partnership_model._words import words
from partnership_model.decision_making import Topic
from partnership_model.i18n import LabelledEnum

__all__ = [
    "Ballot",
    "Choice",
    "DecideNote",
    "DecideStep",
    "DecisionRecord",
    "Outcome",
    "Proxy",
]


class DecideStep(LabelledEnum):
    """The six steps of the DECIDE model (Guo, 2008), in order."""

    DEFINE_PROBLEM = "define_problem"
    ESTABLISH_CRITERIA = "establish_criteria"
    CONSIDER_ALTERNATIVES = "consider_alternatives"
    IDENTIFY_BEST = "identify_best"
    DEVELOP_PLAN = "develop_plan"
    EVALUATE_SOLUTION = "evaluate_solution"


class Choice(LabelledEnum):
    """How one partner votes."""

    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


class Outcome(LabelledEnum):
    """What became of a proposal."""

    ADOPTED = "adopted"
    REJECTED = "rejected"
    POSTPONED = "postponed"


@attrs.frozen(kw_only=True)
class Ballot:
    """How one partner voted, itself or through the holder of its proxy.

    A veto is a vote against that blocks the decision when the rule gives the partner
    a veto on the topic; ``grounds`` says why.
    """

    partner: str = attrs.field(validator=required_id)
    choice: Choice = attrs.field(validator=member_of(Choice))
    holder: str | None = attrs.field(default=None, validator=optional_id)
    """Id of the partner who cast it by proxy; ``None`` when the partner voted itself."""
    veto: bool = attrs.field(default=False, validator=flag)
    grounds: str = attrs.field(default="", validator=text)
    """Why the partner vetoes."""
    cast_on: dt.date | None = attrs.field(default=None, validator=optional_date)
    """When it was cast, for a vote open over several days (a written procedure)."""

    def __attrs_post_init__(self) -> None:
        if self.veto and self.choice is not Choice.AGAINST:
            raise refusal(
                "Ballot.veto", self.veto, words("refusal.veto-not-against", choice=self.choice)
            )
        if self.holder is not None and self.holder == self.partner:
            raise refusal("Ballot.holder", self.holder, words("refusal.own-proxy"))


@attrs.frozen(kw_only=True)
class Proxy:
    """One partner represented at a meeting by another, who holds its proxy."""

    principal: str = attrs.field(validator=required_id)
    """Id of the partner represented."""
    holder: str = attrs.field(validator=required_id)
    """Id of the partner who represents it."""

    def __attrs_post_init__(self) -> None:
        if self.holder == self.principal:
            raise refusal("Proxy.holder", self.holder, words("refusal.own-proxy"))


@attrs.frozen(kw_only=True)
class DecideNote:
    """What was written at one DECIDE step of a decision."""

    step: DecideStep = attrs.field(validator=member_of(DecideStep))
    text: str = attrs.field(validator=text)


@attrs.frozen(kw_only=True)
class DecisionRecord:
    """The minutes of one decision."""

    id: str = attrs.field(validator=required_id)
    date: dt.date = attrs.field(validator=required_date)
    title: str = attrs.field(validator=text)
    decision: str = attrs.field(default="", validator=text)
    """What was decided, in the partners' words."""
    topic: Topic | None = attrs.field(default=None, validator=optional_member_of(Topic))
    body: str | None = attrs.field(default=None, validator=optional_id)
    """Id of the governing body that took it."""
    rule: str | None = attrs.field(default=None, validator=optional_id)
    """Id of the decision rule applied."""
    present: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of the partners present in person."""
    represented: tuple[Proxy, ...] = attrs.field(default=(), validator=items_of(Proxy))
    """The partners represented by the holder of their proxy."""
    recused: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of partners who do not vote on this decision (a conflict of interest)."""
    concerned: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of the partners the decision concerns, for a veto held by the partner concerned."""
    written: bool = attrs.field(default=False, validator=flag)
    """Decided without a meeting, by the rule's written procedure."""
    closes_on: dt.date | None = attrs.field(default=None, validator=optional_date)
    """The last day a ballot counts; a ballot cast later is set aside."""
    ballots: tuple[Ballot, ...] = attrs.field(default=(), validator=items_of(Ballot))
    outcome: Outcome | None = attrs.field(default=None, validator=optional_member_of(Outcome))
    decide: tuple[DecideNote, ...] = attrs.field(default=(), validator=items_of(DecideNote))
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""
