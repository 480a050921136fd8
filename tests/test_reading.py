"""What a reading problem says, in French, English and Dutch: the values an enumeration
allows, the shape of an object with an example, a date as it should have been written,
and broken JSON shown on its own line with a caret under the place."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import Dossier, Partner, PartnerKind
from partnership_model._reading import (
    EXCERPT,
    MOST_SUGGESTED_FIELDS,
    Allowed,
    Unparsable,
    date_written_as,
    example_of,
    parse,
)
from partnership_model.money import Money
from partnership_model.serialization import (
    Problem,
    SerializationError,
    from_dict,
    from_json,
    to_dict,
)
from partnership_model.testing.strategies import dossiers
from tests.support import english_words_in

EXAMPLE = Path(__file__).parent.parent / "examples" / "brussels-partnership.json"
LANGUAGES = ("fr", "en", "nl")


def problems_of(text: str | bytes) -> SerializationError:
    with pytest.raises(SerializationError) as caught:
        from_json(text, Dossier)
    return caught.value


def example_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def read_problems(data: object) -> SerializationError:
    with pytest.raises(SerializationError) as caught:
        from_dict(data, Dossier)
    return caught.value


# --- the values an enumeration allows -------------------------------------------------------


def test_an_unknown_code_is_told_the_codes_allowed_with_their_labels_in_the_language() -> None:
    allowed = Allowed(PartnerKind)
    assert allowed.label("fr").startswith('"association", "public_authority" (pouvoir public)')
    assert '"public_authority" (overheid)' in allowed.label("nl")
    # In English a label that only respells the code adds nothing.
    assert allowed.label("en").startswith('"association", "public_authority", ')


def test_a_partner_kind_written_in_french_is_told_the_codes_in_french() -> None:
    data = example_data()
    data["convention"]["partners"][0]["kind"] = "asbl"
    (problem,) = read_problems(data).problems
    assert problem.path == "$.convention.partners[0].kind"
    assert problem.said("fr").startswith(
        'attendu\u00a0: l\'un des codes "association", "public_authority" (pouvoir public)'
    )
    assert problem.said("fr").endswith('(valeur\u00a0: "asbl")')
    assert problem.said("nl").startswith('verwacht: een van de codes "association"')


# --- the shape of an object -----------------------------------------------------------------


def test_an_amount_written_as_text_is_shown_how_an_amount_is_written() -> None:
    data = example_data()
    data["convention"]["needs"][0]["amount"] = "24 000 €"
    (problem,) = read_problems(data).problems
    assert problem.path == "$.convention.needs[0].amount"
    assert problem.said("fr") == (
        "attendu\u00a0: un objet entre accolades, qui s'écrit par exemple "
        '{"amount": "24000.00", "currency": "EUR"} (valeur\u00a0: "24 000 €")'
    )
    assert problem.said("en") == (
        'expected an object such as {"amount": "24000.00", "currency": "EUR"} (got "24 000 €")'
    )


def test_an_example_holds_the_required_fields_of_any_model_class() -> None:
    assert json.loads(example_of(Partner)) == {"id": "…", "name": "…"}
    assert json.loads(example_of(Money)) == {"amount": "24000.00", "currency": "EUR"}
    assert json.loads(example_of(Dossier)) == {"convention": {"…": "…"}}


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("01/09/2026", "2026-09-01"),
        ("1.9.2026", "2026-09-01"),
        ("31-12-2026", "2026-12-31"),
        ("2027-1-4", "2027-01-04"),
        ("20270104", "2027-01-04"),
    ],
)
def test_a_date_written_day_first_is_given_its_iso_form(written: str, iso: str) -> None:
    assert date_written_as(written) == iso


@pytest.mark.parametrize("written", ["31/02/2026", "2026-13-01", "01/09/26", "x" * 30, 20260901])
def test_a_value_that_is_no_day_first_date_gets_no_form(written: object) -> None:
    assert date_written_as(written) is None


def test_a_date_written_day_first_is_told_the_format_and_its_own_iso_form() -> None:
    data = example_data()
    data["convention"]["period"]["start"] = "01/09/2026"
    (problem,) = read_problems(data).problems
    assert problem.said("fr") == (
        'attendu\u00a0: une date écrite AAAA-MM-JJ, par exemple "2026-09-01"\u00a0: écrivez '
        '"2026-09-01" (valeur\u00a0: "01/09/2026")'
    )
    assert problem.said("nl").startswith("verwacht: een datum geschreven als JJJJ-MM-DD")


# --- fields ---------------------------------------------------------------------------------


def test_an_unknown_field_is_told_the_closest_field_of_its_object() -> None:
    data = example_data()
    data["convention"]["partners"][0]["nmae"] = "Le Pont"
    (problem,) = read_problems(data).problems
    assert problem.path == "$.convention.partners[0].nmae"
    assert problem.said("fr").startswith(
        "champ inconnu à cet endroit. Vouliez-vous dire «\u00a0name\u00a0»\u00a0?"
    )
    assert problem.said("en").startswith("unknown field. Did you mean 'name'?")


def test_an_unknown_field_like_none_is_told_no_suggestion() -> None:
    data = example_data()
    data["convention"]["partners"][0]["zzzzzz"] = 1
    (problem,) = read_problems(data).problems
    assert problem.said("nl") == "onbekend veld op deze plaats (gevonden: 1)"


def test_a_missing_field_is_said_in_the_language() -> None:
    data = example_data()
    del data["convention"]["partners"][0]["name"]
    (problem,) = read_problems(data).problems
    assert problem.path == "$.convention.partners[0].name"
    assert [problem.said(language) for language in LANGUAGES] == [
        "champ obligatoire absent",
        "required field missing",
        "verplicht veld ontbreekt",
    ]


# --- broken JSON ------------------------------------------------------------------------------


def test_a_trailing_comma_is_shown_on_its_line_with_a_caret_under_the_place() -> None:
    text = '{\n  "format": "partnership-model",\n  "type": "dossier",\n}\n'
    (problem,) = problems_of(text).problems
    said = problem.said("fr").split("\n")
    assert said == [
        "JSON non valide à la ligne 4, colonne 1\u00a0: le nom d'un champ entre guillemets droits "
        "était attendu (une virgule avant une accolade fermante\u00a0?)",
        "    }",
        "    ^",
    ]
    assert problem.said("en").startswith("not valid JSON at line 4, column 1: a member's name")


def test_the_caret_stands_under_the_character_where_the_json_breaks() -> None:
    text = '{"format": "partnership-model", "type" "dossier"}'
    (problem,) = problems_of(text).problems
    _, line, caret = problem.said("nl").split("\n")
    assert caret.index("^") == line.index('"dossier"')
    assert problem.said("nl").startswith(
        "geen geldige JSON op regel 1, kolom 40: na de naam van een veld werd een dubbele punt"
    )


def test_a_broken_line_of_a_huge_one_line_document_shows_only_around_the_place() -> None:
    text = '{"format": "' + "x" * 1_000_000 + '", ]'
    (problem,) = problems_of(text).problems
    _, line, caret = problem.said("en").split("\n")
    assert len(line) <= 4 + EXCERPT + 2
    assert line[caret.index("^")] == "]"


def test_a_broken_line_is_shown_with_its_control_characters_as_escapes() -> None:
    text = '{"format": "\x1b[2J"}'
    (problem,) = problems_of(text).problems
    said, line, caret = problem.said("fr").split("\n")
    assert said.endswith(
        "un caractère de contrôle dans un texte\u00a0: écrivez-le échappé, comme \\n"
    )
    assert line == '    {"format": "\\x1b[2J"}'
    assert caret == "                ^"


@pytest.mark.parametrize(
    ("text", "key"),
    [("[NaN]", "reading.constant"), ("[" * 100_000, "reading.too-deep")],
)
def test_json_the_library_does_not_read_is_said_by_its_own_words(text: str, key: str) -> None:
    with pytest.raises(Unparsable) as caught:
        parse(text)
    assert caught.value.words.key == key


# --- the whole error -----------------------------------------------------------------------


def test_a_serialization_error_is_explained_in_the_language_with_every_path() -> None:
    data = example_data()
    data["convention"]["partners"][0]["kind"] = "asbl"
    data["convention"]["period"]["start"] = "01/09/2026"
    error = read_problems(data)
    lines = error.explain("fr").split("\n")
    assert lines[:3] == [
        "2 problèmes dans le document\u00a0:",
        "  partenaire 1 «\u00a0Le Pont de Laeken ASBL\u00a0» › type · "
        "$.convention.partners[0].kind",
        '    attendu\u00a0: l\'un des codes "association", "public_authority" (pouvoir '
        'public), "institution", "company" (entreprise), "informal_group" (groupe informel), '
        '"network" (réseau), "other" (autre) (valeur\u00a0: "asbl")',
    ]
    assert lines[3] == "  période › début · $.convention.period.start"
    assert str(error).split("\n")[0] == "2 problems in the document:"
    assert error.explain("nl").split("\n")[0] == "2 problemen in het document:"


def test_a_problem_says_its_place_in_words_in_each_language() -> None:
    data = example_data()
    data["convention"]["objectives"][1]["indicators"][0]["target"] = 12
    (problem,) = read_problems(data).problems
    assert problem.path == "$.convention.objectives[1].indicators[0].target"
    assert problem.place_in("fr") == (
        "objectif 2 «\u00a0Rompre l'isolement par des ateliers de cuisine\u00a0» › "
        "indicateur 1 «\u00a0Participants réguliers aux ateliers\u00a0» › valeur cible"
    )
    assert [problem.place_in(language).rsplit(" › ", 1)[-1] for language in LANGUAGES] == [
        "valeur cible",
        "target value",
        "streefwaarde",
    ]


def test_a_problem_of_the_whole_document_is_placed_at_the_document() -> None:
    (problem,) = problems_of("[1, 2").problems
    assert [problem.place_in(language) for language in LANGUAGES] == [
        "le document",
        "the document",
        "het document",
    ]


READING_ENGLISH = frozenset(
    {"field", "value", "got", "missing", "unknown", "string", "array", "such"}
)
"""English words of reading problems beyond the common ones :data:`ENGLISH_WORDS` holds."""

_QUOTED = re.compile(r'"[^"]*"|«[^»]*»|\'[^\']*\'|\{[^}]*\}|\([^)]*\)')


def english_words(said: str, language: str) -> set[str]:
    """The English words of ``said`` once quoted values, codes and examples are removed."""
    unquoted = _QUOTED.sub(" ", said)
    found = set(re.findall(r"[^\W\d_]+", unquoted.lower())) & READING_ENGLISH
    return english_words_in(unquoted, language, codes=()) | found


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=6,
)


def _places(data: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, item in data.items():
            found += _places(item, (*path, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            found += _places(item, (*path, index))
    return found


@st.composite
def broken_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A dossier as plain data with one value replaced, one field taken away or one added."""
    data: dict[str, Any] = to_dict(draw(dossiers()))
    path = draw(st.sampled_from(_places(data)[1:]))
    *above, last = path
    holder: Any = data
    for step in above:
        holder = holder[step]
    how = draw(st.sampled_from(("replace", "remove", "add")))
    if how == "replace":
        holder[last] = draw(_JSON_VALUES)
    elif how == "remove" and isinstance(holder, dict):
        del holder[last]
    elif isinstance(holder, dict):
        holder[draw(st.text(min_size=1, max_size=8))] = draw(_JSON_VALUES)
    return data


