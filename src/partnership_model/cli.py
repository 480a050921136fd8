"""The command line: ``partnership-model check FILE`` (also ``python -m partnership_model``).

The only part of the library that reads files, prints, or looks at the environment.
Exit status: 0 when every file is complete, 1 when an error finding remains, 2 when a
file cannot be read or the command is wrong. It never ends in a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from partnership_model._version import __version__
from partnership_model.convention import Convention
from partnership_model.dossier import Dossier
from partnership_model.errors import PartnershipModelError
from partnership_model.i18n import LANGUAGES, resolve_language, translate
from partnership_model.serialization import DEFAULT_MAX_SIZE, SerializationError, from_json
from partnership_model.validation import Report, Severity, profiles, validate

__all__ = ["main", "main_exit"]

EXIT_COMPLETE, EXIT_INCOMPLETE, EXIT_UNREADABLE, EXIT_BUG = 0, 1, 2, 70

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


class _Unreadable(Exception):  # noqa: N818  # one line for the user, then exit 2
    """A file that cannot be used: the line to print says why."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnership-model",
        description="Partnership conventions: what they still lack, step by step.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="validate dossiers or conventions written as JSON",
        description="Validate each FILE (a dossier or a convention as JSON; - reads standard "
        "input) and report what it lacks, grouped by step of the methodology. Exit status: "
        "0 when complete, 1 when an error remains, 2 when a file cannot be read.",
    )
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument(
        "--profile", default="methodology", help="the rules to apply (default: methodology)"
    )
    check.add_argument(
        "--lang",
        default="fr",
        help=f"language of the report: {', '.join(LANGUAGES)} (default: fr)",
    )
    check.add_argument(
        "--today", type=_day, help="date for the date-dependent rules, as YYYY-MM-DD"
    )
    check.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def _day(text: str) -> dt.date:
    try:
        if len(text) != 10:
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date written YYYY-MM-DD: {text!r}") from None


def _read(name: str, stdin: TextIO) -> Dossier | Convention:
    # Read one byte past the limit at most: from_json then says the file is too large.
    limit = DEFAULT_MAX_SIZE + 1
    if name == "-":
        source = getattr(stdin, "buffer", None)  # bytes, so that from_json judges the encoding
        text: str | bytes = source.read(limit) if source is not None else stdin.read(limit)
    else:
        try:
            with open(name, "rb") as file:  # a plain path from the user
                text = file.read(limit)
        except IsADirectoryError:
            raise _Unreadable(f"{name}: is a directory, not a file") from None
        except OSError as exc:
            raise _Unreadable(f"{name}: cannot be read: {exc.strerror or exc}") from None
    try:
        return from_json(text, Dossier)
    except SerializationError as error:
        if any(p.path == "$.type" and p.value == "convention" for p in error.problems):
            try:
                return from_json(text, Convention)
            except SerializationError as as_convention:
                error = as_convention
        raise _Unreadable(f"{name}: {error}") from None


def _text_report(name: str, target: Dossier | Convention, report: Report, colour: bool) -> str:
    language = report.language
    convention = target.convention if isinstance(target, Dossier) else target

    def paint(severity: Severity, text: str) -> str:
        return f"\x1b[{_COLOURS[severity]}m{text}\x1b[0m" if colour else text

    verdict = translate("cli.complete" if report.is_complete else "cli.incomplete", language)
    separator = translate("summary.separator", language)
    lines = [
        f"{name}{separator}{convention.name}",
        f"{translate('cli.profile', language)}{separator}{report.profile} · {verdict}",
    ]
    for step, findings in report.by_step.items():
        lines += ["", f"{step.label(language)} ({len(findings)})"]
        for finding in findings:
            label = paint(finding.severity, finding.severity.label(language))
            lines.append(f"  {label} {finding.code} {finding.path}")
            lines.append(f"    {finding.message}")
            lines.append(f"    → {finding.hint}")
    counts = " · ".join(
        f"{severity.label(language)}{separator}{count}"
        for severity, count in report.counts.items()
    )
    lines += ["", f"{translate('cli.total', language)}{separator}{counts}"]
    if report.stage is not None:
        stage = report.stage.label(language)
        lines.append(f"{translate('cli.stage', language)}{separator}{stage}")
    return "\n".join(lines)


def _check(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    language = resolve_language(args.lang)
    if args.profile not in profiles():
        raise _Unreadable(f"unknown profile {args.profile!r}; the profiles are "
                          f"{', '.join(profiles())}")  # fmt: skip
    colour = stdout.isatty() and "NO_COLOR" not in os.environ
    status = EXIT_COMPLETE
    documents: list[dict[str, object]] = []
    for name in args.files:
        # One unreadable file does not stop the others: it is said, and the status is 2.
        try:
            target = _read(name, stdin)
        except _Unreadable as problem:
            print(f"partnership-model: {problem}", file=stderr)
            documents.append({"file": name, "error": str(problem)})
            status = EXIT_UNREADABLE
            continue
        report = validate(target, profile=args.profile, today=args.today, language=language)
        if not report.is_complete and status == EXIT_COMPLETE:
            status = EXIT_INCOMPLETE
        if args.format == "json":
            documents.append({"file": name, **report.to_dict()})
        else:
            print(_text_report(name, target, report, colour), file=stdout)
    if args.format == "json":
        print(json.dumps(documents, ensure_ascii=False, indent=2), file=stdout)
    return status


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command line with ``argv`` and return its exit status."""
    out, err, into = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse has printed its usage line
        return int(exit_.code or 0) and EXIT_UNREADABLE
    try:
        return _check(args, out, err, into)
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        if out is sys.stdout:  # keep the interpreter from failing to flush it at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_INCOMPLETE
    except _Unreadable as problem:
        print(f"partnership-model: {problem}", file=err)
        return EXIT_UNREADABLE
    except PartnershipModelError as error:  # an unknown language or profile
        print(f"partnership-model: {error}", file=err)
        return EXIT_UNREADABLE
    except Exception as bug:  # a bug: one line, and a way to report it
        print(f"partnership-model: internal error, please report it: {bug!r}", file=err)
        return EXIT_BUG


def main_exit() -> None:
    """The console script: run :func:`main` and exit with its status."""
    for stream in (sys.stdout, sys.stderr):
        # A terminal or pipe that cannot show a character gets an escape, not a crash.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    sys.exit(main())
