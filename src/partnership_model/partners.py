"""Partners, the structures they answer to, and what each one brings (seed §1, CLARIFY).

"A partnership pools resources to create an action": a :class:`Contribution` is one
partner's share of those resources, linked by id to the needs it covers and the
tasks it serves.
"""

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
    id_tuple,
    items_of,
    member_of,
    optional_id,
    optional_instance_of,
    optional_text,
    required_id,
    text,
)
from partnership_model.i18n import LabelledEnum
from partnership_model.identifiers import LegalIdentifier
from partnership_model.institutions import InstitutionKind
from partnership_model.money import Money, Quantity
from partnership_model.text import blank

__all__ = [
    "Affiliation",
    "Contribution",
    "ContributionKind",
    "Partner",
    "PartnerKind",
    "Representative",
]


class PartnerKind(LabelledEnum):
    """What sort of organisation a partner (or a structure of the network) is."""

    ASSOCIATION = "association"
    PUBLIC_AUTHORITY = "public_authority"
    INSTITUTION = "institution"
    COMPANY = "company"
    INFORMAL_GROUP = "informal_group"
    NETWORK = "network"
    OTHER = "other"


class ContributionKind(LabelledEnum):
    """What a partner brings: the seed names material, service and financial."""

    MATERIAL = "material"
    SERVICE = "service"
    FINANCIAL = "financial"
    HUMAN = "human"
    PREMISES = "premises"
    EXPERTISE = "expertise"


@attrs.frozen(kw_only=True)
class Representative:
    """A person who speaks for a partner in the partnership."""

    name: str = attrs.field(validator=text)
    function: str | None = attrs.field(default=None, validator=optional_text)
    email: str | None = attrs.field(default=None, validator=optional_text)
    phone: str | None = attrs.field(default=None, validator=optional_text)


@attrs.frozen(kw_only=True)
class Affiliation:
    """A structure a partner's workers answer to: "the worker is part of a structure!".

    Each affiliation calls for an :class:`~partnership_model.institutions.InstitutionalLink`
    saying how that structure is involved.
    """

    name: str = attrs.field(validator=text)
    kind: InstitutionKind = attrs.field(validator=member_of(InstitutionKind))


@attrs.frozen(kw_only=True)
class Partner:
    """An organisation that takes part in the convention."""

    id: str = attrs.field(validator=required_id)
    name: str = attrs.field(validator=text)
    kind: PartnerKind = attrs.field(
        default=PartnerKind.ASSOCIATION, validator=member_of(PartnerKind)
    )
    legal_identifier: LegalIdentifier | None = attrs.field(
        default=None, validator=optional_instance_of(LegalIdentifier)
    )
    address: str | None = attrs.field(default=None, validator=optional_text)
    representatives: tuple[Representative, ...] = attrs.field(
        default=(), validator=items_of(Representative)
    )
    answers_to: tuple[Affiliation, ...] = attrs.field(default=(), validator=items_of(Affiliation))
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""


@attrs.frozen(kw_only=True)
class Contribution:
    """One partner's share of the pooled resources, valued in money, quantity or both."""

    id: str = attrs.field(validator=required_id)
    partner: str | None = attrs.field(default=None, validator=optional_id)
    kind: ContributionKind = attrs.field(validator=member_of(ContributionKind))
    description: str = attrs.field(default="", validator=text)
    amount: Money | None = attrs.field(default=None, validator=optional_instance_of(Money))
    quantity: Quantity | None = attrs.field(default=None, validator=optional_instance_of(Quantity))
    covers: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of the needs this contribution meets."""
    serves: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of the tasks it is used for."""
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""

    @property
    def has_content(self) -> bool:
        """Whether it says what it brings: a description that is not blank, an amount or
        a quantity."""
        return not blank(self.description) or self.amount is not None or self.quantity is not None
