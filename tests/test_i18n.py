"""What the library itself says, in French (the reference), English and Dutch.

One catalogue holds every label and message; enum members find theirs as
``"<EnumName>.<code>"``. The properties below are what keeps the three languages
complete and in step as the catalogue grows.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import partnership_model
from partnership_model._catalogue import CATALOGUE
from partnership_model.decision_making import BodyKind
from partnership_model.errors import PartnershipModelError, UnsupportedLanguageError
from partnership_model.i18n import (
    LANGUAGES,
    LabelledEnum,
    is_bcp47,
    resolve_language,
    translate,
)
from partnership_model.minutes import Choice
from partnership_model.needs import NeedCategory
from partnership_model.objectives import Direction
from partnership_model.partners import ContributionKind

PACKAGE_DIR = Path(partnership_model.__file__).parent
ENUM_KEY = re.compile(r"(?P<enum>[A-Z][A-Za-z0-9]*)\.(?P<code>[^.]+)")
SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


def _import_every_module() -> None:
    for module in pkgutil.walk_packages(partnership_model.__path__, "partnership_model."):
        importlib.import_module(module.name)


def _subclasses(cls: type[LabelledEnum]) -> Iterator[type[LabelledEnum]]:
    for subclass in cls.__subclasses__():
        yield subclass
        yield from _subclasses(subclass)


def labelled_enums() -> list[type[LabelledEnum]]:
    """Every LabelledEnum the package defines (tests may define their own: not counted)."""
    _import_every_module()
    return sorted(
        (
            enum_type
            for enum_type in set(_subclasses(LabelledEnum))
            if enum_type.__module__.split(".")[0] == "partnership_model"
        ),
        key=lambda enum_type: enum_type.__name__,
    )


ENUMS = labelled_enums()
MEMBERS = [member for enum_type in ENUMS for member in enum_type]


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


# --- languages


def test_the_library_speaks_french_english_and_dutch_french_first() -> None:
    assert LANGUAGES == ("fr", "en", "nl")


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("fr", "fr"),
        ("en", "en"),
        ("nl", "nl"),
        ("FR", "fr"),
        ("Nl", "nl"),
        ("nl-BE", "nl"),
        ("fr-BE", "fr"),
        ("en-GB", "en"),
        ("fr-Latn-BE", "fr"),
        ("en-150", "en"),
        ("nl-BE-1996", "nl"),
    ],
)
def test_a_tag_resolves_to_the_library_language_of_its_primary_subtag(
    tag: str, language: str
) -> None:
    assert resolve_language(tag) == language


@pytest.mark.parametrize(
    "tag",
    ["de", "de-BE", "xx-YY", "", "fr_BE", "nl_BE", "fr-", "-fr", "français", "f", 123, None],
    ids=repr,
)
def test_a_language_the_library_does_not_speak_is_refused_listing_those_it_does(
    tag: object,
) -> None:
    with pytest.raises(UnsupportedLanguageError) as caught:
        resolve_language(tag)

    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, PartnershipModelError)
    assert caught.value.language == tag
    assert caught.value.supported == LANGUAGES
    assert "fr, en, nl" in str(caught.value)
    assert repr(tag) in str(caught.value)


@given(st.sampled_from(LANGUAGES), st.sampled_from(["", "-BE", "-Latn", "-Latn-BE", "-419"]))
def test_any_well_formed_tag_of_a_spoken_language_resolves_whatever_its_case(
    language: str, rest: str
) -> None:
    assert resolve_language(language.upper() + rest) == language
    assert resolve_language(language + rest.lower()) == language


@pytest.mark.parametrize(
    "tag",
    ["fr", "fr-BE", "nl-Latn-BE", "es-419", "de-CH-1901", "sl-rozaj", "ast", "zh-Hant-TW", "EN"],
)
def test_well_formed_bcp47_tags_are_recognised(tag: str) -> None:
    assert is_bcp47(tag)


@pytest.mark.parametrize(
    "tag",
    ["", "f", "fr_BE", "fr-", "fr BE", "fr-BE\n", "français", "x-private", "i-klingon", "12"],
)
def test_malformed_or_private_use_tags_are_not_bcp47(tag: str) -> None:
    assert not is_bcp47(tag)


# --- translate


def test_translate_gives_the_french_reference_text_by_default() -> None:
    assert translate("summary.partners") == "Partenaires"


@pytest.mark.parametrize(
    ("language", "text"), [("fr", "Besoins"), ("en", "Needs"), ("nl", "Behoeften")]
)
def test_translate_gives_the_text_in_each_language(language: str, text: str) -> None:
    assert translate("summary.needs", language) == text


def test_translate_accepts_a_regional_tag() -> None:
    assert translate("summary.needs", "nl-BE") == "Behoeften"
    assert translate("summary.needs", "EN-gb") == "Needs"


def test_translate_fills_named_placeholders() -> None:
    assert translate("classify.contributors", "en", partners="ASBL Alpha, CPAS") == (
        "Contributing to the project: ASBL Alpha, CPAS."
    )
    assert translate("classify.contributors", "nl", partners="X") == (
        "Dragen bij aan het project: X."
    )


def test_translate_puts_braces_in_a_value_as_they_are() -> None:
    # The values are user content: never re-read as a template.
    assert translate("classify.contributors", "en", partners="{partners}") == (
        "Contributing to the project: {partners}."
    )


def test_translate_ignores_parameters_a_text_does_not_use() -> None:
    assert translate("summary.none", "en", partners="A") == "none"


def test_a_missing_placeholder_value_is_a_library_error_not_a_half_filled_text() -> None:
    # Neither a KeyError from str.format nor "{partners}" shown to people.
    with pytest.raises(PartnershipModelError, match=r"classify\.contributors"):
        translate("classify.contributors", "en", names="A")
    with pytest.raises(PartnershipModelError, match=r"classify\.contributors"):
        translate("classify.contributors", "en")


def test_an_unknown_key_raises_a_library_error_naming_it() -> None:
    with pytest.raises(PartnershipModelError, match=r"no catalogue entry 'summary\.nothing'") as c:
        translate("summary.nothing", "en")

    assert not isinstance(c.value, KeyError)


def test_an_unsupported_language_raises_unsupported_language_error() -> None:
    with pytest.raises(UnsupportedLanguageError):
        translate("summary.needs", "de")


def test_the_key_and_language_are_positional_so_any_placeholder_name_is_free() -> None:
    # A placeholder may be called "key" or "language" without clashing.
    assert translate("summary.none", "fr", key="x", language="y") == "néant"


# --- LabelledEnum


def test_the_package_defines_labelled_enums() -> None:
    names = {enum_type.__name__ for enum_type in ENUMS}

    assert {"Choice", "BodyKind", "Direction", "Form", "PartnerKind", "StepKind"} <= names


def test_labelled_enum_names_are_unique_since_catalogue_keys_use_the_bare_name() -> None:
    names = [enum_type.__name__ for enum_type in ENUMS]

    assert len(names) == len(set(names))


@pytest.mark.parametrize("member", MEMBERS, ids=lambda member: f"{type(member).__name__}.{member}")
def test_every_enum_member_has_a_catalogue_entry(member: LabelledEnum) -> None:
    assert f"{type(member).__name__}.{member.value}" in CATALOGUE


@pytest.mark.parametrize("member", MEMBERS, ids=lambda member: f"{type(member).__name__}.{member}")
def test_every_enum_member_has_a_label_in_every_language(member: LabelledEnum) -> None:
    for language in LANGUAGES:
        label = member.label(language)
        assert label.strip()
        assert placeholders(label) == set()


@pytest.mark.parametrize("member", MEMBERS, ids=lambda member: f"{type(member).__name__}.{member}")
def test_every_enum_code_is_lowercase_snake_case(member: LabelledEnum) -> None:
    assert SNAKE_CASE.fullmatch(member.value), member.value


@pytest.mark.parametrize("member", MEMBERS, ids=lambda member: f"{type(member).__name__}.{member}")
def test_str_of_a_member_is_its_code(member: LabelledEnum) -> None:
    assert str(member) == member.value
    assert f"{member}" == member.value
    assert type(member)(member.value) is member


def test_a_member_is_its_code_as_a_string() -> None:
    code: str = Choice.FOR

    assert code == "for"
    assert isinstance(Choice.FOR, str)
    assert repr(Choice.FOR) == "<Choice.FOR: 'for'>"


def test_label_is_french_by_default_and_accepts_a_regional_tag() -> None:
    assert BodyKind.STEERING_COMMITTEE.label() == "comité de pilotage"
    assert BodyKind.STEERING_COMMITTEE.label("en") == "steering committee"
    assert BodyKind.STEERING_COMMITTEE.label("nl-BE") == "stuurgroep"


def test_label_refuses_an_unsupported_language() -> None:
    with pytest.raises(UnsupportedLanguageError):
        BodyKind.BOARD.label("de")


def test_labels_maps_every_code_to_its_label_in_declaration_order() -> None:
    assert Direction.labels("en") == {
        "increase": "to increase",
        "decrease": "to decrease",
        "maintain": "to maintain",
    }
    assert list(Choice.labels()) == ["for", "against", "abstain"]
    assert list(Choice.labels().values()) == ["pour", "contre", "abstention"]


@pytest.mark.parametrize("enum_type", ENUMS, ids=lambda enum_type: enum_type.__name__)
def test_labels_of_every_enum_cover_every_member_in_every_language(
    enum_type: type[LabelledEnum],
) -> None:
    for language in LANGUAGES:
        assert list(enum_type.labels(language)) == [member.value for member in enum_type]


# --- the catalogue


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_entry_has_three_non_empty_texts(key: str) -> None:
    entry = CATALOGUE[key]

    assert isinstance(entry, tuple)
    assert len(entry) == len(LANGUAGES)
    for text in entry:
        assert isinstance(text, str)
        assert text.strip(), f"{key}: empty text"


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_the_three_languages_of_an_entry_use_the_same_named_placeholders(key: str) -> None:
    french, english, dutch = (placeholders(text) for text in CATALOGUE[key])

    assert english == french, key
    assert dutch == french, key
    for name in french:
        assert name.isidentifier(), f"{key}: placeholder {name!r} is not a plain name"


def test_every_enum_like_key_belongs_to_an_existing_member() -> None:
    members = {f"{type(member).__name__}.{member.value}" for member in MEMBERS}
    enum_like = {key for key in CATALOGUE if ENUM_KEY.fullmatch(key)}

    assert enum_like - members == set(), "stale catalogue keys"


def test_every_other_key_is_a_lowercase_namespace_and_name() -> None:
    for key in CATALOGUE:
        if not ENUM_KEY.fullmatch(key):
            assert re.fullmatch(r"[a-z][a-z0-9_]*\.[a-z0-9][a-z0-9_-]*", key), key


def _literal_keys_used_in_the_package() -> Iterator[tuple[str, str]]:
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "translate"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                yield path.name, node.args[0].value


def test_every_literal_key_the_package_translates_is_in_the_catalogue() -> None:
    used = list(_literal_keys_used_in_the_package())

    assert used, "translate() is called with literal keys somewhere"
    missing = [(module, key) for module, key in used if key not in CATALOGUE]
    assert missing == []


def test_every_enumeration_says_what_it_is_in_its_own_docstring() -> None:
    # The JSON Schema and the reference take an enumeration's description from it.
    for enumeration in labelled_enums():
        assert enumeration.__dict__.get("__doc__"), enumeration.__name__


def test_two_kinds_with_one_code_keep_their_own_labels_however_often_they_are_said() -> None:
    # The members are equal strings ("financial"): each is still said as its own kind.
    for _ in range(2):
        assert NeedCategory.FINANCIAL.label("fr") == "financier"
        assert ContributionKind.FINANCIAL.label("fr") == "financière"
