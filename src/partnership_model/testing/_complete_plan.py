"""The PLAN and EVALUATE parts of a complete convention: the timeline, the evaluation on
it, communication towards every audience, the funds.

Private to :mod:`partnership_model.testing._complete`.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from partnership_model.communication import (
    Audience,
    Channel,
    CommunicationAction,
    CommunicationPlan,
)
from partnership_model.convention import Convention
from partnership_model.evaluation import EvaluationMoment, EvaluationPlan
from partnership_model.funds import BudgetLine, FundManagement, ReportingDuty
from partnership_model.money import Money
from partnership_model.needs import NeedCategory
from partnership_model.planning import Period, Step, StepKind, Timeline
from partnership_model.testing._complete_items import NO_EXTENSIONS, keyed_readers
from partnership_model.testing._digits import Digits, members

ADDRESSED_KINDS = frozenset(
    {StepKind.AUTHORISATION_REQUEST, StepKind.SUBSIDY_APPLICATION, StepKind.SUBSIDY_REPORT}
)
"""The steps addressed to an institution, which may name it as their authority."""


FILLED = frozenset(
    {
        "Timeline.steps",
        "EvaluationPlan.moments",
        "EvaluationMoment.date",
        "EvaluationMoment.indicators",
        "CommunicationPlan.actions",
        "CommunicationAction.date",
        "FundManagement.holder",
        "FundManagement.budget",
    }
)
"""The optional fields a complete convention fills for PLAN, EVALUATE and the written plans."""


def institutions_named(timeline: Timeline, funds: FundManagement) -> tuple[str, ...]:
    """The institutions the plan names, which the convention must link."""
    plan = Convention(name="plan", timeline=timeline, funds=funds)
    return tuple(name for _, name in plan.institutions_named())


def complete_timeline(
    draw: st.DrawFn, partner_ids: tuple[str, ...], start: dt.date, end: dt.date
) -> Timeline:
    """Dated steps in order of their start; a step depends only on steps that end before
    it starts; at least one project step and one evaluation step (the evaluation is on
    the timeline); a step that needs an authorisation waits for a request of one."""
    keyed = keyed_readers(draw, 20, 2, 6)
    dated = sorted(
        ((digits.span(start, end), at) for at, (_, digits) in enumerate(keyed)),
    )
    kinds = [digits.member(StepKind) for _, digits in keyed]
    if StepKind.PROJECT not in kinds:
        kinds[0] = StepKind.PROJECT
    if StepKind.EVALUATION not in kinds:
        # Two steps at least, so one that is not the only project step is left.
        at = next((i for i, kind in enumerate(kinds) if kind is not StepKind.PROJECT), 1)
        kinds[at] = StepKind.EVALUATION
    steps: list[Step] = []
    authorised: set[str] = set()  # the steps that wait for an authorisation request
    for (key, digits), kind, ((first, last), _) in zip(keyed, kinds, dated, strict=True):
        earlier = tuple(
            s.id for s in steps if s.planned.end is not None and s.planned.end <= first
        )
        depends_on = digits.choose(earlier, least=0)
        by_step = {s.id: s for s in steps}
        waits = any(
            d in authorised or by_step[d].kind is StepKind.AUTHORISATION_REQUEST
            for d in depends_on
        )
        if waits:
            authorised.add(key)
        authority = digits.optional_name()
        needs_authorisation = digits.flag()
        steps.append(
            Step(
                id=key,
                title=digits.name(),
                kind=kind,
                description=digits.free_text(),
                planned=Period(start=first, end=last),
                owner=digits.maybe(partner_ids),
                depends_on=depends_on,
                recurrence=digits.optional(digits.recurrence),
                authority=authority if kind in ADDRESSED_KINDS else None,
                needs_authorisation=waits and needs_authorisation,
                extensions=NO_EXTENSIONS,
            )
        )
    return Timeline(steps=_with_lead_times(steps, [digits for _, digits in keyed]))


def _with_lead_times(steps: list[Step], keyed: list[Digits]) -> tuple[Step, ...]:
    """The steps, each administrative one given now and then the days its authority
    takes: never more than the gap before the first step that waits for it."""
    gaps: dict[str, int] = {}
    by_id = {step.id: step for step in steps}
    for step in steps:
        for dependency in step.depends_on:
            waiting = by_id[dependency]
            assert step.planned.start is not None  # a complete timeline is dated  # noqa: S101
            assert waiting.planned.end is not None  # noqa: S101
            gap = (step.planned.start - waiting.planned.end).days
            gaps[dependency] = min(gaps.get(dependency, gap), gap)
    return tuple(
        attrs.evolve(step, lead_days=digits.below(gaps.get(step.id, 60) + 1))
        if step.kind.is_administrative and digits.flag()
        else step
        for step, digits in zip(steps, keyed, strict=True)
    )


def complete_evaluation(
    draw: st.DrawFn,
    indicator_ids: tuple[str, ...],
    partner_ids: tuple[str, ...],
    timeline: Timeline,
) -> EvaluationPlan:
    """Moments each dated on a day an evaluation step of the timeline covers; every
    indicator looked at by one of them."""
    spans = [
        (step.planned.start, step.planned.end)
        for step in timeline.steps
        if step.kind is StepKind.EVALUATION
        and step.planned.start is not None
        and step.planned.end is not None
    ]
    keyed = keyed_readers(draw, 12, 1, 3)
    plan = Digits(draw, width=len(indicator_ids))
    looked_at: dict[str, list[str]] = {key: [] for key, _ in keyed}
    for indicator in indicator_ids:
        looked_at[plan.pick(tuple(looked_at))].append(indicator)
    return EvaluationPlan(
        moments=tuple(
            EvaluationMoment(
                id=key,
                title=digits.name(),
                date=digits.day(*digits.pick(spans)),
                indicators=tuple(looked_at[key]),
                participants=digits.choose(partner_ids, least=0),
                method=digits.optional_text(),
                extensions=NO_EXTENSIONS,
            )
            for key, digits in keyed
        )
    )


def complete_communication(
    draw: st.DrawFn, partner_ids: tuple[str, ...], start: dt.date, end: dt.date
) -> CommunicationPlan:
    """An action towards every audience, recurring or dated, and up to two more."""
    audiences = members(Audience)
    keyed = keyed_readers(draw, 12, len(audiences), len(audiences) + 2)
    actions = []
    for at, (key, digits) in enumerate(keyed):
        frequency = digits.optional(digits.recurrence, bounded=True)
        dated = frequency is None or digits.flag()
        actions.append(
            CommunicationAction(
                id=key,
                audience=audiences[at] if at < len(audiences) else digits.member(Audience),
                description=digits.name(),
                channel=digits.member(Channel),
                frequency=frequency,
                date=digits.day(start, end) if dated else None,
                owner=digits.maybe(partner_ids),
                extensions=NO_EXTENSIONS,
            )
        )
    return CommunicationPlan(actions=tuple(actions))


def complete_funds(
    draw: st.DrawFn,
    *,
    partner_ids: tuple[str, ...],
    timeline: Timeline,
    currency: str,
    start: dt.date,
    end: dt.date,
) -> FundManagement:
    """The holder, the budget and the reporting; a line is a subsidy only when the
    timeline plans a subsidy application."""
    step_ids = tuple(s.id for s in timeline.steps)
    applied = any(s.kind is StepKind.SUBSIDY_APPLICATION for s in timeline.steps)
    holder = Digits(draw, width=4)
    return FundManagement(
        holder=holder.pick(partner_ids),
        description=holder.name(),
        budget=tuple(
            BudgetLine(
                id=key,
                label=digits.name(),
                amount=Money(amount=digits.small_amount(), currency=currency),
                category=digits.maybe_member(NeedCategory),
                source=digits.optional_text(),
                subsidy=applied and digits.flag(),
                extensions=NO_EXTENSIONS,
            )
            for key, digits in keyed_readers(draw, 13, 1, 3)
        ),
        reporting=tuple(
            ReportingDuty(
                id=key,
                recipient=digits.name(),
                description=digits.free_text(),
                due=digits.day(start, end),
                step=digits.maybe(step_ids),
                extensions=NO_EXTENSIONS,
            )
            for key, digits in keyed_readers(draw, 8, 0, 2)
        ),
    )
