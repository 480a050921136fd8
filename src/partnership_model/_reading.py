"""What a reading problem says beyond its words: the values an enumeration allows, the
shape of an object with an example, a date as it should have been written, and the
line of broken JSON with a caret under the place. Each is bounded, whatever the
document holds.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import unicodedata
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from partnership_model._shapes import resolved
from partnership_model._words import Closest, Grouped, Words, words
from partnership_model.i18n import LabelledEnum
from partnership_model.text import visible

if TYPE_CHECKING:  # the scalars' reading uses this module's words
    from partnership_model._scalars import UnknownField

__all__ = [
    "EXCERPT",
    "MOST_SUGGESTED_FIELDS",
    "Allowed",
    "Suggestions",
    "Unparsable",
    "checked_text",
    "date_written_as",
    "example_of",
    "parse",
    "syntax_problem",
]


@attrs.frozen
class Allowed:
    """The codes an enumeration allows, each with its label in the reader's language when
    the label says more than the code: ``"partnership" (partenariat)``."""

    kind: type[LabelledEnum]

    def label(self, language: str) -> str:
        said = []
        for member in self.kind:
            code, name = member.value, member.label(language)
            same = name.casefold() == code.replace("_", " ").casefold()
            said.append(f'"{code}"' if same else f'"{code}" ({name})')
        return ", ".join(said)


_EXAMPLES: dict[str, dict[str, object]] = {
    "Money": {"amount": "24000.00", "currency": "EUR"},
    "Quantity": {"value": "12", "unit": "hours"},
    "Period": {"start": "2026-09-01", "end": "2027-06-30"},
    "Recurrence": {"rule": "FREQ=MONTHLY;BYDAY=1TU"},
}
"""The value types written by hand: their example says more than their fields' types."""

_SAMPLES: dict[object, object] = {
    str: "…",
    int: 1,
    bool: False,
    Decimal: "1250.00",
    Fraction: "2/3",
    dt.date: "2026-09-01",
}


def example_of(cls: type) -> str:
    """An object of ``cls`` as a document writes it, with its required fields only, for a
    reading problem to show the shape expected: ``{"amount": "24000.00", "currency":
    "EUR"}``. One level deep: a field that holds an object shows ``{…}``."""
    example: dict[str, object] | None = _EXAMPLES.get(cls.__name__)
    if example is None:
        example = {
            field.name: _sample(field.type)
            for field in attrs.fields(resolved(cls))
            if field.default is attrs.NOTHING
        }
    return json.dumps(example, ensure_ascii=False)


def _sample(kind: Any) -> object:
    """A value of a required field's type: no required field is optional, an array or a
    mapping, whose defaults make them optional."""
    if isinstance(kind, type) and issubclass(kind, LabelledEnum):
        return next(iter(kind)).value
    if attrs.has(kind):
        return {"…": "…"}
    return _SAMPLES.get(kind, "…")


_DAY_FIRST = re.compile(r"\s*([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})\s*")
"""A day written day first, as Belgium, France and the Netherlands write it: 01/09/2026."""
_YEAR_FIRST = re.compile(r"\s*([0-9]{4})[/.\-]?([0-9]{1,2})[/.\-]?([0-9]{1,2})\s*")
"""A day written year first without the ISO form's zeros or dashes: 2026-9-1, 20260901."""


def date_written_as(value: object) -> str | None:
    """The ISO form of a date written day first (``"01/09/2026"`` is ``"2026-09-01"``)
    or year first without its zeros (``"2026-9-1"``), when ``value`` is one; a short
    value only, so that the look costs nothing."""
    if type(value) is not str or len(value) > 20:
        return None
    found = _DAY_FIRST.fullmatch(value)
    if found is not None:
        day, month, year = (int(part) for part in found.groups())
    elif (found := _YEAR_FIRST.fullmatch(value)) is not None:
        year, month, day = (int(part) for part in found.groups())
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


EXCERPT = 60
"""The most characters of a broken line a syntax problem shows, around the place (a
third of them before it): a document written on one line of sixty megabytes shows sixty."""

_SYNTAX = (
    ("Expecting value", "reading.syntax-value"),
    ("Expecting ',' delimiter", "reading.syntax-comma"),
    ("Expecting ':' delimiter", "reading.syntax-colon"),
    ("Expecting property name enclosed in double quotes", "reading.syntax-name"),
    ("Illegal trailing comma", "reading.syntax-trailing-comma"),
    ("Unterminated string", "reading.syntax-unterminated"),
    ("Invalid control character", "reading.syntax-control"),
    ("Invalid \\uXXXX escape", "reading.syntax-unicode-escape"),
    ("Invalid \\escape", "reading.syntax-escape"),
    ("Extra data", "reading.syntax-extra"),
)
"""The standard library's words for broken JSON (json.decoder), and the catalogue's."""


