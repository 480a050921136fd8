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

The strategies are quick enough for a test with Hypothesis's default settings: each
item (a partner, a task, a step) is one choice for Hypothesis, a block of bytes its
small decisions are read from, and a failing example still shrinks to a small
convention with nothing optional in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from typing import Any, Generic, TypeVar

import attrs

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ModuleNotFoundError as missing:  # Hypothesis, or a module it needs, is not installed
    raise ImportError(
        "partnership_model.testing.strategies needs Hypothesis: "
        'pip install "partnership-model[hypothesis]"'
    ) from missing

from partnership_model.amendments import Amendment
from partnership_model.communication import (
    Audience,
    Channel,
    CommunicationAction,
    CommunicationPlan,
)
from partnership_model.conflicts import ConflictProcedure, EscalationAction, EscalationStep
from partnership_model.convention import Clause, ClauseKind, Convention, Form, Signature
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
from partnership_model.identifiers import LegalIdentifier
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
from partnership_model.partners import (
    Affiliation,
    Contribution,
    ContributionKind,
    Partner,
    PartnerKind,
    Representative,
)
from partnership_model.planning import Period, Recurrence, Step, StepKind, Timeline
from partnership_model.publics import TargetPublic
from partnership_model.roles import Assignment, Raci, Role, RoleKind, Task
from partnership_model.testing import _breaks, _complete
from partnership_model.testing import _values as v
from partnership_model.testing._digits import Digits, distinct, members, readers
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

Known = tuple[str, ...] | None
"""Ids once checked: None when the strategy draws its own."""


@attrs.frozen
class _Values(Generic[T]):
    """One kind of item without an id: the width of its block and how to decode it."""

    width: int
    decode: Callable[[Digits], T]

    def draw(self, draw: st.DrawFn, least: int, most: int) -> tuple[T, ...]:
        return tuple(self.decode(reader) for reader in readers(draw, self.width, least, most))

    def strategy(
        self, function: str, min_size: int, max_size: int | None
    ) -> st.SearchStrategy[tuple[T, ...]]:
        v.check_sizes(function, min_size, max_size)
        most = v.sized_bound(min_size, max_size)
        return v.drawing(lambda draw: self.draw(draw, min_size, most))


@attrs.frozen
class _Items(Generic[T]):
    """One kind of item with an id: the width of its block and how to decode the rest of
    the item once its id, the block's first decision, is made distinct from the others'.

    ``draw`` draws the items inside another strategy: making a strategy while drawing
    costs Hypothesis far more than drawing from it."""

    width: int
    decode: Callable[[Digits, str], T]

    def draw(self, draw: st.DrawFn, least: int, most: int) -> tuple[T, ...]:
        drawn = readers(draw, self.width, least, most)
        keys = distinct([reader.identifier() for reader in drawn])
        return tuple(self.decode(reader, key) for reader, key in zip(drawn, keys, strict=True))

    def strategy(
        self, function: str, min_size: int, max_size: int | None
    ) -> st.SearchStrategy[tuple[T, ...]]:
        v.check_sizes(function, min_size, max_size)
        most = v.sized_bound(min_size, max_size)
        return v.drawing(lambda draw: self.draw(draw, min_size, most))


def _reference(digits: Digits, known: Known) -> str | None:
    """One of ``known`` or None; a drawn id or None when nothing is known."""
    if known is None:
        drawn = digits.identifier()
        return drawn if digits.flag() else None
    return digits.maybe(known)


def _references(digits: Digits, known: Known, most: int = 3) -> tuple[str, ...]:
    """Up to ``most`` distinct ids among ``known``; drawn ones when nothing is known."""
    if known is None:
        count = digits.below(most + 1)
        return distinct([digits.identifier() for _ in range(most)][:count])
    return digits.choose(known, least=0, most=most)


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


def _legal_identifier(digits: Digits) -> LegalIdentifier:
    """A Belgian enterprise number or a French SIREN with valid check digits, or another
    register's number."""
    scheme = digits.below(3)
    number = digits.below(10**8)
    other = digits.pick(("GB-COH", "NL-KVK"))
    name = digits.name()
    if scheme == 0:
        return LegalIdentifier(
            scheme="BE-BCE_KBO", value=v.belgian_enterprise_number(number % 20_000_000)
        )
    if scheme == 1:
        return LegalIdentifier(scheme="FR-RCS", value=v.siren(number))
    return LegalIdentifier(scheme=other, value=name)


