"""How long matching what the partnership lacks to its network takes, against reading it.

A synthetic dossier at three sizes: 100, 1,000 and 10,000 structures in its directory
(one to three offers each, of any category, most with a capacity), as many needs no
contribution covers as half the square root of that (5, 16, 50; each asking for its own
quantity, so that no two share a list) and two roles nobody holds; twenty partners,
some of them in the directory, some answering to a structure or being its contact.
Measured in one process: ``match_needs(dossier)``, as a multiple of ``from_json`` of
the same dossier, per structure, and per candidate listed (the structures proposed,
summed over the needs and roles). Every unmet need lists every structure offering its
category, so what is listed, and the work, grow as needs times structures: the time
per candidate listed stays flat when the matching is linear in what it lists. With
``--without-gc`` the matching runs with Python's garbage collector off, which shows how
much of the time the collector takes once the candidates are many.

    python benchmarks/network.py [--repeat 3] [--sizes 100,1000,10000] [--without-gc]
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import statistics
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from timing import seconds  # the benchmarks folder is not a package

from partnership_model import (
    Affiliation,
    Convention,
    Directory,
    Dossier,
    InstitutionKind,
    Need,
    NeedCategory,
    NeedMatch,
    Offer,
    Partner,
    PartnerKind,
    Quantity,
    Representative,
    Role,
    RoleKind,
    Structure,
    TargetPublic,
    from_json,
    match_needs,
    to_json,
)

AREAS = ("Laeken", "Schaerbeek", "Molenbeek", "Anderlecht", "Saint-Gilles", "Forest")
UNITS = ("personnes", "heures par semaine", "m²", "repas")
PARTNERS = 20


def networked(structures: int, *, seed: int = 2027) -> Dossier:
    """A dossier whose directory holds ``structures`` structures, and as many needs
    nobody covers as half the square root of that."""
    rng = random.Random(seed)
    categories = list(NeedCategory)
    partners = tuple(
        Partner(
            id=f"p{i}",
            name=f"Structure {i * 7}" if i % 4 == 0 else f"Association {i}",
            representatives=(Representative(name=f"Personne {i}", email=f"s{i * 11}@net.be"),),
            answers_to=(Affiliation(name=f"Structure {i * 13}", kind=InstitutionKind.HIERARCHY),),
        )
        for i in range(PARTNERS)
    )
    needs = tuple(
        Need(
            id=f"n{i}",
            category=rng.choice(categories),
            description=f"Besoin {i}",
            quantity=Quantity(value=Decimal(i + 1), unit=rng.choice(UNITS)),
        )
        for i in range(max(1, round(math.sqrt(structures) / 2)))
    )
    directory = Directory(
        structures=tuple(
            Structure(
                id=f"s{i}",
                name=f"Structure {i}",
                kind=rng.choice(list(PartnerKind)),
                area=rng.choice(AREAS),
                contact=f"s{i}@net.be",
                offers=tuple(
                    Offer(
                        category=rng.choice(categories),
                        description=f"Offre {i}",
                        capacity=Quantity(
                            value=Decimal(rng.randrange(1, 2 * len(needs) + 1)),
                            unit=rng.choice(UNITS),
                        )
                        if rng.random() < 0.8
                        else None,
                    )
                    for _ in range(rng.randrange(1, 4))
                ),
            )
            for i in range(structures)
        )
    )
    convention = Convention(
        name=f"Réseau de {structures} structures",
        partners=partners,
        needs=needs,
        target_publics=(TargetPublic(id="public", description="Familles", area="Laeken"),),
        roles=(
            Role(id="tresorier", kind=RoleKind.TREASURER),
            Role(id="secretaire", kind=RoleKind.SECRETARY),
        ),
    )
    return Dossier(convention=convention, directory=directory)


def measure(structures: int, repeat: int, collecting: bool) -> tuple[int, int, float, float]:
    """Unmet needs and roles, candidates listed, median seconds of from_json and of
    match_needs."""
    dossier = networked(structures)
    text = to_json(dossier)
    limit = len(text) + 1
    assert from_json(text, Dossier, max_size=limit) == dossier
    matches: tuple[NeedMatch, ...] = ()

    def matching() -> None:
        nonlocal matches
        matches = match_needs(dossier)

    reading: list[float] = []
    timed: list[float] = []
    for _ in range(repeat):
        reading.append(seconds(lambda: from_json(text, Dossier, max_size=limit)))
        timed.append(seconds(matching, collecting=collecting))
    listed = sum(len(match.candidates) for match in matches)
    return len(matches), listed, statistics.median(reading), statistics.median(timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="rounds of measurement")
    parser.add_argument(
        "--sizes", default="100,1000,10000", help="numbers of structures, comma separated"
    )
    parser.add_argument(
        "--without-gc", action="store_true", help="match with the garbage collector off"
    )
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    found = {size: measure(size, args.repeat, not args.without_gc) for size in sizes}
    collector = ", the garbage collector off" if args.without_gc else ""
    print(f"match_needs, as a multiple of from_json of the same dossier{collector}")
    print(
        f"{'structures':>11}{'unmet':>7}{'listed':>10}{'from_json':>11}{'match_needs':>13}"
        f"{'ratio':>8}{'per structure':>15}{'per listed':>12}"
    )
    for size, (unmet, listed, reading, matching) in found.items():
        print(
            f"{size:>11}{unmet:>7}{listed:>10}{reading * 1e3:>9.1f}ms{matching * 1e3:>11.1f}ms"
            f"{matching / reading:>7.2f}x{matching / size * 1e6:>13.1f}µs"
            f"{matching / listed * 1e6:>10.2f}µs"
        )
    for smaller, larger in itertools.pairwise(sizes):
        (_, listed_s, _, small), (_, listed_l, _, large) = found[smaller], found[larger]
        per_structure = (large / larger) / (small / smaller)
        per_listed = (large / listed_l) / (small / listed_s)
        print(
            f"{larger} over {smaller}: time per structure {per_structure:.2f}, "
            f"per candidate listed {per_listed:.2f} (linear in what is listed: about 1)"
        )


if __name__ == "__main__":
    main()
