"""The dated plan of a convention as an iCalendar file (RFC 5545), for the partners'
calendar software: the timeline's steps, the evaluation moments, the meetings of the
governing bodies, the communication actions and the reports owed, each one event.

Writing the file is the work of the optional extra ``ical`` (the icalendar package),
imported only when a calendar is asked for: ``pip install "partnership-model[ical]"``.
Titles are in the library's language asked for; what the partners wrote stays as they
wrote it, but for the characters no calendar should show as they are (below).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from partnership_model._version import __version__
from partnership_model.convention import Convention
from partnership_model.dossier import Dossier, read_target
from partnership_model.errors import MissingExtraError
from partnership_model.i18n import resolve_language, translate
from partnership_model.planning import Recurrence, RuleParts
from partnership_model.text import blank, visible

if TYPE_CHECKING:
    import icalendar

__all__ = ["to_ical"]

_EPOCH = dt.date(1970, 1, 1)
"""The stamp of a calendar whose convention knows no day at all."""

_LINE_BREAKS = re.compile(r"\r\n?")
_SLUG_LENGTH = 48
"""The most characters of the convention's name its events' UIDs carry."""


def _shown(text: str) -> str:
    """``text`` as the calendar shows it: line breaks as line breaks (``\\r\\n`` and
    ``\\r`` as ``\\n``), tabs as tabs, and every other control character, direction mark
    or override shown as an escape (``\\x1b``, ``\\u202e``), as everything the library
    writes for people does (:func:`partnership_model.text.visible`); so is a lone
    surrogate, which no UTF-8 file can hold (``\\ud800``). A backslash before a capital
    N is written ``\\x5c``, since icalendar writes ``\\N`` as a line break."""
    shown = visible(_LINE_BREAKS.sub("\n", text), keep="\n\t").replace("\\N", "\\x5cN")
    return shown.encode("utf-8", "backslashreplace").decode("utf-8")


def _slug(name: str) -> str:
    """The convention's name as the right side of its events' UIDs: its first words in
    lowercase ASCII, and eight hexadecimal digits of its SHA-256, so that two names
    that read alike, or that have no Latin letter, still differ."""
    ascii_name = unicodedata.normalize("NFKD", name[: _SLUG_LENGTH * 4])
    words = re.sub(r"[^a-z0-9]+", "-", ascii_name.encode("ascii", "ignore").decode().lower())
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    head = words[:_SLUG_LENGTH].strip("-")
    return f"{head}-{digest}" if head else digest


@attrs.frozen
class _Event:
    """One event, before icalendar writes it: ``days`` long, or repeating by ``rule``
    (each occurrence a day long), until ``bound`` when the rule does not end by itself."""

    kind: str
    item: str
    summary: str
    start: dt.date
    days: int = 1
    rule: RuleParts | None = None
    bound: dt.date | None = None
    details: tuple[str | None, ...] = ()


@attrs.frozen
class _Plan:
    """The events of one convention, in one language, in the convention's order."""

    convention: Convention
    language: str
    names: dict[str, str]

    def say(self, key: str, **values: object) -> str:
        return translate(key, self.language, **values)

    def name(self, text: str, item: str) -> str:
        """What the partners called an item, or its id when they wrote nothing."""
        return item if blank(text) else _shown(text)

    def labelled(self, key: str, text: str | None) -> str | None:
        """A line of the description, ``Label : text``, when there is a text."""
        if text is None or blank(text):
            return None
        return f"{self.say(key)}{self.say('summary.separator')}{_shown(text)}"

    def partner(self, partner: str | None) -> str | None:
        return None if partner is None else self.names.get(partner, partner)

    def events(self) -> Iterator[_Event]:
        yield from self.steps()
        yield from self.evaluations()
        yield from self.meetings()
        yield from self.communication()
        yield from self.reports()

    def repeating(
        self, event: _Event, recurrence: Recurrence, bound: dt.date | None
    ) -> _Event | None:
        """``event`` repeating by ``recurrence`` from its first date on or after its
        start (RFC 5545 counts DTSTART as an occurrence, so it must be one), until
        ``bound`` when the rule does not end by itself; None when no date comes."""
        parts = recurrence.parts
        until = None if parts.is_bounded else bound
        first = recurrence.occurrences(event.start, until=until, limit=1)
        if not first:
            return None
        return attrs.evolve(event, start=first[0], rule=parts, bound=until)

    def steps(self) -> Iterator[_Event]:
        period = self.convention.period
        for step in self.convention.timeline.steps:
            start, end = step.planned.start, step.planned.end
            if start is None:
                continue
            summary = self.say("calendar.step", title=self.name(step.title, step.id))
            details = (
                None if blank(step.description) else _shown(step.description),
                self.labelled("document.in-charge", self.partner(step.owner)),
            )
            if step.recurrence is None:
                days = 1 if end is None else (end - start).days + 1
                yield _Event("step", step.id, summary, start, days=days, details=details)
            elif event := self.repeating(
                _Event("step", step.id, summary, start, details=details),
                step.recurrence,
                period.end if end is None else end,
            ):
                yield event

    def evaluations(self) -> Iterator[_Event]:
        for moment in self.convention.evaluation.moments:
            if moment.date is not None:
                summary = self.say("calendar.evaluation", title=self.name(moment.title, moment.id))
                details = (self.labelled("document.method", moment.method),)
                yield _Event("evaluation", moment.id, summary, moment.date, details=details)

    def meetings(self) -> Iterator[_Event]:
        period = self.convention.period
        for body in self.convention.governing_bodies:
            if body.meetings is None or period.start is None:
                continue
            summary = self.say("calendar.meeting", body=self.name(body.name, body.id))
            details = (self.labelled("document.chair", self.partner(body.chair)),)
            meeting = _Event("meeting", body.id, summary, period.start, details=details)
            if event := self.repeating(meeting, body.meetings, period.end):
                yield event

    def communication(self) -> Iterator[_Event]:
        period = self.convention.period
        for action in self.convention.communication.actions:
            recurring = action.frequency is not None
            start = period.start if action.date is None and recurring else action.date
            if start is None:
                continue
            summary = self.say(
                "calendar.communication",
                audience=action.audience.label(self.language),
                description=self.name(action.description, action.id),
            )
            details = (
                self.labelled("document.channel", action.channel.label(self.language)),
                self.labelled("document.in-charge", self.partner(action.owner)),
            )
            event = _Event("communication", action.id, summary, start, details=details)
            if action.frequency is None:
                yield event
            elif repeating := self.repeating(event, action.frequency, period.end):
                yield repeating

    def reports(self) -> Iterator[_Event]:
        for duty in self.convention.funds.reporting:
            if duty.due is not None:
                summary = self.say("calendar.report", recipient=self.name(duty.recipient, duty.id))
                details = (None if blank(duty.description) else _shown(duty.description),)
                yield _Event("report", duty.id, summary, duty.due, details=details)