@given(broken_documents())
def test_every_reading_problem_of_a_broken_document_is_said_in_each_language(
    data: dict[str, Any],
) -> None:
    try:
        from_dict(data, Dossier)
    except SerializationError as error:
        for problem in error.problems:
            assert problem.path.startswith("$")
            assert problem.words is not None, problem
            for language in LANGUAGES:
                assert problem.place_in(language)
            for language in ("fr", "nl"):
                said = problem.words.said(language)
                assert said
                assert english_words(said, language) == set(), (language, said)


def test_the_caret_counts_wide_characters_twice_and_combining_marks_not_at_all() -> None:
    wide = '{"name": "食物银行", x}'
    (problem,) = problems_of(wide).problems
    _, line, caret = problem.said("en").split("\n")
    # Four characters of two columns each before the x: the caret stands four further.
    assert caret.index("^") == line.index("x") + 4
    combining = '{"name": "e\u0301e\u0301", x}'
    (problem,) = problems_of(combining).problems
    _, line, caret = problem.said("en").split("\n")
    assert caret.index("^") == line.index("x") - 2


def test_a_long_broken_line_is_cut_around_the_place_and_says_so() -> None:
    text = '{"format": "' + "a" * 200 + '" "b": "' + "c" * 200 + '"}'
    (problem,) = problems_of(text).problems
    _, line, caret = problem.said("en").split("\n")
    assert line.startswith("    …")
    assert line.endswith("…")
    assert len(line) <= 4 + EXCERPT + 2
    assert line[caret.index("^")] == '"'


