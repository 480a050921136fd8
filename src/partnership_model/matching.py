"""Who in the network could meet what the partnership still lacks (seed §4, the network).

"Knowing the other structures is what makes us aware of the range of resources open to
us." :func:`match_needs` takes every need that no contribution covers and every role
that no partner holds, and ranks the structures of a directory whose offers could meet
it, each with the reasons it ranks where it does:

- it offers something of the category the need is of (a role calls for the categories
  of :data:`ROLE_CATEGORIES`): the one reason every proposed structure has;
- an offer of that category can give at least the quantity needed, in the same unit
  (compared exactly; a unit is the same whatever its case and spacing, another unit is
  never converted);
- it works in the partnership's area: the area of a target public, or of a partner's
  own entry in the directory;
- it is already a partner (the same id or name as one), or a partner knows it: a
  partner answers to it (``Partner.answers_to``), or its contact is a partner's
  representative's e-mail or phone.

Pure: the convention and the directory are read, never changed, and nothing else is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from partnership_model.convention import Convention
from partnership_model.dossier import Dossier, read_target
from partnership_model.errors import InvalidValueError
from partnership_model.i18n import LabelledEnum, resolve_language, translate
from partnership_model.money import Quantity
from partnership_model.needs import Need, NeedCategory
from partnership_model.network import Directory, Offer, Structure
from partnership_model.roles import Role, RoleKind
from partnership_model.text import blank, same_name

__all__ = [
    "ROLE_CATEGORIES",
    "Candidate",
    "MatchReason",
    "NeedMatch",
    "UnmetKind",
    "match_needs",
]


class MatchReason(LabelledEnum):
    """Why a structure is proposed for a need or a role, and how much each reason weighs
    in its score (:attr:`weight`)."""

    CATEGORY = "category"
    """It offers something of the category the need is of, or the role calls for."""
    CAPACITY = "capacity"
    """An offer of that category gives at least the quantity needed, in its unit."""
    AREA = "area"
    """It works in the partnership's area."""
    PARTNER = "partner"
    """It is already one of the partners: its offer is not a contribution yet."""
    KNOWN = "known"
    """A partner knows it: answers to it, or is its contact."""

    @property
    def weight(self) -> int:
        """What the reason adds to a structure's score: enough capacity weighs most, as it
        says the structure can meet the whole need; then the area and a partnership
        already there; a partner's acquaintance adds a little."""
        return _WEIGHTS[self]


_WEIGHTS = {
    MatchReason.CATEGORY: 1,
    MatchReason.CAPACITY: 4,
    MatchReason.AREA: 2,
    MatchReason.PARTNER: 2,
    MatchReason.KNOWN: 1,
}


class UnmetKind(LabelledEnum):
    """What the partnership lacks: a need no contribution covers, a role nobody holds."""

    NEED = "need"
    ROLE = "role"


_EVERY_CATEGORY = tuple(NeedCategory)

ROLE_CATEGORIES: Mapping[RoleKind, tuple[NeedCategory, ...]] = MappingProxyType(
    {
        RoleKind.COORDINATOR: (NeedCategory.HUMAN_RESOURCES, NeedCategory.PLANNING),
        RoleKind.PARTNER: _EVERY_CATEGORY,
        RoleKind.CONTRIBUTOR: _EVERY_CATEGORY,
        RoleKind.OWNER: _EVERY_CATEGORY,
        RoleKind.TREASURER: (NeedCategory.FINANCIAL, NeedCategory.HUMAN_RESOURCES),
        RoleKind.SECRETARY: (NeedCategory.HUMAN_RESOURCES, NeedCategory.PLANNING),
        RoleKind.OBSERVER: _EVERY_CATEGORY,
        RoleKind.FUNDER: (NeedCategory.FINANCIAL,),
        RoleKind.OTHER: _EVERY_CATEGORY,
    }
)
"""The categories of offer that could take on a role nobody holds: people or planning
for the coordinator and the secretary, money or people for the treasurer, money for a
funder; a partner, a contributor, an owner or an observer may bring anything."""


def _quantity_said(quantity: Quantity) -> str:
    return f"{format(quantity.value, 'f')} {quantity.unit}"


def _quantity_data(quantity: Quantity | None) -> dict[str, str] | None:
    if quantity is None:
        return None
    return {"value": format(quantity.value, "f"), "unit": quantity.unit}