def legal_identifiers() -> st.SearchStrategy[LegalIdentifier]:
    """Belgian enterprise numbers and French SIREN numbers with valid check digits, and
    others."""
    return v.drawing(lambda draw: _legal_identifier(Digits(draw, width=8)))


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
        digits = Digits(draw, width=8)
        start, end = digits.span(min_value, max_value)
        if open_ended:
            known_start, known_end = digits.flag(4), digits.flag(4)
            return Period(start=None if known_start else start, end=None if known_end else end)
        return Period(start=start, end=end)

    return v.drawing(draw_period)


# --- partners and what they bring ----------------------------------------------------------------


def _representative(digits: Digits) -> Representative:
    return Representative(
        name=digits.name(),
        function=digits.optional_text(),
        email=digits.optional_text(),
        phone=digits.optional_text(),
    )


_REPRESENTATIVES = _Values(11, _representative)


def representatives(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Representative, ...]]:
    """The people who speak for a partner."""
    return _REPRESENTATIVES.strategy("representatives", min_size, max_size)


def _affiliation(digits: Digits) -> Affiliation:
    return Affiliation(name=digits.name(), kind=digits.member(InstitutionKind))


_AFFILIATIONS = _Values(3, _affiliation)


def affiliations(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Affiliation, ...]]:
    """The institutions, authorities or hierarchies a partner answers to."""
    return _AFFILIATIONS.strategy("affiliations", min_size, max_size)


def _partners(
    kinds: st.SearchStrategy[PartnerKind] | None,
    answers_to: st.SearchStrategy[tuple[Affiliation, ...]] | None,
) -> _Items[Partner]:
    def one(digits: Digits, key: str) -> Partner:
        return Partner(
            id=key,
            name=digits.name(),
            kind=digits.member(PartnerKind) if kinds is None else digits.draw(kinds),
            legal_identifier=digits.optional(_legal_identifier, digits),
            address=digits.optional_text(),
            representatives=digits.some(_representative, 2),
            answers_to=digits.some(_affiliation, 2)
            if answers_to is None
            else digits.draw(answers_to),
            extensions=digits.extensions(),
        )

    return _Items(47, one)


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
    return _partners(kinds, answers_to).strategy("partners", min_size, max_size)


def _contributions(partners: Known, needs: Known, tasks: Known) -> _Items[Contribution]:
    def one(digits: Digits, key: str) -> Contribution:
        return Contribution(
            id=key,
            partner=_reference(digits, partners),
            kind=digits.member(ContributionKind),
            description=digits.free_text(),
            amount=digits.optional(digits.money),
            quantity=digits.optional(digits.quantity),
            covers=_references(digits, needs),
            serves=_references(digits, tasks),
            extensions=digits.extensions(),
        )

    return _Items(34, one)


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
    return _contributions(
        v.check_ids("contributions", "partner_ids", partner_ids),
        v.check_ids("contributions", "need_ids", need_ids),
        v.check_ids("contributions", "task_ids", task_ids),
    ).strategy("contributions", min_size, max_size)


# --- DEFINE --------------------------------------------------------------------------------------


def _indicators(measurable: bool | None) -> _Items[Indicator]:
    def one(digits: Digits, key: str) -> Indicator:
        unit, baseline, target = digits.unit(), digits.decimal(), digits.decimal()
        wanted = digits.flag() if measurable is None else measurable
        left_out = digits.pick(("unit", "baseline", "target"))
        return Indicator(
            id=key,
            name=digits.name(),
            unit=None if not wanted and left_out == "unit" else unit,
            baseline=None if not wanted and left_out == "baseline" else baseline,
            target=None if not wanted and left_out == "target" else target,
            direction=digits.member(Direction),
            means_of_verification=digits.optional_text(),
            due=digits.optional(digits.any_day),
            extensions=digits.extensions(),
        )

    return _Items(31, one)


def indicators(
    *, min_size: int = 0, max_size: int | None = None, measurable: bool | None = None
) -> st.SearchStrategy[tuple[Indicator, ...]]:
    """Evaluation indicators; ``measurable=True`` gives each a unit, a baseline and a
    target (``False`` leaves one of them out, None either)."""
    if measurable is not None and type(measurable) is not bool:
        raise InvalidArgument(f"indicators(measurable={measurable!r}): expected a bool or None")
    return _indicators(measurable).strategy("indicators", min_size, max_size)


def objectives(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    indicators: st.SearchStrategy[tuple[Indicator, ...]] | None = None,
) -> st.SearchStrategy[tuple[Objective, ...]]:
    """Objectives with their indicators; indicator ids are distinct across them all."""
    v.check_strategy("objectives", "indicators", indicators)
    each = indicators if indicators is not None else _indicators_strategy(max_size=2)

    def one(digits: Digits, key: str) -> Objective:
        return Objective(
            id=key,
            title=digits.name(),
            description=digits.free_text(),
            indicators=digits.draw(each),
            extensions=digits.extensions(),
        )

    drawn = _Items(8, one).strategy("objectives", min_size, max_size)
    if indicators is not None:
        return drawn
    # Your indicators keep their ids; drawn ones are renamed to stay distinct.
    return drawn.map(_distinct_indicators)


