"""Nothing the note asks for goes unnoticed: every element it names, taken out of a
complete convention one at a time, is found missing at its step.

The elements come from ``partnership_model._rules._elements.ELEMENTS``, the table that
docs/methodology.md shows: the note's DEFINE, CLARIFY, PLAN and EVALUATE lists, its
four audiences of communication, the seven elements of a written convention and its
minutes, the flexibility to readjust and the network. Each row says how the element
goes missing; this file does exactly that to the complete Brussels dossier.

A property test does the same with Hypothesis for every text the note requires: drawn
complete conventions, one required text made blank in any of Unicode's white spaces.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import (
    Audience,
    ClauseKind,
    CommunicationPlan,
    ConflictProcedure,
    Contribution,
    Convention,
    Directory,
    Dossier,
    EvaluationPlan,
    FundManagement,
    MethodologyStep,
    Objective,
    Role,
    RoleKind,
    StepKind,
    Timeline,
    validate,
)
from partnership_model._rules._elements import ELEMENTS, Element
from partnership_model.testing import strategies as pms
from partnership_model.validation import CATALOGUE
from tests.support import BEFORE_THE_START, brussels

# --- how each element goes missing from the Brussels dossier -----------------------------


def changed(**changes: Any) -> Callable[[Dossier], Dossier]:
    """Take out or rewrite parts of the convention."""

    def change(dossier: Dossier) -> Dossier:
        return attrs.evolve(dossier, convention=attrs.evolve(dossier.convention, **changes))

    return change


def rewritten(part: str, at: int, **changes: Any) -> Callable[[Dossier], Dossier]:
    """Rewrite the item at ``at`` of the convention's tuple ``part``."""

    def change(dossier: Dossier) -> Dossier:
        items = getattr(dossier.convention, part)
        item = attrs.evolve(items[at], **changes)
        return changed(**{part: (*items[:at], item, *items[at + 1 :])})(dossier)

    return change


def kept(part: str, keep: Callable[[Any], bool]) -> Callable[[Dossier], Dossier]:
    """Keep only the items of the convention's tuple ``part`` that ``keep`` accepts."""

    def change(dossier: Dossier) -> Dossier:
        items = getattr(dossier.convention, part)
        return changed(**{part: tuple(item for item in items if keep(item))})(dossier)

    return change


def with_steps(change_step: Callable[[Any], Any]) -> Callable[[Dossier], Dossier]:
    def change(dossier: Dossier) -> Dossier:
        steps = tuple(change_step(step) for step in dossier.convention.timeline.steps)
        return changed(timeline=Timeline(steps=steps))(dossier)

    return change


def step_kind(old: StepKind, new: StepKind) -> Callable[[Dossier], Dossier]:
    return with_steps(lambda s: attrs.evolve(s, kind=new) if s.kind is old else s)


def with_moments(change_moment: Callable[[Any], Any]) -> Callable[[Dossier], Dossier]:
    def change(dossier: Dossier) -> Dossier:
        moments = tuple(change_moment(m) for m in dossier.convention.evaluation.moments)
        return changed(evaluation=EvaluationPlan(moments=moments))(dossier)

    return change


def first_indicator_named(name: str) -> Callable[[Dossier], Dossier]:
    def change(dossier: Dossier) -> Dossier:
        objective = dossier.convention.objectives[0]
        indicators = (attrs.evolve(objective.indicators[0], name=name), *objective.indicators[1:])
        return rewritten("objectives", 0, indicators=indicators)(dossier)

    return change


def without_audience(audience: Audience) -> Callable[[Dossier], Dossier]:
    def change(dossier: Dossier) -> Dossier:
        actions = dossier.convention.communication.actions
        left = tuple(a for a in actions if a.audience is not audience)
        return changed(communication=CommunicationPlan(actions=left))(dossier)

    return change


def public_action_blank(dossier: Dossier) -> Dossier:
    actions = tuple(
        attrs.evolve(a, description="\u2003") if a.audience is Audience.PUBLIC else a
        for a in dossier.convention.communication.actions
    )
    return changed(communication=CommunicationPlan(actions=actions))(dossier)


def no_institutions(dossier: Dossier) -> Dossier:
    partners = tuple(attrs.evolve(p, answers_to=()) for p in dossier.convention.partners)
    return changed(institutional_links=(), partners=partners)(dossier)


def without_minutes(dossier: Dossier) -> Dossier:
    return attrs.evolve(dossier, minutes=(), amendments=())


def without_directory(dossier: Dossier) -> Dossier:
    return attrs.evolve(dossier, directory=Directory())


no_objectives = changed(objectives=())
no_timeline = changed(timeline=Timeline())
no_decision_rules = changed(decision_rules=())
no_responsibilities = rewritten("roles", 0, responsibilities=(" ", "\t"))

