"""Money and quantities: exact decimals, ISO 4217 currencies, never a float, never a guess.

An amount keeps the digits it was written with; arithmetic and comparison only
combine amounts of one currency; every refusal names the field and the value.
"""

from __future__ import annotations

import decimal
import operator
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model.errors import (
    CurrencyMismatchError,
    InvalidValueError,
    PartnershipModelError,
)
from partnership_model.money import ISO_4217_CURRENCIES, Money, Quantity, totals_by_currency
from tests.brussels import eur
from tests.support import assert_refused, assert_refused_naming, refusal_said

amounts = st.decimals(
    allow_nan=False, allow_infinity=False, min_value=0, max_value=10**27, places=2
)
currencies = st.sampled_from(sorted(ISO_4217_CURRENCIES))


# --- construction: exactness


def test_an_amount_is_kept_exactly_as_written_including_its_trailing_zeros() -> None:
    money = Money(amount=Decimal("1250.00"), currency="EUR")

    assert money.amount == Decimal("1250.00")
    assert money.amount.as_tuple().exponent == -2
    assert str(money.amount) == "1250.00"


def test_amounts_that_differ_only_in_trailing_zeros_are_equal_and_hash_alike() -> None:
    assert eur("1250") == eur("1250.00")
    assert hash(eur("1250")) == hash(eur("1250.00"))


def test_zero_is_a_valid_amount() -> None:
    assert eur("0").amount == 0


def test_money_is_immutable() -> None:
    money = eur("10.00")

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        money.amount = Decimal("20.00")  # type: ignore[misc]


def test_money_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        Money(Decimal("1"), "EUR")  # type: ignore[call-arg]


@pytest.mark.parametrize("code", ["EUR", "USD", "CHF", "GBP", "JPY", "XOF", "XAU"])
def test_iso_4217_codes_are_accepted(code: str) -> None:
    assert Money(amount=Decimal("1"), currency=code).currency == code


def test_the_currency_table_holds_only_three_capital_letter_codes() -> None:
    assert len(ISO_4217_CURRENCIES) > 150
    for code in ISO_4217_CURRENCIES:
        assert len(code) == 3
        assert code.isascii()
        assert code.isalpha()
        assert code.isupper()


# --- construction: refusals


@pytest.mark.parametrize(
    "currency",
    ["EURO", "eur", "Eur", "", " EUR", "EUR ", "XXX", "BEF", "€", None, 978, b"EUR"],
)
def test_a_currency_that_is_not_an_iso_4217_code_is_refused(currency: object) -> None:
    error = assert_refused(
        lambda: Money(amount=Decimal("1"), currency=currency),  # type: ignore[arg-type]
        "Money.currency",
        currency,
    )
    assert "ISO 4217" in error.reason


@pytest.mark.parametrize(
    "amount",
    [
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        Decimal("-Infinity"),
        1.5,
        0.0,
        12,
        0,
        True,
        "12.50",
        None,
    ],
    ids=repr,
)
def test_an_amount_that_is_not_a_finite_decimal_is_refused(amount: object) -> None:
    error = assert_refused_naming(
        lambda: Money(amount=amount, currency="EUR"),  # type: ignore[arg-type]
        "Money.amount",
    )
    assert error.value is amount  # NaN is not equal to itself: compare identities
    assert f"(got {amount!r})" in str(error)
    assert "finite decimal.Decimal" in error.reason


def test_a_float_is_refused_with_a_reason_that_says_why() -> None:
    with pytest.raises(InvalidValueError, match="floats are refused"):
        Money(amount=0.1, currency="EUR")  # type: ignore[arg-type]


def test_a_decimal_subclass_is_refused_so_that_amounts_stay_plain_decimals() -> None:
    class Cents(Decimal):
        pass

    with pytest.raises(InvalidValueError):
        Money(amount=Cents("1.00"), currency="EUR")


@pytest.mark.parametrize("amount", ["-0.01", "-1250.00", "-1E+3"])
def test_a_negative_amount_is_refused(amount: str) -> None:
    error = assert_refused(
        lambda: Money(amount=Decimal(amount), currency="EUR"), "Money.amount", Decimal(amount)
    )
    assert error.reason == "an amount cannot be negative"
    assert f"(got Decimal('{amount}'))" in str(error)


def test_a_negative_amount_is_refused_in_french_and_dutch_too() -> None:
    error = assert_refused(lambda: eur("-1"), "Money.amount", Decimal("-1"))

    said = refusal_said(error)
    assert said["fr"] == "un montant ne peut pas être négatif"
    assert said["nl"] == "een bedrag kan niet negatief zijn"