def _rule(parts: RuleParts, bound: dt.date | None) -> dict[str, object]:
    """The RRULE of ``parts`` as icalendar takes it, as it was written (never expanded),
    ending on ``bound`` when the rule has neither COUNT nor UNTIL."""
    rule: dict[str, object] = {"FREQ": parts.frequency}
    until = parts.until if parts.until is not None else bound
    if until is not None:
        rule["UNTIL"] = until
    if parts.count is not None:
        rule["COUNT"] = parts.count
    if parts.interval != 1:
        rule["INTERVAL"] = parts.interval
    lists = {
        "BYDAY": [f"{'' if ordinal is None else ordinal}{day}" for ordinal, day in parts.byday],
        "BYMONTHDAY": list(parts.bymonthday),
        "BYYEARDAY": list(parts.byyearday),
        "BYWEEKNO": list(parts.byweekno),
        "BYMONTH": list(parts.bymonth),
        "BYSETPOS": list(parts.bysetpos),
    }
    rule.update((name, values) for name, values in lists.items() if values)
    if parts.week_start != "MO":
        rule["WKST"] = parts.week_start
    return rule


def _stamp(convention: Convention, dossier: Dossier | None) -> dt.datetime:
    """The calendar's DTSTAMP, at midnight UTC of the latest day the dossier knows of
    its text: the convention's start, its signatures, its amendments' adoption and
    effect; 1970-01-01 when it knows none. Never the clock: the same dossier gives the
    same file."""
    days = [convention.period.start, *(signature.date for signature in convention.signatures)]
    if dossier is not None:
        for amendment in dossier.amendments:
            days += [amendment.effective_from, amendment.adopted_on]
    latest = max((day for day in days if day is not None), default=_EPOCH)
    return dt.datetime.combine(latest, dt.time(), tzinfo=dt.timezone.utc)


