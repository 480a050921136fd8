"""What is due and what is late: the plan's occurrences, the agenda of a day and the
communication plan per audience, on the Brussels example and on drawn dossiers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import (
    Audience,
    CommunicationAction,
    CommunicationPlan,
    Convention,
    Dossier,
    EvaluationReport,
    InvalidValueError,
    Period,
    Recurrence,
    Step,
    Timeline,
)
from partnership_model.schedule import (
    Occurrence,
    OccurrenceKind,
    agenda,
    communication_plan,
    occurrences,
)
from partnership_model.testing import strategies as pms
from tests.support import assert_refused, brussels, changed, day

# The Brussels timeline, by position.
SUBSIDY, AFSCA, LAUNCH, DISTRIBUTIONS, MIDTERM, FINAL, REPORT = range(7)


def changed_step(dossier: Dossier, at: int, **changes: Any) -> Dossier:
    steps = list(dossier.convention.timeline.steps)
    steps[at] = attrs.evolve(steps[at], **changes)
    return changed(dossier, timeline=Timeline(steps=tuple(steps)))


def said(found: tuple[Occurrence, ...]) -> list[tuple[str, str, str, str]]:
    """Each occurrence as (start, end, kind, item), for comparing with a plan by hand."""
    return [(o.start.isoformat(), o.end.isoformat(), o.kind.value, o.item) for o in found]


# --- occurrences -------------------------------------------------------------------------


def test_the_first_half_of_march_in_brussels_holds_the_launch_meetings_and_distributions() -> None:
    found = occurrences(brussels(), day(3, 1), day(3, 15))
    assert said(found) == [
        ("2027-03-02", "2027-03-02", "meeting", "copil"),
        ("2027-03-02", "2027-03-02", "communication", "com-copil"),
        ("2027-03-02", "2027-03-04", "step", "step-lancement"),
        ("2027-03-09", "2027-03-09", "step", "step-distributions"),
    ]
    launch = found[2]
    assert launch.title == "Première distribution et premier atelier"
    assert launch.owner == "pont"
    assert launch.path == "$.convention.timeline.steps[2]"
    assert not launch.done


def test_a_step_over_several_days_is_there_on_each_of_them() -> None:
    for first in (day(3, 2), day(3, 3), day(3, 4)):
        (launch,) = [o for o in occurrences(brussels(), first, first) if o.kind.value == "step"]
        assert (launch.start, launch.end) == (day(3, 2), day(3, 4))


def test_a_whole_year_expands_every_recurrence_within_its_bounds() -> None:
    found = occurrences(brussels(), day(1, 1), day(12, 31))
    by_kind: dict[str, int] = {}
    for occurrence in found:
        by_kind[occurrence.kind.value] = by_kind.get(occurrence.kind.value, 0) + 1
    # 12 monthly meetings and 12 monthly minutes sent, 12 shared meals (the last Thursday),
    # weekly distributions from 9 March to 14 December, and the one-off actions.
    assert by_kind["meeting"] == 12
    distributions = [o for o in found if o.item == "step-distributions"]
    assert distributions[0].start == day(3, 9)
    assert distributions[-1].start == day(12, 14)
    assert all(o.start.weekday() == 1 for o in distributions)  # Tuesdays
    assert [o.start for o in found] == sorted(o.start for o in found)


def test_a_monthly_step_on_the_31st_skips_the_shorter_months() -> None:
    # RFC 5545 skips a month without the day asked for: the docs and the render say so.
    monthly = Step(
        id="bilan",
        title="Bilan du mois",
        planned=Period(start=day(1, 1), end=day(6, 30)),
        recurrence=Recurrence(rule="FREQ=MONTHLY;BYMONTHDAY=31"),
    )
    last = attrs.evolve(monthly, recurrence=Recurrence(rule="FREQ=MONTHLY;BYMONTHDAY=-1"))
    on_31 = Convention(name="x", timeline=Timeline(steps=(monthly,)))
    on_last = Convention(name="x", timeline=Timeline(steps=(last,)))

    assert [o.start for o in occurrences(on_31, day(1, 1), day(6, 30))] == [
        day(1, 31),
        day(3, 31),
        day(5, 31),
    ]
    assert [o.start.month for o in occurrences(on_last, day(1, 1), day(6, 30))] == [
        1,
        2,
        3,
        4,
        5,
        6,
    ]


def test_a_dossier_is_read_in_the_text_in_force_on_the_first_day() -> None:
    dossier = brussels()
    later = changed_step(dossier, LAUNCH, planned=Period(start=day(3, 16), end=day(3, 16)))
    amended = dossier.amend(
        later.convention, id="avenant-1", effective_from=day(3, 10), rationale="Lancement reporté"
    )
    before = {o.item: o.start for o in occurrences(amended, day(3, 1), day(3, 31))}
    after = {o.item: o.start for o in occurrences(amended, day(3, 10), day(3, 31))}
    assert before["step-lancement"] == day(3, 2)
    assert after["step-lancement"] == day(3, 16)


def test_more_occurrences_than_the_limit_is_an_error_naming_the_limit() -> None:
    error = assert_refused(
        lambda: occurrences(brussels(), day(1, 1), day(12, 31), limit=10),
        "occurrences(limit)",
        10,
    )
    assert "2027-01-01 to 2027-12-31" in str(error)
    assert len(occurrences(brussels(), day(3, 1), day(3, 15), limit=4)) == 4


@pytest.mark.parametrize(
    ("call", "field", "value"),
    [
        (
            lambda: occurrences(brussels(), "2027-03-01", day(3, 2)),  # type: ignore[arg-type]
            "occurrences(start)",
            "2027-03-01",
        ),
        (lambda: occurrences(brussels(), day(3, 2), day(3, 1)), "occurrences(end)", day(3, 1)),
        (
            lambda: occurrences(brussels(), day(3, 1), day(3, 2), limit=-1),
            "occurrences(limit)",
            -1,
        ),
        (lambda: agenda(brussels(), on=day(3, 1), days=0), "agenda(days)", 0),
        (lambda: agenda("plan", on=day(3, 1)), "agenda(source)", "plan"),  # type: ignore[arg-type]
    ],
)
def test_a_question_asked_wrongly_is_refused_naming_what_and_the_value(
    call: object, field: str, value: object
) -> None:
    assert callable(call)
    assert_refused(call, field, value)


# --- the agenda of a day -----------------------------------------------------------------


def test_four_weeks_from_the_first_of_march_and_what_is_late_by_then() -> None:
    found = agenda(brussels(), on=day(3, 1))
    assert (found.on, found.until) == (day(3, 1), day(3, 28))
    assert said(found.due)[:3] == [
        ("2027-03-02", "2027-03-02", "meeting", "copil"),
        ("2027-03-02", "2027-03-02", "communication", "com-copil"),
        ("2027-03-02", "2027-03-04", "step", "step-lancement"),
    ]
    # Nobody wrote down that the subsidy application and the AFSCA registration were done.
    assert said(found.overdue) == [
        ("2027-01-04", "2027-01-29", "step", "step-subside"),
        ("2027-01-04", "2027-02-12", "step", "step-afsca"),
    ]


def test_a_step_done_is_neither_due_nor_late() -> None:
    done = changed_step(brussels(), SUBSIDY, actual=Period(start=day(1, 4), end=day(1, 20)))
    done = changed_step(done, AFSCA, actual=Period(start=day(1, 4), end=day(2, 10)))
    assert agenda(done, on=day(3, 1)).overdue == ()
    launched = changed_step(done, LAUNCH, actual=Period(start=day(3, 2), end=day(3, 4)))
    assert "step-lancement" not in {o.item for o in agenda(launched, on=day(3, 1)).due}


def test_a_step_under_way_on_the_day_is_due_not_late() -> None:
    found = agenda(brussels(), on=day(3, 3), days=1)
    assert "step-lancement" in {o.item for o in found.due}
    assert "step-lancement" not in {o.item for o in found.overdue}


def test_an_evaluation_passed_without_its_report_is_late_until_the_report_is_in() -> None:
    late = agenda(brussels(), on=day(7, 1))
    assert ("2027-06-29", "2027-06-29", "evaluation", "eval-mi") in said(late.overdue)
    report = EvaluationReport(id="rapport-mi", date=day(6, 30), moment="eval-mi")
    reported = attrs.evolve(brussels(), evaluation_reports=(report,))
    assert "eval-mi" not in {o.item for o in agenda(reported, on=day(7, 1)).overdue}
    # A bare convention has no reports: its moments are never said to be late.
    assert "eval-mi" not in {o.item for o in agenda(brussels().convention, on=day(7, 1)).overdue}


def test_the_agenda_is_json_for_applications() -> None:
    found = agenda(brussels(), on=day(3, 1), days=2)
    assert found.to_dict() == {
        "on": "2027-03-01",
        "until": "2027-03-02",
        "due": [
            {
                "start": "2027-03-02",
                "end": "2027-03-02",
                "kind": "meeting",
                "item": "copil",
                "title": "Comité de pilotage des Paniers",
                "path": "$.convention.governing_bodies[0]",
                "owner": "pont",
                "done": False,
            },
            {
                "start": "2027-03-02",
                "end": "2027-03-02",
                "kind": "communication",
                "item": "com-copil",
                "title": "Compte-rendu du comité de pilotage à toutes les équipes",
                "path": "$.convention.communication.actions[1]",
                "owner": "pont",
                "done": False,
            },
            {
                "start": "2027-03-02",
                "end": "2027-03-04",
                "kind": "step",
                "item": "step-lancement",
                "title": "Première distribution et premier atelier",
                "path": "$.convention.timeline.steps[2]",
                "owner": "pont",
                "done": False,
            },
        ],
        "overdue": [o.to_dict() for o in found.overdue],
    }


def test_an_agenda_at_the_last_day_a_date_can_be_ends_there() -> None:
    found = agenda(brussels(), on=dt.date.max, days=30)
    assert found.until == dt.date.max
    assert found.due == ()


# --- the communication plan --------------------------------------------------------------


def test_the_communication_plan_has_the_four_audiences_in_the_seeds_order() -> None:
    convention = brussels().convention
    plans = communication_plan(convention, day(1, 1), day(12, 31))
    assert [p.audience for p in plans] == list(Audience)
    public, professionals, institutions, informal = plans
    assert [o.start for o in public.occurrences] == [day(2, 22)]
    assert len(professionals.occurrences) == 12
    assert [o.start for o in institutions.occurrences] == [day(12, 15)]
    assert all(o.start.weekday() == 3 for o in informal.occurrences)  # the last Thursday
    assert public.actions == convention.communication.towards(Audience.PUBLIC)


def test_a_recurring_action_runs_from_its_own_day_when_it_has_one() -> None:
    action = CommunicationAction(
        id="lettre",
        audience=Audience.PUBLIC,
        description="Lettre d'information",
        date=day(4, 1),
        frequency=Recurrence(rule="FREQ=MONTHLY"),
    )
    convention = changed(brussels(), communication=CommunicationPlan(actions=(action,)))
    public = communication_plan(convention.convention, day(1, 1), day(6, 30))[0]
    assert [o.start for o in public.occurrences] == [day(4, 1), day(5, 1), day(6, 1)]
    assert all(
        not p.occurrences for p in communication_plan(Convention(name="x"), day(1, 1), day(2, 1))
    )


# --- for any plan ------------------------------------------------------------------------


@given(pms.dossiers(), st.dates(), st.integers(1, 120))
def test_due_and_overdue_never_both_list_the_same_thing(
    dossier: Dossier, on: dt.date, days: int
) -> None:
    found = agenda(dossier, on=on, days=days)
    due = {(o.kind, o.item, o.start, o.end) for o in found.due}
    late = {(o.kind, o.item, o.start, o.end) for o in found.overdue}
    assert not due & late
    assert all(o.end >= on and o.start <= found.until and not o.done for o in found.due)
    assert all(o.end < on for o in found.overdue)


@given(pms.recurrences(), st.dates(), st.integers(0, 400), st.integers(0, 50))
def test_every_expansion_is_bounded_by_its_window_and_its_limit(
    recurrence: Recurrence, start: dt.date, days: int, limit: int
) -> None:
    end = min(start + dt.timedelta(days=min(days, (dt.date.max - start).days)), dt.date.max)
    step = Step(id="s", title="Étape", planned=Period(start=start), recurrence=recurrence)
    convention = Convention(name="x", timeline=Timeline(steps=(step,)))
    every = occurrences(convention, start, end)
    assert len(every) <= days + 1  # a day of the window holds one date of a rule at most
    assert all(start <= o.start <= end and o.kind is OccurrenceKind.STEP for o in every)
    if len(every) > limit:
        with pytest.raises(InvalidValueError, match=r"^occurrences\(limit\): "):
            occurrences(convention, start, end, limit=limit)
    else:
        assert occurrences(convention, start, end, limit=limit) == every


def test_what_has_no_day_has_no_occurrence() -> None:
    recurring = Step(id="r", title="Récurrente", recurrence=Recurrence(rule="FREQ=WEEKLY"))
    undated = Step(id="u", title="Sans date")
    plan = Convention(name="x", timeline=Timeline(steps=(recurring, undated)))
    assert occurrences(plan, day(1, 1), day(12, 31)) == ()


def test_only_a_convention_has_a_communication_plan() -> None:
    assert_refused(
        lambda: communication_plan(brussels(), day(1, 1), day(2, 1)),  # type: ignore[arg-type]
        "communication_plan(convention)",
        brussels(),
    )
