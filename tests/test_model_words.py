"""What the model says when it refuses a value, in French, English and Dutch.

Every check a document can fail gives its reason as :class:`Words`: a key of
``MODEL_WORDS`` and its values. The tests read the model's source with ``ast`` so that a
check added tomorrow cannot refuse in English only, and read a document to see a refused
value come out as a problem in those words.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

import partnership_model
from partnership_model import Convention, SerializationError, from_json, to_dict
from partnership_model._catalogue import CATALOGUE
from partnership_model._fast import MODEL_MODULES
from partnership_model._model_words import MODEL_WORDS
from partnership_model._words import Grouped, words
from partnership_model.minutes import Choice
from tests.support import assert_refused, refusal_said

PACKAGE = Path(partnership_model.__file__).parent
CHECKED_MODULES = sorted(
    {*MODEL_MODULES, "partnership_model._fields", "partnership_model._extensions"}
)
"""The model's modules and the field checks they share: every check a document meets."""


def source_of(module: str) -> ast.Module:
    spec = importlib.util.find_spec(module)
    assert spec is not None
    assert spec.origin is not None
    return ast.parse(Path(spec.origin).read_text(encoding="utf-8"))


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


# --- the catalogue entries


def test_the_refusals_are_merged_into_the_one_catalogue() -> None:
    assert MODEL_WORDS
    for key, texts in MODEL_WORDS.items():
        assert key.startswith("refusal.")
        assert CATALOGUE[key] == texts


@pytest.mark.parametrize("key", sorted(MODEL_WORDS))
def test_a_refusal_is_translated_not_copied_from_english(key: str) -> None:
    french, english, dutch = MODEL_WORDS[key]

    assert french != english
    assert dutch != english


@pytest.mark.parametrize("key", sorted(MODEL_WORDS))
def test_french_refusals_keep_french_spacing(key: str) -> None:
    french = MODEL_WORDS[key][0]

    assert not re.search(r"[ \w][:;?!]( |$)", french), "a no-break space before : ; ? !"
    assert not re.search(r"«(?!\u00a0)|(?<!\u00a0)»", french), "no-break spaces inside « »"


def _words_calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "words"
        ):
            yield node


