"""The minutes of decisions (seed §4, tracing), checked against the convention.

The note asks the partners to keep the minutes of their decisions, taken as CLARIFY
agreed. Each recorded decision is counted again under the decision rule in force on its
date (:func:`partnership_model.tally`): the outcome it declares must be the one the votes
give, every ballot must count, one rule must govern it, and a decision that follows the
DECIDE model writes down its six steps in order.
"""

from __future__ import annotations

from collections.abc import Iterator

from partnership_model._rules._base import (
    Context,
    MethodologyStep,
    Severity,
    Violation,
    rule,
)
from partnership_model.minutes import DecideStep

__all__: list[str] = []

MINUTES = "§4 Tracing: a written convention and the minutes of the decisions"


@rule(
    code="tracing.minutes.outcome-disagrees",
    step=MethodologyStep.TRACING,
    severity=Severity.ERROR,
    section=MINUTES,
    message={
        "fr": "Le compte rendu {id} déclare la décision {declared}, mais le décompte des voix selon la règle en vigueur donne\u00a0: {found}.",
        "en": "The minutes {id} declare the decision {declared}, but counting the votes under the rule in force gives: {found}.",
        "nl": "De notulen {id} verklaren de beslissing {declared}, maar de telling van de stemmen volgens de geldende regel geeft: {found}.",
    },
    hint={
        "fr": "Recomptez les voix avec les présents, les procurations et la règle en vigueur, puis corrigez l'issue ou les votes consignés.",
        "en": "Count the votes again with those present, the proxies and the rule in force, then correct the outcome or the ballots recorded.",
        "nl": "Tel de stemmen opnieuw met de aanwezigen, de volmachten en de geldende regel, en verbeter dan de uitkomst of de genoteerde stemmen.",
    },
    needs_dossier=True,
)
def outcome_disagrees(context: Context) -> Iterator[Violation]:
    for at, counted in enumerate(context.tallies):
        record, found = counted.record, counted.tally
        if record.outcome is None or found is None or found.agrees_with(record.outcome):
            continue
        yield Violation(
            f"minutes[{at}].outcome",
            {"id": record.id, "declared": record.outcome, "found": found.outcome},
            (record.id,),
            in_dossier=True,
        )


@rule(
    code="tracing.minutes.ballot-set-aside",
    step=MethodologyStep.TRACING,
    severity=Severity.WARNING,
    section=MINUTES,
    message={
        "fr": "Dans le compte rendu {id}, le vote de {partner} ne compte pas\u00a0: {reason}.",
        "en": "In the minutes {id}, the ballot of {partner} does not count: {reason}.",
        "nl": "In de notulen {id} telt de stem van {partner} niet: {reason}.",
    },
    hint={
        "fr": "Ne consignez que les votes des partenaires qui ont le droit de vote, présents ou représentés, une fois chacun et avant la clôture du vote.",
        "en": "Record only the ballots of partners entitled to vote, present or represented, once each and before the vote closes.",
        "nl": "Noteer enkel de stemmen van stemgerechtigde partners, aanwezig of vertegenwoordigd, één keer elk en vóór het sluiten van de stemming.",
    },
    needs_dossier=True,
)
def ballots_set_aside(context: Context) -> Iterator[Violation]:
    for at, counted in enumerate(context.tallies):
        record, found = counted.record, counted.tally
        if found is None:
            continue
        for aside in found.set_aside:
            if aside.ballot is None:
                continue
            yield Violation(
                f"minutes[{at}].ballots[{aside.ballot}]",
                {"id": record.id, "partner": aside.partner, "reason": aside.reason},
                (record.id, aside.partner),
                in_dossier=True,
            )


@rule(
    code="tracing.minutes.rule-ambiguous",
    step=MethodologyStep.TRACING,
    severity=Severity.ERROR,
    section=MINUTES,
    message={
        "fr": "Plusieurs règles de décision régissent la décision {id}\u00a0: {rules}.",
        "en": "Several decision rules govern the decision {id}: {rules}.",
        "nl": "Meerdere besluitvormingsregels gelden voor de beslissing {id}: {rules}.",
    },
    hint={
        "fr": "Donnez à chaque sujet une seule règle, par son champ d'application, et n'ayez qu'une règle générale.",
        "en": "Give each topic a single rule, through its scope, and have one general rule only.",
        "nl": "Geef elk onderwerp één regel, via haar toepassingsgebied, en hanteer slechts één algemene regel.",
    },
    needs_dossier=True,
)
def ambiguous_rules(context: Context) -> Iterator[Violation]:
    for at, counted in enumerate(context.tallies):
        if len(counted.claiming) > 1:
            record = counted.record
            yield Violation(
                f"minutes[{at}]",
                {"id": record.id, "rules": ", ".join(counted.claiming)},
                (record.id, *counted.claiming),
                in_dossier=True,
            )


@rule(
    code="tracing.minutes.wrong-body",
    step=MethodologyStep.TRACING,
    severity=Severity.ERROR,
    section=MINUTES,
    message={
        "fr": "La décision {id} a été prise par {body}, alors que la règle en vigueur la réserve à {reserved}.",
        "en": "The decision {id} was taken by {body}, while the rule in force reserves it to {reserved}.",
        "nl": "De beslissing {id} werd genomen door {body}, terwijl de geldende regel ze voorbehoudt aan {reserved}.",
    },
    hint={
        "fr": "Faites prendre la décision par l'instance que la convention désigne, ou modifiez la règle par un avenant.",
        "en": "Have the decision taken by the body the convention names, or change the rule by an amendment.",
        "nl": "Laat de beslissing nemen door het orgaan dat de overeenkomst aanwijst, of wijzig de regel met een wijziging.",
    },
    needs_dossier=True,
)
def decided_by_another_body(context: Context) -> Iterator[Violation]:
    for at, counted in enumerate(context.tallies):
        record, governing = counted.record, counted.rule
        if governing is None or governing.body is None or record.body is None:
            continue
        # A body the convention does not know is integrity's business, not this rule's.
        if record.body != governing.body and record.body in context.bodies:
            yield Violation(
                f"minutes[{at}].body",
                {"id": record.id, "body": record.body, "reserved": governing.body},
                (record.id, record.body, governing.body),
                in_dossier=True,
            )


_DECIDE = tuple(DecideStep)


@rule(
    code="tracing.minutes.decide-incomplete",
    step=MethodologyStep.TRACING,
    severity=Severity.WARNING,
    section="annex 1: the DECIDE model of decision-making, in six steps",
    message={
        "fr": "La décision {id} suit le modèle DECIDE sans en consigner les six étapes dans l'ordre.",
        "en": "The decision {id} follows the DECIDE model without recording its six steps in order.",
        "nl": "De beslissing {id} volgt het DECIDE-model zonder de zes stappen in volgorde te noteren.",
    },
    hint={
        "fr": "Notez chacune des six étapes, de la définition du problème à l'évaluation de la solution, dans cet ordre.",
        "en": "Write down each of the six steps, from defining the problem to evaluating the solution, in that order.",
        "nl": "Noteer elk van de zes stappen, van het omschrijven van het probleem tot het evalueren van de oplossing, in die volgorde.",
    },
    needs_dossier=True,
)
def incomplete_decide(context: Context) -> Iterator[Violation]:
    dossier = context.dossier
    assert dossier is not None  # a dossier rule  # noqa: S101
    for at, record in enumerate(dossier.minutes):
        if record.decide and tuple(note.step for note in record.decide) != _DECIDE:
            yield Violation(
                f"minutes[{at}].decide", {"id": record.id}, (record.id,), in_dossier=True
            )
