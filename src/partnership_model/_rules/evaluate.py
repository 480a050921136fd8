"""EVALUATE (seed §3): evaluation against the objectives and indicators agreed in DEFINE.

The seed says no more than the word; what it implies is written here: evaluation is
planned (dated moments, inside the convention's period, on the timeline as PLAN asks),
each indicator is looked at by some moment, and, once the date is known, a moment that
has passed has its report and an indicator that was due has a measurement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from partnership_model._rules._base import (
    Context,
    MethodologyStep,
    Severity,
    Violation,
    enumerate_paths,
    rule,
    shown,
)
from partnership_model.text import other_unit

__all__: list[str] = []

EVALUATION = "§3 EVALUATE: against the objectives and indicators agreed in DEFINE"
UNKNOWN_DATE = "…"
"""How a bound of the period not yet known is shown."""
SCHEDULE = "§3 EVALUATE; §3 PLAN: a timeline for the administrative side (evaluation)"


@rule(
    code="evaluate.plan.missing",
    step=MethodologyStep.EVALUATE,
    severity=Severity.ERROR,
    section=EVALUATION,
    message={
        "fr": "La convention ne prévoit aucun moment d'évaluation.",
        "en": "The convention plans no evaluation moment.",
        "nl": "De overeenkomst voorziet geen enkel evaluatiemoment.",
    },
    hint={
        "fr": "Planifiez au moins un moment d'évaluation et les indicateurs qu'il examine.",
        "en": "Plan at least one evaluation moment and the indicators it looks at.",
        "nl": "Plan minstens één evaluatiemoment en de indicatoren die erin worden beoordeeld.",
    },
)
def missing_evaluation_plan(context: Context) -> Iterator[Violation]:
    if not context.convention.evaluation.moments:
        yield Violation("evaluation.moments")


@rule(
    code="evaluate.indicators.not-covered",
    step=MethodologyStep.EVALUATE,
    severity=Severity.ERROR,
    section=EVALUATION,
    message={
        "fr": "Aucun moment d'évaluation n'examine l'indicateur «\u00a0{name}\u00a0» ({id}).",
        "en": "No evaluation moment looks at the indicator '{name}' ({id}).",
        "nl": "Geen enkel evaluatiemoment beoordeelt de indicator '{name}' ({id}).",
    },
    hint={
        "fr": "Ajoutez l'indicateur à un moment d'évaluation.",
        "en": "Add the indicator to an evaluation moment.",
        "nl": "Voeg de indicator toe aan een evaluatiemoment.",
    },
)
def indicators_not_evaluated(context: Context) -> Iterator[Violation]:
    if not context.convention.evaluation.moments:
        return  # evaluate.plan.missing says it once, rather than once per indicator
    evaluated = context.evaluated_indicators
    for at, objective in enumerate(context.convention.objectives):
        for path, indicator in enumerate_paths(
            f"objectives[{at}].indicators", objective.indicators
        ):
            if indicator.id not in evaluated:
                yield Violation(
                    path,
                    {"name": shown(indicator.name, indicator.id), "id": indicator.id},
                    (indicator.id,),
                )


@rule(
    code="evaluate.indicators.only-after-end",
    step=MethodologyStep.EVALUATE,
    severity=Severity.WARNING,
    section=SCHEDULE,
    message={
        "fr": "L'indicateur «\u00a0{name}\u00a0» ({id}) n'est évalué qu'après la fin de la convention, le {period_end}\u00a0: le {first} au plus tôt.",
        "en": "The indicator '{name}' ({id}) is evaluated only after the convention ends on {period_end}: on {first} at the earliest.",
        "nl": "De indicator '{name}' ({id}) wordt pas geëvalueerd na het einde van de overeenkomst op {period_end}: ten vroegste op {first}.",
    },
    hint={
        "fr": "Évaluez l'indicateur pendant la convention, pour pouvoir réajuster à temps\u00a0: ajoutez-le à un moment d'évaluation avant la fin.",
        "en": "Evaluate the indicator while the convention runs, so that there is time to readjust: add it to an evaluation moment before the end.",
        "nl": "Evalueer de indicator tijdens de looptijd, zodat er tijd is om bij te sturen: voeg hem toe aan een evaluatiemoment vóór het einde.",
    },
)
def indicators_evaluated_only_after_the_end(context: Context) -> Iterator[Violation]:
    end = context.convention.period.end
    if end is None:
        return
    # The first day each indicator is looked at, and whether an undated moment looks at it
    # (then it may yet be evaluated in time, and evaluate.moments.undated says so).
    first: dict[str, dt.date] = {}
    undated: set[str] = set()
    for moment in context.convention.evaluation.moments:
        for looked_at in moment.indicators:
            if moment.date is None:
                undated.add(looked_at)
            elif looked_at not in first or moment.date < first[looked_at]:
                first[looked_at] = moment.date
    for at, objective in enumerate(context.convention.objectives):
        for path, indicator in enumerate_paths(
            f"objectives[{at}].indicators", objective.indicators
        ):
            day = first.get(indicator.id)
            if day is not None and day > end and indicator.id not in undated:
                params = {
                    "name": shown(indicator.name, indicator.id),
                    "id": indicator.id,
                    "period_end": end.isoformat(),
                    "first": day.isoformat(),
                }
                yield Violation(path, params, (indicator.id,))


@rule(
    code="evaluate.moments.undated",
    step=MethodologyStep.EVALUATE,
    severity=Severity.WARNING,
    section=SCHEDULE,
    message={
        "fr": "Le moment d'évaluation «\u00a0{title}\u00a0» ({id}) n'a pas de date.",
        "en": "The evaluation moment '{title}' ({id}) has no date.",
        "nl": "Het evaluatiemoment '{title}' ({id}) heeft geen datum.",
    },
    hint={
        "fr": "Datez-le et inscrivez-le à l'échéancier.",
        "en": "Date it and put it on the timeline.",
        "nl": "Geef het een datum en neem het op in de tijdlijn.",
    },
)
def undated_moments(context: Context) -> Iterator[Violation]:
    for path, moment in enumerate_paths(
        "evaluation.moments", context.convention.evaluation.moments
    ):
        if moment.date is None:
            yield Violation(
                path, {"title": shown(moment.title, moment.id), "id": moment.id}, (moment.id,)
            )


@rule(
    code="evaluate.moments.outside-period",
    step=MethodologyStep.EVALUATE,
    severity=Severity.WARNING,
    section=SCHEDULE,
    message={
        "fr": "Le moment d'évaluation «\u00a0{title}\u00a0» ({id}), prévu le {date}, sort de la période de la convention (du {period_start} au {period_end}).",
        "en": "The evaluation moment '{title}' ({id}), planned for {date}, falls outside the convention's period (from {period_start} to {period_end}).",
        "nl": "Het evaluatiemoment '{title}' ({id}), gepland op {date}, valt buiten de looptijd van de overeenkomst (van {period_start} tot {period_end}).",
    },
    hint={
        "fr": "Déplacez le moment d'évaluation dans la période, ou prolongez la convention par avenant.",
        "en": "Move the evaluation moment into the period, or extend the convention by an amendment.",
        "nl": "Verplaats het evaluatiemoment binnen de looptijd, of verleng de overeenkomst met een wijziging.",
    },
)
def moments_outside_the_period(context: Context) -> Iterator[Violation]:
    period = context.convention.period
    start, end = period.start, period.end
    said = {
        "period_start": UNKNOWN_DATE if start is None else start.isoformat(),
        "period_end": UNKNOWN_DATE if end is None else end.isoformat(),
    }
    for path, moment in enumerate_paths(
        "evaluation.moments", context.convention.evaluation.moments
    ):
        day = moment.date
        if day is None:
            continue
        if (start is not None and day < start) or (end is not None and day > end):
            yield Violation(
                path,
                {
                    "title": shown(moment.title, moment.id),
                    "id": moment.id,
                    "date": day.isoformat(),
                    **said,
                },
                (moment.id,),
            )


@rule(
    code="evaluate.moments.missed",
    step=MethodologyStep.EVALUATE,
    severity=Severity.WARNING,
    section=EVALUATION,
    needs_today=True,
    needs_dossier=True,
    message={
        "fr": "Le moment d'évaluation «\u00a0{title}\u00a0» ({id}), prévu le {date}, est passé sans rapport d'évaluation.",
        "en": "The evaluation moment '{title}' ({id}), planned for {date}, has passed without an evaluation report.",
        "nl": "Het evaluatiemoment '{title}' ({id}), gepland op {date}, is voorbij zonder evaluatieverslag.",
    },
    hint={
        "fr": "Ajoutez au dossier le rapport de cette évaluation, ou reprogrammez-la.",
        "en": "Add the report of this evaluation to the dossier, or reschedule it.",
        "nl": "Voeg het verslag van deze evaluatie toe aan het dossier, of plan ze opnieuw in.",
    },
)
def missed_moments(context: Context) -> Iterator[Violation]:
    dossier, today = context.dossier, context.today
    assert dossier is not None  # a dossier rule  # noqa: S101
    assert today is not None  # a today rule  # noqa: S101
    reported = {report.moment for report in dossier.evaluation_reports}
    for path, moment in enumerate_paths(
        "evaluation.moments", context.convention.evaluation.moments
    ):
        day = moment.date
        if day is not None and day < today and moment.id not in reported:
            yield Violation(
                path,
                {
                    "title": shown(moment.title, moment.id),
                    "id": moment.id,
                    "date": day.isoformat(),
                },
                (moment.id,),
            )


@rule(
    code="evaluate.indicators.not-measured",
    step=MethodologyStep.EVALUATE,
    severity=Severity.INFO,
    section=EVALUATION,
    needs_today=True,
    needs_dossier=True,
    message={
        "fr": "L'indicateur «\u00a0{name}\u00a0» ({id}) devait être mesuré pour le {due}, et aucune mesure n'est enregistrée.",
        "en": "The indicator '{name}' ({id}) was due to be measured by {due}, and no measurement is recorded.",
        "nl": "De indicator '{name}' ({id}) moest uiterlijk op {due} gemeten zijn, en er is geen meting geregistreerd.",
    },
    hint={
        "fr": "Enregistrez au dossier une mesure de l'indicateur.",
        "en": "Record a measurement of the indicator in the dossier.",
        "nl": "Registreer een meting van de indicator in het dossier.",
    },
)
def indicators_not_measured(context: Context) -> Iterator[Violation]:
    dossier, today = context.dossier, context.today
    assert dossier is not None  # a dossier rule  # noqa: S101
    assert today is not None  # a today rule  # noqa: S101
    measured = {measurement.indicator for measurement in dossier.measurements}
    for at, objective in enumerate(context.convention.objectives):
        for path, indicator in enumerate_paths(
            f"objectives[{at}].indicators", objective.indicators
        ):
            due = indicator.due
            if due is not None and due < today and indicator.id not in measured:
                yield Violation(
                    path,
                    {
                        "name": shown(indicator.name, indicator.id),
                        "id": indicator.id,
                        "due": due.isoformat(),
                    },
                    (indicator.id,),
                )


@rule(
    code="evaluate.measurements.other-unit",
    step=MethodologyStep.EVALUATE,
    severity=Severity.ERROR,
    section=EVALUATION,
    needs_dossier=True,
    message={
        "fr": "La mesure {id} de l'indicateur «\u00a0{name}\u00a0» ({indicator}) est en «\u00a0{unit}\u00a0», et l'indicateur en «\u00a0{indicator_unit}\u00a0».",
        "en": "The measurement {id} of the indicator '{name}' ({indicator}) is in '{unit}', and the indicator in '{indicator_unit}'.",
        "nl": "De meting {id} van de indicator '{name}' ({indicator}) is in '{unit}', en de indicator in '{indicator_unit}'.",
    },
    hint={
        "fr": "Convertissez la valeur dans l'unité de l'indicateur, ou corrigez l'unité de la mesure\u00a0: des valeurs en unités différentes ne se comparent pas.",
        "en": "Convert the value into the indicator's unit, or correct the measurement's unit: values in different units cannot be compared.",
        "nl": "Zet de waarde om naar de eenheid van de indicator, of verbeter de eenheid van de meting: waarden in verschillende eenheden zijn niet te vergelijken.",
    },
)
def measurements_in_another_unit(context: Context) -> Iterator[Violation]:
    dossier = context.dossier
    assert dossier is not None  # a dossier rule  # noqa: S101
    objectives = context.convention.objectives
    for path, measurement in enumerate_paths("measurements", dossier.measurements):
        place = context.indicators.get(measurement.indicator)
        if place is None:
            continue  # an unknown indicator is integrity's business
        indicator = objectives[place[0]].indicators[place[1]]
        if other_unit(measurement.unit, indicator.unit):
            params = {
                "id": measurement.id,
                "name": shown(indicator.name, indicator.id),
                "indicator": indicator.id,
                "unit": measurement.unit,
                "indicator_unit": indicator.unit,
            }
            yield Violation(
                f"{path}.unit", params, (measurement.id, indicator.id), in_dossier=True
            )
