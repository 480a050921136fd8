"""What to do in case of conflict (seed, CLARIFY): the steps of escalation,
in order."""

from __future__ import annotations

import attrs

from partnership_model._fields import (
    items_of,
    member_of,
    optional_positive_int,
    optional_text,
    text,
)
from partnership_model.i18n import LabelledEnum

__all__ = ["ConflictProcedure", "EscalationAction", "EscalationStep"]


class EscalationAction(LabelledEnum):
    """What happens at one step of a conflict procedure, from talk to court."""

    BILATERAL_TALK = "bilateral_talk"
    COORDINATOR = "coordinator"
    GOVERNING_BODY = "governing_body"
    MEDIATION = "mediation"
    INSTITUTION = "institution"
    ARBITRATION = "arbitration"
    COURT = "court"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class EscalationStep:
    """One step of a conflict procedure, tried in order, within its time limit."""

    action: EscalationAction = attrs.field(validator=member_of(EscalationAction))
    description: str = attrs.field(default="", validator=text)
    handled_by: str | None = attrs.field(default=None, validator=optional_text)
    """Who leads the step: a partner, a body or an outside mediator, by name or id."""
    time_limit_days: int | None = attrs.field(default=None, validator=optional_positive_int)


@attrs.frozen(kw_only=True)
class ConflictProcedure:
    """What to do in case of conflict: the escalation steps, in order."""

    steps: tuple[EscalationStep, ...] = attrs.field(default=(), validator=items_of(EscalationStep))
