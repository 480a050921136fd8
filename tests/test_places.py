"""Places said in words: where a finding or a reading error is, as a coordinator reads
it ("objectif 2 « Rompre l'isolement… » › indicateur 1"), from the model or from the
plain JSON data of a document, however broken; and the order of places in a document.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import Convention, Dossier, from_json, to_dict, validate
from partnership_model._catalogue import CATALOGUE
from partnership_model._fast import MODEL_MODULES, model_classes
from partnership_model._places import (
    Places,
    Stop,
    document_order,
    locate,
    segments,
    words_for,
)
from partnership_model._shapes import is_tuple_of, resolved
from partnership_model.i18n import LANGUAGES
from partnership_model.testing import strategies as pst
from partnership_model.text import REFERENCE_LENGTH

EXAMPLES = Path(__file__).parent.parent / "examples"
BRUSSELS_TEXT = (EXAMPLES / "brussels-partnership.json").read_text(encoding="utf-8")
BRUSSELS = from_json(BRUSSELS_TEXT, Dossier)
BRUSSELS_DATA = json.loads(BRUSSELS_TEXT)
A_YEAR_LATER = dt.date(2028, 1, 1)

INDICATOR = "$.convention.objectives[1].indicators[0]"


# --- the words of every field


MODEL_FIELDS = [
    (cls, field) for cls in model_classes(MODEL_MODULES) for field in attrs.fields(resolved(cls))
]
NOT_FIELDS = {
    "place.whole-document",
    "place.list-item",
    "place.envelope-schema",
    "place.envelope-format",
    "place.envelope-version",
    "place.envelope-type",
}
"""The nouns of a place that are no field of the model: the document, an item of a list
in a list, and the keys of a document's envelope."""


@pytest.mark.parametrize(
    ("cls", "field"), MODEL_FIELDS, ids=[f"{c.__name__}.{f.name}" for c, f in MODEL_FIELDS]
)
def test_every_field_of_every_model_class_has_its_noun_and_every_list_its_plural(
    cls: type, field: attrs.Attribute[object]
) -> None:
    assert f"place.{field.name}" in CATALOGUE
    if is_tuple_of(field.type):
        assert f"places.{field.name}" in CATALOGUE


def test_every_noun_of_a_place_is_a_field_s() -> None:
    fields = {field.name for _, field in MODEL_FIELDS}
    nouns = {key for key in CATALOGUE if key.startswith(("place.", "places."))}
    said = {key.partition(".")[2] for key in nouns - NOT_FIELDS}
    assert said - fields == set()


# --- the shipped example, in three languages


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "fr",
            "objectif 2 «\u00a0Rompre l'isolement par des ateliers de cuisine\u00a0» › "
            "indicateur 1 «\u00a0Participants réguliers aux ateliers\u00a0»",
        ),
        (
            "en",
            "objective 2 'Rompre l'isolement par des ateliers de cuisine' › "
            "indicator 1 'Participants réguliers aux ateliers'",
        ),
        (
            "nl",
            "doelstelling 2 'Rompre l'isolement par des ateliers de cuisine' › "
            "indicator 1 'Participants réguliers aux ateliers'",
        ),
    ],
)
def test_a_finding_of_the_example_says_its_place_in_the_report_s_language(
    language: str, said: str
) -> None:
    report = validate(BRUSSELS, today=A_YEAR_LATER, language=language)
    (finding,) = [f for f in report.findings if f.path == INDICATOR]
    assert finding.code == "evaluate.indicators.not-measured"
    assert finding.place == said


