"""The JSON format (issue 3, DESIGN decisions 7 and 9): lossless, strict, versioned,
with a generated JSON Schema and errors that point at the field.

Read top to bottom, the tests say what an application may rely on: the public
functions, how each kind of value is written, that writing and reading lose
nothing and always give the same bytes (with or without orjson), that reading
refuses every mistake and names them all with their paths, that no input at all
raises anything but ``SerializationError``, that the fast reading path and the
detailed one agree, how versions are handled, and that the JSON Schema checks the
documents the library writes.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import json
import pickle
import re
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType
from typing import Any
from unittest import mock

import attrs
import pytest
from cattrs.errors import IterableValidationError
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import partnership_model as pm
from partnership_model import (
    Affiliation,
    Classification,
    Convention,
    DecisionMode,
    DecisionRecord,
    DecisionRule,
    Dossier,
    EscalationAction,
    EscalationStep,
    Form,
    GoverningBody,
    InstitutionalLink,
    InstitutionKind,
    InvalidValueError,
    JsonValue,
    LabelledEnum,
    LegalIdentifier,
    Measurement,
    Money,
    Need,
    NeedCategory,
    Partner,
    PartnerKind,
    PartnershipModelError,
    Period,
    Problem,
    Reason,
    Recurrence,
    Role,
    RoleKind,
    SerializationError,
    Step,
    TargetPublic,
    Topic,
    VoteBase,
    _converter,
    from_dict,
    from_json,
    json_schema,
    serialization,
    to_dict,
    to_json,
)
from partnership_model._extensions import EMPTY_EXTENSIONS
from partnership_model._fields import plain
from partnership_model._reading import Suggestions
from partnership_model.money import ISO_4217_CURRENCIES
from partnership_model.serialization import (
    ABSENT,
    DEFAULT_MAX_SIZE,
    FORMAT,
    FORMAT_VERSION,
    schema_path,
    supported_versions,
    type_name,
)
from tests import generators as gen
from tests.brussels import eur
from tests.support import finishing_within

EXAMPLES = Path(__file__).parent.parent / "examples"
ENVELOPE = ("format", "version", "type")

PER_TYPE = settings(max_examples=max(5, settings().max_examples // 10))
"""For tests run once per model type: a tenth of the profile's examples for each."""

requires_orjson = pytest.mark.skipif(
    serialization._orjson is None, reason="orjson (the 'fast' extra) is not installed"
)

JsonPath = tuple[str | int, ...]


