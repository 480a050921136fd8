"""The command line's commands and options, and what it says when they are wrong.
Private to :mod:`partnership_model.cli`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from partnership_model._version import __version__
from partnership_model.convention import Form
from partnership_model.i18n import LANGUAGES, translate
from partnership_model.text import visible

__all__ = [
    "EXIT_BUG",
    "EXIT_CLOSED_PIPE",
    "EXIT_COMPLETE",
    "EXIT_INCOMPLETE",
    "EXIT_UNREADABLE",
    "PROG",
    "Parser",
    "command_line",
    "day",
    "text_or_json",
    "weeks",
    "writing",
]

EXIT_COMPLETE, EXIT_INCOMPLETE, EXIT_UNREADABLE, EXIT_BUG = 0, 1, 2, 70
EXIT_CLOSED_PIPE = 128 + 13
"""The reader of standard output went away (``| head``): the shell's status for SIGPIPE,
never 1, which says that a check found an error."""

PROG = "partnership-model"


class Parser(argparse.ArgumentParser):
    """argparse in the user's ``language``, saying a wrong command line in one line rather
    than usage and error."""

    def __init__(self, *, language: str, **options: Any) -> None:
        self.language = language  # before argparse's own __init__, which formats
        super().__init__(**options)

    def _get_formatter(self) -> argparse.HelpFormatter:
        if self.language == "fr" and not _HEADING_SAID:
            return _FrenchHeadings(prog=self.prog)
        return super()._get_formatter()

    def error(self, message: str) -> NoReturn:
        # argparse calls this while it handles the ArgumentError; Python 3.10 writes the
        # argument's name into the message without gettext, so it is said again here.
        problem = sys.exc_info()[1]
        if isinstance(problem, argparse.ArgumentError) and problem.argument_name is not None:
            template = translate("cli.argparse-argument", self.language)
            message = template % {
                "argument_name": problem.argument_name,
                "message": problem.message,
            }
        said = translate("cli.wrong-command-line", self.language, prog=self.prog, message=message)
        self.exit(EXIT_UNREADABLE, f"{said}\n")


_HEADING_SAID = sys.version_info >= (3, 13)
"""Whether argparse writes a section's heading and its colon through gettext, as from
Python 3.13, where the catalogue gives French its no-break space before the colon."""


class _FrenchHeadings(argparse.HelpFormatter):
    """Headings with a no-break space before the colon argparse adds, as French writes
    it, where argparse writes the colon itself (Python 3.10 to 3.12)."""

    def start_section(self, heading: str | None) -> None:
        super().start_section(f"{heading}\u00a0" if heading else heading)


def command_line(language: str) -> Parser:
    """The command line, its help and its errors in ``language``; build it, parse and
    print its help inside :func:`~partnership_model._cli_language.argparse_speaking`."""
    languages = ", ".join(LANGUAGES)

    def say(key: str) -> str:
        return translate(key, language, prog=PROG, languages=languages)

    parser = Parser(
        prog=PROG, description=say("cli.description"), epilog=say("cli.epilog"), language=language
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=say("cli.argparse-version"),
    )
    commands = parser.add_subparsers(
        dest="command",
        required=True,
        metavar=say("cli.metavar-command"),
        title=say("cli.commands"),
    )

    def command(name: str) -> Parser:
        return commands.add_parser(
            name,
            help=say(f"cli.{name}-help"),
            description=say(f"cli.{name}-about"),
            language=language,
        )

    def answering(name: str) -> Parser:
        """A command that reads FILE and answers in the language of --lang."""
        answer = command(name)
        answer.add_argument("file", metavar=say("cli.metavar-file"), help=say("cli.file-help"))
        answer.add_argument("--lang", help=say("cli.answer-lang"))
        return answer

    check = command("check")
    check.add_argument(
        "files", nargs="+", metavar=say("cli.metavar-file"), help=say("cli.file-help")
    )
    check.add_argument("--profile", default="methodology", help=say("cli.check-profile"))
    # The report is said in the language of the messages unless told otherwise.
    check.add_argument("--lang", default=language, help=say("cli.check-lang"))
    check.add_argument(
        "--today", type=day(language), metavar=say("cli.metavar-date"), help=say("cli.check-today")
    )
    text_or_json(check, say("cli.check-format"))

    _render_command(command("render"), say)
    writing(command("calendar"), say, "calendar")

    answering("classify")
    answering("tally").add_argument("--decision", metavar="ID", help=say("cli.tally-decision"))

    agenda_ = answering("agenda")
    agenda_.add_argument(
        "--from",
        dest="start",
        type=day(language),
        metavar=say("cli.metavar-date"),
        help=say("cli.agenda-from"),
    )
    agenda_.add_argument("--weeks", type=weeks(language), default=4, help=say("cli.agenda-weeks"))
    text_or_json(agenda_, say("cli.list-format"))

    match_ = answering("match")
    match_.add_argument(
        "--directory", metavar=say("cli.metavar-dir"), help=say("cli.match-directory")
    )
    text_or_json(match_, say("cli.list-format"))

    schema = command("schema")
    schema.add_argument(
        "--type",
        choices=("dossier", "convention", "directory"),
        default="dossier",
        help=say("cli.schema-type"),
    )
    schema.add_argument("--path", action="store_true", help=say("cli.schema-path"))

    diff_ = command("diff")
    diff_.add_argument("old", metavar=say("cli.metavar-old"), help=say("cli.file-help"))
    diff_.add_argument("new", metavar=say("cli.metavar-new"), help=say("cli.file-help"))
    diff_.add_argument("--lang", help=say("cli.diff-lang"))
    text_or_json(diff_, say("cli.diff-format"))

    answering("history")

    new = command("new")
    new.add_argument(
        "--form",
        choices=tuple(form.value for form in Form),
        default=Form.PARTNERSHIP.value,
        help=say("cli.new-form"),
    )
    new.add_argument("--lang", default="fr", help=say("cli.new-lang"))
    new.add_argument("--name", help=say("cli.new-name"))
    new.add_argument("-o", "--output", metavar=say("cli.metavar-out"), help=say("cli.new-output"))
    return parser


def _render_command(render: Parser, say: Callable[[str], str]) -> None:
    writing(render, say, "render")
    render.add_argument(
        "--format",
        choices=("markdown", "html", "pdf"),
        default="markdown",
        help=say("cli.render-format"),
    )
    render.add_argument(
        "--template", metavar=say("cli.metavar-dir"), help=say("cli.render-template")
    )
    render.add_argument(
        "--engine",
        choices=("auto", "weasyprint", "chromium"),
        default="auto",
        help=say("cli.render-engine"),
    )
    render.add_argument("--sheet", action="store_true", help=say("cli.render-sheet"))
    render.add_argument(
        "--today",
        type=day(render.language),
        metavar=say("cli.metavar-date"),
        help=say("cli.render-today"),
    )


def writing(command: argparse.ArgumentParser, say: Callable[[str], str], name: str) -> None:
    """FILE, the language of what the command ``name`` writes, and OUT, never overwritten
    unless told to."""
    command.add_argument("file", metavar=say("cli.metavar-file"), help=say("cli.file-help"))
    command.add_argument("--lang", help=say(f"cli.{name}-lang"))
    command.add_argument(
        "-o", "--output", metavar=say("cli.metavar-out"), help=say(f"cli.{name}-output")
    )
    command.add_argument("--force", action="store_true", help=say("cli.force-help"))


def text_or_json(command: argparse.ArgumentParser, said: str) -> None:
    command.add_argument("--format", choices=("text", "json"), default="text", help=said)


def day(language: str) -> Callable[[str], dt.date]:
    """The type of a date argument: YYYY-MM-DD, else an error that shows how to write one."""

    def date(text: str) -> dt.date:
        try:
            if len(text) != 10:
                raise ValueError(text)
            return dt.date.fromisoformat(text)
        except ValueError:
            said = translate("cli.not-a-date", language, value=visible(text))
            raise argparse.ArgumentTypeError(said) from None

    return date


MOST_WEEKS = 520
"""The furthest ``agenda --weeks`` looks: ten years."""


def weeks(language: str) -> Callable[[str], int]:
    """The type of ``--weeks``: a whole number from 1 to :data:`MOST_WEEKS`."""

    def number(text: str) -> int:
        if not text.isdigit() or not 1 <= int(text) <= MOST_WEEKS:
            said = translate("cli.not-weeks", language, value=visible(text), most=MOST_WEEKS)
            raise argparse.ArgumentTypeError(said)
        return int(text)

    return number
