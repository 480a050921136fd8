"""The shared attrs validators: what one value can know about itself, and nothing more.

Each validator refuses with an ``InvalidValueError`` naming ``Class.field`` and the
value. Drafts stay representable: empty text, duplicate ids in a tuple, a quorum of
zero are all accepted here and left to the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model._fields import (
    ID_PATTERN,
    check_id,
    fail,
    field_name,
    finite_decimal,
    flag,
    id_tuple,
    member_of,
    optional_date,
    optional_decimal,
    optional_fraction,
    optional_id,
    optional_member_of,
    optional_non_negative_int,
    optional_positive_int,
    optional_text,
    plain,
    plain_length,
    required_date,
    required_id,
    text,
)
from partnership_model.conflicts import EscalationAction, EscalationStep
from partnership_model.decision_making import DecisionMode, DecisionRule
from partnership_model.errors import InvalidValueError, PartnershipModelError
from partnership_model.minutes import Choice
from partnership_model.publics import TargetPublic
from tests.support import assert_refused_naming, refusal_said

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], Any]


def sample_class(validator: Validator) -> Callable[..., Any]:
    """A one-field frozen attrs class ``Sample`` whose ``value`` uses ``validator``."""
    return attrs.make_class(
        "Sample", {"value": attrs.field(validator=validator)}, frozen=True, kw_only=True
    )


def accepts(validator: Validator, value: object) -> bool:
    try:
        sample_class(validator)(value=value)
    except InvalidValueError:
        return False
    return True


def refusal(validator: Validator, value: object) -> InvalidValueError:
    """The error ``validator`` raises for ``value``, naming the field ``Sample.value``."""
    return assert_refused_naming(lambda: sample_class(validator)(value=value), "Sample.value")


@attrs.frozen(kw_only=True)
class Meeting:
    """A small record of the kind the domain modules define."""

    id: str = attrs.field(validator=required_id)
    title: str = attrs.field(default="", validator=text)
    day: dt.date | None = attrs.field(default=None, validator=optional_date)
    attendees: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)


# --- field_name and fail


def test_field_name_is_the_class_name_a_dot_and_the_attribute_name() -> None:
    meeting = Meeting(id="m1")
    attribute = attrs.fields(Meeting).title

    assert field_name(meeting, attribute) == "Meeting.title"


def test_fail_raises_an_invalid_value_error_naming_the_field_the_value_and_the_reason() -> None:
    meeting = Meeting(id="m1")

    with pytest.raises(InvalidValueError) as caught:
        fail(meeting, attrs.fields(Meeting).title, 42, "expected a string")

    assert caught.value.field == "Meeting.title"
    assert caught.value.value == 42
    assert caught.value.reason == "expected a string"
    assert str(caught.value) == "Meeting.title: expected a string (got 42)"


def test_a_refusal_during_construction_names_the_class_and_field_being_built() -> None:
    with pytest.raises(InvalidValueError) as caught:
        Meeting(id="m1", attendees=("p1", "not an id"))

    assert caught.value.field == "Meeting.attendees"
    assert caught.value.value == "not an id"  # the offending item, not the whole tuple
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, PartnershipModelError)


def test_a_draft_record_with_only_an_id_is_accepted() -> None:
    meeting = Meeting(id="m1")

    assert meeting.title == ""
    assert meeting.day is None
    assert meeting.attendees == ()


# --- ids


@pytest.mark.parametrize(
    "value",
    ["a", "p1", "P-1", "partner_1", "conv.2024:v2", "0", "9abc", "a" * 64, "a-", "a.", "A:B"],
)
def test_an_id_of_letters_digits_and_separators_is_accepted(value: str) -> None:
    assert accepts(check_id, value)
    assert accepts(required_id, value)
    assert accepts(optional_id, value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "-a",
        "_a",
        ".a",
        ":a",
        "a b",
        " a",
        "a\n",
        "a/b",
        "café",
        "a" * 65,
        None,
        1,
        b"a",
    ],
    ids=repr,
)
def test_a_malformed_id_is_refused_with_the_rule_spelled_out(value: object) -> None:
    error = refusal(check_id, value)

    assert error.field == "Sample.value"
    assert error.value == value
    assert "1 to 64 letters, digits or '_.:-'" in error.reason


def test_a_malformed_id_is_refused_in_french_and_dutch_too() -> None:
    said = refusal_said(refusal(check_id, "-pont"))

    assert said["fr"] == (
        "un identifiant compte de 1 à 64 lettres, chiffres ou «\u00a0_.:-\u00a0» et commence "
        "par une lettre ou un chiffre"
    )
    assert said["nl"] == (
        "een id telt 1 tot 64 letters, cijfers of '_.:-' en begint met een letter of een cijfer"
    )


def test_required_id_is_check_id() -> None:
    assert required_id is check_id


def test_an_optional_id_may_be_none_but_not_malformed() -> None:
    assert accepts(optional_id, None)
    assert refusal(optional_id, "").field == "Sample.value"


@given(st.from_regex(ID_PATTERN, fullmatch=True))
def test_every_string_matching_the_id_pattern_is_accepted(value: str) -> None:
    assert accepts(check_id, value)


@given(st.text(max_size=70))
def test_the_id_validator_agrees_with_the_published_pattern(value: str) -> None:
    assert accepts(check_id, value) == (ID_PATTERN.fullmatch(value) is not None)


def test_an_id_tuple_may_be_empty_and_may_hold_duplicates_in_a_draft() -> None:
    assert accepts(id_tuple, ())
    assert accepts(id_tuple, ("p1", "p2"))
    assert accepts(id_tuple, ("p1", "p1"))


@pytest.mark.parametrize("value", [["p1"], "p1", None, frozenset({"p1"})], ids=repr)
def test_an_id_tuple_must_be_a_tuple(value: object) -> None:
    error = refusal(id_tuple, value)

    assert error.reason == "expected a tuple of ids"
    assert error.value == value


def test_an_id_tuple_refuses_its_first_malformed_item_by_value() -> None:
    error = refusal(id_tuple, ("p1", "", "also bad"))

    assert error.value == ""


# --- collections and text


def test_text_accepts_any_string_even_empty_in_a_draft() -> None:
    assert accepts(text, "")
    assert accepts(text, "Comité de pilotage")


@pytest.mark.parametrize("value", [None, 1, b"bytes", ["a"]], ids=repr)
def test_text_refuses_what_is_not_a_string(value: object) -> None:
    assert refusal(text, value).reason == "expected a string"


def test_optional_text_accepts_none_or_a_string_only() -> None:
    assert accepts(optional_text, None)
    assert accepts(optional_text, "")
    assert refusal(optional_text, 3).reason == "expected a string or None"


# --- dates


def test_a_date_is_accepted() -> None:
    assert accepts(required_date, dt.date(2025, 1, 31))
    assert accepts(optional_date, dt.date(2025, 1, 31))


@pytest.mark.parametrize(
    "value",
    [
        dt.datetime(2025, 1, 31, 9, 30, tzinfo=dt.timezone.utc),
        dt.datetime(2025, 1, 31),  # naive on purpose: still an instant
        "2025-01-31",
        None,
    ],
    ids=repr,
)
def test_a_required_date_refuses_instants_strings_and_none(value: object) -> None:
    error = refusal(required_date, value)

    assert error.value == value
    assert "a day, not an instant" in error.reason


def test_an_optional_date_may_be_none_but_never_an_instant() -> None:
    assert accepts(optional_date, None)
    instant = dt.datetime(2025, 1, 31, tzinfo=dt.timezone.utc)

    assert refusal(optional_date, instant).value is instant


# --- decimals


def test_a_finite_decimal_may_be_negative() -> None:
    assert accepts(finite_decimal, Decimal("-12.5"))
    assert accepts(finite_decimal, Decimal("0.000"))


@pytest.mark.parametrize(
    "value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"), 12.5, 12, "12.5", None]
)
def test_a_finite_decimal_refuses_nan_infinity_and_other_types(value: object) -> None:
    error = refusal(finite_decimal, value)

    assert error.value is value
    assert "finite decimal.Decimal" in error.reason


def test_an_optional_decimal_may_be_none_but_not_a_float() -> None:
    assert accepts(optional_decimal, None)
    assert accepts(optional_decimal, Decimal("-1"))
    assert not accepts(optional_decimal, 1.0)


@pytest.mark.parametrize(
    ("written", "plain_form"),
    [
        ("1250.00", "1250.00"),
        ("1E+3", "1000"),
        ("100E+2", "10000"),
        ("0.0000001", "0.0000001"),
        ("-0", "-0"),
        ("-0E-3", "-0.000"),
        ("0E+5", "0"),
        ("12.345", "12.345"),
    ],
)
def test_a_decimal_is_written_in_plain_notation_and_its_length_known_without_writing_it(
    written: str, plain_form: str
) -> None:
    assert plain(Decimal(written)) == plain_form
    assert plain_length(Decimal(written)) == len(plain_form)


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_the_plain_length_of_any_decimal_is_that_of_its_plain_form(value: Decimal) -> None:
    if abs(value.as_tuple().exponent) < 10_000:  # type: ignore[arg-type]  # finite
        assert plain_length(value) == len(plain(value))


def test_a_decimal_longer_than_a_hundred_characters_without_exponent_is_refused() -> None:
    # Twelve characters as str() writes it, a billion as any document or render would.
    error = refusal(finite_decimal, Decimal("1E+999999999"))
    assert error.reason == "more than 100 characters when written without an exponent"
    assert accepts(finite_decimal, Decimal("1E+99"))  # a one and 99 zeros: 100 characters
    assert not accepts(finite_decimal, Decimal("1E+100"))
    assert accepts(finite_decimal, Decimal("1E-98"))  # 0.000...1
    assert not accepts(finite_decimal, Decimal("1E-99"))


# --- flags and fractions


def test_a_flag_is_exactly_true_or_false() -> None:
    assert accepts(flag, True)
    assert accepts(flag, False)
    for value in (1, 0, None, "true", "False"):
        assert refusal(flag, value).reason == "expected True or False"


def test_an_optional_fraction_accepts_none_and_exact_non_negative_fractions() -> None:
    assert accepts(optional_fraction, None)
    assert accepts(optional_fraction, Fraction(2, 3))
    assert accepts(optional_fraction, Fraction(0))
    # Above one cannot be met, but saying so is the rules' job, not construction's.
    assert accepts(optional_fraction, Fraction(3, 2))


@pytest.mark.parametrize("value", [0.5, Decimal("0.5"), 1, "2/3"], ids=repr)
def test_an_optional_fraction_refuses_what_is_not_a_fraction(value: object) -> None:
    error = refusal(optional_fraction, value)

    assert "fractions.Fraction" in error.reason
    assert error.value == value


def test_an_optional_fraction_refuses_a_negative_share() -> None:
    error = refusal(optional_fraction, Fraction(-1, 2))

    assert error.reason == "must not be negative"
    assert refusal_said(error)["fr"] == "une part ne peut pas être négative"


# --- enumerations


def test_member_of_accepts_members_of_the_enumeration() -> None:
    for member in Choice:
        assert accepts(member_of(Choice), member)


def test_member_of_refuses_the_bare_code_and_lists_the_codes() -> None:
    # "for" == Choice.FOR (a str enum), but a member is required: JSON is the converter's job.
    error = refusal(member_of(Choice), "for")

    assert error.value == "for"
    assert error.reason == "expected a Choice (for, against, abstain)"


def test_member_of_refuses_a_member_of_another_enumeration() -> None:
    error = refusal(member_of(Choice), DecisionMode.MAJORITY)

    assert error.value is DecisionMode.MAJORITY


def test_optional_member_of_accepts_none_or_a_member() -> None:
    assert accepts(optional_member_of(Choice), None)
    assert accepts(optional_member_of(Choice), Choice.ABSTAIN)
    assert refusal(optional_member_of(Choice), "abstain").reason.startswith("expected a Choice")


# --- whole numbers


@pytest.mark.parametrize("value", [1, 2, 10**9, 2**63 - 1])
def test_positive_int_accepts_whole_numbers_above_zero(value: int) -> None:
    assert accepts(optional_positive_int, value)


@pytest.mark.parametrize("value", [0, -1, 2**63, True, 1.0, "1", Decimal(1)], ids=repr)
def test_positive_int_refuses_zero_negatives_booleans_and_other_types(value: object) -> None:
    error = refusal(optional_positive_int, value)

    assert error.reason == "expected a whole number above zero, within 64 bits"
    assert error.value == value
    assert refusal_said(error)["nl"] == "verwacht: een geheel getal groter dan nul, binnen 64 bits"


@pytest.mark.parametrize("value", [0, 1, 10**9, 2**63 - 1])
def test_non_negative_int_accepts_zero_and_more(value: int) -> None:
    assert accepts(optional_non_negative_int, value)


@pytest.mark.parametrize("value", [-1, 2**63, False, 0.0, "0"], ids=repr)
def test_non_negative_int_refuses_negatives_booleans_and_other_types(value: object) -> None:
    assert (
        refusal(optional_non_negative_int, value).reason
        == "expected a whole number, zero or more, within 64 bits"
    )


# --- through the real model classes


def test_an_unknown_target_public_size_is_left_out_and_a_known_one_is_positive() -> None:
    assert TargetPublic(id="t1", description="young adults").size is None
    assert TargetPublic(id="t1", description="young adults", size=40).size == 40
    with pytest.raises(InvalidValueError, match=r"^TargetPublic\.size: ") as caught:
        TargetPublic(id="t1", description="young adults", size=0)
    assert caught.value.value == 0


def test_an_escalation_step_time_limit_is_optional_but_positive() -> None:
    step = EscalationStep(action=EscalationAction.MEDIATION)

    assert step.time_limit_days is None
    with pytest.raises(InvalidValueError, match=r"EscalationStep\.time_limit_days"):
        EscalationStep(action=EscalationAction.MEDIATION, time_limit_days=-3)


def test_a_decision_rule_uses_the_fraction_count_flag_and_member_validators() -> None:
    rule = DecisionRule(
        id="r1",
        mode=DecisionMode.MAJORITY,
        quorum=Fraction(1, 2),
        minimum_present=0,
        threshold=Fraction(2, 3),
        strict=True,
    )

    assert rule.threshold == Fraction(2, 3)
    assert DecisionRule(id="r1", mode=DecisionMode.CONSENSUS).minimum_present is None
    for bad in (
        {"quorum": 0.5},
        {"minimum_present": -1},
        {"strict": 1},
        {"mode": "majority"},
        {"id": ""},
    ):
        arguments: dict[str, Any] = {"id": "r1", "mode": DecisionMode.MAJORITY, **bad}
        (name,) = bad
        with pytest.raises(InvalidValueError) as caught:
            DecisionRule(**arguments)
        assert caught.value.field == f"DecisionRule.{name}"
