"""A complete partnership of three Laeken associations and the local CPAS.

"Paniers et fourneaux de Laeken": a weekly solidarity food basket with cooking
workshops for isolated families, carried together by three associations, with
the CPAS (public centre for social welfare) as partner and a regional subsidy to
apply for. The organisations and their enterprise numbers are invented; the
situation is the kind the methodology note was written for.

``build_dossier()`` is the dossier as the partners signed it; ``build_year()`` the same
dossier a year on, with what the year brought: the coordination passed to another
partner, the objectives readjusted after the mid-term evaluation, one partner left and
another joined from the neighbourhood, every change an amendment adopted by the steering
committee.

Run it to print a summary: ``python examples/brussels_partnership.py [fr|en|nl]``.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from fractions import Fraction

import attrs

from partnership_model import (
    Affiliation,
    Assignment,
    Audience,
    Ballot,
    BodyKind,
    BudgetLine,
    Channel,
    Choice,
    Clause,
    ClauseKind,
    CommunicationAction,
    CommunicationPlan,
    ConflictProcedure,
    Contribution,
    ContributionKind,
    Convention,
    DecideNote,
    DecideStep,
    DecisionMode,
    DecisionRecord,
    DecisionRule,
    Direction,
    Directory,
    Dossier,
    EscalationAction,
    EscalationStep,
    EvaluationMoment,
    EvaluationPlan,
    EvaluationReport,
    Form,
    FundManagement,
    GoverningBody,
    Indicator,
    InstitutionalLink,
    InstitutionKind,
    Involvement,
    LegalIdentifier,
    Measurement,
    Money,
    Need,
    NeedCategory,
    Objective,
    Offer,
    Outcome,
    Partner,
    PartnerKind,
    Period,
    Quantity,
    Raci,
    Recurrence,
    ReportingDuty,
    Representative,
    Role,
    RoleKind,
    Signature,
    Step,
    StepKind,
    Structure,
    TargetPublic,
    Task,
    Timeline,
    Topic,
    summarize,
)

R, A, C, I = Raci.RESPONSIBLE, Raci.ACCOUNTABLE, Raci.CONSULTED, Raci.INFORMED  # noqa: E741  # the RACI letters themselves


COCOF = "Commission communautaire française (COCOF)"
"""The public authority whose social cohesion programme subsidises the project."""
AFSCA = "Agence fédérale pour la sécurité de la chaîne alimentaire (AFSCA)"
"""The food-safety agency with which a food distribution is registered."""


def eur(amount: str) -> Money:
    return Money(amount=Decimal(amount), currency="EUR")


def partners() -> tuple[Partner, ...]:
    return (
        Partner(
            id="pont",
            name="Le Pont de Laeken ASBL",
            legal_identifier=LegalIdentifier(scheme="BE-BCE_KBO", value="0812.345.603"),
            address="Rue Marie-Christine 120, 1020 Bruxelles",
            representatives=(
                Representative(
                    name="Aïcha Benali", function="coordinatrice", email="aicha@pont-laeken.be"
                ),
            ),
            answers_to=(
                Affiliation(
                    name="Conseil d'administration du Pont", kind=InstitutionKind.HIERARCHY
                ),
            ),
        ),
        Partner(
            id="entraide",
            name="Entraide Bockstael ASBL",
            legal_identifier=LegalIdentifier(scheme="BE-BCE_KBO", value="0456.781.215"),
            representatives=(Representative(name="Marc Janssens", function="directeur"),),
        ),
        Partner(
            id="fourneaux",
            name="Les Fourneaux Solidaires ASBL",
            legal_identifier=LegalIdentifier(scheme="BE-BCE_KBO", value="0765.432.146"),
            representatives=(Representative(name="Sofia Marques", function="cheffe d'atelier"),),
        ),
        Partner(
            id="cpas",
            name="CPAS de Laeken (antenne sociale)",
            kind=PartnerKind.PUBLIC_AUTHORITY,
            legal_identifier=LegalIdentifier(scheme="BE-BCE_KBO", value="0212.345.668"),
            representatives=(Representative(name="Jan De Smet", function="assistant social"),),
            answers_to=(
                Affiliation(
                    name="Conseil de l'action sociale", kind=InstitutionKind.PUBLIC_AUTHORITY
                ),
            ),
        ),
    )


def define(draft: Convention) -> Convention:
    """DEFINE: objectives and indicators, needs, target public."""
    return attrs.evolve(
        draft,
        objectives=(
            Objective(
                id="obj-paniers",
                title="Offrir chaque semaine un panier alimentaire de qualité",
                description="Des produits frais et secs pour les familles orientées par le CPAS.",
                indicators=(
                    Indicator(
                        id="ind-familles",
                        name="Familles servies chaque semaine",
                        unit="familles",
                        baseline=Decimal(0),
                        target=Decimal(60),
                        direction=Direction.INCREASE,
                        means_of_verification="registre des distributions",
                        due=dt.date(2027, 12, 31),
                    ),
                ),
            ),
            Objective(
                id="obj-ateliers",
                title="Rompre l'isolement par des ateliers de cuisine",
                indicators=(
                    Indicator(
                        id="ind-participants",
                        name="Participants réguliers aux ateliers",
                        unit="personnes",
                        baseline=Decimal(0),
                        target=Decimal(25),
                        means_of_verification="listes de présence",
                        due=dt.date(2027, 12, 31),
                    ),
                    Indicator(
                        id="ind-isolement",
                        name="Participants se disant isolés (questionnaire)",
                        unit="%",
                        baseline=Decimal(70),
                        target=Decimal(40),
                        direction=Direction.DECREASE,
                        means_of_verification="questionnaire en début et fin d'année",
                        due=dt.date(2027, 12, 31),
                    ),
                ),
            ),
        ),
        needs=(
            Need(
                id="need-vivres",
                category=NeedCategory.FINANCIAL,
                description="Achat de vivres frais",
                amount=eur("18000.00"),
            ),
            Need(
                id="need-local",
                category=NeedCategory.INFRASTRUCTURE,
                description="Une cuisine équipée et une salle de distribution",
                quantity=Quantity(value=Decimal(2), unit="demi-journées par semaine"),
            ),
            Need(
                id="need-benevoles",
                category=NeedCategory.HUMAN_RESOURCES,
                description="Bénévoles pour la distribution",
                quantity=Quantity(value=Decimal(6), unit="personnes"),
            ),
            Need(
                id="need-coordination",
                category=NeedCategory.FINANCIAL,
                description="Mi-temps de coordination",
                amount=eur("21500.00"),
            ),
        ),
        target_publics=(
            TargetPublic(
                id="public-familles",
                description="Familles isolées de Laeken orientées par le CPAS",
                size=60,
                characteristics=("revenu d'intégration", "parents seuls", "primo-arrivants"),
                area="Laeken (1020)",
            ),
        ),
    )


def clarify(draft: Convention) -> Convention:
    """CLARIFY: roles, tasks and contributions, decisions and conflicts, institutions."""
    return attrs.evolve(
        draft,
        roles=(
            Role(
                id="role-coord",
                kind=RoleKind.COORDINATOR,
                holders=("pont",),
                responsibilities=(
                    "convoquer et animer le comité de pilotage",
                    "tenir les procès-verbaux et l'échéancier",
                ),
            ),
            Role(
                id="role-tresorier",
                kind=RoleKind.TREASURER,
                holders=("entraide",),
                responsibilities=(
                    "tenir le compte dédié du projet",
                    "rendre compte du budget au comité de pilotage",
                ),
            ),
            Role(
                id="role-partenaires",
                kind=RoleKind.PARTNER,
                holders=("pont", "entraide", "fourneaux", "cpas"),
                responsibilities=(
                    "apporter la contribution convenue",
                    "participer au comité de pilotage et aux évaluations",
                ),
            ),
        ),
        tasks=(
            Task(
                id="task-achats",
                title="Acheter et stocker les vivres",
                assignments=(
                    Assignment(partner="entraide", raci=R),
                    Assignment(partner="pont", raci=A),
                    Assignment(partner="fourneaux", raci=C),
                ),
                objectives=("obj-paniers",),
            ),
            Task(
                id="task-distribution",
                title="Distribuer les paniers le mardi",
                assignments=(
                    Assignment(partner="pont", raci=R),
                    Assignment(partner="pont", raci=A),
                    Assignment(partner="cpas", raci=I),
                ),
                objectives=("obj-paniers",),
            ),
            Task(
                id="task-ateliers",
                title="Animer les ateliers de cuisine du jeudi",
                assignments=(
                    Assignment(partner="fourneaux", raci=R),
                    Assignment(partner="fourneaux", raci=A),
                    Assignment(partner="pont", raci=I),
                ),
                objectives=("obj-ateliers",),
            ),
            Task(
                id="task-orientation",
                title="Orienter les familles et suivre leur situation",
                assignments=(
                    Assignment(partner="cpas", raci=R),
                    Assignment(partner="cpas", raci=A),
                    Assignment(partner="pont", raci=C),
                ),
                objectives=("obj-paniers", "obj-ateliers"),
            ),
        ),
        contributions=(
            Contribution(
                id="contrib-cuisine",
                partner="fourneaux",
                kind=ContributionKind.PREMISES,
                description="Cuisine équipée, deux demi-journées par semaine",
                quantity=Quantity(value=Decimal(2), unit="demi-journées par semaine"),
                covers=("need-local",),
                serves=("task-ateliers", "task-distribution"),
            ),
            Contribution(
                id="contrib-benevoles",
                partner="entraide",
                kind=ContributionKind.HUMAN,
                description="Équipe de bénévoles",
                quantity=Quantity(value=Decimal(6), unit="personnes"),
                covers=("need-benevoles",),
                serves=("task-distribution",),
            ),
            Contribution(
                id="contrib-coordination",
                partner="pont",
                kind=ContributionKind.FINANCIAL,
                description="Mi-temps de coordination sur fonds propres",
                amount=eur("21500.00"),
                covers=("need-coordination",),
                serves=("task-distribution",),
            ),
            Contribution(
                id="contrib-subside",
                partner="entraide",
                kind=ContributionKind.FINANCIAL,
                description="Subside Cohésion sociale, géré par Entraide Bockstael",
                amount=eur("15000.00"),
                covers=("need-vivres",),
                serves=("task-achats",),
            ),
            Contribution(
                id="contrib-cpas",
                partner="cpas",
                kind=ContributionKind.FINANCIAL,
                description="Intervention du CPAS dans l'achat des vivres",
                amount=eur("3000.00"),
                covers=("need-vivres",),
                serves=("task-achats",),
            ),
            Contribution(
                id="contrib-suivi",
                partner="cpas",
                kind=ContributionKind.EXPERTISE,
                description="Suivi social des familles par un assistant social",
                serves=("task-orientation",),
            ),
            Contribution(
                id="contrib-frigo",
                partner="fourneaux",
                kind=ContributionKind.MATERIAL,
                description="Chambre froide",
                serves=("task-achats",),
            ),
        ),
        governing_bodies=(
            GoverningBody(
                id="copil",
                name="Comité de pilotage des Paniers",
                kind=BodyKind.STEERING_COMMITTEE,
                members=("pont", "entraide", "fourneaux", "cpas"),
                chair="pont",
                meetings=Recurrence(rule="FREQ=MONTHLY;BYDAY=1TU"),
            ),
        ),
        decision_rules=(
            DecisionRule(
                id="rule-general",
                mode=DecisionMode.CONSENSUS,
                body="copil",
                quorum=Fraction(3, 4),
                description="Les décisions courantes se prennent par consensus.",
            ),
            DecisionRule(
                id="rule-budget",
                mode=DecisionMode.MAJORITY,
                body="copil",
                quorum=Fraction(1, 2),
                threshold=Fraction(2, 3),
                scope=(Topic.BUDGET, Topic.PARTNERS, Topic.AMENDMENTS),
            ),
            DecisionRule(
                id="rule-quotidien",
                mode=DecisionMode.DELEGATED,
                delegate="pont",
                scope=(Topic.DAILY_MANAGEMENT,),
            ),
        ),
        conflict_procedure=ConflictProcedure(
            steps=(
                EscalationStep(
                    action=EscalationAction.BILATERAL_TALK,
                    description="Les partenaires concernés se rencontrent.",
                    time_limit_days=15,
                ),
                EscalationStep(
                    action=EscalationAction.GOVERNING_BODY,
                    description="Le comité de pilotage entend chaque partie.",
                    handled_by="copil",
                    time_limit_days=30,
                ),
                EscalationStep(
                    action=EscalationAction.MEDIATION,
                    description="Médiation par la Coordination sociale de Laeken.",
                    handled_by="Coordination sociale de Laeken",
                    time_limit_days=60,
                ),
            )
        ),
        institutional_links=(
            InstitutionalLink(
                id="link-cpas",
                partner="cpas",
                institution="Conseil de l'action sociale",
                kind=InstitutionKind.PUBLIC_AUTHORITY,
                involvement=Involvement.APPROVE,
                topics=(Topic.BUDGET, Topic.PARTNERS),
            ),
            InstitutionalLink(
                id="link-pont-ca",
                partner="pont",
                institution="Conseil d'administration du Pont",
                kind=InstitutionKind.HIERARCHY,
                involvement=Involvement.CONSULT,
                topics=(Topic.STAFF, Topic.BUDGET),
            ),
            InstitutionalLink(
                id="link-afsca",
                partner="fourneaux",
                institution=AFSCA,
                kind=InstitutionKind.PUBLIC_AUTHORITY,
                involvement=Involvement.APPROVE,
                topics=(Topic.PREMISES,),
            ),
            InstitutionalLink(
                id="link-cocof",
                institution=COCOF,
                kind=InstitutionKind.PUBLIC_AUTHORITY,
                involvement=Involvement.INFORM,
                topics=(Topic.EVALUATION,),
            ),
        ),
    )


def plan() -> Timeline:
    """PLAN: one timeline for the project and its administrative side."""
    return Timeline(
        steps=(
            Step(
                id="step-subside",
                title="Déposer la demande de subside Cohésion sociale",
                kind=StepKind.SUBSIDY_APPLICATION,
                owner="entraide",
                authority=COCOF,
                planned=Period(start=dt.date(2027, 1, 4), end=dt.date(2027, 1, 29)),
                lead_days=28,
            ),
            Step(
                id="step-afsca",
                title="Enregistrer l'activité auprès de l'AFSCA",
                kind=StepKind.AUTHORISATION_REQUEST,
                owner="fourneaux",
                authority=AFSCA,
                planned=Period(start=dt.date(2027, 1, 4), end=dt.date(2027, 2, 12)),
                lead_days=14,
            ),
            Step(
                id="step-lancement",
                title="Première distribution et premier atelier",
                owner="pont",
                planned=Period(start=dt.date(2027, 3, 2), end=dt.date(2027, 3, 4)),
                depends_on=("step-subside", "step-afsca"),
            ),
            Step(
                id="step-distributions",
                title="Distributions hebdomadaires",
                owner="pont",
                planned=Period(start=dt.date(2027, 3, 9), end=dt.date(2027, 12, 14)),
                depends_on=("step-lancement",),
                recurrence=Recurrence(rule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20271214"),
                needs_authorisation=True,
            ),
            Step(
                id="step-eval-mi",
                title="Évaluation à mi-parcours",
                kind=StepKind.EVALUATION,
                owner="pont",
                planned=Period(start=dt.date(2027, 6, 29), end=dt.date(2027, 6, 29)),
                depends_on=("step-lancement",),
            ),
            Step(
                id="step-eval-fin",
                title="Évaluation finale",
                kind=StepKind.EVALUATION,
                owner="pont",
                planned=Period(start=dt.date(2027, 12, 7), end=dt.date(2027, 12, 7)),
                depends_on=("step-eval-mi",),
            ),
            Step(
                id="step-rapport",
                title="Rapport d'activités et justificatifs du subside",
                kind=StepKind.SUBSIDY_REPORT,
                owner="entraide",
                planned=Period(start=dt.date(2027, 12, 8), end=dt.date(2027, 12, 31)),
                depends_on=("step-eval-fin",),
            ),
        )
    )


def convention() -> Convention:
    """The convention as signed, written in the methodology's order."""
    draft = Convention(
        name="Paniers et fourneaux de Laeken",
        language="fr-BE",
        form=Form.PARTNERSHIP,
        purpose=(
            "Offrir aux familles isolées de Laeken un panier alimentaire hebdomadaire "
            "et un lieu où cuisiner ensemble."
        ),
        partners=partners(),
        carriers=("pont", "entraide", "fourneaux"),
        period=Period(start=dt.date(2027, 1, 1), end=dt.date(2027, 12, 31)),
        timeline=plan(),
        evaluation=EvaluationPlan(
            moments=(
                EvaluationMoment(
                    id="eval-mi",
                    title="Évaluation à mi-parcours",
                    date=dt.date(2027, 6, 29),
                    indicators=("ind-familles", "ind-participants"),
                    participants=("pont", "entraide", "fourneaux", "cpas"),
                    method="Réunion du comité de pilotage sur la base des registres",
                ),
                EvaluationMoment(
                    id="eval-fin",
                    title="Évaluation finale",
                    date=dt.date(2027, 12, 7),
                    indicators=("ind-familles", "ind-participants", "ind-isolement"),
                    participants=("pont", "entraide", "fourneaux", "cpas"),
                    method="Questionnaire aux participants et bilan chiffré",
                ),
            )
        ),
        communication=CommunicationPlan(
            actions=(
                CommunicationAction(
                    id="com-affiches",
                    audience=Audience.PUBLIC,
                    description="Affiches et flyers en français, néerlandais et arabe",
                    channel=Channel.POSTER,
                    date=dt.date(2027, 2, 22),
                    owner="pont",
                ),
                CommunicationAction(
                    id="com-copil",
                    audience=Audience.PROFESSIONALS,
                    description="Compte-rendu du comité de pilotage à toutes les équipes",
                    channel=Channel.EMAIL,
                    frequency=Recurrence(rule="FREQ=MONTHLY;BYDAY=1TU"),
                    owner="pont",
                ),
                CommunicationAction(
                    id="com-cocof",
                    audience=Audience.INSTITUTIONS,
                    description="Rapport d'activités au pouvoir subsidiant",
                    channel=Channel.REPORT,
                    date=dt.date(2027, 12, 15),
                    owner="entraide",
                ),
                CommunicationAction(
                    id="com-repas",
                    audience=Audience.INFORMAL,
                    description="Repas partagé des équipes et des familles en fin d'atelier",
                    channel=Channel.EVENT,
                    frequency=Recurrence(rule="FREQ=MONTHLY;BYDAY=-1TH"),
                    owner="fourneaux",
                ),
            )
        ),
        funds=FundManagement(
            holder="entraide",
            description=(
                "Entraide Bockstael tient un compte dédié; chaque dépense au-delà de "
                "500 EUR est contresignée par la coordinatrice."
            ),
            budget=(
                BudgetLine(
                    id="bl-vivres",
                    label="Vivres (subside Cohésion sociale)",
                    amount=eur("12000.00"),
                    category=NeedCategory.FINANCIAL,
                    source=COCOF,
                    subsidy=True,
                ),
                BudgetLine(
                    id="bl-vivres-cpas",
                    label="Vivres (part du CPAS)",
                    amount=eur("6000.00"),
                    category=NeedCategory.FINANCIAL,
                    source="cpas",
                ),
                BudgetLine(
                    id="bl-coordination",
                    label="Coordination (mi-temps)",
                    amount=eur("21500.00"),
                    category=NeedCategory.HUMAN_RESOURCES,
                    source="pont",
                ),
            ),
            reporting=(
                ReportingDuty(
                    id="rep-subside",
                    recipient=COCOF,
                    description="Rapport d'activités et pièces justificatives",
                    due=dt.date(2027, 12, 31),
                    step="step-rapport",
                ),
            ),
        ),
        clauses=(
            Clause(
                kind=ClauseKind.DURATION_AND_RENEWAL,
                text="La convention court du 1er janvier au 31 décembre 2027; elle est "
                "renouvelable par avenant.",
            ),
            Clause(
                kind=ClauseKind.TERMINATION_AND_EXIT,
                text="Un partenaire peut se retirer moyennant un préavis de trois mois "
                "notifié au comité de pilotage.",
            ),
            Clause(
                kind=ClauseKind.AMENDMENT_PROCEDURE,
                text="Toute modification de la convention fait l'objet d'un avenant adopté "
                "par le comité de pilotage selon la règle de décision sur le budget.",
            ),
            Clause(
                kind=ClauseKind.DATA_PROTECTION,
                text="Les données des familles restent au CPAS; les partenaires ne "
                "conservent que les listes de présence anonymisées.",
            ),
        ),
        signatures=tuple(
            Signature(
                partner=partner_id,
                signatory=signatory,
                place="Laeken",
                date=dt.date(2026, 12, 15),
            )
            for partner_id, signatory in (
                ("pont", "Aïcha Benali"),
                ("entraide", "Marc Janssens"),
                ("fourneaux", "Sofia Marques"),
                ("cpas", "Jan De Smet"),
            )
        ),
    )
    return clarify(define(draft))


