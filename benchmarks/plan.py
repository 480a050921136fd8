"""How long the plan's questions take, against reading the same dossier.

The dossiers are those of ``benchmarks/dossiers.py`` at sizes M and L (500 and 5,000
steps), every fifth step made weekly (``FREQ=WEEKLY;BYDAY=TU``, within its planned
days) and every communication action monthly, so that expansions weigh. The baseline is
``from_json`` of the very dossier, in this one process. Measured: every occurrence of
the year (``occurrences``), the agenda of a day four weeks ahead (``agenda``), the
earliest schedule with its critical path (``earliest_schedule``) and the steps planned
too early (``early_starts``); each as a multiple of reading, and per step at both
sizes, so that a question that grows faster than the plan shows.

    python benchmarks/plan.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

import attrs

from partnership_model import (
    CommunicationPlan,
    Dossier,
    Recurrence,
    Timeline,
    agenda,
    earliest_schedule,
    early_starts,
    from_json,
    occurrences,
    to_json,
)

sys.path.insert(0, str(Path(__file__).parent))
from dossiers import dossier as synthetic
from timing import seconds

WEEKLY = Recurrence(rule="FREQ=WEEKLY;BYDAY=TU")
MONTHLY = Recurrence(rule="FREQ=MONTHLY;BYMONTHDAY=-1")
YEAR = (dt.date(2027, 1, 1), dt.date(2027, 12, 31))


def planned(size: str) -> Dossier:
    """The synthetic dossier of ``size`` with recurring steps and actions."""
    found = synthetic(size)
    convention = found.convention
    steps = tuple(
        attrs.evolve(step, recurrence=WEEKLY) if at % 5 == 0 else step
        for at, step in enumerate(convention.timeline.steps)
    )
    actions = tuple(
        attrs.evolve(action, frequency=MONTHLY) for action in convention.communication.actions
    )
    return attrs.evolve(
        found,
        convention=attrs.evolve(
            convention,
            timeline=Timeline(steps=steps),
            communication=CommunicationPlan(actions=actions),
        ),
    )


QUESTIONS: dict[str, Callable[[Dossier], object]] = {
    "occurrences": lambda d: occurrences(d, *YEAR, limit=10**7),
    "agenda": lambda d: agenda(d, on=dt.date(2027, 6, 1), days=28, limit=10**7),
    "earliest_schedule": lambda d: earliest_schedule(d.convention),
    "early_starts": lambda d: early_starts(d.convention),
}


def measure(size: str, repeat: int) -> tuple[int, int, float, dict[str, float]]:
    """The steps, the document's size, median seconds of from_json and of each question."""
    dossier = planned(size)
    text = to_json(dossier)
    limit = len(text) + 1
    assert from_json(text, Dossier, max_size=limit) == dossier
    reading: list[float] = []
    asked: dict[str, list[float]] = {name: [] for name in QUESTIONS}
    for _ in range(repeat):
        reading.append(seconds(lambda: from_json(text, Dossier, max_size=limit)))
        for name, question in QUESTIONS.items():
            asked[name].append(seconds(lambda q=question: q(dossier)))  # type: ignore[misc]
    steps = len(dossier.convention.timeline.steps)
    medians = {name: statistics.median(times) for name, times in asked.items()}
    return steps, len(text), statistics.median(reading), medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds of measurement")
    args = parser.parse_args()
    found = {size: measure(size, args.repeat) for size in ("M", "L")}
    print("the plan's questions, as a multiple of from_json of the same dossier")
    print(f"{'size':>5}{'steps':>7}{'document':>11}{'from_json':>11}", end="")
    print("".join(f"{name:>19}" for name in QUESTIONS))
    for size, (steps, length, reading, medians) in found.items():
        cells = "".join(
            f"{medians[name] * 1e3:>9.1f}ms {medians[name] / reading:>5.2f}x" for name in QUESTIONS
        )
        print(f"{size:>5}{steps:>7}{length / 1e6:>9.1f}MB{reading * 1e3:>9.0f}ms{cells}")
    (steps_m, _, _, m), (steps_l, _, _, big) = found["M"], found["L"]
    for name in QUESTIONS:
        growth = (big[name] / steps_l) / (m[name] / steps_m)
        print(f"{name}: time per step at L over M: {growth:.2f} (linear: about 1)")


if __name__ == "__main__":
    main()
