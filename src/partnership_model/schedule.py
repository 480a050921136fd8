"""What is due and what is late (seed §3, PLAN): queries over the
timeline, the evaluation moments, the governing bodies' meetings, the communication
actions and the reporting duties of a convention or a dossier.

Pure functions of the model and a day: the day is always an argument, never the clock.
Every expansion is bounded: a recurrence is looked at from the day its item starts to
the last day asked about, never more than :data:`~partnership_model.planning.HORIZON_YEARS`
ahead, and a query that would list more than its ``limit`` of occurrences says so
instead of growing without end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from partnership_model._recurrence import MAX_OCCURRENCES, dates
from partnership_model.communication import Audience, CommunicationAction
from partnership_model.convention import Convention
from partnership_model.dossier import Dossier
from partnership_model.errors import InvalidValueError
from partnership_model.evaluation import EvaluationMoment
from partnership_model.i18n import LabelledEnum
from partnership_model.planning import Recurrence, Step

__all__ = [
    "Agenda",
    "AudiencePlan",
    "Occurrence",
    "OccurrenceKind",
    "agenda",
    "communication_plan",
    "occurrences",
]


class OccurrenceKind(LabelledEnum):
    """What happens on a day of the plan."""

    STEP = "step"
    EVALUATION = "evaluation"
    MEETING = "meeting"
    COMMUNICATION = "communication"
    REPORTING = "reporting"


@attrs.frozen(kw_only=True)
class Occurrence:
    """One thing of the plan on its days: a step over its planned period (or one day of
    a recurring step), an evaluation moment, a meeting of a governing body, a
    communication action, a report owed to a funder.

    ``item`` is the id of what happens, ``path`` where it is in the document
    (``$.convention.timeline.steps[2]``), ``owner`` the partner who sees to it.
    """

    start: dt.date
    end: dt.date
    kind: OccurrenceKind
    item: str
    title: str
    path: str
    owner: str | None = None
    done: bool = False
    """Whether it is known to have happened: a step with an actual end, an evaluation
    moment with a report in the dossier."""

    def to_dict(self) -> dict[str, object]:
        """The occurrence as JSON values, for an application or ``agenda --format json``."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "kind": self.kind.value,
            "item": self.item,
            "title": self.title,
            "path": self.path,
            "owner": self.owner,
            "done": self.done,
        }


def _check_day(name: str, value: object) -> dt.date:
    if type(value) is not dt.date:
        raise InvalidValueError(name, value, "expected a datetime.date (a day, not an instant)")
    return value


def _check_limit(name: str, value: object) -> int:
    if type(value) is not int or value < 0:
        raise InvalidValueError(name, value, "expected a whole number, zero or more")
    return value


def _text(
    function: str, source: Convention | Dossier, on: dt.date
) -> tuple[Convention, Dossier | None]:
    """The convention to read on ``on``: a dossier's text in force that day (its first
    text before any amendment took effect), or the convention itself."""
    if isinstance(source, Dossier):
        return source.in_force(on), source
    if isinstance(source, Convention):
        return source, None
    raise InvalidValueError(f"{function}(source)", source, "expected a Convention or a Dossier")


class _Window:
    """The days from ``first`` to ``last``, and the occurrences found in them, never
    more than ``limit``."""

    def __init__(self, function: str, first: dt.date, last: dt.date, limit: int) -> None:
        if last < first:
            raise InvalidValueError(
                f"{function}(end)", last, f"the end comes before the start ({first.isoformat()})"
            )
        self.function, self.first, self.last, self.limit = function, first, last, limit
        self.found: list[Occurrence] = []

    def add(self, occurrence: Occurrence) -> None:
        if occurrence.end < self.first or occurrence.start > self.last:
            return
        if len(self.found) == self.limit:
            raise InvalidValueError(
                f"{self.function}(limit)",
                self.limit,
                f"more occurrences than that from {self.first.isoformat()} to "
                f"{self.last.isoformat()}: ask about fewer days or give a larger limit=",
            )
        self.found.append(occurrence)

    def days(
        self, recurrence: Recurrence, start: dt.date, until: dt.date | None
    ) -> Iterator[dt.date]:
        """The days of ``recurrence`` from ``start`` that fall in the window, none after
        ``until``: looked at from ``start``, so in time bounded by the days between."""
        last = self.last if until is None else min(until, self.last)
        if last < start:
            return
        for day in dates(recurrence.parts, start, last, cap=_LOOKED_AT):
            if day >= self.first:
                yield day

    def sorted(self) -> tuple[Occurrence, ...]:
        return tuple(sorted(self.found, key=_order))


