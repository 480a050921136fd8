"""How long validation takes, next to reading the same dossier, and how it grows.

For each size, in one process: the median time of ``validate`` (methodology profile,
with ``today`` so that every rule runs) and of ``from_json`` on the same document,
and their ratio. Validation must take no longer than reading (ratio at most 1 at M)
and grow linearly: from M to L, ten times the data, at most twelve times the time.

    python benchmarks/validation.py [--sizes S M L] [--repeat 7] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import functools
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from dossiers import SIZES, dossier
from timing import median_seconds

from partnership_model import Dossier, from_json, to_json, validate

TODAY = dt.date(2027, 7, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", choices=sorted(SIZES), default=["S", "M", "L"])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="show where validation spends")
    args = parser.parse_args()

    print(f"{'size':<6}{'validate':>12}{'from_json':>12}{'ratio':>8}{'findings':>10}")
    timings: dict[str, float] = {}
    for size in args.sizes:
        subject = dossier(size)
        text = to_json(subject)
        limit = len(text) + 1
        report = validate(subject, today=TODAY)
        checking = median_seconds(functools.partial(validate, subject, today=TODAY), args.repeat)
        reading = median_seconds(
            functools.partial(from_json, text, Dossier, max_size=limit), args.repeat
        )
        timings[size] = checking
        print(
            f"{size:<6}{checking * 1e3:>10.1f}ms{reading * 1e3:>10.1f}ms"
            f"{checking / reading:>8.2f}{len(report.findings):>10}"
        )
    if "M" in timings and "L" in timings:
        print(f"growth from M to L (10x the data): {timings['L'] / timings['M']:.1f}x the time")
    if args.profile:
        subject = dossier(args.sizes[-1])
        profiler = cProfile.Profile()
        profiler.enable()
        validate(subject, today=TODAY)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumtime").print_stats(20)


if __name__ == "__main__":
    main()
