"""A complete collaboration: a neighbourhood house lends its room to a homework club.

"Club de devoirs Josaphat": the homework club of L'Envol, a Schaerbeek homework
school (école de devoirs) recognised by the ONE. The project stays L'Envol's: its own
objectives, its paid facilitator, its budget and its report to the ONE. The Maison de
quartier Josaphat brings its stone to it: a room two afternoons a week, three
volunteers and a locked cupboard. That is the seed's collaboration (§2), declared as
such, with an owner and no carriers. The organisations and their enterprise numbers
are invented.

Run it to print a summary: ``python examples/collaboration.py [fr|en|nl]``.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal

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
    Form,
    FundManagement,
    GoverningBody,
    Indicator,
    InstitutionalLink,
    InstitutionKind,
    Involvement,
    LegalIdentifier,
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

OWNER = "envol"
"""The association whose project it is and remains."""
CONTRIBUTOR = "maison-josaphat"
"""The association that brings its stone to it."""

END_OF_YEAR = dt.date(2028, 6, 30)
ONE = "Office de la Naissance et de l'Enfance (ONE)"
"""The public authority that recognises and subsidises schools of homework in Brussels."""


def eur(amount: str) -> Money:
    return Money(amount=Decimal(amount), currency="EUR")


def partners() -> tuple[Partner, ...]:
    return (
        Partner(
            id=OWNER,
            name="L'Envol, école de devoirs ASBL",
            legal_identifier=LegalIdentifier(scheme="BE-BCE_KBO", value="0678.912.304"),
            address="Rue Josaphat 212, 1030 Schaerbeek",
            representatives=(
                Representative(
                    name="Nadia El Amrani",
                    function="coordinatrice pédagogique",
                    email="nadia@envol-schaerbeek.be",
                ),
            ),
            answers_to=(
                Affiliation(
                    name="Conseil d'administration de L'Envol", kind=InstitutionKind.HIERARCHY
                ),
                Affiliation(
                    name="Office de la Naissance et de l'Enfance (ONE)",
                    kind=InstitutionKind.PUBLIC_AUTHORITY,
                ),
            ),
        ),
        Partner(
            id=CONTRIBUTOR,
            name="Maison de quartier Josaphat ASBL",
            legal_identifier=LegalIdentifier(scheme="BE-BCE_KBO", value="0543.219.893"),
            address="Avenue Louis Bertrand 87, 1030 Schaerbeek",
            representatives=(
                Representative(name="Pieter Vermeulen", function="responsable de la maison"),
            ),
            answers_to=(
                Affiliation(
                    name="Conseil d'administration de la Maison de quartier Josaphat",
                    kind=InstitutionKind.HIERARCHY,
                ),
            ),
        ),
    )


def define(draft: Convention) -> Convention:
    """DEFINE: the owner's objectives and indicators, the needs, the children served."""
    return attrs.evolve(
        draft,
        objectives=(
            Objective(
                id="obj-devoirs",
                title="Accompagner chaque semaine les enfants dans leurs devoirs",
                description="Un lieu calme, des adultes disponibles, deux fois par semaine.",
                indicators=(
                    Indicator(
                        id="ind-enfants",
                        name="Enfants venant au moins une fois par semaine",
                        unit="enfants",
                        baseline=Decimal(0),
                        target=Decimal(24),
                        direction=Direction.INCREASE,
                        means_of_verification="listes de présence des séances",
                        due=END_OF_YEAR,
                    ),
                    Indicator(
                        id="ind-lecture",
                        name="Enfants ayant gagné au moins un niveau de lecture",
                        unit="%",
                        baseline=Decimal(0),
                        target=Decimal(60),
                        means_of_verification="test de lecture en octobre et en juin",
                        due=END_OF_YEAR,
                    ),
                ),
            ),
            Objective(
                id="obj-parents",
                title="Associer les parents au suivi scolaire de leurs enfants",
                indicators=(
                    Indicator(
                        id="ind-parents",
                        name="Parents présents aux rencontres trimestrielles",
                        unit="parents",
                        baseline=Decimal(0),
                        target=Decimal(15),
                        means_of_verification="listes de présence des rencontres",
                        due=END_OF_YEAR,
                    ),
                ),
            ),
        ),
        needs=(
            Need(
                id="need-salle",
                category=NeedCategory.INFRASTRUCTURE,
                description="Une salle calme pour douze enfants, près des écoles",
                quantity=Quantity(value=Decimal(2), unit="après-midi par semaine"),
            ),
            Need(
                id="need-benevoles",
                category=NeedCategory.HUMAN_RESOURCES,
                description="Bénévoles pour l'aide aux devoirs",
                quantity=Quantity(value=Decimal(3), unit="personnes"),
            ),
            Need(
                id="need-animatrice",
                category=NeedCategory.FINANCIAL,
                description="Une animatrice à mi-temps",
                amount=eur("16500.00"),
            ),
            Need(
                id="need-fournitures",
                category=NeedCategory.MATERIAL,
                description="Fournitures scolaires et livres de lecture",
                amount=eur("1200.00"),
            ),
        ),
        target_publics=(
            TargetPublic(
                id="public-enfants",
                description="Enfants de 6 à 12 ans des écoles primaires du quartier Josaphat",
                size=24,
                characteristics=(
                    "difficultés scolaires signalées par l'école",
                    "parents qui ne peuvent pas aider aux devoirs",
                    "enfants primo-arrivants",
                ),
                area="Schaerbeek (1030), quartier Josaphat",
            ),
        ),
    )


