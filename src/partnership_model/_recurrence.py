"""RFC 5545 recurrence rules for plans made in days: read once, checked, expanded in
bounded time.

python-dateutil expands the rules, but it is lenient where RFC 5545 is strict (it
splits on any white space, takes ``BYEASTER``, warns on ``COUNT`` with ``UNTIL``) and it
never gives up: a rule that no day can satisfy (``BYMONTH=2;BYMONTHDAY=30``) makes it walk
day by day to the year 9999, whatever ``until`` says, since it looks at ``until`` only
once it has found a date. So a rule is read here first, every part checked against the
RFC, and refused when no day can ever satisfy it; then dateutil expands it from a
start, never further than :data:`HORIZON_YEARS` ahead.

The check that a rule gives dates at all leans on the Gregorian calendar repeating every
400 years: a rule whose search starts at 9600-01-01 (the same weekday and the same leap
years as 2000-01-01) reaches the year 10,000, where dateutil stops, within 400 years.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import Any, Literal

import attrs
from dateutil import rrule as dateutil_rrule

from partnership_model._words import Grouped, Words, words

__all__ = [
    "BY_NUMBERS",
    "FREQUENCIES",
    "HORIZON_YEARS",
    "MAX_INTERVAL",
    "MAX_OCCURRENCES",
    "WEEKDAYS",
    "RuleParts",
    "dates",
    "read",
]

MAX_OCCURRENCES = 10_000
"""The most dates one expansion of a recurrence may yield, and the largest ``COUNT``."""

MAX_INTERVAL = 999
"""The largest ``INTERVAL``: once every 999 days, weeks, months or years."""

HORIZON_YEARS = 400
"""How far ahead of its start a recurrence is ever looked at: a full cycle of the
Gregorian calendar, so that every day a rule can give comes up within it."""

FREQUENCIES = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_PARTS = (
    "FREQ",
    "UNTIL",
    "COUNT",
    "INTERVAL",
    "BYSECOND",
    "BYMINUTE",
    "BYHOUR",
    "BYDAY",
    "BYMONTHDAY",
    "BYYEARDAY",
    "BYWEEKNO",
    "BYMONTH",
    "BYSETPOS",
    "WKST",
)
"""The parts of a rule RFC 5545 defines (section 3.3.10), in its order."""

BY_NUMBERS = {
    "BYMONTH": (12, False),
    "BYMONTHDAY": (31, True),
    "BYYEARDAY": (366, True),
    "BYWEEKNO": (53, True),
    "BYSETPOS": (366, True),
}
"""For each list of numbers: the largest (the smallest is 1), and whether a number may
count back from the end, written with a minus sign. A number has at most as many
digits as the largest (RFC 5545: ``1*2DIGIT``, ``1*3DIGIT``), a plus sign or not."""
_WEEKDAY_NUMBER = re.compile(r"([+-]?)([0-9]{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_UNTIL = re.compile(r"[0-9]{8}")
_FREQUENCY: dict[str, Literal[0, 1, 2, 3]] = {
    "YEARLY": dateutil_rrule.YEARLY,
    "MONTHLY": dateutil_rrule.MONTHLY,
    "WEEKLY": dateutil_rrule.WEEKLY,
    "DAILY": dateutil_rrule.DAILY,
}
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
"""The most days each month has, February in a leap year."""

_PROBE_START = dt.datetime(9600, 1, 1)
"""The same weekday and leap years as 2000-01-01, 400 years before dateutil stops."""


@attrs.frozen
class RuleParts:
    """A rule read into its parts. Lists keep the order they were written in;
    ``byday`` holds (ordinal or None, weekday code) pairs."""

    frequency: str
    interval: int = 1
    count: int | None = None
    until: dt.date | None = None
    byday: tuple[tuple[int | None, str], ...] = ()
    bymonthday: tuple[int, ...] = ()
    byyearday: tuple[int, ...] = ()
    byweekno: tuple[int, ...] = ()
    bymonth: tuple[int, ...] = ()
    bysetpos: tuple[int, ...] = ()
    week_start: str = "MO"

    @property
    def is_bounded(self) -> bool:
        """Whether the rule ends by itself (``COUNT`` or ``UNTIL``)."""
        return self.count is not None or self.until is not None

    def at(self, start: dt.datetime, **changes: Any) -> dateutil_rrule.rrule:
        """dateutil's rule from ``start``, with ``changes`` to its parts."""
        parts = attrs.evolve(self, **changes) if changes else self
        return dateutil_rrule.rrule(
            _FREQUENCY[parts.frequency],
            dtstart=start,
            interval=parts.interval,
            wkst=WEEKDAYS.index(parts.week_start),
            count=parts.count,
            until=None if parts.until is None else dt.datetime.combine(parts.until, dt.time()),
            bysetpos=parts.bysetpos or None,
            bymonth=parts.bymonth or None,
            bymonthday=parts.bymonthday or None,
            byyearday=parts.byyearday or None,
            byweekno=parts.byweekno or None,
            byweekday=[
                getattr(dateutil_rrule, day)(ordinal) if ordinal else getattr(dateutil_rrule, day)
                for ordinal, day in parts.byday
            ]
            or None,
            cache=False,
        )


