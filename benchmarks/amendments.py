"""How long saying what amendments changed takes, against reading the same dossier.

The dossiers are those of ``benchmarks/dossiers.py`` at sizes M and L. Measured in one
process: ``diff`` of the convention and a readjusted copy (every tenth task retitled,
every tenth step a week later, every twentieth partner gone, ten objectives added),
its sentences in French (``explain``), and ``history`` of a dossier amended 50 times
(each amendment readjusting one step), each as a multiple of ``from_json`` of that
dossier, and per item at both sizes, so that a comparison that grows faster than the
texts shows.

    python benchmarks/amendments.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).parent))

from dossiers import dossier as synthetic
from timing import seconds

from partnership_model import (
    Convention,
    Dossier,
    Objective,
    Timeline,
    diff,
    from_json,
    history,
    to_json,
)

AMENDMENTS = 50


def readjusted(convention: Convention) -> Convention:
    """``convention`` with changes spread over it, of every kind a diff reports."""
    tasks = tuple(
        attrs.evolve(task, title=f"{task.title} (revu)") if at % 10 == 0 else task
        for at, task in enumerate(convention.tasks)
    )
    steps = tuple(
        attrs.evolve(
            step,
            planned=attrs.evolve(step.planned, end=step.planned.end + dt.timedelta(days=7)),
        )
        if at % 10 == 0 and step.planned.end is not None
        else step
        for at, step in enumerate(convention.timeline.steps)
    )
    partners = tuple(p for at, p in enumerate(convention.partners) if at % 20 != 19)
    added = tuple(Objective(id=f"obj-new-{at}", title=f"Objectif {at}") for at in range(10))
    return attrs.evolve(
        convention,
        tasks=tasks,
        timeline=Timeline(steps=steps),
        partners=partners,
        objectives=(*convention.objectives, *added),
    )


def amended(dossier: Dossier) -> Dossier:
    """``dossier`` amended 50 times, each amendment moving one step a day later."""
    start = dt.date(2027, 1, 1)
    for number in range(AMENDMENTS):
        convention = dossier.convention
        steps = list(convention.timeline.steps)
        step = steps[number % len(steps)]
        if step.planned.end is not None:
            later = attrs.evolve(step.planned, end=step.planned.end + dt.timedelta(days=1))
            steps[number % len(steps)] = attrs.evolve(step, planned=later)
        dossier = dossier.amend(
            attrs.evolve(convention, timeline=Timeline(steps=tuple(steps))),
            id=f"avenant-{number}",
            effective_from=start + dt.timedelta(days=number),
            rationale="Réajustement",
        )
    return dossier


def measure(size: str, repeat: int) -> tuple[int, float, dict[str, float]]:
    """Items of the text, median seconds of from_json and of each comparison."""
    dossier = synthetic(size)
    text = to_json(dossier)
    limit = len(text) + 1
    old = dossier.convention
    new = readjusted(old)
    found = diff(old, new)
    many = amended(dossier)
    questions: dict[str, Callable[[], object]] = {
        "diff": lambda: diff(old, new),
        "explain": lambda: found.explain("fr"),
        f"history of {AMENDMENTS}": lambda: history(many),
    }
    reading: list[float] = []
    asked: dict[str, list[float]] = {name: [] for name in questions}
    for _ in range(repeat):
        reading.append(seconds(lambda: from_json(text, Dossier, max_size=limit)))
        for name, question in questions.items():
            asked[name].append(seconds(question))
    items = len(old.tasks) + len(old.timeline.steps) + len(old.partners)
    return items, statistics.median(reading), {n: statistics.median(t) for n, t in asked.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="rounds of measurement")
    args = parser.parse_args()
    found = {size: measure(size, args.repeat) for size in ("M", "L")}
    names = list(found["M"][2])
    print("amendments said in words, as a multiple of from_json of the same dossier")
    print(f"{'size':>5}{'items':>8}{'from_json':>11}" + "".join(f"{n:>22}" for n in names))
    for size, (items, reading, medians) in found.items():
        cells = "".join(
            f"{medians[name] * 1e3:>12.1f}ms {medians[name] / reading:>6.2f}x" for name in names
        )
        print(f"{size:>5}{items:>8}{reading * 1e3:>9.0f}ms{cells}")
    (items_m, _, m), (items_l, _, big) = found["M"], found["L"]
    for name in names:
        growth = (big[name] / items_l) / (m[name] / items_m)
        print(f"{name}: time per item at L over M: {growth:.2f} (linear: about 1)")


if __name__ == "__main__":
    main()
