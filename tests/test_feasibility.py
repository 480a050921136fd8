"""Whether the plan holds: the earliest schedule, each step's slack, the critical path,
and the steps planned before what they wait for allows."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import given

from partnership_model import (
    Convention,
    Period,
    Step,
    StepKind,
    Timeline,
    earliest_schedule,
    early_starts,
)
from partnership_model.feasibility import EarlyStart
from partnership_model.testing import strategies as pms
from tests.support import assert_refused, brussels, changed, day

SUBSIDY, AFSCA, LAUNCH, DISTRIBUTIONS, MIDTERM, FINAL, REPORT = range(7)


def brussels_with(at: int, **changes: Any) -> Convention:
    steps = list(brussels().convention.timeline.steps)
    steps[at] = attrs.evolve(steps[at], **changes)
    return changed(brussels(), timeline=Timeline(steps=tuple(steps))).convention


def step(key: str, first: dt.date, last: dt.date, *waits: str, **more: Any) -> Step:
    return Step(id=key, title=key, planned=Period(start=first, end=last), depends_on=waits, **more)


def plan(*steps: Step, period: Period | None = None) -> Convention:
    return Convention(name="x", period=period or Period(), timeline=Timeline(steps=steps))


# --- the earliest schedule ---------------------------------------------------------------


def test_in_brussels_the_administration_the_launch_and_distributions_are_critical() -> None:
    schedule = earliest_schedule(brussels().convention)
    assert (schedule.start, schedule.end) == (day(1, 1), day(12, 31))
    assert schedule.unscheduled == ()
    # The AFSCA registration takes 40 days and 14 for the answer, the subsidy application
    # 26 days and 28 for the answer: both let the launch start on 23 February at the
    # earliest. The weekly distributions then run for nine months, to 14 December.
    assert schedule.critical_path == ("step-subside", "step-lancement", "step-distributions")
    assert [s.step for s in schedule.steps if s.critical] == [
        "step-subside",
        "step-afsca",
        "step-lancement",
        "step-distributions",
    ]
    launch = schedule.step("step-lancement")
    assert launch is not None
    assert launch.earliest_start == day(1, 1) + dt.timedelta(days=39 + 14)
    assert launch.planned_start == day(3, 2)
    assert launch.days == 3
    assert launch.critical
    # Every critical step could slip 29 days and the distributions still end by 31 December.
    assert {s.slack for s in schedule.steps if s.critical} == {29}
    assert min(s.slack for s in schedule.steps) == 29
    assert schedule.step("nowhere") is None


def test_every_step_starts_no_earlier_than_what_it_waits_for_and_its_answer() -> None:
    convention = plan(
        step("demande", day(1, 4), day(1, 8), kind=StepKind.AUTHORISATION_REQUEST, lead_days=30),
        step("travaux", day(2, 20), day(2, 28), "demande"),
        step("ouverture", day(3, 1), day(3, 1), "travaux"),
        period=Period(start=day(1, 4), end=day(3, 31)),
    )
    schedule = earliest_schedule(convention)
    by_step = {s.step: s for s in schedule.steps}
    assert by_step["demande"].earliest_end == day(1, 8)
    assert by_step["travaux"].earliest_start == day(2, 7)  # 8 January and 30 days
    assert by_step["ouverture"].earliest_start == by_step["travaux"].earliest_end
    assert by_step["ouverture"].latest_end == day(3, 31)
    assert schedule.critical_path == ("demande", "travaux", "ouverture")
    assert {s.slack for s in schedule.steps} == {44}


def test_a_plan_that_cannot_end_in_time_has_negative_slack() -> None:
    convention = plan(
        step("a", day(1, 1), day(1, 31)),
        step("b", day(2, 1), day(2, 28), "a"),
        period=Period(start=day(1, 1), end=day(2, 15)),
    )
    schedule = earliest_schedule(convention)
    # a and b take 58 days from 1 January: they end on 27 February, 12 days too late.
    assert [s.slack for s in schedule.steps] == [-12, -12]
    assert schedule.critical_path == ("a", "b")


def test_without_an_end_the_schedule_ends_when_the_last_step_can() -> None:
    convention = plan(step("a", day(1, 10), day(1, 20)), step("b", day(3, 1), day(3, 5)))
    schedule = earliest_schedule(convention)
    assert schedule.start == day(1, 10)
    assert schedule.end == day(1, 20)  # b could run from 10 January too
    assert schedule.critical_path == ("a",)


def test_steps_in_a_cycle_undated_or_waiting_for_them_are_left_out() -> None:
    convention = plan(
        step("a", day(1, 1), day(1, 2), "b"),
        step("b", day(1, 3), day(1, 4), "a"),
        step("c", day(1, 5), day(1, 6), "b"),
        Step(id="d", title="d"),
        step("e", day(1, 5), day(1, 6), "d"),
        step("f", day(1, 5), day(1, 6), "f"),
        step("g", day(1, 1), day(1, 1), "inconnue"),
    )
    schedule = earliest_schedule(convention)
    assert schedule.unscheduled == ("a", "b", "c", "d", "e", "f")
    assert [s.step for s in schedule.steps] == ["g"]


def test_a_timeline_with_nothing_dated_has_an_empty_schedule() -> None:
    schedule = earliest_schedule(plan(Step(id="a", title="a")))
    assert schedule.steps == ()
    assert schedule.critical_path == ()
    assert schedule.unscheduled == ("a",)


def test_a_lead_time_past_the_last_day_a_date_can_be_holds_the_dates_there() -> None:
    convention = plan(
        step("a", day(1, 1), day(1, 1), kind=StepKind.SUBSIDY_APPLICATION, lead_days=2**63 - 1),
        step("b", day(2, 1), day(2, 1), "a"),
    )
    by_step = {s.step: s for s in earliest_schedule(convention).steps}
    assert by_step["b"].earliest_start == dt.date.max
    (early,) = early_starts(convention)
    assert early.ready is None


def test_only_a_convention_has_a_schedule() -> None:
    assert_refused(lambda: earliest_schedule("plan"), "earliest_schedule(convention)", "plan")  # type: ignore[arg-type]


# --- steps planned too early -------------------------------------------------------------


def test_the_brussels_plan_leaves_every_authority_its_time() -> None:
    assert early_starts(brussels().convention) == ()


def test_a_launch_three_days_after_the_registration_is_eleven_days_early() -> None:
    convention = brussels_with(
        AFSCA, planned=Period(start=day(1, 4), end=day(2, 27)), lead_days=14
    )
    assert early_starts(convention) == (
        EarlyStart(
            step="step-lancement",
            dependency="step-afsca",
            starts=day(3, 2),
            ready=day(3, 13),
            short_by=11,
            lead_days=14,
            administrative=True,
        ),
    )


def test_a_step_may_start_on_the_day_its_answer_comes() -> None:
    on_time = brussels_with(AFSCA, planned=Period(start=day(1, 4), end=day(2, 16)), lead_days=14)
    assert early_starts(on_time) == ()
    a_day_late = brussels_with(
        AFSCA, planned=Period(start=day(1, 4), end=day(2, 17)), lead_days=14
    )
    assert [e.short_by for e in early_starts(a_day_late)] == [1]


def test_a_project_step_before_another_it_waits_for_is_early_too() -> None:
    convention = plan(step("a", day(1, 1), day(1, 10)), step("b", day(1, 5), day(1, 6), "a"))
    (early,) = early_starts(convention)
    assert (early.step, early.short_by, early.administrative) == ("b", 5, False)


# --- for any plan ------------------------------------------------------------------------


@given(pms.conventions())
def test_the_earliest_schedule_respects_every_dependency(convention: Convention) -> None:
    schedule = earliest_schedule(convention)
    steps = {s.id: s for s in reversed(convention.timeline.steps)}
    scheduled = {s.step: s for s in schedule.steps}
    for found in schedule.steps:
        assert found.earliest_start <= found.earliest_end
        assert found.latest_start <= found.latest_end
        for waited in steps[found.step].depends_on:
            before = scheduled[waited]  # what a scheduled step waits for is scheduled
            lead = steps[waited].lead_days or 0
            if lead <= (dt.date.max - before.earliest_end).days:
                assert (found.earliest_start - before.earliest_end).days >= lead
            else:
                assert found.earliest_start == dt.date.max
    assert set(schedule.critical_path) <= {s.step for s in schedule.steps if s.critical}


@given(pms.conventions(complete=True))
def test_a_complete_plan_holds_and_is_never_earlier_than_its_schedule(
    convention: Convention,
) -> None:
    assert early_starts(convention) == ()
    for found in earliest_schedule(convention).steps:
        assert found.earliest_start <= found.planned_start


def test_what_a_step_waits_for_is_read_only_when_both_days_are_known() -> None:
    convention = plan(
        Step(id="sans-date", title="Sans date", depends_on=("a",)),
        step("a", day(1, 1), day(1, 10), "inconnue", "a"),
        Step(id="ouverte", title="Ouverte", planned=Period(start=day(1, 1))),
        step("b", day(1, 2), day(1, 3), "ouverte"),
    )
    assert early_starts(convention) == ()


def test_a_step_longer_than_the_calendar_holds_its_latest_start_at_the_first_day() -> None:
    convention = plan(
        step("long", dt.date(1, 1, 1), dt.date(9999, 12, 31)),
        period=Period(start=dt.date(1, 1, 1), end=dt.date(1, 1, 5)),
    )
    (found,) = earliest_schedule(convention).steps
    assert found.latest_start == dt.date.min
    assert found.slack < 0
