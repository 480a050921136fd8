"""One timeline for the project's steps and its administrative side (seed, PLAN):
authorisation requests, subsidy applications and reports, evaluation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from partnership_model._extensions import (
    EMPTY_EXTENSIONS,
    JsonValue,
    check_extensions,
    freeze_extensions,
)
from partnership_model._fields import (
    fail,
    flag,
    id_tuple,
    instance_of,
    items_of,
    member_of,
    optional_date,
    optional_id,
    optional_instance_of,
    optional_non_negative_int,
    optional_text,
    refusal,
    required_id,
    text,
)
from partnership_model._recurrence import (
    HORIZON_YEARS,
    MAX_OCCURRENCES,
    RuleParts,
    dates,
    read,
)
from partnership_model._words import Words, words
from partnership_model.errors import InvalidValueError
from partnership_model.i18n import LabelledEnum

__all__ = [
    "HORIZON_YEARS",
    "MAX_OCCURRENCES",
    "Period",
    "Recurrence",
    "RuleParts",
    "Step",
    "StepKind",
    "Timeline",
]


@attrs.frozen(kw_only=True)
class Period:
    """From ``start`` to ``end`` inclusive; either may still be unknown in a draft."""

    start: dt.date | None = attrs.field(default=None, validator=optional_date)
    end: dt.date | None = attrs.field(default=None, validator=optional_date)

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise refusal(
                "Period.end",
                self.end,
                words("refusal.period-end", start=self.start.isoformat()),
            )

    def __contains__(self, day: object) -> bool:
        if type(day) is not dt.date:
            return False
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def days(self) -> int | None:
        """How many days the period covers, both ends included, once both are known."""
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).days + 1


def _check_rule(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str:
        fail(instance, attribute, value, words("refusal.rule"))
    parts = read(value)
    if isinstance(parts, Words):
        fail(instance, attribute, value, parts)


def _check_day(name: str, value: object) -> None:
    if type(value) is not dt.date:
        raise InvalidValueError(name, value, "expected a datetime.date (a day, not an instant)")


@attrs.frozen(kw_only=True)
class Recurrence:
    """A repeating date, as an RFC 5545 RRULE value (``FREQ=MONTHLY;BYDAY=1TU``).

    Expansion is always bounded: by the rule's own ``COUNT`` or ``UNTIL``, or by the
    ``until`` or ``limit`` the caller gives, and never beyond :data:`MAX_OCCURRENCES`.
    """

    rule: str = attrs.field(validator=_check_rule)

    @property
    def parts(self) -> RuleParts:
        """The rule read into its parts, once: frequency, interval, count, until, and the
        BY lists, for those who show or export it."""
        parts = read(self.rule)
        assert isinstance(parts, RuleParts)  # checked when the recurrence was made  # noqa: S101
        return parts

    @property
    def is_bounded(self) -> bool:
        """Whether the rule ends by itself (``COUNT`` or ``UNTIL``)."""
        return self.parts.is_bounded

    def occurrences(
        self,
        start: dt.date,
        *,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> tuple[dt.date, ...]:
        """The dates of the recurrence from ``start``, at most ``limit``, none after ``until``
        and none more than :data:`HORIZON_YEARS` after ``start``.

        Raises :class:`InvalidValueError` when the rule is unbounded and neither bound is
        given, or when the expansion would pass :data:`MAX_OCCURRENCES`.
        """
        _check_day("Recurrence.occurrences(start)", start)
        if until is not None:
            _check_day("Recurrence.occurrences(until)", until)
        if limit is not None and (type(limit) is not int or limit < 0):
            raise InvalidValueError(
                "Recurrence.occurrences(limit)", limit, "expected a whole number, zero or more"
            )
        if not (self.is_bounded or until is not None or limit is not None):
            raise InvalidValueError(
                "Recurrence.rule", self.rule, "the rule never ends: give until= or limit="
            )
        cap = MAX_OCCURRENCES if limit is None else min(limit, MAX_OCCURRENCES)
        found = tuple(dates(self.parts, start, until, cap))
        if len(found) > cap:
            if limit is not None and limit <= MAX_OCCURRENCES:
                return found[:cap]
            raise InvalidValueError(
                "Recurrence.rule",
                self.rule,
                f"more than {MAX_OCCURRENCES} dates: give a nearer until= or a limit=",
            )
        return found


class StepKind(LabelledEnum):
    """A project step, or one of the administrative steps the seed names."""

    PROJECT = "project"
    AUTHORISATION_REQUEST = "authorisation_request"
    SUBSIDY_APPLICATION = "subsidy_application"
    SUBSIDY_REPORT = "subsidy_report"
    EVALUATION = "evaluation"
    LEGAL_FILING = "legal_filing"
    OTHER = "other"

    @property
    def is_administrative(self) -> bool:
        return self is not StepKind.PROJECT


@attrs.frozen(kw_only=True)
class Step:
    """One dated step of the timeline, planned and, once it happens, actual."""

    id: str = attrs.field(validator=required_id)
    title: str = attrs.field(validator=text)
    kind: StepKind = attrs.field(default=StepKind.PROJECT, validator=member_of(StepKind))
    description: str = attrs.field(default="", validator=text)
    planned: Period = attrs.field(factory=Period, validator=instance_of(Period))
    actual: Period = attrs.field(factory=Period, validator=instance_of(Period))
    owner: str | None = attrs.field(default=None, validator=optional_id)
    """Id of the partner who sees to it."""
    depends_on: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of the steps that must be finished before this one starts."""
    recurrence: Recurrence | None = attrs.field(
        default=None, validator=optional_instance_of(Recurrence)
    )
    authority: str | None = attrs.field(default=None, validator=optional_text)
    """For an administrative step, the institution or public authority it is addressed
    to: the funder a subsidy is asked of, the authority that grants an authorisation."""
    needs_authorisation: bool = attrs.field(default=False, validator=flag)
    """Whether the step cannot happen without an authorisation (premises, public space,
    activities with minors): it then depends on an authorisation request."""
    lead_days: int | None = attrs.field(default=None, validator=optional_non_negative_int)
    """For an administrative step, how many days the authority takes to answer: the
    steps that wait for it may start only that many days after it ends (a subsidy
    decided 60 days after the application, a permit granted 30 days after the request)."""
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""

    @property
    def is_done(self) -> bool:
        return self.actual.end is not None


@attrs.frozen(kw_only=True)
class Timeline:
    """The échéancier: every step, project and administrative, in one place."""

    steps: tuple[Step, ...] = attrs.field(default=(), validator=items_of(Step))