_indicators_strategy = indicators


def _distinct_indicators(drawn: tuple[Objective, ...]) -> tuple[Objective, ...]:
    keys = iter(distinct([i.id for o in drawn for i in o.indicators]))
    return tuple(
        attrs.evolve(o, indicators=tuple(attrs.evolve(i, id=next(keys)) for i in o.indicators))
        for o in drawn
    )


def _need(digits: Digits, key: str) -> Need:
    return Need(
        id=key,
        category=digits.member(NeedCategory),
        description=digits.free_text(),
        amount=digits.optional(digits.money),
        quantity=digits.optional(digits.quantity),
        extensions=digits.extensions(),
    )


_NEEDS = _Items(24, _need)


def needs(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Need, ...]]:
    """Needs by category, valued in money, in quantity, or not yet."""
    return _NEEDS.strategy("needs", min_size, max_size)


def _target_public(digits: Digits, key: str) -> TargetPublic:
    return TargetPublic(
        id=key,
        description=digits.name(),
        size=digits.optional(digits.whole_number),
        characteristics=digits.texts(),
        area=digits.optional_text(),
        extensions=digits.extensions(),
    )


_TARGET_PUBLICS = _Items(17, _target_public)


def target_publics(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[TargetPublic, ...]]:
    """The people a project is for: a description, a size, characteristics, an area."""
    return _TARGET_PUBLICS.strategy("target_publics", min_size, max_size)


# --- CLARIFY -------------------------------------------------------------------------------------


def _roles(partners: Known) -> _Items[Role]:
    def one(digits: Digits, key: str) -> Role:
        return Role(
            id=key,
            kind=digits.member(RoleKind),
            title=digits.optional_name(),
            holders=_references(digits, partners, most=2),
            responsibilities=digits.texts(),
            extensions=digits.extensions(),
        )

    return _Items(14, one)


def roles(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[Role, ...]]:
    """Roles (coordinator, treasurer, ...) held by some of ``partner_ids``."""
    known = v.check_ids("roles", "partner_ids", partner_ids)
    return _roles(known).strategy("roles", min_size, max_size)


def _assignment(digits: Digits, partners: Known) -> Assignment:
    partner = digits.identifier() if partners is None else digits.pick(partners)
    return Assignment(partner=partner, raci=digits.member(Raci))


def assignments(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[Assignment, ...]]:
    """RACI assignments of ``partner_ids`` to a task."""
    known = v.check_ids("assignments", "partner_ids", partner_ids)
    if known == () and min_size > 0:
        raise InvalidArgument("assignments(partner_ids=()): no partner to assign, min_size > 0")
    return _Values(2, lambda digits: _assignment(digits, known)).strategy(
        "assignments", min_size, max_size
    )


def _tasks(partners: Known, objectives: Known) -> _Items[Task]:
    def one(digits: Digits, key: str) -> Task:
        return Task(
            id=key,
            title=digits.name(),
            description=digits.free_text(),
            assignments=()
            if partners == ()
            else digits.some(lambda assigned: _assignment(assigned, partners), 3),
            objectives=_references(digits, objectives, most=2),
            extensions=digits.extensions(),
        )

    return _Items(16, one)


def tasks(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    partner_ids: Ids = None,
    objective_ids: Ids = None,
) -> st.SearchStrategy[tuple[Task, ...]]:
    """Tasks with RACI assignments of ``partner_ids``, serving some of ``objective_ids``."""
    return _tasks(
        v.check_ids("tasks", "partner_ids", partner_ids),
        v.check_ids("tasks", "objective_ids", objective_ids),
    ).strategy("tasks", min_size, max_size)


def _governing_bodies(partners: Known) -> _Items[GoverningBody]:
    def one(digits: Digits, key: str) -> GoverningBody:
        members = _references(digits, partners, most=4)
        return GoverningBody(
            id=key,
            name=digits.name(),
            kind=digits.member(BodyKind),
            members=members,
            chair=digits.maybe(members),
            meetings=digits.optional(digits.recurrence),
            extensions=digits.extensions(),
        )

    return _Items(13, one)


def governing_bodies(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[GoverningBody, ...]]:
    """Steering committees and general assemblies: members among ``partner_ids``, a chair
    among the members, meetings as a recurrence."""
    known = v.check_ids("governing_bodies", "partner_ids", partner_ids)
    return _governing_bodies(known).strategy("governing_bodies", min_size, max_size)


