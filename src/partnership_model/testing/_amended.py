"""A strategy of dossiers with a history: amendments that apply cleanly, one after the
other, each adopted by a decision of the minutes under the amendment rule in force.

Private to :mod:`partnership_model.testing.strategies`, which exports the strategy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model.convention import Clause, ClauseKind, Convention
from partnership_model.decision_making import Topic
from partnership_model.dossier import Dossier
from partnership_model.minutes import Ballot, Choice, DecisionRecord, Outcome
from partnership_model.objectives import Direction
from partnership_model.planning import StepKind
from partnership_model.roles import RoleKind
from partnership_model.tally import eligible_voters, rule_in_force, tally
from partnership_model.testing import _values as values
from partnership_model.testing._digits import Digits, distinct, readers
from partnership_model.testing._dossier import dossiers as _dossiers
from partnership_model.testing._items import ids_of
from partnership_model.testing._membership import AmendmentRecord, admitted, from_now_on

__all__ = ["amended_dossiers"]

_DAY = dt.timedelta(days=1)
_WEEKS = dt.timedelta(weeks=8)
_WIDTH = 24
"""The bytes of one amendment's decisions: its kind, its days, its texts and ids."""


def _adoption(text: Convention, key: str, day: dt.date, title: str) -> DecisionRecord | None:
    """The minutes of a decision on an amendment taken on ``day`` under ``text``: every
    partner the amendment rule in force lets vote, present and in favour, the rule and
    its body named, adopted; with no rule for amendments, adopted as declared. None when
    even that vote would not adopt it (a quorum larger than the voters, say)."""
    draft = DecisionRecord(id=key, date=day, title=title, topic=Topic.AMENDMENTS)
    governing, _ = rule_in_force(draft, text)
    if governing is None:
        return attrs.evolve(draft, outcome=Outcome.ADOPTED)
    voters = eligible_voters(governing, text, draft)
    voted = attrs.evolve(
        draft,
        rule=governing.id,
        body=governing.body,
        present=voters,
        ballots=tuple(Ballot(partner=voter, choice=Choice.FOR) for voter in voters),
        outcome=Outcome.ADOPTED,
    )
    return voted if tally(voted, text, rule=governing).adopted else None


def _amendable(text: Convention) -> bool:
    """Whether the partners can adopt an amendment of ``text`` at all."""
    return _adoption(text, "amendable", dt.date.min, "amendable") is not None


Readjustment = Callable[[Digits, Convention], Convention | None]


def _target_readjusted(digits: Digits, text: Convention) -> Convention | None:
    """An indicator's target raised or lowered, the indicator keeping its id: away from
    its baseline the way its direction says, so that the two still agree."""
    places = [
        (at, place)
        for at, objective in enumerate(text.objectives)
        for place, indicator in enumerate(objective.indicators)
        if indicator.baseline is None or indicator.direction is not Direction.MAINTAIN
    ]
    if not places:
        return None
    at, place = digits.pick(places)
    objective = text.objectives[at]
    indicator = objective.indicators[place]
    step, baseline = Decimal(digits.between(1, 500)), indicator.baseline
    if baseline is None:
        target = step
    else:
        target = baseline + step if indicator.direction is Direction.INCREASE else baseline - step
    if target == indicator.target:
        return None
    indicators = list(objective.indicators)
    indicators[place] = attrs.evolve(indicator, target=target)
    objectives = list(text.objectives)
    objectives[at] = attrs.evolve(objective, indicators=tuple(indicators))
    return attrs.evolve(text, objectives=tuple(objectives))


def _around(day: dt.date) -> tuple[dt.date, dt.date]:
    """The days from eight weeks before ``day`` to eight weeks after, as far as they go."""
    start = dt.date.min if day - dt.date.min < _WEEKS else day - _WEEKS
    return start, dt.date.max if dt.date.max - day < _WEEKS else day + _WEEKS


def _moment_moved(digits: Digits, text: Convention) -> Convention | None:
    """An evaluation moment moved to another day: one an evaluation step of the timeline
    covers, as the plan's rules ask, else one of the convention's period, else one
    within eight weeks."""
    moments = text.evaluation.moments
    dated = [at for at, moment in enumerate(moments) if moment.date is not None]
    if not dated:
        return None
    at = digits.pick(dated)
    was = moments[at].date
    assert was is not None  # a dated moment  # noqa: S101
    spans = [
        (step.planned.start, step.planned.end)
        for step in text.timeline.steps
        if step.kind is StepKind.EVALUATION
        and step.planned.start is not None
        and step.planned.end is not None
    ]
    first, last = text.period.start, text.period.end
    if not spans:
        spans = [(first, last) if first is not None and last is not None else _around(was)]
    start, end = digits.pick(spans)
    day = digits.day(start, end)
    if day == was:
        day = start if was != start else end
    if day == was:
        return None
    moved = list(moments)
    moved[at] = attrs.evolve(moments[at], date=day)
    return attrs.evolve(text, evaluation=attrs.evolve(text.evaluation, moments=tuple(moved)))


def _coordinator_changed(digits: Digits, text: Convention) -> Convention | None:
    """The coordinator role given to a partner who does not hold it yet."""
    roles = text.roles
    coordinating = [at for at, role in enumerate(roles) if role.kind is RoleKind.COORDINATOR]
    if not coordinating:
        return None
    at = digits.pick(coordinating)
    others = [p.id for p in text.partners if p.id not in roles[at].holders]
    if not others:
        return None
    given = list(roles)
    given[at] = attrs.evolve(roles[at], holders=(digits.pick(others),))
    return attrs.evolve(text, roles=tuple(given))


