"""The clauses of a consortium agreement (DESCA practice), for the consortium profile.

A consortium agreement carries, beyond the seed's seven elements, the clauses that
settle what happens when things go wrong or change: duration, entry and withdrawal,
termination, liability, confidentiality, results and intellectual property, dispute
resolution (with mediation before any court) and the applicable law; and every
partner signs it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from partnership_model._rules._base import (
    CONSORTIUM,
    Context,
    MethodologyStep,
    Severity,
    Violation,
    blank,
    enumerate_paths,
    rule,
    shown,
)
from partnership_model.conflicts import EscalationAction
from partnership_model.convention import CONSORTIUM_CLAUSES, ClauseKind

__all__: list[str] = []

MEDIATION_WORDS = ("médiation", "mediation", "bemiddeling")
"""How a dispute resolution clause names mediation, in French, English and Dutch."""


@rule(
    code="consortium.clause.missing",
    step=MethodologyStep.TRACING,
    severity=Severity.ERROR,
    section="Consortium agreement (DESCA): the clauses every agreement carries",
    profiles=CONSORTIUM,
    message={
        "fr": "La convention n'a pas de clause «\u00a0{kind}\u00a0», que tout accord de consortium comporte.",
        "en": "The convention has no clause on {kind}, which every consortium agreement carries.",
        "nl": "De overeenkomst bevat geen bepaling inzake '{kind}', die in elke consortiumovereenkomst vereist is.",
    },
    hint={
        "fr": "Ajoutez à la convention une clause «\u00a0{kind}\u00a0» et faites-la approuver par tous les partenaires.",
        "en": "Add a clause on {kind} to the convention and have every partner approve it.",
        "nl": "Neem in de overeenkomst een bepaling inzake '{kind}' op en laat ze door alle partners goedkeuren.",
    },
)
def missing_clauses(context: Context) -> Iterator[Violation]:
    present = {clause.kind for clause in context.convention.clauses if not blank(clause.text)}
    for kind in CONSORTIUM_CLAUSES:
        if kind not in present:
            yield Violation("clauses", {"kind": kind}, (kind.value,))


def _mentions_mediation(text: str) -> bool:
    folded = unicodedata.normalize("NFC", text).casefold()
    return any(word in folded for word in MEDIATION_WORDS)


@rule(
    code="consortium.dispute.no-mediation",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section="Consortium agreement (DESCA): dispute resolution, mediation first",
    profiles=CONSORTIUM,
    message={
        "fr": "Le règlement des conflits ne prévoit aucune médiation, ni comme étape de la procédure de conflit, ni dans la clause de règlement des différends.",
        "en": "Dispute resolution provides for no mediation, neither as a step of the conflict procedure nor in the dispute resolution clause.",
        "nl": "De geschillenregeling voorziet niet in bemiddeling, noch als stap van de conflictprocedure, noch in de bepaling over geschillenbeslechting.",
    },
    hint={
        "fr": "Ajoutez une étape de médiation à la procédure de conflit, avant l'arbitrage ou le tribunal, ou prévoyez la médiation dans la clause de règlement des différends.",
        "en": "Add a mediation step to the conflict procedure, before arbitration or court, or provide for mediation in the dispute resolution clause.",
        "nl": "Voeg een bemiddelingsstap toe aan de conflictprocedure, vóór arbitrage of rechtbank, of voorzie in bemiddeling in de bepaling over geschillenbeslechting.",
    },
)
def no_mediation(context: Context) -> Iterator[Violation]:
    convention = context.convention
    if any(s.action is EscalationAction.MEDIATION for s in convention.conflict_procedure.steps):
        return
    if any(
        clause.kind is ClauseKind.DISPUTE_RESOLUTION and _mentions_mediation(clause.text)
        for clause in convention.clauses
    ):
        return
    yield Violation("conflict_procedure.steps")


@rule(
    code="consortium.signatures.incomplete",
    step=MethodologyStep.TRACING,
    severity=Severity.ERROR,
    section="Consortium agreement (DESCA): signed by every partner",
    profiles=CONSORTIUM,
    message={
        "fr": "Le partenaire «\u00a0{name}\u00a0» ({id}) n'a pas signé la convention\u00a0: aucune signature datée.",
        "en": "The partner '{name}' ({id}) has not signed the convention: no dated signature.",
        "nl": "De partner '{name}' ({id}) heeft de overeenkomst niet ondertekend: er is geen gedateerde handtekening.",
    },
    hint={
        "fr": "Faites signer la convention par une personne habilitée à représenter «\u00a0{name}\u00a0», avec le lieu et la date.",
        "en": "Have a person authorised to represent '{name}' sign the convention, with place and date.",
        "nl": "Laat de overeenkomst ondertekenen door een persoon die gemachtigd is om '{name}' te vertegenwoordigen, met vermelding van plaats en datum.",
    },
)
def unsigned_partners(context: Context) -> Iterator[Violation]:
    convention = context.convention
    signed = {
        s.partner for s in convention.signatures if s.date is not None and not blank(s.signatory)
    }
    for path, partner in enumerate_paths("partners", convention.partners):
        if partner.id not in signed:
            yield Violation(
                path, {"name": shown(partner.name, partner.id), "id": partner.id}, (partner.id,)
            )
