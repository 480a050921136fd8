"""Amounts, numbers, dates and periods as each language writes them, for the agreement.

A :class:`Formatter` says values the way a signed convention prints them: ``21 500,00 €``
and ``1er janvier 2027`` in French, ``€21,500.00`` and ``1 January 2027`` in English,
``€ 21.500,00`` and ``1 januari 2027`` in Dutch. Babel (the optional extra ``print``)
applies the rules of the Unicode CLDR for any regional tag it knows (``nl-BE``, ``en-US``);
without it, the rules of French, English and Dutch written here give the same strings for
the three languages, and a regional tag takes its language's.

Nothing is rounded and nothing is added: an amount shows exactly the decimals it was
written with (``21500`` as ``21 500 €``, ``21500.00`` as ``21 500,00 €``, ``1250.505`` with
its three), never in exponent notation, whatever its size.
"""

from __future__ import annotations

import copy
import datetime as dt
import decimal
import functools
import re
import unicodedata
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Protocol

from partnership_model.errors import InvalidValueError
from partnership_model.i18n import fraction_words, resolve_language, translate
from partnership_model.money import AMOUNT_DIGITS

if TYPE_CHECKING:
    from babel.core import Locale
    from babel.dates import DateTimePattern
    from babel.numbers import NumberPattern

    from partnership_model.money import Money, Quantity

__all__ = ["Formatter"]

_ENOUGH = decimal.Context(
    prec=100, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[decimal.Inexact]
)
"""Enough digits for any amount (60 at most): Babel computes in the current context,
which rounds to 28 digits by default. A rounding would raise rather than print."""


def _keeping_every_digit(value: Decimal) -> decimal.Context:
    """A context in which every digit of ``value``, and of a hundred times it, is kept."""
    _, digits, exponent = value.as_tuple()
    needed = len(digits) + max(int(exponent), 0) + 2
    if needed <= _ENOUGH.prec:
        return _ENOUGH
    return decimal.Context(
        prec=needed, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[decimal.Inexact]
    )


NO_BREAK = "\u00a0"

BASE_LOCALES = {"fr": "fr", "en": "en_001", "nl": "nl"}
"""The CLDR locale of each language without a region: English is CLDR's international
English (``1 January 2027``), not the United States' (``January 1, 2027``)."""


def _places(value: Decimal) -> int:
    """How many decimals ``value`` was written with: ``1250.505`` three, ``1E+3`` none."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # a finite decimal  # noqa: S101
    return max(0, -exponent)


def _finite(value: Decimal, name: str) -> Decimal:
    if type(value) is not Decimal or not value.is_finite():
        raise InvalidValueError(name, value, "expected a finite decimal.Decimal")
    return value


def exact_decimal(share: Fraction) -> Decimal | None:
    """``share`` as a decimal with the fewest digits that hold it exactly (``1/8`` is
    ``0.125``), or None when no decimal does (``2/3``)."""
    rest, twos, fives = share.denominator, 0, 0
    while rest % 2 == 0:
        rest, twos = rest // 2, twos + 1
    while rest % 5 == 0:
        rest, fives = rest // 5, fives + 1
    if rest != 1:
        return None
    places = max(twos, fives)
    return Decimal(f"{share.numerator * 10**places // share.denominator}E-{places}")


def _needs_space(symbol_end: str) -> bool:
    """CLDR's currency spacing: a symbol before the digits that ends with a letter, such
    as ``CHF``, is kept apart from them by a no-break space; ``€`` and ``US$`` are not."""
    return unicodedata.category(symbol_end)[0] not in "SZ"


class _Rules(Protocol):
    """How one locale writes amounts, numbers, percentages and days."""

    def money(self, amount: Decimal, currency: str) -> str: ...

    def number(self, value: Decimal) -> str: ...

    def percent(self, share: Decimal) -> str: ...

    def date(self, day: dt.date) -> str: ...


# --- with Babel ----------------------------------------------------------------------------------


class _BabelRules:
    """CLDR's rules for one locale through Babel, each pattern made once."""

    def __init__(self, locale: Locale) -> None:
        # Babel's modules, imported once here: a formatter made keeps working as made.
        from babel.dates import parse_pattern  # noqa: PLC0415  # the optional extra
        from babel.numbers import get_currency_symbol  # noqa: PLC0415

        self.locale = locale
        self._symbol = get_currency_symbol
        self._money: dict[tuple[str, int], NumberPattern] = {}
        self._numbers: dict[int, NumberPattern] = {}
        self._percents: dict[int, NumberPattern] = {}
        self._date: DateTimePattern = locale.date_formats["long"]
        # French writes the first day of a month "1er", which CLDR does not say.
        self._first_day = self._date
        if locale.language == "fr":
            first = re.sub(r"(?<![d'])d(?![d'])", "d'er'", self._date.pattern, count=1)
            self._first_day = parse_pattern(first)

    @staticmethod
    def _exactly(pattern: NumberPattern, places: int) -> NumberPattern:
        """``pattern`` with exactly ``places`` decimals: those the value was written with."""
        written = copy.copy(pattern)
        written.frac_prec = (places, places)
        return written

    def _currency_pattern(self, currency: str) -> NumberPattern:
        """The locale's pattern with the symbol of ``currency`` in it, once: Babel would
        otherwise look the symbol and the currency's plural names up for every amount."""
        pattern: NumberPattern = copy.copy(self.locale.currency_formats["standard"])
        symbol = self._symbol(currency, self.locale).replace("'", "''")  # Babel's quoting
        # No locale of French, English or Dutch writes the symbol right after the digits:
        # only a symbol before them may need the space.
        before = pattern.prefix[0].endswith("¤") and _needs_space(symbol[-1])
        said = f"{symbol}{NO_BREAK}" if before else symbol
        pattern.prefix = (
            pattern.prefix[0].replace("¤", said),
            pattern.prefix[1].replace("¤", said),
        )
        pattern.suffix = (
            pattern.suffix[0].replace("¤", said),
            pattern.suffix[1].replace("¤", said),
        )
        return pattern

    def money(self, amount: Decimal, currency: str) -> str:
        places = _places(amount)
        pattern = self._money.get((currency, places))
        if pattern is None:
            pattern = self._exactly(self._currency_pattern(currency), places)
            self._money[currency, places] = pattern
        with decimal.localcontext(_keeping_every_digit(amount)):
            said: str = pattern.apply(amount, self.locale)
        return said

    def _written(
        self, patterns: dict[int, NumberPattern], base: NumberPattern, places: int
    ) -> NumberPattern:
        """``base`` with ``places`` decimals, kept for the next value written alike (any
        number of decimals an amount may have, not the million a number might)."""
        pattern = patterns.get(places)
        if pattern is None:
            pattern = self._exactly(base, places)
            if places <= 2 * AMOUNT_DIGITS:
                patterns[places] = pattern
        return pattern

    def number(self, value: Decimal) -> str:
        pattern = self._written(self._numbers, self.locale.decimal_formats[None], _places(value))
        with decimal.localcontext(_keeping_every_digit(value)):
            said: str = pattern.apply(value, self.locale)
        return said

    def percent(self, share: Decimal) -> str:
        with decimal.localcontext(_keeping_every_digit(share)):
            places = _places(share.scaleb(2))  # the pattern multiplies by a hundred
            pattern = self._written(self._percents, self.locale.percent_formats[None], places)
            said: str = pattern.apply(share, self.locale)
        return said

    def date(self, day: dt.date) -> str:
        pattern = self._first_day if day.day == 1 else self._date
        said: str = pattern.apply(day, self.locale)
        return said