@functools.lru_cache(maxsize=4096)
def read(rule: str) -> RuleParts | Words:
    """The parts of ``rule``, or what is wrong with it, in words."""
    written = _written_parts(rule)
    if isinstance(written, Words):
        return written
    parts = _parts(written)
    if isinstance(parts, Words):
        return parts
    return _never(parts) or parts


def _written_parts(rule: str) -> dict[str, str] | Words:
    if not rule or any(char.isspace() for char in rule):
        return words("refusal.rule-one-line")
    upper = rule.upper()
    if upper.startswith("RRULE:"):
        return words("refusal.rule-prefix")
    written: dict[str, str] = {}
    for part in upper.split(";"):
        name, equals, value = part.partition("=")
        if not equals or not name or not value:
            return words("refusal.rule-name-value", part=_shown(part))
        if name in written:
            return words("refusal.rule-twice", name=_shown(name))
        written[name] = value
    for name in written:
        if name == "DTSTART":
            return words("refusal.rule-start")
        if name not in _PARTS:
            return words("refusal.rule-unknown-part", name=_shown(name), parts=_PARTS)
    if written.get("FREQ") not in FREQUENCIES:
        return words("refusal.rule-frequency")
    if any(name in written for name in ("BYHOUR", "BYMINUTE", "BYSECOND")):
        return words("refusal.rule-time-of-day")
    if "COUNT" in written and "UNTIL" in written:
        return words("refusal.rule-count-and-until")
    return written


def _shown(text: str) -> str:
    """A piece of a rule as a message quotes it: never longer than a few words."""
    return text if len(text) <= 30 else text[:27] + "..."


def _parts(written: dict[str, str]) -> RuleParts | Words:
    frequency = written["FREQ"]
    numbers: dict[str, tuple[int, ...]] = {}
    for name, (most, backwards) in BY_NUMBERS.items():
        if name in written:
            read_numbers = _numbers(name, written[name], most, backwards)
            if isinstance(read_numbers, Words):
                return read_numbers
            numbers[name] = read_numbers
    byday = _weekdays(written.get("BYDAY"), frequency, "BYWEEKNO" in written)
    if isinstance(byday, Words):
        return byday
    count = _whole(written.get("COUNT"), "COUNT", MAX_OCCURRENCES)
    interval = _whole(written.get("INTERVAL"), "INTERVAL", MAX_INTERVAL)
    until = _until(written.get("UNTIL"))
    for problem in (count, interval, until):
        if isinstance(problem, Words):
            return problem
    week_start = written.get("WKST", "MO")
    if week_start not in WEEKDAYS:
        return words("refusal.rule-week-start")
    if "BYMONTHDAY" in written and frequency == "WEEKLY":
        return words("refusal.rule-monthday-weekly")
    for name in ("BYYEARDAY", "BYWEEKNO"):
        if name in written and frequency != "YEARLY":
            return words("refusal.rule-yearly-only", name=name)
    others = {"BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH"}
    if "BYSETPOS" in written and not others & written.keys():
        return words("refusal.rule-setpos-alone")
    return RuleParts(
        frequency=frequency,
        interval=1 if interval is None else interval,  # type: ignore[arg-type]
        count=count,  # type: ignore[arg-type]
        until=until,  # type: ignore[arg-type]
        byday=byday,
        bymonthday=numbers.get("BYMONTHDAY", ()),
        byyearday=numbers.get("BYYEARDAY", ()),
        byweekno=numbers.get("BYWEEKNO", ()),
        bymonth=numbers.get("BYMONTH", ()),
        bysetpos=numbers.get("BYSETPOS", ()),
        week_start=week_start,
    )


