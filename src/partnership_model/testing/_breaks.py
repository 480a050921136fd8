"""How to break each built-in rule, starting from a complete dossier.

Private to :mod:`partnership_model.testing.strategies`. Every rule of the catalogue has a
:class:`Break`: the smallest change to a complete dossier that makes that rule find
something, and keeps every other rule quiet, except the few codes a break cannot help
bringing along (removing every contribution leaves the needs uncovered); those it names.

A break either rewrites parts of the dossier or adds items to them. Two breaks go
together when neither rewrites a part the other touches; adding to the same part is
fine (two new faulty decision rules sit side by side). A test applies every break alone
and in combinations, and checks that validation finds exactly the codes it names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from partnership_model.amendments import Amendment
from partnership_model.classification import form_facts
from partnership_model.communication import CommunicationPlan
from partnership_model.conflicts import ConflictProcedure, EscalationAction
from partnership_model.convention import (
    CONSORTIUM_CLAUSES,
    Clause,
    ClauseKind,
    Convention,
    Form,
    Signature,
)
from partnership_model.decision_making import DecisionMode, DecisionRule
from partnership_model.dossier import Dossier
from partnership_model.evaluation import EvaluationMoment, EvaluationPlan
from partnership_model.funds import FundManagement
from partnership_model.institutions import InstitutionKind
from partnership_model.minutes import DecisionRecord
from partnership_model.money import Money, Quantity, totals_by_currency
from partnership_model.needs import Need, NeedCategory
from partnership_model.network import Directory
from partnership_model.objectives import Direction, Indicator, Objective
from partnership_model.partners import (
    Affiliation,
    Contribution,
    ContributionKind,
    Partner,
    PartnerKind,
)
from partnership_model.planning import Period, Recurrence, Step, StepKind, Timeline
from partnership_model.roles import Assignment, Raci, Role, RoleKind
from partnership_model.testing import _values as v
from partnership_model.testing._digits import BLANKS
from partnership_model.text import same_name
from partnership_model.validation import CATALOGUE

__all__ = ["BREAKS", "EVERYTHING", "Break", "Situation", "compatible"]

EVERYTHING = frozenset({"*"})
"""What a break that rebuilds the whole convention rewrites: it goes with no other."""

NO_MEDIATION = "Les partenaires se concertent. The partners talk it over. De partners overleggen."
"""A dispute resolution clause that names no mediation in any of the three languages."""


@attrs.frozen
class Situation:
    """What a break may need to know: the day validation runs on, the profile's codes."""

    today: dt.date | None
    codes: frozenset[str]


Apply = Callable[[st.DrawFn, Dossier, Situation], tuple[Dossier, frozenset[str]]]


@attrs.frozen
class Break:
    """The way to break one rule: ``apply`` returns the broken dossier and the codes,
    besides this one, that it cannot help triggering."""

    code: str
    apply: Apply
    rewrites: frozenset[str]
    adds: frozenset[str]
    reads: frozenset[str]

    @property
    def needs_dossier(self) -> bool:
        return CATALOGUE[self.code].needs_dossier

    @property
    def needs_today(self) -> bool:
        return CATALOGUE[self.code].needs_today


BREAKS: dict[str, Break] = {}


def compatible(first: Break, second: Break) -> bool:
    """Whether two breaks can be applied to one dossier without disturbing each other."""
    if EVERYTHING in (first.rewrites, second.rewrites):
        return False
    return not (
        first.rewrites & (second.rewrites | second.adds | second.reads)
        or second.rewrites & (first.adds | first.reads)
        or first.adds & second.reads
        or second.adds & first.reads
    )


def breaks(
    code: str,
    *,
    rewrites: Iterable[str] = (),
    adds: Iterable[str] = (),
    reads: Iterable[str] = (),
) -> Callable[[Apply], Apply]:
    def register(apply: Apply) -> Apply:
        assert code in CATALOGUE, code  # noqa: S101 - a break names a built-in rule
        BREAKS[code] = Break(code, apply, frozenset(rewrites), frozenset(adds), frozenset(reads))
        return apply

    return register


# --- small tools ---------------------------------------------------------------------------------

NOTHING: frozenset[str] = frozenset()


def _convention(dossier: Dossier, **changes: Any) -> Dossier:
    return attrs.evolve(dossier, convention=attrs.evolve(dossier.convention, **changes))


def _fresh(taken: Iterable[str], stem: str) -> str:
    """An id none of ``taken`` is."""
    used = set(taken)
    number = len(used)
    while f"{stem}-{number}" in used:
        number += 1
    return f"{stem}-{number}"


def _period(dossier: Dossier) -> tuple[dt.date, dt.date]:
    period = dossier.convention.period
    assert period.start is not None  # noqa: S101 - a complete convention's period
    assert period.end is not None  # noqa: S101
    return period.start, period.end


def _today(situation: Situation) -> dt.date:
    assert situation.today is not None  # noqa: S101 - only today's rules ask
    return situation.today


T = TypeVar("T")


def _replaced(items: tuple[T, ...], at: int, item: T) -> tuple[T, ...]:
    return (*items[:at], item, *items[at + 1 :])


def _pick(draw: st.DrawFn, items: tuple[Any, ...]) -> int:
    return draw(st.integers(0, len(items) - 1))


