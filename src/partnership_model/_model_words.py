"""What the model says when it refuses a value (French, English, Dutch), merged into the
one catalogue: an id, an amount, a language tag, a recurrence rule, a legal identifier
that cannot be right on its own, as a document's reader shows it to a coordinator.

The English text is :attr:`InvalidValueError.reason`; codes (``FREQ``, ``BYDAY``,
``EUR``, ``BE-BCE_KBO``) stay codes in every language.
"""

from __future__ import annotations

__all__ = ["MODEL_WORDS"]

MODEL_WORDS: dict[str, tuple[str, str, str]] = {
    # --- ids, numbers and shares (_fields)
    "refusal.id": (
        "un identifiant compte de 1 à 64 lettres, chiffres ou «\u00a0_.:-\u00a0» et commence "
        "par une lettre ou un chiffre",
        "an id is 1 to 64 letters, digits or '_.:-', starting with a letter or digit",
        "een id telt 1 tot 64 letters, cijfers of '_.:-' en begint met een letter of een cijfer",
    ),
    "refusal.id-tuple": (
        "attendu\u00a0: un tuple d'identifiants",
        "expected a tuple of ids",
        "verwacht: een tuple van id's",
    ),
    "refusal.tuple-of": (
        "attendu\u00a0: un tuple de {kind}",
        "expected a tuple of {kind}",
        "verwacht: een tuple van {kind}",
    ),
    "refusal.item-not": (
        "l'élément {position} n'est pas un {kind}",
        "item {position} is not a {kind}",
        "element {position} is geen {kind}",
    ),
    "refusal.decimal": (
        "attendu\u00a0: un decimal.Decimal fini, comme Decimal('12.5')",
        "expected a finite decimal.Decimal such as Decimal('12.5')",
        "verwacht: een eindige decimal.Decimal, zoals Decimal('12.5')",
    ),
    "refusal.number-too-long": (
        "plus de {most}\u00a0caractères une fois écrit sans exposant",
        "more than {most} characters when written without an exponent",
        "meer dan {most} tekens wanneer het zonder exponent geschreven wordt",
    ),
    "refusal.fraction": (
        "attendu\u00a0: une fractions.Fraction, comme Fraction(2, 3)",
        "expected a fractions.Fraction such as Fraction(2, 3)",
        "verwacht: een fractions.Fraction, zoals Fraction(2, 3)",
    ),
    "refusal.share-negative": (
        "une part ne peut pas être négative",
        "must not be negative",
        "een aandeel kan niet negatief zijn",
    ),
    "refusal.share-too-long": (
        "s'écrit avec plus de {most}\u00a0caractères",
        "written with more than {most} characters",
        "geschreven met meer dan {most} tekens",
    ),
    "refusal.positive-whole": (
        "attendu\u00a0: un nombre entier supérieur à zéro, sur 64\u00a0bits au plus",
        "expected a whole number above zero, within 64 bits",
        "verwacht: een geheel getal groter dan nul, binnen 64 bits",
    ),
    "refusal.whole": (
        "attendu\u00a0: un nombre entier, zéro ou plus, sur 64\u00a0bits au plus",
        "expected a whole number, zero or more, within 64 bits",
        "verwacht: een geheel getal, nul of meer, binnen 64 bits",
    ),
    # --- application data (_extensions)
    "refusal.extensions": (
        "attendu\u00a0: des clés texte associées à des valeurs JSON",
        "expected a mapping of string keys to JSON values",
        "verwacht: tekstsleutels met JSON-waarden",
    ),
    "refusal.extensions-at": (
        "{why} dans extensions{where}",
        "{why} at extensions{where}",
        "{why} in extensions{where}",
    ),
    "refusal.extensions-integer": (
        "un nombre entier au-delà de 64\u00a0bits",
        "an integer beyond 64 bits",
        "een geheel getal voorbij 64 bits",
    ),
    "refusal.extensions-depth": (
        "imbriqué sur plus de {most}\u00a0niveaux",
        "nested more than {most} levels deep",
        "meer dan {most} niveaus diep genest",
    ),
    "refusal.extensions-key": (
        "une clé qui n'est pas un texte",
        "a key that is not a string",
        "een sleutel die geen tekst is",
    ),
    "refusal.extensions-float": (
        "un nombre à virgule flottante\u00a0: écrivez les nombres exacts en texte décimal, "
        "comme «\u00a012.50\u00a0»",
        "a float: write exact numbers as decimal strings such as '12.50'",
        "een kommagetal: schrijf exacte getallen als decimale tekst, zoals '12.50'",
    ),
    "refusal.extensions-not-json": (
        "un {kind}, qui n'est pas du JSON",
        "a {kind}, which is not JSON",
        "een {kind}, wat geen JSON is",
    ),
    # --- amounts and quantities (money)
    "refusal.amount": (
        "attendu\u00a0: un decimal.Decimal fini, comme Decimal('1250.00')\u00a0; les nombres "
        "à virgule flottante sont refusés car ils ne gardent pas un montant exact",
        "expected a finite decimal.Decimal such as Decimal('1250.00'); "
        "floats are refused because they cannot hold amounts exactly",
        "verwacht: een eindige decimal.Decimal, zoals Decimal('1250.00'); kommagetallen "
        "worden geweigerd omdat ze een bedrag niet exact bewaren",
    ),
    "refusal.amount-negative": (
        "un montant ne peut pas être négatif",
        "an amount cannot be negative",
        "een bedrag kan niet negatief zijn",
    ),
    "refusal.amount-too-large": (
        "au-delà de tout budget\u00a0: restez entre 10^-{digits} et 10^{digits}",
        "beyond any budget: keep within 10^±{digits}",
        "voorbij elk budget: blijf tussen 10^-{digits} en 10^{digits}",
    ),
    "refusal.amount-too-fine": (
        "plus fin que 10^-{digits}",
        "finer than 10^-{digits}",
        "fijner dan 10^-{digits}",
    ),
    "refusal.currency": (
        "attendu\u00a0: un code de devise ISO 4217, comme «\u00a0EUR\u00a0»",
        "expected an ISO 4217 currency code such as 'EUR'",
        "verwacht: een ISO 4217-muntcode, zoals 'EUR'",
    ),
    "refusal.unit": (
        "une quantité a besoin d'une unité, comme «\u00a0heures\u00a0» ou «\u00a0m²\u00a0»",
        "a quantity needs a unit, such as 'hours' or 'm²'",
        "een hoeveelheid heeft een eenheid nodig, zoals 'uren' of 'm²'",
    ),
    # --- the convention
    "refusal.language-tag": (
        "attendu\u00a0: une étiquette de langue BCP 47, comme «\u00a0fr\u00a0» ou "
        "«\u00a0nl-BE\u00a0»",
        "expected a BCP 47 language tag such as 'fr' or 'nl-BE'",
        "verwacht: een BCP 47-taalcode, zoals 'fr' of 'nl-BE'",
    ),
    # --- dates and periods (planning, conflicts)
    "refusal.period-end": (
        "la fin précède le début ({start})",
        "the end comes before the start ({start})",
        "het einde valt vóór het begin ({start})",
    ),
    "refusal.step-ends-early": (
        "l'étape se termine avant de commencer ({start})",
        "the step ends before it starts ({start})",
        "de stap eindigt voordat hij begint ({start})",
    ),
    # --- recurrence rules (planning, _recurrence)
    "refusal.rule": (
        "attendu\u00a0: une règle RRULE de la RFC 5545, en texte",
        "expected an RFC 5545 RRULE string",
        "verwacht: een RRULE-regel volgens RFC 5545, als tekst",
    ),
    "refusal.rule-one-line": (
        "une règle s'écrit sur une ligne, sans espace, comme «\u00a0FREQ=MONTHLY;BYDAY=1TU\u00a0»",
        "a rule is one line without spaces, such as 'FREQ=MONTHLY;BYDAY=1TU'",
        "een regel is één regel tekst zonder spaties, zoals 'FREQ=MONTHLY;BYDAY=1TU'",
    ),
    "refusal.rule-prefix": (
        "écrivez seulement la valeur de la règle, sans «\u00a0RRULE:\u00a0»",
        "write only the rule's value, without 'RRULE:'",
        "schrijf alleen de waarde van de regel, zonder 'RRULE:'",
    ),
    "refusal.rule-name-value": (
        "{part} n'a pas la forme NOM=VALEUR",
        "{part} is not NAME=VALUE",
        "{part} heeft niet de vorm NAAM=WAARDE",
    ),
    "refusal.rule-twice": (
        "{name} est donné deux fois",
        "{name} is given twice",
        "{name} staat er twee keer",
    ),
    "refusal.rule-start": (
        "le début vient de l'étape ou du plan que la règle répète, pas de la règle",
        "the start comes from the step or plan the rule repeats, not from the rule",
        "het begin komt van de stap of de planning die de regel herhaalt, niet van de regel",
    ),
    "refusal.rule-unknown-part": (
        "{name} n'est pas une partie d'une règle RFC 5545 ({parts})",
        "{name} is not a part of an RFC 5545 rule ({parts})",
        "{name} is geen deel van een RFC 5545-regel ({parts})",
    ),
    "refusal.rule-frequency": (
        "FREQ vaut YEARLY, MONTHLY, WEEKLY ou DAILY\u00a0: un plan se fait en jours",
        "FREQ must be YEARLY, MONTHLY, WEEKLY or DAILY: plans are made in days",
        "FREQ is YEARLY, MONTHLY, WEEKLY of DAILY: een planning wordt in dagen gemaakt",
    ),
    "refusal.rule-time-of-day": (
        "BYHOUR, BYMINUTE et BYSECOND n'ont pas leur place dans un plan fait en jours",
        "BYHOUR, BYMINUTE and BYSECOND have no place in a plan made in days",
        "BYHOUR, BYMINUTE en BYSECOND horen niet in een planning in dagen",
    ),
    "refusal.rule-count-and-until": (
        "la RFC 5545 permet COUNT ou UNTIL, pas les deux",
        "RFC 5545 allows COUNT or UNTIL, not both",
        "RFC 5545 staat COUNT of UNTIL toe, niet allebei",
    ),
    "refusal.rule-numbers": (
        "{name} est une liste de nombres entiers de 1 à {most}, comme {name}=1",
        "{name} is a list of whole numbers from 1 to {most}, such as {name}=1",
        "{name} is een lijst van gehele getallen van 1 tot {most}, zoals {name}=1",
    ),
    "refusal.rule-numbers-signed": (
        "{name} est une liste de nombres entiers de -{most} à -1 ou de 1 à {most}, comme {name}=1",
        "{name} is a list of whole numbers from -{most} to -1 or 1 to {most}, such as {name}=1",
        "{name} is een lijst van gehele getallen van -{most} tot -1 of van 1 tot {most}, "
        "zoals {name}=1",
    ),
    "refusal.rule-weekdays": (
        "BYDAY est une liste de jours comme MO,TH, chacun éventuellement numéroté, comme 1TU",
        "BYDAY is a list of days such as MO,TH, each perhaps numbered, such as 1TU",
        "BYDAY is een lijst van dagen zoals MO,TH, elk eventueel genummerd, zoals 1TU",
    ),
    "refusal.rule-numbered-day": (
        "un jour numéroté (1TU, -1FR) demande FREQ=MONTHLY ou YEARLY, sans BYWEEKNO",
        "a numbered day (1TU, -1FR) needs FREQ=MONTHLY or YEARLY, without BYWEEKNO",
        "een genummerde dag (1TU, -1FR) vraagt FREQ=MONTHLY of YEARLY, zonder BYWEEKNO",
    ),
    "refusal.rule-numbered-day-range": (
        "un jour numéroté compte de 1 à {most} ou à rebours de -1 à -{most}",
        "a numbered day counts from 1 to {most} or back from -1 to -{most}",
        "een genummerde dag telt van 1 tot {most} of terug van -1 tot -{most}",
    ),
    "refusal.rule-whole": (
        "{name} doit être un nombre entier de 1 à {most}",
        "{name} must be a whole number from 1 to {most}",
        "{name} moet een geheel getal van 1 tot {most} zijn",
    ),
    "refusal.rule-until": (
        "UNTIL est un jour écrit AAAAMMJJ",
        "UNTIL is a day written YYYYMMDD",
        "UNTIL is een dag geschreven als JJJJMMDD",
    ),
    "refusal.rule-week-start": (
        "WKST est un jour de la semaine\u00a0: MO, TU, WE, TH, FR, SA ou SU",
        "WKST is a day of the week: MO, TU, WE, TH, FR, SA or SU",
        "WKST is een dag van de week: MO, TU, WE, TH, FR, SA of SU",
    ),
    "refusal.rule-monthday-weekly": (
        "la RFC 5545 ne permet pas BYMONTHDAY avec FREQ=WEEKLY",
        "RFC 5545 does not allow BYMONTHDAY with FREQ=WEEKLY",
        "RFC 5545 staat BYMONTHDAY niet toe met FREQ=WEEKLY",
    ),
    "refusal.rule-yearly-only": (
        "la RFC 5545 ne permet {name} qu'avec FREQ=YEARLY",
        "RFC 5545 allows {name} only with FREQ=YEARLY",
        "RFC 5545 staat {name} alleen toe met FREQ=YEARLY",
    ),
    "refusal.rule-setpos-alone": (
        "BYSETPOS choisit parmi les jours qu'une autre partie BY donne\u00a0: ajoutez-en une",
        "BYSETPOS picks among the days another BY part gives: add one",
        "BYSETPOS kiest uit de dagen die een ander BY-deel geeft: voeg er een toe",
    ),
    "refusal.rule-never-monthday": (
        "la règle ne donne jamais de date\u00a0: aucun mois qu'elle nomme n'a les jours que "
        "BYMONTHDAY nomme",
        "the rule never gives a date: no month it names has the days BYMONTHDAY names",
        "de regel geeft nooit een datum: geen enkele maand die ze noemt heeft de dagen die "
        "BYMONTHDAY noemt",
    ),
    "refusal.rule-never-setpos": (
        "la règle ne donne jamais de date\u00a0: BYSETPOS demande plus de jours qu'une "
        "période n'en a",
        "the rule never gives a date: BYSETPOS asks for more days than a period has",
        "de regel geeft nooit een datum: BYSETPOS vraagt meer dagen dan een periode telt",
    ),
    "refusal.rule-never-day": (
        "la règle ne donne jamais de date\u00a0: aucun jour n'a tout ce qu'elle demande",
        "the rule never gives a date: no day has every property it asks for",
        "de regel geeft nooit een datum: geen enkele dag heeft alles wat ze vraagt",
    ),
    "refusal.rule-never-period": (
        "la règle ne donne jamais de date\u00a0: aucune période n'a autant de jours que "
        "BYSETPOS en demande",
        "the rule never gives a date: no period has as many days as BYSETPOS asks for",
        "de regel geeft nooit een datum: geen enkele periode telt zoveel dagen als BYSETPOS "
        "vraagt",
    ),
    # --- legal identifiers (identifiers)
    "refusal.scheme": (
        "un schéma org-id.guide est un code de pays ou «\u00a0XI\u00a0»/«\u00a0XM\u00a0», un "
        "trait d'union et le nom d'un registre en capitales, comme BE-BCE_KBO ou FR-RCS",
        "an org-id.guide scheme is a country or 'XI'/'XM' code, a hyphen and a register "
        "name in capitals, such as BE-BCE_KBO or FR-RCS",
        "een org-id.guide-schema is een landcode of 'XI'/'XM', een koppelteken en de naam "
        "van een register in hoofdletters, zoals BE-BCE_KBO of FR-RCS",
    ),
    "refusal.number-blank": (
        "attendu\u00a0: le numéro tel qu'il s'écrit, pas un blanc",
        "expected the number as written, not blank",
        "verwacht: het nummer zoals het geschreven wordt, niet leeg",
    ),
    "refusal.enterprise-vat": (
        "écrivez le numéro d'entreprise sans le «\u00a0BE\u00a0» du numéro de TVA",
        "write the enterprise number without the 'BE' of the VAT number",
        "schrijf het ondernemingsnummer zonder de 'BE' van het btw-nummer",
    ),
    "refusal.enterprise-digits": (
        "un numéro d'entreprise belge a 10\u00a0chiffres, comme 0403.170.701",
        "a Belgian enterprise number has 10 digits, such as 0403.170.701",
        "een Belgisch ondernemingsnummer telt 10 cijfers, zoals 0403.170.701",
    ),
    "refusal.enterprise-start": (
        "un numéro d'entreprise belge commence par 0 ou 1",
        "a Belgian enterprise number starts with 0 or 1",
        "een Belgisch ondernemingsnummer begint met 0 of 1",
    ),
    "refusal.enterprise-check": (
        "les chiffres de contrôle (modulo 97) de ce numéro d'entreprise belge ne "
        "correspondent pas",
        "the check digits (mod 97) of this Belgian enterprise number do not match",
        "de controlecijfers (modulo 97) van dit Belgische ondernemingsnummer kloppen niet",
    ),
    "refusal.siren-digits": (
        "un numéro SIREN a 9\u00a0chiffres, comme 732 829 320",
        "a SIREN number has 9 digits, such as 732 829 320",
        "een SIREN-nummer telt 9 cijfers, zoals 732 829 320",
    ),
    "refusal.siren-check": (
        "le chiffre de contrôle (Luhn) de ce numéro SIREN ne correspond pas",
        "the Luhn check digit of this SIREN number does not match",
        "het controlecijfer (Luhn) van dit SIREN-nummer klopt niet",
    ),
    # --- votes and proxies (minutes)
    "refusal.veto-not-against": (
        "un veto est un vote contre, pas «\u00a0{choice}\u00a0»",
        "a veto is a vote against, not {choice}",
        "een veto is een stem tegen, geen '{choice}'",
    ),
    "refusal.own-proxy": (
        "un partenaire ne peut pas détenir sa propre procuration",
        "a partner does not hold its own proxy",
        "een partner kan niet zijn eigen volmachtdrager zijn",
    ),
}