def _numbers(name: str, value: str, most: int, backwards: bool) -> tuple[int, ...] | Words:
    written = re.compile(f"[+{'-' if backwards else ''}]?[0-9]{{1,{len(str(most))}}}")
    numbers = []
    for item in value.split(","):
        number = int(item) if written.fullmatch(item) else 0
        if not 1 <= abs(number) <= most:
            key = "refusal.rule-numbers-signed" if backwards else "refusal.rule-numbers"
            return words(key, name=name, most=most)
        numbers.append(number)
    return tuple(numbers)


def _weekdays(
    value: str | None, frequency: str, with_weeks: bool
) -> tuple[tuple[int | None, str], ...] | Words:
    if value is None:
        return ()
    days: list[tuple[int | None, str]] = []
    for item in value.split(","):
        match = _WEEKDAY_NUMBER.fullmatch(item)
        if match is None or (match[1] and not match[2]):
            return words("refusal.rule-weekdays")
        ordinal = int(match[1] + match[2]) if match[2] else None
        if ordinal is not None:
            most = {"MONTHLY": 5, "YEARLY": 53}.get(frequency)
            if most is None or with_weeks:
                return words("refusal.rule-numbered-day")
            if not 1 <= abs(ordinal) <= most:
                return words("refusal.rule-numbered-day-range", most=most)
        days.append((ordinal, match[3]))
    return tuple(days)


def _whole(value: str | None, name: str, most: int) -> int | Words | None:
    if value is None:
        return None
    if not (value.isascii() and value.isdigit() and len(value) <= len(str(most))):
        return words("refusal.rule-whole", name=name, most=Grouped(most))
    number = int(value)
    if not 1 <= number <= most:
        return words("refusal.rule-whole", name=name, most=Grouped(most))
    return number


def _until(value: str | None) -> dt.date | Words | None:
    if value is None:
        return None
    if _UNTIL.fullmatch(value):
        try:
            return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
        except ValueError:
            pass
    return words("refusal.rule-until")


def _never(parts: RuleParts) -> Words | None:
    """Why no day can ever satisfy ``parts``, or None when some day can."""
    months = parts.bymonth or tuple(range(1, 13))
    if parts.bymonthday and not any(
        abs(day) <= _DAYS_IN_MONTH[month - 1] for month in months for day in parts.bymonthday
    ):
        return words("refusal.rule-never-monthday")
    if parts.bysetpos and all(abs(position) > _set_size(parts) for position in parts.bysetpos):
        return words("refusal.rule-never-setpos")
    every = attrs.evolve(parts, interval=1, count=None, until=None)
    probe = attrs.evolve(every, bysetpos=())
    if probe.frequency in ("DAILY", "WEEKLY") or (
        probe.frequency == "MONTHLY" and all(ordinal is None for ordinal, _ in probe.byday)
    ):
        # With no interval, the days a rule gives are those with every property it asks
        # for, however often it looks: looking once a year is quickest.
        probe = attrs.evolve(probe, frequency="YEARLY")
    if _first(probe, _PROBE_START) is None:
        return words("refusal.rule-never-day")
    if parts.bysetpos and _first(every, _PROBE_START) is None:
        return words("refusal.rule-never-period")
    return None


def _first(parts: RuleParts, start: dt.datetime) -> dt.datetime | None:
    try:
        found: dt.datetime | None = next(iter(parts.at(start)), None)
    except IndexError:  # python-dateutil on a weekday numbered past a month's (8MO in BYMONTH)
        return None
    return found


def _set_size(parts: RuleParts) -> int:
    """The most days one period of the rule can hold, which BYSETPOS picks among."""
    weekdays = len({day for _, day in parts.byday})
    if parts.frequency == "DAILY":
        return 1
    if parts.frequency == "WEEKLY":
        return weekdays or 1
    if parts.frequency == "MONTHLY":
        if parts.bymonthday:
            return len(set(parts.bymonthday))
        if parts.byday:
            return sum(1 if ordinal else 5 for ordinal, _ in parts.byday)
        return 1
    return 366


