"""Brussels fixtures shared by several test modules: three partners as the conventions
name them, and amounts in euros.

A module that needs them richer (a partner with its representatives, say) builds its own.
"""

from __future__ import annotations

from decimal import Decimal

from partnership_model import Money, Partner, PartnerKind


def bonnevie() -> Partner:
    return Partner(id="bonnevie", name="Maison de quartier Bonnevie")


def marolles() -> Partner:
    return Partner(id="marolles", name="Entr'aide des Marolles")


def cpas() -> Partner:
    return Partner(
        id="cpas-molenbeek", name="CPAS de Molenbeek", kind=PartnerKind.PUBLIC_AUTHORITY
    )


def eur(amount: str) -> Money:
    return Money(amount=Decimal(amount), currency="EUR")
