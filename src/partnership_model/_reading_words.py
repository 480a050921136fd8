"""What a reading problem says, in French, English and Dutch: the ``reading.*``
entries of the catalogue (see :mod:`partnership_model._catalogue`)."""

from __future__ import annotations

__all__ = ["READING_WORDS"]

READING_WORDS: dict[str, tuple[str, str, str]] = {
    # --- the problems of a document, as a whole
    "reading.heading-one": (
        "1 problème dans le document\u00a0:",
        "1 problem in the document:",
        "1 probleem in het document:",
    ),
    "reading.heading-many": (
        "{count} problèmes dans le document\u00a0:",
        "{count} problems in the document:",
        "{count} problemen in het document:",
    ),
    "reading.more": (
        "… et {count} de plus\u00a0: {kinds}",
        "… and {count} more: {kinds}",
        "… en nog {count}: {kinds}",
    ),
    "reading.other-kinds": (
        ", et {count} autres sortes",
        ", and {count} other kinds",
        ", en {count} andere soorten",
    ),
    "reading.got": ("(valeur\u00a0: {value})", "(got {value})", "(gevonden: {value})"),
    # --- single values
    "reading.string": (
        "attendu\u00a0: un texte entre guillemets",
        "expected a string",
        "verwacht: een tekst tussen aanhalingstekens",
    ),
    "reading.integer": (
        "attendu\u00a0: un nombre entier sur 64 bits au plus",
        "expected a whole number within 64 bits",
        "verwacht: een geheel getal van hoogstens 64 bits",
    ),
    "reading.boolean": (
        "attendu\u00a0: true (oui) ou false (non)",
        "expected true or false",
        "verwacht: true (ja) of false (nee)",
    ),
    "reading.decimal": (
        'attendu\u00a0: un nombre décimal écrit comme un texte, par exemple "1250.00"{written}',
        'expected a decimal number written as a string, such as "1250.00"{written}',
        'verwacht: een decimaal getal geschreven als tekst, bijvoorbeeld "1250.00"{written}',
    ),
    "reading.fraction": (
        "attendu\u00a0: une fraction irréductible écrite comme un texte, par exemple "
        '"2/3" ou "1"{written}',
        'expected a fraction in lowest terms written as a string, such as "2/3" or "1"{written}',
        'verwacht: een breuk in eenvoudigste vorm, geschreven als tekst, bijvoorbeeld "2/3" '
        'of "1"{written}',
    ),
    "reading.date": (
        'attendu\u00a0: une date écrite AAAA-MM-JJ, par exemple "2026-09-01"{written}',
        'expected a date written YYYY-MM-DD, such as "2026-09-01"{written}',
        'verwacht: een datum geschreven als JJJJ-MM-DD, bijvoorbeeld "2026-09-01"{written}',
    ),
    "reading.write": ('\u00a0: écrivez "{form}"', ': write "{form}"', ': schrijf "{form}"'),
    "reading.instant": (
        "attendu\u00a0: un instant RFC 3339 avec son décalage horaire, par exemple "
        "2027-01-04T09:30:00+01:00",
        "expected an RFC 3339 instant with its offset, such as 2027-01-04T09:30:00+01:00",
        "verwacht: een tijdstip volgens RFC 3339 met zijn tijdsverschil, bijvoorbeeld "
        "2027-01-04T09:30:00+01:00",
    ),
    "reading.member": (
        "attendu\u00a0: l'un des codes {allowed}",
        "expected one of {allowed}",
        "verwacht: een van de codes {allowed}",
    ),
    "reading.array": (
        "attendu\u00a0: une liste entre crochets [ ]",
        "expected an array",
        "verwacht: een lijst tussen vierkante haken [ ]",
    ),
    "reading.object": (
        "attendu\u00a0: un objet entre accolades, qui s'écrit par exemple {example}",
        "expected an object such as {example}",
        "verwacht: een object tussen accolades, bijvoorbeeld {example}",
    ),
    "reading.unknown-field": (
        "champ inconnu à cet endroit",
        "unknown field",
        "onbekend veld op deze plaats",
    ),
    "reading.unknown-field-closest": (
        "champ inconnu à cet endroit.{closest}",
        "unknown field.{closest}",
        "onbekend veld op deze plaats.{closest}",
    ),
    "reading.missing": (
        "champ obligatoire absent",
        "required field missing",
        "verplicht veld ontbreekt",
    ),
    "reading.unreadable": (
        "illisible ({kind})",
        "cannot be read ({kind})",
        "onleesbaar ({kind})",
    ),
    # --- the application's own data (extensions)
    "reading.extensions": (
        "attendu\u00a0: un objet, les données propres à l'application",
        "expected an object of the application's own data",
        "verwacht: een object met de eigen gegevens van de toepassing",
    ),
    # --- the envelope
    "reading.not-document": (
        "attendu\u00a0: un objet JSON, un document partnership-model",
        "expected a JSON object (a partnership-model document)",
        "verwacht: een JSON-object, een partnership-model-document",
    ),
    "reading.schema-address": (
        "attendu\u00a0: l'adresse du schéma JSON du document, comme texte",
        "expected the address of the document's JSON Schema",
        "verwacht: het adres van het JSON-schema van het document, als tekst",
    ),
    "reading.format": ('attendu\u00a0: "{format}"', 'expected "{format}"', 'verwacht: "{format}"'),
    "reading.type": (
        'attendu\u00a0: "{expected}", le type de document lu ici',
        'expected "{expected}": the type of document read here',
        'verwacht: "{expected}", het soort document dat hier gelezen wordt',
    ),
    "reading.version": (
        "version non prise en charge\u00a0; cette bibliothèque lit les versions {versions}",
        "unsupported version; this library reads {versions}",
        "versie niet ondersteund; deze bibliotheek leest de versies {versions}",
    ),
    "reading.upgrade": (
        "ce document en version {source} ne peut pas être converti en {target} ({reason})",
        "cannot upgrade this {source} document to {target} ({reason})",
        "dit document in versie {source} kan niet worden omgezet naar {target} ({reason})",
    ),
    # --- the text itself
    "reading.unwritable": (
        "ne peut pas s'écrire en JSON\u00a0: {reason}",
        "cannot be written as JSON: {reason}",
        "kan niet als JSON worden geschreven: {reason}",
    ),
    "reading.not-text": (
        "attendu\u00a0: un texte JSON, str ou bytes",
        "expected JSON text as str or bytes",
        "verwacht: JSON-tekst, str of bytes",
    ),
    "reading.too-large": (
        "le document dépasse la limite de {limit} octets",
        "the document is larger than the limit of {limit} bytes",
        "het document is groter dan de grens van {limit} bytes",
    ),
    "reading.bom": (
        "le document commence par une marque d'ordre des octets (BOM)\u00a0: enregistrez-le en "
        "UTF-8 sans elle",
        "the document starts with a byte order mark; write UTF-8 without it",
        "het document begint met een byte order mark (BOM): sla het op in UTF-8 zonder BOM",
    ),
    "reading.byte": (
        "pas de l'UTF-8\u00a0: l'octet {at} ne se décode pas",
        "not UTF-8: byte {at} cannot be decoded",
        "geen UTF-8: byte {at} kan niet worden gedecodeerd",
    ),
    "reading.surrogate": (
        "pas de l'UTF-8\u00a0: le caractère {at} est un demi-caractère isolé",
        "not UTF-8: character {at} is a lone surrogate",
        "geen UTF-8: teken {at} is een los halfteken (surrogate)",
    ),
    "reading.syntax": (
        "JSON non valide à la ligne {line}, colonne {column}\u00a0: {what}\n{excerpt}\n{caret}",
        "not valid JSON at line {line}, column {column}: {what}\n{excerpt}\n{caret}",
        "geen geldige JSON op regel {line}, kolom {column}: {what}\n{excerpt}\n{caret}",
    ),
    "reading.empty": (
        "le document est vide\u00a0: du texte JSON était attendu",
        "the document is empty: JSON text was expected",
        "het document is leeg: JSON-tekst werd verwacht",
    ),
    "reading.syntax-broken": (
        "la syntaxe JSON est rompue ici",
        "the JSON syntax breaks here",
        "de JSON-syntaxis breekt hier",
    ),
    "reading.syntax-value": (
        "une valeur était attendue ici",
        "a value was expected here",
        "hier werd een waarde verwacht",
    ),
    "reading.syntax-comma": (
        "une virgule était attendue entre deux valeurs",
        "a comma was expected between two values",
        "tussen twee waarden werd een komma verwacht",
    ),
    "reading.syntax-colon": (
        "un deux-points était attendu après le nom d'un champ",
        "a colon was expected after a member's name",
        "na de naam van een veld werd een dubbele punt verwacht",
    ),
    "reading.syntax-name": (
        "le nom d'un champ entre guillemets droits était attendu (une virgule "
        "avant une accolade fermante\u00a0?)",
        "a member's name in double quotes was expected (is there a comma before a closing brace?)",
        "de naam van een veld tussen dubbele aanhalingstekens werd verwacht (staat er een "
        "komma voor een sluitende accolade?)",
    ),
    "reading.syntax-trailing-comma": (
        "une virgule avant la fin d'un objet ou d'une liste",
        "a comma before the end of an object or array",
        "een komma voor het einde van een object of lijst",
    ),
    "reading.syntax-unterminated": (
        "un texte n'est pas fermé par ses guillemets",
        "a string is not closed",
        "een tekst wordt niet afgesloten met aanhalingstekens",
    ),
    "reading.syntax-control": (
        "un caractère de contrôle dans un texte\u00a0: écrivez-le échappé, comme \\n",
        "a control character inside a string: escape it, as \\n",
        "een stuurteken in een tekst: schrijf het als escape, zoals \\n",
    ),
    "reading.syntax-unicode-escape": (
        "un échappement \\u est suivi de quatre chiffres hexadécimaux",
        "an escape \\u is followed by four hexadecimal digits",
        "na een escape \\u volgen vier hexadecimale cijfers",
    ),
    "reading.syntax-escape": (
        "une barre oblique inverse dans un texte ne commence aucun échappement connu",
        "a backslash inside a string begins no known escape",
        "een backslash in een tekst begint geen bekende escape",
    ),
    "reading.syntax-extra": (
        "il reste du texte après la fin du document",
        "there is more after the end of the document",
        "er volgt nog tekst na het einde van het document",
    ),
    "reading.too-deep": (
        "JSON que cette bibliothèque ne lit pas\u00a0: listes ou objets imbriqués trop "
        "profondément",
        "not valid JSON this library reads: arrays or objects nested too deep",
        "JSON die deze bibliotheek niet leest: lijsten of objecten te diep genest",
    ),
    "reading.lone-escape": (
        "JSON non valide\u00a0: un échappement \\uD800 à \\uDFFF est isolé",
        "not valid JSON: an escape \\uD800 to \\uDFFF stands alone",
        "geen geldige JSON: een escape \\uD800 tot \\uDFFF staat alleen",
    ),
    "reading.long-number": (
        "JSON que cette bibliothèque ne lit pas\u00a0: un nombre de milliers de chiffres",
        "not valid JSON this library reads: a number of thousands of digits",
        "JSON die deze bibliotheek niet leest: een getal van duizenden cijfers",
    ),
    "reading.constant": (
        "JSON non valide\u00a0: {name} n'est pas un nombre JSON",
        "not valid JSON: {name} is not a JSON number",
        "geen geldige JSON: {name} is geen JSON-getal",
    ),
}
