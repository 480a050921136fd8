"""Breaks of the integrity rules: ids unique within their kind, references resolving."""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from partnership_model.dossier import Dossier
from partnership_model.minutes import DecisionRecord
from partnership_model.roles import Role, RoleKind
from partnership_model.testing import _values as values
from partnership_model.testing._breaks._base import (
    NOTHING,
    Registry,
    Situation,
    convention_changed,
    fresh,
    period_of,
    pick,
)

__all__: list[str] = []

breaks = Registry(__name__)
"""The breaks of the rules of :mod:`partnership_model._rules.integrity`, in drawing order."""


@breaks("integrity.ids.duplicate", adds={"target_publics"})
def _twice_the_same_id(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    publics = dossier.convention.target_publics
    again = attrs.evolve(publics[pick(draw, publics)], description=draw(values.names))
    return convention_changed(dossier, target_publics=(*publics, again)), NOTHING


@breaks("integrity.references.unknown", adds={"roles"}, reads={"partners"})
def _role_of_a_stranger(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    stranger = fresh((p.id for p in convention.partners), "stranger")
    role = Role(
        id=fresh((r.id for r in convention.roles), "role"),
        kind=RoleKind.OBSERVER,
        holders=(stranger,),
        responsibilities=("Observer le projet",),
    )
    return convention_changed(dossier, roles=(*convention.roles, role)), NOTHING


@breaks(
    "integrity.minutes.unknown-reference", adds={"minutes"}, reads={"governing_bodies", "period"}
)
def _minutes_of_an_unknown_body(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    bodies = (b.id for b in dossier.convention.governing_bodies)
    record = DecisionRecord(
        id=fresh((m.id for m in dossier.minutes), "minutes"),
        date=period_of(dossier)[0],
        title="Réunion",
        body=fresh(bodies, "body"),
    )
    return attrs.evolve(dossier, minutes=(*dossier.minutes, record)), NOTHING
