"""What to do in case of conflict (seed, CLARIFY): the steps of escalation, in order;
the record of a conflict as it climbs them, and where it stands on a day."""

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
    id_tuple,
    items_of,
    member_of,
    optional_date,
    optional_positive_int,
    optional_text,
    positive_int,
    refusal,
    required_date,
    required_id,
    text,
)
from partnership_model._words import words
from partnership_model.errors import InvalidValueError
from partnership_model.i18n import LabelledEnum

__all__ = [
    "ConflictProcedure",
    "ConflictRecord",
    "ConflictStep",
    "Escalation",
    "EscalationAction",
    "EscalationStep",
    "escalation",
]


class EscalationAction(LabelledEnum):
    """What happens at one step of a conflict procedure, from talk to court."""

    BILATERAL_TALK = "bilateral_talk"
    COORDINATOR = "coordinator"
    GOVERNING_BODY = "governing_body"
    MEDIATION = "mediation"
    INSTITUTION = "institution"
    ARBITRATION = "arbitration"
    COURT = "court"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class EscalationStep:
    """One step of a conflict procedure, tried in order, within its time limit."""

    action: EscalationAction = attrs.field(validator=member_of(EscalationAction))
    description: str = attrs.field(default="", validator=text)
    handled_by: str | None = attrs.field(default=None, validator=optional_text)
    """Who leads the step: a partner, a body or an outside mediator, by name or id."""
    time_limit_days: int | None = attrs.field(default=None, validator=optional_positive_int)


@attrs.frozen(kw_only=True)
class ConflictProcedure:
    """What to do in case of conflict: the escalation steps, in order."""

    steps: tuple[EscalationStep, ...] = attrs.field(default=(), validator=items_of(EscalationStep))


@attrs.frozen(kw_only=True)
class ConflictStep:
    """One step of the procedure a conflict went to: which (its number, from 1), when it
    started and, once over, when it ended and with what result."""

    step: int = attrs.field(validator=positive_int)
    started_on: dt.date = attrs.field(validator=required_date)
    ended_on: dt.date | None = attrs.field(default=None, validator=optional_date)
    result: str = attrs.field(default="", validator=text)

    def __attrs_post_init__(self) -> None:
        if self.ended_on is not None and self.ended_on < self.started_on:
            raise refusal(
                "ConflictStep.ended_on",
                self.ended_on,
                words("refusal.step-ends-early", start=self.started_on.isoformat()),
            )


@attrs.frozen(kw_only=True)
class ConflictRecord:
    """A conflict between partners, as it climbs the convention's procedure."""

    id: str = attrs.field(validator=required_id)
    opened_on: dt.date = attrs.field(validator=required_date)
    parties: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of the partners in conflict."""
    subject: str = attrs.field(default="", validator=text)
    steps: tuple[ConflictStep, ...] = attrs.field(default=(), validator=items_of(ConflictStep))
    """The steps of the procedure taken, in the order they were taken."""
    settled_on: dt.date | None = attrs.field(default=None, validator=optional_date)
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""


@attrs.frozen(kw_only=True)
class Escalation:
    """Where a conflict stands on a day under the procedure.

    ``step`` is the number of the step it is at (``None`` before the first is taken, or
    when the procedure has none); ``deadline`` the last day of that step's time limit;
    ``next_may_start`` the first day the next step may be taken (the day after the
    current one ended, else after its time limit, else ``None``: not yet known).
    """

    on: dt.date
    settled: bool
    step: int | None
    current: EscalationStep | None
    started_on: dt.date | None
    deadline: dt.date | None
    overdue: bool
    """The current step's time limit has passed and the step is not over."""
    next_step: EscalationStep | None
    next_may_start: dt.date | None


def escalation(
    procedure: ConflictProcedure, conflict: ConflictRecord, *, on: dt.date
) -> Escalation:
    """Where ``conflict`` stands on the day ``on``: which step applies now, until when,
    whether its time limit has passed, and when the next step may start.

    Only the steps taken by ``on`` count, so the answer for a past day is what the
    partners could see then. Pure: the day is an argument, never the clock.
    """
    if type(on) is not dt.date:
        raise InvalidValueError("escalation(on)", on, "expected a datetime.date (a day)")
    steps = procedure.steps
    taken = [step for step in conflict.steps if step.started_on <= on]
    settled = conflict.settled_on is not None and conflict.settled_on <= on
    if not taken:
        first = steps[0] if steps else None
        return Escalation(
            on=on,
            settled=settled,
            step=None,
            current=None,
            started_on=None,
            deadline=None,
            overdue=False,
            next_step=None if settled else first,
            next_may_start=None if settled or first is None else conflict.opened_on,
        )
    latest = taken[-1]
    known = 1 <= latest.step <= len(steps)
    current = steps[latest.step - 1] if known else None
    limit = current.time_limit_days if current is not None else None
    deadline = None if limit is None else _days_on(latest.started_on, limit - 1)
    ended = latest.ended_on is not None and latest.ended_on <= on
    if ended and latest.ended_on is not None:
        next_may_start: dt.date | None = _days_on(latest.ended_on, 1)
    else:
        next_may_start = None if deadline is None else _days_on(deadline, 1)
    following = steps[latest.step] if known and latest.step < len(steps) else None
    return Escalation(
        on=on,
        settled=settled,
        step=latest.step,
        current=current,
        started_on=latest.started_on,
        deadline=deadline,
        overdue=not settled and not ended and deadline is not None and on > deadline,
        next_step=None if settled else following,
        next_may_start=None if settled or following is None else next_may_start,
    )


def _days_on(day: dt.date, days: int) -> dt.date | None:
    """The day ``days`` after ``day``; None past the calendar's last day, which a time
    limit of millions of years reaches: such a limit never passes."""
    if days > (dt.date.max - day).days:
        return None
    return day + dt.timedelta(days=days)
