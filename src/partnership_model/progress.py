"""Where are we against our targets? Progress of the indicators (seed §3, EVALUATE).

``progress(indicator, measurements, on=day)`` reads the latest measurement of an
indicator on a day and says how far it has come from its baseline towards its target,
as an exact fraction, whether the target is met, and the trend since the measurement
before. Pure: the day is an argument, never the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

import attrs

from partnership_model.convention import Convention
from partnership_model.dossier import Dossier
from partnership_model.errors import InvalidValueError
from partnership_model.evaluation import Measurement
from partnership_model.i18n import LabelledEnum
from partnership_model.objectives import Direction, Indicator, Objective
from partnership_model.text import other_unit

__all__ = ["Progress", "Trend", "indicator_progress", "objective_progress", "progress"]


class Trend(LabelledEnum):
    """How an indicator moved since the measurement before, in its own direction."""

    IMPROVING = "improving"
    STEADY = "steady"
    WORSENING = "worsening"


@attrs.frozen(kw_only=True)
class Progress:
    """An indicator on a day: its latest value and how far it has come.

    ``share`` is the way from the baseline to the target covered, exactly: 0 at the
    baseline, 1 at the target, above 1 beyond it, below 0 when it went the wrong way.
    It is ``None`` without a value, a baseline or a target, for an indicator meant to
    stay where it is (``MAINTAIN``), and when the baseline is the target (then ``met``
    alone says it). ``met`` is ``None`` without a value or a target.
    """

    indicator: str
    on: dt.date
    value: Decimal | None
    measured_on: dt.date | None
    share: Fraction | None
    met: bool | None
    previous: Decimal | None
    trend: Trend | None


def _latest_two(
    indicator: Indicator, measurements: Iterable[Measurement], on: dt.date
) -> tuple[Measurement | None, Measurement | None]:
    """The latest measurement of ``indicator`` by ``on``, and the one before it; of two
    on the same day, the later recorded."""
    latest: Measurement | None = None
    before: Measurement | None = None
    for measurement in measurements:
        if measurement.indicator != indicator.id or measurement.date > on:
            continue
        if other_unit(measurement.unit, indicator.unit):
            raise InvalidValueError(
                "Measurement.unit",
                measurement.unit,
                f"the measurement {measurement.id} is not in the unit of the indicator "
                f"{indicator.id} ({indicator.unit}): convert it before comparing",
            )
        if latest is None or measurement.date >= latest.date:
            latest, before = measurement, latest
        elif before is None or measurement.date >= before.date:
            before = measurement
    return latest, before


def _met(direction: Direction, value: Decimal, target: Decimal) -> bool:
    if direction is Direction.INCREASE:
        return value >= target
    if direction is Direction.DECREASE:
        return value <= target
    return value == target


def _trend(
    direction: Direction, value: Decimal, previous: Decimal, target: Decimal | None
) -> Trend:
    if direction is Direction.MAINTAIN:
        aim = previous if target is None else target
        change = abs(previous - aim) - abs(value - aim)
    else:
        change = value - previous if direction is Direction.INCREASE else previous - value
    if change > 0:
        return Trend.IMPROVING
    return Trend.WORSENING if change < 0 else Trend.STEADY


def progress(
    indicator: Indicator, measurements: Iterable[Measurement], *, on: dt.date
) -> Progress:
    """How far ``indicator`` has come on the day ``on``, from ``measurements`` (those of
    other indicators, or after ``on``, are left aside)."""
    if type(indicator) is not Indicator:
        raise InvalidValueError("progress(indicator)", indicator, "expected an Indicator")
    if type(on) is not dt.date:
        raise InvalidValueError("progress(on)", on, "expected a datetime.date (a day)")
    latest, before = _latest_two(indicator, measurements, on)
    value = None if latest is None else latest.value
    baseline, target, direction = indicator.baseline, indicator.target, indicator.direction
    share = None
    if (
        value is not None
        and baseline is not None
        and target is not None
        and target != baseline
        and direction is not Direction.MAINTAIN
    ):
        share = Fraction(value - baseline) / Fraction(target - baseline)
    return Progress(
        indicator=indicator.id,
        on=on,
        value=value,
        measured_on=None if latest is None else latest.date,
        share=share,
        met=None if value is None or target is None else _met(direction, value, target),
        previous=None if before is None else before.value,
        trend=None
        if value is None or before is None
        else _trend(direction, value, before.value, target),
    )


def objective_progress(
    objective: Objective, measurements: Iterable[Measurement], *, on: dt.date
) -> tuple[Progress, ...]:
    """The progress of each indicator of ``objective`` on the day ``on``, in order."""
    kept = tuple(measurements)
    return tuple(progress(indicator, kept, on=on) for indicator in objective.indicators)


def indicator_progress(dossier: Dossier, indicator_id: str, *, on: dt.date) -> Progress:
    """How far the dossier's indicator ``indicator_id`` has come on ``on``, from the
    dossier's measurements, against the baseline and target in force on the day of its
    latest measurement: an objective readjusted by an amendment keeps its id, so the
    measurements taken before stay attached and each is read against the text of its
    own day.

    Raises :class:`InvalidValueError` when no text of the dossier in force on that day
    (or, without a measurement, on ``on``) holds the indicator.
    """
    if not isinstance(dossier, Dossier):
        raise InvalidValueError("indicator_progress(dossier)", dossier, "expected a Dossier")
    if type(on) is not dt.date:
        raise InvalidValueError("indicator_progress(on)", on, "expected a datetime.date (a day)")
    ours = [m for m in dossier.measurements if m.indicator == indicator_id and m.date <= on]
    latest = max((m.date for m in ours), default=on)
    indicator = _indicator(dossier.in_force(latest), indicator_id)
    if indicator is None:
        raise InvalidValueError(
            "indicator_progress(indicator_id)",
            indicator_id,
            f"no indicator of that id in the text in force on {latest.isoformat()}",
        )
    return progress(indicator, ours, on=on)


def _indicator(convention: Convention, indicator_id: str) -> Indicator | None:
    for objective in convention.objectives:
        for indicator in objective.indicators:
            if indicator.id == indicator_id:
                return indicator
    return None
