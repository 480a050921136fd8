"""CLARIFY (seed): what to do in case of conflict — the steps of escalation, from a
bilateral talk to court, in the order they are tried.
"""

from __future__ import annotations

import pytest

from partnership_model import ConflictProcedure, EscalationAction, EscalationStep
from tests.support import assert_refused
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
