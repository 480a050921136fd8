"""EVALUATE: evaluation moments, measurements against the indicators agreed in DEFINE,
and the reports that call for readjustments (seed, flexibility)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

from partnership_model import (
    EvaluationMoment,
    EvaluationPlan,
    EvaluationReport,
    InvalidValueError,
    Measurement,
)
from tests.support import assert_refused

MID_YEAR = dt.date(2027, 6, 30)
AN_INSTANT = dt.datetime(2027, 6, 30, 14, 0, tzinfo=dt.timezone.utc)


# --- EvaluationMoment -----------------------------------------------------------------------


def test_an_evaluation_moment_needs_only_an_id_and_a_title() -> None:
    moment = EvaluationMoment(id="mid-year", title="Évaluation à mi-parcours")
    assert moment.date is None
    assert moment.indicators == ()
    assert moment.participants == ()
    assert moment.method is None


def test_an_evaluation_moment_looks_at_indicators_by_id() -> None:
    moment = EvaluationMoment(
        id="mid-year",
        title="Évaluation à mi-parcours",
        date=MID_YEAR,
        indicators=("participants-per-workshop", "no-such-indicator"),
        participants=("cpas", "amo"),
        method="Questionnaire et réunion du comité",
    )
    assert moment.indicators == ("participants-per-workshop", "no-such-indicator")
    assert moment.participants == ("cpas", "amo")


@pytest.mark.parametrize("bad_id", ["", "a b"])
def test_an_evaluation_moment_refuses_malformed_ids(bad_id: str) -> None:
    assert_refused(lambda: EvaluationMoment(id=bad_id, title="t"), "EvaluationMoment.id", bad_id)
    assert_refused(
        lambda: EvaluationMoment(id="m", title="t", indicators=(bad_id,)),
        "EvaluationMoment.indicators",
        bad_id,
    )
    assert_refused(
        lambda: EvaluationMoment(id="m", title="t", participants=("ok", bad_id)),
        "EvaluationMoment.participants",
        bad_id,
    )


def test_an_evaluation_moment_refuses_an_instant_where_a_day_is_meant() -> None:
    assert_refused(
        lambda: EvaluationMoment(id="m", title="t", date=AN_INSTANT),
        "EvaluationMoment.date",
        AN_INSTANT,
    )


@pytest.mark.parametrize("field", ["indicators", "participants"])
def test_an_evaluation_moment_refuses_lists_instead_of_tuples(field: str) -> None:
    assert_refused(
        lambda: EvaluationMoment(id="m", title="t", **{field: ["a"]}),  # type: ignore[arg-type]
        f"EvaluationMoment.{field}",
        ["a"],
    )


def test_an_evaluation_moment_refuses_non_text_title_and_method() -> None:
    assert_refused(
        lambda: EvaluationMoment(id="m", title=None),  # type: ignore[arg-type]
        "EvaluationMoment.title",
        None,
    )
    assert_refused(
        lambda: EvaluationMoment(id="m", title="t", method=1),  # type: ignore[arg-type]
        "EvaluationMoment.method",
        1,
    )


# --- EvaluationPlan ---------------------------------------------------------------------------


def test_an_evaluation_plan_holds_its_moments_in_order() -> None:
    assert EvaluationPlan().moments == ()
    mid = EvaluationMoment(id="mid", title="Mi-parcours", date=MID_YEAR)
    end = EvaluationMoment(id="end", title="Fin", date=dt.date(2027, 12, 15))
    assert EvaluationPlan(moments=(mid, end)).moments == (mid, end)


def test_an_evaluation_plan_refuses_a_list_of_moments() -> None:
    moments = [EvaluationMoment(id="m", title="t")]
    assert_refused(
        lambda: EvaluationPlan(moments=moments),  # type: ignore[arg-type]
        "EvaluationPlan.moments",
        moments,
    )


# --- Measurement --------------------------------------------------------------------------------


def test_a_measurement_is_one_exact_value_of_an_indicator_on_a_day() -> None:
    measurement = Measurement(
        id="m1", indicator="participants", date=MID_YEAR, value=Decimal("12.50")
    )
    assert measurement.value == Decimal("12.5")
    assert str(measurement.value) == "12.50"  # kept exactly as written
    assert measurement.source is None
    assert measurement.note is None


@pytest.mark.parametrize("value", [Decimal(0), Decimal("-3"), Decimal("1E+3"), Decimal("0.001")])
def test_a_measurement_may_be_zero_negative_or_tiny(value: Decimal) -> None:
    # A change in an indicator can be negative: only non-finite values are refused.
    assert Measurement(id="m", indicator="i", date=MID_YEAR, value=value).value == value


@pytest.mark.parametrize("value", [12.5, 12, "12.5", None])
def test_a_measurement_refuses_what_is_not_a_decimal(value: object) -> None:
    error = assert_refused(
        lambda: Measurement(id="m", indicator="i", date=MID_YEAR, value=value),  # type: ignore[arg-type]
        "Measurement.value",
        value,
    )
    assert "finite decimal.Decimal" in error.reason


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "sNaN"])
def test_a_measurement_refuses_a_decimal_that_is_not_finite(value: str) -> None:
    number = Decimal(value)
    with pytest.raises(InvalidValueError) as caught:
        Measurement(id="m", indicator="i", date=MID_YEAR, value=number)
    assert caught.value.field == "Measurement.value"
    assert repr(number) in str(caught.value)


def test_a_measurement_refuses_an_instant_where_its_day_is_meant() -> None:
    assert_refused(
        lambda: Measurement(id="m", indicator="i", date=AN_INSTANT, value=Decimal(1)),
        "Measurement.date",
        AN_INSTANT,
    )


@pytest.mark.parametrize("bad_id", ["", "a b"])
def test_a_measurement_refuses_malformed_ids(bad_id: str) -> None:
    assert_refused(
        lambda: Measurement(id=bad_id, indicator="i", date=MID_YEAR, value=Decimal(1)),
        "Measurement.id",
        bad_id,
    )
    assert_refused(
        lambda: Measurement(id="m", indicator=bad_id, date=MID_YEAR, value=Decimal(1)),
        "Measurement.indicator",
        bad_id,
    )


def test_a_measurement_refuses_non_text_source_and_note() -> None:
    assert_refused(
        lambda: Measurement(
            id="m",
            indicator="i",
            date=MID_YEAR,
            value=Decimal(1),
            source=1,  # type: ignore[arg-type]
        ),
        "Measurement.source",
        1,
    )
    assert_refused(
        lambda: Measurement(
            id="m",
            indicator="i",
            date=MID_YEAR,
            value=Decimal(1),
            note=["n"],  # type: ignore[arg-type]
        ),
        "Measurement.note",
        ["n"],
    )


# --- EvaluationReport ---------------------------------------------------------------------------


def test_an_evaluation_report_needs_only_an_id_and_a_date() -> None:
    report = EvaluationReport(id="r1", date=MID_YEAR)
    assert report.moment is None
    assert report.summary == ""
    assert report.readjustments == ()


def test_an_evaluation_report_lists_the_readjustments_it_calls_for() -> None:
    report = EvaluationReport(
        id="r1",
        date=MID_YEAR,
        moment="mid-year",
        summary="Objectif trop ambitieux pour le premier semestre.",
        readjustments=("Ramener l'objectif à 10 participants", "Élargir le public aux 16-18 ans"),
    )
    assert len(report.readjustments) == 2


@pytest.mark.parametrize("bad_id", ["", "a b"])
def test_an_evaluation_report_refuses_malformed_ids(bad_id: str) -> None:
    assert_refused(
        lambda: EvaluationReport(id=bad_id, date=MID_YEAR), "EvaluationReport.id", bad_id
    )
    assert_refused(
        lambda: EvaluationReport(id="r", date=MID_YEAR, moment=bad_id),
        "EvaluationReport.moment",
        bad_id,
    )


def test_an_evaluation_report_refuses_an_instant_and_needs_its_date() -> None:
    assert_refused(
        lambda: EvaluationReport(id="r", date=AN_INSTANT), "EvaluationReport.date", AN_INSTANT
    )
    assert_refused(
        lambda: EvaluationReport(id="r", date=None),  # type: ignore[arg-type]
        "EvaluationReport.date",
        None,
    )


def test_an_evaluation_report_refuses_a_list_of_readjustments_and_a_non_text_summary() -> None:
    assert_refused(
        lambda: EvaluationReport(id="r", date=MID_YEAR, readjustments=["x"]),  # type: ignore[arg-type]
        "EvaluationReport.readjustments",
        ["x"],
    )
    assert_refused(
        lambda: EvaluationReport(id="r", date=MID_YEAR, summary=None),  # type: ignore[arg-type]
        "EvaluationReport.summary",
        None,
    )


# --- immutability and value semantics -------------------------------------------------------


def test_evaluation_values_are_frozen() -> None:
    measurement = Measurement(id="m", indicator="i", date=MID_YEAR, value=Decimal(1))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        measurement.value = Decimal(2)  # type: ignore[misc]
    report = EvaluationReport(id="r", date=MID_YEAR)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.summary = "changed"  # type: ignore[misc]


def test_evaluation_values_are_equal_by_value_and_hashable() -> None:
    def build() -> tuple[EvaluationPlan, Measurement, EvaluationReport]:
        return (
            EvaluationPlan(moments=(EvaluationMoment(id="m", title="t", indicators=("i",)),)),
            Measurement(id="m1", indicator="i", date=MID_YEAR, value=Decimal("3.0")),
            EvaluationReport(id="r", date=MID_YEAR, readjustments=("x",)),
        )

    first, second = build(), build()
    assert first == second
    assert hash(first) == hash(second)
    assert len(set(first) | set(second)) == 3


def test_equal_decimals_written_differently_measure_the_same() -> None:
    # Decimal("3.0") == Decimal("3"): equality follows the number, not its writing.
    three = Measurement(id="m", indicator="i", date=MID_YEAR, value=Decimal("3.0"))
    also_three = Measurement(id="m", indicator="i", date=MID_YEAR, value=Decimal("3"))
    assert three == also_three
    assert hash(three) == hash(also_three)
