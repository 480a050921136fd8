"""DEFINE (seed §3): objectives with their evaluation indicators, the needs, the target public.

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

from partnership_model import (
    Direction,
    Indicator,
    Money,
    Need,
    NeedCategory,
    Objective,
    Quantity,
    TargetPublic,
)
from tests.support import assert_refused_naming, assert_refused_showing

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


def room_need() -> Need:
    return Need(
        id="need-salle",
        category=NeedCategory.INFRASTRUCTURE,
        description="Une salle de 40 m² le mercredi après-midi",
        quantity=Quantity(value=Decimal("40"), unit="m²"),
    )


def animator_need() -> Need:
    return Need(
        id="need-animateur",
        category=NeedCategory.FINANCIAL,
        description="Mi-temps d'animateur·rice pendant un an",
        amount=Money(amount=Decimal("18500.00"), currency="EUR"),
    )


def families_public() -> TargetPublic:
    return TargetPublic(
        id="public-familles",
        description="Familles monoparentales du quartier Bonnevie",
        size=45,
        characteristics=("enfants de 6 à 12 ans", "parents allophones"),
        area="Molenbeek-Saint-Jean",
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


# --- needs -------------------------------------------------------------------------------


def test_the_seed_s_categories_of_needs_are_all_there() -> None:
    assert [c.value for c in NeedCategory] == [
        "financial",
        "human_resources",
        "infrastructure",
        "planning",
        "material",
        "other",
    ]
    assert NeedCategory.HUMAN_RESOURCES.label("fr") == "ressources humaines"
    assert NeedCategory.HUMAN_RESOURCES.label("en") == "human resources"
    assert NeedCategory.HUMAN_RESOURCES.label("nl") == "personeel"


def test_a_need_may_be_valued_in_money_in_a_quantity_or_not_yet() -> None:
    assert str(animator_need().amount) == "18500.00 EUR"
    assert str(room_need().quantity) == "40 m²"
    unvalued = Need(id="need-planning", category=NeedCategory.PLANNING)
    assert (unvalued.amount, unvalued.quantity, unvalued.description) == (None, None, "")


# --- target public ------------------------------------------------------------------------


def test_a_target_public_needs_an_id_and_a_description() -> None:
    public = TargetPublic(id="public-aines", description="Aînés isolés des Marolles")

    assert public.size is None
    assert public.characteristics == ()
    assert public.area is None


def test_a_target_public_keeps_its_size_characteristics_and_area() -> None:
    public = families_public()

    assert public.size == 45
    assert public.characteristics == ("enfants de 6 à 12 ans", "parents allophones")
    assert public.area == "Molenbeek-Saint-Jean"


def test_a_target_public_of_one_person_is_allowed() -> None:
    assert TargetPublic(id="p", description="Un jeune accompagné", size=1).size == 1


# --- values --------------------------------------------------------------------------------


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
        (room_need(), "description"),
        (families_public(), "size"),
    ],
)
def test_goal_values_are_frozen(value: object, field: str) -> None:
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
        (
            lambda: Need(id="n", category="financial"),  # type: ignore[arg-type]
            "Need.category",
            "'financial'",
        ),
        (
            lambda: Need(id="x" * 65, category=NeedCategory.FINANCIAL),
            "Need.id",
            repr("x" * 65),
        ),
        (lambda: TargetPublic(id="p", description="D", size=0), "TargetPublic.size", "0"),
        (lambda: TargetPublic(id="p", description="D", size=-3), "TargetPublic.size", "-3"),
        (
            lambda: TargetPublic(id="p", description="D", size=12.5),  # type: ignore[arg-type]
            "TargetPublic.size",
            "12.5",
        ),
        (
            lambda: TargetPublic(id="p", description="D", size=True),
            "TargetPublic.size",
            "True",
        ),
        (
            lambda: TargetPublic(id="p", description="D", characteristics=["jeunes"]),  # type: ignore[arg-type]
            "TargetPublic.characteristics",
            "['jeunes']",
        ),
        (
            lambda: TargetPublic(id="p", description="D", area=1000),  # type: ignore[arg-type]
            "TargetPublic.area",
            "1000",
        ),
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
            lambda: Need(id="n", category=NeedCategory.FINANCIAL, amount=18500.0),  # type: ignore[arg-type]
            "Need.amount",
        ),
        (
            lambda: Need(id="n", category=NeedCategory.FINANCIAL, amount=Decimal("18500")),  # type: ignore[arg-type]
            "Need.amount",
        ),
        (
            lambda: Need(id="n", category=NeedCategory.INFRASTRUCTURE, quantity="40 m²"),  # type: ignore[arg-type]
            "Need.quantity",
        ),
        (
            lambda: Objective(id="o", title="T", indicators=("ind-participants",)),  # type: ignore[arg-type]
            "Objective.indicators",
        ),
        (
            lambda: TargetPublic(id="p", description="D", characteristics=(6, 12)),  # type: ignore[arg-type]
            "TargetPublic.characteristics",
        ),
    ],
)
def test_a_nested_value_of_the_wrong_type_is_refused(
    build: Callable[[], object], field: str
) -> None:
    # A float amount would lose cents (DESIGN decision 4); a bare Decimal has no currency.
    assert_refused_naming(build, field)


def test_a_blank_unit_does_not_make_an_indicator_measurable() -> None:
    assert not attrs.evolve(attendance_indicator(), unit="   ").is_measurable
