"""CLARIFY (seed): what to do in case of conflict — the steps of escalation, from a
bilateral talk to court, in the order they are tried.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import (
    ConflictProcedure,
    ConflictRecord,
    ConflictStep,
    EscalationAction,
    EscalationStep,
    InvalidValueError,
    escalation,
)
from partnership_model.testing.strategies import conflict_procedures, conflict_records
from tests.support import assert_refused, refusal_said
from tests.test_decision_making import codes

# --- ConflictProcedure -------------------------------------------------------------------


def test_an_escalation_step_needs_only_its_action() -> None:
    step = EscalationStep(action=EscalationAction.MEDIATION)
    assert step.description == ""
    assert step.handled_by is None
    assert step.time_limit_days is None


def test_a_conflict_procedure_keeps_its_steps_in_the_order_they_are_tried() -> None:
    talk = EscalationStep(
        action=EscalationAction.BILATERAL_TALK,
        description="Les deux partenaires se parlent d'abord.",
        time_limit_days=15,
    )
    committee = EscalationStep(
        action=EscalationAction.GOVERNING_BODY, handled_by="copil", time_limit_days=30
    )
    mediation = EscalationStep(action=EscalationAction.MEDIATION, handled_by="Médiateur externe")
    procedure = ConflictProcedure(steps=(talk, committee, mediation))
    assert [step.action for step in procedure.steps] == [
        EscalationAction.BILATERAL_TALK,
        EscalationAction.GOVERNING_BODY,
        EscalationAction.MEDIATION,
    ]
    assert ConflictProcedure(steps=(mediation, talk)) != ConflictProcedure(steps=(talk, mediation))


def test_a_conflict_procedure_may_still_be_empty() -> None:
    assert ConflictProcedure().steps == ()


def test_a_conflict_procedure_refuses_a_list_of_steps() -> None:
    steps = [EscalationStep(action=EscalationAction.COURT)]
    assert_refused(
        lambda: ConflictProcedure(steps=steps),  # type: ignore[arg-type]
        "ConflictProcedure.steps",
        steps,
    )


@pytest.mark.parametrize("days", [0, -1, -30])
def test_a_time_limit_must_be_above_zero(days: int) -> None:
    error = assert_refused(
        lambda: EscalationStep(action=EscalationAction.MEDIATION, time_limit_days=days),
        "EscalationStep.time_limit_days",
        days,
    )
    assert "above zero" in error.reason


@pytest.mark.parametrize("days", [1.5, True, "15"])
def test_a_time_limit_must_be_a_whole_number_of_days(days: object) -> None:
    assert_refused(
        lambda: EscalationStep(
            action=EscalationAction.MEDIATION,
            time_limit_days=days,  # type: ignore[arg-type]
        ),
        "EscalationStep.time_limit_days",
        days,
    )


def test_an_escalation_step_refuses_a_plain_string_action_and_lists_the_codes() -> None:
    error = assert_refused(
        lambda: EscalationStep(action="mediation"),  # type: ignore[arg-type]
        "EscalationStep.action",
        "mediation",
    )
    for code in codes(EscalationAction):
        assert code in error.reason


def test_an_escalation_step_refuses_non_text_description_and_handler() -> None:
    assert_refused(
        lambda: EscalationStep(
            action=EscalationAction.OTHER,
            description=None,  # type: ignore[arg-type]
        ),
        "EscalationStep.description",
        None,
    )
    assert_refused(
        lambda: EscalationStep(
            action=EscalationAction.OTHER,
            handled_by=42,  # type: ignore[arg-type]
        ),
        "EscalationStep.handled_by",
        42,
    )


# --- a conflict as it climbs the procedure -------------------------------------------------------

LADDER = ConflictProcedure(
    steps=(
        EscalationStep(action=EscalationAction.BILATERAL_TALK, time_limit_days=15),
        EscalationStep(action=EscalationAction.GOVERNING_BODY, time_limit_days=30),
        EscalationStep(action=EscalationAction.MEDIATION),
    )
)
OPENED = dt.date(2027, 3, 1)


def conflict(*steps: ConflictStep, settled_on: dt.date | None = None) -> ConflictRecord:
    return ConflictRecord(
        id="c1",
        opened_on=OPENED,
        parties=("pont", "entraide"),
        subject="Partage de la chambre froide",
        steps=steps,
        settled_on=settled_on,
    )


def test_a_conflict_just_opened_may_go_to_the_first_step_at_once() -> None:
    status = escalation(LADDER, conflict(), on=OPENED)
    assert (status.step, status.next_step, status.next_may_start) == (
        None,
        LADDER.steps[0],
        OPENED,
    )


def test_a_step_lasts_its_time_limit_then_is_overdue_and_opens_the_next() -> None:
    talk = ConflictStep(step=1, started_on=OPENED)
    within = escalation(LADDER, conflict(talk), on=dt.date(2027, 3, 15))
    assert (within.step, within.deadline, within.overdue) == (1, dt.date(2027, 3, 15), False)
    assert within.next_may_start == dt.date(2027, 3, 16)
    late = escalation(LADDER, conflict(talk), on=dt.date(2027, 3, 16))
    assert late.overdue
    assert late.next_step == LADDER.steps[1]


def test_a_step_over_before_its_limit_lets_the_next_start_the_day_after() -> None:
    talk = ConflictStep(step=1, started_on=OPENED, ended_on=dt.date(2027, 3, 4), result="Échec")
    status = escalation(LADDER, conflict(talk), on=dt.date(2027, 3, 10))
    assert (status.overdue, status.next_may_start) == (False, dt.date(2027, 3, 5))


def test_a_conflict_that_climbs_to_mediation_has_no_step_after_it() -> None:
    climbed = conflict(
        ConflictStep(step=1, started_on=OPENED, ended_on=dt.date(2027, 3, 10)),
        ConflictStep(step=2, started_on=dt.date(2027, 3, 12), ended_on=dt.date(2027, 4, 2)),
        ConflictStep(step=3, started_on=dt.date(2027, 4, 5)),
    )
    status = escalation(LADDER, climbed, on=dt.date(2027, 6, 1))
    assert status.current is not None
    assert status.current.action is EscalationAction.MEDIATION
    assert (status.deadline, status.overdue, status.next_step, status.next_may_start) == (
        None,
        False,
        None,
        None,
    )
    # On an earlier day, only the steps taken by then count.
    assert escalation(LADDER, climbed, on=dt.date(2027, 3, 20)).step == 2


def test_a_settled_conflict_is_never_overdue_and_goes_no_further() -> None:
    talk = ConflictStep(step=1, started_on=OPENED)
    status = escalation(
        LADDER, conflict(talk, settled_on=dt.date(2027, 3, 5)), on=dt.date(2027, 5, 1)
    )
    assert (status.settled, status.overdue, status.next_step) == (True, False, None)
    unopened = escalation(LADDER, conflict(settled_on=OPENED), on=OPENED)
    assert (unopened.settled, unopened.next_may_start) == (True, None)


def test_a_step_the_procedure_does_not_have_is_not_guessed() -> None:
    status = escalation(LADDER, conflict(ConflictStep(step=9, started_on=OPENED)), on=OPENED)
    assert (status.step, status.current, status.next_step) == (9, None, None)
    assert escalation(ConflictProcedure(), conflict(), on=OPENED).next_step is None


def test_a_conflict_step_cannot_end_before_it_starts_and_the_day_is_a_date() -> None:
    with pytest.raises(InvalidValueError, match=r"ConflictStep\.ended_on"):
        ConflictStep(step=1, started_on=OPENED, ended_on=dt.date(2027, 2, 1))
    with pytest.raises(InvalidValueError, match=r"ConflictStep\.step"):
        ConflictStep(step=0, started_on=OPENED)
    with pytest.raises(InvalidValueError, match=r"escalation\(on\)"):
        escalation(LADDER, conflict(), on="2027-03-01")  # type: ignore[arg-type]


def test_a_step_that_ends_before_it_starts_is_refused_in_each_language_with_its_start() -> None:
    ended = dt.date(2027, 2, 1)
    error = assert_refused(
        lambda: ConflictStep(step=1, started_on=OPENED, ended_on=ended),
        "ConflictStep.ended_on",
        ended,
    )

    said = refusal_said(error)
    assert said["fr"] == "l'étape se termine avant de commencer (2027-03-01)"
    assert said["nl"] == "de stap eindigt voordat hij begint (2027-03-01)"


@given(
    conflict_procedures(),
    conflict_records(min_size=1, max_size=1),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 1, 1)),
)
def test_any_conflict_on_any_day_has_a_status_that_holds_together(
    procedure: ConflictProcedure, records: tuple[ConflictRecord, ...], day: dt.date
) -> None:
    status = escalation(procedure, records[0], on=day)
    assert not (status.settled and status.overdue)
    assert status.overdue <= (status.deadline is not None and day > status.deadline)
    if status.next_may_start is not None:
        assert status.next_step is not None


def test_a_time_limit_past_the_calendar_s_last_day_never_passes() -> None:
    procedure = ConflictProcedure(
        steps=(EscalationStep(action=EscalationAction.MEDIATION, time_limit_days=2**63 - 1),)
    )
    record = ConflictRecord(
        id="c1",
        opened_on=dt.date(2027, 1, 4),
        steps=(ConflictStep(step=1, started_on=dt.date(2027, 1, 4)),),
    )
    status = escalation(procedure, record, on=dt.date(2027, 6, 1))
    assert (status.deadline, status.overdue, status.next_may_start) == (None, False, None)