def syntax_problem(error: json.JSONDecodeError) -> Words:
    """Where the JSON breaks, in words: the line and column, what was expected, and the
    line itself (at most :data:`EXCERPT` characters of it around the place, "…" where it
    is cut) with a caret under the place."""
    text, at = error.doc, error.pos
    if not text.strip():
        return words("reading.empty")
    what = next((key for theirs, key in _SYNTAX if error.msg.startswith(theirs)), None)
    line_start = text.rfind("\n", max(0, at - EXCERPT), at) + 1
    start = max(line_start, at - EXCERPT // 3)
    end = text.find("\n", at, at + EXCERPT)
    end = min(start + EXCERPT, len(text)) if end == -1 else min(end, start + EXCERPT)
    before = ("…" if start > 0 and text[start - 1] != "\n" else "") + visible(
        text[start:at].expandtabs(1)
    )
    after = visible(text[at:end].rstrip("\r").expandtabs(1))
    if end < len(text) and text[end] != "\n":
        after += "…"
    return words(
        "reading.syntax",
        line=error.lineno,
        column=error.colno,
        what=words(what or "reading.syntax-broken"),
        excerpt=f"    {before}{after}",
        caret=f"    {' ' * _width(before)}^",
    )


def _width(text: str) -> int:
    """How many columns ``text`` takes on a terminal: a combining mark none, a wide
    character (Chinese, Japanese, Korean, full-width forms) two."""
    return sum(
        0
        if unicodedata.combining(char)
        else 2
        if unicodedata.east_asian_width(char) in "WF"
        else 1
        for char in text
    )


class Unparsable(ValueError):  # noqa: N818  # read as 'raise Unparsable(...)'
    """A text that is not a JSON document the library reads, with the words that say why
    and the value to show, if any."""

    def __init__(self, said: Words, value: object = None) -> None:
        super().__init__(said.said("en"))
        self.words = said
        self.value = value


class _Constant(ValueError):  # noqa: N818  # never shown: it becomes words
    """NaN or Infinity, which JSON does not have."""


def _reject_constant(name: str) -> None:
    raise _Constant(name)


def checked_text(text: object, max_size: int) -> str:
    """The document as a string, once its type, size and encoding are right."""
    if not isinstance(text, (str, bytes, bytearray)):
        raise Unparsable(words("reading.not-text"), type(text).__name__)
    if len(text) > max_size:
        raise Unparsable(words("reading.too-large", limit=Grouped(max_size)), len(text))
    if text[:1] == "\ufeff" or text[:3] == b"\xef\xbb\xbf":
        raise Unparsable(words("reading.bom"))
    if not isinstance(text, str):
        try:
            return bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Unparsable(words("reading.byte", at=exc.start)) from None
    if not text.isascii():
        try:  # a str may hold lone surrogates, which no UTF-8 document can
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise Unparsable(words("reading.surrogate", at=exc.start)) from None
    return text


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def parse(text: str) -> object:
    """The standard library's reading: exact for every number, and within seven times
    the document in memory. Problems are always named from this reading, or from
    orjson's when it is the same data (see ``serialization._read_alike``)."""
    try:
        data = json.loads(text, parse_constant=_reject_constant)
        if _SURROGATE_ESCAPE.search(text):  # rare: check that the escapes pair up
            json.dumps(data, ensure_ascii=False).encode("utf-8")
    except json.JSONDecodeError as exc:
        raise Unparsable(syntax_problem(exc)) from None
    except RecursionError:
        raise Unparsable(words("reading.too-deep")) from None
    except UnicodeEncodeError:
        raise Unparsable(words("reading.lone-escape")) from None
    except _Constant as exc:
        raise Unparsable(words("reading.constant", name=str(exc))) from None
    except ValueError:  # the interpreter's limit on the digits of an integer
        raise Unparsable(words("reading.long-number")) from None
    return data


MOST_SUGGESTED_FIELDS = 100
"""The most distinct unknown fields of one document told their closest known field: a
document of 200,000 unknown fields is compared with its objects' fields a hundred times,
not 200,000."""


class Suggestions:
    """The closest known fields to the unknown ones of one document, each unknown field
    of a class looked up once, and no more than :data:`MOST_SUGGESTED_FIELDS` of them."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, tuple[str, ...]], Words] = {}

    def __call__(self, unknown: UnknownField) -> Words:
        key = (unknown.name, unknown.known)
        said = self._found.get(key)
        if said is None:
            if len(self._found) >= MOST_SUGGESTED_FIELDS:
                return _UNKNOWN_FIELD
            closest = Closest(tuple(difflib.get_close_matches(unknown.name, unknown.known, n=3)))
            said = self._found[key] = (
                words("reading.unknown-field-closest", closest=closest)
                if closest.ids
                else _UNKNOWN_FIELD
            )
        return said


_UNKNOWN_FIELD = words("reading.unknown-field")