def _step_ids(dossier: Dossier) -> list[str]:
    return [step.id for step in dossier.convention.timeline.steps]


def _with_steps(dossier: Dossier, *new: Step) -> Dossier:
    steps = dossier.convention.timeline.steps
    return _convention(dossier, timeline=Timeline(steps=(*steps, *new)))


def _with_moments(dossier: Dossier, *new: EvaluationMoment) -> Dossier:
    moments = dossier.convention.evaluation.moments
    return _convention(dossier, evaluation=EvaluationPlan(moments=(*moments, *new)))


def _step(key: str, first: dt.date | None, last: dt.date | None, **more: object) -> Step:
    return Step(id=key, title="Étape ajoutée", planned=Period(start=first, end=last), **more)  # type: ignore[arg-type]


def _rule(dossier: Dossier, **fields: object) -> Dossier:
    rules = dossier.convention.decision_rules
    key = _fresh((r.id for r in rules), "rule")
    return _convention(dossier, decision_rules=(*rules, DecisionRule(id=key, **fields)))  # type: ignore[arg-type]


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


def _indicator_ids(convention: Convention) -> list[str]:
    return [i.id for o in convention.objectives for i in o.indicators]


def _objective_with(dossier: Dossier, due: dt.date) -> tuple[Dossier, str]:
    """The dossier with one more objective, whose one complete indicator is due on ``due``."""
    convention = dossier.convention
    indicator = _fresh(_indicator_ids(convention), "indicator")
    objective = Objective(
        id=_fresh((o.id for o in convention.objectives), "objective"),
        title="Objectif ajouté",
        indicators=(_indicator(indicator, due),),
    )
    return _convention(dossier, objectives=(*convention.objectives, objective)), indicator


def _amendment(dossier: Dossier, key: str, day: dt.date, decision: str | None) -> Amendment:
    return Amendment(
        id=key,
        effective_from=day,
        rationale="Réajustement",
        adopted_on=day,
        decision=decision,
        replaces=dossier.convention,
    )


def _latest(dossier: Dossier) -> dt.date:
    days = [a.effective_from for a in dossier.amendments]
    return max(days, default=_period(dossier)[0])


blanks = st.sampled_from(BLANKS)
"""Texts that say nothing: empty, or white space only, ASCII or not."""


def _blanked(draw: st.DrawFn, items: tuple[T, ...], field: str) -> tuple[T, ...]:
    """``items`` with the text ``field`` of one of them, drawn, left blank."""
    at = _pick(draw, items)
    blanked: T = attrs.evolve(items[at], **{field: draw(blanks)})  # type: ignore[misc]
    return _replaced(items, at, blanked)


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


def _idle_owner(convention: Convention) -> frozenset[str]:
    """The code a convention brings along when whoever holds the project holds no role
    and answers for no task."""
    idle = form_facts(convention).holder_idle
    return frozenset({"form.collaboration.owner-idle"}) if idle else NOTHING


# --- DEFINE --------------------------------------------------------------------------------------


def _without_indicators(dossier: Dossier, gone: set[str]) -> Dossier:
    """The dossier with no reference left to the indicators ``gone``."""
    moments = dossier.convention.evaluation.moments
    kept = tuple(
        attrs.evolve(m, indicators=tuple(i for i in m.indicators if i not in gone))
        for m in moments
    )
    dossier = _convention(dossier, evaluation=EvaluationPlan(moments=kept))
    return attrs.evolve(
        dossier, measurements=tuple(m for m in dossier.measurements if m.indicator not in gone)
    )


