"""The CLARIFY parts of a complete convention: tasks with a partner accountable for each,
contributions covering every need, governing bodies and their decision rules, the
coordinator's role, a conflict procedure, a link to every institution named.

Private to :mod:`partnership_model.testing._complete`.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from partnership_model.conflicts import ConflictProcedure, EscalationAction, EscalationStep
from partnership_model.decision_making import (
    BodyKind,
    DecisionMode,
    DecisionRule,
    GoverningBody,
    Topic,
    VoteBase,
)
from partnership_model.institutions import InstitutionalLink, InstitutionKind, Involvement
from partnership_model.money import Money
from partnership_model.needs import Need
from partnership_model.partners import Contribution, ContributionKind, Partner
from partnership_model.roles import Assignment, Raci, Role, RoleKind, Task
from partnership_model.testing._complete_items import NO_EXTENSIONS, keyed_readers
from partnership_model.testing._digits import Digits, members, readers
from partnership_model.text import same_name

PLAN_INSTITUTIONS = (InstitutionKind.PUBLIC_AUTHORITY, InstitutionKind.INSTITUTION)
"""What an institution the plan names (a funder, an authority) is."""
OTHER_ROLE_KINDS = tuple(kind for kind in RoleKind if kind is not RoleKind.COORDINATOR)
NOT_MEDIATION: tuple[EscalationAction, ...] = tuple(
    a for a in EscalationAction if a is not EscalationAction.MEDIATION
)


FILLED = frozenset(
    {
        "Convention.roles",
        "Convention.tasks",
        "Convention.contributions",
        "Convention.decision_rules",
        "Convention.institutional_links",
        "Role.holders",
        "Role.responsibilities",
        "Task.assignments",
        "Contribution.partner",
        "Contribution.covers",
        "ConflictProcedure.steps",
    }
)
"""The optional fields a complete convention fills for the CLARIFY rules."""


def complete_tasks(
    draw: st.DrawFn, partner_ids: tuple[str, ...], objective_ids: tuple[str, ...]
) -> tuple[Task, ...]:
    tasks = []
    for key, digits in keyed_readers(draw, 17, 1, 4):
        accountable = digits.pick(partner_ids)
        responsible = digits.choose(partner_ids)
        others = digits.choose(partner_ids, least=0)
        tasks.append(
            Task(
                id=key,
                title=digits.name(),
                description=digits.free_text(),
                assignments=(
                    Assignment(partner=accountable, raci=Raci.ACCOUNTABLE),
                    *(Assignment(partner=p, raci=Raci.RESPONSIBLE) for p in responsible),
                    *(
                        Assignment(
                            partner=p, raci=(Raci.CONSULTED, Raci.INFORMED)[digits.below(2)]
                        )
                        for p in others
                    ),
                ),
                objectives=digits.choose(objective_ids, least=0),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(tasks)


def complete_contributions(
    draw: st.DrawFn,
    partner_ids: tuple[str, ...],
    needs: tuple[Need, ...],
    task_ids: tuple[str, ...],
    currency: str,
) -> tuple[Contribution, ...]:
    """One contribution from every partner; each need covered by one of them, whose
    amount includes the need's, so no currency's needs exceed what is offered."""
    plan = Digits(draw, width=len(needs))
    covering = {need.id: plan.pick(partner_ids) for need in needs}
    keyed = keyed_readers(draw, 20, len(partner_ids), len(partner_ids))
    contributions = []
    for (key, digits), partner in zip(keyed, partner_ids, strict=True):
        covers = tuple(need.id for need in needs if covering[need.id] == partner)
        owed = sum(
            (need.amount.amount for need in needs if need.id in covers and need.amount),
            Decimal(0),
        )
        in_money = bool(owed) or digits.flag()
        kind = digits.member(ContributionKind)
        extra = digits.small_amount()
        quantity = digits.optional(digits.small_quantity)
        # What it brings is said: in money, in a quantity, or else in words.
        said = in_money or quantity is not None
        contributions.append(
            Contribution(
                id=key,
                partner=partner,
                kind=ContributionKind.FINANCIAL if in_money else kind,
                description=digits.free_text() if said else digits.name(),
                amount=Money(amount=owed + extra, currency=currency) if in_money else None,
                quantity=quantity,
                covers=covers,
                serves=digits.choose(task_ids, least=0),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(contributions)


def complete_decision_rules(
    draw: st.DrawFn, partner_ids: tuple[str, ...], bodies: tuple[GoverningBody, ...]
) -> tuple[DecisionRule, ...]:
    sizes = {body.id: len(set(body.members)) for body in bodies}
    body_ids = tuple(sizes)
    rules = []
    # One rule governs each topic: scopes apart, and one general rule at most, so that
    # the minutes of a decision name no two rules (tracing.minutes.rule-ambiguous).
    unclaimed = list(members(Topic))
    general = False
    for key, digits in keyed_readers(draw, 25 + len(partner_ids), 1, 3):
        mode = digits.member(DecisionMode)
        body = digits.maybe(body_ids)
        voters = digits.choose(partner_ids, least=0, most=len(partner_ids))
        # Who may vote, as the tally counts them: a delegate decides alone; else the
        # voters, the body's members, or every partner.
        count = (
            1
            if mode is DecisionMode.DELEGATED
            else len(voters) or (sizes[body] if body is not None else len(partner_ids))
        )
        wanted = digits.optional(digits.share)
        threshold = digits.share() if mode is DecisionMode.MAJORITY else wanted
        strict = digits.flag() and threshold is not None and threshold < 1
        chosen = digits.pick(partner_ids)
        scope = digits.choose(unclaimed, least=1 if general else 0, most=3)
        unclaimed = [topic for topic in unclaimed if topic not in scope]
        general = general or not scope
        rules.append(
            DecisionRule(
                id=key,
                mode=mode,
                body=body,
                voters=voters,
                delegate=chosen if mode is DecisionMode.DELEGATED else digits.maybe(partner_ids),
                quorum=digits.optional(digits.share),
                minimum_present=digits.optional(digits.between, 0, count),
                threshold=threshold,
                strict=strict,
                threshold_base=digits.member(VoteBase),
                scope=scope,
                description=digits.optional_text(),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(rules)


def complete_escalation(draw: st.DrawFn, with_mediation: bool) -> ConflictProcedure:
    steps = readers(draw, 8, 1, 3)
    actions: list[EscalationAction] = [steps[0].pick(NOT_MEDIATION)]
    actions += [digits.member(EscalationAction) for digits in steps[1:]]
    if with_mediation and EscalationAction.MEDIATION not in actions:
        actions.append(EscalationAction.MEDIATION)
        steps.append(Digits(draw, width=8))
    return ConflictProcedure(
        steps=tuple(
            EscalationStep(
                action=action,
                description=digits.free_text(),
                handled_by=digits.optional_name(),
                time_limit_days=digits.optional(digits.between, 1, 90),
            )
            for action, digits in zip(actions, steps, strict=True)
        )
    )


def complete_links(
    draw: st.DrawFn, partners: tuple[Partner, ...], named: tuple[str, ...]
) -> tuple[InstitutionalLink, ...]:
    """A link for every institution a partner answers to and every one the plan
    ``named``, and perhaps one more: at least one in all, so that the convention says
    how it stands towards the institutions."""
    wanted: list[tuple[str | None, str, InstitutionKind]] = [
        (p.id, a.name, a.kind) for p in partners for a in p.answers_to
    ]
    more = Digits(draw, width=4 + len(named))
    seen = {same_name(name) for _, name, _ in wanted}
    for name in named:
        if same_name(name) not in seen:
            seen.add(same_name(name))
            wanted.append((None, name, more.pick(PLAN_INSTITUTIONS)))
    if more.flag() or not wanted:
        wanted.append((None, more.name(), more.member(InstitutionKind)))
    keyed = keyed_readers(draw, 8, len(wanted), len(wanted))
    return tuple(
        InstitutionalLink(
            id=key,
            partner=partner,
            institution=name,
            kind=kind,
            involvement=digits.member(Involvement),
            topics=digits.choose(members(Topic), least=0, most=2),
            contact=digits.optional_text(),
            extensions=NO_EXTENSIONS,
        )
        for (key, digits), (partner, name, kind) in zip(keyed, wanted, strict=True)
    )


def complete_bodies(draw: st.DrawFn, partner_ids: tuple[str, ...]) -> tuple[GoverningBody, ...]:
    bodies = []
    for key, digits in keyed_readers(draw, 8 + len(partner_ids), 0, 2):
        members = digits.choose(partner_ids, most=len(partner_ids))
        bodies.append(
            GoverningBody(
                id=key,
                name=digits.name(),
                kind=digits.member(BodyKind),
                members=members,
                chair=digits.maybe(members),
                meetings=digits.optional(digits.recurrence),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(bodies)


def complete_roles(
    draw: st.DrawFn, partner_ids: tuple[str, ...], coordinators: tuple[str, ...]
) -> tuple[Role, ...]:
    """The coordinator's role, held by one of ``coordinators``, and up to two others."""
    keyed = keyed_readers(draw, 13, 1, 3)
    roles = []
    for at, (key, digits) in enumerate(keyed):
        kind = RoleKind.COORDINATOR if at == 0 else digits.pick(OTHER_ROLE_KINDS)
        holders = (digits.pick(coordinators),) if at == 0 else digits.choose(partner_ids)
        roles.append(
            Role(
                id=key,
                kind=kind,
                title=digits.optional_name(),
                holders=holders,
                responsibilities=(digits.name(), *digits.texts(1)),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(roles)
