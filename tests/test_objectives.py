"""DEFINE (seed §3): the objectives the partners agree on, with the evaluation indicators
that will tell whether they are met.

An indicator may be written in several sittings: it becomes *measurable* once it has a
unit, a baseline and a target. Construction refuses only what one value can know is
wrong about itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest

from partnership_model import Direction, Indicator, Objective
from tests.support import assert_refused_naming, assert_refused_showing
from tests.test_needs import animator_need, room_need
from tests.test_publics import families_public

# --- Brussels fixtures ------------------------------------------------------------------


def attendance_indicator() -> Indicator:
    return Indicator(
        id="ind-participants",
        name="Familles participant aux ateliers du mercredi",
        unit="familles",
        baseline=Decimal("12"),
        target=Decimal("30"),
        direction=Direction.INCREASE,
        means_of_verification="Listes de présence des ateliers",
        due=dt.date(2026, 6, 30),
    )


def homework_objective() -> Objective:
    return Objective(
        id="obj-devoirs",
        title="Soutenir la scolarité des enfants du quartier Bonnevie",
        description="Une école de devoirs commune aux deux maisons de quartier.",
        indicators=(
            attendance_indicator(),
            Indicator(id="ind-decrochage", name="Décrochage scolaire signalé"),
        ),
    )


# --- indicators ---------------------------------------------------------------------------


def test_an_indicator_needs_only_an_id_and_a_name_and_defaults_to_increase() -> None:
    draft = Indicator(id="ind-1", name="Participation")

    assert draft.direction is Direction.INCREASE
    assert (draft.unit, draft.baseline, draft.target) == (None, None, None)
    assert draft.means_of_verification is None
    assert draft.due is None


def test_a_complete_indicator_is_measurable() -> None:
    assert attendance_indicator().is_measurable


@pytest.mark.parametrize(
    "missing",
    [
        {"unit": None},
        {"unit": ""},
        {"baseline": None},
        {"target": None},
        {"unit": None, "baseline": None, "target": None},
    ],
)
def test_an_indicator_without_unit_baseline_or_target_is_not_measurable(
    missing: dict[str, Any],
) -> None:
    assert not attrs.evolve(attendance_indicator(), **missing).is_measurable


def test_a_baseline_or_target_of_zero_still_counts_as_given() -> None:
    # "from 0 incidents to 0 incidents" is measurable: zero is a value, not an absence.
    indicator = Indicator(
        id="ind-incidents",
        name="Incidents lors des sorties",
        unit="incidents",
        baseline=Decimal("0"),
        target=Decimal("0"),
        direction=Direction.MAINTAIN,
    )

    assert indicator.is_measurable


def test_the_means_of_verification_and_due_date_do_not_decide_measurability() -> None:
    bare = attrs.evolve(attendance_indicator(), means_of_verification=None, due=None)

    assert bare.is_measurable


def test_directions_have_stable_codes_and_labels_in_three_languages() -> None:
    assert [d.value for d in Direction] == ["increase", "decrease", "maintain"]
    assert Direction.DECREASE.label("fr") == "à diminuer"
    assert Direction.DECREASE.label("en") == "to decrease"
    assert Direction.DECREASE.label("nl") == "te verlagen"


def test_a_blank_unit_does_not_make_an_indicator_measurable() -> None:
    assert not attrs.evolve(attendance_indicator(), unit="   ").is_measurable


# --- objectives -----------------------------------------------------------------------


def test_an_objective_needs_only_an_id_and_a_title() -> None:
    draft = Objective(id="obj-1", title="Rompre l'isolement des aînés")

    assert draft.description == ""
    assert draft.indicators == ()


def test_an_objective_carries_its_indicators_in_order() -> None:
    objective = homework_objective()

    assert [i.id for i in objective.indicators] == ["ind-participants", "ind-decrochage"]
    assert [i.is_measurable for i in objective.indicators] == [True, False]


def test_an_objective_may_carry_duplicate_indicator_ids_as_a_draft() -> None:
    twice = Objective(
        id="obj-1",
        title="Titre",
        indicators=(attendance_indicator(), attendance_indicator()),
    )

    assert len(twice.indicators) == 2


# --- values (beside the needs and the target public, DEFINE's other values) ---------------


def test_goal_values_are_equal_by_value_and_hashable() -> None:
    assert homework_objective() == homework_objective()
    assert animator_need() != room_need()
    values = {
        homework_objective(),
        homework_objective(),
        attendance_indicator(),
        room_need(),
        animator_need(),
        families_public(),
    }
    assert len(values) == 5


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (attendance_indicator(), "target"),
        (homework_objective(), "title"),
    ],
)
def test_objective_values_are_frozen(value: object, field: str) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, field, None)


def test_readjusting_an_objective_with_evolve_leaves_the_original_untouched() -> None:
    # Flexibility (seed §4): "readjust the objectives (sometimes too ambitious...)".
    original = attendance_indicator()

    readjusted = attrs.evolve(original, target=Decimal("20"))

    assert readjusted.target == Decimal("20")
    assert original.target == Decimal("30")
    assert readjusted != original


# --- what construction refuses ------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field", "shown"),
    [
        (lambda: Indicator(id="", name="Participation"), "Indicator.id", "''"),
        (lambda: Indicator(id="ind 1", name="Participation"), "Indicator.id", "'ind 1'"),
        (
            lambda: Indicator(id="i", name="P", baseline=12),  # type: ignore[arg-type]
            "Indicator.baseline",
            "12",
        ),
        (
            lambda: Indicator(id="i", name="P", target=30.0),  # type: ignore[arg-type]
            "Indicator.target",
            "30.0",
        ),
        (
            lambda: Indicator(id="i", name="P", target=Decimal("NaN")),
            "Indicator.target",
            "Decimal('NaN')",
        ),
        (
            lambda: Indicator(id="i", name="P", baseline=Decimal("Infinity")),
            "Indicator.baseline",
            "Decimal('Infinity')",
        ),
        (
            lambda: Indicator(id="i", name="P", direction="increase"),  # type: ignore[arg-type]
            "Indicator.direction",
            "'increase'",
        ),
        (
            lambda: Indicator(
                id="i", name="P", due=dt.datetime(2026, 6, 30, 12, 0, tzinfo=dt.timezone.utc)
            ),
            "Indicator.due",
            "datetime.datetime(2026, 6, 30, 12, 0, tzinfo=datetime.timezone.utc)",
        ),
        (
            lambda: Indicator(id="i", name="P", due="2026-06-30"),  # type: ignore[arg-type]
            "Indicator.due",
            "'2026-06-30'",
        ),
        (
            lambda: Indicator(id="i", name="P", unit=7),  # type: ignore[arg-type]
            "Indicator.unit",
            "7",
        ),
        (
            lambda: Objective(id="o", title="T", indicators=[attendance_indicator()]),  # type: ignore[arg-type]
            "Objective.indicators",
            "[Indicator(",
        ),
        (lambda: Objective(id="o", title=None), "Objective.title", "None"),  # type: ignore[arg-type]
    ],
)
def test_construction_refuses_what_a_single_value_can_know_is_wrong(
    build: Callable[[], object], field: str, shown: str
) -> None:
    assert_refused_showing(build, field, shown)


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (
            lambda: Objective(id="o", title="T", indicators=("ind-participants",)),  # type: ignore[arg-type]
            "Objective.indicators",
        ),
    ],
)
def test_a_nested_value_of_the_wrong_type_is_refused(
    build: Callable[[], object], field: str
) -> None:
    assert_refused_naming(build, field)
