"""The sections of the rendered convention, in the methodology's order (CLARIFY has its
own module): each a function of the :class:`~partnership_model._markdown.MarkdownPage`
that returns its Markdown blocks."""

from __future__ import annotations

import datetime as dt

from partnership_model._markdown import MarkdownPage, cell, escape, gantt_chart, table
from partnership_model._wording import NOT_SAID, amount, capitalised, day, money, short
from partnership_model.classification import classify
from partnership_model.convention import Signature
from partnership_model.dossier import Dossier
from partnership_model.minutes import Choice, DecideStep, DecisionRecord
from partnership_model.money import totals_by_currency
from partnership_model.planning import Step
from partnership_model.schedule import Agenda
from partnership_model.text import blank

__all__ = [
    "amendments_section",
    "clauses_section",
    "communication_section",
    "conflicts_section",
    "define_section",
    "evaluate_section",
    "funds_section",
    "minutes_section",
    "partners_section",
    "plan_section",
    "signatures_section",
    "title_section",
]


def title_section(page: MarkdownPage) -> list[str]:
    convention = page.convention
    classification = classify(convention)
    not_stated = page.say("document.not-stated")
    declared = convention.form.label(page.language) if convention.form else not_stated
    found = classification.form.label(page.language) if classification.form else not_stated
    reasons = classification.explain(page.language, page.partners)
    start = convention.period.start.isoformat() if convention.period.start else "?"
    end = convention.period.end.isoformat() if convention.period.end else "?"
    return [
        f"# {cell(convention.name)}",
        "\n".join(
            [
                page.fields(("document.form", declared), ("document.classified", found)),
                *(f"  - {escape(reason)}" for reason in reasons),
                page.fields(
                    ("document.period", f"{start} → {end}"),
                    (
                        "document.purpose",
                        not_stated if blank(convention.purpose) else escape(convention.purpose),
                    ),
                ),
            ]
        ),
    ]


def partners_section(page: MarkdownPage) -> list[str]:
    convention = page.convention
    blocks = [
        page.heading(2, "document.partners"),
        page.fields(
            ("document.carriers", page.partner_list(convention.carriers)),
            ("document.owner", page.partner(convention.owner)),
        ),
    ]
    if not convention.partners:
        return [*blocks, page.say("document.none-yet")]
    carriers = frozenset(convention.carriers)
    for partner in convention.partners:
        places = [
            page.say(key)
            for key, holds in (
                ("document.place-carrier", partner.id in carriers),
                ("document.place-owner", partner.id == convention.owner),
            )
            if holds
        ] or [
            page.say(
                "document.place-contributor"
                if convention.carriers or convention.owner
                else "document.not-stated"
            )
        ]
        representatives = []
        for person in partner.representatives:
            details = [escape(d) for d in (person.function, person.email, person.phone) if d]
            representatives.append(
                f"{cell(person.name)} ({', '.join(details)})" if details else cell(person.name)
            )
        identifier = partner.legal_identifier
        blocks += [
            f"### {cell(partner.name)}",
            page.fields(
                ("document.kind", partner.kind.label(page.language)),
                ("document.place", ", ".join(places)),
                ("document.legal-identifier", cell(str(identifier) if identifier else None)),
                ("document.address", cell(partner.address)),
                ("document.representatives", "; ".join(representatives) or NOT_SAID),
                (
                    "document.answers-to",
                    "; ".join(
                        f"{cell(a.name)} ({a.kind.label(page.language)})"
                        for a in partner.answers_to
                    )
                    or NOT_SAID,
                ),
            ),
        ]
    return blocks


