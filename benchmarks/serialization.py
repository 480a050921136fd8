"""How long writing and reading JSON takes, against orjson on the same plain data.

The floor is ``orjson.dumps`` + ``orjson.loads`` of the very dicts that ``to_dict``
produces: what any JSON library must at least spend. Every figure is a median over
repeats, measured in this one process, and printed with its ratio to the floor.

    python benchmarks/serialization.py --size M [--repeat 7] [--profile]
    python benchmarks/serialization.py --error-path [--megabytes 60]
    python benchmarks/serialization.py --linear S M L XL [--repeat 3]

``--linear`` reads the dossier of each size with the garbage collector on, as a user's
process has it, and prints the time per megabyte of each beside the smallest of them:
issue 17 asks that it stay within 20 % from S to XL (about 100 MB).

``--error-path`` measures what refusing a large document costs in memory: a JSON array
of zeros (the shape of a document that is JSON and nothing the library reads), refused
and its error written out as the command line does, as a multiple of its size.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import statistics
import sys
import tracemalloc
from functools import partial
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).parent))

from dossiers import SIZES, dossier  # the benchmarks folder is not a package
from timing import seconds

from partnership_model import Dossier
from partnership_model.serialization import (
    ORJSON_READ_LIMIT,
    SerializationError,
    from_json,
    to_dict,
    to_json,
)

ERROR_PATH_LIMIT = 7
"""The most the error path may hold in memory, as a multiple of the refused document."""


def error_path(megabytes: int) -> None:
    document = b"[" + b"0," * (megabytes * 500_000 - 1) + b"0]"

    def refuse() -> str:
        try:
            from_json(document, Dossier, max_size=len(document))
        except SerializationError as error:
            return str(error)
        raise AssertionError("a JSON array is not a dossier")

    elapsed = seconds(refuse)
    gc.collect()
    tracemalloc.start()  # tracing thirty million objects takes a while
    said = refuse()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    ratio = peak / len(document)
    print(
        f"refusing a {len(document) / 1e6:.0f} MB array: {elapsed:.1f} s, peak memory "
        f"{peak / 1e6:.0f} MB, {ratio:.1f}x the document (goal: at most {ERROR_PATH_LIMIT}x)"
    )
    print(f"  {said.splitlines()[1].strip()}")


def rebuilt(value: object) -> object:
    """The same plain data, made again: one new dict or list per container, each value
    visited once. The least any writer or reader written in Python spends beyond the JSON
    parser itself: a reader makes an object per JSON object, a writer a dict per object."""
    if type(value) is dict:
        return {key: rebuilt(item) for key, item in value.items()}
    if type(value) is list:
        return [rebuilt(item) for item in value]
    return value


LINEAR_SPREAD = 0.20
"""How far the time per megabyte of reading may rise above the smallest across sizes."""


def linearity(sizes: list[str], repeat: int) -> None:
    per_megabyte = {}
    for size in sizes:
        text = to_json(dossier(size))
        megabytes = len(text.encode()) / 1e6
        read = partial(from_json, text, Dossier, max_size=len(text))
        elapsed = min(seconds(read) for _ in range(repeat))
        per_megabyte[size] = (megabytes, elapsed * 1e3 / megabytes)
        gc.collect()
    least = min(ms for _, ms in per_megabyte.values())
    print(f"{'size':<6}{'MB':>8}{'ms/MB':>10}{'x the least':>13}")
    for size, (megabytes, ms) in per_megabyte.items():
        print(f"{size:<6}{megabytes:>8.1f}{ms:>10.1f}{ms / least:>12.2f}x")
    spread = max(ms for _, ms in per_megabyte.values()) / least - 1
    print(f"spread: {spread:.0%} (goal: at most {LINEAR_SPREAD:.0%})")


def memory(text: str) -> None:
    """The peak memory of reading ``text``, beside that of its parser alone."""
    max_size = len(text) + 1
    gc.collect()
    tracemalloc.start()
    from_json(text, Dossier, max_size=max_size)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = len(text.encode())
    print(f"peak memory reading: {peak / 1e6:.1f} MB, {peak / size:.1f}x the document")
    # The floor: the parser from_json uses at this size, alone (orjson up to its limit).
    parse = orjson.loads if len(text) <= ORJSON_READ_LIMIT else json.loads
    gc.collect()
    tracemalloc.start()
    parsed = parse(text)
    _, parser_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del parsed
    print(
        f"  the parser alone ({parse.__module__}.loads): {parser_peak / 1e6:.1f} MB, "
        f"{parser_peak / size:.1f}x the document"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="M")
    parser.add_argument("--repeat", type=int, default=9, help="rounds of measurement")
    parser.add_argument("--profile", action="store_true", help="show where the time goes")
    parser.add_argument("--error-path", action="store_true", help="the memory of a refusal")
    parser.add_argument("--megabytes", type=int, default=60, help="with --error-path")
    parser.add_argument("--linear", nargs="+", choices=sorted(SIZES), help="sizes to compare")
    args = parser.parse_args()
    if args.error_path:
        error_path(args.megabytes)
        return
    if args.linear:
        linearity(args.linear, args.repeat)
        return

    subject = dossier(args.size)
    text = to_json(subject)
    plain = to_dict(subject)
    max_size = len(text) + 1
    assert from_json(text, Dossier, max_size=max_size) == subject

    # Each round times the floor and the library back to back, so that both meet the
    # same machine; the ratios are the medians of the rounds' own ratios.
    rounds: dict[str, list[float]] = {
        "dumps": [],
        "loads": [],
        "walk": [],
        "to_json": [],
        "from_json": [],
    }
    for _ in range(args.repeat):
        rounds["dumps"].append(seconds(lambda: orjson.dumps(plain)))
        rounds["walk"].append(seconds(lambda: rebuilt(plain)))
        rounds["loads"].append(seconds(lambda: orjson.loads(text)))
        rounds["to_json"].append(seconds(lambda: to_json(subject)))
        rounds["from_json"].append(seconds(lambda: from_json(text, Dossier, max_size=max_size)))
    floor = [d + lo for d, lo in zip(rounds["dumps"], rounds["loads"], strict=False)]
    # A Python library walks the data once to write it and once to read it.
    python_floor = [f + 2 * w for f, w in zip(floor, rounds["walk"], strict=False)]
    ours = [w + r for w, r in zip(rounds["to_json"], rounds["from_json"], strict=False)]

    def ratio(measured: list[float], against: list[float]) -> float:
        return statistics.median(m / a for m, a in zip(measured, against, strict=False))

    print(f"size {args.size}: {SIZES[args.size]}, document {len(text) / 1e6:.1f} MB")
    print(f"{'':<30}{'median':>10}{'x floor':>10}")
    for label, measured, against in [
        ("floor: orjson dumps + loads", floor, floor),
        ("to_json (vs orjson.dumps)", rounds["to_json"], rounds["dumps"]),
        ("from_json (vs orjson.loads)", rounds["from_json"], rounds["loads"]),
        ("round trip (vs the floor)", ours, floor),
        ("floor + two walks in Python", python_floor, floor),
        ("round trip (vs that)", ours, python_floor),
    ]:
        median = statistics.median(measured)
        print(f"{label:<30}{median * 1e3:>8.1f}ms{ratio(measured, against):>9.2f}x")

    memory(text)

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        from_json(text, Dossier, max_size=max_size)
        to_json(subject)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()