def test_a_currency_refusal_gives_an_example_in_each_language() -> None:
    error = assert_refused(
        lambda: Money(amount=Decimal("1"), currency="EURO"), "Money.currency", "EURO"
    )

    said = refusal_said(error)
    assert said["fr"] == "attendu\u00a0: un code de devise ISO 4217, comme «\u00a0EUR\u00a0»"
    assert said["nl"] == "verwacht: een ISO 4217-muntcode, zoals 'EUR'"


def test_every_refusal_is_a_library_error_and_a_value_error() -> None:
    with pytest.raises(InvalidValueError) as caught:
        Money(amount=Decimal("-1"), currency="EUR")

    assert isinstance(caught.value, PartnershipModelError)
    assert isinstance(caught.value, ValueError)


def test_the_amount_is_checked_before_the_currency() -> None:
    assert_refused_naming(
        lambda: Money(amount=1.5, currency="EURO"),  # type: ignore[arg-type]
        "Money.amount",
    )


# --- zero and str


def test_zero_builds_an_exact_zero_in_the_given_currency() -> None:
    zero = Money.zero("USD")

    assert zero.amount == Decimal(0)
    assert type(zero.amount) is Decimal
    assert zero.currency == "USD"
    assert zero == Money(amount=Decimal("0.00"), currency="USD")


def test_zero_refuses_a_currency_that_is_not_iso_4217() -> None:
    with pytest.raises(InvalidValueError, match=r"Money\.currency"):
        Money.zero("euro")


def test_str_shows_the_amount_as_written_then_the_currency() -> None:
    assert str(Money(amount=Decimal("1250.00"), currency="EUR")) == "1250.00 EUR"
    assert str(Money(amount=Decimal("3"), currency="JPY")) == "3 JPY"
    assert str(Money.zero("CHF")) == "0 CHF"


# --- arithmetic


def test_adding_two_amounts_in_one_currency_is_exact() -> None:
    total = eur("0.10") + eur("0.20")

    assert total == eur("0.30")
    assert str(total) == "0.30 EUR"


def test_subtracting_keeps_the_currency_and_is_exact() -> None:
    assert eur("1250.00") - eur("0.01") == eur("1249.99")
    assert str(eur("10.00") - eur("10.00")) == "0.00 EUR"


def test_subtraction_that_would_go_negative_raises_invalid_value() -> None:
    assert_refused(lambda: eur("1.00") - eur("1.01"), "Money.amount", Decimal("-0.01"))


def test_adding_amounts_in_two_currencies_raises_currency_mismatch() -> None:
    with pytest.raises(CurrencyMismatchError) as caught:
        _ = eur("1") + Money(amount=Decimal("1"), currency="USD")

    assert caught.value.currencies == ("EUR", "USD")
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, PartnershipModelError)


def test_subtracting_amounts_in_two_currencies_raises_currency_mismatch() -> None:
    with pytest.raises(CurrencyMismatchError) as caught:
        _ = Money(amount=Decimal("5"), currency="USD") - eur("1")

    assert caught.value.currencies == ("USD", "EUR")


@pytest.mark.parametrize("op", [operator.add, operator.sub], ids=["+", "-"])
@pytest.mark.parametrize("other", [1, Decimal("1"), 1.0, "1 EUR", None], ids=repr)
def test_arithmetic_with_something_that_is_not_money_is_a_type_error(
    op: Callable[[Any, Any], Any], other: object
) -> None:
    with pytest.raises(TypeError):
        op(eur("1"), other)
    with pytest.raises(TypeError):
        op(other, eur("1"))


def test_builtin_sum_needs_a_money_start_value() -> None:
    # sum() starts from 0, which is not money; totals_by_currency is the way to add many.
    assert sum([eur("1.10"), eur("2.20")], Money.zero("EUR")) == eur("3.30")


def test_addition_stays_exact_beyond_the_default_28_significant_digits() -> None:
    # "exact to the digit" must not depend on the size of the amount ...
    large = eur("100000000000000000000000000.00")

    assert str(large + eur("0.01")) == "100000000000000000000000000.01 EUR"
    assert str(large - eur("0.01")) == "99999999999999999999999999.99 EUR"


def test_arithmetic_stays_exact_whatever_the_ambient_decimal_precision() -> None:
    # ... nor on the thread's decimal context, which the embedding application owns.
    with decimal.localcontext() as context:
        context.prec = 4
        assert str(eur("1250.00") + eur("0.01")) == "1250.01 EUR"
        assert str(eur("1250.01") - eur("0.01")) == "1250.00 EUR"
        assert str(totals_by_currency([eur("1250.00"), eur("0.01")])["EUR"]) == "1250.01 EUR"


