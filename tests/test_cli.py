"""The command line, driven as a user drives it: a subprocess, then in-process for every
branch. Eleven commands: check, render, calendar, classify, tally, agenda, diff, history,
match, schema and new. Exit status 0 on success (for check: complete; for diff: the same
text), 1 when an error remains (or the texts differ), 2 when a file cannot be read or
written or the command is wrong; one clear line, never a traceback."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import resource
import subprocess
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import attrs
import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from partnership_model import (
    Choice,
    Convention,
    DecisionRecord,
    Directory,
    Dossier,
    Form,
    NeedCategory,
    Offer,
    Partner,
    Period,
    Proxy,
    Step,
    Structure,
    Timeline,
    from_json,
    starting_dossier,
    to_ical,
    to_json,
    validate,
)
from partnership_model._cli_files import SHOWN_PROBLEMS, print_json
from partnership_model._words import words
from partnership_model.agreement import render_agreement
from partnership_model.cli import EXIT_CLOSED_PIPE, main, main_exit
from partnership_model.render import render_markdown
from partnership_model.serialization import ABSENT, Problem, SerializationError, schema_path
from partnership_model.testing import strategies as pms
from partnership_model.text import visible
from tests.support import command_environment

EXAMPLES = Path(__file__).parent.parent / "examples"
COMPLETE = EXAMPLES / "brussels-partnership.json"
DRAFT = EXAMPLES / "draft.json"
NETWORK = EXAMPLES / "brussels-network.json"
DAY = dt.date(2027, 3, 2)


BOUND = 60
"""Seconds a command may take before a test calls it unbounded: tens of times what the
commands take on hostile documents, so that only work that does not end is caught."""

MEMORY_BOUND = 2 * 1024**3
"""Bytes of address space a command may use: many times what it needs, and a fraction
of what rendering a number a billion digits long once took."""


def bounded_memory() -> None:
    """In the command's process, before it starts: at most :data:`MEMORY_BOUND`."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BOUND, MEMORY_BOUND))


def run(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603  # our own interpreter and module
        [sys.executable, "-m", "partnership_model", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env=command_environment(**(env or {})),
        timeout=BOUND,
        preexec_fn=bounded_memory,  # the tests start no threads, so preexec_fn is safe
    )


class Terminal(io.StringIO):
    """An output that says it is a terminal, as a user's shell is."""

    def isatty(self) -> bool:
        return True


def in_process(
    *args: str, stdout: io.StringIO | None = None, stdin: str = ""
) -> tuple[int, str, str]:
    out, err = stdout or io.StringIO(), io.StringIO()
    status = main(list(args), stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return status, out.getvalue(), err.getvalue()


def test_the_complete_example_passes_with_status_0() -> None:
    result = run("check", str(COMPLETE), "--lang", "en")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Paniers et fourneaux de Laeken" in result.stdout
    assert "complete" in result.stdout
    assert result.stderr == ""


def test_the_report_speaks_french_by_default_and_dutch_on_request() -> None:
    assert "Profil\u00a0: methodology" in run("check", str(COMPLETE)).stdout
    assert "Profiel: methodology" in run("check", str(COMPLETE), "--lang", "nl").stdout


def test_the_json_report_is_one_json_document_per_run() -> None:
    result = run("check", str(COMPLETE), str(COMPLETE), "--format", "json")
    reports = json.loads(result.stdout)
    assert [report["file"] for report in reports] == [str(COMPLETE), str(COMPLETE)]
    assert all(report["is_complete"] for report in reports)


def test_standard_input_is_read_with_a_dash() -> None:
    result = run("check", "-", "--lang", "en", stdin=COMPLETE.read_text(encoding="utf-8"))
    assert result.returncode == 0
    assert result.stdout.startswith("-: Paniers et fourneaux de Laeken")


def test_a_convention_document_is_checked_as_well_as_a_dossier(tmp_path: Path) -> None:
    document = tmp_path / "convention.json"
    document.write_text(to_json(Convention(name="Repair café")), encoding="utf-8")
    status, out, _ = in_process("check", str(document), "--lang", "en")
    assert "Repair café" in out
    assert status in (0, 1)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "pas de l'UTF-8"),
        (b"{not json", "JSON non valide"),
        (b'{"format": "partnership-model", "version": "9.9", "type": "dossier"}', "$.version"),
        (
            b'{"format": "partnership-model", "version": "1.0", "type": "partner", "id": "p"}',
            "$.type",
        ),
    ],
    ids=["binary", "invalid-json", "wrong-version", "wrong-type"],
)
def test_a_file_that_cannot_be_read_gets_one_clear_line_and_status_2(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    document = tmp_path / "document.json"
    document.write_bytes(content)
    result = run("check", str(document))
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"partnership-model: {document}: ")


def test_a_wrong_convention_inside_a_convention_document_lists_its_problems(
    tmp_path: Path,
) -> None:
    document = tmp_path / "convention.json"
    text = to_json(Convention(name="x")).replace('"language":"fr"', '"language":"french"')
    document.write_text(text, encoding="utf-8")
    status, _, err = in_process("check", str(document))
    assert status == 2
    assert "$.language" in err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["check", "/no/such/file.json"], "/no/such/file.json: n'existe pas"),
        (["check", "."], ".: est un répertoire, pas un fichier"),
        (
            ["check", str(COMPLETE), "--profile", "strict"],
            "profil inconnu «\u00a0strict\u00a0»\u00a0; les profils sont methodology,",
        ),
        (
            ["check", str(COMPLETE), "--lang", "de"],
            "la langue «\u00a0de\u00a0» n'est pas prise en charge\u00a0; choisissez parmi "
            "fr, en, nl",
        ),
    ],
    ids=["missing", "directory", "profile", "language"],
)
def test_a_wrong_request_gets_one_clear_line_and_status_2(args: list[str], expected: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], "partnership-model: il manque\u00a0: COMMANDE (voir partnership-model --help)"),
        (["frobnicate"], "partnership-model: COMMANDE\u00a0: choix inconnu\u00a0: 'frobnicate'"),
        (["check"], "partnership-model check: il manque\u00a0: FICHIER"),
        (
            ["check", "x", "--today", "2027-1-2"],
            "--today\u00a0: «\u00a02027-1-2\u00a0» n'est pas une date\u00a0: une date "
            "s'écrit AAAA-MM-JJ, par exemple 2026-09-01",
        ),
        (["schema", "--type", "partner"], "--type\u00a0: choix inconnu\u00a0: 'partner'"),
        (["new", "--form", "consortium"], "--form\u00a0: choix inconnu\u00a0: 'consortium'"),
    ],
    ids=["no-command", "unknown-command", "no-file", "bad-date", "unknown-type", "unknown-form"],
)
def test_a_wrong_command_line_gets_one_line_pointing_to_the_help_and_status_2(
    args: list[str], expected: str
) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert expected in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stderr.rstrip().endswith("--help)")


def test_the_help_lists_every_command_with_one_line_each() -> None:
    result = run("--help", "--lang", "en")
    assert result.returncode == 0
    for command, line in [
        ("check", "validate dossiers or conventions written as JSON"),
        ("render", "write the agreement to sign: Markdown, HTML or PDF"),
        ("calendar", "write the dated plan as an iCalendar file"),
        ("classify", "tell whether a convention is a partnership or a collaboration"),
        ("match", "who in the network could meet the needs and roles nobody covers"),
        ("schema", "print the JSON Schema of the documents"),
        ("new", "write a starting dossier to fill in"),
    ]:
        assert f"    {command:<10}{line}\n" in result.stdout


@pytest.mark.parametrize(
    "command",
    ["check", "render", "calendar", "classify", "tally", "agenda", "match", "schema", "new"],
)
def test_every_command_has_its_own_help(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"utilisation\u00a0: partnership-model {command} ")


