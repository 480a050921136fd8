"""Whether the plan holds (seed §3, PLAN): the earliest schedule its dependencies allow,
each step's slack against the convention's end, the critical path, and the steps planned
to start before what they wait for allows (a step not yet done, an authority's answer
not yet come).

Pure functions of the convention: every walk goes over each step and each dependency a
fixed number of times, and days are counted as whole numbers from the schedule's start,
so that no lead time, however large, can push a date past the last one Python holds.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Sequence

import attrs

from partnership_model._waiting import planned_waits, positions
from partnership_model.convention import Convention
from partnership_model.errors import InvalidValueError
from partnership_model.planning import Step

__all__ = ["EarlyStart", "Schedule", "ScheduledStep", "earliest_schedule", "early_starts"]


@attrs.frozen(kw_only=True)
class EarlyStart:
    """A step planned to start before what it waits for allows: before a step it depends
    on ends, or, after an administrative step, before the days its authority takes
    (``lead_days``) have passed."""

    step: str
    dependency: str
    starts: dt.date
    """The step's planned start."""
    ready: dt.date | None
    """The first day it could start: the dependency's planned end, plus its lead days;
    ``None`` when that is past the last day a date can be."""
    short_by: int
    """How many days too early it starts."""
    lead_days: int
    administrative: bool
    """Whether the dependency is an administrative step and the step a project step."""


def _after(day: dt.date, days: int) -> dt.date | None:
    """``days`` days after ``day``, or None past the last day a date can be."""
    if days > (dt.date.max - day).days:
        return None
    return day + dt.timedelta(days=days)


def early_starts(convention: Convention) -> tuple[EarlyStart, ...]:
    """Every dependency a step's planned start does not respect, in timeline order: the
    step starts before the step it depends on ends (it may start on that day), or before
    that end plus the dependency's ``lead_days``. A step that depends on itself, a
    dependency on an unknown step and undated ends are left out."""
    steps = convention.timeline.steps
    return tuple(
        EarlyStart(
            step=wait.step.id,
            dependency=wait.dependency.id,
            starts=wait.starts,
            ready=_after(wait.ends, wait.lead),
            short_by=wait.lead - wait.gap,
            lead_days=wait.lead,
            administrative=wait.administrative,
        )
        for wait in planned_waits(steps, positions(steps))
        if wait.gap < wait.lead
    )


@attrs.frozen(kw_only=True)
class ScheduledStep:
    """A step in the earliest schedule its dependencies allow.

    ``days`` is its planned length. ``earliest_start`` and ``earliest_end`` are the
    soonest it can run once what it waits for is done; ``latest_start`` and
    ``latest_end`` the latest that still lets every step after it end by the schedule's
    end; ``slack`` the days between (negative when the plan cannot hold by that end).
    """

    step: str
    days: int
    planned_start: dt.date
    earliest_start: dt.date
    earliest_end: dt.date
    latest_start: dt.date
    latest_end: dt.date
    slack: int
    critical: bool


@attrs.frozen(kw_only=True)
class Schedule:
    """The earliest schedule of the dated steps.

    ``end`` is the day every step must be done by: the convention's end, or, without
    one, the day the last step could end at the earliest. ``critical_path`` is a chain
    of steps, each waiting for the one before, with the least slack: delay one and the
    whole plan ends later. ``unscheduled`` holds the steps left out: undated ones, those
    in a dependency cycle and those waiting for them.
    """

    start: dt.date | None
    end: dt.date | None
    steps: tuple[ScheduledStep, ...]
    critical_path: tuple[str, ...]
    unscheduled: tuple[str, ...]

    def step(self, step_id: str) -> ScheduledStep | None:
        return next((s for s in self.steps if s.step == step_id), None)


def _dated_order(steps: Sequence[Step]) -> tuple[list[int], list[list[tuple[int, int]]]]:
    """The positions of the dated steps in an order where each comes after every dated
    step it depends on (Kahn's, O(steps + dependencies)), and each step's dependencies
    as (position, lead days). Steps in a cycle, waiting for one, or waiting for an
    undated step are left out of the order."""
    index = positions(steps)
    dated = [s.planned.start is not None and s.planned.end is not None for s in steps]
    waits: list[list[tuple[int, int]]] = [[] for _ in steps]
    blocked = [not d for d in dated]
    for at, step in enumerate(steps):
        for dependency_id in dict.fromkeys(step.depends_on):
            position = index.get(dependency_id)
            if position is None:
                continue
            waits[at].append((position, steps[position].lead_days or 0))
    waiting_on: list[list[int]] = [[] for _ in steps]
    pending = [0] * len(steps)
    for at, dependencies in enumerate(waits):
        for position, _ in dependencies:
            waiting_on[position].append(at)
            pending[at] += 1
    ready = [at for at in range(len(steps)) if pending[at] == 0]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        at = heapq.heappop(ready)
        if blocked[at]:
            for waiting in waiting_on[at]:
                blocked[waiting] = True
        else:
            order.append(at)
        for waiting in waiting_on[at]:
            pending[waiting] -= 1
            if pending[waiting] == 0:
                heapq.heappush(ready, waiting)
    return order, waits


