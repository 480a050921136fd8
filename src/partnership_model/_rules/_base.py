"""What a rule is, and the context every rule reads: the part shared by all rule modules.

A rule is data (code, methodology step, default severity, the seed section it comes
from, its message and hint in French, English and Dutch) plus one small function that
yields a :class:`Violation` for every place that breaks it. The function reads a
:class:`Context`, whose indexes are built once per validation, so that no rule needs to
search a collection inside a loop: validation stays linear in the size of the dossier.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cached_property
from operator import attrgetter
from typing import Any, TypeVar

import attrs

from partnership_model.classification import FormFacts, form_facts
from partnership_model.convention import Convention
from partnership_model.decision_making import DecisionRule
from partnership_model.dossier import Dossier, in_force_by_day
from partnership_model.errors import InvalidValueError
from partnership_model.i18n import LANGUAGES, LabelledEnum
from partnership_model.minutes import DecisionRecord
from partnership_model.tally import Tally, TextIndex
from partnership_model.text import blank

__all__ = [
    "COLLABORATION",
    "CONSORTIUM",
    "EVERY_PROFILE",
    "PARTNERSHIP",
    "REGISTERED",
    "Context",
    "ItemKind",
    "MethodologyStep",
    "Registration",
    "Rule",
    "Severity",
    "Violation",
    "blank",
    "blank_texts",
    "enumerate_paths",
    "placeholders",
    "rule",
    "shown",
]

EVERY_PROFILE = frozenset({"methodology", "collaboration", "consortium"})
PARTNERSHIP = frozenset({"methodology", "consortium"})
"""Rules a collaboration does not need: one carries the project, the others contribute."""
COLLABORATION = frozenset({"collaboration"})
CONSORTIUM = frozenset({"consortium"})

T = TypeVar("T")


class Severity(LabelledEnum):
    """How much a finding weighs: an error keeps the convention from being complete."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class MethodologyStep(LabelledEnum):
    """Where in the methodology a finding belongs: its four steps, the distinction
    between partnership and collaboration, the cross-cutting concerns, and the
    integrity of the references that tie the convention together."""

    DEFINE = "define"
    CLARIFY = "clarify"
    PLAN = "plan"
    EVALUATE = "evaluate"
    FORM = "form"
    COMMUNICATION = "communication"
    TRACING = "tracing"
    FLEXIBILITY = "flexibility"
    NETWORK = "network"
    INTEGRITY = "integrity"


class ItemKind(LabelledEnum):
    """The kinds of items a reference may point to, named in findings."""

    PARTNER = "partner"
    PARTNER_OR_ROLE = "partner_or_role"
    OBJECTIVE = "objective"
    INDICATOR = "indicator"
    NEED = "need"
    TASK = "task"
    STEP = "step"
    GOVERNING_BODY = "governing_body"
    DECISION_RULE = "decision_rule"
    EVALUATION_MOMENT = "evaluation_moment"
    DECISION_RECORD = "decision_record"
    MEASUREMENT = "measurement"


@attrs.frozen
class Violation:
    """One place that breaks a rule: its path from the convention (or, with
    ``in_dossier``, from the dossier), the named values its message shows, and the ids
    or values it concerns."""

    path: str
    params: Mapping[str, object] = attrs.field(factory=dict, hash=False)
    subjects: tuple[str, ...] = ()
    in_dossier: bool = False


