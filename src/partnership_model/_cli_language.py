"""The language the command line speaks to its user, and argparse made to speak it.
Private to :mod:`partnership_model.cli`.

The command line's own words (its help, a wrong command line, a file it cannot read)
are said in the language of ``--lang`` when it is given, else in the language of the
environment's locale when it is French, English or Dutch, else in French. The
documents keep their own default, the convention's language: that is what they are
written in, not what the user reads the command line in.
"""

from __future__ import annotations

import argparse
import contextlib
import threading
from collections.abc import Iterator, Mapping, Sequence

from partnership_model.errors import UnsupportedLanguageError
from partnership_model.i18n import resolve_language, translate

__all__ = ["ARGPARSE_KEYS", "argparse_speaking", "locale_language", "speaking"]

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
"""Where the language of messages is set, the one that wins first (POSIX)."""


def locale_language(environ: Mapping[str, str]) -> str | None:
    """The library language of the locale ``environ`` sets for messages, if it speaks it:
    ``nl_BE.UTF-8`` gives ``"nl"``; ``C``, ``POSIX`` or a language the library does not
    speak give None."""
    locale = next((environ[name] for name in LOCALE_VARIABLES if environ.get(name)), "")
    # language_TERRITORY.codeset@modifier: the codeset and the modifier say nothing of it.
    tag = locale.split(".", 1)[0].split("@", 1)[0].replace("_", "-")
    try:
        return resolve_language(tag)
    except UnsupportedLanguageError:
        return None


def _asked(argv: Sequence[str]) -> str | None:
    """The last value of ``--lang`` (or ``--lang=X``, or a prefix argparse accepts such
    as ``--la``) before the ``--`` that ends the options."""
    asked = None
    arguments = iter(argv)
    for argument in arguments:
        if argument == "--":
            break
        option, equals, value = argument.partition("=")
        if len(option) > 2 and "--lang".startswith(option):
            asked = value if equals else next(arguments, None)
    return asked


def speaking(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """The language of the command line's own messages for ``argv`` in ``environ``:
    ``--lang``, else the locale's language, else French. A ``--lang`` the library does
    not speak gives the language it would have spoken without it, to say so in."""
    fallback = locale_language(environ) or "fr"
    asked = _asked(argv)
    try:
        return fallback if asked is None else resolve_language(asked)
    except UnsupportedLanguageError:
        return fallback


ARGPARSE_KEYS: dict[str, str] = {
    # What argparse prints in help and errors, by its English text (its gettext msgid).
    "usage: ": "cli.argparse-usage",
    "positional arguments": "cli.argparse-positionals",
    "options": "cli.argparse-options",
    "subcommands": "cli.argparse-subcommands",
    "%(heading)s:": "cli.argparse-heading",
    " (default: %(default)s)": "cli.argparse-default",
    "show this help message and exit": "cli.argparse-help",
    "show program's version number and exit": "cli.argparse-version",
    "%(prog)s: error: %(message)s\n": "cli.argparse-error",
    "%(prog)s: warning: %(message)s\n": "cli.argparse-warning",
    "argument %(argument_name)s: %(message)s": "cli.argparse-argument",
    "the following arguments are required: %s": "cli.argparse-required",
    "one of the arguments %s is required": "cli.argparse-one-of",
    "unrecognized arguments: %s": "cli.argparse-unrecognized",
    "not allowed with argument %s": "cli.argparse-not-allowed",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse-ambiguous",
    "ignored explicit argument %r": "cli.argparse-ignored",
    "unexpected option string: %s": "cli.argparse-unexpected",
    "expected one argument": "cli.argparse-one",
    "expected at most one argument": "cli.argparse-at-most-one",
    "expected at least one argument": "cli.argparse-at-least-one",
    "expected %s argument": "cli.argparse-expected-one",
    "expected %s arguments": "cli.argparse-expected-many",
    "invalid %(type)s value: %(value)r": "cli.argparse-invalid-value",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse-invalid-choice",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)": (
        "cli.argparse-invalid-choice-closest"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": "cli.argparse-unknown-parser",
    "can't open '%(filename)s': %(error)s": "cli.argparse-cannot-open",
    'argument "-" with mode %r': "cli.argparse-dash-mode",
    "argument '%(argument_name)s' is deprecated": "cli.argparse-deprecated-argument",
    "option '%(option)s' is deprecated": "cli.argparse-deprecated-option",
    "command '%(parser_name)s' is deprecated": "cli.argparse-deprecated-command",
    # Mistakes in the building of a parser: a bug of ours, but said all the same.
    ".__call__() not defined": "cli.argparse-call-undefined",
    "%r is not callable": "cli.argparse-not-callable",
    "conflicting subparser: %s": "cli.argparse-conflicting-subparser",
    "conflicting subparser alias: %s": "cli.argparse-conflicting-alias",
    "conflicting option string: %s": "cli.argparse-conflicting-option",
    "conflicting option strings: %s": "cli.argparse-conflicting-options",
    "cannot merge actions - two groups are named %r": "cli.argparse-merge",
    "'required' is an invalid argument for positionals": "cli.argparse-required-positional",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": (
        "cli.argparse-option-string"
    ),
    "dest= is required for options like %r": "cli.argparse-dest",
    "invalid conflict_resolution value: %r": "cli.argparse-conflict-resolution",
    "mutually exclusive arguments must be optional": "cli.argparse-exclusive",
    "cannot have multiple subparser arguments": "cli.argparse-multiple-subparsers",
}
"""argparse's own words, from the English text it passes to gettext to the catalogue
key of their translation; a text not listed (a title of ours passed through gettext)
is kept as it is."""


@contextlib.contextmanager
def argparse_speaking(language: str) -> Iterator[None]:
    """argparse speaking ``language`` while the block builds a parser, parses a command
    line or prints help: its gettext functions swapped for the catalogue's, and put back
    however the block ends (argparse exits through SystemExit)."""

    def gettext(message: str) -> str:
        key = ARGPARSE_KEYS.get(message)
        return message if key is None else translate(key, language)

    def ngettext(singular: str, plural: str, count: int) -> str:
        # French counts 0 and 1 alike as one; English and Dutch count only 1 so.
        one = count in (0, 1) if language == "fr" else count == 1
        return gettext(singular if one else plural)

    module = vars(argparse)
    with _SWAPPING:  # argparse's functions are the process's: one language at a time
        saved = module["_"], module["ngettext"]
        module["_"], module["ngettext"] = gettext, ngettext
        try:
            yield
        finally:
            module["_"], module["ngettext"] = saved


_SWAPPING = threading.RLock()
"""Held while argparse speaks a language: two command lines parsed in two threads at
once (``main`` called by an application's threads) each speak their own, in turn."""
