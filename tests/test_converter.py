"""The converter by concern (``_scalars``, ``_shapes``, ``_fast``, ``_detailed``, assembled
in ``_converter``), and the reading of JSON text that uses it.

Read top to bottom: the fast reading and the detailed one agree, on every valid
document (the same objects) and on every document changed in one place (one refuses
exactly what the other refuses); ``from_json`` parses a document once, reads it fast
once, and in detail at most once, on the data already parsed (the standard library
parses it again only where orjson's parse is not exactly its own); it names the same
problems as when it read every refused document again from the standard library's
parse; and orjson's parse, where it is trusted, is exactly the standard library's.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from types import MappingProxyType, SimpleNamespace
from typing import Any, Final, get_args
from unittest import mock

import attrs
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from partnership_model import (
    Convention,
    Dossier,
    Partner,
    SerializationError,
    TargetPublic,
    _converter,
    from_dict,
    from_json,
    serialization,
    to_json,
)
from partnership_model._fast import MODEL_MODULES, model_classes
from partnership_model._readers import READERS
from partnership_model._reading import checked_text
from partnership_model.serialization import DEFAULT_MAX_SIZE, ORJSON_READ_LIMIT, to_dict
from partnership_model.testing.strategies import conventions, dossiers
from tests.support import ROOT, tool

requires_orjson = pytest.mark.skipif(
    serialization._orjson is None, reason="orjson (the 'fast' extra) is not installed"
)

JsonPath = tuple[str | int, ...]


# --- 1. the fast and the detailed reading agree --------------------------------------------


def typed(value: object) -> object:
    """``value`` with the type of every part in it: equal objects whose parts differ in
    type (a list for a tuple, a dict for a frozen mapping) give different forms."""
    kind = type(value)
    if attrs.has(kind):
        fields = attrs.fields(kind)
        return (kind, tuple((field.name, typed(getattr(value, field.name))) for field in fields))
    if type(value) is tuple:
        return (kind, tuple(typed(item) for item in value))
    if kind in (dict, MappingProxyType):
        mapping: Any = value
        return (kind, tuple((key, typed(mapping[key])) for key in sorted(mapping)))
    return (kind, value)


any_dossiers = st.one_of(dossiers(), dossiers(complete=True))
"""Dossiers as drawn, and complete ones, where every optional part tends to be filled."""


@given(any_dossiers)
def test_the_fast_and_the_detailed_reading_give_the_same_dossier(dossier: Dossier) -> None:
    body = to_dict(dossier, envelope=False)
    fast = _converter.FAST.structure(body, Dossier)
    detailed = _converter.DETAILED.structure(body, Dossier)
    assert fast == detailed == dossier
    assert typed(fast) == typed(detailed)


@given(conventions())
def test_the_fast_and_the_detailed_reading_give_the_same_convention(
    convention: Convention,
) -> None:
    body = to_dict(convention, envelope=False)
    assert typed(_converter.FAST.structure(body, Convention)) == typed(
        _converter.DETAILED.structure(body, Convention)
    )


def test_the_fast_readings_are_generated_from_the_model_as_it_is() -> None:
    # _readers is written ahead of time so that Python caches its bytecode; a model
    # class that gains, loses or changes a field makes it stale until the tool runs.
    written = (ROOT / "src" / "partnership_model" / "_readers.py").read_text(encoding="utf-8")
    assert written == tool("write_readers").source(), "run python tools/write_readers.py"


def test_every_model_class_and_only_they_have_a_fast_reading() -> None:
    classes = model_classes(MODEL_MODULES)
    assert list(READERS) == classes
    assert all(READERS[cls].__name__ == f"read_{cls.__name__}" for cls in classes)


def nodes(value: object, path: JsonPath = ()) -> Iterator[tuple[JsonPath, object]]:
    """Every value inside ``value`` (``value`` itself first) with its path."""
    yield path, value
    if type(value) is dict:
        for key, item in value.items():
            yield from nodes(item, (*path, key))
    elif type(value) is list:
        for index, item in enumerate(value):
            yield from nodes(item, (*path, index))


def changed_at(document: Any, path: JsonPath, change: Callable[[Any], Any]) -> Any:
    """A copy of ``document`` whose value at ``path`` is ``change(value)``; only the
    objects and arrays on the way are copied."""
    if not path:
        return change(document)
    step, rest = path[0], path[1:]
    copy: Any = dict(document) if type(document) is dict else list(document)
    copy[step] = changed_at(document[step], rest, change)
    return copy


def json_type(value: object) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


WRONG_TYPES: tuple[object, ...] = (
    None,
    True,
    0,
    -1,
    2**63,
    1.5,
    "",
    "text",
    [],
    ["x"],
    {},
    {"x": 1},
)
"""Values of every JSON type, some of them right in some places (``None`` where a value
is optional, anything in extension data): the point is that both readings agree."""

INVALID_IDS = ("", " ", "-lead", "a b", "x" * 65, "é", "١٢", "a/b")
"""Strings no id may be: empty, blank, starting with a sign, spaced, too long, or with
letters or digits beyond ASCII (which ``str.isalnum`` alone would let through)."""

UNKNOWN_KEY = "not_a_field"


def required_fields() -> dict[frozenset[str], frozenset[str]]:
    """For each model class reached from Dossier, its fields' names (the keys of its
    objects in a document) and the names of those without a default."""
    found: dict[frozenset[str], frozenset[str]] = {}
    pending: list[Any] = [Dossier]
    while pending:
        kind = pending.pop()
        if attrs.has(kind):
            fields = attrs.fields(attrs.resolve_types(kind))
            names = frozenset(field.name for field in fields)
            if names not in found:
                found[names] = frozenset(
                    field.name for field in fields if field.default is attrs.NOTHING
                )
                pending.extend(field.type for field in fields)
        else:
            pending.extend(get_args(kind))
    return found


REQUIRED = required_fields()


@st.composite
def changed_documents(draw: st.DrawFn, document: dict[str, Any]) -> tuple[str, Any]:
    """``document`` changed in one drawn place, in one of four ways, with the way's name."""
    places = list(nodes(document))
    leaves = [(path, value) for path, value in places if type(value) not in (dict, list)]
    objects = [path for path, value in places if type(value) is dict]
    required = [
        (path, key)
        for path, value in places
        if type(value) is dict
        for key in sorted(REQUIRED.get(frozenset(value), ()))
    ]
    ids = [
        path
        for path, value in places
        if type(value) is str and serialization.ID_PATTERN.fullmatch(value)
    ]
    candidates = {
        "wrong type": leaves,
        "key added": objects,
        "required key removed": required,
        "id made invalid": ids,
    }
    way = draw(st.sampled_from([way for way, found in candidates.items() if found]), label="way")
    if way == "wrong type":
        path, value = draw(st.sampled_from(leaves), label="where")
        wrong = [other for other in WRONG_TYPES if json_type(other) != json_type(value)]
        replacement = draw(st.sampled_from(wrong), label="replacement")
        return way, changed_at(document, path, lambda _value: replacement)
    if way == "key added":
        path = draw(st.sampled_from(objects), label="where")
        return way, changed_at(document, path, lambda found: {**found, UNKNOWN_KEY: 1})
    if way == "required key removed":
        path, gone = draw(st.sampled_from(required), label="where")
        return way, changed_at(
            document,
            path,
            lambda found: {key: item for key, item in found.items() if key != gone},
        )
    path = draw(st.sampled_from(ids), label="where")
    invalid = draw(st.sampled_from(INVALID_IDS), label="replacement")
    return way, changed_at(document, path, lambda _value: invalid)


