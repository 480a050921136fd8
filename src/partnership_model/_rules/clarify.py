"""CLARIFY (seed §3) and the form of cooperation (§2): roles and the coordinator, tasks with
each partner's part, contributions, decision-making and conflicts, and the institutions."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from fractions import Fraction

from partnership_model._rules._base import (
    COLLABORATION,
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
from partnership_model.classification import classify
from partnership_model.decision_making import DecisionMode, DecisionRule
from partnership_model.roles import Raci, Role, RoleKind
from partnership_model.tally import eligible_voters
from partnership_model.text import same_name

__all__: list[str] = []

ROLES = "§3 CLARIFY: roles"
TASKS = "§3 CLARIFY: tasks and each partner's contribution"
DECISIONS = "§3 CLARIFY: decision-making modes (annex 1, DECIDE)"
CONFLICTS = "§3 CLARIFY: what to do in case of conflict (annex 1, DECIDE)"
INSTITUTIONS = "§3 CLARIFY: relationship with the institution or the public authority"
FORM = "§2 partnership vs collaboration"

# French typography: a no-break space (U+00A0) before : ; ? ! and inside « ».


def _coordinators(context: Context) -> tuple[str, ...]:
    """The distinct ids holding a coordinator role, in the order the roles name them.

    An id that names no partner still counts: the integrity rules name it as dangling.
    """
    holders = (
        holder
        for role in context.convention.roles
        if role.kind is RoleKind.COORDINATOR
        for holder in role.holders
    )
    return tuple(dict.fromkeys(holders))


def _role(role: Role) -> str | RoleKind:
    """How a message names a role: by its title, else by its kind, in the report's words."""
    return role.kind if role.title is None or blank(role.title) else role.title


def _names(context: Context, ids: tuple[str, ...]) -> tuple[str, ...]:
    """Each partner's name, or its id when it names no partner."""
    partners, known = context.convention.partners, context.partners
    return tuple(shown(partners[known[i]].name, i) if i in known else i for i in ids)


# --- roles ---------------------------------------------------------------------------------


@rule(
    code="clarify.roles.missing",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=ROLES,
    message={
        "fr": "La convention ne définit aucun rôle.",
        "en": "The convention defines no role.",
        "nl": "De overeenkomst bepaalt geen enkele rol.",
    },
    hint={
        "fr": "Dites qui fait quoi : qui coordonne, qui gère les fonds, qui sont les partenaires.",
        "en": "Say who does what: who coordinates, who manages the funds, who the partners are.",
        "nl": "Leg vast wie wat doet: wie coördineert, wie de middelen beheert, wie de partners zijn.",
    },
)
def no_role(context: Context) -> Iterator[Violation]:
    if not context.convention.roles:
        yield Violation("roles")


@rule(
    code="clarify.roles.no-coordinator",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=ROLES,
    profiles=PARTNERSHIP,
    message={
        "fr": "Aucun partenaire n'est coordinateur du partenariat.",
        "en": "No partner is the coordinator of the partnership.",
        "nl": "Geen enkele partner is coördinator van het partnerschap.",
    },
    hint={
        "fr": "Confiez le rôle de coordinateur à un partenaire.",
        "en": "Give the coordinator role to one partner.",
        "nl": "Wijs de rol van coördinator toe aan één partner.",
    },
)
def no_coordinator(context: Context) -> Iterator[Violation]:
    # With no role at all, clarify.roles.missing says it.
    if context.convention.roles and not _coordinators(context):
        yield Violation("roles")


@rule(
    code="clarify.roles.several-coordinators",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=ROLES,
    profiles=PARTNERSHIP,
    message={
        "fr": "Plusieurs partenaires sont coordinateurs : {partners}.",
        "en": "Several partners are coordinators: {partners}.",
        "nl": "Meerdere partners zijn coördinator: {partners}.",
    },
    hint={
        "fr": "Un partenariat a un seul coordinateur ; confiez aux autres un autre rôle.",
        "en": "A partnership has one coordinator; give the others another role.",
        "nl": "Een partnerschap heeft één coördinator; geef de anderen een andere rol.",
    },
)
def several_coordinators(context: Context) -> Iterator[Violation]:
    coordinators = _coordinators(context)
    if len(coordinators) > 1:
        yield Violation("roles", {"partners": _names(context, coordinators)}, coordinators)