def _named(partners: Iterable[str], names: Mapping[str, str] | None) -> str:
    said = names or {}
    return ", ".join(said.get(partner, partner) for partner in partners)


@attrs.frozen(kw_only=True)
class Candidate:
    """A structure of the directory that could meet a need or take a role, with its score
    (the sum of the weights of its reasons) and the facts behind each reason."""

    structure: str
    """The structure's id in the directory."""
    name: str
    score: int
    reasons: tuple[MatchReason, ...]
    """In the order of :class:`MatchReason`; ``CATEGORY`` always first."""
    categories: tuple[NeedCategory, ...]
    """The categories of its offers that fit, in the order of :class:`NeedCategory`."""
    needed: Quantity | None = None
    """The quantity the need asks for, when it says one."""
    capacity: Quantity | None = None
    """The largest capacity of its fitting offers in the unit of ``needed``, enough or not."""
    area: str | None = None
    """Its area, when it is the partnership's."""
    partners: tuple[str, ...] = ()
    """The ids of the partners it is (by id or by name)."""
    known_by: tuple[str, ...] = ()
    """The ids of the other partners who know it."""

    def explain(
        self, language: str = "fr", names: Mapping[str, str] | None = None
    ) -> tuple[str, ...]:
        """Each reason as a clause of ``language``, partners named by ``names[id]`` when
        given, and, when its capacity falls short of the need, how far."""
        language = resolve_language(language)
        categories = ", ".join(category.label(language) for category in self.categories)
        clauses = [translate("match.category", language, categories=categories)]
        if self.capacity is not None and self.needed is not None:
            clauses.append(
                translate(
                    "match.capacity" if MatchReason.CAPACITY in self.reasons else "match.short",
                    language,
                    capacity=_quantity_said(self.capacity),
                    needed=_quantity_said(self.needed),
                )
            )
        if MatchReason.AREA in self.reasons:
            clauses.append(translate("match.area", language, area=self.area))
        if MatchReason.PARTNER in self.reasons:
            partners = _named(self.partners, names)
            clauses.append(translate("match.partner", language, partners=partners))
        if MatchReason.KNOWN in self.reasons:
            partners = _named(self.known_by, names)
            clauses.append(translate("match.known", language, partners=partners))
        return tuple(clauses)

    def to_dict(self) -> dict[str, object]:
        """The candidate as JSON values, for an application or ``match --format json``."""
        return {
            "structure": self.structure,
            "name": self.name,
            "score": self.score,
            "reasons": [reason.value for reason in self.reasons],
            "categories": [category.value for category in self.categories],
            "needed": _quantity_data(self.needed),
            "capacity": _quantity_data(self.capacity),
            "area": self.area,
            "partners": list(self.partners),
            "known_by": list(self.known_by),
        }


@attrs.frozen(kw_only=True)
class NeedMatch:
    """A need no contribution covers, or a role nobody holds, and the structures of the
    directory that could meet it, best first (none when no offer fits)."""

    kind: UnmetKind
    item: str
    """The id of the need or the role."""
    path: str
    """Where it is in the document: ``$.convention.needs[2]``."""
    title: str
    """What the document says of it: the need's description, the role's own name."""
    categories: tuple[NeedCategory, ...]
    """The categories of offer that could meet it: the need's own, or the role's
    (:data:`ROLE_CATEGORIES`)."""
    candidates: tuple[Candidate, ...]
    quantity: Quantity | None = None
    """The quantity the need asks for, when it says one."""
    role: RoleKind | None = None
    """The role's kind, for a role."""

    def explain(
        self, language: str = "fr", names: Mapping[str, str] | None = None
    ) -> tuple[str, ...]:
        """What is lacking, then each structure by rank with its reasons, as sentences of
        ``language``; partners named by ``names[id]`` when given."""
        language = resolve_language(language)
        # Named as the document says it, its id beside; by its id alone when it says nothing.
        name, what = (self.item, []) if blank(self.title) else (self.title, [self.item])
        if self.role is None:
            what += [category.label(language) for category in self.categories]
            if self.quantity is not None:
                what.append(_quantity_said(self.quantity))
        else:
            what.append(self.role.label(language))
        key = f"match.{self.kind.value}"
        lines = [translate(key, language, item=name, what=", ".join(what))]
        if not self.candidates:
            lines.append(translate("match.nobody", language))
        separator = translate("summary.separator", language)
        for rank, candidate in enumerate(self.candidates, start=1):
            said = translate("match.and", language).join(candidate.explain(language, names))
            lines.append(
                f"{rank}. {candidate.name} ({candidate.structure}, "
                f"{translate('match.score', language, score=candidate.score)}){separator}{said}."
            )
        return tuple(lines)

    def to_dict(self) -> dict[str, object]:
        """The unmet need or role as JSON values, its candidates best first."""
        return {
            "kind": self.kind.value,
            "item": self.item,
            "path": self.path,
            "title": self.title,
            "categories": [category.value for category in self.categories],
            "quantity": _quantity_data(self.quantity),
            "role": None if self.role is None else self.role.value,
            "candidates": [candidate.to_dict() for candidate in self.candidates],
        }


