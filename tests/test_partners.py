"""Partners, their representatives and structures, and what each one brings (seed §1, CLARIFY).

These tests read as the rules of construction: a partner or a contribution is a
value, frozen and compared by value; what one value can know about itself is checked
when it is built, everything else (does the partner exist? does the need exist?) is
left to the rules.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import attrs
import pytest

from partnership_model import (
    Affiliation,
    Contribution,
    ContributionKind,
    InstitutionKind,
    InvalidValueError,
    LegalIdentifier,
    Money,
    Partner,
    PartnerKind,
    PartnershipModelError,
    Quantity,
    Representative,
)
from tests.support import assert_refused, assert_refused_naming, assert_refused_showing

# --- Brussels fixtures ------------------------------------------------------------------


def bonnevie() -> Partner:
    return Partner(
        id="bonnevie",
        name="Maison de quartier Bonnevie",
        kind=PartnerKind.ASSOCIATION,
        legal_identifier=LegalIdentifier(scheme="BE-BCE_KBO", value="0403.170.701"),
        address="Rue Bonnevie 40, 1080 Molenbeek-Saint-Jean",
        representatives=(
            Representative(
                name="Fatima El Idrissi",
                function="coordinatrice",
                email="fatima@bonnevie.example",
                phone="+32 2 410 00 00",
            ),
        ),
        answers_to=(Affiliation(name="Conseil d'administration", kind=InstitutionKind.HIERARCHY),),
    )


def marolles() -> Partner:
    return Partner(id="marolles", name="Entr'aide des Marolles")


def cpas_molenbeek() -> Partner:
    return Partner(
        id="cpas-molenbeek",
        name="CPAS de Molenbeek",
        kind=PartnerKind.PUBLIC_AUTHORITY,
        answers_to=(
            Affiliation(name="Conseil de l'action sociale", kind=InstitutionKind.PUBLIC_AUTHORITY),
        ),
    )


def premises_contribution() -> Contribution:
    return Contribution(
        id="c-salle",
        partner="bonnevie",
        kind=ContributionKind.PREMISES,
        description="La grande salle, le mercredi après-midi",
        quantity=Quantity(value=Decimal("4"), unit="heures par semaine"),
        covers=("need-salle",),
        serves=("task-accueil",),
    )


def financial_contribution() -> Contribution:
    return Contribution(
        id="c-subside",
        partner="cpas-molenbeek",
        kind=ContributionKind.FINANCIAL,
        amount=Money(amount=Decimal("2500.00"), currency="EUR"),
        covers=("need-animateur",),
    )


# --- building partners ------------------------------------------------------------------


def test_a_partner_needs_only_an_id_and_a_name_and_is_an_association_by_default() -> None:
    partner = Partner(id="marolles", name="Entr'aide des Marolles")

    assert partner.kind is PartnerKind.ASSOCIATION
    assert partner.legal_identifier is None
    assert partner.address is None
    assert partner.representatives == ()
    assert partner.answers_to == ()


def test_a_full_partner_keeps_its_representatives_and_the_structures_it_answers_to() -> None:
    partner = bonnevie()

    assert partner.representatives[0].name == "Fatima El Idrissi"
    assert partner.representatives[0].function == "coordinatrice"
    assert partner.answers_to == (
        Affiliation(name="Conseil d'administration", kind=InstitutionKind.HIERARCHY),
    )
    assert str(partner.legal_identifier) == "BE-BCE_KBO-0403.170.701"


def test_a_public_authority_is_a_partner_of_its_own_kind() -> None:
    cpas = cpas_molenbeek()

    assert cpas.kind is PartnerKind.PUBLIC_AUTHORITY
    assert cpas.answers_to[0].kind is InstitutionKind.PUBLIC_AUTHORITY


def test_a_representative_needs_only_a_name() -> None:
    person = Representative(name="Jan Peeters")

    assert (person.function, person.email, person.phone) == (None, None, None)


def test_a_contribution_needs_an_id_and_a_kind_and_may_not_yet_name_its_partner() -> None:
    draft = Contribution(id="c-1", kind=ContributionKind.SERVICE)

    assert draft.partner is None
    assert draft.description == ""
    assert draft.amount is None
    assert draft.quantity is None
    assert draft.covers == ()
    assert draft.serves == ()


def test_a_contribution_links_by_id_to_the_needs_it_covers_and_the_tasks_it_serves() -> None:
    contribution = premises_contribution()

    assert contribution.covers == ("need-salle",)
    assert contribution.serves == ("task-accueil",)
    assert str(contribution.quantity) == "4 heures par semaine"


def test_a_contribution_may_be_valued_both_in_money_and_in_a_quantity() -> None:
    contribution = Contribution(
        id="c-animatrice",
        partner="marolles",
        kind=ContributionKind.HUMAN,
        amount=Money(amount=Decimal("1200.00"), currency="EUR"),
        quantity=Quantity(value=Decimal("40"), unit="heures"),
    )

    assert str(contribution.amount) == "1200.00 EUR"
    assert str(contribution.quantity) == "40 heures"


def test_references_are_not_resolved_at_construction_a_draft_may_point_anywhere() -> None:
    # Neither the partner nor the need nor the task exists anywhere: that is for the rules.
    contribution = Contribution(
        id="c-1",
        partner="partner-not-yet-added",
        kind=ContributionKind.MATERIAL,
        covers=("need-x", "need-x"),
        serves=("task-y",),
    )

    assert contribution.covers == ("need-x", "need-x")


# --- the enumerations ---------------------------------------------------------------------


def test_partner_kinds_have_stable_codes() -> None:
    assert [kind.value for kind in PartnerKind] == [
        "association",
        "public_authority",
        "institution",
        "company",
        "informal_group",
        "network",
        "other",
    ]


def test_institution_kinds_are_the_seed_s_institution_public_authority_and_hierarchy() -> None:
    assert [kind.value for kind in InstitutionKind] == [
        "institution",
        "public_authority",
        "hierarchy",
    ]


def test_contribution_kinds_include_the_seed_s_material_service_and_financial() -> None:
    assert {"material", "service", "financial"} <= {kind.value for kind in ContributionKind}
    assert [kind.value for kind in ContributionKind] == [
        "material",
        "service",
        "financial",
        "human",
        "premises",
        "expertise",
    ]


@pytest.mark.parametrize(
    ("member", "fr", "en", "nl"),
    [
        (PartnerKind.PUBLIC_AUTHORITY, "pouvoir public", "public authority", "overheid"),
        (PartnerKind.ASSOCIATION, "association", "association", "vereniging"),
        (InstitutionKind.HIERARCHY, "hiérarchie", "hierarchy", "hiërarchie"),
        (ContributionKind.PREMISES, "locaux", "premises", "lokalen"),
        (ContributionKind.HUMAN, "ressources humaines", "human resources", "personeel"),
    ],
)
def test_enum_members_have_labels_in_french_english_and_dutch(
    member: PartnerKind | InstitutionKind | ContributionKind, fr: str, en: str, nl: str
) -> None:
    assert member.label() == fr
    assert (member.label("fr"), member.label("en"), member.label("nl")) == (fr, en, nl)


def test_every_enum_member_has_a_label_in_each_language() -> None:
    for enum_type in (PartnerKind, InstitutionKind, ContributionKind):
        for language in ("fr", "en", "nl"):
            labels = enum_type.labels(language)
            assert list(labels) == [member.value for member in enum_type]
            assert all(labels.values())


def test_an_enum_member_prints_as_its_code() -> None:
    assert str(PartnerKind.PUBLIC_AUTHORITY) == "public_authority"
    assert str(ContributionKind.FINANCIAL) == "financial"


# --- values: frozen, hashable, equal by value -------------------------------------------


def test_partners_are_equal_by_value_and_hashable() -> None:
    assert bonnevie() == bonnevie()
    assert hash(bonnevie()) == hash(bonnevie())
    assert bonnevie() != marolles()
    assert len({bonnevie(), bonnevie(), marolles(), cpas_molenbeek()}) == 3


def test_contributions_are_equal_by_value_and_hashable() -> None:
    assert premises_contribution() == premises_contribution()
    assert len({premises_contribution(), financial_contribution(), premises_contribution()}) == 2


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (bonnevie(), "name"),
        (bonnevie().representatives[0], "email"),
        (bonnevie().answers_to[0], "name"),
        (premises_contribution(), "description"),
    ],
)
def test_values_are_frozen(value: object, field: str) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, field, "changed")


def test_evolve_gives_a_changed_copy_and_leaves_the_original_alone() -> None:
    original = marolles()

    moved = attrs.evolve(original, address="Rue Haute 169, 1000 Bruxelles")

    assert moved.address == "Rue Haute 169, 1000 Bruxelles"
    assert moved.id == original.id
    assert original.address is None
    assert moved != original


def test_evolve_checks_the_new_value_as_construction_does() -> None:
    with pytest.raises(InvalidValueError, match=r"Partner\.kind"):
        attrs.evolve(marolles(), kind="association")  # type: ignore[arg-type]


def test_constructors_take_keywords_only() -> None:
    with pytest.raises(TypeError):
        Partner("marolles", "Entr'aide des Marolles")  # type: ignore[call-arg]


# --- what construction refuses ------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_id",
    [
        "",
        "bonne vie",
        "x" * 65,
        "-bonnevie",
        "_bonnevie",
        "maison-été",
        "bonnevie\n",
    ],
)
def test_a_partner_id_is_a_short_stable_token(bad_id: str) -> None:
    assert_refused(
        lambda: Partner(id=bad_id, name="Maison de quartier Bonnevie"), "Partner.id", bad_id
    )


@pytest.mark.parametrize(
    "good_id", ["b", "x" * 64, "bonnevie", "BE-0403.170.701", "asbl:bonnevie_2025", "1080"]
)
def test_ids_of_letters_digits_and_separators_up_to_64_characters_are_accepted(
    good_id: str,
) -> None:
    assert Partner(id=good_id, name="Maison de quartier Bonnevie").id == good_id


def test_the_invalid_value_error_is_a_library_error_and_a_value_error() -> None:
    with pytest.raises(InvalidValueError) as caught:
        Partner(id="", name="Maison de quartier Bonnevie")

    assert isinstance(caught.value, PartnershipModelError)
    assert isinstance(caught.value, ValueError)
    assert str(caught.value).startswith("Partner.id: ")
    assert "(got '')" in str(caught.value)


def test_a_plain_string_is_refused_where_an_enum_member_is_meant() -> None:
    error = assert_refused(
        lambda: Partner(id="cpas-molenbeek", name="CPAS de Molenbeek", kind="public_authority"),  # type: ignore[arg-type]
        "Partner.kind",
        "public_authority",
    )
    # the message lists the codes that would have been accepted
    assert "association, public_authority, institution" in str(error)


def test_a_member_of_another_enumeration_is_refused_even_with_the_same_code() -> None:
    with pytest.raises(InvalidValueError, match=r"Partner\.kind"):
        Partner(
            id="cpas-molenbeek",
            name="CPAS de Molenbeek",
            kind=InstitutionKind.PUBLIC_AUTHORITY,  # type: ignore[arg-type]
        )


def test_a_list_is_refused_where_a_tuple_is_meant() -> None:
    error = assert_refused_naming(
        lambda: Partner(
            id="bonnevie",
            name="Maison de quartier Bonnevie",
            representatives=[Representative(name="Fatima El Idrissi")],  # type: ignore[arg-type]
        ),
        "Partner.representatives",
    )
    assert "expected a tuple" in str(error)


@pytest.mark.parametrize(
    ("build", "field", "shown"),
    [
        (lambda: Partner(id="bonnevie", name=None), "Partner.name", "None"),  # type: ignore[arg-type]
        (lambda: Partner(id="b", name="B", address=1080), "Partner.address", "1080"),  # type: ignore[arg-type]
        (lambda: Partner(id=42, name="B"), "Partner.id", "42"),  # type: ignore[arg-type]
        (
            lambda: Partner(id="b", name="B", answers_to=[]),  # type: ignore[arg-type]
            "Partner.answers_to",
            "[]",
        ),
        (lambda: Representative(name=b"Jan"), "Representative.name", "b'Jan'"),  # type: ignore[arg-type]
        (
            lambda: Representative(name="Jan", email=["jan@example.org"]),  # type: ignore[arg-type]
            "Representative.email",
            "['jan@example.org']",
        ),
        (
            lambda: Affiliation(name="CPAS", kind="hierarchy"),  # type: ignore[arg-type]
            "Affiliation.kind",
            "'hierarchy'",
        ),
        (
            lambda: Affiliation(name=None, kind=InstitutionKind.HIERARCHY),  # type: ignore[arg-type]
            "Affiliation.name",
            "None",
        ),
        (
            lambda: Contribution(id="c 1", kind=ContributionKind.SERVICE),
            "Contribution.id",
            "'c 1'",
        ),
        (
            lambda: Contribution(id="c1", kind="service"),  # type: ignore[arg-type]
            "Contribution.kind",
            "'service'",
        ),
        (
            lambda: Contribution(id="c1", partner="", kind=ContributionKind.SERVICE),
            "Contribution.partner",
            "''",
        ),
        (
            lambda: Contribution(id="c1", kind=ContributionKind.SERVICE, covers=["need-salle"]),  # type: ignore[arg-type]
            "Contribution.covers",
            "['need-salle']",
        ),
        (
            lambda: Contribution(id="c1", kind=ContributionKind.SERVICE, covers=("need salle",)),
            "Contribution.covers",
            "'need salle'",
        ),
        (
            lambda: Contribution(id="c1", kind=ContributionKind.SERVICE, serves=("",)),
            "Contribution.serves",
            "''",
        ),
        (
            lambda: Contribution(id="c1", kind=ContributionKind.SERVICE, description=None),  # type: ignore[arg-type]
            "Contribution.description",
            "None",
        ),
    ],
)
def test_construction_refuses_what_a_single_value_can_know_is_wrong(
    build: Callable[[], object], field: str, shown: str
) -> None:
    error = assert_refused_showing(build, field, shown)
    assert f"(got {shown})" in str(error)  # the whole repr, not only its start


def test_a_contribution_amount_is_money_the_library_refuses_a_negative_or_float_amount() -> None:
    with pytest.raises(InvalidValueError, match=r"Money\.amount"):
        Contribution(
            id="c-subside",
            kind=ContributionKind.FINANCIAL,
            amount=Money(amount=Decimal("-1"), currency="EUR"),
        )
    with pytest.raises(InvalidValueError, match=r"Money\.amount"):
        Money(amount=2500.0, currency="EUR")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("build", "field", "shown"),
    [
        (
            lambda: Partner(id="b", name="B", legal_identifier="0403.170.701"),  # type: ignore[arg-type]
            "Partner.legal_identifier",
            "'0403.170.701'",
        ),
        (
            lambda: Contribution(id="c", kind=ContributionKind.FINANCIAL, amount=2500.0),  # type: ignore[arg-type]
            "Contribution.amount",
            "2500.0",
        ),
        (
            lambda: Contribution(id="c", kind=ContributionKind.HUMAN, quantity=Decimal("40")),  # type: ignore[arg-type]
            "Contribution.quantity",
            "Decimal('40')",
        ),
        (
            lambda: Partner(id="b", name="B", representatives=("Fatima El Idrissi",)),  # type: ignore[arg-type]
            "Partner.representatives",
            "'Fatima El Idrissi'",
        ),
        (
            lambda: Partner(id="b", name="B", answers_to=(InstitutionKind.HIERARCHY,)),  # type: ignore[arg-type]
            "Partner.answers_to",
            "<InstitutionKind.HIERARCHY: 'hierarchy'>",
        ),
    ],
)
def test_a_value_of_the_wrong_type_is_refused_in_nested_value_fields(
    build: Callable[[], object], field: str, shown: str
) -> None:
    error = assert_refused_showing(build, field, shown)
    assert f"(got {shown})" in str(error)  # the whole repr, not only its start


def test_a_representative_keeps_free_text_as_written() -> None:
    # Names, functions and contact details are content: the library does not reformat them.
    person = Representative(name="  Jan Peeters ", phone="02/410.00.00")

    assert person.name == "  Jan Peeters "
    assert person.phone == "02/410.00.00"
