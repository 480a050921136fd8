"""The command line: ``partnership-model COMMAND`` (also ``python -m partnership_model``).

``check`` says what dossiers still lack, step by step; ``render`` writes a convention as
Markdown, ``calendar`` its dates as iCalendar; ``classify`` tells partnership from
collaboration; ``schema`` prints the JSON Schema; ``new`` writes a starting dossier. The
only part of the library that reads files, prints, or looks at the environment. Exit
status: 0 on success (for ``check``, every file complete), 1 when an error finding
remains, 2 when a file cannot be read or written or the command is wrong. It never ends
in a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import secrets
import shlex
import stat
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NoReturn, TextIO

from partnership_model._version import __version__
from partnership_model.classification import classify
from partnership_model.convention import Convention, Form
from partnership_model.dossier import Dossier
from partnership_model.errors import (
    InvalidValueError,
    PartnershipModelError,
    UnsupportedLanguageError,
)
from partnership_model.i18n import LANGUAGES, resolve_language, translate
from partnership_model.ical import to_ical
from partnership_model.render import render_markdown
from partnership_model.serialization import (
    ABSENT,
    DEFAULT_MAX_SIZE,
    Problem,
    SerializationError,
    from_json,
    json_schema,
    preview,
    to_json,
)
from partnership_model.starter import starting_dossier
from partnership_model.tally import tally
from partnership_model.text import visible
from partnership_model.validation import Context, Report, Severity, profiles, validate

__all__ = ["main", "main_exit"]

EXIT_COMPLETE, EXIT_INCOMPLETE, EXIT_UNREADABLE, EXIT_BUG = 0, 1, 2, 70
EXIT_CLOSED_PIPE = 128 + 13
"""The reader of standard output went away (``| head``): the shell's status for SIGPIPE,
never 1, which says that a check found an error."""

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
_PROG = "partnership-model"
_FILE_HELP = "a dossier or a convention as JSON; - reads standard input"


class _Unreadable(Exception):  # noqa: N818  # one line for the user, then exit 2
    """A file that cannot be used: the lines to print say why, and ``problems`` holds
    what was wrong in it, for the JSON report."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


_SHOWN_PROBLEMS = 20
"""The most problems of one document the text output lists; the rest are counted."""


