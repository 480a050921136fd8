"""Breaks of the clauses of a consortium agreement, for the consortium profile."""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from partnership_model.conflicts import ConflictProcedure, EscalationAction
from partnership_model.convention import CONSORTIUM_CLAUSES, Clause, ClauseKind
from partnership_model.dossier import Dossier
from partnership_model.testing._breaks._base import (
    NOTHING,
    Registry,
    Situation,
    convention_changed,
    pick,
    replaced,
)

__all__: list[str] = []

breaks = Registry(__name__)
"""The breaks of the rules of :mod:`partnership_model._rules.consortium`, in drawing order."""


NO_MEDIATION = "Les partenaires se concertent. The partners talk it over. De partners overleggen."
"""A dispute resolution clause that names no mediation in any of the three languages."""


# Left without its dispute resolution clause, a consortium keeps mediation only in its
# conflict procedure: this break reads it, so as not to go with one that empties it.
@breaks("consortium.clause.missing", rewrites={"clauses"}, reads={"conflict_procedure"})
def _clause_left_out(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    kind = draw(st.sampled_from(CONSORTIUM_CLAUSES))
    kept = tuple(c for c in dossier.convention.clauses if c.kind is not kind)
    return convention_changed(dossier, clauses=kept), NOTHING


@breaks("consortium.dispute.no-mediation", rewrites={"conflict_procedure", "clauses"})
def _no_mediation(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    steps = tuple(
        s
        for s in convention.conflict_procedure.steps
        if s.action is not EscalationAction.MEDIATION
    )
    clauses = tuple(
        Clause(kind=c.kind, text=NO_MEDIATION, title=c.title)
        if c.kind is ClauseKind.DISPUTE_RESOLUTION
        else c
        for c in convention.clauses
    )
    return (
        convention_changed(
            dossier, conflict_procedure=ConflictProcedure(steps=steps), clauses=clauses
        ),
        NOTHING,
    )


@breaks("consortium.signatures.incomplete", rewrites={"signatures"})
def _undated_signature(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    signatures = dossier.convention.signatures
    at = pick(draw, signatures)
    undated = attrs.evolve(signatures[at], date=None)
    return convention_changed(dossier, signatures=replaced(signatures, at, undated)), NOTHING
