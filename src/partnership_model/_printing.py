"""The agreement's HTML printed to PDF by a real engine: WeasyPrint, in the optional extra
``pdf``, or the user's Chromium (or Google Chrome) run headless.

Either engine lays out the pages by the stylesheet's print rules (A4, the running footer
and page numbers in the margin boxes, no signature block split). Chromium is found
through the environment variable ``PARTNERSHIP_MODEL_CHROMIUM`` (an executable's path or
name), else as the first of ``chromium``, ``chromium-browser``, ``google-chrome`` and
``google-chrome-stable`` on the ``PATH``. It runs with a fresh profile of its own, no
network of its own (no updates, no sync, no background requests), and no shell between.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from partnership_model.errors import InvalidValueError, MissingExtraError, PrintError

if TYPE_CHECKING:
    from types import ModuleType

__all__ = [
    "CHROMIUM_ENVIRONMENT_VARIABLE",
    "CHROMIUM_NAMES",
    "ENGINES",
    "find_chromium",
    "print_pdf",
]

ENGINES = ("auto", "chromium", "weasyprint")
"""The engines :func:`print_pdf` knows; ``auto`` takes WeasyPrint when it is installed and
works, else Chromium."""
CHROMIUM_ENVIRONMENT_VARIABLE = "PARTNERSHIP_MODEL_CHROMIUM"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
"""The executables looked for on the ``PATH``, in this order."""

_HOW_TO_GET_AN_ENGINE = (
    'install WeasyPrint (pip install "partnership-model[pdf]") or Chromium '
    "(on Debian and Ubuntu: apt-get install chromium; elsewhere Chromium or Google Chrome), "
    f"or set {CHROMIUM_ENVIRONMENT_VARIABLE} to the browser's executable"
)
_STDERR_LINES = 5
"""The most lines of Chromium's own messages an error quotes."""


def print_pdf(html: str, output: Path, *, engine: str = "auto", timeout: float = 120) -> str:
    """Print ``html`` (a standalone document, as
    :func:`~partnership_model._html_agreement.agreement_html` makes) to the PDF file
    ``output``, and return the engine that printed it (``"weasyprint"`` or ``"chromium"``).

    ``engine`` is ``"auto"`` (WeasyPrint when the ``pdf`` extra is installed and its
    system libraries load, else Chromium), ``"weasyprint"`` or ``"chromium"``.
    ``timeout`` bounds Chromium's run in seconds; WeasyPrint runs in this process, to the
    end. ``output`` is written only once the engine has made a whole PDF.

    Raises :class:`~partnership_model.errors.PrintError` naming the engine and what to do
    when no engine is found, or the engine fails, runs out of time or writes no PDF; and
    :class:`~partnership_model.errors.MissingExtraError` when WeasyPrint is asked for by
    name and not installed.
    """
    if engine not in ENGINES:
        raise InvalidValueError(
            "print_pdf(engine)", engine, f"expected one of {', '.join(ENGINES)}"
        )
    if not timeout > 0:
        raise InvalidValueError(
            "print_pdf(timeout)", timeout, "expected a positive number of seconds"
        )
    output = Path(output)
    if not output.parent.is_dir():
        raise InvalidValueError("print_pdf(output)", output, "its directory does not exist")
    if engine == "weasyprint":
        _print_with_weasyprint(_weasyprint(), html, output)
        return "weasyprint"
    if engine == "chromium":
        executable = find_chromium()
        if executable is None:
            raise PrintError("chromium", f"no Chromium found: {_HOW_TO_GET_AN_ENGINE}")
        _print_with_chromium(executable, html, output, timeout)
        return "chromium"
    try:
        weasyprint = _weasyprint()
    except (MissingExtraError, PrintError) as unavailable:
        executable = find_chromium()
        if executable is None:
            raise PrintError(
                "auto", f"no engine found ({unavailable}; no Chromium): {_HOW_TO_GET_AN_ENGINE}"
            ) from unavailable
        _print_with_chromium(executable, html, output, timeout)
        return "chromium"
    _print_with_weasyprint(weasyprint, html, output)
    return "weasyprint"


