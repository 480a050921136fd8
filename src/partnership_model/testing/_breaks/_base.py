"""What every step module of breaks shares: the kinds, the registry and the small tools.

A :class:`Break` is the way to break one rule. Each step module registers its own with a
:class:`Registry` of its own; :func:`joined` puts the registries of all of them in one
mapping. The tools below the registry are the ones several step modules use; a tool
only one of them uses lives in that module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from partnership_model.convention import Convention
from partnership_model.decision_making import DecisionRule, Topic
from partnership_model.dossier import Dossier
from partnership_model.minutes import DecisionRecord
from partnership_model.planning import Period, Step, Timeline
from partnership_model.tally import rule_in_force
from partnership_model.testing._digits import BLANKS
from partnership_model.validation import CATALOGUE, Context

# No __all__: every name here is for the step modules. (A string constant, such as an
# __all__ entry, that the project does not hold yet would change what the strategies
# draw: Hypothesis draws from the project's constants now and then.)

EVERYTHING = frozenset({"*"})
"""What a break that rebuilds the whole convention rewrites: it goes with no other."""

NOTHING: frozenset[str] = frozenset()
"""The codes a break brings along when it brings none."""


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


class Registry:
    """The breaks of one step module, in the order the module registers them.

    ``Registry(__name__)`` makes a step module's; calling it with a rule code and the
    parts of the dossier the break rewrites, adds to and reads gives the decorator that
    registers a function as that rule's break. A break lives in the step module named
    like the rule module that holds its rule: ``_breaks.define`` for ``_rules.define``.
    """

    def __init__(self, module: str) -> None:
        self.step = module.rpartition(".")[2]
        self.found: list[Break] = []

    def __call__(
        self,
        code: str,
        *,
        rewrites: Iterable[str] = (),
        adds: Iterable[str] = (),
        reads: Iterable[str] = (),
    ) -> Callable[[Apply], Apply]:
        def register(apply: Apply) -> Apply:
            assert code in CATALOGUE, code  # noqa: S101 - a break names a built-in rule
            where = CATALOGUE[code].check.__module__.rpartition(".")[2]
            assert where == self.step, f"{code}: its break belongs in {where}"  # noqa: S101
            found = Break(code, apply, frozenset(rewrites), frozenset(adds), frozenset(reads))
            self.found.append(found)
            return apply

        return register


def joined(*registries: Registry) -> dict[str, Break]:
    """Every break of ``registries`` by its rule's code, registry after registry, each in
    the order its module registers them: the strategies draw breaks by position."""
    found = [each for registry in registries for each in registry.found]
    twice = sorted({b.code for b in found if sum(o.code == b.code for o in found) > 1})
    if twice:  # pragma: no cover - a mistake in a step module, caught at import
        raise RuntimeError(f"rules broken twice: {', '.join(twice)}")
    return {each.code: each for each in found}


# --- small tools ---------------------------------------------------------------------------------


def convention_changed(dossier: Dossier, **changes: Any) -> Dossier:
    """The dossier with ``changes`` made to its convention."""
    return attrs.evolve(dossier, convention=attrs.evolve(dossier.convention, **changes))


def fresh(taken: Iterable[str], stem: str) -> str:
    """An id none of ``taken`` is."""
    used = set(taken)
    number = len(used)
    while f"{stem}-{number}" in used:
        number += 1
    return f"{stem}-{number}"


def period_of(dossier: Dossier) -> tuple[dt.date, dt.date]:
    """The first and last day of a complete convention's period."""
    period = dossier.convention.period
    assert period.start is not None  # noqa: S101 - a complete convention's period
    assert period.end is not None  # noqa: S101
    return period.start, period.end


def today_of(situation: Situation) -> dt.date:
    """The day validation runs on, which a rule found only on a given day has."""
    assert situation.today is not None  # noqa: S101 - only today's rules ask
    return situation.today


T = TypeVar("T")