def placeholders(template: str) -> frozenset[str]:
    """The named placeholders of a message template."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def _check_texts(instance: Rule, attribute: attrs.Attribute[Any], value: object) -> None:
    name = f"Rule.{attribute.name}"
    if not isinstance(value, Mapping) or set(value) != set(LANGUAGES):
        raise InvalidValueError(name, value, f"expected a text in each of {', '.join(LANGUAGES)}")
    if any(not isinstance(text, str) or not text.strip() for text in value.values()):
        raise InvalidValueError(name, value, "every language needs a text")
    names = {}
    for language, text in value.items():
        try:
            fields = [field for _, field, _, _ in string.Formatter().parse(text)]
        except ValueError as exc:
            raise InvalidValueError(
                name, value, f"the {language} text is malformed: {exc}"
            ) from None
        # Only plain names: {0}, {} or {a.b} would fail when the finding is written.
        if any(field is not None and not field.isidentifier() for field in fields):
            raise InvalidValueError(name, value, "placeholders are plain names, such as {partner}")
        names[language] = frozenset(field for field in fields if field)
    if len(set(names.values())) > 1:
        raise InvalidValueError(name, value, "every language must use the same {placeholders}")


_CODE = re.compile(r"[a-z]+(\.[a-z0-9-]+)+")


def _check_code(instance: Rule, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str or _CODE.fullmatch(value) is None:
        raise InvalidValueError(
            "Rule.code", value, "a code is dotted lowercase words, such as 'app.partners.no-email'"
        )


def _check_section(instance: Rule, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str or not value.strip():
        raise InvalidValueError("Rule.section", value, "say where the requirement comes from")


def _check_callable(instance: Rule, attribute: attrs.Attribute[Any], value: object) -> None:
    if not callable(value):
        raise InvalidValueError("Rule.check", value, "expected a function of a Context")


@attrs.frozen(kw_only=True)
class Rule:
    """A requirement of the methodology, said in French, English and Dutch.

    ``check`` yields a :class:`Violation` for each place that breaks it; the message and
    hint are format strings whose ``{placeholders}`` the violation's ``params`` fill.
    ``dossier`` rules look at what only a dossier holds (minutes, amendments, reports)
    and are skipped when a convention alone is validated; ``today`` rules run only when
    the caller gives the date.
    """

    code: str = attrs.field(validator=_check_code)
    step: MethodologyStep
    severity: Severity
    section: str = attrs.field(validator=_check_section)
    """Where the requirement comes from: a section of the seed, or the consortium
    practice it follows."""
    message: Mapping[str, str] = attrs.field(validator=_check_texts, hash=False)
    hint: Mapping[str, str] = attrs.field(validator=_check_texts, hash=False)
    check: Callable[[Context], Iterable[Violation]] = attrs.field(
        hash=False, eq=False, validator=_check_callable
    )
    needs_dossier: bool = False
    needs_today: bool = False


@attrs.frozen
class CountedRecord:
    """A record of the minutes, the rule in force that governs it and its tally under
    that rule (None when no rule governs it), and the ids of every rule that claims it."""

    record: DecisionRecord
    rule: DecisionRule | None
    """The rule in force that governs it."""
    tally: Tally | None
    claiming: tuple[str, ...]


class Context:
    """The convention under validation, with indexes built once and shared by the rules.

    It is the one index of a convention's ids: the rendered document and the command
    line name what an id refers to through it too (``Context(convention, None, None)``).
    """

    def __init__(
        self, convention: Convention, dossier: Dossier | None, today: dt.date | None
    ) -> None:
        self.convention = convention
        self.dossier = dossier
        self.today = today
        self._earlier: dict[int, Context] = {}

    @staticmethod
    def index(items: Iterable[T], key: Callable[[T], str]) -> dict[str, int]:
        """Each key's first position; later duplicates are for the integrity rules."""
        positions: dict[str, int] = {}
        for position, item in enumerate(items):
            positions.setdefault(key(item), position)
        return positions

    def in_force(self, day: dt.date) -> Context:
        """The context of the text in force on ``day``: this one while no amendment
        intervenes, else one built once for each earlier text of the dossier."""
        text = self.convention if self.dossier is None else self.dossier.in_force(day)
        if text is self.convention:
            return self
        earlier = self._earlier.get(id(text))
        if earlier is None:
            earlier = self._earlier[id(text)] = Context(text, self.dossier, self.today)
        return earlier

    @cached_property
    def partners(self) -> dict[str, int]:
        return self.index(self.convention.partners, attrgetter("id"))

    @cached_property
    def partner_names(self) -> dict[str, str]:
        """Each partner id with the name of its first partner: how an id is said."""
        return {key: self.convention.partners[at].name for key, at in self.partners.items()}

    @cached_property
    def roles(self) -> dict[str, int]:
        return self.index(self.convention.roles, attrgetter("id"))

    @cached_property
    def needs(self) -> dict[str, int]:
        return self.index(self.convention.needs, attrgetter("id"))

    @cached_property
    def tasks(self) -> dict[str, int]:
        return self.index(self.convention.tasks, attrgetter("id"))

    @cached_property
    def objectives(self) -> dict[str, int]:
        return self.index(self.convention.objectives, attrgetter("id"))

    @cached_property
    def indicators(self) -> dict[str, tuple[int, int]]:
        """Each indicator id with the positions of its objective and of itself."""
        positions: dict[str, tuple[int, int]] = {}
        for at, objective in enumerate(self.convention.objectives):
            for place, indicator in enumerate(objective.indicators):
                positions.setdefault(indicator.id, (at, place))
        return positions

    @cached_property
    def steps(self) -> dict[str, int]:
        return self.index(self.convention.timeline.steps, attrgetter("id"))

    @cached_property
    def bodies(self) -> dict[str, int]:
        return self.index(self.convention.governing_bodies, attrgetter("id"))

    @cached_property
    def decision_rules(self) -> dict[str, int]:
        return self.index(self.convention.decision_rules, attrgetter("id"))

    @cached_property
    def moments(self) -> dict[str, int]:
        return self.index(self.convention.evaluation.moments, attrgetter("id"))

    @cached_property
    def minutes(self) -> dict[str, int]:
        return self.index(self.dossier.minutes if self.dossier else (), attrgetter("id"))

    @cached_property
    def measurements(self) -> dict[str, int]:
        return self.index(self.dossier.measurements if self.dossier else (), attrgetter("id"))

    @cached_property
    def tallies(self) -> tuple[CountedRecord, ...]:
        """Each record of the dossier's minutes counted once, for every rule that reads
        the votes."""
        dossier = self.dossier
        if dossier is None:
            return ()
        counted = []
        text_on = in_force_by_day(dossier)
        indexes: dict[int, TextIndex] = {}  # one per text: the records share a few texts
        for record in dossier.minutes:
            in_force = text_on(record.date)
            index = indexes.get(id(in_force))
            if index is None:
                index = indexes[id(in_force)] = TextIndex(in_force)
            governing, claiming = index.rule_in_force(record)
            found = None if governing is None else index.tally(record, governing)
            counted.append(CountedRecord(record, governing, found, claiming))
        return tuple(counted)

    @cached_property
    def covered_needs(self) -> frozenset[str]:
        return frozenset(need for c in self.convention.contributions for need in c.covers)

    @cached_property
    def evaluated_indicators(self) -> frozenset[str]:
        return frozenset(i for m in self.convention.evaluation.moments for i in m.indicators)

    @cached_property
    def form(self) -> FormFacts:
        """Who carries the project, whose it is and who brings what: the facts
        :func:`~partnership_model.classify` reads too."""
        return form_facts(self.convention)


