"""Where are we against our targets? (seed §3, EVALUATE)

An indicator goes from its baseline to its target. On a day, its latest measurement says
how much of the way is covered, exactly, whether the target is met, and whether it moved
the right way since the measurement before.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import (
    Direction,
    Indicator,
    InvalidValueError,
    Measurement,
    Objective,
    Trend,
    indicator_progress,
    objective_progress,
    progress,
)
from tests.support import brussels

FAMILIES = Indicator(
    id="ind-familles",
    name="Familles servies chaque semaine",
    unit="familles",
    baseline=Decimal("20"),
    target=Decimal("60"),
)
WAITING = Indicator(
    id="ind-attente",
    name="Jours d'attente d'un premier colis",
    unit="jours",
    baseline=Decimal("30"),
    target=Decimal("10"),
    direction=Direction.DECREASE,
)


def measured(indicator: Indicator, *values: tuple[dt.date, str]) -> tuple[Measurement, ...]:
    return tuple(
        Measurement(id=f"m{at}", indicator=indicator.id, date=day, value=Decimal(value))
        for at, (day, value) in enumerate(values)
    )


JANUARY, MARCH, JUNE = dt.date(2027, 1, 31), dt.date(2027, 3, 31), dt.date(2027, 6, 30)


def test_the_share_of_the_way_is_exact_and_the_trend_follows_the_direction() -> None:
    families = measured(FAMILIES, (JANUARY, "30"), (MARCH, "50"))
    state = progress(FAMILIES, families, on=JUNE)
    assert (state.value, state.measured_on, state.share) == (Decimal("50"), MARCH, Fraction(3, 4))
    assert (state.met, state.previous, state.trend) == (False, Decimal("30"), Trend.IMPROVING)
    recorded_late = measured(FAMILIES, (MARCH, "50"), (JANUARY, "30"))
    assert progress(FAMILIES, recorded_late, on=JUNE) == state
    waiting = measured(WAITING, (JANUARY, "20"), (MARCH, "25"))
    later = progress(WAITING, waiting, on=JUNE)
    assert (later.share, later.trend) == (Fraction(1, 4), Trend.WORSENING)


def test_the_day_decides_which_measurements_count() -> None:
    families = measured(FAMILIES, (JANUARY, "30"), (MARCH, "60"))
    assert progress(FAMILIES, families, on=dt.date(2027, 2, 1)).value == Decimal("30")
    assert progress(FAMILIES, families, on=MARCH).met
    before = progress(FAMILIES, families, on=dt.date(2026, 12, 31))
    assert (before.value, before.share, before.met, before.trend) == (None, None, None, None)


def test_other_indicators_are_left_aside_and_a_later_record_of_one_day_wins() -> None:
    mixed = (
        *measured(WAITING, (MARCH, "12")),
        Measurement(id="a", indicator=FAMILIES.id, date=MARCH, value=Decimal("40")),
        Measurement(id="b", indicator=FAMILIES.id, date=MARCH, value=Decimal("44")),
        Measurement(id="c", indicator=FAMILIES.id, date=JANUARY, value=Decimal("35")),
    )
    state = progress(FAMILIES, mixed, on=JUNE)
    assert (state.value, state.previous, state.trend) == (
        Decimal("44"),
        Decimal("40"),
        Trend.IMPROVING,
    )


def test_a_target_equal_to_the_baseline_is_met_or_not_without_a_share() -> None:
    kept = Indicator(id="i", name="Bénévoles", baseline=Decimal("8"), target=Decimal("8"))
    state = progress(kept, measured(kept, (MARCH, "9")), on=JUNE)
    assert (state.share, state.met) == (None, True)


def test_an_indicator_to_maintain_is_met_at_its_target_and_improves_by_coming_closer() -> None:
    steady = Indicator(
        id="i", name="Permanences", target=Decimal("4"), direction=Direction.MAINTAIN
    )
    state = progress(steady, measured(steady, (JANUARY, "2"), (MARCH, "3")), on=JUNE)
    assert (state.share, state.met, state.trend) == (None, False, Trend.IMPROVING)
    same = progress(steady, measured(steady, (JANUARY, "4"), (MARCH, "4")), on=JUNE)
    assert (same.met, same.trend) == (True, Trend.STEADY)
    untargeted = Indicator(id="j", name="Permanences", direction=Direction.MAINTAIN)
    drifting = progress(untargeted, measured(untargeted, (JANUARY, "4"), (MARCH, "5")), on=JUNE)
    assert (drifting.met, drifting.trend) == (None, Trend.WORSENING)


def test_each_indicator_of_an_objective_in_order() -> None:
    objective = Objective(id="o", title="Nourrir le quartier", indicators=(FAMILIES, WAITING))
    states = objective_progress(
        objective, (*measured(FAMILIES, (MARCH, "60")), *measured(WAITING, (MARCH, "10"))), on=JUNE
    )
    assert [(state.indicator, state.met) for state in states] == [
        ("ind-familles", True),
        ("ind-attente", True),
    ]


def test_progress_refuses_what_is_not_an_indicator_or_a_day() -> None:
    with pytest.raises(InvalidValueError, match=r"progress\(indicator\)"):
        progress("ind-familles", (), on=JUNE)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"progress\(on\)"):
        progress(FAMILIES, (), on=dt.datetime(2027, 6, 30, 12, 0))


values = st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False)


@given(values, values, values, values, st.sampled_from([Direction.INCREASE, Direction.DECREASE]))
def test_progress_is_monotone_in_the_measured_value_for_each_direction(
    baseline: Decimal, target: Decimal, lower: Decimal, higher: Decimal, direction: Direction
) -> None:
    if target == baseline:
        return
    lower, higher = min(lower, higher), max(lower, higher)
    indicator = Indicator(id="i", name="N", baseline=baseline, target=target, direction=direction)

    def share(value: Decimal) -> Fraction:
        found = progress(indicator, measured(indicator, (MARCH, str(value))), on=JUNE).share
        assert found is not None
        return found

    toward_the_target = target > baseline
    if toward_the_target:
        assert share(lower) <= share(higher)
    else:
        assert share(lower) >= share(higher)
    assert share(target) == 1
    assert share(baseline) == 0


def test_a_measurement_in_the_indicator_s_unit_counts_whatever_its_case_and_spaces() -> None:
    said = Measurement(
        id="m", indicator=FAMILIES.id, date=JANUARY, value=Decimal(40), unit=" Familles "
    )
    assert progress(FAMILIES, (said,), on=MARCH).share == Fraction(1, 2)


def test_a_measurement_in_another_unit_is_refused_rather_than_compared() -> None:
    households = Measurement(
        id="m-menages", indicator=FAMILIES.id, date=JANUARY, value=Decimal(40), unit="ménages"
    )
    with pytest.raises(InvalidValueError) as refused:
        progress(FAMILIES, (households,), on=MARCH)
    assert refused.value.field == "Measurement.unit"
    assert refused.value.value == "ménages"
    assert "m-menages" in str(refused.value)
    assert "ind-familles (familles)" in str(refused.value)
    # Measured after the day asked about, it is not read at all.
    assert progress(FAMILIES, (households,), on=dt.date(2027, 1, 1)).value is None


def test_a_readjusted_target_is_read_on_the_day_of_each_measurement() -> None:
    dossier = brussels()
    convention = dossier.convention
    objective = convention.objectives[0]
    families = objective.indicators[0]
    assert (families.id, families.baseline, families.target) == (
        "ind-familles",
        Decimal(0),
        Decimal(60),
    )
    raised = attrs.evolve(families, target=Decimal(80))
    text = attrs.evolve(
        convention,
        objectives=(
            attrs.evolve(objective, indicators=(raised, *objective.indicators[1:])),
            *convention.objectives[1:],
        ),
    )
    measured = attrs.evolve(
        dossier,
        measurements=(
            Measurement(id="m-mars", indicator="ind-familles", date=MARCH, value=Decimal(45)),
            Measurement(
                id="m-sept", indicator="ind-familles", date=dt.date(2027, 9, 30), value=Decimal(60)
            ),
        ),
    )
    amended = measured.amend(
        text, id="avenant-1", effective_from=dt.date(2027, 7, 1), rationale="Plus de familles"
    )
    in_june = indicator_progress(amended, "ind-familles", on=JUNE)
    assert (in_june.value, in_june.share, in_june.met) == (Decimal(45), Fraction(3, 4), False)
    in_october = indicator_progress(amended, "ind-familles", on=dt.date(2027, 10, 1))
    assert (in_october.value, in_october.share, in_october.met) == (
        Decimal(60),
        Fraction(3, 4),
        False,
    )
    # Read against the first text, September's 60 families would have met the target.
    assert progress(families, amended.measurements, on=dt.date(2027, 10, 1)).met is True


def test_an_indicator_no_text_of_the_dossier_holds_is_refused() -> None:
    with pytest.raises(InvalidValueError) as refused:
        indicator_progress(brussels(), "ind-inconnu", on=JUNE)
    assert refused.value.field == "indicator_progress(indicator_id)"
    assert "2027-06-30" in str(refused.value)
    with pytest.raises(InvalidValueError):
        indicator_progress(brussels().convention, "ind-familles", on=JUNE)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        indicator_progress(brussels(), "ind-familles", on="2027-06-30")  # type: ignore[arg-type]
