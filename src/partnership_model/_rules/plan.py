"""PLAN (seed §3): one timeline for the project and its administrative steps, in order.

The timeline holds the project's steps and the administrative side (authorisation
requests, subsidy applications and reports, evaluation). These rules check that it
exists, that its steps are dated within the convention's period, that dependencies
neither go round in a circle nor contradict the dates, and that an administrative step
ends before the project step that needs it starts.

Every check walks the steps once, with the step index the :class:`Context` builds;
unknown and duplicate step ids are the integrity rules' business and are passed over.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Iterator, Sequence

from partnership_model._rules._base import (
    PARTNERSHIP,
    Context,
    MethodologyStep,
    Severity,
    Violation,
    blank_texts,
    enumerate_paths,
    rule,
    shown,
)
from partnership_model._waiting import Wait, planned_waits
from partnership_model.planning import Step, StepKind

__all__: list[str] = []

SECTION = "§3 PLAN: one timeline for the project's steps and the administrative side"

UNKNOWN_DATE = "…"
"""How a date not yet known shows in a message."""

CYCLE_SHOWN = 10
"""How many ids of a dependency cycle a message names; the finding's subjects hold all."""

MORE = "…"
"""What stands for the ids of a long cycle that a message leaves out."""


def _day(day: dt.date | None) -> str:
    return UNKNOWN_DATE if day is None else day.isoformat()


def _step_params(step: Step) -> dict[str, object]:
    return {
        "title": shown(step.title, step.id),
        "id": step.id,
        "start": _day(step.planned.start),
        "end": _day(step.planned.end),
    }


@rule(
    code="plan.timeline.missing",
    step=MethodologyStep.PLAN,
    severity=Severity.ERROR,
    section=SECTION,
    message={
        "fr": "L'échéancier ne compte encore aucune étape.",
        "en": "The timeline has no step yet.",
        "nl": "De tijdlijn bevat nog geen enkele stap.",
    },
    hint={
        "fr": "Inscrivez dans un seul échéancier les étapes du projet et les démarches administratives (demandes d'autorisation, subsides, évaluation), avec leurs dates.",
        "en": "Put the project's steps and the administrative steps (authorisation requests, subsidies, evaluation) in one timeline, with their dates.",
        "nl": "Neem de stappen van het project en de administratieve stappen (vergunningsaanvragen, subsidies, evaluatie) met hun data op in één tijdlijn.",
    },
)
def missing_timeline(context: Context) -> Iterator[Violation]:
    if not context.convention.timeline.steps:
        yield Violation("timeline.steps")


@rule(
    code="plan.steps.no-project-step",
    step=MethodologyStep.PLAN,
    severity=Severity.ERROR,
    section=SECTION,
    message={
        "fr": "L'échéancier ne compte que des démarches administratives : aucune étape du projet lui-même.",
        "en": "The timeline holds only administrative steps: no step of the project itself.",
        "nl": "De tijdlijn bevat enkel administratieve stappen: geen enkele stap van het project zelf.",
    },
    hint={
        "fr": "Un seul échéancier porte les étapes du projet et les démarches administratives : ajoutez les étapes du projet (lancement, activités, clôture).",
        "en": "One timeline holds the project's steps and the administrative ones: add the project's steps (launch, activities, close).",
        "nl": "Eén tijdlijn bevat de stappen van het project en de administratieve stappen: voeg de stappen van het project toe (start, activiteiten, afsluiting).",
    },
)
def no_project_step(context: Context) -> Iterator[Violation]:
    steps = context.convention.timeline.steps
    if steps and all(step.kind.is_administrative for step in steps):
        yield Violation("timeline.steps")


@rule(
    code="plan.steps.untitled",
    step=MethodologyStep.PLAN,
    severity=Severity.ERROR,
    section=SECTION,
    message={
        "fr": "L'étape {id} n'a pas de titre.",
        "en": "The step {id} has no title.",
        "nl": "De stap {id} heeft geen titel.",
    },
    hint={
        "fr": "Dites ce qui se passe à cette étape, en quelques mots.",
        "en": "Say what happens at this step, in a few words.",
        "nl": "Zeg in enkele woorden wat er bij deze stap gebeurt.",
    },
)
def untitled_steps(context: Context) -> Iterator[Violation]:
    yield from blank_texts(
        enumerate_paths("timeline.steps", context.convention.timeline.steps), "title"
    )


