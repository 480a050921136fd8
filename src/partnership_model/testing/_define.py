"""Strategies of DEFINE: objectives with their evaluation indicators, needs, target
publics.

Private to :mod:`partnership_model.testing.strategies`, which exports the strategies.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model.needs import Need, NeedCategory
from partnership_model.objectives import Direction, Indicator, Objective
from partnership_model.publics import TargetPublic
from partnership_model.testing import _values as values
from partnership_model.testing._digits import Digits, distinct
from partnership_model.testing._items import Items

__all__ = ["indicators", "needs", "objectives", "target_publics"]


def indicator_items(measurable: bool | None) -> Items[Indicator]:
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

    return Items(31, one)


def indicators(
    *, min_size: int = 0, max_size: int | None = None, measurable: bool | None = None
) -> st.SearchStrategy[tuple[Indicator, ...]]:
    """Evaluation indicators; ``measurable=True`` gives each a unit, a baseline and a
    target (``False`` leaves one of them out, None either)."""
    if measurable is not None and type(measurable) is not bool:
        raise InvalidArgument(f"indicators(measurable={measurable!r}): expected a bool or None")
    return indicator_items(measurable).strategy("indicators", min_size, max_size)


def objectives(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    indicators: st.SearchStrategy[tuple[Indicator, ...]] | None = None,
) -> st.SearchStrategy[tuple[Objective, ...]]:
    """Objectives with their indicators; indicator ids are distinct across them all."""
    values.check_strategy("objectives", "indicators", indicators)
    each = indicators if indicators is not None else _indicators_strategy(max_size=2)

    def one(digits: Digits, key: str) -> Objective:
        return Objective(
            id=key,
            title=digits.name(),
            description=digits.free_text(),
            indicators=digits.draw(each),
            extensions=digits.extensions(),
        )

    drawn = Items(8, one).strategy("objectives", min_size, max_size)
    if indicators is not None:
        return drawn
    # Your indicators keep their ids; drawn ones are renamed to stay distinct.
    return drawn.map(distinct_indicators)


_indicators_strategy = indicators


def distinct_indicators(drawn: tuple[Objective, ...]) -> tuple[Objective, ...]:
    keys = iter(distinct([i.id for o in drawn for i in o.indicators]))
    return tuple(
        attrs.evolve(o, indicators=tuple(attrs.evolve(i, id=next(keys)) for i in o.indicators))
        for o in drawn
    )


def need(digits: Digits, key: str) -> Need:
    return Need(
        id=key,
        category=digits.member(NeedCategory),
        description=digits.free_text(),
        amount=digits.optional(digits.money),
        quantity=digits.optional(digits.quantity),
        extensions=digits.extensions(),
    )


NEEDS = Items(24, need)


def needs(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Need, ...]]:
    """Needs by category, valued in money, in quantity, or not yet."""
    return NEEDS.strategy("needs", min_size, max_size)


def target_public(digits: Digits, key: str) -> TargetPublic:
    return TargetPublic(
        id=key,
        description=digits.name(),
        size=digits.optional(digits.whole_number),
        characteristics=digits.texts(),
        area=digits.optional_text(),
        extensions=digits.extensions(),
    )


TARGET_PUBLICS = Items(17, target_public)


def target_publics(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[TargetPublic, ...]]:
    """The people a project is for: a description, a size, characteristics, an area."""
    return TARGET_PUBLICS.strategy("target_publics", min_size, max_size)
