"""Strategies of CLARIFY: roles, tasks with their RACI assignments, governing bodies and
their decision rules, the conflict procedure, links to institutions.

Private to :mod:`partnership_model.testing.strategies`, which exports the strategies.
"""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model.conflicts import (
    ConflictProcedure,
    ConflictRecord,
    ConflictStep,
    EscalationAction,
    EscalationStep,
)
from partnership_model.decision_making import (
    Attendance,
    BodyKind,
    DecisionMode,
    DecisionRule,
    GoverningBody,
    Rounding,
    TieBreak,
    Topic,
    VoteBase,
)
from partnership_model.institutions import InstitutionalLink, InstitutionKind, Involvement
from partnership_model.roles import Assignment, Raci, Role, RoleKind, Task
from partnership_model.testing import _values as values
from partnership_model.testing._digits import Digits, members
from partnership_model.testing._items import Ids, Items, Known, Values, reference, references
from partnership_model.testing._voting import distinct_weights, proxy_rule, veto, written_procedure

__all__ = [
    "assignments",
    "conflict_procedures",
    "conflict_records",
    "conflict_steps",
    "decision_rules",
    "escalation_steps",
    "governing_bodies",
    "institutional_links",
    "roles",
    "tasks",
]


def role_items(partners: Known) -> Items[Role]:
    def one(digits: Digits, key: str) -> Role:
        return Role(
            id=key,
            kind=digits.member(RoleKind),
            title=digits.optional_name(),
            holders=references(digits, partners, most=2),
            responsibilities=digits.texts(),
            extensions=digits.extensions(),
        )

    return Items(14, one)


def roles(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[Role, ...]]:
    """Roles (coordinator, treasurer, ...) held by some of ``partner_ids``."""
    known = values.check_ids("roles", "partner_ids", partner_ids)
    return role_items(known).strategy("roles", min_size, max_size)


def assignment(digits: Digits, partners: Known) -> Assignment:
    partner = digits.identifier() if partners is None else digits.pick(partners)
    return Assignment(partner=partner, raci=digits.member(Raci))


def assignments(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[Assignment, ...]]:
    """RACI assignments of ``partner_ids`` to a task."""
    known = values.check_ids("assignments", "partner_ids", partner_ids)
    if known == () and min_size > 0:
        raise InvalidArgument("assignments(partner_ids=()): no partner to assign, min_size > 0")
    return Values(2, lambda digits: assignment(digits, known)).strategy(
        "assignments", min_size, max_size
    )


def task_items(partners: Known, objectives: Known) -> Items[Task]:
    def one(digits: Digits, key: str) -> Task:
        return Task(
            id=key,
            title=digits.name(),
            description=digits.free_text(),
            assignments=()
            if partners == ()
            else digits.some(lambda assigned: assignment(assigned, partners), 3),
            objectives=references(digits, objectives, most=2),
            extensions=digits.extensions(),
        )

    return Items(16, one)


def tasks(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    partner_ids: Ids = None,
    objective_ids: Ids = None,
) -> st.SearchStrategy[tuple[Task, ...]]:
    """Tasks with RACI assignments of ``partner_ids``, serving some of ``objective_ids``."""
    return task_items(
        values.check_ids("tasks", "partner_ids", partner_ids),
        values.check_ids("tasks", "objective_ids", objective_ids),
    ).strategy("tasks", min_size, max_size)


def governing_body_items(partners: Known) -> Items[GoverningBody]:
    def one(digits: Digits, key: str) -> GoverningBody:
        members = references(digits, partners, most=4)
        return GoverningBody(
            id=key,
            name=digits.name(),
            kind=digits.member(BodyKind),
            members=members,
            chair=digits.maybe(members),
            meetings=digits.optional(digits.recurrence),
            extensions=digits.extensions(),
        )

    return Items(13, one)


def governing_bodies(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[GoverningBody, ...]]:
    """Steering committees and general assemblies: members among ``partner_ids``, a chair
    among the members, meetings as a recurrence."""
    known = values.check_ids("governing_bodies", "partner_ids", partner_ids)
    return governing_body_items(known).strategy("governing_bodies", min_size, max_size)


