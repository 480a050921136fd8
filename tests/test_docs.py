"""Every Python example in the README and in docs/ runs and shows what it says.

The blocks of one page run in order in one namespace, as a reader follows them.
"""

from __future__ import annotations

import doctest
import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


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
        else:
            exec(compile(block, name, "exec"), namespace)  # noqa: S102  # our own docs


def test_the_pages_have_python_examples() -> None:
    assert all(BLOCK.search(page.read_text(encoding="utf-8")) for page in PAGES[:2])


def test_the_schemas_in_docs_are_those_the_library_generates() -> None:
    spec = importlib.util.spec_from_file_location(
        "write_schema", ROOT / "tools" / "write_schema.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path, text in module.schemas().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is out of date: run python tools/write_schema.py"
        )
