"""What the partners agree is at stake (seed, DEFINE): the objectives and
the evaluation indicators that will tell whether they are met."""

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
    items_of,
    member_of,
    optional_date,
    optional_decimal,
    optional_text,
    required_id,
    text,
)
from partnership_model.i18n import LabelledEnum
from partnership_model.text import blank

__all__ = ["Direction", "Indicator", "Objective"]


class Direction(LabelledEnum):
    """Which way an indicator should move for the objective to be met."""

    INCREASE = "increase"
    DECREASE = "decrease"
    MAINTAIN = "maintain"


@attrs.frozen(kw_only=True)
class Indicator:
    """An evaluation indicator: what is measured, from where, to where, how it is checked.

    An indicator is *measurable* once it has a unit, a baseline and a target; a draft
    may leave any of them out.
    """

    id: str = attrs.field(validator=required_id)
    name: str = attrs.field(validator=text)
    unit: str | None = attrs.field(default=None, validator=optional_text)
    baseline: Decimal | None = attrs.field(default=None, validator=optional_decimal)
    target: Decimal | None = attrs.field(default=None, validator=optional_decimal)
    direction: Direction = attrs.field(default=Direction.INCREASE, validator=member_of(Direction))
    means_of_verification: str | None = attrs.field(default=None, validator=optional_text)
    due: dt.date | None = attrs.field(default=None, validator=optional_date)
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""

    @property
    def is_measurable(self) -> bool:
        return not blank(self.unit) and None not in (self.baseline, self.target)


@attrs.frozen(kw_only=True)
class Objective:
    """What the partners agree to achieve, with the indicators that will tell."""

    id: str = attrs.field(validator=required_id)
    title: str = attrs.field(validator=text)
    description: str = attrs.field(default="", validator=text)
    indicators: tuple[Indicator, ...] = attrs.field(default=(), validator=items_of(Indicator))
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""