def _fill(
    vevent: icalendar.Event, event: _Event, uid: str, stamp: dt.datetime, language: str
) -> None:
    vevent.add("uid", uid)
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", event.start)
    try:
        vevent.add("dtend", event.start + dt.timedelta(days=event.days))  # the day after
    except OverflowError:  # past 9999-12-31: the length instead of the day after
        vevent.add("duration", dt.timedelta(days=event.days))
    vevent.add("summary", event.summary)
    description = "\n".join(detail for detail in event.details if detail is not None)
    if description:
        vevent.add("description", description)
    vevent.add("categories", [translate(f"calendar.kind-{event.kind}", language)])
    if event.rule is not None:
        vevent.add("rrule", _rule(event.rule, event.bound))


def to_ical(source: Convention | Dossier, *, language: str = "fr") -> bytes:
    """The dated plan of ``source`` as an iCalendar file (RFC 5545), in UTF-8.

    One ``VCALENDAR`` named after the convention (``NAME`` and ``X-WR-CALNAME``), with one all-day
    ``VEVENT`` (``DTSTART;VALUE=DATE``) for each

    * step of the timeline with a planned start, to its planned end (``DTEND`` is the
      day after, as RFC 5545 wants), or repeating by its rule;
    * evaluation moment with a date;
    * governing body that meets by a rule, repeating from the convention's start;
    * communication action: on its date, or, when it recurs, repeating from its date,
      else from the convention's start;
    * report owed with a due date;

    in that order, each in the convention's order. A repeating event is one day long
    each time and starts on the rule's first date on or after its start, since RFC 5545
    counts ``DTSTART`` as an occurrence (a body meeting on first Tuesdays does not meet
    on the convention's first day); its ``RRULE`` is the rule as written, never
    expanded, so that the file grows with the convention and not with its dates. A
    rule with neither ``COUNT`` nor ``UNTIL`` gets ``UNTIL`` the step's planned end, or
    the convention's end, when known. An item with no day to put it on is left out: a
    step with no planned start, a moment or a report with no date, a one-off action
    with no date, a rule repeating from no known start or giving no date before its end.

    Titles (``SUMMARY``) and categories are in ``language`` (``fr``, ``en``, ``nl`` or a
    regional tag such as ``nl-BE``): "Étape : …", "Réunion : …", "Rapport à …"; the
    description says who is in charge. Text the partners wrote keeps its line breaks,
    commas and semicolons (icalendar escapes and folds them); a control character or a
    direction mark shows as an escape such as ``\\x1b``, as in every text the library
    writes for people. An item with no name is called by its id.

    The same dossier always gives the same bytes: each event's ``UID`` is
    ``<kind>-<item id>@<slug of the convention's name>`` (``step-s1@paniers-1a2b3c4d``;
    an id given twice gets ``~2``, ``~3`` before the ``@``), and ``DTSTAMP`` is not the
    clock's time but midnight UTC of the latest day the dossier knows of its text (the
    convention's start, its signatures, its amendments), 1970-01-01 when none. A dossier
    exports its current text, ``dossier.convention``. Time and memory grow linearly with
    the convention.

    Raises :class:`~partnership_model.errors.MissingExtraError` (an ``ImportError``)
    when the ``ical`` extra is not installed:
    ``pip install "partnership-model[ical]"``.
    """
    convention, dossier = read_target("to_ical", source)
    language = resolve_language(language)
    try:
        import icalendar  # noqa: PLC0415  # the optional extra, only when it is used
    except ImportError as missing:
        raise MissingExtraError("ical", "the iCalendar export (to_ical)") from missing
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//partnership-model//{__version__}//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # The name as RFC 7986 says it and as most software reads it; icalendar knows no
    # type for an X- property, so it is told that the name is TEXT, to escape.
    name = icalendar.vText(_shown(convention.name))
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    stamp = _stamp(convention, dossier)
    slug = _slug(convention.name)
    names = {partner.id: partner.name for partner in convention.partners}
    given: dict[str, int] = {}
    for event in _Plan(convention, language, names).events():
        key = f"{event.kind}-{event.item}"
        given[key] = given.get(key, 0) + 1
        again = f"~{given[key]}" if given[key] > 1 else ""
        vevent = icalendar.Event()
        _fill(vevent, event, f"{key}{again}@{slug}", stamp, language)
        calendar.add_component(vevent)
    written: bytes = calendar.to_ical()
    return written
