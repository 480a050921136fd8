"""The dossier: what an application stores for one partnership."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

import attrs

from partnership_model._extensions import (
    EMPTY_EXTENSIONS,
    JsonValue,
    check_extensions,
    freeze_extensions,
)
from partnership_model._fields import instance_of, items_of
from partnership_model._membership import check_amendment, with_partner, without_partner
from partnership_model.amendments import Amendment
from partnership_model.conflicts import ConflictRecord
from partnership_model.convention import Convention, Signature
from partnership_model.errors import InvalidValueError
from partnership_model.evaluation import EvaluationReport, Measurement
from partnership_model.minutes import DecisionRecord
from partnership_model.network import Directory
from partnership_model.partners import Contribution, Partner
from partnership_model.roles import Raci

__all__ = ["Dossier"]

_NO_TASKS: Mapping[str, Raci | Iterable[Raci]] = MappingProxyType({})


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

    def admit(
        self,
        partner: Partner,
        *,
        id: str,
        effective_from: dt.date,
        rationale: str,
        summary: str = "",
        adopted_on: dt.date | None = None,
        decision: str | None = None,
        carrier: bool = False,
        roles: Iterable[str] = (),
        bodies: Iterable[str] = (),
        tasks: Mapping[str, Raci | Iterable[Raci]] = _NO_TASKS,
        contributions: Iterable[Contribution] = (),
        signature: Signature | None = None,
    ) -> Dossier:
        """A new dossier where ``partner`` has joined the partnership from
        ``effective_from``, recorded as an amendment (:meth:`amend`).

        The partner may carry the project (``carrier``), hold ``roles``, sit on
        ``bodies``, take on a part in ``tasks`` (a task id with its Raci letter or
        letters: ``{"task-ateliers": (Raci.RESPONSIBLE, Raci.ACCOUNTABLE)}``), bring
        ``contributions`` (made its own) and sign (``signature``). Refuses a partner
        whose id is already a partner's, an id that names no role, body or task, a
        contribution of another partner or with an id already used, an amendment id
        already used, and a day before the latest amendment takes effect; what the
        newcomer still lacks (its signature, a contribution) the rules say.
        """
        check_amendment("Dossier.admit", self.amendments, id, effective_from, "effective_from")
        text = with_partner(
            "Dossier.admit",
            self.convention,
            partner,
            carrier=carrier,
            roles=roles,
            bodies=bodies,
            tasks=tasks,
            contributions=contributions,
            signature=signature,
        )
        return self.amend(
            text,
            id=id,
            effective_from=effective_from,
            rationale=rationale,
            summary=summary,
            adopted_on=adopted_on,
            decision=decision,
        )

    def withdraw(
        self,
        partner_id: str,
        *,
        on: dt.date,
        id: str,
        rationale: str,
        summary: str = "",
        adopted_on: dt.date | None = None,
        decision: str | None = None,
    ) -> Dossier:
        """A new dossier where the partner ``partner_id`` has left the partnership
        ``on`` that day, recorded as an amendment (:meth:`amend`).

        The new text holds no reference to it: its contributions, institutional links
        and signature go with it, the roles, tasks, bodies, decision rules, evaluation
        moments and carriers it was one of keep the others, and what it alone saw to
        (a step, an action, the funds, the chair of a body) is left to nobody. What that
        leaves uncovered, :func:`~partnership_model.validate` reports on the new
        dossier; :func:`~partnership_model.withdrawal_consequences` lists it
        beforehand. The minutes keep the partner: they tell what happened when it was
        there. Refuses an id that names no partner, an amendment id already used and a
        day before the latest amendment takes effect.
        """
        check_amendment("Dossier.withdraw", self.amendments, id, on, "on")
        text = without_partner("Dossier.withdraw", self.convention, partner_id)
        return self.amend(
            text,
            id=id,
            effective_from=on,
            rationale=rationale,
            summary=summary,
            adopted_on=adopted_on,
            decision=decision,
        )

    def in_force(self, day: dt.date) -> Convention:
        """The text of the convention in force on ``day``.

        Amendments are read from the last recorded back: each one that takes effect
        after ``day`` gives way to the text it replaced.
        """
        if type(day) is not dt.date:
            raise InvalidValueError(
                "Dossier.in_force(day)", day, "expected a datetime.date (a day, not an instant)"
            )
        return in_force_by_day(self)(day)


def in_force_by_day(dossier: Dossier) -> Callable[[dt.date], Convention]:
    """:meth:`Dossier.in_force` for many days: each day found by bisection over the
    amendments' effective dates, so that asking for every measurement's or minute's day
    takes time in their number times the logarithm of the amendments'."""
    amendments = dossier.amendments
    texts = [amendment.replaces for amendment in amendments] + [dossier.convention]
    # in_force stops at the last amendment that took effect by the day; in a list out
    # of date order, that is the last one whose suffix holds a day not after it.
    earliest_from_here: list[dt.date] = []
    for amendment in reversed(amendments):
        day = amendment.effective_from
        earliest_from_here.append(min(day, earliest_from_here[-1]) if earliest_from_here else day)
    earliest_from_here.reverse()

    def text_on(day: dt.date) -> Convention:
        last = bisect.bisect_right(earliest_from_here, day) - 1
        return texts[last + 1] if last >= 0 else texts[0]

    return text_on


def read_target(function: str, target: object) -> tuple[Convention, Dossier | None]:
    """The convention a function was given, and its dossier when it was given one; any
    other value is refused with an error naming the function's argument."""
    if isinstance(target, Dossier):
        return target.convention, target
    if isinstance(target, Convention):
        return target, None
    raise InvalidValueError(f"{function}(target)", target, "expected a Dossier or a Convention")