@pytest.mark.parametrize(
    ("path", "french", "english", "dutch"),
    [
        (
            "$.convention.objectives[1].indicators[0].target",
            "objectif 2 «\u00a0Rompre l'isolement par des ateliers de cuisine\u00a0» › "
            "indicateur 1 «\u00a0Participants réguliers aux ateliers\u00a0» › valeur cible",
            "objective 2 'Rompre l'isolement par des ateliers de cuisine' › "
            "indicator 1 'Participants réguliers aux ateliers' › target value",
            "doelstelling 2 'Rompre l'isolement par des ateliers de cuisine' › "
            "indicator 1 'Participants réguliers aux ateliers' › streefwaarde",
        ),
        (
            "$.convention.timeline.steps[6]",
            "calendrier › étape 7 «\u00a0Rapport d'activités et justificatifs du subside\u00a0»",
            "timeline › step 7 'Rapport d'activités et justificatifs du subside'",
            "tijdlijn › stap 7 'Rapport d'activités et justificatifs du subside'",
        ),
        ("$.convention.needs", "besoins", "needs", "behoeften"),
        ("$.convention", "convention", "agreement", "overeenkomst"),
        ("$", "le document", "the document", "het document"),
        ("$.$schema", "adresse du schéma", "schema address", "adres van het schema"),
    ],
)
def test_the_example_s_places_in_three_languages_from_the_model_and_from_its_json(
    path: str, french: str, english: str, dutch: str
) -> None:
    for root in (BRUSSELS, BRUSSELS_DATA):
        assert [words_for(root, path, language) for language in LANGUAGES] == [
            french,
            english,
            dutch,
        ]


def test_a_place_is_said_in_the_language_of_a_regional_tag() -> None:
    assert words_for(BRUSSELS, "$.convention.needs", "nl-BE") == "behoeften"
    assert words_for(BRUSSELS, "$.convention.needs[0]", "fr-BE") == (
        "besoin 1 «\u00a0need-vivres\u00a0»"
    )


def test_an_item_is_called_by_its_id_without_a_name_and_by_its_position_alone_without_either() -> (
    None
):
    need = "$.convention.needs[0]"
    assert words_for(BRUSSELS, need, "en") == "need 1 'need-vivres'"
    assert words_for(BRUSSELS_DATA, "$.convention.tasks[0].assignments[0]", "fr") == (
        "tâche 1 «\u00a0Acheter et stocker les vivres\u00a0» › affectation 1"
    )


# --- places in broken documents


BROKEN = {
    "format": "partnership-model",
    "convention": {
        "name": "Repair café",
        "objectives": [{"title": 12}, "not an object", {"id": "obj", "title": "  "}],
        "partners": {"pont": {"name": "Le Pont"}},
        "zork": [{"name": "\x1b[2JHidden"}],
        "extensions": {"case'\"s": [{"name": "data"}]},
    },
}


@pytest.mark.parametrize(
    ("path", "language", "said"),
    [
        ("$.format", "fr", "format"),
        ("$.convention.objectives[0].title", "fr", "objectif 1 › titre"),
        ("$.convention.objectives[1]", "fr", "objectif 2"),
        ("$.convention.objectives[2].title", "fr", "objectif 3 «\u00a0obj\u00a0» › titre"),
        ("$.convention.objectives[7]", "nl", "doelstelling 8"),
        ("$.convention.partners[0].name", "nl", "partner 1 › naam"),
        ("$.convention.zork[0]", "en", "'zork' › item 1 '\\x1b[2JHidden'"),
        (
            "$.convention.extensions[" + repr("case'\"s") + "][0]['name']",
            "en",
            "application's own data › 'case'\"s' › item 1 'data' › 'name'",
        ),
        ("$.convention.name.first[3]", "en", "name › 'first' › item 4"),
        ("$.minutes[", "en", "minutes › '['"),
    ],
)
def test_a_place_in_a_broken_document_is_said_as_far_as_the_document_goes(
    path: str, language: str, said: str
) -> None:
    assert words_for(BROKEN, path, language) == said


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=10,
)
PATHS = st.lists(
    st.sampled_from(["convention", "objectives", "name", "extensions", "$schema", "x"]).map(
        lambda name: f".{name}"
    )
    | st.integers(min_value=0, max_value=12).map(lambda index: f"[{index}]")
    | st.text(max_size=4).map(lambda key: f"[{key!r}]")
    | st.text(max_size=3),
    max_size=6,
).map(lambda parts: "$" + "".join(parts))


@given(JSON, PATHS | st.text(max_size=12), st.sampled_from(LANGUAGES))
def test_any_path_in_any_json_data_is_said_without_an_error(
    data: object, path: str, language: str
) -> None:
    said = words_for(data, path, language)
    assert said
    assert "\x1b" not in said


def test_a_name_is_cut_where_a_reference_is_and_never_reaches_a_terminal_raw() -> None:
    long = "\u202e" + "x" * 500
    data = {"objectives": [{"title": long}]}
    (stop,) = locate(data, "$.objectives[0]")
    assert stop == Stop("objectives", 0, long[: REFERENCE_LENGTH - 1] + "…")
    assert words_for(data, "$.objectives[0]", "en").startswith("objective 1 '\\u202exxx")


