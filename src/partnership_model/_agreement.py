"""The convention as articles to sign, built from the model: what
:func:`~partnership_model.render_agreement` lays out as Markdown or HTML.

Each article is a function of one concern of the note (DEFINE, CLARIFY, PLAN, EVALUATE,
then the clauses), in the order of a Belgian "convention de partenariat": the parties,
the purpose, the duration, each party's obligations, governance, finances, the
timeline, evaluation, communication, the institutions, amendment, withdrawal, disputes,
the other clauses, then a signature block per party. An article the convention does not
fill yet says what is still to be agreed. Everything is plain text in the document's
language: names for ids, labels for codes, amounts, dates and recurrences as the
language writes them; the layout escapes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from partnership_model._agreement_document import (
    AgreementDocument,
    Article,
    Block,
    Items,
    Paragraph,
    Party,
    SignatureBlock,
    Table,
)
from partnership_model._catalogue import CATALOGUE
from partnership_model._formatting import Formatter
from partnership_model._rule_wording import rule_details
from partnership_model._wording import Wording, capitalised
from partnership_model.communication import Audience
from partnership_model.convention import ClauseKind, Convention, Form, Signature
from partnership_model.decision_making import DecisionRule, Topic
from partnership_model.dossier import Dossier
from partnership_model.identifiers import LegalIdentifier
from partnership_model.money import totals_by_currency
from partnership_model.partners import Partner
from partnership_model.planning import Period, Recurrence
from partnership_model.roles import Raci
from partnership_model.text import blank

__all__ = ["agreement_document"]

FOOTER_NAMES = 6
"""The most parties named in the running footer; more are said as "…"."""


class _Writer:
    """Says one convention in one language, in plain text."""

    def __init__(self, convention: Convention, dossier: Dossier | None, tag: str) -> None:
        self.convention = convention
        self.format = Formatter(tag)
        self.language = self.format.language
        self.words = Wording(
            convention, dossier, self.language, quote=_as_written, say_date=self.format.date
        )

    def say(self, key: str, **params: object) -> str:
        return self.words.say(key, **params)

    def missing(self, key: str, **params: object) -> Paragraph:
        return Paragraph(self.say("agreement.to-complete", what=self.say(key, **params)), True)

    def party(self, partner_id: str) -> str:
        """A party by its name; an id that names no party is said to be identified."""
        if partner_id in self.words.partners:
            return self.words.partner(partner_id)
        return self.say("agreement.unknown-party")

    def names(self, partner_ids: Iterable[str]) -> str:
        return self.words.and_([self.party(p) for p in partner_ids])

    def labelled(self, label: str, text: str) -> str:
        """``label : text`` as the language punctuates it, or the label alone."""
        return f"{label}{self.say('summary.separator')}{text}" if not blank(text) else label

    def joined(self, head: str, details: Sequence[str | None]) -> str:
        said = [detail for detail in details if detail]
        return f"{head} ({self.say('agreement.details').join(said)})" if said else head

    def measure(self, value: Decimal, unit: str | None) -> str:
        """A value of an indicator with its unit; a percentage as the language writes it."""
        if unit is not None and unit.strip() == "%":
            return self.format.percent(value.scaleb(-2))  # exact: only the exponent moves
        return self.format.number(value) + (f" {unit}" if unit and not blank(unit) else "")

    def recurrence(self, recurrence: Recurrence | None) -> str | None:
        if recurrence is None:
            return None
        return self.words.recurrence_in_words(recurrence.parts)

    def period(self, period: Period) -> str:
        if period.start is not None and period.start == period.end:  # one day
            return self.format.date(period.start)
        return self.format.period(period.start, period.end)


def _as_written(text: str) -> str:
    return text


def agreement_document(
    convention: Convention, dossier: Dossier | None, tag: str
) -> AgreementDocument:
    """The agreement of ``convention`` in the language ``tag`` (``fr``, ``en-GB``...)."""
    writer = _Writer(convention, dossier, tag)
    say = writer.say
    articles = [
        (say("agreement.article-object"), _purpose(writer)),
        (say("agreement.article-duration"), _duration(writer)),
        (say("agreement.article-obligations"), _obligations(writer)),
        (say("agreement.article-governance"), _governance(writer)),
        (say("agreement.article-finances"), _finances(writer)),
        (say("agreement.article-timeline"), _timeline(writer)),
        (say("agreement.article-evaluation"), _evaluation(writer)),
        (say("agreement.article-communication"), _communication(writer)),
        (say("agreement.article-institutions"), _institutions(writer)),
        (say("agreement.article-amendment"), _amendment(writer)),
        (say("agreement.article-withdrawal"), _withdrawal(writer)),
        (say("agreement.article-disputes"), _disputes(writer)),
    ]
    miscellaneous = _clauses(writer, _MISCELLANEOUS)
    if miscellaneous:
        articles.append((say("agreement.article-miscellaneous"), miscellaneous))
    signed = {signature.partner for signature in convention.signatures}
    names = [partner.name for partner in convention.partners]
    footer = " · ".join(names[:FOOTER_NAMES]) + (" · …" if len(names) > FOOTER_NAMES else "")
    return AgreementDocument(
        closing=_closing(writer),
        notes=_notes(writer, dossier),
        language=tag,
        title=convention.name,
        subtitle=say(
            f"agreement.{convention.form.value}" if convention.form else "agreement.convention"
        ),
        draft=not convention.partners or any(p.id not in signed for p in convention.partners),
        draft_mark=say("agreement.draft"),
        parties_heading=say("agreement.between"),
        parties=tuple(_party(writer, partner) for partner in convention.partners),
        party_labels=(
            say("agreement.party-form"),
            say("agreement.party-office"),
            say("agreement.party-number"),
            say("agreement.party-represented"),
        ),
        agreed=say("agreement.agreed"),
        articles=tuple(
            Article(
                number,
                title,
                tuple(blocks),
                label=say("agreement.article-first")
                if number == 1
                else say("agreement.article", number=number),
            )
            for number, (title, blocks) in enumerate(articles, start=1)
        ),
        signatures_heading=say("agreement.signatures"),
        signatures=_signatures(writer),
        signature_labels=(
            say("agreement.signatory"),
            say("agreement.signatory-function"),
            say("agreement.signed-at"),
            say("agreement.signed-on"),
        ),
        footer=footer,
        page_label=say("agreement.page"),
    )


# --- the parties ---------------------------------------------------------------------------------


def _party(writer: _Writer, partner: Partner) -> Party:
    representative = partner.representatives[0] if partner.representatives else None
    represented_by = None
    if representative is not None:
        represented_by = writer.joined(representative.name, [representative.function])
    return Party(
        name=partner.name,
        form=partner.kind.label(writer.language),
        registered_office=partner.address,
        enterprise_number=_number(writer, partner.legal_identifier),
        represented_by=represented_by,
    )


def _number(writer: _Writer, identifier: LegalIdentifier | None) -> str | None:
    if identifier is None:
        return None
    if identifier.scheme == "BE-BCE_KBO":  # as the register writes it: 0123.456.789
        digits = identifier.compact
        number = f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    else:
        number = identifier.value
    key = f"agreement.register-{identifier.scheme.lower()}"
    register = writer.say(key) if key in CATALOGUE else identifier.scheme
    return writer.say("agreement.number", register=register, number=number)


# --- the articles --------------------------------------------------------------------------------


def _purpose(writer: _Writer) -> list[Block]:
    convention = writer.convention
    blocks: list[Block] = []
    if blank(convention.purpose):
        blocks.append(writer.missing("agreement.missing-purpose"))
    else:
        blocks.append(Paragraph(convention.purpose))
    if convention.form is Form.PARTNERSHIP:
        blocks.append(
            Paragraph(
                writer.say(
                    "agreement.form-partnership-carriers",
                    carriers=writer.names(convention.carriers),
                )
                if convention.carriers
                else writer.say("agreement.form-partnership")
            )
        )
    elif convention.form is Form.COLLABORATION:
        blocks.append(
            Paragraph(
                writer.say("agreement.form-collaboration", owner=writer.party(convention.owner))
                if convention.owner
                else writer.say("agreement.form-collaboration-unnamed")
            )
        )
    else:
        blocks.append(writer.missing("agreement.missing-form"))
    blocks += _listed(
        writer,
        "agreement.objectives",
        "agreement.missing-objectives",
        [_objective(writer, at) for at in range(len(convention.objectives))],
    )
    blocks += _listed(
        writer,
        "agreement.publics",
        "agreement.missing-publics",
        [
            writer.joined(
                public.description,
                [
                    writer.say(
                        "agreement.public-size", size=writer.format.number(Decimal(public.size))
                    )
                    if public.size is not None
                    else None,
                    *public.characteristics,
                    writer.say("agreement.public-area", area=public.area) if public.area else None,
                ],
            )
            for public in convention.target_publics
        ],
    )
    blocks += _listed(
        writer,
        "agreement.needs",
        "agreement.missing-needs",
        [
            writer.joined(
                writer.labelled(
                    capitalised(need.category.label(writer.language)), need.description
                ),
                [
                    writer.format.money(need.amount) if need.amount else None,
                    writer.format.quantity(need.quantity) if need.quantity else None,
                ],
            )
            for need in convention.needs
        ],
    )
    return blocks


def _objective(writer: _Writer, at: int) -> str:
    objective = writer.convention.objectives[at]
    indicators = []
    for indicator in objective.indicators:
        unit = indicator.unit
        indicators.append(
            writer.joined(
                writer.say("agreement.indicator", name=indicator.name),
                [
                    writer.say(
                        "agreement.indicator-target",
                        target=writer.measure(indicator.target, unit),
                    )
                    if indicator.target is not None
                    else None,
                    writer.say(
                        "agreement.indicator-baseline",
                        baseline=writer.measure(indicator.baseline, unit),
                    )
                    if indicator.baseline is not None
                    else None,
                    writer.say("agreement.indicator-due", date=writer.format.date(indicator.due))
                    if indicator.due
                    else None,
                    writer.say(
                        "agreement.indicator-verification", means=indicator.means_of_verification
                    )
                    if indicator.means_of_verification
                    else None,
                ],
            )
        )
    said = objective.title
    if not blank(objective.description):
        said += f". {objective.description}"
    if not indicators:
        return f"{said} ({writer.say('agreement.no-indicator')})"
    return f"{said} — {writer.say('agreement.details').join(indicators)}"


def _listed(writer: _Writer, introduction: str, missing: str, items: list[str]) -> list[Block]:
    if not items:
        return [writer.missing(missing)]
    return [Paragraph(writer.say(introduction)), Items(tuple(items))]


def _duration(writer: _Writer) -> list[Block]:
    period = writer.convention.period
    blocks: list[Block] = (
        [writer.missing("agreement.missing-period")]
        if period.start is None and period.end is None
        else [Paragraph(writer.say("agreement.period", period=writer.period(period)))]
    )
    return blocks + _clauses(writer, (ClauseKind.DURATION_AND_RENEWAL,))


def _obligations(writer: _Writer) -> list[Block]:
    convention = writer.convention
    roles = [
        writer.say(
            "agreement.role",
            role=capitalised(
                role.title
                if role.title is not None and not blank(role.title)
                else role.kind.label(writer.language)
            ),
            holders=writer.names(role.holders) or writer.say("agreement.role-unheld"),
        )
        + ("" if not role.responsibilities else f" — {'; '.join(role.responsibilities)}")
        for role in convention.roles
    ]
    blocks = _listed(writer, "agreement.roles", "agreement.missing-roles", roles)
    if convention.tasks:
        blocks += [Paragraph(writer.say("agreement.tasks")), _raci_table(writer)]
    else:
        blocks.append(writer.missing("agreement.missing-tasks"))
    contributions = [
        writer.joined(
            writer.labelled(
                f"{writer.words.contributor(contribution.partner)} — "
                f"{contribution.kind.label(writer.language)}",
                contribution.description,
            ),
            [
                writer.format.money(contribution.amount) if contribution.amount else None,
                writer.format.quantity(contribution.quantity) if contribution.quantity else None,
            ],
        )
        for contribution in convention.contributions
    ]
    return blocks + _listed(
        writer, "agreement.contributions", "agreement.missing-contributions", contributions
    )


def _raci_table(writer: _Writer) -> Table:
    """One row per task: the task, then the parties doing each of R, A, C and I."""
    letters = tuple(Raci)
    rows = []
    for task in writer.convention.tasks:
        by_letter: dict[Raci, list[str]] = {letter: [] for letter in letters}
        for assignment in task.assignments:
            by_letter[assignment.raci].append(assignment.partner)
        rows.append(
            (task.title, *(writer.names(dict.fromkeys(by_letter[letter])) for letter in letters))
        )
    header = (
        writer.say("agreement.task"),
        *(writer.say(f"agreement.raci-{letter.value}") for letter in letters),
    )
    return Table(header=header, rows=tuple(rows))


def _governance(writer: _Writer) -> list[Block]:
    convention = writer.convention
    bodies = [
        writer.joined(
            f"{body.name} ({body.kind.label(writer.language)})",
            [
                writer.say("agreement.body-members", members=writer.names(body.members))
                if body.members
                else None,
                writer.say("agreement.body-chair", chair=writer.words.anyone(body.chair))
                if body.chair
                else None,
                writer.say("agreement.body-meets", when=writer.recurrence(body.meetings))
                if body.meetings
                else None,
            ],
        )
        for body in convention.governing_bodies
    ]
    blocks = _listed(writer, "agreement.bodies", "agreement.missing-bodies", bodies)
    rules = [_rule(writer, rule) for rule in convention.decision_rules]
    blocks += _listed(writer, "agreement.rules", "agreement.missing-rules", rules)
    if rules:
        blocks.append(Paragraph(writer.say("agreement.minutes")))
    return blocks


def _rule(writer: _Writer, rule: DecisionRule) -> str:
    scope = (
        writer.say(
            "agreement.rule-scope",
            topics=writer.words.and_([topic.label(writer.language) for topic in rule.scope]),
        )
        if rule.scope
        else writer.say("agreement.rule-general")
    )
    if rule.body is not None:
        scope += " " + writer.say("agreement.rule-body", body=writer.words.anyone(rule.body))
    sentence = writer.words.rule_sentence(rule)
    if rule.voters:
        sentence += " " + writer.labelled(writer.say("document.voters"), writer.names(rule.voters))
        sentence += "."
    details = rule_details(writer.words, rule)
    if details:
        sentence += " " + " ".join(details)
    if rule.description and not blank(rule.description):
        sentence += f" {rule.description}"
    return writer.say("agreement.rule", scope=capitalised(scope), sentence=_after_colon(sentence))


def _after_colon(sentence: str) -> str:
    """A sentence run on after a colon: its first word in lower case, but a name's."""
    if sentence[:1].isupper() and sentence[1:2].islower():
        return sentence[:1].lower() + sentence[1:]
    return sentence


