"""What a process pays before its first answer: importing the library, reading a first
document, and a whole ``partnership-model check`` of the shipped example.

Each figure is the median of fresh processes, measured in this one run beside its floor:
``python -c "import attrs, cattrs, dateutil"``, the libraries this one cannot start
without. The processes see what an installed package gives a user: compiled bytecode
(``PYTHONDONTWRITEBYTECODE`` is left out of their environment, and a first run writes
the bytecode the others read) and no coverage. The goals are those of issue 17:

- ``import partnership_model`` at most 30 ms over the floor;
- the first ``from_json`` of a process at most twice a later one: the same reading in a
  process that has read another document first (reading the same text again skips the
  checks of its recurrences, which are cached, and is shown too);
- ``partnership-model check`` of the shipped example at most three times the floor.

    python benchmarks/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "brussels-partnership.json"
ANOTHER = ROOT / "examples" / "collaboration.json"

FIRST_AND_LATER = f"""
import time
from partnership_model import Dossier, from_json
text = open({str(EXAMPLE)!r}, encoding="utf-8").read()
began = time.perf_counter()
from_json(text, Dossier)
first = time.perf_counter() - began
laters = []
for _ in range(20):
    began = time.perf_counter()
    from_json(text, Dossier)
    laters.append(time.perf_counter() - began)
print(first, min(laters))
"""

WARMED = f"""
import time
from partnership_model import Dossier, from_json
# Another document first: the process is warm, but the example's recurrences are not yet
# checked (the check of a rule is cached, so that reading the same text again skips it).
from_json(open({str(ANOTHER)!r}, encoding="utf-8").read(), Dossier)
text = open({str(EXAMPLE)!r}, encoding="utf-8").read()
began = time.perf_counter()
from_json(text, Dossier)
print(time.perf_counter() - began)
"""


def environment() -> dict[str, str]:
    hidden = {"PYTHONDONTWRITEBYTECODE", "COVERAGE_PROCESS_START"}
    return {key: value for key, value in os.environ.items() if key not in hidden}


def wall(arguments: list[str], runs: int) -> float:
    """The median wall time of ``python arguments`` in fresh processes, in seconds."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(  # noqa: S603  # our own interpreter, fixed arguments
            [sys.executable, *arguments],
            check=True,
            capture_output=True,
            cwd=ROOT,
            env=environment(),
        )
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def printed(script: str) -> list[float]:
    """The figures that ``python -c script`` prints, in a fresh process."""
    result = subprocess.run(  # noqa: S603  # our own interpreter, fixed arguments
        [sys.executable, "-c", script],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment(),
    )
    return [float(word) for word in result.stdout.split()]


def first_and_later(runs: int) -> tuple[float, float, float]:
    """The median time of a process's first ``from_json`` of the shipped example; of the
    best of twenty later ones (its rules' checks then cached); and of its reading in a
    process that has read another document first (warm, its rules checked)."""
    firsts, laters, warmed = [], [], []
    for _ in range(runs):
        first, later = printed(FIRST_AND_LATER)
        firsts.append(first)
        laters.append(later)
        warmed += printed(WARMED)
    return statistics.median(firsts), statistics.median(laters), statistics.median(warmed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="fresh processes per figure")
    args = parser.parse_args()
    check = ["-m", "partnership_model", "check", str(EXAMPLE)]
    wall(check, 1)  # writes the bytecode the measured runs read
    floor = wall(["-c", "import attrs, cattrs, dateutil"], args.runs)
    imported = wall(["-c", "import partnership_model"], args.runs)
    everything = wall(["-c", "from partnership_model import *"], args.runs)
    checked = wall(check, args.runs)
    first, later, warm = first_and_later(args.runs)
    print(f"floor: python -c 'import attrs, cattrs, dateutil'   {floor * 1e3:7.1f} ms")
    print(
        f"import partnership_model                          {imported * 1e3:7.1f} ms"
        f"   {(imported - floor) * 1e3:+6.1f} ms over the floor (goal: at most +30)"
    )
    print(
        f"from partnership_model import * (every module)    {everything * 1e3:7.1f} ms"
        f"   {(everything - floor) * 1e3:+6.1f} ms over the floor"
    )
    print(
        f"partnership-model check {EXAMPLE.name}  {checked * 1e3:7.1f} ms"
        f"   {checked / floor:5.2f}x the floor (goal: at most 3x)"
    )
    print(
        f"first from_json of a process                      {first * 1e3:7.1f} ms"
        f"   {first / warm:5.1f}x the same reading in a warm process ({warm * 1e3:.2f} ms;"
        " goal: at most 2x)"
    )
    print(
        f"  the same text read again (rules' checks cached)  {later * 1e3:7.2f} ms"
        f"   {first / later:5.1f}x"
    )


if __name__ == "__main__":
    main()
