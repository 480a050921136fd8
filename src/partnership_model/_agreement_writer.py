"""How the agreement says things: one convention in one language, in plain text, with
the formatter of that language and the library's words (:mod:`partnership_model._agreement`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from partnership_model._agreement_document import (
    Block,
    Items,
    Paragraph,
)
from partnership_model._formatting import Formatter
from partnership_model._wording import Wording, capitalised
from partnership_model.convention import ClauseKind, Convention
from partnership_model.dossier import Dossier
from partnership_model.planning import Period, Recurrence
from partnership_model.text import blank

__all__ = ["MISCELLANEOUS", "Writer", "after_colon", "as_written", "clauses", "listed"]


class Writer:
    """Says one convention in one language, in plain text."""

    def __init__(self, convention: Convention, dossier: Dossier | None, tag: str) -> None:
        self.convention = convention
        self.format = Formatter(tag)
        self.language = self.format.language
        self.words = Wording(
            convention, dossier, self.language, quote=as_written, say_date=self.format.date
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


def as_written(text: str) -> str:
    return text


def after_colon(sentence: str) -> str:
    """A sentence run on after a colon: its first word in lower case, but a name's."""
    if sentence[:1].isupper() and sentence[1:2].islower():
        return sentence[:1].lower() + sentence[1:]
    return sentence


def listed(writer: Writer, introduction: str, missing: str, items: list[str]) -> list[Block]:
    if not items:
        return [writer.missing(missing)]
    return [Paragraph(writer.say(introduction)), Items(tuple(items))]


MISCELLANEOUS = (
    ClauseKind.LIABILITY,
    ClauseKind.CONFIDENTIALITY,
    ClauseKind.RESULTS_AND_INTELLECTUAL_PROPERTY,
    ClauseKind.DATA_PROTECTION,
    ClauseKind.OTHER,
)


def clauses(writer: Writer, kinds: Sequence[ClauseKind]) -> list[Block]:
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
