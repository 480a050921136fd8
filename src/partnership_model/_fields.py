"""attrs validators shared by the domain modules.

Each raises :class:`InvalidValueError` naming ``Class.field`` and the offending value.
They check only what one value can know about itself (DESIGN, decision 1).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any, NoReturn

import attrs

from partnership_model._words import Words, words
from partnership_model.errors import InvalidValueError

__all__ = [
    "ID_PATTERN",
    "MAX_TEXT_NUMBER",
    "STRUCTURAL",
    "check_id",
    "fail",
    "field_name",
    "finite_decimal",
    "flag",
    "id_tuple",
    "instance_of",
    "items_of",
    "member_of",
    "optional_date",
    "optional_decimal",
    "optional_fraction",
    "optional_id",
    "optional_instance_of",
    "optional_member_of",
    "optional_non_negative_int",
    "optional_positive_int",
    "optional_text",
    "plain",
    "plain_length",
    "positive_int",
    "refusal",
    "required_date",
    "required_id",
    "structural",
    "text",
]

STRUCTURAL: set[Callable[..., None]] = set()
"""Checks that only say a value has the right type or shape. Strict reading guarantees
them already, so the fast reading path skips them; every other check always runs."""


def structural(check: Callable[..., None]) -> Callable[..., None]:
    STRUCTURAL.add(check)
    return check


ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")
"""A short, stable identifier: letters, digits, ``_ . : -``, at most 64 characters."""

_ID_MATCH = ID_PATTERN.fullmatch

MAX_TEXT_NUMBER = 100
"""The most characters an exact number (amount, measure, share) is written with: no amount
or share needs more, and the JSON format refuses longer ones."""

_INT64_END = 2**63
"""Whole numbers stay within 64 bits, the range every JSON reader keeps exactly."""


def field_name(instance: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


def fail(
    instance: object, attribute: attrs.Attribute[Any], value: object, reason: str | Words
) -> NoReturn:
    """Refuse ``value``: ``reason`` in English, or its :class:`Words`, said in any language."""
    if isinstance(reason, Words):
        raise refusal(field_name(instance, attribute), value, reason)
    raise InvalidValueError(field_name(instance, attribute), value, reason)


def refusal(field: str, value: object, reason: Words) -> InvalidValueError:
    """The error that refuses ``value`` of ``field`` (``"Period.end"``) for ``reason``: a
    check across fields raises it, its English reason said from the catalogue."""
    return InvalidValueError(field, value, reason.said("en"), reason)


def check_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # Most ids are plain letters and digits: str methods say so faster than the pattern.
    if type(value) is str and value.isascii() and value.isalnum() and len(value) <= 64:
        return
    if type(value) is not str or _ID_MATCH(value) is None:
        fail(
            instance,
            attribute,
            value,
            words("refusal.id"),
        )


required_id = check_id


def optional_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        check_id(instance, attribute, value)


def id_tuple(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A tuple of ids. Duplicates are left to the rules: a draft may hold them."""
    if type(value) is not tuple:
        fail(instance, attribute, value, words("refusal.id-tuple"))
    for item in value:
        check_id(instance, attribute, item)


def items_of(kind: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A tuple whose every item is a ``kind``: a plain string where an enumeration member
    is meant is refused, and so is a list, so that every value stays immutable."""
    name = kind.__name__

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not tuple:
            fail(instance, attribute, value, words("refusal.tuple-of", kind=name))
        for position, item in enumerate(value):
            if not isinstance(item, kind):
                fail(
                    instance,
                    attribute,
                    item,
                    words("refusal.item-not", position=position, kind=name),
                )

    # Strings are read without a look at each item: for them this check does that.
    return check if kind is str else structural(check)


def instance_of(kind: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    name = kind.__name__

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            fail(instance, attribute, value, f"expected a {name}")

    return structural(check)


def optional_instance_of(kind: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    name = kind.__name__

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, kind):
            fail(instance, attribute, value, f"expected a {name} or None")

    return structural(check)


@structural
def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str:
        fail(instance, attribute, value, "expected a string")


@structural
def optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and type(value) is not str:
        fail(instance, attribute, value, "expected a string or None")


@structural
def required_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # datetime is a subclass of date: an instant where a day is meant is a mistake.
    if type(value) is not dt.date:
        fail(instance, attribute, value, "expected a datetime.date (a day, not an instant)")


@structural
def optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        required_date(instance, attribute, value)


def plain_length(value: Decimal) -> int:
    """How many characters ``value`` takes in plain notation, without an exponent, counted
    without writing it: ``Decimal("1E+999999999")`` is twelve characters as ``str`` gives
    it, and a billion in plain notation."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # a finite decimal  # noqa: S101
    if exponent >= 0:
        body = 1 if digits == (0,) else len(digits) + exponent
    elif len(digits) > -exponent:
        body = len(digits) + 1
    else:
        body = 2 - exponent
    return sign + body


def plain(value: Decimal) -> str:
    """``value`` in plain notation, every digit as given and no exponent: the one written
    form of a decimal (``1250.00``, ``0.0000001``, ``1000`` for ``1E+3``). Only for a
    decimal the model accepts, whose plain form is at most :data:`MAX_TEXT_NUMBER` long."""
    return format(value, "f")


def finite_decimal(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not Decimal or not value.is_finite():
        fail(instance, attribute, value, words("refusal.decimal"))
    if plain_length(value) > MAX_TEXT_NUMBER:
        fail(instance, attribute, value, words("refusal.number-too-long", most=MAX_TEXT_NUMBER))


def optional_decimal(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        finite_decimal(instance, attribute, value)


@structural
def flag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not bool:
        fail(instance, attribute, value, "expected True or False")


def optional_fraction(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A share such as a quorum or threshold: an exact, non-negative Fraction.

    Whether it can be met (above zero, at most one) is for the rules to say.
    """
    if value is None:
        return
    if type(value) is not Fraction:
        fail(instance, attribute, value, words("refusal.fraction"))
    elif value < 0:
        fail(instance, attribute, value, words("refusal.share-negative"))
    elif len(str(value)) > MAX_TEXT_NUMBER:
        fail(instance, attribute, value, words("refusal.share-too-long", most=MAX_TEXT_NUMBER))


def member_of(enum_type: type[Enum]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator accepting only members of ``enum_type``, listing them when it refuses."""
    codes = ", ".join(str(member.value) for member in enum_type)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not enum_type:
            fail(instance, attribute, value, f"expected a {enum_type.__name__} ({codes})")

    return structural(check)


def optional_member_of(
    enum_type: type[Enum],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    required = member_of(enum_type)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            required(instance, attribute, value)

    return structural(check)


def optional_positive_int(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    if value is None:
        return
    if type(value) is not int or not 0 < value < _INT64_END:
        fail(instance, attribute, value, words("refusal.positive-whole"))


def positive_int(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not int or not 0 < value < _INT64_END:
        fail(instance, attribute, value, words("refusal.positive-whole"))


def optional_non_negative_int(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    if value is None:
        return
    if type(value) is not int or not 0 <= value < _INT64_END:
        fail(instance, attribute, value, words("refusal.whole"))
