"""How long tallying the recorded decisions takes, against reading the same dossier.

A general assembly of 50 partners decides under one rule (two thirds of the votes cast,
a quorum of half the members present or represented, one proxy per holder, a veto on the
budget); each decision has its own attendance, proxies and ballots, drawn with a fixed
seed. The baseline is ``from_json`` of the very dossier, in this one process: the
tally of every decision is printed as a multiple of it, and per decision at two sizes,
so that a tally that grows faster than the minutes shows.

    python benchmarks/tally.py [--decisions 10000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from timing import seconds  # the benchmarks folder is not a package

from partnership_model import (
    Ballot,
    Choice,
    Convention,
    DecisionMode,
    DecisionRecord,
    DecisionRule,
    Dossier,
    GoverningBody,
    Partner,
    Proxy,
    ProxyRule,
    Topic,
    Veto,
    from_json,
    tally,
    to_json,
)

PARTNERS = 50


def assembly(decisions: int, seed: int = 2027) -> Dossier:
    """A dossier of ``decisions`` recorded decisions of a general assembly of 50."""
    chance = random.Random(seed)
    members = tuple(f"p{number:02d}" for number in range(PARTNERS))
    convention = Convention(
        name="Assemblée générale",
        partners=tuple(Partner(id=key, name=f"Association {key}") for key in members),
        governing_bodies=(GoverningBody(id="ag", name="Assemblée générale", members=members),),
        decision_rules=(
            DecisionRule(
                id="ag-rule",
                mode=DecisionMode.MAJORITY,
                body="ag",
                threshold=Fraction(2, 3),
                quorum=Fraction(1, 2),
                proxies=ProxyRule(most_per_holder=1),
                veto=Veto(topics=(Topic.BUDGET,)),
            ),
        ),
    )
    minutes = []
    first = dt.date(2027, 1, 1)
    for number in range(decisions):
        present = chance.sample(members, chance.randint(15, PARTNERS))
        absent = [member for member in members if member not in present]
        principals = chance.sample(absent, min(len(absent), chance.randint(0, 8)))
        represented = tuple(
            Proxy(principal=principal, holder=holder)
            for principal, holder in zip(principals, present, strict=False)
        )
        ballots = [
            Ballot(partner=member, choice=chance.choice(list(Choice))) for member in present
        ]
        ballots += [
            Ballot(partner=proxy.principal, choice=Choice.FOR, holder=proxy.holder)
            for proxy in represented
        ]
        minutes.append(
            DecisionRecord(
                id=f"d{number}",
                date=first + dt.timedelta(days=number % 365),
                title=f"Décision {number}",
                topic=chance.choice((Topic.BUDGET, Topic.PLANNING, Topic.STAFF)),
                body="ag",
                present=tuple(present),
                represented=represented,
                ballots=tuple(ballots),
            )
        )
    return Dossier(convention=convention, minutes=tuple(minutes))


def measure(decisions: int, repeat: int) -> tuple[float, float, int]:
    """Median seconds of from_json and of tallying every decision, and the document's size."""
    dossier = assembly(decisions)
    text = to_json(dossier)
    assert from_json(text, Dossier, max_size=len(text) + 1) == dossier

    def tally_all() -> list[object]:
        return [tally(record, dossier) for record in dossier.minutes]

    reading, counting = [], []
    for _ in range(repeat):
        reading.append(seconds(lambda: from_json(text, Dossier, max_size=len(text) + 1)))
        counting.append(seconds(tally_all))
    return statistics.median(reading), statistics.median(counting), len(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--decisions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5, help="rounds of measurement")
    args = parser.parse_args()
    small = max(1, args.decisions // 10)
    print(f"{PARTNERS} partners; tally of every decision, as a multiple of from_json")
    print(f"{'decisions':>10}{'document':>11}{'from_json':>12}{'tally':>10}{'x read':>8}"
          f"{'per decision':>14}")  # fmt: skip
    per_decision = []
    for count in (small, args.decisions):
        reading, counting, size = measure(count, args.repeat)
        per_decision.append(counting / count)
        print(
            f"{count:>10}{size / 1e6:>9.1f}MB{reading * 1e3:>10.0f}ms{counting * 1e3:>8.0f}ms"
            f"{counting / reading:>7.2f}x{counting / count * 1e6:>11.0f} µs"
        )
    growth = per_decision[1] / per_decision[0]
    print(f"time per decision at {args.decisions} over {small}: {growth:.2f} (linear: about 1)")


if __name__ == "__main__":
    main()
