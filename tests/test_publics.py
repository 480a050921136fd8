"""DEFINE (seed §3): the target public — whom the project is for, how many, with what
characteristics and where.

Construction refuses only what one value can know is wrong about itself.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest

from partnership_model import TargetPublic
from tests.support import assert_refused_naming, assert_refused_showing

# --- Brussels fixtures ------------------------------------------------------------------


def families_public() -> TargetPublic:
    return TargetPublic(
        id="public-familles",
        description="Familles monoparentales du quartier Bonnevie",
        size=45,
        characteristics=("enfants de 6 à 12 ans", "parents allophones"),
        area="Molenbeek-Saint-Jean",
    )


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


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (families_public(), "size"),
    ],
)
def test_target_public_values_are_frozen(value: object, field: str) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, field, None)


# --- what construction refuses ------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field", "shown"),
    [
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
            lambda: TargetPublic(id="p", description="D", characteristics=(6, 12)),  # type: ignore[arg-type]
            "TargetPublic.characteristics",
        ),
    ],
)
def test_a_nested_value_of_the_wrong_type_is_refused(
    build: Callable[[], object], field: str
) -> None:
    assert_refused_naming(build, field)