REFUSED: Final = object()
"""What a reading that raised gives, in these tests."""


def read_or_refused(converter: Any, body: object, kind: type) -> object:
    """What ``converter`` reads, or REFUSED when it raises (whatever it raises)."""
    try:
        return converter.structure(body, kind)
    except Exception:  # either reading may raise anything: only refusing counts
        return REFUSED


@given(any_dossiers, st.data())
def test_the_fast_reading_refuses_a_changed_dossier_exactly_when_the_detailed_one_does(
    dossier: Dossier, data: st.DataObject
) -> None:
    way, body = data.draw(changed_documents(to_dict(dossier, envelope=False)), label="changed")
    fast = read_or_refused(_converter.FAST, body, Dossier)
    detailed = read_or_refused(_converter.DETAILED, body, Dossier)
    event(f"{way}: {'refused' if detailed is REFUSED else 'read'}")
    assert (fast is REFUSED) == (detailed is REFUSED)
    if detailed is not REFUSED:
        assert typed(fast) == typed(detailed)


def test_a_document_changed_in_each_way_is_refused_by_both_readings() -> None:
    body = to_dict(Partner(id="pont", name="Le Pont"), envelope=False)
    for changed in (
        {**body, "name": 12},
        {key: value for key, value in body.items() if key != "name"},
        {**body, UNKNOWN_KEY: 1},
        {**body, "id": "é"},
    ):
        for converter in (_converter.FAST, _converter.DETAILED):
            assert read_or_refused(converter, changed, Partner) is REFUSED