def test_the_version_ends_with_status_0() -> None:
    assert "Code de sortie" in " ".join(run("check", "--help").stdout.split())
    version = run("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("partnership-model ")


def test_the_draft_exits_1_with_findings_in_each_step_of_the_methodology() -> None:
    result = run("check", str(DRAFT), "--lang", "en")
    assert result.returncode == 1
    for step in ("DEFINE", "CLARIFY", "PLAN", "EVALUATE"):
        assert f"\n  {step} · " in result.stdout
    assert "Step to finish: DEFINE" in result.stdout


def test_date_rules_run_with_today() -> None:
    status, out, _ = in_process("check", str(COMPLETE), "--today", "2028-01-15", "--lang", "en")
    assert status == 0  # the overdue steps and missed evaluations are warnings
    assert "plan.steps.overdue" in out


def test_the_text_report_lists_the_findings_in_the_order_to_act_each_with_its_place() -> None:
    status, out, _ = in_process("check", str(DRAFT), "--lang", "en")
    report = validate(from_json(DRAFT.read_text(encoding="utf-8"), Dossier), language="en")
    assert status == 1
    lines = out.splitlines()
    headings = [line for line in lines if line.startswith(("Errors", "Warnings", "Information"))]
    assert headings == ["Errors (12)", "Warnings (13)", "Information (2)"]
    first, *_ = report.in_order
    at = lines.index("Errors (12)")
    assert lines[at + 1 : at + 5] == [
        "  DEFINE · objective 1 'Aider les enfants à réussir leur année'",
        "    define.objectives.no-measurable-indicator · $.convention.objectives[0]",
        f"    {first.message}",
        f"    → {first.hint}",
    ]
    codes = [
        line.split(" · ")[0].strip()
        for line in lines
        if line.startswith("    ") and " · $" in line
    ]
    assert codes == [finding.code for finding in report.in_order]
    assert lines[-2:] == [
        "Total: error: 12 · warning: 13 · information: 2",
        "Step to finish: DEFINE",
    ]


def test_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    _, plain, _ = in_process("check", str(DRAFT))
    _, painted, _ = in_process("check", str(DRAFT), stdout=Terminal())
    monkeypatch.setenv("NO_COLOR", "1")
    _, asked_plain, _ = in_process("check", str(DRAFT), stdout=Terminal())
    assert "\x1b[31m" in painted  # errors in red
    assert "\x1b[" not in plain
    assert "\x1b[" not in asked_plain


def test_a_bug_is_reported_in_one_line_with_status_70(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("partnership_model.cli.validate", broken)
    status, _, err = in_process("check", str(COMPLETE))
    assert status == 70
    assert err == (
        "partnership-model: erreur interne, merci de la signaler\u00a0: RuntimeError('boom')\n"
    )


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError


@pytest.mark.parametrize("command", ["check", "render", "calendar", "classify"])
def test_an_output_closed_by_its_reader_ends_quietly_in_process(command: str) -> None:
    # 141 is what a shell reports for a writer stopped by SIGPIPE; never 1, which would
    # say that the check found an error in a complete convention.
    status, _, err = in_process(command, str(COMPLETE), stdout=ClosedPipe())
    assert status == EXIT_CLOSED_PIPE == 141
    assert err == ""


def test_a_closed_output_ends_quietly() -> None:
    reader = subprocess.Popen(  # noqa: S603  # our own interpreter and module
        [sys.executable, "-m", "partnership_model", "check", str(COMPLETE), str(COMPLETE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=command_environment(),
    )
    assert reader.stdout is not None
    reader.stdout.close()
    _, err = reader.communicate()
    assert b"Traceback" not in err
    assert reader.returncode in (0, EXIT_CLOSED_PIPE)


def test_one_unreadable_file_does_not_stop_the_others() -> None:
    result = run("check", "/no/such/file.json", str(COMPLETE), "--lang", "en")
    assert result.returncode == 2
    assert "Paniers et fourneaux de Laeken" in result.stdout
    assert "/no/such/file.json: does not exist" in result.stderr


def test_the_json_report_keeps_the_files_read_and_names_the_others() -> None:
    status, out, err = in_process("check", str(COMPLETE), "/no/such/file.json", "--format", "json")
    reports = json.loads(out)
    assert status == 2
    assert reports[0]["is_complete"] is True
    assert reports[1]["file"] == "/no/such/file.json"
    assert reports[1]["error"] == "/no/such/file.json: n'existe pas"
    assert "/no/such/file.json: n'existe pas" in err


def test_bytes_that_are_not_utf8_on_standard_input_are_refused_with_status_2() -> None:
    result = subprocess.run(  # our own interpreter and module
        [sys.executable, "-m", "partnership_model", "check", "-"],
        input=b"\xff{}",
        capture_output=True,
        check=False,
        env=command_environment(PYTHONIOENCODING="utf-8:strict"),
    )
    assert result.returncode == 2
    assert b"pas de l'UTF-8" in result.stderr


def test_an_output_that_cannot_show_accents_gets_escapes_not_a_crash() -> None:
    result = run("check", str(COMPLETE), env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0
    assert "compl\\xe8te" in result.stdout


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_before_it_is_read() -> None:
    result = run("check", "/dev/zero")
    assert result.returncode == 2
    assert "/dev/zero: n'est pas un fichier ordinaire" in result.stderr


def test_an_endless_input_is_read_only_up_to_the_size_limit() -> None:
    endless = subprocess.Popen(
        [sys.executable, "-c", "import sys\nwhile True: sys.stdout.buffer.write(b'0' * 65536)"],
        stdout=subprocess.PIPE,
    )
    try:
        result = subprocess.run(
            [sys.executable, "-m", "partnership_model", "check", "-"],
            stdin=endless.stdout,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
            env=command_environment(),
        )
    finally:
        endless.kill()
        endless.wait()
        assert endless.stdout is not None
        endless.stdout.close()
    assert result.returncode == 2
    assert "dépasse la limite" in result.stderr


def test_the_console_script_exits_with_the_status_of_the_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = io.StringIO()  # not a terminal's text wrapper: it is left as it is
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "argv", ["partnership-model", "check", str(DRAFT)])
    with pytest.raises(SystemExit) as exit_:
        main_exit()
    assert exit_.value.code == 1
    assert "Devoirs ensemble" in out.getvalue()


# --- check: what a file says, how it is shown


def test_every_problem_of_an_unreadable_document_is_shown_on_its_own_line(
    tmp_path: Path,
) -> None:
    convention = Convention(name="Repair café", partners=(Partner(id="a", name="Atelier"),))
    text = (
        to_json(Dossier(convention=convention))
        .replace('"language":"fr"', '"language":"french"')
        .replace('"kind":"association"', '"kind":"club"')
        .replace('"minutes":[]', '"minutes":{}')
    )
    document = tmp_path / "dossier.json"
    document.write_text(text, encoding="utf-8")
    result = run("check", str(document))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"partnership-model: {document}: 3 problèmes dans le document\u00a0:",
        "  partenaire 1 «\u00a0Atelier\u00a0» › type · $.convention.partners[0].kind",
        '    attendu\u00a0: l\'un des codes "association", "public_authority" (pouvoir '
        'public), "institution", "company" (entreprise), "informal_group" (groupe informel), '
        '"network" (réseau), "other" (autre) (valeur\u00a0: "club")',
        "  langue · $.convention.language",
        "    attendu\u00a0: une étiquette de langue BCP 47, comme «\u00a0fr\u00a0» ou "
        '«\u00a0nl-BE\u00a0» (valeur\u00a0: "french")',
        "  procès-verbaux · $.minutes",
        "    attendu\u00a0: une liste entre crochets [ ] (valeur\u00a0: {})",
    ]


def test_the_reports_of_several_files_are_set_apart_by_a_blank_line() -> None:
    status, out, _ = in_process("check", str(COMPLETE), str(DRAFT), "--lang", "en")
    assert status == 1
    assert f"\n\n{DRAFT}: Devoirs ensemble à Saint-Gilles\n" in out


def test_an_empty_no_color_does_not_turn_colour_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "")  # https://no-color.org: only a value asks
    _, painted, _ = in_process("check", str(DRAFT), stdout=Terminal())
    assert "\x1b[31m" in painted


def in_a_terminal(*args: str, env: dict[str, str]) -> str:
    """What the command shows when its output is a real (pseudo-)terminal."""
    leader, follower = os.openpty()
    process = subprocess.Popen(  # noqa: S603  # our own interpreter and module
        [sys.executable, "-m", "partnership_model", *args],
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env={**{k: v for k, v in command_environment().items() if k != "NO_COLOR"}, **env},
    )
    os.close(follower)
    shown = b""
    try:
        while chunk := os.read(leader, 65536):
            shown += chunk
    except OSError:  # Linux says EIO once the command has closed the terminal
        pass
    finally:
        os.close(leader)
    process.wait()
    return shown.decode("utf-8")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_in_a_real_terminal_errors_are_in_colour_unless_no_color_is_set() -> None:
    assert "\x1b[31m" in in_a_terminal("check", str(DRAFT), env={})
    assert "\x1b[" not in in_a_terminal("check", str(DRAFT), env={"NO_COLOR": "1"})
    assert "\x1b[" not in run("check", str(DRAFT)).stdout  # a pipe is not a terminal


@pytest.mark.parametrize("command", ["check", "render", "calendar", "classify"])
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "n'existe pas"),
        (b"\x00\x01\xfe\xff", "pas de l'UTF-8"),
        (b"[1, 2", "JSON non valide"),
        (b'{"format": "partnership-model", "version": "0.1", "type": "dossier"}', "$.version"),
    ],
    ids=["missing", "binary", "invalid-json", "wrong-version"],
)
def test_every_command_that_reads_a_file_says_in_one_place_why_it_cannot(
    tmp_path: Path, command: str, content: bytes | None, expected: str
) -> None:
    document = tmp_path / "document.json"
    if content is not None:
        document.write_bytes(content)
    result = run(command, str(document))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"partnership-model: {document}: ")
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


