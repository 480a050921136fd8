"""The command line: ``partnership-model COMMAND`` (also ``python -m partnership_model``).

``check`` says what dossiers still lack, step by step; ``render`` writes a convention as
Markdown, ``calendar`` its dates as iCalendar; ``classify`` tells partnership from
collaboration; ``match`` finds who in the network could meet what nobody covers;
``schema`` prints the JSON Schema; ``new`` writes a starting dossier. The
only part of the library that reads files, prints, or looks at the environment. Exit
status: 0 on success (for ``check``, every file complete), 1 when an error finding
remains, 2 when a file cannot be read or written or the command is wrong. It never ends
in a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import shlex
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

import partnership_model
from partnership_model._catalogue import CATALOGUE
from partnership_model._cli_files import (
    Refused,
    Unreadable,
    convention_of,
    emit,
    language_for,
    print_json,
    read,
    read_directory,
    refuse_existing,
)
from partnership_model._cli_language import argparse_speaking, speaking
from partnership_model._cli_parser import (
    EXIT_BUG,
    EXIT_CLOSED_PIPE,
    EXIT_COMPLETE,
    EXIT_INCOMPLETE,
    EXIT_UNREADABLE,
    PROG,
    command_line,
)
from partnership_model.convention import Convention, Form
from partnership_model.dossier import Dossier
from partnership_model.errors import (
    InvalidValueError,
    MissingExtraError,
    PartnershipModelError,
    UnsupportedLanguageError,
)
from partnership_model.i18n import resolve_language, translate
from partnership_model.network import Directory
from partnership_model.serialization import (
    ABSENT,
    Problem,
    json_schema,
    preview,
    schema_path,
    to_json,
)
from partnership_model.text import visible
from partnership_model.validation import Context, Report, Severity, profiles, validate

__all__ = ["EXIT_CLOSED_PIPE", "main", "main_exit"]

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _text_report(name: str, target: Dossier | Convention, report: Report, colour: bool) -> str:
    language = report.language

    def paint(severity: Severity, text: str) -> str:
        return f"\x1b[{_COLOURS[severity]}m{text}\x1b[0m" if colour else text

    verdict = translate("cli.complete" if report.is_complete else "cli.incomplete", language)
    separator = translate("summary.separator", language)
    lines = [
        f"{visible(name)}{separator}{visible(convention_of(target).name)}",
        f"{translate('cli.profile', language)}{separator}{report.profile} · {verdict}",
    ]
    # In the order to act: the errors first, each severity under its heading.
    counted = report.counts
    severity = None
    for finding in report.in_order:
        if finding.severity is not severity:
            severity = finding.severity
            heading = translate(f"report.severity-{severity.value}", language)
            lines += ["", paint(severity, f"{heading} ({counted[severity]})")]
        step = paint(severity, finding.step.label(language))
        lines.append(f"  {step} · {visible(finding.place)}")
        lines.append(f"    {finding.code} · {visible(finding.path)}")
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
        raise Refused(
            "cli.unknown-profile", profile=visible(args.profile), profiles=", ".join(profiles())
        )
    # https://no-color.org: an empty NO_COLOR asks for nothing.
    colour = stdout.isatty() and not os.environ.get("NO_COLOR")
    status = EXIT_COMPLETE
    documents: list[dict[str, object]] = []
    shown = 0
    for name in args.files:
        # One unreadable file does not stop the others: it is said, and the status is 2.
        try:
            target = read(name, stdin)
        except Unreadable as problem:
            said = problem.said(language)
            print(f"{PROG}: {said}", file=stderr)
            if args.format == "json":  # every problem, said for the JSON report only
                documents.append(
                    {
                        "file": name,
                        "error": said.splitlines()[0],
                        "problems": [_problem_data(p, language) for p in problem.problems],
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
        print_json(documents, stdout)
    return status


def _problem_data(problem: Problem, language: str) -> dict[str, object]:
    """A reading problem in the JSON report: where, what in ``language``, and the value
    found, when there is one."""
    data: dict[str, object] = {
        "path": problem.path,
        "place": problem.place_in(language),
        "message": problem.message_in(language),
    }
    if problem.value is not ABSENT:
        data["value"] = preview(problem.value)
    return data


def _render(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    """render and calendar: the convention as Markdown, or its dates as iCalendar bytes."""
    requested = None if args.lang is None else resolve_language(args.lang)
    output = None if args.command == "calendar" and args.output == "-" else args.output
    if not args.force:
        refuse_existing(output, args.command)
    target = read(args.file, stdin)
    language = language_for(requested, convention_of(target))
    if args.command == "render":
        _render_document(args, target, language, stdout)
    elif output is None and hasattr(stdout, "buffer"):  # the bytes as they are, CRLF and all
        stdout.buffer.write(partnership_model.to_ical(target, language=language))
        stdout.buffer.flush()
    else:  # a file, or an output that takes text only (a test's)
        emit(
            partnership_model.to_ical(target, language=language).decode("utf-8"),
            output,
            language,
            stdout,
        )
    return EXIT_COMPLETE


_ENGINES = {"weasyprint": "WeasyPrint", "chromium": "Chromium"}
"""The engines that print a PDF, by the names their makers give them."""


def _render_document(
    args: argparse.Namespace, target: Dossier | Convention, language: str, stdout: TextIO
) -> None:
    """The agreement to sign, as Markdown, HTML or PDF; or, with --sheet, the data sheet."""
    output = args.output
    if args.sheet:
        if args.format != "markdown" or args.template is not None:
            raise Refused("cli.sheet-markdown-only")
        document = partnership_model.render_markdown(target, language=language, today=args.today)
        emit(document, output, language, stdout)
        return
    if args.today is not None:
        raise Refused("cli.today-with-sheet")
    if args.format == "pdf":
        if output is None:
            raise Refused("cli.pdf-to-file")
        engine = partnership_model.print_agreement(
            target, output, language=args.lang, template=args.template, engine=args.engine
        )
        said = translate("cli.printed", language, engine=_ENGINES.get(engine, engine))
        separator = translate("summary.separator", language)
        print(f"{said}{separator}{visible(output)}", file=stdout)
        return
    text = partnership_model.render_agreement(
        target, language=args.lang, format=args.format, template=args.template
    )
    emit(text, output, language, stdout)


def _classify(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    requested = None if args.lang is None else resolve_language(args.lang)
    convention = convention_of(read(args.file, stdin))
    language = language_for(requested, convention)
    separator = translate("summary.separator", language)
    result = partnership_model.classify(convention)
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


def _dossier_in_language(
    args: argparse.Namespace, stdin: TextIO, lacks: str
) -> tuple[Dossier, str]:
    """The dossier FILE holds, and the language to answer in; a convention alone is
    refused, since it ``lacks`` what the command reads (``minutes``, ``amendments``)."""
    requested = None if args.lang is None else resolve_language(args.lang)
    target = read(args.file, stdin)
    if not isinstance(target, Dossier):
        raise Refused(f"cli.alone-{lacks}", args.file, command=args.command)
    return target, language_for(requested, target.convention)


def _tally(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    target, language = _dossier_in_language(args, stdin, "minutes")
    records = target.minutes
    if args.decision is not None:
        records = tuple(record for record in records if record.id == args.decision)
        if not records:
            known = ", ".join(visible(record.id) for record in target.minutes) or "—"
            raise Refused(
                "cli.no-such-decision", args.file, decision=visible(args.decision), known=known
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
            found = partnership_model.tally(record, target)
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


def _agenda(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    requested = None if args.lang is None else resolve_language(args.lang)
    target = read(args.file, stdin)
    convention = convention_of(target)
    language = language_for(requested, convention)
    start = dt.date.today() if args.start is None else args.start
    found = partnership_model.agenda(target, on=start, days=7 * args.weeks)
    if args.format == "json":
        document = {"file": args.file, "convention": convention.name, **found.to_dict()}
        print_json(document, stdout)
        return EXIT_INCOMPLETE if found.overdue else EXIT_COMPLETE
    separator = translate("summary.separator", language)
    names = Context(convention, None, None).partner_names
    lines = [f"{visible(args.file)}{separator}{visible(convention.name)}"]
    wanted = (
        (translate("agenda.due", language, start=start, end=found.until), found.due),
        (translate("agenda.overdue", language, day=start), found.overdue),
    )
    for title, occurrences in wanted:
        lines.append(f"{title}{separator.rstrip()}")
        if not occurrences:
            lines.append(f"  {translate('agenda.nothing', language)}")
        for occurrence in occurrences:
            first, last = occurrence.start, occurrence.end
            days = f"{first}" if first == last else f"{first} → {last}"
            what = occurrence.title or occurrence.item
            said = [days, occurrence.kind.label(language), visible(what)]
            if occurrence.owner is not None:
                said.append(visible(names.get(occurrence.owner, occurrence.owner)))
            lines.append("  " + " · ".join(said))
    print("\n".join(lines), file=stdout)
    return EXIT_INCOMPLETE if found.overdue else EXIT_COMPLETE


def _match(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    requested = None if args.lang is None else resolve_language(args.lang)
    if args.file == "-" and args.directory == "-":
        raise Refused("cli.stdin-twice", "-")
    target = read(args.file, stdin)
    convention = convention_of(target)
    if args.directory is not None:
        directory = read_directory(args.directory, stdin)
    elif isinstance(target, Dossier):
        directory = target.directory
    else:
        raise Refused("cli.alone-directory", args.file)
    language = language_for(requested, convention)
    found = partnership_model.match_needs(convention, directory)
    if args.format == "json":
        document = {
            "file": args.file,
            "convention": convention.name,
            "directory": args.directory,
            "unmet": [unmet.to_dict() for unmet in found],
        }
        print_json(document, stdout)
        return EXIT_COMPLETE
    separator = translate("summary.separator", language)
    names = Context(convention, None, None).partner_names
    whose = (
        translate("cli.own-directory", language)
        if args.directory is None
        else visible(args.directory)
    )
    counted = translate("cli.directory", language, count=len(directory.structures))
    lines = [
        f"{visible(args.file)}{separator}{visible(convention.name)}",
        f"{counted}{separator}{whose}",
    ]
    if not found:
        lines += ["", translate("cli.nothing-lacks", language)]
    for unmet in found:
        said = unmet.explain(language, names)
        lines += ["", visible(said[0]), *(f"  {visible(line)}" for line in said[1:])]
    print("\n".join(lines), file=stdout)
    return EXIT_COMPLETE


def _schema(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    documents: dict[str, type] = {
        "dossier": Dossier,
        "convention": Convention,
        "directory": Directory,
    }
    if args.path:
        print(visible(str(schema_path(documents[args.type]))), file=stdout)
        return EXIT_COMPLETE
    schema = json_schema(documents[args.type])
    print_json(schema, stdout)
    return EXIT_COMPLETE


def _diff(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    requested = None if args.lang is None else resolve_language(args.lang)
    old, new = read(args.old, stdin), read(args.new, stdin)
    language = language_for(requested, convention_of(new))
    found = partnership_model.diff(old, new)
    if args.format == "json":
        document = {"old": args.old, "new": args.new, **found.to_dict()}
        print_json(document, stdout)
    else:
        separator = translate("summary.separator", language)
        lines = [f"{visible(args.old)} → {visible(args.new)}"]
        for step, changes in found.by_step().items():
            lines.append(f"{step.label(language)}{separator.rstrip()}")
            lines.extend(
                f"  {visible(change.explain(language, found.names, found.units))}"
                for change in changes
            )
        if found.is_empty:
            lines.append(f"  {translate('cli.same-text', language)}")
        print("\n".join(lines), file=stdout)
    return EXIT_COMPLETE if found.is_empty else EXIT_INCOMPLETE


def _history(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    target, language = _dossier_in_language(args, stdin, "amendments")
    separator = translate("summary.separator", language)
    lines = [f"{visible(args.file)}{separator}{visible(target.convention.name)}"]
    for version in partnership_model.history(target):
        amendment = version.amendment
        if amendment is None:
            day = version.effective_from
            lines.append(translate("cli.first-version", language, day=day or "…"))
            continue
        lines.append(
            translate(
                "cli.version",
                language,
                number=version.number,
                id=visible(amendment.id),
                day=amendment.effective_from,
                adopted=amendment.adopted_on or "…",
                decision=visible(amendment.decision or "…"),
            )
        )
        lines.append(f"  {translate('cli.rationale', language)}{separator}"
                     f"{visible(amendment.rationale)}")  # fmt: skip
        sentences = version.changes.explain(language)
        lines.extend(f"  - {visible(sentence)}" for sentence in sentences)
        if not sentences:
            lines.append(f"  - {translate('cli.same-text', language)}")
    print("\n".join(lines), file=stdout)
    return EXIT_COMPLETE


def _new(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    language = resolve_language(args.lang)
    dossier = partnership_model.starting_dossier(
        Form(args.form), language=args.lang, name=args.name
    )
    # The schema shipped with the library, for an editor to complete the file as it is typed.
    text = to_json(dossier, pretty=True, schema=schema_path(Dossier).as_uri())
    if args.output is not None and os.path.lexists(args.output):
        raise Refused("cli.exists", args.output, command="new")
    emit(text, args.output, language, stdout)
    if args.output is not None:
        form = Form(args.form)
        command = [
            PROG,
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
    "agenda": _agenda,
    "diff": _diff,
    "history": _history,
    "match": _match,
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
    """Run the command line with ``argv`` and return its exit status; it speaks the
    language of ``--lang``, else the locale's, else French."""
    out, err, into = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    argv = sys.argv[1:] if argv is None else argv
    language = speaking(argv, os.environ)
    try:
        with argparse_speaking(language):
            args = command_line(language).parse_args(argv)
    except SystemExit as exit_:  # argparse has said what is wrong, or printed the help
        return int(exit_.code or 0) and EXIT_UNREADABLE
    try:
        return _COMMANDS[args.command](args, out, err, into)
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        if out is sys.stdout:  # keep the interpreter from failing to flush it at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_CLOSED_PIPE
    except Unreadable as problem:
        print(f"{PROG}: {problem.said(language)}", file=err)
        return EXIT_UNREADABLE
    except PartnershipModelError as error:  # an unknown language, no printer
        print(f"{PROG}: {_error_said(error, language)}", file=err)
        return EXIT_UNREADABLE
    except Exception as bug:  # a bug: one line, and a way to report it
        print(f"{PROG}: {translate('cli.bug', language, bug=repr(bug))}", file=err)
        return EXIT_BUG


def _error_said(error: PartnershipModelError, language: str) -> str:
    """A library error in ``language`` when its attributes say it all, else as it is."""
    if isinstance(error, UnsupportedLanguageError):
        return translate(
            "cli.unsupported-language",
            language,
            language=visible(str(error.language)),
            languages=", ".join(error.supported),
        )
    if isinstance(error, MissingExtraError) and f"cli.extra-{error.extra}" in CATALOGUE:
        feature = translate(f"cli.extra-{error.extra}", language)
        return translate("cli.missing-extra", language, feature=feature, extra=error.extra)
    return visible(str(error))


def main_exit() -> None:
    """The console script: run :func:`main` and exit with its status."""
    for stream in (sys.stdout, sys.stderr):
        # A terminal or pipe that cannot show a character gets an escape, not a crash.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    sys.exit(main())
