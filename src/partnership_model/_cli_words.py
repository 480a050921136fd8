"""The words of the command line (French, English, Dutch), merged into the one catalogue:
its help, and what it says when a command line is wrong or a file cannot be used.
argparse's own words are in ``_argparse_words``.
"""

from __future__ import annotations

__all__ = ["CLI_WORDS"]

CLI_WORDS: dict[str, tuple[str, str, str]] = {
    # --- the names the help gives to what the user types (argparse's metavars)
    "cli.metavar-file": ("FICHIER", "FILE", "BESTAND"),
    "cli.metavar-out": ("SORTIE", "OUT", "UITVOER"),
    "cli.metavar-date": ("DATE", "DATE", "DATUM"),
    "cli.metavar-dir": ("RÉPERTOIRE", "DIR", "MAP"),
    "cli.metavar-command": ("COMMANDE", "COMMAND", "OPDRACHT"),
    "cli.metavar-old": ("ANCIEN", "OLD", "OUD"),
    "cli.metavar-new": ("NOUVEAU", "NEW", "NIEUW"),
    # --- the program
    "cli.description": (
        "Conventions de partenariat\u00a0: ce qu'il leur manque encore, étape par étape.",
        "Partnership conventions: what they still lack, step by step.",
        "Partnerschapsovereenkomsten: wat er nog ontbreekt, stap voor stap.",
    ),
    "cli.epilog": (
        "Code de sortie\u00a0: 0 en cas de succès, 1 quand check trouve une erreur, 2 quand un "
        "fichier ne peut être lu ou écrit ou que la commande est fausse. «\u00a0{prog} COMMANDE "
        "--help\u00a0» en dit plus sur chaque commande. Les messages sont dans la langue de "
        "--lang, sinon dans celle de la locale (LC_ALL, LC_MESSAGES, LANG) si c'est fr, en "
        "ou nl, sinon en français.",
        "Exit status: 0 on success, 1 when check finds an error, 2 when a file cannot be read "
        "or written or the command is wrong. '{prog} COMMAND --help' says more about each "
        "command. Messages are in the language of --lang, else in the locale's (LC_ALL, "
        "LC_MESSAGES, LANG) when it is fr, en or nl, else in French.",
        "Afsluitcode: 0 bij succes, 1 wanneer check een fout vindt, 2 wanneer een bestand niet "
        "gelezen of geschreven kan worden of de opdracht verkeerd is. '{prog} OPDRACHT --help' "
        "zegt meer over elke opdracht. De berichten zijn in de taal van --lang, anders in die "
        "van de locale (LC_ALL, LC_MESSAGES, LANG) als dat fr, en of nl is, anders in het Frans.",
    ),
    "cli.commands": ("commandes", "commands", "opdrachten"),
    "cli.file-help": (
        "un dossier ou une convention en JSON\u00a0; - lit l'entrée standard",
        "a dossier or a convention as JSON; - reads standard input",
        "een dossier of een overeenkomst in JSON; - leest de standaardinvoer",
    ),
    "cli.answer-lang": (
        "langue de la réponse\u00a0: {languages} (par défaut\u00a0: celle de la convention, "
        "sinon fr)",
        "language of the answer: {languages} (default: the convention's, else fr)",
        "taal van het antwoord: {languages} (standaard: die van de overeenkomst, anders fr)",
    ),
    "cli.force-help": (
        "écrire SORTIE même s'il existe, en le remplaçant",
        "write OUT even if it exists, replacing it",
        "schrijf UITVOER ook als het al bestaat, en vervang het",
    ),
    # --- check
    "cli.check-help": (
        "vérifier des dossiers ou des conventions écrits en JSON",
        "validate dossiers or conventions written as JSON",
        "controleer dossiers of overeenkomsten in JSON",
    ),
    "cli.check-about": (
        "Vérifie chaque FICHIER (un dossier ou une convention en JSON\u00a0; - lit l'entrée "
        "standard) et dit ce qu'il lui manque, étape par étape de la méthodologie. Code de "
        "sortie\u00a0: 0 quand tout est complet, 1 quand une erreur reste, 2 quand un fichier "
        "ne peut être lu.",
        "Validate each FILE (a dossier or a convention as JSON; - reads standard input) and "
        "report what it lacks, grouped by step of the methodology. Exit status: 0 when "
        "complete, 1 when an error remains, 2 when a file cannot be read.",
        "Controleert elk BESTAND (een dossier of een overeenkomst in JSON; - leest de "
        "standaardinvoer) en zegt wat eraan ontbreekt, per stap van de methodologie. "
        "Afsluitcode: 0 als alles volledig is, 1 als er een fout overblijft, 2 als een "
        "bestand niet gelezen kan worden.",
    ),
    "cli.check-profile": (
        "les règles à appliquer (par défaut\u00a0: methodology)",
        "the rules to apply (default: methodology)",
        "de toe te passen regels (standaard: methodology)",
    ),
    "cli.check-lang": (
        "langue du rapport et des messages\u00a0: {languages} (par défaut\u00a0: celle de la "
        "locale si elle en fait partie, sinon fr)",
        "language of the report and the messages: {languages} (default: the locale's when it "
        "is one of them, else fr)",
        "taal van het verslag en de berichten: {languages} (standaard: die van de locale als "
        "het er een van is, anders fr)",
    ),
    "cli.check-today": (
        "date pour les règles qui dépendent du jour, en AAAA-MM-JJ (par défaut\u00a0: elles "
        "ne s'appliquent pas)",
        "date for the date-dependent rules, as YYYY-MM-DD (default: none run)",
        "datum voor de regels die van de dag afhangen, als JJJJ-MM-DD (standaard: die worden "
        "niet toegepast)",
    ),
    "cli.check-format": (
        "un rapport à lire ou un seul document JSON (par défaut\u00a0: text)",
        "a report for people or one JSON document (default: text)",
        "een verslag om te lezen of één JSON-document (standaard: text)",
    ),
    # --- render and calendar
    "cli.render-help": (
        "écrire la convention à signer\u00a0: Markdown, HTML ou PDF",
        "write the agreement to sign: Markdown, HTML or PDF",
        "schrijf de overeenkomst om te ondertekenen: Markdown, HTML of PDF",
    ),
    "cli.render-about": (
        "Écrit la convention de FICHIER (un dossier ou une convention en JSON\u00a0; - lit "
        "l'entrée standard) telle que les partenaires la signent, en articles numérotés, sur "
        "la sortie standard ou dans SORTIE\u00a0: en Markdown, en HTML autonome fait pour "
        "l'impression, ou en PDF (dans SORTIE) imprimé par WeasyPrint ou Chromium. Le HTML et le "
        'PDF demandent l\'extra print\u00a0: pip install "partnership-model[print]". Avec '
        "--sheet, la fiche de tout ce que contient le dossier à la place, en Markdown.",
        "Write the convention in FILE (a dossier or a convention as JSON; - reads standard "
        "input) as the agreement the partners sign, in numbered articles, on standard output "
        "or in OUT: Markdown, standalone HTML made for print, or a PDF (in OUT) printed by "
        "WeasyPrint or Chromium. HTML and PDF need the print extra: pip install "
        '"partnership-model[print]". With --sheet, the data sheet of everything the dossier '
        "holds instead, in Markdown.",
        "Schrijft de overeenkomst in BESTAND (een dossier of een overeenkomst in JSON; - leest "
        "de standaardinvoer) zoals de partners ze ondertekenen, in genummerde artikelen, op "
        "de standaarduitvoer of in UITVOER: Markdown, op zichzelf staande HTML gemaakt om af te "
        "drukken, of een PDF (in UITVOER) afgedrukt door WeasyPrint of Chromium. HTML en PDF "
        'vragen de extra print: pip install "partnership-model[print]". Met --sheet in de '
        "plaats daarvan de gegevensfiche van alles wat het dossier bevat, in Markdown.",
    ),
    "cli.render-lang": (
        "langue du document\u00a0: {languages} (par défaut\u00a0: celle de la convention, "
        "sinon fr)",
        "language of the document: {languages} (default: the convention's, else fr)",
        "taal van het document: {languages} (standaard: die van de overeenkomst, anders fr)",
    ),
    "cli.render-output": (
        "écrire le document dans SORTIE, un fichier qui n'existe pas encore",
        "write the document to OUT, a file not yet there",
        "schrijf het document naar UITVOER, een bestand dat nog niet bestaat",
    ),
    "cli.render-format": (
        "ce qu'il faut écrire (par défaut\u00a0: markdown)\u00a0; pdf demande SORTIE",
        "what to write (default: markdown); pdf needs OUT",
        "wat er geschreven wordt (standaard: markdown); pdf vraagt UITVOER",
    ),
    "cli.render-template": (
        "un répertoire qui contient vos propres agreement.html.j2 ou agreement.css (ou les "
        "deux) pour le HTML et le PDF",
        "a folder holding your own agreement.html.j2 or agreement.css (or both) for HTML and PDF",
        "een map met uw eigen agreement.html.j2 of agreement.css (of beide) voor HTML en PDF",
    ),
    "cli.render-engine": (
        "ce qui imprime le PDF (par défaut\u00a0: WeasyPrint s'il est installé, sinon Chromium)",
        "what prints the PDF (default: WeasyPrint when installed, else Chromium)",
        "wat de PDF afdrukt (standaard: WeasyPrint als het geïnstalleerd is, anders Chromium)",
    ),
    "cli.render-sheet": (
        "écrire à la place la fiche du dossier (chaque section, les procès-verbaux, les avenants)",
        "write the data sheet (every section, the minutes, the amendments) instead",
        "schrijf in de plaats daarvan de gegevensfiche (elke rubriek, de notulen, de wijzigingen)",
    ),
    "cli.render-today": (
        "avec --sheet, ajouter l'agenda au DATE (AAAA-MM-JJ)\u00a0: ce qui est prévu dans les "
        "quatre semaines qui suivent et ce qui est en retard",
        "with --sheet, add the agenda on DATE (YYYY-MM-DD): what is due in the four weeks "
        "from it and what is late",
        "met --sheet, voeg de agenda op DATUM (JJJJ-MM-DD) toe: wat in de vier weken erna "
        "gepland is en wat te laat is",
    ),
    "cli.calendar-help": (
        "écrire le plan daté en fichier iCalendar",
        "write the dated plan as an iCalendar file",
        "schrijf het gedateerde plan als iCalendar-bestand",
    ),
    "cli.calendar-about": (
        "Écrit les étapes, les réunions, les évaluations, la communication et les rapports "
        "attendus de la convention de FICHIER (lue comme render la lit) en fichier iCalendar, "
        "sur la sortie standard (sans SORTIE, ou avec -) ou dans SORTIE. Demande l'extra "
        'ical\u00a0: pip install "partnership-model[ical]".',
        "Write the steps, meetings, evaluations, communication and reports due of the "
        "convention in FILE (as render reads it) as an iCalendar file, on standard output (no "
        'OUT, or -) or in OUT. Needs the ical extra: pip install "partnership-model[ical]".',
        "Schrijft de stappen, vergaderingen, evaluaties, communicatie en verschuldigde "
        "verslagen van de overeenkomst in BESTAND (gelezen zoals render ze leest) als "
        "iCalendar-bestand, op de standaarduitvoer (zonder UITVOER, of met -) of in UITVOER. "
        "Vraagt "
        'de extra ical: pip install "partnership-model[ical]".',
    ),
    "cli.calendar-lang": (
        "langue des titres\u00a0: {languages} (par défaut\u00a0: celle de la convention, "
        "sinon fr)",
        "language of the titles: {languages} (default: the convention's, else fr)",
        "taal van de titels: {languages} (standaard: die van de overeenkomst, anders fr)",
    ),
    "cli.calendar-output": (
        "écrire le calendrier dans SORTIE, un fichier qui n'existe pas encore",
        "write the calendar to OUT, a file not yet there",
        "schrijf de kalender naar UITVOER, een bestand dat nog niet bestaat",
    ),
    # --- classify, tally, agenda, match
    "cli.classify-help": (
        "dire si une convention est un partenariat ou une collaboration",
        "tell whether a convention is a partnership or a collaboration",
        "zeg of een overeenkomst een partnerschap of een samenwerking is",
    ),
    "cli.classify-about": (
        "Dit si les faits de FICHIER (un dossier ou une convention en JSON\u00a0; - lit "
        "l'entrée standard) font un partenariat ou une collaboration, et pourquoi.",
        "Say whether the facts in FILE (a dossier or a convention as JSON; - reads standard "
        "input) make a partnership or a collaboration, and why.",
        "Zegt of de feiten in BESTAND (een dossier of een overeenkomst in JSON; - leest de "
        "standaardinvoer) een partnerschap of een samenwerking maken, en waarom.",
    ),
    "cli.tally-help": (
        "compter les voix des décisions consignées selon les règles de la convention",
        "count the votes of the recorded decisions under the convention's rules",
        "tel de stemmen van de vastgelegde beslissingen volgens de regels van de overeenkomst",
    ),
    "cli.tally-about": (
        "Compte les voix de chaque décision consignée dans les procès-verbaux du dossier de "
        "FICHIER (- lit l'entrée standard) selon la règle de décision en vigueur à sa date, et "
        "dit ce qui l'a emporté. Code de sortie\u00a0: 0 quand chaque issue déclarée "
        "s'accorde avec le décompte, 1 quand l'une ne s'y accorde pas, 2 quand le fichier ne "
        "peut être lu.",
        "Count the votes of each decision recorded in the minutes of the dossier in FILE (- "
        "reads standard input) under the decision rule in force on its date, and say what "
        "decided it. Exit status: 0 when every declared outcome agrees with the tally, 1 when "
        "one does not, 2 when the file cannot be read.",
        "Telt de stemmen van elke beslissing in de notulen van het dossier in BESTAND (- leest "
        "de standaardinvoer) volgens de beslissingsregel die op haar datum gold, en zegt wat "
        "de doorslag gaf. Afsluitcode: 0 als elke verklaarde uitkomst met de telling "
        "overeenkomt, 1 als er een niet overeenkomt, 2 als het bestand niet gelezen kan "
        "worden.",
    ),
    "cli.tally-decision": (
        "seulement la décision qui porte cet identifiant",
        "only the decision with this id",
        "alleen de beslissing met deze id",
    ),
    "cli.agenda-help": (
        "ce qui est prévu dans les semaines qui viennent et ce qui est en retard",
        "what is due in the coming weeks and what is late",
        "wat de komende weken gepland is en wat te laat is",
    ),
    "cli.agenda-about": (
        "Liste ce que le plan de FICHIER (- lit l'entrée standard) prévoit dans les semaines à "
        "partir d'un jour (étapes, moments d'évaluation, réunions, actions de communication, "
        "rapports dus) avec qui s'en charge, et ce qui est en retard ce jour-là. Code de "
        "sortie\u00a0: 0 quand rien n'est en retard, 1 quand quelque chose l'est, 2 quand le "
        "fichier ne peut être lu.",
        "List what the plan in FILE (- reads standard input) holds in the weeks from a day "
        "(steps, evaluation moments, meetings, communication actions, reports owed) with who "
        "sees to it, and what is late on that day. Exit status: 0 when nothing is late, 1 "
        "when something is, 2 when the file cannot be read.",
        "Somt op wat het plan in BESTAND (- leest de standaardinvoer) bevat in de weken vanaf "
        "een dag (stappen, evaluatiemomenten, vergaderingen, communicatieacties, "
        "verschuldigde verslagen) met wie ervoor zorgt, en wat op die dag te laat is. "
        "Afsluitcode: 0 als niets te laat is, 1 als iets te laat is, 2 als het bestand niet "
        "gelezen kan worden.",
    ),
    "cli.agenda-from": (
        "le premier jour, en AAAA-MM-JJ (par défaut\u00a0: aujourd'hui)",
        "the first day, as YYYY-MM-DD (default: today)",
        "de eerste dag, als JJJJ-MM-DD (standaard: vandaag)",
    ),
    "cli.agenda-weeks": (
        "sur combien de semaines regarder (par défaut\u00a0: 4)",
        "how many weeks to look ahead (default: 4)",
        "hoeveel weken vooruit te kijken (standaard: 4)",
    ),
    "cli.list-format": (
        "une liste à lire ou un seul document JSON (par défaut\u00a0: text)",
        "a list for people or one JSON document (default: text)",
        "een lijst om te lezen of één JSON-document (standaard: text)",
    ),
    "cli.match-help": (
        "qui, dans le réseau, pourrait répondre aux besoins et aux rôles que personne ne couvre",
        "who in the network could meet the needs and roles nobody covers",
        "wie in het netwerk de behoeften en rollen zou kunnen invullen die niemand dekt",
    ),
    "cli.match-about": (
        "Liste chaque besoin de FICHIER (un dossier ou une convention en JSON\u00a0; - lit "
        "l'entrée standard) qu'aucune contribution ne couvre et chaque rôle qu'aucun "
        "partenaire ne tient, avec les structures de l'annuaire dont les offres pourraient y "
        "répondre, la meilleure d'abord, et pourquoi. Code de sortie\u00a0: 0, ou 2 quand un "
        "fichier ne peut être lu.",
        "List each need of FILE (a dossier or a convention as JSON; - reads standard input) "
        "that no contribution covers and each role that no partner holds, with the structures "
        "of the directory whose offers could meet it, best first, and why. Exit status: 0, or "
        "2 when a file cannot be read.",
        "Somt elke behoefte van BESTAND (een dossier of een overeenkomst in JSON; - leest de "
        "standaardinvoer) op die geen bijdrage dekt en elke rol die geen partner vervult, met "
        "de structuren uit de lijst waarvan het aanbod eraan zou kunnen voldoen, de beste "
        "eerst, en waarom. Afsluitcode: 0, of 2 als een bestand niet gelezen kan worden.",
    ),
    "cli.match-directory": (
        "un annuaire de structures en JSON, le réseau où chercher (par défaut\u00a0: celui du "
        "dossier)",
        "a directory of structures as JSON, the network to look in (default: the dossier's "
        "own directory)",
        "een lijst van structuren in JSON, het netwerk om in te zoeken (standaard: die van "
        "het dossier)",
    ),
    # --- schema, diff, history, new
    "cli.schema-help": (
        "afficher le schéma JSON des documents",
        "print the JSON Schema of the documents",
        "toon het JSON-schema van de documenten",
    ),
    "cli.schema-about": (
        "Affiche le schéma JSON (version 2020-12) d'un document de dossier, de convention ou "
        "d'annuaire, pour que des outils écrits dans d'autres langages vérifient les "
        "documents.",
        "Print the JSON Schema (draft 2020-12) of a dossier, convention or directory "
        "document, for tools in other languages to check documents.",
        "Toont het JSON-schema (versie 2020-12) van een dossier, een overeenkomst of een "
        "lijst van structuren, zodat hulpmiddelen in andere talen documenten kunnen "
        "controleren.",
    ),
    "cli.schema-type": (
        "le document décrit (par défaut\u00a0: dossier)",
        "the document described (default: dossier)",
        "het beschreven document (standaard: dossier)",
    ),
    "cli.schema-path": (
        "afficher plutôt où se trouve le schéma livré avec la bibliothèque (ce que new écrit "
        "dans le $schema d'un document, pour les éditeurs)",
        "print where the schema shipped with the library lies instead (what new writes in a "
        "document's $schema, for editors)",
        "toon in de plaats daarvan waar het schema staat dat met de bibliotheek meekomt (wat "
        "new in het $schema van een document schrijft, voor editors)",
    ),
    "cli.diff-help": (
        "dire ce qui a changé d'un texte d'une convention à un autre",
        "say what changed from one text of a convention to another",
        "zeg wat er veranderd is van de ene tekst van een overeenkomst naar de andere",
    ),
    "cli.diff-about": (
        "Compare la convention d'ANCIEN à celle de NOUVEAU (chacune un dossier, lu dans son "
        "texte "
        "en vigueur, ou une convention, en JSON) élément par élément, appariés par "
        "identifiant, et dit chaque changement en mots, étape par étape. Code de "
        "sortie\u00a0: 0 quand les textes sont les mêmes, 1 quand ils diffèrent, 2 quand un "
        "fichier ne peut être lu.",
        "Compare the convention in OLD with the one in NEW (each a dossier, read in its "
        "current text, or a convention, as JSON) item by item, matched by id, and say every "
        "change in words, step by step. Exit status: 0 when the texts are the same, 1 when "
        "they differ, 2 when a file cannot be read.",
        "Vergelijkt de overeenkomst in OUD met die in NIEUW (elk een dossier, gelezen in zijn "
        "huidige tekst, of een overeenkomst, in JSON) onderdeel per onderdeel, gekoppeld op "
        "id, en zegt elke wijziging in woorden, stap voor stap. Afsluitcode: 0 als de "
        "teksten dezelfde zijn, 1 als ze verschillen, 2 als een bestand niet gelezen kan "
        "worden.",
    ),
    "cli.diff-lang": (
        "langue de la réponse\u00a0: {languages} (par défaut\u00a0: celle de la convention la "
        "plus récente, sinon fr)",
        "language of the answer: {languages} (default: the newer convention's, else fr)",
        "taal van het antwoord: {languages} (standaard: die van de nieuwste overeenkomst, "
        "anders fr)",
    ),
    "cli.diff-format": (
        "des phrases à lire ou un seul document JSON (par défaut\u00a0: text)",
        "sentences for people or one JSON document (default: text)",
        "zinnen om te lezen of één JSON-document (standaard: text)",
    ),
    "cli.history-help": (
        "lister les versions de la convention d'un dossier et ce que chaque avenant a changé",
        "list the versions of a dossier's convention and what each amendment changed",
        "som de versies van de overeenkomst van een dossier op en wat elke wijziging veranderde",
    ),
    "cli.history-about": (
        "Liste chaque texte qu'a eu la convention de FICHIER (un dossier en JSON\u00a0; - lit "
        "l'entrée standard)\u00a0: l'avenant qui l'a apporté, quand il a pris effet et a été "
        "adopté, par quelle décision et pourquoi, et ce qu'il a changé.",
        "List every text the convention in FILE (a dossier as JSON; - reads standard input) "
        "has had: the amendment that brought it, when it took effect and was adopted, by "
        "which decision and why, and what it changed.",
        "Somt elke tekst op die de overeenkomst in BESTAND (een dossier in JSON; - leest de "
        "standaardinvoer) gehad heeft: de wijziging die hem bracht, wanneer ze in werking "
        "trad en aangenomen werd, bij welke beslissing en waarom, en wat ze veranderde.",
    ),
    "cli.new-help": (
        "écrire un dossier de départ à remplir",
        "write a starting dossier to fill in",
        "schrijf een startdossier om in te vullen",
    ),
    "cli.new-about": (
        "Écrit un dossier de départ en JSON\u00a0: la forme, un nom, la langue et deux "
        "partenaires à remplacer. «\u00a0{prog} check\u00a0» liste ensuite ce qu'il reste à "
        "remplir, étape par étape.",
        "Write a starting dossier as JSON: the form, a name, the language and two placeholder "
        "partners. '{prog} check' then lists what to fill in, step by step.",
        "Schrijft een startdossier in JSON: de vorm, een naam, de taal en twee partners om te "
        "vervangen. '{prog} check' somt daarna op wat nog in te vullen is, stap voor stap.",
    ),
    "cli.new-form": (
        "deux porteurs (partnership) ou un porteur et un contributeur (collaboration)\u00a0; "
        "par défaut\u00a0: partnership",
        "two carriers (partnership) or an owner and a contributor (collaboration); default: "
        "partnership",
        "twee dragers (partnership) of een eigenaar en een bijdrager (collaboration); "
        "standaard: partnership",
    ),
    "cli.new-lang": (
        "langue de la convention\u00a0: {languages} ou une étiquette comme nl-BE (par "
        "défaut\u00a0: fr)",
        "language of the convention: {languages} or a tag such as nl-BE (default: fr)",
        "taal van de overeenkomst: {languages} of een tag zoals nl-BE (standaard: fr)",
    ),
    "cli.new-name": (
        "nom de la convention (par défaut\u00a0: un nom provisoire, dans sa langue)",
        "name of the convention (default: 'New convention', in its language)",
        "naam van de overeenkomst (standaard: een voorlopige naam, in haar taal)",
    ),
    "cli.new-output": (
        "écrire le dossier dans SORTIE, un fichier qui n'existe pas encore",
        "write the dossier to OUT, a file not yet there",
        "schrijf het dossier naar UITVOER, een bestand dat nog niet bestaat",
    ),
    # --- a wrong command line
    "cli.wrong-command-line": (
        "{prog}: {message} (voir {prog} --help)",
        "{prog}: {message} (see {prog} --help)",
        "{prog}: {message} (zie {prog} --help)",
    ),
    "cli.not-a-date": (
        "«\u00a0{value}\u00a0» n'est pas une date\u00a0: une date s'écrit AAAA-MM-JJ, par "
        "exemple 2026-09-01",
        "'{value}' is not a date: a date is written YYYY-MM-DD, for example 2026-09-01",
        "'{value}' is geen datum: een datum schrijf je JJJJ-MM-DD, bijvoorbeeld 2026-09-01",
    ),
    "cli.not-weeks": (
        "«\u00a0{value}\u00a0» n'est pas un nombre de semaines de 1 à {most}",
        "'{value}' is not a number of weeks from 1 to {most}",
        "'{value}' is geen aantal weken van 1 tot {most}",
    ),
    "cli.unknown-profile": (
        "profil inconnu «\u00a0{profile}\u00a0»\u00a0; les profils sont {profiles}",
        "unknown profile '{profile}'; the profiles are {profiles}",
        "onbekend profiel '{profile}'; de profielen zijn {profiles}",
    ),
    "cli.unsupported-language": (
        "la langue «\u00a0{language}\u00a0» n'est pas prise en charge\u00a0; choisissez "
        "parmi {languages}",
        "language '{language}' is not supported; use one of {languages}",
        "de taal '{language}' wordt niet ondersteund; kies uit {languages}",
    ),
    "cli.missing-extra": (
        "{feature} demande l'extra optionnel «\u00a0{extra}\u00a0»\u00a0: pip install "
        '"partnership-model[{extra}]"',
        "{feature} needs the optional extra '{extra}': pip install \"partnership-model[{extra}]\"",
        "{feature} vraagt de optionele extra '{extra}': "
        'pip install "partnership-model[{extra}]"',
    ),
    "cli.extra-ical": (
        "l'export du plan en iCalendar",
        "the export of the plan as iCalendar",
        "de export van het plan als iCalendar",
    ),
    "cli.extra-print": (
        "la convention en HTML",
        "the agreement as HTML",
        "de overeenkomst als HTML",
    ),
    "cli.extra-pdf": (
        "l'impression en PDF avec WeasyPrint",
        "printing to PDF with WeasyPrint",
        "afdrukken naar PDF met WeasyPrint",
    ),
    "cli.sheet-markdown-only": (
        "--sheet n'écrit que du Markdown\u00a0: retirez --format et --template",
        "--sheet writes Markdown only: leave out --format and --template",
        "--sheet schrijft alleen Markdown: laat --format en --template weg",
    ),
    "cli.today-with-sheet": (
        "--today ajoute l'agenda à la fiche du dossier\u00a0: utilisez-le avec --sheet",
        "--today adds the agenda to the data sheet: use it with --sheet",
        "--today voegt de agenda toe aan de gegevensfiche: gebruik het met --sheet",
    ),
    "cli.pdf-to-file": (
        "un PDF s'écrit dans un fichier\u00a0: donnez-le avec -o SORTIE",
        "a PDF is written to a file: give it with -o OUT",
        "een PDF wordt naar een bestand geschreven: geef het op met -o UITVOER",
    ),
    "cli.alone-minutes": (
        "une convention seule n'a pas de procès-verbaux\u00a0; {command} lit un dossier",
        "a convention alone has no minutes; {command} reads a dossier",
        "een overeenkomst alleen heeft geen notulen; {command} leest een dossier",
    ),
    "cli.alone-amendments": (
        "une convention seule n'a pas d'avenants\u00a0; {command} lit un dossier",
        "a convention alone has no amendments; {command} reads a dossier",
        "een overeenkomst alleen heeft geen wijzigingen; {command} leest een dossier",
    ),
    "cli.alone-directory": (
        "une convention seule ne contient pas d'annuaire\u00a0; donnez-en un avec "
        "--directory RÉPERTOIRE",
        "a convention alone holds no directory; give one with --directory DIR",
        "een overeenkomst alleen bevat geen lijst van structuren; geef er een op met "
        "--directory MAP",
    ),
    "cli.no-such-decision": (
        "pas de décision «\u00a0{decision}\u00a0» dans les procès-verbaux "
        "(décisions\u00a0: {known})",
        "no decision '{decision}' in the minutes (decisions: {known})",
        "geen beslissing '{decision}' in de notulen (beslissingen: {known})",
    ),
    "cli.stdin-twice": (
        "l'entrée standard contient un seul document, pas à la fois FICHIER et RÉPERTOIRE",
        "standard input holds one document, not both FILE and DIR",
        "de standaardinvoer bevat één document, niet BESTAND en MAP samen",
    ),
    # --- files
    "cli.no-such-file": ("n'existe pas", "does not exist", "bestaat niet"),
    "cli.is-a-directory": (
        "est un répertoire, pas un fichier",
        "is a directory, not a file",
        "is een map, geen bestand",
    ),
    "cli.not-regular": (
        "n'est pas un fichier ordinaire (un tube, un périphérique ou un socket)\u00a0; pour "
        "lire ce qu'écrit un programme, donnez - et envoyez-le sur l'entrée standard",
        "is not a regular file (a pipe, a device or a socket); to read what a program "
        "writes, give - and pipe it to standard input",
        "is geen gewoon bestand (een pipe, een apparaat of een socket); om te lezen wat een "
        "programma schrijft, geef - en stuur het naar de standaardinvoer",
    ),
    "cli.read-denied": (
        "ne peut être lu\u00a0: accès refusé",
        "cannot be read: permission denied",
        "kan niet gelezen worden: toegang geweigerd",
    ),
    "cli.cannot-read": (
        "ne peut être lu ({reason})",
        "cannot be read ({reason})",
        "kan niet gelezen worden ({reason})",
    ),
    "cli.no-such-folder": (
        "ne peut être écrit\u00a0: son répertoire n'existe pas",
        "cannot be written: its directory does not exist",
        "kan niet geschreven worden: de map bestaat niet",
    ),
    "cli.write-denied": (
        "ne peut être écrit\u00a0: accès refusé",
        "cannot be written: permission denied",
        "kan niet geschreven worden: toegang geweigerd",
    ),
    "cli.cannot-write": (
        "ne peut être écrit ({reason})",
        "cannot be written ({reason})",
        "kan niet geschreven worden ({reason})",
    ),
    "cli.exists": (
        "existe déjà\u00a0; {command} n'écrase pas un fichier",
        "already exists; {command} does not overwrite a file",
        "bestaat al; {command} overschrijft geen bestand",
    ),
    "cli.exists-force": (
        "existe déjà\u00a0; {command} n'écrase un fichier que si on le lui demande (--force)",
        "already exists; {command} does not overwrite a file unless told to (--force)",
        "bestaat al; {command} overschrijft een bestand alleen als het gevraagd wordt (--force)",
    ),
    "cli.bug": (
        "erreur interne, merci de la signaler\u00a0: {bug}",
        "internal error, please report it: {bug}",
        "interne fout, meld ze alstublieft: {bug}",
    ),
}