def _finances(writer: _Writer) -> list[Block]:
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
            writer.labelled(
                writer.say("agreement.report", recipient=duty.recipient), duty.description
            ),
            [
                writer.say("agreement.report-due", date=writer.format.date(duty.due))
                if duty.due
                else None
            ],
        )
        for duty in funds.reporting
    ]
    if reports:
        blocks += [Paragraph(writer.say("agreement.reporting")), Items(tuple(reports))]
    return blocks


def _source(writer: _Writer, source: str | None, *, subsidy: bool) -> str:
    """Where a line's money comes from: a party by its name, a funder as written."""
    named = writer.words.anyone(source) if source is not None and not blank(source) else ""
    if not subsidy:
        return named
    if named:
        return writer.say("agreement.subsidy", source=named)
    return writer.say("agreement.subsidy-unnamed")


def _timeline(writer: _Writer) -> list[Block]:
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


def _evaluation(writer: _Writer) -> list[Block]:
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
    blocks = _listed(writer, "agreement.moments", "agreement.missing-moments", moments)
    # The note's flexibility: what an evaluation finds may readjust what was agreed.
    return [*blocks, Paragraph(writer.say("agreement.flexibility"))]


def _communication(writer: _Writer) -> list[Block]:
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


def _institutions(writer: _Writer) -> list[Block]:
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
                    topics=writer.words.and_([t.label(writer.language) for t in link.topics]),
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
    ]
    return _listed(writer, "agreement.links", "agreement.missing-links", links)


