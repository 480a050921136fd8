"""The CLARIFY section of the rendered convention: roles, tasks as a RACI table,
contributions, decision-making (bodies, rules in words, the conflict procedure) and the
institutions; each part a function of the :class:`~partnership_model._markdown.MarkdownPage`."""

from __future__ import annotations

from partnership_model._markdown import MarkdownPage, cell, escape, table
from partnership_model._rule_wording import rule_details
from partnership_model._wording import NOT_SAID, capitalised, money
from partnership_model.money import Money, totals_by_currency
from partnership_model.roles import Raci, Task
from partnership_model.text import blank

__all__ = ["clarify_section"]


_RACI_COLUMNS = 8
"""The most partners a RACI table has columns for; with more, each task lists its
assignments instead, so that the document grows with the assignments, not with the
partners times the tasks."""


def _raci(page: MarkdownPage) -> list[str]:
    """Rows the tasks, columns the partners (then ids not among them), cells R, A, C, I;
    each task's assignments in a list when there are too many partners for columns."""
    tasks = page.convention.tasks
    columns = dict.fromkeys(page.partners)
    for task in tasks:
        for assignment in task.assignments:
            columns.setdefault(assignment.partner)
    separator = page.say("summary.separator")
    legend = " · ".join(f"{r.letter}{separator}{r.label(page.language)}" for r in Raci)
    letters_by_task = [_letters(task) for task in tasks]
    if len(columns) > _RACI_COLUMNS:
        items = [
            f"- **{cell(task.title)}**{separator}"
            + (
                "; ".join(
                    f"{page.partner(partner)} ({letters})" for partner, letters in held.items()
                )
                or NOT_SAID
            )
            for task, held in zip(tasks, letters_by_task, strict=True)
        ]
        return ["\n".join(items), legend]
    header = [page.say("document.task"), *(page.partner(p) for p in columns)]
    rows = [
        [cell(task.title), *(held.get(partner, "") for partner in columns)]
        for task, held in zip(tasks, letters_by_task, strict=True)
    ]
    return [table(header, rows, centred=len(columns)), legend]


def _letters(task: Task) -> dict[str, str]:
    """Each partner's RACI letters on ``task``, in the order R, A, C, I."""
    held: dict[str, set[Raci]] = {}
    for assignment in task.assignments:
        held.setdefault(assignment.partner, set()).add(assignment.raci)
    return {
        partner: ", ".join(r.letter for r in Raci if r in roles) for partner, roles in held.items()
    }


def clarify_section(page: MarkdownPage) -> list[str]:
    convention = page.convention
    blocks = [page.heading(2, "document.clarify"), page.heading(3, "document.roles")]
    if not convention.roles:
        blocks.append(page.say("document.none-yet"))
    else:
        header = page.header("document.role", "document.holders", "document.responsibilities")
        rows = [
            [
                f"{cell(r.title)} ({r.kind.label(page.language)})"
                if r.title
                else capitalised(r.kind.label(page.language)),
                page.partner_list(r.holders),
                "; ".join(cell(x) for x in r.responsibilities) or NOT_SAID,
            ]
            for r in convention.roles
        ]
        blocks.append(table(header, rows))

    blocks.append(page.heading(3, "document.tasks"))
    blocks += _raci(page) if convention.tasks else [page.say("document.none-yet")]
    blocks += contributions_section(page)
    blocks += decisions_section(page)

    blocks.append(page.heading(3, "document.institutions"))
    if not convention.institutional_links:
        return [*blocks, page.say("document.none-yet")]
    header = page.header(
        "document.institution",
        "document.kind",
        "document.partner",
        "document.involvement",
        "document.topics",
        "document.contact",
    )
    rows = [
        [
            cell(link.institution),
            link.kind.label(page.language),
            page.partner(link.partner) if link.partner else page.say("document.whole-partnership"),
            link.involvement.label(page.language),
            ", ".join(t.label(page.language) for t in link.topics) or NOT_SAID,
            cell(link.contact),
        ]
        for link in convention.institutional_links
    ]
    return [*blocks, table(header, rows)]


