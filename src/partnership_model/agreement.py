"""The convention as the partners print and sign it: numbered articles in French,
English or Dutch, as Markdown, standalone HTML made for print, or PDF.

Where :func:`~partnership_model.render_markdown` is a data sheet of everything a
dossier holds, the agreement reads as a "convention de partenariat": the parties, then
articles in the order of such a convention (purpose, duration, obligations, governance,
finances, timeline, evaluation, communication, institutions, amendment, withdrawal,
disputes, other clauses) and a signature block per party. Amounts, dates and periods
follow the language's rules (CLDR through Babel when the ``print`` extra is installed),
recurrences and shares are said in words, ids by the names they refer to. An article
the convention does not fill yet says what is still to be agreed, and a convention not
signed by every party is marked as a draft on every page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from partnership_model._agreement import agreement_document
from partnership_model._agreement_markdown import agreement_markdown
from partnership_model.convention import Convention
from partnership_model.dossier import Dossier, read_target
from partnership_model.errors import InvalidValueError

__all__ = ["AGREEMENT_FORMATS", "print_agreement", "render_agreement"]

AGREEMENT_FORMATS = ("markdown", "html")
"""What :func:`render_agreement` writes; :func:`print_agreement` makes the PDF."""


def render_agreement(
    target: Dossier | Convention,
    *,
    language: str | None = None,
    format: Literal["markdown", "html"] = "markdown",  # the word users expect
    template: str | Path | None = None,
) -> str:
    """The agreement of ``target`` (a dossier's current text, or a convention) as text.

    ``language`` is ``fr``, ``en``, ``nl`` or a regional tag (``nl-BE``), by default the
    convention's own. ``format="html"`` gives a standalone HTML document with its print
    stylesheet (A4, page numbers and the parties' names in the footer, no signature block
    split across pages), laid out by a Jinja2 template with autoescaping: the ``print``
    extra. ``template`` names a folder holding the application's own
    ``agreement.html.j2`` or ``agreement.css`` (either or both), used instead of the
    library's.
    """
    convention, dossier = read_target("render_agreement", target)
    document = agreement_document(convention, dossier, language or convention.language)
    if format == "markdown":
        if template is not None:
            raise InvalidValueError(
                "render_agreement(template)", template, "a template lays out HTML only"
            )
        return agreement_markdown(document)
    if format == "html":
        from partnership_model._html_agreement import agreement_html  # noqa: PLC0415  # the print extra

        return agreement_html(document, None if template is None else Path(template))
    raise InvalidValueError(
        "render_agreement(format)", format, f"expected one of {', '.join(AGREEMENT_FORMATS)}"
    )


def print_agreement(
    target: Dossier | Convention,
    output: str | Path,
    *,
    language: str | None = None,
    template: str | Path | None = None,
    engine: str = "auto",
    timeout: float = 120,
) -> str:
    """Print the agreement of ``target`` to the PDF file ``output``; the engine used.

    The HTML of :func:`render_agreement` is printed by WeasyPrint when it is installed,
    else by the Chromium or Chrome found on the ``PATH`` (or named by the
    ``PARTNERSHIP_MODEL_CHROMIUM`` environment variable), run headless with no network
    and a fresh profile. ``engine`` chooses one (``"weasyprint"``, ``"chromium"``).
    Raises :class:`~partnership_model.errors.PrintError` when no engine is found or
    printing fails, saying what to install.
    """
    html = render_agreement(target, language=language, format="html", template=template)
    from partnership_model._printing import print_pdf  # noqa: PLC0415  # a browser, when asked

    return print_pdf(html, Path(output), engine=engine, timeout=timeout)