@rule(
    code="clarify.roles.no-holder",
    step=MethodologyStep.CLARIFY,
    severity=Severity.WARNING,
    section=ROLES,
    message={
        "fr": "Le rôle « {role} » n'est tenu par aucun partenaire.",
        "en": "The role '{role}' is held by no partner.",
        "nl": "De rol '{role}' wordt door geen enkele partner opgenomen.",
    },
    hint={
        "fr": "Désignez le ou les partenaires qui tiennent ce rôle, ou supprimez-le.",
        "en": "Name the partner or partners who hold this role, or remove it.",
        "nl": "Duid de partner of partners aan die deze rol opnemen, of schrap de rol.",
    },
)
def role_without_holder(context: Context) -> Iterator[Violation]:
    for path, role in enumerate_paths("roles", context.convention.roles):
        if not role.holders:
            yield Violation(path, {"role": _role(role)}, (role.id,))


@rule(
    code="clarify.roles.no-responsibilities",
    step=MethodologyStep.CLARIFY,
    severity=Severity.WARNING,
    section=ROLES,
    message={
        "fr": "Le rôle « {role} » ne dit pas de quoi il répond.",
        "en": "The role '{role}' does not say what it is responsible for.",
        "nl": "De rol '{role}' zegt niet waarvoor hij verantwoordelijk is.",
    },
    hint={
        "fr": "Écrivez les responsabilités du rôle : qui fait quoi, qui coordonne quoi.",
        "en": "Write down the role's responsibilities: who does what, who coordinates what.",
        "nl": "Schrijf de verantwoordelijkheden van de rol op: wie doet wat, wie coördineert wat.",
    },
)
def role_without_responsibilities(context: Context) -> Iterator[Violation]:
    for path, role in enumerate_paths("roles", context.convention.roles):
        if all(blank(responsibility) for responsibility in role.responsibilities):
            yield Violation(f"{path}.responsibilities", {"role": _role(role)}, (role.id,))


# --- tasks and contributions ---------------------------------------------------------------


@rule(
    code="clarify.tasks.missing",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=TASKS,
    message={
        "fr": "La convention ne définit aucune tâche.",
        "en": "The convention defines no task.",
        "nl": "De overeenkomst bepaalt geen enkele taak.",
    },
    hint={
        "fr": "Listez les tâches du projet et ce que chaque partenaire y fait.",
        "en": "List the project's tasks and what each partner does in them.",
        "nl": "Som de taken van het project op en wat elke partner erin doet.",
    },
)
def no_task(context: Context) -> Iterator[Violation]:
    if not context.convention.tasks:
        yield Violation("tasks")


@rule(
    code="clarify.tasks.untitled",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=TASKS,
    message={
        "fr": "La tâche {id} n'a pas de titre.",
        "en": "The task {id} has no title.",
        "nl": "De taak {id} heeft geen titel.",
    },
    hint={
        "fr": "Dites ce qu'il y a à faire, en quelques mots.",
        "en": "Say what there is to do, in a few words.",
        "nl": "Zeg in enkele woorden wat er te doen is.",
    },
)
def untitled_tasks(context: Context) -> Iterator[Violation]:
    yield from blank_texts(enumerate_paths("tasks", context.convention.tasks), "title")


@rule(
    code="clarify.tasks.accountable",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=TASKS,
    message={
        "fr": "La tâche « {task} » doit avoir exactement un partenaire qui en répond (A, Accountable) ; elle en a {count}.",
        "en": "The task '{task}' must have exactly one partner accountable for it (A); it has {count}.",
        "nl": "De taak '{task}' moet precies één eindverantwoordelijke partner hebben (A, Accountable); ze heeft er {count}.",
    },
    hint={
        "fr": "Désignez un seul partenaire qui répond de la tâche ; les autres peuvent la réaliser (R), être consultés (C) ou informés (I).",
        "en": "Name a single partner accountable for the task; the others can do it (R), be consulted (C) or informed (I).",
        "nl": "Duid één partner aan als eindverantwoordelijke voor de taak; de anderen kunnen ze uitvoeren (R), geraadpleegd (C) of geïnformeerd (I) worden.",
    },
)
def task_without_one_accountable(context: Context) -> Iterator[Violation]:
    for path, task in enumerate_paths("tasks", context.convention.tasks):
        accountable = tuple(dict.fromkeys(task.partners_with(Raci.ACCOUNTABLE)))
        if len(accountable) != 1:
            yield Violation(
                path,
                {"task": shown(task.title, task.id), "count": len(accountable)},
                (task.id, *accountable),
            )