@given(a=amounts, b=amounts, currency=currencies)
def test_addition_is_exact_and_commutative(a: Decimal, b: Decimal, currency: str) -> None:
    left = Money(amount=a, currency=currency)
    right = Money(amount=b, currency=currency)

    assert left + right == right + left
    # Fractions are the oracle: exact whatever the decimal context says.
    assert Fraction((left + right).amount) == Fraction(a) + Fraction(b)
    assert (left + right).currency == currency


@given(a=amounts, b=amounts, c=amounts)
def test_addition_is_associative(a: Decimal, b: Decimal, c: Decimal) -> None:
    x, y, z = (Money(amount=value, currency="EUR") for value in (a, b, c))

    assert (x + y) + z == x + (y + z)


@given(a=amounts, b=amounts)
def test_subtraction_undoes_addition(a: Decimal, b: Decimal) -> None:
    x = Money(amount=a, currency="EUR")
    y = Money(amount=b, currency="EUR")

    assert (x + y) - y == x
    assert (x + y) - x == y


@given(a=amounts, currency=currencies)
def test_zero_is_the_neutral_element(a: Decimal, currency: str) -> None:
    money = Money(amount=a, currency=currency)

    assert money + Money.zero(currency) == money
    assert money - Money.zero(currency) == money
    assert money - money == Money.zero(currency)


# --- comparison


def test_amounts_in_one_currency_are_ordered_by_value() -> None:
    small, large = eur("9.99"), eur("10.00")

    assert small < large
    assert small <= large
    assert large > small
    assert large >= small
    assert not large < small
    assert not small > large
    assert eur("10") <= eur("10.00")
    assert eur("10") >= eur("10.00")


def test_sorting_and_max_work_within_one_currency() -> None:
    values = [eur("3"), eur("1.50"), eur("2")]

    assert sorted(values) == [eur("1.50"), eur("2"), eur("3")]
    assert max(values) == eur("3")


@pytest.mark.parametrize(
    "op", [operator.lt, operator.le, operator.gt, operator.ge], ids=["<", "<=", ">", ">="]
)
def test_ordering_amounts_in_two_currencies_raises_currency_mismatch(
    op: Callable[[Money, Money], bool],
) -> None:
    with pytest.raises(CurrencyMismatchError):
        op(eur("1"), Money(amount=Decimal("2"), currency="USD"))


def test_amounts_in_two_currencies_are_simply_unequal() -> None:
    # Equality never guesses either: 1 EUR is not 1 USD, and asking is not an error.
    assert eur("1") != Money(amount=Decimal("1"), currency="USD")


@pytest.mark.parametrize(
    "op", [operator.lt, operator.le, operator.gt, operator.ge], ids=["<", "<=", ">", ">="]
)
@pytest.mark.parametrize("other", [1, Decimal("1"), None], ids=repr)
def test_ordering_against_something_that_is_not_money_is_a_type_error(
    op: Callable[[Any, Any], bool], other: object
) -> None:
    with pytest.raises(TypeError):
        op(eur("1"), other)


@given(a=amounts, b=amounts)
def test_ordering_agrees_with_the_decimal_amounts(a: Decimal, b: Decimal) -> None:
    x = Money(amount=a, currency="EUR")
    y = Money(amount=b, currency="EUR")

    assert (x < y) == (a < b)
    assert (x <= y) == (a <= b)
    assert (x > y) == (a > b)
    assert (x >= y) == (a >= b)
    assert (x == y) == (a == b)


# --- totals_by_currency


def test_totals_by_currency_sums_each_currency_exactly() -> None:
    usd = Money(amount=Decimal("5.5"), currency="USD")
    totals = totals_by_currency([eur("0.10"), usd, eur("0.20"), usd])

    assert totals == {"EUR": eur("0.30"), "USD": Money(amount=Decimal("11.0"), currency="USD")}


def test_a_total_may_pass_the_bound_of_an_amount_and_stays_exact() -> None:
    near = Money(amount=Decimal("9" * 30), currency="EUR")  # the largest a document holds
    (total,) = totals_by_currency(
        [near, near, Money(amount=Decimal("0.01"), currency="EUR")]
    ).values()
    assert total.amount == Decimal("1" + "9" * 29 + "8.01")
    assert total.currency == "EUR"