class _Parser(argparse.ArgumentParser):
    """argparse, saying a wrong command line in one line rather than usage and error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_UNREADABLE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    languages = ", ".join(LANGUAGES)
    parser = _Parser(
        prog=_PROG,
        description="Partnership conventions: what they still lack, step by step.",
        epilog="Exit status: 0 on success, 1 when check finds an error, 2 when a file "
        "cannot be read or written or the command is wrong. "
        f"'{_PROG} COMMAND --help' says more about each command.",
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
    check.add_argument("files", nargs="+", metavar="FILE", help=_FILE_HELP)
    check.add_argument(
        "--profile", default="methodology", help="the rules to apply (default: methodology)"
    )
    check.add_argument(
        "--lang", default="fr", help=f"language of the report: {languages} (default: fr)"
    )
    check.add_argument(
        "--today",
        type=_day,
        metavar="DATE",
        help="date for the date-dependent rules, as YYYY-MM-DD (default: none run)",
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="a report for people or one JSON document (default: text)",
    )

    render = commands.add_parser(
        "render",
        help="write a convention as a Markdown document",
        description="Write the convention in FILE (a dossier or a convention as JSON; - reads "
        "standard input) as a Markdown document, on standard output or in OUT.",
    )
    _writing(render, "headings", "document")
    calendar = commands.add_parser(
        "calendar",
        help="write the dated plan as an iCalendar file",
        description="Write the steps, meetings, evaluations, communication and reports due of "
        "the convention in FILE (as render reads it) as an iCalendar file, on standard output "
        '(no OUT, or -) or in OUT. Needs the ical extra: pip install "partnership-model[ical]".',
    )
    _writing(calendar, "titles", "calendar")

    classify_ = commands.add_parser(
        "classify",
        help="tell whether a convention is a partnership or a collaboration",
        description="Say whether the facts in FILE (a dossier or a convention as JSON; - "
        "reads standard input) make a partnership or a collaboration, and why.",
    )
    classify_.add_argument("file", metavar="FILE", help=_FILE_HELP)
    classify_.add_argument(
        "--lang",
        help=f"language of the answer: {languages} (default: the convention's, else fr)",
    )

    tally_ = commands.add_parser(
        "tally",
        help="count the votes of the recorded decisions under the convention's rules",
        description="Count the votes of each decision recorded in the minutes of the dossier "
        "in FILE (- reads standard input) under the decision rule in force on its date, and "
        "say what decided it. Exit status: 0 when every declared outcome agrees with the "
        "tally, 1 when one does not, 2 when the file cannot be read.",
    )
    tally_.add_argument("file", metavar="FILE", help=_FILE_HELP)
    tally_.add_argument("--decision", metavar="ID", help="only the decision with this id")
    tally_.add_argument(
        "--lang",
        help=f"language of the answer: {languages} (default: the convention's, else fr)",
    )

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the documents",
        description="Print the JSON Schema (draft 2020-12) of a dossier or convention "
        "document, for tools in other languages to check documents.",
    )
    schema.add_argument(
        "--type",
        choices=("dossier", "convention"),
        default="dossier",
        help="the document described (default: dossier)",
    )

    new = commands.add_parser(
        "new",
        help="write a starting dossier to fill in",
        description="Write a starting dossier as JSON: the form, a name, the language and "
        f"two placeholder partners. '{_PROG} check' then lists what to fill in, step by step.",
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


def _writing(command: argparse.ArgumentParser, words: str, what: str) -> None:
    """FILE, the language of its ``words``, and OUT, never overwritten unless told to."""
    command.add_argument("file", metavar="FILE", help=_FILE_HELP)
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
    shown = visible(name)
    if name == "-":
        source = getattr(stdin, "buffer", None)  # bytes, so that from_json judges the encoding
        text: str | bytes = source.read(limit) if source is not None else stdin.read(limit)
    else:
        text = _read_file(name, shown, limit)
    try:
        return from_json(text, Dossier)
    except SerializationError as error:
        if any(p.path == "$.type" and p.value == "convention" for p in error.problems):
            try:
                return from_json(text, Convention)
            except SerializationError as as_convention:
                error = as_convention
        raise _Unreadable(f"{shown}: {_problems_said(error.problems)}", error.problems) from None


def _read_file(name: str, shown: str, limit: int) -> bytes:
    """The bytes of the regular file ``name``: a pipe, a device or a socket is refused
    before it is read, since reading one may wait for ever or never end."""
    try:
        # Opened without waiting, so that a pipe with no writer cannot hold the open.
        descriptor = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            kind = os.fstat(descriptor).st_mode
            if stat.S_ISDIR(kind):
                raise _Unreadable(f"{shown}: is a directory, not a file")
            if not stat.S_ISREG(kind):
                raise _Unreadable(
                    f"{shown}: is not a regular file (a pipe, a device or a socket); "
                    "to read what a program writes, give - and pipe it to standard input"
                )
            with open(descriptor, "rb", closefd=False) as file:
                return file.read(limit)
        finally:
            os.close(descriptor)
    except OSError as exc:
        raise _Unreadable(f"{shown}: cannot be read: {exc.strerror or exc}") from None


def _problems_said(problems: tuple[Problem, ...]) -> str:
    """The problems of a document, the first few in full and the others counted by kind,
    so that a document of 200,000 unknown fields is reported in a few lines."""
    count = len(problems)
    lines = [f"{count:,} problem{'s' if count != 1 else ''} in the document:"]
    lines += [f"  {problem}" for problem in problems[:_SHOWN_PROBLEMS]]
    rest = problems[_SHOWN_PROBLEMS:]
    if rest:
        kinds = Counter(problem.message for problem in rest).most_common()
        said = ", ".join(f"{number:,} × {visible(message)}" for message, number in kinds[:5])
        others = f", and {len(kinds) - 5:,} other kinds" if len(kinds) > 5 else ""
        lines.append(f"  … and {len(rest):,} more: {said}{others}")
    return "\n".join(lines)


def _write(name: str, text: str) -> None:
    """Write ``text`` to ``name`` in UTF-8 through a file beside it: never half a file."""
    if os.path.isdir(name):
        raise _Unreadable(f"{visible(name)}: is a directory, not a file")
    try:
        if os.path.islink(name) or (os.path.exists(name) and not os.path.isfile(name)):
            # A link, a device or a pipe (-o /dev/stdout) is written through, not replaced.
            with open(name, "w", encoding="utf-8", newline="\n") as file:
                file.write(text)
            return
        folder, base = os.path.split(name)
        temporary = os.path.join(folder, f".{base}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with open(descriptor, "w", encoding="utf-8", newline="\n") as file:
                file.write(text)
            os.replace(temporary, name)
        finally:
            with contextlib.suppress(FileNotFoundError):  # gone once it has replaced name
                os.unlink(temporary)
    except OSError as exc:
        raise _Unreadable(f"{visible(name)}: cannot be written: {exc.strerror or exc}") from None


def _convention(target: Dossier | Convention) -> Convention:
    return target.convention if isinstance(target, Dossier) else target


def _language(requested: str | None, convention: Convention) -> str:
    """The language asked for, else the convention's own when the library speaks it."""
    if requested is not None:
        return resolve_language(requested)
    try:
        return resolve_language(convention.language)
    except UnsupportedLanguageError:
        return "fr"


