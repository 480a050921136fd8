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

from partnership_model.amendments import Amendment
from partnership_model.communication import (
    Audience,
    Channel,
    CommunicationAction,
    CommunicationPlan,
)
from partnership_model.conflicts import ConflictProcedure, EscalationAction, EscalationStep
from partnership_model.convention import (
    CONSORTIUM_CLAUSES,
    Clause,
    ClauseKind,
    Convention,
    Form,
    Signature,
)
from partnership_model.decision_making import (
    BodyKind,
    DecisionMode,
    DecisionRule,
    GoverningBody,
    Topic,
    VoteBase,
)
from partnership_model.dossier import Dossier
from partnership_model.evaluation import (
    EvaluationMoment,
    EvaluationPlan,
    EvaluationReport,
    Measurement,
)
from partnership_model.funds import BudgetLine, FundManagement, ReportingDuty
from partnership_model.institutions import InstitutionalLink, InstitutionKind, Involvement
from partnership_model.minutes import (
    Ballot,
    Choice,
    DecideNote,
    DecideStep,
    DecisionRecord,
    Outcome,
)
from partnership_model.money import Money, Quantity
from partnership_model.needs import Need, NeedCategory
from partnership_model.network import Directory, Offer, Structure
from partnership_model.objectives import Direction, Indicator, Objective
from partnership_model.partners import Contribution, ContributionKind, Partner, PartnerKind
from partnership_model.planning import Period, Step, StepKind, Timeline
from partnership_model.publics import TargetPublic
from partnership_model.roles import Assignment, Raci, Role, RoleKind, Task
from partnership_model.testing._digits import Digits, distinct, members, readers
from partnership_model.text import same_name
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


ADDRESSED_KINDS = frozenset(
    {StepKind.AUTHORISATION_REQUEST, StepKind.SUBSIDY_APPLICATION, StepKind.SUBSIDY_REPORT}
)
"""The steps addressed to an institution, which may name it as their authority."""
PLAN_INSTITUTIONS = (InstitutionKind.PUBLIC_AUTHORITY, InstitutionKind.INSTITUTION)
"""What an institution the plan names (a funder, an authority) is."""
OTHER_ROLE_KINDS = tuple(kind for kind in RoleKind if kind is not RoleKind.COORDINATOR)
NOT_MEDIATION: tuple[EscalationAction, ...] = tuple(
    a for a in EscalationAction if a is not EscalationAction.MEDIATION
)
SOMETIMES_CARRIERS = ((), None)
"""A collaboration's carriers: nobody, or its owner (None stands for the owner)."""


def _keyed(draw: st.DrawFn, width: int, least: int, most: int) -> list[tuple[str, Digits]]:
    """Items with distinct ids, each with the reader of the rest of its decisions."""
    drawn = readers(draw, width, least, most)
    keys = distinct([reader.identifier() for reader in drawn])
    return list(zip(keys, drawn, strict=True))


def _indicator(digits: Digits, key: str, start: dt.date, end: dt.date) -> Indicator:
    baseline = digits.small_amount()
    direction = digits.member(Direction)
    change = digits.small_amount()
    target = {
        Direction.INCREASE: baseline + change,
        Direction.DECREASE: baseline - change,
        Direction.MAINTAIN: baseline,
    }[direction]
    return Indicator(
        id=key,
        name=digits.name(),
        unit=digits.unit(),
        baseline=baseline,
        target=target,
        direction=direction,
        means_of_verification=digits.name(),
        due=digits.day(start, end),
        extensions=NO_EXTENSIONS,
    )