@rule(
    code="clarify.tasks.no-responsible",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=TASKS,
    message={
        "fr": "Aucun partenaire ne réalise la tâche « {task} » (R, Responsible).",
        "en": "No partner is responsible for doing the task '{task}' (R).",
        "nl": "Geen enkele partner voert de taak '{task}' uit (R, Responsible).",
    },
    hint={
        "fr": "Désignez au moins un partenaire qui réalise la tâche.",
        "en": "Name at least one partner who does the task.",
        "nl": "Duid minstens één partner aan die de taak uitvoert.",
    },
)
def task_without_responsible(context: Context) -> Iterator[Violation]:
    for path, task in enumerate_paths("tasks", context.convention.tasks):
        if not task.partners_with(Raci.RESPONSIBLE):
            yield Violation(path, {"task": shown(task.title, task.id)}, (task.id,))


@rule(
    code="clarify.contributions.missing",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=TASKS,
    message={
        "fr": "La convention ne décrit aucune contribution des partenaires.",
        "en": "The convention describes no contribution from the partners.",
        "nl": "De overeenkomst beschrijft geen enkele bijdrage van de partners.",
    },
    hint={
        "fr": "Décrivez ce que chaque partenaire apporte : matériel, service, argent, personnel, locaux, expertise.",
        "en": "Describe what each partner brings: material, service, money, staff, premises, expertise.",
        "nl": "Beschrijf wat elke partner inbrengt: materiaal, dienstverlening, geld, personeel, lokalen, expertise.",
    },
)
def no_contribution(context: Context) -> Iterator[Violation]:
    if not context.convention.contributions:
        yield Violation("contributions")


@rule(
    code="clarify.contributions.empty",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=TASKS,
    message={
        "fr": "La contribution {id} ne dit pas ce qu'elle apporte : ni description, ni montant, ni quantité.",
        "en": "The contribution {id} does not say what it brings: no description, no amount, no quantity.",
        "nl": "De bijdrage {id} zegt niet wat ze inbrengt: geen beschrijving, geen bedrag, geen hoeveelheid.",
    },
    hint={
        "fr": "Décrivez ce que le partenaire apporte, et chiffrez-le si vous le pouvez.",
        "en": "Describe what the partner brings, and put a figure on it if you can.",
        "nl": "Beschrijf wat de partner inbrengt, en begroot het als u kunt.",
    },
)
def empty_contributions(context: Context) -> Iterator[Violation]:
    for path, contribution in enumerate_paths("contributions", context.convention.contributions):
        if not contribution.has_content:
            yield Violation(path, {"id": contribution.id}, (contribution.id,))


@rule(
    code="clarify.contributions.partner-without",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=TASKS,
    profiles=PARTNERSHIP,
    message={
        "fr": "Le partenaire « {partner} » n'apporte aucune contribution : ni matériel, ni service, ni argent, ni personnel, ni locaux, ni expertise.",
        "en": "The partner '{partner}' brings no contribution: no material, service, money, staff, premises or expertise.",
        "nl": "De partner '{partner}' levert geen enkele bijdrage: geen materiaal, dienstverlening, geld, personeel, lokalen of expertise.",
    },
    hint={
        "fr": "Décrivez ce qu'il apporte au projet ; s'il ne fait que le suivre, est-il vraiment partenaire ?",
        "en": "Describe what it brings to the project; if it only follows the project, is it really a partner?",
        "nl": "Beschrijf wat hij in het project inbrengt; volgt hij het project enkel op, is hij dan echt partner?",
    },
)
def partner_without_contribution(context: Context) -> Iterator[Violation]:
    convention = context.convention
    if not convention.contributions:
        return  # nothing brought yet: clarify.contributions.missing says so
    bringing = {c.partner for c in convention.contributions if c.has_content}
    for path, partner in enumerate_paths("partners", convention.partners):
        if partner.id not in bringing:
            yield Violation(path, {"partner": shown(partner.name, partner.id)}, (partner.id,))


