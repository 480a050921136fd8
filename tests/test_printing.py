"""Printing the agreement to PDF with a real engine, and reading the PDF back with pypdf.

Each engine found on the machine prints the twelve-party draft once for the whole module
(the printing tests are marked ``printing``: ``-m "not printing"`` leaves them out); a
test without the engine is skipped, saying how to install it. The failures are made
with a stand-in browser: a small shell script given as ``PARTNERSHIP_MODEL_CHROMIUM``
that sleeps, fails, writes nothing or records how it was called.
"""

from __future__ import annotations

import importlib
import io
import os
import re
import stat
import sys
import time
import unicodedata
from pathlib import Path

import attrs
import pypdf
import pytest

from partnership_model import LANGUAGES, print_agreement, render_agreement
from partnership_model._agreement import agreement_document
from partnership_model._agreement_document import AgreementDocument
from partnership_model._formatting import Formatter
from partnership_model._html_agreement import agreement_html
from partnership_model._printing import (
    CHROMIUM_ENVIRONMENT_VARIABLE,
    chromium_arguments,
    find_chromium,
    print_pdf,
)
from partnership_model.cli import main
from partnership_model.errors import (
    InvalidValueError,
    MissingExtraError,
    PrintError,
)
from partnership_model.money import totals_by_currency
from tests.agreements import TOTAL, agreement
from tests.support import EXAMPLES, brussels

PARTIES = 12
"""Enough parties for their signature blocks to take several pages."""

HOW_TO_INSTALL = {
    "chromium": (
        "no Chromium on this machine: install Debian's with tools/install_browser.sh "
        f"(apt-get install chromium), or set {CHROMIUM_ENVIRONMENT_VARIABLE} to a "
        "Chromium or Google Chrome executable"
    ),
    "weasyprint": 'WeasyPrint is not installed: pip install "partnership-model[pdf]"',
}


@attrs.frozen
class Printed:
    engine: str
    pages: tuple[str, ...]
    """The text layer of each page, as pypdf reads it."""
    seconds: float


def _engine_available(engine: str) -> str | None:
    """Why ``engine`` cannot print here, or None when it can. Where the check suite has
    installed a browser (CI), a Chromium not found fails the test instead."""
    if engine == "chromium":
        if find_chromium() is not None:
            return None
        if os.environ.get("PARTNERSHIP_MODEL_REQUIRE_CHROMIUM"):
            pytest.fail("tools/install_browser.sh installed a browser, but none is found")
        return HOW_TO_INSTALL[engine]
    try:
        importlib.import_module("weasyprint")
    except ImportError:
        return HOW_TO_INSTALL[engine]
    except OSError as broken:
        return f"WeasyPrint cannot load its system libraries ({broken}): install Pango"
    return None


@pytest.fixture(scope="module", params=["chromium", "weasyprint"])
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Printed:
    """The twelve-party draft printed once by each engine found."""
    engine: str = request.param
    reason = _engine_available(engine)
    if reason is not None:
        pytest.skip(reason)
    output = tmp_path_factory.mktemp(engine) / "agreement.pdf"
    html = agreement_html(agreement(PARTIES, draft=True))
    started = time.perf_counter()
    used = print_pdf(html, output, engine=engine)
    seconds = time.perf_counter() - started
    assert used == engine
    reader = pypdf.PdfReader(output)
    return Printed(engine, tuple(page.extract_text() for page in reader.pages), seconds)