# --- render


def as_printed(text: str) -> str:
    return text if text.endswith("\n") else f"{text}\n"


def markdown(document: Path, language: str | None) -> str:
    """The agreement the library writes for ``document``, as the command prints it."""
    return as_printed(
        render_agreement(from_json(document.read_bytes(), Dossier), language=language)
    )


def sheet(document: Path, language: str) -> str:
    """The data sheet the library renders for ``document``, as the command prints it."""
    return as_printed(
        render_markdown(from_json(document.read_bytes(), Dossier), language=language)
    )


def test_render_prints_the_agreement_as_markdown_in_the_language_asked() -> None:
    result = run("render", str(COMPLETE), "--lang", "en")
    assert result.returncode == 0
    assert result.stdout.startswith("# Paniers et fourneaux de Laeken\n")
    assert "## Article 1 — Purpose" in result.stdout
    assert result.stdout == markdown(COMPLETE, "en")
    assert result.stderr == ""


def test_render_sheet_prints_the_data_sheet() -> None:
    result = run("render", str(COMPLETE), "--lang", "en", "--sheet")
    assert result.returncode == 0
    assert result.stdout == sheet(COMPLETE, "en")


def test_render_speaks_the_convention_s_language_unless_told() -> None:
    assert run("render", str(DRAFT)).stdout == markdown(DRAFT, None)
    dutch = Dossier(convention=Convention(name="Buurtfeest", language="nl-BE"))
    status, out, _ = in_process("render", "-", stdin=to_json(dutch))
    assert status == 0
    assert out == as_printed(render_agreement(dutch))
    assert "## Artikel 1 — Voorwerp" in out


def test_render_never_overwrites_a_file_unless_told_to(tmp_path: Path) -> None:
    target = tmp_path / "convention.md"
    target.write_text("the signed version", encoding="utf-8")
    result = run("render", str(COMPLETE), "-o", str(target))
    assert result.returncode == 2
    assert result.stderr == (
        f"partnership-model: {target}: existe déjà\u00a0; render n'écrase un fichier que si on "
        "le lui demande (--force)\n"
    )
    assert target.read_text(encoding="utf-8") == "the signed version"


def test_render_writes_utf8_to_a_file_and_says_so(tmp_path: Path) -> None:
    target = tmp_path / "convention.md"
    target.write_text("an older version", encoding="utf-8")
    result = run("render", str(COMPLETE), "--lang", "nl", "-o", str(target), "--force")
    assert result.returncode == 0
    assert result.stdout == f"Bestand geschreven: {target}\n"
    assert target.read_text(encoding="utf-8") == markdown(COMPLETE, "nl")  # replaced
    assert [path.name for path in tmp_path.iterdir()] == ["convention.md"]  # nothing left over


def test_render_writes_through_a_link_to_the_file_it_names(tmp_path: Path) -> None:
    (tmp_path / "shared.md").symlink_to(tmp_path / "convention.md")
    status, _, _ = in_process("render", str(DRAFT), "-o", str(tmp_path / "shared.md"))
    assert status == 0
    assert (tmp_path / "shared.md").is_symlink()
    assert (tmp_path / "convention.md").read_text(encoding="utf-8") == markdown(DRAFT, None)


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        ("folder", "est un répertoire, pas un fichier"),
        ("folder/", "est un répertoire, pas un fichier"),
        ("missing/convention.md", "ne peut être écrit\u00a0: son répertoire n'existe pas"),
        ("dangling.md", "ne peut être écrit\u00a0: son répertoire n'existe pas"),
    ],
    ids=["directory", "directory-slash", "missing-folder", "link-to-a-missing-folder"],
)
def test_render_to_a_place_that_cannot_be_written_is_one_line_and_status_2(
    tmp_path: Path, output: str, expected: str
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "dangling.md").symlink_to(tmp_path / "missing" / "convention.md")
    target = f"{tmp_path}/{output}"
    result = run("render", str(DRAFT), "-o", target)
    assert result.returncode == 2
    assert result.stderr == f"partnership-model: {target}: {expected}\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dangling.md", "folder"]
    assert list((tmp_path / "folder").iterdir()) == []


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="needs /dev/stdout")
def test_render_to_standard_output_by_its_device_name_works() -> None:
    result = run("render", str(DRAFT), "--lang", "en", "-o", "/dev/stdout")
    assert result.returncode == 0
    assert result.stdout == markdown(DRAFT, "en") + "File written: /dev/stdout\n"


def test_render_in_a_language_the_library_does_not_speak_is_status_2() -> None:
    result = run("render", str(DRAFT), "--lang", "de", env={"LANG": "en_GB.UTF-8"})
    assert result.returncode == 2
    assert "language 'de' is not supported" in result.stderr


# --- calendar