def replaced(items: tuple[T, ...], at: int, item: T) -> tuple[T, ...]:
    """``items`` with ``item`` in place of the one at ``at``."""
    return (*items[:at], item, *items[at + 1 :])


def pick(draw: st.DrawFn, items: tuple[Any, ...]) -> int:
    """The position of one of ``items``, drawn."""
    return draw(st.integers(0, len(items) - 1))


def step_ids(dossier: Dossier) -> list[str]:
    """The ids of the timeline's steps."""
    return [step.id for step in dossier.convention.timeline.steps]


def with_steps(dossier: Dossier, *new: Step) -> Dossier:
    """The dossier with the steps ``new`` added to its timeline."""
    steps = dossier.convention.timeline.steps
    return convention_changed(dossier, timeline=Timeline(steps=(*steps, *new)))


def new_step(key: str, first: dt.date | None, last: dt.date | None, **more: object) -> Step:
    """A step ``key`` planned from ``first`` to ``last``."""
    return Step(id=key, title="Étape ajoutée", planned=Period(start=first, end=last), **more)  # type: ignore[arg-type]


def reaching_back(dossier: Dossier, day: dt.date) -> Dossier:
    """The dossier with its period starting early enough to hold ``day``."""
    start, end = period_of(dossier)
    return convention_changed(dossier, period=Period(start=min(start, day), end=end))


def indicator_ids(convention: Convention) -> list[str]:
    """The ids of the indicators of every objective."""
    return [i.id for o in convention.objectives for i in o.indicators]


blanks = st.sampled_from(BLANKS)
"""Texts that say nothing: empty, or white space only, ASCII or not."""


def blanked(draw: st.DrawFn, items: tuple[T, ...], field: str) -> tuple[T, ...]:
    """``items`` with the text ``field`` of one of them, drawn, left blank."""
    at = pick(draw, items)
    left_blank: T = attrs.evolve(items[at], **{field: draw(blanks)})  # type: ignore[misc]
    return replaced(items, at, left_blank)


def topic_of_its_own(dossier: Dossier) -> tuple[Topic, ...]:
    """A scope for a new decision rule that takes from no rule and no recorded decision
    the topic that governs it: the first topic no rule claims and no record is about
    (none, a general rule, when every topic is taken)."""
    taken: set[Topic | None] = {
        topic for rule in dossier.convention.decision_rules for topic in rule.scope
    }
    taken |= {record.topic for record in dossier.minutes}
    return next(((topic,) for topic in Topic if topic not in taken), ())


def governed_topics(dossier: Dossier) -> tuple[tuple[Topic | None, DecisionRule], ...]:
    """Each topic (or none) one rule alone governs in the current text, with that rule."""
    convention = dossier.convention
    governed = []
    for topic in (None, *Topic):
        probe = DecisionRecord(id="probe", date=dt.date(2000, 1, 1), title="", topic=topic)
        governing, claiming = rule_in_force(probe, convention)
        if governing is not None and len(claiming) == 1:
            governed.append((topic, governing))
    return tuple(governed)


def recounted(dossier: Dossier) -> frozenset[str]:
    """The codes a change to the rules or the partners brings along: ballots that no
    longer count, outcomes the votes no longer bear out, amendments resting on a
    decision the votes no longer adopt."""
    found: set[str] = set()
    not_adopted: set[str] = set()
    for counted in Context(dossier.convention, dossier, None).tallies:
        if counted.tally is None:
            continue
        if counted.tally.set_aside:
            found.add("tracing.minutes.ballot-set-aside")
        outcome = counted.record.outcome
        if outcome is not None and not counted.tally.agrees_with(outcome):
            found.add("tracing.minutes.outcome-disagrees")
        if not counted.tally.adopted:
            not_adopted.add(counted.record.id)
    if any(amendment.decision in not_adopted for amendment in dossier.amendments):
        found.add("flexibility.amendments.not-adopted")
    return frozenset(found)
