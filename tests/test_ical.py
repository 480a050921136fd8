"""to_ical(): the dated plan of a convention as an iCalendar file (RFC 5545).

Every file is read back with icalendar's own parser, and the shipped example with a
second, independent one (vobject): each dated item is one event with its dates and
rule, its title in the language asked for, and the same dossier always gives the same
bytes.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

import attrs
import icalendar
import pytest
import vobject  # type: ignore[import-untyped]  # a second parser, without type hints
from hypothesis import given

from partnership_model import (
    Audience,
    CommunicationAction,
    CommunicationPlan,
    Convention,
    Dossier,
    EvaluationMoment,
    EvaluationPlan,
    FundManagement,
    GoverningBody,
    InvalidValueError,
    MissingExtraError,
    Partner,
    PartnershipModelError,
    Period,
    Recurrence,
    ReportingDuty,
    Signature,
    Step,
    Timeline,
    UnsupportedLanguageError,
    from_json,
    to_ical,
)
from partnership_model.i18n import translate
from partnership_model.testing.strategies import dossiers
from partnership_model.text import blank, visible
from tests.support import brussels, day, finishing_within

EXAMPLE = Path(__file__).parent.parent / "examples" / "brussels-partnership.json"
SLUG = "paniers-et-fourneaux-de-laeken-399b8403"


def events(calendar: bytes) -> list[icalendar.Event]:
    return icalendar.Calendar.from_ical(calendar).events


def by_uid(calendar: bytes) -> dict[str, icalendar.Event]:
    return {event.uid: event for event in events(calendar)}


def rule(event: icalendar.Event) -> str:
    (written,) = event.rrules
    return str(written.to_ical().decode())


def dates(event: icalendar.Event) -> tuple[dt.date, dt.date]:
    """The first day of the event and the day after its last, as DTEND says it."""
    assert "DTEND" in event
    return event.start, event.end


def plan(**parts: Any) -> Convention:
    """A convention of 2027 between two partners, with ``parts``."""
    partners = (Partner(id="pont", name="Le Pont ASBL"), Partner(id="aide", name="Entraide"))
    return Convention(
        name="Paniers", partners=partners, period=Period(start=day(1, 1), end=day(12, 31)), **parts
    )


def timeline(*steps: Step) -> Timeline:
    return Timeline(steps=steps)


def with_steps(*steps: Step) -> Convention:
    return plan(timeline=timeline(*steps))


def only_event(convention: Convention | Dossier, language: str = "en") -> icalendar.Event:
    (event,) = events(to_ical(convention, language=language))
    return event


# --- the shipped example


def test_the_example_gives_one_event_per_dated_item_in_the_convention_s_order() -> None:
    assert list(by_uid(to_ical(brussels()))) == [
        f"{uid}@{SLUG}"
        for uid in (
            "step-step-subside",
            "step-step-afsca",
            "step-step-lancement",
            "step-step-distributions",
            "step-step-eval-mi",
            "step-step-eval-fin",
            "step-step-rapport",
            "evaluation-eval-mi",
            "evaluation-eval-fin",
            "meeting-copil",
            "communication-com-affiches",
            "communication-com-copil",
            "communication-com-cocof",
            "communication-com-repas",
            "report-rep-subside",
        )
    ]


def test_the_calendar_names_its_maker_its_language_and_the_convention() -> None:
    calendar = icalendar.Calendar.from_ical(to_ical(brussels(), language="nl-BE"))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert re.fullmatch(r"-//partnership-model//[^/]+//NL", str(calendar["PRODID"]))
    assert calendar.calendar_name == "Paniers et fourneaux de Laeken"
    assert str(calendar["X-WR-CALNAME"]) == "Paniers et fourneaux de Laeken"


def test_a_planned_step_is_all_day_to_the_day_after_its_planned_end() -> None:
    subsidy = by_uid(to_ical(brussels(), language="en"))[f"step-step-subside@{SLUG}"]
    assert dates(subsidy) == (day(1, 4), day(1, 30))  # planned 4 to 29 January
    assert "VALUE=DATE" in subsidy.to_ical().decode()
    assert "RRULE" not in subsidy
    assert subsidy.summary == "Step: Déposer la demande de subside Cohésion sociale"
    assert subsidy.description == "In charge: Entraide Bockstael ASBL"
    assert subsidy.categories == ["Step"]


def test_a_recurring_step_keeps_its_rule_and_lasts_a_day_each_time() -> None:
    weekly = by_uid(to_ical(brussels()))[f"step-step-distributions@{SLUG}"]
    assert dates(weekly) == (day(3, 9), day(3, 10))
    assert rule(weekly) == "FREQ=WEEKLY;UNTIL=20271214;BYDAY=TU"


def test_a_body_meets_from_its_first_meeting_until_the_convention_ends() -> None:
    # 1 January 2027 is a Friday: the first meeting on a first Tuesday is on the 5th,
    # and RFC 5545 counts DTSTART as a meeting, so it must be the 5th.
    meetings = by_uid(to_ical(brussels(), language="fr"))[f"meeting-copil@{SLUG}"]
    assert dates(meetings) == (day(1, 5), day(1, 6))
    assert rule(meetings) == "FREQ=MONTHLY;UNTIL=20271231;BYDAY=1TU"
    assert meetings.summary == "Réunion\u00a0: Comité de pilotage des Paniers"
    assert meetings.description == "Présidence\u00a0: Le Pont de Laeken ASBL"


def test_a_recurring_action_without_a_date_repeats_from_the_convention_s_start() -> None:
    meals = by_uid(to_ical(brussels(), language="nl"))[f"communication-com-repas@{SLUG}"]
    assert dates(meals) == (day(1, 28), day(1, 29))  # the last Thursday of January
    assert rule(meals) == "FREQ=MONTHLY;UNTIL=20271231;BYDAY=-1TH"
    assert meals.summary == (
        "Communicatie (informeel contact): Repas partagé des équipes et des familles en "
        "fin d'atelier"
    )
    assert meals.description == (
        "Kanaal: evenement\nVerantwoordelijke: Les Fourneaux Solidaires ASBL"
    )


def test_an_evaluation_moment_and_a_report_due_are_one_day_each() -> None:
    calendar = by_uid(to_ical(brussels(), language="en"))
    moment = calendar[f"evaluation-eval-fin@{SLUG}"]
    report = calendar[f"report-rep-subside@{SLUG}"]
    assert dates(moment) == (day(12, 7), day(12, 8))
    assert moment.summary == "Evaluation: Évaluation finale"
    assert moment.description == "Method: Questionnaire aux participants et bilan chiffré"
    assert dates(report) == (day(12, 31), dt.date(2028, 1, 1))
    assert report.summary == "Report to Commission communautaire française (COCOF)"
    assert report.description == "Rapport d'activités et pièces justificatives"
    assert report.categories == ["Report"]


def test_the_same_dossier_gives_the_same_bytes_however_it_was_made() -> None:
    built = to_ical(brussels(), language="en")
    assert to_ical(brussels(), language="en") == built
    assert to_ical(from_json(EXAMPLE.read_bytes(), Dossier), language="en") == built
    assert to_ical(brussels().convention, language="en") == built  # no amendment yet


def test_the_stamp_is_midnight_utc_of_the_latest_day_the_dossier_knows_never_the_clock() -> None:
    stamps = {event.DTSTAMP for event in events(to_ical(brussels()))}
    assert stamps == {dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)}  # the convention's start
    undated = Convention(name="x", timeline=undated_step_at(day(3, 1)))
    stamp = only_event(undated).DTSTAMP
    assert stamp == dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def undated_step_at(start: dt.date) -> Timeline:
    return Timeline(steps=(Step(id="s", title="s", planned=Period(start=start)),))


def test_signatures_and_amendments_move_the_stamp_to_their_latest_day() -> None:
    signed = plan(
        timeline=undated_step_at(day(3, 1)),
        signatures=(Signature(partner="pont", signatory="A", date=day(2, 3)),),
    )
    dossier = Dossier(convention=signed).amend(
        attrs.evolve(signed, purpose="Deux distributions par semaine"),
        id="av-1",
        effective_from=day(6, 1),
        rationale="r",
        adopted_on=day(5, 20),
    )
    assert only_event(signed).DTSTAMP.date() == day(2, 3)
    assert only_event(dossier).DTSTAMP.date() == day(6, 1)  # it takes effect after adoption


def test_the_shipped_example_reads_the_same_with_a_second_parser() -> None:
    written = to_ical(from_json(EXAMPLE.read_bytes(), Dossier), language="en")
    calendar = vobject.readOne(written.decode("utf-8"))
    read = [str(event.summary.value) for event in calendar.vevent_list]
    assert read == [event.summary for event in events(written)]
    assert len(read) == 15
    meeting = next(event for event in calendar.vevent_list if "copil" in event.uid.value)
    assert meeting.dtstart.value == day(1, 5)
    assert [found.date() for found in meeting.getrruleset()][:3] == [
        day(1, 5),
        day(2, 2),
        day(3, 2),
    ]


# --- what is left out, and how each kind of item is dated


def test_items_without_a_day_are_left_out() -> None:
    weekly = Recurrence(rule="FREQ=WEEKLY")
    undated = Convention(
        name="Brouillon",
        timeline=Timeline(steps=(Step(id="s", title="Pas encore planifiée"),)),
        evaluation=EvaluationPlan(moments=(EvaluationMoment(id="e", title="Bilan"),)),
        governing_bodies=(GoverningBody(id="copil", name="Copil", meetings=weekly),),
        communication=CommunicationPlan(
            actions=(
                CommunicationAction(id="once", audience=Audience.PUBLIC),
                CommunicationAction(id="often", audience=Audience.PUBLIC, frequency=weekly),
            )
        ),
        funds=FundManagement(reporting=(ReportingDuty(id="r", recipient="COCOF"),)),
    )
    assert events(to_ical(undated)) == []
    assert events(to_ical(Convention(name="Vide"))) == []


def test_a_step_with_only_a_start_is_one_day() -> None:
    event = only_event(
        with_steps(Step(id="s", title="Lancement", planned=Period(start=day(3, 2))))
    )
    assert dates(event) == (day(3, 2), day(3, 3))
    assert "DESCRIPTION" not in event


@pytest.mark.parametrize(
    ("written", "planned_end", "convention_end", "expected"),
    [
        ("FREQ=WEEKLY;BYDAY=TU", day(6, 29), day(12, 31), "FREQ=WEEKLY;UNTIL=20270629;BYDAY=TU"),
        ("FREQ=WEEKLY;BYDAY=TU", None, day(12, 31), "FREQ=WEEKLY;UNTIL=20271231;BYDAY=TU"),
        ("FREQ=WEEKLY;BYDAY=TU", None, None, "FREQ=WEEKLY;BYDAY=TU"),
        ("FREQ=WEEKLY;COUNT=4;BYDAY=TU", day(6, 29), None, "FREQ=WEEKLY;COUNT=4;BYDAY=TU"),
        ("freq=weekly;until=20270401", day(6, 29), None, "FREQ=WEEKLY;UNTIL=20270401"),
        (
            "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1,-1;BYSETPOS=-1;WKST=SU",
            None,
            None,
            "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1,-1;BYSETPOS=-1;WKST=SU",
        ),
        (
            "FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO",
            None,
            None,
            "FREQ=YEARLY;BYDAY=MO;BYWEEKNO=1",
        ),
        (
            "FREQ=YEARLY;BYYEARDAY=100;BYMONTH=4",
            None,
            None,
            "FREQ=YEARLY;BYYEARDAY=100;BYMONTH=4",
        ),
    ],
    ids=[
        "bound-by-the-step",
        "bound-by-the-convention",
        "nothing-to-bound-it",
        "count",
        "its-own-until",
        "every-list-part",
        "week-numbers",
        "year-days",
    ],
)
def test_a_rule_is_written_as_it_was_and_bounded_only_when_it_never_ends(
    written: str, planned_end: dt.date | None, convention_end: dt.date | None, expected: str
) -> None:
    step = Step(
        id="s",
        title="t",
        planned=Period(start=day(3, 1), end=planned_end),
        recurrence=Recurrence(rule=written),
    )
    convention = Convention(
        name="x", period=Period(start=day(1, 1), end=convention_end), timeline=timeline(step)
    )
    assert rule(only_event(convention)) == expected


def test_a_rule_that_gives_no_date_before_its_end_is_left_out() -> None:
    late = Step(
        id="s",
        title="t",
        planned=Period(start=day(3, 1), end=day(3, 31)),
        recurrence=Recurrence(rule="FREQ=YEARLY;BYMONTH=4"),  # no April in March
    )
    assert events(to_ical(with_steps(late))) == []


def test_a_one_off_action_is_on_its_date_and_a_recurring_one_repeats_from_it() -> None:
    once = CommunicationAction(
        id="once", audience=Audience.PUBLIC, description="Lancement", date=day(3, 2)
    )
    monthly = attrs.evolve(once, id="monthly", frequency=Recurrence(rule="FREQ=MONTHLY"))
    calendar = by_uid(
        to_ical(plan(communication=CommunicationPlan(actions=(once, monthly))), language="en")
    )
    one_off, repeated = calendar.values()
    assert dates(one_off) == (day(3, 2), day(3, 3))
    assert "RRULE" not in one_off
    assert one_off.summary == "Communication (public concerned): Lancement"
    assert one_off.description == "Channel: meeting"
    assert dates(repeated) == (day(3, 2), day(3, 3))
    assert rule(repeated) == "FREQ=MONTHLY;UNTIL=20271231"


def test_a_step_on_the_last_day_there_is_says_its_length_instead_of_the_day_after() -> None:
    last = Step(id="s", title="t", planned=Period(start=dt.date(9999, 12, 30), end=dt.date.max))
    event = only_event(Convention(name="x", timeline=timeline(last)))
    assert event.start == dt.date(9999, 12, 30)
    assert "DTEND" not in event
    assert event.duration == dt.timedelta(days=2)


# --- words and text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "Étape\u00a0: Lancement"),
        ("en", "Step: Lancement"),
        ("nl", "Stap: Lancement"),
        ("nl-BE", "Stap: Lancement"),
    ],
)
def test_titles_are_in_the_language_asked_what_the_partners_wrote_as_written(
    language: str, expected: str
) -> None:
    step = Step(id="s", title="Lancement", planned=Period(start=day(3, 2)))
    assert only_event(with_steps(step), language).summary == expected


def test_an_item_with_no_name_is_called_by_its_id_and_an_unknown_owner_by_theirs() -> None:
    step = Step(id="s-1", title=" ", planned=Period(start=day(3, 2)), owner="ailleurs")
    event = only_event(with_steps(step))
    assert event.summary == "Step: s-1"
    assert event.description == "In charge: ailleurs"


HOSTILE = "Ligne 1\nLigne 2, puis; enfin \\ fin\tet\r\nretour\rici"


def test_line_breaks_commas_semicolons_backslashes_and_tabs_read_back_as_written() -> None:
    step = Step(id="s", title=HOSTILE, description=HOSTILE, planned=Period(start=day(3, 2)))
    written = to_ical(with_steps(step), language="en")
    expected = HOSTILE.replace("\r\n", "\n").replace("\r", "\n")
    event = only_event(with_steps(step))
    assert event.summary == f"Step: {expected}"
    assert event.description == expected
    second = vobject.readOne(written.decode("utf-8")).vevent
    assert second.summary.value == f"Step: {expected}"
    assert second.description.value == expected


def test_control_characters_and_direction_marks_show_as_escapes_not_as_themselves() -> None:
    title = "Réunion\x1b[2J\x00 \u202egnp.exe\u200f \x85fin"
    event = only_event(with_steps(Step(id="s", title=title, planned=Period(start=day(3, 2)))))
    assert event.summary == "Step: Réunion\\x1b[2J\\x00 \\u202egnp.exe\\u200f \\x85fin"


def test_a_backslash_before_a_capital_n_is_not_taken_for_a_line_break() -> None:
    # icalendar writes "\N" as a line break, as RFC 5545 reads it.
    event = only_event(
        with_steps(Step(id="s", title="C:\\Nouveau", planned=Period(start=day(3, 2))))
    )
    assert event.summary == "Step: C:\\x5cNouveau"


def test_a_lone_surrogate_that_no_utf8_file_holds_shows_as_an_escape() -> None:
    event = only_event(with_steps(Step(id="s", title="a\ud800b", planned=Period(start=day(3, 2)))))
    assert event.summary == "Step: a\\ud800b"


def test_long_lines_are_folded_within_75_octets() -> None:
    step = Step(id="s", title="é" * 500, planned=Period(start=day(3, 2)))
    written = to_ical(with_steps(step))
    assert max(len(line) for line in written.split(b"\r\n")) <= 75
    assert only_event(with_steps(step)).summary == "Step: " + "é" * 500


# --- UIDs


def test_an_id_given_twice_gets_a_second_uid_of_its_own() -> None:
    twice = [Step(id="s", title=title, planned=Period(start=day(3, 2))) for title in "ab"]
    assert list(by_uid(to_ical(Convention(name="Paniers", timeline=timeline(*twice))))) == [
        "step-s@paniers-a3a598a8",
        "step-s~2@paniers-a3a598a8",
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Paniers", "paniers-a3a598a8"),
        ("  Écoles & Quartiers !  ", "ecoles-quartiers-901bb515"),
        ("مطبخ", "5eed6989"),
        ("x" * 500, "x" * 48 + "-c38c2bf3"),
    ],
    ids=["plain", "accents-and-signs", "no-latin-letter", "long"],
)
def test_the_uid_carries_a_slug_of_the_name_and_a_digest_of_it(name: str, expected: str) -> None:
    convention = Convention(
        name=name, timeline=timeline(Step(id="s", title="t", planned=Period(start=day(3, 2))))
    )
    (uid,) = by_uid(to_ical(convention))
    assert uid.startswith(f"step-s@{expected}")
    assert re.fullmatch(r"step-s@([a-z0-9]+-)*[0-9a-f]{8}", uid)


# --- what is refused


def test_without_the_extra_the_export_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)
    with pytest.raises(MissingExtraError) as raised:
        to_ical(brussels())
    assert str(raised.value) == (
        "the iCalendar export (to_ical) needs the optional extra 'ical': "
        'pip install "partnership-model[ical]"'
    )
    assert raised.value.extra == "ical"
    assert issubclass(MissingExtraError, ImportError)
    assert issubclass(MissingExtraError, PartnershipModelError)


def test_anything_but_a_dossier_or_a_convention_or_a_language_not_spoken_is_refused() -> None:
    with pytest.raises(InvalidValueError, match=r"^to_ical\(target\)"):
        to_ical(brussels().convention.partners[0])  # type: ignore[arg-type]
    with pytest.raises(UnsupportedLanguageError):
        to_ical(brussels(), language="de")


def test_a_large_convention_is_exported_in_bounded_time() -> None:
    many = [
        Step(
            id=f"s{number}",
            title="x" * 1_000,
            planned=Period(start=day(3, 1)),
            recurrence=Recurrence(rule="FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"),
        )
        for number in range(2_000)
    ]
    with finishing_within(60):
        written = to_ical(Convention(name="n" * 1_000_000, timeline=timeline(*many)))
    assert len(events(written)) == 2_000


# --- any dossier


def shown(text: str) -> str:
    """What the calendar shows of a text the partners wrote, worked out by hand."""
    text = visible(re.sub("\r\n?", "\n", text), keep="\n\t").replace("\\N", "\\x5cN")
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def named(text: str, item: str) -> str:
    return item if blank(text) else shown(text)


def repeats(recurrence: Recurrence | None, start: dt.date, bound: dt.date | None) -> bool:
    """Whether an item on ``start`` has a day: once, or by its rule before ``bound``."""
    until = None if recurrence is None or recurrence.is_bounded else bound
    return recurrence is None or bool(recurrence.occurrences(start, until=until, limit=1))


def expected_summaries(convention: Convention, language: str) -> list[str]:
    """What each event should be called, in order, worked out from the convention."""
    period = convention.period
    said = [
        translate("calendar.step", language, title=named(step.title, step.id))
        for step in convention.timeline.steps
        if step.planned.start is not None
        and repeats(
            step.recurrence,
            step.planned.start,
            period.end if step.planned.end is None else step.planned.end,
        )
    ]
    said += [
        translate("calendar.evaluation", language, title=named(moment.title, moment.id))
        for moment in convention.evaluation.moments
        if moment.date is not None
    ]
    said += [
        translate("calendar.meeting", language, body=named(body.name, body.id))
        for body in convention.governing_bodies
        if body.meetings is not None
        and period.start is not None
        and repeats(body.meetings, period.start, period.end)
    ]
    for action in convention.communication.actions:
        start = (
            action.date if action.date is not None or action.frequency is None else period.start
        )
        if start is not None and repeats(action.frequency, start, period.end):
            description = named(action.description, action.id)
            audience = action.audience.label(language)
            said.append(
                translate(
                    "calendar.communication", language, audience=audience, description=description
                )
            )
    said += [
        translate("calendar.report", language, recipient=named(duty.recipient, duty.id))
        for duty in convention.funds.reporting
        if duty.due is not None
    ]
    return said


@given(dossiers())
def test_any_dossier_reads_back_with_both_parsers_every_event_and_its_title(
    dossier: Dossier,
) -> None:
    written = to_ical(dossier, language="en")
    read = events(written)
    expected = expected_summaries(dossier.convention, "en")
    assert [event.summary for event in read] == expected
    second = vobject.readOne(written.decode("utf-8"))
    assert [event.summary.value for event in second.contents.get("vevent", [])] == expected
    assert second.x_wr_calname.value == shown(dossier.convention.name)
    assert len({event.uid for event in read}) == len(read)
    assert to_ical(dossier, language="en") == written