def test_totals_by_currency_keeps_the_order_in_which_currencies_first_appear() -> None:
    amounts_in = [
        Money(amount=Decimal("1"), currency="USD"),
        eur("1"),
        Money(amount=Decimal("1"), currency="CHF"),
        eur("1"),
        Money(amount=Decimal("1"), currency="USD"),
    ]

    assert list(totals_by_currency(amounts_in)) == ["USD", "EUR", "CHF"]


def test_totals_by_currency_of_nothing_is_empty() -> None:
    assert totals_by_currency([]) == {}


def test_totals_by_currency_accepts_any_iterable_once() -> None:
    totals = totals_by_currency(eur(value) for value in ("1.25", "2.75"))

    assert totals == {"EUR": eur("4.00")}
    assert str(totals["EUR"]) == "4.00 EUR"


@given(st.lists(st.tuples(amounts, st.sampled_from(["EUR", "USD", "CHF"]))))
def test_totals_by_currency_are_exact_and_ordered(entries: list[tuple[Decimal, str]]) -> None:
    moneys = [Money(amount=amount, currency=currency) for amount, currency in entries]

    totals = totals_by_currency(moneys)

    first_seen = list(dict.fromkeys(currency for _, currency in entries))
    assert list(totals) == first_seen
    for currency, total in totals.items():
        assert total.currency == currency
        assert Fraction(total.amount) == sum(
            (Fraction(amount) for amount, code in entries if code == currency), Fraction(0)
        )


# --- Quantity


def test_a_quantity_keeps_its_value_exactly_and_its_unit() -> None:
    hours = Quantity(value=Decimal("37.50"), unit="hours")

    assert hours.value.as_tuple().exponent == -2
    assert hours.unit == "hours"
    assert str(hours) == "37.50 hours"
    assert str(Quantity(value=Decimal("120"), unit="m²")) == "120 m²"


def test_a_quantity_can_be_zero() -> None:
    assert Quantity(value=Decimal(0), unit="people").value == 0


@pytest.mark.parametrize("unit", ["", " ", "\t\n"])
def test_a_quantity_needs_a_unit_that_is_not_blank(unit: str) -> None:
    error = assert_refused(lambda: Quantity(value=Decimal("1"), unit=unit), "Quantity.unit", unit)
    assert "needs a unit" in error.reason
    assert "«\u00a0heures\u00a0»" in refusal_said(error)["fr"]
    assert "'uren'" in refusal_said(error)["nl"]


@pytest.mark.parametrize("unit", [None, 3, b"hours"])
def test_a_quantity_unit_must_be_a_string(unit: object) -> None:
    error = assert_refused(
        lambda: Quantity(value=Decimal("1"), unit=unit),  # type: ignore[arg-type]
        "Quantity.unit",
        unit,
    )
    assert error.reason == "expected a string"


@pytest.mark.parametrize(
    "value", [Decimal("-1"), Decimal("NaN"), Decimal("Infinity"), 1.5, 2, "3"], ids=repr
)
def test_a_quantity_value_is_a_finite_non_negative_decimal(value: object) -> None:
    error = assert_refused_naming(
        lambda: Quantity(value=value, unit="hours"),  # type: ignore[arg-type]
        "Quantity.value",
    )
    assert error.value is value


@pytest.mark.parametrize(
    "amount", ["1E+30", "1000000000000000000000000000000", "1E-31", "0E-40", "1E+999999999"]
)
def test_an_amount_beyond_any_budget_is_refused(amount: str) -> None:
    assert_refused(lambda: eur(amount), "Money.amount", Decimal(amount))


def test_the_bounds_of_an_amount_are_said_in_each_language() -> None:
    too_large = refusal_said(
        assert_refused(lambda: eur("1E+30"), "Money.amount", Decimal("1E+30"))
    )
    finest = Decimal("0." + "0" * 29 + "12")  # above 10^-30, written to 10^-31
    too_fine = refusal_said(assert_refused(lambda: eur(str(finest)), "Money.amount", finest))

    assert too_large == {
        "fr": "au-delà de tout budget\u00a0: restez entre 10^-30 et 10^30",
        "en": "beyond any budget: keep within 10^±30",
        "nl": "voorbij elk budget: blijf tussen 10^-30 en 10^30",
    }
    assert too_fine["fr"] == "plus fin que 10^-30"


@pytest.mark.parametrize("amount", ["9.99E+29", "1E-30", "0E+40"])
def test_amounts_up_to_ten_to_the_thirty_and_down_to_its_inverse_are_taken(amount: str) -> None:
    assert eur(amount).amount == Decimal(amount)


def test_a_sum_beyond_any_budget_is_refused_rather_than_rounded() -> None:
    with pytest.raises(InvalidValueError, match="beyond any budget"):
        eur("9E+29") + eur("9E+29")