TAKEN_OUT: dict[str, Callable[[Dossier], Dossier]] = {
    "define.objectives": no_objectives,
    "define.objective-title": rewritten("objectives", 0, title=" "),
    "define.indicators": rewritten("objectives", 0, indicators=()),
    "define.indicator-name": first_indicator_named("\u3000"),
    "define.needs": changed(needs=()),
    "define.need-description": rewritten("needs", 0, description=""),
    "define.target-public": changed(target_publics=()),
    "define.target-public-description": rewritten("target_publics", 0, description="\t\n"),
    "clarify.roles": changed(roles=()),
    "clarify.responsibilities": no_responsibilities,
    "clarify.role-holder": rewritten("roles", 1, holders=("banque-alimentaire",)),
    "clarify.coordinator": kept("roles", lambda r: r.kind is not RoleKind.COORDINATOR),
    "clarify.tasks": changed(tasks=()),
    "clarify.task-title": rewritten("tasks", 0, title=""),
    "clarify.contribution": kept("contributions", lambda c: c.partner != "fourneaux"),
    # The cold room of the Fourneaux: a contribution of no amount and no quantity.
    "clarify.contribution-content": rewritten("contributions", 6, description=" "),
    "clarify.decisions": no_decision_rules,
    "clarify.conflicts": changed(conflict_procedure=ConflictProcedure()),
    "clarify.institutions": no_institutions,
    "clarify.funder": kept("institutional_links", lambda link: link.id != "link-cocof"),
    "clarify.hierarchy": kept("institutional_links", lambda link: link.id != "link-pont-ca"),
    "plan.timeline": no_timeline,
    "plan.project-steps": step_kind(StepKind.PROJECT, StepKind.OTHER),
    "plan.administrative-steps": with_steps(lambda s: attrs.evolve(s, kind=StepKind.PROJECT)),
    "plan.subsidies": step_kind(StepKind.SUBSIDY_APPLICATION, StepKind.OTHER),
    "plan.authorisations": step_kind(StepKind.AUTHORISATION_REQUEST, StepKind.OTHER),
    "plan.evaluation": step_kind(StepKind.EVALUATION, StepKind.OTHER),
    "plan.step-title": with_steps(lambda s: attrs.evolve(s, title="\u00a0")),
    "evaluate.plan": changed(evaluation=EvaluationPlan()),
    "evaluate.indicators": with_moments(
        lambda m: attrs.evolve(
            m, indicators=tuple(i for i in m.indicators if i != "ind-isolement")
        )
    ),
    "evaluate.dates": with_moments(lambda m: attrs.evolve(m, date=None)),
    "communication.public": without_audience(Audience.PUBLIC),
    "communication.professionals": without_audience(Audience.PROFESSIONALS),
    "communication.institutions": without_audience(Audience.INSTITUTIONS),
    "communication.informal": without_audience(Audience.INFORMAL),
    "communication.description": public_action_blank,
    "tracing.name": changed(name="\u2028"),
    "tracing.partner-names": rewritten("partners", 0, name=" "),
    "tracing.objectives": no_objectives,
    "tracing.timeline": no_timeline,
    "tracing.decisions": no_decision_rules,
    "tracing.funds": changed(funds=FundManagement()),
    "tracing.responsibilities": no_responsibilities,
    "tracing.minutes": without_minutes,
    "flexibility.amendments": kept(
        "clauses", lambda c: c.kind is not ClauseKind.AMENDMENT_PROCEDURE
    ),
    "network.directory": without_directory,
}
"""For each row of the table, the change that makes its element go missing."""

STEP_OF_PART = {
    "DEFINE": {MethodologyStep.DEFINE},
    "CLARIFY": {MethodologyStep.CLARIFY, MethodologyStep.INTEGRITY},
    "PLAN": {MethodologyStep.PLAN},
    "EVALUATE": {MethodologyStep.EVALUATE},
    "communication": {MethodologyStep.COMMUNICATION},
    # The convention's elements are each checked at the step of the note that asks for
    # them: its objectives at DEFINE, its timeline at PLAN, its decisions at CLARIFY.
    "tracing": set(MethodologyStep),
    "flexibility": {MethodologyStep.FLEXIBILITY},
    "network": {MethodologyStep.NETWORK},
}
"""The steps at which the findings about each part of the note may be reported."""

by_row = pytest.mark.parametrize("element", ELEMENTS, ids=lambda e: e.key)


def test_every_element_of_the_table_has_its_way_to_go_missing() -> None:
    assert [e.key for e in ELEMENTS] == list(TAKEN_OUT)


def test_the_table_names_built_in_rules_only() -> None:
    assert {e.code for e in ELEMENTS} <= set(CATALOGUE)


def test_the_table_holds_the_lists_of_the_note() -> None:
    parts = [e.part for e in ELEMENTS]
    assert list(dict.fromkeys(parts)) == [
        "DEFINE",
        "CLARIFY",
        "PLAN",
        "EVALUATE",
        "communication",
        "tracing",
        "flexibility",
        "network",
    ]
    communicated = {e.key for e in ELEMENTS if e.part == "communication"}
    assert {f"communication.{a.value}" for a in Audience} <= communicated
    written = [e for e in ELEMENTS if e.element.startswith("convention: ")]
    assert len(written) == 7  # name, partners, objectives, timeline, decisions, funds, roles