def define_section(page: MarkdownPage) -> list[str]:
    convention = page.convention
    blocks = [page.heading(2, "document.define"), page.heading(3, "document.objectives")]
    if not convention.objectives:
        blocks.append(page.say("document.none-yet"))
    for objective in convention.objectives:
        blocks.append(f"#### {cell(objective.title)}")
        if not blank(objective.description):
            blocks.append(escape(objective.description))
        if not objective.indicators:
            blocks.append(page.say("document.no-indicator"))
            continue
        header = page.header(
            "document.indicator",
            "document.unit",
            "document.baseline",
            "document.target",
            "document.direction",
            "document.verification",
            "document.due",
        )
        rows = [
            [
                cell(i.name),
                cell(i.unit),
                NOT_SAID if i.baseline is None else amount(i.baseline),
                NOT_SAID if i.target is None else amount(i.target),
                i.direction.label(page.language),
                cell(i.means_of_verification),
                day(i.due),
            ]
            for i in objective.indicators
        ]
        blocks.append(table(header, rows))

    blocks.append(page.heading(3, "document.needs"))
    if not convention.needs:
        blocks.append(page.say("document.none-yet"))
    else:
        header = page.header(
            "document.need",
            "document.category",
            "document.amount",
            "document.quantity",
            "document.covered-by",
        )
        covering_by_need: dict[str, list[str]] = {}
        for contribution in convention.contributions:
            said = (
                f"{page.contributor(contribution.partner)} "
                f"({contribution.kind.label(page.language)}"
                + (f", {money(contribution.amount)})" if contribution.amount else ")")
            )
            for need_id in dict.fromkeys(contribution.covers):
                covering_by_need.setdefault(need_id, []).append(said)
        rows = []
        for need in convention.needs:
            covering = covering_by_need.get(need.id, [])
            rows.append(
                [
                    cell(need.description or need.id),
                    need.category.label(page.language),
                    money(need.amount) if need.amount else NOT_SAID,
                    page.quantity(need.quantity) if need.quantity else NOT_SAID,
                    "; ".join(covering) or page.say("document.not-covered"),
                ]
            )
        blocks.append(table(header, rows))
        totals = totals_by_currency(n.amount for n in convention.needs if n.amount is not None)
        if totals:
            total = ", ".join(money(m) for m in totals.values())
            blocks.append(page.fields(("document.needs-total", total)))

    blocks.append(page.heading(3, "document.target-publics"))
    if not convention.target_publics:
        return [*blocks, page.say("document.none-yet")]
    header = page.header(
        "document.description", "document.size", "document.area", "document.characteristics"
    )
    rows = [
        [
            cell(p.description),
            NOT_SAID if p.size is None else str(p.size),
            cell(p.area),
            ", ".join(cell(x) for x in p.characteristics) or NOT_SAID,
        ]
        for p in convention.target_publics
    ]
    return [*blocks, table(header, rows)]


def plan_section(page: MarkdownPage) -> list[str]:
    steps = page.convention.timeline.steps
    blocks = [page.heading(2, "document.plan"), page.heading(3, "document.timeline")]
    if not steps:
        return [*blocks, page.say("document.none-yet")]
    header = page.header(
        "document.step",
        "document.kind",
        "document.planned-start",
        "document.planned-end",
        "document.in-charge",
        "document.depends-on",
        "document.recurrence",
    )
    rows = [
        [
            cell(s.title),
            _step_kind(page, s),
            day(s.planned.start),
            day(s.planned.end),
            page.partner(s.owner),
            page.named(page.steps, s.depends_on),
            page.recurrence(s.recurrence),
        ]
        for s in steps
    ]
    return [*blocks, table(header, rows), gantt_chart(page)]


def _step_kind(page: MarkdownPage, step: Step) -> str:
    """The kind of a step, with the authority it is addressed to and whether it needs an
    authorisation."""
    said = capitalised(step.kind.label(page.language))
    if step.authority is not None and not blank(step.authority):
        said += f" ({escape(short(step.authority))})"
    if step.needs_authorisation:
        said += f", {page.say('document.needs-authorisation')}"
    if step.lead_days is not None:
        said += f", {page.say('document.lead-days', days=step.lead_days)}"
    return said


def _days(first: dt.date, last: dt.date) -> str:
    return day(first) if first == last else f"{day(first)} → {day(last)}"


def agenda_section(page: MarkdownPage, found: Agenda) -> list[str]:
    """What is due in the weeks from a day and what is late on it: in a document rendered
    for a day only."""
    blocks = [page.heading(2, "document.agenda")]
    header = page.header("document.dates", "document.kind", "document.what", "document.in-charge")
    wanted = (
        (page.say("agenda.due", start=day(found.on), end=day(found.until)), found.due),
        (page.say("agenda.overdue", day=day(found.on)), found.overdue),
    )
    for title, occurrences in wanted:
        blocks.append(f"### {title}")
        if not occurrences:
            blocks.append(page.say("agenda.nothing"))
            continue
        rows = [
            [
                _days(o.start, o.end),
                o.kind.label(page.language),
                cell(o.item if blank(o.title) else o.title),
                page.partner(o.owner),
            ]
            for o in occurrences
        ]
        blocks.append(table(header, rows))
    return blocks


def evaluate_section(page: MarkdownPage) -> list[str]:
    moments = page.convention.evaluation.moments
    blocks = [page.heading(2, "document.evaluate"), page.heading(3, "document.evaluation-moments")]
    if not moments:
        return [*blocks, page.say("document.none-yet")]
    header = page.header(
        "document.moment",
        "document.date",
        "document.indicators",
        "document.participants",
        "document.method",
    )
    rows = [
        [
            cell(m.title),
            day(m.date),
            page.named(page.indicators, m.indicators),
            page.partner_list(m.participants),
            cell(m.method),
        ]
        for m in moments
    ]
    return [*blocks, table(header, rows)]


