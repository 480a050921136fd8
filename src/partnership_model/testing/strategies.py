"""Hypothesis strategies for partnership-model: every model type, complete conventions,
and conventions broken on purpose.

Install the extra first: ``pip install "partnership-model[hypothesis]"``.

Each strategy is named after what it draws, as the field of that name holds it:

* a type a convention holds in a collection has a strategy drawing that collection, a
  tuple whose items have distinct ids, sized by ``min_size`` and ``max_size``:
  :func:`partners`, :func:`tasks`, :func:`decision_rules`, :func:`steps`, ... so that
  ``conventions(partners=partners(min_size=3))`` and
  ``st.builds(Convention, name=st.just("x"), partners=partners())`` both read naturally;
* a type held on its own has a strategy drawing one value: :func:`money`,
  :func:`periods`, :func:`timelines`, :func:`conventions`, :func:`dossiers`, ...

One value of any type also comes from ``st.from_type(Partner)``: the strategies are
registered with Hypothesis through its entry point when the package is installed.

Everything drawn is valid by construction: references resolve (a convention draws its
partners first, then tasks that point at them), ids are distinct within their kind, and
dates are a start and a duration. ``conventions(profile=..., complete=True)`` draws
conventions on which :func:`~partnership_model.validate` finds nothing at all, and
:func:`broken_conventions` draws a convention together with the rule codes it must
trigger. Arguments are keyword-only; impossible ones raise
:class:`hypothesis.errors.InvalidArgument`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import Any, TypeVar

import attrs

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ModuleNotFoundError as missing:  # Hypothesis, or a module it needs, is not installed
    raise ImportError(
        "partnership_model.testing.strategies needs Hypothesis: "
        'pip install "partnership-model[hypothesis]"'
    ) from missing

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
from partnership_model.identifiers import LegalIdentifier
from partnership_model.money import Money, Quantity
from partnership_model.network import Directory, Offer, Structure
from partnership_model.partners import (
    Affiliation,
    Contribution,
    ContributionKind,
    InstitutionKind,
    Partner,
    PartnerKind,
    Representative,
)
from partnership_model.planning import Period, Recurrence, Step, StepKind, Timeline
from partnership_model.roles import Assignment, Raci, Role, RoleKind, Task
from partnership_model.testing import _breaks, _complete
from partnership_model.testing import _values as v
from partnership_model.validation import Profile

__all__ = [
    "affiliations",
    "amendments",
    "assignments",
    "ballots",
    "broken_conventions",
    "broken_dossiers",
    "budget_lines",
    "clauses",
    "communication_actions",
    "communication_plans",
    "conflict_procedures",
    "contributions",
    "conventions",
    "decide_notes",
    "decision_records",
    "decision_rules",
    "directories",
    "dossiers",
    "escalation_steps",
    "evaluation_moments",
    "evaluation_plans",
    "evaluation_reports",
    "fund_managements",
    "governing_bodies",
    "indicators",
    "institutional_links",
    "legal_identifiers",
    "measurements",
    "money",
    "needs",
    "objectives",
    "offers",
    "partners",
    "periods",
    "quantities",
    "recurrences",
    "reporting_duties",
    "representatives",
    "roles",
    "signatures",
    "steps",
    "strategies_by_type",
    "structures",
    "target_publics",
    "tasks",
    "timelines",
]

T = TypeVar("T")
Ids = Sequence[str] | None
"""Ids a strategy's references point at: None draws ids of its own, () refers to nothing."""


def _sequence(
    function: str,
    item: st.SearchStrategy[T],
    min_size: int,
    max_size: int | None,
) -> st.SearchStrategy[tuple[T, ...]]:
    v.check_sizes(function, min_size, max_size)
    return st.lists(item, min_size=min_size, max_size=v.sized_bound(min_size, max_size)).map(tuple)


DRAWN_LATER = "drawn-later"
"""The id an item is drawn with before :func:`_identified` gives it one of the distinct
ids it drew first: one strategy per kind of item, made once, draws every item."""


def _identified(
    function: str,
    item: st.SearchStrategy[T],
    min_size: int,
    max_size: int | None,
) -> st.SearchStrategy[tuple[T, ...]]:
    """A tuple of items with distinct ids: the ids are drawn first, then each item."""
    v.check_sizes(function, min_size, max_size)

    def draw_all(draw: st.DrawFn) -> tuple[T, ...]:
        keys = v.distinct_ids(draw, v.sized(draw, min_size, max_size))
        return tuple(_with_id(draw(item), key) for key in keys)

    return v.drawing(draw_all)


# --- values held on their own --------------------------------------------------------------------


def money(*, currencies: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Money]:
    """Exact amounts of money, every exponent Money keeps, in ISO 4217 currencies."""
    v.check_strategy("money", "currencies", currencies)
    return st.builds(
        Money, amount=v.amounts, currency=currencies if currencies is not None else v.currencies
    )


def quantities() -> st.SearchStrategy[Quantity]:
    """Exact quantities with a unit: hours, m², meals."""
    return st.builds(Quantity, value=v.amounts, unit=v.units)


def legal_identifiers() -> st.SearchStrategy[LegalIdentifier]:
    """Belgian enterprise numbers and French SIRENs with valid check digits, and others."""
    return st.one_of(
        st.builds(
            LegalIdentifier,
            scheme=st.just("BE-BCE_KBO"),
            value=st.integers(0, 19_999_999).map(v.belgian_enterprise_number),
        ),
        st.builds(
            LegalIdentifier,
            scheme=st.just("FR-RCS"),
            value=st.integers(0, 10**8 - 1).map(v.siren),
        ),
        st.builds(LegalIdentifier, scheme=st.sampled_from(["GB-COH", "NL-KVK"]), value=v.names),
    )


def recurrences(*, bounded: bool | None = None) -> st.SearchStrategy[Recurrence]:
    """RFC 5545 rules dateutil reads: ``bounded=True`` those ending by themselves (COUNT
    or UNTIL), ``False`` those that never end, None either."""
    if bounded is not None and type(bounded) is not bool:
        raise InvalidArgument(f"recurrences(bounded={bounded!r}): expected True, False or None")
    return v.RECURRENCES[bounded]