@functools.cache
def example_dossier() -> Dossier:
    spec = importlib.util.spec_from_file_location(
        "brussels_partnership", EXAMPLES / "brussels_partnership.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    dossier = module.build_dossier()
    assert isinstance(dossier, Dossier)
    return dossier


def example_document() -> dict[str, Any]:
    """The example dossier as parsed JSON: a fresh copy for each caller to change."""
    document: dict[str, Any] = json.loads(to_json(example_dossier()))
    return document


def replaced(value: Any, path: JsonPath, new: Any) -> Any:
    """A copy of ``value`` with ``new`` at ``path``; containers along the path are copied."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):  # a member not there yet is added
        return {**value, head: replaced(value.get(head), rest, new)}
    items = list(value)
    items[head] = replaced(items[head], rest, new)  # type: ignore[index]
    return items


def removed(value: Any, path: JsonPath) -> Any:
    """A copy of ``value`` without the object member at ``path``."""
    parent, key = path[:-1], path[-1]
    container = value
    for step in parent:
        container = container[step]
    return replaced(value, parent, {k: v for k, v in container.items() if k != key})


def locations(value: object, here: JsonPath = ()) -> Iterator[JsonPath]:
    """The path of every value in a JSON document, the document itself first."""
    yield here
    if isinstance(value, dict):
        for key, item in value.items():
            yield from locations(item, (*here, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from locations(item, (*here, index))


def document_of(obj: object, **changes: Any) -> dict[str, Any]:
    """``obj`` as a document whose top-level members ``changes`` replaces."""
    return {**to_dict(obj), **changes}


def problems_of(read: Callable[[], object]) -> tuple[Problem, ...]:
    """The problems of the SerializationError that ``read`` must raise."""
    with pytest.raises(SerializationError) as caught:
        read()
    assert caught.type is SerializationError
    return caught.value.problems


def only_problem(read: Callable[[], object]) -> Problem:
    problems = problems_of(read)
    assert len(problems) == 1, problems
    return problems[0]


def refused(document: object, kind: type) -> tuple[Problem, ...]:
    """The problems reading ``document`` (plain data, written as JSON text) as ``kind``."""
    return problems_of(lambda: from_json(json.dumps(document), kind))


def without_orjson() -> AbstractContextManager[None]:
    """Within it, ``to_json`` writes with the standard library as when orjson is missing."""
    return mock.patch.object(serialization, "_orjson", None)


def with_stdlib(write: Callable[[], str]) -> str:
    with without_orjson():
        return write()


def is_refused_or_read(text: str | bytes, kind: type[Any] = Dossier) -> None:
    """Reading ``text`` gives a ``kind`` or a SerializationError, and nothing else."""
    try:
        result: object = from_json(text, kind)
    except SerializationError as error:
        problems = error.problems
    else:
        assert type(result) is kind
        return
    assert problems


# --- 1. the public API -------------------------------------------------------------------


def test_the_serialization_functions_and_errors_are_exported_from_the_package() -> None:
    for name in (
        "to_dict",
        "from_dict",
        "to_json",
        "from_json",
        "json_schema",
        "SerializationError",
        "Problem",
    ):
        assert name in pm.__all__
        assert getattr(pm, name) is getattr(serialization, name)


def test_a_serialization_error_is_a_value_error_and_the_library_base_error() -> None:
    assert issubclass(SerializationError, ValueError)
    assert issubclass(SerializationError, PartnershipModelError)
    with pytest.raises(ValueError, match="not valid JSON"):
        from_json("{", Dossier)


def test_the_generators_cover_every_model_data_type_the_package_exports() -> None:
    assert set(gen.STRATEGIES) == set(gen.MODEL_TYPES)
    assert {Dossier, Convention, Partner, Step, DecisionRecord, Money} <= set(gen.MODEL_TYPES)
    assert not set(gen.NOT_DATA_TYPES) & set(gen.MODEL_TYPES)


@pytest.mark.parametrize("kind", gen.MODEL_TYPES, ids=lambda kind: kind.__name__)
@PER_TYPE
@given(data=st.data())
def test_every_model_data_type_is_written_and_read_back_through_json_and_plain_data(
    kind: type, data: st.DataObject
) -> None:
    obj = data.draw(gen.STRATEGIES[kind])
    text = to_json(obj)
    assert from_json(text, kind) == obj
    assert from_json(text.encode(), kind) == obj
    assert from_dict(to_dict(obj), kind) == obj
    assert from_dict(to_dict(obj, envelope=False), kind, envelope=False) == obj


@pytest.mark.parametrize(
    "result",
    [
        Classification(form=Form.PARTNERSHIP, reasons=(Reason(code="carried_together"),)),
        Reason(code="carried_together", partners=("pont",)),
        Problem("$.name", "expected a string", 123),
    ],
    ids=lambda result: type(result).__name__,
)
def test_results_and_problems_have_no_document_form(result: object) -> None:
    kind = type(result)
    with pytest.raises(TypeError, match="not a partnership_model data type"):
        to_dict(result)
    with pytest.raises(TypeError, match="not a partnership_model data type"):
        to_json(result)
    with pytest.raises(TypeError, match="not a partnership_model data type"):
        from_json("{}", kind)
    with pytest.raises(TypeError, match="not a partnership_model data type"):
        from_dict({}, kind)
    with pytest.raises(TypeError, match="not a partnership_model data type"):
        json_schema(kind)


def test_only_model_types_can_be_asked_for() -> None:
    with pytest.raises(TypeError):
        from_json("{}", "Dossier")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        from_json("{}", dict)
    with pytest.raises(TypeError):
        to_dict(Decimal("1"))
    with pytest.raises(TypeError):
        to_json({"format": FORMAT})


def test_a_document_names_the_format_its_version_and_its_type_before_the_fields() -> None:
    step = Step(id="s1", title="Déposer la demande")
    document = to_dict(step)
    assert list(document) == [*ENVELOPE, *(field.name for field in attrs.fields(Step))]
    assert document["format"] == "partnership-model" == FORMAT
    assert document["version"] == "1.1" == FORMAT_VERSION
    assert document["type"] == "step"
    assert list(json.loads(to_json(step))) == list(document)
    assert to_json(step).startswith('{"format":"partnership-model","version":"1.1","type":"step",')


def test_without_the_envelope_a_plain_dict_holds_only_the_fields() -> None:
    step = Step(id="s1", title="Déposer la demande")
    body = to_dict(step, envelope=False)
    assert list(body) == [field.name for field in attrs.fields(Step)]
    assert body == {key: value for key, value in to_dict(step).items() if key not in ENVELOPE}
    assert from_dict(body, Step, envelope=False) == step
    # Without the envelope, envelope members are unknown fields like any other.
    problems = problems_of(lambda: from_dict(to_dict(step), Step, envelope=False))
    assert {problem.path for problem in problems} == {"$.format", "$.version", "$.type"}


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        (Dossier, "dossier"),
        (Convention, "convention"),
        (DecisionRecord, "decision_record"),
        (InstitutionalLink, "institutional_link"),
        (Money, "money"),
    ],
)
def test_the_type_of_a_document_is_the_class_name_in_snake_case(kind: type, name: str) -> None:
    assert type_name(kind) == name


def test_every_model_type_has_its_own_snake_case_type_name() -> None:
    names = [type_name(kind) for kind in gen.MODEL_TYPES]
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[a-z]+(?:_[a-z]+)*", name) for name in names)


def test_the_example_dossier_is_written_and_read_back_unchanged() -> None:
    dossier = example_dossier()
    assert from_json(to_json(dossier), Dossier) == dossier
    assert from_json(to_json(dossier, pretty=True), Dossier) == dossier
    convention = dossier.convention
    assert from_json(to_json(convention), Convention) == convention


# --- 2. how each kind of value is written --------------------------------------------------


def test_member_names_are_the_snake_case_field_names_everywhere() -> None:
    def keys(value: object) -> Iterator[str]:
        if isinstance(value, dict):
            for key, item in value.items():
                yield key
                if key != "extensions":
                    yield from keys(item)
        elif isinstance(value, list):
            for item in value:
                yield from keys(item)

    found = set(keys(to_dict(example_dossier())))
    assert {"legal_identifier", "governing_bodies", "threshold_base", "effective_from"} & found
    assert all(re.fullmatch(r"[a-z]+(?:_[a-z0-9]+)*", key) for key in found), found


def test_enumerations_are_written_as_their_lowercase_codes_as_plain_strings() -> None:
    rule = DecisionRule(
        id="r", mode=DecisionMode.MAJORITY, scope=(Topic.BUDGET, Topic.DAILY_MANAGEMENT)
    )
    document = to_dict(rule)
    assert document["mode"] == "majority"
    assert document["threshold_base"] == "votes_cast"
    assert document["scope"] == ["budget", "daily_management"]
    assert type(document["mode"]) is str
    assert all(type(code) is str for code in document["scope"])
    partner = to_dict(Partner(id="cpas", name="CPAS", kind=PartnerKind.PUBLIC_AUTHORITY))
    assert partner["kind"] == "public_authority"


@pytest.mark.parametrize(
    ("day", "written"),
    [
        (dt.date(2027, 1, 4), "2027-01-04"),
        (dt.date(1, 1, 1), "0001-01-01"),
        (dt.date(9999, 12, 31), "9999-12-31"),
    ],
)
def test_dates_are_written_yyyy_mm_dd(day: dt.date, written: str) -> None:
    record = DecisionRecord(id="pv", date=day, title="Adoption")
    assert to_dict(record)["date"] == written
    assert from_json(to_json(record), DecisionRecord).date == day


@pytest.mark.parametrize(
    ("given", "written"),
    [
        ("1250.00", "1250.00"),
        ("1E+3", "1000"),
        ("0.10", "0.10"),
        ("1.000E-7", "0.0000001000"),
        ("0", "0"),
        ("0E-7", "0.0000000"),
        ("0.00", "0.00"),
        ("123456789012345678901234567890.12", "123456789012345678901234567890.12"),
    ],
)
def test_amounts_are_written_in_plain_notation_every_digit_after_the_point_kept(
    given: str, written: str
) -> None:
    money = eur(given)
    assert to_dict(money)["amount"] == written
    back = from_json(to_json(money), Money)
    assert back == money
    assert plain(back.amount) == written
    assert to_json(back) == to_json(money)


@pytest.mark.parametrize(
    ("given", "written"),
    [
        ("-0", "-0"),
        ("-0.00", "-0.00"),
        ("-12.50", "-12.50"),
        ("3.14159", "3.14159"),
        ("-1E-9", "-0.000000001"),
    ],
)
def test_measured_values_keep_their_sign_even_for_negative_zero(given: str, written: str) -> None:
    measurement = Measurement(
        id="m", indicator="i", date=dt.date(2027, 1, 4), value=Decimal(given)
    )
    assert to_dict(measurement)["value"] == written
    back = from_json(to_json(measurement), Measurement).value
    assert plain(back) == written
    assert back.is_signed() == Decimal(given).is_signed()


def test_an_amount_is_never_written_as_a_json_number() -> None:
    text = to_json(eur("1250.00"))
    assert '"amount":"1250.00"' in text
    assert text == (
        '{"format":"partnership-model","version":"1.1","type":"money",'
        '"amount":"1250.00","currency":"EUR"}'
    )


@pytest.mark.parametrize(
    ("share", "written"),
    [(Fraction(2, 3), "2/3"), (Fraction(1), "1"), (Fraction(0), "0"), (Fraction(3, 4), "3/4")],
)
def test_fractions_are_written_as_n_over_d(share: Fraction, written: str) -> None:
    rule = DecisionRule(id="r", mode=DecisionMode.MAJORITY, threshold=share, quorum=share)
    document = to_dict(rule)
    assert document["threshold"] == written
    assert document["quorum"] == written
    assert from_json(to_json(rule), DecisionRule) == rule


@pytest.mark.parametrize(
    ("written", "canonical"), [("4/6", "2/3"), ("4/2", "2"), ("2/1", "2"), ("0/5", "0")]
)
def test_a_fraction_not_in_lowest_terms_is_refused_naming_its_lowest_terms(
    written: str, canonical: str
) -> None:
    document = document_of(DecisionRule(id="r", mode=DecisionMode.MAJORITY), threshold=written)
    problem = only_problem(lambda: from_dict(document, DecisionRule))
    assert problem.path == "$.threshold"
    assert problem.message.endswith(f'write "{canonical}"')


def test_recurrences_are_written_as_their_rrule_value() -> None:
    body = GoverningBody(
        id="copil", name="Copil", meetings=Recurrence(rule="FREQ=MONTHLY;BYDAY=1TU")
    )
    assert to_dict(body)["meetings"] == {"rule": "FREQ=MONTHLY;BYDAY=1TU"}
    assert from_json(to_json(body), GoverningBody) == body


def test_tuples_are_written_as_arrays_and_absent_values_as_null() -> None:
    role = Role(id="coord", kind=RoleKind.COORDINATOR, holders=("pont", "entraide"))
    document = to_dict(role)
    assert document["holders"] == ["pont", "entraide"]
    assert document["responsibilities"] == []
    assert document["title"] is None
    assert '"holders":["pont","entraide"]' in to_json(role)
    assert '"title":null' in to_json(role)


def test_every_field_is_written_even_when_it_holds_its_default() -> None:
    document = to_dict(Dossier(convention=Convention(name="Repair café")))
    assert list(document["convention"]) == [field.name for field in attrs.fields(Convention)]
    assert document["convention"]["period"] == {"start": None, "end": None}
    assert document["extensions"] == {}


def test_extension_keys_are_sorted_at_every_depth_whatever_order_they_were_given_in() -> None:
    given_order = Partner(
        id="p", name="P", extensions={"z": 1, "a": {"y": [2, {"d": None, "c": True}], "b": "x"}}
    )
    other_order = Partner(
        id="p", name="P", extensions={"a": {"b": "x", "y": [2, {"c": True, "d": None}]}, "z": 1}
    )
    text = to_json(given_order)
    assert text.endswith('"extensions":{"a":{"b":"x","y":[2,{"c":true,"d":null}]},"z":1}}')
    assert to_json(other_order) == text
    assert to_json(other_order, pretty=True) == to_json(given_order, pretty=True)


def test_compact_json_has_no_insignificant_white_space_and_keeps_non_ascii_as_it_is() -> None:
    dossier = example_dossier()
    text = to_json(dossier)
    assert text == json.dumps(to_dict(dossier), ensure_ascii=False, separators=(",", ":"))
    assert "\n" not in text
    assert "Aïcha Benali" in text
    assert "\\u00ef" not in text


def test_pretty_json_is_indented_by_two_spaces_and_holds_the_same_data() -> None:
    dossier = example_dossier()
    pretty = to_json(dossier, pretty=True)
    assert pretty == json.dumps(to_dict(dossier), ensure_ascii=False, indent=2)
    assert pretty.startswith('{\n  "format": "partnership-model",\n  "version": "1.1",\n')
    assert '\n    "name": "Paniers et fourneaux de Laeken",' in pretty
    assert json.loads(pretty) == json.loads(to_json(dossier))
    assert "Aïcha Benali" in pretty


def test_instants_are_read_as_rfc_3339_with_their_offset_and_written_back_alike() -> None:
    for written, instant in [
        (
            "2027-01-04T09:30:00+01:00",
            dt.datetime(2027, 1, 4, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        ("2027-01-04T08:30:00Z", dt.datetime(2027, 1, 4, 8, 30, tzinfo=dt.timezone.utc)),
        (
            "2027-01-04T08:30:00.250000+00:00",
            dt.datetime(2027, 1, 4, 8, 30, 0, 250000, tzinfo=dt.timezone.utc),
        ),
    ]:
        read = _converter.FAST.structure(written, dt.datetime)
        assert read == instant
        assert read.utcoffset() == instant.utcoffset()
    quarter_past = dt.datetime(2027, 1, 4, 8, 30, 0, 250000, tzinfo=dt.timezone.utc)
    assert _converter.FAST.unstructure(quarter_past) == "2027-01-04T08:30:00.250000+00:00"


@pytest.mark.parametrize(
    "written",
    [
        "2027-01-04T09:30:00",  # no offset
        "2027-01-04 09:30:00+01:00",
        "2027-02-30T09:30:00+01:00",  # the right shape, but no such day
        "2027-01-04T25:30:00Z",
        "2027-01-04",
        1798709400,
    ],
)
def test_instants_without_an_offset_or_of_another_shape_are_refused(written: object) -> None:
    for converter in (_converter.FAST, _converter.DETAILED):
        with pytest.raises(_converter.Invalid, match="RFC 3339"):
            converter.structure(written, dt.datetime)


VALUES_ON_THEIR_OWN: list[tuple[Any, object, object]] = [
    (PartnerKind, PartnerKind.PUBLIC_AUTHORITY, "public_authority"),
    (tuple[str, ...], ("pont", "cpas"), ["pont", "cpas"]),
    (tuple[Topic, ...], (Topic.BUDGET, Topic.STAFF), ["budget", "staff"]),
    (tuple[Money, ...], (eur("1.50"),), [{"amount": "1.50", "currency": "EUR"}]),
    (Money | None, None, None),
    (Money | None, eur("2"), {"amount": "2", "currency": "EUR"}),
    (str | None, "Laeken", "Laeken"),
    (dt.date | None, dt.date(2027, 1, 4), "2027-01-04"),
    (Decimal, Decimal("1000"), "1000"),
    (Decimal, Decimal("0.0000001"), "0.0000001"),
    (Fraction, Fraction(2, 3), "2/3"),
    (Mapping[str, JsonValue], EMPTY_EXTENSIONS, {}),
    (
        Mapping[str, JsonValue],
        MappingProxyType({"b": 1, "a": (1, None)}),
        {"a": [1, None], "b": 1},
    ),
]


@pytest.mark.parametrize(
    ("kind", "value", "written"),
    VALUES_ON_THEIR_OWN,
    ids=[str(case[0]).replace("typing.", "") for case in VALUES_ON_THEIR_OWN],
)
def test_the_converter_gives_each_value_type_the_same_shape_on_its_own_as_in_a_document(
    kind: Any, value: object, written: object
) -> None:
    """The hooks registered by type, which an application calling the converter meets,
    write and read what the code generated for the model classes writes and reads."""
    for converter in (_converter.FAST, _converter.DETAILED):
        assert converter.unstructure(value, kind) == written
        assert converter.structure(written, kind) == value


@pytest.mark.parametrize("kind", [tuple[str, ...], tuple[Money, ...]], ids=["texts", "objects"])
def test_the_converter_refuses_a_string_where_an_array_is_meant(kind: Any) -> None:
    for converter in (_converter.FAST, _converter.DETAILED):
        with pytest.raises(_converter.Invalid, match="expected an array"):
            converter.structure("abc", kind)


# --- 3. lossless and deterministic ----------------------------------------------------------


@given(gen.dossiers)
def test_a_dossier_is_read_back_equal_and_writes_the_same_bytes_again(dossier: Dossier) -> None:
    text = to_json(dossier)
    back = from_json(text, Dossier)
    assert back == dossier
    assert to_json(back) == text
    assert to_json(back, pretty=True) == to_json(dossier, pretty=True)
    assert from_json(to_json(dossier, pretty=True), Dossier) == dossier
    # The same object, and an equal one built anew, give the same bytes.
    assert to_json(dossier) == text
    assert to_json(attrs.evolve(dossier)) == text
    assert to_json(from_dict(to_dict(dossier), Dossier)) == text


@given(gen.model_objects)
def test_any_model_object_is_read_back_equal_and_its_text_is_a_fixed_point(obj: object) -> None:
    kind = type(obj)
    text = to_json(obj)
    assert from_json(text, kind) == obj
    assert to_json(from_json(text, kind)) == text
    assert to_json(from_json(to_json(obj, pretty=True), kind), pretty=True) == to_json(
        obj, pretty=True
    )


@given(gen.conventions, gen.decision_records)
def test_conventions_and_minutes_are_read_back_equal(
    convention: Convention, record: DecisionRecord
) -> None:
    assert from_json(to_json(convention), Convention) == convention
    assert from_json(to_json(record), DecisionRecord) == record


@given(st.lists(gen.partners, max_size=3), gen.steps)
def test_partners_and_steps_are_read_back_equal(partners: list[Partner], step: Step) -> None:
    for partner in partners:
        assert from_json(to_json(partner), Partner) == partner
    assert from_json(to_json(step), Step) == step


@given(gen.decimals)
def test_any_decimal_is_read_back_equal_and_then_written_the_same(value: Decimal) -> None:
    measurement = Measurement(id="m", indicator="i", date=dt.date(2027, 1, 4), value=value)
    text = to_json(measurement)
    back = from_json(text, Measurement)
    assert back == measurement
    assert back.value.is_signed() == value.is_signed()
    assert to_json(back) == text
    if value.as_tuple().exponent <= 0:  # type: ignore[operator]  # a finite decimal
        assert back.value.as_tuple() == value.as_tuple()  # every digit after the point


@given(gen.decimals.map(plain))
def test_a_decimal_in_plain_notation_is_read_and_written_back_unchanged(written: str) -> None:
    document = document_of(
        Measurement(id="m", indicator="i", date=dt.date(2027, 1, 4), value=Decimal(0)),
        value=written,
    )
    assert to_dict(from_dict(document, Measurement))["value"] == written


@given(gen.extensions)
def test_extensions_survive_the_round_trip_untouched(extensions: dict[str, Any]) -> None:
    for obj in (
        Partner(id="p", name="P", extensions=extensions),
        Dossier(convention=Convention(name="C", extensions=extensions), extensions=extensions),
    ):
        text = to_json(obj)
        back = from_json(text, type(obj))
        assert back == obj
        assert back.extensions == obj.extensions
        assert json.loads(text)["extensions"] == extensions


def test_extensions_keep_nested_arrays_objects_and_integers_at_the_edges_of_64_bits() -> None:
    extensions = {
        "dossier": {"numéro": 4711, "étapes": [1, [2, [3, {"fin": None}]], {}], "vide": []},
        "bornes": [2**63 - 1, -(2**63), 2**53 + 1, 0, -1],
        "drapeaux": [True, False, None, ""],
    }
    partner = Partner(id="p", name="P", extensions=extensions)
    back = from_json(to_json(partner), Partner)
    assert back.extensions == partner.extensions
    assert json.loads(to_json(back))["extensions"] == extensions
    bornes = back.extensions["bornes"]
    assert isinstance(bornes, tuple)
    assert bornes[:2] == (2**63 - 1, -(2**63))
    assert isinstance(back.extensions["dossier"], MappingProxyType)


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(
            lambda: TargetPublic(id="t", description="Familles", size=2**63), id="size-2**63"
        ),
        pytest.param(
            lambda: TargetPublic(id="t", description="Familles", size=2**64), id="size-2**64"
        ),
        pytest.param(
            lambda: DecisionRule(id="r", mode=DecisionMode.MAJORITY, minimum_present=2**70),
            id="minimum_present-2**70",
        ),
        pytest.param(
            lambda: EscalationStep(action=EscalationAction.MEDIATION, time_limit_days=2**63),
            id="time_limit_days-2**63",
        ),
        pytest.param(lambda: eur("1" * 101), id="amount-101-digits"),
        pytest.param(
            lambda: Measurement(
                id="m", indicator="i", date=dt.date(2027, 1, 4), value=Decimal("9" * 150)
            ),
            id="measurement-150-digits",
        ),
        pytest.param(
            lambda: DecisionRule(
                id="r", mode=DecisionMode.MAJORITY, quorum=Fraction(10**60, 10**60 + 1)
            ),
            id="quorum-121-characters",
        ),
    ],
)
def test_every_value_the_model_accepts_is_read_back_or_refused_when_built(
    build: Callable[[], object],
) -> None:
    """Lossless means: whatever a constructor accepts, ``from_json(to_json(x)) == x``.
    Reading refuses integers beyond 64 bits and numbers longer than 100 characters, so
    the constructors must refuse them too (or reading accept them)."""
    try:
        obj = build()
    except InvalidValueError:
        return  # refused when built: the model cannot hold it, nothing to lose
    assert from_json(to_json(obj), type(obj)) == obj
    assert from_json(with_stdlib(lambda: to_json(obj)), type(obj)) == obj


# --- 4. the same bytes with and without orjson ---------------------------------------------


@requires_orjson
@given(gen.model_objects)
def test_orjson_and_the_standard_library_write_the_same_bytes(obj: object) -> None:
    compact, pretty = to_json(obj), to_json(obj, pretty=True)
    with without_orjson():
        assert to_json(obj) == compact
        assert to_json(obj, pretty=True) == pretty


@requires_orjson
@given(gen.dossiers)
def test_orjson_and_the_standard_library_write_the_same_dossier(dossier: Dossier) -> None:
    compact, pretty = to_json(dossier), to_json(dossier, pretty=True)
    with without_orjson():
        assert to_json(dossier) == compact
        assert to_json(dossier, pretty=True) == pretty


@requires_orjson
@pytest.mark.parametrize(
    "name",
    [
        "".join(chr(code) for code in range(0x20)),
        '\x7f\x80\x9f\u00a0"\\/',
        "Aïcha Benali – Œuvre € 😀 \u2028\u2029 \ufeff \ufffe \U0010ffff",
        "中文 العربية עברית",
    ],
    ids=["c0-controls", "del-c1-quotes", "latin-symbols-emoji", "other-scripts"],
)
def test_control_and_non_ascii_characters_give_the_same_bytes_either_way(name: str) -> None:
    partner = Partner(id="p", name=name, extensions={name: [name]})
    compact, pretty = to_json(partner), to_json(partner, pretty=True)
    with without_orjson():
        assert to_json(partner) == compact
        assert to_json(partner, pretty=True) == pretty
    assert from_json(compact, Partner) == partner
    assert from_json(compact.encode(), Partner) == partner


def test_the_example_dossier_gives_the_same_bytes_either_way() -> None:
    dossier = example_dossier()
    compact, pretty = to_json(dossier), to_json(dossier, pretty=True)
    with without_orjson():
        assert serialization._orjson is None
        assert to_json(dossier) == compact
        assert to_json(dossier, pretty=True) == pretty


@pytest.mark.parametrize("pretty", [False, True])
def test_a_lone_surrogate_cannot_be_written_either_way(pretty: bool) -> None:
    partner = Partner(id="p", name="moitié \ud800 d'emoji")
    problem = only_problem(lambda: to_json(partner, pretty=pretty))
    assert problem.path == "$"
    assert problem.message.startswith("cannot be written as JSON")
    with without_orjson():
        problem = only_problem(lambda: to_json(partner, pretty=pretty))
    assert problem.message.startswith("cannot be written as JSON")


# --- 5. strict reading: nothing coerced, nothing dropped ----------------------------------

PARTNER = Partner(
    id="pont", name="Le Pont", answers_to=(Affiliation(name="CA", kind=InstitutionKind.HIERARCHY),)
)
PUBLIC = TargetPublic(
    id="familles", description="Familles isolées", size=60, characteristics=("isolées",)
)
RULE = DecisionRule(id="r", mode=DecisionMode.MAJORITY, threshold=Fraction(1, 2), strict=True)
ROLE = Role(id="coord", kind=RoleKind.COORDINATOR, holders=("pont",))
RECORD = DecisionRecord(id="pv", date=dt.date(2027, 1, 4), title="Adoption")
MONEY = eur("1250.00")
STEP = Step(id="s", title="Subside", planned=Period(start=dt.date(2027, 1, 4)))

STRICT_CASES = [
    # (object, path to change, value put there, path of the problem, words of the message)
    (PARTNER, ("name",), 123, "$.name", "expected a string"),
    (PARTNER, ("name",), None, "$.name", "expected a string"),
    (PARTNER, ("name",), True, "$.name", "expected a string"),
    (PARTNER, ("name",), ["Le Pont"], "$.name", "expected a string"),
    (PARTNER, ("id",), 7, "$.id", "expected a string"),
    (PARTNER, ("address",), 12, "$.address", "expected a string"),
    (PARTNER, ("answers_to", 0, "name"), 1, "$.answers_to[0].name", "expected a string"),
    (PUBLIC, ("size",), 1.9, "$.size", "whole number"),
    (PUBLIC, ("size",), 60.0, "$.size", "whole number"),
    (PUBLIC, ("size",), True, "$.size", "whole number"),
    (PUBLIC, ("size",), "60", "$.size", "whole number"),
    (PUBLIC, ("size",), 2**63, "$.size", "within 64 bits"),
    (PUBLIC, ("size",), 0, "$.size", "above zero"),
    (PUBLIC, ("characteristics",), "abc", "$.characteristics", "expected an array"),
    (PUBLIC, ("characteristics", 0), 1, "$.characteristics[0]", "expected a string"),
    (ROLE, ("holders",), "abc", "$.holders", "expected an array"),
    (ROLE, ("holders",), {"0": "pont"}, "$.holders", "expected an array"),
    (ROLE, ("holders", 0), "le pont", "$.holders", "an id is"),
    (RULE, ("scope",), "budget", "$.scope", "expected an array"),
    (RULE, ("strict",), 1, "$.strict", "expected true or false"),
    (RULE, ("strict",), "true", "$.strict", "expected true or false"),
    (RULE, ("threshold",), 0.5, "$.threshold", "fraction"),
    (RULE, ("threshold",), "0.5", "$.threshold", "fraction"),
    (RULE, ("threshold",), "1/0", "$.threshold", "fraction"),
    (RULE, ("threshold",), "-1/2", "$.threshold", "fraction in lowest terms"),
    (RULE, ("threshold",), "2/4", "$.threshold", 'write "1/2"'),
    (RULE, ("threshold",), "-0", "$.threshold", "fraction in lowest terms"),
    (
        RULE,
        ("mode",),
        "MAJORITY",
        "$.mode",
        'expected one of "consensus", "unanimity", "majority"',
    ),
    (RULE, ("mode",), ["majority"], "$.mode", "expected one of"),
    (RECORD, ("date",), "20240102", "$.date", "YYYY-MM-DD"),
    (RECORD, ("date",), "2024-1-2", "$.date", "YYYY-MM-DD"),
    (RECORD, ("date",), "2024-02-30", "$.date", "YYYY-MM-DD"),
    (RECORD, ("date",), "2024-01-02T00:00:00", "$.date", "YYYY-MM-DD"),
    (RECORD, ("date",), "２０２４-01-02", "$.date", "YYYY-MM-DD"),
    (RECORD, ("date",), 20240102, "$.date", "YYYY-MM-DD"),
    (STEP, ("planned", "start"), "04/01/2027", "$.planned.start", "YYYY-MM-DD"),
    (
        STEP,
        ("planned",),
        "2027-01-04",
        "$.planned",
        'expected an object such as {"start": "2026-09-01"',
    ),
    (
        STEP,
        ("recurrence",),
        "FREQ=DAILY",
        "$.recurrence",
        'expected an object such as {"rule": "FREQ=MONTHLY;BYDAY=1TU"}',
    ),
    (STEP, ("recurrence",), {"rule": "FREQ=HOURLY"}, "$.recurrence.rule", "FREQ must be"),
    (
        STEP,
        ("recurrence",),
        {"rule": "FREQ=DAILY;INTERVAL=" + "9" * 5000},
        "$.recurrence.rule",
        "INTERVAL must be a whole number from 1 to 999",
    ),
    (
        STEP,
        ("recurrence",),
        {"rule": "FREQ=YEARLY;BYEASTER=0"},
        "$.recurrence.rule",
        "BYEASTER is not a part",
    ),
    (
        STEP,
        ("recurrence",),
        {"rule": "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"},
        "$.recurrence.rule",
        "never gives a date",
    ),
    (MONEY, ("amount",), 1250.0, "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), 1250, "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), "NaN", "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), "Infinity", "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), "1e5", "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), "1e3", "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), "1E3", "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), "1E+3", "$.amount", 'write "1000"'),
    (MONEY, ("amount",), "1E+03", "$.amount", 'write "1000"'),
    (MONEY, ("amount",), "100E+2", "$.amount", 'write "10000"'),
    (MONEY, ("amount",), "1E-7", "$.amount", 'write "0.0000001"'),
    (MONEY, ("amount",), "1E+999999999", "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), "1,50", "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), " 1.50", "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), "+1.50", "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), "01.50", "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), ".5", "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), "1" * 101, "$.amount", "decimal number written as a string"),
    (MONEY, ("amount",), "-1.50", "$.amount", "cannot be negative"),
    (MONEY, ("currency",), "eur", "$.currency", "ISO 4217"),
    (MONEY, ("currency",), "EURO", "$.currency", "ISO 4217"),
    (PARTNER, ("id",), "le pont", "$.id", "an id is"),
    (PARTNER, ("kind",), "asbl", "$.kind", 'expected one of "association", "public_authority"'),
    (PARTNER, ("legal_identifier",), "BE0403170701", "$.legal_identifier", "expected an object"),
    (PARTNER, ("extensions",), [], "$.extensions", "expected an object"),
    (PARTNER, ("extensions",), {"montant": 12.5}, "$.extensions['montant']", "a float"),
    (PARTNER, ("extensions",), {"a": [1, {"b": 1.0}]}, "$.extensions['a'][1]['b']", "a float"),
    (PARTNER, ("extensions",), {"big": 2**63}, "$.extensions['big']", "beyond 64 bits"),
    (PARTNER, ("extensions",), {"small": -(2**63) - 1}, "$.extensions['small']", "beyond 64"),
]


@pytest.mark.parametrize(
    ("obj", "where", "value", "path", "message"),
    STRICT_CASES,
    ids=[f"{type(case[0]).__name__}.{case[3][2:]}={case[2]!r}"[:60] for case in STRICT_CASES],
)
def test_a_value_of_the_wrong_kind_is_refused_at_its_path_never_coerced(
    obj: object, where: JsonPath, value: object, path: str, message: str
) -> None:
    document = replaced(to_dict(obj), where, value)
    problem = only_problem(lambda: from_json(json.dumps(document), type(obj)))
    assert problem.path == path
    assert message in problem.message
    assert problem.value is not ABSENT


def test_the_offending_value_is_given_back_as_the_document_wrote_it() -> None:
    problem = only_problem(lambda: from_dict(document_of(MONEY, amount=1250.0), Money))
    assert problem.value == 1250.0
    assert type(problem.value) is float
    problem = only_problem(lambda: from_dict(document_of(MONEY, amount="-1.50"), Money))
    assert problem.value == "-1.50"
    problem = only_problem(lambda: from_dict(document_of(RECORD, date="2024-1-2"), DecisionRecord))
    assert problem.value == "2024-1-2"


def test_an_amount_with_an_exponent_is_refused_naming_its_plain_notation() -> None:
    problem = only_problem(lambda: from_dict(document_of(MONEY, amount="2.5E-7"), Money))
    assert problem.message == (
        'expected a decimal number written as a string, such as "1250.00": write "0.00000025"'
    )
    assert not _converter.DECIMAL_PATTERN.fullmatch("1E+3")
    assert not _converter.DECIMAL_PATTERN.fullmatch("1e3")


def test_an_unknown_field_is_a_problem_never_dropped_even_when_null() -> None:
    values: tuple[object, ...] = ("blue", None, {}, [])
    for value in values:
        problem = only_problem(
            functools.partial(from_dict, document_of(PARTNER, colour=value), Partner)
        )
        assert problem == Problem("$.colour", "unknown field", value)
    nested = replaced(to_dict(PARTNER), ("answers_to", 0, "since"), "2020-01-01")
    assert refused(nested, Partner) == (
        Problem("$.answers_to[0].since", "unknown field", "2020-01-01"),
    )


def test_a_missing_required_field_is_named_and_has_no_value() -> None:
    problem = only_problem(lambda: from_dict(removed(to_dict(PARTNER), ("name",)), Partner))
    assert problem == Problem("$.name", "required field missing")
    assert problem.value is ABSENT
    assert str(problem) == "$.name: required field missing"


def test_a_missing_optional_field_takes_its_default() -> None:
    document = {
        key: value
        for key, value in to_dict(PARTNER).items()
        if key not in ("address", "representatives", "extensions")
    }
    assert from_dict(document, Partner) == PARTNER


def test_a_wrong_enumeration_code_lists_every_valid_code() -> None:
    problem = only_problem(lambda: from_dict(document_of(PARTNER, kind="charity"), Partner))
    assert problem.path == "$.kind"
    assert problem.message == "expected one of " + ", ".join(
        f'"{kind.value}"' for kind in PartnerKind
    )
    assert problem.value == "charity"


def test_when_a_member_appears_twice_the_last_one_is_read() -> None:
    text = to_json(PARTNER).replace('"name":"Le Pont"', '"name":"Premier","name":"Le Pont"')
    assert text.count('"name":') == 3
    assert from_json(text, Partner) == PARTNER


# --- 6. every problem at once, each with its path ------------------------------------------


def test_every_mistake_in_a_document_is_reported_at_once_with_its_path_and_value() -> None:
    document = example_document()
    for where, value in [
        (("convention", "partners", 2, "kind"), "charity"),
        (("convention", "partners", 1, "legal_identifier", "value"), "0456.781.216"),
        (("convention", "period", "end"), "2026-12-31"),
        (("minutes", 0, "date"), "20240102"),
        (("convention", "extra"), "?"),
        (("convention", "funds", "budget", 0, "amount", "amount"), 1250.0),
        (("convention", "tasks", 0, "assignments", 1, "raci"), "boss"),
        (("convention", "roles", 0, "holders"), "pont"),
        (("convention", "decision_rules", 0, "quorum"), "3/0"),
        (("measurements", 0, "value"), 0),
        (("directory", "structures", 0, "name"), None),
    ]:
        document = replaced(document, where, value)
    with pytest.raises(SerializationError) as caught:
        from_json(json.dumps(document), Dossier)
    error = caught.value
    found = {problem.path: problem for problem in error.problems}
    assert set(found) == {
        "$.convention.partners[2].kind",
        "$.convention.partners[1].legal_identifier.value",
        "$.convention.period.end",
        "$.minutes[0].date",
        "$.convention.extra",
        "$.convention.funds.budget[0].amount.amount",
        "$.convention.tasks[0].assignments[1].raci",
        "$.convention.roles[0].holders",
        "$.convention.decision_rules[0].quorum",
        "$.measurements[0].value",
        "$.directory.structures[0].name",
    }
    assert len(error.problems) == len(found)
    assert found["$.convention.partners[2].kind"].value == "charity"
    assert "mod 97" in found["$.convention.partners[1].legal_identifier.value"].message
    assert found["$.convention.period.end"].value == "2026-12-31"
    assert "before the start (2027-01-01)" in found["$.convention.period.end"].message
    assert found["$.convention.extra"].message == "unknown field"
    assert found["$.convention.funds.budget[0].amount.amount"].value == 1250.0
    lines = str(error).splitlines()
    assert lines[0] == "11 problems in the document:"
    assert len(lines) == 12
    for problem in error.problems:
        assert f"  {problem}" in lines


def test_two_construction_checks_failing_in_one_object_are_both_reported() -> None:
    problems = refused(document_of(MONEY, amount="-1", currency="EURO"), Money)
    assert {problem.path for problem in problems} == {"$.amount", "$.currency"}
    identifier = document_of(
        LegalIdentifier(scheme="XM-DAC", value="47"), scheme="be-kbo", value="  "
    )
    problems = refused(identifier, LegalIdentifier)
    assert {problem.path for problem in problems} == {"$.scheme", "$.value"}


def test_a_wrong_shape_and_a_failing_check_in_one_object_are_both_reported() -> None:
    document = document_of(PARTNER, id="le pont", name=123, extensions={"montant": 12.5})
    problems = refused(document, Partner)
    assert {problem.path for problem in problems} == {"$.id", "$.name", "$.extensions['montant']"}


def test_a_failing_check_in_a_nested_money_is_reported_at_the_amount_itself() -> None:
    need = Need(id="vivres", category=NeedCategory.FINANCIAL, amount=eur("10"))
    problems = refused(replaced(to_dict(need), ("amount", "amount"), "-10"), Need)
    assert [problem.path for problem in problems] == ["$.amount.amount"]
    problems = refused(replaced(to_dict(need), ("amount", "currency"), "EURO"), Need)
    assert [problem.path for problem in problems] == ["$.amount.currency"]


def test_a_check_across_fields_is_reported_at_the_field_it_names() -> None:
    step = replaced(to_dict(STEP), ("planned",), {"start": "2027-02-01", "end": "2027-01-31"})
    problem = only_problem(lambda: from_dict(step, Step))
    assert problem.path == "$.planned.end"
    assert problem.value == "2027-01-31"  # written as the document did, not as date(...)


def test_a_problem_at_the_top_and_problems_in_items_are_reported_together() -> None:
    document = replaced(document_of(ROLE, colour="blue"), ("holders",), ["pont", 3, None])
    problems = refused(document, Role)
    assert [problem.path for problem in problems] == ["$.colour", "$.holders[1]", "$.holders[2]"]


# --- 7. hostile input: SerializationError and nothing else ---------------------------------


def test_an_empty_text_is_refused() -> None:
    problem = only_problem(lambda: from_json("", Dossier))
    assert problem.path == "$"
    assert problem.message == "the document is empty: JSON text was expected"
    assert only_problem(lambda: from_json(b" \n", Dossier)).said("fr") == (
        "le document est vide\u00a0: du texte JSON était attendu"
    )


def test_text_that_is_not_json_is_refused() -> None:
    assert only_problem(lambda: from_json("not json", Dossier)).message.startswith(
        "not valid JSON"
    )
    assert only_problem(lambda: from_json("{'format': 1}", Dossier)).path == "$"
    assert only_problem(lambda: from_json('{"format": "partnership-model",}', Dossier)).path == "$"


def test_bytes_that_are_not_utf8_are_refused() -> None:
    problem = only_problem(lambda: from_json(b"\xff\xfe", Dossier))
    assert problem.message == "not UTF-8: byte 0 cannot be decoded"
    text = to_json(Partner(id="p", name="Pont"))
    utf16 = text.encode("utf-16")
    assert only_problem(lambda: from_json(utf16, Partner)).message.startswith("not UTF-8")
    latin1 = to_json(Partner(id="p", name="Aïcha")).encode("latin-1")
    assert only_problem(lambda: from_json(latin1, Partner)).message.startswith("not UTF-8")


def test_a_byte_order_mark_is_refused_in_a_string_and_in_bytes() -> None:
    text = to_json(PARTNER)
    for marked in ("\ufeff" + text, b"\xef\xbb\xbf" + text.encode()):
        problem = only_problem(functools.partial(from_json, marked, Partner))
        assert problem.path == "$"
        assert "byte order mark" in problem.message


def test_bytearrays_are_read_like_bytes() -> None:
    data = bytearray(to_json(PARTNER).encode())
    assert from_json(data, Partner) == PARTNER  # type: ignore[arg-type]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_at_the_top_and_inside_a_document(constant: str) -> None:
    problem = only_problem(lambda: from_json(constant, Dossier))
    assert problem.message == f"not valid JSON: {constant} is not a JSON number"
    text = to_json(PARTNER).replace('"extensions":{}', f'"extensions":{{"x":{constant}}}')
    assert only_problem(lambda: from_json(text, Partner)).path == "$"


def test_a_number_with_thousands_of_digits_is_refused() -> None:
    problem = only_problem(lambda: from_json("1" * 5000, Dossier))
    assert problem.path == "$"
    document = json.dumps(document_of(PUBLIC)).replace('"size": 60', '"size": ' + "7" * 5000)
    assert only_problem(lambda: from_json(document, TargetPublic)).path in ("$", "$.size")
    document = json.dumps(document_of(PUBLIC)).replace('"size": 60', '"size": ' + "7" * 4000)
    assert only_problem(lambda: from_json(document, TargetPublic)).path in ("$", "$.size")


def test_a_number_too_large_for_a_float_is_refused_where_an_integer_is_meant() -> None:
    document = json.dumps(document_of(PUBLIC)).replace('"size": 60', '"size": 1e999')
    problem = only_problem(lambda: from_json(document, TargetPublic))
    assert problem.path == "$.size"


def test_nesting_a_hundred_thousand_deep_is_refused() -> None:
    for text in ("[" * 100_000, "[" * 100_000 + "]" * 100_000, '{"a":' * 100_000):
        problem = only_problem(functools.partial(from_json, text, Dossier))
        assert problem.path == "$"
        assert problem.message.startswith("not valid JSON")


def test_extension_data_nested_deeper_than_the_limit_is_refused_at_the_extensions() -> None:
    deep = "[" * 100 + "]" * 100
    text = to_json(PARTNER).replace('"extensions":{}', f'"extensions":{{"x":{deep}}}')
    problem = only_problem(lambda: from_json(text, Partner))
    assert problem.path == "$.extensions"
    assert "nested more than 64 levels deep" in problem.message


def test_deep_nesting_where_a_string_is_meant_is_refused_at_the_field() -> None:
    text = json.dumps(document_of(PARTNER, name=0)).replace(
        '"name": 0', '"name": ' + "[" * 500 + "]" * 500
    )
    problem = only_problem(lambda: from_json(text, Partner))
    assert problem.path == "$.name"
    assert len(str(problem)) < 200


def test_a_hundred_megabyte_string_is_refused_quickly_by_the_default_size_limit() -> None:
    huge = '{"name":"' + "x" * 100_000_000 + '"}'
    started = time.perf_counter()
    problem = only_problem(lambda: from_json(huge, Dossier))
    assert time.perf_counter() - started < 1.0
    assert problem == Problem(
        "$", f"the document is larger than the limit of {DEFAULT_MAX_SIZE:,} bytes", len(huge)
    )
    assert DEFAULT_MAX_SIZE == 64 * 1024 * 1024


def test_the_size_limit_can_be_lowered() -> None:
    text = to_json(PARTNER)
    assert from_json(text, Partner, max_size=len(text)) == PARTNER
    problem = only_problem(lambda: from_json(text, Partner, max_size=len(text) - 1))
    assert problem.message == f"the document is larger than the limit of {len(text) - 1:,} bytes"
    assert problem.value == len(text)


def test_the_size_limit_counts_bytes_in_bytes_and_characters_in_a_string() -> None:
    text = to_json(Partner(id="p", name="é" * 100))
    data = text.encode()
    assert len(data) == len(text) + 100
    assert from_json(text, Partner, max_size=len(text)).name == "é" * 100
    only_problem(lambda: from_json(data, Partner, max_size=len(text)))


def test_the_size_limit_can_be_raised_for_a_document_beyond_the_default() -> None:
    text = to_json(Period(start=dt.date(2027, 1, 1))) + " " * DEFAULT_MAX_SIZE
    assert only_problem(lambda: from_json(text, Period)).value == len(text)
    assert from_json(text, Period, max_size=len(text)) == Period(start=dt.date(2027, 1, 1))


@pytest.mark.parametrize("text", ["[]", '["format"]', '"partnership-model"', "42", "null", "true"])
def test_a_document_that_is_not_a_json_object_is_refused(text: str) -> None:
    problem = only_problem(lambda: from_json(text, Dossier))
    assert problem.path == "$"
    assert problem.message == "expected a JSON object (a partnership-model document)"
    assert problem.value == json.loads(text)


def test_a_lone_surrogate_escape_inside_a_name_is_refused() -> None:
    text = to_json(Partner(id="p", name="NAME")).replace("NAME", "moitié \\ud800 d'emoji")
    problem = only_problem(lambda: from_json(text, Partner))
    assert problem.path == "$"
    assert problem.message.startswith("not valid JSON")
    low = to_json(Partner(id="p", name="NAME")).replace("NAME", "\\uDC00")
    assert only_problem(lambda: from_json(low, Partner)).path == "$"


def test_a_surrogate_pair_escape_is_read_as_its_character() -> None:
    text = to_json(Partner(id="p", name="NAME")).replace("NAME", "\\ud83d\\ude00 \\u00e9")
    assert from_json(text, Partner).name == "😀 é"
    assert from_json(text.encode(), Partner).name == "😀 é"


def test_a_raw_lone_surrogate_in_a_python_string_is_refused() -> None:
    text = to_json(Partner(id="p", name="NAME")).replace("NAME", "moitié \ud800")
    problem = only_problem(lambda: from_json(text, Partner))
    assert problem.path == "$"
    assert problem.message.startswith("not UTF-8: character ")
    assert "lone surrogate" in problem.message


def test_a_document_of_another_format_is_refused() -> None:
    for value in ("partnership_model", "Partnership-Model", None, 1):
        problem = only_problem(
            functools.partial(from_dict, document_of(PARTNER, format=value), Partner)
        )
        assert problem == Problem("$.format", 'expected "partnership-model"', value)
    problem = only_problem(lambda: from_dict(removed(to_dict(PARTNER), ("format",)), Partner))
    assert problem.path == "$.format"


def test_a_document_holding_another_type_is_refused() -> None:
    problem = only_problem(lambda: from_json(to_json(example_dossier().convention), Dossier))
    assert problem.path == "$.type"
    assert problem.message == 'expected "dossier": the type of document read here'
    assert problem.value == "convention"
    assert (
        only_problem(lambda: from_dict(document_of(PARTNER, type="Partner"), Partner)).path
        == "$.type"
    )


@pytest.mark.parametrize("version", ["2.0", "1.2", "0.9", "1", 1.0, 1.1, 1, None, ""])
def test_an_unsupported_version_is_refused_naming_the_supported_ones(version: object) -> None:
    problem = only_problem(lambda: from_dict(document_of(PARTNER, version=version), Partner))
    assert problem.path == "$.version"
    assert problem.message == "unsupported version; this library reads 1.0, 1.1"
    assert problem.value == version
    assert supported_versions() == ("1.0", "1.1")


@pytest.mark.parametrize("version", [["1.0"], {"major": 1}], ids=["array", "object"])
def test_a_version_that_is_an_array_or_an_object_is_refused(version: object) -> None:
    problem = only_problem(
        lambda: from_json(json.dumps(document_of(PARTNER, version=version)), Partner)
    )
    assert problem.path == "$.version"


def test_every_envelope_problem_is_reported_at_once() -> None:
    document = {"format": "pm", "version": "9", "type": "dossier?"}
    problems = refused(document, Dossier)
    assert [problem.path for problem in problems] == ["$.format", "$.type", "$.version"]


@pytest.mark.parametrize(
    "given_input",
    [None, 42, {"format": "partnership-model"}, ["{}"], memoryview(b"{}")],
    ids=["None", "int", "dict", "list", "memoryview"],
)
def test_input_that_is_neither_str_nor_bytes_is_refused(given_input: object) -> None:
    problem = only_problem(lambda: from_json(given_input, Dossier))  # type: ignore[arg-type]
    assert problem == Problem(
        "$", "expected JSON text as str or bytes", type(given_input).__name__
    )


def test_plain_data_that_is_not_a_document_is_refused() -> None:
    not_documents: tuple[object, ...] = (None, [], "x", 1, {1: 2}.items())
    for data in not_documents:
        problem = only_problem(functools.partial(from_dict, data, Dossier))
        assert problem.path == "$"
    problem = only_problem(lambda: from_dict("x", Partner, envelope=False))
    assert problem == Problem("$", 'expected an object such as {"id": "…", "name": "…"}', "x")


@given(st.text())
def test_any_text_at_all_gives_a_dossier_or_a_serialization_error(text: str) -> None:
    is_refused_or_read(text)


@given(st.binary())
def test_any_bytes_at_all_give_a_dossier_or_a_serialization_error(data: bytes) -> None:
    is_refused_or_read(data)


any_json: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=8)
    | st.sampled_from(["1.0", "dossier", "partnership-model", "2027-01-04", "1E+3"]),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
"""Any JSON value, floats (and the NaN and Infinity json.dumps writes) included."""

envelopes: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {},
    optional={
        "format": st.just(FORMAT) | any_json,
        "version": st.just(FORMAT_VERSION) | any_json,
        "type": st.just("dossier") | any_json,
        "convention": st.fixed_dictionaries({}, optional={"name": any_json, "partners": any_json})
        | any_json,
        "minutes": any_json,
        "extensions": any_json,
    },
)


@given(any_json)
def test_any_json_value_gives_a_dossier_or_a_serialization_error(value: object) -> None:
    is_refused_or_read(json.dumps(value))


@given(envelopes)
def test_any_envelope_gives_a_dossier_or_a_serialization_error(document: dict[str, Any]) -> None:
    is_refused_or_read(json.dumps(document))
    is_refused_or_read(json.dumps(document).encode())


# --- 8. the fast path and the detailed path agree ------------------------------------------


@given(gen.model_objects)
def test_a_valid_document_is_read_by_the_fast_path_alone(obj: object) -> None:
    body = to_dict(obj, envelope=False)
    assert _converter.FAST.structure(body, type(obj)) == obj


def test_the_example_dossier_is_read_by_the_fast_path_alone() -> None:
    dossier = example_dossier()
    assert _converter.FAST.structure(to_dict(dossier, envelope=False), Dossier) == dossier


DELETE = object()
"""A mutation that removes an object member instead of replacing its value."""

UNKNOWN = object()
"""A mutation that adds a member no type has."""

mutations: st.SearchStrategy[Any] = st.one_of(
    any_json,
    st.sampled_from(
        [
            DELETE,
            UNKNOWN,
            "",
            "x",
            "le pont",
            "2024-01-02",
            "20240102",
            "2027-02-30",
            "1E+3",
            "1e3",
            "-1",
            "-0",
            "2/3",
            "1/0",
            "EUR",
            "XXX",
            "association",
            "majority",
            "FREQ=DAILY",
            "FREQ=HOURLY",
            "fr",
            "f r",
            0,
            -1,
            2**63,
            -(2**63) - 1,
            1.5,
            True,
            None,
            [],
            {},
            {"rule": "FREQ=DAILY"},
            {"amount": "1", "currency": "EUR"},
            {"start": "2027-01-02", "end": "2027-01-01"},
        ]
    ),
)


def mutated(document: dict[str, Any], where: JsonPath, change: object) -> Any:
    if change is DELETE:
        return removed(document, where) if where and isinstance(where[-1], str) else document
    if change is UNKNOWN:
        target: Any = document
        for step in where:
            target = target[step]
        if isinstance(target, dict):
            return replaced(document, where, {**target, "unknown_member": 1})
        return document
    return replaced(document, where, change)


def outcome(converter: Any, body: object, kind: type) -> object:
    try:
        return converter.structure(body, kind)
    except Exception:  # either path may raise anything: only failure counts
        return Exception


_VALIDATORS: dict[type, Draft202012Validator] = {}


def schema_validator(kind: type) -> Draft202012Validator:
    """A validator of documents holding a ``kind``, with formats checked; made once."""
    if kind not in _VALIDATORS:
        _VALIDATORS[kind] = Draft202012Validator(
            json_schema(kind), format_checker=Draft202012Validator.FORMAT_CHECKER
        )
    return _VALIDATORS[kind]


@given(gen.model_objects, st.data())
def test_the_fast_path_refuses_a_changed_document_exactly_when_the_detailed_path_does(
    obj: object, data: st.DataObject
) -> None:
    kind = type(obj)
    body = to_dict(obj, envelope=False)
    where = data.draw(st.sampled_from(list(locations(body))), label="where")
    change = data.draw(mutations, label="change")
    changed = mutated(body, where, change)
    fast = outcome(_converter.FAST, changed, kind)
    detailed = outcome(_converter.DETAILED, changed, kind)
    assert (fast is Exception) == (detailed is Exception)
    if detailed is Exception:
        problems = problems_of(lambda: from_dict(changed, kind, envelope=False))
        assert all(problem.path.startswith("$") for problem in problems)
    else:
        assert fast == detailed
        assert from_dict(changed, kind, envelope=False) == detailed
        # Whatever the library reads, its own schema accepts.
        document = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "type": type_name(kind),
            **changed,
        }
        assert schema_validator(kind).is_valid(document)


# --- 9. versions ---------------------------------------------------------------------------


def test_the_library_reads_the_version_it_writes_and_the_one_before() -> None:
    assert FORMAT_VERSION == "1.1"
    assert supported_versions() == ("1.0", "1.1")
    assert set(serialization._UPGRADES) == {"1.0"}


def test_a_1_0_threshold_of_the_members_reads_as_a_share_of_the_eligible() -> None:
    rule = {"id": "budget", "mode": "majority", "threshold": "2/3", "threshold_base": "members"}
    old = {"format": FORMAT, "version": "1.0", "type": "decision_rule", **rule}
    assert from_dict(old, DecisionRule).threshold_base is VoteBase.ELIGIBLE
    assert from_json(json.dumps(old), DecisionRule).threshold_base is VoteBase.ELIGIBLE
    assert old["threshold_base"] == "members"  # the caller's data is left as it was


def test_the_1_0_upgrade_rewrites_rules_wherever_they_are_and_never_extensions() -> None:
    members_rule = {"id": "r", "mode": "majority", "threshold_base": "members"}
    carried = {"threshold_base": "members", "mode": "majority"}
    old = {
        "format": FORMAT,
        "version": "1.0",
        "type": "convention",
        "name": "Paniers",
        "decision_rules": [members_rule, {**members_rule, "id": "s", "extensions": carried}],
        "extensions": {"rules": [carried]},
    }
    convention = from_dict(old, Convention)
    assert [r.threshold_base for r in convention.decision_rules] == [VoteBase.ELIGIBLE] * 2
    written = to_dict(convention)
    assert written["decision_rules"][1]["extensions"] == carried
    assert written["extensions"] == {"rules": [carried]}
    assert written["version"] == "1.1"


def rename_title_to_name(document: dict[str, Any]) -> dict[str, Any]:
    """The upgrade step of a made-up version 0.9, where a partner's name was its title."""
    upgraded = {key: value for key, value in document.items() if key != "title"}
    upgraded["name"] = document["title"]
    return upgraded


def test_an_older_version_is_read_through_its_registered_upgrade_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(serialization._UPGRADES, "0.9", ("1.0", rename_title_to_name))
    old = {"format": FORMAT, "version": "0.9", "type": "partner", "id": "pont", "title": "Le Pont"}
    assert from_dict(old, Partner) == Partner(id="pont", name="Le Pont")
    assert from_json(json.dumps(old), Partner) == Partner(id="pont", name="Le Pont")
    assert old["title"] == "Le Pont"  # the caller's data is left as it was
    # Writing always gives the current version.
    assert to_dict(from_dict(old, Partner))["version"] == "1.1"


def test_upgrade_steps_are_applied_in_turn_up_to_the_current_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def add_kind(document: dict[str, Any]) -> dict[str, Any]:
        return {**document, "kind": "association"}

    monkeypatch.setitem(serialization._UPGRADES, "0.8", ("0.9", add_kind))
    monkeypatch.setitem(serialization._UPGRADES, "0.9", ("1.0", rename_title_to_name))
    old = {"format": FORMAT, "version": "0.8", "type": "partner", "id": "pont", "title": "Le Pont"}
    assert from_json(json.dumps(old), Partner) == Partner(id="pont", name="Le Pont")


def test_an_upgraded_document_is_read_as_strictly_as_a_current_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(serialization._UPGRADES, "0.9", ("1.0", rename_title_to_name))
    old = {"format": FORMAT, "version": "0.9", "type": "partner", "id": "pont", "title": 7, "x": 1}
    problems = refused(old, Partner)
    assert {problem.path for problem in problems} == {"$.name", "$.x"}
    # A version with no step is still refused, naming the versions read.
    problem = only_problem(lambda: from_dict({**old, "version": "0.5"}, Partner))
    assert problem.path == "$.version"
    assert "1.0, 1.1" in problem.message


def test_an_old_document_its_upgrade_step_cannot_read_is_refused_like_any_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(serialization._UPGRADES, "0.9", ("1.0", rename_title_to_name))
    old = {"format": FORMAT, "version": "0.9", "type": "partner", "id": "pont"}  # no title
    assert refused(old, Partner)


# --- 10. the JSON Schema -------------------------------------------------------------------


def test_the_dossier_schema_is_a_valid_draft_2020_12_schema_and_the_default() -> None:
    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    assert schema == json_schema(Dossier)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "urn:partnership-model:1.1:dossier"
    assert schema["properties"]["format"] == {"const": "partnership-model"}
    assert schema["properties"]["version"] == {"const": "1.1"}
    assert schema["properties"]["type"] == {"const": "dossier"}
    assert schema["required"][:4] == ["format", "version", "type", "convention"]
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("kind", gen.MODEL_TYPES, ids=lambda kind: kind.__name__)
def test_every_model_type_has_a_valid_schema_listing_its_fields_in_order(kind: type) -> None:
    schema = json_schema(kind)
    Draft202012Validator.check_schema(schema)
    fields = attrs.fields(kind)
    # "$schema" first, optional, for editors; then the envelope and the fields.
    assert list(schema["properties"]) == ["$schema", *ENVELOPE, *(f.name for f in fields)]
    assert schema["required"] == [
        *ENVELOPE,
        *(field.name for field in fields if field.default is attrs.NOTHING),
    ]
    assert schema["properties"]["type"] == {"const": type_name(kind)}


def test_the_example_dossier_and_its_convention_validate_against_their_schemas() -> None:
    dossier = example_dossier()
    schema_validator(Dossier).validate(to_dict(dossier))
    schema_validator(Convention).validate(to_dict(dossier.convention))
    schema_validator(Dossier).validate(json.loads(to_json(dossier, pretty=True)))


@given(gen.model_objects)
def test_every_generated_object_validates_against_the_schema_of_its_type(obj: object) -> None:
    schema_validator(type(obj)).validate(to_dict(obj))


@given(gen.dossiers)
def test_every_generated_dossier_validates_against_the_dossier_schema(dossier: Dossier) -> None:
    schema_validator(Dossier).validate(json.loads(to_json(dossier)))


WRONG_DOCUMENTS: list[tuple[str, JsonPath, object]] = [
    ("unknown field", ("convention", "colour"), "blue"),
    ("unknown field at the top", ("colour",), "blue"),
    ("amount as a JSON number", ("convention", "funds", "budget", 0, "amount", "amount"), 1250.0),
    (
        "amount with a lowercase exponent",
        ("convention", "funds", "budget", 0, "amount", "amount"),
        "1e3",
    ),
    ("currency not ISO 4217", ("convention", "funds", "budget", 0, "amount", "currency"), "EURO"),
    ("bad enumeration code", ("convention", "partners", 2, "kind"), "charity"),
    ("bad id", ("convention", "partners", 0, "id"), "le pont"),
    ("id too long", ("convention", "partners", 0, "id"), "x" * 65),
    ("date without dashes", ("minutes", 0, "date"), "20240102"),
    ("no such day", ("minutes", 0, "date"), "2024-02-30"),
    ("wrong format constant", ("format",), "partnership_model"),
    ("wrong version constant", ("version",), "2.0"),
    ("wrong type constant", ("type",), "convention"),
    ("float in extensions", ("extensions",), {"x": 1.5}),
    ("integer beyond 64 bits in extensions", ("extensions",), {"x": 2**63}),
    ("string where an array is meant", ("convention", "carriers"), "pont"),
    ("number where a string is meant", ("convention", "name"), 123),
    ("zero people", ("convention", "target_publics", 0, "size"), 0),
    ("bad language tag", ("convention", "language"), "français"),
    ("bad register scheme", ("convention", "partners", 0, "legal_identifier", "scheme"), "be-kbo"),
]


@pytest.mark.parametrize(
    ("what", "where", "value"), WRONG_DOCUMENTS, ids=[case[0] for case in WRONG_DOCUMENTS]
)
def test_a_wrong_document_does_not_validate_against_the_schema(
    what: str, where: JsonPath, value: object
) -> None:
    validator = schema_validator(Dossier)
    document = replaced(example_document(), where, value)
    assert not validator.is_valid(document), what
    assert validator.is_valid(example_document())


@pytest.mark.parametrize("field", ["convention", "format", "version", "type"])
def test_a_document_missing_a_required_member_does_not_validate(field: str) -> None:
    assert not schema_validator(Dossier).is_valid(removed(example_document(), (field,)))
    missing_name = removed(example_document(), ("convention", "name"))
    assert not schema_validator(Dossier).is_valid(missing_name)


def model_classes_reachable_from(kind: type) -> set[Any]:
    found: set[Any] = set()
    pending = [kind]
    while pending:
        current = pending.pop()
        for field in attrs.fields(current):
            for candidate in _types_in(field.type):
                if attrs.has(candidate) and candidate not in found:
                    found.add(candidate)
                    pending.append(candidate)
                elif isinstance(candidate, type) and issubclass(candidate, LabelledEnum):
                    found.add(candidate)
    return found


def _types_in(annotation: Any) -> Iterator[Any]:
    yield annotation
    for argument in getattr(annotation, "__args__", ()):
        yield from _types_in(argument)


def test_the_schema_is_generated_from_the_model_classes_and_enumerations() -> None:
    definitions = json_schema()["$defs"]
    reachable = model_classes_reachable_from(Dossier)
    assert set(gen.MODEL_TYPES) - {Dossier} <= reachable
    for kind in reachable:
        assert kind.__name__ in definitions, kind.__name__
        definition = definitions[kind.__name__]
        if issubclass(kind, LabelledEnum):
            assert definition["enum"] == [member.value for member in kind]
        else:
            assert list(definition["properties"]) == [field.name for field in attrs.fields(kind)]
            assert definition["additionalProperties"] is False
    assert definitions["decimal"]["pattern"] == f"^{_converter.DECIMAL_PATTERN.pattern}$"
    assert definitions["Money"]["properties"]["currency"]["enum"] == sorted(ISO_4217_CURRENCIES)
    assert list(definitions) == sorted(definitions)


def test_a_type_without_extensions_has_a_schema_without_extension_definitions() -> None:
    definitions = json_schema(Money)["$defs"]
    assert "amount" in definitions
    assert "json" not in definitions
    assert "extensions" not in definitions
    assert {"json", "extensions", "id", "date", "fraction"} <= set(json_schema()["$defs"])


# --- 11. problems and the error ------------------------------------------------------------


def test_a_problem_reads_path_message_and_the_value_as_json() -> None:
    assert str(Problem("$.kind", "expected one of a, b", "asbl")) == (
        '$.kind: expected one of a, b (got "asbl")'
    )
    assert (
        str(Problem("$.name", "expected a string", None)) == "$.name: expected a string (got null)"
    )
    assert (
        str(Problem("$.name", "expected a string", 123)) == "$.name: expected a string (got 123)"
    )
    assert str(Problem("$.name", "m", "Aïcha")) == '$.name: m (got "Aïcha")'
    assert str(Problem("$.name", "required field missing")) == "$.name: required field missing"
    assert repr(ABSENT) == "ABSENT"


def test_a_long_value_is_cut_to_eighty_characters_in_the_message() -> None:
    shown = str(Problem("$.name", "expected a string", ["x" * 200]))
    assert shown.startswith('$.name: expected a string (got ["xxxx')
    assert shown.endswith("xxx...)")
    assert len(shown) == len("$.name: expected a string (got )") + 80


def test_a_value_json_cannot_write_is_shown_by_its_repr() -> None:
    assert str(Problem("$", "m", Decimal("1.5"))) == "$: m (got \"Decimal('1.5')\")"


def test_the_error_message_has_a_heading_and_one_indented_line_per_problem() -> None:
    one = SerializationError((Problem("$.a", "m", 1),))
    assert str(one) == "1 problem in the document:\n  $.a: m (got 1)"
    two = SerializationError((Problem("$.a", "m", 1), Problem("$.b", "n")))
    assert str(two) == "2 problems in the document:\n  $.a: m (got 1)\n  $.b: n"
    assert two.problems == (Problem("$.a", "m", 1), Problem("$.b", "n"))


def test_a_serialization_error_survives_pickling() -> None:
    error = SerializationError(
        (Problem("$.kind", "expected one of a, b", "asbl"), Problem("$.x", "m", [1, {"y": None}]))
    )
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301  # our own bytes, just made
    assert type(copy) is SerializationError
    assert copy.problems == error.problems
    assert str(copy) == str(error)


def test_a_serialization_error_about_a_missing_field_survives_pickling() -> None:
    with pytest.raises(SerializationError) as caught:
        from_dict({}, Partner, envelope=False)
    error = caught.value
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301  # our own bytes, just made
    assert copy.problems == error.problems
    assert copy.problems[0].value is ABSENT
    assert str(copy) == str(error)


# --- internal safety nets ------------------------------------------------------------------


def test_a_checked_value_cattrs_cannot_write_is_shown_as_it_is() -> None:
    half_built = object.__new__(Money)  # no amount, no currency: unstructuring it fails
    assert serialization._as_json(half_built) is half_built
    assert serialization._as_json(dt.date(2027, 1, 1)) == "2027-01-01"


def test_a_preview_of_a_deep_value_stops_where_it_could_show_no_more() -> None:
    deep: object = 1
    for _ in range(200):
        deep = [deep]
    shown = serialization.preview(deep)
    assert len(shown) <= serialization.PREVIEW
    assert shown.startswith("[[[[")
    # Deeper than its limit, the writing stops whatever it would show there.
    assert list(serialization._json_chunks([[1]], 0, 1)) == ["..."]


def test_a_preview_of_a_huge_value_writes_only_its_start() -> None:
    with finishing_within(5):
        shown = serialization.preview(list(range(10**7)))
    assert (
        shown == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21..."
    )


def test_an_unexpected_error_while_reading_still_becomes_a_located_problem() -> None:
    inner = ValueError("boom")
    unexpected = IterableValidationError("items", [inner, ValueError()], tuple)
    # Said in the library's words: the exception's own text may be the interpreter's.
    assert list(serialization._problems(unexpected, "$.x", Suggestions())) == [
        Problem("$.x", "cannot be read (ValueError)"),
        Problem("$.x", "cannot be read (ValueError)"),
    ]


# --- extensions held by the model ----------------------------------------------------------


def test_extensions_given_as_read_only_mappings_and_tuples_are_kept() -> None:
    given_extensions = MappingProxyType({"a": (1, MappingProxyType({"b": [2]}))})
    partner = Partner(id="p", name="P", extensions=given_extensions)
    assert json.loads(to_json(partner))["extensions"] == {"a": [1, {"b": [2]}]}
    assert from_json(to_json(partner), Partner) == partner
    assert (
        Partner(id="p", name="P", extensions={}).extensions is Partner(id="p", name="P").extensions
    )


@pytest.mark.parametrize(
    ("extensions", "reason"),
    [
        ({1: "a"}, "a key that is not a string"),
        ({"a": {2: "b"}}, "a key that is not a string"),
        ({"a": {1, 2}}, "a set, which is not JSON"),
        ({"a": Decimal("1.5")}, "a Decimal, which is not JSON"),
        ({"a": 1.5}, "a float"),
        ({"a": [0, 2**63]}, "an integer beyond 64 bits at extensions['a'][1]"),
        ([("a", 1)], "expected a mapping"),
        (None, "expected a mapping"),
    ],
    ids=["int-key", "nested-int-key", "set", "decimal", "float", "big-int", "list", "none"],
)
def test_extensions_that_are_not_json_the_library_keeps_exactly_are_refused_when_built(
    extensions: object, reason: str
) -> None:
    with pytest.raises(InvalidValueError, match=re.escape(reason)) as caught:
        Partner(id="p", name="P", extensions=extensions)  # type: ignore[arg-type]
    assert caught.value.field == "Partner.extensions"


def test_extensions_nest_at_most_64_levels_deep_the_extensions_object_included() -> None:
    deep: object = "fond"
    for _ in range(63):
        deep = [deep]
    partner = Partner(id="p", name="P", extensions={"a": deep})
    assert from_json(to_json(partner), Partner) == partner
    with pytest.raises(InvalidValueError, match="nested more than 64 levels deep"):
        Partner(id="p", name="P", extensions={"a": [deep]})
    too_deep = to_json(partner).replace('"fond"', '["fond"]')
    assert only_problem(lambda: from_json(too_deep, Partner)).path == "$.extensions"
    deep_mapping: object = "fond"
    for _ in range(70):
        deep_mapping = {"k": deep_mapping}
    with pytest.raises(InvalidValueError, match="nested more than 64 levels deep"):
        Partner(id="p", name="P", extensions={"a": deep_mapping})


# --- 12. orjson's first try and the standard library's reading agree ------------------------

DISAGREEING_PARSERS = [
    '{"format": "partnership-model", "version": "1.0", "type": "partner", "id": "p",'
    ' "name": "P", "extensions": {"small": -9223372036854775809}}',
    '{"format": "partnership-model", "version": "1.0", "type": "target_public", "id": "t",'
    ' "description": "d", "size": ' + "9" * 400 + "}",
    "NaN",
    "[-Infinity]",
    '"\\ud800"',
    "[" * 3000 + "]" * 3000,
]


@pytest.mark.parametrize("text", DISAGREEING_PARSERS, ids=range(len(DISAGREEING_PARSERS)))
def test_problems_are_the_same_with_or_without_orjson(text: str) -> None:
    cls = TargetPublic if "target_public" in text else Partner
    with pytest.raises(SerializationError) as first:
        from_json(text, cls)
    with without_orjson(), pytest.raises(SerializationError) as second:
        from_json(text, cls)
    assert first.value.problems == second.value.problems


@given(gen.dossiers)
def test_a_document_beyond_the_orjson_limit_is_read_by_the_standard_library_alike(
    dossier: Dossier,
) -> None:
    text = to_json(dossier)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(serialization, "ORJSON_READ_LIMIT", 0)
        assert from_json(text, Dossier) == dossier


def test_a_decimal_printed_longer_than_it_was_written_is_refused_on_both_paths() -> None:
    # "1"*95 + "E-100" is 100 characters, but Decimal prints it with 102.
    written = "1" * 95 + "E-100"
    measurement = Measurement(id="m", indicator="i", date=dt.date(2027, 1, 4), value=Decimal(1))
    document = {**to_dict(measurement, envelope=False), "value": written}
    with pytest.raises(SerializationError) as caught:
        from_dict(document, Measurement, envelope=False)
    assert [problem.path for problem in caught.value.problems] == ["$.value"]
    with pytest.raises(InvalidValueError):
        Measurement(id="m", indicator="i", date=dt.date(2027, 1, 4), value=Decimal(written))


def test_a_bad_document_is_parsed_once_then_read_in_detail_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parses: list[str] = []
    readings: list[type] = []
    standard, detailed, fast = (
        serialization._parsed,
        serialization._read_in_detail,
        serialization._orjson,
    )

    def parse(text: str) -> object:
        parses.append("json")
        return standard(text)

    def read_in_detail(body: object, cls: type) -> object:
        readings.append(cls)
        return detailed(body, cls)

    monkeypatch.setattr(serialization, "_parsed", parse)
    monkeypatch.setattr(serialization, "_read_in_detail", read_in_detail)
    if fast is not None:

        def loads(text: str) -> object:
            parses.append("orjson")
            return fast.loads(text)

        monkeypatch.setattr(serialization, "_orjson", mock.Mock(wraps=fast, loads=loads))
    text = to_json(Dossier(convention=Convention(name="x"))).replace('"x"', "1", 1)
    with pytest.raises(SerializationError, match=r"\$\.convention\.name"):
        from_json(text, Dossier)
    assert len(parses) == 1
    assert readings == [Dossier]


# --- the address of the schema, for editors


def test_a_document_may_name_its_schema_and_the_reader_reads_past_it() -> None:
    convention = Convention(name="Repair café")
    address = schema_path(Convention).as_uri()
    text = to_json(convention, schema=address)
    assert text.startswith(f'{{"$schema":"{address}","format":"partnership-model"')
    assert from_json(text, Convention) == convention
    assert to_dict(convention, schema=address)["$schema"] == address
    assert "$schema" not in to_dict(convention)


def test_a_schema_address_that_is_not_a_string_is_refused_with_its_place() -> None:
    document = {**to_dict(Convention(name="Repair café")), "$schema": 12}
    with pytest.raises(SerializationError) as refused:
        from_dict(document, Convention)
    assert [(p.path, p.value) for p in refused.value.problems] == [("$.$schema", 12)]
    with pytest.raises(InvalidValueError, match="to_dict\\(schema\\)"):
        to_dict(Convention(name="Repair café"), schema=12)  # type: ignore[arg-type]


def test_only_a_document_type_has_a_shipped_schema() -> None:
    assert schema_path().name == f"dossier-{FORMAT_VERSION}.schema.json"
    with pytest.raises(InvalidValueError, match="schema_path"):
        schema_path(Partner)
