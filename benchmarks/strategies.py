"""How fast the public strategies draw, measured as a user's test meets them.

For each strategy a user draws most (complete conventions for each built-in profile,
conventions broken on purpose, dossiers, complete dossiers): examples per second of a
100-example test that draws it and does nothing else, under Hypothesis's default
settings (default deadline, every health check on; only the example database is off, so
that the benchmark writes nothing), and whether the health checks passed. Each rate is
divided by the floor measured in the same process: a test drawing ``st.builds`` of a
bare ``Convention``. The same measurement runs on the code of a baseline revision (by
default the last one before the strategies were made fast), from ``git archive``, in
its own process, and the ratio of the two ratios says how many times faster today's
strategies are, whatever the machine's speed. Then, the seconds a user's 100-example
test takes that draws a complete convention and validates it.

    python benchmarks/strategies.py [--examples 100] [--repeat 3] [--baseline REV]
                                    [--no-baseline] [--busy] [--suite]

``--busy`` keeps another CPU-bound process running during the measurements, as on a
shared CI runner; ``--suite`` also times the whole test suite under the CI profile.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import FailedHealthCheck

from partnership_model import Convention, validate
from partnership_model.testing.strategies import (
    broken_conventions,
    conventions,
    dossiers,
)

ROOT = Path(__file__).parent.parent
BASELINE = "da3d73c"
"""The last revision before the strategies drew each item from one block of bytes."""

STRATEGIES: dict[str, Callable[[], st.SearchStrategy[Any]]] = {
    "complete, methodology": lambda: conventions(profile="methodology", complete=True),
    "complete, collaboration": lambda: conventions(profile="collaboration", complete=True),
    "complete, consortium": lambda: conventions(profile="consortium", complete=True),
    "broken conventions": broken_conventions,
    "dossiers": dossiers,
    "complete dossiers": lambda: dossiers(complete=True),
}
FLOOR = "floor: st.builds(Convention)"


def floor() -> st.SearchStrategy[Convention]:
    return st.builds(Convention, name=st.text())


def examples_per_second(
    strategy: st.SearchStrategy[Any], examples: int, body: Callable[[Any], object]
) -> tuple[float, str]:
    """Examples per second of a test with Hypothesis's default settings, and whether its
    health checks passed. When they fail (the baseline's strategies do), the rate is
    measured again with the one that failed, ``too_slow``, turned off."""
    outcome = "passed"
    for checks in ([], [HealthCheck.too_slow]):
        ran = 0

        @settings(max_examples=examples, database=None, suppress_health_check=checks)
        @given(strategy)
        def test(value: Any) -> None:
            nonlocal ran
            ran += 1
            body(value)

        began = time.perf_counter()
        try:
            test()
        except FailedHealthCheck as failed:
            outcome = f"FAILED: {str(failed).splitlines()[0]}"
            continue
        return ran / (time.perf_counter() - began), outcome
    raise AssertionError(outcome)


def ignore(value: object) -> None:
    """A test body that does nothing: what is timed is drawing the examples."""


def measure(examples: int, repeat: int) -> dict[str, Any]:
    """The median rate of each strategy and of the floor, and each health-check outcome,
    measured in this process, rounds interleaved so that a slow moment hits them all."""
    rates: dict[str, list[float]] = {name: [] for name in (FLOOR, *STRATEGIES)}
    outcomes: dict[str, str] = {}
    made = {name: make() for name, make in STRATEGIES.items()}
    for strategy in (floor(), *made.values()):  # what a process does once, done first
        examples_per_second(strategy, 5, ignore)
    for _ in range(repeat):
        rates[FLOOR].append(examples_per_second(floor(), examples, ignore)[0])
        for name, strategy in made.items():
            rate, outcome = examples_per_second(strategy, examples, ignore)
            rates[name].append(rate)
            if outcome != "passed" or name not in outcomes:
                outcomes[name] = outcome
    return {
        "rates": {name: statistics.median(values) for name, values in rates.items()},
        "outcomes": outcomes,
    }


@contextlib.contextmanager
def baseline_sources(revision: str) -> Iterator[Path]:
    """The ``src`` folder of ``revision``, unpacked from git into a temporary folder."""
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "src.zip"
        command = ["git", "-C", str(ROOT), "archive", "-o", str(archive), revision, "src"]
        subprocess.run(command, check=True, capture_output=True)  # noqa: S603 - git, fixed arguments
        with zipfile.ZipFile(archive) as unpacked:
            unpacked.extractall(folder)
        yield Path(folder) / "src"


def measure_baseline(revision: str, examples: int, repeat: int) -> dict[str, Any]:
    """The same measurement on the baseline's code, in a process of its own."""
    with baseline_sources(revision) as sources:
        worker = [sys.executable, __file__, "--worker", "--examples", str(examples)]
        run = subprocess.run(  # noqa: S603 - our own interpreter and script
            [*worker, "--repeat", str(repeat)],
            env={**os.environ, "PYTHONPATH": str(sources)},
            check=True,
            capture_output=True,
            text=True,
        )
    # Hypothesis may print notes of its own before the measurement, on its last line.
    measured: dict[str, Any] = json.loads(run.stdout.splitlines()[-1])
    return measured


@contextlib.contextmanager
def busy(enabled: bool) -> Iterator[None]:
    """Another CPU-bound process running beside the measurements."""
    if not enabled:
        yield
        return
    burner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield
    finally:
        burner.kill()
        burner.wait()


def user_test_seconds(examples: int, repeat: int) -> float:
    """Seconds of a user's test drawing a complete convention and validating it."""
    complete = conventions(complete=True)
    return statistics.median(
        examples / examples_per_second(complete, examples, validate)[0] for _ in range(repeat)
    )


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


def report(today: dict[str, Any], baseline: dict[str, Any] | None, revision: str) -> None:
    today_floor = today["rates"][FLOOR]
    print(f"floor, {FLOOR.split(': ')[1]}: {today_floor:,.0f} examples/s")
    if baseline is not None:
        print(f"  (in the baseline's process, {revision}: {baseline['rates'][FLOOR]:,.0f}/s)")
    header = f"{'strategy':<26}{'per s':>8}{'/ floor':>9}"
    if baseline is not None:
        header += f"{'baseline/s':>12}{'x baseline':>12}"
    print(header + "  health checks" + (", baseline's" if baseline is not None else ""))
    for name in STRATEGIES:
        rate = today["rates"][name]
        line = f"{name:<26}{rate:>8.1f}{rate / today_floor:>9.3f}"
        outcome = today["outcomes"][name]
        if baseline is not None:
            before = baseline["rates"][name]
            speedup = (rate / today_floor) / (before / baseline["rates"][FLOOR])
            line += f"{before:>12.1f}{speedup:>11.1f}x"
            outcome += f", {baseline['outcomes'][name].split(':')[0].lower()}"
        print(f"{line}  {outcome}")
    for name in STRATEGIES:
        for measured, whose in ((today, "today"), (baseline, "baseline")):
            if measured is not None and measured["outcomes"][name] != "passed":
                print(f"{name} ({whose}): {measured['outcomes'][name]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", default=BASELINE, help="the revision to compare with")
    parser.add_argument("--no-baseline", action="store_true", help="measure today's code only")
    parser.add_argument("--busy", action="store_true", help="with a CPU-bound process beside")
    parser.add_argument("--suite", action="store_true", help="also time the CI test suite")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(args.examples, args.repeat)))
        return
    with busy(args.busy):
        baseline = (
            None
            if args.no_baseline
            else measure_baseline(args.baseline, args.examples, args.repeat)
        )
        today = measure(args.examples, args.repeat)
        report(today, baseline, args.baseline)
        seconds = user_test_seconds(args.examples, args.repeat)
        print(f"a user's {args.examples}-example test, validating each: {seconds:.1f} s")
    if args.suite:
        print(f"whole suite, CI profile: {suite_seconds():.0f} s")


if __name__ == "__main__":
    main()