def _decision_rules(partners: Known, bodies: Known) -> _Items[DecisionRule]:
    def one(digits: Digits, key: str) -> DecisionRule:
        largest, present = digits.flag(8), digits.between(0, 5)
        minimum_present = 2**63 - 1 if largest else present
        return DecisionRule(
            id=key,
            mode=digits.member(DecisionMode),
            body=_reference(digits, bodies),
            voters=_references(digits, partners, most=4),
            delegate=_reference(digits, partners),
            quorum=digits.optional(digits.fraction),
            minimum_present=minimum_present if digits.flag() else None,
            threshold=digits.optional(digits.fraction),
            strict=digits.flag(),
            threshold_base=digits.member(VoteBase),
            scope=digits.choose(members(Topic), least=0, most=3),
            description=digits.optional_text(),
            extensions=digits.extensions(),
        )

    return _Items(38, one)


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
    return _decision_rules(
        v.check_ids("decision_rules", "partner_ids", partner_ids),
        v.check_ids("decision_rules", "body_ids", body_ids),
    ).strategy("decision_rules", min_size, max_size)


def _escalation_step(digits: Digits) -> EscalationStep:
    return EscalationStep(
        action=digits.member(EscalationAction),
        description=digits.free_text(),
        handled_by=digits.optional_name(),
        time_limit_days=digits.optional(digits.whole_number),
    )


_ESCALATION_STEPS = _Values(11, _escalation_step)


def escalation_steps(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[EscalationStep, ...]]:
    """The steps of a conflict procedure: talk, coordinator, body, mediation, court."""
    return _ESCALATION_STEPS.strategy("escalation_steps", min_size, max_size)


def conflict_procedures(
    *, steps: st.SearchStrategy[tuple[EscalationStep, ...]] | None = None
) -> st.SearchStrategy[ConflictProcedure]:
    """What to do in case of conflict, step by step."""
    v.check_strategy("conflict_procedures", "steps", steps)
    return st.builds(
        ConflictProcedure, steps=steps if steps is not None else escalation_steps(max_size=4)
    )


def _institutional_links(partners: Known) -> _Items[InstitutionalLink]:
    def one(digits: Digits, key: str) -> InstitutionalLink:
        return InstitutionalLink(
            id=key,
            partner=_reference(digits, partners),
            institution=digits.name(),
            kind=digits.member(InstitutionKind),
            involvement=digits.member(Involvement),
            topics=digits.choose(members(Topic), least=0, most=3),
            contact=digits.optional_text(),
            extensions=digits.extensions(),
        )

    return _Items(15, one)


def institutional_links(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[InstitutionalLink, ...]]:
    """Links to an institution or public authority: informed, consulted, approving."""
    known = v.check_ids("institutional_links", "partner_ids", partner_ids)
    return _institutional_links(known).strategy("institutional_links", min_size, max_size)


# --- PLAN ----------------------------------------------------------------------------------------


def _check_within(function: str, within: Period | None) -> Period | None:
    if within is not None and not isinstance(within, Period):
        raise InvalidArgument(f"{function}(within={within!r}): expected a Period, or None")
    return within


def _bounds(within: Period | None) -> tuple[dt.date, dt.date]:
    """The days a date within the period is drawn from: its known bounds, else ten years
    from the one known, else any day."""
    start = within.start if within is not None and within.start is not None else None
    end = within.end if within is not None and within.end is not None else None
    if start is None:
        start = v.MIN_DAY if end is None else max(v.MIN_DAY, end - dt.timedelta(days=3650))
    if end is None:
        end = start + dt.timedelta(days=3650)
    return start, end


def _draw_steps(
    draw: st.DrawFn, partners: Known, within: Period | None, least: int, most: int
) -> tuple[Step, ...]:
    """Steps in drawn order, each depending only on earlier ones that end before it."""
    first, last = _bounds(within)
    items = readers(draw, 23, least, most)
    keys = distinct([reader.identifier() for reader in items])
    drawn: list[Step] = []
    for key, digits in zip(keys, items, strict=True):
        dated = digits.flag() or within is not None
        start, end = digits.span(first, last) if dated else (None, None)
        earlier = tuple(
            step.id
            for step in drawn
            if start is not None and step.planned.end is not None and step.planned.end <= start
        )
        drawn.append(
            Step(
                id=key,
                title=digits.name(),
                kind=digits.member(StepKind),
                description=digits.free_text(),
                planned=Period(start=start, end=end),
                owner=_reference(digits, partners),
                depends_on=digits.choose(earlier, least=0, most=2),
                recurrence=digits.optional(digits.recurrence),
                authority=digits.optional_name(),
                needs_authorisation=digits.flag(),
                extensions=digits.extensions(),
            )
        )
    return tuple(drawn)


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
    known = v.check_ids("steps", "partner_ids", partner_ids)
    within = _check_within("steps", within)
    v.check_sizes("steps", min_size, max_size)
    most = v.sized_bound(min_size, max_size)
    return v.drawing(lambda draw: _draw_steps(draw, known, within, min_size, most))


