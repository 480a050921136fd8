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

from decimal import Decimal

from partnership_model._agreement_document import (
    AgreementDocument,
    Article,
    Block,
    Paragraph,
    Party,
    SignatureBlock,
    Table,
)
from partnership_model._agreement_plan import (
    amendment,
    communication,
    disputes,
    evaluation,
    finances,
    institutions,
    timeline,
    withdrawal,
)
from partnership_model._agreement_writer import (
    MISCELLANEOUS,
    Writer,
    after_colon,
    clauses,
    listed,
)
from partnership_model._catalogue import CATALOGUE
from partnership_model._rule_wording import rule_details
from partnership_model._wording import capitalised
from partnership_model.convention import ClauseKind, Convention, Form, Signature
from partnership_model.decision_making import DecisionRule
from partnership_model.dossier import Dossier
from partnership_model.identifiers import LegalIdentifier
from partnership_model.objectives import Objective
from partnership_model.partners import Partner
from partnership_model.roles import Raci
from partnership_model.text import blank

__all__ = ["agreement_document"]


FOOTER_NAMES = 6
"""The most parties named in the running footer; more are said as "…"."""


def agreement_document(
    convention: Convention, dossier: Dossier | None, tag: str
) -> AgreementDocument:
    """The agreement of ``convention`` in the language ``tag`` (``fr``, ``en-GB``...)."""
    writer = Writer(convention, dossier, tag)
    say = writer.say
    articles = [
        (say("agreement.article-object"), _purpose(writer)),
        (say("agreement.article-duration"), _duration(writer)),
        (say("agreement.article-obligations"), _obligations(writer)),
        (say("agreement.article-governance"), _governance(writer)),
        (say("agreement.article-finances"), finances(writer)),
        (say("agreement.article-timeline"), timeline(writer)),
        (say("agreement.article-evaluation"), evaluation(writer)),
        (say("agreement.article-communication"), communication(writer)),
        (say("agreement.article-institutions"), institutions(writer)),
        (say("agreement.article-amendment"), amendment(writer)),
        (say("agreement.article-withdrawal"), withdrawal(writer)),
        (say("agreement.article-disputes"), disputes(writer)),
    ]
    miscellaneous = clauses(writer, MISCELLANEOUS)
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


def _party(writer: Writer, partner: Partner) -> Party:
    representative = partner.representatives[0] if partner.representatives else None
    represented_by = None
    if representative is not None:
        represented_by = representative.name
        if representative.function is not None and not blank(representative.function):
            represented_by += f", {representative.function}"
    return Party(
        name=partner.name,
        form=partner.kind.label(writer.language),
        registered_office=partner.address,
        enterprise_number=_number(writer, partner.legal_identifier),
        represented_by=represented_by,
    )


def _number(writer: Writer, identifier: LegalIdentifier | None) -> str | None:
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


def _purpose(writer: Writer) -> list[Block]:
    convention = writer.convention
    blocks: list[Block] = [Paragraph(writer.say("agreement.named", name=convention.name))]
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
    blocks += listed(
        writer,
        "agreement.objectives",
        "agreement.missing-objectives",
        [_objective(writer, objective) for objective in convention.objectives],
    )
    blocks += listed(
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
    blocks += listed(
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


def _objective(writer: Writer, objective: Objective) -> str:
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


def _period_sentence(writer: Writer) -> str:
    period = writer.convention.period
    if period.end is None and period.start is not None:
        return writer.say("agreement.period-from", date=writer.format.date(period.start))
    if period.start is None and period.end is not None:
        return writer.say("agreement.period-until", date=writer.format.date(period.end))
    return writer.say("agreement.period", period=writer.period(period))


def _duration(writer: Writer) -> list[Block]:
    period = writer.convention.period
    blocks: list[Block] = (
        [writer.missing("agreement.missing-period")]
        if period.start is None and period.end is None
        else [Paragraph(_period_sentence(writer))]
    )
    return blocks + clauses(writer, (ClauseKind.DURATION_AND_RENEWAL,))


def _obligations(writer: Writer) -> list[Block]:
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
    blocks = listed(writer, "agreement.roles", "agreement.missing-roles", roles)
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
    return blocks + listed(
        writer, "agreement.contributions", "agreement.missing-contributions", contributions
    )


def _raci_table(writer: Writer) -> Table:
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


def _governance(writer: Writer) -> list[Block]:
    convention = writer.convention
    bodies = [
        writer.joined(
            body.name,
            [
                body.kind.label(writer.language),
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
    blocks = listed(writer, "agreement.bodies", "agreement.missing-bodies", bodies)
    # A rule for no topic in particular governs every other decision once one has topics.
    others = any(rule.scope for rule in convention.decision_rules)
    rules = [_rule(writer, rule, others=others) for rule in convention.decision_rules]
    blocks += listed(writer, "agreement.rules", "agreement.missing-rules", rules)
    # The note's written trace of decisions, whatever the rules.
    blocks.append(Paragraph(writer.say("agreement.minutes")))
    return blocks


def _rule(writer: Writer, rule: DecisionRule, *, others: bool) -> str:
    scope = (
        writer.say(
            "agreement.rule-scope",
            topics=", ".join(topic.label(writer.language) for topic in rule.scope),
        )
        if rule.scope
        else writer.say("agreement.rule-other" if others else "agreement.rule-general")
    )
    if rule.body is not None:
        joint = ", " if rule.scope else " "  # after a list of topics, a comma
        scope += joint + writer.say("agreement.rule-body", body=writer.words.anyone(rule.body))
    sentence = writer.words.rule_sentence(rule)
    if rule.voters:
        sentence += " " + writer.labelled(writer.say("document.voters"), writer.names(rule.voters))
        sentence += "."
    details = rule_details(writer.words, rule)
    if details:
        sentence += " " + " ".join(details)
    if rule.description and not blank(rule.description):
        sentence += f" {rule.description}"
    return writer.say("agreement.rule", scope=capitalised(scope), sentence=after_colon(sentence))


def _closing(writer: Writer) -> str:
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


def _notes(writer: Writer, dossier: Dossier | None) -> tuple[str, ...]:
    """What the head says of the text itself: a text amended since it was signed."""
    if dossier is None or not dossier.amendments:
        return ()
    latest = max(amendment.effective_from for amendment in dossier.amendments)
    count = len(dossier.amendments)
    key = "agreement.consolidated-one" if count == 1 else "agreement.consolidated"
    said = writer.say(key, count=count, date=writer.format.date(latest))
    return (said,)


def _signatures(writer: Writer) -> tuple[SignatureBlock, ...]:
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
