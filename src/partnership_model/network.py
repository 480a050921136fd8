"""The network (seed §4): other structures and the resources they offer, so that
unmet needs can be matched to someone who can meet them."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from partnership_model._extensions import (
    EMPTY_EXTENSIONS,
    JsonValue,
    check_extensions,
    freeze_extensions,
)
from partnership_model._fields import (
    items_of,
    member_of,
    optional_instance_of,
    optional_text,
    required_id,
    text,
)
from partnership_model.errors import InvalidValueError
from partnership_model.money import Quantity
from partnership_model.needs import NeedCategory
from partnership_model.partners import PartnerKind

__all__ = ["Directory", "Offer", "Structure"]


@attrs.frozen(kw_only=True)
class Offer:
    """A resource a structure can make available."""

    category: NeedCategory = attrs.field(validator=member_of(NeedCategory))
    description: str = attrs.field(default="", validator=text)
    capacity: Quantity | None = attrs.field(default=None, validator=optional_instance_of(Quantity))


@attrs.frozen(kw_only=True)
class Structure:
    """An organisation of the network, partner or not."""

    id: str = attrs.field(validator=required_id)
    name: str = attrs.field(validator=text)
    kind: PartnerKind = attrs.field(
        default=PartnerKind.ASSOCIATION, validator=member_of(PartnerKind)
    )
    description: str = attrs.field(default="", validator=text)
    area: str | None = attrs.field(default=None, validator=optional_text)
    contact: str | None = attrs.field(default=None, validator=optional_text)
    offers: tuple[Offer, ...] = attrs.field(default=(), validator=items_of(Offer))
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""


@attrs.frozen(kw_only=True)
class Directory:
    """The structures a partnership knows, and what each can offer.

    A directory is a document of its own (``to_json(directory)``, ``from_json(text,
    Directory)``, ``json_schema(Directory)``), kept apart from any dossier so that a
    coordination shares one with all its partnerships, and merged by structure id.
    """

    structures: tuple[Structure, ...] = attrs.field(default=(), validator=items_of(Structure))

    def offering(self, category: NeedCategory) -> tuple[Structure, ...]:
        """The structures that offer something of ``category``, in directory order."""
        return tuple(
            structure
            for structure in self.structures
            if any(offer.category == category for offer in structure.offers)
        )

    def merged(self, other: Directory) -> Directory:
        """This directory updated with ``other``, structure by structure id: ``other`` wins.

        A structure of this directory whose id ``other`` holds gives way to ``other``'s
        (of two with one id in ``other``, the later), in its place; the structures of
        ``other`` with an id this directory does not hold follow, in ``other``'s order.
        Nothing else is dropped: merging an empty directory changes nothing, and a
        directory whose ids are unique, merged with itself, is itself.
        """
        if not isinstance(other, Directory):
            raise InvalidValueError("Directory.merged(other)", other, "expected a Directory")
        incoming = {structure.id: structure for structure in other.structures}
        known = {structure.id for structure in self.structures}
        kept = tuple(incoming.get(structure.id, structure) for structure in self.structures)
        added = tuple(structure for key, structure in incoming.items() if key not in known)
        return Directory(structures=kept + added)