def test_the_brussels_dossier_lacks_nothing() -> None:
    assert validate(brussels(), today=BEFORE_THE_START).findings == ()


@by_row
def test_each_element_taken_out_is_found_missing_at_its_step(element: Element) -> None:
    report = validate(TAKEN_OUT[element.key](brussels()), today=BEFORE_THE_START)
    found = [f for f in report.findings if f.code == element.code]
    assert found, f"{element.key}: {[f.code for f in report.findings]}"
    assert {f.step for f in found} <= STEP_OF_PART[element.part]
    assert CATALOGUE[element.code].step in STEP_OF_PART[element.part]


# --- every required text, left blank ---------------------------------------------------------

WHITE_SPACE = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
blanks = st.text(alphabet=WHITE_SPACE, max_size=4)
"""Texts that say nothing: empty, or white space only, any of Unicode's."""

T = TypeVar("T")


def one_of(items: tuple[T, ...], at: int, change: Callable[[T], T]) -> tuple[T, ...]:
    """``items`` with the one at ``at`` (counted round) changed."""
    where = at % len(items)
    return (*items[:where], change(items[where]), *items[where + 1 :])


Blanking = Callable[[Convention, int, str], Convention]


def blank_field(part: str, field: str) -> Blanking:
    """Blank the text ``field`` of one item of the convention's tuple ``part``."""

    def blanked(convention: Convention, at: int, text: str) -> Convention:
        items = getattr(convention, part)
        changed = one_of(items, at, lambda item: attrs.evolve(item, **{field: text}))
        return attrs.evolve(convention, **{part: changed})  # type: ignore[arg-type]

    return blanked


def blank_indicator_name(convention: Convention, at: int, text: str) -> Convention:
    def renamed(objective: Objective) -> Objective:
        first = attrs.evolve(objective.indicators[0], name=text)
        return attrs.evolve(objective, indicators=(first, *objective.indicators[1:]))

    return attrs.evolve(convention, objectives=one_of(convention.objectives, at, renamed))


def blank_responsibilities(convention: Convention, at: int, text: str) -> Convention:
    def unsaid(role: Role) -> Role:
        return attrs.evolve(role, responsibilities=(text,) * len(role.responsibilities))

    return attrs.evolve(convention, roles=one_of(convention.roles, at, unsaid))


def blank_step_title(convention: Convention, at: int, text: str) -> Convention:
    steps = one_of(convention.timeline.steps, at, lambda s: attrs.evolve(s, title=text))
    return attrs.evolve(convention, timeline=Timeline(steps=steps))


def blank_public_actions(convention: Convention, at: int, text: str) -> Convention:
    actions = tuple(
        attrs.evolve(a, description=text) if a.audience is Audience.PUBLIC else a
        for a in convention.communication.actions
    )
    return attrs.evolve(convention, communication=CommunicationPlan(actions=actions))


def blank_contribution(convention: Convention, at: int, text: str) -> Convention:
    def emptied(contribution: Contribution) -> Contribution:
        return attrs.evolve(contribution, description=text, amount=None, quantity=None)

    return attrs.evolve(convention, contributions=one_of(convention.contributions, at, emptied))


def blank_signatory(convention: Convention, at: int, text: str) -> Convention:
    signatures = one_of(convention.signatures, at, lambda s: attrs.evolve(s, signatory=text))
    return attrs.evolve(convention, signatures=signatures)


def blank_name(convention: Convention, at: int, text: str) -> Convention:
    return attrs.evolve(convention, name=text)


REQUIRED: dict[str, Blanking] = {
    "tracing.convention.no-name": blank_name,
    "tracing.partners.unnamed": blank_field("partners", "name"),
    "define.objectives.untitled": blank_field("objectives", "title"),
    "define.indicators.unnamed": blank_indicator_name,
    "define.needs.undescribed": blank_field("needs", "description"),
    "define.target-public.undescribed": blank_field("target_publics", "description"),
    "clarify.roles.no-responsibilities": blank_responsibilities,
    "clarify.tasks.untitled": blank_field("tasks", "title"),
    "clarify.contributions.empty": blank_contribution,
    "plan.steps.untitled": blank_step_title,
    "communication.audience-missing": blank_public_actions,
    "tracing.signatures.missing": blank_signatory,
}
"""Each text the note requires, and how to blank it in a complete convention; the key is
the rule that then finds it missing."""


@given(
    convention=pms.conventions(complete=True),
    code=st.sampled_from(sorted(REQUIRED)),
    at=st.integers(0, 10),
    text=blanks,
)
def test_any_required_text_left_blank_is_found_missing(
    convention: Convention, code: str, at: int, text: str
) -> None:
    broken = REQUIRED[code](convention, at, text)
    assert code in {f.code for f in validate(broken).findings}


def test_every_text_the_table_names_blank_is_blanked_by_the_property() -> None:
    blanked = {e.code for e in ELEMENTS if "blank" in e.missing or "says nothing" in e.missing}
    assert blanked <= set(REQUIRED)