def timelines(
    *, steps: st.SearchStrategy[tuple[Step, ...]] | None = None
) -> st.SearchStrategy[Timeline]:
    """The one timeline of a project's steps and its administrative steps."""
    v.check_strategy("timelines", "steps", steps)
    return st.builds(Timeline, steps=steps if steps is not None else _steps_strategy(max_size=4))


_steps_strategy = steps


# --- EVALUATE, communication, funds --------------------------------------------------------------


def _evaluation_moments(
    indicators: Known, partners: Known, within: Period | None
) -> _Items[EvaluationMoment]:
    first, last = _bounds(within)

    def one(digits: Digits, key: str) -> EvaluationMoment:
        day = digits.day(first, last)
        return EvaluationMoment(
            id=key,
            title=digits.name(),
            date=day if within is not None or digits.flag() else None,
            indicators=_references(digits, indicators),
            participants=_references(digits, partners),
            method=digits.optional_text(),
            extensions=digits.extensions(),
        )

    return _Items(18, one)


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
    return _evaluation_moments(
        v.check_ids("evaluation_moments", "indicator_ids", indicator_ids),
        v.check_ids("evaluation_moments", "partner_ids", partner_ids),
        _check_within("evaluation_moments", within),
    ).strategy("evaluation_moments", min_size, max_size)


def evaluation_plans(
    *, moments: st.SearchStrategy[tuple[EvaluationMoment, ...]] | None = None
) -> st.SearchStrategy[EvaluationPlan]:
    """When and how the partners evaluate."""
    v.check_strategy("evaluation_plans", "moments", moments)
    return st.builds(
        EvaluationPlan, moments=moments if moments is not None else evaluation_moments(max_size=3)
    )


def _communication_actions(partners: Known) -> _Items[CommunicationAction]:
    def one(digits: Digits, key: str) -> CommunicationAction:
        return CommunicationAction(
            id=key,
            audience=digits.member(Audience),
            description=digits.free_text(),
            channel=digits.member(Channel),
            frequency=digits.optional(digits.recurrence),
            owner=_reference(digits, partners),
            extensions=digits.extensions(),
        )

    return _Items(10, one)


def communication_actions(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[CommunicationAction, ...]]:
    """Communication towards the public, between professionals, towards the institutions,
    and informal contact, each owned by one of ``partner_ids``."""
    known = v.check_ids("communication_actions", "partner_ids", partner_ids)
    return _communication_actions(known).strategy("communication_actions", min_size, max_size)


def communication_plans(
    *, actions: st.SearchStrategy[tuple[CommunicationAction, ...]] | None = None
) -> st.SearchStrategy[CommunicationPlan]:
    """Who communicates what to whom."""
    v.check_strategy("communication_plans", "actions", actions)
    return st.builds(
        CommunicationPlan,
        actions=actions if actions is not None else communication_actions(max_size=4),
    )


def _budget_line(digits: Digits, key: str) -> BudgetLine:
    return BudgetLine(
        id=key,
        label=digits.name(),
        amount=digits.money(),
        category=digits.maybe_member(NeedCategory),
        source=digits.optional_text(),
        subsidy=digits.flag(),
        extensions=digits.extensions(),
    )


_BUDGET_LINES = _Items(18, _budget_line)


def budget_lines(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[BudgetLine, ...]]:
    """Lines of a budget, in exact money."""
    return _BUDGET_LINES.strategy("budget_lines", min_size, max_size)


def _reporting_duties(steps: Known) -> _Items[ReportingDuty]:
    def one(digits: Digits, key: str) -> ReportingDuty:
        return ReportingDuty(
            id=key,
            recipient=digits.name(),
            description=digits.free_text(),
            due=digits.optional(digits.any_day),
            step=_reference(digits, steps),
            extensions=digits.extensions(),
        )

    return _Items(12, one)


def reporting_duties(
    *, min_size: int = 0, max_size: int | None = None, step_ids: Ids = None
) -> st.SearchStrategy[tuple[ReportingDuty, ...]]:
    """What the partners owe a funder, tied to one of ``step_ids``."""
    known = v.check_ids("reporting_duties", "step_ids", step_ids)
    return _reporting_duties(known).strategy("reporting_duties", min_size, max_size)