@rule(
    code="plan.subsidy.no-application",
    step=MethodologyStep.PLAN,
    severity=Severity.ERROR,
    section=SECTION,
    message={
        "fr": "Le budget compte sur un subside ({line}), mais l'échéancier ne prévoit aucune demande de subside.",
        "en": "The budget counts on a subsidy ({line}), but the timeline plans no subsidy application.",
        "nl": "De begroting rekent op een subsidie ({line}), maar de tijdlijn voorziet geen subsidieaanvraag.",
    },
    hint={
        "fr": "Inscrivez la demande de subside dans l'échéancier, avec sa date limite.",
        "en": "Put the subsidy application in the timeline, with its deadline.",
        "nl": "Neem de subsidieaanvraag met haar uiterste datum op in de tijdlijn.",
    },
)
def subsidy_without_application(context: Context) -> Iterator[Violation]:
    convention = context.convention
    steps = convention.timeline.steps
    # Without any step, plan.timeline.missing says it all.
    if not steps or any(step.kind is StepKind.SUBSIDY_APPLICATION for step in steps):
        return
    for path, line in enumerate_paths("funds.budget", convention.funds.budget):
        if line.subsidy:
            yield Violation(f"{path}.subsidy", {"line": shown(line.label, line.id)}, (line.id,))


@rule(
    code="plan.authorisation.missing",
    step=MethodologyStep.PLAN,
    severity=Severity.ERROR,
    section=SECTION,
    message={
        "fr": "L'étape « {title} » ({id}) demande une autorisation, mais n'attend aucune demande d'autorisation de l'échéancier, ni directement ni par une autre étape.",
        "en": "The step '{title}' ({id}) needs an authorisation, but waits for no authorisation request of the timeline, directly or through another step.",
        "nl": "De stap '{title}' ({id}) vereist een vergunning, maar wacht op geen enkele vergunningsaanvraag in de tijdlijn, rechtstreeks noch via een andere stap.",
    },
    hint={
        "fr": "Inscrivez la demande d'autorisation (locaux, espace public, activités avec des mineurs) dans l'échéancier, et faites-en dépendre cette étape.",
        "en": "Put the authorisation request (premises, public space, activities with minors) in the timeline, and make this step depend on it.",
        "nl": "Neem de vergunningsaanvraag (lokalen, openbare ruimte, activiteiten met minderjarigen) op in de tijdlijn, en laat deze stap ervan afhangen.",
    },
)
def missing_authorisation(context: Context) -> Iterator[Violation]:
    steps = context.convention.timeline.steps
    if not any(step.needs_authorisation for step in steps):
        return
    authorised = _waiting_for_authorisation(_dependencies(steps, context.steps), steps)
    for position, (path, step) in enumerate(enumerate_paths("timeline.steps", steps)):
        if step.needs_authorisation and position not in authorised:
            params = {"title": shown(step.title, step.id), "id": step.id}
            yield Violation(f"{path}.depends_on", params, (step.id,))


def _waiting_for_authorisation(edges: Sequence[Sequence[int]], steps: Sequence[Step]) -> set[int]:
    """The positions of the steps that wait, directly or through other steps, for an
    authorisation request: those reached from a request by following the dependencies
    backwards, each step and each dependency walked once, whatever the order of the
    timeline and whatever cycles it holds."""
    waiting_on: list[list[int]] = [[] for _ in steps]
    for position, dependencies in enumerate(edges):
        for dependency in dependencies:
            waiting_on[dependency].append(position)
    pending = [at for at, step in enumerate(steps) if step.kind is StepKind.AUTHORISATION_REQUEST]
    reached: set[int] = set()
    while pending:
        for waiting in waiting_on[pending.pop()]:
            if waiting not in reached:
                reached.add(waiting)
                pending.append(waiting)
    return reached


