"""The one catalogue of everything the library says: (French, English, Dutch).

French is the reference text (the seed is French); keys are stable. Enum labels are
keyed ``"<EnumName>.<code>"``. Placeholders are named (``{partners}``) and every
language of an entry uses the same ones, which a test checks.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, tuple[str, str, str]] = {
    # --- partners
    "PartnerKind.association": ("association", "association", "vereniging"),
    "PartnerKind.public_authority": ("pouvoir public", "public authority", "overheid"),
    "PartnerKind.institution": ("institution", "institution", "instelling"),
    "PartnerKind.company": ("entreprise", "company", "onderneming"),
    "PartnerKind.informal_group": ("groupe informel", "informal group", "informele groep"),
    "PartnerKind.network": ("réseau", "network", "netwerk"),
    "PartnerKind.other": ("autre", "other", "andere"),
    "InstitutionKind.institution": ("institution", "institution", "instelling"),
    "InstitutionKind.public_authority": ("pouvoir public", "public authority", "overheid"),
    "InstitutionKind.hierarchy": ("hiérarchie", "hierarchy", "hiërarchie"),
    "ContributionKind.material": ("matériel", "material", "materieel"),
    "ContributionKind.service": ("service", "service", "dienst"),
    "ContributionKind.financial": ("financière", "financial", "financieel"),
    "ContributionKind.human": ("ressources humaines", "human resources", "personeel"),
    "ContributionKind.premises": ("locaux", "premises", "lokalen"),
    "ContributionKind.expertise": ("expertise", "expertise", "expertise"),
    # --- goals
    "Direction.increase": ("à augmenter", "to increase", "te verhogen"),
    "Direction.decrease": ("à diminuer", "to decrease", "te verlagen"),
    "Direction.maintain": ("à maintenir", "to maintain", "te behouden"),
    "NeedCategory.financial": ("financier", "financial", "financieel"),
    "NeedCategory.human_resources": ("ressources humaines", "human resources", "personeel"),
    "NeedCategory.infrastructure": ("infrastructure", "infrastructure", "infrastructuur"),
    "NeedCategory.planning": ("planification", "planning", "planning"),
    "NeedCategory.material": ("matériel", "material", "materieel"),
    "NeedCategory.other": ("autre", "other", "andere"),
    # --- roles
    "RoleKind.coordinator": ("coordinateur", "coordinator", "coördinator"),
    "RoleKind.partner": ("partenaire", "partner", "partner"),
    "RoleKind.contributor": ("contributeur", "contributor", "bijdrager"),
    "RoleKind.owner": ("porteur du projet", "project owner", "eigenaar van het project"),
    "RoleKind.treasurer": ("trésorier", "treasurer", "penningmeester"),
    "RoleKind.secretary": ("secrétaire", "secretary", "secretaris"),
    "RoleKind.observer": ("observateur", "observer", "waarnemer"),
    "RoleKind.funder": ("bailleur de fonds", "funder", "financier"),
    "RoleKind.other": ("autre", "other", "andere"),
    "Raci.responsible": ("réalise", "responsible", "uitvoerend"),
    "Raci.accountable": ("répond du résultat", "accountable", "eindverantwoordelijk"),
    "Raci.consulted": ("consulté", "consulted", "geraadpleegd"),
    "Raci.informed": ("informé", "informed", "geïnformeerd"),
    # --- planning
    "StepKind.project": ("étape du projet", "project step", "projectstap"),
    "StepKind.authorisation_request": (
        "demande d'autorisation",
        "authorisation request",
        "vergunningsaanvraag",
    ),
    "StepKind.subsidy_application": (
        "demande de subside",
        "subsidy application",
        "subsidieaanvraag",
    ),
    "StepKind.subsidy_report": ("rapport de subside", "subsidy report", "subsidieverslag"),
    "StepKind.evaluation": ("évaluation", "evaluation", "evaluatie"),
    "StepKind.legal_filing": ("formalité légale", "legal filing", "wettelijke formaliteit"),
    "StepKind.other": ("autre", "other", "andere"),
    # --- governance
    "Topic.objectives": ("objectifs", "objectives", "doelstellingen"),
    "Topic.budget": ("budget", "budget", "begroting"),
    "Topic.planning": ("échéancier", "timeline", "tijdlijn"),
    "Topic.tasks": ("tâches", "tasks", "taken"),
    "Topic.partners": (
        "entrée et sortie des partenaires",
        "entry and withdrawal of partners",
        "toetreding en uittreding van partners",
    ),
    "Topic.communication": ("communication", "communication", "communicatie"),
    "Topic.evaluation": ("évaluation", "evaluation", "evaluatie"),
    "Topic.amendments": ("avenants", "amendments", "wijzigingen"),
    "Topic.staff": ("personnel", "staff", "personeel"),
    "Topic.premises": ("locaux", "premises", "lokalen"),
    "Topic.daily_management": ("gestion journalière", "daily management", "dagelijks beheer"),
    "Topic.conflicts": ("conflits", "conflicts", "conflicten"),
    "Topic.other": ("autre", "other", "andere"),
    "BodyKind.steering_committee": ("comité de pilotage", "steering committee", "stuurgroep"),
    "BodyKind.general_assembly": (
        "assemblée générale",
        "general assembly",
        "algemene vergadering",
    ),
    "BodyKind.working_group": ("groupe de travail", "working group", "werkgroep"),
    "BodyKind.board": ("conseil d'administration", "board", "raad van bestuur"),
    "BodyKind.other": ("autre", "other", "andere"),
    "DecisionMode.consensus": ("consensus", "consensus", "consensus"),
    "DecisionMode.unanimity": ("unanimité", "unanimity", "unanimiteit"),
    "DecisionMode.majority": ("majorité", "majority", "meerderheid"),
    "DecisionMode.consent": ("consentement", "consent", "consent"),
    "DecisionMode.delegated": ("délégation", "delegation", "delegatie"),
    "VoteBase.votes_cast": (
        "des voix exprimées",
        "of the votes cast",
        "van de uitgebrachte stemmen",
    ),
    "VoteBase.present": (
        "des membres présents",
        "of the members present",
        "van de aanwezige leden",
    ),
    "VoteBase.members": ("des membres", "of the members", "van de leden"),
    "EscalationAction.bilateral_talk": (
        "concertation entre les parties",
        "talk between the parties",
        "overleg tussen de partijen",
    ),
    "EscalationAction.coordinator": (
        "intervention du coordinateur",
        "coordinator steps in",
        "tussenkomst van de coördinator",
    ),
    "EscalationAction.governing_body": (
        "examen par l'organe de décision",
        "referral to the governing body",
        "voorlegging aan het beslissingsorgaan",
    ),
    "EscalationAction.mediation": ("médiation", "mediation", "bemiddeling"),
    "EscalationAction.institution": (
        "recours à l'institution",
        "referral to the institution",
        "voorlegging aan de instelling",
    ),
    "EscalationAction.arbitration": ("arbitrage", "arbitration", "arbitrage"),
    "EscalationAction.court": ("tribunal compétent", "competent court", "bevoegde rechtbank"),
    "EscalationAction.other": ("autre", "other", "andere"),
    "Involvement.inform": ("informée", "informed", "geïnformeerd"),
    "Involvement.consult": ("consultée", "consulted", "geraadpleegd"),
    "Involvement.approve": ("approuve", "approves", "keurt goed"),
    # --- decisions
    "DecideStep.define_problem": (
        "définir le problème",
        "define the problem",
        "het probleem omschrijven",
    ),
    "DecideStep.establish_criteria": (
        "établir les critères",
        "establish the criteria",
        "de criteria vastleggen",
    ),
    "DecideStep.consider_alternatives": (
        "considérer les alternatives",
        "consider the alternatives",
        "de alternatieven overwegen",
    ),
    "DecideStep.identify_best": (
        "identifier la meilleure alternative",
        "identify the best alternative",
        "het beste alternatief bepalen",
    ),
    "DecideStep.develop_plan": (
        "développer et mettre en œuvre un plan d'action",
        "develop and implement a plan of action",
        "een actieplan uitwerken en uitvoeren",
    ),
    "DecideStep.evaluate_solution": (
        "évaluer et suivre la solution",
        "evaluate and monitor the solution",
        "de oplossing evalueren en opvolgen",
    ),
    "Choice.for": ("pour", "for", "voor"),
    "Choice.against": ("contre", "against", "tegen"),
    "Choice.abstain": ("abstention", "abstention", "onthouding"),
    "Outcome.adopted": ("adoptée", "adopted", "aangenomen"),
    "Outcome.rejected": ("rejetée", "rejected", "verworpen"),
    "Outcome.postponed": ("reportée", "postponed", "uitgesteld"),
    # --- communication
    "Audience.public": ("public concerné", "public concerned", "betrokken publiek"),
    "Audience.professionals": (
        "entre professionnels",
        "between professionals",
        "tussen professionals",
    ),
    "Audience.institutions": (
        "vers les institutions",
        "towards institutions",
        "naar de instellingen",
    ),
    "Audience.informal": ("contacts informels", "informal contact", "informeel contact"),
    "Channel.meeting": ("réunion", "meeting", "vergadering"),
    "Channel.email": ("courriel", "email", "e-mail"),
    "Channel.newsletter": ("lettre d'information", "newsletter", "nieuwsbrief"),
    "Channel.website": ("site web", "website", "website"),
    "Channel.social_media": ("réseaux sociaux", "social media", "sociale media"),
    "Channel.poster": ("affiche", "poster", "affiche"),
    "Channel.phone": ("téléphone", "phone", "telefoon"),
    "Channel.event": ("événement", "event", "evenement"),
    "Channel.report": ("rapport", "report", "verslag"),
    "Channel.other": ("autre", "other", "andere"),
    # --- convention
    "Form.partnership": ("partenariat", "partnership", "partnerschap"),
    "Form.collaboration": ("collaboration", "collaboration", "samenwerking"),
    "ClauseKind.duration_and_renewal": (
        "durée et renouvellement",
        "duration and renewal",
        "duur en verlenging",
    ),
    "ClauseKind.entry_and_withdrawal": (
        "entrée et retrait des partenaires",
        "entry and withdrawal of partners",
        "toetreding en uittreding van partners",
    ),
    "ClauseKind.termination_and_exit": (
        "résiliation et sortie",
        "termination and exit",
        "beëindiging en uittreding",
    ),
    "ClauseKind.amendment_procedure": (
        "procédure de modification",
        "amendment procedure",
        "wijzigingsprocedure",
    ),
    "ClauseKind.dispute_resolution": (
        "règlement des différends",
        "dispute resolution",
        "geschillenbeslechting",
    ),
    "ClauseKind.liability": ("responsabilité", "liability", "aansprakelijkheid"),
    "ClauseKind.confidentiality": ("confidentialité", "confidentiality", "vertrouwelijkheid"),
    "ClauseKind.results_and_intellectual_property": (
        "résultats et propriété intellectuelle",
        "results and intellectual property",
        "resultaten en intellectuele eigendom",
    ),
    "ClauseKind.data_protection": (
        "protection des données",
        "data protection",
        "gegevensbescherming",
    ),
    "ClauseKind.applicable_law": ("droit applicable", "applicable law", "toepasselijk recht"),
    "ClauseKind.other": ("autre", "other", "andere"),
    # --- classify(): the facts behind a form
    "classify.no-carrier": (
        "Aucun porteur ni propriétaire du projet n'est encore désigné : la forme ne peut "
        "pas être établie.",
        "No carrier or owner of the project is named yet: the form cannot be told.",
        "Er is nog geen drager of eigenaar van het project aangeduid: de vorm kan nog niet "
        "worden bepaald.",
    ),
    "classify.carriers-from-tasks": (
        "Aucun porteur n'est déclaré ; les partenaires qui répondent de tâches sont "
        "considérés comme porteurs : {partners}.",
        "No carrier is declared; the partners accountable for tasks are taken as carriers: "
        "{partners}.",
        "Er is geen drager opgegeven; de partners die eindverantwoordelijk zijn voor taken "
        "worden als dragers beschouwd: {partners}.",
    ),
    "classify.single-carrier": (
        "Le projet reste celui de {partners} : les autres y apportent leur pierre.",
        "The project remains that of {partners}: the others bring their stone to it.",
        "Het project blijft dat van {partners}: de anderen dragen er hun steentje toe bij.",
    ),
    "classify.contributors": (
        "Contribuent au projet : {partners}.",
        "Contributing to the project: {partners}.",
        "Dragen bij aan het project: {partners}.",
    ),
    "classify.several-carriers": (
        "Plusieurs partenaires portent ensemble le projet : {partners}.",
        "Several partners carry the project together: {partners}.",
        "Meerdere partners dragen samen het project: {partners}.",
    ),
    "classify.owner-among-several-carriers": (
        "Un propriétaire est désigné ({partners}) alors que plusieurs partenaires portent "
        "le projet : le projet est commun.",
        "An owner is named ({partners}) although several partners carry the project: the "
        "project is shared.",
        "Er is een eigenaar aangeduid ({partners}) terwijl meerdere partners het project "
        "dragen: het project is gemeenschappelijk.",
    ),
    "classify.shared-tasks": (
        "Les porteurs se partagent les tâches : {partners}.",
        "The carriers share the tasks: {partners}.",
        "De dragers verdelen de taken onder elkaar: {partners}.",
    ),
    "classify.shared-needs": (
        "Les porteurs couvrent ensemble les besoins : {partners}.",
        "The carriers meet the needs together: {partners}.",
        "De dragers voorzien samen in de behoeften: {partners}.",
    ),
    "classify.shared-governance": (
        "Les porteurs décident ensemble au sein d'un même organe : {partners}.",
        "The carriers decide together in one body: {partners}.",
        "De dragers beslissen samen in één orgaan: {partners}.",
    ),
    "classify.joint-work-not-shown": (
        "Le travail en commun sur les besoins et les tâches n'est pas encore décrit ({partners}).",
        "The joint work on needs and tasks is not described yet ({partners}).",
        "Het gezamenlijke werk aan behoeften en taken is nog niet beschreven ({partners}).",
    ),
    # --- summarize()
    "summary.none": ("néant", "none", "geen"),
    "summary.separator": ("\u00a0: ", ": ", ": "),
    "summary.form": ("Forme déclarée", "Declared form", "Opgegeven vorm"),
    "summary.classified": ("d'après les faits", "from the facts", "volgens de feiten"),
    "summary.partners": ("Partenaires", "Partners", "Partners"),
    "summary.coordinator": ("Coordination", "Coordination", "Coördinatie"),
    "summary.period": ("Période", "Period", "Periode"),
    "summary.objectives": ("Objectifs", "Objectives", "Doelstellingen"),
    "summary.indicators": (
        "Indicateurs d'évaluation",
        "Evaluation indicators",
        "Evaluatie-indicatoren",
    ),
    "summary.needs": ("Besoins", "Needs", "Behoeften"),
    "summary.financial-needs": ("Besoins financiers", "Financial needs", "Financiële behoeften"),
    "summary.tasks": ("Tâches", "Tasks", "Taken"),
    "summary.contributions": ("Contributions", "Contributions", "Bijdragen"),
    "summary.steps": ("Étapes de l'échéancier", "Timeline steps", "Stappen in de tijdlijn"),
    "summary.administrative-steps": (
        "dont démarches administratives",
        "of which administrative steps",
        "waarvan administratieve stappen",
    ),
    "summary.evaluation-moments": (
        "Moments d'évaluation",
        "Evaluation moments",
        "Evaluatiemomenten",
    ),
    "summary.communication-actions": (
        "Actions de communication",
        "Communication actions",
        "Communicatieacties",
    ),
    "summary.signatures": ("Signatures", "Signatures", "Handtekeningen"),
    "summary.minutes": ("Comptes-rendus de décision", "Decision minutes", "Beslissingsverslagen"),
    "summary.amendments": ("Avenants", "Amendments", "Wijzigingen"),
    # --- validation
    "ItemKind.partner": ("partenaire", "partner", "partner"),
    "ItemKind.objective": ("objectif", "objective", "doelstelling"),
    "ItemKind.indicator": (
        "indicateur d'évaluation",
        "evaluation indicator",
        "evaluatie-indicator",
    ),
    "ItemKind.need": ("besoin", "need", "behoefte"),
    "ItemKind.task": ("tâche", "task", "taak"),
    "ItemKind.step": ("étape de l'échéancier", "timeline step", "stap in de tijdlijn"),
    "ItemKind.governing_body": ("organe de décision", "governing body", "beslissingsorgaan"),
    "ItemKind.decision_rule": ("mode de décision", "decision rule", "besluitvormingsregel"),
    "ItemKind.evaluation_moment": ("moment d'évaluation", "evaluation moment", "evaluatiemoment"),
    "ItemKind.decision_record": (
        "compte-rendu de décision",
        "decision record",
        "beslissingsverslag",
    ),
    "Severity.error": ("erreur", "error", "fout"),
    "Severity.warning": ("avertissement", "warning", "waarschuwing"),
    "Severity.info": ("information", "information", "informatie"),
    "MethodologyStep.define": ("DÉFINIR", "DEFINE", "BEPALEN"),
    "MethodologyStep.clarify": ("CLARIFIER", "CLARIFY", "VERDUIDELIJKEN"),
    "MethodologyStep.plan": ("PLANIFIER", "PLAN", "PLANNEN"),
    "MethodologyStep.evaluate": ("ÉVALUER", "EVALUATE", "EVALUEREN"),
    "MethodologyStep.form": (
        "partenariat ou collaboration",
        "partnership or collaboration",
        "partnerschap of samenwerking",
    ),
    "MethodologyStep.communication": ("communication", "communication", "communicatie"),
    "MethodologyStep.tracing": ("traces écrites", "written record", "schriftelijke neerslag"),
    "MethodologyStep.flexibility": ("flexibilité", "flexibility", "flexibiliteit"),
    "MethodologyStep.network": ("réseau", "network", "netwerk"),
    "MethodologyStep.integrity": (
        "cohérence des références",
        "references",
        "samenhang van verwijzingen",
    ),
    # --- the command line
    "cli.profile": ("Profil", "Profile", "Profiel"),
    "cli.complete": ("complète", "complete", "volledig"),
    "cli.incomplete": ("incomplète", "incomplete", "onvolledig"),
    "cli.total": ("Total", "Total", "Totaal"),
    "cli.stage": ("Étape à achever", "Step to finish", "Af te werken stap"),
}
