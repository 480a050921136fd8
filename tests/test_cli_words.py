"""The language the command line speaks: ``--lang``, else the locale's when it is French,
English or Dutch, else French; its help, argparse's own words and its error lines all
come from the catalogue. The documents keep their own default, the convention's
language. Subprocess tests are given their whole environment (tests/support.py)."""

from __future__ import annotations

import argparse
import ast
import inspect
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from partnership_model._catalogue import CATALOGUE
from partnership_model._cli_files import Refused, Unreadable
from partnership_model._cli_language import (
    ARGPARSE_KEYS,
    argparse_speaking,
    locale_language,
    speaking,
)
from partnership_model.cli import main
from partnership_model.i18n import LANGUAGES, translate
from tests.support import ROOT, command_environment, english_words_in

COMPLETE = ROOT / "examples" / "brussels-partnership.json"


def run(*args: str, **variables: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603  # our own interpreter and module
        [sys.executable, "-m", "partnership_model", *args],
        capture_output=True,
        text=True,
        check=False,
        env=command_environment(**variables),
        timeout=60,
    )


def in_process(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdout=out, stderr=err, stdin=io.StringIO())
    return status, out.getvalue(), err.getvalue()


# --- which language


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "fr_BE.ISO-8859-1"}, "fr"),
        ({"LANG": "fr_BE@euro"}, "fr"),
        ({"LANG": "nl"}, "nl"),
        ({"LANG": "de_DE.UTF-8"}, None),
        ({"LANG": "C"}, None),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "POSIX"}, None),
        ({"LANG": ""}, None),
        ({}, None),
        ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "nl_BE.UTF-8", "LANG": "fr_BE.UTF-8"}, "en"),
        ({"LC_MESSAGES": "nl_BE.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),
        ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LC_ALL": "C", "LANG": "nl_BE.UTF-8"}, None),
        ({"LANGUAGE": "nl", "LANG": "en_US.UTF-8"}, "en"),
    ],
    ids=repr,
)
def test_the_locale_s_language_is_the_first_set_of_lc_all_lc_messages_and_lang(
    environ: dict[str, str], language: str | None
) -> None:
    assert locale_language(environ) == language


@pytest.mark.parametrize(
    ("argv", "environ", "language"),
    [
        (["check", "x"], {}, "fr"),
        (["check", "x"], {"LANG": "C.UTF-8"}, "fr"),
        (["check", "x"], {"LANG": "nl_BE.UTF-8"}, "nl"),
        (["check", "x", "--lang", "en"], {"LANG": "nl_BE.UTF-8"}, "en"),
        (["check", "x", "--lang=nl"], {}, "nl"),
        (["render", "x", "--lang", "nl-BE"], {}, "nl"),
        (["render", "x", "--la", "en"], {}, "en"),
        (["--lang", "en", "--lang", "nl"], {}, "nl"),
        (["check", "x", "--lang", "de"], {"LANG": "en_GB.UTF-8"}, "en"),
        (["check", "x", "--lang", "de"], {}, "fr"),
        (["check", "x", "--lang"], {"LANG": "nl_BE.UTF-8"}, "nl"),
        (["check", "--", "--lang", "en"], {}, "fr"),
        (["check", "--language", "en"], {}, "fr"),
    ],
    ids=repr,
)
def test_the_messages_speak_lang_else_the_locale_s_language_else_french(
    argv: list[str], environ: dict[str, str], language: str
) -> None:
    assert speaking(argv, environ) == language


# --- argparse's words, every one in the catalogue


def _argparse_messages() -> Iterator[str]:
    """Every text the running Python's argparse passes to gettext."""
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
            for argument in node.args:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    yield argument.value


ARGPARSE_MESSAGES = sorted(set(_argparse_messages()))


def test_argparse_s_source_is_read() -> None:
    assert {"usage: ", "the following arguments are required: %s"} <= set(ARGPARSE_MESSAGES)


@pytest.mark.parametrize("message", ARGPARSE_MESSAGES)
def test_every_word_argparse_says_has_its_entry_in_the_catalogue(message: str) -> None:
    assert ARGPARSE_KEYS[message] in CATALOGUE


PERCENT = re.compile(r"%(?:\(\w+\))?[sr]")


