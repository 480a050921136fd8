"""Partnership or collaboration? The seed's distinction (§2), decided from the facts.

A *partnership*: several associations carry a project together and work together on
the needs, the expectations and the tasks. A *collaboration*: one association brings
its stone to another's project, which remains the other's.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from partnership_model.convention import Convention, Form
from partnership_model.errors import InvalidValueError
from partnership_model.i18n import translate
from partnership_model.roles import Raci

__all__ = ["Classification", "FormFacts", "Reason", "classify", "form_facts"]


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


@attrs.frozen(kw_only=True)
class FormFacts:
    """The facts that tell a partnership from a collaboration, computed once for
    :func:`classify` and for the validation rules of the form, so that the two never say
    different things of one convention."""

    carriers: tuple[str, ...]
    """Who carries the project: the declared carriers or, when none is declared and no
    owner either, the partners accountable for a task."""
    carriers_inferred: bool
    """Whether the carriers come from the tasks rather than from the convention."""
    holder: str | None
    """Whose project it is, when one partner's: the declared owner, else the only carrier."""
    contributors: tuple[str, ...]
    """The partners other than the holder that bring a contribution with content."""
    idle: tuple[str, ...]
    """The partners, and the declared carriers, other than the holder that bring none."""
    holder_idle: bool
    """Whether the holder holds no role and is accountable for no task."""


def _expect_convention(function: str, convention: object) -> None:
    if not isinstance(convention, Convention):
        raise InvalidValueError(
            f"{function}(convention)",
            convention,
            "expected a Convention (a dossier's is dossier.convention)",
        )


def form_facts(convention: Convention) -> FormFacts:
    """Who carries the project, whose it is, and who brings what to it."""
    _expect_convention("form_facts", convention)
    carriers = _unique(list(convention.carriers))
    inferred = False
    if not carriers and convention.owner is None:
        carriers = _unique(
            [p for task in convention.tasks for p in task.partners_with(Raci.ACCOUNTABLE)]
        )
        inferred = bool(carriers)
    holder = convention.owner
    if holder is None and len(carriers) == 1:
        holder = carriers[0]
    bringing = _unique(
        [c.partner for c in convention.contributions if c.partner is not None and c.has_content]
    )
    contributors = tuple(p for p in bringing if p != holder)
    brought = frozenset(bringing)
    others = [p.id for p in convention.partners] + list(carriers)
    idle = [p for p in others if p != holder and p not in brought]
    holder_idle = (
        holder is not None
        and not any(holder in role.holders for role in convention.roles)
        and not any(holder in t.partners_with(Raci.ACCOUNTABLE) for t in convention.tasks)
    )
    return FormFacts(
        carriers=carriers,
        carriers_inferred=inferred,
        holder=holder,
        contributors=contributors,
        idle=_unique(idle),
        holder_idle=holder_idle,
    )


def classify(convention: Convention) -> Classification:
    """Partnership or collaboration, from who carries the project and who works on it.

    The declared ``convention.form`` is not consulted: the rules compare it with this
    answer. Carriers are the declared ones or, when none is declared and no owner
    either, the partners accountable for a task. The facts are those of
    :func:`form_facts`, which the validation rules of the form read too.
    """
    _expect_convention("classify", convention)
    facts = form_facts(convention)
    reasons: list[Reason] = []
    if facts.carriers_inferred:
        reasons.append(Reason(code="carriers-from-tasks", partners=facts.carriers))
    if len(facts.carriers) < 2:
        if facts.holder is None:
            return Classification(form=None, reasons=(*reasons, Reason(code="no-carrier")))
        reasons.append(Reason(code="single-carrier", partners=(facts.holder,)))
        if facts.contributors:
            reasons.append(Reason(code="contributors", partners=facts.contributors))
        if facts.idle:
            reasons.append(Reason(code="not-contributing", partners=facts.idle))
        return Classification(form=Form.COLLABORATION, reasons=tuple(reasons))

    carriers = facts.carriers
    reasons.append(Reason(code="several-carriers", partners=carriers))
    if convention.owner is not None:
        reasons.append(Reason(code="owner-among-several-carriers", partners=(convention.owner,)))
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
