"""A directory of the network around Brussels partnerships, kept apart from any dossier.

A social coordination keeps one directory of the structures it knows, what each offers
and where it works, and shares it with every partnership it follows:
``partnership-model match DOSSIER --directory examples/brussels-network.json`` then says
who could meet the needs that no partner covers. The organisations are invented; some
carry the names the other examples give them (the CPAS of Laeken, a partner of the
Brussels partnership; the youth service of Saint-Gilles, which a partner of the draft
answers to).

Run it to list the structures by category of offer:
``python examples/brussels_network.py [fr|en|nl]``.
"""

from __future__ import annotations

import sys
from decimal import Decimal

from partnership_model import (
    Directory,
    NeedCategory,
    Offer,
    PartnerKind,
    Quantity,
    Structure,
)


def people(count: int) -> Quantity:
    return Quantity(value=Decimal(count), unit="personnes")


def build_directory() -> Directory:
    """The structures of the network, as the coordination stores them."""
    return Directory(
        structures=(
            Structure(
                id="plateforme-volontariat",
                name="Plateforme du volontariat bruxellois",
                kind=PartnerKind.NETWORK,
                area="Bruxelles",
                contact="contact@volontariat-bxl.example",
                offers=(
                    Offer(
                        category=NeedCategory.HUMAN_RESOURCES,
                        description="Bénévoles orientés vers les associations",
                        capacity=people(10),
                    ),
                ),
            ),
            Structure(
                id="maison-val-marie",
                name="Maison de quartier du Val Marie",
                area="Laeken (1020)",
                offers=(
                    Offer(
                        category=NeedCategory.HUMAN_RESOURCES,
                        description="Bénévoles du quartier",
                        capacity=people(4),
                    ),
                    Offer(
                        category=NeedCategory.INFRASTRUCTURE,
                        description="Salle polyvalente le mercredi",
                        capacity=Quantity(value=Decimal(1), unit="demi-journées par semaine"),
                    ),
                ),
            ),
            Structure(
                id="coordination-laeken",
                name="Coordination sociale de Laeken",
                kind=PartnerKind.NETWORK,
                area="Laeken (1020)",
                offers=(
                    Offer(category=NeedCategory.OTHER, description="Médiation et mise en réseau"),
                    Offer(
                        category=NeedCategory.PLANNING,
                        description="Animation des réunions de coordination",
                    ),
                ),
            ),
            Structure(
                id="cpas",
                name="CPAS de Laeken (antenne sociale)",
                kind=PartnerKind.PUBLIC_AUTHORITY,
                area="Laeken (1020)",
                offers=(
                    Offer(
                        category=NeedCategory.FINANCIAL,
                        description="Intervention dans les frais alimentaires",
                    ),
                ),
            ),
            Structure(
                id="cohesion-sociale",
                name="Cohésion sociale (Commission communautaire française)",
                kind=PartnerKind.PUBLIC_AUTHORITY,
                area="Bruxelles",
                offers=(
                    Offer(category=NeedCategory.FINANCIAL, description="Subsides quinquennaux"),
                ),
            ),
            Structure(
                id="jeunesse-saint-gilles",
                name="Service jeunesse de la commune",
                kind=PartnerKind.PUBLIC_AUTHORITY,
                area="Saint-Gilles (1060)",
                offers=(
                    Offer(
                        category=NeedCategory.FINANCIAL,
                        description="Subside aux projets de quartier",
                    ),
                    Offer(
                        category=NeedCategory.HUMAN_RESOURCES,
                        description="Un animateur détaché quelques heures par semaine",
                        capacity=Quantity(value=Decimal(6), unit="heures par semaine"),
                    ),
                ),
            ),
        )
    )


if __name__ == "__main__":
    language = sys.argv[1] if len(sys.argv) > 1 else "fr"
    directory = build_directory()
    for category in NeedCategory:
        offering = directory.offering(category)
        if offering:
            print(f"{category.label(language)}: {', '.join(s.name for s in offering)}")
