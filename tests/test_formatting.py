"""Amounts, numbers, dates and periods as a signed convention prints them.

Babel (the ``print`` extra) applies CLDR's rules for any region; without it, rules
written by hand for French, English and Dutch give the very same strings, which the
properties at the end check against Babel over every amount Money holds and every day.
The no-break spaces are CLDR's: U+202F between groups of digits and U+00A0 before the
euro sign in French, U+00A0 after it in Dutch.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

import pytest
from babel.numbers import get_currency_symbol
from hypothesis import given
from hypothesis import strategies as st

from partnership_model._formatting import KNOWN_SYMBOLS, Formatter, exact_decimal
from partnership_model.errors import InvalidValueError, UnsupportedLanguageError
from partnership_model.money import AMOUNT_DIGITS, ISO_4217_CURRENCIES, Money, Quantity
from tests.brussels import eur

NARROW = "\u202f"  # CLDR's group separator in French
NO_BREAK = "\u00a0"

FIRST = dt.date(2027, 1, 1)
LAST = dt.date(2027, 12, 31)


def without_babel(patch: pytest.MonkeyPatch) -> None:
    """As if the ``print`` extra were not installed: importing Babel fails."""
    for name in [name for name in sys.modules if name == "babel" or name.startswith("babel.")]:
        patch.setitem(sys.modules, name, None)
    patch.setitem(sys.modules, "babel", None)


@pytest.fixture(params=["babel", "fallback"])
def formatters(request: pytest.FixtureRequest) -> Iterator[dict[str, Formatter]]:
    """A formatter for each language, made with Babel or without it: the examples below
    hold for both."""
    with pytest.MonkeyPatch.context() as patch:
        if request.param == "fallback":
            without_babel(patch)
        yield {language: Formatter(language) for language in ("fr", "en", "nl")}


# --- amounts of money


def test_the_brussels_budget_reads_as_each_language_writes_it(
    formatters: dict[str, Formatter],
) -> None:
    total = eur("21500.00")
    assert formatters["fr"].money(total) == f"21{NARROW}500,00{NO_BREAK}€"
    assert formatters["en"].money(total) == "€21,500.00"
    assert formatters["nl"].money(total) == f"€{NO_BREAK}21.500,00"


def test_an_amount_shows_exactly_the_decimals_it_was_written_with(
    formatters: dict[str, Formatter],
) -> None:
    french = formatters["fr"]
    assert french.money(eur("21500")) == f"21{NARROW}500{NO_BREAK}€"
    assert french.money(eur("1250.505")) == f"1{NARROW}250,505{NO_BREAK}€"
    assert french.money(eur("0.5")) == f"0,5{NO_BREAK}€"
    assert french.money(eur("0.00")) == f"0,00{NO_BREAK}€"
    assert formatters["en"].money(eur("1250.505")) == "€1,250.505"


def test_the_largest_and_finest_amounts_are_written_in_full_without_an_exponent(
    formatters: dict[str, Formatter],
) -> None:
    english = formatters["en"]
    assert english.money(eur("1E+29")) == "€100,000,000,000,000,000,000,000,000,000"
    assert english.money(eur("0E+5")) == "€0"
    assert english.money(eur("0E+200")) == "€0"
    finest = eur(f"0.{'0' * (AMOUNT_DIGITS - 1)}1")
    assert english.money(finest) == f"€0.{'0' * 29}1"
    largest = eur(f"{'9' * AMOUNT_DIGITS}.{'9' * AMOUNT_DIGITS}")
    assert english.money(largest) == "€" + ",".join(["999"] * 10) + "." + "9" * 30


def test_other_currencies_take_their_symbol_in_each_language(
    formatters: dict[str, Formatter],
) -> None:
    dollars = Money(amount=Decimal("1500.00"), currency="USD")
    assert formatters["fr"].money(dollars) == f"1{NARROW}500,00{NO_BREAK}$US"
    assert formatters["en"].money(dollars) == "US$1,500.00"
    assert formatters["nl"].money(dollars) == f"US${NO_BREAK}1.500,00"
    francs = Money(amount=Decimal("250000"), currency="XOF")
    assert formatters["fr"].money(francs) == f"250{NARROW}000{NO_BREAK}F{NARROW}CFA"


def test_a_symbol_of_letters_is_kept_apart_from_the_digits_as_cldr_says(
    formatters: dict[str, Formatter],
) -> None:
    # CLDR's currency spacing, which Babel leaves out: CHF21,500.00 would read as one word.
    francs = Money(amount=Decimal("21500.00"), currency="CHF")
    assert formatters["en"].money(francs) == f"CHF{NO_BREAK}21,500.00"
    assert formatters["en"].money(Money(amount=Decimal(5), currency="XAF")) == f"FCFA{NO_BREAK}5"
    assert formatters["en"].money(eur("5")) == "€5"


def test_without_babel_a_currency_it_has_no_symbol_for_is_written_with_its_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    without_babel(monkeypatch)
    dollars = Money(amount=Decimal("80.00"), currency="SGD")
    assert Formatter("fr").money(dollars) == f"80,00{NO_BREAK}SGD"
    assert Formatter("en").money(dollars) == f"SGD{NO_BREAK}80.00"


def test_with_babel_every_currency_takes_the_symbol_cldr_gives() -> None:
    dollars = Money(amount=Decimal("80.00"), currency="SGD")
    assert Formatter("fr").money(dollars) == f"80,00{NO_BREAK}$SG"


# --- numbers, quantities, percentages and shares


def test_a_number_is_grouped_by_the_language_and_keeps_every_written_digit(
    formatters: dict[str, Formatter],
) -> None:
    assert formatters["fr"].number(Decimal("1234567.50")) == f"1{NARROW}234{NARROW}567,50"
    assert formatters["en"].number(Decimal("-1234567.50")) == "-1,234,567.50"
    assert formatters["nl"].number(Decimal("1E+3")) == "1.000"
    assert formatters["nl"].number(Decimal("999")) == "999"
    assert formatters["en"].number(Decimal("1E+120")) == "1" + ",000" * 40
    tiny = Decimal(f"0.{'0' * 99}1")
    assert formatters["nl"].number(tiny) == f"0,{'0' * 99}1"
    assert formatters["nl"].number(tiny) == f"0,{'0' * 99}1"  # said again alike


def test_a_number_that_is_not_a_finite_decimal_is_refused_naming_it(
    formatters: dict[str, Formatter],
) -> None:
    with pytest.raises(InvalidValueError, match="number: expected a finite"):
        formatters["fr"].number(Decimal("NaN"))
    with pytest.raises(InvalidValueError, match=r"\(got 1\.5\)"):
        formatters["fr"].number(1.5)  # type: ignore[arg-type]  # what a caller might pass


def test_a_quantity_is_its_number_then_its_unit_as_written(
    formatters: dict[str, Formatter],
) -> None:
    hours = Quantity(value=Decimal("1200"), unit="heures de permanence")
    assert formatters["fr"].quantity(hours) == f"1{NARROW}200{NO_BREAK}heures de permanence"
    assert formatters["en"].quantity(hours) == f"1,200{NO_BREAK}heures de permanence"


def test_a_percentage_says_a_share_exactly(formatters: dict[str, Formatter]) -> None:
    assert formatters["fr"].percent(Decimal("0.255")) == f"25,5{NO_BREAK}%"
    assert formatters["en"].percent(Decimal("0.5")) == "50%"
    assert formatters["nl"].percent(Decimal("0.6667")) == "66,67%"
    assert formatters["fr"].percent(Fraction(51, 100)) == f"51{NO_BREAK}%"
    assert formatters["en"].percent(Fraction(1, 8)) == "12.5%"
    assert formatters["en"].percent(Fraction(3, 2)) == "150%"


def test_a_share_no_decimal_holds_is_not_rounded_into_a_percentage(
    formatters: dict[str, Formatter],
) -> None:
    with pytest.raises(InvalidValueError, match="say it as a fraction") as raised:
        formatters["fr"].percent(Fraction(2, 3))
    assert raised.value.value == Fraction(2, 3)
    with pytest.raises(InvalidValueError, match="percent: expected a finite"):
        formatters["fr"].percent(Decimal("Infinity"))


def test_a_fraction_is_said_in_words(formatters: dict[str, Formatter]) -> None:
    assert formatters["fr"].fraction(Fraction(2, 3)) == "des deux tiers"
    assert formatters["en"].fraction(Fraction(2, 3)) == "two thirds"
    assert formatters["nl"].fraction(Fraction(1, 2)) == "de helft"
    assert formatters["en"].fraction(Fraction(7, 12)) == "7/12"


def test_a_share_becomes_the_shortest_decimal_that_holds_it_exactly() -> None:
    assert exact_decimal(Fraction(1, 8)) == Decimal("0.125")
    assert str(exact_decimal(Fraction(1, 8))) == "0.125"
    assert str(exact_decimal(Fraction(3, 20))) == "0.15"
    assert str(exact_decimal(Fraction(4))) == "4"
    assert exact_decimal(Fraction(1, 3)) is None
    assert Fraction(exact_decimal(Fraction(1, 2**100))) == Fraction(1, 2**100)  # type: ignore[arg-type]


# --- dates and periods


def test_a_day_is_written_in_words_the_first_of_a_month_1er_in_french(
    formatters: dict[str, Formatter],
) -> None:
    assert formatters["fr"].date(FIRST) == "1er janvier 2027"
    assert formatters["fr"].date(dt.date(2027, 3, 2)) == "2 mars 2027"
    assert formatters["en"].date(FIRST) == "1 January 2027"
    assert formatters["nl"].date(FIRST) == "1 januari 2027"
    assert formatters["nl"].date(dt.date(1, 5, 17)) == "17 mei 1"


def test_a_period_names_both_days_included(formatters: dict[str, Formatter]) -> None:
    assert formatters["fr"].period(FIRST, LAST) == "du 1er janvier 2027 au 31 décembre 2027"
    assert formatters["en"].period(FIRST, LAST) == "from 1 January 2027 to 31 December 2027"
    assert formatters["nl"].period(FIRST, LAST) == (
        "van 1 januari 2027 tot en met 31 december 2027"
    )


def test_a_day_not_yet_known_is_said_to_be_agreed(formatters: dict[str, Formatter]) -> None:
    french, english, dutch = formatters["fr"], formatters["en"], formatters["nl"]
    assert french.period(FIRST, None) == "à partir du 1er janvier 2027, date de fin à convenir"
    assert french.period(None, LAST) == "jusqu'au 31 décembre 2027, date de début à convenir"
    assert french.period(None, None) == "dates de début et de fin à convenir"
    assert english.period(FIRST, None) == "from 1 January 2027, end date to be agreed"
    assert english.period(None, LAST) == "until 31 December 2027, start date to be agreed"
    assert english.period(None, None) == "start and end dates to be agreed"
    assert dutch.period(FIRST, None) == "vanaf 1 januari 2027, einddatum nog overeen te komen"
    assert dutch.period(None, LAST) == (
        "tot en met 31 december 2027, begindatum nog overeen te komen"
    )
    assert dutch.period(None, None) == "begin- en einddatum nog overeen te komen"


# --- languages and regions


def test_with_babel_a_regional_tag_takes_its_region_rules() -> None:
    american = Formatter("en-US")
    assert (american.language, american.locale, american.uses_babel) == ("en", "en_US", True)
    assert american.date(FIRST) == "January 1, 2027"
    assert american.money(Money(amount=Decimal("10.00"), currency="USD")) == "$10.00"
    belgian = Formatter("fr-BE")
    assert (belgian.language, belgian.locale) == ("fr", "fr_BE")
    assert belgian.period(FIRST, LAST) == "du 1er janvier 2027 au 31 décembre 2027"
    assert Formatter("nl-BE").money(eur("21500.00")) == f"€{NO_BREAK}21.500,00"
    assert Formatter("en-GB").date(FIRST) == "1 January 2027"


def test_english_without_a_region_is_cldr_international_english() -> None:
    english = Formatter("en")
    assert english.locale == "en_001"
    assert repr(english) == "Formatter(language='en', locale='en_001')"
    assert Formatter("EN-Latn").locale == "en_001"
    assert Formatter("NL").locale == "nl"


def test_a_region_babel_does_not_know_takes_its_language_rules() -> None:
    caribbean = Formatter("fr-029")
    assert caribbean.locale == "fr"
    assert caribbean.date(FIRST) == "1er janvier 2027"


def test_without_babel_a_regional_tag_takes_its_language_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    without_babel(monkeypatch)
    american = Formatter("en-US")
    assert (american.language, american.locale, american.uses_babel) == ("en", None, False)
    assert american.date(FIRST) == "1 January 2027"
    assert repr(american) == "Formatter(language='en', locale=None)"


def test_babel_is_imported_when_a_formatter_is_made_not_with_the_module() -> None:
    code = (
        "import sys, partnership_model._formatting as formatting\n"
        "print('babel' in sys.modules)\n"
        "formatting.Formatter('fr')\n"
        "print('babel' in sys.modules)"
    )
    result = subprocess.run(  # noqa: S603  # our own interpreter, fixed arguments
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True"]


def test_a_language_the_library_does_not_speak_is_refused() -> None:
    with pytest.raises(UnsupportedLanguageError, match="'de-BE'"):
        Formatter("de-BE")


def test_the_formatter_is_french_by_default() -> None:
    assert Formatter().language == "fr"


# --- the rules written by hand give what Babel gives


def fallback_formatters() -> dict[str, Formatter]:
    with pytest.MonkeyPatch.context() as patch:
        without_babel(patch)
        return {language: Formatter(language) for language in ("fr", "en", "nl")}


BABEL = {language: Formatter(language) for language in ("fr", "en", "nl")}
WRITTEN = fallback_formatters()
LANGUAGES = st.sampled_from(["fr", "en", "nl"])


def same_symbol_everywhere(currency: str) -> bool:
    """Whether the rules written by hand name ``currency`` as CLDR does in all three
    languages: those they know, and those whose symbol is their ISO code."""
    locales = [BABEL[language].locale for language in ("fr", "en", "nl")]
    return currency in KNOWN_SYMBOLS or all(
        get_currency_symbol(currency, locale) == currency for locale in locales
    )


SAME_SYMBOL = sorted(code for code in ISO_4217_CURRENCIES if same_symbol_everywhere(code))
OTHER_SYMBOL = sorted(ISO_4217_CURRENCIES.difference(SAME_SYMBOL))


def test_the_currencies_compared_include_the_common_ones_and_most_of_all() -> None:
    assert {"EUR", "USD", "GBP", "CHF", "JPY", "CAD", "XOF", "XAF"} <= set(SAME_SYMBOL)
    assert len(SAME_SYMBOL) > 3 * len(OTHER_SYMBOL)


@st.composite
def amounts(draw: st.DrawFn) -> Decimal:
    """Every amount Money holds: up to 30 digits, below 10^30 and no finer than 10^-30,
    trailing zeros and zeros of any exponent included."""
    digits = draw(st.lists(st.integers(0, 9), min_size=1, max_size=AMOUNT_DIGITS))
    highest = AMOUNT_DIGITS - len(digits)
    exponent = draw(st.integers(-AMOUNT_DIGITS, highest))
    if not any(digits):
        exponent = draw(st.integers(-AMOUNT_DIGITS, 10**6))
    return Decimal((0, tuple(digits), exponent))


@given(
    language=LANGUAGES,
    money=st.builds(Money, amount=amounts(), currency=st.sampled_from(SAME_SYMBOL)),
)
def test_without_babel_an_amount_reads_as_babel_writes_it(language: str, money: Money) -> None:
    assert WRITTEN[language].money(money) == BABEL[language].money(money)


@given(
    language=LANGUAGES,
    money=st.builds(Money, amount=amounts(), currency=st.sampled_from(OTHER_SYMBOL)),
)
def test_without_babel_another_currency_is_written_as_babel_writes_one_named_by_its_code(
    language: str, money: Money
) -> None:
    # CHF is written CHF in all three languages: the code stands where the symbol would.
    francs = Money(amount=money.amount, currency="CHF")
    expected = BABEL[language].money(francs).replace("CHF", money.currency)
    assert WRITTEN[language].money(money) == expected


numbers = st.builds(
    lambda sign, digits, exponent: Decimal((sign, tuple(digits), exponent)),
    st.integers(0, 1),
    st.lists(st.integers(0, 9), min_size=1, max_size=40),
    st.integers(-40, 40),
)


@given(language=LANGUAGES, value=numbers)
def test_without_babel_a_number_reads_as_babel_writes_it(language: str, value: Decimal) -> None:
    assert WRITTEN[language].number(value) == BABEL[language].number(value)


@given(
    language=LANGUAGES,
    share=st.one_of(
        numbers,
        st.builds(
            lambda numerator, twos, fives: Fraction(numerator, 2**twos * 5**fives),
            st.integers(0, 10**6),
            st.integers(0, 40),
            st.integers(0, 40),
        ),
    ),
)
def test_without_babel_a_percentage_reads_as_babel_writes_it(
    language: str, share: Decimal | Fraction
) -> None:
    assert WRITTEN[language].percent(share) == BABEL[language].percent(share)


@given(language=LANGUAGES, day=st.dates())
def test_without_babel_a_day_reads_as_babel_writes_it(language: str, day: dt.date) -> None:
    assert WRITTEN[language].date(day) == BABEL[language].date(day)


def test_the_formatters_compared_are_one_with_babel_and_one_without() -> None:
    assert [formatter.uses_babel for formatter in BABEL.values()] == [True] * 3
    assert [formatter.uses_babel for formatter in WRITTEN.values()] == [False] * 3