# --- decisions and conflicts ---------------------------------------------------------------


@rule(
    code="clarify.decisions.no-rule",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=DECISIONS,
    profiles=PARTNERSHIP,
    message={
        "fr": "La convention ne dit pas comment les décisions sont prises.",
        "en": "The convention does not say how decisions are taken.",
        "nl": "De overeenkomst bepaalt niet hoe beslissingen worden genomen.",
    },
    hint={
        "fr": "Ajoutez au moins une règle de décision : qui décide, selon quel mode (consensus, majorité, délégation…), avec quel quorum.",
        "en": "Add at least one decision rule: who decides, by which mode (consensus, majority, delegation…), with which quorum.",
        "nl": "Voeg minstens één besluitvormingsregel toe: wie beslist, volgens welke wijze (consensus, meerderheid, delegatie…), met welk quorum.",
    },
)
def no_decision_rule(context: Context) -> Iterator[Violation]:
    if not context.convention.decision_rules:
        yield Violation("decision_rules")


@rule(
    code="clarify.bodies.no-members",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=DECISIONS,
    message={
        "fr": "L'organe «\u00a0{body}\u00a0» n'a aucun membre\u00a0: il ne peut ni se réunir ni décider.",
        "en": "The body '{body}' has no member: it can neither meet nor decide.",
        "nl": "Het orgaan '{body}' heeft geen enkel lid: het kan niet vergaderen en niet beslissen.",
    },
    hint={
        "fr": "Dites quels partenaires y siègent, ou supprimez l'organe et confiez ses décisions à un autre.",
        "en": "Say which partners sit on it, or remove the body and leave its decisions to another.",
        "nl": "Geef aan welke partners erin zetelen, of schrap het orgaan en laat zijn beslissingen aan een ander over.",
    },
)
def body_without_members(context: Context) -> Iterator[Violation]:
    for path, body in enumerate_paths("governing_bodies", context.convention.governing_bodies):
        if not body.members:
            yield Violation(path, {"body": shown(body.name, body.id)}, (body.id,))


def _voters(context: Context, decision_rule: DecisionRule) -> int | None:
    """How many may vote, as the tally counts them: the rule's voters, else its body's
    members, else every partner; its delegate alone for a delegated rule; less those it
    excludes. Unknown when the rule names a body or a delegate the convention lacks:
    other rules say so."""
    if decision_rule.mode is DecisionMode.DELEGATED and decision_rule.delegate is None:
        return None  # clarify.decisions.delegation-without-delegate says so
    body = decision_rule.body
    if not decision_rule.voters and body is not None and body not in context.bodies:
        return None  # integrity.references.unknown says so
    return len(eligible_voters(decision_rule, context.convention))


def _share_out_of_range(share: Fraction | None) -> bool:
    return share is not None and not 0 < share <= 1


@rule(
    code="clarify.decisions.quorum-unreachable",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=DECISIONS,
    message={
        "fr": "Le quorum de la règle de décision « {rule} » vaut {value} : il doit être supérieur à 0 et au plus égal à {most}.",
        "en": "The quorum of the decision rule '{rule}' is {value}: it must be above 0 and at most {most}.",
        "nl": "Het quorum van de besluitvormingsregel '{rule}' bedraagt {value}: het moet groter zijn dan 0 en ten hoogste {most}.",
    },
    hint={
        "fr": "Exprimez le quorum comme une part des votants (par exemple 1/2), et n'exigez pas plus de présents qu'il n'y a de votants.",
        "en": "Give the quorum as a share of the voters (for example 1/2), and require no more members present than there are voters.",
        "nl": "Druk het quorum uit als een deel van de stemgerechtigden (bijvoorbeeld 1/2) en vereis niet meer aanwezigen dan er stemgerechtigden zijn.",
    },
)
def unreachable_quorum(context: Context) -> Iterator[Violation]:
    for path, decision_rule in enumerate_paths(
        "decision_rules", context.convention.decision_rules
    ):
        if _share_out_of_range(decision_rule.quorum):
            yield Violation(
                f"{path}.quorum",
                {"rule": decision_rule.id, "value": decision_rule.quorum, "most": 1},
                (decision_rule.id,),
            )
        if decision_rule.minimum_present is None:
            continue
        voters = _voters(context, decision_rule)
        if voters is not None and decision_rule.minimum_present > voters:
            yield Violation(
                f"{path}.minimum_present",
                {"rule": decision_rule.id, "value": decision_rule.minimum_present, "most": voters},
                (decision_rule.id,),
            )


