"""The agreement laid out as Markdown: headings for the articles, lists, tables, and a
signature block per party. Every text comes from the document and is escaped, so that
what the partners wrote reads as text and never as Markdown, HTML or a link."""

from __future__ import annotations

from partnership_model._agreement_document import (
    AgreementDocument,
    Block,
    Items,
    Paragraph,
    Party,
    SignatureBlock,
)
from partnership_model._markdown import cell, escape, table
from partnership_model.i18n import translate

__all__ = ["agreement_markdown"]


def agreement_markdown(document: AgreementDocument) -> str:
    parts = [f"# {escape(document.title)}", f"**{escape(document.subtitle)}**"]
    parts += [f"*{escape(note)}*" for note in document.notes]
    if document.draft:
        parts.append(f"> **{escape(document.draft_mark)}**")
    parts.append(escape(document.parties_heading))
    if document.parties:
        parts.append("\n".join(_party(document, party) for party in document.parties))
    parts.append(escape(document.agreed))
    for article in document.articles:
        title = f"{escape(article.title)}"
        parts.append(f"## {escape(article.label)} — {title}")
        parts += [_block(block) for block in article.blocks]
    parts.append(f"## {escape(document.signatures_heading)}")
    if document.closing:
        parts.append(escape(document.closing))
    parts += [_signature(document, block) for block in document.signatures]
    return "\n\n".join(parts) + "\n"


def _party(document: AgreementDocument, party: Party) -> str:
    form, office, number, represented = document.party_labels
    separator = translate("summary.separator", document.language)
    details = [
        f"{escape(label)}{separator}{escape(value)}"
        for label, value in (
            (form, party.form),
            (office, party.registered_office),
            (number, party.enterprise_number),
            (represented, party.represented_by),
        )
        if value
    ]
    joint = translate("agreement.details", document.language)
    return f"- **{escape(party.name)}**" + (f" ({joint.join(details)})" if details else "")


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"*{escape(block.text)}*" if block.to_complete else escape(block.text)
    if isinstance(block, Items):
        return "\n".join(f"- {escape(item)}" for item in block.items)
    rows = [[cell(value) for value in row] for row in block.rows]
    if block.footer is not None:
        rows.append([f"**{cell(value)}**" if value else "" for value in block.footer])
    return table([cell(name) for name in block.header], rows)


def _signature(document: AgreementDocument, block: SignatureBlock) -> str:
    signatory, function, place, date = document.signature_labels
    separator = translate("summary.separator", document.language)
    lines = [f"### {escape(block.party)}", ""]
    for label, value in (
        (signatory, block.signatory),
        (function, block.function),
        (place, block.place),
        (date, block.date),
    ):
        lines.append(f"- {escape(label)}{separator}{escape(value) if value else '…'}")
    signature = translate("agreement.signature-line", document.language)
    lines.append(f"- {escape(signature)}{separator}…")
    return "\n".join(lines)