@breaks(
    "define.objectives.missing", rewrites={"objectives", "tasks", "evaluation", "measurements"}
)
def _no_objectives(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    dossier = _without_indicators(dossier, set(_indicator_ids(convention)))
    tasks = tuple(attrs.evolve(t, objectives=()) for t in convention.tasks)
    return _convention(dossier, objectives=(), tasks=tasks), NOTHING


@breaks(
    "define.objectives.no-measurable-indicator",
    rewrites={"objectives", "evaluation", "measurements"},
)
def _objective_without_indicator(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    objectives = dossier.convention.objectives
    at = _pick(draw, objectives)
    dossier = _without_indicators(dossier, {i.id for i in objectives[at].indicators})
    emptied = attrs.evolve(objectives[at], indicators=())
    return _convention(dossier, objectives=_replaced(objectives, at, emptied)), NOTHING


@breaks("define.objectives.untitled", rewrites={"objectives"})
def _untitled_objective(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    objectives = _blanked(draw, dossier.convention.objectives, "title")
    return _convention(dossier, objectives=objectives), NOTHING


@breaks("define.indicators.unnamed", rewrites={"objectives"})
def _unnamed_indicator(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _changed_indicator(draw, dossier, name=draw(blanks)), NOTHING


def _changed_indicator(draw: st.DrawFn, dossier: Dossier, **changes: Any) -> Dossier:
    objectives = dossier.convention.objectives
    at = _pick(draw, objectives)
    indicators = objectives[at].indicators
    which = _pick(draw, indicators)
    changed = attrs.evolve(indicators[which], **changes)
    objective = attrs.evolve(objectives[at], indicators=_replaced(indicators, which, changed))
    return _convention(dossier, objectives=_replaced(objectives, at, objective))


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
    baseline = draw(v.small_amounts)
    changes = {"direction": Direction.MAINTAIN, "baseline": baseline, "target": baseline + 1}
    return _changed_indicator(draw, dossier, **changes), NOTHING


@breaks("define.needs.missing", rewrites={"needs", "contributions"})
def _no_needs(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    contributions = tuple(attrs.evolve(c, covers=()) for c in dossier.convention.contributions)
    return _convention(dossier, needs=(), contributions=contributions), NOTHING


@breaks("define.needs.not-valued", rewrites={"needs"})
def _need_not_valued(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    needs = dossier.convention.needs
    at = _pick(draw, needs)
    unvalued = attrs.evolve(needs[at], amount=None, quantity=None)
    return _convention(dossier, needs=_replaced(needs, at, unvalued)), NOTHING


@breaks("define.needs.undescribed", rewrites={"needs"})
def _undescribed_need(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _convention(
        dossier, needs=_blanked(draw, dossier.convention.needs, "description")
    ), NOTHING


@breaks("define.needs.not-covered", adds={"needs"})
def _need_not_covered(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    needs = dossier.convention.needs
    need = Need(
        id=_fresh((n.id for n in needs), "need"),
        category=NeedCategory.INFRASTRUCTURE,
        description="Une salle",
        quantity=Quantity(value=draw(v.small_amounts), unit="m²"),
    )
    return _convention(dossier, needs=(*needs, need)), NOTHING


@breaks("define.needs.funding-gap", rewrites={"contributions"}, adds={"needs"})
def _funding_gap(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    offered = [c.amount for c in convention.contributions if c.amount is not None]
    currency = offered[0].currency if offered else "EUR"
    total = totals_by_currency(offered).get(currency, Money.zero(currency))
    need = Need(
        id=_fresh((n.id for n in convention.needs), "need"),
        category=NeedCategory.FINANCIAL,
        description="Frais de fonctionnement",
        amount=Money(amount=total.amount + 1 + draw(v.small_amounts), currency=currency),
    )
    contributions = convention.contributions
    at = _pick(draw, contributions)
    covering = attrs.evolve(contributions[at], covers=(*contributions[at].covers, need.id))
    return (
        _convention(
            dossier,
            needs=(*convention.needs, need),
            contributions=_replaced(contributions, at, covering),
        ),
        NOTHING,
    )


@breaks("define.target-public.missing", rewrites={"target_publics"})
def _no_target_public(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _convention(dossier, target_publics=()), NOTHING


@breaks("define.target-public.undescribed", rewrites={"target_publics"})
def _undescribed_public(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    publics = _blanked(draw, dossier.convention.target_publics, "description")
    return _convention(dossier, target_publics=publics), NOTHING


# --- CLARIFY -------------------------------------------------------------------------------------


def _roles(dossier: Dossier, roles: tuple[Role, ...]) -> Dossier:
    return _convention(dossier, roles=roles)


# Without roles, an owner who answers for no task holds nothing of its own project: the
# break reads the tasks, so as not to go with one that changes who answers for them.
@breaks("clarify.roles.missing", rewrites={"roles"}, reads={"tasks", "owner", "carriers"})
def _no_roles(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    broken = _roles(dossier, ())
    return broken, _idle_owner(broken.convention)


@breaks("clarify.roles.no-coordinator", rewrites={"roles"})
def _no_coordinator(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    roles = tuple(
        attrs.evolve(r, kind=RoleKind.PARTNER) if r.kind is RoleKind.COORDINATOR else r
        for r in dossier.convention.roles
    )
    return _roles(dossier, roles), NOTHING


@breaks("clarify.roles.several-coordinators", rewrites={"roles"}, reads={"partners"})
def _two_coordinators(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    roles = dossier.convention.roles
    at = next(i for i, r in enumerate(roles) if r.kind is RoleKind.COORDINATOR)
    others = [p.id for p in dossier.convention.partners if p.id not in roles[at].holders]
    second = draw(st.sampled_from(others))
    both = attrs.evolve(roles[at], holders=(*roles[at].holders, second))
    return _roles(dossier, _replaced(roles, at, both)), NOTHING


@breaks("clarify.roles.no-holder", adds={"roles"})
def _role_without_holder(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    roles = dossier.convention.roles
    empty = Role(
        id=_fresh((r.id for r in roles), "role"),
        kind=RoleKind.OBSERVER,
        responsibilities=("Suivre le projet",),
    )
    return _roles(dossier, (*roles, empty)), NOTHING


@breaks("clarify.roles.no-responsibilities", rewrites={"roles"})
def _role_without_responsibilities(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    roles = dossier.convention.roles
    at = _pick(draw, roles)
    said = tuple(draw(st.lists(blanks, max_size=2)))
    return _roles(
        dossier, _replaced(roles, at, attrs.evolve(roles[at], responsibilities=said))
    ), NOTHING


@breaks(
    "clarify.tasks.missing",
    rewrites={"tasks", "contributions"},
    reads={"roles", "owner", "carriers"},
)
def _no_tasks(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    contributions = tuple(attrs.evolve(c, serves=()) for c in dossier.convention.contributions)
    broken = _convention(dossier, tasks=(), contributions=contributions)
    return broken, _idle_owner(broken.convention)


@breaks("clarify.tasks.untitled", rewrites={"tasks"})
def _untitled_task(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _convention(dossier, tasks=_blanked(draw, dossier.convention.tasks, "title")), NOTHING


def _changed_task(
    draw: st.DrawFn, dossier: Dossier, change: Callable[[Assignment], Assignment | None]
) -> Dossier:
    tasks = dossier.convention.tasks
    at = _pick(draw, tasks)
    kept = (change(a) for a in tasks[at].assignments)
    task = attrs.evolve(tasks[at], assignments=tuple(a for a in kept if a is not None))
    return _convention(dossier, tasks=_replaced(tasks, at, task))


@breaks("clarify.tasks.accountable", rewrites={"tasks"}, reads={"roles"})
def _task_without_accountable(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    def demoted(assignment: Assignment) -> Assignment:
        if assignment.raci is Raci.ACCOUNTABLE:
            return attrs.evolve(assignment, raci=Raci.RESPONSIBLE)
        return assignment

    return _changed_task(draw, dossier, demoted), NOTHING


@breaks("clarify.tasks.no-responsible", rewrites={"tasks"})
def _task_without_responsible(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _changed_task(
        draw, dossier, lambda a: None if a.raci is Raci.RESPONSIBLE else a
    ), NOTHING


@breaks(
    "clarify.contributions.missing",
    rewrites={"contributions", "tasks"},
    reads={"needs", "partners"},
)
def _no_contributions(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    # Every partner responsible for the first task still takes part; the needs, though,
    # are left uncovered (and, when valued in money, unfunded): that is what it means.
    tasks = convention.tasks
    everyone = tuple(Assignment(partner=p.id, raci=Raci.RESPONSIBLE) for p in convention.partners)
    first = attrs.evolve(tasks[0], assignments=(*tasks[0].assignments, *everyone))
    implied = {"define.needs.not-covered", "form.collaboration.no-contributor"}
    if any(need.amount is not None and need.amount.amount > 0 for need in convention.needs):
        implied.add("define.needs.funding-gap")
    broken = _convention(dossier, contributions=(), tasks=_replaced(tasks, 0, first))
    return broken, frozenset(implied)


@breaks("clarify.contributions.empty", adds={"contributions"}, reads={"partners"})
def _empty_contribution(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    empty = Contribution(
        id=_fresh((c.id for c in convention.contributions), "contribution"),
        partner=draw(st.sampled_from([p.id for p in convention.partners])),
        kind=draw(st.sampled_from(ContributionKind)),
        description=draw(blanks),
    )
    return _convention(dossier, contributions=(*convention.contributions, empty)), NOTHING


@breaks("clarify.contributions.partner-without", adds={"partners", "signatures"}, reads={"period"})
def _idle_partner(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    idle = Partner(
        id=_fresh((p.id for p in convention.partners), "partner"),
        name=draw(v.names),
        kind=PartnerKind.ASSOCIATION,
    )
    signature = Signature(partner=idle.id, signatory=draw(v.names), date=_period(dossier)[0])
    return (
        _convention(
            dossier,
            partners=(*convention.partners, idle),
            signatures=(*convention.signatures, signature),
        ),
        NOTHING,
    )


@breaks("clarify.decisions.no-rule", rewrites={"decision_rules", "minutes"})
def _no_decision_rules(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    minutes = tuple(attrs.evolve(m, rule=None) for m in dossier.minutes)
    return attrs.evolve(_convention(dossier, decision_rules=()), minutes=minutes), NOTHING


@breaks("clarify.decisions.quorum-unreachable", adds={"decision_rules"})
def _quorum_over_all(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    quorum = Fraction(draw(st.integers(2, 9)), 1) / draw(st.sampled_from((1, 2)))
    return _rule(dossier, mode=DecisionMode.CONSENSUS, quorum=max(quorum, Fraction(3, 2))), NOTHING


@breaks("clarify.decisions.threshold-out-of-range", adds={"decision_rules"})
def _threshold_over_all(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    strict_one = draw(st.booleans())
    threshold = Fraction(1) if strict_one else Fraction(3, 2)
    return _rule(
        dossier, mode=DecisionMode.MAJORITY, threshold=threshold, strict=strict_one
    ), NOTHING


@breaks("clarify.decisions.majority-without-threshold", adds={"decision_rules"})
def _majority_of_nothing(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _rule(dossier, mode=DecisionMode.MAJORITY), NOTHING


@breaks("clarify.decisions.delegation-without-delegate", adds={"decision_rules"})
def _delegation_to_nobody(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _rule(dossier, mode=DecisionMode.DELEGATED), NOTHING


@breaks("clarify.conflicts.no-procedure", rewrites={"conflict_procedure"})
def _no_conflict_procedure(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _convention(dossier, conflict_procedure=ConflictProcedure()), NOTHING


@breaks("clarify.institutions.link-missing", rewrites={"partners"}, reads={"institutional_links"})
def _unlinked_institution(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    partners = dossier.convention.partners
    at = _pick(draw, partners)
    linked = {same_name(link.institution) for link in dossier.convention.institutional_links}
    name = _fresh(linked, "Commune")
    affiliation = Affiliation(name=name, kind=InstitutionKind.PUBLIC_AUTHORITY)
    answering = attrs.evolve(partners[at], answers_to=(*partners[at].answers_to, affiliation))
    return _convention(dossier, partners=_replaced(partners, at, answering)), NOTHING


# With no link and no partner saying whom it answers to, every institution the plan names
# is unlinked too: the break reads the plan, so as not to go with one that changes it.
@breaks(
    "clarify.institutions.none",
    rewrites={"institutional_links", "partners"},
    reads={"funds", "timeline"},
)
def _no_institutions(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    partners = tuple(attrs.evolve(p, answers_to=()) for p in convention.partners)
    broken = _convention(dossier, partners=partners, institutional_links=())
    known = {same_name(p.name) for p in partners} | {same_name(p.id) for p in partners}
    unlinked = any(same_name(name) not in known for _, name in convention.institutions_named())
    return broken, frozenset({"clarify.institutions.unlinked"}) if unlinked else NOTHING


@breaks(
    "clarify.institutions.unlinked", adds={"timeline"}, reads={"institutional_links", "period"}
)
def _unknown_authority(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    taken = [link.institution for link in convention.institutional_links]
    taken += [p.name for p in convention.partners] + [p.id for p in convention.partners]
    authority = _fresh({same_name(t) for t in taken}, "commune")
    start = _period(dossier)[0]
    step = _step(
        _fresh(_step_ids(dossier), "step"),
        start,
        start,
        kind=StepKind.AUTHORISATION_REQUEST,
        authority=authority,
    )
    return _with_steps(dossier, step), NOTHING


# --- the form of cooperation ---------------------------------------------------------------------


@breaks("form.undeclared", rewrites={"form"})
def _undeclared(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    return _convention(dossier, form=None), NOTHING


@breaks("form.disagrees", rewrites={"form"})
def _other_form(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    other = {Form.PARTNERSHIP: Form.COLLABORATION, Form.COLLABORATION: Form.PARTNERSHIP}
    form = dossier.convention.form
    assert form is not None  # noqa: S101 - a complete convention declares it
    return _convention(dossier, form=other[form]), NOTHING


@breaks("form.collaboration.no-owner", rewrites={"owner", "carriers"}, reads={"form", "partners"})
def _no_owner(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    owner = convention.owner
    # Nobody's project: with no owner, the project is whose it is only when one partner
    # carries it alone, so two carry it. A convention declared a collaboration is then
    # contradicted by the facts, which read as a partnership.
    others = [p.id for p in convention.partners if p.id != owner]
    carriers = tuple(dict.fromkeys((*convention.carriers, owner, draw(st.sampled_from(others)))))
    carriers = tuple(c for c in carriers if c is not None)
    implied = {"form.disagrees"} if convention.form is Form.COLLABORATION else set()
    return _convention(dossier, owner=None, carriers=carriers), frozenset(implied)


@breaks("form.collaboration.no-contributor", rewrites={"contributions"}, reads={"owner"})
def _owner_alone(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    owned = tuple(attrs.evolve(c, partner=convention.owner) for c in convention.contributions)
    return _convention(dossier, contributions=owned), NOTHING


@breaks("form.collaboration.owner-idle", rewrites={"roles", "tasks"}, reads={"owner", "partners"})
def _owner_doing_nothing(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    holder = form_facts(convention).holder
    assert holder is not None  # noqa: S101 - a complete collaboration's owner
    other = draw(st.sampled_from([p.id for p in convention.partners if p.id != holder]))

    def instead(ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(other if i == holder else i for i in ids))

    def handed_over(assignment: Assignment) -> Assignment:
        if assignment.partner == holder and assignment.raci is Raci.ACCOUNTABLE:
            return Assignment(partner=other, raci=Raci.ACCOUNTABLE)
        return assignment

    roles = tuple(attrs.evolve(r, holders=instead(r.holders)) for r in convention.roles)
    tasks = tuple(
        attrs.evolve(t, assignments=tuple(dict.fromkeys(handed_over(a) for a in t.assignments)))
        for t in convention.tasks
    )
    return _convention(dossier, roles=roles, tasks=tasks), NOTHING


# --- PLAN ----------------------------------------------------------------------------------------


def _no_subsidy(funds: FundManagement) -> FundManagement:
    return attrs.evolve(funds, budget=tuple(attrs.evolve(b, subsidy=False) for b in funds.budget))


@breaks("plan.timeline.missing", rewrites={"timeline", "funds"})
def _no_timeline(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    funds = _no_subsidy(dossier.convention.funds)
    reporting = tuple(attrs.evolve(duty, step=None) for duty in funds.reporting)
    return (
        _convention(dossier, timeline=Timeline(), funds=attrs.evolve(funds, reporting=reporting)),
        NOTHING,
    )


@breaks("plan.period.incomplete", rewrites={"period"})
def _open_period(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    # The start is left out rather than the end: an open end would also let unbounded
    # recurrences run on, which plan.recurrence.unbounded-in-period says.
    return _convention(dossier, period=Period(start=None, end=_period(dossier)[1])), NOTHING


@breaks("plan.steps.undated", adds={"timeline"})
def _undated_step(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _with_steps(dossier, _step(_fresh(_step_ids(dossier), "step"), None, None)), NOTHING


@breaks("plan.steps.outside-period", adds={"timeline"}, reads={"period"})
def _step_after_the_end(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    end = _period(dossier)[1]
    first = end + dt.timedelta(days=draw(st.integers(1, 30)))
    key = _fresh(_step_ids(dossier), "step")
    return _with_steps(dossier, _step(key, first, first + dt.timedelta(days=1))), NOTHING


@breaks("plan.steps.dependency-cycle", adds={"timeline"}, reads={"period"})
def _step_waiting_for_itself(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    start = _period(dossier)[0]
    key = _fresh(_step_ids(dossier), "step")
    return _with_steps(dossier, _step(key, start, start, depends_on=(key,))), NOTHING


def _late_pair(dossier: Dossier, first_kind: StepKind) -> Dossier:
    """Two new steps: a project step starting before the step it depends on ends."""
    start = _period(dossier)[0]
    ids = _step_ids(dossier)
    before = _fresh(ids, "step")
    after = _fresh([*ids, before], "step")
    end = start + dt.timedelta(days=1)
    return _with_steps(
        dossier,
        _step(before, start, end, kind=first_kind),
        _step(after, start, end, depends_on=(before,)),
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
@breaks("plan.administrative.missing", rewrites={"timeline", "funds"}, reads={"evaluation"})
def _no_administration(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    steps = tuple(
        attrs.evolve(s, kind=StepKind.PROJECT, needs_authorisation=False)
        for s in convention.timeline.steps
    )
    broken = _convention(
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
    return _convention(dossier, timeline=Timeline(steps=steps)), NOTHING


@breaks("plan.steps.untitled", rewrites={"timeline"})
def _untitled_step(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    steps = _blanked(draw, dossier.convention.timeline.steps, "title")
    return _convention(dossier, timeline=Timeline(steps=steps)), NOTHING


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
    at = _pick(draw, budget)
    # The line names no funder, so that no institution is added to link.
    subsidised = attrs.evolve(budget[at], subsidy=True, source=None)
    funds = attrs.evolve(convention.funds, budget=_replaced(budget, at, subsidised))
    return _convention(dossier, timeline=Timeline(steps=steps), funds=funds), NOTHING


@breaks("plan.authorisation.missing", adds={"timeline"}, reads={"period"})
def _activity_without_authorisation(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    start = _period(dossier)[0]
    key = _fresh(_step_ids(dossier), "step")
    return _with_steps(dossier, _step(key, start, start, needs_authorisation=True)), NOTHING


@breaks("plan.evaluation.off-timeline", rewrites={"timeline"}, reads={"evaluation"})
def _evaluation_left_off(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    # An evaluation step becomes a subsidy report: still administrative, evaluating nothing.
    steps = tuple(
        attrs.evolve(s, kind=StepKind.SUBSIDY_REPORT) if s.kind is StepKind.EVALUATION else s
        for s in dossier.convention.timeline.steps
    )
    return _convention(dossier, timeline=Timeline(steps=steps)), NOTHING


def _reaching_back(dossier: Dossier, day: dt.date) -> Dossier:
    """The dossier with its period starting early enough to hold ``day``."""
    start, end = _period(dossier)
    return _convention(dossier, period=Period(start=min(start, day), end=end))


@breaks("plan.steps.overdue", rewrites={"period"}, adds={"timeline"})
def _overdue_step(
    draw: st.DrawFn, dossier: Dossier, situation: Situation
) -> tuple[Dossier, frozenset[str]]:
    end = _today(situation) - dt.timedelta(days=draw(st.integers(1, 60)))
    first = end - dt.timedelta(days=draw(st.integers(0, 30)))
    step = _step(_fresh(_step_ids(dossier), "step"), first, end)
    return _with_steps(_reaching_back(dossier, first), step), NOTHING


@breaks("plan.recurrence.unbounded-in-period", rewrites={"period"}, adds={"timeline"})
def _endless_recurrence(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    start = _period(dossier)[0]
    rule = Recurrence(rule=draw(st.sampled_from(v.UNBOUNDED_RULES)))
    step = _step(_fresh(_step_ids(dossier), "step"), start, start, recurrence=rule)
    dossier = _convention(dossier, period=Period(start=start, end=None))
    # An open end is what lets the recurrence run on: the period is incomplete too.
    return _with_steps(dossier, step), frozenset({"plan.period.incomplete"})


# --- EVALUATE ------------------------------------------------------------------------------------


def _moment(
    dossier: Dossier, day: dt.date | None, indicators: tuple[str, ...] = ()
) -> EvaluationMoment:
    taken = (m.id for m in dossier.convention.evaluation.moments)
    return EvaluationMoment(
        id=_fresh(taken, "moment"), title="Évaluation ajoutée", date=day, indicators=indicators
    )


@breaks("evaluate.plan.missing", rewrites={"evaluation", "evaluation_reports"})
def _no_evaluation(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    reports = tuple(attrs.evolve(r, moment=None) for r in dossier.evaluation_reports)
    dossier = attrs.evolve(dossier, evaluation_reports=reports)
    return _convention(dossier, evaluation=EvaluationPlan()), NOTHING


@breaks("evaluate.indicators.not-covered", adds={"objectives"}, reads={"evaluation", "period"})
def _indicator_never_evaluated(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _objective_with(dossier, _period(dossier)[1])[0], NOTHING


@breaks("evaluate.moments.undated", adds={"evaluation"})
def _undated_moment(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _with_moments(dossier, _moment(dossier, None)), NOTHING


@breaks("evaluate.moments.outside-period", adds={"evaluation"}, reads={"period", "timeline"})
def _moment_after_the_end(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    day = _period(dossier)[1] + dt.timedelta(days=draw(st.integers(1, 30)))
    return _with_moments(dossier, _moment(dossier, day)), _off_timeline(dossier, day)


@breaks("evaluate.moments.missed", rewrites={"period"}, adds={"evaluation"}, reads={"timeline"})
def _missed_moment(
    draw: st.DrawFn, dossier: Dossier, situation: Situation
) -> tuple[Dossier, frozenset[str]]:
    day = _today(situation) - dt.timedelta(days=draw(st.integers(1, 60)))
    moment = _moment(dossier, day)
    return _with_moments(_reaching_back(dossier, day), moment), _off_timeline(dossier, day)


@breaks(
    "evaluate.indicators.not-measured",
    adds={"objectives", "evaluation"},
    reads={"period", "timeline"},
)
def _indicator_not_measured(
    draw: st.DrawFn, dossier: Dossier, situation: Situation
) -> tuple[Dossier, frozenset[str]]:
    due = _today(situation) - dt.timedelta(days=draw(st.integers(1, 60)))
    dossier, indicator = _objective_with(dossier, due)
    end = _period(dossier)[1]
    return _with_moments(dossier, _moment(dossier, end, (indicator,))), _off_timeline(dossier, end)


# --- throughout: communication, tracing, flexibility, network ------------------------------------


@breaks("communication.audience-missing", rewrites={"communication"})
def _audience_forgotten(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    actions = dossier.convention.communication.actions
    forgotten = draw(st.sampled_from([a.audience for a in actions]))
    kept = tuple(a for a in actions if a.audience is not forgotten)
    return _convention(dossier, communication=CommunicationPlan(actions=kept)), NOTHING


@breaks("tracing.convention.no-name", rewrites={"name"})
def _nameless(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    return _convention(dossier, name=draw(st.sampled_from(("", " ", "\t\n", "\u00a0")))), NOTHING


@breaks("tracing.partners.unnamed", rewrites={"partners"})
def _unnamed_partner(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return _convention(
        dossier, partners=_blanked(draw, dossier.convention.partners, "name")
    ), NOTHING


@breaks("tracing.convention.few-partners", rewrites=EVERYTHING)
def _one_partner(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    # One partner left: every reference to the others now names it, and the convention
    # says what the facts now say, a collaboration, owned by that partner, who is also
    # the only one to contribute: the collaboration profile asks for another contributor.
    alone = dossier.convention.partners[0].id
    return _merged(dossier, alone), frozenset({"form.collaboration.no-contributor"})


def _merged(dossier: Dossier, alone: str) -> Dossier:
    """The dossier with one partner, ``alone``, in place of all of them."""
    convention = dossier.convention

    def one(ids: tuple[str, ...]) -> tuple[str, ...]:
        return (alone,) if ids else ()

    def same(identifier: str | None) -> str | None:
        return None if identifier is None else alone

    tasks = tuple(
        attrs.evolve(
            task,
            assignments=tuple(
                dict.fromkeys(Assignment(partner=alone, raci=a.raci) for a in task.assignments)
            ),
        )
        for task in convention.tasks
    )
    merged = attrs.evolve(
        convention,
        form=Form.COLLABORATION,
        partners=convention.partners[:1],
        carriers=(alone,),
        owner=alone,
        roles=tuple(attrs.evolve(r, holders=one(r.holders)) for r in convention.roles),
        tasks=tasks,
        contributions=tuple(
            attrs.evolve(c, partner=same(c.partner)) for c in convention.contributions
        ),
        governing_bodies=tuple(
            attrs.evolve(b, members=one(b.members), chair=same(b.chair))
            for b in convention.governing_bodies
        ),
        decision_rules=tuple(
            attrs.evolve(
                r,
                voters=one(r.voters),
                delegate=same(r.delegate),
                minimum_present=None if r.minimum_present is None else min(r.minimum_present, 1),
            )
            for r in convention.decision_rules
        ),
        institutional_links=tuple(
            attrs.evolve(link, partner=same(link.partner))
            for link in convention.institutional_links
        ),
        timeline=Timeline(
            steps=tuple(attrs.evolve(s, owner=same(s.owner)) for s in convention.timeline.steps)
        ),
        evaluation=EvaluationPlan(
            moments=tuple(
                attrs.evolve(m, participants=one(m.participants))
                for m in convention.evaluation.moments
            )
        ),
        communication=CommunicationPlan(
            actions=tuple(
                attrs.evolve(a, owner=same(a.owner)) for a in convention.communication.actions
            )
        ),
        funds=attrs.evolve(convention.funds, holder=same(convention.funds.holder)),
        signatures=tuple(s for s in convention.signatures if s.partner == alone),
    )
    minutes = tuple(
        attrs.evolve(
            m,
            present=one(m.present),
            ballots=tuple(attrs.evolve(b, partner=alone) for b in m.ballots[:1]),
        )
        for m in dossier.minutes
    )
    return attrs.evolve(dossier, convention=merged, minutes=minutes)


@breaks("tracing.funds.missing", rewrites={"funds"})
def _no_funds(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    reporting = dossier.convention.funds.reporting
    return _convention(dossier, funds=FundManagement(reporting=reporting)), NOTHING


@breaks("tracing.signatures.missing", rewrites={"signatures"})
def _unsigned(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    signatures = dossier.convention.signatures
    at = _pick(draw, signatures)
    # Without a signature there is no dated one either, which a consortium requires.
    return (
        _convention(dossier, signatures=(*signatures[:at], *signatures[at + 1 :])),
        frozenset({"consortium.signatures.incomplete"}),
    )


@breaks("tracing.minutes.missing", rewrites={"minutes", "amendments"})
def _no_minutes(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    # The amendments go with the minutes: each was adopted by a decision they recorded.
    return attrs.evolve(dossier, minutes=(), amendments=()), NOTHING


@breaks("flexibility.amendments.out-of-order", adds={"amendments"}, reads={"minutes", "period"})
def _amendments_out_of_order(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    latest = _latest(dossier)
    taken = [a.id for a in dossier.amendments]
    later = _fresh(taken, "amendment")
    earlier = _fresh([*taken, later], "amendment")
    decision = dossier.minutes[0].id
    gap = dt.timedelta(days=draw(st.integers(1, 30)))
    added = (
        _amendment(dossier, later, latest + gap + dt.timedelta(days=1), decision),
        _amendment(dossier, earlier, latest + dt.timedelta(days=1), decision),
    )
    return attrs.evolve(dossier, amendments=(*dossier.amendments, *added)), NOTHING


@breaks("flexibility.amendments.no-decision", adds={"amendments"}, reads={"period"})
def _amendment_without_decision(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    key = _fresh((a.id for a in dossier.amendments), "amendment")
    day = _latest(dossier) + dt.timedelta(days=draw(st.integers(0, 30)))
    added = _amendment(dossier, key, day, None)
    return attrs.evolve(dossier, amendments=(*dossier.amendments, added)), NOTHING


@breaks("flexibility.amendment-procedure.missing", rewrites={"clauses"})
def _no_amendment_procedure(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    clauses = dossier.convention.clauses
    kept = tuple(c for c in clauses if c.kind is not ClauseKind.AMENDMENT_PROCEDURE)
    return _convention(dossier, clauses=kept), NOTHING


@breaks("network.directory.empty", rewrites={"directory"})
def _no_directory(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return attrs.evolve(dossier, directory=Directory()), NOTHING


# --- integrity -----------------------------------------------------------------------------------


@breaks("integrity.ids.duplicate", adds={"target_publics"})
def _twice_the_same_id(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    publics = dossier.convention.target_publics
    again = attrs.evolve(publics[_pick(draw, publics)], description=draw(v.names))
    return _convention(dossier, target_publics=(*publics, again)), NOTHING


@breaks("integrity.references.unknown", adds={"roles"}, reads={"partners"})
def _role_of_a_stranger(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    stranger = _fresh((p.id for p in convention.partners), "stranger")
    role = Role(
        id=_fresh((r.id for r in convention.roles), "role"),
        kind=RoleKind.OBSERVER,
        holders=(stranger,),
        responsibilities=("Observer le projet",),
    )
    return _convention(dossier, roles=(*convention.roles, role)), NOTHING


@breaks(
    "integrity.minutes.unknown-reference", adds={"minutes"}, reads={"governing_bodies", "period"}
)
def _minutes_of_an_unknown_body(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    bodies = (b.id for b in dossier.convention.governing_bodies)
    record = DecisionRecord(
        id=_fresh((m.id for m in dossier.minutes), "minutes"),
        date=_period(dossier)[0],
        title="Réunion",
        body=_fresh(bodies, "body"),
    )
    return attrs.evolve(dossier, minutes=(*dossier.minutes, record)), NOTHING


# --- consortium ----------------------------------------------------------------------------------


# Left without its dispute resolution clause, a consortium keeps mediation only in its
# conflict procedure: this break reads it, so as not to go with one that empties it.
@breaks("consortium.clause.missing", rewrites={"clauses"}, reads={"conflict_procedure"})
def _clause_left_out(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    kind = draw(st.sampled_from(CONSORTIUM_CLAUSES))
    kept = tuple(c for c in dossier.convention.clauses if c.kind is not kind)
    return _convention(dossier, clauses=kept), NOTHING


@breaks("consortium.dispute.no-mediation", rewrites={"conflict_procedure", "clauses"})
def _no_mediation(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    steps = tuple(
        s
        for s in convention.conflict_procedure.steps
        if s.action is not EscalationAction.MEDIATION
    )
    clauses = tuple(
        Clause(kind=c.kind, text=NO_MEDIATION, title=c.title)
        if c.kind is ClauseKind.DISPUTE_RESOLUTION
        else c
        for c in convention.clauses
    )
    return (
        _convention(dossier, conflict_procedure=ConflictProcedure(steps=steps), clauses=clauses),
        NOTHING,
    )


@breaks("consortium.signatures.incomplete", rewrites={"signatures"})
def _undated_signature(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    signatures = dossier.convention.signatures
    at = _pick(draw, signatures)
    undated = attrs.evolve(signatures[at], date=None)
    return _convention(dossier, signatures=_replaced(signatures, at, undated)), NOTHING
