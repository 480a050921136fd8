"""The command line's commands and options, and what it says when they are wrong.
Private to :mod:`partnership_model.cli`."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import NoReturn

from partnership_model._version import __version__
from partnership_model.convention import Form
from partnership_model.i18n import LANGUAGES

__all__ = [
    "EXIT_BUG",
    "EXIT_CLOSED_PIPE",
    "EXIT_COMPLETE",
    "EXIT_INCOMPLETE",
    "EXIT_UNREADABLE",
    "FILE_HELP",
    "PROG",
    "Parser",
    "answer_language",
    "command_line",
    "day",
    "text_or_json",
    "weeks",
]

EXIT_COMPLETE, EXIT_INCOMPLETE, EXIT_UNREADABLE, EXIT_BUG = 0, 1, 2, 70
EXIT_CLOSED_PIPE = 128 + 13
"""The reader of standard output went away (``| head``): the shell's status for SIGPIPE,
never 1, which says that a check found an error."""

PROG = "partnership-model"
FILE_HELP = "a dossier or a convention as JSON; - reads standard input"


class Parser(argparse.ArgumentParser):
    """argparse, saying a wrong command line in one line rather than usage and error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_UNREADABLE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def command_line() -> argparse.ArgumentParser:
    languages = ", ".join(LANGUAGES)
    parser = Parser(
        prog=PROG,
        description="Partnership conventions: what they still lack, step by step.",
        epilog="Exit status: 0 on success, 1 when check finds an error, 2 when a file "
        "cannot be read or written or the command is wrong. "
        f"'{PROG} COMMAND --help' says more about each command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", title="commands"
    )

    check = commands.add_parser(
        "check",
        help="validate dossiers or conventions written as JSON",
        description="Validate each FILE (a dossier or a convention as JSON; - reads standard "
        "input) and report what it lacks, grouped by step of the methodology. Exit status: "
        "0 when complete, 1 when an error remains, 2 when a file cannot be read.",
    )
    check.add_argument("files", nargs="+", metavar="FILE", help=FILE_HELP)
    check.add_argument(
        "--profile", default="methodology", help="the rules to apply (default: methodology)"
    )
    check.add_argument(
        "--lang", default="fr", help=f"language of the report: {languages} (default: fr)"
    )
    check.add_argument(
        "--today",
        type=day,
        metavar="DATE",
        help="date for the date-dependent rules, as YYYY-MM-DD (default: none run)",
    )
    text_or_json(check, "a report")

    _render_command(commands)
    calendar = commands.add_parser(
        "calendar",
        help="write the dated plan as an iCalendar file",
        description="Write the steps, meetings, evaluations, communication and reports due of "
        "the convention in FILE (as render reads it) as an iCalendar file, on standard output "
        '(no OUT, or -) or in OUT. Needs the ical extra: pip install "partnership-model[ical]".',
    )
    writing(calendar, "titles", "calendar")

    classify_ = commands.add_parser(
        "classify",
        help="tell whether a convention is a partnership or a collaboration",
        description="Say whether the facts in FILE (a dossier or a convention as JSON; - "
        "reads standard input) make a partnership or a collaboration, and why.",
    )
    classify_.add_argument("file", metavar="FILE", help=FILE_HELP)
    answer_language(classify_)

    tally_ = commands.add_parser(
        "tally",
        help="count the votes of the recorded decisions under the convention's rules",
        description="Count the votes of each decision recorded in the minutes of the dossier "
        "in FILE (- reads standard input) under the decision rule in force on its date, and "
        "say what decided it. Exit status: 0 when every declared outcome agrees with the "
        "tally, 1 when one does not, 2 when the file cannot be read.",
    )
    tally_.add_argument("file", metavar="FILE", help=FILE_HELP)
    tally_.add_argument("--decision", metavar="ID", help="only the decision with this id")
    answer_language(tally_)

    agenda_ = commands.add_parser(
        "agenda",
        help="what is due in the coming weeks and what is late",
        description="List what the plan in FILE (- reads standard input) holds in the weeks "
        "from a day (steps, evaluation moments, meetings, communication actions, reports "
        "owed) with who sees to it, and what is late on that day. Exit status: 0 when "
        "nothing is late, 1 when something is, 2 when the file cannot be read.",
    )
    agenda_.add_argument("file", metavar="FILE", help=FILE_HELP)
    agenda_.add_argument(
        "--from",
        dest="start",
        type=day,
        metavar="DATE",
        help="the first day, as YYYY-MM-DD (default: today)",
    )
    agenda_.add_argument(
        "--weeks", type=weeks, default=4, help="how many weeks to look ahead (default: 4)"
    )
    answer_language(agenda_)
    text_or_json(agenda_, "a list")

    match_ = commands.add_parser(
        "match",
        help="who in the network could meet the needs and roles nobody covers",
        description="List each need of FILE (a dossier or a convention as JSON; - reads "
        "standard input) that no contribution covers and each role that no partner holds, "
        "with the structures of the directory whose offers could meet it, best first, and "
        "why. Exit status: 0, or 2 when a file cannot be read.",
    )
    match_.add_argument("file", metavar="FILE", help=FILE_HELP)
    match_.add_argument(
        "--directory",
        metavar="DIR",
        help="a directory of structures as JSON, the network to look in (default: the "
        "dossier's own directory)",
    )
    answer_language(match_)
    text_or_json(match_, "a list")

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the documents",
        description="Print the JSON Schema (draft 2020-12) of a dossier, convention or "
        "directory document, for tools in other languages to check documents.",
    )
    schema.add_argument(
        "--type",
        choices=("dossier", "convention", "directory"),
        default="dossier",
        help="the document described (default: dossier)",
    )
    schema.add_argument(
        "--path",
        action="store_true",
        help="print where the schema shipped with the library lies instead (what new "
        "writes in a document's $schema, for editors)",
    )

    diff_ = commands.add_parser(
        "diff",
        help="say what changed from one text of a convention to another",
        description="Compare the convention in OLD with the one in NEW (each a dossier, read "
        "in its current text, or a convention, as JSON) item by item, matched by id, and say "
        "every change in words, step by step. Exit status: 0 when the texts are the same, 1 "
        "when they differ, 2 when a file cannot be read.",
    )
    diff_.add_argument("old", metavar="OLD", help=FILE_HELP)
    diff_.add_argument("new", metavar="NEW", help=FILE_HELP)
    diff_.add_argument(
        "--lang",
        help=f"language of the answer: {languages} (default: the newer convention's, else fr)",
    )
    text_or_json(diff_, "sentences")

    history_ = commands.add_parser(
        "history",
        help="list the versions of a dossier's convention and what each amendment changed",
        description="List every text the convention in FILE (a dossier as JSON; - reads "
        "standard input) has had: the amendment that brought it, when it took effect and "
        "was adopted, by which decision and why, and what it changed.",
    )
    history_.add_argument("file", metavar="FILE", help=FILE_HELP)
    answer_language(history_)

    new = commands.add_parser(
        "new",
        help="write a starting dossier to fill in",
        description="Write a starting dossier as JSON: the form, a name, the language and "
        f"two placeholder partners. '{PROG} check' then lists what to fill in, step by step.",
    )
    new.add_argument(
        "--form",
        choices=tuple(form.value for form in Form),
        default=Form.PARTNERSHIP.value,
        help="two carriers (partnership) or an owner and a contributor (collaboration); "
        "default: partnership",
    )
    new.add_argument(
        "--lang",
        default="fr",
        help=f"language of the convention: {languages} or a tag such as nl-BE (default: fr)",
    )
    new.add_argument(
        "--name", help="name of the convention (default: 'New convention', in its language)"
    )
    new.add_argument(
        "-o", "--output", metavar="OUT", help="write the dossier to OUT, a file not yet there"
    )
    return parser