def _amendment(writer: _Writer) -> list[Block]:
    rules = writer.convention.decision_rules
    governing = next((rule for rule in rules if Topic.AMENDMENTS in rule.scope), None)
    blocks: list[Block] = []
    if governing is not None:
        sentence = writer.words.rule_sentence(governing)
        blocks.append(
            Paragraph(writer.say("agreement.amendment-rule", sentence=_after_colon(sentence)))
        )
    blocks += _clauses(writer, (ClauseKind.AMENDMENT_PROCEDURE,))
    return blocks or [writer.missing("agreement.missing-amendment")]


def _withdrawal(writer: _Writer) -> list[Block]:
    kinds = (ClauseKind.ENTRY_AND_WITHDRAWAL, ClauseKind.TERMINATION_AND_EXIT)
    return _clauses(writer, kinds) or [writer.missing("agreement.missing-withdrawal")]


def _disputes(writer: _Writer) -> list[Block]:
    steps = writer.convention.conflict_procedure.steps
    blocks: list[Block] = []
    if steps:
        items = [
            writer.joined(
                writer.labelled(capitalised(step.action.label(writer.language)), step.description),
                [
                    writer.say("agreement.escalation-by", who=writer.words.anyone(step.handled_by))
                    if step.handled_by
                    else None,
                    writer.say("agreement.escalation-days", days=step.time_limit_days)
                    if step.time_limit_days
                    else None,
                ],
            )
            for step in steps
        ]
        blocks += [Paragraph(writer.say("agreement.escalation")), Items(tuple(items))]
    else:
        blocks.append(writer.missing("agreement.missing-escalation"))
    return blocks + _clauses(writer, (ClauseKind.DISPUTE_RESOLUTION, ClauseKind.APPLICABLE_LAW))


