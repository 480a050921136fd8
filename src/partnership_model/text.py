"""Text from a document: whether it says anything, and how to show it safely.

A text the methodology requires is missing when it is blank: absent, empty, or only
white space, any of Unicode's (:func:`blank`). Every rule and every renderer asks the
question the same way, through that one function.

A name in a document may hold anything a string holds: an escape sequence that clears a
terminal or retitles its window, a carriage return that writes over the line before,
a right-to-left override that shows a line backwards. Everything the library writes for
people (the command line's reports, the rendered document) shows such characters as
visible escapes instead: ``\\x1b``, ``\\r``, ``\\u202e``.
"""

from __future__ import annotations

import re

__all__ = ["QUOTES", "REFERENCE_LENGTH", "blank", "other_unit", "same_name", "short", "visible"]

CONTROLS = "\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
"""The characters :func:`visible` escapes, as the inside of a regular expression's class."""
_CONTROLS = re.compile(f"[{CONTROLS}]")
"""The C0 and C1 control characters and DEL, the line and paragraph separators, and the
marks and overrides that change the direction text is shown in."""

QUOTES = {"fr": ("«\u00a0", "\u00a0»"), "en": ("'", "'"), "nl": ("'", "'")}
"""How a text the partners wrote is quoted in a sentence, language by language."""

REFERENCE_LENGTH = 120
"""The most characters of a name shown where something refers to it (a task's partners,
a need's contributions): its own section shows it whole. A document that refers to a
long name ten thousand times thus grows with the references, not with their product."""

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, keep: str = "") -> str:
    """``text`` with every control character shown as an escape, but those in ``keep``
    (a renderer that turns line breaks into its own markup keeps ``"\\n"``)."""
    if keep:
        return _CONTROLS.sub(
            lambda match: match.group() if match.group() in keep else _escaped(match), text
        )
    return _CONTROLS.sub(_escaped, text)


def short(name: str) -> str:
    """``name`` cut to :data:`REFERENCE_LENGTH` characters, an ellipsis saying so."""
    return name if len(name) <= REFERENCE_LENGTH else name[: REFERENCE_LENGTH - 1] + "…"


def same_name(name: str) -> str:
    """``name`` as two mentions of one institution compare: its words, whatever the case
    and the white space between them ("COCOF" and " cocof ")."""
    return " ".join(name.split()).casefold()


def blank(text: str | None) -> bool:
    """Whether a text says nothing: absent, empty, or only white space (any Unicode
    white space, as :meth:`str.isspace` knows it)."""
    return text is None or not text.strip()


def other_unit(measured: str | None, expected: str | None) -> bool:
    """Whether a value said to be in ``measured`` is in another unit than ``expected``:
    both said, and different whatever the case and the white space ("Enfants" and
    "enfants" are one unit); a unit not said claims nothing."""
    if blank(measured) or blank(expected):
        return False
    assert measured is not None  # not blank  # noqa: S101
    assert expected is not None  # noqa: S101
    return same_name(measured) != same_name(expected)