# --- 2. from_json: one parse, one fast reading, at most one detailed reading ---------------


@contextmanager
def counted_passes() -> Iterator[dict[str, mock.Mock]]:
    """Within it, the calls from ``serialization`` to orjson, to the standard library's
    parser and to each converter are counted (the converters' own calls inside a reading
    are not)."""
    orjson = serialization._orjson
    orjson_spy = None if orjson is None else mock.Mock(wraps=orjson)
    converter_spy = mock.Mock(wraps=_converter)
    fast = mock.Mock()

    def counting(read: Callable[[object, object], Any]) -> Callable[[object, object], Any]:
        def counted(data: object, kind: object) -> Any:
            fast()
            return read(data, kind)

        return counted

    readers = SimpleNamespace(READERS={kind: counting(read) for kind, read in READERS.items()})
    with (
        mock.patch.object(serialization, "_orjson", orjson_spy),
        mock.patch.object(serialization, "_converter", converter_spy),
        mock.patch.object(serialization, "_readers", readers),
        mock.patch.object(json, "loads", wraps=json.loads) as json_loads,
    ):
        yield {
            "orjson": mock.Mock() if orjson_spy is None else orjson_spy.loads,
            "json": json_loads,
            "fast": fast,
            "detailed": converter_spy.DETAILED.structure,
        }


def passes(text: str, kind: type) -> dict[str, int]:
    """How often reading ``text`` as ``kind`` parses it and reads it, each way."""
    with counted_passes() as calls, suppress(SerializationError):
        from_json(text, kind)
    return {name: call.call_count for name, call in calls.items()}


PARTNER_TEXT = to_json(Partner(id="pont", name="Le Pont"))
PUBLIC_TEXT = to_json(TargetPublic(id="familles", description="Familles", size=60))


@requires_orjson
def test_a_valid_document_is_parsed_once_by_orjson_and_read_once_fast() -> None:
    assert passes(PARTNER_TEXT, Partner) == {"orjson": 1, "json": 0, "fast": 1, "detailed": 0}


@requires_orjson
@pytest.mark.parametrize(
    "text",
    [
        PARTNER_TEXT.replace('"Le Pont"', "12"),
        PARTNER_TEXT.replace('"pont"', '"é"'),
        PARTNER_TEXT.replace('"id"', '"unknown"'),
        PARTNER_TEXT.replace('"Le Pont"', '"Le Pont","name":0'),  # written twice: the last
        PARTNER_TEXT.replace('"extensions":{}', '"extensions":{"x":9223372036854775808}'),
    ],
)
def test_a_refused_document_is_parsed_once_and_read_once_each_way(text: str) -> None:
    assert passes(text, Partner) == {"orjson": 1, "json": 0, "fast": 1, "detailed": 1}


@requires_orjson
def test_a_document_of_another_format_is_refused_before_any_reading() -> None:
    text = PARTNER_TEXT.replace('"format":"partnership-model"', '"format":"other"')
    assert passes(text, Partner) == {"orjson": 1, "json": 0, "fast": 0, "detailed": 0}


@requires_orjson
@pytest.mark.parametrize(
    "size",
    ["18446744073709551616", "-9223372036854775809", "60.0", "6e1", "123456789012345678901234"],
)
def test_a_number_orjson_reads_as_a_float_is_named_from_the_standard_librarys_reading(
    size: str,
) -> None:
    text = PUBLIC_TEXT.replace('"size":60', f'"size":{size}')
    # A float, or an integer orjson could not keep: the document is parsed again, only
    # for the problems to quote the number exactly as written; it is not read fast again.
    assert passes(text, TargetPublic) == {"orjson": 1, "json": 1, "fast": 1, "detailed": 1}
    with pytest.raises(SerializationError) as caught:
        from_json(text, TargetPublic)
    (problem,) = caught.value.problems
    assert problem.path == "$.size"
    assert problem.value == json.loads(size)
    assert type(problem.value) is type(json.loads(size))