@rule(
    code="plan.evaluation.off-timeline",
    step=MethodologyStep.PLAN,
    severity=Severity.WARNING,
    section=SECTION,
    profiles=PARTNERSHIP,
    message={
        "fr": "Le moment d'évaluation « {title} » ({id}) du {date} ne figure pas dans l'échéancier : aucune étape d'évaluation ne couvre ce jour.",
        "en": "The evaluation moment '{title}' ({id}) on {date} is not on the timeline: no evaluation step covers that day.",
        "nl": "Het evaluatiemoment '{title}' ({id}) op {date} staat niet in de tijdlijn: geen enkele evaluatiestap omvat die dag.",
    },
    hint={
        "fr": "L'évaluation fait partie de l'échéancier : ajoutez une étape d'évaluation à cette date.",
        "en": "Evaluation is part of the timeline: add an evaluation step on that date.",
        "nl": "De evaluatie hoort in de tijdlijn: voeg op die datum een evaluatiestap toe.",
    },
)
def evaluation_off_the_timeline(context: Context) -> Iterator[Violation]:
    convention = context.convention
    if not convention.timeline.steps:
        return  # plan.timeline.missing says it all
    covered = _Covering(
        (step.planned.start, step.planned.end)
        for step in convention.timeline.steps
        if step.kind is StepKind.EVALUATION
        and step.planned.start is not None
        and step.planned.end is not None
    )
    for path, moment in enumerate_paths("evaluation.moments", convention.evaluation.moments):
        if moment.date is not None and moment.date not in covered:
            params = {
                "title": shown(moment.title, moment.id),
                "id": moment.id,
                "date": moment.date.isoformat(),
            }
            yield Violation(f"{path}.date", params, (moment.id,))


class _Covering:
    """Periods, to ask of a day whether one of them holds it, in logarithmic time: the
    periods sorted by start, and the latest end among each prefix of them."""

    def __init__(self, periods: Iterator[tuple[dt.date, dt.date]]) -> None:
        ordered = sorted(periods)
        self.starts = [start for start, _ in ordered]
        self.latest_ends = list(itertools.accumulate((end for _, end in ordered), max))

    def __contains__(self, day: dt.date) -> bool:
        begun = bisect.bisect_right(self.starts, day)
        return begun > 0 and self.latest_ends[begun - 1] >= day


@rule(
    code="plan.period.incomplete",
    step=MethodologyStep.PLAN,
    severity=Severity.WARNING,
    section=SECTION,
    message={
        "fr": "La période de la convention est incomplète\u00a0: du {start} au {end}.",
        "en": "The convention's period is incomplete: from {start} to {end}.",
        "nl": "De looptijd van de overeenkomst is onvolledig: van {start} tot {end}.",
    },
    hint={
        "fr": "Indiquez la date de début et la date de fin de la convention.",
        "en": "Give the convention's start date and end date.",
        "nl": "Vermeld de begin- en einddatum van de overeenkomst.",
    },
)
def incomplete_period(context: Context) -> Iterator[Violation]:
    period = context.convention.period
    if period.start is None or period.end is None:
        yield Violation("period", {"start": _day(period.start), "end": _day(period.end)})


@rule(
    code="plan.steps.undated",
    step=MethodologyStep.PLAN,
    severity=Severity.WARNING,
    section=SECTION,
    message={
        "fr": "L'étape «\u00a0{title}\u00a0» ({id}) n'est pas encore entièrement datée\u00a0: prévue du {start} au {end}.",
        "en": "The step '{title}' ({id}) is not fully dated yet: planned from {start} to {end}.",
        "nl": "De stap '{title}' ({id}) is nog niet volledig gedateerd: gepland van {start} tot {end}.",
    },
    hint={
        "fr": "Donnez à l'étape une date de début et une date de fin prévues, même provisoires.",
        "en": "Give the step a planned start and end, even provisional ones.",
        "nl": "Geef de stap een geplande begin- en einddatum, ook al zijn die voorlopig.",
    },
)
def undated_steps(context: Context) -> Iterator[Violation]:
    for path, step in enumerate_paths("timeline.steps", context.convention.timeline.steps):
        if step.planned.start is None or step.planned.end is None:
            yield Violation(f"{path}.planned", _step_params(step), (step.id,))


@rule(
    code="plan.steps.outside-period",
    step=MethodologyStep.PLAN,
    severity=Severity.WARNING,
    section=SECTION,
    message={
        "fr": "L'étape «\u00a0{title}\u00a0» ({id}), prévue du {start} au {end}, sort de la période de la convention (du {period_start} au {period_end}).",
        "en": "The step '{title}' ({id}), planned from {start} to {end}, falls outside the convention's period (from {period_start} to {period_end}).",
        "nl": "De stap '{title}' ({id}), gepland van {start} tot {end}, valt buiten de looptijd van de overeenkomst (van {period_start} tot {period_end}).",
    },
    hint={
        "fr": "Replanifiez l'étape dans la période de la convention, ou prolongez la convention par un avenant.",
        "en": "Replan the step within the convention's period, or extend the convention by an amendment.",
        "nl": "Plan de stap opnieuw binnen de looptijd van de overeenkomst, of verleng de overeenkomst met een wijziging.",
    },
)
def steps_outside_the_period(context: Context) -> Iterator[Violation]:
    period = context.convention.period
    if period.start is None and period.end is None:
        return
    bounds = {"period_start": _day(period.start), "period_end": _day(period.end)}
    for path, step in enumerate_paths("timeline.steps", context.convention.timeline.steps):
        days = (day for day in (step.planned.start, step.planned.end) if day is not None)
        if any(day not in period for day in days):
            yield Violation(f"{path}.planned", {**_step_params(step), **bounds}, (step.id,))


