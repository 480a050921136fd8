"""The library's words for what a convention holds, in one language: the names its ids
refer to, decision rules, recurrences, shares, amounts and days.

Nothing here knows an output format: what the partners wrote goes through the ``quote``
function the output gives (Markdown escaping for :func:`~partnership_model.render_markdown`),
so that the render, the command line and any later export say things the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from functools import cached_property

import attrs

from partnership_model.convention import Convention
from partnership_model.decision_making import DecisionMode, DecisionRule
from partnership_model.dossier import Dossier
from partnership_model.i18n import fraction_words, translate
from partnership_model.money import Money, Quantity
from partnership_model.planning import Recurrence, RuleParts
from partnership_model.text import REFERENCE_LENGTH, blank, short
from partnership_model.validation import Context

__all__ = [
    "NOT_SAID",
    "REFERENCE_LENGTH",
    "Wording",
    "amount",
    "capitalised",
    "day",
    "money",
    "short",
]

NOT_SAID = "—"
"""What a cell or a field shows when the convention does not say it (yet)."""


def amount(value: Decimal) -> str:
    """Every digit as given, never in exponent notation: ``1250.50`` stays ``1250.50``."""
    return format(value, "f")


def money(sum_of_money: Money) -> str:
    return f"{amount(sum_of_money.amount)} {sum_of_money.currency}"


def day(date: dt.date | None) -> str:
    return date.isoformat() if date is not None else NOT_SAID


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


_FREQUENCIES = {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly", "YEARLY": "yearly"}
_ORDINALS: dict[int | None, str] = {1: "1", 2: "2", 3: "3", 4: "4", 5: "5", -1: "last"}
_ENDINGS = {1: "st", 2: "nd", 3: "rd"}
"""The ending of an ordinal written in figures, by its last digit (English needs it; the
other languages write the same ending whatever the digit)."""
_MOST_NUMBERED_DAY = {"MONTHLY": 5, "YEARLY": 53}


def _numbers(values: Iterable[int]) -> list[int]:
    """Each number once, those counted from the start first, then those counted from the
    end, the farthest from the end first: 1, 15, -2, -1."""
    distinct = set(values)
    return sorted(n for n in distinct if n > 0) + sorted(n for n in distinct if n < 0)


def _said_easily(parts: RuleParts) -> bool:
    """Whether the data sheet says the rule in words (it shows the rule beside them)."""
    if parts.byyearday or parts.byweekno or parts.bymonth or parts.bysetpos:
        return False
    if parts.week_start != "MO":
        return False
    if parts.bymonthday and (
        parts.frequency != "MONTHLY"
        or len(parts.bymonthday) != 1
        or parts.bymonthday[0] < -1
        or parts.byday
    ):
        return False
    if parts.frequency == "WEEKLY" or not parts.byday:
        return True  # a weekly rule numbers no day
    return parts.frequency == "MONTHLY" and all(ordinal in _ORDINALS for ordinal, _ in parts.byday)


def _as_meant(parts: RuleParts) -> RuleParts:
    """The rule in the simplest parts that give the same days.

    Each day once. A numbered day beside plain ones (``BYDAY=MO,1MO``) is, for
    python-dateutil, a day that is both: the first Monday alone, not RFC 5545's union of
    the two. And the positions among a single weekday of the month or the year
    (``BYDAY=MO;BYSETPOS=2,-1``) are numbered days (``BYDAY=2MO,-1MO``).
    """
    byday = tuple(dict.fromkeys(parts.byday))
    plain = {weekday for ordinal, weekday in byday if ordinal is None}
    if plain and len(plain) < len(byday):
        byday = tuple((n, weekday) for n, weekday in byday if n is not None and weekday in plain)
    most = _MOST_NUMBERED_DAY.get(parts.frequency, 0)
    if (
        len(byday) == 1
        and byday[0][0] is None
        and parts.bysetpos
        and all(abs(position) <= most for position in parts.bysetpos)
        and not (parts.bymonthday or parts.byyearday or parts.byweekno)
        and (parts.frequency == "MONTHLY" or not parts.bymonth)
    ):
        weekday = byday[0][1]
        return attrs.evolve(
            parts, byday=tuple((n, weekday) for n in _numbers(parts.bysetpos)), bysetpos=()
        )
    return attrs.evolve(parts, byday=byday)


def _week_start_matters(parts: RuleParts) -> bool:
    """Whether the day weeks start on changes the days: it sets the weeks a yearly rule
    numbers, and which weekdays share a week in a weekly rule that skips weeks or picks
    among a week's days."""
    if parts.byweekno:
        return True
    return (
        parts.frequency == "WEEKLY"
        and len({weekday for _, weekday in parts.byday}) > 1
        and (parts.interval > 1 or bool(parts.bysetpos))
    )