_LOOKED_AT = 400 * 366
"""The most days of one recurrence an expansion walks: one a day for
:data:`~partnership_model.planning.HORIZON_YEARS`."""

_KIND_ORDER = {kind: at for at, kind in enumerate(OccurrenceKind)}


def _order(occurrence: Occurrence) -> tuple[dt.date, dt.date, int, str]:
    return occurrence.start, occurrence.end, _KIND_ORDER[occurrence.kind], occurrence.item


@attrs.frozen
class _Planned:
    """What happens, whatever the day: an item of the plan and where it is."""

    kind: OccurrenceKind
    item: str
    title: str
    path: str
    owner: str | None = None

    def on(self, first: dt.date, last: dt.date | None = None, *, done: bool = False) -> Occurrence:
        return Occurrence(
            start=first,
            end=first if last is None else last,
            kind=self.kind,
            item=self.item,
            title=self.title,
            path=self.path,
            owner=self.owner,
            done=done,
        )


def _step(at: int, step: Step) -> _Planned:
    path = f"$.convention.timeline.steps[{at}]"
    return _Planned(OccurrenceKind.STEP, step.id, step.title, path, step.owner)


def _moment(at: int, moment: EvaluationMoment) -> _Planned:
    path = f"$.convention.evaluation.moments[{at}]"
    return _Planned(OccurrenceKind.EVALUATION, moment.id, moment.title, path)


def _action(at: int, action: CommunicationAction) -> _Planned:
    path = f"$.convention.communication.actions[{at}]"
    return _Planned(
        OccurrenceKind.COMMUNICATION, action.id, action.description, path, action.owner
    )


def _step_occurrences(window: _Window, convention: Convention, at: int, step: Step) -> None:
    """A step over its planned days; a recurring one on each of its days, from its start
    (or the convention's) to its end (or the convention's)."""
    planned, said = step.planned, _step(at, step)
    if step.recurrence is not None:
        start = planned.start or convention.period.start
        if start is not None:
            until = planned.end or convention.period.end
            for day in window.days(step.recurrence, start, until):
                window.add(said.on(day, done=step.is_done))
        return
    first, last = planned.start or planned.end, planned.end or planned.start
    if first is not None and last is not None:
        window.add(said.on(first, last, done=step.is_done))


def _collect(window: _Window, convention: Convention, dossier: Dossier | None) -> None:
    period = convention.period
    for at, step in enumerate(convention.timeline.steps):
        _step_occurrences(window, convention, at, step)
    reported = {r.moment for r in dossier.evaluation_reports} if dossier is not None else set()
    for at, moment in enumerate(convention.evaluation.moments):
        if moment.date is not None:
            window.add(_moment(at, moment).on(moment.date, done=moment.id in reported))
    for at, body in enumerate(convention.governing_bodies):
        if body.meetings is not None and period.start is not None:
            path = f"$.convention.governing_bodies[{at}]"
            meeting = _Planned(OccurrenceKind.MEETING, body.id, body.name, path, body.chair)
            for day in window.days(body.meetings, period.start, period.end):
                window.add(meeting.on(day))
    _collect_actions(window, convention)
    for at, duty in enumerate(convention.funds.reporting):
        if duty.due is not None:
            path = f"$.convention.funds.reporting[{at}]"
            title = duty.description or duty.recipient
            holder = convention.funds.holder
            window.add(
                _Planned(OccurrenceKind.REPORTING, duty.id, title, path, holder).on(duty.due)
            )


def _collect_actions(window: _Window, convention: Convention) -> None:
    """The days of the communication actions: a one-off action on its day; a recurring
    one from its day, or else from the convention's start, to the convention's end."""
    period = convention.period
    for at, action in enumerate(convention.communication.actions):
        said = _action(at, action)
        if action.frequency is None:
            if action.date is not None:
                window.add(said.on(action.date))
            continue
        start = action.date or period.start
        if start is not None:
            for day in window.days(action.frequency, start, period.end):
                window.add(said.on(day))


