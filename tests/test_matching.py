"""Who in the network could meet what the partnership still lacks (seed §4): the needs no
contribution covers and the roles nobody holds, matched to the structures of a directory,
ranked, with their reasons in French, English and Dutch."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given

from partnership_model import (
    LANGUAGES,
    ROLE_CATEGORIES,
    Affiliation,
    Candidate,
    Contribution,
    ContributionKind,
    Convention,
    Directory,
    Dossier,
    InstitutionKind,
    MatchReason,
    Need,
    NeedCategory,
    NeedMatch,
    Offer,
    Partner,
    Quantity,
    Representative,
    Role,
    RoleKind,
    Structure,
    TargetPublic,
    UnmetKind,
    match_needs,
    validate,
)
from partnership_model.testing import strategies as pms
from tests.support import assert_refused, brussels, load_example, paths_by_code


def network() -> Directory:
    """The directory of the network around Brussels partnerships
    (``examples/brussels_network.py``)."""
    directory = load_example("brussels_network").build_directory()
    assert isinstance(directory, Directory)
    return directory


def without_entraide() -> Convention:
    """The Brussels convention once Entraide Bockstael has left: its volunteers and its
    subsidy go with it, and nobody keeps the accounts."""
    convention = brussels().convention
    return attrs.evolve(
        convention,
        partners=tuple(p for p in convention.partners if p.id != "entraide"),
        contributions=tuple(c for c in convention.contributions if c.partner != "entraide"),
        roles=tuple(
            attrs.evolve(role, holders=tuple(h for h in role.holders if h != "entraide"))
            for role in convention.roles
        ),
    )


def people(count: str) -> Quantity:
    return Quantity(value=Decimal(count), unit="personnes")


def helpers(id: str = "helpers", **changes: Any) -> Structure:
    """A structure that offers volunteers, and nothing else about it."""
    offers = (Offer(category=NeedCategory.HUMAN_RESOURCES, capacity=people("6")),)
    return attrs.evolve(Structure(id=id, name="Helpers", offers=offers), **changes)


def volunteers_needed(**changes: Any) -> Convention:
    """A convention with one need nobody covers: six volunteers."""
    need = Need(id="need-v", category=NeedCategory.HUMAN_RESOURCES, quantity=people("6"))
    return attrs.evolve(Convention(name="Quartier", needs=(need,)), **changes)


def only(found: tuple[NeedMatch, ...]) -> NeedMatch:
    assert len(found) == 1
    return found[0]


def first(convention: Convention, *structures: Structure) -> Candidate:
    return only(match_needs(convention, Directory(structures=structures))).candidates[0]


# --- what is lacking --------------------------------------------------------------------------


def test_a_complete_partnership_lacks_nothing() -> None:
    assert match_needs(brussels()) == ()
    assert match_needs(brussels().convention, network()) == ()


def test_a_partner_who_leaves_leaves_a_need_uncovered_and_a_role_unheld() -> None:
    found = match_needs(without_entraide(), network())
    assert [(unmet.kind, unmet.item, unmet.path) for unmet in found] == [
        (UnmetKind.NEED, "need-benevoles", "$.convention.needs[2]"),
        (UnmetKind.ROLE, "role-tresorier", "$.convention.roles[1]"),
    ]
    need, role = found
    assert need.title == "Bénévoles pour la distribution"
    assert need.categories == (NeedCategory.HUMAN_RESOURCES,)
    assert need.quantity == people("6")
    assert need.role is None
    assert role.role is RoleKind.TREASURER
    assert role.categories == ROLE_CATEGORIES[RoleKind.TREASURER]


def test_what_is_lacking_is_what_validation_finds_lacking() -> None:
    dossier = attrs.evolve(brussels(), convention=without_entraide())
    findings = paths_by_code(validate(dossier).findings)
    found = match_needs(dossier, network())
    assert [u.path for u in found if u.kind is UnmetKind.NEED] == findings[
        "define.needs.not-covered"
    ]
    assert [u.path for u in found if u.kind is UnmetKind.ROLE] == findings[
        "clarify.roles.no-holder"
    ]


def test_a_need_covered_by_any_contribution_is_not_lacking() -> None:
    covering = Contribution(id="c", kind=ContributionKind.HUMAN, covers=("need-v",))
    assert match_needs(volunteers_needed(contributions=(covering,)), Directory()) == ()


# --- who could meet it, and why ---------------------------------------------------------------


def test_the_structures_are_ranked_by_score_with_their_reasons() -> None:
    need, role = match_needs(without_entraide(), network())
    assert [(c.structure, c.score, c.reasons) for c in need.candidates] == [
        ("plateforme-volontariat", 5, (MatchReason.CATEGORY, MatchReason.CAPACITY)),
        ("maison-val-marie", 3, (MatchReason.CATEGORY, MatchReason.AREA)),
        ("jeunesse-saint-gilles", 1, (MatchReason.CATEGORY,)),
    ]
    assert [(c.structure, c.score) for c in role.candidates] == [
        ("cpas", 5),
        ("maison-val-marie", 3),
        ("cohesion-sociale", 1),  # equal scores: by id
        ("jeunesse-saint-gilles", 1),
        ("plateforme-volontariat", 1),
    ]
    assert role.candidates[0].reasons == (
        MatchReason.CATEGORY,
        MatchReason.AREA,
        MatchReason.PARTNER,
    )


def test_the_score_is_the_sum_of_the_weights_of_the_reasons() -> None:
    assert {reason: reason.weight for reason in MatchReason} == {
        MatchReason.CATEGORY: 1,
        MatchReason.CAPACITY: 4,
        MatchReason.AREA: 2,
        MatchReason.PARTNER: 2,
        MatchReason.KNOWN: 1,
    }
    for unmet in match_needs(without_entraide(), network()):
        for candidate in unmet.candidates:
            assert candidate.score == sum(reason.weight for reason in candidate.reasons)


def test_a_structure_with_no_offer_of_the_category_is_not_proposed() -> None:
    elsewhere = helpers(offers=(Offer(category=NeedCategory.MATERIAL),))
    assert only(match_needs(volunteers_needed(), Directory(structures=(elsewhere,)))) == NeedMatch(
        kind=UnmetKind.NEED,
        item="need-v",
        path="$.convention.needs[0]",
        title="",
        categories=(NeedCategory.HUMAN_RESOURCES,),
        candidates=(),
        quantity=people("6"),
    )


def test_a_structure_with_several_fitting_offers_is_proposed_once_with_its_largest_capacity() -> (
    None
):
    offers = tuple(
        Offer(category=NeedCategory.HUMAN_RESOURCES, capacity=people(count))
        for count in ("2", "7", "5")
    )
    candidate = first(volunteers_needed(), helpers(offers=offers))
    assert candidate.capacity == people("7")
    assert candidate.categories == (NeedCategory.HUMAN_RESOURCES,)


@pytest.mark.parametrize(
    ("capacity", "enough"),
    [
        (people("6"), True),
        (people("6.00"), True),  # exactly six
        (people("5.99"), False),
        (Quantity(value=Decimal(6), unit=" Personnes "), True),  # one unit, however written
        (Quantity(value=Decimal(600), unit="heures"), False),  # another unit: not converted
    ],
)
def test_capacity_is_enough_when_it_is_at_least_the_quantity_in_the_same_unit(
    capacity: Quantity, enough: bool
) -> None:
    offers = (Offer(category=NeedCategory.HUMAN_RESOURCES, capacity=capacity),)
    candidate = first(volunteers_needed(), helpers(offers=offers))
    assert (MatchReason.CAPACITY in candidate.reasons) is enough


def test_a_capacity_in_another_unit_is_not_said_at_all() -> None:
    offers = (
        Offer(
            category=NeedCategory.HUMAN_RESOURCES, capacity=Quantity(value=Decimal(1), unit="h")
        ),
    )
    candidate = first(volunteers_needed(), helpers(offers=offers))
    assert candidate.capacity is None
    assert candidate.explain("en") == ("offers in the category human resources",)


def test_the_area_is_that_of_a_target_public_or_of_a_partner_s_own_structure() -> None:
    public = TargetPublic(id="public", description="Familles", area="Laeken (1020)")
    in_laeken = helpers(area=" laeken  (1020)")
    assert first(volunteers_needed(target_publics=(public,)), in_laeken).area == " laeken  (1020)"
    partner = Partner(id="maison", name="Maison de quartier")
    the_partner = Structure(id="maison", name="Maison", area="Laeken (1020)")
    candidate = first(volunteers_needed(partners=(partner,)), in_laeken, the_partner)
    assert MatchReason.AREA in candidate.reasons
    assert first(volunteers_needed(), in_laeken).reasons == (
        MatchReason.CATEGORY,
        MatchReason.CAPACITY,
    )


def test_a_blank_area_is_nobody_s_area() -> None:
    public = TargetPublic(id="public", description="Familles", area=" ")
    candidate = first(volunteers_needed(target_publics=(public,)), helpers(area="\t"))
    assert MatchReason.AREA not in candidate.reasons
    assert candidate.area is None


def test_a_structure_is_a_partner_by_its_id_or_its_name() -> None:
    partners = (
        Partner(id="helpers", name="Helpers Brussels ASBL"),
        Partner(id="other", name="  HELPERS "),
    )
    candidate = first(volunteers_needed(partners=partners), helpers())
    assert MatchReason.PARTNER in candidate.reasons
    assert candidate.partners == ("helpers", "other")
    assert candidate.known_by == ()


def test_a_partner_knows_the_structure_it_answers_to_or_whose_contact_it_is() -> None:
    answering = Partner(
        id="asbl",
        name="ASBL",
        answers_to=(Affiliation(name="helpers", kind=InstitutionKind.HIERARCHY),),
    )
    contact = Partner(
        id="club",
        name="Club",
        representatives=(Representative(name="Ana", email="Ana@Club.example", phone="02 555"),),
    )
    convention = volunteers_needed(partners=(answering, contact))
    assert first(convention, helpers(contact="ana@club.example")).known_by == ("asbl", "club")
    assert first(convention, helpers(contact="02  555")).known_by == ("asbl", "club")
    assert first(convention, helpers(name="Others", contact="other@x.example")).known_by == ()


def test_a_role_nobody_holds_calls_for_the_categories_its_kind_needs() -> None:
    assert set(ROLE_CATEGORIES) == set(RoleKind)
    coordinator = Role(id="role-coord", kind=RoleKind.COORDINATOR)
    planner = helpers(id="planner", offers=(Offer(category=NeedCategory.PLANNING),))
    funder = helpers(id="funder", offers=(Offer(category=NeedCategory.FINANCIAL),))
    found = only(
        match_needs(
            Convention(name="Sans coordination", roles=(coordinator,)),
            Directory(structures=(funder, planner, helpers())),
        )
    )
    assert [c.structure for c in found.candidates] == ["helpers", "planner"]
    assert all(c.capacity is None for c in found.candidates)  # a role asks for no quantity


def test_structures_with_one_id_and_one_score_keep_their_directory_order() -> None:
    twice = (helpers(name="First"), helpers(name="Second"))
    found = only(match_needs(volunteers_needed(), Directory(structures=twice)))
    assert [candidate.name for candidate in found.candidates] == ["First", "Second"]


def test_needs_that_ask_for_the_same_thing_are_offered_the_same_structures() -> None:
    needs = tuple(
        Need(id=f"need-{number}", category=NeedCategory.HUMAN_RESOURCES, quantity=quantity)
        for number, quantity in enumerate((people("6"), people("6"), people("6.0")))
    )
    first_, second, written_otherwise = match_needs(
        Convention(name="Trois équipes", needs=needs), Directory(structures=(helpers(),))
    )
    assert first_.candidates == second.candidates
    assert written_otherwise.candidates[0].needed == people("6.0")
    assert written_otherwise.explain("en")[1].endswith("enough for the 6.0 personnes needed.")


# --- said in three languages ------------------------------------------------------------------


def test_a_match_explains_itself_in_french_english_and_dutch() -> None:
    need, role = match_needs(without_entraide(), network())
    names = {partner.id: partner.name for partner in without_entraide().partners}
    assert need.explain("en", names)[:3] == (
        "No contribution covers the need 'Bénévoles pour la distribution' "
        "(need-benevoles, human resources, 6 personnes).",
        "1. Plateforme du volontariat bruxellois (plateforme-volontariat, score 5): offers in the "
        "category human resources; can give 10 personnes, enough for the 6 personnes needed.",
        "2. Maison de quartier du Val Marie (maison-val-marie, score 3): offers in the category "
        "human resources; can give 4 personnes, less than the 6 personnes needed; works in the "
        "partnership's area (Laeken (1020)).",
    )
    assert role.explain("fr", names)[:2] == (
        "Le rôle «\u00a0role-tresorier\u00a0» (trésorier) n'est tenu par aucun partenaire.",
        "1. CPAS de Laeken (antenne sociale) (cpas, score 5)\u00a0: offre dans la catégorie "
        "financier\u00a0; active dans la zone du partenariat (Laeken (1020))\u00a0; déjà "
        "partenaire (CPAS de Laeken (antenne sociale)).",
    )
    assert role.explain("nl-BE")[0] == (
        "Geen enkele partner neemt de rol 'role-tresorier' (penningmeester) op."
    )


def test_the_draft_finds_a_funder_its_partner_already_answers_to() -> None:
    draft = load_example("draft").build_dossier()
    need, role = match_needs(draft, network())
    assert need.explain("en")[:2] == (
        "No contribution covers the need 'Un animateur à mi-temps' (need-animateur, financial).",
        "1. Service jeunesse de la commune (jeunesse-saint-gilles, score 2): offers in the "
        "category financial; known to maison-jeunes.",
    )
    titled = attrs.evolve(role, title="Coordination générale")
    assert titled.explain("en")[0] == (
        "No partner holds the role 'Coordination générale' (role-coord, coordinator)."
    )


def test_partners_are_named_by_their_id_when_no_names_are_given() -> None:
    answering = Partner(
        id="asbl",
        name="ASBL",
        answers_to=(Affiliation(name="Helpers", kind=InstitutionKind.HIERARCHY),),
    )
    candidate = first(volunteers_needed(partners=(answering,)), helpers())
    assert candidate.explain("nl")[-1] == "bekend bij asbl"
    assert candidate.explain("nl", {"asbl": "De ASBL"})[-1] == "bekend bij De ASBL"


def test_a_match_nobody_can_meet_says_so() -> None:
    found = only(match_needs(volunteers_needed(), Directory()))
    assert found.explain("nl") == (
        "Geen enkele bijdrage dekt de behoefte 'need-v' (personeel, 6 personnes).",
        "Geen enkele structuur uit de lijst biedt wat ervoor nodig is.",
    )


def test_every_reason_has_a_label_in_every_language() -> None:
    for language in LANGUAGES:
        labels = MatchReason.labels(language)
        assert set(labels) == {reason.value for reason in MatchReason}
        assert all(label.strip() for label in labels.values())
    assert UnmetKind.ROLE.label("nl") == "rol"


def test_a_match_as_json_values_keeps_every_fact() -> None:
    need, _ = match_needs(without_entraide(), network())
    assert need.to_dict()["candidates"][1] == {  # type: ignore[index]
        "structure": "maison-val-marie",
        "name": "Maison de quartier du Val Marie",
        "score": 3,
        "reasons": ["category", "area"],
        "categories": ["human_resources"],
        "needed": {"value": "6", "unit": "personnes"},
        "capacity": {"value": "4", "unit": "personnes"},
        "area": "Laeken (1020)",
        "partners": [],
        "known_by": [],
    }
    assert {key: value for key, value in need.to_dict().items() if key != "candidates"} == {
        "kind": "need",
        "item": "need-benevoles",
        "path": "$.convention.needs[2]",
        "title": "Bénévoles pour la distribution",
        "categories": ["human_resources"],
        "quantity": {"value": "6", "unit": "personnes"},
        "role": None,
    }


# --- what it reads ----------------------------------------------------------------------------


def test_a_dossier_is_matched_to_its_own_directory_unless_given_another() -> None:
    dossier = Dossier(convention=volunteers_needed(), directory=Directory(structures=(helpers(),)))
    assert only(match_needs(dossier)).candidates[0].structure == "helpers"
    assert only(match_needs(dossier, Directory())).candidates == ()


def test_a_convention_alone_needs_a_directory() -> None:
    assert_refused(lambda: match_needs(volunteers_needed()), "match_needs(directory)", None)


def test_match_needs_refuses_what_is_not_a_convention_or_a_directory() -> None:
    assert_refused(
        lambda: match_needs(volunteers_needed(), ()),  # type: ignore[arg-type]
        "match_needs(directory)",
        (),
    )
    assert_refused(
        lambda: match_needs("convention.json", Directory()),  # type: ignore[arg-type]
        "match_needs(target)",
        "convention.json",
    )


# --- properties -------------------------------------------------------------------------------


@given(pms.dossiers())
def test_every_proposed_structure_offers_what_is_lacking_best_first(dossier: Dossier) -> None:
    found = match_needs(dossier)
    covered = {need for c in dossier.convention.contributions for need in c.covers}
    assert [u.item for u in found if u.kind is UnmetKind.NEED] == [
        need.id for need in dossier.convention.needs if need.id not in covered
    ]
    structures = {structure.id: structure for structure in dossier.directory.structures}
    for unmet in found:
        for candidate in unmet.candidates:
            offered = {offer.category for offer in structures[candidate.structure].offers}
            assert offered & set(unmet.categories)
            assert candidate.reasons[0] is MatchReason.CATEGORY
            assert candidate.score == sum(reason.weight for reason in candidate.reasons)
        keys = [(-candidate.score, candidate.structure) for candidate in unmet.candidates]
        assert keys == sorted(keys)
    assert match_needs(dossier) == found  # the same answer every time


@given(pms.conventions(), pms.directories())
def test_the_ranking_does_not_depend_on_the_directory_s_order(
    convention: Convention, directory: Directory
) -> None:
    # The strategies draw distinct ids, as a directory merged by id holds them.
    reordered = Directory(structures=directory.structures[::-1])
    assert match_needs(convention, reordered) == match_needs(convention, directory)
