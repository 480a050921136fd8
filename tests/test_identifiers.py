"""Legal identifiers: an org-id.guide scheme plus the number as written.

Belgian enterprise numbers (BE-BCE_KBO) carry mod-97 check digits and French SIREN
numbers (FR-RCS) a Luhn check digit; both are verified. Any other well-formed scheme
is kept exactly as given, since the library cannot know every register.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from partnership_model.errors import InvalidValueError, PartnershipModelError
from partnership_model.identifiers import CHECKED_SCHEMES, LegalIdentifier
from tests.support import assert_refused, refusal_said

BE = "BE-BCE_KBO"
FR = "FR-RCS"


def be_check_digits(base: str) -> str:
    """The two check digits of a Belgian enterprise number: 97 - (base mod 97)."""
    return f"{97 - int(base) % 97:02d}"


def luhn_check_digit(payload: str) -> str:
    """The digit that makes ``payload + digit`` pass the Luhn check."""
    for candidate in "0123456789":
        if luhn_valid(payload + candidate):
            return candidate
    raise AssertionError(payload)  # pragma: no cover - one digit always fits


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char) * (2 if position % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


# Bases of Belgian numbers: eight digits, the first 0 or 1.
be_bases = st.integers(min_value=0, max_value=19_999_999).map(lambda n: f"{n:08d}")
siren_payloads = st.text(alphabet="0123456789", min_size=8, max_size=8)


def test_the_checked_schemes_are_the_belgian_and_french_registers() -> None:
    assert CHECKED_SCHEMES == ("BE-BCE_KBO", "FR-RCS")


def test_the_reference_helpers_agree_with_published_numbers() -> None:
    # Guard the test's own arithmetic against the examples of the registers.
    assert be_check_digits("04031707") == "01"
    assert luhn_valid("732829320")
    assert luhn_valid("552032534")


# --- BE-BCE_KBO


@pytest.mark.parametrize(
    "value",
    [
        "0403.170.701",
        "0403170701",
        "0403 170 701",
        "0403-170-701",
        "0403/170/701",
        "403.170.701",  # issued before 2005: nine digits, leading 0 left out
        "403170701",
    ],
)
def test_a_belgian_enterprise_number_with_matching_check_digits_is_accepted(value: str) -> None:
    identifier = LegalIdentifier(scheme=BE, value=value)

    assert identifier.scheme == BE
    assert identifier.value == value  # kept as written


def test_a_belgian_number_whose_check_digits_would_be_97_is_accepted() -> None:
    # 97 - (base mod 97) is 97, never 00, when the base is a multiple of 97.
    assert LegalIdentifier(scheme=BE, value="0000000097").value == "0000000097"
    assert LegalIdentifier(scheme=BE, value="0000009797").compact == "0000009797"


@pytest.mark.parametrize("value", ["0403.170.702", "0403.170.700", "0403.170.710", "0000000000"])
def test_a_belgian_number_with_wrong_check_digits_is_refused(value: str) -> None:
    error = assert_refused(
        lambda: LegalIdentifier(scheme=BE, value=value), "LegalIdentifier.value", value
    )
    assert "mod 97" in error.reason


@pytest.mark.parametrize(
    "value",
    [
        "0403.170.70",  # nine digits: read as an old number, whose check fails
        "03.170.701",
        "00403.170.701",
        "0403.170.701.0",
        "0403.170.70A",
        "BE0403170701",
        "0403_170_701",  # underscore is not a separator
        "٠٤٠٣١٧٠٧٠١",  # Arabic-Indic digits are digits, but not ASCII ones
        "...",
    ],
)
def test_a_belgian_number_without_ten_ascii_digits_is_refused(value: str) -> None:
    assert_refused(lambda: LegalIdentifier(scheme=BE, value=value), "LegalIdentifier.value", value)


def test_a_belgian_number_whose_check_digits_do_not_match_is_refused_in_each_language() -> None:
    error = assert_refused(
        lambda: LegalIdentifier(scheme=BE, value="0403.170.702"),
        "LegalIdentifier.value",
        "0403.170.702",
    )

    said = refusal_said(error)
    assert said["fr"] == (
        "les chiffres de contrôle (modulo 97) de ce numéro d'entreprise belge ne correspondent pas"
    )
    assert said["nl"] == (
        "de controlecijfers (modulo 97) van dit Belgische ondernemingsnummer kloppen niet"
    )


def test_the_refusal_of_a_wrong_length_gives_an_example_in_each_language() -> None:
    error = assert_refused(
        lambda: LegalIdentifier(scheme=BE, value="03.170.701"),
        "LegalIdentifier.value",
        "03.170.701",
    )

    said = refusal_said(error)
    assert said["fr"] == "un numéro d'entreprise belge a 10\u00a0chiffres, comme 0403.170.701"
    assert said["nl"] == "een Belgisch ondernemingsnummer telt 10 cijfers, zoals 0403.170.701"


def test_the_refusal_of_a_wrong_length_says_how_many_digits_are_expected() -> None:
    with pytest.raises(InvalidValueError, match="10 digits"):
        LegalIdentifier(scheme=BE, value="0403.170.70A")


@pytest.mark.parametrize("first", "23456789")
def test_a_belgian_number_starting_with_another_digit_than_0_or_1_is_refused(first: str) -> None:
    base = first + "4031707"
    value = base + be_check_digits(base)  # check digits right, first digit wrong

    error = assert_refused(
        lambda: LegalIdentifier(scheme=BE, value=value), "LegalIdentifier.value", value
    )
    assert error.reason == "a Belgian enterprise number starts with 0 or 1"


def test_a_belgian_number_starting_with_1_is_accepted() -> None:
    base = "10000000"

    assert LegalIdentifier(scheme=BE, value=base + be_check_digits(base)).compact == (
        "10000000" + be_check_digits(base)
    )


@given(base=be_bases)
def test_any_base_with_its_computed_mod_97_check_digits_is_a_valid_belgian_number(
    base: str,
) -> None:
    value = f"{base[:4]}.{base[4:7]}.{base[7]}{be_check_digits(base)}"

    identifier = LegalIdentifier(scheme=BE, value=value)

    assert identifier.compact == base + be_check_digits(base)


@given(base=be_bases, suffix=st.integers(min_value=0, max_value=99))
def test_any_other_two_digit_suffix_is_refused(base: str, suffix: int) -> None:
    assume(f"{suffix:02d}" != be_check_digits(base))

    with pytest.raises(InvalidValueError, match="mod 97"):
        LegalIdentifier(scheme=BE, value=f"{base}{suffix:02d}")


@given(base=be_bases.filter(lambda base: base.startswith("0")))
def test_a_valid_number_starting_with_0_is_also_valid_without_it(base: str) -> None:
    value = base + be_check_digits(base)

    assert LegalIdentifier(scheme=BE, value=value[1:]).value == value[1:]


def test_an_old_nine_digit_number_compacts_to_the_ten_digits_registers_compare() -> None:
    old = LegalIdentifier(scheme=BE, value="403.170.701")
    new = LegalIdentifier(scheme=BE, value="0403.170.701")

    assert new.compact == "0403170701"
    assert old.compact == new.compact


# --- FR-RCS


@pytest.mark.parametrize(
    "value",
    ["732 829 320", "552032534", "732829320", "732.829.320", "732\u00a0829\u00a0320"],
)
def test_a_siren_number_passing_the_luhn_check_is_accepted(value: str) -> None:
    assert LegalIdentifier(scheme=FR, value=value).value == value


@pytest.mark.parametrize("value", ["732 829 321", "732 829 330", "742 829 320", "552032535"])
def test_a_siren_number_with_a_changed_digit_is_refused(value: str) -> None:
    error = assert_refused(
        lambda: LegalIdentifier(scheme=FR, value=value), "LegalIdentifier.value", value
    )
    assert "Luhn" in error.reason


@pytest.mark.parametrize(
    "value",
    [
        "73282932",
        "7328293200",
        "732 829 320 00012",  # a SIRET (establishment) is not a SIREN
        "732 829 32O",
        "FR732829320",
        "٧٣٢٨٢٩٣٢٠",
    ],
)
def test_a_siren_number_without_nine_ascii_digits_is_refused(value: str) -> None:
    error = assert_refused(
        lambda: LegalIdentifier(scheme=FR, value=value), "LegalIdentifier.value", value
    )
    assert "9 digits" in str(error)


@given(payload=siren_payloads)
def test_any_luhn_valid_siren_is_accepted(payload: str) -> None:
    value = payload + luhn_check_digit(payload)

    assert LegalIdentifier(scheme=FR, value=f"{value[:3]} {value[3:6]} {value[6:]}").compact == (
        value
    )


@given(payload=siren_payloads, last=st.sampled_from("0123456789"))
def test_any_siren_failing_the_luhn_check_is_refused(payload: str, last: str) -> None:
    assume(last != luhn_check_digit(payload))

    with pytest.raises(InvalidValueError, match="Luhn"):
        LegalIdentifier(scheme=FR, value=payload + last)


# --- other schemes


@pytest.mark.parametrize(
    ("scheme", "value"),
    [
        ("GB-COH", "01234567"),
        ("GB-COH", "SC123456"),
        ("GB-CHC", "1234"),
        ("NL-KVK", "not checked at all"),
        ("XI-IATI", "x"),
        ("XM-DAC", "41301"),
        ("BE-BCE", "0403.170.702"),  # not the checked scheme: no check
    ],
)
def test_an_unknown_but_well_formed_scheme_is_accepted_with_its_value_as_given(
    scheme: str, value: str
) -> None:
    identifier = LegalIdentifier(scheme=scheme, value=value)

    assert identifier.scheme == scheme
    assert identifier.value == value


scheme_codes = st.from_regex(r"[A-Z]{2}-[A-Z0-9_]{1,32}", fullmatch=True).filter(
    lambda scheme: scheme not in CHECKED_SCHEMES
)


@given(scheme=scheme_codes, value=st.text(min_size=1).filter(lambda value: value.strip() != ""))
def test_any_non_blank_value_of_an_unchecked_scheme_is_kept_as_given(
    scheme: str, value: str
) -> None:
    identifier = LegalIdentifier(scheme=scheme, value=value)

    assert identifier.value == value
    assert str(identifier) == f"{scheme}-{value}"


@pytest.mark.parametrize("scheme", ["GB-COH", BE, FR])
@pytest.mark.parametrize("value", ["", " ", "\t\n", None, 403170701], ids=repr)
def test_a_blank_or_non_string_value_is_refused_whatever_the_scheme(
    scheme: str, value: object
) -> None:
    error = assert_refused(
        lambda: LegalIdentifier(scheme=scheme, value=value),  # type: ignore[arg-type]
        "LegalIdentifier.value",
        value,
    )
    assert error.reason == "expected the number as written, not blank"


@pytest.mark.parametrize(
    "scheme",
    [
        "be-bce",
        "BEBCE",
        "",
        "BE-",
        "BE-bce",
        "B-BCE",
        "BEL-BCE",
        "BE BCE",
        "BE-BCE KBO",
        " BE-BCE_KBO",
        "BE-" + "X" * 33,
        None,
        42,
    ],
    ids=repr,
)
def test_a_malformed_scheme_is_refused(scheme: object) -> None:
    error = assert_refused(
        lambda: LegalIdentifier(scheme=scheme, value="0403.170.701"),  # type: ignore[arg-type]
        "LegalIdentifier.scheme",
        scheme,
    )
    assert "org-id.guide" in error.reason


def test_a_scheme_of_32_characters_after_the_country_is_accepted() -> None:
    scheme = "BE-" + "X" * 32

    assert LegalIdentifier(scheme=scheme, value="1").scheme == scheme


def test_refusals_are_library_errors_and_value_errors() -> None:
    with pytest.raises(ValueError, match=r"LegalIdentifier\.value") as caught:
        LegalIdentifier(scheme=BE, value="0403.170.702")

    assert isinstance(caught.value, PartnershipModelError)


# --- compact, str, value semantics


@pytest.mark.parametrize(
    ("scheme", "value", "compact"),
    [
        (BE, "0403.170.701", "0403170701"),
        (BE, "0403 170 701", "0403170701"),
        (FR, "732 829 320", "732829320"),
        (FR, "732-829/320", "732829320"),
        ("GB-COH", "01-23/45.67 8", "012345678"),
        ("GB-COH", "SC 123456", "SC123456"),
    ],
)
def test_compact_removes_spaces_dots_hyphens_and_slashes(
    scheme: str, value: str, compact: str
) -> None:
    assert LegalIdentifier(scheme=scheme, value=value).compact == compact


def test_str_is_the_scheme_a_hyphen_and_the_value_as_written() -> None:
    assert str(LegalIdentifier(scheme=BE, value="0403.170.701")) == "BE-BCE_KBO-0403.170.701"
    assert str(LegalIdentifier(scheme="GB-COH", value="01234567")) == "GB-COH-01234567"


def test_a_legal_identifier_is_an_immutable_keyword_only_value() -> None:
    identifier = LegalIdentifier(scheme=FR, value="552032534")

    assert identifier == LegalIdentifier(scheme=FR, value="552032534")
    assert hash(identifier) == hash(LegalIdentifier(scheme=FR, value="552032534"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        identifier.value = "732829320"  # type: ignore[misc]
    with pytest.raises(TypeError):
        LegalIdentifier(FR, "552032534")  # type: ignore[call-arg]