def _draw_funds(draw: st.DrawFn, partners: Known, steps: Known) -> FundManagement:
    digits = Digits(draw, width=3)
    return FundManagement(
        holder=_reference(digits, partners),
        description=digits.free_text(),
        budget=_BUDGET_LINES.draw(draw, 0, 3),
        reporting=_reporting_duties(steps).draw(draw, 0, 2),
    )


def fund_managements(
    *, partner_ids: Ids = None, step_ids: Ids = None
) -> st.SearchStrategy[FundManagement]:
    """How the money is held and accounted for: a holder among ``partner_ids``, a budget,
    reporting duties tied to ``step_ids``."""
    known_partners = v.check_ids("fund_managements", "partner_ids", partner_ids)
    known_steps = v.check_ids("fund_managements", "step_ids", step_ids)
    return v.drawing(lambda draw: _draw_funds(draw, known_partners, known_steps))


# --- the written convention ----------------------------------------------------------------------


def _clause(digits: Digits) -> Clause:
    return Clause(
        kind=digits.member(ClauseKind), text=digits.free_text(), title=digits.optional_name()
    )


_CLAUSES = _Values(6, _clause)


def clauses(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Clause, ...]]:
    """Clauses beyond the seed's seven elements: duration, withdrawal, amendments, ..."""
    return _CLAUSES.strategy("clauses", min_size, max_size)


def _draw_signatures(
    draw: st.DrawFn, partners: Known, least: int, most: int
) -> tuple[Signature, ...]:
    """Signatures of distinct partners: some of ``partners``, else drawn ids."""
    items = readers(draw, 13, least, most)
    drawn = [reader.identifier() for reader in items]
    if partners is None:
        who = distinct(drawn)
    else:
        order = Digits(draw, width=1 + len(items))
        who = order.choose(partners, least=len(items), most=len(items))
    return tuple(
        Signature(
            partner=partner,
            signatory=digits.name(),
            function=digits.optional_text(),
            place=digits.optional_text(),
            date=digits.optional(digits.any_day),
        )
        for partner, digits in zip(who, items, strict=True)
    )


def signatures(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[Signature, ...]]:
    """Signatures of ``partner_ids``, at most one each when they are given."""
    known = v.check_ids("signatures", "partner_ids", partner_ids)
    v.check_sizes("signatures", min_size, max_size)
    if known is not None and min_size > len(known):
        raise InvalidArgument(
            f"signatures(min_size={min_size}): only {len(known)} partners can sign"
        )
    most = v.sized_bound(min_size, max_size)
    if known is not None:
        most = min(most, len(known))
    return v.drawing(lambda draw: _draw_signatures(draw, known, min_size, most))


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


def _any_convention(draw: st.DrawFn, form: Form | None, given: dict[str, Any]) -> Convention:
    """A convention whose references all resolve, complete or not."""

    def part(name: str, default: Callable[[], Any]) -> Any:
        chosen = given.get(name)
        return draw(chosen) if chosen is not None else default()

    header = Digits(draw, width=12)
    drawn_partners = part("partners", lambda: draw(_DRAFT_PARTNERS))
    partner_ids = _ids(drawn_partners)
    period = part("period", lambda: draw(_DRAFT_PERIODS))
    drawn_objectives = part("objectives", lambda: draw(_DRAFT_OBJECTIVES))
    objective_ids = _ids(drawn_objectives)
    indicator_ids = tuple(i.id for o in drawn_objectives for i in o.indicators)
    drawn_needs = part("needs", lambda: _NEEDS.draw(draw, 0, 3))
    drawn_tasks = part("tasks", lambda: _tasks(partner_ids, objective_ids).draw(draw, 0, 3))
    bodies = part("governing_bodies", lambda: _governing_bodies(partner_ids).draw(draw, 0, 2))
    timeline = part(
        "timeline", lambda: Timeline(steps=_draw_steps(draw, partner_ids, period, 0, 4))
    )
    return Convention(
        name=header.free_text(),
        language=header.pick(_complete.LANGUAGES),
        form=header.maybe_member(Form) if form is None else form,
        purpose=header.free_text(),
        partners=drawn_partners,
        carriers=header.choose(partner_ids, least=0, most=3),
        owner=header.maybe(partner_ids),
        period=period,
        objectives=drawn_objectives,
        needs=drawn_needs,
        target_publics=part("target_publics", lambda: _TARGET_PUBLICS.draw(draw, 0, 2)),
        roles=part("roles", lambda: _roles(partner_ids).draw(draw, 0, 3)),
        tasks=drawn_tasks,
        contributions=part(
            "contributions",
            lambda: _contributions(partner_ids, _ids(drawn_needs), _ids(drawn_tasks)).draw(
                draw, 0, 3
            ),
        ),
        governing_bodies=bodies,
        decision_rules=part(
            "decision_rules",
            lambda: _decision_rules(partner_ids, _ids(bodies)).draw(draw, 0, 2),
        ),
        conflict_procedure=part("conflict_procedure", lambda: draw(_DRAFT_CONFLICTS)),
        institutional_links=part(
            "institutional_links", lambda: _institutional_links(partner_ids).draw(draw, 0, 2)
        ),
        timeline=timeline,
        evaluation=part(
            "evaluation",
            lambda: EvaluationPlan(
                moments=_evaluation_moments(indicator_ids, partner_ids, None).draw(draw, 0, 3)
            ),
        ),
        communication=part(
            "communication",
            lambda: CommunicationPlan(
                actions=_communication_actions(partner_ids).draw(draw, 0, 4)
            ),
        ),
        funds=part("funds", lambda: _draw_funds(draw, partner_ids, _ids(timeline.steps))),
        clauses=part("clauses", lambda: _CLAUSES.draw(draw, 0, 3)),
        signatures=part(
            "signatures",
            lambda: _draw_signatures(draw, partner_ids, 0, min(3, len(partner_ids))),
        ),
        extensions=header.extensions(),
    )