@rule(
    code="clarify.decisions.too-few-voters",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=DECISIONS,
    message={
        "fr": "Les votants de la règle de décision «\u00a0{rule}\u00a0» portent {most} voix\u00a0; il en faut au moins {needed} pour décider.",
        "en": "The voters of the decision rule '{rule}' carry {most} votes; it takes at least {needed} to decide.",
        "nl": "De stemgerechtigden van de besluitvormingsregel '{rule}' hebben samen {most} stemmen; er zijn er minstens {needed} nodig om te beslissen.",
    },
    hint={
        "fr": "Nommez qui vote selon cette règle (ses votants, les membres de son organe ou son délégué), ou demandez moins de voix pour.",
        "en": "Name who votes under this rule (its voters, the members of its body or its delegate), or ask for fewer votes in favour.",
        "nl": "Geef aan wie volgens deze regel stemt (de stemgerechtigden, de leden van het orgaan of de gedelegeerde), of vraag minder stemmen voor.",
    },
)
def too_few_voters(context: Context) -> Iterator[Violation]:
    convention = context.convention
    if not convention.partners:
        return  # nobody to vote at all: tracing.convention.few-partners says so
    for path, decision_rule in enumerate_paths("decision_rules", convention.decision_rules):
        if decision_rule.mode is DecisionMode.DELEGATED and decision_rule.delegate is None:
            continue  # clarify.decisions.delegation-without-delegate says so
        body = decision_rule.body
        if not decision_rule.voters and body is not None and body not in context.bodies:
            continue  # an unknown body: integrity.references.unknown says so
        weights = {weight.partner: weight.votes for weight in reversed(decision_rule.weights)}
        most = sum(weights.get(voter, 1) for voter in eligible_voters(decision_rule, convention))
        needed = decision_rule.minimum_in_favour or 1
        if most < needed:
            yield Violation(
                path,
                {"rule": decision_rule.id, "most": most, "needed": needed},
                (decision_rule.id,),
            )


@rule(
    code="clarify.decisions.threshold-out-of-range",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=DECISIONS,
    message={
        "fr": "Le seuil de la règle de décision « {rule} » vaut {threshold} : il doit être supérieur à 0 et au plus égal à 1.",
        "en": "The threshold of the decision rule '{rule}' is {threshold}: it must be above 0 and at most 1.",
        "nl": "De drempel van de besluitvormingsregel '{rule}' bedraagt {threshold}: hij moet groter zijn dan 0 en ten hoogste 1.",
    },
    hint={
        "fr": "Exprimez le seuil comme la part des voix nécessaire, par exemple 1/2 ou 2/3.",
        "en": "Give the threshold as the share of the votes needed, for example 1/2 or 2/3.",
        "nl": "Druk de drempel uit als het vereiste deel van de stemmen, bijvoorbeeld 1/2 of 2/3.",
    },
)
def threshold_out_of_range(context: Context) -> Iterator[Violation]:
    for path, decision_rule in enumerate_paths(
        "decision_rules", context.convention.decision_rules
    ):
        threshold = decision_rule.threshold
        # "More than all the votes" can never be met either.
        if _share_out_of_range(threshold) or (decision_rule.strict and threshold == 1):
            yield Violation(
                f"{path}.threshold",
                {"rule": decision_rule.id, "threshold": decision_rule.threshold},
                (decision_rule.id,),
            )