def clarify(draft: Convention) -> Convention:
    """CLARIFY: who owns, who contributes, who decides what, and the two boards."""
    return attrs.evolve(
        draft,
        roles=(
            Role(
                id="role-owner",
                kind=RoleKind.OWNER,
                holders=(OWNER,),
                responsibilities=(
                    "porter le projet devant l'ONE et les écoles",
                    "décider du programme des séances",
                ),
            ),
            Role(
                id="role-coord",
                kind=RoleKind.COORDINATOR,
                holders=(OWNER,),
                responsibilities=(
                    "convoquer le comité de suivi",
                    "tenir les listes de présence et le budget",
                ),
            ),
            Role(
                id="role-contributor",
                kind=RoleKind.CONTRIBUTOR,
                holders=(CONTRIBUTOR,),
                responsibilities=(
                    "mettre la salle à disposition les mardis et jeudis",
                    "relayer le club auprès des familles du quartier",
                ),
            ),
        ),
        tasks=(
            Task(
                id="task-seances",
                title="Animer l'aide aux devoirs le mardi et le jeudi",
                assignments=(
                    Assignment(partner=OWNER, raci=R),
                    Assignment(partner=CONTRIBUTOR, raci=R),
                    Assignment(partner=OWNER, raci=A),
                ),
                objectives=("obj-devoirs",),
            ),
            Task(
                id="task-salle",
                title="Ouvrir, préparer et refermer la salle",
                assignments=(
                    Assignment(partner=CONTRIBUTOR, raci=R),
                    Assignment(partner=CONTRIBUTOR, raci=A),
                    Assignment(partner=OWNER, raci=I),
                ),
                objectives=("obj-devoirs",),
            ),
            Task(
                id="task-benevoles",
                title="Former et encadrer les bénévoles",
                assignments=(
                    Assignment(partner=OWNER, raci=R),
                    Assignment(partner=OWNER, raci=A),
                    Assignment(partner=CONTRIBUTOR, raci=C),
                ),
                objectives=("obj-devoirs",),
            ),
            Task(
                id="task-parents",
                title="Organiser une rencontre avec les parents chaque trimestre",
                assignments=(
                    Assignment(partner=OWNER, raci=R),
                    Assignment(partner=OWNER, raci=A),
                    Assignment(partner=CONTRIBUTOR, raci=C),
                ),
                objectives=("obj-parents",),
            ),
            Task(
                id="task-ecoles",
                title="Tenir le lien avec les écoles et inscrire les enfants",
                assignments=(
                    Assignment(partner=OWNER, raci=R),
                    Assignment(partner=OWNER, raci=A),
                    Assignment(partner=CONTRIBUTOR, raci=I),
                ),
                objectives=("obj-devoirs", "obj-parents"),
            ),
        ),
        contributions=(
            Contribution(
                id="contrib-salle",
                partner=CONTRIBUTOR,
                kind=ContributionKind.PREMISES,
                description="La salle du premier étage, le mardi et le jeudi de 15 h 30 à 18 h, "
                "prêtée gratuitement, charges comprises",
                quantity=Quantity(value=Decimal(2), unit="après-midi par semaine"),
                covers=("need-salle",),
                serves=("task-seances", "task-salle"),
            ),
            Contribution(
                id="contrib-benevoles",
                partner=CONTRIBUTOR,
                kind=ContributionKind.HUMAN,
                description="Trois bénévoles de la Maison de quartier",
                quantity=Quantity(value=Decimal(3), unit="personnes"),
                covers=("need-benevoles",),
                serves=("task-seances",),
            ),
            Contribution(
                id="contrib-armoire",
                partner=CONTRIBUTOR,
                kind=ContributionKind.MATERIAL,
                description="Une armoire fermant à clé pour les livres et le matériel",
                serves=("task-seances",),
            ),
            Contribution(
                id="contrib-animatrice",
                partner=OWNER,
                kind=ContributionKind.FINANCIAL,
                description="Animatrice à mi-temps, sur le subside école de devoirs de l'ONE",
                amount=eur("16500.00"),
                covers=("need-animatrice",),
                serves=("task-seances", "task-parents"),
            ),
            Contribution(
                id="contrib-fournitures",
                partner=OWNER,
                kind=ContributionKind.FINANCIAL,
                description="Budget de fournitures et de livres, sur fonds propres",
                amount=eur("1200.00"),
                covers=("need-fournitures",),
                serves=("task-seances",),
            ),
            Contribution(
                id="contrib-methode",
                partner=OWNER,
                kind=ContributionKind.EXPERTISE,
                description="Méthode pédagogique de L'Envol et formation des bénévoles",
                serves=("task-benevoles",),
            ),
        ),
        governing_bodies=(
            GoverningBody(
                id="comite-suivi",
                name="Comité de suivi du club de devoirs",
                kind=BodyKind.WORKING_GROUP,
                members=(OWNER, CONTRIBUTOR),
                chair=OWNER,
                meetings=Recurrence(rule="FREQ=MONTHLY;BYDAY=1MO"),
            ),
        ),
        decision_rules=(
            DecisionRule(
                id="rule-projet",
                mode=DecisionMode.DELEGATED,
                delegate=OWNER,
                scope=(Topic.OBJECTIVES, Topic.TASKS, Topic.PLANNING, Topic.BUDGET, Topic.STAFF),
                description="Le projet reste celui de L'Envol: il en décide le contenu, le "
                "budget et le planning, après avoir consulté la Maison de quartier au comité "
                "de suivi.",
            ),
            DecisionRule(
                id="rule-salle",
                mode=DecisionMode.DELEGATED,
                delegate=CONTRIBUTOR,
                scope=(Topic.PREMISES,),
                description="La Maison de quartier décide de l'usage de sa salle; elle annonce "
                "tout changement d'horaire un mois à l'avance.",
            ),
            DecisionRule(
                id="rule-convention",
                mode=DecisionMode.UNANIMITY,
                body="comite-suivi",
                scope=(Topic.AMENDMENTS, Topic.PARTNERS),
                description="Un avenant à la convention se décide à deux.",
            ),
        ),
        conflict_procedure=ConflictProcedure(
            steps=(
                EscalationStep(
                    action=EscalationAction.BILATERAL_TALK,
                    description="La coordinatrice et le responsable de la maison se rencontrent.",
                    time_limit_days=15,
                ),
                EscalationStep(
                    action=EscalationAction.GOVERNING_BODY,
                    description="Le comité de suivi entend les deux associations.",
                    handled_by="comite-suivi",
                    time_limit_days=30,
                ),
                EscalationStep(
                    action=EscalationAction.MEDIATION,
                    description="Médiation par la Coordination sociale de Schaerbeek.",
                    handled_by="Coordination sociale de Schaerbeek",
                    time_limit_days=60,
                ),
            )
        ),
        institutional_links=(
            InstitutionalLink(
                id="link-envol-ca",
                partner=OWNER,
                institution="Conseil d'administration de L'Envol",
                kind=InstitutionKind.HIERARCHY,
                involvement=Involvement.CONSULT,
                topics=(Topic.BUDGET, Topic.STAFF),
            ),
            InstitutionalLink(
                id="link-one",
                partner=OWNER,
                institution=ONE,
                kind=InstitutionKind.PUBLIC_AUTHORITY,
                involvement=Involvement.INFORM,
                topics=(Topic.PREMISES, Topic.EVALUATION),
                contact="Coordination accueil temps libre, subrégion de Bruxelles",
            ),
            InstitutionalLink(
                id="link-maison-ca",
                partner=CONTRIBUTOR,
                institution="Conseil d'administration de la Maison de quartier Josaphat",
                kind=InstitutionKind.HIERARCHY,
                involvement=Involvement.APPROVE,
                topics=(Topic.PREMISES, Topic.AMENDMENTS),
            ),
        ),
    )