def decision_rule_items(partners: Known, bodies: Known) -> Items[DecisionRule]:
    def one(digits: Digits, key: str) -> DecisionRule:
        largest, present = digits.flag(8), digits.between(0, 5)
        minimum_present = 2**63 - 1 if largest else present
        return DecisionRule(
            id=key,
            mode=digits.member(DecisionMode),
            body=reference(digits, bodies),
            voters=references(digits, partners, most=4),
            excluded=references(digits, partners, most=1),
            weights=distinct_weights(digits, partners, 2),
            delegate=reference(digits, partners),
            quorum=digits.optional(digits.fraction),
            minimum_present=minimum_present if digits.flag() else None,
            attendance=digits.member(Attendance),
            quorum_by_weight=digits.flag(4),
            abstentions_in_quorum=not digits.flag(4),
            threshold=digits.optional(digits.fraction),
            strict=digits.flag(),
            threshold_base=digits.member(VoteBase),
            minimum_in_favour=digits.between(1, 4) if digits.flag(4) else None,
            rounding=digits.member(Rounding),
            tie_break=digits.member(TieBreak),
            veto=veto(digits, partners) if digits.flag(4) else None,
            proxies=proxy_rule(digits) if digits.flag(4) else None,
            written=written_procedure(digits) if digits.flag(4) else None,
            scope=digits.choose(members(Topic), least=0, most=3),
            description=digits.optional_text(),
            extensions=digits.extensions(),
        )

    return Items(54, one)


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
    return decision_rule_items(
        values.check_ids("decision_rules", "partner_ids", partner_ids),
        values.check_ids("decision_rules", "body_ids", body_ids),
    ).strategy("decision_rules", min_size, max_size)


def escalation_step(digits: Digits) -> EscalationStep:
    return EscalationStep(
        action=digits.member(EscalationAction),
        description=digits.free_text(),
        handled_by=digits.optional_name(),
        time_limit_days=digits.optional(digits.whole_number),
    )


ESCALATION_STEPS = Values(11, escalation_step)


def escalation_steps(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[EscalationStep, ...]]:
    """The steps of a conflict procedure: talk, coordinator, body, mediation, court."""
    return ESCALATION_STEPS.strategy("escalation_steps", min_size, max_size)


def conflict_procedures(
    *, steps: st.SearchStrategy[tuple[EscalationStep, ...]] | None = None
) -> st.SearchStrategy[ConflictProcedure]:
    """What to do in case of conflict, step by step."""
    values.check_strategy("conflict_procedures", "steps", steps)
    return st.builds(
        ConflictProcedure, steps=steps if steps is not None else escalation_steps(max_size=4)
    )


def institutional_link_items(partners: Known) -> Items[InstitutionalLink]:
    def one(digits: Digits, key: str) -> InstitutionalLink:
        return InstitutionalLink(
            id=key,
            partner=reference(digits, partners),
            institution=digits.name(),
            kind=digits.member(InstitutionKind),
            involvement=digits.member(Involvement),
            topics=digits.choose(members(Topic), least=0, most=3),
            contact=digits.optional_text(),
            extensions=digits.extensions(),
        )

    return Items(15, one)


def institutional_links(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[InstitutionalLink, ...]]:
    """Links to an institution or public authority: informed, consulted, approving."""
    known = values.check_ids("institutional_links", "partner_ids", partner_ids)
    return institutional_link_items(known).strategy("institutional_links", min_size, max_size)


def conflict_step(digits: Digits) -> ConflictStep:
    started = digits.any_day()
    ended = digits.any_day() if digits.flag() else None
    if ended is not None and ended < started:
        started, ended = ended, started
    return ConflictStep(
        step=digits.between(1, 4), started_on=started, ended_on=ended, result=digits.free_text()
    )


CONFLICT_STEPS = Values(7, conflict_step)


def conflict_steps(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[ConflictStep, ...]]:
    """Steps of a conflict procedure a conflict went to: a step number from 1, the day it
    started and perhaps the day it ended."""
    return CONFLICT_STEPS.strategy("conflict_steps", min_size, max_size)


def conflict_record_items(partners: Known) -> Items[ConflictRecord]:
    def one(digits: Digits, key: str) -> ConflictRecord:
        return ConflictRecord(
            id=key,
            opened_on=digits.any_day(),
            parties=references(digits, partners, most=3),
            subject=digits.free_text(),
            steps=digits.some(conflict_step, 2),
            settled_on=digits.any_day() if digits.flag(4) else None,
            extensions=digits.extensions(),
        )

    return Items(27, one)


def conflict_records(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[ConflictRecord, ...]]:
    """Conflicts between some of ``partner_ids``, with the steps of the procedure they
    went to."""
    known = values.check_ids("conflict_records", "partner_ids", partner_ids)
    return conflict_record_items(known).strategy("conflict_records", min_size, max_size)