def _dependencies(steps: Sequence[Step], index: dict[str, int]) -> list[list[int]]:
    """The position of each step's dependencies, those that name a known step."""
    return [[index[d] for d in step.depends_on if d in index] for step in steps]


def _cycles(edges: Sequence[Sequence[int]]) -> list[list[int]]:
    """The positions of each group of steps that wait for one another, in timeline order.

    Tarjan's strongly connected components, with an explicit stack instead of recursion
    so that a long chain of steps cannot exhaust Python's: O(steps + dependencies).
    A group is a cycle when it holds two steps or more, or one step that depends on itself.
    """
    count = len(edges)
    order = [0] * count  # discovery number, from 1; 0: not reached yet
    low = [0] * count
    on_stack = [False] * count
    group_of = [-1] * count  # the cycle each step belongs to, or -1
    cycles = 0
    stack: list[int] = []
    counter = 0
    for root in range(count):
        if order[root]:
            continue
        counter += 1
        order[root] = low[root] = counter
        stack.append(root)
        on_stack[root] = True
        calls = [(root, 0)]
        while calls:
            node, at = calls[-1]
            if at < len(edges[node]):
                calls[-1] = (node, at + 1)
                target = edges[node][at]
                if not order[target]:
                    counter += 1
                    order[target] = low[target] = counter
                    stack.append(target)
                    on_stack[target] = True
                    calls.append((target, 0))
                elif on_stack[target]:
                    low[node] = min(low[node], order[target])
                continue
            calls.pop()
            if calls:
                parent = calls[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] != order[node]:
                continue
            cyclic = stack[-1] != node or node in edges[node]
            number = cycles if cyclic else -1
            while True:
                member = stack.pop()
                on_stack[member] = False
                group_of[member] = number
                if member == node:
                    break
            if cyclic:
                cycles += 1
    groups: list[list[int]] = [[] for _ in range(cycles)]
    for position, group in enumerate(group_of):
        if group >= 0:
            groups[group].append(position)
    return groups


@rule(
    code="plan.steps.dependency-cycle",
    step=MethodologyStep.PLAN,
    severity=Severity.ERROR,
    section=SECTION,
    message={
        "fr": "L'étape «\u00a0{title}\u00a0» ({id}) fait partie d'un cycle de dépendances\u00a0: {cycle}.",
        "en": "The step '{title}' ({id}) is part of a dependency cycle: {cycle}.",
        "nl": "De stap '{title}' ({id}) maakt deel uit van een kringloop van afhankelijkheden: {cycle}.",
    },
    hint={
        "fr": "Retirez au moins une dépendance du cycle\u00a0: une étape ne peut pas attendre la fin d'une étape qui l'attend.",
        "en": "Remove at least one dependency from the cycle: a step cannot wait for the end of a step that waits for it.",
        "nl": "Verwijder minstens één afhankelijkheid uit de kringloop: een stap kan niet wachten op het einde van een stap die op hem wacht.",
    },
)
def dependency_cycles(context: Context) -> Iterator[Violation]:
    steps = context.convention.timeline.steps
    for group in _cycles(_dependencies(steps, context.steps)):
        ids = tuple(steps[at].id for at in group)
        cycle = ids if len(ids) <= CYCLE_SHOWN else (*ids[:CYCLE_SHOWN], MORE)
        for at in group:
            step = steps[at]
            # The subjects are those shown, so that a long cycle's report stays linear.
            yield Violation(
                f"timeline.steps[{at}].depends_on",
                {"title": shown(step.title, step.id), "id": step.id, "cycle": cycle},
                ids[:CYCLE_SHOWN],
            )


def _waits(context: Context) -> Iterator[Wait]:
    """Every dated step's wait for each dated step it depends on; a step that depends
    on itself is left to the cycle rule."""
    return planned_waits(context.convention.timeline.steps, context.steps)


def _path(wait: Wait) -> str:
    return f"timeline.steps[{wait.at}].depends_on[{wait.place}]"


def _late_dependencies(context: Context) -> Iterator[Wait]:
    """Wherever a step is planned to start before a step it depends on is planned to end."""
    return (wait for wait in _waits(context) if wait.gap < 0)


