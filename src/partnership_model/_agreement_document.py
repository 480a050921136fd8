"""The convention as a document to print and sign: what a template receives.

:func:`~partnership_model.render_agreement` builds one :class:`AgreementDocument` from a
dossier or convention, then lays it out as Markdown (in code) or HTML (through a Jinja2
template with autoescaping, which an application may replace by its own). Every string
here is plain text, already in the document's language and formatted by its rules
(amounts, dates, recurrences in words): the layout escapes it and adds nothing but
structure, so two templates show the same agreement.
"""

from __future__ import annotations

from typing import TypeAlias

import attrs

__all__ = [
    "AgreementDocument",
    "Article",
    "Block",
    "Items",
    "Paragraph",
    "Party",
    "SignatureBlock",
    "Table",
]


@attrs.frozen
class Paragraph:
    text: str
    to_complete: bool = False
    """True when the paragraph says what is still to be agreed ("à compléter")."""


@attrs.frozen
class Items:
    """A list: each item is one line of text."""

    items: tuple[str, ...]


@attrs.frozen
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    footer: tuple[str, ...] | None = None
    """A closing row, such as the total of a funding plan."""


Block: TypeAlias = Paragraph | Items | Table


@attrs.frozen
class Article:
    number: int
    title: str
    blocks: tuple[Block, ...]
    label: str = attrs.field(kw_only=True)
    """The article's heading before its title, in the document's language: ``Article 1er``."""


@attrs.frozen
class Party:
    """One party as the head of the agreement names it: each value already worded, or
    None when the convention does not say it."""

    name: str
    form: str | None
    """The legal form (ASBL, public body...), in the document's language."""
    registered_office: str | None
    enterprise_number: str | None
    represented_by: str | None


@attrs.frozen
class SignatureBlock:
    party: str
    signatory: str | None
    function: str | None
    place: str | None
    date: str | None
    signed: bool


@attrs.frozen
class AgreementDocument:
    language: str
    """The BCP 47 tag the document is written in (``fr``, ``en-GB``, ``nl-BE``...)."""
    title: str
    subtitle: str
    """What kind of agreement it is (partnership or collaboration convention)."""
    draft: bool
    """True until every party has signed: the layout marks every page as a draft."""
    draft_mark: str
    """The word that marks a draft, in the document's language."""
    parties_heading: str
    parties: tuple[Party, ...]
    party_labels: tuple[str, str, str, str]
    """How to introduce a party's form, registered office, number and representative."""
    agreed: str
    """The sentence between the parties and the articles ("it is agreed as follows")."""
    articles: tuple[Article, ...]
    signatures_heading: str
    signatures: tuple[SignatureBlock, ...]
    signature_labels: tuple[str, str, str, str]
    """How to introduce a signatory, a function, a place and a date."""
    footer: str
    """The running footer: the parties' names, short."""
    page_label: str
    """The word before the page number ("page", "pagina")."""
    closing: str = ""
    """The sentence before the signatures (how many originals are made)."""
    notes: tuple[str, ...] = ()
    """What the head says of the text itself, under the subtitle: a consolidated text."""
