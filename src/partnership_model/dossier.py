"""The dossier: what an application stores for one partnership."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from partnership_model._extensions import (
    EMPTY_EXTENSIONS,
    JsonValue,
    check_extensions,
    freeze_extensions,
)
from partnership_model._fields import instance_of, items_of
from partnership_model.amendments import Amendment
from partnership_model.conflicts import ConflictRecord
from partnership_model.convention import Convention
from partnership_model.errors import InvalidValueError
from partnership_model.evaluation import EvaluationReport, Measurement
from partnership_model.minutes import DecisionRecord
from partnership_model.network import Directory

__all__ = ["Dossier"]


@attrs.frozen(kw_only=True)
class Dossier:
    """The current convention with its amendments, the minutes, the measurements,
    the evaluation reports, the conflicts and the network of structures around the
    partnership."""

    convention: Convention = attrs.field(validator=instance_of(Convention))
    amendments: tuple[Amendment, ...] = attrs.field(default=(), validator=items_of(Amendment))
    minutes: tuple[DecisionRecord, ...] = attrs.field(
        default=(), validator=items_of(DecisionRecord)
    )
    measurements: tuple[Measurement, ...] = attrs.field(
        default=(), validator=items_of(Measurement)
    )
    evaluation_reports: tuple[EvaluationReport, ...] = attrs.field(
        default=(), validator=items_of(EvaluationReport)
    )
    conflicts: tuple[ConflictRecord, ...] = attrs.field(
        default=(), validator=items_of(ConflictRecord)
    )
    """Conflicts between partners, as they climb the convention's procedure."""
    directory: Directory = attrs.field(factory=Directory, validator=instance_of(Directory))
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""

    def amend(
        self,
        convention: Convention,
        *,
        id: str,
        effective_from: dt.date,
        rationale: str,
        summary: str = "",
        adopted_on: dt.date | None = None,
        decision: str | None = None,
    ) -> Dossier:
        """A new dossier whose convention is ``convention``, the old text kept in an amendment."""
        amendment = Amendment(
            id=id,
            effective_from=effective_from,
            rationale=rationale,
            summary=summary,
            adopted_on=adopted_on,
            decision=decision,
            replaces=self.convention,
        )
        return attrs.evolve(self, convention=convention, amendments=(*self.amendments, amendment))

    def in_force(self, day: dt.date) -> Convention:
        """The text of the convention in force on ``day``.

        Amendments are read from the last recorded back: each one that takes effect
        after ``day`` gives way to the text it replaced.
        """
        if type(day) is not dt.date:
            raise InvalidValueError(
                "Dossier.in_force(day)", day, "expected a datetime.date (a day, not an instant)"
            )
        text = self.convention
        for amendment in reversed(self.amendments):
            if amendment.effective_from <= day:
                break
            text = amendment.replaces
        return text


def read_target(function: str, target: object) -> tuple[Convention, Dossier | None]:
    """The convention a function was given, and its dossier when it was given one; any
    other value is refused with an error naming the function's argument."""
    if isinstance(target, Dossier):
        return target.convention, target
    if isinstance(target, Convention):
        return target, None
    raise InvalidValueError(f"{function}(target)", target, "expected a Dossier or a Convention")