def build_dossier() -> Dossier:
    """The convention with its first minutes, a measurement and the local network."""
    return Dossier(
        convention=convention(),
        minutes=(
            DecisionRecord(
                id="pv-2026-12-01",
                date=dt.date(2026, 12, 1),
                title="Adoption du budget 2027",
                decision="Le budget de 39 500,00 EUR est adopté.",
                topic=Topic.BUDGET,
                body="copil",
                rule="rule-budget",
                present=("pont", "entraide", "fourneaux", "cpas"),
                ballots=(
                    Ballot(partner="pont", choice=Choice.FOR),
                    Ballot(partner="entraide", choice=Choice.FOR),
                    Ballot(partner="fourneaux", choice=Choice.FOR),
                    Ballot(partner="cpas", choice=Choice.ABSTAIN),
                ),
                outcome=Outcome.ADOPTED,
                decide=(
                    DecideNote(
                        step=DecideStep.DEFINE_PROBLEM,
                        text="Répartir les 39 500 EUR entre vivres et coordination.",
                    ),
                    DecideNote(
                        step=DecideStep.ESTABLISH_CRITERIA,
                        text="Des paniers chaque semaine toute l'année, sans déficit.",
                    ),
                    DecideNote(
                        step=DecideStep.CONSIDER_ALTERNATIVES,
                        text="Plus de vivres frais, ou un mi-temps de coordination en plus.",
                    ),
                    DecideNote(
                        step=DecideStep.IDENTIFY_BEST,
                        text="Priorité aux vivres frais, coordination sur fonds propres.",
                    ),
                    DecideNote(
                        step=DecideStep.DEVELOP_PLAN,
                        text="Le trésorier engage les achats mois par mois.",
                    ),
                    DecideNote(
                        step=DecideStep.EVALUATE_SOLUTION,
                        text="Bilan des dépenses au comité de pilotage de juin 2027.",
                    ),
                ),
            ),
        ),
        measurements=(
            Measurement(
                id="m-familles-2026-12",
                indicator="ind-familles",
                date=dt.date(2026, 12, 1),
                value=Decimal(0),
                unit="familles",
                source="registre des distributions",
            ),
        ),
        directory=Directory(
            structures=(
                Structure(
                    id="banque-alimentaire",
                    name="Banque alimentaire de Bruxelles-Brabant",
                    offers=(Offer(category=NeedCategory.MATERIAL, description="Denrées sèches"),),
                ),
                Structure(
                    id="coordination-laeken",
                    name="Coordination sociale de Laeken",
                    kind=PartnerKind.NETWORK,
                    offers=(
                        Offer(
                            category=NeedCategory.OTHER, description="Médiation et mise en réseau"
                        ),
                    ),
                ),
            )
        ),
    )