def compact(text: str) -> str:
    """``text`` without its white space, which a PDF's text layer does not keep faithfully
    (pypdf guesses spaces from the glyphs' positions, and lines break where they fall),
    and with the typesetter's ligatures (``ﬁ``, ``ﬀ``) as the letters they join."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def signature_text(index: int) -> str:
    """The whole text of the ``index``-th signature block, in reading order."""
    document = agreement(PARTIES, draft=True)
    block = document.signatures[index]
    signatory, function, place, date = document.signature_labels
    values = [block.party, signatory, block.signatory, function, block.function, place, date]
    return compact("".join(value or "" for value in values))


@pytest.mark.printing
def test_the_agreement_takes_several_numbered_pages(printed: Printed) -> None:
    count = len(printed.pages)
    # Two pages of parties, three of articles, three rows of signature blocks a page.
    assert 5 <= count <= 10, count
    for number, text in enumerate(printed.pages, start=1):
        assert re.search(rf"page\s*{number}\s*/\s*{count}(?!\d)", text), (number, text[:200])


@pytest.mark.printing
def test_the_running_footer_names_the_parties_on_every_page(printed: Printed) -> None:
    footer = compact(agreement(PARTIES).footer)
    assert all(footer in compact(text) for text in printed.pages)


@pytest.mark.printing
def test_a_draft_is_marked_on_every_page(printed: Printed) -> None:
    # The stylesheet writes the mark in capitals; the articles say "projet" in lowercase.
    mark = agreement(PARTIES).draft_mark.upper()
    assert all(text.count(mark) == 1 for text in printed.pages), [
        text.count(mark) for text in printed.pages
    ]


@pytest.mark.printing
def test_every_partys_name_and_the_total_are_in_the_text_layer(printed: Printed) -> None:
    whole = "\n".join(printed.pages)
    for party in agreement(PARTIES).parties:
        assert compact(party.name) in compact(whole), party.name
    # The total as Babel writes it, its narrow no-break space and no-break space kept.
    assert TOTAL in whole


@pytest.mark.printing
def test_no_signature_block_is_split_across_pages(printed: Printed) -> None:
    pages_of_signatures: set[int] = set()
    for index in range(PARTIES):
        block = signature_text(index)
        holding = [number for number, text in enumerate(printed.pages) if block in compact(text)]
        assert len(holding) == 1, (index, holding)
        pages_of_signatures.update(holding)
    # The blocks do fill several pages, so that a split had chances to happen.
    assert len(pages_of_signatures) >= 2
    assert max(pages_of_signatures) == len(printed.pages) - 1


# --- the shipped example, printed in Chromium in each language


@attrs.frozen
class ShippedPrint:
    language: str
    document: AgreementDocument
    pages: tuple[str, ...]


@pytest.fixture(scope="module", params=LANGUAGES)
def shipped(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> ShippedPrint:
    """The HTML shipped in examples/rendered/ for the Brussels partnership, printed once
    per language by Chromium, as a coordinator's browser prints it."""
    language: str = request.param
    reason = _engine_available("chromium")
    if reason is not None:
        pytest.skip(reason)
    html = (EXAMPLES / "rendered" / f"brussels-partnership.agreement.{language}.html").read_text(
        encoding="utf-8"
    )
    output = tmp_path_factory.mktemp(f"brussels-{language}") / "agreement.pdf"
    assert print_pdf(html, output, engine="chromium") == "chromium"
    dossier = brussels()
    document = agreement_document(dossier.convention, dossier, language)
    pages = tuple(page.extract_text() for page in pypdf.PdfReader(output).pages)
    return ShippedPrint(language, document, pages)


@pytest.mark.printing
def test_the_shipped_agreement_prints_on_numbered_pages(shipped: ShippedPrint) -> None:
    count = len(shipped.pages)
    # Four parties, thirteen articles, four signature blocks: a few pages, not one.
    assert 3 <= count <= 10, count
    label = shipped.document.page_label
    for number, text in enumerate(shipped.pages, start=1):
        assert re.search(rf"{label}\s*{number}\s*/\s*{count}(?!\d)", text), (number, text[-200:])


@pytest.mark.printing
def test_the_shipped_agreement_keeps_each_signature_block_on_one_page(
    shipped: ShippedPrint,
) -> None:
    labels = shipped.document.signature_labels
    for block in shipped.document.signatures:
        values = (block.signatory, block.function, block.place, block.date)
        said = compact(
            block.party
            + "".join(f"{label}{value or ''}" for label, value in zip(labels, values, strict=True))
        )
        holding = [number for number, text in enumerate(shipped.pages) if said in compact(text)]
        assert len(holding) == 1, (block.party, holding)