def plan() -> Timeline:
    """PLAN: the school year, with the ONE's side of it."""
    return Timeline(
        steps=(
            Step(
                id="step-subside",
                title="Confirmer à l'ONE la reconduction du subside école de devoirs",
                kind=StepKind.SUBSIDY_APPLICATION,
                owner=OWNER,
                authority=ONE,
                planned=Period(start=dt.date(2027, 9, 1), end=dt.date(2027, 9, 30)),
            ),
            Step(
                id="step-one",
                title="Déclarer le nouveau lieu d'activité à l'ONE",
                kind=StepKind.AUTHORISATION_REQUEST,
                owner=OWNER,
                authority=ONE,
                planned=Period(start=dt.date(2027, 9, 1), end=dt.date(2027, 9, 10)),
            ),
            Step(
                id="step-inscriptions",
                title="Inscrire les enfants avec les écoles du quartier",
                owner=OWNER,
                planned=Period(start=dt.date(2027, 9, 1), end=dt.date(2027, 9, 17)),
            ),
            Step(
                id="step-formation",
                title="Former les bénévoles à la méthode de L'Envol",
                owner=OWNER,
                planned=Period(start=dt.date(2027, 9, 13), end=dt.date(2027, 9, 17)),
            ),
            Step(
                id="step-lancement",
                title="Première séance du club de devoirs",
                owner=OWNER,
                planned=Period(start=dt.date(2027, 9, 21), end=dt.date(2027, 9, 21)),
                depends_on=("step-one", "step-inscriptions", "step-formation"),
            ),
            Step(
                id="step-seances",
                title="Séances du mardi et du jeudi, hors congés scolaires",
                owner=OWNER,
                needs_authorisation=True,
                planned=Period(start=dt.date(2027, 9, 23), end=dt.date(2028, 6, 15)),
                depends_on=("step-lancement",),
                recurrence=Recurrence(rule="FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20280615"),
            ),
            Step(
                id="step-eval-mi",
                title="Évaluation à mi-parcours",
                kind=StepKind.EVALUATION,
                owner=OWNER,
                planned=Period(start=dt.date(2028, 1, 31), end=dt.date(2028, 1, 31)),
                depends_on=("step-lancement",),
            ),
            Step(
                id="step-bilan",
                title="Bilan de fin d'année",
                kind=StepKind.EVALUATION,
                owner=OWNER,
                planned=Period(start=dt.date(2028, 6, 19), end=dt.date(2028, 6, 19)),
                depends_on=("step-eval-mi",),
            ),
            Step(
                id="step-rapport",
                title="Rapport d'activités à l'ONE",
                kind=StepKind.SUBSIDY_REPORT,
                owner=OWNER,
                planned=Period(start=dt.date(2028, 6, 20), end=END_OF_YEAR),
                depends_on=("step-bilan",),
            ),
        )
    )


