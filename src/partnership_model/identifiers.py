"""Legal identifiers of organisations, as org-id.guide scheme plus value.

Belgian enterprise numbers (``BE-BCE_KBO``) are checked with their mod-97 check
digits and French SIREN numbers (``FR-RCS``) with the Luhn algorithm. Any other
well-formed scheme is accepted as given: the library cannot know every register.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from partnership_model._fields import fail
from partnership_model._words import Words, words

__all__ = ["CHECKED_SCHEMES", "SCHEME_PATTERN", "LegalIdentifier"]

SCHEME_PATTERN = re.compile(r"[A-Z]{2}-[A-Z0-9_]{1,32}")
"""A register's scheme: a country code, a dash, then its own name (``BE-BCE_KBO``)."""
_SEPARATORS = re.compile(r"[\s.\-/]")


def _digits(value: str) -> str:
    return _SEPARATORS.sub("", value)


def _belgian_digits(value: str) -> str:
    digits = _digits(value)
    # Numbers issued before 2005 are still written with 9 digits, without the leading 0.
    return "0" + digits if len(digits) == 9 else digits


def _belgian_enterprise_number_problem(value: str) -> Words | None:
    if value.strip().upper().startswith("BE"):
        return words("refusal.enterprise-vat")
    digits = _belgian_digits(value)
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return words("refusal.enterprise-digits")
    if digits[0] not in "01":
        return words("refusal.enterprise-start")
    if 97 - int(digits[:8]) % 97 != int(digits[8:]):
        return words("refusal.enterprise-check")
    return None


def _luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char)
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def _siren_problem(value: str) -> Words | None:
    digits = _digits(value)
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return words("refusal.siren-digits")
    if not _luhn_valid(digits):
        return words("refusal.siren-check")
    return None


_CHECKS = {
    "BE-BCE_KBO": _belgian_enterprise_number_problem,
    "FR-RCS": _siren_problem,
}

CHECKED_SCHEMES: tuple[str, ...] = tuple(sorted(_CHECKS))
"""Schemes whose values are verified; others are kept exactly as given."""


def _check_scheme(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str or SCHEME_PATTERN.fullmatch(value) is None:
        fail(instance, attribute, value, words("refusal.scheme"))


def _check_value(
    instance: LegalIdentifier, attribute: attrs.Attribute[Any], value: object
) -> None:
    if type(value) is not str or not value.strip():
        fail(instance, attribute, value, words("refusal.number-blank"))
    check = _CHECKS.get(instance.scheme)
    problem = check(value) if check else None
    if isinstance(problem, Words):
        fail(instance, attribute, value, problem)


@attrs.frozen(kw_only=True)
class LegalIdentifier:
    """An organisation's number in a public register (``scheme`` from org-id.guide)."""

    scheme: str = attrs.field(validator=_check_scheme)
    value: str = attrs.field(validator=_check_value)

    @property
    def compact(self) -> str:
        """The value as registers compare it: no spaces, dots, hyphens or slashes, and
        Belgian enterprise numbers always with their ten digits."""
        if self.scheme == "BE-BCE_KBO":
            return _belgian_digits(self.value)
        return _digits(self.value)

    def __str__(self) -> str:
        return f"{self.scheme}-{self.value}"