def communication_section(page: MarkdownPage) -> list[str]:
    actions = page.convention.communication.actions
    blocks = [page.heading(2, "document.communication")]
    if not actions:
        return [*blocks, page.say("document.none-yet")]
    header = page.header(
        "document.audience",
        "document.channel",
        "document.description",
        "document.date",
        "document.frequency",
        "document.in-charge",
    )
    rows = [
        [
            capitalised(a.audience.label(page.language)),
            a.channel.label(page.language),
            cell(a.description),
            day(a.date),
            page.recurrence(a.frequency),
            page.partner(a.owner),
        ]
        for a in actions
    ]
    return [*blocks, table(header, rows)]


def funds_section(page: MarkdownPage) -> list[str]:
    funds = page.convention.funds
    blocks = [
        page.heading(2, "document.funds"),
        page.fields(("document.fund-holder", page.partner(funds.holder))),
    ]
    if not blank(funds.description):
        blocks.append(escape(funds.description))
    blocks.append(page.heading(3, "document.budget"))
    if not funds.budget:
        blocks.append(page.say("document.none-yet"))
    else:
        header = page.header(
            "document.budget-line", "document.category", "document.source", "document.amount"
        )
        rows = [
            [
                cell(b.label),
                b.category.label(page.language) if b.category else NOT_SAID,
                page.say("document.subsidy-from", source=page.anyone(b.source))
                if b.subsidy
                else page.anyone(b.source),
                money(b.amount),
            ]
            for b in funds.budget
        ]
        total = f"**{page.say('document.total')}**"
        rows += [[total, "", "", f"**{money(m)}**"] for m in funds.totals().values()]
        blocks.append(table(header, rows))
    blocks.append(page.heading(3, "document.reporting"))
    if not funds.reporting:
        return [*blocks, page.say("document.none-yet")]
    header = page.header(
        "document.recipient", "document.description", "document.due", "document.step"
    )
    rows = [
        [cell(r.recipient), cell(r.description), day(r.due), page.named(page.steps, [r.step])]
        for r in funds.reporting
    ]
    return [*blocks, table(header, rows)]


def clauses_section(page: MarkdownPage) -> list[str]:
    blocks = [page.heading(2, "document.clauses")]
    if not page.convention.clauses:
        return [*blocks, page.say("document.none-yet")]
    for number, clause in enumerate(page.convention.clauses, start=1):
        title = capitalised(clause.kind.label(page.language))
        if clause.title is not None and not blank(clause.title):
            title += f" — {escape(clause.title)}"
        blocks += [f"### {number}. {title}", cell(clause.text)]
    return blocks


_TO_FILL = "." * 30
"""A line to write on by hand."""


def signatures_section(page: MarkdownPage) -> list[str]:
    """One block per partner, then any signature of an id not among them; blanks to fill."""
    signatures: dict[str, Signature] = {}
    for signed in page.convention.signatures:
        signatures.setdefault(signed.partner, signed)
    blocks = [page.heading(2, "document.signatures")]
    signers = [*page.partners, *(p for p in signatures if p not in page.partners)]
    if not signers:
        return [*blocks, page.say("document.none-yet")]
    for partner in signers:
        signature = signatures.get(partner)
        values = (
            [_TO_FILL] * 4
            if signature is None
            else [
                _TO_FILL if text is None or blank(text) else escape(text)
                for text in (signature.signatory, signature.function, signature.place)
            ]
            + [signature.date.isoformat() if signature.date else _TO_FILL]
        )
        blocks += [
            f"### {page.partner(partner)}",
            page.fields(
                *zip(
                    (
                        "document.signatory",
                        "document.function",
                        "document.place-signed",
                        "document.date",
                        "document.signature",
                    ),
                    [*values, _TO_FILL],
                    strict=True,
                )
            ),
        ]
    return blocks


def amendments_section(page: MarkdownPage, dossier: Dossier) -> list[str]:
    blocks = [page.heading(2, "document.amendments")]
    if not dossier.amendments:
        return [*blocks, page.say("document.none-yet")]
    minutes = {key: dossier.minutes[at].title for key, at in page.index.minutes.items()}
    header = page.header(
        "document.amendment",
        "document.effective-from",
        "document.adopted-on",
        "document.summary",
        "document.rationale",
        "document.decision",
    )
    rows = [
        [
            escape(a.id),
            a.effective_from.isoformat(),
            day(a.adopted_on),
            cell(a.summary),
            cell(a.rationale),
            page.named(minutes, [a.decision]),
        ]
        for a in dossier.amendments
    ]
    return [*blocks, table(header, rows)]