@functools.lru_cache(maxsize=64)
def _babel_rules(tag: str, language: str) -> _BabelRules:
    """The rules of ``tag``'s region as Babel knows them; those of its language when the
    tag names no region (``en``, ``nl-Latn``) or one Babel does not know (``fr-029``)."""
    from babel.core import Locale, UnknownLocaleError  # noqa: PLC0415  # the optional extra

    try:
        locale = Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError):
        locale = None
    if locale is None or locale.territory is None:
        locale = Locale.parse(BASE_LOCALES[language])
    return _BabelRules(locale)


# --- without Babel -------------------------------------------------------------------------------


_SYMBOLS: dict[str, tuple[str, str, str]] = {
    "EUR": ("€", "€", "€"),
    "USD": ("$US", "US$", "US$"),
    "GBP": ("£GB", "£", "£"),
    "JPY": ("JPY", "JP¥", "JP¥"),
    "CAD": ("$CA", "CA$", "C$"),
    "XAF": ("FCFA", "FCFA", "FCFA"),
    "XOF": ("F\u202fCFA", "F\u202fCFA", "F\u202fCFA"),
}
"""The symbols of a few common currencies in French, English and Dutch, as CLDR writes
them; any other currency is written with its ISO code where its symbol would stand."""

_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
    "december",
}


class _WrittenRules:
    """The rules of one language written by hand, as CLDR gives them for its base locale
    (``fr``, ``en_001``, ``nl``): the same strings Babel gives, without Babel."""

    def __init__(
        self, language: str, *, group: str, mark: str, money: str, percent: str, first: str
    ) -> None:
        position = ("fr", "en", "nl").index(language)
        self.group = group
        self.decimal_mark = mark
        self.before, self.after = money.split("{number}")
        self.percent_pattern = percent
        self.symbols = {code: said[position] for code, said in _SYMBOLS.items()}
        self.months = tuple(_MONTHS[language].split())
        self.first_day = first

    def number(self, value: Decimal) -> str:
        written = format(value, "f")  # every digit as written, never an exponent
        sign, digits = ("-", written[1:]) if written.startswith("-") else ("", written)
        whole, _, decimals = digits.partition(".")
        head = len(whole) % 3 or 3
        groups = [whole[:head]] + [whole[at : at + 3] for at in range(head, len(whole), 3)]
        said = sign + self.group.join(groups)
        return f"{said}{self.decimal_mark}{decimals}" if decimals else said

    def money(self, amount: Decimal, currency: str) -> str:
        symbol = self.symbols.get(currency, currency)
        before = self.before.format(symbol=symbol)
        if self.before == "{symbol}" and _needs_space(symbol[-1]):
            before += NO_BREAK
        return before + self.number(amount) + self.after.format(symbol=symbol)

    def percent(self, share: Decimal) -> str:
        with decimal.localcontext(_keeping_every_digit(share)):
            scaled = share.scaleb(2)
        return self.percent_pattern.format(number=self.number(scaled))

    def date(self, day: dt.date) -> str:
        first = self.first_day if day.day == 1 else str(day.day)
        return f"{first} {self.months[day.month - 1]} {day.year}"


