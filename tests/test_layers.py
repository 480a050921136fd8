"""The package's layers: imports point downwards only, and a private module is imported
only by its own package (docs/contributing.md, DESIGN.md).

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
    private module is for its own package (and the modules inside it) only."""
    parts = name.split(".")
    for at, part in enumerate(parts):
        if part.startswith("_") and not part.startswith("__"):
            holder, private = ".".join(parts[:at]), ".".join(parts[: at + 1])
            inside = importer == private or importer.startswith(f"{private}.")
            if holder != importer and not inside:
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
    assert private_reach("partnership_model._rules", "partnership_model._fields")
    assert private_reach("partnership_model.testing", "partnership_model._rules")
    assert private_reach("partnership_model.testing", "partnership_model.testing._digits") is None


DOMAIN = {
    "amendments", "communication", "convention", "dossier", "errors", "evaluation", "funds",
    "i18n", "identifiers", "minutes", "money", "network", "partners", "planning", "roles",
    "text", "objectives", "needs", "publics", "decision_making", "conflicts", "institutions",
    "goals", "governance", "decisions", "history",
}  # fmt: skip
"""The domain modules (some names only while they exist), and the private ones they use."""
ABOVE_THE_DOMAIN = {
    "partnership_model.validation", "partnership_model.serialization",
    "partnership_model.render", "partnership_model.cli", "partnership_model.testing",
    "partnership_model._rules", "partnership_model._converter", "partnership_model._schema",
    "partnership_model.starter", "partnership_model.classification",
}  # fmt: skip


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
