"""Breaks of the DEFINE rules: objectives and their indicators, the needs, the target
public."""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import strategies as st

from partnership_model.dossier import Dossier
from partnership_model.evaluation import EvaluationPlan
from partnership_model.money import Money, Quantity, totals_by_currency
from partnership_model.needs import Need, NeedCategory
from partnership_model.objectives import Direction
from partnership_model.testing import _values as values
from partnership_model.testing._breaks._base import (
    NOTHING,
    Registry,
    Situation,
    blanked,
    blanks,
    convention_changed,
    fresh,
    indicator_ids,
    pick,
    replaced,
)

__all__: list[str] = []

breaks = Registry(__name__)
"""The breaks of the rules of :mod:`partnership_model._rules.define`, in drawing order."""


def _without_indicators(dossier: Dossier, gone: set[str]) -> Dossier:
    """The dossier with no reference left to the indicators ``gone``."""
    moments = dossier.convention.evaluation.moments
    kept = tuple(
        attrs.evolve(m, indicators=tuple(i for i in m.indicators if i not in gone))
        for m in moments
    )
    dossier = convention_changed(dossier, evaluation=EvaluationPlan(moments=kept))
    measurements = tuple(m for m in dossier.measurements if m.indicator not in gone)
    kept_ids = {m.id for m in measurements}
    reports = tuple(
        attrs.evolve(r, measurements=tuple(m for m in r.measurements if m in kept_ids))
        for r in dossier.evaluation_reports
    )
    return attrs.evolve(dossier, measurements=measurements, evaluation_reports=reports)


@breaks(
    "define.objectives.missing",
    rewrites={"objectives", "tasks", "evaluation", "measurements", "evaluation_reports"},
)
def _no_objectives(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    dossier = _without_indicators(dossier, set(indicator_ids(convention)))
    tasks = tuple(attrs.evolve(t, objectives=()) for t in convention.tasks)
    return convention_changed(dossier, objectives=(), tasks=tasks), NOTHING


@breaks(
    "define.objectives.no-measurable-indicator",
    rewrites={"objectives", "evaluation", "measurements", "evaluation_reports"},
)
def _objective_without_indicator(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    objectives = dossier.convention.objectives
    at = pick(draw, objectives)
    dossier = _without_indicators(dossier, {i.id for i in objectives[at].indicators})
    emptied = attrs.evolve(objectives[at], indicators=())
    return convention_changed(dossier, objectives=replaced(objectives, at, emptied)), NOTHING


@breaks("define.objectives.untitled", rewrites={"objectives"})
def _untitled_objective(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    objectives = blanked(draw, dossier.convention.objectives, "title")
    return convention_changed(dossier, objectives=objectives), NOTHING


@breaks("define.indicators.unnamed", rewrites={"objectives"})
def _unnamed_indicator(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _changed_indicator(draw, dossier, name=draw(blanks)), NOTHING


def _changed_indicator(draw: st.DrawFn, dossier: Dossier, **changes: Any) -> Dossier:
    objectives = dossier.convention.objectives
    at = pick(draw, objectives)
    indicators = objectives[at].indicators
    which = pick(draw, indicators)
    changed = attrs.evolve(indicators[which], **changes)
    objective = attrs.evolve(objectives[at], indicators=replaced(indicators, which, changed))
    return convention_changed(dossier, objectives=replaced(objectives, at, objective))


@breaks("define.indicators.incomplete", rewrites={"objectives"})
def _indicator_without_means(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    missing = draw(st.sampled_from(("means_of_verification", "due")))
    return _changed_indicator(draw, dossier, **{missing: None}), NOTHING


@breaks("define.indicators.direction-contradicts-target", rewrites={"objectives"})
def _indicator_contradicted(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    baseline = draw(values.small_amounts)
    changes = {"direction": Direction.MAINTAIN, "baseline": baseline, "target": baseline + 1}
    return _changed_indicator(draw, dossier, **changes), NOTHING


@breaks("define.needs.missing", rewrites={"needs", "contributions"})
def _no_needs(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    contributions = tuple(attrs.evolve(c, covers=()) for c in dossier.convention.contributions)
    return convention_changed(dossier, needs=(), contributions=contributions), NOTHING


@breaks("define.needs.not-valued", rewrites={"needs"})
def _need_not_valued(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    needs = dossier.convention.needs
    at = pick(draw, needs)
    unvalued = attrs.evolve(needs[at], amount=None, quantity=None)
    return convention_changed(dossier, needs=replaced(needs, at, unvalued)), NOTHING


@breaks("define.needs.undescribed", rewrites={"needs"})
def _undescribed_need(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return convention_changed(
        dossier, needs=blanked(draw, dossier.convention.needs, "description")
    ), NOTHING


@breaks("define.needs.not-covered", adds={"needs"})
def _need_not_covered(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    needs = dossier.convention.needs
    need = Need(
        id=fresh((n.id for n in needs), "need"),
        category=NeedCategory.INFRASTRUCTURE,
        description="Une salle",
        quantity=Quantity(value=draw(values.small_amounts), unit="m²"),
    )
    return convention_changed(dossier, needs=(*needs, need)), NOTHING


@breaks("define.needs.funding-gap", rewrites={"contributions"}, adds={"needs"})
def _funding_gap(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    offered = [c.amount for c in convention.contributions if c.amount is not None]
    currency = offered[0].currency if offered else "EUR"
    total = totals_by_currency(offered).get(currency, Money.zero(currency))
    need = Need(
        id=fresh((n.id for n in convention.needs), "need"),
        category=NeedCategory.FINANCIAL,
        description="Frais de fonctionnement",
        amount=Money(amount=total.amount + 1 + draw(values.small_amounts), currency=currency),
    )
    contributions = convention.contributions
    at = pick(draw, contributions)
    covering = attrs.evolve(contributions[at], covers=(*contributions[at].covers, need.id))
    return (
        convention_changed(
            dossier,
            needs=(*convention.needs, need),
            contributions=replaced(contributions, at, covering),
        ),
        NOTHING,
    )


@breaks("define.target-public.missing", rewrites={"target_publics"})
def _no_target_public(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return convention_changed(dossier, target_publics=()), NOTHING


@breaks("define.target-public.undescribed", rewrites={"target_publics"})
def _undescribed_public(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    publics = blanked(draw, dossier.convention.target_publics, "description")
    return convention_changed(dossier, target_publics=publics), NOTHING
