"""Breaks of the CLARIFY rules and of the form of cooperation: roles, tasks,
contributions, decision-making and conflicts, the institutions, the form declared."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

import attrs
from hypothesis import strategies as st

from partnership_model.classification import form_facts
from partnership_model.conflicts import ConflictProcedure
from partnership_model.convention import Convention, Form, Signature
from partnership_model.decision_making import DecisionMode, DecisionRule, GoverningBody
from partnership_model.dossier import Dossier
from partnership_model.institutions import InstitutionKind
from partnership_model.partners import (
    Affiliation,
    Contribution,
    ContributionKind,
    Partner,
    PartnerKind,
)
from partnership_model.planning import StepKind
from partnership_model.roles import Assignment, Raci, Role, RoleKind
from partnership_model.testing import _values as values
from partnership_model.testing._breaks._base import (
    NOTHING,
    Registry,
    Situation,
    blanked,
    blanks,
    convention_changed,
    fresh,
    new_step,
    period_of,
    pick,
    recounted,
    replaced,
    step_ids,
    topic_of_its_own,
    with_steps,
)
from partnership_model.text import same_name

__all__: list[str] = []

breaks = Registry(__name__)
"""The breaks of the rules of :mod:`partnership_model._rules.clarify`, in drawing order."""


def _rule(dossier: Dossier, **fields: object) -> Dossier:
    rules = dossier.convention.decision_rules
    key = fresh((r.id for r in rules), "rule")
    added = DecisionRule(id=key, scope=topic_of_its_own(dossier), **fields)  # type: ignore[arg-type]
    return convention_changed(dossier, decision_rules=(*rules, added))


def _idle_owner(convention: Convention) -> frozenset[str]:
    """The code a convention brings along when whoever holds the project holds no role
    and answers for no task."""
    idle = form_facts(convention).holder_idle
    return frozenset({"form.collaboration.owner-idle"}) if idle else NOTHING


def _roles(dossier: Dossier, roles: tuple[Role, ...]) -> Dossier:
    return convention_changed(dossier, roles=roles)


# Without roles, an owner who answers for no task holds nothing of its own project: the
# break reads the tasks, so as not to go with one that changes who answers for them.
@breaks(
    "clarify.roles.missing",
    rewrites={"roles"},
    reads={"tasks", "owner", "carriers", "minutes", "decision_rules"},
)
def _no_roles(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    # A rule that delegates to a role now delegates to no one the convention knows: the
    # ballots of the role's holders no longer count.
    broken = _roles(dossier, ())
    return broken, _idle_owner(broken.convention) | recounted(broken)


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
    return _roles(dossier, replaced(roles, at, both)), NOTHING


@breaks("clarify.roles.no-holder", adds={"roles"})
def _role_without_holder(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    roles = dossier.convention.roles
    empty = Role(
        id=fresh((r.id for r in roles), "role"),
        kind=RoleKind.OBSERVER,
        responsibilities=("Suivre le projet",),
    )
    return _roles(dossier, (*roles, empty)), NOTHING


@breaks("clarify.roles.no-responsibilities", rewrites={"roles"})
def _role_without_responsibilities(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    roles = dossier.convention.roles
    at = pick(draw, roles)
    said = tuple(draw(st.lists(blanks, max_size=2)))
    return _roles(
        dossier, replaced(roles, at, attrs.evolve(roles[at], responsibilities=said))
    ), NOTHING


@breaks(
    "clarify.tasks.missing",
    rewrites={"tasks", "contributions"},
    reads={"roles", "owner", "carriers"},
)
def _no_tasks(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    contributions = tuple(attrs.evolve(c, serves=()) for c in dossier.convention.contributions)
    broken = convention_changed(dossier, tasks=(), contributions=contributions)
    return broken, _idle_owner(broken.convention)


@breaks("clarify.tasks.untitled", rewrites={"tasks"})
def _untitled_task(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return convention_changed(
        dossier, tasks=blanked(draw, dossier.convention.tasks, "title")
    ), NOTHING


def _changed_task(
    draw: st.DrawFn, dossier: Dossier, change: Callable[[Assignment], Assignment | None]
) -> Dossier:
    tasks = dossier.convention.tasks
    at = pick(draw, tasks)
    kept = (change(a) for a in tasks[at].assignments)
    task = attrs.evolve(tasks[at], assignments=tuple(a for a in kept if a is not None))
    return convention_changed(dossier, tasks=replaced(tasks, at, task))


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
    def dropped(assignment: Assignment) -> Assignment | None:
        return None if assignment.raci is Raci.RESPONSIBLE else assignment

    return _changed_task(draw, dossier, dropped), NOTHING


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
    broken = convention_changed(dossier, contributions=(), tasks=replaced(tasks, 0, first))
    return broken, frozenset(implied)


@breaks("clarify.contributions.empty", adds={"contributions"}, reads={"partners"})
def _empty_contribution(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    empty = Contribution(
        id=fresh((c.id for c in convention.contributions), "contribution"),
        partner=draw(st.sampled_from([p.id for p in convention.partners])),
        kind=draw(st.sampled_from(ContributionKind)),
        description=draw(blanks),
    )
    return convention_changed(dossier, contributions=(*convention.contributions, empty)), NOTHING


@breaks("clarify.contributions.partner-without", adds={"partners", "signatures"}, reads={"period"})
def _idle_partner(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    idle = Partner(
        id=fresh((p.id for p in convention.partners), "partner"),
        name=draw(values.names),
        kind=PartnerKind.ASSOCIATION,
    )
    signature = Signature(
        partner=idle.id, signatory=draw(values.names), date=period_of(dossier)[0]
    )
    return (
        convention_changed(
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
    return attrs.evolve(convention_changed(dossier, decision_rules=()), minutes=minutes), NOTHING


@breaks("clarify.bodies.no-members", adds={"governing_bodies"})
def _body_without_members(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    bodies = dossier.convention.governing_bodies
    empty = GoverningBody(id=fresh((body.id for body in bodies), "body"), name="Groupe de travail")
    return convention_changed(dossier, governing_bodies=(*bodies, empty)), NOTHING


@breaks("clarify.decisions.quorum-unreachable", adds={"decision_rules"})
def _quorum_over_all(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    quorum = Fraction(draw(st.integers(2, 9)), 1) / draw(st.sampled_from((1, 2)))
    return _rule(dossier, mode=DecisionMode.CONSENSUS, quorum=max(quorum, Fraction(3, 2))), NOTHING


# Every partner votes under the rule added: it reads the partners, so as not to go with a
# break that adds one.
@breaks("clarify.decisions.too-few-voters", adds={"decision_rules"}, reads={"partners"})
def _more_in_favour_than_voters(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    needed = len(dossier.convention.partners) + draw(st.integers(1, 3))
    return _rule(dossier, mode=DecisionMode.CONSENSUS, minimum_in_favour=needed), NOTHING


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
    return convention_changed(dossier, conflict_procedure=ConflictProcedure()), NOTHING


@breaks("clarify.institutions.link-missing", rewrites={"partners"}, reads={"institutional_links"})
def _unlinked_institution(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    partners = dossier.convention.partners
    at = pick(draw, partners)
    linked = {same_name(link.institution) for link in dossier.convention.institutional_links}
    name = fresh(linked, "Commune")
    affiliation = Affiliation(name=name, kind=InstitutionKind.PUBLIC_AUTHORITY)
    answering = attrs.evolve(partners[at], answers_to=(*partners[at].answers_to, affiliation))
    return convention_changed(dossier, partners=replaced(partners, at, answering)), NOTHING


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
    broken = convention_changed(dossier, partners=partners, institutional_links=())
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
    authority = fresh({same_name(t) for t in taken}, "commune")
    start = period_of(dossier)[0]
    step = new_step(
        fresh(step_ids(dossier), "step"),
        start,
        start,
        kind=StepKind.AUTHORISATION_REQUEST,
        authority=authority,
    )
    return with_steps(dossier, step), NOTHING


# --- the form of cooperation ---------------------------------------------------------------------


@breaks("form.undeclared", rewrites={"form"})
def _undeclared(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    return convention_changed(dossier, form=None), NOTHING


@breaks("form.disagrees", rewrites={"form"})
def _other_form(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    other = {Form.PARTNERSHIP: Form.COLLABORATION, Form.COLLABORATION: Form.PARTNERSHIP}
    form = dossier.convention.form
    assert form is not None  # noqa: S101 - a complete convention declares it
    return convention_changed(dossier, form=other[form]), NOTHING


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
    return convention_changed(dossier, owner=None, carriers=carriers), frozenset(implied)


@breaks("form.collaboration.no-contributor", rewrites={"contributions"}, reads={"owner"})
def _owner_alone(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    owned = tuple(attrs.evolve(c, partner=convention.owner) for c in convention.contributions)
    return convention_changed(dossier, contributions=owned), NOTHING


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
    return convention_changed(dossier, roles=roles, tasks=tasks), NOTHING
