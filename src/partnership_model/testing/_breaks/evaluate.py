"""Breaks of the EVALUATE rules: the evaluation plan, its moments, the indicators it
looks at and measures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
from hypothesis import strategies as st

from partnership_model.dossier import Dossier
from partnership_model.evaluation import EvaluationMoment, EvaluationPlan, Measurement
from partnership_model.objectives import Direction, Indicator, Objective
from partnership_model.planning import StepKind
from partnership_model.testing._breaks._base import (
    NOTHING,
    Registry,
    Situation,
    convention_changed,
    fresh,
    indicator_ids,
    period_of,
    reaching_back,
    today_of,
)

__all__: list[str] = []

breaks = Registry(__name__)
"""The breaks of the rules of :mod:`partnership_model._rules.evaluate`, in drawing order."""


def _with_moments(dossier: Dossier, *new: EvaluationMoment) -> Dossier:
    moments = dossier.convention.evaluation.moments
    return convention_changed(dossier, evaluation=EvaluationPlan(moments=(*moments, *new)))


def _indicator(key: str, due: dt.date) -> Indicator:
    return Indicator(
        id=key,
        name="Participants",
        unit="personnes",
        baseline=Decimal(10),
        target=Decimal(20),
        direction=Direction.INCREASE,
        means_of_verification="Listes de présence",
        due=due,
    )


def _objective_with(dossier: Dossier, due: dt.date) -> tuple[Dossier, str]:
    """The dossier with one more objective, whose one complete indicator is due on ``due``."""
    convention = dossier.convention
    indicator = fresh(indicator_ids(convention), "indicator")
    objective = Objective(
        id=fresh((o.id for o in convention.objectives), "objective"),
        title="Objectif ajouté",
        indicators=(_indicator(indicator, due),),
    )
    return convention_changed(dossier, objectives=(*convention.objectives, objective)), indicator


def _off_timeline(dossier: Dossier, day: dt.date) -> frozenset[str]:
    """The code an evaluation moment on ``day`` brings along when no evaluation step of
    the timeline covers that day."""
    covered = any(
        step.kind is StepKind.EVALUATION
        and step.planned.start is not None
        and step.planned.end is not None
        and step.planned.start <= day <= step.planned.end
        for step in dossier.convention.timeline.steps
    )
    return NOTHING if covered else frozenset({"plan.evaluation.off-timeline"})


def _moment(
    dossier: Dossier, day: dt.date | None, indicators: tuple[str, ...] = ()
) -> EvaluationMoment:
    taken = (m.id for m in dossier.convention.evaluation.moments)
    return EvaluationMoment(
        id=fresh(taken, "moment"), title="Évaluation ajoutée", date=day, indicators=indicators
    )


@breaks("evaluate.plan.missing", rewrites={"evaluation", "evaluation_reports"})
def _no_evaluation(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    reports = tuple(attrs.evolve(r, moment=None) for r in dossier.evaluation_reports)
    dossier = attrs.evolve(dossier, evaluation_reports=reports)
    return convention_changed(dossier, evaluation=EvaluationPlan()), NOTHING


@breaks("evaluate.indicators.not-covered", adds={"objectives"}, reads={"evaluation", "period"})
def _indicator_never_evaluated(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _objective_with(dossier, period_of(dossier)[1])[0], NOTHING


@breaks(
    "evaluate.indicators.only-after-end",
    adds={"objectives", "evaluation"},
    reads={"period", "timeline"},
)
def _indicator_evaluated_too_late(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    end = period_of(dossier)[1]
    dossier, indicator = _objective_with(dossier, end)
    day = end + dt.timedelta(days=draw(st.integers(1, 30)))
    also = _off_timeline(dossier, day) | {"evaluate.moments.outside-period"}
    return _with_moments(dossier, _moment(dossier, day, (indicator,))), also


@breaks("evaluate.moments.undated", adds={"evaluation"})
def _undated_moment(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _with_moments(dossier, _moment(dossier, None)), NOTHING


@breaks("evaluate.moments.outside-period", adds={"evaluation"}, reads={"period", "timeline"})
def _moment_after_the_end(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    day = period_of(dossier)[1] + dt.timedelta(days=draw(st.integers(1, 30)))
    return _with_moments(dossier, _moment(dossier, day)), _off_timeline(dossier, day)


@breaks("evaluate.moments.missed", rewrites={"period"}, adds={"evaluation"}, reads={"timeline"})
def _missed_moment(
    draw: st.DrawFn, dossier: Dossier, situation: Situation
) -> tuple[Dossier, frozenset[str]]:
    day = today_of(situation) - dt.timedelta(days=draw(st.integers(1, 60)))
    moment = _moment(dossier, day)
    return _with_moments(reaching_back(dossier, day), moment), _off_timeline(dossier, day)


@breaks(
    "evaluate.indicators.not-measured",
    adds={"objectives", "evaluation"},
    reads={"period", "timeline"},
)
def _indicator_not_measured(
    draw: st.DrawFn, dossier: Dossier, situation: Situation
) -> tuple[Dossier, frozenset[str]]:
    due = today_of(situation) - dt.timedelta(days=draw(st.integers(1, 60)))
    dossier, indicator = _objective_with(dossier, due)
    end = period_of(dossier)[1]
    return _with_moments(dossier, _moment(dossier, end, (indicator,))), _off_timeline(dossier, end)


@breaks(
    "evaluate.measurements.other-unit",
    adds={"measurements", "objectives", "evaluation"},
    reads={"period", "timeline"},
)
def _measured_in_another_unit(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    dossier, indicator = _objective_with(dossier, period_of(dossier)[1])
    unit = draw(st.sampled_from(("kg", "heures", "Stunden", "%", "€")))
    measurement = Measurement(
        id=fresh((m.id for m in dossier.measurements), "measurement"),
        indicator=indicator,
        date=period_of(dossier)[0],
        value=Decimal(draw(st.integers(0, 100))),
        unit=unit,
    )
    # The new indicator is looked at by no moment: one is added, on the last day.
    end = period_of(dossier)[1]
    dossier = _with_moments(dossier, _moment(dossier, end, (indicator,)))
    return attrs.evolve(dossier, measurements=(*dossier.measurements, measurement)), _off_timeline(
        dossier, end
    )
