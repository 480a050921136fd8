"""Whom the project is for (seed, DEFINE): the target public."""

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
    optional_positive_int,
    optional_text,
    required_id,
    text,
)

__all__ = ["TargetPublic"]


@attrs.frozen(kw_only=True)
class TargetPublic:
    """The people the project is for."""

    id: str = attrs.field(validator=required_id)
    description: str = attrs.field(validator=text)
    size: int | None = attrs.field(default=None, validator=optional_positive_int)
    """How many people, when known."""
    characteristics: tuple[str, ...] = attrs.field(default=(), validator=items_of(str))
    area: str | None = attrs.field(default=None, validator=optional_text)
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""