@pytest.mark.printing
def test_the_shipped_agreement_names_every_party_and_the_total_in_its_text_layer(
    shipped: ShippedPrint,
) -> None:
    whole = "\n".join(shipped.pages)
    for partner in brussels().convention.partners:
        assert compact(partner.name) in compact(whole), partner.name
    funds = brussels().convention.funds
    (total,) = totals_by_currency(line.amount for line in funds.budget).values()
    # As the language writes it: 39 500,00 € · €39,500.00 · € 39.500,00
    said = Formatter(shipped.language).money(total)
    assert said in whole or compact(said) in compact(whole), said


# --- choosing an engine


def _browser(directory: Path, name: str, script: str) -> Path:
    """A stand-in browser: a shell script named ``name`` in ``directory``."""
    path = directory / name
    path.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


_WRITES_A_PDF = """for argument in "$@"; do
  case "$argument" in
    --print-to-pdf=*) printf '%%PDF-1.4\\n%%%%EOF\\n' > "${argument#--print-to-pdf=}";;
  esac
done"""


@pytest.fixture
def without_weasyprint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)


@pytest.fixture
def nothing_on_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty directory as the whole PATH, and no browser named in the environment."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv(CHROMIUM_ENVIRONMENT_VARIABLE, raising=False)
    return empty


@pytest.mark.usefixtures("without_weasyprint")
def test_auto_prints_with_chromium_when_weasyprint_is_not_installed(
    nothing_on_path: Path, tmp_path: Path
) -> None:
    _browser(nothing_on_path, "google-chrome", _WRITES_A_PDF)
    output = tmp_path / "agreement.pdf"
    assert print_pdf("<p>x</p>", output) == "chromium"
    assert output.read_bytes() == b"%PDF-1.4\n%%EOF\n"