@pytest.mark.parametrize("message", sorted(ARGPARSE_KEYS))
def test_every_translation_of_argparse_keeps_the_placeholders_it_fills(message: str) -> None:
    for text in CATALOGUE[ARGPARSE_KEYS[message]]:
        assert sorted(PERCENT.findall(text)) == sorted(PERCENT.findall(message)), text
    assert CATALOGUE[ARGPARSE_KEYS[message]][1] == message  # the English is argparse's


def gettext(message: str) -> str:
    said: str = vars(argparse)["_"](message)
    return said


def ngettext(singular: str, plural: str, count: int) -> str:
    said: str = vars(argparse)["ngettext"](singular, plural, count)
    return said


def test_argparse_speaks_the_language_inside_the_block_and_english_again_after() -> None:
    with argparse_speaking("nl"):
        assert gettext("usage: ") == "gebruik: "
    with pytest.raises(SystemExit), argparse_speaking("nl"):
        raise SystemExit(2)  # as argparse ends after printing help
    assert gettext("usage: ") == "usage: "
    assert ngettext("expected %s argument", "expected %s arguments", 2) == (
        "expected %s arguments"
    )


@pytest.mark.parametrize(
    ("language", "count", "said"),
    [
        ("fr", 0, "attend %s valeur"),
        ("fr", 1, "attend %s valeur"),
        ("fr", 2, "attend %s valeurs"),
        ("en", 0, "expected %s arguments"),
        ("en", 1, "expected %s argument"),
        ("nl", 0, "verwacht %s waarden"),
        ("nl", 1, "verwacht %s waarde"),
    ],
)
def test_argparse_counts_as_each_language_does(language: str, count: int, said: str) -> None:
    with argparse_speaking(language):
        assert ngettext("expected %s argument", "expected %s arguments", count) == said


def test_a_title_of_ours_goes_through_argparse_s_gettext_unchanged() -> None:
    with argparse_speaking("nl"):
        assert gettext("opdrachten") == "opdrachten"


# --- in a subprocess, in each language


