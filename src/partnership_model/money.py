"""Exact amounts of money and quantities.

An amount is a :class:`~decimal.Decimal` kept exactly as written (``1250.00`` stays
``1250.00``), with an ISO 4217 currency code. Arithmetic and comparison only ever
combine amounts of one currency; the library never guesses an exchange rate.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from partnership_model._fields import fail, text
from partnership_model._words import words
from partnership_model.errors import CurrencyMismatchError

__all__ = ["AMOUNT_DIGITS", "ISO_4217_CURRENCIES", "Money", "Quantity", "totals_by_currency"]

ISO_4217_CURRENCIES: frozenset[str] = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL
    BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF
    DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF
    IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR
    LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO
    NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK
    SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH
    UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG
    XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL
    """.split()  # noqa: SIM905  # a block of codes reads like the standard's own table
)
"""Active ISO 4217 alphabetic codes (list of 2025), funds and precious metals included."""


AMOUNT_DIGITS = 30
"""Amounts and quantities stay below 10^30 and no finer than 10^-30: beyond any budget,
and near enough that every exact sum of them is written within the format's 100
characters and computed without overflow."""

# Sums are exact whatever the application's decimal context: no rounding, ever.
_EXACT = decimal.Context(prec=decimal.MAX_PREC, traps=[decimal.InvalidOperation, decimal.Inexact])


def _check_amount(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not Decimal or not value.is_finite():
        fail(instance, attribute, value, words("refusal.amount"))
    elif value.is_signed():  # Decimal("-0.00") is not below zero but prints as negative
        fail(instance, attribute, value, words("refusal.amount-negative"))
    elif value and not -AMOUNT_DIGITS <= value.adjusted() < AMOUNT_DIGITS:
        fail(instance, attribute, value, words("refusal.amount-too-large", digits=AMOUNT_DIGITS))
    elif int(value.as_tuple().exponent) < -AMOUNT_DIGITS:
        fail(instance, attribute, value, words("refusal.amount-too-fine", digits=AMOUNT_DIGITS))


def _check_currency(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str or value not in ISO_4217_CURRENCIES:
        fail(instance, attribute, value, words("refusal.currency"))


def _check_unit(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    text(instance, attribute, value)
    if not str(value).strip():
        fail(instance, attribute, value, words("refusal.unit"))


@attrs.frozen(kw_only=True, order=False)
class Money:
    """A non-negative amount in one currency, exact to the digit."""

    amount: Decimal = attrs.field(validator=_check_amount)
    currency: str = attrs.field(validator=_check_currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(amount=Decimal(0), currency=currency)

    def _same_currency(self, other: Money) -> None:
        if other.currency != self.currency:
            raise CurrencyMismatchError(self.currency, other.currency)

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return Money(amount=_EXACT.add(self.amount, other.amount), currency=self.currency)

    def __sub__(self, other: Money) -> Money:
        """The difference; an :class:`InvalidValueError` if it would be negative."""
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        difference = _EXACT.subtract(self.amount, other.amount)
        return Money(amount=difference, currency=self.currency)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return self.amount < other.amount

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return self.amount <= other.amount

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return self.amount > other.amount

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return self.amount >= other.amount

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"


def totals_by_currency(amounts: Iterable[Money]) -> dict[str, Money]:
    """Exact sums, one per currency, in the order the currencies first appear.

    A sum may pass 10^30, the bound of an amount a document holds: a budget of many lines
    near it adds up beyond it, and its total is still exact (never rounded, never
    refused).
    """
    sums: dict[str, Decimal] = {}
    for money in amounts:
        sums[money.currency] = _EXACT.add(sums.get(money.currency, Decimal(0)), money.amount)
    return {code: _total(total, code) for code, total in sums.items()}


def _total(amount: Decimal, currency: str) -> Money:
    """A sum of checked amounts, made without the bound that only a document's own
    amounts must keep."""
    if amount.adjusted() < AMOUNT_DIGITS:
        return Money(amount=amount, currency=currency)
    total = object.__new__(Money)
    object.__setattr__(total, "amount", amount)  # as attrs sets a frozen class's fields
    object.__setattr__(total, "currency", currency)
    return total


@attrs.frozen(kw_only=True)
class Quantity:
    """A non-negative amount of something other than money: hours, people, square metres."""

    value: Decimal = attrs.field(validator=_check_amount)
    unit: str = attrs.field(validator=_check_unit)

    def __str__(self) -> str:
        return f"{self.value} {self.unit}"