@attrs.frozen
class _Known:
    """What one structure is to the partnership whatever is needed: whether it works in
    its area, the partners it is, the other partners who know it."""

    in_area: bool
    partners: tuple[str, ...]
    known_by: tuple[str, ...]


def _index(pairs: Iterable[tuple[str | None, str]]) -> dict[str, tuple[str, ...]]:
    """Each key said (compared by :func:`same_name`) with the partners it leads to, in
    order, each once."""
    found: dict[str, dict[str, None]] = {}
    for key, partner in pairs:
        if key is not None and not blank(key):
            found.setdefault(same_name(key), {})[partner] = None
    return {key: tuple(partners) for key, partners in found.items()}


def _said(text: str | None) -> str | None:
    """``text`` as two mentions of one place or name compare, or None when it is blank."""
    return None if text is None or blank(text) else same_name(text)


class _Network:
    """The convention and the directory, read once: what each structure is to the
    partnership, and which structures offer each category."""

    def __init__(self, convention: Convention, directory: Directory) -> None:
        partners = convention.partners
        self.ids = {partner.id for partner in partners}
        self.names = _index((partner.name, partner.id) for partner in partners)
        affiliations = [
            (affiliation.name, partner.id)
            for partner in partners
            for affiliation in partner.answers_to
        ]
        contacts = [
            (said, partner.id)
            for partner in partners
            for person in partner.representatives
            for said in (person.email, person.phone)
        ]
        self.knowing = _index([*affiliations, *contacts])
        self.structures = directory.structures
        being = [self._partners_it_is(structure) for structure in self.structures]
        areas = {_said(public.area) for public in convention.target_publics}
        for structure, partners_it_is in zip(self.structures, being, strict=True):
            if partners_it_is:
                areas.add(_said(structure.area))
        areas.discard(None)
        self.known = [
            _Known(
                in_area=_said(structure.area) in areas,
                partners=partners_it_is,
                known_by=self._partners_knowing(structure, partners_it_is),
            )
            for structure, partners_it_is in zip(self.structures, being, strict=True)
        ]
        self.ranked: dict[object, tuple[Candidate, ...]] = {}
        self.offering: dict[NeedCategory, list[int]] = {category: [] for category in NeedCategory}
        for at, structure in enumerate(self.structures):
            for category in dict.fromkeys(offer.category for offer in structure.offers):
                self.offering[category].append(at)

    def _partners_it_is(self, structure: Structure) -> tuple[str, ...]:
        """The partners with the structure's id or name."""
        by_id = [structure.id] if structure.id in self.ids else []
        return tuple(dict.fromkeys([*by_id, *self.names.get(same_name(structure.name), ())]))

    def _partners_knowing(
        self, structure: Structure, partners_it_is: tuple[str, ...]
    ) -> tuple[str, ...]:
        """The other partners who answer to the structure or are its contact."""
        knowing = [
            *self.knowing.get(same_name(structure.name), ()),
            *self.knowing.get(_said(structure.contact) or "", ()),
        ]
        return tuple(
            partner for partner in dict.fromkeys(knowing) if partner not in partners_it_is
        )

    def candidates(
        self, categories: tuple[NeedCategory, ...], needed: Quantity | None
    ) -> tuple[Candidate, ...]:
        """The structures with an offer of ``categories``, best first: by score, then by
        id, then by place in the directory. Needs that ask for the same thing (the same
        categories, the same quantity as written) share one list, computed once."""
        key = (categories, None if needed is None else (str(needed.value), needed.unit))
        if key not in self.ranked:
            positions = sorted({at for category in categories for at in self.offering[category]})
            found = [(self._candidate(at, categories, needed), at) for at in positions]
            found.sort(key=lambda pair: (-pair[0].score, pair[0].structure, pair[1]))
            self.ranked[key] = tuple(candidate for candidate, _ in found)
        return self.ranked[key]

    def _candidate(
        self, at: int, categories: tuple[NeedCategory, ...], needed: Quantity | None
    ) -> Candidate:
        structure, known = self.structures[at], self.known[at]
        fitting = [offer for offer in structure.offers if offer.category in categories]
        reasons = [MatchReason.CATEGORY]
        capacity = None if needed is None else _largest(fitting, needed.unit)
        if needed is not None and capacity is not None and capacity.value >= needed.value:
            reasons.append(MatchReason.CAPACITY)
        if known.in_area:
            reasons.append(MatchReason.AREA)
        if known.partners:
            reasons.append(MatchReason.PARTNER)
        if known.known_by:
            reasons.append(MatchReason.KNOWN)
        return Candidate(
            structure=structure.id,
            name=structure.name,
            score=sum(reason.weight for reason in reasons),
            reasons=tuple(reasons),
            categories=tuple(c for c in _EVERY_CATEGORY if any(o.category == c for o in fitting)),
            needed=needed,
            capacity=capacity,
            area=structure.area if known.in_area else None,
            partners=known.partners,
            known_by=known.known_by,
        )