def _refusal_keys_written(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and str(node.value).startswith("refusal."):
            yield str(node.value)


def test_every_words_call_names_an_entry_and_gives_exactly_its_values() -> None:
    checked = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        for call in _words_calls(ast.parse(path.read_text(encoding="utf-8"))):
            key = call.args[0]
            if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                continue  # a key chosen at run time: its entries are checked where written
            assert key.value in CATALOGUE, f"{path.name}: no entry {key.value!r}"
            given = {keyword.arg for keyword in call.keywords}
            assert given == placeholders(CATALOGUE[key.value][1]), f"{path.name}: {key.value}"
            checked += 1
    assert checked > 40


def test_every_refusal_in_the_catalogue_is_said_somewhere() -> None:
    written = {
        key
        for path in PACKAGE.rglob("*.py")
        if path.name != "_model_words.py"
        for key in _refusal_keys_written(ast.parse(path.read_text(encoding="utf-8")))
    }

    assert set(MODEL_WORDS) - written == set(), "stale entries"


# --- every check a document can fail refuses in words


def _is_words(reason: ast.expr | None, function: ast.FunctionDef) -> bool:
    """A ``words(...)`` call, or a name the function has checked holds Words."""
    if isinstance(reason, ast.Call) and isinstance(reason.func, ast.Name):
        return reason.func.id == "words"
    if isinstance(reason, ast.Name):
        return any(
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "isinstance"
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == reason.id
            and isinstance(node.args[1], ast.Name)
            and node.args[1].id == "Words"
            for node in ast.walk(function)
        )
    return False


def _argument(call: ast.Call, position: int, name: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    return next((keyword.value for keyword in call.keywords if keyword.arg == name), None)


def _is_structural(function: ast.FunctionDef, enclosing: ast.AST) -> bool:
    """Decorated ``@structural``, or returned as ``structural(check)`` by its factory."""
    if any(
        isinstance(node, ast.Name) and node.id == "structural" for node in function.decorator_list
    ):
        return True
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "structural"
        and any(isinstance(arg, ast.Name) and arg.id == function.name for arg in node.args)
        for node in ast.walk(enclosing)
    )


def _own_nodes(function: ast.FunctionDef) -> Iterator[ast.AST]:
    """The nodes of ``function``, without those of the functions defined inside it."""
    pending: list[ast.AST] = list(function.body)
    while pending:
        node = pending.pop()
        yield node
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            pending.extend(ast.iter_child_nodes(node))


def _functions(tree: ast.AST) -> Iterator[tuple[ast.FunctionDef, ast.AST]]:
    """Every function with the node that encloses it (its module, class or function)."""
    for parent in ast.walk(tree):
        for child in ast.iter_child_nodes(parent):
            if isinstance(child, ast.FunctionDef):
                yield child, parent


def _is_check(function: ast.FunctionDef) -> bool:
    """An attrs validator (instance, attribute, value) or a check across fields."""
    names = [argument.arg for argument in function.args.args]
    return function.name == "__attrs_post_init__" or names == ["instance", "attribute", "value"]


def _refusals_in_english_only(module: str) -> Iterator[str]:
    for function, enclosing in _functions(source_of(module)):
        if _is_structural(function, enclosing):
            continue
        for node in _own_nodes(function):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            called = node.func.id
            if called == "fail":
                reason = _argument(node, 3, "reason")
            elif called == "refusal":
                reason = _argument(node, 2, "reason")
            elif called == "InvalidValueError" and _is_check(function):
                reason = _argument(node, 3, "words")
            else:
                continue
            if not _is_words(reason, function):
                yield f"{module}:{node.lineno} {function.name}() {called}(...)"


def test_every_check_a_document_can_fail_refuses_in_words_said_in_any_language() -> None:
    english_only = [
        site for module in CHECKED_MODULES for site in _refusals_in_english_only(module)
    ]

    assert english_only == []


def test_the_walk_over_the_checks_finds_them() -> None:
    # The test above holds only if it sees the refusals: count them.
    calls = [
        node
        for module in CHECKED_MODULES
        for function, _ in _functions(source_of(module))
        for node in _own_nodes(function)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("fail", "refusal")
    ]

    assert len(calls) > 30


# --- values said in each language


def test_a_number_in_a_refusal_is_grouped_the_way_each_language_groups_thousands() -> None:
    assert Grouped(10_000).label("fr") == "10\u202f000"
    assert Grouped(10_000).label("en") == "10,000"
    assert Grouped(10_000).label("nl-BE") == "10.000"
    assert Grouped(999).label("fr") == "999"


def test_an_enumeration_member_in_a_refusal_is_said_by_its_label() -> None:
    said = words("refusal.veto-not-against", choice=Choice.FOR)

    assert said.said("fr") == "un veto est un vote contre, pas «\u00a0pour\u00a0»"
    assert said.said("nl") == "een veto is een stem tegen, geen 'voor'"


# --- reading a document


def test_a_value_a_document_gives_and_the_model_refuses_is_a_problem_in_those_words() -> None:
    document = to_dict(Convention(name="Le Pont"))
    document["language"] = "french"

    with pytest.raises(SerializationError) as caught:
        from_json(json.dumps(document), Convention)

    [problem] = caught.value.problems
    refused = assert_refused(
        lambda: Convention(name="Le Pont", language="french"), "Convention.language", "french"
    )
    assert (problem.path, problem.value) == ("$.language", "french")
    assert problem.message == refused.reason
    said = refusal_said(refused)
    assert said["fr"].startswith("attendu\u00a0: une étiquette de langue BCP 47")
    assert said["nl"] == "verwacht: een BCP 47-taalcode, zoals 'fr' of 'nl-BE'"
    assert problem.said("nl") == (
        "verwacht: een BCP 47-taalcode, zoals 'fr' of 'nl-BE' (gevonden: \"french\")"
    )