def convention() -> Convention:
    """The convention as signed, written in the methodology's order."""
    draft = Convention(
        name="Club de devoirs Josaphat",
        language="fr-BE",
        form=Form.COLLABORATION,
        purpose=(
            "Offrir aux enfants du quartier Josaphat un soutien scolaire deux après-midi "
            "par semaine, dans une salle prêtée par la Maison de quartier."
        ),
        partners=partners(),
        owner=OWNER,
        period=Period(start=dt.date(2027, 9, 1), end=END_OF_YEAR),
        timeline=plan(),
        evaluation=EvaluationPlan(
            moments=(
                EvaluationMoment(
                    id="eval-mi",
                    title="Évaluation à mi-parcours",
                    date=dt.date(2028, 1, 31),
                    indicators=("ind-enfants", "ind-parents"),
                    participants=(OWNER, CONTRIBUTOR),
                    method="Comité de suivi sur la base des listes de présence",
                ),
                EvaluationMoment(
                    id="eval-fin",
                    title="Bilan de fin d'année",
                    date=dt.date(2028, 6, 19),
                    indicators=("ind-enfants", "ind-lecture", "ind-parents"),
                    participants=(OWNER, CONTRIBUTOR),
                    method="Tests de lecture de juin, présences et avis des bénévoles",
                ),
            )
        ),
        communication=CommunicationPlan(
            actions=(
                CommunicationAction(
                    id="com-flyers",
                    audience=Audience.PUBLIC,
                    description="Flyers dans les écoles et à la Maison de quartier, en français, "
                    "néerlandais, turc et arabe",
                    channel=Channel.POSTER,
                    date=dt.date(2027, 9, 1),
                    owner=OWNER,
                ),
                CommunicationAction(
                    id="com-debrief",
                    audience=Audience.PROFESSIONALS,
                    description="Dix minutes entre l'animatrice et les bénévoles après chaque "
                    "séance",
                    channel=Channel.MEETING,
                    frequency=Recurrence(rule="FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20280615"),
                    owner=OWNER,
                ),
                CommunicationAction(
                    id="com-one",
                    audience=Audience.INSTITUTIONS,
                    description="Rapport d'activités annuel à l'ONE, qui cite la Maison de "
                    "quartier",
                    channel=Channel.REPORT,
                    date=dt.date(2028, 1, 31),
                    owner=OWNER,
                ),
                CommunicationAction(
                    id="com-gouter",
                    audience=Audience.INFORMAL,
                    description="Goûter de fin de trimestre des familles, des bénévoles et de "
                    "l'équipe de la Maison de quartier",
                    channel=Channel.EVENT,
                    frequency=Recurrence(rule="FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR"),
                    owner=CONTRIBUTOR,
                ),
            )
        ),
        funds=FundManagement(
            holder=OWNER,
            description=(
                "L'Envol gère seul le budget du club sur son propre compte. La Maison de "
                "quartier ne reçoit ni ne verse d'argent: elle prête sa salle gratuitement et "
                "en garde les charges."
            ),
            budget=(
                BudgetLine(
                    id="bl-animatrice",
                    label="Animatrice (mi-temps)",
                    amount=eur("16500.00"),
                    category=NeedCategory.HUMAN_RESOURCES,
                    source=ONE,
                    subsidy=True,
                ),
                BudgetLine(
                    id="bl-fournitures",
                    label="Fournitures et livres",
                    amount=eur("1200.00"),
                    category=NeedCategory.MATERIAL,
                    source="Fonds propres de L'Envol",
                ),
            ),
            reporting=(
                ReportingDuty(
                    id="rep-one",
                    recipient=ONE,
                    description="Rapport d'activités et justificatifs du subside",
                    due=END_OF_YEAR,
                    step="step-rapport",
                ),
            ),
        ),
        clauses=(
            Clause(
                kind=ClauseKind.DURATION_AND_RENEWAL,
                text="La convention court du 1er septembre 2027 au 30 juin 2028, une année "
                "scolaire; elle se renouvelle par avenant.",
            ),
            Clause(
                kind=ClauseKind.TERMINATION_AND_EXIT,
                text="La Maison de quartier peut reprendre sa salle moyennant un préavis de "
                "trois mois, jamais entre le 1er mai et le 30 juin.",
            ),
            Clause(
                kind=ClauseKind.AMENDMENT_PROCEDURE,
                text="Toute modification fait l'objet d'un avenant adopté à l'unanimité du "
                "comité de suivi et approuvé par le conseil d'administration de la Maison "
                "de quartier lorsqu'elle touche à la salle.",
            ),
            Clause(
                kind=ClauseKind.LIABILITY,
                text="L'assurance en responsabilité civile de L'Envol couvre les enfants et "
                "les bénévoles pendant les séances; l'assurance incendie de la Maison de "
                "quartier couvre la salle.",
            ),
            Clause(
                kind=ClauseKind.DATA_PROTECTION,
                text="Les données des enfants et des familles restent chez L'Envol; la "
                "Maison de quartier ne reçoit que la liste des prénoms présents.",
            ),
        ),
        signatures=(
            Signature(
                partner=OWNER,
                signatory="Nadia El Amrani",
                function="coordinatrice pédagogique",
                place="Schaerbeek",
                date=dt.date(2027, 6, 24),
            ),
            Signature(
                partner=CONTRIBUTOR,
                signatory="Pieter Vermeulen",
                function="responsable de la maison",
                place="Schaerbeek",
                date=dt.date(2027, 6, 24),
            ),
        ),
    )
    return clarify(define(draft))