def test_auto_prints_with_weasyprint_when_it_is_installed(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint", reason=HOW_TO_INSTALL["weasyprint"])
    output = tmp_path / "agreement.pdf"
    assert print_pdf("<p>Cuisine et quartier</p>", output) == "weasyprint"
    (page,) = pypdf.PdfReader(output).pages
    assert page.extract_text() == "Cuisine et quartier"


@pytest.mark.usefixtures("without_weasyprint", "nothing_on_path")
def test_with_no_engine_at_all_the_error_says_how_to_install_one(tmp_path: Path) -> None:
    with pytest.raises(PrintError) as raised:
        print_pdf("<p>x</p>", tmp_path / "agreement.pdf")
    assert raised.value.engine == "auto"
    message = str(raised.value)
    assert message.startswith("printing to PDF with auto: no engine found (printing to PDF")
    assert 'pip install "partnership-model[pdf]"' in message
    assert "apt-get install chromium" in message
    assert CHROMIUM_ENVIRONMENT_VARIABLE in message
    assert not (tmp_path / "agreement.pdf").exists()


@pytest.mark.usefixtures("nothing_on_path")
def test_chromium_asked_for_and_not_found_says_how_to_install_it(tmp_path: Path) -> None:
    with pytest.raises(PrintError, match=r"^printing to PDF with chromium: no Chromium found"):
        print_pdf("<p>x</p>", tmp_path / "agreement.pdf", engine="chromium")


@pytest.mark.usefixtures("without_weasyprint")
def test_weasyprint_asked_for_and_not_installed_says_how_to_install_it(tmp_path: Path) -> None:
    with pytest.raises(MissingExtraError) as raised:
        print_pdf("<p>x</p>", tmp_path / "agreement.pdf", engine="weasyprint")
    assert str(raised.value) == (
        "printing to PDF with WeasyPrint needs the optional extra 'pdf': "
        'pip install "partnership-model[pdf]"'
    )


def test_weasyprint_without_its_system_libraries_is_reported_and_auto_moves_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, nothing_on_path: Path
) -> None:
    # What importing WeasyPrint does where Pango is missing.
    modules = tmp_path / "modules"
    modules.mkdir()
    (modules / "weasyprint.py").write_text(
        "raise OSError(\"cannot load library 'libpango-1.0-0'\")\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(modules)
    monkeypatch.delitem(sys.modules, "weasyprint", raising=False)
    with pytest.raises(PrintError) as raised:
        print_pdf("<p>x</p>", tmp_path / "agreement.pdf", engine="weasyprint")
    assert raised.value.engine == "weasyprint"
    assert "cannot load its system libraries (cannot load library 'libpango" in str(raised.value)

    _browser(nothing_on_path, "chromium", _WRITES_A_PDF)
    assert print_pdf("<p>x</p>", tmp_path / "agreement.pdf") == "chromium"


def test_the_browser_named_in_the_environment_comes_first(
    monkeypatch: pytest.MonkeyPatch, nothing_on_path: Path, tmp_path: Path
) -> None:
    _browser(nothing_on_path, "chromium", _WRITES_A_PDF)
    mine = _browser(tmp_path, "my-chrome", _WRITES_A_PDF)
    assert find_chromium() == str(nothing_on_path / "chromium")
    monkeypatch.setenv(CHROMIUM_ENVIRONMENT_VARIABLE, str(mine))
    assert find_chromium() == str(mine)
    monkeypatch.setenv(CHROMIUM_ENVIRONMENT_VARIABLE, str(tmp_path / "no-such-browser"))
    with pytest.raises(PrintError, match="names no executable file"):
        find_chromium()


def test_the_names_on_path_are_tried_in_order(nothing_on_path: Path) -> None:
    assert find_chromium() is None
    _browser(nothing_on_path, "google-chrome-stable", "")
    assert find_chromium() == str(nothing_on_path / "google-chrome-stable")
    _browser(nothing_on_path, "chromium-browser", "")
    assert find_chromium() == str(nothing_on_path / "chromium-browser")


# --- how Chromium is run, and how it fails


def test_chromium_runs_headless_with_a_fresh_profile_and_no_network_of_its_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = tmp_path / "calls"
    browser = _browser(tmp_path, "chromium", f"printf '%s\\n' \"$@\" > {calls}\n{_WRITES_A_PDF}")
    monkeypatch.setenv(CHROMIUM_ENVIRONMENT_VARIABLE, str(browser))
    assert print_pdf("<p>x</p>", tmp_path / "out.pdf", engine="chromium") == "chromium"
    arguments = calls.read_text(encoding="utf-8").splitlines()
    assert arguments[:2] == ["--headless", "--disable-gpu"]
    for flag in (
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-pdf-header-footer",
    ):
        assert flag in arguments
    (profile,) = [argument for argument in arguments if argument.startswith("--user-data-dir=")]
    (pdf,) = [argument for argument in arguments if argument.startswith("--print-to-pdf=")]
    scratch = Path(profile.removeprefix("--user-data-dir=")).parent
    assert scratch.name.startswith("partnership-model-print-")
    assert Path(pdf.removeprefix("--print-to-pdf=")).parent == scratch
    assert arguments[-1] == (scratch / "agreement.html").as_uri()
    assert ("--no-sandbox" in arguments) == (os.geteuid() == 0)
    assert not scratch.exists(), "the scratch directory is removed afterwards"


def test_chromium_gives_up_its_sandbox_only_as_root(tmp_path: Path) -> None:
    page, pdf, profile = tmp_path / "a.html", tmp_path / "a.pdf", tmp_path / "profile"
    as_user = chromium_arguments("chromium", page, pdf, profile=profile, as_root=False)
    as_root = chromium_arguments("chromium", page, pdf, profile=profile, as_root=True)
    assert "--no-sandbox" not in as_user
    assert as_root == [*as_user[:-1], "--no-sandbox", page.as_uri()]


@pytest.mark.parametrize(
    ("script", "message"),
    [
        (
            "echo 'Trace/breakpoint trap' >&2\nexit 3",
            "stopped with exit status 3\n  Trace/breakpoint trap",
        ),
        ("echo 'ERROR: nothing to print' >&2", "finished but wrote no PDF\n  ERROR: nothing"),
        (
            'for a in "$@"; do case "$a" in --print-to-pdf=*) echo oops > "${a#*=}";; esac; done',
            "the engine wrote a file that is not a PDF",
        ),
    ],
    ids=["exit-status", "no-pdf", "not-a-pdf"],
)
def test_a_browser_that_fails_is_reported_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, script: str, message: str
) -> None:
    monkeypatch.setenv(CHROMIUM_ENVIRONMENT_VARIABLE, str(_browser(tmp_path, "chrome", script)))
    output = tmp_path / "agreement.pdf"
    with pytest.raises(PrintError) as raised:
        print_pdf("<p>x</p>", output, engine="chromium")
    assert raised.value.engine == "chromium"
    assert message in str(raised.value)
    assert not output.exists()


