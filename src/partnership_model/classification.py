"""Partnership or collaboration? The seed's distinction (§2), decided from the facts.

A *partnership*: several associations carry a project together and work together on
the needs, the expectations and the tasks. A *collaboration*: one association brings
its stone to another's project, which remains the other's.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from partnership_model.convention import Convention, Form
from partnership_model.i18n import translate
from partnership_model.roles import Raci

__all__ = ["Classification", "Reason", "classify"]


@attrs.frozen(kw_only=True)
class Reason:
    """One fact behind a classification, with the partners it concerns."""

    code: str
    partners: tuple[str, ...] = ()

    def message(self, language: str = "fr", names: Mapping[str, str] | None = None) -> str:
        """The reason in ``language``; partners are named by ``names[id]`` when given."""
        shown = (names.get(p, p) for p in self.partners) if names else self.partners
        return translate(f"classify.{self.code}", language, partners=", ".join(shown))


@attrs.frozen(kw_only=True)
class Classification:
    """The form the facts point to (None when they do not yet decide) and why."""

    form: Form | None
    reasons: tuple[Reason, ...]

    def explain(
        self, language: str = "fr", names: Mapping[str, str] | None = None
    ) -> tuple[str, ...]:
        """Every reason in ``language``, partners named by ``names[id]`` when given."""
        return tuple(reason.message(language, names) for reason in self.reasons)


def _unique(ids: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))


def classify(convention: Convention) -> Classification:
    """Partnership or collaboration, from who carries the project and who works on it.

    The declared ``convention.form`` is not consulted: the rules compare it with this
    answer. Carriers are the declared ones or, when none is declared and no owner
    either, the partners accountable for a task.
    """
    reasons: list[Reason] = []
    carriers = _unique(list(convention.carriers))
    if not carriers and convention.owner is None:
        carriers = _unique(
            [p for task in convention.tasks for p in task.partners_with(Raci.ACCOUNTABLE)]
        )
        if carriers:
            reasons.append(Reason(code="carriers-from-tasks", partners=carriers))
    owner = convention.owner

    if len(carriers) < 2:
        if owner is None and not carriers:
            return Classification(form=None, reasons=(Reason(code="no-carrier"),))
        holder = owner if owner is not None else carriers[0]
        reasons.append(Reason(code="single-carrier", partners=(holder,)))
        others = _unique(
            [c for c in carriers if c != holder]
            + [
                c.partner
                for c in convention.contributions
                if c.partner is not None and c.partner != holder
            ]
            + [p.id for p in convention.partners if p.id != holder]
        )
        if others:
            reasons.append(Reason(code="contributors", partners=others))
        return Classification(form=Form.COLLABORATION, reasons=tuple(reasons))

    reasons.append(Reason(code="several-carriers", partners=carriers))
    if owner is not None:
        reasons.append(Reason(code="owner-among-several-carriers", partners=(owner,)))
    carrier_set = frozenset(carriers)
    working = _unique(
        [
            a.partner
            for task in convention.tasks
            for a in task.assignments
            if a.raci in (Raci.RESPONSIBLE, Raci.ACCOUNTABLE) and a.partner in carrier_set
        ]
    )
    joint_work: list[Reason] = []
    if len(working) >= 2:
        joint_work.append(Reason(code="shared-tasks", partners=working))
    meeting_needs = _unique(
        [c.partner for c in convention.contributions if c.partner in carrier_set and c.covers]
    )
    if len(meeting_needs) >= 2:
        joint_work.append(Reason(code="shared-needs", partners=meeting_needs))
    for body in convention.governing_bodies:
        governing = _unique([m for m in body.members if m in carrier_set])
        if len(governing) >= 2:
            joint_work.append(Reason(code="shared-governance", partners=governing))
            break
    if not joint_work:
        joint_work.append(Reason(code="joint-work-not-shown", partners=carriers))
    return Classification(form=Form.PARTNERSHIP, reasons=(*reasons, *joint_work))