@rule(
    code="clarify.decisions.majority-without-threshold",
    step=MethodologyStep.CLARIFY,
    severity=Severity.WARNING,
    section=DECISIONS,
    message={
        "fr": "La règle de décision « {rule} » décide à la majorité sans dire laquelle.",
        "en": "The decision rule '{rule}' decides by majority without saying which.",
        "nl": "De besluitvormingsregel '{rule}' beslist bij meerderheid zonder te zeggen welke.",
    },
    hint={
        "fr": "Indiquez le seuil : la moitié des voix plus une, les deux tiers…",
        "en": "Give the threshold: more than half of the votes, two thirds…",
        "nl": "Geef de drempel op: de helft van de stemmen plus één, twee derde…",
    },
)
def majority_without_threshold(context: Context) -> Iterator[Violation]:
    for path, decision_rule in enumerate_paths(
        "decision_rules", context.convention.decision_rules
    ):
        if decision_rule.mode is DecisionMode.MAJORITY and decision_rule.threshold is None:
            yield Violation(f"{path}.threshold", {"rule": decision_rule.id}, (decision_rule.id,))


@rule(
    code="clarify.decisions.delegation-without-delegate",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=DECISIONS,
    message={
        "fr": "La règle de décision « {rule} » délègue la décision sans dire à qui.",
        "en": "The decision rule '{rule}' delegates the decision without saying to whom.",
        "nl": "De besluitvormingsregel '{rule}' delegeert de beslissing zonder te zeggen aan wie.",
    },
    hint={
        "fr": "Désignez le partenaire qui décide seul dans ce domaine, par exemple le coordinateur.",
        "en": "Name the partner who decides alone in this scope, for example the coordinator.",
        "nl": "Duid de partner aan die op dit gebied alleen beslist, bijvoorbeeld de coördinator.",
    },
)
def delegation_without_delegate(context: Context) -> Iterator[Violation]:
    for path, decision_rule in enumerate_paths(
        "decision_rules", context.convention.decision_rules
    ):
        if decision_rule.mode is DecisionMode.DELEGATED and decision_rule.delegate is None:
            yield Violation(f"{path}.delegate", {"rule": decision_rule.id}, (decision_rule.id,))


@rule(
    code="clarify.conflicts.no-procedure",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=CONFLICTS,
    profiles=PARTNERSHIP,
    message={
        "fr": "La convention ne dit pas que faire en cas de conflit.",
        "en": "The convention does not say what to do in case of conflict.",
        "nl": "De overeenkomst bepaalt niet wat er bij een conflict gebeurt.",
    },
    hint={
        "fr": "Décrivez les étapes, dans l'ordre : rencontre des partenaires concernés, comité de pilotage, médiation…",
        "en": "Describe the steps, in order: a meeting of the partners concerned, the steering committee, mediation…",
        "nl": "Beschrijf de stappen, in volgorde: overleg tussen de betrokken partners, de stuurgroep, bemiddeling…",
    },
)
def no_conflict_procedure(context: Context) -> Iterator[Violation]:
    if not context.convention.conflict_procedure.steps:
        yield Violation("conflict_procedure.steps")


# --- institutions --------------------------------------------------------------------------


@rule(
    code="clarify.institutions.none",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=INSTITUTIONS,
    message={
        "fr": "La convention ne dit rien de la relation avec l'institution, le pouvoir public et la hiérarchie : aucun partenaire ne dit de qui il relève, et aucun lien institutionnel n'est décrit.",
        "en": "The convention says nothing of the relation to the institution, the public authority and the hierarchy: no partner says whom it answers to, and no institutional link is described.",
        "nl": "De overeenkomst zegt niets over de relatie met de instelling, de overheid en de hiërarchie: geen enkele partner zegt onder wie hij valt, en er is geen institutionele band beschreven.",
    },
    hint={
        "fr": "Le travailleur fait partie d'une structure ! Dites de qui relève chaque partenaire, et comment l'institution, le pouvoir public et la hiérarchie seront associés : informés, consultés, ou appelés à approuver.",
        "en": "The worker is part of a structure! Say whom each partner answers to, and how the institution, the public authority and the hierarchy will be involved: informed, consulted, or asked to approve.",
        "nl": "De werker maakt deel uit van een structuur! Zeg onder wie elke partner valt, en hoe de instelling, de overheid en de hiërarchie betrokken worden: geïnformeerd, geraadpleegd, of gevraagd om goed te keuren.",
    },
)
def no_relation_to_institutions(context: Context) -> Iterator[Violation]:
    convention = context.convention
    links = (link.institution for link in convention.institutional_links)
    affiliations = (a.name for p in convention.partners for a in p.answers_to)
    if all(blank(name) for name in itertools.chain(links, affiliations)):
        yield Violation("institutional_links")