# --- a year on --------------------------------------------------------------------------


def _copil_vote(
    id: str, day: dt.date, *, title: str, decision: str, topic: Topic, voters: tuple[str, ...]
) -> DecisionRecord:
    """A decision of the steering committee under the rule on budget, partners and
    amendments, every member present voting for it."""
    return DecisionRecord(
        id=id,
        date=day,
        title=title,
        decision=decision,
        topic=topic,
        body="copil",
        rule="rule-budget",
        present=voters,
        ballots=tuple(Ballot(partner=partner, choice=Choice.FOR) for partner in voters),
        outcome=Outcome.ADOPTED,
    )


def _measured(indicator: str, day: dt.date, value: int, unit: str, source: str) -> Measurement:
    return Measurement(
        id=f"m-{indicator.removeprefix('ind-')}-{day:%Y-%m}",
        indicator=indicator,
        date=day,
        value=Decimal(value),
        unit=unit,
        source=source,
    )


def _carried_out(dossier: Dossier, until: dt.date) -> Dossier:
    """The steps begun by ``until`` recorded as carried out as planned, in the text in
    force: facts about the plan, not a change of what the partners agreed."""
    steps = []
    for planned in dossier.convention.timeline.steps:
        start, end = planned.planned.start, planned.planned.end
        if start is not None and start <= until and planned.actual.end is None:
            ended = end if end is not None and end <= until else None
            steps.append(attrs.evolve(planned, actual=Period(start=start, end=ended)))
        else:
            steps.append(planned)
    timeline = attrs.evolve(dossier.convention.timeline, steps=tuple(steps))
    return attrs.evolve(dossier, convention=attrs.evolve(dossier.convention, timeline=timeline))


