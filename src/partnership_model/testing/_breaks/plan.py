"""Breaks of the PLAN rules: the period, the timeline's steps and their order, the
administrative steps, subsidies and authorisations."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from partnership_model.dossier import Dossier
from partnership_model.funds import FundManagement
from partnership_model.planning import Period, Recurrence, StepKind, Timeline
from partnership_model.testing import _values as values
from partnership_model.testing._breaks._base import (
    NOTHING,
    Registry,
    Situation,
    blanked,
    convention_changed,
    fresh,
    new_step,
    period_of,
    pick,
    reaching_back,
    replaced,
    step_ids,
    today_of,
    with_steps,
)

__all__: list[str] = []

breaks = Registry(__name__)
"""The breaks of the rules of :mod:`partnership_model._rules.plan`, in drawing order."""


def _no_subsidy(funds: FundManagement) -> FundManagement:
    return attrs.evolve(funds, budget=tuple(attrs.evolve(b, subsidy=False) for b in funds.budget))


@breaks("plan.timeline.missing", rewrites={"timeline", "funds"})
def _no_timeline(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    funds = _no_subsidy(dossier.convention.funds)
    reporting = tuple(attrs.evolve(duty, step=None) for duty in funds.reporting)
    return (
        convention_changed(
            dossier, timeline=Timeline(), funds=attrs.evolve(funds, reporting=reporting)
        ),
        NOTHING,
    )


@breaks("plan.period.incomplete", rewrites={"period"})
def _open_period(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    # The start is left out rather than the end: an open end would also let unbounded
    # recurrences run on, which plan.recurrence.unbounded-in-period says.
    return convention_changed(
        dossier, period=Period(start=None, end=period_of(dossier)[1])
    ), NOTHING


@breaks("plan.steps.undated", adds={"timeline"})
def _undated_step(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return with_steps(dossier, new_step(fresh(step_ids(dossier), "step"), None, None)), NOTHING


@breaks("plan.steps.outside-period", adds={"timeline"}, reads={"period"})
def _step_after_the_end(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    end = period_of(dossier)[1]
    first = end + dt.timedelta(days=draw(st.integers(1, 30)))
    key = fresh(step_ids(dossier), "step")
    return with_steps(dossier, new_step(key, first, first + dt.timedelta(days=1))), NOTHING


@breaks("plan.steps.dependency-cycle", adds={"timeline"}, reads={"period"})
def _step_waiting_for_itself(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    start = period_of(dossier)[0]
    key = fresh(step_ids(dossier), "step")
    return with_steps(dossier, new_step(key, start, start, depends_on=(key,))), NOTHING


def _late_pair(dossier: Dossier, first_kind: StepKind) -> Dossier:
    """Two new steps: a project step starting before the step it depends on ends."""
    start = period_of(dossier)[0]
    ids = step_ids(dossier)
    before = fresh(ids, "step")
    after = fresh([*ids, before], "step")
    end = start + dt.timedelta(days=1)
    return with_steps(
        dossier,
        new_step(before, start, end, kind=first_kind),
        new_step(after, start, end, depends_on=(before,)),
    )


@breaks("plan.steps.dependency-order", adds={"timeline"}, reads={"period"})
def _project_steps_out_of_order(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _late_pair(dossier, StepKind.PROJECT), NOTHING


@breaks("plan.administrative.too-late", adds={"timeline"}, reads={"period"})
def _permit_too_late(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    kind = draw(st.sampled_from([k for k in StepKind if k.is_administrative]))
    return _late_pair(dossier, kind), NOTHING


# Without administrative steps there is no subsidy application, no authorisation request
# and no evaluation step: the subsidies and authorisations go, the moments are off it.
@breaks("plan.administrative.lead-time", adds={"timeline"}, reads={"period"})
def _no_time_to_answer(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    start, end = period_of(dossier)
    kind = draw(st.sampled_from([k for k in StepKind if k.is_administrative]))
    gap = draw(st.integers(0, min(30, (end - start).days)))
    lead = gap + draw(st.integers(1, 90))
    ids = step_ids(dossier)
    request = fresh(ids, "step")
    waiting = fresh([*ids, request], "step")
    first = start + dt.timedelta(days=gap)
    return with_steps(
        dossier,
        new_step(request, start, start, kind=kind, lead_days=lead),
        new_step(waiting, first, first, depends_on=(request,)),
    ), NOTHING


@breaks("plan.administrative.missing", rewrites={"timeline", "funds"}, reads={"evaluation"})
def _no_administration(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    steps = tuple(
        attrs.evolve(s, kind=StepKind.PROJECT, needs_authorisation=False)
        for s in convention.timeline.steps
    )
    broken = convention_changed(
        dossier, timeline=Timeline(steps=steps), funds=_no_subsidy(convention.funds)
    )
    dated = any(m.date is not None for m in convention.evaluation.moments)
    return broken, frozenset({"plan.evaluation.off-timeline"}) if dated else NOTHING


@breaks("plan.steps.no-project-step", rewrites={"timeline"})
def _only_administration(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    # A project step becomes a subsidy report: no other rule cares which report it is.
    steps = tuple(
        attrs.evolve(s, kind=StepKind.SUBSIDY_REPORT) if s.kind is StepKind.PROJECT else s
        for s in dossier.convention.timeline.steps
    )
    return convention_changed(dossier, timeline=Timeline(steps=steps)), NOTHING


@breaks("plan.steps.untitled", rewrites={"timeline"})
def _untitled_step(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    steps = blanked(draw, dossier.convention.timeline.steps, "title")
    return convention_changed(dossier, timeline=Timeline(steps=steps)), NOTHING


@breaks("plan.subsidy.no-application", rewrites={"timeline", "funds"})
def _subsidy_never_applied_for(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    steps = tuple(
        attrs.evolve(s, kind=StepKind.SUBSIDY_REPORT)
        if s.kind is StepKind.SUBSIDY_APPLICATION
        else s
        for s in convention.timeline.steps
    )
    budget = convention.funds.budget
    at = pick(draw, budget)
    # The line names no funder, so that no institution is added to link.
    subsidised = attrs.evolve(budget[at], subsidy=True, source=None)
    funds = attrs.evolve(convention.funds, budget=replaced(budget, at, subsidised))
    return convention_changed(dossier, timeline=Timeline(steps=steps), funds=funds), NOTHING


@breaks("plan.authorisation.missing", adds={"timeline"}, reads={"period"})
def _activity_without_authorisation(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    start = period_of(dossier)[0]
    key = fresh(step_ids(dossier), "step")
    return with_steps(dossier, new_step(key, start, start, needs_authorisation=True)), NOTHING


@breaks("plan.evaluation.off-timeline", rewrites={"timeline"}, reads={"evaluation"})
def _evaluation_left_off(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    # An evaluation step becomes a subsidy report: still administrative, evaluating nothing.
    steps = tuple(
        attrs.evolve(s, kind=StepKind.SUBSIDY_REPORT) if s.kind is StepKind.EVALUATION else s
        for s in dossier.convention.timeline.steps
    )
    return convention_changed(dossier, timeline=Timeline(steps=steps)), NOTHING


@breaks("plan.steps.overdue", rewrites={"period"}, adds={"timeline"})
def _overdue_step(
    draw: st.DrawFn, dossier: Dossier, situation: Situation
) -> tuple[Dossier, frozenset[str]]:
    end = today_of(situation) - dt.timedelta(days=draw(st.integers(1, 60)))
    first = end - dt.timedelta(days=draw(st.integers(0, 30)))
    step = new_step(fresh(step_ids(dossier), "step"), first, end)
    return with_steps(reaching_back(dossier, first), step), NOTHING


@breaks("plan.recurrence.unbounded-in-period", rewrites={"period"}, adds={"timeline"})
def _endless_recurrence(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    start = period_of(dossier)[0]
    rule = Recurrence(rule=draw(st.sampled_from(values.UNBOUNDED_RULES)))
    step = new_step(fresh(step_ids(dossier), "step"), start, start, recurrence=rule)
    dossier = convention_changed(dossier, period=Period(start=start, end=None))
    # An open end is what lets the recurrence run on: the period is incomplete too.
    return with_steps(dossier, step), frozenset({"plan.period.incomplete"})
