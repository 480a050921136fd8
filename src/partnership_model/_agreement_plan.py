"""The articles of the agreement from its finances on: the funding plan, the timeline
(PLAN), evaluation, communication, the institutions, then amendment, withdrawal and
disputes (:mod:`partnership_model._agreement` lists them in order)."""

from __future__ import annotations

from partnership_model._agreement_document import (
    Block,
    Items,
    Paragraph,
    Table,
)
from partnership_model._agreement_writer import (
    Writer,
    after_colon,
    clauses,
    listed,
)
from partnership_model._wording import capitalised
from partnership_model.communication import Audience
from partnership_model.convention import ClauseKind
from partnership_model.decision_making import Topic
from partnership_model.money import totals_by_currency
from partnership_model.text import blank, same_name

__all__ = [
    "amendment",
    "communication",
    "disputes",
    "evaluation",
    "finances",
    "institutions",
    "timeline",
    "withdrawal",
]


def finances(writer: Writer) -> list[Block]:
    funds = writer.convention.funds
    blocks: list[Block] = []
    if funds.holder is None:
        blocks.append(writer.missing("agreement.missing-funds-holder"))
    else:
        blocks.append(
            Paragraph(
                writer.say("agreement.funds-holder", holder=writer.words.anyone(funds.holder))
            )
        )
    if not blank(funds.description):
        blocks.append(Paragraph(funds.description))
    if funds.budget:
        rows = tuple(
            (
                line.label,
                line.category.label(writer.language) if line.category else "",
                _source(writer, line.source, subsidy=line.subsidy),
                writer.format.money(line.amount),
            )
            for line in funds.budget
        )
        totals = totals_by_currency(line.amount for line in funds.budget)
        blocks += [
            Paragraph(writer.say("agreement.budget")),
            Table(
                header=(
                    writer.say("agreement.budget-line"),
                    writer.say("agreement.budget-category"),
                    writer.say("agreement.budget-source"),
                    writer.say("agreement.budget-amount"),
                ),
                rows=rows,
                footer=(
                    writer.say("agreement.total"),
                    "",
                    "",
                    " + ".join(writer.format.money(total) for total in totals.values()),
                ),
            ),
        ]
    else:
        blocks.append(writer.missing("agreement.missing-budget"))
    reports = [
        writer.joined(
            capitalised(duty.description) if not blank(duty.description) else duty.recipient,
            [
                writer.say("agreement.report", recipient=duty.recipient),
                writer.say("agreement.report-due", date=writer.format.date(duty.due))
                if duty.due
                else None,
            ],
        )
        for duty in funds.reporting
    ]
    if reports:
        blocks += [Paragraph(writer.say("agreement.reporting")), Items(tuple(reports))]
    return blocks


def _source(writer: Writer, source: str | None, *, subsidy: bool) -> str:
    """Where a line's money comes from: a party by its name, a funder as written."""
    named = writer.words.anyone(source) if source is not None and not blank(source) else ""
    if not subsidy:
        return named
    if named:
        return writer.say("agreement.subsidy", source=named)
    return writer.say("agreement.subsidy-unnamed")


def timeline(writer: Writer) -> list[Block]:
    steps = writer.convention.timeline.steps
    if not steps:
        return [writer.missing("agreement.missing-steps")]
    rows = []
    for step in steps:
        when = (
            writer.period(step.planned)
            if step.planned.start or step.planned.end
            else writer.say("agreement.step-date-open")
        )
        rhythm = writer.recurrence(step.recurrence)
        kind = step.kind.label(writer.language)
        if step.authority:
            kind += f" — {step.authority}"
        rows.append(
            (
                step.title,
                kind,
                f"{when}, {rhythm}" if rhythm else when,
                writer.words.anyone(step.owner) if step.owner else "",
            )
        )
    header = (
        writer.say("agreement.step"),
        writer.say("agreement.step-kind"),
        writer.say("agreement.step-when"),
        writer.say("agreement.step-who"),
    )
    return [Paragraph(writer.say("agreement.steps")), Table(header=header, rows=tuple(rows))]


def evaluation(writer: Writer) -> list[Block]:
    moments = [
        writer.joined(
            moment.title,
            [
                writer.format.date(moment.date) if moment.date else None,
                writer.say(
                    "agreement.moment-indicators",
                    indicators=writer.words.and_(
                        [
                            writer.say("agreement.quoted", text=writer.words.indicators.get(i, i))
                            for i in moment.indicators
                        ]
                    ),
                )
                if moment.indicators
                else None,
                writer.say(
                    "agreement.moment-participants", participants=writer.names(moment.participants)
                )
                if moment.participants
                else None,
                writer.say("agreement.moment-method", method=moment.method)
                if moment.method
                else None,
            ],
        )
        for moment in writer.convention.evaluation.moments
    ]
    blocks = listed(writer, "agreement.moments", "agreement.missing-moments", moments)
    # The note's flexibility: what an evaluation finds may readjust what was agreed.
    return [*blocks, Paragraph(writer.say("agreement.flexibility"))]