def _new_coordinator(text: Convention, partner: str) -> Convention:
    """The coordination, the chair of the steering committee and the daily management
    passed to ``partner``."""
    return attrs.evolve(
        text,
        roles=tuple(
            attrs.evolve(role, holders=(partner,)) if role.id == "role-coord" else role
            for role in text.roles
        ),
        governing_bodies=tuple(
            attrs.evolve(body, chair=partner) for body in text.governing_bodies
        ),
        decision_rules=tuple(
            attrs.evolve(rule, delegate=partner) if rule.id == "rule-quotidien" else rule
            for rule in text.decision_rules
        ),
    )


def _readjusted(text: Convention, targets: dict[str, int]) -> Convention:
    """The indicators ``targets`` names given their new target, each keeping its id so
    that what was measured before stays attached to it."""
    return attrs.evolve(
        text,
        objectives=tuple(
            attrs.evolve(
                objective,
                indicators=tuple(
                    attrs.evolve(indicator, target=Decimal(targets[indicator.id]))
                    if indicator.id in targets
                    else indicator
                    for indicator in objective.indicators
                ),
            )
            for objective in text.objectives
        ),
        target_publics=tuple(
            attrs.evolve(public, size=targets["ind-familles"]) for public in text.target_publics
        ),
    )


WILLEMS = Partner(
    id="willems",
    name="Maison de quartier Willems ASBL",
    legal_identifier=LegalIdentifier(scheme="BE-BCE_KBO", value="0543.210.985"),
    address="Rue Willems 7, 1020 Bruxelles",
    representatives=(Representative(name="Nadia El Idrissi", function="animatrice"),),
)
"""The neighbourhood house that takes over the cooking workshops in October."""


