"""Every Python example in the README and in docs/ runs and shows what it says."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def python_blocks() -> list[tuple[str, int, str]]:
    return [
        (page.name, number, block)
        for page in PAGES
        for number, block in enumerate(BLOCK.findall(page.read_text(encoding="utf-8")))
    ]


@pytest.mark.parametrize(
    ("page", "number", "block"),
    python_blocks(),
    ids=[f"{page}-{number}" for page, number, _ in python_blocks()],
)
def test_python_block_runs(page: str, number: int, block: str) -> None:
    if block.lstrip().startswith(">>>"):
        parser = doctest.DocTestParser()
        test = parser.get_doctest(block, {}, f"{page}[{number}]", page, 0)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        runner.run(test)
        assert runner.failures == 0, f"{page} block {number} failed its doctest"
    else:
        exec(compile(block, f"{page}[{number}]", "exec"), {})  # noqa: S102  # our own docs