def _render_command(commands: argparse._SubParsersAction[Parser]) -> None:
    render = commands.add_parser(
        "render",
        help="write the agreement to sign: Markdown, HTML or PDF",
        description="Write the convention in FILE (a dossier or a convention as JSON; - reads "
        "standard input) as the agreement the partners sign, in numbered articles, on "
        "standard output or in OUT: Markdown, standalone HTML made for print, or a PDF "
        "(in OUT) printed by WeasyPrint or Chromium. HTML and PDF need the print extra: "
        'pip install "partnership-model[print]". With --sheet, the data sheet of everything '
        "the dossier holds instead, in Markdown.",
    )
    writing(render, "document", "document")
    render.add_argument(
        "--format",
        choices=("markdown", "html", "pdf"),
        default="markdown",
        help="what to write (default: markdown); pdf needs OUT",
    )
    render.add_argument(
        "--template",
        metavar="DIR",
        help="a folder holding your own agreement.html.j2 or agreement.css (or both) for "
        "HTML and PDF",
    )
    render.add_argument(
        "--engine",
        choices=("auto", "weasyprint", "chromium"),
        default="auto",
        help="what prints the PDF (default: WeasyPrint when installed, else Chromium)",
    )
    render.add_argument(
        "--sheet",
        action="store_true",
        help="write the data sheet (every section, the minutes, the amendments) instead",
    )
    render.add_argument(
        "--today",
        type=day,
        metavar="DATE",
        help="with --sheet, add the agenda on DATE (YYYY-MM-DD): what is due in the four "
        "weeks from it and what is late",
    )


def writing(command: argparse.ArgumentParser, words: str, what: str) -> None:
    """FILE, the language of its ``words``, and OUT, never overwritten unless told to."""
    command.add_argument("file", metavar="FILE", help=FILE_HELP)
    languages = ", ".join(LANGUAGES)
    command.add_argument(
        "--lang", help=f"language of the {words}: {languages} (default: the convention's, else fr)"
    )
    command.add_argument(
        "-o", "--output", metavar="OUT", help=f"write the {what} to OUT, a file not yet there"
    )
    command.add_argument(
        "--force", action="store_true", help="write OUT even if it exists, replacing it"
    )


def answer_language(command: argparse.ArgumentParser) -> None:
    languages = ", ".join(LANGUAGES)
    command.add_argument(
        "--lang",
        help=f"language of the answer: {languages} (default: the convention's, else fr)",
    )


def text_or_json(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=f"{what} for people or one JSON document (default: text)",
    )


def day(text: str) -> dt.date:
    try:
        if len(text) != 10:
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date written YYYY-MM-DD: {text!r}") from None


MOST_WEEKS = 520
"""The furthest ``agenda --weeks`` looks: ten years."""


def weeks(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MOST_WEEKS:
        raise argparse.ArgumentTypeError(f"not a number of weeks from 1 to {MOST_WEEKS}: {text!r}")
    return int(text)