@rule(
    code="clarify.institutions.unlinked",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=INSTITUTIONS,
    message={
        "fr": "Le plan nomme « {institution} » (un subside, un rapport ou une autorisation), mais la convention ne dit pas comment cette institution est associée.",
        "en": "The plan names '{institution}' (a subsidy, a report or an authorisation), but the convention does not say how that institution is involved.",
        "nl": "Het plan vermeldt '{institution}' (een subsidie, een verslag of een vergunning), maar de overeenkomst bepaalt niet hoe die instelling betrokken wordt.",
    },
    hint={
        "fr": "Ajoutez un lien institutionnel à ce nom : l'institution sera-t-elle informée, consultée, ou doit-elle approuver ?",
        "en": "Add an institutional link under that name: will the institution be informed, consulted, or must it approve?",
        "nl": "Voeg een institutionele band onder die naam toe: wordt de instelling geïnformeerd, geraadpleegd, of moet ze goedkeuren?",
    },
)
def unlinked_institutions(context: Context) -> Iterator[Violation]:
    convention = context.convention
    known = {same_name(link.institution) for link in convention.institutional_links}
    known.update(same_name(partner.name) for partner in convention.partners)
    known.update(same_name(partner.id) for partner in convention.partners)
    for path, name in convention.institutions_named():
        if same_name(name) not in known:
            yield Violation(path, {"institution": name}, (name,))


@rule(
    code="clarify.institutions.link-missing",
    step=MethodologyStep.CLARIFY,
    severity=Severity.ERROR,
    section=INSTITUTIONS,
    message={
        "fr": "Le partenaire « {partner} » relève de « {institution} », mais la convention ne dit pas comment cette structure est associée.",
        "en": "The partner '{partner}' answers to '{institution}', but the convention does not say how that structure is involved.",
        "nl": "De partner '{partner}' valt onder '{institution}', maar de overeenkomst bepaalt niet hoe die structuur betrokken wordt.",
    },
    hint={
        "fr": "Ajoutez un lien institutionnel pour ce partenaire et cette structure : sera-t-elle informée, consultée, ou doit-elle approuver ?",
        "en": "Add an institutional link for this partner and this structure: will it be informed, consulted, or must it approve?",
        "nl": "Voeg een institutionele band toe voor deze partner en deze structuur: wordt ze geïnformeerd, geraadpleegd, of moet ze goedkeuren?",
    },
)
def missing_institutional_link(context: Context) -> Iterator[Violation]:
    convention = context.convention
    linked = {
        (link.partner, same_name(link.institution))
        for link in convention.institutional_links
        if link.partner is not None
    }
    for path, partner in enumerate_paths("partners", convention.partners):
        for at, affiliation in enumerate(partner.answers_to):
            if (partner.id, same_name(affiliation.name)) not in linked:
                yield Violation(
                    f"{path}.answers_to[{at}]",
                    {"partner": shown(partner.name, partner.id), "institution": affiliation.name},
                    (partner.id, affiliation.name),
                )


# --- the form of cooperation (§2) ----------------------------------------------------------


@rule(
    code="form.undeclared",
    step=MethodologyStep.FORM,
    severity=Severity.WARNING,
    section=FORM,
    message={
        "fr": "La convention ne dit pas s'il s'agit d'un partenariat ou d'une collaboration.",
        "en": "The convention does not say whether it is a partnership or a collaboration.",
        "nl": "De overeenkomst zegt niet of het om een partnerschap of een samenwerking gaat.",
    },
    hint={
        "fr": "Partenariat : plusieurs associations portent ensemble le projet. Collaboration : une association apporte sa pierre au projet d'une autre.",
        "en": "Partnership: several associations carry the project together. Collaboration: one association brings its stone to another's project.",
        "nl": "Partnerschap: meerdere verenigingen dragen samen het project. Samenwerking: een vereniging draagt haar steentje bij aan het project van een andere.",
    },
)
def undeclared_form(context: Context) -> Iterator[Violation]:
    if context.convention.form is None:
        yield Violation("form")


