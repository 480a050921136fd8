"""Every element the methodology note names, with the rule that finds it missing.

The note's four steps list what a partnership defines, clarifies, plans and evaluates;
its cross-cutting part names four audiences of communication and the seven elements
of a written convention, plus its minutes. Each row below is one such element, the
way it goes missing (left out, or written blank) and the rule that says so. The table
drives a test that takes each element out of a complete convention in turn and checks
the finding, and ``docs/methodology.md`` shows it: nothing the note asks for may go
unnoticed.
"""

from __future__ import annotations

import attrs

__all__ = ["ELEMENTS", "Element"]


@attrs.frozen(kw_only=True)
class Element:
    """One element of the note, how it goes missing and the rule that finds it."""

    key: str
    """A stable name for the row, ``part.element``."""
    part: str
    """Where the note names it: DEFINE, CLARIFY, PLAN, EVALUATE, or a cross-cutting concern."""
    element: str
    """The element, in the note's words."""
    missing: str
    """How it goes missing: taken out, or written blank."""
    code: str
    """The rule that finds it missing."""


def _rows(part: str, *rows: tuple[str, str, str, str]) -> tuple[Element, ...]:
    return tuple(
        Element(
            key=f"{part.lower()}.{key}", part=part, element=element, missing=missing, code=code
        )
        for key, element, missing, code in rows
    )


ELEMENTS: tuple[Element, ...] = (
    *_rows(
        "DEFINE",
        ("objectives", "the objectives", "none agreed", "define.objectives.missing"),
        (
            "objective-title",
            "the objectives",
            "an objective's title left blank",
            "define.objectives.untitled",
        ),
        (
            "indicators",
            "the evaluation indicators",
            "an objective without any",
            "define.objectives.no-measurable-indicator",
        ),
        (
            "indicator-name",
            "the evaluation indicators",
            "an indicator's name left blank",
            "define.indicators.unnamed",
        ),
        ("needs", "the needs", "none listed", "define.needs.missing"),
        (
            "need-description",
            "the needs",
            "a need's description left blank",
            "define.needs.undescribed",
        ),
        ("target-public", "the target public", "none named", "define.target-public.missing"),
        (
            "target-public-description",
            "the target public",
            "its description left blank",
            "define.target-public.undescribed",
        ),
    ),
    *_rows(
        "CLARIFY",
        ("roles", "the roles: who does what", "none given", "clarify.roles.missing"),
        (
            "responsibilities",
            "the roles: who does what",
            "a role's responsibilities left blank",
            "clarify.roles.no-responsibilities",
        ),
        (
            "role-holder",
            "the roles: who does what",
            "a role held by someone who is no partner",
            "integrity.references.unknown",
        ),
        (
            "coordinator",
            "who is the coordinator",
            "no partner holds the role",
            "clarify.roles.no-coordinator",
        ),
        ("tasks", "the tasks: what each one does", "none given", "clarify.tasks.missing"),
        (
            "task-title",
            "the tasks: what each one does",
            "a task's title left blank",
            "clarify.tasks.untitled",
        ),
        (
            "contribution",
            "each partner's contribution",
            "a partner's contributions taken out",
            "clarify.contributions.partner-without",
        ),
        (
            "contribution-content",
            "each partner's contribution",
            "a contribution that says nothing of what it brings",
            "clarify.contributions.empty",
        ),
        (
            "decisions",
            "how decisions are taken",
            "no decision rule",
            "clarify.decisions.no-rule",
        ),
        (
            "conflicts",
            "what to do in case of conflict",
            "no conflict procedure",
            "clarify.conflicts.no-procedure",
        ),
        (
            "institutions",
            "the relation to the institution, the public authority, the hierarchy",
            "no link and no partner saying whom it answers to",
            "clarify.institutions.none",
        ),
        (
            "funder",
            "the relation to the public authority",
            "no link to the authority that grants the subsidy",
            "clarify.institutions.unlinked",
        ),
        (
            "hierarchy",
            "the relation to the hierarchy",
            "no link to the board a partner answers to",
            "clarify.institutions.link-missing",
        ),
    ),
    *_rows(
        "PLAN",
        ("timeline", "a timeline", "no step at all", "plan.timeline.missing"),
        (
            "project-steps",
            "the project's steps",
            "only administrative steps",
            "plan.steps.no-project-step",
        ),
        (
            "administrative-steps",
            "the administrative steps",
            "only project steps",
            "plan.administrative.missing",
        ),
        (
            "subsidies",
            "subsidies",
            "no subsidy application for a subsidy of the budget",
            "plan.subsidy.no-application",
        ),
        (
            "authorisations",
            "authorisation requests",
            "no request for an activity that needs one",
            "plan.authorisation.missing",
        ),
        (
            "evaluation",
            "evaluation",
            "no evaluation step on an evaluation moment's date",
            "plan.evaluation.off-timeline",
        ),
        ("step-title", "a timeline", "a step's title left blank", "plan.steps.untitled"),
    ),
    *_rows(
        "EVALUATE",
        ("plan", "evaluating", "no evaluation moment", "evaluate.plan.missing"),
        (
            "indicators",
            "against the indicators agreed in DEFINE",
            "an indicator no moment looks at",
            "evaluate.indicators.not-covered",
        ),
        ("dates", "evaluating", "a moment without a date", "evaluate.moments.undated"),
    ),
    *_rows(
        "communication",
        (
            "public",
            "towards the public concerned",
            "no action towards it",
            "communication.audience-missing",
        ),
        (
            "professionals",
            "between professionals",
            "no action between them",
            "communication.audience-missing",
        ),
        (
            "institutions",
            "towards the institutions",
            "no action towards them",
            "communication.audience-missing",
        ),
        (
            "informal",
            "informal contact",
            "no occasion for it",
            "communication.audience-missing",
        ),
        (
            "description",
            "towards the public concerned",
            "the only action's description left blank",
            "communication.audience-missing",
        ),
    ),
    *_rows(
        "tracing",
        (
            "name",
            "convention: name of the partnership",
            "left blank",
            "tracing.convention.no-name",
        ),
        (
            "partner-names",
            "convention: names of the partners",
            "a partner's name left blank",
            "tracing.partners.unnamed",
        ),
        ("objectives", "convention: objectives", "none agreed", "define.objectives.missing"),
        ("timeline", "convention: timeline", "no step at all", "plan.timeline.missing"),
        (
            "decisions",
            "convention: decision-making process",
            "no decision rule",
            "clarify.decisions.no-rule",
        ),
        (
            "funds",
            "convention: management of funds",
            "no holder, no description, no budget",
            "tracing.funds.missing",
        ),
        (
            "responsibilities",
            "convention: roles and responsibilities of the members",
            "a role's responsibilities left blank",
            "clarify.roles.no-responsibilities",
        ),
        (
            "minutes",
            "minutes of the decisions taken",
            "no minutes",
            "tracing.minutes.missing",
        ),
    ),
    *_rows(
        "flexibility",
        (
            "amendments",
            "readjusting the project",
            "no amendment procedure",
            "flexibility.amendment-procedure.missing",
        ),
    ),
    *_rows(
        "network",
        (
            "directory",
            "knowing the other structures",
            "no structure known",
            "network.directory.empty",
        ),
    ),
)
"""The elements of the note, in its order."""