def test_a_browser_that_cannot_be_run_is_reported(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    browser = tmp_path / "chrome"
    browser.write_bytes(b"\x7fELF\x00\x00")  # executable, but no program this system runs
    browser.chmod(0o755)
    monkeypatch.setenv(CHROMIUM_ENVIRONMENT_VARIABLE, str(browser))
    with pytest.raises(PrintError, match=rf"^printing to PDF with chromium: cannot run {browser}"):
        print_pdf("<p>x</p>", tmp_path / "agreement.pdf", engine="chromium")


def test_a_browser_that_hangs_is_stopped_with_everything_it_started(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    child = tmp_path / "child"
    script = f"sleep 300 &\necho $! > {child}\nwait"
    monkeypatch.setenv(CHROMIUM_ENVIRONMENT_VARIABLE, str(_browser(tmp_path, "chrome", script)))
    started = time.perf_counter()
    with pytest.raises(PrintError) as raised:
        print_pdf("<p>x</p>", tmp_path / "agreement.pdf", engine="chromium", timeout=1)
    assert time.perf_counter() - started < 30
    assert "did not finish within 1 seconds; give it more time (timeout)" in str(raised.value)
    status = Path(f"/proc/{child.read_text(encoding='utf-8').strip()}/stat")
    # Gone, or a zombie waiting for init to reap it: not sleeping on.
    assert not status.exists() or status.read_text(encoding="utf-8").split()[2] in {"Z", "X"}


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"engine": "prince"}, "print_pdf(engine)"),
        ({"timeout": 0}, "print_pdf(timeout)"),
        ({"output": Path("/nonexistent/agreement.pdf")}, "print_pdf(output)"),
    ],
)
def test_impossible_arguments_are_refused_before_any_engine_runs(
    tmp_path: Path, arguments: dict[str, object], field: str
) -> None:
    call: dict[str, object] = {"output": tmp_path / "agreement.pdf", **arguments}
    with pytest.raises(InvalidValueError) as raised:
        print_pdf("<p>x</p>", **call)  # type: ignore[arg-type]
    assert raised.value.field == field


# --- print_agreement and render --format pdf


def test_print_agreement_prints_the_html_of_the_agreement_and_says_which_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded = tmp_path / "printed.html"
    browser = _browser(
        tmp_path,
        "browser",
        f'for argument in "$@"; do case "$argument" in file://*) cp "${{argument#file://}}" '
        f'"{recorded}";; esac; done\n' + _WRITES_A_PDF,
    )
    monkeypatch.setenv(CHROMIUM_ENVIRONMENT_VARIABLE, str(browser))
    output = tmp_path / "agreement.pdf"
    engine = print_agreement(brussels(), output, language="en", engine="chromium")
    assert engine == "chromium"
    assert output.read_bytes().startswith(b"%PDF-")
    assert recorded.read_text(encoding="utf-8") == render_agreement(
        brussels(), language="en", format="html"
    )


def test_render_format_pdf_writes_the_file_and_names_the_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CHROMIUM_ENVIRONMENT_VARIABLE, str(_browser(tmp_path, "b", _WRITES_A_PDF)))
    output = tmp_path / "agreement.pdf"
    out, err = io.StringIO(), io.StringIO()
    example = str(EXAMPLES / "brussels-partnership.json")
    arguments = ["render", example, "--format", "pdf", "--engine", "chromium", "-o", str(output)]
    status = main(arguments, stdout=out, stderr=err)
    assert (status, err.getvalue()) == (0, "")
    assert out.getvalue() == f"PDF imprimé par Chromium\u00a0: {output}\n"
    assert output.read_bytes().startswith(b"%PDF-")