def minutes_section(page: MarkdownPage, dossier: Dossier) -> list[str]:
    blocks = [page.heading(2, "document.minutes")]
    if not dossier.minutes:
        return [*blocks, page.say("document.none-yet")]
    separator = page.say("summary.separator")
    rules = page.convention.decision_rules
    rule_modes = {
        key: f"{rules[at].mode.label(page.language)} ({escape(short(key))})"
        for key, at in page.index.decision_rules.items()
    }
    header = page.header(
        "document.date",
        "document.title",
        "document.topic",
        "document.body",
        "document.present",
        "document.rule-applied",
        "document.outcome",
        "document.tally",
        "document.votes",
        "document.decision",
    )
    rows = []
    choices = tuple(Choice)
    # The one tally of each record, under the rule in force on its date, that the
    # rules of the minutes read too.
    for record, counted in zip(dossier.minutes, page.index.tallies, strict=True):
        found = counted.tally
        count = dict.fromkeys(choices, 0)
        for ballot in record.ballots:
            count[ballot.choice] += 1
        votes = [
            f"{choice.label(page.language)}{separator}{count[choice]}"
            for choice in choices
            if count[choice]
        ]
        rule_applied = NOT_SAID
        if record.rule is not None:
            rule_applied = rule_modes.get(record.rule) or escape(short(record.rule))
        rows.append(
            [
                record.date.isoformat(),
                cell(record.title),
                record.topic.label(page.language) if record.topic else NOT_SAID,
                page.anyone(record.body),
                _attendance(page, record),
                rule_applied,
                record.outcome.label(page.language) if record.outcome else NOT_SAID,
                NOT_SAID if found is None else found.outcome.label(page.language),
                ", ".join(votes) or NOT_SAID,
                cell(record.decision),
            ]
        )
    blocks.append(table(header, rows))
    blocks.extend(_decide_notes(page, record) for record in dossier.minutes if record.decide)
    return blocks


def conflicts_section(page: MarkdownPage, dossier: Dossier) -> list[str]:
    """Each conflict with the steps of the procedure it went to, by their actions."""
    blocks = [page.heading(2, "document.conflict-records")]
    if not dossier.conflicts:
        return [*blocks, page.say("document.none-yet")]
    steps = page.convention.conflict_procedure.steps
    header = page.header(
        "document.conflict",
        "document.opened-on",
        "document.parties",
        "document.steps-taken",
        "document.settled-on",
    )
    rows = []
    for conflict in dossier.conflicts:
        taken = [
            f"{taken.step}. "
            + (
                steps[taken.step - 1].action.label(page.language)
                if taken.step <= len(steps)
                else NOT_SAID
            )
            + f" ({taken.started_on.isoformat()} → {day(taken.ended_on)})"
            for taken in conflict.steps
        ]
        rows.append(
            [
                cell(conflict.subject or conflict.id),
                conflict.opened_on.isoformat(),
                page.partner_list(conflict.parties),
                "; ".join(taken) or NOT_SAID,
                day(conflict.settled_on),
            ]
        )
    return [*blocks, table(header, rows)]


def _attendance(page: MarkdownPage, record: DecisionRecord) -> str:
    """Who was present, then who was represented and by whom."""
    present = page.partner_list(record.present)
    if not record.represented:
        return present
    represented = ", ".join(
        page.say(
            "document.represented-by",
            principal=page.partner(proxy.principal),
            holder=page.partner(proxy.holder),
        )
        for proxy in record.represented
    )
    separator = page.say("summary.separator")
    return f"{present}; {page.say('document.represented')}{separator}{represented}"


def _decide_notes(page: MarkdownPage, record: DecisionRecord) -> str:
    """The DECIDE steps a decision went through, in the model's order, as minuted."""
    title = page.say(
        "document.decide-notes", title=cell(record.title), date=record.date.isoformat()
    )
    separator = page.say("summary.separator")
    ordered = sorted(record.decide, key=lambda note: _DECIDE_ORDER[note.step])
    lines = [f"### {title}", ""]
    lines += [
        f"- **{capitalised(note.step.label(page.language))}**{separator}{cell(note.text)}"
        for note in ordered
    ]
    return "\n".join(lines)


_DECIDE_ORDER = {step: at for at, step in enumerate(DecideStep)}