_DRAFT_PARTNERS = partners(max_size=4)
_DRAFT_PERIODS = periods(open_ended=True)
_DRAFT_OBJECTIVES = objectives(max_size=2)
_DRAFT_CONFLICTS = conflict_procedures()
_COMPLETE_PARTNERS = partners(min_size=2, max_size=5)
"""The default parts of a convention, made once: strategies made while drawing are slow."""


def _complete_convention(
    draw: st.DrawFn,
    codes: frozenset[str],
    form: Form | None,
    today: dt.date | None,
    given: dict[str, Any],
) -> Convention:
    chosen = given.get("partners")
    drawn = draw(chosen if chosen is not None else _COMPLETE_PARTNERS)
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


def _ballot(digits: Digits, partners: Known) -> Ballot:
    partner = digits.identifier() if partners is None else digits.pick(partners)
    return Ballot(partner=partner, choice=digits.member(Choice))


def ballots(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[Ballot, ...]]:
    """Votes cast by ``partner_ids``: for, against, abstaining."""
    known = v.check_ids("ballots", "partner_ids", partner_ids)
    if known == () and min_size > 0:
        raise InvalidArgument("ballots(partner_ids=()): no partner to vote, min_size > 0")
    return _Values(2, lambda digits: _ballot(digits, known)).strategy(
        "ballots", min_size, max_size
    )


def _decide_note(digits: Digits) -> DecideNote:
    return DecideNote(step=digits.member(DecideStep), text=digits.free_text())


_DECIDE_NOTES = _Values(3, _decide_note)


def decide_notes(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[DecideNote, ...]]:
    """Notes on the steps of the DECIDE method that led to a decision."""
    return _DECIDE_NOTES.strategy("decide_notes", min_size, max_size)


def _decision_records(partners: Known, bodies: Known, rules: Known) -> _Items[DecisionRecord]:
    def one(digits: Digits, key: str) -> DecisionRecord:
        return DecisionRecord(
            id=key,
            date=digits.any_day(),
            title=digits.name(),
            decision=digits.free_text(),
            topic=digits.maybe_member(Topic),
            body=_reference(digits, bodies),
            rule=_reference(digits, rules),
            present=_references(digits, partners),
            ballots=()
            if partners == ()
            else digits.some(lambda voter: _ballot(voter, partners), 3),
            outcome=digits.maybe_member(Outcome),
            decide=digits.some(_decide_note, 2),
            extensions=digits.extensions(),
        )

    return _Items(33, one)


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
    return _decision_records(
        v.check_ids("decision_records", "partner_ids", partner_ids),
        v.check_ids("decision_records", "body_ids", body_ids),
        v.check_ids("decision_records", "rule_ids", rule_ids),
    ).strategy("decision_records", min_size, max_size)


