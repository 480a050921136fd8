"""How the library reads and shows text (``partnership_model.text``): one answer to
"does this text say anything?", one way to compare two mentions of an institution, and
text from a document made safe to show."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model.text import (
    QUOTES,
    REFERENCE_LENGTH,
    blank,
    other_unit,
    same_name,
    short,
    visible,
)

WHITE_SPACE = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())


@pytest.mark.parametrize(
    "text", [None, "", " ", "\t\n", "\u00a0", "\u3000", "\u2028", WHITE_SPACE]
)
def test_absent_empty_or_white_space_of_any_kind_is_blank(text: str | None) -> None:
    assert blank(text)


@pytest.mark.parametrize("text", ["a", " a ", "\u00a0Le Pont\u00a0", "\u200b", "-"])
def test_one_character_that_is_not_white_space_says_something(text: str) -> None:
    # A zero-width space is not white space for Unicode: it is a written character.
    assert not blank(text)


@given(st.text(alphabet=WHITE_SPACE))
def test_any_run_of_white_space_is_blank(text: str) -> None:
    assert blank(text)


def test_two_mentions_of_one_institution_compare_by_their_words() -> None:
    assert same_name("  Commission communautaire\nFRANÇAISE ") == same_name(
        "commission communautaire française"
    )
    assert same_name("COCOF") != same_name("Commission communautaire française (COCOF)")


def test_control_characters_are_shown_as_escapes_and_line_breaks_kept_on_request() -> None:
    assert visible("a\x1b[2Jb\u202e") == "a\\x1b[2Jb\\u202e"
    assert visible("one\ntwo", keep="\n") == "one\ntwo"
    assert visible("one\ntwo") == "one\\ntwo"
    # A line or paragraph separator breaks the line in an editor or a pager.
    assert visible("one\u2028two\u2029") == "one\\u2028two\\u2029"


@pytest.mark.parametrize(
    ("measured", "expected", "other"),
    [
        ("familles", "familles", False),
        (" Familles\u00a0", "familles", False),
        ("ménages", "familles", True),
        (None, "familles", False),
        ("familles", None, False),
        ("  ", "familles", False),
    ],
)
def test_a_unit_is_another_only_when_both_are_said_and_differ(
    measured: str | None, expected: str | None, other: bool
) -> None:
    assert other_unit(measured, expected) is other


def test_a_name_referred_to_is_cut_at_the_reference_length_saying_so() -> None:
    assert short("Le Pont") == "Le Pont"
    assert short("x" * REFERENCE_LENGTH) == "x" * REFERENCE_LENGTH
    cut = short("x" * (REFERENCE_LENGTH + 1))
    assert len(cut) == REFERENCE_LENGTH
    assert cut.endswith("…")


def test_each_language_quotes_a_text_the_partners_wrote_in_its_own_marks() -> None:
    assert {
        language: f"{opening}Le Pont{closing}" for language, (opening, closing) in QUOTES.items()
    } == {
        "fr": "«\u00a0Le Pont\u00a0»",
        "en": "'Le Pont'",
        "nl": "'Le Pont'",
    }
