"""The timeline (seed, PLAN): periods, RFC 5545 recurrences, steps and their kinds."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import json
import re

import attrs
import pytest
from dateutil.rrule import rrulestr
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import (
    InvalidValueError,
    PartnershipModelError,
    Period,
    Recurrence,
    SerializationError,
    Step,
    StepKind,
    Timeline,
    from_json,
    to_dict,
    to_json,
)
from partnership_model._model_words import MODEL_WORDS
from partnership_model._recurrence import RuleParts, _up_to, read
from partnership_model.planning import HORIZON_YEARS, MAX_OCCURRENCES
from tests import generators as gen
from tests.support import assert_refused, finishing_within, refusal_said

JAN_1 = dt.date(2027, 1, 1)
JAN_31 = dt.date(2027, 1, 31)


# --- the error type -----------------------------------------------------------------


def test_invalid_value_error_is_both_the_library_error_and_a_value_error() -> None:
    with pytest.raises(InvalidValueError) as caught:
        Period(start=JAN_31, end=JAN_1)
    assert isinstance(caught.value, PartnershipModelError)
    assert isinstance(caught.value, ValueError)
    assert caught.value.reason in str(caught.value)


# --- Period ---------------------------------------------------------------------------


def test_a_period_may_leave_both_ends_open_in_a_draft() -> None:
    period = Period()
    assert period.start is None
    assert period.end is None
    assert period.days is None


def test_a_period_may_know_only_its_start_or_only_its_end() -> None:
    assert Period(start=JAN_1).end is None
    assert Period(end=JAN_31).start is None
    assert Period(start=JAN_1).days is None
    assert Period(end=JAN_31).days is None


def test_a_period_ending_before_it_starts_is_refused_naming_period_end() -> None:
    error = assert_refused(lambda: Period(start=JAN_31, end=JAN_1), "Period.end", JAN_1)
    assert "2027-01-31" in str(error)


def test_a_period_ending_before_it_starts_is_said_in_french_and_dutch_with_its_start() -> None:
    error = assert_refused(lambda: Period(start=JAN_31, end=JAN_1), "Period.end", JAN_1)

    said = refusal_said(error)
    assert said["fr"] == "la fin précède le début (2027-01-31)"
    assert said["nl"] == "het einde valt vóór het begin (2027-01-31)"


def test_a_period_of_one_day_starts_and_ends_on_that_day() -> None:
    assert Period(start=JAN_1, end=JAN_1).days == 1


def test_period_days_counts_both_ends() -> None:
    assert Period(start=JAN_1, end=JAN_31).days == 31
    assert Period(start=dt.date(2028, 2, 1), end=dt.date(2028, 2, 29)).days == 29


def test_a_day_is_in_a_period_when_it_falls_between_the_ends_inclusive() -> None:
    january = Period(start=JAN_1, end=JAN_31)
    assert JAN_1 in january
    assert dt.date(2027, 1, 15) in january
    assert JAN_31 in january
    assert dt.date(2026, 12, 31) not in january
    assert dt.date(2027, 2, 1) not in january


def test_an_open_end_contains_every_day_on_that_side() -> None:
    assert dt.date(1900, 1, 1) in Period(end=JAN_31)
    assert dt.date(2027, 2, 1) not in Period(end=JAN_31)
    assert dt.date(9999, 12, 31) in Period(start=JAN_1)
    assert dt.date(2026, 12, 31) not in Period(start=JAN_1)
    assert JAN_1 in Period()


def test_something_that_is_not_a_day_is_never_in_a_period() -> None:
    assert "2027-01-15" not in Period(start=JAN_1, end=JAN_31)
    assert None not in Period()
    assert 20270115 not in Period()


def test_an_instant_is_not_a_day_and_so_is_never_in_a_period() -> None:
    assert dt.datetime(2027, 1, 15, 12, 0) not in Period()
    assert dt.datetime(2027, 1, 15, 12, 0) not in Period(start=JAN_1, end=JAN_31)


@pytest.mark.parametrize("field", ["start", "end"])
def test_a_period_refuses_an_instant_where_a_day_is_meant(field: str) -> None:
    instant = dt.datetime(2027, 1, 1, 9, 30)
    assert_refused(lambda: Period(**{field: instant}), f"Period.{field}", instant)


def test_a_period_refuses_an_iso_string_for_a_day() -> None:
    assert_refused(
        lambda: Period(start="2027-01-01"),  # type: ignore[arg-type]
        "Period.start",
        "2027-01-01",
    )


# --- Recurrence: what is accepted -------------------------------------------------------


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=MONTHLY;BYDAY=1TU",
        "FREQ=WEEKLY;INTERVAL=2;COUNT=5",
        "FREQ=YEARLY;UNTIL=20271231",
        "FREQ=DAILY",
        "freq=weekly;byday=mo,th",
    ],
)
def test_a_recurrence_accepts_a_day_based_rfc_5545_rule(rule: str) -> None:
    assert Recurrence(rule=rule).rule == rule


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("RRULE:FREQ=DAILY", "only the rule's value"),
        ("FREQ=DAILY;DTSTART=20270101", "the start comes from the step"),
        ("FREQ=DAILY\nCOUNT=3", "one line without spaces"),
        ("FREQ=HOURLY", "plans are made in days"),
        ("FREQ=MINUTELY;COUNT=3", "plans are made in days"),
        ("FREQ=MONTHLY;BYDAY=XX", "BYDAY is a list of days such as MO,TH"),
        ("FREQ=DAILY;COUNT=many", "COUNT must be a whole number from 1 to 10,000"),
        ("nonsense", "is not NAME=VALUE"),
        ("FREQ=HOURLY", "FREQ must be YEARLY, MONTHLY, WEEKLY or DAILY"),
        ("FREQ=DAILY;FREQ=WEEKLY", "FREQ is given twice"),
        ("FREQ=DAILY;UNTIL=20271231T120000Z", "UNTIL is a day written YYYYMMDD"),
        ("", "one line without spaces"),
    ],
)
def test_a_recurrence_refuses_what_is_not_a_day_based_rule_value(rule: str, words: str) -> None:
    error = assert_refused(lambda: Recurrence(rule=rule), "Recurrence.rule", rule)
    assert words in error.reason


RULE_REFUSALS = [
    ("", "rule-one-line"),
    ("RRULE:FREQ=DAILY", "rule-prefix"),
    ("FREQ=DAILY;COUNT", "rule-name-value"),
    ("FREQ=DAILY;FREQ=WEEKLY", "rule-twice"),
    ("FREQ=DAILY;DTSTART=20270101", "rule-start"),
    ("FREQ=DAILY;BYEASTER=0", "rule-unknown-part"),
    ("FREQ=HOURLY", "rule-frequency"),
    ("FREQ=DAILY;BYHOUR=9", "rule-time-of-day"),
    ("FREQ=DAILY;COUNT=3;UNTIL=20270105", "rule-count-and-until"),
    ("FREQ=YEARLY;BYMONTH=13", "rule-numbers"),
    ("FREQ=MONTHLY;BYMONTHDAY=32", "rule-numbers-signed"),
    ("FREQ=MONTHLY;BYDAY=XX", "rule-weekdays"),
    ("FREQ=WEEKLY;BYDAY=1TU", "rule-numbered-day"),
    ("FREQ=MONTHLY;BYDAY=6TU", "rule-numbered-day-range"),
    ("FREQ=DAILY;COUNT=many", "rule-whole"),
    ("FREQ=DAILY;UNTIL=2027", "rule-until"),
    ("FREQ=DAILY;WKST=XX", "rule-week-start"),
    ("FREQ=WEEKLY;BYMONTHDAY=1", "rule-monthday-weekly"),
    ("FREQ=MONTHLY;BYWEEKNO=1", "rule-yearly-only"),
    ("FREQ=DAILY;BYSETPOS=1", "rule-setpos-alone"),
    ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "rule-never-monthday"),
    ("FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2", "rule-never-setpos"),
    ("FREQ=YEARLY;BYMONTH=1;BYYEARDAY=200", "rule-never-day"),
    ("FREQ=YEARLY;BYMONTH=2;BYDAY=MO;BYSETPOS=-6", "rule-never-period"),
]


@pytest.mark.parametrize(("rule", "name"), RULE_REFUSALS)
def test_every_problem_of_a_rule_is_said_in_french_english_and_dutch(rule: str, name: str) -> None:
    error = assert_refused(lambda: Recurrence(rule=rule), "Recurrence.rule", rule)

    said = refusal_said(error)
    assert error.words is not None
    assert error.words.key == f"refusal.{name}"
    assert len(set(said.values())) == 3


def test_the_problems_of_a_rule_cover_every_refusal_a_rule_has() -> None:
    keys = {key for key in MODEL_WORDS if key.startswith("refusal.rule-")}

    assert {f"refusal.{name}" for _, name in RULE_REFUSALS} == keys


def test_a_rule_is_read_into_its_parts_or_into_the_words_of_its_problem() -> None:
    assert isinstance(read("FREQ=MONTHLY;BYDAY=1TU"), RuleParts)
    problem = read("FREQ=DAILY;UNTIL=2027")

    assert not isinstance(problem, RuleParts)
    assert problem.said("fr") == "UNTIL est un jour écrit AAAAMMJJ"
    assert problem.said("nl") == "UNTIL is een dag geschreven als JJJJMMDD"


def test_the_largest_count_is_written_the_way_each_language_groups_its_thousands() -> None:
    error = assert_refused(
        lambda: Recurrence(rule="FREQ=DAILY;COUNT=0"), "Recurrence.rule", "FREQ=DAILY;COUNT=0"
    )

    said = refusal_said(error)
    assert said["fr"] == "COUNT doit être un nombre entier de 1 à 10\u202f000"
    assert said["en"] == "COUNT must be a whole number from 1 to 10,000"
    assert said["nl"] == "COUNT moet een geheel getal van 1 tot 10.000 zijn"


def test_an_invalid_rule_is_refused_in_the_librarys_own_words_not_its_parsers() -> None:
    error = assert_refused(
        lambda: Recurrence(rule="FREQ=MONTHLY;BYDAY=XX"),
        "Recurrence.rule",
        "FREQ=MONTHLY;BYDAY=XX",
    )
    assert error.__cause__ is None


@pytest.mark.parametrize("rule", [None, 12, b"FREQ=DAILY", ("FREQ=DAILY",)])
def test_a_recurrence_refuses_a_rule_that_is_not_a_string(rule: object) -> None:
    error = assert_refused(
        lambda: Recurrence(rule=rule),  # type: ignore[arg-type]
        "Recurrence.rule",
        rule,
    )
    assert "RRULE string" in error.reason


@pytest.mark.parametrize(
    "rule", ["FREQ=DAILY;BYHOUR=9,17;COUNT=4", "FREQ=DAILY;BYMINUTE=5,10;COUNT=4"]
)
def test_a_recurrence_refuses_times_of_day(rule: str) -> None:
    with pytest.raises(InvalidValueError):
        Recurrence(rule=rule)


@pytest.mark.parametrize(
    "rule", ["FREQ=DAILY;COUNT=2 FREQ=HOURLY", "FREQ=DAILY;COUNT=2\tFREQ=HOURLY"]
)
def test_a_recurrence_refuses_a_second_rule_hidden_behind_whitespace(rule: str) -> None:
    with pytest.raises(InvalidValueError):
        Recurrence(rule=rule)


def test_a_recurrence_refuses_count_and_until_together() -> None:
    with pytest.raises(InvalidValueError):
        Recurrence(rule="FREQ=DAILY;UNTIL=20270105;COUNT=3")


@pytest.mark.parametrize("rule", ["FREQ=DAILY;INTERVAL=0;COUNT=3", "FREQ=DAILY;INTERVAL=-1"])
def test_a_recurrence_refuses_an_interval_below_one(rule: str) -> None:
    with pytest.raises(InvalidValueError):
        Recurrence(rule=rule)


# --- Recurrence: bounds ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "bounded"),
    [
        ("FREQ=WEEKLY;INTERVAL=2;COUNT=5", True),
        ("FREQ=YEARLY;UNTIL=20271231", True),
        ("freq=daily;count=3", True),
        ("FREQ=MONTHLY;BYDAY=1TU", False),
        ("FREQ=DAILY", False),
    ],
)
def test_a_rule_is_bounded_when_it_has_a_count_or_an_until(rule: str, bounded: bool) -> None:
    assert Recurrence(rule=rule).is_bounded is bounded


def test_an_unbounded_rule_cannot_be_expanded_without_a_bound() -> None:
    error = assert_refused(
        lambda: Recurrence(rule="FREQ=MONTHLY;BYDAY=1TU").occurrences(JAN_1),
        "Recurrence.rule",
        "FREQ=MONTHLY;BYDAY=1TU",
    )
    assert "until= or limit=" in error.reason


def test_a_count_bounded_rule_needs_no_bound_from_the_caller() -> None:
    # 4 January 2027 is a Monday: every other Monday, five times.
    monday = dt.date(2027, 1, 4)
    assert Recurrence(rule="FREQ=WEEKLY;INTERVAL=2;COUNT=5").occurrences(monday) == (
        dt.date(2027, 1, 4),
        dt.date(2027, 1, 18),
        dt.date(2027, 2, 1),
        dt.date(2027, 2, 15),
        dt.date(2027, 3, 1),
    )


def test_an_until_bounded_rule_stops_on_its_until_day() -> None:
    occurrences = Recurrence(rule="FREQ=YEARLY;UNTIL=20271231").occurrences(dt.date(2025, 3, 1))
    assert occurrences == (dt.date(2025, 3, 1), dt.date(2026, 3, 1), dt.date(2027, 3, 1))


def test_a_yearly_rule_from_29_february_meets_only_leap_years() -> None:
    # RFC 5545: a day that does not exist in a year is skipped, not moved.
    occurrences = Recurrence(rule="FREQ=YEARLY;COUNT=3").occurrences(dt.date(2024, 2, 29))
    assert occurrences == (dt.date(2024, 2, 29), dt.date(2028, 2, 29), dt.date(2032, 2, 29))


def test_first_tuesdays_of_2027_are_exact_calendar_dates() -> None:
    occurrences = Recurrence(rule="FREQ=MONTHLY;BYDAY=1TU").occurrences(
        JAN_1, until=dt.date(2027, 12, 31)
    )
    assert occurrences[:6] == (
        dt.date(2027, 1, 5),
        dt.date(2027, 2, 2),
        dt.date(2027, 3, 2),
        dt.date(2027, 4, 6),
        dt.date(2027, 5, 4),
        dt.date(2027, 6, 1),
    )
    assert len(occurrences) == 12
    for day in occurrences:
        assert day.weekday() == calendar.TUESDAY
        assert day.day <= 7


def test_occurrences_stop_at_until_inclusive() -> None:
    rule = Recurrence(rule="FREQ=DAILY")
    assert rule.occurrences(JAN_1, until=dt.date(2027, 1, 3)) == (
        dt.date(2027, 1, 1),
        dt.date(2027, 1, 2),
        dt.date(2027, 1, 3),
    )
    assert rule.occurrences(JAN_1, until=JAN_1) == (JAN_1,)
    assert rule.occurrences(JAN_1, until=dt.date(2026, 12, 31)) == ()


def test_the_nearer_of_the_rules_count_and_the_callers_until_wins() -> None:
    rule = Recurrence(rule="FREQ=DAILY;COUNT=3")
    assert rule.occurrences(JAN_1, until=dt.date(2027, 1, 2)) == (JAN_1, dt.date(2027, 1, 2))
    assert len(rule.occurrences(JAN_1, until=JAN_31)) == 3


def test_limit_keeps_the_first_dates() -> None:
    rule = Recurrence(rule="FREQ=WEEKLY")
    assert rule.occurrences(JAN_1, limit=3) == (
        dt.date(2027, 1, 1),
        dt.date(2027, 1, 8),
        dt.date(2027, 1, 15),
    )
    assert rule.occurrences(JAN_1, until=dt.date(2027, 1, 10), limit=3) == (
        dt.date(2027, 1, 1),
        dt.date(2027, 1, 8),
    )


def test_limit_zero_gives_no_dates() -> None:
    assert Recurrence(rule="FREQ=DAILY").occurrences(JAN_1, limit=0) == ()
    assert Recurrence(rule="FREQ=DAILY;COUNT=5").occurrences(JAN_1, limit=0) == ()


@pytest.mark.parametrize("limit", [-1, 2.0, True, "3"])
def test_limit_must_be_a_whole_number_zero_or_more(limit: object) -> None:
    rule = Recurrence(rule="FREQ=DAILY")
    assert_refused(
        lambda: rule.occurrences(JAN_1, limit=limit),  # type: ignore[arg-type]
        "Recurrence.occurrences(limit)",
        limit,
    )


def test_an_expansion_beyond_max_occurrences_is_refused() -> None:
    rule = Recurrence(rule="FREQ=DAILY")
    error = assert_refused(
        lambda: rule.occurrences(JAN_1, until=dt.date(2127, 1, 1)), "Recurrence.rule", "FREQ=DAILY"
    )
    assert str(MAX_OCCURRENCES) in error.reason


def test_a_rule_whose_own_count_passes_max_occurrences_is_refused() -> None:
    rule = f"FREQ=DAILY;COUNT={MAX_OCCURRENCES + 1}"
    error = assert_refused(lambda: Recurrence(rule=rule), "Recurrence.rule", rule)
    assert error.reason == "COUNT must be a whole number from 1 to 10,000"
    assert Recurrence(rule=f"FREQ=DAILY;COUNT={MAX_OCCURRENCES}").occurrences(JAN_1)[-1] == (
        JAN_1 + dt.timedelta(days=MAX_OCCURRENCES - 1)
    )


def test_a_limit_above_max_occurrences_does_not_lift_the_cap() -> None:
    rule = Recurrence(rule="FREQ=DAILY")
    assert_refused(
        lambda: rule.occurrences(JAN_1, limit=MAX_OCCURRENCES + 1), "Recurrence.rule", "FREQ=DAILY"
    )


def test_a_limit_above_max_occurrences_is_fine_when_the_rule_yields_fewer() -> None:
    rule = Recurrence(rule="FREQ=DAILY;COUNT=3")
    assert len(rule.occurrences(JAN_1, limit=MAX_OCCURRENCES * 2)) == 3


def test_a_limit_of_exactly_max_occurrences_cuts_a_longer_rule() -> None:
    occurrences = Recurrence(rule="FREQ=DAILY").occurrences(JAN_1, limit=MAX_OCCURRENCES)
    assert len(occurrences) == MAX_OCCURRENCES
    assert occurrences[-1] == JAN_1 + dt.timedelta(days=MAX_OCCURRENCES - 1)


def test_an_expansion_of_exactly_max_occurrences_is_allowed() -> None:
    rule = Recurrence(rule=f"FREQ=DAILY;COUNT={MAX_OCCURRENCES}")
    assert len(rule.occurrences(JAN_1)) == MAX_OCCURRENCES


def test_occurrences_refuse_an_instant_as_until() -> None:
    with pytest.raises(InvalidValueError):
        Recurrence(rule="FREQ=DAILY").occurrences(JAN_1, until=dt.datetime(2027, 1, 3, 12, 0))


@given(
    start=st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9998, 12, 31)),
    frequency=st.sampled_from(["DAILY", "WEEKLY"]),
    count=st.integers(min_value=1, max_value=30),
)
def test_counted_daily_and_weekly_rules_give_exactly_count_increasing_dates_from_start(
    start: dt.date, frequency: str, count: int
) -> None:
    occurrences = Recurrence(rule=f"FREQ={frequency};COUNT={count}").occurrences(start)
    assert len(occurrences) == count
    assert occurrences[0] >= start
    assert all(earlier < later for earlier, later in itertools.pairwise(occurrences))
    step = 1 if frequency == "DAILY" else 7
    assert occurrences[-1] == start + dt.timedelta(days=step * (count - 1))


@given(
    start=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
    rule=st.sampled_from(
        ["FREQ=MONTHLY;BYDAY=1TU", "FREQ=YEARLY", "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=WEEKLY"]
    ),
    limit=st.integers(min_value=0, max_value=24),
)
def test_limited_expansions_are_increasing_and_never_before_start(
    start: dt.date, rule: str, limit: int
) -> None:
    occurrences = Recurrence(rule=rule).occurrences(start, limit=limit)
    assert len(occurrences) == limit
    assert all(day >= start for day in occurrences)
    assert all(earlier < later for earlier, later in itertools.pairwise(occurrences))


# --- StepKind ----------------------------------------------------------------------------


def test_only_the_project_step_kind_is_not_administrative() -> None:
    assert StepKind.PROJECT.is_administrative is False
    administrative = [kind for kind in StepKind if kind.is_administrative]
    assert administrative == [kind for kind in StepKind if kind is not StepKind.PROJECT]


def test_the_administrative_steps_of_the_seed_are_all_step_kinds() -> None:
    # "authorisation requests, subsidies, evaluation, ..."
    for code in ("authorisation_request", "subsidy_application", "subsidy_report", "evaluation"):
        assert StepKind(code).is_administrative


# --- Step --------------------------------------------------------------------------------


def test_a_step_needs_only_an_id_and_a_title() -> None:
    step = Step(id="launch", title="Lancement")
    assert step.kind is StepKind.PROJECT
    assert step.description == ""
    assert step.planned == Period()
    assert step.actual == Period()
    assert step.owner is None
    assert step.depends_on == ()
    assert step.recurrence is None
    assert step.authority is None
    assert step.needs_authorisation is False
    assert step.is_done is False


def test_a_step_is_done_once_its_actual_end_is_known() -> None:
    started = Step(id="s1", title="Atelier", actual=Period(start=JAN_1))
    assert started.is_done is False
    finished = attrs.evolve(started, actual=Period(start=JAN_1, end=JAN_31))
    assert finished.is_done is True


def test_a_planned_end_does_not_make_a_step_done() -> None:
    step = Step(id="s1", title="Atelier", planned=Period(start=JAN_1, end=JAN_31))
    assert step.is_done is False


def test_a_step_depends_on_other_steps_by_id_even_dangling_ones() -> None:
    step = Step(id="report", title="Rapport", depends_on=("launch", "no-such-step"))
    assert step.depends_on == ("launch", "no-such-step")
    assert Timeline(steps=(step,)).steps == (step,)


def test_a_step_carries_a_recurrence_and_an_owner() -> None:
    meeting = Recurrence(rule="FREQ=MONTHLY;BYDAY=1TU")
    step = Step(
        id="copil",
        title="Comité de pilotage",
        kind=StepKind.OTHER,
        owner="cpas-laeken",
        recurrence=meeting,
        planned=Period(start=JAN_1, end=dt.date(2027, 12, 31)),
    )
    assert step.recurrence is meeting
    assert step.planned.start is not None
    assert step.planned.end is not None
    days = meeting.occurrences(step.planned.start, until=step.planned.end)
    assert all(day in step.planned for day in days)


def test_a_step_refuses_a_bare_rule_string_where_a_recurrence_is_meant() -> None:
    with pytest.raises(InvalidValueError):
        Step(
            id="s",
            title="t",
            recurrence="FREQ=MONTHLY",  # type: ignore[arg-type]
        )


@pytest.mark.parametrize("bad_id", ["", "a b", "-leading-dash", "x" * 65, "é"])
def test_a_step_refuses_a_malformed_id(bad_id: str) -> None:
    assert_refused(lambda: Step(id=bad_id, title="t"), "Step.id", bad_id)


def test_a_step_accepts_the_longest_id() -> None:
    assert Step(id="x" * 64, title="t").id == "x" * 64


def test_a_step_refuses_a_plain_string_for_its_kind_and_lists_the_codes() -> None:
    error = assert_refused(
        lambda: Step(id="s", title="t", kind="project"),  # type: ignore[arg-type]
        "Step.kind",
        "project",
    )
    for kind in StepKind:
        assert kind.value in error.reason


def test_a_step_refuses_a_list_of_dependencies() -> None:
    assert_refused(
        lambda: Step(id="s", title="t", depends_on=["a"]),  # type: ignore[arg-type]
        "Step.depends_on",
        ["a"],
    )


def test_a_step_refuses_a_malformed_dependency_id() -> None:
    assert_refused(
        lambda: Step(id="s", title="t", depends_on=("ok", "a b")), "Step.depends_on", "a b"
    )


def test_a_step_refuses_a_malformed_owner_id_and_a_non_string_title() -> None:
    assert_refused(lambda: Step(id="s", title="t", owner="a b"), "Step.owner", "a b")
    assert_refused(
        lambda: Step(id="s", title=None),  # type: ignore[arg-type]
        "Step.title",
        None,
    )
    assert_refused(
        lambda: Step(id="s", title="t", description=None),  # type: ignore[arg-type]
        "Step.description",
        None,
    )


# --- Step: the authority addressed, the authorisation needed ------------------------------

AFSCA = "Agence fédérale pour la sécurité de la chaîne alimentaire (AFSCA)"


def a_registration_and_the_distributions_that_need_it() -> tuple[Step, Step]:
    registration = Step(
        id="afsca",
        title="Enregistrer l'activité auprès de l'AFSCA",
        kind=StepKind.AUTHORISATION_REQUEST,
        authority=AFSCA,
    )
    distributions = Step(
        id="distributions",
        title="Distributions hebdomadaires",
        depends_on=("afsca",),
        needs_authorisation=True,
    )
    return registration, distributions


def test_an_administrative_step_names_the_authority_it_is_addressed_to() -> None:
    registration, distributions = a_registration_and_the_distributions_that_need_it()
    assert registration.authority == AFSCA
    assert registration.needs_authorisation is False
    assert distributions.authority is None
    assert distributions.needs_authorisation is True


@pytest.mark.parametrize("authority", [3, b"AFSCA", ("AFSCA",), {"name": "AFSCA"}])
def test_a_step_refuses_an_authority_that_is_not_a_string(authority: object) -> None:
    error = assert_refused(
        lambda: Step(id="s", title="t", authority=authority),  # type: ignore[arg-type]
        "Step.authority",
        authority,
    )
    assert error.reason == "expected a string or None"


@pytest.mark.parametrize("needs", [1, 0, "yes", "true", None])
def test_needs_authorisation_must_be_true_or_false_not_a_truthy_value(needs: object) -> None:
    error = assert_refused(
        lambda: Step(id="s", title="t", needs_authorisation=needs),  # type: ignore[arg-type]
        "Step.needs_authorisation",
        needs,
    )
    assert error.reason == "expected True or False"


def test_evolve_checks_the_new_authority_and_need_for_an_authorisation_too() -> None:
    registration, distributions = a_registration_and_the_distributions_that_need_it()
    assert_refused(
        lambda: attrs.evolve(registration, authority=42),  # type: ignore[arg-type]
        "Step.authority",
        42,
    )
    assert_refused(
        lambda: attrs.evolve(distributions, needs_authorisation="no"),  # type: ignore[arg-type]
        "Step.needs_authorisation",
        "no",
    )


def test_the_authority_and_the_need_for_an_authorisation_go_through_json() -> None:
    for step in a_registration_and_the_distributions_that_need_it():
        text = to_json(step)
        document = json.loads(text)
        assert document["authority"] == step.authority
        assert document["needs_authorisation"] is step.needs_authorisation
        assert from_json(text, Step) == step
        assert from_json(to_json(step, pretty=True), Step) == step


def test_a_step_written_before_the_two_fields_existed_reads_with_their_defaults() -> None:
    document = to_dict(Step(id="launch", title="Lancement"))
    del document["authority"], document["needs_authorisation"]
    step = from_json(json.dumps(document), Step)
    assert step.authority is None
    assert step.needs_authorisation is False


def test_reading_a_step_refuses_a_non_boolean_need_and_a_non_string_authority() -> None:
    document = {**to_dict(Step(id="s", title="t")), "authority": 3, "needs_authorisation": "yes"}
    with pytest.raises(SerializationError) as caught:
        from_json(json.dumps(document), Step)
    problems = {(p.path, p.value) for p in caught.value.problems}
    assert problems == {("$.authority", 3), ("$.needs_authorisation", "yes")}


# --- Timeline ----------------------------------------------------------------------------


def test_a_timeline_starts_empty_and_holds_its_steps_in_order() -> None:
    assert Timeline().steps == ()
    launch = Step(id="launch", title="Lancement")
    subsidy = Step(id="subsidy", title="Demande de subside", kind=StepKind.SUBSIDY_APPLICATION)
    timeline = Timeline(steps=(subsidy, launch))
    assert timeline.steps == (subsidy, launch)
    assert [step.id for step in timeline.steps if step.kind.is_administrative] == ["subsidy"]


def test_a_timeline_refuses_a_list_of_steps() -> None:
    steps = [Step(id="s", title="t")]
    assert_refused(
        lambda: Timeline(steps=steps),  # type: ignore[arg-type]
        "Timeline.steps",
        steps,
    )


# --- immutability and value semantics -------------------------------------------------------


def test_planning_values_are_frozen() -> None:
    step = Step(id="s", title="t")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        step.title = "other"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        step.planned.start = JAN_1  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        Recurrence(rule="FREQ=DAILY").rule = "FREQ=WEEKLY"  # type: ignore[misc]


def test_planning_values_are_equal_by_value_and_hashable() -> None:
    def build() -> Timeline:
        return Timeline(
            steps=(
                Step(
                    id="s",
                    title="t",
                    planned=Period(start=JAN_1, end=JAN_31),
                    depends_on=("a",),
                    recurrence=Recurrence(rule="FREQ=WEEKLY;COUNT=2"),
                ),
            )
        )

    first, second = build(), build()
    assert first == second
    assert first is not second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1
    assert Period(start=JAN_1) != Period(end=JAN_1)


def test_evolve_checks_the_new_value_too() -> None:
    period = Period(start=JAN_1, end=JAN_31)
    assert_refused(
        lambda: attrs.evolve(period, end=dt.date(2026, 1, 1)), "Period.end", dt.date(2026, 1, 1)
    )


def test_planning_values_are_built_with_keywords_only() -> None:
    with pytest.raises(TypeError):
        Period(JAN_1, JAN_31)  # type: ignore[call-arg]


# --- recurrences no day satisfies, and expansions that never run away ------------------------


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=DAILY;BYSETPOS=2", "BYSETPOS picks among the days another BY part gives"),
        ("FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2", "BYSETPOS asks for more days than a period has"),
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "never gives a date"),
        ("FREQ=MONTHLY;BYMONTH=4,6;BYMONTHDAY=31", "never gives a date"),
        ("FREQ=YEARLY;BYWEEKNO=1;BYMONTH=6", "no day has every property it asks for"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYSETPOS=2", "no period has as many days"),
        ("FREQ=DAILY;INTERVAL=" + "9" * 5000, "INTERVAL must be a whole number from 1 to 999"),
        ("FREQ=DAILY;COUNT=" + "1" * 5000, "COUNT must be a whole number from 1 to 10,000"),
        ("FREQ=YEARLY;BYEASTER=0", "BYEASTER is not a part of an RFC 5545 rule"),
        ("FREQ=MONTHLY;BYDAY=6MO", "a numbered day counts from 1 to 5"),
        # Within a month, as BYMONTH makes it, no month has an eighth Monday.
        ("FREQ=YEARLY;BYMONTH=12;BYDAY=8MO", "no day has every property it asks for"),
        ("FREQ=WEEKLY;BYDAY=1MO", "a numbered day (1TU, -1FR) needs FREQ=MONTHLY or YEARLY"),
        ("FREQ=WEEKLY;BYMONTHDAY=1", "does not allow BYMONTHDAY with FREQ=WEEKLY"),
        ("FREQ=MONTHLY;BYYEARDAY=1", "allows BYYEARDAY only with FREQ=YEARLY"),
        ("FREQ=MONTHLY;BYWEEKNO=1", "allows BYWEEKNO only with FREQ=YEARLY"),
        ("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY is a list of whole numbers from -31"),
        ("FREQ=YEARLY;BYMONTH=-1", "BYMONTH is a list of whole numbers from 1 to 12"),
        ("FREQ=YEARLY;UNTIL=20270230", "UNTIL is a day written YYYYMMDD"),
        ("FREQ=DAILY;WKST=XX", "WKST is a day of the week"),
    ],
)
def test_a_rule_no_day_satisfies_or_outside_rfc_5545_is_refused_at_once(
    rule: str, words: str
) -> None:
    with finishing_within(2):
        error = assert_refused(lambda: Recurrence(rule=rule), "Recurrence.rule", rule)
    assert words in error.reason
    assert "sys." not in error.reason  # the library's own words, never the interpreter's


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("FREQ=MONTHLY;BYMONTHDAY=31", [(1, 31), (3, 31), (5, 31), (7, 31)]),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", [(1, 31), (2, 28), (3, 31), (4, 30)]),
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", [(1, 29), (2, 26), (3, 31), (4, 30)]),
        ("FREQ=MONTHLY;BYDAY=-1FR", [(1, 29), (2, 26), (3, 26), (4, 30)]),
        # Weeks start on Monday: the week of 1 January began on 28 December, two weeks
        # before the week of 11 January.
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", [(1, 11), (1, 14), (1, 25), (1, 28)]),
    ],
)
def test_the_known_traps_give_the_days_counted_by_hand(
    rule: str, expected: list[tuple[int, int]]
) -> None:
    # 2027-01-01 is a Friday; a monthly rule on the 31st skips the shorter months.
    found = Recurrence(rule=rule).occurrences(JAN_1, limit=4)
    assert found == tuple(dt.date(2027, month, number) for month, number in expected)


def test_a_leap_day_rule_waits_for_the_leap_years() -> None:
    found = Recurrence(rule="FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29").occurrences(JAN_1, limit=2)
    assert found == (dt.date(2028, 2, 29), dt.date(2032, 2, 29))


def test_a_rule_whose_days_depend_on_its_start_gives_none_from_a_start_that_misses_them() -> None:
    every_seventh_day_on_mondays = Recurrence(rule="FREQ=DAILY;INTERVAL=7;BYDAY=MO")
    with finishing_within(2):
        assert every_seventh_day_on_mondays.occurrences(JAN_1, limit=1) == ()  # a Friday
    monday = dt.date(2027, 1, 4)
    assert every_seventh_day_on_mondays.occurrences(monday, limit=2) == (
        monday,
        monday + dt.timedelta(days=7),
    )


def test_no_date_is_looked_for_beyond_the_horizon() -> None:
    yearly = Recurrence(rule="FREQ=YEARLY")
    found = yearly.occurrences(JAN_1, limit=MAX_OCCURRENCES)
    assert found[-1] == dt.date(2027 + HORIZON_YEARS, 1, 1)


@given(
    rule=gen.rule_texts,
    start=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
    limit=st.integers(min_value=0, max_value=30),
)
def test_any_rule_is_refused_or_expanded_in_bounded_time_as_dateutil_would(
    rule: str, start: dt.date, limit: int
) -> None:
    refusal: InvalidValueError | None = None
    with finishing_within(5):
        try:
            recurrence = Recurrence(rule=rule)
        except InvalidValueError as refused:
            refusal = refused
        else:
            found = recurrence.occurrences(start, limit=limit)
    if refusal is not None:
        assert refusal.field == "Recurrence.rule"
        return
    assert len(found) <= limit
    assert all(day >= start for day in found)
    assert list(found) == sorted(set(found))
    parts = recurrence.parts
    if parts.interval == 1 and not parts.bysetpos:  # dateutil ends its search here too
        horizon = start.replace(year=start.year + HORIZON_YEARS)
        expected = itertools.islice(
            rrulestr(rule, dtstart=dt.datetime.combine(start, dt.time())), limit
        )
        assert list(found) == [moment.date() for moment in expected if moment.date() <= horizon]


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;BYDAY=MO;BYSETPOS=2",
        "FREQ=MONTHLY;BYMONTHDAY=1,2;BYSETPOS=3",
        "FREQ=MONTHLY;BYMONTH=1;BYSETPOS=2",
        "FREQ=MONTHLY;BYDAY=1MO,2MO;BYSETPOS=-3",
    ],
)
def test_bysetpos_beyond_what_one_period_holds_is_refused(rule: str) -> None:
    error = assert_refused(lambda: Recurrence(rule=rule), "Recurrence.rule", rule)
    assert "BYSETPOS asks for more days than a period has" in error.reason


def test_near_the_end_of_the_calendar_the_horizon_is_its_last_day() -> None:
    found = Recurrence(rule="FREQ=YEARLY").occurrences(dt.date(9700, 1, 1), limit=MAX_OCCURRENCES)
    assert found[-1] == dt.date(9999, 1, 1)


@pytest.mark.parametrize("most", [5, 12, 19, 31, 53, 200, 366, 999, 10_000])
def test_the_rules_number_pattern_takes_exactly_the_numbers_the_reader_takes(most: int) -> None:
    pattern = re.compile(f"^{_up_to(most)}$")
    width = len(str(most))
    taken = {n for n in range(most * 3) if pattern.match(str(n))}
    assert taken == set(range(1, most + 1))
    assert all(pattern.match(str(n).zfill(width)) for n in range(1, most + 1))
    assert not pattern.match("0" * width)
