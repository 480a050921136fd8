"""The words of the agreement as a document to sign (French, English, Dutch), merged into
the one catalogue: its articles, the sentences that introduce what the convention
holds, and what an empty article says is still to be agreed.
"""

from __future__ import annotations

__all__ = ["AGREEMENT_WORDS"]

AGREEMENT_WORDS: dict[str, tuple[str, str, str]] = {
    # --- the head
    "agreement.partnership": (
        "Convention de partenariat",
        "Partnership agreement",
        "Partnerschapsovereenkomst",
    ),
    "agreement.collaboration": (
        "Convention de collaboration",
        "Collaboration agreement",
        "Samenwerkingsovereenkomst",
    ),
    "agreement.convention": ("Convention", "Agreement", "Overeenkomst"),
    "agreement.draft": ("PROJET", "DRAFT", "ONTWERP"),
    "agreement.page": ("page", "page", "pagina"),
    "agreement.between": (
        "Entre les parties soussignées\u00a0:",
        "Between the undersigned parties:",
        "Tussen de ondergetekende partijen:",
    ),
    "agreement.party-form": ("nature", "kind", "aard"),
    "agreement.party-office": ("siège", "registered office", "zetel"),
    "agreement.party-number": ("numéro d'entreprise", "enterprise number", "ondernemingsnummer"),
    "agreement.party-represented": ("représentant", "representative", "vertegenwoordiger"),
    "agreement.agreed": (
        "ci-après «\u00a0les parties\u00a0», il est convenu ce qui suit\u00a0:",
        "hereinafter “the parties”, it is agreed as follows:",
        "hierna „de partijen”, wordt overeengekomen wat volgt:",
    ),
    "agreement.register-be-bce_kbo": ("BCE", "CBE", "KBO"),
    "agreement.register-fr-rcs": ("RCS", "RCS", "RCS"),
    "agreement.number": ("{register} {number}", "{register} {number}", "{register} {number}"),
    "agreement.details": ("\u00a0; ", "; ", "; "),
    "agreement.to-complete": (
        "À compléter\u00a0: {what}",
        "To be completed: {what}",
        "Aan te vullen: {what}",
    ),
    # --- the articles
    "agreement.article": ("Article {number}", "Article {number}", "Artikel {number}"),
    "agreement.article-first": ("Article 1er", "Article 1", "Artikel 1"),
    "agreement.article-object": ("Objet", "Purpose", "Voorwerp"),
    "agreement.article-duration": (
        "Durée et entrée en vigueur",
        "Duration and entry into force",
        "Duur en inwerkingtreding",
    ),
    "agreement.article-obligations": (
        "Engagements et contributions des parties",
        "Obligations and contributions of the parties",
        "Verbintenissen en bijdragen van de partijen",
    ),
    "agreement.article-governance": (
        "Gouvernance et prise de décision",
        "Governance and decision-making",
        "Bestuur en besluitvorming",
    ),
    "agreement.article-finances": (
        "Dispositions financières",
        "Financial provisions",
        "Financiële bepalingen",
    ),
    "agreement.article-timeline": ("Calendrier", "Timeline", "Planning"),
    "agreement.article-evaluation": ("Évaluation", "Evaluation", "Evaluatie"),
    "agreement.article-communication": ("Communication", "Communication", "Communicatie"),
    "agreement.article-institutions": (
        "Relations avec les institutions et les pouvoirs publics",
        "Relations with institutions and public authorities",
        "Relaties met instellingen en overheden",
    ),
    "agreement.article-amendment": (
        "Modification de la convention",
        "Amendment of the agreement",
        "Wijziging van de overeenkomst",
    ),
    "agreement.article-withdrawal": (
        "Adhésion, retrait et fin de la convention",
        "Accession, withdrawal and termination",
        "Toetreding, uittreding en beëindiging",
    ),
    "agreement.article-disputes": (
        "Conflits et litiges",
        "Conflicts and disputes",
        "Conflicten en geschillen",
    ),
    "agreement.article-miscellaneous": (
        "Dispositions diverses",
        "Miscellaneous provisions",
        "Diverse bepalingen",
    ),
    # --- article 1: purpose
    "agreement.missing-purpose": (
        "l'objet de la convention",
        "the purpose of the agreement",
        "het voorwerp van de overeenkomst",
    ),
    "agreement.form-partnership": (
        "Le projet est mené en partenariat.",
        "The project is run as a partnership.",
        "Het project wordt in partnerschap gevoerd.",
    ),
    "agreement.form-partnership-carriers": (
        "Le projet est mené en partenariat. Les parties qui le portent ensemble\u00a0: {carriers}.",
        "The project is run as a partnership. The parties who carry it together: {carriers}.",
        "Het project wordt in partnerschap gevoerd. De partijen die het samen dragen: {carriers}.",
    ),
    "agreement.form-collaboration": (
        "Le projet reste celui d'une partie, qui en garde la responsabilité\u00a0: {owner}. Les autres parties y contribuent, en collaboration.",
        "The project remains that of one party, which keeps the responsibility for it: {owner}. The other parties contribute to it, as a collaboration.",
        "Het project blijft dat van één partij, die er de verantwoordelijkheid voor houdt: {owner}. De andere partijen dragen ertoe bij, als samenwerking.",
    ),
    "agreement.form-collaboration-unnamed": (
        "Le projet reste celui d'une des parties\u00a0; les autres y contribuent, en collaboration.",
        "The project remains that of one of the parties; the others contribute to it, as a"
        " collaboration.",
        "Het project blijft dat van één van de partijen; de andere dragen ertoe bij, als"
        " samenwerking.",
    ),
    "agreement.missing-form": (
        "s'il s'agit d'un partenariat ou d'une collaboration",
        "whether this is a partnership or a collaboration",
        "of het om een partnerschap of een samenwerking gaat",
    ),
    "agreement.objectives": (
        "Les parties poursuivent les objectifs suivants\u00a0:",
        "The parties pursue the following objectives:",
        "De partijen streven de volgende doelstellingen na:",
    ),
    "agreement.missing-objectives": (
        "les objectifs et leurs indicateurs d'évaluation",
        "the objectives and their evaluation indicators",
        "de doelstellingen en hun evaluatie-indicatoren",
    ),
    "agreement.indicator": (
        "indicateur «\u00a0{name}\u00a0»",
        "indicator “{name}”",
        "indicator „{name}”",
    ),
    "agreement.indicator-target": ("cible {target}", "target {target}", "doel {target}"),
    "agreement.indicator-baseline": (
        "situation de départ {baseline}",
        "baseline {baseline}",
        "beginsituatie {baseline}",
    ),
    "agreement.indicator-due": ("pour le {date}", "by {date}", "tegen {date}"),
    "agreement.indicator-verification": (
        "vérifié par\u00a0: {means}",
        "verified by: {means}",
        "geverifieerd via: {means}",
    ),
    "agreement.publics": (
        "Le projet s'adresse aux publics suivants\u00a0:",
        "The project is addressed to the following publics:",
        "Het project richt zich tot de volgende doelgroepen:",
    ),
    "agreement.missing-publics": ("le public cible", "the target public", "de doelgroep"),
    "agreement.public-size": ("{size} personnes", "{size} people", "{size} personen"),
    "agreement.public-area": ("zone\u00a0: {area}", "area: {area}", "gebied: {area}"),
    "agreement.needs": (
        "Le projet nécessite les moyens suivants\u00a0:",
        "The project needs:",
        "Het project heeft de volgende middelen nodig:",
    ),
    "agreement.missing-needs": ("les besoins du projet", "the project's needs", "de behoeften"),
    # --- article 2: duration
    "agreement.period": (
        "La présente convention est conclue pour la période {period}.",
        "This agreement is concluded for the period {period}.",
        "Deze overeenkomst wordt gesloten voor de periode {period}.",
    ),
    "agreement.missing-period": (
        "la date de début et la date de fin de la convention",
        "the start and end dates of the agreement",
        "de begin- en einddatum van de overeenkomst",
    ),
    # --- article 3: obligations
    "agreement.roles": (
        "Les rôles sont répartis comme suit\u00a0:",
        "The roles are shared as follows:",
        "De rollen worden als volgt verdeeld:",
    ),
    "agreement.missing-roles": (
        "les rôles, dont celui de coordinateur",
        "the roles, the coordinator's among them",
        "de rollen, waaronder die van coördinator",
    ),
    "agreement.role": ("{role}\u00a0: {holders}", "{role}: {holders}", "{role}: {holders}"),
    "agreement.role-unheld": (
        "titulaire à compléter",
        "holder to be completed",
        "houder aan te vullen",
    ),
    "agreement.tasks": (
        "Les tâches sont réparties comme suit\u00a0:",
        "The tasks are shared as follows:",
        "De taken worden als volgt verdeeld:",
    ),
    "agreement.raci-responsible": ("Réalise", "Carries it out", "Voert uit"),
    "agreement.raci-accountable": ("En répond", "Answers for it", "Is verantwoordelijk"),
    "agreement.raci-consulted": ("Est consultée", "Consulted", "Wordt geraadpleegd"),
    "agreement.raci-informed": ("Est informée", "Informed", "Wordt geïnformeerd"),
    "agreement.unknown-party": (
        "partie à identifier",
        "party to be identified",
        "partij te identificeren",
    ),
    "agreement.no-indicator": (
        "indicateurs à compléter",
        "indicators to be completed",
        "indicatoren aan te vullen",
    ),
    "agreement.missing-tasks": (
        "les tâches et ce que chaque partie y fait",
        "the tasks and what each party does in them",
        "de taken en wat elke partij erin doet",
    ),
    "agreement.task": ("Tâche", "Task", "Taak"),
    "agreement.contributions": (
        "Chaque partie apporte au projet\u00a0:",
        "Each party brings to the project:",
        "Elke partij brengt in het project in:",
    ),
    "agreement.missing-contributions": (
        "l'apport de chaque partie",
        "each party's contribution",
        "de inbreng van elke partij",
    ),
    # --- article 4: governance
    "agreement.bodies": (
        "Les parties se dotent des organes suivants\u00a0:",
        "The parties set up the following bodies:",
        "De partijen richten de volgende organen op:",
    ),
    "agreement.missing-bodies": (
        "les organes de pilotage et leurs membres",
        "the governing bodies and their members",
        "de bestuursorganen en hun leden",
    ),
    "agreement.body-members": (
        "membres\u00a0: {members}",
        "members: {members}",
        "leden: {members}",
    ),
    "agreement.body-chair": ("présidence\u00a0: {chair}", "chair: {chair}", "voorzitter: {chair}"),
    "agreement.body-meets": (
        "réunions\u00a0: {when}",
        "meetings: {when}",
        "vergaderingen: {when}",
    ),
    "agreement.rules": (
        "Les décisions sont prises comme suit\u00a0:",
        "Decisions are taken as follows:",
        "Beslissingen worden als volgt genomen:",
    ),
    "agreement.missing-rules": (
        "la manière dont les décisions sont prises",
        "how decisions are taken",
        "hoe beslissingen worden genomen",
    ),
    "agreement.rule-general": (
        "pour toute décision",
        "for every decision",
        "voor elke beslissing",
    ),
    "agreement.rule-other": (
        "pour toute autre décision",
        "for every other decision",
        "voor elke andere beslissing",
    ),
    "agreement.named": (
        "Le projet est dénommé «\u00a0{name}\u00a0».",
        "The project is called “{name}”.",
        "Het project heet „{name}”.",
    ),
    "agreement.period-from": (
        "La présente convention prend effet le {date}\u00a0; sa date de fin reste à convenir.",
        "This agreement takes effect on {date}; its end date is still to be agreed.",
        "Deze overeenkomst gaat in op {date}; de einddatum moet nog worden overeengekomen.",
    ),
    "agreement.period-until": (
        "La présente convention prend fin le {date}\u00a0; sa date de début reste à convenir.",
        "This agreement ends on {date}; its start date is still to be agreed.",
        "Deze overeenkomst eindigt op {date}; de begindatum moet nog worden overeengekomen.",
    ),
    "agreement.rule-scope": ("{topics}", "{topics}", "{topics}"),
    "agreement.rule-body": (
        "au sein de l'organe «\u00a0{body}\u00a0»",
        "within the body “{body}”",
        "binnen het orgaan „{body}”",
    ),
    "agreement.rule": ("{scope}\u00a0: {sentence}", "{scope}: {sentence}", "{scope}: {sentence}"),
    "agreement.minutes": (
        "Chaque décision est consignée dans un procès-verbal écrit.",
        "Every decision is recorded in written minutes.",
        "Elke beslissing wordt in een schriftelijk verslag opgenomen.",
    ),
    # --- article 5: finances
    "agreement.funds-holder": (
        "Les fonds du projet sont gérés par {holder}.",
        "The project's funds are managed by {holder}.",
        "De middelen van het project worden beheerd door {holder}.",
    ),
    "agreement.missing-funds-holder": (
        "qui gère les fonds du projet",
        "who manages the project's funds",
        "wie de middelen van het project beheert",
    ),
    "agreement.budget": (
        "Le plan de financement est le suivant\u00a0:",
        "The funding plan is as follows:",
        "Het financieringsplan is als volgt:",
    ),
    "agreement.missing-budget": (
        "le plan de financement",
        "the funding plan",
        "het financieringsplan",
    ),
    "agreement.budget-line": ("Poste", "Item", "Post"),
    "agreement.budget-category": ("Nature", "Category", "Soort"),
    "agreement.budget-source": ("Source", "Source", "Bron"),
    "agreement.budget-amount": ("Montant", "Amount", "Bedrag"),
    "agreement.subsidy": ("subside\u00a0: {source}", "grant: {source}", "subsidie: {source}"),
    "agreement.subsidy-unnamed": ("subside", "grant", "subsidie"),
    "agreement.total": ("Total", "Total", "Totaal"),
    "agreement.reporting": (
        "Les parties rendent compte de l'usage des fonds\u00a0:",
        "The parties report on the use of the funds:",
        "De partijen leggen verantwoording af over het gebruik van de middelen:",
    ),
    "agreement.report": (
        "destinataire\u00a0: {recipient}",
        "recipient: {recipient}",
        "ontvanger: {recipient}",
    ),
    "agreement.report-due": ("pour le {date}", "by {date}", "tegen {date}"),
    # --- article 6: timeline
    "agreement.steps": (
        "Les étapes du projet et les démarches administratives suivent ce calendrier\u00a0:",
        "The project's steps and administrative procedures follow this timeline:",
        "De stappen van het project en de administratieve procedures volgen deze planning:",
    ),
    "agreement.missing-steps": (
        "le calendrier du projet et des démarches administratives",
        "the timeline of the project and its administrative procedures",
        "de planning van het project en de administratieve procedures",
    ),
    "agreement.step": ("Étape", "Step", "Stap"),
    "agreement.step-kind": ("Nature", "Kind", "Soort"),
    "agreement.step-when": ("Quand", "When", "Wanneer"),
    "agreement.step-who": ("Par", "By", "Door"),
    "agreement.step-date-open": ("date à convenir", "date to be agreed", "datum overeen te komen"),
    # --- article 7: evaluation
    "agreement.moments": (
        "Le projet est évalué aux moments suivants\u00a0:",
        "The project is evaluated at the following moments:",
        "Het project wordt op de volgende momenten geëvalueerd:",
    ),
    "agreement.missing-moments": (
        "quand et comment le projet est évalué",
        "when and how the project is evaluated",
        "wanneer en hoe het project wordt geëvalueerd",
    ),
    "agreement.moment-indicators": (
        "au regard des indicateurs {indicators}",
        "against the indicators {indicators}",
        "aan de hand van de indicatoren {indicators}",
    ),
    "agreement.quoted": ("«\u00a0{text}\u00a0»", "“{text}”", "„{text}”"),
    "agreement.moment-participants": (
        "avec {participants}",
        "with {participants}",
        "met {participants}",
    ),
    "agreement.moment-method": (
        "méthode\u00a0: {method}",
        "method: {method}",
        "methode: {method}",
    ),
    # --- article 8: communication
    "agreement.communication": (
        "Les parties communiquent\u00a0:",
        "The parties communicate:",
        "De partijen communiceren:",
    ),
    "agreement.missing-audience": (
        "la communication {audience}",
        "communication {audience}",
        "de communicatie {audience}",
    ),
    "agreement.toward-public": (
        "vers le public concerné",
        "towards the public concerned",
        "naar het betrokken publiek",
    ),
    "agreement.toward-professionals": (
        "entre professionnels",
        "between professionals",
        "tussen professionals",
    ),
    "agreement.toward-institutions": (
        "vers les institutions",
        "towards the institutions",
        "naar de instellingen",
    ),
    "agreement.toward-informal": (
        "par les contacts informels",
        "through informal contacts",
        "via informele contacten",
    ),
    # --- article 9: institutions
    "agreement.links": (
        "Les parties entretiennent les liens suivants avec les institutions\u00a0:",
        "The parties keep the following links with institutions:",
        "De partijen onderhouden de volgende banden met instellingen:",
    ),
    "agreement.missing-links": (
        "le lien avec l'institution ou le pouvoir public",
        "the link to the institution or public authority",
        "de band met de instelling of de overheid",
    ),
    "agreement.link": (
        "{partner} — {institution}, {kind}\u00a0: {involvement}",
        "{partner} — {institution}, {kind}: {involvement}",
        "{partner} — {institution}, {kind}: {involvement}",
    ),
    "agreement.involvement-inform": ("information", "information", "informatie"),
    "agreement.involvement-consult": ("consultation", "consultation", "raadpleging"),
    "agreement.involvement-approve": ("approbation", "approval", "goedkeuring"),
    "agreement.network": (
        "Les parties s'appuient aussi sur le réseau des structures suivantes\u00a0:",
        "The parties also rely on the network of the following structures:",
        "De partijen steunen ook op het netwerk van de volgende structuren:",
    ),
    "agreement.answers-to": (
        "{partner} — lien hiérarchique\u00a0: {institution}, {kind}",
        "{partner} — answers to: {institution}, {kind}",
        "{partner} — hiërarchische band: {institution}, {kind}",
    ),
    "agreement.offers": ("apporte\u00a0: {offers}", "offers: {offers}", "biedt: {offers}"),
    "agreement.link-unnamed": ("Les parties", "The parties", "De partijen"),
    "agreement.link-topics": (
        "sujets\u00a0: {topics}",
        "topics: {topics}",
        "onderwerpen: {topics}",
    ),
    "agreement.link-contact": (
        "contact\u00a0: {contact}",
        "contact: {contact}",
        "contact: {contact}",
    ),
    # --- articles 10 to 13: clauses
    "agreement.amendment-rule": (
        "Toute modification de la convention fait l'objet d'un avenant écrit{by}. Règle de décision\u00a0: {sentence}",
        "Any amendment of the agreement is made in writing{by}. Decision rule: {sentence}",
        "Elke wijziging van de overeenkomst gebeurt schriftelijk{by}. Beslissingsregel: {sentence}",
    ),
    "agreement.amendment-by": (
        ", adopté par l'organe «\u00a0{body}\u00a0»",
        ", adopted by the body “{body}”",
        ", aangenomen door het orgaan „{body}”",
    ),
    "agreement.missing-amendment": (
        "comment la convention est modifiée",
        "how the agreement is amended",
        "hoe de overeenkomst wordt gewijzigd",
    ),
    "agreement.missing-withdrawal": (
        "comment une partie adhère, se retire, et comment la convention prend fin",
        "how a party joins or withdraws, and how the agreement ends",
        "hoe een partij toetreedt of uittreedt, en hoe de overeenkomst eindigt",
    ),
    "agreement.escalation": (
        "En cas de conflit entre parties, les étapes suivantes sont suivies dans l'ordre\u00a0:",
        "In a conflict between parties, the following steps are taken in order:",
        "Bij een conflict tussen partijen worden de volgende stappen in volgorde gevolgd:",
    ),
    "agreement.missing-escalation": (
        "comment les conflits entre parties sont réglés",
        "how conflicts between parties are settled",
        "hoe conflicten tussen partijen worden beslecht",
    ),
    "agreement.escalation-by": ("intervenant\u00a0: {who}", "handled by: {who}", "door: {who}"),
    "agreement.escalation-days": (
        "dans les {days} jours",
        "within {days} days",
        "binnen {days} dagen",
    ),
    # --- the command line
    "cli.printed": (
        "PDF imprimé par {engine}",
        "PDF printed by {engine}",
        "PDF afgedrukt door {engine}",
    ),
    # --- the signatures
    "agreement.signatures": ("Signatures", "Signatures", "Handtekeningen"),
    "agreement.done-at": (
        "Fait en {count} exemplaires originaux, chaque partie reconnaissant avoir reçu le sien.",
        "Done in {count} originals, each party acknowledging receipt of its own.",
        "Opgemaakt in {count} originelen, waarbij elke partij erkent het hare te hebben ontvangen.",
    ),
    "agreement.done-at-place": (
        "Fait à {place}, le {date}, en {count} exemplaires originaux, chaque partie reconnaissant avoir reçu le sien.",
        "Done at {place} on {date}, in {count} originals, each party acknowledging receipt of its own.",
        "Opgemaakt te {place} op {date}, in {count} originelen, waarbij elke partij erkent het hare te hebben ontvangen.",
    ),
    "agreement.signature-line": ("Signature", "Signature", "Handtekening"),
    "agreement.flexibility": (
        "Au vu de chaque évaluation, les parties peuvent réajuster les objectifs, les indicateurs et le public visé\u00a0; tout réajustement fait l'objet d'un avenant.",
        "In the light of each evaluation, the parties may readjust the objectives, the indicators and the public aimed at; any readjustment is made by an amendment.",
        "In het licht van elke evaluatie kunnen de partijen de doelstellingen, de indicatoren en de doelgroep bijsturen; elke bijsturing gebeurt bij wijziging van de overeenkomst.",
    ),
    "agreement.consolidated": (
        "Texte coordonné, tel que modifié par {count} avenants, le dernier en vigueur depuis le {date}.",
        "Consolidated text, as amended by {count} amendments, the last in force since {date}.",
        "Gecoördineerde tekst, zoals gewijzigd door {count} wijzigingen, de laatste van kracht sinds {date}.",
    ),
    "agreement.consolidated-one": (
        "Texte coordonné, tel que modifié par un avenant, en vigueur depuis le {date}.",
        "Consolidated text, as amended by one amendment, in force since {date}.",
        "Gecoördineerde tekst, zoals gewijzigd door één wijziging, van kracht sinds {date}.",
    ),
    "agreement.signatory": ("Nom", "Name", "Naam"),
    "agreement.signatory-function": ("Fonction", "Function", "Functie"),
    "agreement.signed-at": ("Lieu", "Place", "Plaats"),
    "agreement.signed-on": ("Date", "Date", "Datum"),
}
