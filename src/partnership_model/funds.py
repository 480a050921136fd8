"""The management of funds, one of the seven things a convention must say (seed §4)."""

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
    flag,
    instance_of,
    items_of,
    optional_date,
    optional_id,
    optional_member_of,
    optional_text,
    required_id,
    text,
)
from partnership_model.money import Money, totals_by_currency
from partnership_model.needs import NeedCategory

__all__ = ["BudgetLine", "FundManagement", "ReportingDuty"]


@attrs.frozen(kw_only=True)
class BudgetLine:
    """An amount of the budget: what it is for and where it comes from."""

    id: str = attrs.field(validator=required_id)
    label: str = attrs.field(validator=text)
    amount: Money = attrs.field(validator=instance_of(Money))
    category: NeedCategory | None = attrs.field(
        default=None, validator=optional_member_of(NeedCategory)
    )
    source: str | None = attrs.field(default=None, validator=optional_text)
    """Where the money comes from: a funder's name, a subsidy programme, a partner's id."""
    subsidy: bool = attrs.field(default=False, validator=flag)
    """Whether the line is a subsidy the partners apply for: ``source`` names its funder,
    and the timeline holds the application."""
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""


@attrs.frozen(kw_only=True)
class ReportingDuty:
    """A justification owed to a funder or an institution, such as a subsidy report."""

    id: str = attrs.field(validator=required_id)
    recipient: str = attrs.field(validator=text)
    description: str = attrs.field(default="", validator=text)
    due: dt.date | None = attrs.field(default=None, validator=optional_date)
    step: str | None = attrs.field(default=None, validator=optional_id)
    """Id of the timeline step where it is prepared."""
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""


@attrs.frozen(kw_only=True)
class FundManagement:
    """Who holds the funds, the budget, and the accounts to render."""

    holder: str | None = attrs.field(default=None, validator=optional_id)
    """Id of the partner who holds and pays out the funds."""
    description: str = attrs.field(default="", validator=text)
    budget: tuple[BudgetLine, ...] = attrs.field(default=(), validator=items_of(BudgetLine))
    reporting: tuple[ReportingDuty, ...] = attrs.field(
        default=(), validator=items_of(ReportingDuty)
    )

    def totals(self) -> dict[str, Money]:
        """The budget's exact total per currency."""
        return totals_by_currency(line.amount for line in self.budget)
