"""The command line, driven as a user drives it: a subprocess, then in-process for every
branch. Exit status 0 when complete, 1 when an error remains, 2 when a file cannot be
read or the command is wrong; one clear line, never a traceback."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from partnership_model import Convention, to_json
from partnership_model.cli import main, main_exit

EXAMPLES = Path(__file__).parent.parent / "examples"
COMPLETE = EXAMPLES / "brussels-partnership.json"
DRAFT = EXAMPLES / "draft.json"


def run(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603  # our own interpreter and module
        [sys.executable, "-m", "partnership_model", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
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
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8"),
        (b"{not json", "not valid JSON"),
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
        (["check", "/no/such/file.json"], "cannot be read: No such file or directory"),
        (["check", "."], "is a directory, not a file"),
        (["check", str(COMPLETE), "--profile", "strict"], "unknown profile 'strict'"),
        (["check", str(COMPLETE), "--lang", "de"], "language 'de' is not supported"),
    ],
    ids=["missing", "directory", "profile", "language"],
)
def test_a_wrong_request_gets_one_clear_line_and_status_2(args: list[str], expected: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args", [["check"], ["frobnicate"], ["check", "x", "--today", "2027-1-2"]]
)
def test_a_wrong_command_line_prints_the_usage_and_returns_2(args: list[str]) -> None:
    status, _, _ = in_process(*args)
    assert status == 2


def test_help_and_version_end_with_status_0() -> None:
    assert run("check", "--help").returncode == 0
    assert "Exit status" in run("check", "--help").stdout
    version = run("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("partnership-model ")


def test_the_draft_exits_1_with_findings_in_each_step_of_the_methodology() -> None:
    result = run("check", str(DRAFT), "--lang", "en")
    assert result.returncode == 1
    for heading in ("DEFINE (", "CLARIFY (", "PLAN (", "EVALUATE ("):
        assert f"\n{heading}" in result.stdout
    assert "Step to finish: DEFINE" in result.stdout


def test_date_rules_run_with_today() -> None:
    status, out, _ = in_process("check", str(COMPLETE), "--today", "2028-01-15", "--lang", "en")
    assert status == 0  # the overdue steps and missed evaluations are warnings
    assert "plan.steps.overdue" in out


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
    assert err == "partnership-model: internal error, please report it: RuntimeError('boom')\n"


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError


def test_an_output_closed_by_its_reader_ends_quietly_in_process() -> None:
    status, _, err = in_process("check", str(COMPLETE), stdout=ClosedPipe())
    assert status == 1
    assert err == ""


def test_a_closed_output_ends_quietly() -> None:
    reader = subprocess.Popen(  # noqa: S603  # our own interpreter and module
        [sys.executable, "-m", "partnership_model", "check", str(COMPLETE), str(COMPLETE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None
    reader.stdout.close()
    _, err = reader.communicate()
    assert b"Traceback" not in err


def test_one_unreadable_file_does_not_stop_the_others() -> None:
    result = run("check", "/no/such/file.json", str(COMPLETE), "--lang", "en")
    assert result.returncode == 2
    assert "Paniers et fourneaux de Laeken" in result.stdout
    assert "/no/such/file.json: cannot be read" in result.stderr


def test_the_json_report_keeps_the_files_read_and_names_the_others() -> None:
    status, out, err = in_process("check", str(COMPLETE), "/no/such/file.json", "--format", "json")
    reports = json.loads(out)
    assert status == 2
    assert reports[0]["is_complete"] is True
    assert reports[1]["file"] == "/no/such/file.json"
    assert "cannot be read" in reports[1]["error"]
    assert "cannot be read" in err


def test_bytes_that_are_not_utf8_on_standard_input_are_refused_with_status_2() -> None:
    result = subprocess.run(  # our own interpreter and module
        [sys.executable, "-m", "partnership_model", "check", "-"],
        input=b"\xff{}",
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"},
    )
    assert result.returncode == 2
    assert b"not UTF-8" in result.stderr


def test_an_output_that_cannot_show_accents_gets_escapes_not_a_crash() -> None:
    result = run("check", str(COMPLETE), env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0
    assert "compl\\xe8te" in result.stdout


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_input_is_read_only_up_to_the_size_limit() -> None:
    result = run("check", "/dev/zero")
    assert result.returncode == 2
    assert "larger than the limit" in result.stderr


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