def test_calendar_writes_the_dated_plan_as_icalendar_bytes_on_standard_output() -> None:
    result = subprocess.run(  # noqa: S603  # our own interpreter and module
        [sys.executable, "-m", "partnership_model", "calendar", str(COMPLETE), "--lang", "en"],
        capture_output=True,
        check=False,
        timeout=BOUND,
        env=command_environment(),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == to_ical(from_json(COMPLETE.read_bytes(), Dossier), language="en")
    assert result.stdout.startswith(b"BEGIN:VCALENDAR\r\n")
    assert result.stderr == b""


def test_calendar_writes_a_file_that_parses_and_says_so(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    result = run("calendar", str(COMPLETE), "-o", str(target), "--lang", "nl")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Bestand geschreven: {target}\n"
    written = target.read_bytes()
    assert written == to_ical(from_json(COMPLETE.read_bytes(), Dossier), language="nl")
    calendar = icalendar.Calendar.from_ical(written)
    assert len(calendar.events) == 15
    assert calendar.events[0].summary.startswith("Stap: ")


def test_calendar_speaks_the_convention_s_language_unless_told() -> None:
    dutch = Dossier(
        convention=Convention(
            name="Buurtfeest",
            language="nl-BE",
            timeline=Timeline(steps=(Step(id="s", title="Feest", planned=Period(start=DAY)),)),
        )
    )
    status, out, err = in_process("calendar", "-", "-o", "-", stdin=to_json(dutch))
    assert (status, err) == (0, "")
    assert out == to_ical(dutch, language="nl").decode("utf-8")
    assert "SUMMARY:Stap: Feest\r\n" in out


def test_calendar_never_overwrites_a_file_unless_told_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # said in the locale's language
    target = tmp_path / "plan.ics"
    target.write_text("the calendar the partners subscribed to", encoding="utf-8")
    status, _, err = in_process("calendar", str(COMPLETE), "-o", str(target))
    assert status == 2
    assert err == (
        f"partnership-model: {target}: already exists; calendar does not overwrite a file "
        "unless told to (--force)\n"
    )
    status, _, _ = in_process("calendar", str(COMPLETE), "-o", str(target), "--force")
    assert status == 0
    assert target.read_bytes() == to_ical(from_json(COMPLETE.read_bytes(), Dossier))


def test_calendar_of_an_unreadable_file_is_one_line_and_status_2(tmp_path: Path) -> None:
    document = tmp_path / "broken.json"
    document.write_text("{not json", encoding="utf-8")
    result = run("calendar", str(document), "-o", str(tmp_path / "plan.ics"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"partnership-model: {document}: ")
    assert "JSON non valide" in result.stderr
    # the heading, the place, the problem, the broken line and the caret under it
    assert result.stderr.count("\n") == 5
    assert not (tmp_path / "plan.ics").exists()


def test_calendar_without_the_extra_says_how_to_install_it_with_status_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)
    status, out, err = in_process("calendar", str(COMPLETE), "-o", str(tmp_path / "plan.ics"))
    assert status == 2
    assert out == ""
    assert err == (
        "partnership-model: l'export du plan en iCalendar demande l'extra optionnel "
        '«\u00a0ical\u00a0»\u00a0: pip install "partnership-model[ical]"\n'
    )
    assert list(tmp_path.iterdir()) == []


def test_calendar_in_a_language_the_library_does_not_speak_is_status_2() -> None:
    status, _, err = in_process("calendar", str(COMPLETE), "--lang", "de")
    assert status == 2
    assert "la langue «\u00a0de\u00a0» n'est pas prise en charge" in err


# --- classify


def test_tally_counts_each_recorded_decision_and_agrees_with_the_minutes() -> None:
    result = run("tally", str(COMPLETE), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{COMPLETE}: Paniers et fourneaux de Laeken",
        "pv-2026-12-01 · 2026-12-01 · Adoption du budget 2027",
        "  Declared: adopted; Tally: adopted",
        "  Adopted: 4 of 4 members present or represented (quorum 2); for: 3, against: 0, "
        "abstentions: 1; two thirds of the votes cast needed (3).",
    ]


def a_dossier_whose_minutes_overstate(tmp_path: Path) -> Path:
    """The Brussels minutes, the vote changed to 2 for and 2 against, still "adopted", and
    a proxy the budget rule does not allow."""
    dossier = from_json(COMPLETE.read_text(encoding="utf-8"), Dossier)
    (record,) = dossier.minutes
    ballots = tuple(
        attrs.evolve(ballot, choice=Choice.AGAINST) if at >= 2 else ballot
        for at, ballot in enumerate(record.ballots)
    )
    proxy = Proxy(principal="fourneaux", holder="pont")
    changed = attrs.evolve(record, ballots=ballots, represented=(proxy,))
    path = tmp_path / "overstated.json"
    path.write_text(to_json(attrs.evolve(dossier, minutes=(changed,))), encoding="utf-8")
    return path


def test_tally_exits_1_when_a_declared_outcome_disagrees_and_says_what_it_set_aside(
    tmp_path: Path,
) -> None:
    result = run("tally", str(a_dossier_whose_minutes_overstate(tmp_path)), "--lang", "en")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[2] == "  Declared: adopted; Tally: rejected — disagrees with the tally"
    assert lines[4:] == ["  Set aside: Les Fourneaux Solidaires ASBL (proxies not allowed)"]


def test_tally_of_one_decision_or_of_a_decision_not_there(tmp_path: Path) -> None:
    one = run("tally", str(COMPLETE), "--decision", "pv-2026-12-01")
    assert one.returncode == 0
    assert "Adoptée\u00a0: 4 membres sur 4 présents ou représentés" in one.stdout
    missing = run("tally", str(COMPLETE), "--decision", "pv-ailleurs", "--lang", "en")
    assert missing.returncode == 2
    assert "no decision 'pv-ailleurs' in the minutes (decisions: pv-2026-12-01)" in missing.stderr


def test_tally_reads_a_dossier_and_says_when_nothing_is_recorded_or_governed(
    tmp_path: Path,
) -> None:
    convention = run("tally", "-", stdin=to_json(Convention(name="Seule")))
    assert convention.returncode == 2
    assert "une convention seule n'a pas de procès-verbaux\u00a0; tally lit un dossier" in (
        convention.stderr
    )
    nothing_recorded = to_json(Dossier(convention=Convention(name="Vide")))
    empty = run("tally", "-", "--lang", "nl", stdin=nothing_recorded)
    assert empty.stdout.splitlines()[1] == "  er is geen beslissing genotuleerd"
    record = DecisionRecord(id="pv-1", date=dt.date(2027, 1, 5), title="Sans règle")
    ungoverned = Dossier(convention=Convention(name="Sans règles"), minutes=(record,))
    said = run("tally", "-", "--lang", "en", stdin=to_json(ungoverned))
    assert said.returncode == 0
    assert said.stdout.splitlines()[2] == "  no decision rule of the convention governs it"


# --- agenda


def test_agenda_lists_what_is_due_with_who_sees_to_it_and_exits_1_when_something_is_late() -> None:
    result = run("agenda", str(COMPLETE), "--from", "2027-03-01", "--weeks", "1", "--lang", "en")
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        f"{COMPLETE}: Paniers et fourneaux de Laeken",
        "Due from 2027-03-01 to 2027-03-07:",
        "  2027-03-02 · meeting · Comité de pilotage des Paniers · Le Pont de Laeken ASBL",
        "  2027-03-02 · communication · Compte-rendu du comité de pilotage à toutes les équipes"
        " · Le Pont de Laeken ASBL",
        "  2027-03-02 → 2027-03-04 · step · Première distribution et premier atelier"
        " · Le Pont de Laeken ASBL",
        "Late on 2027-03-01:",
        "  2027-01-04 → 2027-01-29 · step · Déposer la demande de subside Cohésion sociale"
        " · Entraide Bockstael ASBL",
        "  2027-01-04 → 2027-02-12 · step · Enregistrer l'activité auprès de l'AFSCA"
        " · Les Fourneaux Solidaires ASBL",
    ]


def test_agenda_names_no_one_for_what_nobody_sees_to() -> None:
    result = run("agenda", str(COMPLETE), "--from", "2027-06-29", "--weeks", "1", "--lang", "en")
    assert "  2027-06-29 · evaluation · Évaluation à mi-parcours" in result.stdout.splitlines()


def test_agenda_exits_0_when_nothing_is_late_and_says_nothing_is_due_in_dutch() -> None:
    result = run("agenda", str(COMPLETE), "--from", "2026-12-01", "--weeks", "1", "--lang", "nl")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "Te doen van 2026-12-01 tot 2026-12-07:",
        "  Niets.",
        "Te laat op 2026-12-01:",
        "  Niets.",
    ]


