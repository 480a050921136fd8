"""Text for people: a short summary of a convention or dossier, or the whole convention as
a Markdown document to read and sign, in French, English or Dutch.

The library's own words (headings, labels, enum names, the sentences that say a decision
rule or a recurrence) come from the catalogue in the chosen language; what the partners
wrote (names, titles, descriptions, clauses) stays as they wrote it, escaped so that it
always reads as plain text and never as Markdown, HTML or Mermaid.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction

from partnership_model.classification import classify
from partnership_model.convention import Convention, Signature
from partnership_model.decision_making import DecisionMode, DecisionRule
from partnership_model.dossier import Dossier, read_target
from partnership_model.i18n import resolve_language, translate
from partnership_model.minutes import Choice, DecideStep, DecisionRecord
from partnership_model.money import Money, Quantity, totals_by_currency
from partnership_model.planning import Recurrence, RuleParts, Step
from partnership_model.roles import Raci, RoleKind, Task
from partnership_model.text import blank, visible

__all__ = ["render_markdown", "summarize"]


def _line(key: str, language: str, value: object) -> str:
    return f"{translate(key, language)}{translate('summary.separator', language)}{value}"


def summarize(target: Dossier | Convention, language: str = "fr") -> str:
    """A few lines saying what the convention is, who is in it and how far it has got.

    Labels are in ``language``; what the partners wrote stays as they wrote it.
    """
    convention, dossier = read_target("summarize", target)
    language = resolve_language(language)
    none = translate("summary.none", language)
    separator = translate("summary.separator", language)
    classification = classify(convention)
    declared = convention.form.label(language) if convention.form else none
    found = classification.form.label(language) if classification.form else none
    partners = (
        ", ".join(f"{p.name} ({p.kind.label(language)})" for p in convention.partners) or none
    )
    names = {p.id: p.name for p in convention.partners}
    coordinators = [
        names.get(holder, holder)
        for role in convention.roles
        if role.kind is RoleKind.COORDINATOR
        for holder in role.holders
    ]
    period = convention.period
    span = (
        f"{period.start.isoformat() if period.start else '?'} → "
        f"{period.end.isoformat() if period.end else '?'}"
    )
    needs = totals_by_currency(n.amount for n in convention.needs if n.amount is not None)
    lines = [
        convention.name,
        "=" * len(convention.name),
        _line(
            "summary.form",
            language,
            f"{declared} ({translate('summary.classified', language)}{separator}{found})",
        ),
        _line("summary.partners", language, partners),
        _line(
            "summary.coordinator",
            language,
            ", ".join(coordinators) or none,
        ),
        _line("summary.period", language, span),
        _line("summary.objectives", language, len(convention.objectives)),
        _line(
            "summary.indicators",
            language,
            sum(len(o.indicators) for o in convention.objectives),
        ),
        _line("summary.needs", language, len(convention.needs)),
        _line(
            "summary.financial-needs",
            language,
            ", ".join(str(total) for total in needs.values()) or none,
        ),
        _line("summary.tasks", language, len(convention.tasks)),
        _line("summary.contributions", language, len(convention.contributions)),
        _line("summary.steps", language, len(convention.timeline.steps)),
        _line(
            "summary.administrative-steps",
            language,
            sum(1 for s in convention.timeline.steps if s.kind.is_administrative),
        ),
        _line("summary.evaluation-moments", language, len(convention.evaluation.moments)),
        _line(
            "summary.communication-actions",
            language,
            len(convention.communication.actions),
        ),
        _line("summary.signatures", language, len(convention.signatures)),
    ]
    if dossier is not None:
        lines.append(_line("summary.minutes", language, len(dossier.minutes)))
        lines.append(_line("summary.amendments", language, len(dossier.amendments)))
    lines.append("")
    lines.extend(f"- {reason}" for reason in classification.explain(language, names))
    return "\n".join(lines)


# --- escaping ------------------------------------------------------------------------------

_ESCAPES = {char: "\\" + char for char in "\\`*_[]#|~$"} | {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "\n": "<br>",
}
_LINE_BREAKS = re.compile(r"\r\n?")
_ORDERED_MARKER = re.compile(r"[0-9]{1,9}(?=[.)](?:[ \t]|$))")


def _escape(text: str) -> str:
    """``text`` as Markdown that shows exactly ``text``, on one line, wherever it is put.

    A backslash goes before each character that could open emphasis, code, a link, a
    heading, a table cell, strikethrough or math; ``& < >`` become entities, so that no
    HTML passes; line breaks become ``<br>``; any other control character shows as an
    escape (``\x1b``), so that none reaches the reader's screen. At the start, where a
    block could open, indentation becomes entities and a list marker is escaped.
    """
    body = text.lstrip(" \t")
    lead = "".join("&#9;" if char == "\t" else "&#32;" for char in text[: len(text) - len(body)])
    shown = visible(_LINE_BREAKS.sub("\n", body), keep="\n\t")
    escaped = "".join(_ESCAPES.get(char, char) for char in shown)
    if not lead:
        if escaped[:1] in ("-", "+", "="):
            escaped = "\\" + escaped
        elif marker := _ORDERED_MARKER.match(escaped):
            escaped = f"{escaped[: marker.end()]}\\{escaped[marker.end() :]}"
    return lead + escaped


_ABSENT = "—"
"""What a cell or a field shows when the convention does not say it (yet)."""


def _cell(text: str | None) -> str:
    """A table cell (or a value standing alone) that shows ``text`` literally.

    :func:`_escape` keeps it on one line with its pipes escaped, so that it cannot end
    the cell or the row; an absent or blank value shows as a dash rather than an empty
    cell, so that a draft shows what is still missing.
    """
    if text is None or blank(text):
        return _ABSENT
    return _escape(text)


_MERMAID_REMOVED = frozenset(":;#%`<>\\")
# What opens a statement of Mermaid's gantt grammar (it ignores case) when a line starts so.
_MERMAID_KEYWORD = re.compile(
    r"gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes"
    r"|todaymarker|weekday|weekend|title|accdescription|acctitle|accdescr|section|click"
    r"|href|call|displaymode|vert|[0-9]{4}-",
    re.IGNORECASE,
)


def _mermaid(text: str) -> str:
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


# --- numbers, dates and the words for them -------------------------------------------------

_FRACTIONS = {
    Fraction(1, 2): "1-2",
    Fraction(1, 3): "1-3",
    Fraction(2, 3): "2-3",
    Fraction(1, 4): "1-4",
    Fraction(3, 4): "3-4",
    Fraction(1, 5): "1-5",
    Fraction(2, 5): "2-5",
    Fraction(3, 5): "3-5",
    Fraction(4, 5): "4-5",
    Fraction(1): "1-1",
}
"""Shares said in words (``document.fraction-<n>-<d>``); any other is written n/d."""

_FREQUENCIES = {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly", "YEARLY": "yearly"}
_ORDINALS: dict[int | None, str] = {1: "1", 2: "2", 3: "3", 4: "4", 5: "5", -1: "last"}


def _amount(value: Decimal) -> str:
    """Every digit as given, never in exponent notation: ``1250.50`` stays ``1250.50``."""
    return format(value, "f")


def _money(money: Money) -> str:
    return f"{_amount(money.amount)} {money.currency}"


def _quantity(quantity: Quantity) -> str:
    return f"{_amount(quantity.value)} {_escape(quantity.unit)}"


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else _ABSENT


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], centred: int = 0) -> str:
    """A GFM table whose last ``centred`` columns are centred; cells come escaped."""
    rule = ["---"] * (len(header) - centred) + [":-:"] * centred
    lines = [f"| {' | '.join(header)} |", f"| {' | '.join(rule)} |"]
    lines.extend(f"| {' | '.join(row)} |" for row in rows)
    return "\n".join(lines)


REFERENCE_LENGTH = 120
"""The most characters of a name shown where something refers to it (a task's partners,
a need's contributions): its own section shows it whole. A document that refers to a
long name ten thousand times thus grows with the references, not with their product."""


def _short(name: str) -> str:
    return name if len(name) <= REFERENCE_LENGTH else name[: REFERENCE_LENGTH - 1] + "…"


class _Writer:
    """What every section needs: the language, and names for the ids the convention holds.

    An id is shown by the name of what it refers to (at most :data:`REFERENCE_LENGTH`
    characters of it), or as written when the draft refers to something not there yet;
    either way escaped.
    """

    def __init__(self, convention: Convention, language: str) -> None:
        self.convention = convention
        self.language = language
        self.partners: dict[str, str] = {}
        for partner in convention.partners:
            self.partners.setdefault(partner.id, _short(partner.name))
        self.bodies = {b.id: _short(b.name) for b in reversed(convention.governing_bodies)}
        self.roles = {role.id: role for role in reversed(convention.roles)}
        self.needs = {n.id: _short(n.description or n.id) for n in reversed(convention.needs)}
        self.tasks = {task.id: _short(task.title) for task in reversed(convention.tasks)}
        self.steps = {s.id: _short(s.title) for s in reversed(convention.timeline.steps)}
        self.indicators = {
            indicator.id: _short(indicator.name)
            for objective in reversed(convention.objectives)
            for indicator in reversed(objective.indicators)
        }
        self.role_references: dict[str, str] = {}

    def t(self, key: str, **params: object) -> str:
        return translate(key, self.language, **params)

    def heading(self, level: int, key: str) -> str:
        return f"{'#' * level} {self.t(key)}"

    def fields(self, *pairs: tuple[str, str]) -> str:
        separator = self.t("summary.separator")
        return "\n".join(f"- **{self.t(key)}**{separator}{value}" for key, value in pairs)

    def header(self, *keys: str) -> list[str]:
        return [self.t(key) for key in keys]

    def and_(self, items: Sequence[str]) -> str:
        if len(items) < 2:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.t('document.and')} {items[-1]}"

    def partner(self, partner_id: str | None) -> str:
        if partner_id is None:
            return _ABSENT
        return _escape(self.partners.get(partner_id, partner_id))

    def partner_list(self, partner_ids: Iterable[str]) -> str:
        return ", ".join(self.partner(p) for p in partner_ids) or _ABSENT

    def named(self, names: dict[str, str], ids: Iterable[str | None]) -> str:
        return ", ".join(_escape(names.get(i, i)) for i in ids if i is not None) or _ABSENT

    def anyone(self, reference: str | None) -> str:
        """A partner, a governing body or a role, by id; anything else as written."""
        if reference is None:
            return _ABSENT
        if reference in self.partners:
            return self.partner(reference)
        if reference in self.bodies:
            return _escape(self.bodies[reference])
        if reference in self.roles:
            if reference not in self.role_references:
                title, holders = self.role_parts(reference)
                self.role_references[reference] = _escape(_short(f"{title} ({holders})"))
            return self.role_references[reference]
        return _escape(reference)

    def role_parts(self, reference: str) -> tuple[str, str]:
        """A role's title (else its kind) and its first holders, unescaped."""
        role = self.roles[reference]
        title = role.kind.label(self.language) if blank(role.title) else role.title
        holders = ", ".join(self.partners.get(p, p) for p in role.holders[:3])
        more = ", …" if len(role.holders) > 3 else ""
        return str(title), holders + more

    def delegated(self, delegate: str) -> str:
        """Who decides alone, said with the article the language wants: a partner by its
        name, a body as a body, a role as whoever holds it."""
        if delegate in self.partners:
            return self.t("document.rule-delegated", delegate=self.partner(delegate))
        if delegate in self.bodies:
            return self.t("document.rule-delegated-body", body=_escape(self.bodies[delegate]))
        if delegate in self.roles:
            title, holders = self.role_parts(delegate)
            return self.t(
                "document.rule-delegated-role",
                role=_escape(_short(title)),
                holders=_escape(_short(holders)) if holders else _ABSENT,
            )
        return self.t("document.rule-delegated", delegate=_escape(delegate))

    def contributor(self, partner_id: str | None) -> str:
        return self.partner(partner_id) if partner_id else self.t("document.partner-unnamed")

    def fraction(self, share: Fraction) -> str:
        if share in _FRACTIONS:
            return self.t(f"document.fraction-{_FRACTIONS[share]}")
        return self.t("document.fraction-n", fraction=f"{share.numerator}/{share.denominator}")

    def rule_sentence(self, rule: DecisionRule) -> str:
        """How a rule decides, in one sentence: mode, majority, quorum, members present."""
        base = rule.threshold_base.label(self.language)
        share = None if rule.threshold is None else self.fraction(rule.threshold)
        strict = "-strict" if rule.strict else ""
        conditions: list[str] = []
        if rule.mode is DecisionMode.MAJORITY:
            main = (
                self.t("document.rule-majority-unspecified", base=base)
                if share is None
                else self.t(f"document.rule-majority{strict}", fraction=share, base=base)
            )
        else:
            if rule.mode is DecisionMode.UNANIMITY:
                main = self.t("document.rule-unanimity", base=base)
            elif rule.mode is DecisionMode.DELEGATED and rule.delegate is not None:
                main = self.delegated(rule.delegate)
            elif rule.mode is DecisionMode.DELEGATED:
                main = self.t("document.rule-delegated-unnamed")
            else:
                main = self.t(f"document.rule-{rule.mode.value}")
            if share is not None:
                conditions.append(
                    self.t(f"document.rule-agreement{strict}", fraction=share, base=base)
                )
        if rule.quorum is not None:
            conditions.append(self.t("document.rule-quorum", fraction=self.fraction(rule.quorum)))
        if rule.minimum_present is not None:
            one = "-one" if rule.minimum_present == 1 else ""
            conditions.append(
                self.t(f"document.rule-minimum-present{one}", count=rule.minimum_present)
            )
        if conditions:
            main += ", " + self.t("document.rule-with", conditions=self.and_(conditions))
        return main + "."

    def recurrence(self, recurrence: Recurrence | None) -> str:
        """The recurrence in words when they are easy to say, always with its RRULE."""
        if recurrence is None:
            return _ABSENT
        words = self.recurrence_words(recurrence.parts)
        rule = _escape(recurrence.rule)
        return f"{words} ({rule})" if words else rule

    def recurrence_words(self, parts: RuleParts) -> str | None:
        if parts.bymonthday or parts.byyearday or parts.byweekno or parts.bymonth:
            return None
        if parts.bysetpos or parts.week_start != "MO":
            return None
        frequency = _FREQUENCIES[parts.frequency]
        words = [
            self.t(f"document.freq-{frequency}-n", n=parts.interval)
            if parts.interval > 1
            else self.t(f"document.freq-{frequency}")
        ]
        if parts.byday:
            on = self.weekdays(frequency, parts.byday)
            if on is None:
                return None
            words.append(self.t("document.on-days", days=on))
        if parts.until is not None:
            words.append(self.t("document.until", date=parts.until.isoformat()))
        if parts.count is not None:
            words.append(
                self.t("document.count", count=parts.count)
                if parts.count > 1
                else self.t("document.count-one")
            )
        return ", ".join(words)

    def weekdays(self, frequency: str, byday: Sequence[tuple[int | None, str]]) -> str | None:
        """Plain days of a weekly rule, or ordinal days of a monthly one; else None."""
        days = [(ordinal, self.t(f"document.day-{day.lower()}")) for ordinal, day in byday]
        if frequency == "weekly" and all(ordinal is None for ordinal, _ in days):
            return self.and_([self.t("document.on-weekday", day=day) for _, day in days])
        if frequency == "monthly" and all(ordinal in _ORDINALS for ordinal, _ in days):
            return self.and_(
                [
                    self.t("document.on-nth", nth=self.t(f"document.nth-{_ORDINALS[n]}"), day=day)
                    for n, day in days
                ]
            )
        return None


# --- the sections, in the methodology's order ----------------------------------------------


def _title(w: _Writer) -> list[str]:
    c = w.convention
    classification = classify(c)
    not_stated = w.t("document.not-stated")
    declared = c.form.label(w.language) if c.form else not_stated
    found = classification.form.label(w.language) if classification.form else not_stated
    reasons = classification.explain(w.language, w.partners)
    start = c.period.start.isoformat() if c.period.start else "?"
    end = c.period.end.isoformat() if c.period.end else "?"
    return [
        f"# {_cell(c.name)}",
        "\n".join(
            [
                w.fields(("document.form", declared), ("document.classified", found)),
                *(f"  - {_escape(reason)}" for reason in reasons),
                w.fields(
                    ("document.period", f"{start} → {end}"),
                    ("document.purpose", not_stated if blank(c.purpose) else _escape(c.purpose)),
                ),
            ]
        ),
    ]


def _partners(w: _Writer) -> list[str]:
    c = w.convention
    blocks = [
        w.heading(2, "document.partners"),
        w.fields(
            ("document.carriers", w.partner_list(c.carriers)),
            ("document.owner", w.partner(c.owner)),
        ),
    ]
    if not c.partners:
        return [*blocks, w.t("document.none-yet")]
    carriers = frozenset(c.carriers)
    for partner in c.partners:
        places = [
            w.t(key)
            for key, holds in (
                ("document.place-carrier", partner.id in carriers),
                ("document.place-owner", partner.id == c.owner),
            )
            if holds
        ] or [
            w.t("document.place-contributor" if c.carriers or c.owner else "document.not-stated")
        ]
        representatives = []
        for person in partner.representatives:
            details = [_escape(d) for d in (person.function, person.email, person.phone) if d]
            representatives.append(
                f"{_cell(person.name)} ({', '.join(details)})" if details else _cell(person.name)
            )
        identifier = partner.legal_identifier
        blocks += [
            f"### {_cell(partner.name)}",
            w.fields(
                ("document.kind", partner.kind.label(w.language)),
                ("document.place", ", ".join(places)),
                ("document.legal-identifier", _cell(str(identifier) if identifier else None)),
                ("document.address", _cell(partner.address)),
                ("document.representatives", "; ".join(representatives) or _ABSENT),
                (
                    "document.answers-to",
                    "; ".join(
                        f"{_cell(a.name)} ({a.kind.label(w.language)})" for a in partner.answers_to
                    )
                    or _ABSENT,
                ),
            ),
        ]
    return blocks


def _define(w: _Writer) -> list[str]:
    c = w.convention
    blocks = [w.heading(2, "document.define"), w.heading(3, "document.objectives")]
    if not c.objectives:
        blocks.append(w.t("document.none-yet"))
    for objective in c.objectives:
        blocks.append(f"#### {_cell(objective.title)}")
        if not blank(objective.description):
            blocks.append(_escape(objective.description))
        if not objective.indicators:
            blocks.append(w.t("document.no-indicator"))
            continue
        header = w.header(
            "document.indicator",
            "document.unit",
            "document.baseline",
            "document.target",
            "document.direction",
            "document.verification",
            "document.due",
        )
        rows = [
            [
                _cell(i.name),
                _cell(i.unit),
                _ABSENT if i.baseline is None else _amount(i.baseline),
                _ABSENT if i.target is None else _amount(i.target),
                i.direction.label(w.language),
                _cell(i.means_of_verification),
                _day(i.due),
            ]
            for i in objective.indicators
        ]
        blocks.append(_table(header, rows))

    blocks.append(w.heading(3, "document.needs"))
    if not c.needs:
        blocks.append(w.t("document.none-yet"))
    else:
        header = w.header(
            "document.need",
            "document.category",
            "document.amount",
            "document.quantity",
            "document.covered-by",
        )
        covering_by_need: dict[str, list[str]] = {}
        for k in c.contributions:
            said = f"{w.contributor(k.partner)} ({k.kind.label(w.language)}" + (
                f", {_money(k.amount)})" if k.amount else ")"
            )
            for need_id in dict.fromkeys(k.covers):
                covering_by_need.setdefault(need_id, []).append(said)
        rows = []
        for need in c.needs:
            covering = covering_by_need.get(need.id, [])
            rows.append(
                [
                    _cell(need.description or need.id),
                    need.category.label(w.language),
                    _money(need.amount) if need.amount else _ABSENT,
                    _quantity(need.quantity) if need.quantity else _ABSENT,
                    "; ".join(covering) or w.t("document.not-covered"),
                ]
            )
        blocks.append(_table(header, rows))
        totals = totals_by_currency(n.amount for n in c.needs if n.amount is not None)
        if totals:
            total = ", ".join(_money(m) for m in totals.values())
            blocks.append(w.fields(("document.needs-total", total)))

    blocks.append(w.heading(3, "document.target-publics"))
    if not c.target_publics:
        return [*blocks, w.t("document.none-yet")]
    header = w.header(
        "document.description", "document.size", "document.area", "document.characteristics"
    )
    rows = [
        [
            _cell(p.description),
            _ABSENT if p.size is None else str(p.size),
            _cell(p.area),
            ", ".join(_cell(x) for x in p.characteristics) or _ABSENT,
        ]
        for p in c.target_publics
    ]
    return [*blocks, _table(header, rows)]


_RACI_COLUMNS = 8
"""The most partners a RACI table has columns for; with more, each task lists its
assignments instead, so that the document grows with the assignments, not with the
partners times the tasks."""


def _raci(w: _Writer) -> list[str]:
    """Rows the tasks, columns the partners (then ids not among them), cells R, A, C, I;
    each task's assignments in a list when there are too many partners for columns."""
    tasks = w.convention.tasks
    columns = dict.fromkeys(w.partners)
    for task in tasks:
        for assignment in task.assignments:
            columns.setdefault(assignment.partner)
    separator = w.t("summary.separator")
    legend = " · ".join(f"{r.letter}{separator}{r.label(w.language)}" for r in Raci)
    letters_by_task = [_letters(task) for task in tasks]
    if len(columns) > _RACI_COLUMNS:
        items = [
            f"- **{_cell(task.title)}**{separator}"
            + (
                "; ".join(f"{w.partner(partner)} ({letters})" for partner, letters in held.items())
                or _ABSENT
            )
            for task, held in zip(tasks, letters_by_task, strict=True)
        ]
        return ["\n".join(items), legend]
    header = [w.t("document.task"), *(w.partner(p) for p in columns)]
    rows = [
        [_cell(task.title), *(held.get(partner, "") for partner in columns)]
        for task, held in zip(tasks, letters_by_task, strict=True)
    ]
    return [_table(header, rows, centred=len(columns)), legend]


def _letters(task: Task) -> dict[str, str]:
    """Each partner's RACI letters on ``task``, in the order R, A, C, I."""
    held: dict[str, set[Raci]] = {}
    for assignment in task.assignments:
        held.setdefault(assignment.partner, set()).add(assignment.raci)
    return {
        partner: ", ".join(r.letter for r in Raci if r in roles) for partner, roles in held.items()
    }


def _clarify(w: _Writer) -> list[str]:
    c = w.convention
    blocks = [w.heading(2, "document.clarify"), w.heading(3, "document.roles")]
    if not c.roles:
        blocks.append(w.t("document.none-yet"))
    else:
        header = w.header("document.role", "document.holders", "document.responsibilities")
        rows = [
            [
                f"{_cell(r.title)} ({r.kind.label(w.language)})"
                if r.title
                else _capitalised(r.kind.label(w.language)),
                w.partner_list(r.holders),
                "; ".join(_cell(x) for x in r.responsibilities) or _ABSENT,
            ]
            for r in c.roles
        ]
        blocks.append(_table(header, rows))

    blocks.append(w.heading(3, "document.tasks"))
    blocks += _raci(w) if c.tasks else [w.t("document.none-yet")]
    blocks += _contributions(w)
    blocks += _decisions(w)

    blocks.append(w.heading(3, "document.institutions"))
    if not c.institutional_links:
        return [*blocks, w.t("document.none-yet")]
    header = w.header(
        "document.institution",
        "document.kind",
        "document.partner",
        "document.involvement",
        "document.topics",
        "document.contact",
    )
    rows = [
        [
            _cell(link.institution),
            link.kind.label(w.language),
            w.partner(link.partner) if link.partner else w.t("document.whole-partnership"),
            link.involvement.label(w.language),
            ", ".join(t.label(w.language) for t in link.topics) or _ABSENT,
            _cell(link.contact),
        ]
        for link in c.institutional_links
    ]
    return [*blocks, _table(header, rows)]


def _contributions(w: _Writer) -> list[str]:
    """Each partner's contributions, partner by partner, and their amounts per partner."""
    blocks = [w.heading(3, "document.contributions")]
    if not w.convention.contributions:
        return [*blocks, w.t("document.none-yet")]
    order = {partner: place for place, partner in enumerate(w.partners)}
    contributions = sorted(
        w.convention.contributions,
        key=lambda k: order.get(k.partner, len(order)) if k.partner else len(order) + 1,
    )
    header = w.header(
        "document.partner",
        "document.contribution",
        "document.kind",
        "document.amount",
        "document.quantity",
        "document.covers",
        "document.serves",
    )
    rows = [
        [
            w.contributor(k.partner),
            _cell(k.description),
            k.kind.label(w.language),
            _money(k.amount) if k.amount else _ABSENT,
            _quantity(k.quantity) if k.quantity else _ABSENT,
            w.named(w.needs, k.covers),
            w.named(w.tasks, k.serves),
        ]
        for k in contributions
    ]
    blocks.append(_table(header, rows))
    amounts: dict[str, list[Money]] = {}
    for k in contributions:
        if k.amount is not None:
            amounts.setdefault(w.contributor(k.partner), []).append(k.amount)
    if amounts:
        separator = w.t("summary.separator")
        blocks.append(f"{w.t('document.contribution-totals')}{separator.rstrip()}")
        totals = {who: totals_by_currency(money).values() for who, money in amounts.items()}
        blocks.append(
            "\n".join(
                f"- {who}{separator}{', '.join(_money(m) for m in sums)}"
                for who, sums in totals.items()
            )
        )
    return blocks


def _decisions(w: _Writer) -> list[str]:
    """Governing bodies, decision rules in words, and what to do in case of conflict."""
    c = w.convention
    blocks = [w.heading(3, "document.decision-making"), w.heading(4, "document.bodies")]
    if not c.governing_bodies:
        blocks.append(w.t("document.none-yet"))
    else:
        header = w.header(
            "document.body",
            "document.kind",
            "document.members",
            "document.chair",
            "document.meetings",
        )
        rows = [
            [
                _cell(b.name),
                b.kind.label(w.language),
                w.partner_list(b.members),
                w.partner(b.chair),
                w.recurrence(b.meetings),
            ]
            for b in c.governing_bodies
        ]
        blocks.append(_table(header, rows))

    blocks.append(w.heading(4, "document.rules"))
    if not c.decision_rules:
        blocks.append(w.t("document.none-yet"))
    else:
        separator = w.t("summary.separator")
        scoped = any(rule.scope for rule in c.decision_rules)
        items = []
        for rule in c.decision_rules:
            topics = (
                ", ".join(topic.label(w.language) for topic in rule.scope)
                if rule.scope
                else w.t("document.other-topics" if scoped else "document.all-topics")
            )
            body = f" ({w.anyone(rule.body)})" if rule.body else ""
            item = f"- **{_capitalised(topics)}**{body}{separator}{w.rule_sentence(rule)}"
            if rule.voters:
                item += f" {w.t('document.voters')}{separator}{w.partner_list(rule.voters)}."
            if rule.description is not None and not blank(rule.description):
                item += f" {_escape(rule.description)}"
            items.append(item)
        blocks.append("\n".join(items))

    blocks.append(w.heading(4, "document.conflicts"))
    if not c.conflict_procedure.steps:
        return [*blocks, w.t("document.none-yet")]
    header = w.header(
        "document.step",
        "document.action",
        "document.description",
        "document.handled-by",
        "document.time-limit",
    )
    rows = [
        [
            str(number),
            _capitalised(s.action.label(w.language)),
            _cell(s.description),
            w.anyone(s.handled_by),
            _ABSENT
            if s.time_limit_days is None
            else w.t(
                "document.days-one" if s.time_limit_days == 1 else "document.days",
                count=s.time_limit_days,
            ),
        ]
        for number, s in enumerate(c.conflict_procedure.steps, start=1)
    ]
    return [*blocks, _table(header, rows)]


def _gantt_line(step: Step) -> str | None:
    """The step as a bar of its planned days, a milestone when one end alone is known."""
    start, end = step.planned.start, step.planned.end
    name = _mermaid(step.title) or _mermaid(step.id)
    done = "done, " if step.is_done else ""
    if start is not None and end is not None:
        return f"    {name} :{done}{start.isoformat()}, {(end - start).days + 1}d"
    day = start or end
    if day is None:
        return None
    return f"    {name} :{done}milestone, {day.isoformat()}, 0d"


def _gantt(w: _Writer) -> str:
    """A Mermaid gantt chart of the dated steps: the project's, then the administrative."""
    project: list[str] = []
    administrative: list[str] = []
    for step in w.convention.timeline.steps:
        line = _gantt_line(step)
        if line is not None:
            (administrative if step.kind.is_administrative else project).append(line)
    if not project and not administrative:
        return w.t("document.gantt-none")
    chart = ["```mermaid", "gantt"]
    if title := _mermaid(w.convention.name):
        chart.append(f"    title {title}")
    chart.append("    dateFormat YYYY-MM-DD")
    for key, lines in (
        ("document.gantt-project", project),
        ("document.gantt-administrative", administrative),
    ):
        if lines:
            chart += [f"    section {_mermaid(w.t(key))}", *lines]
    chart.append("```")
    return "\n".join(chart)


def _plan(w: _Writer) -> list[str]:
    steps = w.convention.timeline.steps
    blocks = [w.heading(2, "document.plan"), w.heading(3, "document.timeline")]
    if not steps:
        return [*blocks, w.t("document.none-yet")]
    header = w.header(
        "document.step",
        "document.kind",
        "document.planned-start",
        "document.planned-end",
        "document.in-charge",
        "document.depends-on",
        "document.recurrence",
    )
    rows = [
        [
            _cell(s.title),
            _step_kind(w, s),
            _day(s.planned.start),
            _day(s.planned.end),
            w.partner(s.owner),
            w.named(w.steps, s.depends_on),
            w.recurrence(s.recurrence),
        ]
        for s in steps
    ]
    return [*blocks, _table(header, rows), _gantt(w)]


def _step_kind(w: _Writer, step: Step) -> str:
    """The kind of a step, with the authority it is addressed to and whether it needs an
    authorisation."""
    said = _capitalised(step.kind.label(w.language))
    if step.authority is not None and not blank(step.authority):
        said += f" ({_escape(_short(step.authority))})"
    if step.needs_authorisation:
        said += f", {w.t('document.needs-authorisation')}"
    return said


def _evaluate(w: _Writer) -> list[str]:
    moments = w.convention.evaluation.moments
    blocks = [w.heading(2, "document.evaluate"), w.heading(3, "document.evaluation-moments")]
    if not moments:
        return [*blocks, w.t("document.none-yet")]
    header = w.header(
        "document.moment",
        "document.date",
        "document.indicators",
        "document.participants",
        "document.method",
    )
    rows = [
        [
            _cell(m.title),
            _day(m.date),
            w.named(w.indicators, m.indicators),
            w.partner_list(m.participants),
            _cell(m.method),
        ]
        for m in moments
    ]
    return [*blocks, _table(header, rows)]


def _communication(w: _Writer) -> list[str]:
    actions = w.convention.communication.actions
    blocks = [w.heading(2, "document.communication")]
    if not actions:
        return [*blocks, w.t("document.none-yet")]
    header = w.header(
        "document.audience",
        "document.channel",
        "document.description",
        "document.frequency",
        "document.in-charge",
    )
    rows = [
        [
            _capitalised(a.audience.label(w.language)),
            a.channel.label(w.language),
            _cell(a.description),
            w.recurrence(a.frequency),
            w.partner(a.owner),
        ]
        for a in actions
    ]
    return [*blocks, _table(header, rows)]


def _funds(w: _Writer) -> list[str]:
    funds = w.convention.funds
    blocks = [
        w.heading(2, "document.funds"),
        w.fields(("document.fund-holder", w.partner(funds.holder))),
    ]
    if not blank(funds.description):
        blocks.append(_escape(funds.description))
    blocks.append(w.heading(3, "document.budget"))
    if not funds.budget:
        blocks.append(w.t("document.none-yet"))
    else:
        header = w.header(
            "document.budget-line", "document.category", "document.source", "document.amount"
        )
        rows = [
            [
                _cell(b.label),
                b.category.label(w.language) if b.category else _ABSENT,
                w.t("document.subsidy-from", source=w.anyone(b.source))
                if b.subsidy
                else w.anyone(b.source),
                _money(b.amount),
            ]
            for b in funds.budget
        ]
        total = f"**{w.t('document.total')}**"
        rows += [[total, "", "", f"**{_money(m)}**"] for m in funds.totals().values()]
        blocks.append(_table(header, rows))
    blocks.append(w.heading(3, "document.reporting"))
    if not funds.reporting:
        return [*blocks, w.t("document.none-yet")]
    header = w.header(
        "document.recipient", "document.description", "document.due", "document.step"
    )
    rows = [
        [_cell(r.recipient), _cell(r.description), _day(r.due), w.named(w.steps, [r.step])]
        for r in funds.reporting
    ]
    return [*blocks, _table(header, rows)]


def _clauses(w: _Writer) -> list[str]:
    blocks = [w.heading(2, "document.clauses")]
    if not w.convention.clauses:
        return [*blocks, w.t("document.none-yet")]
    for number, clause in enumerate(w.convention.clauses, start=1):
        title = _capitalised(clause.kind.label(w.language))
        if clause.title is not None and not blank(clause.title):
            title += f" — {_escape(clause.title)}"
        blocks += [f"### {number}. {title}", _cell(clause.text)]
    return blocks


_TO_FILL = "." * 30
"""A line to write on by hand."""


def _signatures(w: _Writer) -> list[str]:
    """One block per partner, then any signature of an id not among them; blanks to fill."""
    signatures: dict[str, Signature] = {}
    for signed in w.convention.signatures:
        signatures.setdefault(signed.partner, signed)
    blocks = [w.heading(2, "document.signatures")]
    signers = [*w.partners, *(p for p in signatures if p not in w.partners)]
    if not signers:
        return [*blocks, w.t("document.none-yet")]
    for partner in signers:
        signature = signatures.get(partner)
        values = (
            [_TO_FILL] * 4
            if signature is None
            else [
                _TO_FILL if text is None or blank(text) else _escape(text)
                for text in (signature.signatory, signature.function, signature.place)
            ]
            + [signature.date.isoformat() if signature.date else _TO_FILL]
        )
        blocks += [
            f"### {w.partner(partner)}",
            w.fields(
                *zip(
                    (
                        "document.signatory",
                        "document.function",
                        "document.place-signed",
                        "document.date",
                        "document.signature",
                    ),
                    [*values, _TO_FILL],
                    strict=True,
                )
            ),
        ]
    return blocks


def _amendments(w: _Writer, dossier: Dossier) -> list[str]:
    blocks = [w.heading(2, "document.amendments")]
    if not dossier.amendments:
        return [*blocks, w.t("document.none-yet")]
    minutes = {record.id: record.title for record in reversed(dossier.minutes)}
    header = w.header(
        "document.amendment",
        "document.effective-from",
        "document.adopted-on",
        "document.summary",
        "document.rationale",
        "document.decision",
    )
    rows = [
        [
            _escape(a.id),
            a.effective_from.isoformat(),
            _day(a.adopted_on),
            _cell(a.summary),
            _cell(a.rationale),
            w.named(minutes, [a.decision]),
        ]
        for a in dossier.amendments
    ]
    return [*blocks, _table(header, rows)]


def _minutes(w: _Writer, dossier: Dossier) -> list[str]:
    blocks = [w.heading(2, "document.minutes")]
    if not dossier.minutes:
        return [*blocks, w.t("document.none-yet")]
    separator = w.t("summary.separator")
    rules: dict[str, str] = {}
    for rule in reversed(dossier.convention.decision_rules):
        rules[rule.id] = f"{rule.mode.label(w.language)} ({_escape(_short(rule.id))})"
    header = w.header(
        "document.date",
        "document.title",
        "document.topic",
        "document.body",
        "document.present",
        "document.rule-applied",
        "document.outcome",
        "document.votes",
        "document.decision",
    )
    rows = []
    for record in dossier.minutes:
        votes = [
            f"{choice.label(w.language)}{separator}{count}"
            for choice in Choice
            if (count := sum(1 for ballot in record.ballots if ballot.choice is choice))
        ]
        rule_applied = _ABSENT
        if record.rule is not None:
            rule_applied = rules.get(record.rule) or _escape(_short(record.rule))
        rows.append(
            [
                record.date.isoformat(),
                _cell(record.title),
                record.topic.label(w.language) if record.topic else _ABSENT,
                w.anyone(record.body),
                w.partner_list(record.present),
                rule_applied,
                record.outcome.label(w.language) if record.outcome else _ABSENT,
                ", ".join(votes) or _ABSENT,
                _cell(record.decision),
            ]
        )
    blocks.append(_table(header, rows))
    blocks.extend(_decide_notes(w, record) for record in dossier.minutes if record.decide)
    return blocks


def _decide_notes(w: _Writer, record: DecisionRecord) -> str:
    """The DECIDE steps a decision went through, in the model's order, as minuted."""
    title = w.t("document.decide-notes", title=_cell(record.title), date=record.date.isoformat())
    separator = w.t("summary.separator")
    ordered = sorted(record.decide, key=lambda note: _DECIDE_ORDER[note.step])
    lines = [f"### {title}", ""]
    lines += [
        f"- **{_capitalised(note.step.label(w.language))}**{separator}{_cell(note.text)}"
        for note in ordered
    ]
    return "\n".join(lines)


_DECIDE_ORDER = {step: at for at, step in enumerate(DecideStep)}


def render_markdown(target: Dossier | Convention, *, language: str = "fr") -> str:
    """The convention as a Markdown document to read and sign, in the methodology's order.

    Title, form (declared, and what :func:`classify` finds), period and purpose; the
    partners; DEFINE, CLARIFY (a RACI table of the tasks, each decision rule in words),
    PLAN (a table and a Mermaid ``gantt`` chart of the dated steps), EVALUATE; then
    communication, fund management, clauses and one signature block per partner. A
    dossier renders its current convention, then its amendments and minutes. A section
    with nothing in it yet says so, so that a draft shows what is missing.

    Headings and labels are in ``language`` (``fr``, ``en``, ``nl``, or a regional tag
    such as ``nl-BE``); what the partners wrote stays as written, escaped so that it
    shows as plain text. Amounts keep every digit. Nothing depends on the day it is
    rendered: for the text in force on some day, render ``dossier.in_force(day)``.
    """
    convention, dossier = read_target("render_markdown", target)
    language = resolve_language(language)
    w = _Writer(convention, language)
    blocks = [
        *_title(w),
        *_partners(w),
        *_define(w),
        *_clarify(w),
        *_plan(w),
        *_evaluate(w),
        *_communication(w),
        *_funds(w),
        *_clauses(w),
        *_signatures(w),
    ]
    if dossier is not None:
        blocks += [*_amendments(w, dossier), *_minutes(w, dossier)]
    return "\n\n".join(blocks) + "\n"
