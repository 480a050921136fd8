"""The network (seed §4): "knowing the other structures is what makes us aware of the
range of resources open to us"."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given

from partnership_model import (
    Directory,
    NeedCategory,
    Offer,
    PartnerKind,
    Quantity,
    Structure,
)
from partnership_model.testing import strategies as pms
from tests.support import assert_refused

# --- Offer -----------------------------------------------------------------------------------


def test_an_offer_needs_only_its_category() -> None:
    offer = Offer(category=NeedCategory.INFRASTRUCTURE)
    assert offer.description == ""
    assert offer.capacity is None


def test_an_offer_may_say_how_much_it_can_give() -> None:
    offer = Offer(
        category=NeedCategory.INFRASTRUCTURE,
        description="Salle polyvalente, le mercredi après-midi",
        capacity=Quantity(value=Decimal(40), unit="m²"),
    )
    assert offer.capacity == Quantity(value=Decimal("40"), unit="m²")


def test_an_offer_refuses_a_plain_string_category_and_lists_the_codes() -> None:
    error = assert_refused(
        lambda: Offer(category="infrastructure"),  # type: ignore[arg-type]
        "Offer.category",
        "infrastructure",
    )
    assert ", ".join(category.value for category in NeedCategory) in error.reason


def test_an_offer_refuses_a_description_that_is_not_text() -> None:
    assert_refused(
        lambda: Offer(category=NeedCategory.OTHER, description=None),  # type: ignore[arg-type]
        "Offer.description",
        None,
    )


# --- Structure -------------------------------------------------------------------------------


def test_a_structure_needs_only_an_id_and_a_name() -> None:
    structure = Structure(id="maison-de-quartier", name="Maison de quartier")
    assert structure.kind is PartnerKind.ASSOCIATION
    assert structure.description == ""
    assert structure.area is None
    assert structure.contact is None
    assert structure.offers == ()


@pytest.mark.parametrize("bad_id", ["", "a b"])
def test_a_structure_refuses_a_malformed_id(bad_id: str) -> None:
    assert_refused(lambda: Structure(id=bad_id, name="n"), "Structure.id", bad_id)


def test_a_structure_refuses_a_plain_string_kind_and_lists_the_codes() -> None:
    error = assert_refused(
        lambda: Structure(id="s", name="n", kind="association"),  # type: ignore[arg-type]
        "Structure.kind",
        "association",
    )
    for kind in PartnerKind:
        assert kind.value in error.reason


def test_a_structure_refuses_a_list_of_offers() -> None:
    offers = [Offer(category=NeedCategory.MATERIAL)]
    assert_refused(
        lambda: Structure(id="s", name="n", offers=offers),  # type: ignore[arg-type]
        "Structure.offers",
        offers,
    )


def test_a_structure_refuses_non_text_name_area_and_contact() -> None:
    assert_refused(
        lambda: Structure(id="s", name=None),  # type: ignore[arg-type]
        "Structure.name",
        None,
    )
    assert_refused(
        lambda: Structure(id="s", name="n", area=1080),  # type: ignore[arg-type]
        "Structure.area",
        1080,
    )
    assert_refused(
        lambda: Structure(id="s", name="n", contact=("a@b",)),  # type: ignore[arg-type]
        "Structure.contact",
        ("a@b",),
    )


# --- Directory -------------------------------------------------------------------------------

ROOMS = Structure(
    id="maison-de-quartier",
    name="Maison de quartier",
    area="Laeken",
    offers=(Offer(category=NeedCategory.INFRASTRUCTURE, description="Salle"),),
)
VOLUNTEERS = Structure(
    id="plateforme-benevolat",
    name="Plateforme du volontariat",
    offers=(
        Offer(category=NeedCategory.HUMAN_RESOURCES, description="Bénévoles"),
        Offer(category=NeedCategory.INFRASTRUCTURE, description="Bureau partagé"),
    ),
)
COMMUNE = Structure(
    id="commune",
    name="Ville de Bruxelles",
    kind=PartnerKind.PUBLIC_AUTHORITY,
    offers=(Offer(category=NeedCategory.FINANCIAL, description="Subside communal"),),
)
NOTHING_YET = Structure(id="nouvelle-asbl", name="Nouvelle ASBL")


def test_an_empty_directory_offers_nothing() -> None:
    directory = Directory()
    assert directory.structures == ()
    assert all(directory.offering(category) == () for category in NeedCategory)


def test_offering_gives_the_structures_that_offer_a_category_in_directory_order() -> None:
    directory = Directory(structures=(VOLUNTEERS, NOTHING_YET, ROOMS, COMMUNE))
    assert directory.offering(NeedCategory.INFRASTRUCTURE) == (VOLUNTEERS, ROOMS)
    assert directory.offering(NeedCategory.HUMAN_RESOURCES) == (VOLUNTEERS,)
    assert directory.offering(NeedCategory.FINANCIAL) == (COMMUNE,)
    assert directory.offering(NeedCategory.PLANNING) == ()


def test_a_structure_with_two_matching_offers_is_listed_once() -> None:
    generous = Structure(
        id="s",
        name="n",
        offers=(Offer(category=NeedCategory.MATERIAL), Offer(category=NeedCategory.MATERIAL)),
    )
    assert Directory(structures=(generous,)).offering(NeedCategory.MATERIAL) == (generous,)


def test_a_directory_refuses_a_list_of_structures() -> None:
    structures = [ROOMS]
    assert_refused(
        lambda: Directory(structures=structures),  # type: ignore[arg-type]
        "Directory.structures",
        structures,
    )


# --- merging two directories by structure id ---------------------------------------------------


def test_merging_replaces_a_structure_by_id_in_its_place_and_adds_the_new_ones_after() -> None:
    ours = Directory(structures=(ROOMS, VOLUNTEERS))
    moved = attrs.evolve(ROOMS, area="Neder-Over-Heembeek")
    theirs = Directory(structures=(COMMUNE, moved))
    assert ours.merged(theirs).structures == (moved, VOLUNTEERS, COMMUNE)
    assert theirs.merged(ours).structures == (COMMUNE, ROOMS, VOLUNTEERS)  # ours wins there


def test_of_two_structures_with_one_id_in_the_other_directory_the_later_wins() -> None:
    renamed = attrs.evolve(COMMUNE, name="Ville de Bruxelles, service social")
    merged = Directory(structures=(COMMUNE,)).merged(
        Directory(structures=(COMMUNE, NOTHING_YET, renamed, NOTHING_YET))
    )
    assert merged.structures == (renamed, NOTHING_YET)


def test_merging_an_empty_directory_changes_nothing() -> None:
    directory = Directory(structures=(VOLUNTEERS, ROOMS))
    assert directory.merged(Directory()) == directory
    assert Directory().merged(directory) == directory


def test_merging_refuses_what_is_not_a_directory() -> None:
    assert_refused(
        lambda: Directory().merged((ROOMS,)),  # type: ignore[arg-type]
        "Directory.merged(other)",
        (ROOMS,),
    )


@given(pms.directories(), pms.directories())
def test_a_merged_directory_holds_every_id_once_and_the_other_s_structures_as_they_are(
    ours: Directory, theirs: Directory
) -> None:
    merged = ours.merged(theirs)
    ids = [structure.id for structure in merged.structures]
    assert len(ids) == len(set(ids))
    assert set(ids) == {s.id for s in ours.structures} | {s.id for s in theirs.structures}
    assert set(theirs.structures) <= set(merged.structures)
    assert ours.merged(ours) == ours
    assert merged.merged(theirs) == merged


# --- immutability and value semantics -------------------------------------------------------


def test_network_values_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ROOMS.offers = ()  # type: ignore[misc]
    directory = Directory(structures=(ROOMS,))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        directory.structures = ()  # type: ignore[misc]


def test_network_values_are_equal_by_value_and_hashable() -> None:
    def build() -> Directory:
        return Directory(
            structures=(
                Structure(
                    id="s",
                    name="n",
                    offers=(
                        Offer(
                            category=NeedCategory.HUMAN_RESOURCES,
                            capacity=Quantity(value=Decimal("8"), unit="hours"),
                        ),
                    ),
                ),
            )
        )

    first, second = build(), build()
    assert first == second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1
    assert first != Directory()
