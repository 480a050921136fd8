"""DEFINE (seed §3): what the project needs — financial, human resources, infrastructure,
planning, material — valued in money, in a quantity or not yet.

Construction refuses only what one value can know is wrong about itself.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import attrs
import pytest

from partnership_model import Money, Need, NeedCategory, Quantity
from tests.support import assert_refused_naming, assert_refused_showing

# --- Brussels fixtures ------------------------------------------------------------------


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


# --- values --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (room_need(), "description"),
    ],
)
def test_need_values_are_frozen(value: object, field: str) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, field, None)


# --- what construction refuses ------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field", "shown"),
    [
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
    ],
)
def test_a_nested_value_of_the_wrong_type_is_refused(
    build: Callable[[], object], field: str
) -> None:
    # A float amount would lose cents (DESIGN decision 4); a bare Decimal has no currency.
    assert_refused_naming(build, field)