def test_agenda_as_json_keeps_every_field() -> None:
    result = run("agenda", str(COMPLETE), "--from", "2027-03-01", "--format", "json")
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert document["file"] == str(COMPLETE)
    assert (document["on"], document["until"]) == ("2027-03-01", "2027-03-28")
    assert document["due"][0] == {
        "start": "2027-03-02",
        "end": "2027-03-02",
        "kind": "meeting",
        "item": "copil",
        "title": "Comité de pilotage des Paniers",
        "path": "$.convention.governing_bodies[0]",
        "owner": "pont",
        "done": False,
    }
    assert [late["item"] for late in document["overdue"]] == ["step-subside", "step-afsca"]


def test_agenda_from_today_by_default_and_refuses_a_wrong_number_of_weeks() -> None:
    status, out, _ = in_process("agenda", str(COMPLETE), "--lang", "en")
    assert status in (0, 1)
    assert out.splitlines()[1].startswith(f"Due from {dt.date.today().isoformat()} to ")
    for weeks in ("0", "521", "quatre", "-1"):
        refused = run("agenda", str(COMPLETE), f"--weeks={weeks}")
        assert refused.returncode == 2
        assert "n'est pas un nombre de semaines de 1 à 520" in refused.stderr


def test_agenda_of_a_file_that_cannot_be_read_exits_2_in_one_line() -> None:
    result = run("agenda", "-", stdin="{")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) <= 5  # the heading, the place, the line, the caret
    assert result.stderr.startswith("partnership-model: -: ")


def test_agenda_shows_the_document_s_text_never_raw() -> None:
    dossier = from_json(COMPLETE.read_text(encoding="utf-8"), Dossier)
    steps = dossier.convention.timeline.steps
    hostile = attrs.evolve(steps[2], title="Lancement\x1b[2J\u202e")
    timeline = attrs.evolve(dossier.convention.timeline, steps=(*steps[:2], hostile, *steps[3:]))
    changed = attrs.evolve(dossier, convention=attrs.evolve(dossier.convention, timeline=timeline))
    status, out, _ = in_process("agenda", "-", "--from", "2027-03-01", stdin=to_json(changed))
    assert status == 1
    assert "\x1b" not in out
    assert "\u202e" not in out
    assert "Lancement\\x1b[2J\\u202e" in out


# --- match


def test_match_ranks_who_in_the_network_could_meet_what_the_draft_lacks() -> None:
    result = run("match", str(DRAFT), "--directory", str(NETWORK), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{DRAFT}: Devoirs ensemble à Saint-Gilles",
        f"Directory (6 structures): {NETWORK}",
        "",
        "No contribution covers the need 'Un animateur à mi-temps' (need-animateur, financial).",
        "  1. Service jeunesse de la commune (jeunesse-saint-gilles, score 2): offers in the "
        "category financial; known to Maison de jeunes du Parvis ASBL.",
        "  2. Cohésion sociale (Commission communautaire française) (cohesion-sociale, score 1): "
        "offers in the category financial.",
        "  3. CPAS de Laeken (antenne sociale) (cpas, score 1): offers in the category financial.",
        "",
        "No partner holds the role 'role-coord' (coordinator).",
        "  1. Service jeunesse de la commune (jeunesse-saint-gilles, score 2): offers in the "
        "category human resources; known to Maison de jeunes du Parvis ASBL.",
        "  2. Coordination sociale de Laeken (coordination-laeken, score 1): offers in the "
        "category planning.",
        "  3. Maison de quartier du Val Marie (maison-val-marie, score 1): offers in the "
        "category human resources.",
        "  4. Plateforme du volontariat bruxellois (plateforme-volontariat, score 1): offers in "
        "the category human resources.",
    ]


def test_match_reads_the_dossier_s_own_directory_and_speaks_its_language() -> None:
    complete = run("match", str(COMPLETE))
    assert complete.returncode == 0, complete.stderr
    assert complete.stdout.splitlines()[1:] == [
        "Annuaire (2 structures)\u00a0: celui du dossier",
        "",
        "Chaque besoin est couvert et chaque rôle est tenu.",
    ]
    draft = run("match", str(DRAFT), "--lang", "nl")
    assert draft.stdout.splitlines()[1:5] == [
        "Lijst van structuren (0): die van het dossier",
        "",
        "Geen enkele bijdrage dekt de behoefte 'Un animateur à mi-temps' (need-animateur, "
        "financieel).",
        "  Geen enkele structuur uit de lijst biedt wat ervoor nodig is.",
    ]


def test_match_as_json_keeps_every_fact() -> None:
    result = run("match", str(DRAFT), "--directory", str(NETWORK), "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert (document["file"], document["directory"]) == (str(DRAFT), str(NETWORK))
    assert document["convention"] == "Devoirs ensemble à Saint-Gilles"
    need, role = document["unmet"]
    assert (need["kind"], need["item"], need["path"]) == (
        "need",
        "need-animateur",
        "$.convention.needs[0]",
    )
    assert need["candidates"][0]["known_by"] == ["maison-jeunes"]
    assert (role["role"], len(role["candidates"])) == ("coordinator", 4)


def test_match_reads_the_directory_from_standard_input() -> None:
    result = run(
        "match", str(DRAFT), "--directory", "-", stdin=NETWORK.read_text(encoding="utf-8")
    )
    assert result.returncode == 0, result.stderr
    assert "Annuaire (6 structures)\u00a0: -" in result.stdout


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (
            ["-"],
            to_json(Convention(name="Seule")),
            "partnership-model: -: une convention seule ne contient pas d'annuaire\u00a0; "
            "donnez-en un avec --directory RÉPERTOIRE",
        ),
        (
            ["-", "--directory", "-"],
            "",
            "partnership-model: -: l'entrée standard contient un seul document, pas à la fois "
            "FICHIER et RÉPERTOIRE",
        ),
        (
            [str(DRAFT), "--directory", str(COMPLETE)],
            "",
            "partnership-model: " + str(COMPLETE) + ": 1 problème dans le document\u00a0:",
        ),
        (
            [str(DRAFT), "--directory", "-"],
            "{",
            "partnership-model: -: 1 problème dans le document\u00a0:",
        ),
    ],
    ids=["convention-alone", "both-on-stdin", "a-dossier-for-a-directory", "not-json"],
)
def test_match_exits_2_in_a_few_lines_when_it_cannot_read_what_it_needs(
    args: list[str], stdin: str, expected: str
) -> None:
    result = run("match", *args, stdin=stdin)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[0] == expected
    assert "Traceback" not in result.stderr


def test_match_shows_the_directory_s_text_never_raw() -> None:
    hostile = Structure(
        id="piege",
        name="Piège\x1b[2J\u202e",
        offers=(Offer(category=NeedCategory.FINANCIAL),),
    )
    dossier = from_json(DRAFT.read_text(encoding="utf-8"), Dossier)
    changed = attrs.evolve(dossier, directory=Directory(structures=(hostile,)))
    status, out, _ = in_process("match", "-", "--lang", "en", stdin=to_json(changed))
    assert status == 0
    assert "\x1b" not in out
    assert "\u202e" not in out
    assert "1. Piège\\x1b[2J\\u202e (piege, score 1)" in out