def _objectives(draw: st.DrawFn, start: dt.date, end: dt.date) -> tuple[Objective, ...]:
    """One to three objectives of one to three indicators each, read from one block:
    the objective's own decisions first, then the indicators in the order they go."""
    keyed = _keyed(draw, 63, 1, 3)
    title_and_description = [(digits.name(), digits.free_text()) for _, digits in keyed]
    counts = [digits.between(1, 3) for _, digits in keyed]
    indicator_keys = iter(distinct([digits.identifier() for _, digits in keyed for _ in range(3)]))
    objectives = []
    for (key, digits), (title, description), count in zip(
        keyed, title_and_description, counts, strict=True
    ):
        slots = [_indicator(digits, next(indicator_keys), start, end) for _ in range(3)]
        objectives.append(
            Objective(
                id=key,
                title=title,
                description=description,
                indicators=tuple(slots[:count]),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(objectives)


def _needs(draw: st.DrawFn, currency: str) -> tuple[Need, ...]:
    needs = []
    for key, digits in _keyed(draw, 11, 1, 4):
        category = digits.member(NeedCategory)
        in_money = category is NeedCategory.FINANCIAL or digits.flag()
        value = digits.small_amount()
        needs.append(
            Need(
                id=key,
                category=category,
                description=digits.name(),
                amount=Money(amount=value, currency=currency) if in_money else None,
                quantity=None if in_money else Quantity(value=value, unit=digits.unit()),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(needs)


def _tasks(
    draw: st.DrawFn, partner_ids: tuple[str, ...], objective_ids: tuple[str, ...]
) -> tuple[Task, ...]:
    tasks = []
    for key, digits in _keyed(draw, 17, 1, 4):
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


def _contributions(
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
    keyed = _keyed(draw, 20, len(partner_ids), len(partner_ids))
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


def _decision_rules(
    draw: st.DrawFn, partner_ids: tuple[str, ...], bodies: tuple[GoverningBody, ...]
) -> tuple[DecisionRule, ...]:
    sizes = {body.id: len(set(body.members)) for body in bodies}
    body_ids = tuple(sizes)
    rules = []
    for key, digits in _keyed(draw, 25 + len(partner_ids), 1, 3):
        mode = digits.member(DecisionMode)
        body = digits.maybe(body_ids)
        voters = digits.choose(partner_ids, least=0, most=len(partner_ids))
        count = len(voters) or (sizes[body] if body is not None else None)
        wanted = digits.optional(digits.share)
        threshold = digits.share() if mode is DecisionMode.MAJORITY else wanted
        strict = digits.flag() and threshold is not None and threshold < 1
        chosen = digits.pick(partner_ids)
        rules.append(
            DecisionRule(
                id=key,
                mode=mode,
                body=body,
                voters=voters,
                delegate=chosen if mode is DecisionMode.DELEGATED else digits.maybe(partner_ids),
                quorum=digits.optional(digits.share),
                minimum_present=digits.optional(digits.between, 0, 5 if count is None else count),
                threshold=threshold,
                strict=strict,
                threshold_base=digits.member(VoteBase),
                scope=digits.choose(members(Topic), least=0, most=3),
                description=digits.optional_text(),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(rules)


def _escalation(draw: st.DrawFn, with_mediation: bool) -> ConflictProcedure:
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


def _links(
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
    keyed = _keyed(draw, 8, len(wanted), len(wanted))
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


def _named(timeline: Timeline, funds: FundManagement) -> tuple[str, ...]:
    """The institutions the plan names, which the convention must link."""
    plan = Convention(name="plan", timeline=timeline, funds=funds)
    return tuple(name for _, name in plan.institutions_named())


def _timeline(
    draw: st.DrawFn, partner_ids: tuple[str, ...], start: dt.date, end: dt.date
) -> Timeline:
    """Dated steps in order of their start; a step depends only on steps that end before
    it starts; at least one project step and one evaluation step (the evaluation is on
    the timeline); a step that needs an authorisation waits for a request of one."""
    keyed = _keyed(draw, 20, 2, 6)
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
    return Timeline(steps=tuple(steps))


def _evaluation(
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
    keyed = _keyed(draw, 12, 1, 3)
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


def _communication(draw: st.DrawFn, partner_ids: tuple[str, ...]) -> CommunicationPlan:
    """An action towards every audience, and up to two more."""
    audiences = members(Audience)
    keyed = _keyed(draw, 8, len(audiences), len(audiences) + 2)
    return CommunicationPlan(
        actions=tuple(
            CommunicationAction(
                id=key,
                audience=audiences[at] if at < len(audiences) else digits.member(Audience),
                description=digits.name(),
                channel=digits.member(Channel),
                frequency=digits.optional(digits.recurrence, bounded=True),
                owner=digits.maybe(partner_ids),
                extensions=NO_EXTENSIONS,
            )
            for at, (key, digits) in enumerate(keyed)
        )
    )


def _funds(
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
            for key, digits in _keyed(draw, 13, 1, 3)
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
            for key, digits in _keyed(draw, 8, 0, 2)
        ),
    )


def _clauses(draw: st.DrawFn, codes: frozenset[str]) -> tuple[Clause, ...]:
    """The amendment procedure, the consortium's clauses when its rules ask for them, and
    up to two more of any kind."""
    kinds = [ClauseKind.AMENDMENT_PROCEDURE]
    if "consortium.clause.missing" in codes or "consortium.dispute.no-mediation" in codes:
        kinds += CONSORTIUM_CLAUSES
    fixed = readers(draw, 5, len(kinds), len(kinds))
    more = readers(draw, 6, 0, 2)
    kinds += [digits.member(ClauseKind) for digits in more]
    texts = [digits.name() for digits in fixed] + [digits.free_text() for digits in more]
    return tuple(
        Clause(
            kind=kind,
            text=MEDIATION_CLAUSE if kind is ClauseKind.DISPUTE_RESOLUTION else text,
            title=digits.optional_name(),
        )
        for kind, text, digits in zip(kinds, texts, fixed + more, strict=True)
    )


def _bodies(draw: st.DrawFn, partner_ids: tuple[str, ...]) -> tuple[GoverningBody, ...]:
    bodies = []
    for key, digits in _keyed(draw, 8 + len(partner_ids), 0, 2):
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


def _roles(
    draw: st.DrawFn, partner_ids: tuple[str, ...], coordinators: tuple[str, ...]
) -> tuple[Role, ...]:
    """The coordinator's role, held by one of ``coordinators``, and up to two others."""
    keyed = _keyed(draw, 13, 1, 3)
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


def _target_publics(draw: st.DrawFn) -> tuple[TargetPublic, ...]:
    return tuple(
        TargetPublic(
            id=key,
            description=digits.name(),
            size=digits.optional(digits.whole_number),
            characteristics=digits.texts(),
            area=digits.optional_text(),
            extensions=NO_EXTENSIONS,
        )
        for key, digits in _keyed(draw, 16, 1, 2)
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
    header = Digits(draw, width=17 + len(partner_ids))
    earliest = FIRST_DAY if today is None else today
    start = earliest + dt.timedelta(days=header.below(366 if today else 50_001))
    end = start + dt.timedelta(days=header.between(60, 1500))
    form = header.member(Form) if form is None else form
    owner_chosen = header.pick(partner_ids)
    carriers_chosen = header.choose(partner_ids, least=2, most=len(partner_ids))
    own_carriers = header.pick(SOMETIMES_CARRIERS)
    if form is Form.PARTNERSHIP:
        carriers = carriers_chosen
        owner = carriers[0] if "form.collaboration.no-owner" in codes else None
    else:
        owner = owner_chosen
        carriers = (owner,) if own_carriers is None else ()
    # An owner leads its project: it holds the coordinator's role.
    coordinators = carriers if owner is None else (owner,)
    currency = header.currency()
    name, language, purpose = header.name(), header.pick(LANGUAGES), header.free_text()
    dated_signatures = "consortium.signatures.incomplete" in codes or header.flag()
    objectives = _objectives(draw, start, end)
    objective_ids = tuple(o.id for o in objectives)
    indicator_ids = tuple(i.id for o in objectives for i in o.indicators)
    needs = _needs(draw, currency)
    tasks = _tasks(draw, partner_ids, objective_ids)
    bodies = _bodies(draw, partner_ids)
    timeline = _timeline(draw, partner_ids, start, end)
    funds = _funds(
        draw,
        partner_ids=partner_ids,
        timeline=timeline,
        currency=currency,
        start=start,
        end=end,
    )
    signing = readers(draw, 8, len(partner_ids), len(partner_ids))
    return Convention(
        name=name,
        language=language,
        form=form,
        purpose=purpose,
        partners=partners,
        carriers=carriers,
        owner=owner,
        period=Period(start=start, end=end),
        objectives=objectives,
        needs=needs,
        target_publics=_target_publics(draw),
        roles=_roles(draw, partner_ids, coordinators),
        tasks=tasks,
        contributions=_contributions(
            draw, partner_ids, needs, tuple(t.id for t in tasks), currency
        ),
        governing_bodies=bodies,
        decision_rules=_decision_rules(draw, partner_ids, bodies),
        conflict_procedure=_escalation(draw, "consortium.dispute.no-mediation" in codes),
        institutional_links=_links(draw, partners, _named(timeline, funds)),
        timeline=timeline,
        evaluation=_evaluation(draw, indicator_ids, partner_ids, timeline),
        communication=_communication(draw, partner_ids),
        funds=funds,
        clauses=_clauses(draw, codes),
        signatures=tuple(
            Signature(
                partner=partner,
                signatory=digits.name(),
                function=digits.optional_text(),
                place=digits.optional_text(),
                date=start if dated_signatures else None,
            )
            for partner, digits in zip(partner_ids, signing, strict=True)
        ),
        extensions=header.extensions(),
    )


def _minutes(
    draw: st.DrawFn, convention: Convention, start: dt.date, end: dt.date
) -> tuple[DecisionRecord, ...]:
    partner_ids = tuple(p.id for p in convention.partners)
    body_ids = tuple(b.id for b in convention.governing_bodies)
    rule_ids = tuple(r.id for r in convention.decision_rules)
    minutes = []
    for key, digits in _keyed(draw, 23 + 3 * len(partner_ids), 1, 3):
        voters = digits.choose(partner_ids, least=0, most=len(partner_ids))
        steps = digits.choose(members(DecideStep), least=0, most=3)
        minutes.append(
            DecisionRecord(
                id=key,
                date=digits.day(start, end),
                title=digits.name(),
                decision=digits.free_text(),
                topic=digits.maybe_member(Topic),
                body=digits.maybe(body_ids),
                rule=digits.maybe(rule_ids),
                present=digits.choose(partner_ids, least=0, most=len(partner_ids)),
                ballots=tuple(
                    Ballot(partner=partner, choice=digits.member(Choice)) for partner in voters
                ),
                outcome=digits.maybe_member(Outcome),
                decide=tuple(
                    DecideNote(step=DecideStep(step), text=digits.free_text()) for step in steps
                ),
                extensions=NO_EXTENSIONS,
            )
        )
    return tuple(minutes)


def _offer(digits: Digits) -> Offer:
    return Offer(
        category=digits.member(NeedCategory),
        description=digits.free_text(),
        capacity=digits.optional(digits.small_quantity),
    )


def _structures(draw: st.DrawFn) -> tuple[Structure, ...]:
    return tuple(
        Structure(
            id=key,
            name=digits.name(),
            kind=digits.member(PartnerKind),
            description=digits.free_text(),
            area=digits.optional_text(),
            contact=digits.optional_text(),
            offers=digits.some(_offer, 2),
            extensions=NO_EXTENSIONS,
        )
        for key, digits in _keyed(draw, 33, 1, 3)
    )


def complete_dossier(draw: st.DrawFn, convention: Convention, today: dt.date | None) -> Dossier:
    """``convention`` with minutes of its decisions, amendments each adopted by one of
    them and in order, measurements, evaluation reports and a directory of structures."""
    start, end = convention.period.start, convention.period.end
    assert start is not None  # a complete convention's period  # noqa: S101
    assert end is not None  # noqa: S101
    minutes = _minutes(draw, convention, start, end)
    minute_ids = tuple(m.id for m in minutes)
    amending = _keyed(draw, 8, 0, 2)
    effective = sorted(digits.day(start, end) for _, digits in amending)
    indicator_ids = tuple(i.id for o in convention.objectives for i in o.indicators)
    moment_ids = tuple(m.id for m in convention.evaluation.moments)
    return Dossier(
        convention=convention,
        amendments=tuple(
            Amendment(
                id=key,
                effective_from=day,
                rationale=digits.name(),
                summary=digits.free_text(),
                adopted_on=day,
                decision=digits.pick(minute_ids),
                replaces=convention,
                extensions=NO_EXTENSIONS,
            )
            for (key, digits), day in zip(amending, effective, strict=True)
        ),
        minutes=minutes,
        measurements=tuple(
            Measurement(
                id=key,
                indicator=digits.pick(indicator_ids),
                date=digits.day(start, end),
                value=digits.decimal(),
                source=digits.optional_text(),
                note=digits.optional_text(),
                extensions=NO_EXTENSIONS,
            )
            for key, digits in _keyed(draw, 18, 0, 3)
        ),
        evaluation_reports=tuple(
            EvaluationReport(
                id=key,
                date=digits.day(start, end),
                moment=digits.maybe(moment_ids),
                summary=digits.free_text(),
                readjustments=digits.texts(),
                extensions=NO_EXTENSIONS,
            )
            for key, digits in _keyed(draw, 11, 0, 2)
        ),
        directory=Directory(structures=_structures(draw)),
        extensions=Digits(draw, width=1).extensions(),
    )