def _draw_amendments(
    draw: st.DrawFn,
    decisions: Known,
    replaces: Callable[[], Convention],
    least: int,
    most: int,
) -> tuple[Amendment, ...]:
    """Amendments in order of the day they take effect."""
    items = readers(draw, 11, least, most)
    keys = distinct([reader.identifier() for reader in items])
    effective = sorted(reader.any_day() for reader in items)
    return tuple(
        Amendment(
            id=key,
            effective_from=day,
            rationale=digits.name(),
            summary=digits.free_text(),
            adopted_on=day if digits.flag() else None,
            decision=_reference(digits, decisions),
            replaces=replaces(),
            extensions=digits.extensions(),
        )
        for key, day, digits in zip(keys, effective, items, strict=True)
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
    known = v.check_ids("amendments", "decision_ids", decision_ids)
    v.check_strategy("amendments", "replaces", replaces)
    v.check_sizes("amendments", min_size, max_size)
    earlier = replaces if replaces is not None else conventions()
    most = v.sized_bound(min_size, max_size, usual=2)
    return v.drawing(
        lambda draw: _draw_amendments(draw, known, lambda: draw(earlier), min_size, most)
    )


def _measurements(indicators: Known) -> _Items[Measurement]:
    def one(digits: Digits, key: str) -> Measurement:
        return Measurement(
            id=key,
            indicator=digits.identifier() if indicators is None else digits.pick(indicators),
            date=digits.any_day(),
            value=digits.decimal(),
            source=digits.optional_text(),
            note=digits.optional_text(),
            extensions=digits.extensions(),
        )

    return _Items(20, one)


def measurements(
    *, min_size: int = 0, max_size: int | None = None, indicator_ids: Ids = None
) -> st.SearchStrategy[tuple[Measurement, ...]]:
    """Values measured for ``indicator_ids``, exact decimals of any exponent."""
    known = v.check_ids("measurements", "indicator_ids", indicator_ids)
    if known == () and min_size > 0:
        raise InvalidArgument("measurements(indicator_ids=()): nothing to measure, min_size > 0")
    if known == ():
        return _measurements(known).strategy("measurements", 0, 0)
    return _measurements(known).strategy("measurements", min_size, max_size)


def _evaluation_reports(moments: Known) -> _Items[EvaluationReport]:
    def one(digits: Digits, key: str) -> EvaluationReport:
        return EvaluationReport(
            id=key,
            date=digits.any_day(),
            moment=_reference(digits, moments),
            summary=digits.free_text(),
            readjustments=digits.texts(),
            extensions=digits.extensions(),
        )

    return _Items(14, one)


def evaluation_reports(
    *, min_size: int = 0, max_size: int | None = None, moment_ids: Ids = None
) -> st.SearchStrategy[tuple[EvaluationReport, ...]]:
    """Reports of evaluation moments ``moment_ids`` and the readjustments they led to."""
    known = v.check_ids("evaluation_reports", "moment_ids", moment_ids)
    return _evaluation_reports(known).strategy("evaluation_reports", min_size, max_size)


def _offer(digits: Digits) -> Offer:
    return Offer(
        category=digits.member(NeedCategory),
        description=digits.free_text(),
        capacity=digits.optional(digits.quantity),
    )


_OFFERS = _Values(12, _offer)


def offers(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Offer, ...]]:
    """What a structure of the network offers, by category of need."""
    return _OFFERS.strategy("offers", min_size, max_size)


def _structure(digits: Digits, key: str) -> Structure:
    return Structure(
        id=key,
        name=digits.name(),
        kind=digits.member(PartnerKind),
        description=digits.free_text(),
        area=digits.optional_text(),
        contact=digits.optional_text(),
        offers=digits.some(_offer, 2),
        extensions=digits.extensions(),
    )


_STRUCTURES = _Items(38, _structure)


def structures(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Structure, ...]]:
    """Structures of the network around a partnership, with their offers."""
    return _STRUCTURES.strategy("structures", min_size, max_size)


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
    def part(name: str, default: Callable[[], Any]) -> Any:
        chosen = given.get(name)
        return draw(chosen) if chosen is not None else default()

    partner_ids = _ids(convention.partners)
    minutes = part(
        "minutes",
        lambda: _decision_records(
            partner_ids, _ids(convention.governing_bodies), _ids(convention.decision_rules)
        ).draw(draw, 0, 3),
    )
    indicator_ids = tuple(i.id for o in convention.objectives for i in o.indicators)
    return Dossier(
        convention=convention,
        amendments=part(
            "amendments",
            lambda: _draw_amendments(draw, _ids(minutes), lambda: convention, 0, 2),
        ),
        minutes=minutes,
        measurements=part(
            "measurements",
            lambda: _measurements(indicator_ids).draw(draw, 0, 3 if indicator_ids else 0),
        ),
        evaluation_reports=part(
            "evaluation_reports",
            lambda: _evaluation_reports(_ids(convention.evaluation.moments)).draw(draw, 0, 2),
        ),
        directory=part("directory", lambda: Directory(structures=_STRUCTURES.draw(draw, 0, 3))),
        extensions=Digits(draw, width=1).extensions(),
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
            wanted = Digits(draw, width=4).choose(candidates, least=1, most=3)
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
