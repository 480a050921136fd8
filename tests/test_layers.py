"""The package's layers and names: imports point downwards only, a private module is
imported only by its own package, and no name is a single letter that nobody can grep
for (docs/contributing.md).

Each test reads the source of every module of ``src/partnership_model`` with ``ast``,
without importing anything, so that an import hidden in a function counts too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SOURCE = Path(__file__).parent.parent / "src"
PACKAGE = SOURCE / "partnership_model"


def module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def package_of(path: Path) -> str:
    name = module_name(path)
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


MODULES = sorted(PACKAGE.rglob("*.py"))


def imported(path: Path) -> Iterator[tuple[int, str]]:
    """Every module ``path`` imports, with the line, as a dotted name."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def private_reach(importer: str, name: str) -> str | None:
    """The private part of ``name`` that ``importer``'s package may not reach, if any: a
    private module belongs to the package that holds it, whose own modules and private
    packages may use it (``testing._breaks`` uses ``testing._complete``, ``_rules`` uses
    ``_fields``); a public package beside or below it is a client like any other
    (``testing`` may not use ``_rules``, nor ``partnership_model`` use ``_rules._base``)."""
    parts = name.split(".")
    for at, part in enumerate(parts):
        if part.startswith("_") and not part.startswith("__"):
            holder, private = ".".join(parts[:at]), ".".join(parts[: at + 1])
            if importer != holder and not importer.startswith(f"{holder}._"):
                return private
    return None


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) for p in MODULES])
def test_no_module_imports_a_private_module_of_another_package_level(path: Path) -> None:
    package = package_of(path)
    reached = [
        f"line {line}: {name}"
        for line, name in imported(path)
        if name.startswith("partnership_model") and private_reach(package, name)
    ]
    assert reached == []


def test_the_private_reach_rule_reads_as_intended() -> None:
    assert private_reach("partnership_model", "partnership_model._rules") is None
    assert private_reach("partnership_model", "partnership_model._rules._base")
    assert private_reach("partnership_model._rules", "partnership_model._rules._base") is None
    assert private_reach("partnership_model._rules", "partnership_model._fields") is None
    assert private_reach("partnership_model.testing", "partnership_model._rules")
    assert private_reach("partnership_model.testing", "partnership_model.testing._digits") is None
    assert (
        private_reach("partnership_model.testing._breaks", "partnership_model.testing._complete")
        is None
    )
    assert private_reach("partnership_model.testing._breaks", "partnership_model._rules._base")


DOMAIN = {
    "amendments", "communication", "convention", "dossier", "errors", "evaluation", "funds",
    "i18n", "identifiers", "minutes", "money", "network", "partners", "planning", "roles",
    "text", "objectives", "needs", "publics", "decision_making", "conflicts", "institutions",
    "_membership",
}  # fmt: skip
"""The domain modules."""
ABOVE_THE_DOMAIN = {
    "partnership_model.validation", "partnership_model.serialization",
    "partnership_model.render", "partnership_model.ical", "partnership_model.cli",
    "partnership_model.testing",
    "partnership_model._rules", "partnership_model._converter", "partnership_model._schema",
    "partnership_model._scalars", "partnership_model._shapes", "partnership_model._fast",
    "partnership_model._readers",
    "partnership_model._detailed", "partnership_model._wording", "partnership_model._markdown",
    "partnership_model._sections", "partnership_model._clarify_sections",
    "partnership_model.tally", "partnership_model._counting",
    "partnership_model.starter", "partnership_model.classification",
    "partnership_model.matching",
    "partnership_model._html_agreement", "partnership_model._printing",
}  # fmt: skip


def test_the_calendar_export_sits_beside_render_below_the_command_line() -> None:
    reached = {name for _, name in imported(PACKAGE / "ical.py")}
    assert not {"partnership_model.cli", "partnership_model.render"} & reached
    # icalendar is an optional extra: imported in the function that writes, never above.
    top = ast.parse((PACKAGE / "ical.py").read_text(encoding="utf-8")).body
    assert not [
        node
        for node in top
        if isinstance(node, (ast.Import, ast.ImportFrom))
        and any(alias.name == "icalendar" for alias in node.names)
    ]


@pytest.mark.parametrize(
    "path",
    [p for p in MODULES if p.parent == PACKAGE and p.stem in DOMAIN],
    ids=lambda p: p.stem,
)
def test_a_domain_module_imports_nothing_above_the_domain(path: Path) -> None:
    above = [
        f"line {line}: {name}"
        for line, name in imported(path)
        if any(name == layer or name.startswith(f"{layer}.") for layer in ABOVE_THE_DOMAIN)
    ]
    assert above == []


def one_letter_names(path: Path) -> list[str]:
    """The one-letter names ``path`` binds outside comprehensions (where ``for p in
    partners`` reads well), except type variables (``T = TypeVar("T")``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_comprehension = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp))
        for inner in ast.walk(node)
    }
    type_variables = {
        id(node.targets[0])
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Name)
        and node.value.func.id in {"TypeVar", "ParamSpec"}
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in in_comprehension or id(node) in type_variables:
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            name = node.id
        elif isinstance(node, ast.arg):
            name = node.arg
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            name = node.name
        elif isinstance(node, ast.alias) and node.asname:
            name = node.asname
        else:
            continue
        if len(name) == 1 and name != "_":
            found.append(f"line {node.lineno}: {name}")
    return found


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) for p in MODULES])
def test_no_module_binds_a_one_letter_name_outside_a_comprehension(path: Path) -> None:
    assert one_letter_names(path) == []


def test_the_one_letter_rule_reads_as_intended(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        "from typing import TypeVar\n"
        "T = TypeVar('T')\n"
        "names = [p.name for p in partners]\n"
        "for k in contributions:\n"
        "    pass\n"
        "order = sorted(tasks, key=lambda t: t.id)\n",
        encoding="utf-8",
    )
    assert one_letter_names(source) == ["line 4: k", "line 6: t"]


LONGEST_MODULE = 600
DATA_MODULES = {"partnership_model._catalogue", "partnership_model._readers"}
"""Modules that are data (the catalogue of every label in three languages) or written by
a tool from the model (the fast readings of ``_readers``), whatever their length."""


def lines_of_code(path: Path) -> int:
    """The lines of ``path`` that are not data: a rule's texts (the ``message`` and
    ``hint`` of ``@rule(...)``, in three languages) are data beside their check."""
    source = path.read_text(encoding="utf-8")
    texts: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "rule":
            for keyword in node.keywords:
                if keyword.arg in {"message", "hint"} and keyword.value.end_lineno:
                    texts.update(range(keyword.value.lineno, keyword.value.end_lineno + 1))
    return len(source.splitlines()) - len(texts)


@pytest.mark.parametrize(
    "path",
    [p for p in MODULES if module_name(p) not in DATA_MODULES],
    ids=[module_name(p) for p in MODULES if module_name(p) not in DATA_MODULES],
)
def test_no_module_is_longer_than_a_reader_holds_in_mind(path: Path) -> None:
    assert lines_of_code(path) <= LONGEST_MODULE