def dates(parts: RuleParts, start: dt.date, until: dt.date | None, cap: int) -> Iterator[dt.date]:
    """The days of the rule from ``start``, none after ``until`` nor more than
    :data:`HORIZON_YEARS` ahead, at most ``cap`` + 1 of them (the one more says that
    there were more than ``cap``)."""
    last = _horizon(start) if until is None else min(until, _horizon(start))
    if (parts.interval > 1 or parts.bysetpos) and not _gives_dates_from(parts, start):
        return  # which days it gives depends on where it starts: from here, none
    for found, instant in enumerate(parts.at(dt.datetime.combine(start, dt.time())), start=1):
        day = instant.date()
        if day > last:
            return
        yield day
        if found > cap:
            return


def _gives_dates_from(parts: RuleParts, start: dt.date) -> bool:
    """Whether the rule gives a date within 400 years of ``start``: the calendar repeats
    every 400 years, so the search starts in the same place of the cycle, late enough
    for dateutil to stop at the year 10,000."""
    cycles = max(0, -(-(_PROBE_START.year - start.year) // 400))
    shifted = dt.datetime.combine(start.replace(year=start.year + 400 * cycles), dt.time())
    return _first(attrs.evolve(parts, count=None, until=None), shifted) is not None


def _horizon(day: dt.date) -> dt.date:
    """The last day looked at: 400 years on, the same day of the same kind of year."""
    if day.year + HORIZON_YEARS > dt.MAXYEAR:
        return dt.date.max
    return day.replace(year=day.year + HORIZON_YEARS)


def _either(*words: str) -> str:
    """A pattern for any of ``words``, in capitals or not, as a rule may be written."""
    return (
        "(?:"
        + "|".join("".join(f"[{c}{c.lower()}]" if c.isalpha() else c for c in w) for w in words)
        + ")"
    )


def _up_to(most: int) -> str:
    """A pattern for a whole number from 1 to ``most`` written with at most as many digits
    as ``most`` has, leading zeros included, as the reader takes it."""
    width = len(str(most))
    lengths = []
    for length in range(1, width + 1):
        low, high = 10 ** (length - 1), min(most, 10**length - 1)
        zeros = f"0{{0,{width - length}}}" if width > length else ""
        lengths.append(zeros + _span(str(low), str(high)))
    return "(?:" + "|".join(lengths) + ")"


def _span(low: str, high: str) -> str:
    """A pattern for the numbers from ``low`` to ``high``, both written with as many digits."""
    if low == high:
        return low
    if len(low) == 1:
        return f"[{low}-{high}]"
    if low[0] == high[0]:
        return low[0] + _span(low[1:], high[1:])
    rest = len(low) - 1
    parts = [low[0] + _span(low[1:], "9" * rest)]
    if int(high[0]) - int(low[0]) > 1:
        parts.append(f"[{int(low[0]) + 1}-{int(high[0]) - 1}]" + "[0-9]" * rest)
    parts.append(high[0] + _span("0" * rest, high[1:]))
    return "(?:" + "|".join(parts) + ")"


def rule_pattern() -> str:
    """A regular expression (Python's and ECMAScript's) for what the reader takes as a rule,
    part by part: each part's name and the form and range of its value. What one part says
    of another (COUNT with UNTIL, a part given twice, a numbered day beyond what the
    frequency allows) and whether any day satisfies the rule, it cannot say."""
    day = _either(*WEEKDAYS)
    parts = [
        "FREQ=" + _either(*FREQUENCIES),
        "UNTIL=[0-9]{8}",
        "COUNT=" + _up_to(MAX_OCCURRENCES),
        "INTERVAL=" + _up_to(MAX_INTERVAL),
        "BYDAY=" + f"(?:[+-]?{_up_to(53)})?{day}(?:,(?:[+-]?{_up_to(53)})?{day})*",
        "WKST=" + day,
    ]
    for name, (most, backwards) in BY_NUMBERS.items():
        number = f"[+{'-' if backwards else ''}]?{_up_to(most)}"
        parts.append(f"{name}={number}(?:,{number})*")
    part = (
        "(?:"
        + "|".join(
            _either(head) + "=" + tail for head, _, tail in (p.partition("=") for p in parts)
        )
        + ")"
    )
    return f"^(?=(?:[^;]*;)*{_either('FREQ')}=){part}(?:;{part})*$"