def test_render_sheet_for_a_day_adds_the_agenda_after_plan() -> None:
    result = run("render", str(COMPLETE), "--sheet", "--today", "2027-03-01", "--lang", "en")
    assert result.returncode == 0, result.stderr
    document = result.stdout
    assert document.index("## PLAN") < document.index("## Agenda") < document.index("## EVALUATE")
    assert "### Late on 2027-03-01" in document
    assert "## Agenda" not in run("render", str(COMPLETE), "--sheet", "--lang", "en").stdout


def test_the_agenda_goes_with_the_sheet_and_a_pdf_with_a_file() -> None:
    result = run("render", str(COMPLETE), "--today", "2027-03-01", "--lang", "en")
    assert result.returncode == 2
    assert result.stderr == (
        "partnership-model: --today adds the agenda to the data sheet: use it with --sheet\n"
    )
    result = run("render", str(COMPLETE), "--format", "pdf", "--lang", "en")
    assert result.returncode == 2
    assert "a PDF is written to a file: give it with -o OUT" in result.stderr
    result = run("render", str(COMPLETE), "--sheet", "--format", "html")
    assert result.returncode == 2
    assert "--sheet n'écrit que du Markdown\u00a0: retirez --format et --template" in result.stderr


def test_render_html_writes_a_standalone_page_in_the_language_asked(tmp_path: Path) -> None:
    target = tmp_path / "convention.html"
    result = run("render", str(COMPLETE), "--format", "html", "--lang", "nl", "-o", str(target))
    assert result.returncode == 0, result.stderr
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="nl">' in page
    assert "Artikel 1" in page


def test_render_html_with_a_template_of_ones_own(tmp_path: Path) -> None:
    (tmp_path / "agreement.css").write_text("body { color: navy; }\n", encoding="utf-8")
    result = run("render", str(COMPLETE), "--format", "html", "--template", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "body { color: navy; }" in result.stdout


def test_a_template_folder_that_is_not_there_is_one_line_and_status_2(tmp_path: Path) -> None:
    missing = tmp_path / "house-style"
    result = run("render", str(COMPLETE), "--format", "html", "--template", str(missing))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "not a directory of templates" in result.stderr


# --- diff and history


def amended_brussels(tmp_path: Path) -> Path:
    """The Brussels dossier, its families target raised from 60 to 80 by an amendment."""
    dossier = from_json(COMPLETE.read_text(encoding="utf-8"), Dossier)
    convention = dossier.convention
    objective = convention.objectives[0]
    raised = attrs.evolve(objective.indicators[0], target=Decimal(80))
    objective = attrs.evolve(objective, indicators=(raised, *objective.indicators[1:]))
    text = attrs.evolve(convention, objectives=(objective, *convention.objectives[1:]))
    amended = dossier.amend(
        text,
        id="avenant-1",
        effective_from=dt.date(2027, 7, 1),
        adopted_on=dt.date(2027, 6, 29),
        decision="pv-2026-12-01",
        rationale="Plus de familles que prévu",
    )
    path = tmp_path / "amended.json"
    path.write_text(to_json(amended), encoding="utf-8")
    return path


def test_diff_says_every_change_step_by_step_and_exits_1_when_the_texts_differ(
    tmp_path: Path,
) -> None:
    newer = amended_brussels(tmp_path)
    result = run("diff", str(COMPLETE), str(newer), "--lang", "en")
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        f"{COMPLETE} → {newer}",
        "DEFINE:",
        "  Indicator 'Familles servies chaque semaine': the target raised from 60 familles "
        "to 80 familles.",
    ]
    same = run("diff", str(COMPLETE), str(COMPLETE), "--lang", "nl")
    assert same.returncode == 0
    assert same.stdout.splitlines()[1:] == ["  Geen verschil."]
    document = json.loads(run("diff", str(COMPLETE), str(newer), "--format", "json").stdout)
    assert [change["path"] for change in document["changes"]] == [
        "$.objectives[obj-paniers].indicators[ind-familles].target"
    ]
    unreadable = run("diff", str(COMPLETE), str(tmp_path / "absent.json"))
    assert unreadable.returncode == 2
    assert "absent.json: n'existe pas" in unreadable.stderr


def test_history_lists_each_version_with_its_amendment_and_its_changes(tmp_path: Path) -> None:
    result = run("history", str(amended_brussels(tmp_path)), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "Version 1: the original text, from 2027-01-01",
        "Version 2: amendment avenant-1, in force on 2027-07-01, adopted on 2027-06-29 "
        "(decision pv-2026-12-01)",
        "  Why: Plus de familles que prévu",
        "  - Indicator 'Familles servies chaque semaine': the target raised from 60 familles "
        "to 80 familles.",
    ]
    convention = run("history", "-", "--lang", "nl", stdin=to_json(Convention(name="Seule")))
    assert convention.returncode == 2
    assert "een overeenkomst alleen heeft geen wijzigingen; history leest een dossier" in (
        convention.stderr
    )


def test_history_of_an_amendment_that_changed_nothing_says_so() -> None:
    dossier = Dossier(convention=Convention(name="Texte"))
    same = dossier.amend(
        dossier.convention, id="avenant-1", effective_from=dt.date(2027, 1, 1), rationale="Rien"
    )
    result = run("history", "-", "--lang", "en", stdin=to_json(same))
    assert result.stdout.splitlines()[1:] == [
        "Version 1: the original text, from …",
        "Version 2: amendment avenant-1, in force on 2027-01-01, adopted on … (decision …)",
        "  Why: Rien",
        "  - No difference.",
    ]


def test_classify_gives_the_form_from_the_facts_with_its_reasons_naming_the_partners() -> None:
    result = run("classify", str(COMPLETE), "--lang", "en")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"{COMPLETE}: Paniers et fourneaux de Laeken"
    assert lines[1] == "Form from the facts: partnership"
    assert lines[2].startswith("  - Several partners carry the project together: ")
    assert "Le Pont de Laeken ASBL" in lines[2]
    assert lines[-1] == "Declared form: partnership"


def test_classify_speaks_the_convention_s_language_unless_told() -> None:
    french = run("classify", str(DRAFT)).stdout
    assert "Forme d'après les faits\u00a0: partenariat" in french
    assert "Forme déclarée\u00a0: néant" in french  # the draft does not declare it yet
    assert (
        "Vorm volgens de feiten: partnerschap"
        in run("classify", str(DRAFT), "--lang", "nl").stdout
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl-BE", "Vorm volgens de feiten: nog niet bepaald"), ("de", "Forme d'après les faits")],
    ids=["spoken", "not-spoken-so-french"],
)
def test_classify_says_when_the_facts_do_not_decide_yet(language: str, expected: str) -> None:
    document = to_json(Convention(name="Buurtfeest", language=language))
    status, out, _ = in_process("classify", "-", stdin=document)
    assert status == 0
    assert out.startswith("-")
    assert expected in out


def test_classify_of_an_unreadable_file_is_status_2() -> None:
    result = run("classify", "/no/such/file.json")
    assert result.returncode == 2
    assert result.stderr == "partnership-model: /no/such/file.json: n'existe pas\n"


# --- schema


@pytest.mark.parametrize(
    ("kind", "example"), [("dossier", COMPLETE), ("convention", None), ("directory", NETWORK)]
)
def test_schema_prints_the_json_schema_that_real_documents_meet(
    kind: str, example: Path | None
) -> None:
    result = run("schema", "--type", kind)
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["$id"] == f"urn:partnership-model:1.1:{kind}"
    assert result.stdout.startswith('{\n  "$schema"')  # indented for people to read
    document = (
        example.read_text(encoding="utf-8")
        if example is not None
        else to_json(Convention(name="Repair café"))
    )
    Draft202012Validator(schema).validate(json.loads(document))