def build_dossier() -> Dossier:
    """The convention with the minutes that adopted it and the local network."""
    return Dossier(
        convention=convention(),
        minutes=(
            DecisionRecord(
                id="pv-2027-06-10",
                date=dt.date(2027, 6, 10),
                title="Adoption de la convention et des horaires de la salle",
                decision="La salle du premier étage est prêtée le mardi et le jeudi de "
                "15 h 30 à 18 h pour l'année scolaire 2027-2028.",
                topic=Topic.PARTNERS,
                body="comite-suivi",
                rule="rule-convention",
                present=(OWNER, CONTRIBUTOR),
                ballots=(
                    Ballot(partner=OWNER, choice=Choice.FOR),
                    Ballot(partner=CONTRIBUTOR, choice=Choice.FOR),
                ),
                outcome=Outcome.ADOPTED,
                decide=(
                    DecideNote(
                        step=DecideStep.DEFINE_PROBLEM,
                        text="Le local de L'Envol est trop petit pour un deuxième groupe.",
                    ),
                    DecideNote(
                        step=DecideStep.ESTABLISH_CRITERIA,
                        text="Une salle proche des écoles, libre deux fins d'après-midi.",
                    ),
                    DecideNote(
                        step=DecideStep.CONSIDER_ALTERNATIVES,
                        text="La bibliothèque communale, ou la salle de la Maison de quartier.",
                    ),
                    DecideNote(
                        step=DecideStep.IDENTIFY_BEST,
                        text="La salle de la Maison de quartier est libre le mardi et le "
                        "jeudi après l'école, à deux rues des écoles.",
                    ),
                    DecideNote(
                        step=DecideStep.DEVELOP_PLAN,
                        text="Un deuxième groupe dès la rentrée de septembre 2027.",
                    ),
                    DecideNote(
                        step=DecideStep.EVALUATE_SOLUTION,
                        text="Bilan avec les familles aux vacances d'automne.",
                    ),
                ),
            ),
        ),
        directory=Directory(
            structures=(
                Structure(
                    id="bibliotheque-schaerbeek",
                    name="Bibliothèque communale de Schaerbeek",
                    kind=PartnerKind.PUBLIC_AUTHORITY,
                    offers=(
                        Offer(
                            category=NeedCategory.MATERIAL,
                            description="Prêt de livres par caisses et animations lecture",
                        ),
                    ),
                ),
                Structure(
                    id="coordination-schaerbeek",
                    name="Coordination sociale de Schaerbeek",
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


if __name__ == "__main__":
    print(summarize(build_dossier(), sys.argv[1] if len(sys.argv) > 1 else "fr"))