_WRITTEN = {
    "fr": _WrittenRules(
        "fr", group="\u202f", mark=",", money=f"{{number}}{NO_BREAK}{{symbol}}",
        percent=f"{{number}}{NO_BREAK}%", first="1er",
    ),
    "en": _WrittenRules(
        "en", group=",", mark=".", money="{symbol}{number}", percent="{number}%", first="1"
    ),
    "nl": _WrittenRules(
        "nl", group=".", mark=",", money=f"{{symbol}}{NO_BREAK}{{number}}",
        percent="{number}%", first="1",
    ),
}  # fmt: skip
"""CLDR's rules for the three languages, as Babel 2.19 (CLDR 47) gives them; the tests
compare every string with Babel's."""

KNOWN_SYMBOLS = frozenset(_SYMBOLS)
"""The currencies whose symbols the rules written here know."""


# --- the formatter -------------------------------------------------------------------------------


class Formatter:
    """Values said as a signed convention prints them in one language.

    ``tag`` is a language the library speaks, with a region or not (``"fr"``,
    ``"nl-BE"``, ``"en-GB"``); an :class:`~partnership_model.errors.UnsupportedLanguageError`
    otherwise. With Babel installed (the ``print`` extra) the region's CLDR rules apply;
    without it, the language's.
    """

    __slots__ = ("_rules", "language", "locale", "uses_babel")

    def __init__(self, tag: str = "fr") -> None:
        self.language: str = resolve_language(tag)
        """The library language: ``"nl"`` for ``"nl-BE"``; the words come from its catalogue."""
        self._rules: _Rules
        try:
            import babel  # noqa: F401, PLC0415  # the optional extra: is it installed?
        except ImportError:
            self.uses_babel = False
            self.locale: str | None = None
            self._rules = _WRITTEN[self.language]
        else:
            rules = _babel_rules(tag, self.language)
            self.uses_babel = True
            self.locale = str(rules.locale)
            self._rules = rules

    def __repr__(self) -> str:
        return f"Formatter(language={self.language!r}, locale={self.locale!r})"

    def money(self, money: Money) -> str:
        """``21 500,00 €``, ``€21,500.00``, ``€ 21.500,00``: the amount with exactly the
        decimals it was written with, and the currency's symbol where the language puts it."""
        return self._rules.money(money.amount, money.currency)

    def number(self, value: Decimal) -> str:
        """``1 250,505`` in French: grouped by the language, every written digit kept."""
        return self._rules.number(_finite(value, "number"))

    def quantity(self, quantity: Quantity) -> str:
        """``120 heures``: the number as the language writes it, then the unit as written,
        joined by a no-break space."""
        return f"{self._rules.number(quantity.value)}{NO_BREAK}{quantity.unit}"

    def percent(self, share: Decimal | Fraction) -> str:
        """A share of the whole as a percentage, exactly: ``Decimal("0.255")`` and
        ``Fraction(51, 200)`` are ``25,5 %`` in French. A fraction no decimal holds
        (``2/3``) raises :class:`~partnership_model.errors.InvalidValueError`: say it
        with :meth:`fraction` rather than round it."""
        if isinstance(share, Fraction):
            exact = exact_decimal(share)
            if exact is None:
                raise InvalidValueError(
                    "percent",
                    share,
                    "no decimal holds this share exactly; say it as a fraction",
                )
            return self._rules.percent(exact)
        return self._rules.percent(_finite(share, "percent"))

    def fraction(self, share: Fraction) -> str:
        """A share in words: ``des deux tiers``, ``two thirds``, ``twee derde``."""
        return fraction_words(share, self.language)

    def date(self, day: dt.date) -> str:
        """``1er janvier 2027``, ``1 January 2027``, ``1 januari 2027``."""
        return self._rules.date(day)

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        """``du 1er janvier 2027 au 31 décembre 2027``, both days included; a day not yet
        known is said to be agreed."""
        if start is not None and end is not None:
            return translate(
                "format.period", self.language, start=self.date(start), end=self.date(end)
            )
        if start is not None:
            return translate("format.period-from", self.language, start=self.date(start))
        if end is not None:
            return translate("format.period-until", self.language, end=self.date(end))
        return translate("format.period-open", self.language)