def occurrences(
    source: Convention | Dossier,
    start: dt.date,
    end: dt.date,
    *,
    limit: int = MAX_OCCURRENCES,
) -> tuple[Occurrence, ...]:
    """Everything the plan holds from ``start`` to ``end`` (both included), in order of
    day: steps, evaluation moments, meetings of the governing bodies, communication
    actions and reports owed, recurrences expanded.

    A dossier is read in the text in force on ``start``. Raises
    :class:`~partnership_model.errors.InvalidValueError` when there are more than
    ``limit`` occurrences, rather than listing without end.
    """
    _check_day("occurrences(start)", start)
    _check_day("occurrences(end)", end)
    window = _Window("occurrences", start, end, _check_limit("occurrences(limit)", limit))
    convention, dossier = _text("occurrences", source, start)
    _collect(window, convention, dossier)
    return window.sorted()


@attrs.frozen(kw_only=True)
class Agenda:
    """What is due from ``on`` to ``until`` and what is late on ``on``.

    ``due`` holds what happens in those days and is not yet done; ``overdue`` what
    should have been finished before ``on`` and is not: steps whose planned end has
    passed without an actual end, evaluation moments passed without a report. No
    occurrence is in both.
    """

    on: dt.date
    until: dt.date
    due: tuple[Occurrence, ...]
    overdue: tuple[Occurrence, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "on": self.on.isoformat(),
            "until": self.until.isoformat(),
            "due": [occurrence.to_dict() for occurrence in self.due],
            "overdue": [occurrence.to_dict() for occurrence in self.overdue],
        }


def agenda(
    source: Convention | Dossier,
    *,
    on: dt.date,
    days: int = 28,
    limit: int = MAX_OCCURRENCES,
) -> Agenda:
    """What is due in the ``days`` days from ``on`` (``on`` included), and what is late.

    A dossier is read in the text in force on ``on``; an evaluation moment counts as done
    once the dossier holds its report. A step is late only once (not once per
    recurrence): when its planned end has passed without an actual end.
    """
    _check_day("agenda(on)", on)
    if type(days) is not int or days < 1:
        raise InvalidValueError("agenda(days)", days, "expected a whole number, one or more")
    try:
        until = on + dt.timedelta(days=days - 1)
    except OverflowError:
        until = dt.date.max
    window = _Window("agenda", on, until, _check_limit("agenda(limit)", limit))
    convention, dossier = _text("agenda", source, on)
    _collect(window, convention, dossier)
    due = tuple(o for o in window.sorted() if not o.done and o.end >= on)
    late = [
        _step(at, step).on(step.planned.start or step.planned.end, step.planned.end)
        for at, step in enumerate(convention.timeline.steps)
        if step.planned.end is not None and step.planned.end < on and not step.is_done
    ]
    if dossier is not None:
        reported = {report.moment for report in dossier.evaluation_reports}
        late.extend(
            _moment(at, moment).on(moment.date)
            for at, moment in enumerate(convention.evaluation.moments)
            if moment.date is not None and moment.date < on and moment.id not in reported
        )
    # A step that began before ``on`` and ends on or after it is due, not late.
    return Agenda(on=on, until=until, due=due, overdue=tuple(sorted(late, key=_order)))


@attrs.frozen(kw_only=True)
class AudiencePlan:
    """The communication towards one audience: its actions, and their days from
    ``start`` to ``end``."""

    audience: Audience
    actions: tuple[CommunicationAction, ...]
    occurrences: tuple[Occurrence, ...]


def communication_plan(
    convention: Convention, start: dt.date, end: dt.date, *, limit: int = MAX_OCCURRENCES
) -> tuple[AudiencePlan, ...]:
    """The communication plan per audience, the four of the seed in its order (public,
    professionals, institutions, informal contacts): each audience's actions, their
    channel, frequency and owner, and what is due when from ``start`` to ``end``. An
    audience nobody addresses has no action and no day."""
    if not isinstance(convention, Convention):
        raise InvalidValueError(
            "communication_plan(convention)", convention, "expected a Convention"
        )
    _check_day("communication_plan(start)", start)
    _check_day("communication_plan(end)", end)
    window = _Window(
        "communication_plan", start, end, _check_limit("communication_plan(limit)", limit)
    )
    towards: dict[Audience, list[Occurrence]] = {audience: [] for audience in Audience}
    _collect_actions(window, convention)
    actions = convention.communication.actions
    for occurrence in window.sorted():
        towards[actions[_position(occurrence.path)].audience].append(occurrence)
    return tuple(
        AudiencePlan(
            audience=audience,
            actions=convention.communication.towards(audience),
            occurrences=tuple(towards[audience]),
        )
        for audience in Audience
    )


def _position(path: str) -> int:
    return int(path[path.rindex("[") + 1 : -1])