def test_schema_describes_a_dossier_by_default() -> None:
    assert json.loads(run("schema").stdout)["properties"]["type"] == {"const": "dossier"}


# --- new


def test_new_prints_a_starting_dossier_whose_check_lists_what_to_fill_in_step_by_step() -> None:
    created = run("new", "--lang", "en")
    assert created.returncode == 0
    dossier = from_json(created.stdout, Dossier)
    assert dossier.convention.name == "New convention"
    assert dossier.convention.form is Form.PARTNERSHIP
    assert [p.name for p in dossier.convention.partners] == ["Partner 1", "Partner 2"]

    checked = run("check", "-", "--lang", "en", stdin=created.stdout)
    assert checked.returncode == 1
    assert "\nErrors (" in checked.stdout
    for step in ("DEFINE", "CLARIFY", "PLAN", "EVALUATE"):
        assert f"\n  {step} · " in checked.stdout
    assert "  references · " not in checked.stdout  # the placeholders hold together
    assert "Step to finish: DEFINE" in checked.stdout


def test_new_writes_the_address_of_its_schema_which_the_document_meets(tmp_path: Path) -> None:
    created = run("new", "--lang", "en")
    document = json.loads(created.stdout)
    # The schema shipped with the library, for an editor: it validates the very document.
    assert next(iter(document)) == "$schema"
    where = Path(url2pathname(urlparse(document["$schema"]).path))
    assert where == schema_path(Dossier)
    assert where.read_text(encoding="utf-8") == run("schema").stdout
    Draft202012Validator(json.loads(where.read_text(encoding="utf-8"))).validate(document)
    # The reader reads past it: the document reads back as the dossier new started from.
    read_back = from_json(created.stdout, Dossier)
    assert read_back == starting_dossier(Form.PARTNERSHIP, language="en")
    assert to_json(read_back, pretty=True, schema=document["$schema"]) + "\n" == created.stdout


def test_schema_path_prints_where_the_shipped_schema_lies() -> None:
    for kind, cls in (("dossier", Dossier), ("convention", Convention), ("directory", Directory)):
        result = run("schema", "--type", kind, "--path")
        assert result.returncode == 0
        assert result.stdout == f"{schema_path(cls)}\n"
        assert schema_path(cls).is_file()


def test_new_writes_a_collaboration_in_dutch_with_its_own_name() -> None:
    created = run("new", "--form", "collaboration", "--lang", "nl-BE", "--name", "Buurtfeest")
    convention = from_json(created.stdout, Dossier).convention
    assert (convention.form, convention.language, convention.name) == (
        Form.COLLABORATION,
        "nl-BE",
        "Buurtfeest",
    )
    classified = run("classify", "-", stdin=created.stdout)
    assert "Vorm volgens de feiten: samenwerking" in classified.stdout


def test_new_writes_to_a_file_and_says_what_to_run_next(tmp_path: Path) -> None:
    target = tmp_path / "dossier.json"
    result = run("new", "--lang", "en", "-o", str(target))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        f"File written: {target}",
        f"What is left to fill in, step by step: partnership-model check {target} --lang en",
    ]
    assert target.read_text(encoding="utf-8").endswith("}\n")
    assert run("check", str(target)).returncode == 1
    assert [path.name for path in tmp_path.iterdir()] == ["dossier.json"]  # nothing left over


def test_new_collaboration_suggests_the_check_under_its_profile(tmp_path: Path) -> None:
    target = tmp_path / "club.json"
    status, out, _ = in_process(
        "new", "--form", "collaboration", "--lang", "nl", "-o", str(target)
    )
    assert status == 0
    suggested = out.splitlines()[-1].split(": ", 1)[1]
    assert suggested == f"partnership-model check {target} --profile collaboration --lang nl"
    # The profile is the one that asks a collaboration for what it needs, and no more.
    checked, report, _ = in_process(*suggested.split()[1:], "--format", "json")
    assert checked == 1
    assert json.loads(report)[0]["profile"] == "collaboration"


def test_new_in_french_suggests_the_check_without_a_language(tmp_path: Path) -> None:
    target = tmp_path / "mon dossier.json"
    _, out, _ = in_process("new", "-o", str(target))
    assert out.splitlines()[-1].endswith(f"partnership-model check '{target}'")


def test_new_never_overwrites_a_file(tmp_path: Path) -> None:
    target = tmp_path / "dossier.json"
    target.write_text("my weeks of work", encoding="utf-8")
    result = run("new", "-o", str(target))
    assert result.returncode == 2
    assert result.stderr == (
        f"partnership-model: {target}: existe déjà\u00a0; new n'écrase pas un fichier\n"
    )
    assert target.read_text(encoding="utf-8") == "my weeks of work"


def test_new_into_a_folder_that_does_not_exist_is_status_2(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "dossier.json"
    result = run("new", "-o", str(target))
    assert result.returncode == 2
    assert result.stderr == (
        f"partnership-model: {target}: ne peut être écrit\u00a0: son répertoire n'existe pas\n"
    )


def test_new_in_a_language_the_library_does_not_speak_is_status_2() -> None:
    result = run("new", "--lang", "de", env={"LC_ALL": "nl_BE.UTF-8", "LANG": "en_GB.UTF-8"})
    assert result.returncode == 2
    assert result.stderr == (
        "partnership-model: de taal 'de' wordt niet ondersteund; kies uit fr, en, nl\n"
    )


# --- bounded on any input, and nothing from a document drives the terminal ------------------

EVIL = "Evil \x1b]0;PWNED\x07\x1b[2J\u202eNEPO\x9b31m\rOVERWRITE\nLINE"
"""A name that would retitle the terminal, clear it, reverse a line, start a C1 escape,
overwrite a line and fake another, were it printed raw."""

RAW = ("\x1b", "\x07", "\x9b", "\r", "\u202e")


def evil_document(tmp_path: Path) -> Path:
    convention = Convention(
        name=EVIL,
        partners=(Partner(id="evil", name=EVIL), Partner(id="other", name="Other")),
        carriers=("evil", "other"),
    )
    path = tmp_path / "evil.json"
    path.write_text(to_json(Dossier(convention=convention)), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [["check"], ["classify"], ["render"]])
def test_no_control_character_of_a_document_reaches_the_terminal(
    command: list[str], tmp_path: Path
) -> None:
    result = run(*command, str(evil_document(tmp_path)))
    assert result.returncode in (0, 1)
    assert not [char for char in RAW if char in result.stdout + result.stderr]
    assert "\\x1b" in result.stdout  # shown, escaped, for the reader to see what is there


def test_a_file_name_with_control_characters_is_shown_escaped(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "missing\x1b[2J.json"))
    assert result.returncode == 2
    assert "\x1b" not in result.stderr
    assert "missing\\x1b[2J.json" in result.stderr


HIDDEN = "Le Pont\u202e\x1b[31m\u2028 Brugge"
"""A name that would reverse a line and paint the rest red, with a line separator that
some readers take for a line break, were it printed raw."""


def hidden_in_draft(tmp_path: Path) -> Path:
    """The draft dossier, its name, first partner and first objective called HIDDEN."""
    dossier = from_json(DRAFT.read_text(encoding="utf-8"), Dossier)
    convention = dossier.convention
    partner = attrs.evolve(convention.partners[0], name=HIDDEN)
    objective = attrs.evolve(convention.objectives[0], title=HIDDEN)
    convention = attrs.evolve(
        convention,
        name=HIDDEN,
        partners=(partner, *convention.partners[1:]),
        objectives=(objective, *convention.objectives[1:]),
    )
    path = tmp_path / "hidden.json"
    path.write_text(to_json(attrs.evolve(dossier, convention=convention)), encoding="utf-8")
    return path