@requires_orjson
def test_a_document_nested_deeper_than_orjson_is_trusted_to_read_alike_is_parsed_again() -> None:
    deep = "[" * 200 + "]" * 200
    text = PARTNER_TEXT.replace('"extensions":{}', f'"extensions":{{"x":{deep}}}')
    assert passes(text, Partner) == {"orjson": 1, "json": 1, "fast": 1, "detailed": 1}


@requires_orjson
def test_json_orjson_refuses_is_parsed_by_the_standard_library_which_says_where() -> None:
    text = PARTNER_TEXT.replace('"Le Pont"', '"Le Pont",')
    assert passes(text, Partner) == {"orjson": 1, "json": 1, "fast": 0, "detailed": 0}
    with pytest.raises(SerializationError) as caught:
        from_json(text, Partner)
    (problem,) = caught.value.problems
    assert problem.path == "$"
    assert problem.message.startswith("not valid JSON at line 1, column ")


@pytest.mark.parametrize("text", [PARTNER_TEXT, PARTNER_TEXT.replace('"Le Pont"', "12")])
def test_without_orjson_the_standard_library_parses_the_document_once(text: str) -> None:
    with mock.patch.object(serialization, "_orjson", None):
        counts = passes(text, Partner)
    refused_once = 0 if text == PARTNER_TEXT else 1
    assert counts == {"orjson": 0, "json": 1, "fast": 1, "detailed": refused_once}


@requires_orjson
def test_a_document_over_the_orjson_limit_is_parsed_by_the_standard_library_only() -> None:
    with mock.patch.object(serialization, "ORJSON_READ_LIMIT", len(PARTNER_TEXT) - 1):
        assert passes(PARTNER_TEXT, Partner) == {"orjson": 0, "json": 1, "fast": 1, "detailed": 0}


# --- 3. from_json names the same problems as it did with two parses ------------------------


def former_from_json(text: str, kind: type) -> object:
    """``from_json`` as it was: orjson's parse read fast, and on any failure everything
    again from the standard library's parse (its fast reading, then the detailed one)."""
    text = checked_text(text, DEFAULT_MAX_SIZE)
    if serialization._orjson is not None and len(text) <= ORJSON_READ_LIMIT:
        try:
            data = serialization._orjson.loads(text)
            return _converter.FAST.structure(serialization._open_envelope(data, kind), kind)
        except Exception:  # noqa: S110  # read again below, as from_json did
            pass
    return from_dict(serialization._parsed(text), kind)


def result_of(read: Callable[[str, type], object], text: str, kind: type) -> object:
    """What ``read`` gives: the object, or the problems written out in full (their values'
    reprs tell ``1`` from ``1.0``)."""
    try:
        return typed(read(text, kind))
    except SerializationError as error:
        return (str(error), repr(error.problems))


AWKWARD = (
    "18446744073709551616",  # beyond 64 bits: a float for orjson, an integer for json
    "18446744073709551615",  # beyond a signed 64 bits, within an unsigned one
    "-9223372036854775809",
    "123456789012345678901234567890",
    "1" + "0" * 400,  # beyond a double
    "1e400",
    "-1e400",
    "0.1",
    "1.0",
    "-0",
    "-0.0",
    "1E2",
    "2.5e-3",
    '"\\ud800"',  # a lone surrogate escape
    '"\\udc00x"',
    '"\\ud83d\\ude00"',  # a pair: one character
    '{"a": 1, "a": 2.5}',  # a key written twice: the last counts
    '{"a": 10000000000000000000000, "a": 1}',
    '{"id": 1, "id": "x"}',
    "[" * 130 + "]" * 130,
    "[" * 1010 + "]" * 1010,  # within orjson's nesting limit, beyond the standard library's
    "NaN",
    "[1,]",
)
"""JSON text that orjson and the standard library may read differently, or one not at all."""

PLACEHOLDER = "\x00awkward\x00"


@st.composite
def awkward_documents(draw: st.DrawFn) -> tuple[str, type]:
    """A document of a drawn convention or partner, one of whose values (or an added
    member's) is replaced by awkward JSON text."""
    obj = draw(st.one_of(conventions(), st.from_type(Partner)), label="object")
    document = to_dict(obj)
    places = list(nodes(document))
    if draw(st.booleans(), label="in a new member"):
        objects = [path for path, value in places if type(value) is dict]
        path = draw(st.sampled_from(objects), label="where")
        document = changed_at(document, path, lambda found: {**found, "x": PLACEHOLDER})
    else:
        path = draw(st.sampled_from([path for path, _value in places if path]), label="where")
        document = changed_at(document, path, lambda _value: PLACEHOLDER)
    token = draw(st.sampled_from(AWKWARD), label="token")
    return json.dumps(document).replace(json.dumps(PLACEHOLDER), token), type(obj)


