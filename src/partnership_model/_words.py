"""A message by its catalogue key and values, to be said in any language: what a
reading problem or a refused value says, kept apart from the language it is read in.

The English text of a refusal is its :class:`Words` said in English, so the exception
an application sees and the message a coordinator reads come from one catalogue entry.
"""

from __future__ import annotations

from typing import Protocol

import attrs

from partnership_model.i18n import LabelledEnum, resolve_language, translate

__all__ = ["Closest", "Grouped", "Labelled", "Words", "shown", "words"]


class Labelled(Protocol):
    """A value that says itself in a language: an enumeration member, a suggestion."""

    def label(self, language: str) -> str: ...


@attrs.frozen
class Words:
    """The catalogue entry ``key`` with its values, said in a language by :meth:`said`."""

    key: str
    params: tuple[tuple[str, object], ...] = ()

    def said(self, language: str) -> str:
        return translate(
            self.key, language, **{name: shown(value, language) for name, value in self.params}
        )

    def label(self, language: str) -> str:
        return self.said(language)


_THOUSANDS = {"fr": "\u202f", "en": ",", "nl": "."}


@attrs.frozen
class Grouped:
    """A whole number said with its language's thousands separator: 10,000 in English,
    10 000 in French, 10.000 in Dutch."""

    number: int

    def label(self, language: str) -> str:
        return f"{self.number:,}".replace(",", _THOUSANDS[resolve_language(language)])


def words(key: str, /, **params: object) -> Words:
    """``Words(key, params)``, the values given by name."""
    return Words(key, tuple(params.items()))


def shown(value: object, language: str) -> object:
    """A value as people read it in ``language``: a labelled value by its label, a list
    joined with commas, anything else as it is."""
    if isinstance(value, LabelledEnum):  # before str: a member is a str too
        return value.label(language)
    if isinstance(value, str | int):  # most values: said as they are, at once
        return value
    label = getattr(value, "label", None)
    if callable(label) and not isinstance(value, str | type):
        return label(language)
    if isinstance(value, tuple | list | frozenset | set):
        return ", ".join(str(shown(item, language)) for item in value)
    return value


@attrs.frozen
class Closest:
    """The ids or names nearest to an unknown one, best first; said as a sentence that
    starts with a space ("Did you mean 'pont'?"), or as nothing when there are none."""

    ids: tuple[str, ...]

    def label(self, language: str) -> str:
        if not self.ids:
            return ""
        quoted = [translate("finding.quoted", language, id=key) for key in self.ids]
        alternatives = f" {translate('finding.or', language)} ".join(quoted)
        return translate("finding.did-you-mean", language, ids=alternatives)
