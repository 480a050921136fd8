"""What the project needs (seed, DEFINE): financial, human resources,
infrastructure, planning, material, valued in money, in a quantity or not yet."""

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
    member_of,
    optional_instance_of,
    required_id,
    text,
)
from partnership_model.i18n import LabelledEnum
from partnership_model.money import Money, Quantity

__all__ = ["Need", "NeedCategory"]


class NeedCategory(LabelledEnum):
    """The seed's kinds of needs: financial, human resources, infrastructure, planning, ..."""

    FINANCIAL = "financial"
    HUMAN_RESOURCES = "human_resources"
    INFRASTRUCTURE = "infrastructure"
    PLANNING = "planning"
    MATERIAL = "material"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Need:
    """Something the project needs, valued in money, in a quantity, or not yet valued."""

    id: str = attrs.field(validator=required_id)
    category: NeedCategory = attrs.field(validator=member_of(NeedCategory))
    description: str = attrs.field(default="", validator=text)
    amount: Money | None = attrs.field(default=None, validator=optional_instance_of(Money))
    quantity: Quantity | None = attrs.field(default=None, validator=optional_instance_of(Quantity))
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""