def earliest_schedule(convention: Convention) -> Schedule:
    """The earliest each dated step can start and end, given what it waits for, each
    step keeping its planned length; how late it may start without pushing the end
    (its slack) and the critical path.

    The schedule starts on the convention's start, or without one on the earliest
    planned start. A step may start on the day a step it waits for ends, or that many
    ``lead_days`` later when that step is administrative and says so. When the plan
    respects its dependencies and its period, no step starts later in this schedule than
    planned.
    """
    if not isinstance(convention, Convention):
        raise InvalidValueError(
            "earliest_schedule(convention)", convention, "expected a Convention"
        )
    steps = convention.timeline.steps
    order, waits = _dated_order(steps)
    if not order:
        return Schedule(
            start=convention.period.start,
            end=convention.period.end,
            steps=(),
            critical_path=(),
            unscheduled=tuple(step.id for step in steps),
        )
    planned = {at: _planned_days(steps[at]) for at in order}
    base = convention.period.start or min(first for first, _ in planned.values())
    length = {at: (last - first).days for at, (first, last) in planned.items()}
    # Days are counted from ``base`` as whole numbers, so that no date arithmetic can
    # pass the last day a date can be.
    early_start: dict[int, int] = {}
    early_end: dict[int, int] = {}
    for at in order:
        start = max((early_end[waited] + lead for waited, lead in waits[at]), default=0)
        early_start[at], early_end[at] = start, start + length[at]
    finish = max(early_end.values())
    end = convention.period.end
    end_day = finish if end is None else (end - base).days
    dependents: dict[int, list[tuple[int, int]]] = {at: [] for at in order}
    for at in order:
        for waited, lead in waits[at]:
            dependents[waited].append((at, lead))
    late_start: dict[int, int] = {}
    late_end: dict[int, int] = {}
    for at in reversed(order):
        latest = min((late_start[w] - lead for w, lead in dependents[at]), default=end_day)
        late_end[at], late_start[at] = latest, latest - length[at]
    slack = {at: late_start[at] - early_start[at] for at in order}
    least = min(slack.values())
    critical = {at for at in order if slack[at] == least}
    scheduled = tuple(
        ScheduledStep(
            step=steps[at].id,
            days=length[at] + 1,
            planned_start=planned[at][0],
            earliest_start=_day(base, early_start[at]),
            earliest_end=_day(base, early_end[at]),
            latest_start=_day(base, late_start[at]),
            latest_end=_day(base, late_end[at]),
            slack=slack[at],
            critical=at in critical,
        )
        for at in sorted(order)
    )
    chain = _critical_chain(order, waits, critical, early_start, early_end)
    in_order = set(order)
    return Schedule(
        start=base,
        end=end if end is not None else _day(base, finish),
        steps=scheduled,
        critical_path=tuple(steps[at].id for at in chain),
        unscheduled=tuple(step.id for at, step in enumerate(steps) if at not in in_order),
    )


def _planned_days(step: Step) -> tuple[dt.date, dt.date]:
    """The planned start and end of a step the schedule holds, which are both known."""
    first, last = step.planned.start, step.planned.end
    assert first is not None  # only dated steps are in the order  # noqa: S101
    assert last is not None  # noqa: S101
    return first, last


def _day(base: dt.date, offset: int) -> dt.date:
    """The day ``offset`` days from ``base``, held within the days a date can be."""
    if offset >= (dt.date.max - base).days:
        return dt.date.max
    if offset <= -(base - dt.date.min).days:
        return dt.date.min
    return base + dt.timedelta(days=offset)


def _critical_chain(
    order: list[int],
    waits: list[list[tuple[int, int]]],
    critical: set[int],
    early_start: dict[int, int],
    early_end: dict[int, int],
) -> list[int]:
    """From the critical step that ends last (of two, the one that waits for the other),
    back through the critical steps it waits
    for with no day to spare, to one that waits for none."""
    rank = {at: place for place, at in enumerate(order)}
    last = max(critical, key=lambda at: (early_end[at], rank[at]))
    chain = [last]
    while True:
        at = chain[-1]
        before = [
            waited
            for waited, lead in waits[at]
            if waited in critical and early_end[waited] + lead == early_start[at]
        ]
        if not before:
            break
        chain.append(min(before))
    chain.reverse()
    return chain