def periods(
    *,
    min_value: dt.date = v.MIN_DAY,
    max_value: dt.date = v.MAX_DAY,
    open_ended: bool = True,
) -> st.SearchStrategy[Period]:
    """Periods within ``min_value``..``max_value``: a start, then an end at or after it;
    with ``open_ended`` either end may be unknown."""
    bounds: tuple[object, object] = (min_value, max_value)
    if any(type(bound) is not dt.date for bound in bounds):
        raise InvalidArgument(
            f"periods(min_value={min_value!r}, max_value={max_value!r}): expected dates"
        )
    if max_value < min_value:
        raise InvalidArgument(
            f"periods(min_value={min_value}, max_value={max_value}): max_value is before min_value"
        )

    def draw_period(draw: st.DrawFn) -> Period:
        start, end = v.within(draw, min_value, max_value)
        if open_ended:
            return Period(
                start=draw(v.optional(st.just(start))), end=draw(v.optional(st.just(end)))
            )
        return Period(start=start, end=end)

    return v.drawing(draw_period)


# --- partners and what they bring ----------------------------------------------------------------


def representatives(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Representative, ...]]:
    """The people who speak for a partner."""
    person = st.builds(
        Representative,
        name=v.names,
        function=v.optional(v.free_texts),
        email=v.optional(v.free_texts),
        phone=v.optional(v.free_texts),
    )
    return _sequence("representatives", person, min_size, max_size)


def affiliations(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Affiliation, ...]]:
    """The institutions, authorities or hierarchies a partner answers to."""
    one = st.builds(Affiliation, name=v.names, kind=st.sampled_from(InstitutionKind))
    return _sequence("affiliations", one, min_size, max_size)


