"""The DEFINE parts of a complete convention: objectives whose indicators are measurable
and due within the period, needs, target publics.

Private to :mod:`partnership_model.testing._complete`.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from partnership_model.money import Money, Quantity
from partnership_model.needs import Need, NeedCategory
from partnership_model.objectives import Direction, Indicator, Objective
from partnership_model.publics import TargetPublic
from partnership_model.testing._complete_items import NO_EXTENSIONS, keyed_readers
from partnership_model.testing._digits import Digits, distinct

FILLED = frozenset(
    {
        "Convention.objectives",
        "Convention.needs",
        "Convention.target_publics",
        "Objective.indicators",
        "Indicator.unit",
        "Indicator.baseline",
        "Indicator.target",
        "Indicator.means_of_verification",
        "Indicator.due",
        "Need.amount",
    }
)
"""The optional fields a complete convention fills for the DEFINE rules."""


def complete_indicator(digits: Digits, key: str, start: dt.date, end: dt.date) -> Indicator:
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


def complete_objectives(draw: st.DrawFn, start: dt.date, end: dt.date) -> tuple[Objective, ...]:
    """One to three objectives of one to three indicators each, read from one block:
    the objective's own decisions first, then the indicators in the order they go."""
    keyed = keyed_readers(draw, 63, 1, 3)
    title_and_description = [(digits.name(), digits.free_text()) for _, digits in keyed]
    counts = [digits.between(1, 3) for _, digits in keyed]
    indicator_keys = iter(distinct([digits.identifier() for _, digits in keyed for _ in range(3)]))
    objectives = []
    for (key, digits), (title, description), count in zip(
        keyed, title_and_description, counts, strict=True
    ):
        slots = [complete_indicator(digits, next(indicator_keys), start, end) for _ in range(3)]
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


def complete_needs(draw: st.DrawFn, currency: str) -> tuple[Need, ...]:
    needs = []
    for key, digits in keyed_readers(draw, 11, 1, 4):
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


def complete_target_publics(draw: st.DrawFn) -> tuple[TargetPublic, ...]:
    return tuple(
        TargetPublic(
            id=key,
            description=digits.name(),
            size=digits.optional(digits.whole_number),
            characteristics=digits.texts(),
            area=digits.optional_text(),
            extensions=NO_EXTENSIONS,
        )
        for key, digits in keyed_readers(draw, 16, 1, 2)
    )