def _clause_rewritten(digits: Digits, text: Convention) -> Convention:
    """A clause's text rewritten, or a clause added to a convention that has none."""
    clauses = text.clauses
    if not clauses:
        return attrs.evolve(
            text, clauses=(Clause(kind=digits.member(ClauseKind), text=digits.name()),)
        )
    at = digits.pick(range(len(clauses)))
    said = digits.name()
    rewritten = list(clauses)
    rewritten[at] = attrs.evolve(
        clauses[at], text=said if said != clauses[at].text else f"{said}."
    )
    return attrs.evolve(text, clauses=tuple(rewritten))


READJUSTMENTS: tuple[Readjustment, ...] = (
    _target_readjusted,
    _moment_moved,
    _coordinator_changed,
    _clause_rewritten,
)
"""The readjustments of a text :func:`amended_dossiers` draws besides partners who join
and leave; the last applies to any convention."""


def _amended(draw: st.DrawFn, digits: Digits, dossier: Dossier) -> Dossier:
    """``dossier`` with one more amendment, adopted by a decision added to its minutes:
    the decision on a day after everything the dossier records, the amendment in force
    from a later day. Of the kinds of amendment, the drawn one if it applies and leaves
    a text the partners can still amend, else the next that does."""
    text = dossier.convention
    decided = from_now_on(digits, dossier)
    if decided > dt.date.max - 61 * _DAY:
        raise InvalidArgument(
            f"amended_dossiers: no day is left after {decided.isoformat()} to amend the dossier"
        )
    effective = decided + digits.between(1, 60) * _DAY
    record_key = distinct([digits.identifier()], frozenset(ids_of(dossier.minutes)))[0]
    record = _adoption(text, record_key, decided, digits.name())
    assert record is not None  # the text in force can be amended  # noqa: S101
    minuted = attrs.evolve(dossier, minutes=(*dossier.minutes, record))
    taken = frozenset(amendment.id for amendment in dossier.amendments)
    recorded = AmendmentRecord(
        id=distinct([digits.identifier()], taken)[0],
        rationale=digits.name(),
        summary=digits.free_text(),
        adopted_on=decided,
        decision=record.id,
    )
    kinds = len(READJUSTMENTS) + 2
    first = digits.below(kinds)
    for turn in range(kinds):
        kind = (first + turn) % kinds
        if kind == len(READJUSTMENTS):
            _, after = admitted(draw, digits, minuted, effective, recorded)
        elif kind == len(READJUSTMENTS) + 1:
            if len(text.partners) < 2:
                continue
            leaving = digits.pick(text.partners).id
            after = minuted.withdraw(leaving, on=effective, **recorded)
        else:
            readjusted = READJUSTMENTS[kind](digits, text)
            if readjusted is None:
                continue
            after = minuted.amend(readjusted, effective_from=effective, **recorded)
        if _amendable(after.convention):
            return after
    raise AssertionError("a rewritten clause leaves the decision rules as they were")


def amended_dossiers(
    *,
    min_size: int = 1,
    max_size: int | None = None,
    dossiers: st.SearchStrategy[Dossier] | None = None,
) -> st.SearchStrategy[Dossier]:
    """Dossiers with a history: a dossier drawn by ``dossiers`` (by default a complete
    one, ``dossiers(complete=True)``, with no amendment yet), then amended between
    ``min_size`` and ``max_size`` times through the public API.

    Each amendment readjusts the text with :meth:`~partnership_model.Dossier.amend` (an
    indicator's target raised or lowered away from its baseline as its direction says,
    the indicator keeping its id; an evaluation moment moved to a day an evaluation step
    covers; the coordinator role given to another partner; a clause rewritten, or one
    added), or records a partner who joins (:meth:`~partnership_model.Dossier.admit`)
    or leaves (:meth:`~partnership_model.Dossier.withdraw`). Each text differs from the
    one before.

    Each amendment applies cleanly. A decision record added to the minutes adopts it,
    dated after everything the dossier records, under the decision rule in force on
    that day for the topic ``amendments``: every partner the rule lets vote is present
    and votes for, and the tally adopts it (with no such rule, the record declares it
    adopted). It takes effect one to sixty days later, and the next decision is taken
    under the text it brought. So, of a dossier drawn with the default ``dossiers``:

    * :func:`~partnership_model.history` has a version for the first text and one for
      each amendment drawn (there was none before), each but the first with changes;
    * ``dossier.in_force(day)`` is each amendment's text from its ``effective_from``,
      and the text before it the day before;
    * :func:`~partnership_model.validate` finds nothing of ``flexibility.amendments.*``,
      ``tracing.minutes.*`` or ``integrity.*``.

    What a text says once a partner has left or joined is found as on any text: a task
    nobody answers for, a role nobody holds, a newcomer who has not signed. On a dossier
    of your own, what it held is found as before and may reach the new minutes (a voter
    a rule names but the convention lacks votes in them; two rules that claim amendments
    leave them ambiguous); the amendments drawn are in order, adopted and in force as
    above. A dossier whose amendment rule adopts nothing even with every voter present
    and in favour (more members required present than it has voters) is not drawn, and
    no amendment leaves the partners unable to adopt the next.
    """
    values.check_sizes("amended_dossiers", min_size, max_size)
    values.check_strategy("amended_dossiers", "dossiers", dossiers)
    most = values.sized_bound(min_size, max_size)
    given = dossiers if dossiers is not None else _dossiers(complete=True, amendments=st.just(()))
    base = given.filter(lambda dossier: _amendable(dossier.convention))

    def draw_amended(draw: st.DrawFn) -> Dossier:
        dossier = draw(base)
        for digits in readers(draw, _WIDTH, min_size, most):
            dossier = _amended(draw, digits, dossier)
        return dossier

    return values.drawing(draw_amended)