def _handed_over(text: Convention) -> Convention:
    """What Les Fourneaux saw to alone and the newcomer takes on beyond its admission:
    the shared meal after the workshops, and the food-safety registration of its kitchen."""
    actions = tuple(
        attrs.evolve(action, owner="willems") if action.id == "com-repas" else action
        for action in text.communication.actions
    )
    steps = tuple(
        attrs.evolve(step, owner="willems") if step.id == "step-afsca" else step
        for step in text.timeline.steps
    )
    return attrs.evolve(
        text,
        communication=attrs.evolve(text.communication, actions=actions),
        timeline=attrs.evolve(text.timeline, steps=steps),
        institutional_links=(
            *text.institutional_links,
            InstitutionalLink(
                id="link-afsca-willems",
                partner="willems",
                institution=AFSCA,
                kind=InstitutionKind.PUBLIC_AUTHORITY,
                involvement=Involvement.APPROVE,
                topics=(Topic.PREMISES,),
            ),
        ),
    )


A_YEAR_ON = dt.date(2027, 12, 20)
"""The day the year's dossier tells: after the final evaluation, the activity report
under way."""


def build_year() -> Dossier:
    """The dossier on :data:`A_YEAR_ON`: four amendments, each adopted by the steering
    committee, the minutes, the measurements and the two evaluation reports of 2027,
    and the steps carried out as planned."""
    everyone = ("pont", "entraide", "fourneaux", "cpas")
    signed = build_dossier()
    dossier = attrs.evolve(
        signed,
        minutes=(
            *signed.minutes,
            _copil_vote(
                "pv-2027-03-02",
                dt.date(2027, 3, 2),
                title="Changement de coordination",
                decision="Entraide Bockstael reprend la coordination au 1er avril 2027.",
                topic=Topic.AMENDMENTS,
                voters=everyone,
            ),
            _copil_vote(
                "pv-2027-07-06",
                dt.date(2027, 7, 6),
                title="Réajustement des objectifs après l'évaluation à mi-parcours",
                decision="Cible de 80 familles par semaine; 15 participants aux ateliers.",
                topic=Topic.AMENDMENTS,
                voters=everyone,
            ),
            _copil_vote(
                "pv-2027-09-07",
                dt.date(2027, 9, 7),
                title="Retrait des Fourneaux Solidaires, entrée de la Maison de quartier Willems",
                decision="Les Fourneaux Solidaires quittent le partenariat au 1er octobre 2027; "
                "la Maison de quartier Willems y entre le même jour et reprend les ateliers.",
                topic=Topic.PARTNERS,
                voters=everyone,
            ),
        ),
        measurements=(
            *signed.measurements,
            _measured(
                "ind-familles", dt.date(2027, 3, 30), 35, "familles", "registre des distributions"
            ),
            _measured(
                "ind-familles", dt.date(2027, 6, 29), 72, "familles", "registre des distributions"
            ),
            _measured(
                "ind-participants", dt.date(2027, 6, 29), 11, "personnes", "listes de présence"
            ),
            _measured(
                "ind-familles", dt.date(2027, 12, 7), 81, "familles", "registre des distributions"
            ),
            _measured(
                "ind-participants", dt.date(2027, 12, 7), 14, "personnes", "listes de présence"
            ),
            _measured(
                "ind-isolement", dt.date(2027, 12, 7), 45, "%", "questionnaire de fin d'année"
            ),
        ),
        evaluation_reports=(
            EvaluationReport(
                id="rap-mi",
                date=dt.date(2027, 6, 29),
                moment="eval-mi",
                summary=(
                    "72 familles servies chaque semaine: la cible de 60 est dépassée dès "
                    "juin. Les ateliers ne réunissent que 11 participants réguliers: la "
                    "cible de 25 était trop ambitieuse pour une seule cuisine."
                ),
                measurements=("m-familles-2027-06", "m-participants-2027-06"),
                readjustments=(
                    "Relever la cible à 80 familles par semaine.",
                    "Ramener la cible des ateliers à 15 participants réguliers.",
                ),
            ),
            EvaluationReport(
                id="rap-fin",
                date=dt.date(2027, 12, 7),
                moment="eval-fin",
                summary=(
                    "81 familles servies chaque semaine en décembre; 14 participants "
                    "réguliers aux ateliers depuis leur reprise par la Maison de quartier "
                    "Willems; 45 % des participants se disent encore isolés."
                ),
                measurements=(
                    "m-familles-2027-12",
                    "m-participants-2027-12",
                    "m-isolement-2027-12",
                ),
            ),
        ),
    )
    dossier = _carried_out(dossier, dt.date(2027, 3, 2))
    dossier = dossier.amend(
        _new_coordinator(dossier.convention, "entraide"),
        id="av-2027-1",
        effective_from=dt.date(2027, 4, 1),
        adopted_on=dt.date(2027, 3, 2),
        decision="pv-2027-03-02",
        rationale=(
            "La coordinatrice du Pont quitte son poste fin mars; Entraide Bockstael "
            "reprend la coordination et la présidence du comité de pilotage."
        ),
        summary="La coordination passe du Pont de Laeken à Entraide Bockstael.",
    )
    dossier = _carried_out(dossier, dt.date(2027, 7, 6))
    dossier = dossier.amend(
        _readjusted(dossier.convention, {"ind-familles": 80, "ind-participants": 15}),
        id="av-2027-2",
        effective_from=dt.date(2027, 7, 15),
        adopted_on=dt.date(2027, 7, 6),
        decision="pv-2027-07-06",
        rationale=(
            "L'évaluation à mi-parcours (rapport rap-mi) montre une cible de familles "
            "déjà dépassée et une cible d'ateliers trop ambitieuse."
        ),
        summary="Cibles réajustées: 80 familles, 15 participants aux ateliers.",
    )
    dossier = _carried_out(dossier, dt.date(2027, 9, 7))
    dossier = dossier.withdraw(
        "fourneaux",
        on=dt.date(2027, 10, 1),
        id="av-2027-3",
        adopted_on=dt.date(2027, 9, 7),
        decision="pv-2027-09-07",
        rationale=(
            "Les Fourneaux Solidaires perdent leur cuisine et ont notifié leur retrait "
            "avec le préavis de trois mois que prévoit la convention."
        ),
        summary="Les Fourneaux Solidaires quittent le partenariat.",
    )
    dossier = dossier.admit(
        WILLEMS,
        id="av-2027-4",
        effective_from=dt.date(2027, 10, 1),
        adopted_on=dt.date(2027, 9, 7),
        decision="pv-2027-09-07",
        rationale=(
            "La Maison de quartier Willems, connue de la Coordination sociale de Laeken, "
            "met sa cuisine à disposition et reprend les ateliers du jeudi."
        ),
        summary="La Maison de quartier Willems entre dans le partenariat.",
        carrier=True,
        roles=("role-partenaires",),
        bodies=("copil",),
        tasks={"task-ateliers": (R, A)},
        contributions=(
            Contribution(
                id="contrib-cuisine-willems",
                partner="willems",
                kind=ContributionKind.PREMISES,
                description="Cuisine de quartier, deux demi-journées par semaine",
                quantity=Quantity(value=Decimal(2), unit="demi-journées par semaine"),
                covers=("need-local",),
                serves=("task-ateliers", "task-distribution"),
            ),
        ),
        signature=Signature(
            partner="willems",
            signatory="Nadia El Idrissi",
            place="Laeken",
            date=dt.date(2027, 9, 20),
        ),
    )
    dossier = attrs.evolve(dossier, convention=_handed_over(dossier.convention))
    return _carried_out(dossier, A_YEAR_ON)


if __name__ == "__main__":
    print(summarize(build_dossier(), sys.argv[1] if len(sys.argv) > 1 else "fr"))
