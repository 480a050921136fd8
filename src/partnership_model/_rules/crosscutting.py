"""What to pay attention to throughout (seed §4): communication, the written record
(convention and minutes), flexibility, and the network.

Communication goes in four directions; the written convention names the partnership,
its partners and how its funds are managed, and every partner signs it; the minutes
keep the decisions; amendments readjust the project in order, each adopted by a
recorded decision; and the partnership knows the structures around it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from partnership_model._rules._base import (
    PARTNERSHIP,
    Context,
    MethodologyStep,
    Severity,
    Violation,
    blank,
    blank_texts,
    enumerate_paths,
    rule,
    shown,
)
from partnership_model.communication import Audience
from partnership_model.convention import ClauseKind
from partnership_model.minutes import Outcome

__all__: list[str] = []

COMMUNICATION = "§4 Communication: towards the public, between professionals, towards the institutions, informal contact"
TRACING = "§4 Tracing: a written convention and the minutes of the decisions"
FLEXIBILITY = "§4 Flexibility: readjust the project to what happens"
NETWORK = "§4 The network: knowing the other structures and their resources"


@rule(
    code="communication.audience-missing",
    step=MethodologyStep.COMMUNICATION,
    severity=Severity.WARNING,
    section=COMMUNICATION,
    severities={"collaboration": Severity.INFO},
    message={
        "fr": "Aucune action de communication n'est prévue sous la rubrique «\u00a0{audience}\u00a0».",
        "en": "No communication action is planned under '{audience}'.",
        "nl": "Er is geen communicatieactie gepland onder '{audience}'.",
    },
    hint={
        "fr": "Un partenariat communique régulièrement vers le public concerné, entre professionnels, vers les institutions, et crée des contacts informels\u00a0: prévoyez qui s'en charge, par quel canal et à quel rythme.",
        "en": "A partnership communicates regularly towards the public concerned, between professionals, towards the institutions, and creates informal contact: plan who sees to it, through which channel and how often.",
        "nl": "Een partnerschap communiceert regelmatig met het betrokken publiek, tussen professionals en met de instellingen, en zorgt voor informeel contact: bepaal wie daarvoor zorgt, via welk kanaal en hoe vaak.",
    },
)
def missing_audiences(context: Context) -> Iterator[Violation]:
    # An action that says nothing of what is done reaches nobody.
    reached = {
        action.audience
        for action in context.convention.communication.actions
        if not blank(action.description)
    }
    for audience in Audience:
        if audience not in reached:
            yield Violation("communication.actions", {"audience": audience}, (audience.value,))


@rule(
    code="communication.audience-unscheduled",
    step=MethodologyStep.COMMUNICATION,
    severity=Severity.WARNING,
    section=COMMUNICATION,
    severities={"collaboration": Severity.INFO},
    message={
        "fr": "Les actions de communication sous la rubrique «\u00a0{audience}\u00a0» n'ont ni date ni fréquence\u00a0: rien ne dit quand elles ont lieu.",
        "en": "The communication actions under '{audience}' have neither a date nor a frequency: nothing says when they happen.",
        "nl": "De communicatieacties onder '{audience}' hebben geen datum en geen frequentie: niets zegt wanneer ze plaatsvinden.",
    },
    hint={
        "fr": "Donnez à l'une d'elles une fréquence (chaque mois, chaque trimestre) ou une date, pour qu'elle entre dans l'agenda des partenaires.",
        "en": "Give one of them a frequency (every month, every quarter) or a date, so that it enters the partners' agenda.",
        "nl": "Geef een ervan een frequentie (elke maand, elk kwartaal) of een datum, zodat ze in de agenda van de partners komt.",
    },
)
def unscheduled_audiences(context: Context) -> Iterator[Violation]:
    addressed: dict[Audience, bool] = {}
    for action in context.convention.communication.actions:
        if blank(action.description):
            continue  # communication.audience-missing counts it as no action at all
        scheduled = action.frequency is not None or action.date is not None
        addressed[action.audience] = addressed.get(action.audience, False) or scheduled
    for audience in Audience:
        if addressed.get(audience) is False:
            yield Violation("communication.actions", {"audience": audience}, (audience.value,))


@rule(
    code="tracing.convention.no-name",
    step=MethodologyStep.TRACING,
    severity=Severity.ERROR,
    section=TRACING,
    message={
        "fr": "La convention n'a pas de nom.",
        "en": "The convention has no name.",
        "nl": "De overeenkomst heeft geen naam.",
    },
    hint={
        "fr": "Donnez un nom au partenariat\u00a0: c'est le premier des éléments que la convention écrite doit contenir.",
        "en": "Name the partnership: it is the first element the written convention must contain.",
        "nl": "Geef het partnerschap een naam: dat is het eerste element dat de schriftelijke overeenkomst moet bevatten.",
    },
)
def no_name(context: Context) -> Iterator[Violation]:
    if blank(context.convention.name):
        yield Violation("name")


@rule(
    code="tracing.partners.unnamed",
    step=MethodologyStep.TRACING,
    severity=Severity.ERROR,
    section=TRACING,
    message={
        "fr": "Le partenaire {id} n'a pas de nom.",
        "en": "The partner {id} has no name.",
        "nl": "De partner {id} heeft geen naam.",
    },
    hint={
        "fr": "Inscrivez le nom de la structure partenaire, tel qu'il figure à ses statuts.",
        "en": "Write the partner organisation's name, as its statutes give it.",
        "nl": "Vermeld de naam van de partnerorganisatie, zoals die in haar statuten staat.",
    },
)
def unnamed_partners(context: Context) -> Iterator[Violation]:
    yield from blank_texts(enumerate_paths("partners", context.convention.partners), "name")


@rule(
    code="tracing.convention.few-partners",
    step=MethodologyStep.TRACING,
    severity=Severity.ERROR,
    section=TRACING,
    message={
        "fr": "La convention ne nomme que {count} partenaire(s)\u00a0: il en faut au moins deux.",
        "en": "The convention names only {count} partner(s): it takes at least two.",
        "nl": "De overeenkomst vermeldt slechts {count} partner(s): er zijn er minstens twee nodig.",
    },
    hint={
        "fr": "Inscrivez dans la convention le nom de chaque structure partenaire.",
        "en": "Write the name of each partner organisation into the convention.",
        "nl": "Vermeld in de overeenkomst de naam van elke partnerorganisatie.",
    },
)
def few_partners(context: Context) -> Iterator[Violation]:
    count = len(context.convention.partners)
    if count < 2:
        yield Violation("partners", {"count": count})


@rule(
    code="tracing.funds.missing",
    step=MethodologyStep.TRACING,
    severity=Severity.ERROR,
    section=TRACING,
    profiles=PARTNERSHIP,
    message={
        "fr": "La convention ne dit rien de la gestion des fonds\u00a0: ni gestionnaire, ni description, ni budget.",
        "en": "The convention says nothing about fund management: no holder, no description, no budget.",
        "nl": "De overeenkomst zegt niets over het beheer van de middelen: geen beheerder, geen beschrijving, geen begroting.",
    },
    hint={
        "fr": "Indiquez quel partenaire tient les fonds, comment les dépenses sont décidées et justifiées, et le budget.",
        "en": "State which partner holds the funds, how spending is decided and accounted for, and the budget.",
        "nl": "Vermeld welke partner de middelen beheert, hoe over de uitgaven wordt beslist en hoe ze worden verantwoord, en de begroting.",
    },
)
def missing_funds(context: Context) -> Iterator[Violation]:
    funds = context.convention.funds
    if funds.holder is None and blank(funds.description) and not funds.budget:
        yield Violation("funds")


@rule(
    code="tracing.signatures.missing",
    step=MethodologyStep.TRACING,
    severity=Severity.WARNING,
    section=TRACING,
    message={
        "fr": "Le partenaire «\u00a0{name}\u00a0» ({id}) n'a pas signé la convention.",
        "en": "The partner '{name}' ({id}) has not signed the convention.",
        "nl": "De partner '{name}' ({id}) heeft de overeenkomst niet ondertekend.",
    },
    hint={
        "fr": "Faites signer la convention par une personne habilitée à représenter «\u00a0{name}\u00a0».",
        "en": "Have a person authorised to represent '{name}' sign the convention.",
        "nl": "Laat de overeenkomst ondertekenen door een persoon die gemachtigd is om '{name}' te vertegenwoordigen.",
    },
)
def missing_signatures(context: Context) -> Iterator[Violation]:
    convention = context.convention
    signed = {s.partner for s in convention.signatures if not blank(s.signatory)}
    for path, partner in enumerate_paths("partners", convention.partners):
        if partner.id not in signed:
            yield Violation(
                path, {"name": shown(partner.name, partner.id), "id": partner.id}, (partner.id,)
            )


@rule(
    code="tracing.minutes.missing",
    step=MethodologyStep.TRACING,
    severity=Severity.WARNING,
    section=TRACING,
    needs_dossier=True,
    message={
        "fr": "Le dossier ne contient aucun compte-rendu de décision.",
        "en": "The dossier holds no minutes of decisions.",
        "nl": "Het dossier bevat geen enkel verslag van een beslissing.",
    },
    hint={
        "fr": "Consignez par écrit chaque décision prise\u00a0: la date, les présents, la règle appliquée, le résultat.",
        "en": "Record each decision taken in writing: the date, who was present, the rule applied, the outcome.",
        "nl": "Leg elke genomen beslissing schriftelijk vast: de datum, de aanwezigen, de toegepaste regel, de uitkomst.",
    },
)
def missing_minutes(context: Context) -> Iterator[Violation]:
    dossier = context.dossier
    assert dossier is not None  # a dossier rule  # noqa: S101
    if not dossier.minutes:
        yield Violation("minutes", in_dossier=True)


@rule(
    code="flexibility.amendments.out-of-order",
    step=MethodologyStep.FLEXIBILITY,
    severity=Severity.ERROR,
    section=FLEXIBILITY,
    needs_dossier=True,
    message={
        "fr": "L'avenant «\u00a0{id}\u00a0» prend effet le {effective_from}, avant l'avenant «\u00a0{previous}\u00a0», enregistré plus tôt, qui prend effet le {previous_from}.",
        "en": "The amendment '{id}' takes effect on {effective_from}, before the amendment '{previous}', recorded earlier, which takes effect on {previous_from}.",
        "nl": "De wijziging '{id}' gaat in op {effective_from}, vóór de eerder geregistreerde wijziging '{previous}', die ingaat op {previous_from}.",
    },
    hint={
        "fr": "Enregistrez les avenants dans l'ordre de leur prise d'effet, pour que le texte en vigueur à chaque date soit le bon.",
        "en": "Record the amendments in the order they take effect, so that the text in force on any date is the right one.",
        "nl": "Registreer de wijzigingen in de volgorde waarin ze ingaan, zodat de tekst die op elke datum van kracht is de juiste is.",
    },
)
def amendments_out_of_order(context: Context) -> Iterator[Violation]:
    dossier = context.dossier
    assert dossier is not None  # a dossier rule  # noqa: S101
    latest: tuple[dt.date, str] | None = None
    for path, amendment in enumerate_paths("amendments", dossier.amendments):
        if latest is not None and amendment.effective_from < latest[0]:
            yield Violation(
                f"{path}.effective_from",
                {
                    "id": amendment.id,
                    "effective_from": amendment.effective_from.isoformat(),
                    "previous": latest[1],
                    "previous_from": latest[0].isoformat(),
                },
                (amendment.id, latest[1]),
                in_dossier=True,
            )
        else:
            latest = (amendment.effective_from, amendment.id)


@rule(
    code="flexibility.amendments.no-decision",
    step=MethodologyStep.FLEXIBILITY,
    severity=Severity.WARNING,
    section=FLEXIBILITY,
    needs_dossier=True,
    message={
        "fr": "L'avenant «\u00a0{id}\u00a0» ne renvoie à aucun compte-rendu de la décision qui l'a adopté.",
        "en": "The amendment '{id}' refers to no minutes of the decision that adopted it.",
        "nl": "De wijziging '{id}' verwijst naar geen verslag van de beslissing waarmee ze werd aangenomen.",
    },
    hint={
        "fr": "Reliez l'avenant au compte-rendu de la décision qui l'a adopté, et consignez cette décision si ce n'est pas encore fait.",
        "en": "Link the amendment to the minutes of the decision that adopted it, and record that decision if it is not recorded yet.",
        "nl": "Koppel de wijziging aan het verslag van de beslissing waarmee ze werd aangenomen, en leg die beslissing vast als dat nog niet gebeurd is.",
    },
)
def amendments_without_decision(context: Context) -> Iterator[Violation]:
    dossier = context.dossier
    assert dossier is not None  # a dossier rule  # noqa: S101
    for path, amendment in enumerate_paths("amendments", dossier.amendments):
        if amendment.decision is None:
            yield Violation(
                f"{path}.decision", {"id": amendment.id}, (amendment.id,), in_dossier=True
            )


@rule(
    code="flexibility.amendments.effective-before-adoption",
    step=MethodologyStep.FLEXIBILITY,
    severity=Severity.WARNING,
    section=FLEXIBILITY,
    needs_dossier=True,
    message={
        "fr": "L'avenant {id} prend effet le {effective_from}, avant d'avoir été adopté le {adopted_on}.",
        "en": "The amendment {id} takes effect on {effective_from}, before it was adopted on {adopted_on}.",
        "nl": "De wijziging {id} gaat in op {effective_from}, vóór ze werd aangenomen op {adopted_on}.",
    },
    hint={
        "fr": "Un avenant prend effet le jour de son adoption ou après\u00a0: corrigez l'une des deux dates.",
        "en": "An amendment takes effect on the day it is adopted or later: correct one of the two dates.",
        "nl": "Een wijziging gaat in op de dag dat ze wordt aangenomen of later: verbeter een van beide data.",
    },
)
def amendments_effective_before_adoption(context: Context) -> Iterator[Violation]:
    dossier = context.dossier
    assert dossier is not None  # a dossier rule  # noqa: S101
    for path, amendment in enumerate_paths("amendments", dossier.amendments):
        adopted = amendment.adopted_on
        if adopted is not None and amendment.effective_from < adopted:
            params = {
                "id": amendment.id,
                "effective_from": amendment.effective_from.isoformat(),
                "adopted_on": adopted.isoformat(),
            }
            yield Violation(f"{path}.effective_from", params, (amendment.id,), in_dossier=True)


@rule(
    code="flexibility.amendments.not-adopted",
    step=MethodologyStep.FLEXIBILITY,
    severity=Severity.ERROR,
    section=FLEXIBILITY,
    needs_dossier=True,
    message={
        "fr": "L'avenant {id} repose sur la décision {decision}, qui n'a pas été adoptée\u00a0: {found}.",
        "en": "The amendment {id} rests on the decision {decision}, which was not adopted: {found}.",
        "nl": "De wijziging {id} steunt op de beslissing {decision}, die niet werd aangenomen: {found}.",
    },
    hint={
        "fr": "Un avenant se décide selon le mode prévu pour modifier la convention\u00a0: faites-le adopter, ou retirez-le.",
        "en": "An amendment is decided the way the convention says it may be changed: have it adopted, or withdraw it.",
        "nl": "Een wijziging wordt beslist zoals de overeenkomst bepaalt: laat ze aannemen, of trek ze in.",
    },
)
def amendments_not_adopted(context: Context) -> Iterator[Violation]:
    dossier = context.dossier
    assert dossier is not None  # a dossier rule  # noqa: S101
    counted = {counted.record.id: counted for counted in reversed(context.tallies)}
    for path, amendment in enumerate_paths("amendments", dossier.amendments):
        record = counted.get(amendment.decision or "")
        if record is None:
            continue  # no decision (no-decision) or an unknown one (integrity)
        found, declared = record.tally, record.record.outcome
        said: object = found.outcome if found is not None else declared
        if said is None:
            continue  # neither counted nor declared: the minutes say too little to tell
        adopted = found.adopted if found is not None else declared is Outcome.ADOPTED
        if not adopted:
            params = {"id": amendment.id, "decision": record.record.id, "found": said}
            subjects = (amendment.id, record.record.id)
            yield Violation(f"{path}.decision", params, subjects, in_dossier=True)


@rule(
    code="flexibility.amendment-procedure.missing",
    step=MethodologyStep.FLEXIBILITY,
    severity=Severity.INFO,
    section=FLEXIBILITY,
    profiles=PARTNERSHIP,
    message={
        "fr": "La convention ne dit pas comment la modifier\u00a0: elle n'a pas de clause de procédure d'avenant.",
        "en": "The convention does not say how it can be changed: it has no amendment procedure clause.",
        "nl": "De overeenkomst zegt niet hoe ze kan worden gewijzigd: ze bevat geen bepaling over de wijzigingsprocedure.",
    },
    hint={
        "fr": "Ajoutez une clause qui dit qui peut proposer un avenant, qui l'adopte et selon quelle règle\u00a0: le projet doit pouvoir être réajusté à ce qui arrive.",
        "en": "Add a clause saying who may propose an amendment, who adopts it and under which rule: the project must be able to adjust to what happens.",
        "nl": "Voeg een bepaling toe die zegt wie een wijziging kan voorstellen, wie ze aanneemt en volgens welke regel: het project moet kunnen worden bijgestuurd naargelang van wat er gebeurt.",
    },
)
def missing_amendment_procedure(context: Context) -> Iterator[Violation]:
    clauses = context.convention.clauses
    if not any(
        clause.kind is ClauseKind.AMENDMENT_PROCEDURE and not blank(clause.text)
        for clause in clauses
    ):
        yield Violation("clauses")


@rule(
    code="network.directory.empty",
    step=MethodologyStep.NETWORK,
    severity=Severity.INFO,
    section=NETWORK,
    needs_dossier=True,
    message={
        "fr": "Le répertoire du dossier ne connaît encore aucune structure du réseau.",
        "en": "The dossier's directory knows no structure of the network yet.",
        "nl": "Het adressenbestand van het dossier bevat nog geen enkele structuur uit het netwerk.",
    },
    hint={
        "fr": "Inscrivez les structures que vous connaissez et ce qu'elles offrent\u00a0: connaître les autres structures, c'est connaître les ressources à votre portée.",
        "en": "List the structures you know and what they offer: knowing the other structures is knowing the resources open to you.",
        "nl": "Neem de structuren op die u kent en wat ze aanbieden: wie de andere structuren kent, kent de middelen waarover hij kan beschikken.",
    },
)
def empty_directory(context: Context) -> Iterator[Violation]:
    dossier = context.dossier
    assert dossier is not None  # a dossier rule  # noqa: S101
    if not dossier.directory.structures:
        yield Violation("directory.structures", in_dossier=True)