_MISCELLANEOUS = (
    ClauseKind.LIABILITY,
    ClauseKind.CONFIDENTIALITY,
    ClauseKind.RESULTS_AND_INTELLECTUAL_PROPERTY,
    ClauseKind.DATA_PROTECTION,
    ClauseKind.OTHER,
)


def _clauses(writer: _Writer, kinds: Sequence[ClauseKind]) -> list[Block]:
    """The clauses of these kinds, in the convention's order, each under its title."""
    blocks: list[Block] = []
    for clause in writer.convention.clauses:
        if clause.kind in kinds:
            title = (
                clause.title
                if clause.title and not blank(clause.title)
                else clause.kind.label(writer.language)
            )
            blocks.append(Paragraph(f"{capitalised(title)}. {clause.text}"))
    return blocks


# --- the signatures ------------------------------------------------------------------------------


def _closing(writer: _Writer) -> str:
    """How many originals are made; where and when, once every party signed at one place
    on one day."""
    convention = writer.convention
    count = len(convention.partners)
    places = {(s.place, s.date) for s in convention.signatures}
    signed = {s.partner for s in convention.signatures}
    if len(places) == 1 and all(p.id in signed for p in convention.partners):
        ((place, day),) = places
        if place is not None and not blank(place) and day is not None:
            return writer.say(
                "agreement.done-at-place", place=place, date=writer.format.date(day), count=count
            )
    return writer.say("agreement.done-at", count=count)