@rule(
    code="form.disagrees",
    step=MethodologyStep.FORM,
    severity=Severity.ERROR,
    section=FORM,
    message={
        "fr": "La forme déclarée ({declared}) ne correspond pas aux faits ({found}).",
        "en": "The declared form ({declared}) does not match the facts ({found}).",
        "nl": "De opgegeven vorm ({declared}) stemt niet overeen met de feiten ({found}).",
    },
    hint={
        "fr": "Corrigez la forme déclarée, ou revoyez qui porte le projet (porteurs, porteur du projet) et qui y contribue.",
        "en": "Correct the declared form, or review who carries the project (carriers, owner) and who contributes to it.",
        "nl": "Verbeter de opgegeven vorm, of herbekijk wie het project draagt (dragers, eigenaar) en wie eraan bijdraagt.",
    },
)
def form_disagrees(context: Context) -> Iterator[Violation]:
    declared = context.convention.form
    if declared is None:
        return
    found = classify(context.convention).form
    if found is not None and found is not declared:
        yield Violation(
            "form", {"declared": declared, "found": found}, (declared.value, found.value)
        )


@rule(
    code="form.collaboration.no-owner",
    step=MethodologyStep.FORM,
    severity=Severity.ERROR,
    section=FORM,
    profiles=COLLABORATION,
    message={
        "fr": "La collaboration ne dit pas à quelle association le projet appartient.",
        "en": "The collaboration does not say whose project it remains.",
        "nl": "De samenwerking zegt niet van welke vereniging het project blijft.",
    },
    hint={
        "fr": "Désignez le porteur du projet : l'association à laquelle les autres apportent leur pierre.",
        "en": "Name the project owner: the association the others bring their stone to.",
        "nl": "Duid de eigenaar van het project aan: de vereniging waaraan de anderen hun steentje bijdragen.",
    },
)
def collaboration_without_owner(context: Context) -> Iterator[Violation]:
    if context.form.holder is None:
        yield Violation("owner")


@rule(
    code="form.collaboration.no-contributor",
    step=MethodologyStep.FORM,
    severity=Severity.ERROR,
    section=FORM,
    profiles=COLLABORATION,
    message={
        "fr": "Aucune autre association n'apporte de contribution au projet.",
        "en": "No other association contributes to the project.",
        "nl": "Geen enkele andere vereniging levert een bijdrage aan het project.",
    },
    hint={
        "fr": "Décrivez ce que chaque association apporte au projet du porteur : locaux, matériel, service, expertise…",
        "en": "Describe what each association brings to the owner's project: premises, material, service, expertise…",
        "nl": "Beschrijf wat elke vereniging inbrengt in het project van de eigenaar: lokalen, materiaal, dienstverlening, expertise…",
    },
)
def collaboration_without_contributor(context: Context) -> Iterator[Violation]:
    if not context.form.contributors:
        yield Violation("contributions")


@rule(
    code="form.collaboration.owner-idle",
    step=MethodologyStep.FORM,
    severity=Severity.ERROR,
    section=FORM,
    profiles=COLLABORATION,
    message={
        "fr": "Le projet est celui de « {partner} », mais ce partenaire ne tient aucun rôle et ne répond d'aucune tâche.",
        "en": "The project is that of '{partner}', but that partner holds no role and is accountable for no task.",
        "nl": "Het project is dat van '{partner}', maar die partner neemt geen enkele rol op en is voor geen enkele taak eindverantwoordelijk.",
    },
    hint={
        "fr": "Le porteur du projet le conduit : donnez-lui le rôle qu'il tient et les tâches dont il répond (A).",
        "en": "The project's owner leads it: give it the role it holds and the tasks it is accountable for (A).",
        "nl": "De eigenaar van het project leidt het: geef hem de rol die hij opneemt en de taken waarvoor hij eindverantwoordelijk is (A).",
    },
)
def idle_owner(context: Context) -> Iterator[Violation]:
    holder = context.form.holder
    # Without a holder, form.collaboration.no-owner says so.
    if holder is not None and context.form.holder_idle:
        yield Violation("owner", {"partner": _names(context, (holder,))[0]}, (holder,))
