"""Strategies of the written convention (its clauses and signatures) and of the
convention itself: any convention whose references all resolve, or a complete one
(:mod:`._complete`), any part drawn by a strategy of the caller's.

Private to :mod:`partnership_model.testing.strategies`, which exports the strategies.
The checks of ``today`` and ``form`` serve the dossiers and the broken conventions too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model.communication import CommunicationPlan
from partnership_model.conflicts import ConflictProcedure
from partnership_model.convention import Clause, ClauseKind, Convention, Form, Signature
from partnership_model.decision_making import DecisionRule, GoverningBody
from partnership_model.evaluation import EvaluationPlan
from partnership_model.funds import FundManagement
from partnership_model.institutions import InstitutionalLink
from partnership_model.needs import Need
from partnership_model.objectives import Objective
from partnership_model.partners import Contribution, Partner
from partnership_model.planning import Period, Timeline
from partnership_model.publics import TargetPublic
from partnership_model.roles import Role, Task
from partnership_model.testing import _complete
from partnership_model.testing import _values as values
from partnership_model.testing._clarify import (
    conflict_procedures,
    decision_rule_items,
    governing_body_items,
    institutional_link_items,
    role_items,
    task_items,
)
from partnership_model.testing._define import NEEDS, TARGET_PUBLICS, objectives
from partnership_model.testing._digits import Digits, distinct, readers
from partnership_model.testing._evaluate import (
    communication_action_items,
    draw_funds,
    evaluation_moment_items,
)
from partnership_model.testing._items import Ids, Known, Values, ids_of
from partnership_model.testing._partners import contribution_items, partners, periods
from partnership_model.testing._plan import draw_steps
from partnership_model.validation import Profile

__all__ = ["clauses", "conventions", "signatures"]


# --- the written convention ----------------------------------------------------------------------


def clause(digits: Digits) -> Clause:
    return Clause(
        kind=digits.member(ClauseKind), text=digits.free_text(), title=digits.optional_name()
    )


CLAUSES = Values(6, clause)


def clauses(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Clause, ...]]:
    """Clauses beyond the seed's seven elements: duration, withdrawal, amendments, ..."""
    return CLAUSES.strategy("clauses", min_size, max_size)


def draw_signatures(
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
    known = values.check_ids("signatures", "partner_ids", partner_ids)
    values.check_sizes("signatures", min_size, max_size)
    if known is not None and min_size > len(known):
        raise InvalidArgument(
            f"signatures(min_size={min_size}): only {len(known)} partners can sign"
        )
    most = values.sized_bound(min_size, max_size)
    if known is not None:
        most = min(most, len(known))
    return values.drawing(lambda draw: draw_signatures(draw, known, min_size, most))


# --- the convention ------------------------------------------------------------------------------

PARTS = (
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


def check_today(function: str, today: object) -> dt.date | None:
    if today is not None and type(today) is not dt.date:
        raise InvalidArgument(f"{function}(today={today!r}): expected a datetime.date, or None")
    if today is not None and not values.MIN_DAY <= today <= _complete.LAST_TODAY:
        raise InvalidArgument(
            f"{function}(today={today}): expected a day from {values.MIN_DAY} to "
            f"{_complete.LAST_TODAY}, leaving room for the periods drawn after it"
        )
    return today


def check_form(function: str, form: object) -> Form | None:
    if form is not None and not isinstance(form, Form):
        raise InvalidArgument(f"{function}(form={form!r}): expected a Form, or None")
    return form


def draw_any_convention(draw: st.DrawFn, form: Form | None, given: dict[str, Any]) -> Convention:
    """A convention whose references all resolve, complete or not."""

    def part(name: str, default: Callable[[], Any]) -> Any:
        chosen = given.get(name)
        return draw(chosen) if chosen is not None else default()

    header = Digits(draw, width=12)
    drawn_partners = part("partners", lambda: draw(DRAFT_PARTNERS))
    partner_ids = ids_of(drawn_partners)
    period = part("period", lambda: draw(DRAFT_PERIODS))
    drawn_objectives = part("objectives", lambda: draw(DRAFT_OBJECTIVES))
    objective_ids = ids_of(drawn_objectives)
    indicator_ids = tuple(i.id for o in drawn_objectives for i in o.indicators)
    drawn_needs = part("needs", lambda: NEEDS.draw(draw, 0, 3))
    drawn_tasks = part("tasks", lambda: task_items(partner_ids, objective_ids).draw(draw, 0, 3))
    bodies = part("governing_bodies", lambda: governing_body_items(partner_ids).draw(draw, 0, 2))
    timeline = part(
        "timeline", lambda: Timeline(steps=draw_steps(draw, partner_ids, period, 0, 4))
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
        target_publics=part("target_publics", lambda: TARGET_PUBLICS.draw(draw, 0, 2)),
        roles=part("roles", lambda: role_items(partner_ids).draw(draw, 0, 3)),
        tasks=drawn_tasks,
        contributions=part(
            "contributions",
            lambda: contribution_items(partner_ids, ids_of(drawn_needs), ids_of(drawn_tasks)).draw(
                draw, 0, 3
            ),
        ),
        governing_bodies=bodies,
        decision_rules=part(
            "decision_rules",
            lambda: decision_rule_items(partner_ids, ids_of(bodies)).draw(draw, 0, 2),
        ),
        conflict_procedure=part("conflict_procedure", lambda: draw(DRAFT_CONFLICTS)),
        institutional_links=part(
            "institutional_links", lambda: institutional_link_items(partner_ids).draw(draw, 0, 2)
        ),
        timeline=timeline,
        evaluation=part(
            "evaluation",
            lambda: EvaluationPlan(
                moments=evaluation_moment_items(indicator_ids, partner_ids, None).draw(draw, 0, 3)
            ),
        ),
        communication=part(
            "communication",
            lambda: CommunicationPlan(
                actions=communication_action_items(partner_ids).draw(draw, 0, 4)
            ),
        ),
        funds=part("funds", lambda: draw_funds(draw, partner_ids, ids_of(timeline.steps))),
        clauses=part("clauses", lambda: CLAUSES.draw(draw, 0, 3)),
        signatures=part(
            "signatures",
            lambda: draw_signatures(draw, partner_ids, 0, min(3, len(partner_ids))),
        ),
        extensions=header.extensions(),
    )


DRAFT_PARTNERS = partners(max_size=4)
DRAFT_PERIODS = periods(open_ended=True)
DRAFT_OBJECTIVES = objectives(max_size=2)
DRAFT_CONFLICTS = conflict_procedures()
COMPLETE_PARTNERS = partners(min_size=2, max_size=5)
"""The default parts of a convention, made once: strategies made while drawing are slow."""


def draw_complete_convention(
    draw: st.DrawFn,
    codes: frozenset[str],
    form: Form | None,
    today: dt.date | None,
    given: dict[str, Any],
) -> Convention:
    chosen = given.get("partners")
    drawn = draw(chosen if chosen is not None else COMPLETE_PARTNERS)
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
    given = {name: value for name, value in locals().items() if name in PARTS}
    for name, strategy in given.items():
        values.check_strategy("conventions", name, strategy)
    if type(complete) is not bool:
        raise InvalidArgument(f"conventions(complete={complete!r}): expected True or False")
    codes = _complete.profile_codes("conventions", profile)
    form = check_form("conventions", form)
    today = check_today("conventions", today)
    if complete:
        return values.drawing(
            lambda draw: draw_complete_convention(draw, codes, form, today, given)
        )
    return values.drawing(lambda draw: draw_any_convention(draw, form, given))