def _notes(writer: _Writer, dossier: Dossier | None) -> tuple[str, ...]:
    """What the head says of the text itself: a text amended since it was signed."""
    if dossier is None or not dossier.amendments:
        return ()
    latest = max(amendment.effective_from for amendment in dossier.amendments)
    said = writer.say(
        "agreement.consolidated",
        count=len(dossier.amendments),
        date=writer.format.date(latest),
    )
    return (said,)


def _signatures(writer: _Writer) -> tuple[SignatureBlock, ...]:
    convention = writer.convention
    by_partner: dict[str, Signature] = {}
    for signed in convention.signatures:
        by_partner.setdefault(signed.partner, signed)
    blocks = []
    for partner in convention.partners:
        signature = by_partner.get(partner.id)
        representative = partner.representatives[0] if partner.representatives else None
        if signature is not None:
            signatory: str | None = signature.signatory
            function = signature.function
            # The representative the head names signs: with the function given there.
            if (
                function is None
                and representative is not None
                and representative.name == signature.signatory
            ):
                function = representative.function
        elif representative is not None:
            signatory, function = representative.name, representative.function
        else:
            signatory = function = None
        blocks.append(
            SignatureBlock(
                party=partner.name,
                signatory=signatory,
                function=function,
                place=signature.place if signature is not None else None,
                date=writer.format.date(signature.date)
                if signature is not None and signature.date
                else None,
                signed=signature is not None,
            )
        )
    return tuple(blocks)
