"""Markdown and Mermaid for text the partners wrote: escaped so that it always shows as
itself, on one line, and never as Markdown, HTML or a Mermaid statement; GFM tables; and
:class:`MarkdownPage`, the wording of a convention laid out as Markdown.

Every export that writes Markdown goes through this module; the words themselves come
from :mod:`partnership_model._wording`, which knows nothing of Markdown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from partnership_model._wording import NOT_SAID, Wording
from partnership_model.convention import Convention
from partnership_model.dossier import Dossier
from partnership_model.planning import Step
from partnership_model.text import CONTROLS, blank, visible

__all__ = ["MarkdownPage", "cell", "escape", "gantt_chart", "mermaid", "table"]

_ESCAPES = {char: "\\" + char for char in "\\`*_[]#|~$"} | {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "\n": "<br>",
}
_ESCAPING = str.maketrans(_ESCAPES)
"""The same, as a table :meth:`str.translate` applies in one pass."""
_LINE_BREAKS = re.compile(r"\r\n?")
_ESCAPED_HERE = "".join(re.escape(char) for char in _ESCAPES) + CONTROLS
"""The characters :func:`escape` changes wherever they are, as a class's inside."""
_NOTHING_TO_ESCAPE = re.compile(f"[^-+=0-9 \t{_ESCAPED_HERE}][^{_ESCAPED_HERE}]*")
"""A text that shows as itself as it is: no character to escape, nothing at its start
that could open a block. Most names and titles are such texts."""
_ORDERED_MARKER = re.compile(r"[0-9]{1,9}(?=[.)](?:[ \t]|$))")


def escape(text: str) -> str:
    """``text`` as Markdown that shows exactly ``text``, on one line, wherever it is put.

    A backslash goes before each character that could open emphasis, code, a link, a
    heading, a table cell, strikethrough or math; ``& < >`` become entities, so that no
    HTML passes; line breaks become ``<br>``; any other control character shows as an
    escape (``\x1b``), so that none reaches the reader's screen. At the start, where a
    block could open, indentation becomes entities and a list marker is escaped.
    """
    if _NOTHING_TO_ESCAPE.fullmatch(text):
        return text
    body = text.lstrip(" \t")
    lead = "".join("&#9;" if char == "\t" else "&#32;" for char in text[: len(text) - len(body)])
    shown = visible(_LINE_BREAKS.sub("\n", body), keep="\n\t")
    escaped = shown.translate(_ESCAPING)
    if not lead:
        if escaped[:1] in ("-", "+", "="):
            escaped = "\\" + escaped
        elif marker := _ORDERED_MARKER.match(escaped):
            escaped = f"{escaped[: marker.end()]}\\{escaped[marker.end() :]}"
    return lead + escaped


def cell(text: str | None) -> str:
    """A table cell (or a value standing alone) that shows ``text`` literally.

    :func:`escape` keeps it on one line with its pipes escaped, so that it cannot end
    the cell or the row; an absent or blank value shows as a dash rather than an empty
    cell, so that a draft shows what is still missing.
    """
    if text is None or blank(text):
        return NOT_SAID
    return escape(text)


_MERMAID_REMOVED = frozenset(":;#%`<>\\")
# What opens a statement of Mermaid's gantt grammar (it ignores case) when a line starts so.
_MERMAID_KEYWORD = re.compile(
    r"gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes"
    r"|todaymarker|weekday|weekend|title|accdescription|acctitle|accdescr|section|click"
    r"|href|call|displaymode|vert|[0-9]{4}-",
    re.IGNORECASE,
)


def mermaid(text: str) -> str:
    """``text`` made safe as a name in a Mermaid gantt chart: one line without ``: ; # %``,
    backticks, ``< > \\`` or control characters, never starting with a gantt keyword.

    What is removed becomes a space; the timeline table beside the chart keeps the exact text.
    """
    kept = "".join(
        " " if char in _MERMAID_REMOVED or unicodedata.category(char)[0] in "CZ" else char
        for char in text
    )
    cleaned = " ".join(kept.split())
    if _MERMAID_KEYWORD.match(cleaned):
        return f"· {cleaned}"
    return cleaned


def table(header: Sequence[str], rows: Iterable[Sequence[str]], centred: int = 0) -> str:
    """A GFM table whose last ``centred`` columns are centred; cells come escaped."""
    rule = ["---"] * (len(header) - centred) + [":-:"] * centred
    lines = [f"| {' | '.join(header)} |", f"| {' | '.join(rule)} |"]
    lines.extend(f"| {' | '.join(row)} |" for row in rows)
    return "\n".join(lines)


class MarkdownPage(Wording):
    """The wording of one convention in one language, with what a Markdown document lays
    out: headings, lists of fields, table headers; names escaped by :func:`escape`."""

    def __init__(self, convention: Convention, dossier: Dossier | None, language: str) -> None:
        super().__init__(convention, dossier, language, quote=escape)

    def heading(self, level: int, key: str) -> str:
        return f"{'#' * level} {self.say(key)}"

    def fields(self, *pairs: tuple[str, str]) -> str:
        separator = self.say("summary.separator")
        return "\n".join(f"- **{self.say(key)}**{separator}{value}" for key, value in pairs)

    def header(self, *keys: str) -> list[str]:
        return [self.say(key) for key in keys]


def _gantt_line(step: Step) -> str | None:
    """The step as a bar of its planned days, a milestone when one end alone is known."""
    start, end = step.planned.start, step.planned.end
    name = mermaid(step.title) or mermaid(step.id)
    done = "done, " if step.is_done else ""
    if start is not None and end is not None:
        return f"    {name} :{done}{start.isoformat()}, {(end - start).days + 1}d"
    known = start or end
    if known is None:
        return None
    return f"    {name} :{done}milestone, {known.isoformat()}, 0d"


def gantt_chart(page: MarkdownPage) -> str:
    """A Mermaid gantt chart of the dated steps: the project's, then the administrative."""
    project: list[str] = []
    administrative: list[str] = []
    for step in page.convention.timeline.steps:
        line = _gantt_line(step)
        if line is not None:
            (administrative if step.kind.is_administrative else project).append(line)
    if not project and not administrative:
        return page.say("document.gantt-none")
    chart = ["```mermaid", "gantt"]
    if title := mermaid(page.convention.name):
        chart.append(f"    title {title}")
    chart.append("    dateFormat YYYY-MM-DD")
    for key, lines in (
        ("document.gantt-project", project),
        ("document.gantt-administrative", administrative),
    ):
        if lines:
            chart += [f"    section {mermaid(page.say(key))}", *lines]
    chart.append("```")
    return "\n".join(chart)
