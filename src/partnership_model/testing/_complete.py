"""Complete conventions and dossiers: drawn so that validation finds nothing at all.

Private to :mod:`partnership_model.testing.strategies`. The convention is drawn in the
methodology's order, each part from the ones before it: the partners, the form (who
carries, who owns), then DEFINE, CLARIFY, PLAN and EVALUATE, every reference pointing
at something already drawn, every date inside the period, every need covered by a
contribution whose amount includes it. What the profile's rules ask beyond the seed
(the consortium's clauses, mediation, dated signatures) is added when its rules are in
the profile. With ``today``, the period starts on or after it, so nothing is overdue.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model._rules.consortium import REQUIRED_CLAUSES
from partnership_model.communication import (
    Audience,
    Channel,
    CommunicationAction,
    CommunicationPlan,
)
from partnership_model.convention import Clause, ClauseKind, Convention, Form, Signature
from partnership_model.decisions import (
    Ballot,
    Choice,
    DecideNote,
    DecideStep,
    DecisionRecord,
    Outcome,
)
from partnership_model.dossier import Dossier
from partnership_model.evaluation import (
    EvaluationMoment,
    EvaluationPlan,
    EvaluationReport,
    Measurement,
)
from partnership_model.funds import BudgetLine, FundManagement, ReportingDuty
from partnership_model.goals import (
    Direction,
    Indicator,
    Need,
    NeedCategory,
    Objective,
    TargetPublic,
)
from partnership_model.governance import (
    BodyKind,
    ConflictProcedure,
    DecisionMode,
    DecisionRule,
    EscalationAction,
    EscalationStep,
    GoverningBody,
    InstitutionalLink,
    Involvement,
    Topic,
    VoteBase,
)
from partnership_model.history import Amendment
from partnership_model.money import Money, Quantity
from partnership_model.network import Directory, Offer, Structure
from partnership_model.partners import (
    Contribution,
    ContributionKind,
    InstitutionKind,
    Partner,
    PartnerKind,
)
from partnership_model.planning import Period, Step, StepKind, Timeline
from partnership_model.roles import Assignment, Raci, Role, RoleKind, Task
from partnership_model.testing import _values as v
from partnership_model.validation import CATALOGUE, Profile, get_profile

__all__ = [
    "LANGUAGES",
    "MEDIATION_CLAUSE",
    "complete_convention",
    "complete_dossier",
    "profile_codes",
]

LANGUAGES = ("fr", "en", "nl", "fr-BE", "nl-BE")
"""The languages complete conventions are written in."""

MEDIATION_CLAUSE = (
    "En cas de différend, les partenaires recourent à une médiation avant toute action en "
    "justice. In case of dispute, the partners turn to mediation before going to court. "
    "Bij een geschil doen de partners een beroep op bemiddeling."
)
"""A dispute resolution clause naming mediation in French, English and Dutch."""

NO_EXTENSIONS: dict[str, object] = {}
"""Inside a complete convention only the convention and its dossier carry extensions:
drawing them on every object would slow the drawing down for nothing the standalone
strategies do not already cover."""

DECIDE_STEPS: tuple[DecideStep, ...] = tuple(DecideStep)

FIRST_DAY = dt.date(1990, 1, 1)
LAST_TODAY = dt.date(2150, 12, 31)
"""The latest ``today`` a complete convention is drawn after: its period, starting within
a year of it and lasting at most some four years, stays far from the last day Python has."""


def profile_codes(function: str, profile: object) -> frozenset[str]:
    """The rule codes of ``profile`` (a built-in profile's name or a :class:`Profile`),
    refusing a profile whose rules are not all built in: the strategies know how to
    satisfy and break the built-in rules only."""
    if isinstance(profile, str):
        try:
            profile = get_profile(profile)
        except Exception as unknown:
            raise InvalidArgument(f"{function}(profile={profile!r}): {unknown}") from None
    if not isinstance(profile, Profile):
        raise InvalidArgument(f"{function}(profile={profile!r}): expected a profile or its name")
    foreign = sorted(r.code for r in profile.rules if CATALOGUE.get(r.code) is not r)
    if foreign:
        raise InvalidArgument(
            f"{function}(profile={profile.name!r}): rules {', '.join(foreign)} are not built in, "
            "so no strategy knows what satisfies or breaks them"
        )
    return frozenset(r.code for r in profile.rules)


def _objectives(
    draw: st.DrawFn, period: Period, start: dt.date, end: dt.date
) -> tuple[Objective, ...]:
    counts = draw(st.lists(st.integers(1, 3), min_size=1, max_size=3))
    keys = v.distinct_ids(draw, len(counts))
    indicator_keys = iter(v.distinct_ids(draw, sum(counts)))
    objectives = []
    for key, count in zip(keys, counts, strict=True):
        indicators = []
        for _ in range(count):
            baseline = draw(v.small_amounts)
            direction = draw(st.sampled_from(Direction))
            change = draw(v.small_amounts)
            target = {
                Direction.INCREASE: baseline + change,
                Direction.DECREASE: baseline - change,
                Direction.MAINTAIN: baseline,
            }[direction]
            indicators.append(
                Indicator(
                    id=next(indicator_keys),
                    name=draw(v.names),
                    unit=draw(v.units),
                    baseline=baseline,
                    target=target,
                    direction=direction,
                    means_of_verification=draw(v.names),
                    due=v.day_within(draw, start, end),
                    extensions=NO_EXTENSIONS,
                )
            )
        objectives.append(
            Objective(
                id=key,
                title=draw(v.names),
                description=draw(v.free_texts),
                indicators=tuple(indicators),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(objectives)


def _needs(draw: st.DrawFn, currency: str) -> tuple[Need, ...]:
    needs = []
    for key in v.distinct_ids(draw, draw(st.integers(1, 4))):
        category = draw(st.sampled_from(NeedCategory))
        in_money = category is NeedCategory.FINANCIAL or draw(st.booleans())
        needs.append(
            Need(
                id=key,
                category=category,
                description=draw(v.free_texts),
                amount=Money(amount=draw(v.small_amounts), currency=currency)
                if in_money
                else None,
                quantity=None
                if in_money
                else Quantity(value=draw(v.small_amounts), unit=draw(v.units)),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(needs)


def _tasks(
    draw: st.DrawFn, partner_ids: tuple[str, ...], objective_ids: tuple[str, ...]
) -> tuple[Task, ...]:
    tasks = []
    for key in v.distinct_ids(draw, draw(st.integers(1, 4))):
        accountable = v.pick(draw, partner_ids)
        responsible = v.choose(draw, partner_ids)
        others = v.choose(draw, partner_ids, least=0)
        tasks.append(
            Task(
                id=key,
                title=draw(v.names),
                description=draw(v.free_texts),
                assignments=(
                    Assignment(partner=accountable, raci=Raci.ACCOUNTABLE),
                    *(Assignment(partner=p, raci=Raci.RESPONSIBLE) for p in responsible),
                    *(
                        Assignment(
                            partner=p, raci=draw(st.sampled_from((Raci.CONSULTED, Raci.INFORMED)))
                        )
                        for p in others
                    ),
                ),
                objectives=v.choose(draw, objective_ids, least=0),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(tasks)


def _contributions(
    draw: st.DrawFn,
    partner_ids: tuple[str, ...],
    needs: tuple[Need, ...],
    task_ids: tuple[str, ...],
    currency: str,
) -> tuple[Contribution, ...]:
    """One contribution from every partner; each need covered by one of them, whose
    amount includes the need's, so no currency's needs exceed what is offered."""
    covering = {need.id: v.pick(draw, partner_ids) for need in needs}
    keys = v.distinct_ids(draw, len(partner_ids))
    contributions = []
    for key, partner in zip(keys, partner_ids, strict=True):
        covers = tuple(need.id for need in needs if covering[need.id] == partner)
        owed = sum(
            (need.amount.amount for need in needs if need.id in covers and need.amount),
            Decimal(0),
        )
        in_money = bool(owed) or draw(st.booleans())
        contributions.append(
            Contribution(
                id=key,
                partner=partner,
                kind=ContributionKind.FINANCIAL
                if in_money
                else draw(st.sampled_from(ContributionKind)),
                description=draw(v.free_texts),
                amount=Money(amount=owed + draw(v.small_amounts), currency=currency)
                if in_money
                else None,
                quantity=draw(v.optional(v.small_quantities)),
                covers=covers,
                serves=v.choose(draw, task_ids, least=0),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(contributions)


def _decision_rules(
    draw: st.DrawFn, partner_ids: tuple[str, ...], bodies: tuple[GoverningBody, ...]
) -> tuple[DecisionRule, ...]:
    members = {body.id: len(set(body.members)) for body in bodies}
    rules = []
    for key in v.distinct_ids(draw, draw(st.integers(1, 3))):
        mode = draw(st.sampled_from(DecisionMode))
        body = v.maybe(draw, tuple(members))
        voters = v.choose(draw, partner_ids, least=0, most=len(partner_ids))
        count = len(voters) or (members[body] if body is not None else None)
        threshold = draw(v.positive_shares) if mode is DecisionMode.MAJORITY else None
        threshold = threshold or draw(v.optional(v.positive_shares))
        strict = draw(st.booleans()) and threshold is not None and threshold < 1
        rules.append(
            DecisionRule(
                id=key,
                mode=mode,
                body=body,
                voters=voters,
                delegate=v.pick(draw, partner_ids)
                if mode is DecisionMode.DELEGATED
                else v.maybe(draw, partner_ids),
                quorum=draw(v.optional(v.positive_shares)),
                minimum_present=draw(v.optional(st.integers(0, 5 if count is None else count))),
                threshold=threshold,
                strict=strict,
                threshold_base=draw(st.sampled_from(VoteBase)),
                scope=tuple(draw(st.lists(st.sampled_from(Topic), max_size=3, unique=True))),
                description=draw(v.optional(v.free_texts)),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(rules)


def _escalation(draw: st.DrawFn, with_mediation: bool) -> ConflictProcedure:
    def step(action: EscalationAction) -> EscalationStep:
        return EscalationStep(
            action=action,
            description=draw(v.free_texts),
            handled_by=draw(v.optional(v.names)),
            time_limit_days=draw(v.optional(st.integers(1, 90))),
        )

    others = [a for a in EscalationAction if a is not EscalationAction.MEDIATION]
    actions: list[EscalationAction] = [draw(st.sampled_from(others))]
    actions += draw(st.lists(st.sampled_from(EscalationAction), max_size=2))
    if with_mediation and EscalationAction.MEDIATION not in actions:
        actions.append(EscalationAction.MEDIATION)
    return ConflictProcedure(steps=tuple(step(action) for action in actions))


def _links(draw: st.DrawFn, partners: tuple[Partner, ...]) -> tuple[InstitutionalLink, ...]:
    """A link for every institution a partner answers to, and perhaps one more."""
    wanted: list[tuple[str | None, str, InstitutionKind]] = [
        (p.id, a.name, a.kind) for p in partners for a in p.answers_to
    ]
    if draw(st.booleans()):
        wanted.append((None, draw(v.names), draw(st.sampled_from(InstitutionKind))))
    keys = v.distinct_ids(draw, len(wanted))
    return tuple(
        InstitutionalLink(
            id=key,
            partner=partner,
            institution=name,
            kind=kind,
            involvement=draw(st.sampled_from(Involvement)),
            topics=tuple(draw(st.lists(st.sampled_from(Topic), max_size=2, unique=True))),
            contact=draw(v.optional(v.free_texts)),
            extensions=NO_EXTENSIONS,
        )
        for key, (partner, name, kind) in zip(keys, wanted, strict=True)
    )


def _timeline(
    draw: st.DrawFn, partner_ids: tuple[str, ...], start: dt.date, end: dt.date
) -> Timeline:
    """Dated steps in order of their start; a step depends only on steps that end before
    it starts; at least one administrative step."""
    count = draw(st.integers(1, 6))
    spans = sorted(v.within(draw, start, end) for _ in range(count))
    kinds = [draw(st.sampled_from(StepKind)) for _ in range(count)]
    if not any(kind.is_administrative for kind in kinds):
        kinds[0] = draw(st.sampled_from([k for k in StepKind if k.is_administrative]))
    keys = v.distinct_ids(draw, count)
    steps: list[Step] = []
    for key, kind, (first, last) in zip(keys, kinds, spans, strict=True):
        earlier = tuple(
            s.id for s in steps if s.planned.end is not None and s.planned.end <= first
        )
        steps.append(
            Step(
                id=key,
                title=draw(v.names),
                kind=kind,
                description=draw(v.free_texts),
                planned=Period(start=first, end=last),
                owner=v.maybe(draw, partner_ids),
                depends_on=v.choose(draw, earlier, least=0),
                recurrence=draw(v.optional(v.RECURRENCES[None])),
                extensions=NO_EXTENSIONS,
            )
        )
    return Timeline(steps=tuple(steps))


def _evaluation(
    draw: st.DrawFn,
    indicator_ids: tuple[str, ...],
    partner_ids: tuple[str, ...],
    start: dt.date,
    end: dt.date,
) -> EvaluationPlan:
    """Dated moments within the period; every indicator looked at by one of them."""
    keys = v.distinct_ids(draw, draw(st.integers(1, 3)))
    looked_at: dict[str, list[str]] = {key: [] for key in keys}
    for indicator in indicator_ids:
        looked_at[v.pick(draw, keys)].append(indicator)
    return EvaluationPlan(
        moments=tuple(
            EvaluationMoment(
                id=key,
                title=draw(v.names),
                date=v.day_within(draw, start, end),
                indicators=tuple(looked_at[key]),
                participants=v.choose(draw, partner_ids, least=0),
                method=draw(v.optional(v.free_texts)),
                extensions=NO_EXTENSIONS,
            )
            for key in keys
        )
    )


def _communication(draw: st.DrawFn, partner_ids: tuple[str, ...]) -> CommunicationPlan:
    audiences = [*Audience, *draw(st.lists(st.sampled_from(Audience), max_size=2))]
    keys = v.distinct_ids(draw, len(audiences))
    return CommunicationPlan(
        actions=tuple(
            CommunicationAction(
                id=key,
                audience=audience,
                description=draw(v.free_texts),
                channel=draw(st.sampled_from(Channel)),
                frequency=draw(v.optional(v.RECURRENCES[True])),
                owner=v.maybe(draw, partner_ids),
                extensions=NO_EXTENSIONS,
            )
            for key, audience in zip(keys, audiences, strict=True)
        )
    )


def _funds(
    draw: st.DrawFn,
    *,
    partner_ids: tuple[str, ...],
    step_ids: tuple[str, ...],
    currency: str,
    start: dt.date,
    end: dt.date,
) -> FundManagement:
    budget_keys = v.distinct_ids(draw, draw(st.integers(1, 3)))
    duty_keys = v.distinct_ids(draw, draw(st.integers(0, 2)))
    return FundManagement(
        holder=v.pick(draw, partner_ids),
        description=draw(v.names),
        budget=tuple(
            BudgetLine(
                id=key,
                label=draw(v.names),
                amount=Money(amount=draw(v.small_amounts), currency=currency),
                category=draw(v.optional(st.sampled_from(NeedCategory))),
                source=draw(v.optional(v.free_texts)),
                extensions=NO_EXTENSIONS,
            )
            for key in budget_keys
        ),
        reporting=tuple(
            ReportingDuty(
                id=key,
                recipient=draw(v.names),
                description=draw(v.free_texts),
                due=v.day_within(draw, start, end),
                step=v.maybe(draw, step_ids),
                extensions=NO_EXTENSIONS,
            )
            for key in duty_keys
        ),
    )


def _clauses(draw: st.DrawFn, codes: frozenset[str]) -> tuple[Clause, ...]:
    kinds = [ClauseKind.AMENDMENT_PROCEDURE]
    if "consortium.clause.missing" in codes or "consortium.dispute.no-mediation" in codes:
        kinds += REQUIRED_CLAUSES
    kinds += draw(st.lists(st.sampled_from(ClauseKind), max_size=2))
    return tuple(
        Clause(
            kind=kind,
            text=MEDIATION_CLAUSE if kind is ClauseKind.DISPUTE_RESOLUTION else draw(v.free_texts),
            title=draw(v.optional(v.names)),
        )
        for kind in kinds
    )


def complete_convention(
    draw: st.DrawFn,
    *,
    partners: tuple[Partner, ...],
    codes: frozenset[str],
    form: Form | None,
    today: dt.date | None,
) -> Convention:
    """A convention on which the rules ``codes`` find nothing, validated on ``today``."""
    if len(partners) < 2:
        raise InvalidArgument(
            f"conventions(complete=True): drew {len(partners)} partner(s), and a complete "
            "convention has at least two: pass partners=partners(min_size=2) or more"
        )
    partner_ids = tuple(p.id for p in partners)
    earliest = FIRST_DAY if today is None else today
    start = earliest + dt.timedelta(days=draw(st.integers(0, 365 if today else 50_000)))
    end = start + dt.timedelta(days=draw(st.integers(60, 1500)))
    period = Period(start=start, end=end)
    form = draw(st.sampled_from(Form)) if form is None else form
    if form is Form.PARTNERSHIP:
        carriers = v.choose(draw, partner_ids, least=2, most=len(partner_ids))
        owner = carriers[0] if "form.collaboration.no-owner" in codes else None
        coordinators = carriers
    else:
        owner = v.pick(draw, partner_ids)
        carriers = draw(st.sampled_from(((), (owner,))))
        coordinators = partner_ids
    currency = draw(v.currencies)
    objectives = _objectives(draw, period, start, end)
    objective_ids = tuple(o.id for o in objectives)
    indicator_ids = tuple(i.id for o in objectives for i in o.indicators)
    needs = _needs(draw, currency)
    tasks = _tasks(draw, partner_ids, objective_ids)
    bodies = tuple(
        GoverningBody(
            id=key,
            name=draw(v.names),
            kind=draw(st.sampled_from(BodyKind)),
            members=(members := v.choose(draw, partner_ids, most=len(partner_ids))),
            chair=v.maybe(draw, members),
            meetings=draw(v.optional(v.RECURRENCES[None])),
            extensions=NO_EXTENSIONS,
        )
        for key in v.distinct_ids(draw, draw(st.integers(0, 2)))
    )
    other_kinds = [kind for kind in RoleKind if kind is not RoleKind.COORDINATOR]
    role_keys = v.distinct_ids(draw, 1 + draw(st.integers(0, 2)))
    roles = (
        Role(
            id=role_keys[0],
            kind=RoleKind.COORDINATOR,
            title=draw(v.optional(v.names)),
            holders=(v.pick(draw, coordinators),),
            responsibilities=tuple(draw(st.lists(v.free_texts, max_size=2))),
            extensions=NO_EXTENSIONS,
        ),
        *(
            Role(
                id=key,
                kind=draw(st.sampled_from(other_kinds)),
                title=draw(v.optional(v.names)),
                holders=v.choose(draw, partner_ids),
                responsibilities=tuple(draw(st.lists(v.free_texts, max_size=2))),
                extensions=NO_EXTENSIONS,
            )
            for key in role_keys[1:]
        ),
    )
    timeline = _timeline(draw, partner_ids, start, end)
    dated_signatures = "consortium.signatures.incomplete" in codes or draw(st.booleans())
    return Convention(
        name=draw(v.names),
        language=draw(st.sampled_from(LANGUAGES)),
        form=form,
        purpose=draw(v.free_texts),
        partners=partners,
        carriers=carriers,
        owner=owner,
        period=period,
        objectives=objectives,
        needs=needs,
        target_publics=tuple(
            TargetPublic(
                id=key,
                description=draw(v.names),
                size=draw(v.optional(v.whole_numbers)),
                characteristics=tuple(draw(st.lists(v.free_texts, max_size=2))),
                area=draw(v.optional(v.free_texts)),
                extensions=NO_EXTENSIONS,
            )
            for key in v.distinct_ids(draw, draw(st.integers(1, 2)))
        ),
        roles=roles,
        tasks=tasks,
        contributions=_contributions(
            draw, partner_ids, needs, tuple(t.id for t in tasks), currency
        ),
        governing_bodies=bodies,
        decision_rules=_decision_rules(draw, partner_ids, bodies),
        conflict_procedure=_escalation(draw, "consortium.dispute.no-mediation" in codes),
        institutional_links=_links(draw, partners),
        timeline=timeline,
        evaluation=_evaluation(draw, indicator_ids, partner_ids, start, end),
        communication=_communication(draw, partner_ids),
        funds=_funds(
            draw,
            partner_ids=partner_ids,
            step_ids=tuple(s.id for s in timeline.steps),
            currency=currency,
            start=start,
            end=end,
        ),
        clauses=_clauses(draw, codes),
        signatures=tuple(
            Signature(
                partner=partner,
                signatory=draw(v.names),
                function=draw(v.optional(v.free_texts)),
                place=draw(v.optional(v.free_texts)),
                date=start if dated_signatures else None,
            )
            for partner in partner_ids
        ),
        extensions=draw(v.extensions),
    )


def complete_dossier(draw: st.DrawFn, convention: Convention, today: dt.date | None) -> Dossier:
    """``convention`` with minutes of its decisions, amendments each adopted by one of
    them and in order, measurements, evaluation reports and a directory of structures."""
    start, end = convention.period.start, convention.period.end
    assert start is not None  # a complete convention's period  # noqa: S101
    assert end is not None  # noqa: S101
    partner_ids = tuple(p.id for p in convention.partners)
    body_ids = tuple(b.id for b in convention.governing_bodies)
    rule_ids = tuple(r.id for r in convention.decision_rules)
    minutes = tuple(
        DecisionRecord(
            id=key,
            date=v.day_within(draw, start, end),
            title=draw(v.names),
            decision=draw(v.free_texts),
            topic=draw(v.optional(st.sampled_from(Topic))),
            body=v.maybe(draw, body_ids),
            rule=v.maybe(draw, rule_ids),
            present=v.choose(draw, partner_ids, least=0, most=len(partner_ids)),
            ballots=tuple(
                Ballot(partner=p, choice=draw(st.sampled_from(Choice)))
                for p in v.choose(draw, partner_ids, least=0, most=len(partner_ids))
            ),
            outcome=draw(v.optional(st.sampled_from(Outcome))),
            decide=tuple(
                DecideNote(step=DecideStep(decide_step), text=draw(v.free_texts))
                for decide_step in v.choose(draw, DECIDE_STEPS, least=0, most=3)
            ),
            extensions=NO_EXTENSIONS,
        )
        for key in v.distinct_ids(draw, draw(st.integers(1, 3)))
    )
    minute_ids = tuple(m.id for m in minutes)
    effective = sorted(v.day_within(draw, start, end) for _ in range(draw(st.integers(0, 2))))
    indicator_ids = tuple(i.id for o in convention.objectives for i in o.indicators)
    moment_ids = tuple(m.id for m in convention.evaluation.moments)
    return Dossier(
        convention=convention,
        amendments=tuple(
            Amendment(
                id=key,
                effective_from=day,
                rationale=draw(v.names),
                summary=draw(v.free_texts),
                adopted_on=day,
                decision=v.pick(draw, minute_ids),
                replaces=convention,
                extensions=NO_EXTENSIONS,
            )
            for key, day in zip(v.distinct_ids(draw, len(effective)), effective, strict=True)
        ),
        minutes=minutes,
        measurements=tuple(
            Measurement(
                id=key,
                indicator=v.pick(draw, indicator_ids),
                date=v.day_within(draw, start, end),
                value=draw(v.decimals),
                source=draw(v.optional(v.free_texts)),
                note=draw(v.optional(v.free_texts)),
                extensions=NO_EXTENSIONS,
            )
            for key in v.distinct_ids(draw, draw(st.integers(0, 3)))
        ),
        evaluation_reports=tuple(
            EvaluationReport(
                id=key,
                date=v.day_within(draw, start, end),
                moment=v.maybe(draw, moment_ids),
                summary=draw(v.free_texts),
                readjustments=tuple(draw(st.lists(v.free_texts, max_size=2))),
                extensions=NO_EXTENSIONS,
            )
            for key in v.distinct_ids(draw, draw(st.integers(0, 2)))
        ),
        directory=Directory(
            structures=tuple(
                Structure(
                    id=key,
                    name=draw(v.names),
                    kind=draw(st.sampled_from(PartnerKind)),
                    description=draw(v.free_texts),
                    area=draw(v.optional(v.free_texts)),
                    contact=draw(v.optional(v.free_texts)),
                    offers=tuple(
                        Offer(
                            category=draw(st.sampled_from(NeedCategory)),
                            description=draw(v.free_texts),
                            capacity=draw(v.optional(v.small_quantities)),
                        )
                        for _ in range(draw(st.integers(0, 2)))
                    ),
                    extensions=NO_EXTENSIONS,
                )
                for key in v.distinct_ids(draw, draw(st.integers(1, 3)))
            )
        ),
        extensions=draw(v.extensions),
    )