def test_an_empty_document_is_said_to_be_empty() -> None:
    (problem,) = problems_of("  \n").problems
    assert problem.said("nl") == "het document is leeg: JSON-tekst werd verwacht"


def test_a_missing_envelope_field_is_said_missing_not_null() -> None:
    error = read_problems({"convention": {"name": "x"}})
    assert [(problem.path, problem.said("fr")) for problem in error.problems] == [
        ("$.format", "champ obligatoire absent"),
        ("$.version", "champ obligatoire absent"),
        ("$.type", "champ obligatoire absent"),
    ]


def test_a_problem_made_by_an_application_is_placed_by_its_path() -> None:
    problem = Problem("$.convention.period.start", "x")
    assert problem.place_in("fr") == "période › début"
    assert Problem("$", "x").place_in("en") == "the document"


def test_unknown_fields_beyond_a_hundred_distinct_ones_get_no_suggestion() -> None:
    document = {f"nam{number}": number for number in range(MOST_SUGGESTED_FIELDS + 5)}
    with pytest.raises(SerializationError) as caught:
        from_dict({"id": "p", "name": "P", **document}, Partner, envelope=False)
    said = [problem.said("en") for problem in caught.value.problems]
    assert sum("Did you mean 'name'?" in text for text in said) == MOST_SUGGESTED_FIELDS
    assert said[-1] == "unknown field (got 104)"


def test_a_number_given_where_a_decimal_string_is_expected_is_shown_as_a_number() -> None:
    data = example_data()
    data["convention"]["needs"][0]["amount"]["amount"] = 24000.5
    (problem,) = read_problems(data).problems
    assert problem.said("en") == (
        'expected a decimal number written as a string, such as "1250.00": write "24000.5" '
        "(got 24000.5)"
    )


def test_a_value_that_is_no_number_at_all_gets_no_form_to_write() -> None:
    data = example_data()
    data["convention"]["needs"][0]["amount"]["amount"] = None
    (problem,) = read_problems(data).problems
    assert problem.said("en") == (
        'expected a decimal number written as a string, such as "1250.00" (got null)'
    )


def test_one_unknown_field_in_many_objects_is_looked_up_once_and_told_each_time() -> None:
    data = example_data()
    for partner in data["convention"]["partners"]:
        partner["nmae"] = "x"
    problems = read_problems(data).problems
    assert len(problems) == len(data["convention"]["partners"])
    assert all(problem.words is problems[0].words for problem in problems)
    assert problems[0].said("en").startswith("unknown field. Did you mean 'name'?")
