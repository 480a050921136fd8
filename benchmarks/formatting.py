"""How long the formatter takes to say an amount, with Babel and without it.

Amounts of every size Money holds, in euros and a few other currencies, said by one
formatter per language; the time per amount at two counts, so that a cost which grows
with the count (a cache that does not hold) shows.

    python benchmarks/formatting.py [--repeat 3] [--counts 10000 100000]
"""

from __future__ import annotations

import argparse
import random
import sys
from decimal import Decimal
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from timing import median_seconds

from partnership_model._formatting import Formatter
from partnership_model.money import Money

CURRENCIES = ("EUR", "EUR", "EUR", "USD", "CHF", "GBP", "XOF")


def amounts(count: int) -> list[Money]:
    """``count`` amounts: cents mostly, and now and then any number of digits Money keeps."""
    draw = random.Random(18)
    drawn = []
    for _ in range(count):
        if draw.random() < 0.9:
            amount = Decimal(draw.randrange(10**9)).scaleb(-2)
        else:
            digits = draw.randrange(1, 31)
            amount = Decimal(draw.randrange(10**digits)).scaleb(-draw.randrange(digits))
        drawn.append(Money(amount=amount, currency=draw.choice(CURRENCIES)))
    return drawn


def say(formatter: Formatter, drawn: list[Money]) -> list[str]:
    return [formatter.money(money) for money in drawn]


def without_babel() -> None:
    for name in [name for name in sys.modules if name == "babel" or name.startswith("babel.")]:
        sys.modules[name] = None  # type: ignore[assignment]  # an import of it now fails
    sys.modules["babel"] = None  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure")
    parser.add_argument("--counts", nargs="+", type=int, default=[10_000, 100_000])
    args = parser.parse_args()
    with_babel = {language: Formatter(language) for language in ("fr", "en", "nl")}
    without_babel()
    by_hand = {language: Formatter(language) for language in ("fr", "en", "nl")}
    print(f"{'count':>8} {'language':8} {'µs with Babel':>14} {'µs without':>11}")
    for count in args.counts:
        drawn = amounts(count)
        for language in ("fr", "en", "nl"):
            figures = []
            for formatter in (with_babel[language], by_hand[language]):
                seconds = median_seconds(partial(say, formatter, drawn), args.repeat)
                figures.append(seconds / count * 1e6)
            print(f"{count:>8} {language:8} {figures[0]:>14.2f} {figures[1]:>11.2f}")


if __name__ == "__main__":
    main()