class Phrasing:
    """How values are said in one language, whatever convention they come from:
    lists, shares, recurrences; a text the partners wrote goes through ``quote``, a date
    through ``say_date`` (ISO 8601 unless told)."""

    def __init__(
        self,
        language: str,
        *,
        quote: Callable[[str], str],
        say_date: Callable[[dt.date], str] = dt.date.isoformat,
    ) -> None:
        self.language = language
        self.quote = quote
        self.say_date = say_date

    def say(self, key: str, **params: object) -> str:
        return translate(key, self.language, **params)

    def and_(self, items: Sequence[str]) -> str:
        return self._listed(items, "document.and")

    def or_(self, items: Sequence[str]) -> str:
        return self._listed(items, "recurrence.or")

    def _listed(self, items: Sequence[str], last: str) -> str:
        if len(items) < 2:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.say(last)} {items[-1]}"

    def fraction(self, share: Fraction) -> str:
        return fraction_words(share, self.language)

    def recurrence(self, recurrence: Recurrence | None) -> str:
        """The recurrence in words when they are easy to say, always with its RRULE."""
        if recurrence is None:
            return NOT_SAID
        words = self.recurrence_words(recurrence.parts)
        rule = self.quote(recurrence.rule)
        return f"{words} ({rule})" if words else rule

    def recurrence_words(self, parts: RuleParts) -> str | None:
        """The rule in words when they are short and plain, else None: the data sheet then
        shows the rule alone."""
        return self.recurrence_in_words(parts) if _said_easily(parts) else None

    def recurrence_in_words(self, parts: RuleParts) -> str:
        """Any rule the model accepts in words alone, for a text people sign: how often,
        in which months and weeks, on which days, which of them, and until when. The
        words grow with the rule, each part said once."""
        parts = _as_meant(parts)
        clauses = [self._every(parts), *self._days(parts)]
        if parts.bysetpos and parts.frequency != "DAILY":
            # A daily rule's set is its one day: the positions keep it or none.
            positions = [
                self._ordinal(position, "recurrence.position")
                for position in _numbers(parts.bysetpos)
            ]
            period = _FREQUENCIES[parts.frequency]
            clauses.append(self.say(f"recurrence.only-{period}", positions=self.and_(positions)))
        if parts.week_start != "MO" and _week_start_matters(parts):
            clauses.append(self.say("recurrence.week-start", day=self._weekday(parts.week_start)))
        if parts.until is not None:
            clauses.append(self.say("document.until", date=self.say_date(parts.until)))
        if parts.count is not None:
            clauses.append(
                self.say("document.count", count=parts.count)
                if parts.count > 1
                else self.say("document.count-one")
            )
        return ", ".join(clauses)

    def _every(self, parts: RuleParts) -> str:
        """How often, with the months and the weeks the rule keeps to."""
        frequency = _FREQUENCIES[parts.frequency]
        words = [
            self.say(f"document.freq-{frequency}-n", n=parts.interval)
            if parts.interval > 1
            else self.say(f"document.freq-{frequency}")
        ]
        if parts.bymonth:
            months = [
                self.say("recurrence.in-month", month=self.say(f"recurrence.month-{month}"))
                for month in _numbers(parts.bymonth)
            ]
            words.append(self.say("recurrence.in-months", months=self.and_(months)))
        if parts.byweekno:
            numbers = _numbers(parts.byweekno)
            counted = [str(week) for week in numbers if week > 0]
            weeks = []
            if counted:
                key = "recurrence.week-number" if len(counted) == 1 else "recurrence.week-numbers"
                weeks.append(self.say(key, weeks=self.and_(counted)))
            weeks += [self._ordinal(week, "recurrence.nth-week") for week in numbers if week < 0]
            words.append(self.say("recurrence.in-weeks", weeks=self.and_(weeks)))
        return " ".join(words)

    def _days(self, parts: RuleParts) -> list[str]:
        """The days within each period: those the rule names, then what else they must be."""
        named: list[str] = []
        conditions: list[str] = []
        if parts.frequency == "DAILY":
            conditions = self._conditions(parts, parts.bymonthday)
        elif parts.byyearday:
            days = [
                self._ordinal(day, "recurrence.nth-day", day=self.say("recurrence.day"))
                for day in _numbers(parts.byyearday)
            ]
            named.append(self._on("recurrence.of-the-year", days))
            conditions = self._conditions(parts, parts.bymonthday)
        elif parts.bymonthday:
            named.extend(self._month_days(parts))
            conditions = self._conditions(parts, ())
        elif parts.byday:
            named.append(self._weekdays(parts))
        elif parts.byweekno:
            named.append(self.say("recurrence.every-day-of-week"))
        elif parts.bymonth and parts.frequency != "WEEKLY":
            named.append(self.say("recurrence.same-day-as-start"))
        if conditions:
            on = [self.say("document.on-days", days=condition) for condition in conditions]
            named.append(self.say("recurrence.when-it-falls", on=self.and_(on)))
        return named

    def _on(self, key: str, items: Sequence[str]) -> str:
        return self.say("document.on-days", days=self.say(key, what=self.and_(items)))

    def _month_days(self, parts: RuleParts) -> list[str]:
        days = _numbers(parts.bymonthday)
        if len(days) == 1 and days[0] >= -1 and (parts.frequency == "MONTHLY" or parts.bymonth):
            return [self.month_day(days[0])]
        each = parts.frequency == "YEARLY" and not parts.bymonth
        said = [
            self._on(
                "recurrence.of-each-month" if each else "recurrence.of-the-month",
                [self._month_day(day) for day in days],
            )
        ]
        if any(abs(day) > 28 for day in days):
            said.append(self.say("recurrence.skipped-where-missing"))
        return said

    def _month_day(self, day: int) -> str:
        if day == 1:
            return self.say("recurrence.month-day-first")
        if day > 0:
            return self.say("recurrence.month-day", day=day)
        return self._ordinal(day, "recurrence.nth-day", day=self.say("recurrence.day"))

    def _weekdays(self, parts: RuleParts) -> str:
        """The weekdays a rule names: in each week it keeps, every one of them in the month
        or the year, or the numbered ones."""
        if parts.frequency == "WEEKLY" or parts.byweekno:
            said = self.and_(
                [self.say("document.on-weekday", day=self._weekday(day)) for _, day in parts.byday]
            )
        elif all(ordinal is None for ordinal, _ in parts.byday):
            said = self.and_(
                [self.say(f"recurrence.every-{day.lower()}") for _, day in parts.byday]
            )
        elif parts.frequency == "MONTHLY":
            said = self.and_(self._numbered_days(parts))
        else:
            said = self.say(
                self._numbered_within(parts), what=self.and_(self._numbered_days(parts))
            )
        return self.say("document.on-days", days=said)

    def _weekday(self, code: str) -> str:
        return self.say(f"document.day-{code.lower()}")

    def _numbered_days(self, parts: RuleParts) -> list[str]:
        """The numbered weekdays (a plain one beside them is gone: see ``_as_meant``)."""
        return [
            self._ordinal(ordinal, "recurrence.nth-day", day=self._weekday(weekday))
            for ordinal, weekday in parts.byday
            if ordinal is not None
        ]

    @staticmethod
    def _numbered_within(parts: RuleParts) -> str:
        """A numbered day counts within the month, or within the year when a yearly rule
        names no month."""
        yearly = parts.frequency == "YEARLY" and not parts.bymonth
        return "recurrence.of-the-year" if yearly else "recurrence.of-the-month"

    def _conditions(self, parts: RuleParts, month_days: Sequence[int]) -> list[str]:
        """What a day must also be, each as alternatives: the 1st or the 15th of the month
        (``month_days``); a Monday or a Friday; the first Monday of the month."""
        conditions = []
        if month_days:
            days = self.or_([self._month_day(day) for day in _numbers(month_days)])
            conditions.append(self.say("recurrence.of-the-month", what=days))
        if parts.byday and all(ordinal is None for ordinal, _ in parts.byday):
            weekdays = [
                self.say("recurrence.a-weekday", day=self._weekday(day)) for _, day in parts.byday
            ]
            conditions.append(self.or_(weekdays))
        elif parts.byday:
            days = self.or_(self._numbered_days(parts))
            conditions.append(self.say(self._numbered_within(parts), what=days))
        return conditions

    def _ordinal(self, position: int, family: str, **params: object) -> str:
        """The ``position``-th, counted back from the end when negative, said by a family
        of entries: ``family`` (the first, the 6th), ``family-last``,
        ``family-second-last`` and ``family-from-end`` (the third-to-last)."""
        if position == -1:
            return self.say(f"{family}-last", **params)
        if position == -2:
            return self.say(f"{family}-second-last", **params)
        if position < 0:
            return self.say(f"{family}-from-end", nth=self._nth(-position), **params)
        return self.say(family, nth=self._nth(position), **params)

    def _nth(self, number: int) -> str:
        """An ordinal: in words up to the fifth, in figures after."""
        if number in _ORDINALS:
            return self.say(f"document.nth-{_ORDINALS[number]}")
        ending = "th" if number % 100 in (11, 12, 13) else _ENDINGS.get(number % 10, "th")
        return self.say(f"recurrence.nth-{ending}", n=number)

    def month_day(self, day: int) -> str:
        """A day of the month: the last one (-1), one every month has (up to 28), or one
        some months lack, which RFC 5545 skips in those months."""
        if day == -1:
            return self.say("document.on-last-day")
        if day == 1:
            return self.say("document.on-days", days=self.say("recurrence.month-day-first"))
        if day <= 28:
            return self.say("document.on-month-day", day=day)
        return self.say("document.on-month-day-skipping", day=day)


