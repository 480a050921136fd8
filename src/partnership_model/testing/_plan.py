"""Strategies of PLAN: the steps of the timeline, dated within a period.

Private to :mod:`partnership_model.testing.strategies`, which exports the strategies.
The days a date within a period is drawn from (:func:`bounds`) serve the evaluation
moments too.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model.planning import Period, Step, StepKind, Timeline
from partnership_model.testing import _values as values
from partnership_model.testing._digits import distinct, readers
from partnership_model.testing._items import Ids, Known, reference

__all__ = ["steps", "timelines"]


def check_within(function: str, within: Period | None) -> Period | None:
    if within is not None and not isinstance(within, Period):
        raise InvalidArgument(f"{function}(within={within!r}): expected a Period, or None")
    return within


def bounds(within: Period | None) -> tuple[dt.date, dt.date]:
    """The days a date within the period is drawn from: its known bounds, else ten years
    from the one known, else any day."""
    start = within.start if within is not None and within.start is not None else None
    end = within.end if within is not None and within.end is not None else None
    if start is None:
        start = (
            values.MIN_DAY if end is None else max(values.MIN_DAY, end - dt.timedelta(days=3650))
        )
    if end is None:
        end = start + dt.timedelta(days=3650)
    return start, end


def draw_steps(
    draw: st.DrawFn, partners: Known, within: Period | None, least: int, most: int
) -> tuple[Step, ...]:
    """Steps in drawn order, each depending only on earlier ones that end before it."""
    first, last = bounds(within)
    items = readers(draw, 27, least, most)
    keys = distinct([reader.identifier() for reader in items])
    drawn: list[Step] = []
    for key, digits in zip(keys, items, strict=True):
        dated = digits.flag() or within is not None
        start, end = digits.span(first, last) if dated else (None, None)
        earlier = tuple(
            step.id
            for step in drawn
            if start is not None and step.planned.end is not None and step.planned.end <= start
        )
        drawn.append(
            Step(
                id=key,
                title=digits.name(),
                kind=digits.member(StepKind),
                description=digits.free_text(),
                planned=Period(start=start, end=end),
                owner=reference(digits, partners),
                depends_on=digits.choose(earlier, least=0, most=2),
                recurrence=digits.optional(digits.recurrence),
                authority=digits.optional_name(),
                needs_authorisation=digits.flag(),
                lead_days=digits.optional(digits.days),
                extensions=digits.extensions(),
            )
        )
    return tuple(drawn)


def steps(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    partner_ids: Ids = None,
    within: Period | None = None,
) -> st.SearchStrategy[tuple[Step, ...]]:
    """Timeline steps, project and administrative, dated within the period ``within``
    (when given), owned by one of ``partner_ids``. A step depends only on earlier steps
    that end before it starts, so dependencies never go round in a circle."""
    known = values.check_ids("steps", "partner_ids", partner_ids)
    within = check_within("steps", within)
    values.check_sizes("steps", min_size, max_size)
    most = values.sized_bound(min_size, max_size)
    return values.drawing(lambda draw: draw_steps(draw, known, within, min_size, most))


def timelines(
    *, steps: st.SearchStrategy[tuple[Step, ...]] | None = None
) -> st.SearchStrategy[Timeline]:
    """The one timeline of a project's steps and its administrative steps."""
    values.check_strategy("timelines", "steps", steps)
    return st.builds(Timeline, steps=steps if steps is not None else _steps_strategy(max_size=4))


_steps_strategy = steps
