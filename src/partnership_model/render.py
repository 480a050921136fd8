"""Text for people: a short summary of a convention or dossier, or the whole convention as
a Markdown document to read and sign, in French, English or Dutch.

The library's own words (headings, labels, enum names, the sentences that say a decision
rule or a recurrence) come from the catalogue in the chosen language; what the partners
wrote (names, titles, descriptions, clauses) stays as they wrote it, escaped so that it
always reads as plain text and never as Markdown, HTML or Mermaid.

The work is split by concern: :mod:`partnership_model._wording` says things,
:mod:`partnership_model._markdown` escapes and lays them out, and each section of the
document is a function in :mod:`partnership_model._sections` (CLARIFY in
:mod:`partnership_model._clarify_sections`).
"""

from __future__ import annotations

import datetime as dt

from partnership_model._clarify_sections import clarify_section
from partnership_model._evaluation_section import evaluation_results_section
from partnership_model._history_section import history_section
from partnership_model._markdown import MarkdownPage, gantt_chart
from partnership_model._sections import (
    agenda_section,
    amendments_section,
    clauses_section,
    communication_section,
    conflicts_section,
    define_section,
    evaluate_section,
    funds_section,
    minutes_section,
    partners_section,
    plan_section,
    signatures_section,
    title_section,
)
from partnership_model._wording import REFERENCE_LENGTH
from partnership_model.classification import classify
from partnership_model.convention import Convention
from partnership_model.dossier import Dossier, read_target
from partnership_model.errors import InvalidValueError
from partnership_model.i18n import resolve_language, translate
from partnership_model.money import totals_by_currency
from partnership_model.roles import RoleKind
from partnership_model.schedule import agenda
from partnership_model.validation import Context

__all__ = ["REFERENCE_LENGTH", "render_gantt", "render_markdown", "summarize"]


def _line(key: str, language: str, value: object) -> str:
    return f"{translate(key, language)}{translate('summary.separator', language)}{value}"


def summarize(target: Dossier | Convention, language: str = "fr") -> str:
    """A few lines saying what the convention is, who is in it and how far it has got.

    Labels are in ``language``; what the partners wrote stays as they wrote it.
    """
    convention, dossier = read_target("summarize", target)
    language = resolve_language(language)
    none = translate("summary.none", language)
    separator = translate("summary.separator", language)
    classification = classify(convention)
    declared = convention.form.label(language) if convention.form else none
    found = classification.form.label(language) if classification.form else none
    partners = (
        ", ".join(f"{p.name} ({p.kind.label(language)})" for p in convention.partners) or none
    )
    names = Context(convention, dossier, None).partner_names
    coordinators = [
        names.get(holder, holder)
        for role in convention.roles
        if role.kind is RoleKind.COORDINATOR
        for holder in role.holders
    ]
    period = convention.period
    span = (
        f"{period.start.isoformat() if period.start else '?'} → "
        f"{period.end.isoformat() if period.end else '?'}"
    )
    needs = totals_by_currency(n.amount for n in convention.needs if n.amount is not None)
    lines = [
        convention.name,
        "=" * len(convention.name),
        _line(
            "summary.form",
            language,
            f"{declared} ({translate('summary.classified', language)}{separator}{found})",
        ),
        _line("summary.partners", language, partners),
        _line(
            "summary.coordinator",
            language,
            ", ".join(coordinators) or none,
        ),
        _line("summary.period", language, span),
        _line("summary.objectives", language, len(convention.objectives)),
        _line(
            "summary.indicators",
            language,
            sum(len(o.indicators) for o in convention.objectives),
        ),
        _line("summary.needs", language, len(convention.needs)),
        _line(
            "summary.financial-needs",
            language,
            ", ".join(str(total) for total in needs.values()) or none,
        ),
        _line("summary.tasks", language, len(convention.tasks)),
        _line("summary.contributions", language, len(convention.contributions)),
        _line("summary.steps", language, len(convention.timeline.steps)),
        _line(
            "summary.administrative-steps",
            language,
            sum(1 for s in convention.timeline.steps if s.kind.is_administrative),
        ),
        _line("summary.evaluation-moments", language, len(convention.evaluation.moments)),
        _line(
            "summary.communication-actions",
            language,
            len(convention.communication.actions),
        ),
        _line("summary.signatures", language, len(convention.signatures)),
    ]
    if dossier is not None:
        lines.append(_line("summary.minutes", language, len(dossier.minutes)))
        lines.append(_line("summary.amendments", language, len(dossier.amendments)))
    lines.append("")
    lines.extend(f"- {reason}" for reason in classification.explain(language, names))
    return "\n".join(lines)


def render_markdown(
    target: Dossier | Convention, *, language: str = "fr", today: dt.date | None = None
) -> str:
    """The convention as a Markdown document to read and sign, in the methodology's order.

    Title, form (declared, and what :func:`classify` finds), period and purpose; the
    partners; DEFINE, CLARIFY (a RACI table of the tasks, each decision rule in words),
    PLAN (a table and a Mermaid ``gantt`` chart of the dated steps), EVALUATE; then
    communication, fund management, clauses and one signature block per partner. A
    dossier renders its current convention, then its amendments with what each changed
    (:func:`~partnership_model.diff`), its minutes and its conflicts. A section
    with nothing in it yet says so, so that a draft shows what is missing.

    Headings and labels are in ``language`` (``fr``, ``en``, ``nl``, or a regional tag
    such as ``nl-BE``); what the partners wrote stays as written, escaped so that it
    shows as plain text. Amounts keep every digit. Nothing depends on the day it is
    rendered: for the text in force on some day, render ``dossier.in_force(day)``. Given
    ``today``, the document also holds its agenda on that day, after PLAN: what is due in
    the four weeks from it and what is late (:func:`~partnership_model.agenda`). That
    agenda reads the text in force on ``today``, as :func:`~partnership_model.agenda`
    does, while every other section shows the dossier's latest text: an amendment not yet
    in force on ``today`` shows in the sections, not yet in the agenda.
    """
    convention, dossier = read_target("render_markdown", target)
    language = resolve_language(language)
    if today is not None and type(today) is not dt.date:
        raise InvalidValueError("render_markdown(today)", today, "expected a datetime.date")
    page = MarkdownPage(convention, dossier, language)
    blocks = [
        *title_section(page),
        *partners_section(page),
        *define_section(page),
        *clarify_section(page),
        *plan_section(page),
        *(() if today is None else agenda_section(page, agenda(target, on=today))),
        *evaluate_section(page),
        *(() if dossier is None else evaluation_results_section(page, dossier)),
        *communication_section(page),
        *funds_section(page),
        *clauses_section(page),
        *signatures_section(page),
    ]
    if dossier is not None:
        blocks += [
            *amendments_section(page, dossier),
            *history_section(page, dossier),
            *minutes_section(page, dossier),
            *conflicts_section(page, dossier),
        ]
    return "\n\n".join(blocks) + "\n"


def render_gantt(target: Dossier | Convention, *, language: str = "fr") -> str:
    """The dated steps of the timeline as a Mermaid ``gantt`` chart in a Markdown code
    block, the project's steps then the administrative ones: the chart the rendered
    convention shows in PLAN, for a page of its own or a wiki."""
    convention, dossier = read_target("render_gantt", target)
    return gantt_chart(MarkdownPage(convention, dossier, resolve_language(language))) + "\n"