@requires_orjson
@given(awkward_documents())
def test_from_json_gives_what_it_gave_when_it_parsed_a_refused_document_twice(
    drawn: tuple[str, type],
) -> None:
    text, kind = drawn
    assert result_of(from_json, text, kind) == result_of(former_from_json, text, kind)


@requires_orjson
@pytest.mark.parametrize("token", AWKWARD)
@pytest.mark.parametrize("field", ["name", "extensions", "id", "representatives"])
def test_each_awkward_value_gives_the_same_problems_as_before(token: str, field: str) -> None:
    document = json.loads(PARTNER_TEXT)
    document[field] = PLACEHOLDER
    text = json.dumps(document).replace(json.dumps(PLACEHOLDER), token)
    assert result_of(from_json, text, Partner) == result_of(former_from_json, text, Partner)


def test_without_orjson_the_problems_are_the_same_as_before() -> None:
    text = PUBLIC_TEXT.replace('"size":60', '"size":18446744073709551616')
    with mock.patch.object(serialization, "_orjson", None):
        assert result_of(from_json, text, TargetPublic) == result_of(
            former_from_json, text, TargetPublic
        )


# --- 4. when orjson's parse is the standard library's ---------------------------------------


def exactly(value: object) -> object:
    """Parsed JSON with the type of every value and the order of every object's keys."""
    if type(value) is dict:
        return ("object", [(key, exactly(item)) for key, item in value.items()])
    if type(value) is list:
        return ("array", [exactly(item) for item in value])
    return (type(value).__name__, value)


number_texts = st.one_of(
    # Whole numbers within 64 bits and beyond, which orjson reads as floats.
    st.integers(min_value=-(2**66), max_value=2**66).map(str),
    st.from_regex(r"-?(0|[1-9][0-9]{0,24})(\.[0-9]{1,20})?([eE][+-]?[0-9]{1,2})?", fullmatch=True),
)
string_texts = st.one_of(
    st.builds(json.dumps, st.text(max_size=8), ensure_ascii=st.booleans()),
    st.sampled_from(['"\\ud800"', '"\\ud83d\\ude00"', '"\\u0000"', '"\\/"']),
)
json_texts = st.recursive(
    st.one_of(number_texts, string_texts, st.sampled_from(["true", "false", "null"])),
    lambda children: st.one_of(
        st.lists(children).map(lambda items: "[" + ",".join(items) + "]"),
        # A few keys only, so that one is often written twice in an object.
        st.lists(st.tuples(st.sampled_from(["a", "b", "c", "é"]), children)).map(
            lambda members: (
                "{" + ",".join(f"{json.dumps(key)}: {item}" for key, item in members) + "}"
            )
        ),
    ),
    max_leaves=20,
)


@requires_orjson
@given(json_texts)
def test_what_orjson_reads_alike_is_exactly_what_the_standard_library_reads(text: str) -> None:
    try:
        data = serialization._orjson.loads(text)
    except serialization._orjson.JSONDecodeError:
        event("refused by orjson")
        return
    alike = serialization._read_alike(data)
    event(f"read alike: {alike}")
    if alike:
        assert exactly(data) == exactly(json.loads(text))


@requires_orjson
@pytest.mark.parametrize(
    "text",
    [
        "18446744073709551616",
        "-9223372036854775809",
        "[0.5]",
        '{"a": {"b": [1, 2.0]}}',
        "[" * 129 + "]" * 129,
        "[" * 1010 + "]" * 1010,
    ],
)
def test_floats_and_deep_nesting_are_not_read_alike(text: str) -> None:
    assert not serialization._read_alike(serialization._orjson.loads(text))


@requires_orjson
@pytest.mark.parametrize(
    "text",
    [
        "18446744073709551615",
        "-9223372036854775808",
        '{"a": 1, "a": [true]}',
        "[" * 128 + "]" * 128,
    ],
)
def test_whole_numbers_within_64_bits_and_nesting_up_to_the_limit_are_read_alike(
    text: str,
) -> None:
    data = serialization._orjson.loads(text)
    assert serialization._read_alike(data)
    assert exactly(data) == exactly(json.loads(text))