def _text_report(name: str, target: Dossier | Convention, report: Report, colour: bool) -> str:
    language = report.language

    def paint(severity: Severity, text: str) -> str:
        return f"\x1b[{_COLOURS[severity]}m{text}\x1b[0m" if colour else text

    verdict = translate("cli.complete" if report.is_complete else "cli.incomplete", language)
    separator = translate("summary.separator", language)
    lines = [
        f"{visible(name)}{separator}{visible(_convention(target).name)}",
        f"{translate('cli.profile', language)}{separator}{report.profile} · {verdict}",
    ]
    for step, findings in report.by_step.items():
        lines += ["", f"{step.label(language)} ({len(findings)})"]
        for finding in findings:
            label = paint(finding.severity, finding.severity.label(language))
            lines.append(f"  {label} {finding.code} {visible(finding.path)}")
            lines.append(f"    {visible(finding.message)}")
            lines.append(f"    → {visible(finding.hint)}")
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
    # https://no-color.org: an empty NO_COLOR asks for nothing.
    colour = stdout.isatty() and not os.environ.get("NO_COLOR")
    status = EXIT_COMPLETE
    documents: list[dict[str, object]] = []
    shown = 0
    for name in args.files:
        # One unreadable file does not stop the others: it is said, and the status is 2.
        try:
            target = _read(name, stdin)
        except _Unreadable as problem:
            print(f"{_PROG}: {problem}", file=stderr)
            documents.append(
                {
                    "file": name,
                    "error": str(problem).splitlines()[0],
                    "problems": [
                        {"path": p.path, "message": p.message, "value": preview(p.value)}
                        if p.value is not ABSENT
                        else {"path": p.path, "message": p.message}
                        for p in problem.problems
                    ],
                }
            )
            status = EXIT_UNREADABLE
            continue
        report = validate(target, profile=args.profile, today=args.today, language=language)
        if not report.is_complete and status == EXIT_COMPLETE:
            status = EXIT_INCOMPLETE
        if args.format == "json":
            documents.append({"file": name, **report.to_dict()})
        else:
            print(
                ("\n" if shown else "") + _text_report(name, target, report, colour), file=stdout
            )
            shown += 1
    if args.format == "json":
        print(json.dumps(documents, ensure_ascii=False, indent=2), file=stdout)
    return status


def _emit(text: str, output: str | None, language: str, stdout: TextIO) -> None:
    """``text`` on standard output, or written to ``output`` and said so."""
    text = text if text.endswith("\n") else f"{text}\n"
    if output is None:
        stdout.write(text)
        return
    _write(output, text)
    print(f"{translate('cli.written', language)}{translate('summary.separator', language)}"
          f"{output}", file=stdout)  # fmt: skip


def _refuse_existing(output: str | None, command: str) -> None:
    """Refuse to write over a file that is there, before anything is read or written; a
    device or a pipe (-o /dev/stdout) is written through, a folder refused by _write."""
    if output is not None and os.path.isfile(output):
        raise _Unreadable(
            f"{visible(output)}: already exists; {command} does not overwrite a file "
            "unless told to (--force)"
        )


