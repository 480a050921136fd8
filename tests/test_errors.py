"""The library's exceptions: one base class, each refinement also the matching builtin.

An application can catch everything the library raises on purpose with
``PartnershipModelError``, or keep treating bad values as ``ValueError``.
"""

from __future__ import annotations

import copy
import pickle
from decimal import Decimal

import pytest

import partnership_model
from partnership_model.errors import (
    CurrencyMismatchError,
    InvalidValueError,
    MissingExtraError,
    PartnershipModelError,
    PrintError,
    TemplateError,
    UnsupportedLanguageError,
)


def test_the_base_error_is_a_plain_exception_not_a_value_error() -> None:
    assert issubclass(PartnershipModelError, Exception)
    assert not issubclass(PartnershipModelError, ValueError)


@pytest.mark.parametrize(
    "error_type",
    [InvalidValueError, CurrencyMismatchError, UnsupportedLanguageError, TemplateError],
)
def test_every_refinement_is_both_a_library_error_and_a_value_error(
    error_type: type[Exception],
) -> None:
    assert issubclass(error_type, PartnershipModelError)
    assert issubclass(error_type, ValueError)


def test_the_errors_are_exported_from_the_package_root() -> None:
    assert partnership_model.PartnershipModelError is PartnershipModelError
    assert partnership_model.InvalidValueError is InvalidValueError
    assert partnership_model.CurrencyMismatchError is CurrencyMismatchError
    assert partnership_model.UnsupportedLanguageError is UnsupportedLanguageError
    assert partnership_model.MissingExtraError is MissingExtraError
    assert partnership_model.TemplateError is TemplateError
    assert partnership_model.PrintError is PrintError


def test_invalid_value_error_keeps_field_value_and_reason() -> None:
    value = Decimal("-1")
    error = InvalidValueError("Money.amount", value, "an amount cannot be negative")

    assert error.field == "Money.amount"
    assert error.value is value
    assert error.reason == "an amount cannot be negative"


def test_invalid_value_error_message_names_the_field_the_reason_and_the_value_repr() -> None:
    error = InvalidValueError("Money.currency", "EURO", "expected an ISO 4217 currency code")

    assert str(error) == "Money.currency: expected an ISO 4217 currency code (got 'EURO')"


def test_invalid_value_error_shows_the_repr_so_that_types_are_visible() -> None:
    # 1.5 and '1.5' and Decimal('1.5') must not look alike in a message.
    assert "(got 1.5)" in str(InvalidValueError("X.y", 1.5, "r"))
    assert "(got '1.5')" in str(InvalidValueError("X.y", "1.5", "r"))
    assert "(got Decimal('1.5'))" in str(InvalidValueError("X.y", Decimal("1.5"), "r"))
    assert "(got None)" in str(InvalidValueError("X.y", None, "r"))


def test_invalid_value_error_can_be_caught_as_value_error() -> None:
    with pytest.raises(ValueError, match=r"^Partner\.id: bad \(got ''\)$"):
        raise InvalidValueError("Partner.id", "", "bad")


def test_currency_mismatch_error_keeps_both_currencies_in_order() -> None:
    error = CurrencyMismatchError("EUR", "USD")

    assert error.currencies == ("EUR", "USD")


def test_currency_mismatch_error_message_names_both_currencies_and_refuses_to_convert() -> None:
    message = str(CurrencyMismatchError("EUR", "USD"))

    assert "EUR" in message
    assert "USD" in message
    assert "exchange rate" in message


def test_unsupported_language_error_keeps_the_language_and_the_supported_ones() -> None:
    error = UnsupportedLanguageError("de", ("fr", "en", "nl"))

    assert error.language == "de"
    assert error.supported == ("fr", "en", "nl")


def test_unsupported_language_error_message_lists_the_supported_languages() -> None:
    error = UnsupportedLanguageError("de", ("fr", "en", "nl"))

    assert str(error) == "language 'de' is not supported; use one of fr, en, nl"


def test_unsupported_language_error_accepts_a_language_that_is_not_a_string() -> None:
    error = UnsupportedLanguageError(123, ("fr", "en", "nl"))

    assert error.language == 123
    assert str(error).startswith("language 123 is not supported")


def test_a_missing_extra_is_an_import_error_that_says_how_to_install_it() -> None:
    error = MissingExtraError("ical", "the iCalendar export")

    assert issubclass(MissingExtraError, PartnershipModelError)
    assert issubclass(MissingExtraError, ImportError)
    assert (error.extra, error.feature) == ("ical", "the iCalendar export")
    assert str(error) == (
        "the iCalendar export needs the optional extra 'ical': "
        'pip install "partnership-model[ical]"'
    )


def test_a_template_error_names_the_file_and_the_line_when_known() -> None:
    error = TemplateError("templates/agreement.html.j2", 3, "unexpected end of template")

    assert (error.template, error.line) == ("templates/agreement.html.j2", 3)
    assert str(error) == (
        "template templates/agreement.html.j2, line 3: unexpected end of template"
    )
    assert str(TemplateError("agreement.css", None, "not UTF-8 text")) == (
        "template agreement.css: not UTF-8 text"
    )


def test_a_print_error_is_a_runtime_error_that_names_the_engine() -> None:
    error = PrintError("chromium", "no Chromium found")

    assert issubclass(PrintError, PartnershipModelError)
    assert issubclass(PrintError, RuntimeError)
    assert (error.engine, error.reason) == ("chromium", "no Chromium found")
    assert str(error) == "printing to PDF with chromium: no Chromium found"


_ERRORS = [
    InvalidValueError("Money.currency", "EURO", "expected an ISO 4217 currency code"),
    CurrencyMismatchError("EUR", "USD"),
    UnsupportedLanguageError("de", ("fr", "en", "nl")),
    MissingExtraError("ical", "the iCalendar export"),
    TemplateError("agreement.html.j2", 3, "unexpected end of template"),
    PrintError("chromium", "no Chromium found"),
]


@pytest.mark.parametrize("error", _ERRORS, ids=lambda error: type(error).__name__)
def test_errors_survive_pickling_with_their_message_and_attributes(
    error: PartnershipModelError,
) -> None:
    # Applications send errors across processes (multiprocessing, task queues).
    restored = pickle.loads(pickle.dumps(error))  # noqa: S301  # bytes we have just made

    assert type(restored) is type(error)
    assert str(restored) == str(error)
    assert vars(restored) == vars(error)


@pytest.mark.parametrize("error", _ERRORS, ids=lambda error: type(error).__name__)
def test_errors_can_be_copied(error: PartnershipModelError) -> None:
    duplicate = copy.copy(error)

    assert type(duplicate) is type(error)
    assert str(duplicate) == str(error)
    assert vars(duplicate) == vars(error)