def find_chromium() -> str | None:
    """The Chromium to print with: ``PARTNERSHIP_MODEL_CHROMIUM`` when it is set (an error
    when it names no executable), else the first of :data:`CHROMIUM_NAMES` on the
    ``PATH``, else None."""
    configured = os.environ.get(CHROMIUM_ENVIRONMENT_VARIABLE, "")
    if configured:
        found = shutil.which(configured)
        if found is None:
            raise PrintError(
                "chromium",
                f"{CHROMIUM_ENVIRONMENT_VARIABLE}={configured!r} names no executable file",
            )
        return found
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found is not None:
            return found
    return None


def _weasyprint() -> ModuleType:
    try:
        return importlib.import_module("weasyprint")
    except ImportError as missing:
        raise MissingExtraError("pdf", "printing to PDF with WeasyPrint") from missing
    except OSError as broken:  # installed, but Pango or another system library is missing
        raise PrintError(
            "weasyprint",
            f"WeasyPrint is installed but cannot load its system libraries ({broken}): "
            "install Pango as WeasyPrint's documentation says, or print with Chromium",
        ) from broken


def _print_with_weasyprint(weasyprint: ModuleType, html: str, output: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="partnership-model-print-") as scratch:
        pdf = Path(scratch) / "agreement.pdf"
        weasyprint.HTML(string=html).write_pdf(pdf)
        _deliver(pdf, output, "weasyprint", "")


def _print_with_chromium(executable: str, html: str, output: Path, timeout: float) -> None:
    with tempfile.TemporaryDirectory(
        prefix="partnership-model-print-", ignore_cleanup_errors=True
    ) as scratch:
        page = Path(scratch) / "agreement.html"
        page.write_text(html, encoding="utf-8")
        pdf = Path(scratch) / "agreement.pdf"
        arguments = chromium_arguments(
            executable,
            page,
            pdf,
            profile=Path(scratch) / "profile",
            as_root=hasattr(os, "geteuid") and os.geteuid() == 0,
        )
        try:
            process = subprocess.Popen(  # noqa: S603  # an argument list, no shell
                arguments,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
        except OSError as error:
            raise PrintError("chromium", f"cannot run {executable}: {error}") from error
        try:
            _, messages = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop(process)
            raise PrintError(
                "chromium",
                f"{executable} did not finish within {timeout:g} seconds; give it more time "
                "(timeout) or check that it starts: "
                f"{executable} --headless --disable-gpu --version",
            ) from None
        said = _last_lines(messages)
        if process.returncode != 0:
            raise PrintError(
                "chromium", f"{executable} stopped with exit status {process.returncode}{said}"
            )
        _deliver(pdf, output, "chromium", said)


def chromium_arguments(
    executable: str, page: Path, pdf: Path, *, profile: Path, as_root: bool
) -> list[str]:
    """The command that prints ``page`` to ``pdf``: headless, with the fresh ``profile``,
    nothing fetched by the browser for itself, no header or footer of the browser's own
    (the stylesheet's margin boxes make them), and without the sandbox only for root,
    which Chromium refuses to run sandboxed."""
    arguments = [
        executable,
        "--headless",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--disable-extensions",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
    ]
    if as_root:
        arguments.append("--no-sandbox")
    arguments.append(page.as_uri())
    return arguments


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End Chromium and every process it started (its session), then reap it."""
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    else:  # pragma: no cover  # Windows: no process groups to end; the tests run on Linux
        process.kill()
    process.communicate()


def _last_lines(messages: bytes) -> str:
    lines = messages.decode("utf-8", "replace").strip().splitlines()[-_STDERR_LINES:]
    return "".join(f"\n  {line}" for line in lines)


def _deliver(pdf: Path, output: Path, engine: str, said: str) -> None:
    """Move the engine's ``pdf`` to ``output``, once it is known to be a PDF."""
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise PrintError(engine, f"the engine finished but wrote no PDF{said}")
    with pdf.open("rb") as written:
        if written.read(5) != b"%PDF-":
            raise PrintError(engine, f"the engine wrote a file that is not a PDF{said}")
    shutil.move(pdf, output)
