"""How long the exports take, against reading the same document.

For the dossiers of ``benchmarks/dossiers.py`` at sizes S, M and L, the baseline is
``from_json`` of the very dossier, in this one process. Measured: the rendered
convention (``render_markdown``), the agreement to sign as Markdown and as HTML
(``render_agreement``), its Gantt chart (``render_gantt``), its calendar
(``to_ical``, when the ``ical`` extra is installed) and its summary (``summarize``),
each as a multiple of reading, and per megabyte of the document at every size, so
that an export that grows faster than the document shows. The goal of issue 17:
``render_markdown`` and every export at most twice ``from_json``, and linear.

    python benchmarks/render.py [--repeat 3] [--sizes S M L]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from dossiers import SIZES, dossier  # the benchmarks folder is not a package
from timing import median_seconds

from partnership_model import (
    Dossier,
    MissingExtraError,
    from_json,
    render_agreement,
    render_gantt,
    render_markdown,
    summarize,
    to_ical,
    to_json,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure")
    parser.add_argument("--sizes", nargs="+", choices=sorted(SIZES), default=["S", "M", "L"])
    args = parser.parse_args()
    exports: dict[str, Callable[[Dossier], object]] = {
        "render_markdown": render_markdown,
        "render_gantt": render_gantt,
        "summarize": summarize,
        "agreement (md)": render_agreement,
    }
    try:
        render_agreement(Dossier(convention=dossier("S").convention), format="html")
        exports["agreement (html)"] = partial(render_agreement, format="html")
    except MissingExtraError:
        print("render_agreement(format='html'): the print extra is not installed, left out")
    try:
        to_ical(Dossier(convention=dossier("S").convention))
        exports["to_ical"] = to_ical
    except MissingExtraError:
        print("to_ical: the ical extra is not installed, left out")
    print(f"{'size':4} {'MB':>6} {'export':16} {'ms':>9} {'x from_json':>12} {'ms/MB':>8}")
    for size in args.sizes:
        subject = dossier(size)
        text = to_json(subject)
        megabytes = len(text.encode("utf-8")) / 1e6
        limit = len(text) + 1
        assert from_json(text, Dossier, max_size=limit) == subject  # the reader made once
        reading = median_seconds(partial(from_json, text, Dossier, max_size=limit), args.repeat)
        print(
            f"{size:4} {megabytes:6.1f} {'from_json':16} {reading * 1e3:9.1f} {1:12.2f} "
            f"{reading * 1e3 / megabytes:8.1f}"
        )
        for name, export in exports.items():
            took = median_seconds(partial(export, subject), args.repeat)
            print(
                f"{size:4} {megabytes:6.1f} {name:16} {took * 1e3:9.1f} {took / reading:12.2f} "
                f"{took * 1e3 / megabytes:8.1f}"
            )
        if "to_ical" in exports:
            # The floor of any export through icalendar: icalendar writing the very
            # calendar to_ical made, its components already built.
            import icalendar  # noqa: PLC0415  # the optional extra, present here

            calendar = icalendar.Calendar.from_ical(to_ical(subject))
            took = median_seconds(calendar.to_ical, args.repeat)
            label = "  icalendar alone"
            print(
                f"{size:4} {megabytes:6.1f} {label:16} {took * 1e3:9.1f} {took / reading:12.2f} "
                f"{took * 1e3 / megabytes:8.1f}"
            )


if __name__ == "__main__":
    main()