def strings_in(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    return [text for part in value for text in strings_in(part)] if isinstance(value, list) else []


@pytest.mark.parametrize(
    "command",
    [
        ["check", "{hidden}"],
        ["agenda", "{hidden}", "--from", "2027-03-01"],
        ["match", "{hidden}", "--directory", str(NETWORK)],
        ["diff", str(DRAFT), "{hidden}"],
    ],
    ids=["check", "agenda", "match", "diff"],
)
def test_a_json_report_escapes_what_would_drive_the_terminal_and_reads_back_the_same(
    command: list[str], tmp_path: Path
) -> None:
    hidden = str(hidden_in_draft(tmp_path))
    status, out, _ = in_process(
        *(hidden if word == "{hidden}" else word for word in command), "--format", "json"
    )
    assert status in (0, 1)
    assert not [char for char in ("\u202e", "\x1b", "\u2028") if char in out]
    assert "\\u202e\\u001b[31m\\u2028" in out
    assert [text for text in strings_in(json.loads(out)) if HIDDEN in text]


HIDING = {"Cc", "Cf", "Cs", "Zl", "Zp"}
"""The kinds of character that drive a terminal or hide text: controls, invisible format
marks (the direction overrides among them), lone surrogates, line and paragraph separators."""


@given(st.text())
def test_json_printed_reads_back_the_same_and_holds_no_hiding_character(text: str) -> None:
    printed = io.StringIO()
    print_json({text: [text]}, printed)
    assert json.loads(printed.getvalue()) == {text: [text]}
    assert not [c for c in printed.getvalue() if c != "\n" and unicodedata.category(c) in HIDING]


def test_json_printed_escapes_every_character_the_text_output_escapes() -> None:
    escaped = "".join(
        char for char in map(chr, range(sys.maxunicode + 1)) if visible(char) != char
    )
    printed = io.StringIO()
    print_json(escaped, printed)
    assert printed.getvalue().isascii()
    assert json.loads(printed.getvalue()) == escaped


def test_json_printed_writes_an_invisible_mark_beyond_16_bits_as_its_utf16_pair() -> None:
    # The flag of Wales: a black flag, then invisible tag characters (U+E0067 ...) that
    # spell gbwls and end with U+E007F.
    wales = "\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"
    printed = io.StringIO()
    print_json(wales, printed)
    assert printed.getvalue().startswith('"\U0001f3f4\\udb40\\udc67\\udb40\\udc62')
    assert json.loads(printed.getvalue()) == wales


def test_json_printed_keeps_the_letters_of_every_script() -> None:
    printed = io.StringIO()
    print_json("Molenbeek-Saint-Jean, Sint-Jans-Molenbeek, Zoë, مولنبيك", printed)
    assert printed.getvalue() == '"Molenbeek-Saint-Jean, Sint-Jans-Molenbeek, Zoë, مولنبيك"\n'


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_with_no_writer_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    result = run("check", str(pipe))
    assert result.returncode == 2
    assert "n'est pas un fichier ordinaire" in result.stderr


def with_unknown_fields(count: int, tmp_path: Path) -> Path:
    document = json.loads(to_json(Convention(name="Paniers")))
    document.update({f"field{number}": number for number in range(count)})
    path = tmp_path / f"unknown-{count}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_two_hundred_thousand_unknown_fields_are_reported_in_a_few_lines(tmp_path: Path) -> None:
    result = run("check", str(with_unknown_fields(200_000, tmp_path)))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) <= 2 + 2 * SHOWN_PROBLEMS
    assert "200\u202f000 problèmes dans le document" in lines[0]
    assert lines[-1] == (
        "  … et 199\u202f980 de plus\u00a0: 199\u202f980 × champ inconnu à cet endroit"
    )


def test_the_json_report_lists_every_problem(tmp_path: Path) -> None:
    report = json.loads(
        run("check", "--format", "json", str(with_unknown_fields(30, tmp_path))).stdout
    )
    assert [problem["path"] for problem in report[0]["problems"]] == [
        f"$.field{number}" for number in range(30)
    ]


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, "imbriqués trop profondément"),
        ("[" + "9" * 5000 + "]", "un nombre de milliers de chiffres"),
        (
            '{"format": "partnership-model",}',
            "le nom d'un champ entre guillemets droits était attendu",
        ),
        ('{"format": "partnership-model" "version": "1.0"}', "une virgule était attendue"),
        ("[1, 2", "ligne 1, colonne 6"),
    ],
    ids=["deep", "digits", "trailing-comma", "missing-comma", "unclosed"],
)
def test_broken_json_is_said_in_the_librarys_words(document: str, words: str) -> None:
    result = run("check", "-", stdin=document)
    assert result.returncode == 2
    assert words in result.stderr
    for theirs in (
        "sys.set_int_max_str_digits",
        "maximum recursion depth",
        "Expecting",
        "Traceback",
    ):
        assert theirs not in result.stderr


def test_an_indicator_target_a_billion_digits_long_is_refused_on_reading(tmp_path: Path) -> None:
    document = json.loads(COMPLETE.read_text(encoding="utf-8"))
    document["convention"]["objectives"][0]["indicators"][0]["target"] = "1E+999999999"
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    for command in ("render", "check"):
        result = run(command, str(path))
        assert result.returncode == 2
        assert "$.convention.objectives[0].indicators[0].target" in result.stderr


@given(pms.dossiers())
def test_any_dossier_s_text_report_lists_its_findings_in_the_order_to_act(
    dossier: Dossier,
) -> None:
    status, out, _ = in_process("check", "-", "--lang", "nl", stdin=to_json(dossier))
    report = validate(dossier, language="nl")
    assert status == (0 if report.is_complete else 1)
    listed = [tuple(line.strip().split(" · ", 1)) for line in out.splitlines() if " · $" in line]
    assert listed == [(finding.code, visible(finding.path)) for finding in report.in_order]


def test_problems_past_the_twentieth_are_counted_by_kind_the_five_commonest_named() -> None:
    kinds = ["reading.missing", "reading.string", "reading.integer", "reading.boolean"]
    kinds += ["reading.array", "reading.bom", "reading.empty"]
    said = [words(kinds[number % len(kinds)]) for number in range(SHOWN_PROBLEMS + 14)]
    problems = tuple(
        Problem(f"$.x{number}", kind.said("en"), ABSENT, kind) for number, kind in enumerate(said)
    )
    last = SerializationError(problems).explain("en", most=SHOWN_PROBLEMS).splitlines()[-1]
    assert last.startswith("  … and 14 more: 2 × the document is empty: JSON text was expected, ")
    assert "2 × required field missing" in last
    assert last.endswith(", and 2 other kinds")


def test_the_json_report_gives_a_missing_field_no_value(tmp_path: Path) -> None:
    document = json.loads(COMPLETE.read_text(encoding="utf-8"))
    del document["convention"]["name"]
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    status, out, _ = in_process("check", str(path), "--format", "json", "--lang", "nl")
    assert status == 2
    assert json.loads(out)[0]["problems"] == [
        {"path": "$.convention.name", "place": "naam", "message": "verplicht veld ontbreekt"}
    ]


def test_a_file_the_system_refuses_for_an_uncommon_reason_is_named_by_its_code(
    tmp_path: Path,
) -> None:
    loop = tmp_path / "loop.json"
    loop.symlink_to(tmp_path / "back.json")
    (tmp_path / "back.json").symlink_to(loop)
    status, out, err = in_process("check", str(loop))
    assert (status, out) == (2, "")
    assert err.startswith(f"partnership-model: {loop}: ")
    assert "ELOOP" in err