def contributions_section(page: MarkdownPage) -> list[str]:
    """Each partner's contributions, partner by partner, and their amounts per partner."""
    blocks = [page.heading(3, "document.contributions")]
    if not page.convention.contributions:
        return [*blocks, page.say("document.none-yet")]
    order = {partner: place for place, partner in enumerate(page.partners)}
    contributions = sorted(
        page.convention.contributions,
        key=lambda contribution: (
            order.get(contribution.partner, len(order)) if contribution.partner else len(order) + 1
        ),
    )
    header = page.header(
        "document.partner",
        "document.contribution",
        "document.kind",
        "document.amount",
        "document.quantity",
        "document.covers",
        "document.serves",
    )
    rows = [
        [
            page.contributor(k.partner),
            cell(k.description),
            k.kind.label(page.language),
            money(k.amount) if k.amount else NOT_SAID,
            page.quantity(k.quantity) if k.quantity else NOT_SAID,
            page.named(page.needs, k.covers),
            page.named(page.tasks, k.serves),
        ]
        for k in contributions
    ]
    blocks.append(table(header, rows))
    amounts: dict[str, list[Money]] = {}
    for contribution in contributions:
        if contribution.amount is not None:
            amounts.setdefault(page.contributor(contribution.partner), []).append(
                contribution.amount
            )
    if amounts:
        separator = page.say("summary.separator")
        blocks.append(f"{page.say('document.contribution-totals')}{separator.rstrip()}")
        totals = {who: totals_by_currency(sums).values() for who, sums in amounts.items()}
        blocks.append(
            "\n".join(
                f"- {who}{separator}{', '.join(money(m) for m in currencies)}"
                for who, currencies in totals.items()
            )
        )
    return blocks


def decisions_section(page: MarkdownPage) -> list[str]:
    """Governing bodies, decision rules in words, and what to do in case of conflict."""
    convention = page.convention
    blocks = [page.heading(3, "document.decision-making"), page.heading(4, "document.bodies")]
    if not convention.governing_bodies:
        blocks.append(page.say("document.none-yet"))
    else:
        header = page.header(
            "document.body",
            "document.kind",
            "document.members",
            "document.chair",
            "document.meetings",
        )
        rows = [
            [
                cell(b.name),
                b.kind.label(page.language),
                page.partner_list(b.members),
                page.partner(b.chair),
                page.recurrence(b.meetings),
            ]
            for b in convention.governing_bodies
        ]
        blocks.append(table(header, rows))

    blocks.append(page.heading(4, "document.rules"))
    if not convention.decision_rules:
        blocks.append(page.say("document.none-yet"))
    else:
        separator = page.say("summary.separator")
        scoped = any(rule.scope for rule in convention.decision_rules)
        items = []
        for rule in convention.decision_rules:
            topics = (
                ", ".join(topic.label(page.language) for topic in rule.scope)
                if rule.scope
                else page.say("document.other-topics" if scoped else "document.all-topics")
            )
            body = f" ({page.anyone(rule.body)})" if rule.body else ""
            item = f"- **{capitalised(topics)}**{body}{separator}{page.rule_sentence(rule)}"
            if rule.voters:
                item += (
                    f" {page.say('document.voters')}{separator}{page.partner_list(rule.voters)}."
                )
            details = rule_details(page, rule)
            if details:
                item += " " + " ".join(details)
            if rule.description is not None and not blank(rule.description):
                item += f" {escape(rule.description)}"
            items.append(item)
        blocks.append("\n".join(items))

    blocks.append(page.heading(4, "document.conflicts"))
    if not convention.conflict_procedure.steps:
        return [*blocks, page.say("document.none-yet")]
    header = page.header(
        "document.step",
        "document.action",
        "document.description",
        "document.handled-by",
        "document.time-limit",
    )
    rows = [
        [
            str(number),
            capitalised(s.action.label(page.language)),
            cell(s.description),
            page.anyone(s.handled_by),
            NOT_SAID
            if s.time_limit_days is None
            else page.say(
                "document.days-one" if s.time_limit_days == 1 else "document.days",
                count=s.time_limit_days,
            ),
        ]
        for number, s in enumerate(convention.conflict_procedure.steps, start=1)
    ]
    return [*blocks, table(header, rows)]
