"""Every Python example in the README and in docs/ runs and shows what it says, and the
pages made from the library (the methodology map, the API reference) are current.

The blocks of one page run in order in one namespace, as a reader follows them.
"""

from __future__ import annotations

import ast
import builtins
import doctest
import importlib
import importlib.util
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import partnership_model
from partnership_model.i18n import LANGUAGES
from partnership_model.validation import CATALOGUE, Context, Rule
from tests.support import brussels, tool

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
REFERENCE_PAGES = {"api.md", "changelog.md", "methodology.md", "performance.md"}
"""Pages made from the library, the changelog or the benchmarks, not from examples."""


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_every_python_block_of_the_page_runs(page: Path) -> None:
    namespace: dict[str, Any] = {}
    blocks = BLOCK.findall(page.read_text(encoding="utf-8"))
    for number, block in enumerate(blocks):
        name = f"{page.name}[{number}]"
        if block.lstrip().startswith(">>>"):
            test = doctest.DocTestParser().get_doctest(block, namespace, name, page.name, 0)
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
            runner.run(test, clear_globs=False)
            assert runner.failures == 0, f"{name} failed its doctest"
            namespace.update(test.globs)  # the doctest ran on a copy: keep what it defined
        else:
            exec(compile(block, name, "exec"), namespace)  # noqa: S102  # our own docs


def test_every_page_but_the_reference_ones_has_python_examples() -> None:
    without = [
        page.name
        for page in PAGES
        if page.name not in REFERENCE_PAGES and not BLOCK.search(page.read_text(encoding="utf-8"))
    ]
    assert without == []


def test_the_schemas_in_docs_are_those_the_library_generates() -> None:
    module = tool("write_schema")
    for path, text in module.schemas().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is out of date: run python tools/write_schema.py"
        )


def test_the_methodology_page_is_the_one_the_tool_writes() -> None:
    assert (DOCS / "methodology.md").read_text(encoding="utf-8") == tool(
        "write_methodology_doc"
    ).methodology_page(), "docs/methodology.md is out of date: run tools/write_methodology_doc.py"


def test_the_methodology_page_names_every_rule_and_no_other() -> None:
    page = (DOCS / "methodology.md").read_text(encoding="utf-8")
    on_page = set(re.findall(r"^\| `([a-z]+(?:\.[a-z0-9-]+)+)` \|", page, re.MULTILINE))
    assert on_page == set(CATALOGUE)


def test_the_api_page_documents_every_public_name() -> None:
    page = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\.\. (?:auto\w+|py:data):: partnership_model\.(\w+)$", page, re.M)
    public = [name for name in partnership_model.__all__ if name != "__version__"]
    assert sorted(documented) == sorted(public)
    assert ".. automodule:: partnership_model.testing.strategies" in page


CONTRIBUTING = DOCS / "contributing.md"
EXCERPT = re.compile(r"```\{code-block\} python\n(.*?)```", re.DOTALL)
EXCERPT_HOMES = (
    "partnership_model._rules.define",
    "partnership_model.testing._breaks.define",
    "tests.test_rules_define",
)
"""The module each excerpt of the rule checklist is written into, in the page's order."""


def free_names(source: str) -> set[str]:
    """The names ``source`` reads and does not bind itself."""
    tree = ast.parse(source)
    bound = {
        node.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load)
    }
    bound |= {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
    bound |= {node.arg for node in ast.walk(tree) if isinstance(node, ast.arg)}
    read = {
        node.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
    }
    return read - bound - set(dir(builtins))


def excerpts() -> list[str]:
    page = CONTRIBUTING.read_text(encoding="utf-8")
    return [textwrap.dedent(block) for block in EXCERPT.findall(page)]


def run_excerpt(at: int, **replaced: object) -> dict[str, Any]:
    """The namespace of the module the excerpt goes into, once the excerpt has run in a
    copy of it, with ``replaced`` names (a decorator that registers nothing)."""
    namespace = {**vars(importlib.import_module(EXCERPT_HOMES[at])), **replaced}
    exec(compile(excerpts()[at], f"contributing.md[{at}]", "exec"), namespace)  # noqa: S102
    return namespace


def test_the_example_rule_of_the_checklist_runs_and_finds_its_example_break() -> None:
    declared: dict[str, Any] = {}

    def rule(**fields: Any) -> Any:
        def keep(check: Any) -> Any:
            declared.update(fields, check=check)
            return check

        return keep

    run_excerpt(0, rule=rule)
    example_rule = Rule(**declared)  # what @rule would register: checked like any rule
    examples = run_excerpt(2)
    example = examples["EXAMPLES"][example_rule.code]
    dossier = example.build()
    violations = list(example_rule.check(Context(dossier.convention, dossier, None)))
    assert [f"$.convention.{violation.path}" for violation in violations] == example.paths
    for language in LANGUAGES:
        assert example_rule.message[language].format(**violations[0].params)


@given(st.data())
def test_the_example_break_of_the_checklist_breaks_what_the_rule_reads(
    data: st.DataObject,
) -> None:
    def breaks(code: str, **parts: object) -> Any:
        return lambda function: function

    apply = run_excerpt(1, breaks=breaks)["_public_without_size"]
    broken, also = apply(data.draw, brussels(), None)
    assert also == frozenset()
    assert [public.size for public in broken.convention.target_publics].count(None) >= 1


def test_each_excerpt_of_the_rule_checklist_reads_only_names_its_module_has() -> None:
    excerpts = [
        textwrap.dedent(block)
        for block in EXCERPT.findall(CONTRIBUTING.read_text(encoding="utf-8"))
    ]
    assert len(excerpts) == len(EXCERPT_HOMES)
    for excerpt, home in zip(excerpts, EXCERPT_HOMES, strict=True):
        names = vars(importlib.import_module(home))
        assert sorted(free_names(excerpt) - set(names)) == [], home


def test_every_file_the_contributing_page_names_exists() -> None:
    named = re.findall(
        r"`([\w./<>*-]+\.(?:py|sh|md|json))`", CONTRIBUTING.read_text(encoding="utf-8")
    )
    places = (
        ROOT,
        ROOT / "src" / "partnership_model",
        ROOT / "src" / "partnership_model" / "testing",
    )
    missing = [
        name
        for name in named
        if not any(any(place.glob(re.sub(r"<\w+>", "*", name))) for place in places)
    ]
    assert named
    assert missing == []


def test_every_module_the_contributing_page_maps_exists() -> None:
    table = (
        CONTRIBUTING.read_text(encoding="utf-8").split("## Where things live")[1].split("##")[0]
    )
    modules = {
        name
        for row in table.splitlines()
        if row.startswith("| ") and "|---" not in row
        for name in re.findall(r"`(_?[a-z_]+)`", row.split("|")[2])
    }
    assert "_wording" in modules
    missing = [
        name
        for name in sorted(modules)
        if importlib.util.find_spec(f"partnership_model.{name}") is None
        and importlib.util.find_spec(f"partnership_model.testing.{name}") is None
    ]
    assert missing == []