def partners(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    kinds: st.SearchStrategy[PartnerKind] | None = None,
    answers_to: st.SearchStrategy[tuple[Affiliation, ...]] | None = None,
) -> st.SearchStrategy[tuple[Partner, ...]]:
    """Partners with distinct ids, their legal identifiers, representatives and the
    institutions they answer to."""
    v.check_strategy("partners", "kinds", kinds)
    v.check_strategy("partners", "answers_to", answers_to)
    return _identified(
        "partners",
        st.builds(
            Partner,
            id=st.just(DRAWN_LATER),
            name=v.names,
            kind=kinds if kinds is not None else st.sampled_from(PartnerKind),
            legal_identifier=v.optional(legal_identifiers()),
            address=v.optional(v.free_texts),
            representatives=representatives(max_size=2),
            answers_to=answers_to if answers_to is not None else affiliations(max_size=2),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


def contributions(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    partner_ids: Ids = None,
    need_ids: Ids = None,
    task_ids: Ids = None,
) -> st.SearchStrategy[tuple[Contribution, ...]]:
    """What partners bring (material, service, money, people, premises, expertise), each
    from one of ``partner_ids``, covering some of ``need_ids`` and serving ``task_ids``."""
    partner_ids = v.check_ids("contributions", "partner_ids", partner_ids)
    need_ids = v.check_ids("contributions", "need_ids", need_ids)
    task_ids = v.check_ids("contributions", "task_ids", task_ids)
    return _identified(
        "contributions",
        st.builds(
            Contribution,
            id=st.just(DRAWN_LATER),
            partner=v.reference(partner_ids),
            kind=st.sampled_from(ContributionKind),
            description=v.free_texts,
            amount=v.optional(money()),
            quantity=v.optional(quantities()),
            covers=v.references(need_ids),
            serves=v.references(task_ids),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


# --- DEFINE --------------------------------------------------------------------------------------


def indicators(
    *, min_size: int = 0, max_size: int | None = None, measurable: bool | None = None
) -> st.SearchStrategy[tuple[Indicator, ...]]:
    """Evaluation indicators; ``measurable=True`` gives each a unit, a baseline and a
    target (``False`` leaves one of them out, None either)."""
    if measurable is not None and type(measurable) is not bool:
        raise InvalidArgument(f"indicators(measurable={measurable!r}): expected a bool or None")

    def draw_one(draw: st.DrawFn) -> Indicator:
        unit, baseline, target = draw(v.units), draw(v.decimals), draw(v.decimals)
        wanted = draw(st.booleans()) if measurable is None else measurable
        if not wanted:
            left_out = draw(st.sampled_from(("unit", "baseline", "target")))
            unit = None if left_out == "unit" else unit  # type: ignore[assignment]
            baseline = None if left_out == "baseline" else baseline  # type: ignore[assignment]
            target = None if left_out == "target" else target  # type: ignore[assignment]
        return Indicator(
            id=DRAWN_LATER,
            name=draw(v.names),
            unit=unit,
            baseline=baseline,
            target=target,
            direction=draw(st.sampled_from(Direction)),
            means_of_verification=draw(v.optional(v.free_texts)),
            due=draw(v.optional(v.days)),
            extensions=draw(v.extensions),
        )

    return _identified("indicators", v.drawing(draw_one), min_size, max_size)


def objectives(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    indicators: st.SearchStrategy[tuple[Indicator, ...]] | None = None,
) -> st.SearchStrategy[tuple[Objective, ...]]:
    """Objectives with their indicators; indicator ids are distinct across them all."""
    v.check_strategy("objectives", "indicators", indicators)
    v.check_sizes("objectives", min_size, max_size)
    each = indicators if indicators is not None else _indicators_strategy(max_size=2)

    def draw_all(draw: st.DrawFn) -> tuple[Objective, ...]:
        keys = v.distinct_ids(draw, v.sized(draw, min_size, max_size))
        drawn = [draw(each) for _ in keys]
        unique = v.distinct_ids(draw, sum(len(group) for group in drawn))
        renamed = iter(unique)
        return tuple(
            Objective(
                id=key,
                title=draw(v.names),
                description=draw(v.free_texts),
                # Your indicators keep their ids; drawn ones are renamed to stay distinct.
                indicators=group
                if indicators is not None
                else tuple(_with_id(indicator, next(renamed)) for indicator in group),
                extensions=draw(v.extensions),
            )
            for key, group in zip(keys, drawn, strict=True)
        )

    return v.drawing(draw_all)


_indicators_strategy = indicators


def _with_id(item: T, key: str) -> T:
    return attrs.evolve(item, id=key)  # type: ignore[misc]


def needs(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Need, ...]]:
    """Needs by category, valued in money, in quantity, or not yet."""
    return _identified(
        "needs",
        st.builds(
            Need,
            id=st.just(DRAWN_LATER),
            category=st.sampled_from(NeedCategory),
            description=v.free_texts,
            amount=v.optional(money()),
            quantity=v.optional(quantities()),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


def target_publics(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[TargetPublic, ...]]:
    """The people a project is for: a description, a size, characteristics, an area."""
    return _identified(
        "target_publics",
        st.builds(
            TargetPublic,
            id=st.just(DRAWN_LATER),
            description=v.names,
            size=v.optional(v.whole_numbers),
            characteristics=st.lists(v.free_texts, max_size=2).map(tuple),
            area=v.optional(v.free_texts),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


# --- CLARIFY -------------------------------------------------------------------------------------


def roles(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[Role, ...]]:
    """Roles (coordinator, treasurer, ...) held by some of ``partner_ids``."""
    partner_ids = v.check_ids("roles", "partner_ids", partner_ids)
    return _identified(
        "roles",
        st.builds(
            Role,
            id=st.just(DRAWN_LATER),
            kind=st.sampled_from(RoleKind),
            title=v.optional(v.names),
            holders=v.references(partner_ids, max_size=2),
            responsibilities=st.lists(v.free_texts, max_size=2).map(tuple),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


def assignments(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[Assignment, ...]]:
    """RACI assignments of ``partner_ids`` to a task."""
    partner_ids = v.check_ids("assignments", "partner_ids", partner_ids)
    if partner_ids == () and min_size > 0:
        raise InvalidArgument("assignments(partner_ids=()): no partner to assign, min_size > 0")
    who = v.ids if partner_ids is None else st.sampled_from(partner_ids)
    return _sequence(
        "assignments",
        st.builds(Assignment, partner=who, raci=st.sampled_from(Raci)),
        min_size,
        max_size,
    )


def tasks(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    partner_ids: Ids = None,
    objective_ids: Ids = None,
) -> st.SearchStrategy[tuple[Task, ...]]:
    """Tasks with RACI assignments of ``partner_ids``, serving some of ``objective_ids``."""
    partner_ids = v.check_ids("tasks", "partner_ids", partner_ids)
    objective_ids = v.check_ids("tasks", "objective_ids", objective_ids)
    return _identified(
        "tasks",
        st.builds(
            Task,
            id=st.just(DRAWN_LATER),
            title=v.names,
            description=v.free_texts,
            assignments=st.just(())
            if partner_ids == ()
            else assignments(partner_ids=partner_ids, max_size=3),
            objectives=v.references(objective_ids, max_size=2),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


def governing_bodies(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[GoverningBody, ...]]:
    """Steering committees and general assemblies: members among ``partner_ids``, a chair
    among the members, meetings as a recurrence."""
    partner_ids = v.check_ids("governing_bodies", "partner_ids", partner_ids)

    def draw_one(draw: st.DrawFn) -> GoverningBody:
        members = draw(v.references(partner_ids, max_size=4))
        return GoverningBody(
            id=DRAWN_LATER,
            name=draw(v.names),
            kind=draw(st.sampled_from(BodyKind)),
            members=members,
            chair=draw(v.reference(members)),
            meetings=draw(v.optional(recurrences())),
            extensions=draw(v.extensions),
        )

    return _identified("governing_bodies", v.drawing(draw_one), min_size, max_size)


def decision_rules(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    partner_ids: Ids = None,
    body_ids: Ids = None,
) -> st.SearchStrategy[tuple[DecisionRule, ...]]:
    """How decisions are taken: consensus, unanimity, majority, consent or delegation,
    with quorums and thresholds as exact fractions (out of range ones included: the rules
    say so), voters among ``partner_ids``, taken in one of ``body_ids``."""
    partner_ids = v.check_ids("decision_rules", "partner_ids", partner_ids)
    body_ids = v.check_ids("decision_rules", "body_ids", body_ids)
    return _identified(
        "decision_rules",
        st.builds(
            DecisionRule,
            id=st.just(DRAWN_LATER),
            mode=st.sampled_from(DecisionMode),
            body=v.reference(body_ids),
            voters=v.references(partner_ids, max_size=4),
            delegate=v.reference(partner_ids),
            quorum=v.optional(v.fractions),
            minimum_present=v.optional(st.integers(0, 5) | st.just(2**63 - 1)),
            threshold=v.optional(v.fractions),
            strict=st.booleans(),
            threshold_base=st.sampled_from(VoteBase),
            scope=st.lists(st.sampled_from(Topic), max_size=3, unique=True).map(tuple),
            description=v.optional(v.free_texts),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


def escalation_steps(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[EscalationStep, ...]]:
    """The steps of a conflict procedure: talk, coordinator, body, mediation, court."""
    step = st.builds(
        EscalationStep,
        action=st.sampled_from(EscalationAction),
        description=v.free_texts,
        handled_by=v.optional(v.names),
        time_limit_days=v.optional(v.whole_numbers),
    )
    return _sequence("escalation_steps", step, min_size, max_size)


def conflict_procedures(
    *, steps: st.SearchStrategy[tuple[EscalationStep, ...]] | None = None
) -> st.SearchStrategy[ConflictProcedure]:
    """What to do in case of conflict, step by step."""
    v.check_strategy("conflict_procedures", "steps", steps)
    return st.builds(
        ConflictProcedure, steps=steps if steps is not None else escalation_steps(max_size=4)
    )


def institutional_links(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[InstitutionalLink, ...]]:
    """Links to an institution or public authority: informed, consulted, approving."""
    partner_ids = v.check_ids("institutional_links", "partner_ids", partner_ids)
    return _identified(
        "institutional_links",
        st.builds(
            InstitutionalLink,
            id=st.just(DRAWN_LATER),
            partner=v.reference(partner_ids),
            institution=v.names,
            kind=st.sampled_from(InstitutionKind),
            involvement=st.sampled_from(Involvement),
            topics=st.lists(st.sampled_from(Topic), max_size=3, unique=True).map(tuple),
            contact=v.optional(v.free_texts),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


# --- PLAN ----------------------------------------------------------------------------------------


def _check_within(function: str, within: Period | None) -> Period | None:
    if within is not None and not isinstance(within, Period):
        raise InvalidArgument(f"{function}(within={within!r}): expected a Period, or None")
    return within


def _dated(draw: st.DrawFn, within: Period | None) -> tuple[dt.date, dt.date]:
    """Two ordered days within the period's known bounds."""
    start = within.start if within is not None and within.start is not None else None
    end = within.end if within is not None and within.end is not None else None
    if start is None:
        start = v.MIN_DAY if end is None else max(v.MIN_DAY, end - dt.timedelta(days=3650))
    if end is None:
        end = start + dt.timedelta(days=3650)
    return v.within(draw, start, end)


def steps(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    partner_ids: Ids = None,
    within: Period | None = None,
) -> st.SearchStrategy[tuple[Step, ...]]:
    """Timeline steps, project and administrative, dated within the period ``within``
    (when given), owned by one of ``partner_ids``. A step depends only on earlier steps
    that end before it starts, so dependencies never go round in a circle."""
    partner_ids = v.check_ids("steps", "partner_ids", partner_ids)
    within = _check_within("steps", within)
    v.check_sizes("steps", min_size, max_size)

    def draw_all(draw: st.DrawFn) -> tuple[Step, ...]:
        keys = v.distinct_ids(draw, v.sized(draw, min_size, max_size))
        drawn: list[Step] = []
        for key in keys:
            dated = draw(st.booleans()) or within is not None
            start, end = _dated(draw, within) if dated else (None, None)
            earlier = tuple(
                step.id
                for step in drawn
                if start is not None and step.planned.end is not None and step.planned.end <= start
            )
            drawn.append(
                Step(
                    id=key,
                    title=draw(v.names),
                    kind=draw(st.sampled_from(StepKind)),
                    description=draw(v.free_texts),
                    planned=Period(start=start, end=end),
                    actual=Period(),
                    owner=draw(v.reference(partner_ids)),
                    depends_on=draw(v.references(earlier, max_size=2)),
                    recurrence=draw(v.optional(recurrences())),
                    extensions=draw(v.extensions),
                )
            )
        return tuple(drawn)

    return v.drawing(draw_all)


def timelines(
    *, steps: st.SearchStrategy[tuple[Step, ...]] | None = None
) -> st.SearchStrategy[Timeline]:
    """The one timeline of a project's steps and its administrative steps."""
    v.check_strategy("timelines", "steps", steps)
    return st.builds(Timeline, steps=steps if steps is not None else _steps_strategy(max_size=4))


_steps_strategy = steps


# --- EVALUATE, communication, funds --------------------------------------------------------------


def evaluation_moments(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    indicator_ids: Ids = None,
    partner_ids: Ids = None,
    within: Period | None = None,
) -> st.SearchStrategy[tuple[EvaluationMoment, ...]]:
    """Evaluation moments looking at some of ``indicator_ids`` with some of
    ``partner_ids``, dated within ``within`` when given."""
    indicator_ids = v.check_ids("evaluation_moments", "indicator_ids", indicator_ids)
    partner_ids = v.check_ids("evaluation_moments", "partner_ids", partner_ids)
    within = _check_within("evaluation_moments", within)

    def draw_one(draw: st.DrawFn) -> EvaluationMoment:
        day = _dated(draw, within)[0] if within is not None else draw(v.optional(v.days))
        return EvaluationMoment(
            id=DRAWN_LATER,
            title=draw(v.names),
            date=day,
            indicators=draw(v.references(indicator_ids)),
            participants=draw(v.references(partner_ids)),
            method=draw(v.optional(v.free_texts)),
            extensions=draw(v.extensions),
        )

    return _identified("evaluation_moments", v.drawing(draw_one), min_size, max_size)


def evaluation_plans(
    *, moments: st.SearchStrategy[tuple[EvaluationMoment, ...]] | None = None
) -> st.SearchStrategy[EvaluationPlan]:
    """When and how the partners evaluate."""
    v.check_strategy("evaluation_plans", "moments", moments)
    return st.builds(
        EvaluationPlan, moments=moments if moments is not None else evaluation_moments(max_size=3)
    )


def communication_actions(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[CommunicationAction, ...]]:
    """Communication towards the public, between professionals, towards the institutions,
    and informal contact, each owned by one of ``partner_ids``."""
    partner_ids = v.check_ids("communication_actions", "partner_ids", partner_ids)
    return _identified(
        "communication_actions",
        st.builds(
            CommunicationAction,
            id=st.just(DRAWN_LATER),
            audience=st.sampled_from(Audience),
            description=v.free_texts,
            channel=st.sampled_from(Channel),
            frequency=v.optional(recurrences()),
            owner=v.reference(partner_ids),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


def communication_plans(
    *, actions: st.SearchStrategy[tuple[CommunicationAction, ...]] | None = None
) -> st.SearchStrategy[CommunicationPlan]:
    """Who communicates what to whom."""
    v.check_strategy("communication_plans", "actions", actions)
    return st.builds(
        CommunicationPlan,
        actions=actions if actions is not None else communication_actions(max_size=4),
    )


def budget_lines(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[BudgetLine, ...]]:
    """Lines of a budget, in exact money."""
    return _identified(
        "budget_lines",
        st.builds(
            BudgetLine,
            id=st.just(DRAWN_LATER),
            label=v.names,
            amount=money(),
            category=v.optional(st.sampled_from(NeedCategory)),
            source=v.optional(v.free_texts),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


def reporting_duties(
    *, min_size: int = 0, max_size: int | None = None, step_ids: Ids = None
) -> st.SearchStrategy[tuple[ReportingDuty, ...]]:
    """What the partners owe a funder, tied to one of ``step_ids``."""
    step_ids = v.check_ids("reporting_duties", "step_ids", step_ids)
    return _identified(
        "reporting_duties",
        st.builds(
            ReportingDuty,
            id=st.just(DRAWN_LATER),
            recipient=v.names,
            description=v.free_texts,
            due=v.optional(v.days),
            step=v.reference(step_ids),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


def fund_managements(
    *, partner_ids: Ids = None, step_ids: Ids = None
) -> st.SearchStrategy[FundManagement]:
    """How the money is held and accounted for: a holder among ``partner_ids``, a budget,
    reporting duties tied to ``step_ids``."""
    partner_ids = v.check_ids("fund_managements", "partner_ids", partner_ids)
    step_ids = v.check_ids("fund_managements", "step_ids", step_ids)
    return st.builds(
        FundManagement,
        holder=v.reference(partner_ids),
        description=v.free_texts,
        budget=budget_lines(max_size=3),
        reporting=reporting_duties(max_size=2, step_ids=step_ids),
    )


# --- the written convention ----------------------------------------------------------------------


def clauses(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Clause, ...]]:
    """Clauses beyond the seed's seven elements: duration, withdrawal, amendments, ..."""
    one = st.builds(
        Clause, kind=st.sampled_from(ClauseKind), text=v.free_texts, title=v.optional(v.names)
    )
    return _sequence("clauses", one, min_size, max_size)


def signatures(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[Signature, ...]]:
    """Signatures of ``partner_ids``, at most one each when they are given."""
    partner_ids = v.check_ids("signatures", "partner_ids", partner_ids)
    v.check_sizes("signatures", min_size, max_size)
    if partner_ids is not None and min_size > len(partner_ids):
        raise InvalidArgument(
            f"signatures(min_size={min_size}): only {len(partner_ids)} partners can sign"
        )

    def draw_all(draw: st.DrawFn) -> tuple[Signature, ...]:
        who = draw(
            v.references(
                partner_ids, min_size=min_size, max_size=v.sized_bound(min_size, max_size)
            )
        )
        return tuple(
            Signature(
                partner=partner,
                signatory=draw(v.names),
                function=draw(v.optional(v.free_texts)),
                place=draw(v.optional(v.free_texts)),
                date=draw(v.optional(v.days)),
            )
            for partner in who
        )

    return v.drawing(draw_all)


# --- the convention ------------------------------------------------------------------------------

_PARTS = (
    "partners",
    "period",
    "objectives",
    "needs",
    "target_publics",
    "roles",
    "tasks",
    "contributions",
    "governing_bodies",
    "decision_rules",
    "conflict_procedure",
    "institutional_links",
    "timeline",
    "evaluation",
    "communication",
    "funds",
    "clauses",
    "signatures",
)
"""The parts of a convention a caller may draw with a strategy of their own."""


def _check_today(function: str, today: object) -> dt.date | None:
    if today is not None and type(today) is not dt.date:
        raise InvalidArgument(f"{function}(today={today!r}): expected a datetime.date, or None")
    if today is not None and not v.MIN_DAY <= today <= _complete.LAST_TODAY:
        raise InvalidArgument(
            f"{function}(today={today}): expected a day from {v.MIN_DAY} to "
            f"{_complete.LAST_TODAY}, leaving room for the periods drawn after it"
        )
    return today


def _check_form(function: str, form: object) -> Form | None:
    if form is not None and not isinstance(form, Form):
        raise InvalidArgument(f"{function}(form={form!r}): expected a Form, or None")
    return form


def _ids(items: Sequence[Any]) -> tuple[str, ...]:
    return tuple(item.id for item in items)


def _part(
    draw: st.DrawFn, given: dict[str, Any], name: str, default: st.SearchStrategy[Any]
) -> Any:
    """The part ``name`` drawn by the strategy the caller gave for it, else by ``default``."""
    chosen = given.get(name)
    return draw(chosen if chosen is not None else default)


def _any_convention(draw: st.DrawFn, form: Form | None, given: dict[str, Any]) -> Convention:
    """A convention whose references all resolve, complete or not."""

    def part(name: str, default: st.SearchStrategy[Any]) -> Any:
        return _part(draw, given, name, default)

    drawn_partners = part("partners", partners(max_size=4))
    partner_ids = _ids(drawn_partners)
    period = part("period", periods(open_ended=True))
    drawn_objectives = part("objectives", objectives(max_size=2))
    objective_ids = _ids(drawn_objectives)
    indicator_ids = tuple(i.id for o in drawn_objectives for i in o.indicators)
    drawn_needs = part("needs", needs(max_size=3))
    drawn_tasks = part(
        "tasks", tasks(max_size=3, partner_ids=partner_ids, objective_ids=objective_ids)
    )
    bodies = part("governing_bodies", governing_bodies(max_size=2, partner_ids=partner_ids))
    timeline = part(
        "timeline", timelines(steps=steps(max_size=4, partner_ids=partner_ids, within=period))
    )
    return Convention(
        name=draw(v.free_texts),
        language=draw(st.sampled_from(_complete.LANGUAGES)),
        form=draw(v.optional(st.sampled_from(Form))) if form is None else form,
        purpose=draw(v.free_texts),
        partners=drawn_partners,
        carriers=draw(v.references(partner_ids)),
        owner=draw(v.reference(partner_ids)),
        period=period,
        objectives=drawn_objectives,
        needs=drawn_needs,
        target_publics=part("target_publics", target_publics(max_size=2)),
        roles=part("roles", roles(max_size=3, partner_ids=partner_ids)),
        tasks=drawn_tasks,
        contributions=part(
            "contributions",
            contributions(
                max_size=3,
                partner_ids=partner_ids,
                need_ids=_ids(drawn_needs),
                task_ids=_ids(drawn_tasks),
            ),
        ),
        governing_bodies=bodies,
        decision_rules=part(
            "decision_rules",
            decision_rules(max_size=2, partner_ids=partner_ids, body_ids=_ids(bodies)),
        ),
        conflict_procedure=part("conflict_procedure", conflict_procedures()),
        institutional_links=part(
            "institutional_links", institutional_links(max_size=2, partner_ids=partner_ids)
        ),
        timeline=timeline,
        evaluation=part(
            "evaluation",
            evaluation_plans(
                moments=evaluation_moments(
                    max_size=3, indicator_ids=indicator_ids, partner_ids=partner_ids
                )
            ),
        ),
        communication=part(
            "communication",
            communication_plans(
                actions=communication_actions(max_size=4, partner_ids=partner_ids)
            ),
        ),
        funds=part(
            "funds", fund_managements(partner_ids=partner_ids, step_ids=_ids(timeline.steps))
        ),
        clauses=part("clauses", clauses(max_size=3)),
        signatures=part("signatures", signatures(partner_ids=partner_ids)),
        extensions=draw(v.extensions),
    )


def _complete_convention(
    draw: st.DrawFn,
    codes: frozenset[str],
    form: Form | None,
    today: dt.date | None,
    given: dict[str, Any],
) -> Convention:
    chosen = given.get("partners")
    drawn = draw(chosen if chosen is not None else partners(min_size=2, max_size=5))
    convention = _complete.complete_convention(
        draw, partners=drawn, codes=codes, form=form, today=today
    )
    # The parts you pass replace the drawn ones as they are.
    replaced = {name: draw(strategy) for name, strategy in given.items() if strategy is not None}
    replaced.pop("partners", None)
    return attrs.evolve(convention, **replaced) if replaced else convention


def conventions(
    *,
    profile: str | Profile = "methodology",
    complete: bool = False,
    form: Form | None = None,
    today: dt.date | None = None,
    partners: st.SearchStrategy[tuple[Partner, ...]] | None = None,
    period: st.SearchStrategy[Period] | None = None,
    objectives: st.SearchStrategy[tuple[Objective, ...]] | None = None,
    needs: st.SearchStrategy[tuple[Need, ...]] | None = None,
    target_publics: st.SearchStrategy[tuple[TargetPublic, ...]] | None = None,
    roles: st.SearchStrategy[tuple[Role, ...]] | None = None,
    tasks: st.SearchStrategy[tuple[Task, ...]] | None = None,
    contributions: st.SearchStrategy[tuple[Contribution, ...]] | None = None,
    governing_bodies: st.SearchStrategy[tuple[GoverningBody, ...]] | None = None,
    decision_rules: st.SearchStrategy[tuple[DecisionRule, ...]] | None = None,
    conflict_procedure: st.SearchStrategy[ConflictProcedure] | None = None,
    institutional_links: st.SearchStrategy[tuple[InstitutionalLink, ...]] | None = None,
    timeline: st.SearchStrategy[Timeline] | None = None,
    evaluation: st.SearchStrategy[EvaluationPlan] | None = None,
    communication: st.SearchStrategy[CommunicationPlan] | None = None,
    funds: st.SearchStrategy[FundManagement] | None = None,
    clauses: st.SearchStrategy[tuple[Clause, ...]] | None = None,
    signatures: st.SearchStrategy[tuple[Signature, ...]] | None = None,
) -> st.SearchStrategy[Convention]:
    """Conventions whose references all resolve.

    With ``complete=True``, :func:`~partnership_model.validate` with ``profile`` (and
    ``today``, when you validate on a given day) finds nothing at all in them: no error,
    no warning, no information. ``form`` fixes the form of cooperation (by default
    both are drawn). Any part can be drawn by a strategy of your own, named as the
    convention's field: ``conventions(partners=partners(min_size=3))``. A complete
    convention is drawn around your partners; other parts you pass replace the drawn
    ones as they are, so they keep it complete only when they are complete themselves
    and refer to the convention's partners.
    """
    given = {name: value for name, value in locals().items() if name in _PARTS}
    for name, strategy in given.items():
        v.check_strategy("conventions", name, strategy)
    if type(complete) is not bool:
        raise InvalidArgument(f"conventions(complete={complete!r}): expected True or False")
    codes = _complete.profile_codes("conventions", profile)
    form = _check_form("conventions", form)
    today = _check_today("conventions", today)
    if complete:
        return v.drawing(lambda draw: _complete_convention(draw, codes, form, today, given))
    return v.drawing(lambda draw: _any_convention(draw, form, given))


# --- the dossier: minutes, amendments, measurements, reports, the network ------------------------


def ballots(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[Ballot, ...]]:
    """Votes cast by ``partner_ids``: for, against, abstaining."""
    partner_ids = v.check_ids("ballots", "partner_ids", partner_ids)
    if partner_ids == () and min_size > 0:
        raise InvalidArgument("ballots(partner_ids=()): no partner to vote, min_size > 0")
    who = v.ids if partner_ids is None else st.sampled_from(partner_ids)
    vote = st.builds(Ballot, partner=who, choice=st.sampled_from(Choice))
    return _sequence("ballots", vote, min_size, max_size)


def decide_notes(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[DecideNote, ...]]:
    """Notes on the steps of the DECIDE method that led to a decision."""
    note = st.builds(DecideNote, step=st.sampled_from(DecideStep), text=v.free_texts)
    return _sequence("decide_notes", note, min_size, max_size)


def decision_records(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    partner_ids: Ids = None,
    body_ids: Ids = None,
    rule_ids: Ids = None,
) -> st.SearchStrategy[tuple[DecisionRecord, ...]]:
    """Minutes of decisions, taken by one of ``body_ids`` under one of ``rule_ids``, with
    ``partner_ids`` present and voting."""
    partner_ids = v.check_ids("decision_records", "partner_ids", partner_ids)
    body_ids = v.check_ids("decision_records", "body_ids", body_ids)
    rule_ids = v.check_ids("decision_records", "rule_ids", rule_ids)
    return _identified(
        "decision_records",
        st.builds(
            DecisionRecord,
            id=st.just(DRAWN_LATER),
            date=v.days,
            title=v.names,
            decision=v.free_texts,
            topic=v.optional(st.sampled_from(Topic)),
            body=v.reference(body_ids),
            rule=v.reference(rule_ids),
            present=v.references(partner_ids),
            ballots=st.just(())
            if partner_ids == ()
            else ballots(max_size=3, partner_ids=partner_ids),
            outcome=v.optional(st.sampled_from(Outcome)),
            decide=decide_notes(max_size=2),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


def amendments(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    decision_ids: Ids = None,
    replaces: st.SearchStrategy[Convention] | None = None,
) -> st.SearchStrategy[tuple[Amendment, ...]]:
    """Amendments in order of the day they take effect, each adopted by one of
    ``decision_ids`` and replacing a convention drawn by ``replaces``."""
    decision_ids = v.check_ids("amendments", "decision_ids", decision_ids)
    v.check_strategy("amendments", "replaces", replaces)
    v.check_sizes("amendments", min_size, max_size)
    earlier = replaces if replaces is not None else conventions()

    def draw_all(draw: st.DrawFn) -> tuple[Amendment, ...]:
        keys = v.distinct_ids(draw, v.sized(draw, min_size, max_size, usual=2))
        effective = sorted(draw(v.days) for _ in keys)
        return tuple(
            Amendment(
                id=key,
                effective_from=day,
                rationale=draw(v.names),
                summary=draw(v.free_texts),
                adopted_on=draw(v.optional(st.just(day))),
                decision=draw(v.reference(decision_ids)),
                replaces=draw(earlier),
                extensions=draw(v.extensions),
            )
            for key, day in zip(keys, effective, strict=True)
        )

    return v.drawing(draw_all)


def measurements(
    *, min_size: int = 0, max_size: int | None = None, indicator_ids: Ids = None
) -> st.SearchStrategy[tuple[Measurement, ...]]:
    """Values measured for ``indicator_ids``, exact decimals of any exponent."""
    indicator_ids = v.check_ids("measurements", "indicator_ids", indicator_ids)
    if indicator_ids == () and min_size > 0:
        raise InvalidArgument("measurements(indicator_ids=()): nothing to measure, min_size > 0")
    which = v.ids if indicator_ids is None else st.sampled_from(indicator_ids)
    return _identified(
        "measurements",
        st.builds(
            Measurement,
            id=st.just(DRAWN_LATER),
            indicator=which,
            date=v.days,
            value=v.decimals,
            source=v.optional(v.free_texts),
            note=v.optional(v.free_texts),
            extensions=v.extensions,
        ),
        min_size if indicator_ids != () else 0,
        max_size if indicator_ids != () else 0,
    )


def evaluation_reports(
    *, min_size: int = 0, max_size: int | None = None, moment_ids: Ids = None
) -> st.SearchStrategy[tuple[EvaluationReport, ...]]:
    """Reports of evaluation moments ``moment_ids`` and the readjustments they led to."""
    moment_ids = v.check_ids("evaluation_reports", "moment_ids", moment_ids)
    return _identified(
        "evaluation_reports",
        st.builds(
            EvaluationReport,
            id=st.just(DRAWN_LATER),
            date=v.days,
            moment=v.reference(moment_ids),
            summary=v.free_texts,
            readjustments=st.lists(v.free_texts, max_size=2).map(tuple),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


def offers(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Offer, ...]]:
    """What a structure of the network offers, by category of need."""
    one = st.builds(
        Offer,
        category=st.sampled_from(NeedCategory),
        description=v.free_texts,
        capacity=v.optional(quantities()),
    )
    return _sequence("offers", one, min_size, max_size)


def structures(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Structure, ...]]:
    """Structures of the network around a partnership, with their offers."""
    return _identified(
        "structures",
        st.builds(
            Structure,
            id=st.just(DRAWN_LATER),
            name=v.names,
            kind=st.sampled_from(PartnerKind),
            description=v.free_texts,
            area=v.optional(v.free_texts),
            contact=v.optional(v.free_texts),
            offers=offers(max_size=2),
            extensions=v.extensions,
        ),
        min_size,
        max_size,
    )


def directories(
    *, structures: st.SearchStrategy[tuple[Structure, ...]] | None = None
) -> st.SearchStrategy[Directory]:
    """A directory of the structures around a partnership."""
    v.check_strategy("directories", "structures", structures)
    return st.builds(
        Directory,
        structures=structures if structures is not None else _structures_strategy(max_size=3),
    )


_structures_strategy = structures


def _any_dossier(draw: st.DrawFn, convention: Convention, given: dict[str, Any]) -> Dossier:
    def part(name: str, default: st.SearchStrategy[Any]) -> Any:
        return _part(draw, given, name, default)

    partner_ids = _ids(convention.partners)
    minutes = part(
        "minutes",
        decision_records(
            max_size=3,
            partner_ids=partner_ids,
            body_ids=_ids(convention.governing_bodies),
            rule_ids=_ids(convention.decision_rules),
        ),
    )
    return Dossier(
        convention=convention,
        amendments=part(
            "amendments",
            amendments(max_size=2, decision_ids=_ids(minutes), replaces=st.just(convention)),
        ),
        minutes=minutes,
        measurements=part(
            "measurements",
            measurements(
                max_size=3,
                indicator_ids=tuple(i.id for o in convention.objectives for i in o.indicators),
            ),
        ),
        evaluation_reports=part(
            "evaluation_reports",
            evaluation_reports(max_size=2, moment_ids=_ids(convention.evaluation.moments)),
        ),
        directory=part("directory", directories()),
        extensions=draw(v.extensions),
    )


def dossiers(
    *,
    profile: str | Profile = "methodology",
    complete: bool = False,
    form: Form | None = None,
    today: dt.date | None = None,
    convention: st.SearchStrategy[Convention] | None = None,
    amendments: st.SearchStrategy[tuple[Amendment, ...]] | None = None,
    minutes: st.SearchStrategy[tuple[DecisionRecord, ...]] | None = None,
    measurements: st.SearchStrategy[tuple[Measurement, ...]] | None = None,
    evaluation_reports: st.SearchStrategy[tuple[EvaluationReport, ...]] | None = None,
    directory: st.SearchStrategy[Directory] | None = None,
) -> st.SearchStrategy[Dossier]:
    """Dossiers: a convention with its amendments, minutes, measurements, evaluation
    reports and directory, every reference resolving.

    With ``complete=True`` validation finds nothing at all, the dossier's own rules
    included (minutes kept, amendments in order and each adopted by a recorded decision,
    a directory of structures). Parts you pass replace the drawn ones as they are.
    """
    given = {
        "amendments": amendments,
        "minutes": minutes,
        "measurements": measurements,
        "evaluation_reports": evaluation_reports,
        "directory": directory,
    }
    v.check_strategy("dossiers", "convention", convention)
    if type(complete) is not bool:
        raise InvalidArgument(f"dossiers(complete={complete!r}): expected True or False")
    for name, strategy in given.items():
        v.check_strategy("dossiers", name, strategy)
    _complete.profile_codes("dossiers", profile)
    form = _check_form("dossiers", form)
    today = _check_today("dossiers", today)
    base = (
        convention
        if convention is not None
        else conventions(profile=profile, complete=complete, form=form, today=today)
    )

    def draw_dossier(draw: st.DrawFn) -> Dossier:
        drawn = draw(base)
        if not complete:
            return _any_dossier(draw, drawn, given)
        period = drawn.period
        if period.start is None or period.end is None:
            raise InvalidArgument(
                "dossiers(complete=True, convention=...): the convention drawn has no dated "
                f"period ({period}); a complete dossier dates its minutes within it"
            )
        dossier = _complete.complete_dossier(draw, drawn, today)
        replaced: dict[str, Any] = {name: draw(s) for name, s in given.items() if s is not None}
        return attrs.evolve(dossier, **replaced) if replaced else dossier

    return v.drawing(draw_dossier)


# --- broken on purpose ---------------------------------------------------------------------------


def _chosen_breaks(
    function: str,
    codes: Collection[str] | None,
    profile_codes: frozenset[str],
    today: dt.date | None,
    in_dossier: bool,
) -> tuple[_breaks.Break, ...] | None:
    """The breaks for ``codes``, checked; None when the strategy is to choose them."""
    if codes is None:
        return None
    if isinstance(codes, str) or not codes:
        raise InvalidArgument(
            f"{function}(codes={codes!r}): expected a non-empty set of rule codes"
        )
    chosen = []
    for code in sorted(set(codes)):
        if code not in profile_codes:
            raise InvalidArgument(f"{function}(codes=...): {code!r} is not a rule of the profile")
        found = _breaks.BREAKS[code]
        if found.needs_today and today is None:
            raise InvalidArgument(
                f"{function}(codes=...): {code!r} is found only on a given day: pass today="
            )
        if found.needs_dossier and not in_dossier:
            raise InvalidArgument(
                f"{function}(codes=...): {code!r} reads the dossier: use broken_dossiers()"
            )
        chosen.append(found)
    for at, first in enumerate(chosen):
        for second in chosen[at + 1 :]:
            if not _breaks.compatible(first, second):
                raise InvalidArgument(
                    f"{function}(codes=...): {first.code!r} and {second.code!r} change the "
                    "same part of the convention; break them in separate examples"
                )
    return tuple(chosen)


def _breakable(
    profile_codes: frozenset[str], today: dt.date | None, in_dossier: bool
) -> tuple[_breaks.Break, ...]:
    return tuple(
        found
        for code, found in _breaks.BREAKS.items()
        if code in profile_codes
        and (today is not None or not found.needs_today)
        and (in_dossier or not found.needs_dossier)
    )


def _broken(
    function: str,
    *,
    profile: str | Profile,
    codes: Collection[str] | None,
    form: Form | None,
    today: dt.date | None,
    in_dossier: bool,
) -> st.SearchStrategy[tuple[Dossier, frozenset[str]]]:
    profile_codes = _complete.profile_codes(function, profile)
    form = _check_form(function, form)
    today = _check_today(function, today)
    chosen = _chosen_breaks(function, codes, profile_codes, today, in_dossier)
    candidates = _breakable(profile_codes, today, in_dossier)
    complete = dossiers(profile=profile, complete=True, form=form, today=today)
    situation = _breaks.Situation(today=today, codes=profile_codes)

    def draw_broken(draw: st.DrawFn) -> tuple[Dossier, frozenset[str]]:
        breaks = chosen
        if breaks is None:
            # A few rules at once, in drawn order, each kept when it goes with the others.
            wanted = draw(
                st.lists(st.sampled_from(candidates), min_size=1, max_size=3, unique=True)
            )
            kept: list[_breaks.Break] = []
            for found in wanted:
                if all(_breaks.compatible(found, other) for other in kept):
                    kept.append(found)
            breaks = tuple(kept)
        dossier = draw(complete)
        triggered: set[str] = set()
        for found in breaks:
            dossier, implied = found.apply(draw, dossier, situation)
            triggered |= {found.code, *implied}
        return dossier, frozenset(triggered & profile_codes)

    return v.drawing(draw_broken)


def broken_conventions(
    *,
    profile: str | Profile = "methodology",
    codes: Collection[str] | None = None,
    form: Form | None = None,
    today: dt.date | None = None,
) -> st.SearchStrategy[tuple[Convention, frozenset[str]]]:
    """Pairs of a convention and the rule codes validating it must find: exactly those.

    Each starts from a complete convention and breaks the rules ``codes`` (by default a
    few rules of ``profile``, drawn) in the smallest way: a coordinator role made an
    ordinary one, a need nobody covers, a step that ends before ``today``. The codes
    hold the chosen ones and the few a break cannot help bringing along (no contribution
    at all leaves the needs uncovered). Rules found only on a given day need ``today``;
    rules about minutes and amendments need :func:`broken_dossiers`.
    """
    pairs = _broken(
        "broken_conventions",
        profile=profile,
        codes=codes,
        form=form,
        today=today,
        in_dossier=False,
    )
    return pairs.map(lambda pair: (pair[0].convention, pair[1]))


def broken_dossiers(
    *,
    profile: str | Profile = "methodology",
    codes: Collection[str] | None = None,
    form: Form | None = None,
    today: dt.date | None = None,
) -> st.SearchStrategy[tuple[Dossier, frozenset[str]]]:
    """Like :func:`broken_conventions`, for dossiers: every rule of every built-in
    profile can be broken this way, those about minutes, amendments and the directory
    included."""
    return _broken(
        "broken_dossiers", profile=profile, codes=codes, form=form, today=today, in_dossier=True
    )


# --- one value of each type ----------------------------------------------------------------------


def _first(items: tuple[T, ...]) -> T:
    return items[0]


def strategies_by_type() -> dict[type, st.SearchStrategy[Any]]:
    """A strategy drawing one value of each public model type: what ``st.from_type``
    uses once the entry point has registered them. A type held in a collection draws
    one item of its strategy's tuple."""
    collections: dict[type, Any] = {
        Affiliation: affiliations,
        Amendment: amendments,
        Assignment: assignments,
        Ballot: ballots,
        BudgetLine: budget_lines,
        Clause: clauses,
        CommunicationAction: communication_actions,
        Contribution: contributions,
        DecideNote: decide_notes,
        DecisionRecord: decision_records,
        DecisionRule: decision_rules,
        EscalationStep: escalation_steps,
        EvaluationMoment: evaluation_moments,
        EvaluationReport: evaluation_reports,
        GoverningBody: governing_bodies,
        Indicator: indicators,
        InstitutionalLink: institutional_links,
        Measurement: measurements,
        Need: needs,
        Objective: objectives,
        Offer: offers,
        Partner: partners,
        ReportingDuty: reporting_duties,
        Representative: representatives,
        Role: roles,
        Signature: signatures,
        Step: steps,
        Structure: structures,
        TargetPublic: target_publics,
        Task: tasks,
    }
    single: dict[type, st.SearchStrategy[Any]] = {
        CommunicationPlan: communication_plans(),
        ConflictProcedure: conflict_procedures(),
        Convention: conventions(),
        Directory: directories(),
        Dossier: dossiers(),
        EvaluationPlan: evaluation_plans(),
        FundManagement: fund_managements(),
        LegalIdentifier: legal_identifiers(),
        Money: money(),
        Period: periods(),
        Quantity: quantities(),
        Recurrence: recurrences(),
        Timeline: timelines(),
    }
    for kind, strategy in collections.items():
        single[kind] = strategy(min_size=1, max_size=1).map(_first)
    return dict(sorted(single.items(), key=lambda pair: pair[0].__name__))
