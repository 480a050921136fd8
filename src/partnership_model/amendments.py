"""Flexibility (seed §4): a convention is readjusted by amendments, each with its
rationale and the decision that adopted it, so that the text in force on any day
can be told."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from partnership_model._extensions import (
    EMPTY_EXTENSIONS,
    JsonValue,
    check_extensions,
    freeze_extensions,
)
from partnership_model._fields import (
    instance_of,
    optional_date,
    optional_id,
    required_date,
    required_id,
    text,
)
from partnership_model.convention import Convention

__all__ = ["Amendment"]


@attrs.frozen(kw_only=True)
class Amendment:
    """One readjustment of the convention (avenant).

    ``replaces`` keeps the text that was in force until ``effective_from``, so that the
    dossier's convention is always the current one and every earlier one can be read.
    """

    id: str = attrs.field(validator=required_id)
    effective_from: dt.date = attrs.field(validator=required_date)
    rationale: str = attrs.field(validator=text)
    """Why the partners readjust: what happened, what the evaluation showed."""
    summary: str = attrs.field(default="", validator=text)
    adopted_on: dt.date | None = attrs.field(default=None, validator=optional_date)
    decision: str | None = attrs.field(default=None, validator=optional_id)
    """Id of the decision record (minutes) that adopted it."""
    replaces: Convention = attrs.field(validator=instance_of(Convention))
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""