def _order_params(wait: Wait) -> dict[str, object]:
    step, dependency = wait.step, wait.dependency
    return {
        "title": shown(step.title, step.id),
        "id": step.id,
        "start": _day(wait.starts),
        "dependency_title": shown(dependency.title, dependency.id),
        "dependency": dependency.id,
        "dependency_end": _day(wait.ends),
    }


@rule(
    code="plan.steps.dependency-order",
    step=MethodologyStep.PLAN,
    severity=Severity.ERROR,
    section=SECTION,
    message={
        "fr": "L'étape «\u00a0{title}\u00a0» ({id}) est prévue pour commencer le {start}, avant la fin de l'étape dont elle dépend, «\u00a0{dependency_title}\u00a0» ({dependency}), prévue le {dependency_end}.",
        "en": "The step '{title}' ({id}) is planned to start on {start}, before the step it depends on, '{dependency_title}' ({dependency}), is planned to end on {dependency_end}.",
        "nl": "De stap '{title}' ({id}) begint volgens de planning op {start}, vóór het geplande einde op {dependency_end} van de stap waarvan hij afhangt, '{dependency_title}' ({dependency}).",
    },
    hint={
        "fr": "Faites commencer l'étape après la fin de celle dont elle dépend, ou avancez cette dernière.",
        "en": "Start the step after the end of the step it depends on, or bring that one forward.",
        "nl": "Laat de stap beginnen na het einde van de stap waarvan hij afhangt, of vervroeg die laatste.",
    },
)
def dependencies_out_of_order(context: Context) -> Iterator[Violation]:
    for wait in _late_dependencies(context):
        if not wait.administrative:
            yield Violation(_path(wait), _order_params(wait), (wait.step.id, wait.dependency.id))


@rule(
    code="plan.administrative.too-late",
    step=MethodologyStep.PLAN,
    severity=Severity.ERROR,
    section=SECTION,
    message={
        "fr": "La démarche administrative «\u00a0{dependency_title}\u00a0» ({dependency}, {kind}) se termine le {dependency_end}, après le début, le {start}, de l'étape du projet «\u00a0{title}\u00a0» ({id}) qui en a besoin.",
        "en": "The administrative step '{dependency_title}' ({dependency}, {kind}) ends on {dependency_end}, after the project step '{title}' ({id}) that needs it starts on {start}.",
        "nl": "De administratieve stap '{dependency_title}' ({dependency}, {kind}) eindigt op {dependency_end}, na de start op {start} van de projectstap '{title}' ({id}) die hem nodig heeft.",
    },
    hint={
        "fr": "Avancez la démarche (une autorisation ou un subside se demande tôt) ou reportez le début de l'étape du projet.",
        "en": "Bring the administrative step forward (authorisations and subsidies are applied for early) or postpone the project step.",
        "nl": "Vervroeg de administratieve stap (vergunningen en subsidies vraagt men vroeg aan) of stel de projectstap uit.",
    },
)
def administration_too_late(context: Context) -> Iterator[Violation]:
    for wait in _late_dependencies(context):
        if wait.administrative:
            params = {**_order_params(wait), "kind": wait.dependency.kind}
            yield Violation(_path(wait), params, (wait.step.id, wait.dependency.id))


@rule(
    code="plan.administrative.lead-time",
    step=MethodologyStep.PLAN,
    severity=Severity.ERROR,
    section=SECTION,
    message={
        "fr": "L'étape «\u00a0{title}\u00a0» ({id}) commence le {start}, {gap}\u00a0jours après la fin de «\u00a0{dependency_title}\u00a0» ({dependency}) le {dependency_end}, alors que la réponse prend {lead}\u00a0jours.",
        "en": "The step '{title}' ({id}) starts on {start}, {gap} days after '{dependency_title}' ({dependency}) ends on {dependency_end}, while the answer takes {lead} days.",
        "nl": "De stap '{title}' ({id}) begint op {start}, {gap} dagen nadat '{dependency_title}' ({dependency}) eindigt op {dependency_end}, terwijl het antwoord {lead} dagen duurt.",
    },
    hint={
        "fr": "Introduisez la demande plus tôt, ou reportez l'étape après le délai de réponse de l'autorité.",
        "en": "File the application earlier, or postpone the step until the authority has had its time to answer.",
        "nl": "Dien de aanvraag vroeger in, of stel de stap uit tot de overheid de tijd heeft gehad om te antwoorden.",
    },
)
def lead_time_too_short(context: Context) -> Iterator[Violation]:
    for wait in _waits(context):
        if 0 <= wait.gap < wait.lead:
            params = {**_order_params(wait), "gap": wait.gap, "lead": wait.lead}
            yield Violation(_path(wait), params, (wait.step.id, wait.dependency.id))