class Wording(Phrasing):
    """How one convention is said in one language.

    An id is said by the name of what it refers to (at most :data:`REFERENCE_LENGTH`
    characters of it), found through the convention's one index (the validation
    :class:`~partnership_model.Context`), or as written when the draft refers to
    something not there yet; either way through ``quote``.
    """

    def __init__(
        self,
        convention: Convention,
        dossier: Dossier | None,
        language: str,
        *,
        quote: Callable[[str], str],
        say_date: Callable[[dt.date], str] = dt.date.isoformat,
    ) -> None:
        super().__init__(language, quote=quote, say_date=say_date)
        self.convention = convention
        self.dossier = dossier
        self.index = Context(convention, dossier, None)
        self.role_references: dict[str, str] = {}
        self._partners_said: dict[str, str] = {}

    # --- the names ids refer to ------------------------------------------------------------

    @cached_property
    def partners(self) -> dict[str, str]:
        """Every partner by its name: those of the text, then those that have left since
        an earlier text, whom the minutes of their time still name."""
        names = {key: short(name) for key, name in self.index.partner_names.items()}
        for amendment in () if self.dossier is None else reversed(self.dossier.amendments):
            for partner in amendment.replaces.partners:
                if partner.id not in names and not blank(partner.name):
                    names[partner.id] = short(partner.name)
        return names

    @cached_property
    def bodies(self) -> dict[str, str]:
        bodies = self.convention.governing_bodies
        return {key: short(bodies[at].name) for key, at in self.index.bodies.items()}

    @cached_property
    def needs(self) -> dict[str, str]:
        needs = self.convention.needs
        return {
            key: short(needs[at].description or needs[at].id)
            for key, at in self.index.needs.items()
        }

    @cached_property
    def tasks(self) -> dict[str, str]:
        tasks = self.convention.tasks
        return {key: short(tasks[at].title) for key, at in self.index.tasks.items()}

    @cached_property
    def steps(self) -> dict[str, str]:
        steps = self.convention.timeline.steps
        return {key: short(steps[at].title) for key, at in self.index.steps.items()}

    @cached_property
    def indicators(self) -> dict[str, str]:
        objectives = self.convention.objectives
        return {
            key: short(objectives[at].indicators[place].name)
            for key, (at, place) in self.index.indicators.items()
        }

    def partner(self, partner_id: str | None) -> str:
        if partner_id is None:
            return NOT_SAID
        said = self._partners_said.get(partner_id)
        if said is None:  # a partner is named in many places: quoted once
            said = self._partners_said[partner_id] = self.quote(
                self.partners.get(partner_id, partner_id)
            )
        return said

    def partner_list(self, partner_ids: Iterable[str]) -> str:
        return ", ".join(self.partner(p) for p in partner_ids) or NOT_SAID

    def named(self, names: dict[str, str], ids: Iterable[str | None]) -> str:
        return ", ".join(self.quote(names.get(i, i)) for i in ids if i is not None) or NOT_SAID

    def anyone(self, reference: str | None) -> str:
        """A partner, a governing body or a role, by id; anything else as written."""
        if reference is None:
            return NOT_SAID
        if reference in self.partners:
            return self.partner(reference)
        if reference in self.bodies:
            return self.quote(self.bodies[reference])
        if reference in self.index.roles:
            if reference not in self.role_references:
                title, holders = self.role_parts(reference)
                self.role_references[reference] = self.quote(short(f"{title} ({holders})"))
            return self.role_references[reference]
        return self.quote(reference)

    def role_parts(self, reference: str) -> tuple[str, str]:
        """A role's title (else its kind) and its first holders, unquoted."""
        role = self.convention.roles[self.index.roles[reference]]
        title = role.kind.label(self.language) if blank(role.title) else role.title
        holders = ", ".join(self.partners.get(p, p) for p in role.holders[:3])
        more = ", …" if len(role.holders) > 3 else ""
        return str(title), holders + more

    def delegated(self, delegate: str) -> str:
        """Who decides alone, said with the article the language wants: a partner by its
        name, a body as a body, a role as whoever holds it."""
        if delegate in self.partners:
            return self.say("document.rule-delegated", delegate=self.partner(delegate))
        if delegate in self.bodies:
            return self.say("document.rule-delegated-body", body=self.quote(self.bodies[delegate]))
        if delegate in self.index.roles:
            title, holders = self.role_parts(delegate)
            return self.say(
                "document.rule-delegated-role",
                role=self.quote(short(title)),
                holders=self.quote(short(holders)) if holders else NOT_SAID,
            )
        return self.say("document.rule-delegated", delegate=self.quote(delegate))

    def contributor(self, partner_id: str | None) -> str:
        return self.partner(partner_id) if partner_id else self.say("document.partner-unnamed")

    # --- quantities, shares, rules and recurrences -----------------------------------------

    def quantity(self, measured: Quantity) -> str:
        return f"{amount(measured.value)} {self.quote(measured.unit)}"

    def rule_sentence(self, rule: DecisionRule) -> str:
        """How a rule decides, in one sentence: mode, majority, quorum, members present."""
        base = rule.threshold_base.label(self.language)
        share = None if rule.threshold is None else self.fraction(rule.threshold)
        strict = "-strict" if rule.strict else ""
        conditions: list[str] = []
        if rule.mode is DecisionMode.MAJORITY:
            main = (
                self.say("document.rule-majority-unspecified", base=base)
                if share is None
                else self.say(f"document.rule-majority{strict}", fraction=share, base=base)
            )
        else:
            if rule.mode is DecisionMode.UNANIMITY:
                main = self.say("document.rule-unanimity", base=base)
            elif rule.mode is DecisionMode.DELEGATED and rule.delegate is not None:
                main = self.delegated(rule.delegate)
            elif rule.mode is DecisionMode.DELEGATED:
                main = self.say("document.rule-delegated-unnamed")
            else:
                main = self.say(f"document.rule-{rule.mode.value}")
            if share is not None:
                conditions.append(
                    self.say(f"document.rule-agreement{strict}", fraction=share, base=base)
                )
        if rule.quorum is not None:
            conditions.append(
                self.say("document.rule-quorum", fraction=self.fraction(rule.quorum))
            )
        if rule.minimum_in_favour is not None:
            conditions.append(
                self.say("document.rule-minimum-in-favour", count=rule.minimum_in_favour)
            )
        if rule.minimum_present is not None:
            one = "-one" if rule.minimum_present == 1 else ""
            conditions.append(
                self.say(f"document.rule-minimum-present{one}", count=rule.minimum_present)
            )
        if conditions:
            main += ", " + self.say("document.rule-with", conditions=self.and_(conditions))
        return main + "."
