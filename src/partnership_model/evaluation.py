"""EVALUATE: moments of evaluation against the indicators agreed in DEFINE, the
measurements taken, and the reports written (seed, EVALUATE and flexibility)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

import attrs

from partnership_model._extensions import (
    EMPTY_EXTENSIONS,
    JsonValue,
    check_extensions,
    freeze_extensions,
)
from partnership_model._fields import (
    finite_decimal,
    id_tuple,
    items_of,
    optional_date,
    optional_id,
    optional_text,
    required_date,
    required_id,
    text,
)

__all__ = ["EvaluationMoment", "EvaluationPlan", "EvaluationReport", "Measurement"]


@attrs.frozen(kw_only=True)
class EvaluationMoment:
    """A planned evaluation and the indicators it looks at."""

    id: str = attrs.field(validator=required_id)
    title: str = attrs.field(validator=text)
    date: dt.date | None = attrs.field(default=None, validator=optional_date)
    indicators: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    participants: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    method: str | None = attrs.field(default=None, validator=optional_text)
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""


@attrs.frozen(kw_only=True)
class EvaluationPlan:
    moments: tuple[EvaluationMoment, ...] = attrs.field(
        default=(), validator=items_of(EvaluationMoment)
    )


@attrs.frozen(kw_only=True)
class Measurement:
    """One value of an indicator on a day."""

    id: str = attrs.field(validator=required_id)
    indicator: str = attrs.field(validator=required_id)
    date: dt.date = attrs.field(validator=required_date)
    value: Decimal = attrs.field(validator=finite_decimal)
    unit: str | None = attrs.field(default=None, validator=optional_text)
    """The unit the value is in, when the one who measured said it: it must be the
    indicator's unit."""
    source: str | None = attrs.field(default=None, validator=optional_text)
    note: str | None = attrs.field(default=None, validator=optional_text)
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""


@attrs.frozen(kw_only=True)
class EvaluationReport:
    """What an evaluation concluded, and what the partners readjust because of it."""

    id: str = attrs.field(validator=required_id)
    date: dt.date = attrs.field(validator=required_date)
    moment: str | None = attrs.field(default=None, validator=optional_id)
    summary: str = attrs.field(default="", validator=text)
    measurements: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of the measurements the evaluation read."""
    readjustments: tuple[str, ...] = attrs.field(default=(), validator=items_of(str))
    """Changes to objectives, public or needs that the evaluation calls for."""
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""