def shown(text: str | None, instead: str) -> str:
    """``text`` for a message, or ``instead`` (an id) when it is blank: a finding
    always names what it is about."""
    return instead if text is None or blank(text) else text


def blank_texts(items: Iterable[tuple[str, Any]], field: str) -> Iterator[Violation]:
    """A violation at ``path.field`` for each item whose text ``field`` is blank."""
    for path, item in items:
        if blank(getattr(item, field)):
            yield Violation(f"{path}.{field}", {"id": item.id}, (item.id,))


def enumerate_paths(prefix: str, items: Iterable[T]) -> Iterator[tuple[str, T]]:
    """Each item with its path, such as ``partners[2]``."""
    for position, item in enumerate(items):
        yield f"{prefix}[{position}]", item


@attrs.frozen
class Registration:
    """A built-in rule with the built-in profiles it belongs to, and its severity in any
    profile where it differs from its own."""

    rule: Rule
    profiles: frozenset[str]
    severities: Mapping[str, Severity] = attrs.field(factory=dict, hash=False)


REGISTERED: list[Registration] = []
"""The built-in rules in the order their modules declare them (the catalogue's order)."""


def rule(
    *,
    code: str,
    step: MethodologyStep,
    severity: Severity,
    section: str,
    message: Mapping[str, str],
    hint: Mapping[str, str],
    profiles: frozenset[str] = EVERY_PROFILE,
    severities: Mapping[str, Severity] | None = None,
    needs_dossier: bool = False,
    needs_today: bool = False,
) -> Callable[[Callable[[Context], Iterable[Violation]]], Rule]:
    """Declare a built-in rule around its check function."""

    def register(check: Callable[[Context], Iterable[Violation]]) -> Rule:
        made = Rule(
            code=code,
            step=step,
            severity=severity,
            section=section,
            message=message,
            hint=hint,
            check=check,
            needs_dossier=needs_dossier,
            needs_today=needs_today,
        )
        REGISTERED.append(Registration(made, profiles, severities or {}))
        return made

    return register
