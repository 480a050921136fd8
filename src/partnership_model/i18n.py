"""What the library itself says, in French (the reference), English and Dutch.

Every label and message lives in one catalogue keyed by a stable string; enum
members find theirs as ``"<EnumName>.<code>"``. Content that users write (names,
objectives, clauses) is never translated: it stays in the convention's language.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from fractions import Fraction

from partnership_model._catalogue import CATALOGUE
from partnership_model.errors import PartnershipModelError, UnsupportedLanguageError

__all__ = [
    "LANGUAGES",
    "LANGUAGE_TAG_PATTERN",
    "LabelledEnum",
    "fraction_words",
    "is_bcp47",
    "resolve_language",
    "translate",
]

LANGUAGES: tuple[str, ...] = ("fr", "en", "nl")
"""The languages the library speaks, French first: it is the reference text."""

_INDEX = {language: position for position, language in enumerate(LANGUAGES)}

LANGUAGE_TAG_PATTERN = re.compile(
    r"[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
)
"""A well-formed BCP 47 language tag (RFC 5646), simplified to what conventions carry: a
2-3 letter language, optional script, region and variants. Private-use and grandfathered
tags are refused."""


def is_bcp47(tag: str) -> bool:
    """Whether ``tag`` is a well-formed BCP 47 language tag such as ``fr-BE``."""
    return LANGUAGE_TAG_PATTERN.fullmatch(tag) is not None


def resolve_language(tag: object) -> str:
    """The library language for ``tag``: ``"nl-BE"`` gives ``"nl"``.

    Raises :class:`UnsupportedLanguageError` (a ``ValueError``) listing the languages
    the library speaks when it speaks none that fits.
    """
    if type(tag) is str and tag in _INDEX:  # the codes themselves, as callers inside pass them
        return tag
    if isinstance(tag, str) and is_bcp47(tag):
        primary = tag.split("-", 1)[0].lower()
        if primary in _INDEX:
            return primary
    raise UnsupportedLanguageError(tag, LANGUAGES)


def translate(key: str, language: str = "fr", /, **params: object) -> str:
    """The catalogue text for ``key`` in ``language``, its ``{placeholders}`` filled."""
    try:
        entry = CATALOGUE[key]
    except KeyError:
        raise PartnershipModelError(f"no catalogue entry {key!r}") from None
    template = entry[_INDEX[resolve_language(language)]]
    try:
        return template.format_map(params)
    except KeyError as missing:
        raise PartnershipModelError(
            f"catalogue entry {key!r} needs a value for {missing}"
        ) from None


class LabelledEnum(str, enum.Enum):
    """An enumeration whose values are stable lowercase codes with labels in every language."""

    def __str__(self) -> str:
        return str(self.value)

    def label(self, language: str = "fr") -> str:
        """The member's name for people, such as ``"comité de pilotage"``."""
        known = type(language) is str and language in _INDEX  # a bounded number of entries
        # Keyed by the class too: members of two enumerations with one code are equal strs.
        key = (type(self), self._value_, language)
        said = _LABELS.get(key) if known else None
        if said is None:
            said = translate(f"{type(self).__name__}.{self._value_}", language)
            if known:
                _LABELS[key] = said
        return said

    @classmethod
    def labels(cls, language: str = "fr") -> Mapping[str, str]:
        """Every code of the enumeration with its label, in declaration order."""
        return {member.value: member.label(language) for member in cls}


_LABELS: dict[tuple[type, str, str], str] = {}
"""Each label said once: a document names the same few kinds thousands of times."""

_FRACTIONS = {
    Fraction(1, 2): "1-2",
    Fraction(1, 3): "1-3",
    Fraction(2, 3): "2-3",
    Fraction(1, 4): "1-4",
    Fraction(3, 4): "3-4",
    Fraction(1, 5): "1-5",
    Fraction(2, 5): "2-5",
    Fraction(3, 5): "3-5",
    Fraction(4, 5): "4-5",
    Fraction(1): "1-1",
}
"""Shares said in words (``document.fraction-<n>-<d>``); any other is written n/d."""


def fraction_words(share: Fraction, language: str = "fr") -> str:
    """A share as the language says it: "deux tiers", "two thirds", "twee derde"; a share
    without a name of its own as ``7/12``."""
    if share in _FRACTIONS:
        return translate(f"document.fraction-{_FRACTIONS[share]}", language)
    return translate(
        "document.fraction-n", language, fraction=f"{share.numerator}/{share.denominator}"
    )
