"""Strategies of EVALUATE, communication and funds: evaluation moments and plans,
communication actions and plans, budget lines, reporting duties, fund management.

Private to :mod:`partnership_model.testing.strategies`, which exports the strategies.
"""

from __future__ import annotations

from hypothesis import strategies as st

from partnership_model.communication import (
    Audience,
    Channel,
    CommunicationAction,
    CommunicationPlan,
)
from partnership_model.evaluation import EvaluationMoment, EvaluationPlan
from partnership_model.funds import BudgetLine, FundManagement, ReportingDuty
from partnership_model.needs import NeedCategory
from partnership_model.planning import Period
from partnership_model.testing import _values as values
from partnership_model.testing._digits import Digits
from partnership_model.testing._items import Ids, Items, Known, reference, references
from partnership_model.testing._plan import bounds, check_within

__all__ = [
    "budget_lines",
    "communication_actions",
    "communication_plans",
    "evaluation_moments",
    "evaluation_plans",
    "fund_managements",
    "reporting_duties",
]


def evaluation_moment_items(
    indicators: Known, partners: Known, within: Period | None
) -> Items[EvaluationMoment]:
    first, last = bounds(within)

    def one(digits: Digits, key: str) -> EvaluationMoment:
        day = digits.day(first, last)
        return EvaluationMoment(
            id=key,
            title=digits.name(),
            date=day if within is not None or digits.flag() else None,
            indicators=references(digits, indicators),
            participants=references(digits, partners),
            method=digits.optional_text(),
            extensions=digits.extensions(),
        )

    return Items(18, one)


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
    return evaluation_moment_items(
        values.check_ids("evaluation_moments", "indicator_ids", indicator_ids),
        values.check_ids("evaluation_moments", "partner_ids", partner_ids),
        check_within("evaluation_moments", within),
    ).strategy("evaluation_moments", min_size, max_size)


def evaluation_plans(
    *, moments: st.SearchStrategy[tuple[EvaluationMoment, ...]] | None = None
) -> st.SearchStrategy[EvaluationPlan]:
    """When and how the partners evaluate."""
    values.check_strategy("evaluation_plans", "moments", moments)
    return st.builds(
        EvaluationPlan, moments=moments if moments is not None else evaluation_moments(max_size=3)
    )


def communication_action_items(partners: Known) -> Items[CommunicationAction]:
    def one(digits: Digits, key: str) -> CommunicationAction:
        return CommunicationAction(
            id=key,
            audience=digits.member(Audience),
            description=digits.free_text(),
            channel=digits.member(Channel),
            frequency=digits.optional(digits.recurrence),
            date=digits.optional(digits.any_day),
            owner=reference(digits, partners),
            extensions=digits.extensions(),
        )

    return Items(14, one)


def communication_actions(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[CommunicationAction, ...]]:
    """Communication towards the public, between professionals, towards the institutions,
    and informal contact, each owned by one of ``partner_ids``."""
    known = values.check_ids("communication_actions", "partner_ids", partner_ids)
    return communication_action_items(known).strategy("communication_actions", min_size, max_size)


def communication_plans(
    *, actions: st.SearchStrategy[tuple[CommunicationAction, ...]] | None = None
) -> st.SearchStrategy[CommunicationPlan]:
    """Who communicates what to whom."""
    values.check_strategy("communication_plans", "actions", actions)
    return st.builds(
        CommunicationPlan,
        actions=actions if actions is not None else communication_actions(max_size=4),
    )


def budget_line(digits: Digits, key: str) -> BudgetLine:
    return BudgetLine(
        id=key,
        label=digits.name(),
        amount=digits.money(),
        category=digits.maybe_member(NeedCategory),
        source=digits.optional_text(),
        subsidy=digits.flag(),
        extensions=digits.extensions(),
    )


BUDGET_LINES = Items(18, budget_line)


def budget_lines(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[BudgetLine, ...]]:
    """Lines of a budget, in exact money."""
    return BUDGET_LINES.strategy("budget_lines", min_size, max_size)


def reporting_duty_items(steps: Known) -> Items[ReportingDuty]:
    def one(digits: Digits, key: str) -> ReportingDuty:
        return ReportingDuty(
            id=key,
            recipient=digits.name(),
            description=digits.free_text(),
            due=digits.optional(digits.any_day),
            step=reference(digits, steps),
            extensions=digits.extensions(),
        )

    return Items(12, one)


def reporting_duties(
    *, min_size: int = 0, max_size: int | None = None, step_ids: Ids = None
) -> st.SearchStrategy[tuple[ReportingDuty, ...]]:
    """What the partners owe a funder, tied to one of ``step_ids``."""
    known = values.check_ids("reporting_duties", "step_ids", step_ids)
    return reporting_duty_items(known).strategy("reporting_duties", min_size, max_size)


def draw_funds(draw: st.DrawFn, partners: Known, steps: Known) -> FundManagement:
    digits = Digits(draw, width=3)
    return FundManagement(
        holder=reference(digits, partners),
        description=digits.free_text(),
        budget=BUDGET_LINES.draw(draw, 0, 3),
        reporting=reporting_duty_items(steps).draw(draw, 0, 2),
    )


def fund_managements(
    *, partner_ids: Ids = None, step_ids: Ids = None
) -> st.SearchStrategy[FundManagement]:
    """How the money is held and accounted for: a holder among ``partner_ids``, a budget,
    reporting duties tied to ``step_ids``."""
    known_partners = values.check_ids("fund_managements", "partner_ids", partner_ids)
    known_steps = values.check_ids("fund_managements", "step_ids", step_ids)
    return values.drawing(lambda draw: draw_funds(draw, known_partners, known_steps))