WORDS = {
    "fr": ("utilisation\u00a0:", "afficher cette aide et quitter", "Code de sortie"),
    "en": ("usage:", "show this help message and exit", "Exit status"),
    "nl": ("gebruik:", "toon deze hulp en stop", "Afsluitcode"),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("command", [[], ["check"]], ids=["program", "check"])
def test_the_help_is_said_in_the_language_asked(language: str, command: list[str]) -> None:
    result = run(*command, "--help", "--lang", language)
    assert (result.returncode, result.stderr) == (0, "")
    for words in WORDS[language]:
        assert words in re.sub(r"[ \n]+", " ", result.stdout)
    # English words in English only: the check finds what it looks for.
    assert bool(english_words_in(result.stdout, language)) == (language == "en")


WRONG = {
    "unknown-command": (
        ["frobnicate"],
        {
            "fr": "partnership-model: COMMANDE\u00a0: choix inconnu\u00a0: 'frobnicate' (au "
            "choix\u00a0: 'check', ",
            "en": "partnership-model: argument COMMAND: invalid choice: 'frobnicate' (choose "
            "from 'check', ",
            "nl": "partnership-model: OPDRACHT: onbekende keuze: 'frobnicate' (kies uit 'check', ",
        },
    ),
    "missing-file": (
        ["check"],
        {
            "fr": "partnership-model check: il manque\u00a0: FICHIER (voir partnership-model "
            "check --help)\n",
            "en": "partnership-model check: the following arguments are required: FILE (see "
            "partnership-model check --help)\n",
            "nl": "partnership-model check: ontbreekt nog: BESTAND (zie partnership-model check "
            "--help)\n",
        },
    ),
    "bad-date": (
        ["check", str(COMPLETE), "--today", "01/09/2026"],
        {
            "fr": "partnership-model check: --today\u00a0: «\u00a001/09/2026\u00a0» n'est pas "
            "une date\u00a0: une date s'écrit AAAA-MM-JJ, par exemple 2026-09-01 (voir "
            "partnership-model check --help)\n",
            "en": "partnership-model check: argument --today: '01/09/2026' is not a date: a "
            "date is written YYYY-MM-DD, for example 2026-09-01 (see partnership-model check "
            "--help)\n",
            "nl": "partnership-model check: --today: '01/09/2026' is geen datum: een datum "
            "schrijf je JJJJ-MM-DD, bijvoorbeeld 2026-09-01 (zie partnership-model check "
            "--help)\n",
        },
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", sorted(WRONG))
def test_a_wrong_command_line_is_said_in_one_line_in_the_language_asked(
    language: str, case: str
) -> None:
    args, said = WRONG[case]
    result = run(*args, "--lang", language)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(said[language])
    assert result.stderr.count("\n") == 1
    assert bool(english_words_in(result.stderr, language)) == (language == "en")


COMMANDS = ["check", "render", "calendar", "classify", "tally", "agenda", "match", "schema"]
COMMANDS += ["diff", "history", "new"]


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("command", COMMANDS)
def test_the_help_of_every_command_has_no_english_word(
    command: str, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert in_process(command, "--help", "--lang", language)[0] == 0
    assert english_words_in(capsys.readouterr().out, language) == set()


def test_the_locale_s_language_speaks_when_no_lang_is_given() -> None:
    dutch = run("--help", LANG="nl_BE.UTF-8")
    assert dutch.stdout.startswith("gebruik: partnership-model")
    assert english_words_in(dutch.stdout, "nl") == set()
    assert run("--help", LANG="C").stdout.startswith("utilisation\u00a0: partnership-model")
    assert run("--help", LANG="nl_BE.UTF-8", LC_ALL="en_GB.UTF-8").stdout.startswith("usage:")


def test_lang_wins_over_the_locale() -> None:
    result = run("check", "--today", "01/09/2026", "--lang", "fr", LANG="nl_BE.UTF-8")
    assert "n'est pas une date" in result.stderr


def test_a_language_the_library_does_not_speak_is_refused_in_the_locale_s() -> None:
    result = run("check", str(COMPLETE), "--lang", "de", LANG="nl_BE.UTF-8")
    assert result.returncode == 2
    assert result.stderr == (
        "partnership-model: de taal 'de' wordt niet ondersteund; kies uit fr, en, nl\n"
    )


# --- in process: what the command line says on its own


def test_check_reports_in_the_locale_s_language_and_render_in_the_convention_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    _, report, _ = in_process("check", str(COMPLETE))
    assert "Profiel: methodology" in report
    _, document, _ = in_process("render", str(COMPLETE))
    assert "## Article 1" in document  # the convention is French, and so is its text


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", "/nulle/part.json: n'existe pas"),
        ("en", "/nulle/part.json: does not exist"),
        ("nl", "/nulle/part.json: bestaat niet"),
    ],
)
def test_a_file_that_is_not_there_is_said_in_the_language(language: str, said: str) -> None:
    status, _, err = in_process("classify", "/nulle/part.json", "--lang", language)
    assert (status, err) == (2, f"partnership-model: {said}\n")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refusal_is_said_in_the_language_after_the_file_it_concerns(language: str) -> None:
    refusal = Refused("cli.exists", "dossier\x1b[2J.json", command="new")
    said = translate("cli.exists", language, command="new")
    assert refusal.said(language) == f"dossier\\x1b[2J.json: {said}"
    assert str(refusal) == refusal.said("en")


def test_an_unreadable_document_is_said_as_it_was_written() -> None:
    problem = Unreadable("document.json: 1 problem in the document:")
    assert problem.said("nl") == str(problem)


def test_a_missing_extra_is_said_in_the_language(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)
    status, _, err = in_process("calendar", str(COMPLETE), "--lang", "nl")
    assert status == 2
    assert err == (
        "partnership-model: de export van het plan als iCalendar vraagt de optionele extra "
        "'ical': pip install \"partnership-model[ical]\"\n"
    )


# --- what a document holds, said in the language


def _written(tmp_path: Path, change: Callable[[dict[str, Any]], object]) -> Path:
    """The shipped example, changed by ``change``, written in ``tmp_path``."""
    document = json.loads(COMPLETE.read_text(encoding="utf-8"))
    change(document)
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _amount_as_text(document: dict[str, Any]) -> None:
    document["convention"]["needs"][0]["amount"] = "24 000 €"


def _date_day_first(document: dict[str, Any]) -> None:
    document["convention"]["period"]["start"] = "01/09/2026"


def _holder_misspelt(document: dict[str, Any]) -> None:
    document["convention"]["roles"][0]["holders"] = ["pnt"]


DOCUMENTS: dict[str, tuple[Callable[[dict[str, Any]], object], dict[str, tuple[str, ...]]]] = {
    "wrong-type": (
        _amount_as_text,
        {
            "fr": (
                "1 problème dans le document\u00a0:",
                "  besoin 1 «\u00a0need-vivres\u00a0» › montant · $.convention.needs[0].amount",
                "attendu\u00a0: un objet entre accolades, qui s'écrit par exemple "
                '{"amount": "24000.00", "currency": "EUR"} (valeur\u00a0: "24 000 €")',
            ),
            "en": (
                "1 problem in the document:",
                "  need 1 'need-vivres' › amount · $.convention.needs[0].amount",
                'expected an object such as {"amount": "24000.00", "currency": "EUR"} '
                '(got "24 000 €")',
            ),
            "nl": (
                "1 probleem in het document:",
                "  behoefte 1 'need-vivres' › bedrag · $.convention.needs[0].amount",
                "verwacht: een object tussen accolades, bijvoorbeeld "
                '{"amount": "24000.00", "currency": "EUR"} (gevonden: "24 000 €")',
            ),
        },
    ),
    "bad-date": (
        _date_day_first,
        {
            "fr": (
                "  période › début · $.convention.period.start",
                'attendu\u00a0: une date écrite AAAA-MM-JJ, par exemple "2026-09-01"\u00a0: '
                'écrivez "2026-09-01" (valeur\u00a0: "01/09/2026")',
            ),
            "en": (
                "  period › start · $.convention.period.start",
                'expected a date written YYYY-MM-DD, such as "2026-09-01": write "2026-09-01" '
                '(got "01/09/2026")',
            ),
            "nl": (
                "  periode › begin · $.convention.period.start",
                'verwacht: een datum geschreven als JJJJ-MM-DD, bijvoorbeeld "2026-09-01": '
                'schrijf "2026-09-01" (gevonden: "01/09/2026")',
            ),
        },
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", sorted(DOCUMENTS))
def test_what_is_wrong_in_a_document_is_said_in_the_language_under_its_place(
    tmp_path: Path, language: str, case: str
) -> None:
    change, said = DOCUMENTS[case]
    result = run("check", str(_written(tmp_path, change)), "--lang", language)
    assert (result.returncode, result.stdout) == (2, "")
    for words in said[language]:
        assert words in result.stderr
    assert bool(english_words_in(result.stderr, language)) == (language == "en")


BROKEN_JSON = '{\n  "format": "partnership-model",\n  "type": "dossier",\n}\n'


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "fr",
            "JSON non valide à la ligne 4, colonne 1\u00a0: le nom d'un champ entre "
            "guillemets droits était attendu (une virgule avant une accolade fermante\u00a0?)",
        ),
        (
            "en",
            "not valid JSON at line 4, column 1: a member's name in double quotes was "
            "expected (is there a comma before a closing brace?)",
        ),
        (
            "nl",
            "geen geldige JSON op regel 4, kolom 1: de naam van een veld tussen dubbele "
            "aanhalingstekens werd verwacht (staat er een komma voor een sluitende accolade?)",
        ),
    ],
)
def test_broken_json_is_said_in_the_language_on_its_line_with_a_caret(
    tmp_path: Path, language: str, said: str
) -> None:
    document = tmp_path / "dossier.json"
    document.write_text(BROKEN_JSON, encoding="utf-8")
    result = run("check", str(document), "--lang", language)
    assert result.returncode == 2
    assert result.stderr.splitlines()[2:] == [f"    {said}", "        }", "        ^"]
    assert bool(english_words_in(result.stderr, language)) == (language == "en")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", "Vouliez-vous dire «\u00a0pont\u00a0»\u00a0?"),
        ("en", "Did you mean 'pont'?"),
        ("nl", "Bedoelde u 'pont'?"),
    ],
)
def test_an_id_that_names_nothing_is_told_the_closest_in_the_language(
    tmp_path: Path, language: str, said: str
) -> None:
    result = run("check", str(_written(tmp_path, _holder_misspelt)), "--lang", language)
    assert result.returncode == 1
    assert said in result.stdout
    assert bool(english_words_in(result.stdout, language)) == (language == "en")


def test_french_help_puts_a_no_break_space_before_each_heading_s_colon(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert in_process("check", "--help", "--lang", "fr")[0] == 0
    headings = [line for line in capsys.readouterr().out.splitlines() if line.endswith(":")]
    assert headings
    assert all(line.endswith("\u00a0:") for line in headings)
    assert in_process("check", "--help", "--lang", "en")[0] == 0
    assert "options:" in capsys.readouterr().out