def _render(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    """render and calendar: the convention as Markdown, or its dates as iCalendar bytes."""
    requested = None if args.lang is None else resolve_language(args.lang)
    output = None if args.command == "calendar" and args.output == "-" else args.output
    if not args.force:
        _refuse_existing(output, args.command)
    target = _read(args.file, stdin)
    language = _language(requested, _convention(target))
    if args.command == "render":
        _emit(render_markdown(target, language=language), output, language, stdout)
    elif output is None and hasattr(stdout, "buffer"):  # the bytes as they are, CRLF and all
        stdout.buffer.write(to_ical(target, language=language))
        stdout.buffer.flush()
    else:  # a file, or an output that takes text only (a test's)
        _emit(to_ical(target, language=language).decode("utf-8"), output, language, stdout)
    return EXIT_COMPLETE


def _classify(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    requested = None if args.lang is None else resolve_language(args.lang)
    convention = _convention(_read(args.file, stdin))
    language = _language(requested, convention)
    separator = translate("summary.separator", language)
    result = classify(convention)
    found = (
        translate("cli.undecided", language)
        if result.form is None
        else result.form.label(language)
    )
    declared = (
        translate("summary.none", language)
        if convention.form is None
        else convention.form.label(language)
    )
    names = Context(convention, None, None).partner_names
    lines = [
        f"{visible(args.file)}{separator}{visible(convention.name)}",
        f"{translate('cli.form', language)}{separator}{found}",
        *(f"  - {visible(reason)}" for reason in result.explain(language, names)),
        f"{translate('summary.form', language)}{separator}{declared}",
    ]
    print("\n".join(lines), file=stdout)
    return EXIT_COMPLETE


def _tally(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    requested = None if args.lang is None else resolve_language(args.lang)
    target = _read(args.file, stdin)
    if not isinstance(target, Dossier):
        raise _Unreadable(
            f"{visible(args.file)}: a convention alone holds no minutes; tally reads a dossier"
        )
    language = _language(requested, target.convention)
    records = target.minutes
    if args.decision is not None:
        records = tuple(record for record in records if record.id == args.decision)
        if not records:
            known = ", ".join(visible(record.id) for record in target.minutes) or "none"
            raise _Unreadable(
                f"{visible(args.file)}: no decision {visible(args.decision)!r} in the minutes "
                f"(decisions: {known})"
            )
    separator = translate("summary.separator", language)
    names = Context(target.convention, target, None).partner_names
    lines = [f"{visible(args.file)}{separator}{visible(target.convention.name)}"]
    if not records:
        lines.append(f"  {translate('cli.no-minutes', language)}")
    disagreements = 0
    for record in records:
        lines.append(f"{visible(record.id)} · {record.date.isoformat()} · {visible(record.title)}")
        try:
            found = tally(record, target)
        except InvalidValueError:
            lines.append(f"  {translate('cli.no-rule', language)}")
            continue
        declared = (
            translate("summary.none", language)
            if record.outcome is None
            else record.outcome.label(language)
        )
        agrees = record.outcome is None or found.agrees_with(record.outcome)
        disagreements += not agrees
        verdict = "" if agrees else f" — {translate('cli.disagrees', language)}"
        lines.append(
            f"  {translate('cli.declared', language)}{separator}{declared}; "
            f"{translate('cli.tally', language)}{separator}{found.outcome.label(language)}"
            f"{verdict}"
        )
        lines.append(f"  {visible(found.explain(language, names))}")
        lines.extend(
            f"  {translate('cli.set-aside', language)}{separator}"
            f"{visible(names.get(aside.partner, aside.partner))} ({aside.reason.label(language)})"
            for aside in found.set_aside
        )
    print("\n".join(lines), file=stdout)
    return EXIT_INCOMPLETE if disagreements else EXIT_COMPLETE


def _schema(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    schema = json_schema(Dossier if args.type == "dossier" else Convention)
    print(json.dumps(schema, ensure_ascii=False, indent=2), file=stdout)
    return EXIT_COMPLETE


def _new(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    language = resolve_language(args.lang)
    dossier = starting_dossier(Form(args.form), language=args.lang, name=args.name)
    text = to_json(dossier, pretty=True)
    if args.output is not None and os.path.lexists(args.output):
        raise _Unreadable(f"{visible(args.output)}: already exists; new does not overwrite a file")
    _emit(text, args.output, language, stdout)
    if args.output is not None:
        form = Form(args.form)
        command = [
            _PROG,
            "check",
            args.output,
            *(["--profile", "collaboration"] if form is Form.COLLABORATION else []),
            *(["--lang", language] if language != "fr" else []),
        ]
        print(f"{translate('cli.next', language)}{translate('summary.separator', language)}"
              f"{shlex.join(command)}", file=stdout)  # fmt: skip
    return EXIT_COMPLETE


_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO, TextIO], int]] = {
    "check": _check,
    "render": _render,
    "calendar": _render,
    "classify": _classify,
    "tally": _tally,
    "schema": _schema,
    "new": _new,
}


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
    except SystemExit as exit_:  # argparse has said what is wrong, or printed the help
        return int(exit_.code or 0) and EXIT_UNREADABLE
    try:
        return _COMMANDS[args.command](args, out, err, into)
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        if out is sys.stdout:  # keep the interpreter from failing to flush it at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_CLOSED_PIPE
    except _Unreadable as problem:
        print(f"{_PROG}: {problem}", file=err)
        return EXIT_UNREADABLE
    except PartnershipModelError as error:  # an unknown language or profile
        print(f"{_PROG}: {error}", file=err)
        return EXIT_UNREADABLE
    except Exception as bug:  # a bug: one line, and a way to report it
        print(f"{_PROG}: internal error, please report it: {bug!r}", file=err)
        return EXIT_BUG


def main_exit() -> None:
    """The console script: run :func:`main` and exit with its status."""
    for stream in (sys.stdout, sys.stderr):
        # A terminal or pipe that cannot show a character gets an escape, not a crash.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    sys.exit(main())