@rule(
    code="plan.administrative.missing",
    step=MethodologyStep.PLAN,
    severity=Severity.WARNING,
    section=SECTION,
    profiles=PARTNERSHIP,
    message={
        "fr": "L'échéancier ne comporte aucune démarche administrative (demande d'autorisation, demande ou rapport de subside, évaluation).",
        "en": "The timeline has no administrative step (authorisation request, subsidy application or report, evaluation).",
        "nl": "De tijdlijn bevat geen administratieve stap (vergunningsaanvraag, subsidieaanvraag of -verslag, evaluatie).",
    },
    hint={
        "fr": "Inscrivez dans le même échéancier que le projet les démarches administratives qu'il demande, avec leurs dates.",
        "en": "Put the administrative steps the project requires in the same timeline as the project, with their dates.",
        "nl": "Neem de administratieve stappen die het project vereist met hun data op in dezelfde tijdlijn als het project.",
    },
)
def missing_administration(context: Context) -> Iterator[Violation]:
    steps = context.convention.timeline.steps
    # Without any step, plan.timeline.missing says it all.
    if steps and not any(step.kind.is_administrative for step in steps):
        yield Violation("timeline.steps")


@rule(
    code="plan.steps.overdue",
    step=MethodologyStep.PLAN,
    severity=Severity.WARNING,
    section=SECTION,
    needs_today=True,
    message={
        "fr": "L'étape «\u00a0{title}\u00a0» ({id}) devait se terminer le {end}, et sa fin n'est pas encore enregistrée (nous sommes le {today}).",
        "en": "The step '{title}' ({id}) was due to end on {end}, and its end has not been recorded yet (today is {today}).",
        "nl": "De stap '{title}' ({id}) moest eindigen op {end}, en het einde ervan is nog niet geregistreerd (vandaag is het {today}).",
    },
    hint={
        "fr": "Enregistrez la date de fin réelle de l'étape, ou replanifiez-la et informez-en les partenaires.",
        "en": "Record the step's actual end, or replan it and tell the partners.",
        "nl": "Registreer de werkelijke einddatum van de stap, of plan hem opnieuw en breng de partners op de hoogte.",
    },
)
def overdue_steps(context: Context) -> Iterator[Violation]:
    today = context.today
    assert today is not None  # a today rule  # noqa: S101
    for path, step in enumerate_paths("timeline.steps", context.convention.timeline.steps):
        end = step.planned.end
        if end is not None and end < today and not step.is_done:
            yield Violation(path, {**_step_params(step), "today": today.isoformat()}, (step.id,))


@rule(
    code="plan.recurrence.unbounded-in-period",
    step=MethodologyStep.PLAN,
    severity=Severity.INFO,
    section=SECTION,
    message={
        "fr": "L'étape «\u00a0{title}\u00a0» ({id}) se répète sans fin ({rule})\u00a0: ni la règle ni la période de la convention ne disent jusqu'à quand, et ses dates ne peuvent pas être énumérées.",
        "en": "The step '{title}' ({id}) repeats without end ({rule}): neither the rule nor the convention's period says until when, so its dates cannot be listed.",
        "nl": "De stap '{title}' ({id}) herhaalt zich zonder einde ({rule}): noch de regel, noch de looptijd van de overeenkomst zegt tot wanneer, zodat de data ervan niet kunnen worden opgesomd.",
    },
    hint={
        "fr": "Donnez une date de fin à la convention, ou ajoutez COUNT ou UNTIL à la règle de récurrence.",
        "en": "Give the convention an end date, or add COUNT or UNTIL to the recurrence rule.",
        "nl": "Geef de overeenkomst een einddatum, of voeg COUNT of UNTIL toe aan de herhalingsregel.",
    },
)
def unbounded_recurrences(context: Context) -> Iterator[Violation]:
    if context.convention.period.end is not None:
        return
    for path, step in enumerate_paths("timeline.steps", context.convention.timeline.steps):
        if step.recurrence is not None and not step.recurrence.is_bounded:
            yield Violation(
                f"{path}.recurrence",
                {"title": shown(step.title, step.id), "id": step.id, "rule": step.recurrence.rule},
                (step.id,),
            )
