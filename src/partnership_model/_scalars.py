"""The strict reading and writing of single JSON values, the converter's leaves.

Strings, whole numbers, booleans, decimals, fractions, dates, instants, enumeration
codes and extension data are each read by a hook that coerces nothing (cattrs' own
hooks turn ``123`` into ``"123"``); a value that does not fit raises :class:`Invalid`,
saying what was expected. :class:`UnknownField` and :func:`note_of` are the rest of the
vocabulary in which both converters report problems.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any

from partnership_model._extensions import EMPTY_EXTENSIONS, MAX_DEPTH, JsonValue
from partnership_model._fields import MAX_TEXT_NUMBER, plain, plain_length
from partnership_model._reading import Allowed, date_written_as
from partnership_model._words import Words, words
from partnership_model.i18n import LabelledEnum

__all__ = [
    "DATE_PATTERN",
    "DECIMAL_PATTERN",
    "FRACTION_PATTERN",
    "INSTANT_PATTERN",
    "Invalid",
    "UnknownField",
    "enumerations",
    "member_hook",
    "note_of",
    "structure_bool",
    "structure_date",
    "structure_decimal",
    "structure_extensions",
    "structure_fraction",
    "structure_instant",
    "structure_int",
    "structure_json",
    "structure_str",
    "unstructure_json",
    "unstructure_member",
]


DECIMAL_PATTERN = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
"""A decimal in plain notation: no exponent, no plus sign, no leading zero; every digit
after the point kept (``1250.00``). Each decimal has this one written form."""
FRACTION_PATTERN = re.compile(r"(?:0|[1-9][0-9]*)(?:/[1-9][0-9]*)?")
"""A share: a whole number or ``numerator/denominator``. In lowest terms too, which no
pattern can say: the reader checks it."""
DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
INSTANT_PATTERN = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_INT_RANGE = range(-(2**63), 2**63)


class Invalid(ValueError):  # noqa: N818  # read as 'raise Invalid(...)': a finding
    """A JSON value that does not fit the field: what was expected, and what came."""

    def __init__(self, said: Words, value: object, where: str = "") -> None:
        self.words = said
        self.message = said.said("en")
        super().__init__(self.message)
        self.value = value
        self.where = where
        """Where inside the value the problem lies, such as ``['case'][2]``."""


class UnknownField(ValueError):  # noqa: N818  # named for what it reports
    """A key the type does not have: never dropped silently."""

    def __init__(self, name: str, value: object, known: tuple[str, ...] = ()) -> None:
        super().__init__(f"unknown field {name!r}")
        self.name = name
        self.value = value
        self.known = known
        """The fields the object has, for a suggestion."""


def note_of(exc: BaseException, kind: type[Any]) -> Any:
    """The note of ``kind`` cattrs attached to ``exc`` (the field or index it concerns)."""
    return next((note for note in getattr(exc, "__notes__", ()) if isinstance(note, kind)), None)


# --- reading single values --------------------------------------------------------------
# Each hook takes the JSON value and the type cattrs asks for, which it does not need.


def structure_str(value: object, _kind: object) -> str:
    if type(value) is not str:
        raise Invalid(words("reading.string"), value)
    return value


def structure_int(value: object, _kind: object) -> int:
    if type(value) is not int or value not in _INT_RANGE:
        raise Invalid(words("reading.integer"), value)
    return value


def structure_bool(value: object, _kind: object) -> bool:
    if type(value) is not bool:
        raise Invalid(words("reading.boolean"), value)
    return value


_SUGGESTED = 2 * MAX_TEXT_NUMBER
"""The longest value a refusal tries to read, to name the form it should have been written in."""


def structure_decimal(value: object, _kind: object) -> Decimal:
    if type(value) is str and len(value) <= MAX_TEXT_NUMBER and DECIMAL_PATTERN.fullmatch(value):
        return Decimal(value)
    raise Invalid(_written_as("reading.decimal", value, _plain_form), value)


def structure_fraction(value: object, _kind: object) -> Fraction:
    if type(value) is str and len(value) <= MAX_TEXT_NUMBER and FRACTION_PATTERN.fullmatch(value):
        share = Fraction(value)
        if str(share) == value:
            return share
    raise Invalid(_written_as("reading.fraction", value, _lowest_terms), value)


def _written_as(expected: str, value: object, canonical: Callable[[str], str | None]) -> Words:
    """What was expected, and the form ``value`` takes when it is a number written another
    way (``"1E+3"`` is written ``"1000"``, ``"2/4"`` is ``"1/2"``, the JSON number
    ``24000.5`` is written ``"24000.5"``)."""
    given = repr(value) if type(value) in (int, float) else value
    if type(given) is not str or len(given) > _SUGGESTED:
        return words(expected, written="")
    form = canonical(given)
    if form is None or form == value:
        return words(expected, written="")
    return words(expected, written=words("reading.write", form=form))


def _plain_form(value: str) -> str | None:
    try:
        number = Decimal(value.strip())
    except ArithmeticError:
        return None
    if not number.is_finite() or plain_length(number) > MAX_TEXT_NUMBER:
        return None
    return plain(number)


def _lowest_terms(value: str) -> str | None:
    try:
        share = Fraction(value.strip())
    except (ValueError, ZeroDivisionError):
        return None
    return str(share) if share >= 0 and len(str(share)) <= MAX_TEXT_NUMBER else None


def structure_date(value: object, _kind: object) -> dt.date:
    if type(value) is str and DATE_PATTERN.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    form = date_written_as(value)
    written = "" if form is None else words("reading.write", form=form)
    raise Invalid(words("reading.date", written=written), value)


def structure_instant(value: object, _kind: object) -> dt.datetime:
    if type(value) is str and INSTANT_PATTERN.fullmatch(value):
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            pass
    raise Invalid(words("reading.instant"), value)


def structure_json(value: object, where: str = "", depth: int = 0) -> JsonValue:
    """Extension data: JSON as read, frozen, refused where the library could not keep it
    exactly (floats, integers beyond 64 bits) or where it nests too deep."""
    if depth > MAX_DEPTH:  # reported at the extensions themselves, not 64 levels down
        raise Invalid(words("refusal.extensions-depth", most=MAX_DEPTH), "...")
    if type(value) is dict:
        return MappingProxyType(
            {
                key: structure_json(item, f"{where}[{key!r}]", depth + 1)
                for key, item in value.items()
            }
        )
    if type(value) is list:
        return tuple(
            structure_json(item, f"{where}[{index}]", depth + 1)
            for index, item in enumerate(value)
        )
    if type(value) is float:
        raise Invalid(words("refusal.extensions-float"), value, where)
    if type(value) is int and value not in _INT_RANGE:
        raise Invalid(words("refusal.extensions-integer"), value, where)
    return value  # type: ignore[return-value]  # None, bool, int or str


def structure_extensions(value: object, _kind: object) -> Mapping[str, JsonValue]:
    if type(value) is not dict:
        raise Invalid(words("reading.extensions"), value)
    if not value:
        return EMPTY_EXTENSIONS
    return structure_json(value)  # type: ignore[return-value]  # a dict gives a mapping


def member_hook(kind: type[LabelledEnum]) -> Callable[[object, object], LabelledEnum]:
    """The reading of one enumeration's members from their codes."""
    members: dict[object, LabelledEnum] = dict(kind._value2member_map_)
    allowed = Allowed(kind)

    def structure(value: object, _kind: object) -> LabelledEnum:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: an unhashable value such as a list
            raise Invalid(words("reading.member", allowed=allowed), value) from None

    return structure


def enumerations() -> list[type[LabelledEnum]]:
    """Every enumeration defined so far: those of the model once its modules are imported."""
    found, pending = [], list(LabelledEnum.__subclasses__())
    while pending:
        kind = pending.pop()
        found.append(kind)
        pending.extend(kind.__subclasses__())
    return found


# --- writing single values ---------------------------------------------------------------


def unstructure_member(member: LabelledEnum) -> str:
    return member._value_  # type: ignore[no-any-return]  # a LabelledEnum's value is a str


def unstructure_json(value: object) -> object:
    # Keys are sorted so that equal data gives the same bytes, whatever its insertion order.
    if value is EMPTY_EXTENSIONS:
        return {}
    if type(value) is MappingProxyType or type(value) is dict:
        return {key: unstructure_json(value[key]) for key in sorted(value)}
    if type(value) is tuple:
        return [unstructure_json(item) for item in value]
    return value