def test_the_places_of_one_document_are_said_as_one_by_one_each_beginning_walked_once() -> None:
    paths = [
        "$.convention.objectives[1].indicators[0].target",
        "$.convention.objectives[1].indicators[0]",
        "$.convention.objectives[1].indicators[0]",
        "$.convention.objectives[1]",
        "$.convention.extensions['case'][0]",
        "$",
        "$.$schema",
    ]
    for root in (BRUSSELS, BRUSSELS_DATA):
        places = Places(root, "fr-BE")
        assert [places.words(path) for path in paths] == [
            words_for(root, path, "fr") for path in paths
        ]


# --- the order of places in a document


def test_paths_are_read_into_names_indices_and_keys() -> None:
    assert segments("$.tasks[10].assignments[2].partner") == [
        "tasks",
        10,
        "assignments",
        2,
        "partner",
    ]
    assert segments("$.extensions['it\\'s'][0]") == ["extensions", "it's", 0]
    assert segments("$['\\N{no such name}']") == ["'\\N{no such name}'"]
    assert segments("$") == []
    assert segments("$.$schema") == ["$schema"]


def test_places_come_in_the_order_of_the_document() -> None:
    paths = [
        "$.convention.tasks[10]",
        "$.convention.objectives",
        "$.convention.tasks[2].title",
        "$.minutes[0]",
        "$.convention",
        "$.convention.tasks[2]",
        "$.convention.zork",
        "$.convention.name",
        "$",
    ]
    assert sorted(paths, key=document_order) == [
        "$",
        "$.convention",
        "$.convention.name",
        "$.convention.objectives",
        "$.convention.tasks[2]",
        "$.convention.tasks[2].title",
        "$.convention.tasks[10]",
        "$.convention.zork",
        "$.minutes[0]",
    ]


def test_the_order_passes_through_optional_values_and_lists_of_ids() -> None:
    veto = "$.convention.decision_rules[0].veto"
    assert sorted(
        [f"{veto}.partners[1]", f"{veto}.topics", f"{veto}.partners[0]"], key=document_order
    ) == [
        f"{veto}.partners[0]",
        f"{veto}.partners[1]",
        f"{veto}.topics",
    ]
    within = document_order(f"{veto}.partners[0]")
    assert document_order(f"{veto}.partners[0].more") == (*within, (2, 0, "more"))


def test_a_convention_s_places_are_in_its_own_order() -> None:
    fields = [field.name for field in attrs.fields(Convention)]
    assert sorted((f"$.{name}" for name in reversed(fields)), key=document_order) == [
        f"$.{name}" for name in fields
    ]


# --- properties: every finding of every drawn convention or dossier


TARGETS = st.one_of(pst.conventions(), pst.dossiers())


@given(TARGETS, st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)))
def test_every_finding_has_a_place_in_words_the_same_from_the_model_and_from_its_json(
    target: Convention | Dossier, today: dt.date | None
) -> None:
    data = to_dict(target)
    for language in LANGUAGES:
        report = validate(target, today=today, language=language)
        for finding in report.findings:
            assert finding.path
            assert finding.place
            assert words_for(data, finding.path, language) == finding.place
        keys = [
            (list(type(f.severity)).index(f.severity), list(type(f.step)).index(f.step))
            for f in report.in_order
        ]
        assert keys == sorted(keys)
        for first, second in zip(report.in_order, report.in_order[1:], strict=False):
            if (first.severity, first.step) == (second.severity, second.step):
                assert document_order(first.path) <= document_order(second.path)
        assert sorted(report.in_order, key=id) == sorted(report.findings, key=id)


def test_an_amount_inside_an_amount_is_said_once() -> None:
    data = {"convention": {"needs": [{"id": "n", "amount": {"amount": "x", "currency": "E"}}]}}
    assert [
        words_for(data, f"$.convention.needs[0].amount.{field}", "fr")
        for field in ("amount", "currency")
    ] == ["besoin 1 «\u00a0n\u00a0» › montant", "besoin 1 «\u00a0n\u00a0» › montant › devise"]
