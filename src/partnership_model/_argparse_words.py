"""argparse's own words (French, English, Dutch), merged into the one catalogue: what it
prints in help and errors, keyed by ``_cli_language.ARGPARSE_KEYS`` from its English
text. They keep argparse's ``%``-placeholders, since argparse fills them.
"""

from __future__ import annotations

__all__ = ["ARGPARSE_WORDS"]

ARGPARSE_WORDS: dict[str, tuple[str, str, str]] = {
    "cli.argparse-usage": ("utilisation\u00a0: ", "usage: ", "gebruik: "),
    "cli.argparse-positionals": ("paramètres", "positional arguments", "parameters"),
    "cli.argparse-options": ("options", "options", "opties"),
    "cli.argparse-subcommands": ("sous-commandes", "subcommands", "subopdrachten"),
    "cli.argparse-heading": ("%(heading)s\u00a0:", "%(heading)s:", "%(heading)s:"),
    "cli.argparse-default": (
        " (par défaut\u00a0: %(default)s)",
        " (default: %(default)s)",
        " (standaard: %(default)s)",
    ),
    "cli.argparse-help": (
        "afficher cette aide et quitter",
        "show this help message and exit",
        "toon deze hulp en stop",
    ),
    "cli.argparse-version": (
        "afficher la version du programme et quitter",
        "show program's version number and exit",
        "toon de versie van het programma en stop",
    ),
    "cli.argparse-error": (
        "%(prog)s: erreur\u00a0: %(message)s\n",
        "%(prog)s: error: %(message)s\n",
        "%(prog)s: fout: %(message)s\n",
    ),
    "cli.argparse-warning": (
        "%(prog)s: avertissement\u00a0: %(message)s\n",
        "%(prog)s: warning: %(message)s\n",
        "%(prog)s: waarschuwing: %(message)s\n",
    ),
    "cli.argparse-argument": (
        "%(argument_name)s\u00a0: %(message)s",
        "argument %(argument_name)s: %(message)s",
        "%(argument_name)s: %(message)s",
    ),
    "cli.argparse-required": (
        "il manque\u00a0: %s",
        "the following arguments are required: %s",
        "ontbreekt nog: %s",
    ),
    "cli.argparse-one-of": (
        "il faut l'un de ces paramètres\u00a0: %s",
        "one of the arguments %s is required",
        "een van deze parameters is vereist: %s",
    ),
    "cli.argparse-unrecognized": (
        "paramètres inconnus\u00a0: %s",
        "unrecognized arguments: %s",
        "onbekende parameters: %s",
    ),
    "cli.argparse-not-allowed": (
        "interdit avec %s",
        "not allowed with argument %s",
        "niet toegestaan samen met %s",
    ),
    "cli.argparse-ambiguous": (
        "option ambiguë\u00a0: %(option)s peut être %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s",
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    ),
    "cli.argparse-ignored": (
        "valeur ignorée\u00a0: %r",
        "ignored explicit argument %r",
        "genegeerde waarde: %r",
    ),
    "cli.argparse-unexpected": (
        "option inattendue\u00a0: %s",
        "unexpected option string: %s",
        "onverwachte optie: %s",
    ),
    "cli.argparse-one": ("attend une valeur", "expected one argument", "verwacht één waarde"),
    "cli.argparse-at-most-one": (
        "attend au plus une valeur",
        "expected at most one argument",
        "verwacht hoogstens één waarde",
    ),
    "cli.argparse-at-least-one": (
        "attend au moins une valeur",
        "expected at least one argument",
        "verwacht minstens één waarde",
    ),
    "cli.argparse-expected-one": (
        "attend %s valeur",
        "expected %s argument",
        "verwacht %s waarde",
    ),
    "cli.argparse-expected-many": (
        "attend %s valeurs",
        "expected %s arguments",
        "verwacht %s waarden",
    ),
    "cli.argparse-invalid-value": (
        "valeur %(type)s invalide\u00a0: %(value)r",
        "invalid %(type)s value: %(value)r",
        "ongeldige %(type)s-waarde: %(value)r",
    ),
    "cli.argparse-invalid-choice": (
        "choix inconnu\u00a0: %(value)r (au choix\u00a0: %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
        "onbekende keuze: %(value)r (kies uit %(choices)s)",
    ),
    "cli.argparse-invalid-choice-closest": (
        "choix inconnu\u00a0: %(value)r, vouliez-vous dire %(closest)r\u00a0? (au "
        "choix\u00a0: %(choices)s)",
        "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)",
        "onbekende keuze: %(value)r, bedoelde u %(closest)r? (kies uit %(choices)s)",
    ),
    "cli.argparse-unknown-parser": (
        "commande inconnue %(parser_name)r (au choix\u00a0: %(choices)s)",
        "unknown parser %(parser_name)r (choices: %(choices)s)",
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)",
    ),
    "cli.argparse-cannot-open": (
        "impossible d'ouvrir «\u00a0%(filename)s\u00a0»\u00a0: %(error)s",
        "can't open '%(filename)s': %(error)s",
        "kan '%(filename)s' niet openen: %(error)s",
    ),
    "cli.argparse-dash-mode": (
        "«\u00a0-\u00a0» avec le mode %r",
        'argument "-" with mode %r',
        "'-' met modus %r",
    ),
    "cli.argparse-deprecated-argument": (
        "le paramètre «\u00a0%(argument_name)s\u00a0» est obsolète",
        "argument '%(argument_name)s' is deprecated",
        "de parameter '%(argument_name)s' is verouderd",
    ),
    "cli.argparse-deprecated-option": (
        "l'option «\u00a0%(option)s\u00a0» est obsolète",
        "option '%(option)s' is deprecated",
        "de optie '%(option)s' is verouderd",
    ),
    "cli.argparse-deprecated-command": (
        "la commande «\u00a0%(parser_name)s\u00a0» est obsolète",
        "command '%(parser_name)s' is deprecated",
        "de opdracht '%(parser_name)s' is verouderd",
    ),
    "cli.argparse-call-undefined": (
        ".__call__() n'est pas défini",
        ".__call__() not defined",
        ".__call__() is niet gedefinieerd",
    ),
    "cli.argparse-not-callable": (
        "%r ne peut être appelé",
        "%r is not callable",
        "%r kan niet aangeroepen worden",
    ),
    "cli.argparse-conflicting-subparser": (
        "sous-commande en conflit\u00a0: %s",
        "conflicting subparser: %s",
        "conflicterende subopdracht: %s",
    ),
    "cli.argparse-conflicting-alias": (
        "alias de sous-commande en conflit\u00a0: %s",
        "conflicting subparser alias: %s",
        "conflicterende alias van een subopdracht: %s",
    ),
    "cli.argparse-conflicting-option": (
        "option en conflit\u00a0: %s",
        "conflicting option string: %s",
        "conflicterende optie: %s",
    ),
    "cli.argparse-conflicting-options": (
        "options en conflit\u00a0: %s",
        "conflicting option strings: %s",
        "conflicterende opties: %s",
    ),
    "cli.argparse-merge": (
        "impossible de fusionner les actions\u00a0: deux groupes s'appellent %r",
        "cannot merge actions - two groups are named %r",
        "kan de acties niet samenvoegen: twee groepen heten %r",
    ),
    "cli.argparse-required-positional": (
        "«\u00a0required\u00a0» ne s'applique pas aux paramètres positionnels",
        "'required' is an invalid argument for positionals",
        "'required' geldt niet voor positionele parameters",
    ),
    "cli.argparse-option-string": (
        "option invalide %(option)r\u00a0: elle doit commencer par un caractère de "
        "%(prefix_chars)r",
        "invalid option string %(option)r: must start with a character %(prefix_chars)r",
        "ongeldige optie %(option)r: ze moet beginnen met een teken uit %(prefix_chars)r",
    ),
    "cli.argparse-dest": (
        "dest= est requis pour les options comme %r",
        "dest= is required for options like %r",
        "dest= is vereist voor opties zoals %r",
    ),
    "cli.argparse-conflict-resolution": (
        "valeur de conflict_resolution invalide\u00a0: %r",
        "invalid conflict_resolution value: %r",
        "ongeldige waarde voor conflict_resolution: %r",
    ),
    "cli.argparse-exclusive": (
        "des paramètres qui s'excluent doivent être facultatifs",
        "mutually exclusive arguments must be optional",
        "elkaar uitsluitende parameters moeten optioneel zijn",
    ),
    "cli.argparse-multiple-subparsers": (
        "un seul groupe de sous-commandes est permis",
        "cannot have multiple subparser arguments",
        "slechts één groep subopdrachten is toegestaan",
    ),
}