def communication(writer: Writer) -> list[Block]:
    """What the parties tell each of the note's four audiences; one told nothing yet is
    still to be agreed."""
    actions = writer.convention.communication.actions
    said = [
        writer.joined(
            writer.labelled(
                capitalised(writer.say(f"agreement.toward-{action.audience.value}")),
                action.description,
            ),
            [
                action.channel.label(writer.language),
                writer.recurrence(action.frequency),
                writer.format.date(action.date) if action.date else None,
                writer.words.anyone(action.owner) if action.owner else None,
            ],
        )
        for audience in Audience
        for action in actions
        if action.audience is audience
    ]
    told = {action.audience for action in actions}
    blocks: list[Block] = [Paragraph(writer.say("agreement.communication")), Items(tuple(said))]
    return (blocks if said else []) + [
        writer.missing(
            "agreement.missing-audience", audience=writer.say(f"agreement.toward-{audience.value}")
        )
        for audience in Audience
        if audience not in told
    ]


def institutions(writer: Writer) -> list[Block]:
    links = [
        writer.joined(
            writer.say(
                "agreement.link",
                partner=writer.party(link.partner)
                if link.partner
                else writer.say("agreement.link-unnamed"),
                institution=link.institution,
                kind=link.kind.label(writer.language),
                involvement=writer.say(f"agreement.involvement-{link.involvement.value}"),
            ),
            [
                writer.say(
                    "agreement.link-topics",
                    topics=", ".join(t.label(writer.language) for t in link.topics),
                )
                if link.topics
                else None,
                writer.say("agreement.link-contact", contact=link.contact)
                if link.contact
                else None,
            ],
        )
        for link in writer.convention.institutional_links
    ]
    linked = {
        (link.partner, same_name(link.institution))
        for link in writer.convention.institutional_links
    }
    # Where a party's workers answer: a hierarchy, an institution, a public authority.
    links += [
        writer.say(
            "agreement.answers-to",
            partner=partner.name,
            institution=affiliation.name,
            kind=affiliation.kind.label(writer.language),
        )
        for partner in writer.convention.partners
        for affiliation in partner.answers_to
        # Said once: an affiliation the links already name for this partner is not repeated.
        if (partner.id, same_name(affiliation.name)) not in linked
    ]
    blocks = listed(writer, "agreement.links", "agreement.missing-links", links)
    # The network of other structures the note asks a partnership to lean on.
    directory = () if writer.words.dossier is None else writer.words.dossier.directory.structures
    network = [
        writer.joined(
            structure.name,
            [
                structure.kind.label(writer.language),
                writer.say(
                    "agreement.offers",
                    offers=writer.words.and_(
                        list(
                            dict.fromkeys(
                                o.category.label(writer.language)
                                if blank(o.description)
                                else o.description
                                for o in structure.offers
                            )
                        )
                    ),
                )
                if structure.offers
                else None,
                structure.area,
            ],
        )
        for structure in directory
    ]
    if network:
        blocks += [Paragraph(writer.say("agreement.network")), Items(tuple(network))]
    return blocks


def amendment(writer: Writer) -> list[Block]:
    rules = writer.convention.decision_rules
    governing = next((rule for rule in rules if Topic.AMENDMENTS in rule.scope), None)
    blocks: list[Block] = []
    if governing is not None:
        sentence = writer.words.rule_sentence(governing)
        by = (
            ""
            if governing.body is None
            else writer.say("agreement.amendment-by", body=writer.words.anyone(governing.body))
        )
        blocks.append(
            Paragraph(
                writer.say("agreement.amendment-rule", by=by, sentence=after_colon(sentence))
            )
        )
    blocks += clauses(writer, (ClauseKind.AMENDMENT_PROCEDURE,))
    return blocks or [writer.missing("agreement.missing-amendment")]


def withdrawal(writer: Writer) -> list[Block]:
    kinds = (ClauseKind.ENTRY_AND_WITHDRAWAL, ClauseKind.TERMINATION_AND_EXIT)
    return clauses(writer, kinds) or [writer.missing("agreement.missing-withdrawal")]


def disputes(writer: Writer) -> list[Block]:
    steps = writer.convention.conflict_procedure.steps
    blocks: list[Block] = []
    if steps:
        items = [
            writer.labelled(
                writer.joined(
                    capitalised(step.action.label(writer.language)),
                    [
                        writer.say(
                            "agreement.escalation-by", who=writer.words.anyone(step.handled_by)
                        )
                        if step.handled_by
                        else None,
                        writer.say("agreement.escalation-days", days=step.time_limit_days)
                        if step.time_limit_days
                        else None,
                    ],
                ),
                step.description,
            )
            for step in steps
        ]
        blocks += [Paragraph(writer.say("agreement.escalation")), Items(tuple(items))]
    else:
        blocks.append(writer.missing("agreement.missing-escalation"))
    return blocks + clauses(writer, (ClauseKind.DISPUTE_RESOLUTION, ClauseKind.APPLICABLE_LAW))
