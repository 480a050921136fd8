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

from partnership_model.convention import Convention
from partnership_model.decision_making import DecisionMode, DecisionRule
from partnership_model.dossier import Dossier
from partnership_model.i18n import fraction_words, translate
from partnership_model.money import Money, Quantity
from partnership_model.planning import Recurrence, RuleParts
from partnership_model.text import blank
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

REFERENCE_LENGTH = 120
"""The most characters of a name shown where something refers to it (a task's partners,
a need's contributions): its own section shows it whole. A document that refers to a
long name ten thousand times thus grows with the references, not with their product."""


def short(name: str) -> str:
    return name if len(name) <= REFERENCE_LENGTH else name[: REFERENCE_LENGTH - 1] + "…"


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


class Phrasing:
    """How values are said in one language, whatever convention they come from:
    lists, shares, recurrences; a text the partners wrote goes through ``quote``."""

    def __init__(self, language: str, *, quote: Callable[[str], str]) -> None:
        self.language = language
        self.quote = quote

    def say(self, key: str, **params: object) -> str:
        return translate(key, self.language, **params)

    def and_(self, items: Sequence[str]) -> str:
        if len(items) < 2:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.say('document.and')} {items[-1]}"

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
        if parts.byyearday or parts.byweekno or parts.bymonth:
            return None
        if parts.bymonthday and (
            parts.frequency != "MONTHLY"
            or len(parts.bymonthday) != 1
            or parts.bymonthday[0] < -1
            or parts.byday
        ):
            return None
        if parts.bysetpos or parts.week_start != "MO":
            return None
        frequency = _FREQUENCIES[parts.frequency]
        words = [
            self.say(f"document.freq-{frequency}-n", n=parts.interval)
            if parts.interval > 1
            else self.say(f"document.freq-{frequency}")
        ]
        if parts.bymonthday:
            words.append(self.month_day(parts.bymonthday[0]))
        if parts.byday:
            on = self.weekdays(frequency, parts.byday)
            if on is None:
                return None
            words.append(self.say("document.on-days", days=on))
        if parts.until is not None:
            words.append(self.say("document.until", date=parts.until.isoformat()))
        if parts.count is not None:
            words.append(
                self.say("document.count", count=parts.count)
                if parts.count > 1
                else self.say("document.count-one")
            )
        return ", ".join(words)

    def month_day(self, day: int) -> str:
        """A day of the month: the last one (-1), one every month has (up to 28), or one
        some months lack, which RFC 5545 skips in those months."""
        if day == -1:
            return self.say("document.on-last-day")
        if 1 <= day <= 28:
            return self.say("document.on-month-day", day=day)
        return self.say("document.on-month-day-skipping", day=day)

    def weekdays(self, frequency: str, byday: Sequence[tuple[int | None, str]]) -> str | None:
        """Plain days of a weekly rule, or ordinal days of a monthly one; else None."""
        days = [
            (ordinal, self.say(f"document.day-{weekday.lower()}")) for ordinal, weekday in byday
        ]
        if frequency == "weekly" and all(ordinal is None for ordinal, _ in days):
            return self.and_([self.say("document.on-weekday", day=name) for _, name in days])
        if frequency == "monthly" and all(ordinal in _ORDINALS for ordinal, _ in days):
            return self.and_(
                [
                    self.say(
                        "document.on-nth", nth=self.say(f"document.nth-{_ORDINALS[n]}"), day=name
                    )
                    for n, name in days
                ]
            )
        return None


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
    ) -> None:
        super().__init__(language, quote=quote)
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
