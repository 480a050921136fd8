"""How fast the public strategies draw complete conventions, and how long a user's test takes.

For each built-in profile, in one process: complete conventions drawn per second by
``conventions(profile=..., complete=True)`` at default sizes, as a ratio to Hypothesis's
own floor (examples per second of a test drawing one integer, run in the same process);
and the seconds a user's 100-example test takes that draws a complete convention and
validates it. The aim: such a test runs in a few seconds. ``--suite`` also times the
whole test suite under the CI Hypothesis profile, as ``.ci/run`` runs it.

    python benchmarks/strategies.py [--examples 100] [--repeat 3] [--suite]
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from partnership_model import validate
from partnership_model.testing.strategies import conventions

ROOT = Path(__file__).parent.parent
PROFILES = ("methodology", "collaboration", "consortium")


def seconds_for(
    strategy: st.SearchStrategy[Any], examples: int, body: Callable[[Any], object]
) -> float:
    """Seconds a Hypothesis test of ``examples`` examples takes, generation included."""

    # Health checks stay on: a strategy that made them fire would fail the benchmark.
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=[])
    @given(strategy)
    def test(value: Any) -> None:
        body(value)

    began = time.perf_counter()
    test()
    return time.perf_counter() - began


def ignore(value: object) -> None:
    """A test body that does nothing: what is timed is drawing the examples."""


def median(repeat: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(repeat))


def suite_seconds() -> float:
    environment = {**os.environ, "PARTNERSHIP_MODEL_HYPOTHESIS_PROFILE": "ci"}
    began = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x"],
        cwd=ROOT,
        env=environment,
        check=False,
        capture_output=True,
        text=True,
    )
    if run.returncode:
        sys.exit(f"the test suite failed, so its time means nothing:\n{run.stdout[-2000:]}")
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--suite", action="store_true", help="also time the CI test suite")
    args = parser.parse_args()
    examples, repeat = args.examples, args.repeat

    floor = median(repeat, functools.partial(seconds_for, st.integers(), examples, ignore))
    print(f"Hypothesis floor: {examples / floor:,.0f} examples/s (a test drawing one integer)")
    print(f"{'profile':<14}{'conventions/s':>14}{'x floor':>9}{'100-example test':>18}")
    for profile in PROFILES:
        complete = conventions(profile=profile, complete=True)
        drawing = median(repeat, functools.partial(seconds_for, complete, examples, ignore))
        checking = median(
            repeat,
            functools.partial(
                seconds_for, complete, examples, functools.partial(validate, profile=profile)
            ),
        )
        print(
            f"{profile:<14}{examples / drawing:>14.1f}{drawing / floor:>9.0f}"
            f"{checking * 100 / examples:>16.1f} s"
        )
    if args.suite:
        print(f"whole suite, CI profile: {suite_seconds():.0f} s")


if __name__ == "__main__":
    main()
