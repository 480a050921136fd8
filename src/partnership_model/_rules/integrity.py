"""Integrity: every id unique within its kind, and every reference resolving.

Drafts may hold duplicates and references to things not yet written (DESIGN,
decision 1); these rules are where they are named.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from partnership_model._rules._base import (
    Context,
    ItemKind,
    MethodologyStep,
    Severity,
    Violation,
    enumerate_paths,
    rule,
)
from partnership_model._rules._closest import Suggester

__all__: list[str] = []


def _identified(context: Context) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """Each kind of identified object with the (path, id) of every one of that kind."""
    convention = context.convention
    collections: Iterable[tuple[str, str, Iterable[object]]] = (
        ("partners", "partners", convention.partners),
        ("objectives", "objectives", convention.objectives),
        ("needs", "needs", convention.needs),
        ("target_publics", "target_publics", convention.target_publics),
        ("roles", "roles", convention.roles),
        ("tasks", "tasks", convention.tasks),
        ("contributions", "contributions", convention.contributions),
        ("governing_bodies", "governing_bodies", convention.governing_bodies),
        ("decision_rules", "decision_rules", convention.decision_rules),
        ("institutional_links", "institutional_links", convention.institutional_links),
        ("steps", "timeline.steps", convention.timeline.steps),
        ("moments", "evaluation.moments", convention.evaluation.moments),
        ("actions", "communication.actions", convention.communication.actions),
        ("budget", "funds.budget", convention.funds.budget),
        ("reporting", "funds.reporting", convention.funds.reporting),
    )
    for kind, prefix, items in collections:
        yield kind, list(enumerate_paths(prefix, (item.id for item in items)))  # type: ignore[attr-defined]  # identified objects
    yield (
        "indicators",
        [
            pair
            for at, objective in enumerate(convention.objectives)
            for pair in enumerate_paths(
                f"objectives[{at}].indicators",
                (indicator.id for indicator in objective.indicators),
            )
        ],
    )


@rule(
    code="integrity.ids.duplicate",
    step=MethodologyStep.INTEGRITY,
    severity=Severity.ERROR,
    section="DESIGN, decision 3: references by id",
    message={
        "fr": "L'identifiant « {id} » est déjà utilisé par un autre élément du même genre.",
        "en": "The id '{id}' is already used by another item of the same kind.",
        "nl": "De identificatie '{id}' wordt al gebruikt door een ander element van dezelfde soort.",
    },
    hint={
        "fr": "Donnez à chaque élément un identifiant qui lui est propre.",
        "en": "Give each item an id of its own.",
        "nl": "Geef elk element een eigen identificatie.",
    },
)
def duplicate_ids(context: Context) -> Iterator[Violation]:
    for _, identified in _identified(context):
        if len({identifier for _, identifier in identified}) == len(identified):
            continue  # the usual case, told by one set built in C
        seen: set[str] = set()
        for path, identifier in identified:
            if identifier in seen:
                yield Violation(f"{path}.id", {"id": identifier}, (identifier,))
            seen.add(identifier)


def _references(context: Context) -> Iterator[tuple[str, str, ItemKind, object]]:
    """(path, id referred to, kind referred to, index of that kind) of every reference."""
    convention = context.convention
    partners, tasks, needs = context.partners, context.tasks, context.needs
    # A delegated decision goes to a partner or to the holders of a role.
    delegates = partners.keys() | context.roles.keys()
    for carrier_at, carrier in enumerate(convention.carriers):
        yield f"carriers[{carrier_at}]", carrier, ItemKind.PARTNER, partners
    if convention.owner is not None:
        yield "owner", convention.owner, ItemKind.PARTNER, partners
    for path, role in enumerate_paths("roles", convention.roles):
        for at, holder in enumerate(role.holders):
            yield f"{path}.holders[{at}]", holder, ItemKind.PARTNER, partners
    for path, task in enumerate_paths("tasks", convention.tasks):
        for at, assignment in enumerate(task.assignments):
            yield (
                f"{path}.assignments[{at}].partner",
                assignment.partner,
                ItemKind.PARTNER,
                partners,
            )
        for at, objective in enumerate(task.objectives):
            yield f"{path}.objectives[{at}]", objective, ItemKind.OBJECTIVE, context.objectives
    for path, contribution in enumerate_paths("contributions", convention.contributions):
        if contribution.partner is not None:
            yield f"{path}.partner", contribution.partner, ItemKind.PARTNER, partners
        for at, need in enumerate(contribution.covers):
            yield f"{path}.covers[{at}]", need, ItemKind.NEED, needs
        for at, served in enumerate(contribution.serves):
            yield f"{path}.serves[{at}]", served, ItemKind.TASK, tasks
    for path, body in enumerate_paths("governing_bodies", convention.governing_bodies):
        for at, member in enumerate(body.members):
            yield f"{path}.members[{at}]", member, ItemKind.PARTNER, partners
        if body.chair is not None:
            yield f"{path}.chair", body.chair, ItemKind.PARTNER, partners
    for path, decision_rule in enumerate_paths("decision_rules", convention.decision_rules):
        if decision_rule.body is not None:
            yield f"{path}.body", decision_rule.body, ItemKind.GOVERNING_BODY, context.bodies
        for at, voter in enumerate(decision_rule.voters):
            yield f"{path}.voters[{at}]", voter, ItemKind.PARTNER, partners
        for at, excluded in enumerate(decision_rule.excluded):
            yield f"{path}.excluded[{at}]", excluded, ItemKind.PARTNER, partners
        for at, weight in enumerate(decision_rule.weights):
            yield f"{path}.weights[{at}].partner", weight.partner, ItemKind.PARTNER, partners
        if decision_rule.delegate is not None:
            yield f"{path}.delegate", decision_rule.delegate, ItemKind.PARTNER_OR_ROLE, delegates
        veto = decision_rule.veto
        for at, holder in enumerate(veto.partners if veto is not None else ()):
            yield f"{path}.veto.partners[{at}]", holder, ItemKind.PARTNER, partners
    for path, link in enumerate_paths("institutional_links", convention.institutional_links):
        if link.partner is not None:
            yield f"{path}.partner", link.partner, ItemKind.PARTNER, partners
    for path, step in enumerate_paths("timeline.steps", convention.timeline.steps):
        if step.owner is not None:
            yield f"{path}.owner", step.owner, ItemKind.PARTNER, partners
        for at, dependency in enumerate(step.depends_on):
            yield f"{path}.depends_on[{at}]", dependency, ItemKind.STEP, context.steps
    for path, moment in enumerate_paths("evaluation.moments", convention.evaluation.moments):
        for at, indicator in enumerate(moment.indicators):
            yield f"{path}.indicators[{at}]", indicator, ItemKind.INDICATOR, context.indicators
        for at, participant in enumerate(moment.participants):
            yield f"{path}.participants[{at}]", participant, ItemKind.PARTNER, partners
    for path, action in enumerate_paths("communication.actions", convention.communication.actions):
        if action.owner is not None:
            yield f"{path}.owner", action.owner, ItemKind.PARTNER, partners
    if convention.funds.holder is not None:
        yield "funds.holder", convention.funds.holder, ItemKind.PARTNER, partners
    for path, duty in enumerate_paths("funds.reporting", convention.funds.reporting):
        if duty.step is not None:
            yield f"{path}.step", duty.step, ItemKind.STEP, context.steps
    for at, signature in enumerate(convention.signatures):
        yield f"signatures[{at}].partner", signature.partner, ItemKind.PARTNER, partners


@rule(
    code="integrity.references.unknown",
    step=MethodologyStep.INTEGRITY,
    severity=Severity.ERROR,
    section="DESIGN, decision 3: references by id",
    message={
        "fr": "« {id} » ne désigne aucun élément de la convention (il faudrait : {kind}).",
        "en": "'{id}' refers to nothing in the convention (expected: {kind}).",
        "nl": "'{id}' verwijst naar niets in de overeenkomst (verwacht: {kind}).",
    },
    hint={
        "fr": "Ajoutez l'élément manquant ou corrigez l'identifiant.{closest}",
        "en": "Add the missing item or correct the id.{closest}",
        "nl": "Voeg het ontbrekende element toe of verbeter de identificatie.{closest}",
    },
)
def unknown_references(context: Context) -> Iterator[Violation]:
    suggest = Suggester()
    for path, identifier, kind, known in _references(context):
        if identifier not in known:  # type: ignore[operator]  # an index: a dict of ids
            params = {"id": identifier, "kind": kind, "closest": suggest(identifier, known)}  # type: ignore[arg-type]  # an index: a dict of ids
            yield Violation(path, params, (identifier,))


@rule(
    code="integrity.minutes.unknown-reference",
    step=MethodologyStep.INTEGRITY,
    severity=Severity.ERROR,
    section="DESIGN, decision 3: references by id",
    needs_dossier=True,
    message={
        "fr": "Le dossier renvoie à « {id} », qui n'existe pas (il faudrait : {kind}).",
        "en": "The dossier refers to '{id}', which does not exist (expected: {kind}).",
        "nl": "Het dossier verwijst naar '{id}', dat niet bestaat (verwacht: {kind}).",
    },
    hint={
        "fr": "Corrigez l'identifiant dans le compte-rendu ou ajoutez l'élément à la convention.{closest}",
        "en": "Correct the id in the minutes or add the item to the convention.{closest}",
        "nl": "Verbeter de identificatie in het verslag of voeg het element toe aan de overeenkomst.{closest}",
    },
)
def unknown_references_in_the_dossier(context: Context) -> Iterator[Violation]:
    suggest = Suggester()
    for path, identifier, kind, known in _dossier_references(context):
        if identifier not in known:  # type: ignore[operator]  # an index: a dict of ids
            params = {"id": identifier, "kind": kind, "closest": suggest(identifier, known)}  # type: ignore[arg-type]  # an index: a dict of ids
            yield Violation(path, params, (identifier,), in_dossier=True)


def _dossier_references(context: Context) -> Iterator[tuple[str, str, ItemKind, object]]:
    """(path, id referred to, kind referred to, index of that kind) in the dossier."""
    dossier = context.dossier
    assert dossier is not None  # a dossier rule  # noqa: S101
    for path, record in enumerate_paths("minutes", dossier.minutes):
        # A record names the partners, body and rule of the text in force on its day: a
        # partner who left since still took part then.
        then = context.in_force(record.date)
        partners = then.partners
        if record.body is not None:
            yield f"{path}.body", record.body, ItemKind.GOVERNING_BODY, then.bodies
        if record.rule is not None:
            yield f"{path}.rule", record.rule, ItemKind.DECISION_RULE, then.decision_rules
        for at, present in enumerate(record.present):
            yield f"{path}.present[{at}]", present, ItemKind.PARTNER, partners
        for at, ballot in enumerate(record.ballots):
            yield f"{path}.ballots[{at}].partner", ballot.partner, ItemKind.PARTNER, partners
    for path, amendment in enumerate_paths("amendments", dossier.amendments):
        if amendment.decision is not None:
            yield f"{path}.decision", amendment.decision, ItemKind.DECISION_RECORD, context.minutes
    for path, measurement in enumerate_paths("measurements", dossier.measurements):
        yield f"{path}.indicator", measurement.indicator, ItemKind.INDICATOR, context.indicators
    for path, report in enumerate_paths("evaluation_reports", dossier.evaluation_reports):
        if report.moment is not None:
            yield f"{path}.moment", report.moment, ItemKind.EVALUATION_MOMENT, context.moments
        for at, read in enumerate(report.measurements):
            yield f"{path}.measurements[{at}]", read, ItemKind.MEASUREMENT, context.measurements