def _largest(offers: Iterable[Offer], unit: str) -> Quantity | None:
    """The largest capacity of ``offers`` in ``unit``, exactly compared; a capacity in
    another unit is not converted, and does not count."""
    wanted = same_name(unit)
    largest: Quantity | None = None
    for offer in offers:
        capacity = offer.capacity
        if (
            capacity is not None
            and same_name(capacity.unit) == wanted
            and (largest is None or capacity.value > largest.value)
        ):
            largest = capacity
    return largest


def _need_match(network: _Network, at: int, need: Need) -> NeedMatch:
    categories = (need.category,)
    return NeedMatch(
        kind=UnmetKind.NEED,
        item=need.id,
        path=f"$.convention.needs[{at}]",
        title=need.description,
        categories=categories,
        candidates=network.candidates(categories, need.quantity),
        quantity=need.quantity,
    )


def _role_match(network: _Network, at: int, role: Role) -> NeedMatch:
    categories = ROLE_CATEGORIES[role.kind]
    return NeedMatch(
        kind=UnmetKind.ROLE,
        item=role.id,
        path=f"$.convention.roles[{at}]",
        title=role.title or "",
        categories=categories,
        candidates=network.candidates(categories, None),
        role=role.kind,
    )


def match_needs(
    target: Convention | Dossier, directory: Directory | None = None
) -> tuple[NeedMatch, ...]:
    """Every need no contribution covers, then every role no partner holds, in the
    convention's order, each with the structures of ``directory`` that could meet it,
    ranked (see :class:`MatchReason`).

    ``target`` is a convention or a dossier; without ``directory``, a dossier's own is
    read. A need counts as covered, and a role as held, exactly when validation says so
    (``define.needs.not-covered``, ``clarify.roles.no-holder``).

    Time: the convention and the directory are read once (linear in their size); then
    each unmet need or role looks only at the offers of the structures offering its
    categories, so the work is at most (unmet needs and roles) × (offers in the
    directory), plus sorting each list; needs asking for the same categories and the
    same quantity, and roles of the same categories, share one list computed once.
    """
    convention, dossier = read_target("match_needs", target)
    if directory is None:
        if dossier is None:
            raise InvalidValueError(
                "match_needs(directory)", None, "a convention alone holds no directory: give one"
            )
        directory = dossier.directory
    elif not isinstance(directory, Directory):
        raise InvalidValueError("match_needs(directory)", directory, "expected a Directory")
    network = _Network(convention, directory)
    covered = {need for contribution in convention.contributions for need in contribution.covers}
    found = [
        _need_match(network, at, need)
        for at, need in enumerate(convention.needs)
        if need.id not in covered
    ]
    found += [
        _role_match(network, at, role)
        for at, role in enumerate(convention.roles)
        if not role.holders
    ]
    return tuple(found)
