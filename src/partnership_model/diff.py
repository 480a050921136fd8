"""What an amendment changed (seed: flexibility, and tracing in writing): the complete
difference of two texts of a convention, item by item, in the methodology's order.

Items are matched by their id, never by their place in a list: an objective moved
down the list is the same objective, and an objective whose id changed is one removed
and another added. Items without an id of their own are matched by the partner they
belong to (a signature, a vote's weight), a task's assignments by the partner and its
letter. Everything else is compared as a value. Each change says where it is
(``$.objectives[obj-1].target``), which step of the methodology it belongs to, the item
and field it concerns, and the value before and after; :meth:`Difference.explain` says
it in French, English or Dutch, as a coordinator reads it.

Comparing walks each text once, descending only where the two differ.
"""

from __future__ import annotations

import datetime as dt
import json
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from partnership_model._catalogue import CATALOGUE
from partnership_model._fields import plain
from partnership_model._scalars import unstructure_json
from partnership_model._wording import NOT_SAID, Phrasing, money
from partnership_model.convention import Convention
from partnership_model.dossier import Dossier, read_target
from partnership_model.i18n import LabelledEnum, fraction_words, resolve_language, translate
from partnership_model.money import Money, Quantity
from partnership_model.planning import Recurrence
from partnership_model.roles import Assignment
from partnership_model.serialization import to_dict
from partnership_model.text import QUOTES, short
from partnership_model.validation import MethodologyStep

__all__ = ["Change", "ChangeKind", "Difference", "diff"]


class ChangeKind(LabelledEnum):
    """What became of an item or a value between two texts."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


_STEPS = {
    "objectives": MethodologyStep.DEFINE,
    "needs": MethodologyStep.DEFINE,
    "target_publics": MethodologyStep.DEFINE,
    "roles": MethodologyStep.CLARIFY,
    "tasks": MethodologyStep.CLARIFY,
    "contributions": MethodologyStep.CLARIFY,
    "governing_bodies": MethodologyStep.CLARIFY,
    "decision_rules": MethodologyStep.CLARIFY,
    "conflict_procedure": MethodologyStep.CLARIFY,
    "institutional_links": MethodologyStep.CLARIFY,
    "period": MethodologyStep.PLAN,
    "timeline": MethodologyStep.PLAN,
    "evaluation": MethodologyStep.EVALUATE,
    "communication": MethodologyStep.COMMUNICATION,
    "form": MethodologyStep.FORM,
    "carriers": MethodologyStep.FORM,
    "owner": MethodologyStep.FORM,
}
"""The step each part of a convention belongs to; the others (its name, partners,
funds, clauses, signatures) are the written record: tracing."""

_STEP_ORDER = {step: at for at, step in enumerate(MethodologyStep)}

_KEBAB = re.compile(r"(?<!^)([A-Z])")
"""Where a class name's words begin: ``GoverningBody`` is ``governing-body`` in the
catalogue."""

Name = str | tuple[LabelledEnum, ...]
"""What a reader calls an item: the name the partners wrote, or, for an item they did
not name, its kind and what it is about (a role by its kind, a clause by its subject),
said in the reader's language."""

_NAMING = ("name", "title", "label", "description", "text", "institution", "signatory", "value")
"""The fields that name an item, the first said first."""

_ATOMIC = (Money, Quantity, Recurrence)
"""Values compared whole: an amount, a quantity, a rhythm."""

_PARTNER_FIELDS = frozenset(
    {"owner", "holder", "chair", "partner", "delegate", "holders", "members", "voters"}
    | {"carriers", "participants", "excluded", "handled_by"}
)
"""Fields whose values are partner ids, shown by the partner's name."""


@attrs.frozen(kw_only=True)
class Change:
    """One difference between two texts.

    ``item`` names the kind of item concerned (``"Indicator"``; ``"Convention"`` for the
    convention's own fields) and ``item_id`` its id (or its partner's, for an item that
    belongs to a partner); ``field`` is the field changed, dotted within the item
    (``"planned.start"``), or ``None`` when the whole item was added or removed.
    ``before`` is ``None`` for an item added, ``after`` for one removed. ``within`` is
    the id of the item the concerned one belongs to, when that says which it is (the
    task of an assignment, the decision rule of a weight).
    """

    kind: ChangeKind
    path: str
    step: MethodologyStep
    item: str
    item_id: str | None
    field: str | None
    before: Any
    after: Any
    within: str | None = None

    def explain(
        self,
        language: str = "fr",
        names: Mapping[str, Name] | None = None,
        units: Mapping[str, str] | None = None,
    ) -> str:
        """The change in one sentence of ``language``: "Indicator 'Families served':
        target raised from 40 to 60 families". ``names`` says what a reader calls each
        id and ``units`` the unit of each indicator (:class:`Difference` knows both)."""
        return _sentence(self, resolve_language(language), names or {}, units or {})

    def to_dict(self) -> dict[str, object]:
        """The change as JSON values: before and after in the document's own form."""

        def shown(value: object) -> object:
            if value is None or isinstance(value, (str, bool, int)):
                return value
            if attrs.has(type(value)):
                return to_dict(value)
            if isinstance(value, tuple):
                return [shown(inner) for inner in value]
            return _plain_value(value)

        return {
            "kind": self.kind.value,
            "path": self.path,
            "step": self.step.value,
            "item": self.item,
            "item_id": self.item_id,
            "field": self.field,
            "within": self.within,
            "before": shown(self.before),
            "after": shown(self.after),
        }


@attrs.frozen
class Difference:
    """Every change from one text to another, in the order of the convention's fields.

    ``names`` holds what a reader calls each item of the two texts (the newer's name
    first), ``units`` each indicator's unit, for saying the changes in words.
    """

    changes: tuple[Change, ...]
    names: Mapping[str, Name] = attrs.field(factory=dict, eq=False, repr=False)
    units: Mapping[str, str] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def by_step(self) -> dict[MethodologyStep, tuple[Change, ...]]:
        """The changes grouped by step of the methodology, in the methodology's order."""
        grouped: dict[MethodologyStep, list[Change]] = {}
        for change in sorted(self.changes, key=lambda change: _STEP_ORDER[change.step]):
            grouped.setdefault(change.step, []).append(change)
        return {step: tuple(changes) for step, changes in grouped.items()}

    def explain(self, language: str = "fr") -> tuple[str, ...]:
        """Every change in a sentence of ``language``, step by step."""
        language = resolve_language(language)
        return tuple(
            _sentence(change, language, self.names, self.units)
            for changes in self.by_step().values()
            for change in changes
        )

    def to_dict(self) -> dict[str, object]:
        return {"changes": [change.to_dict() for change in self.changes]}


def diff(
    old: Convention | Dossier, new: Convention | Dossier, *, actual: bool = True
) -> Difference:
    """The difference from ``old`` to ``new`` (of a dossier, its current text): empty
    exactly when the two texts are equal.

    ``actual=False`` leaves out what the steps of the plan actually did (their actual
    periods): progress recorded in the text as the project goes, not a term the partners
    agreed. :func:`~partnership_model.history` compares versions that way.
    """
    before, _ = read_target("diff", old)
    after, _ = read_target("diff", new)
    found = _Found(actual=actual)
    if before != after:
        _compare(before, after, _Place("$", "Convention", None, None, ""), found)
    for partner in (*before.partners, *after.partners):  # named in values: owners, holders
        found.know(partner.id, partner)
    return Difference(tuple(found.changes), found.names, found.units)


class _Found:
    """The changes found, and the name of every item they are about (the newer's)."""

    def __init__(self, *, actual: bool) -> None:
        self.actual = actual
        self.changes: list[Change] = []
        self.names: dict[str, Name] = {}
        self.units: dict[str, str] = {}

    def know(self, key: str, item: object) -> None:
        self.names[key] = _name_of(item)
        unit = getattr(item, "unit", None)
        if type(item).__name__ == "Indicator" and isinstance(unit, str):
            self.units[key] = unit


@attrs.frozen
class _Place:
    """Where the walk is: the path, the item it is within, and the field within it."""

    path: str
    item: str
    item_id: str | None
    step: MethodologyStep | None
    field: str
    within: str | None = None

    def into(self, name: str) -> _Place:
        field = f"{self.field}.{name}" if self.field else name
        step = self.step if self.step is not None else _STEPS.get(name, MethodologyStep.TRACING)
        return attrs.evolve(self, path=f"{self.path}.{name}", step=step, field=field)

    def at(self, kind: str, key: str) -> _Place:
        within = None if self.item == "Convention" else self.item_id
        return _Place(f"{self.path}[{key}]", kind, key, self.step, "", within)

    def change(self, kind: ChangeKind, before: object, after: object) -> Change:
        whole = kind is not ChangeKind.CHANGED
        return Change(
            kind=kind,
            path=self.path,
            step=self.step or MethodologyStep.TRACING,
            item=self.item,
            item_id=self.item_id,
            field=None if whole else self.field,
            before=before,
            after=after,
            within=self.within,
        )


def _compare(old: object, new: object, place: _Place, found: _Found) -> None:
    """The changes from ``old`` to ``new``, two values of one attrs class that differ."""
    for field in attrs.fields(type(old)):  # type: ignore[arg-type]  # an attrs instance
        before, after = getattr(old, field.name), getattr(new, field.name)
        if before == after or (field.name == "actual" and not found.actual):
            continue
        inner = place.into(field.name)
        keys = _keyed(before, after)
        if keys is not None:
            _compare_items(before, after, keys, inner, found)
        elif (
            attrs.has(type(before))
            and type(before) is type(after)
            and not isinstance(before, _ATOMIC)
        ):
            _compare(before, after, inner, found)
        else:
            found.changes.append(inner.change(ChangeKind.CHANGED, before, after))


def _keyed(before: object, after: object) -> Callable[[Any], str] | None:
    """What identifies the items of two lists (``id``; the partner and its letter for a
    task's assignments; ``partner`` for other items that belong to a partner), or None
    to compare the lists as values."""
    if not (isinstance(before, tuple) and isinstance(after, tuple)):
        return None
    items = (*before, *after)
    if not items or not all(attrs.has(type(item)) for item in items):
        return None
    if all(type(item) is Assignment for item in items):
        return _assignment_key
    for key in ("id", "partner"):
        if all(isinstance(getattr(item, key, None), str) for item in items):
            return operator.attrgetter(key)
    return None


def _assignment_key(assignment: Assignment) -> str:
    return f"{assignment.partner}/{assignment.raci.letter}"


def _by_key(items: Sequence[Any], key: Callable[[Any], str]) -> dict[str, Any]:
    """Each item by its key; a key given twice (an integrity error) is told apart by its
    rank among those that share it, so that nothing is lost."""
    keyed: dict[str, Any] = {}
    for item in items:
        name = key(item)
        rank = 1
        while (name if rank == 1 else f"{name}#{rank}") in keyed:
            rank += 1
        keyed[name if rank == 1 else f"{name}#{rank}"] = item
    return keyed


def _compare_items(
    before: Sequence[Any],
    after: Sequence[Any],
    key: Callable[[Any], str],
    place: _Place,
    found: _Found,
) -> None:
    """Items removed, changed and added, matched by ``key``; and, when the items both
    lists hold come in another order, the new order, as a change of the list."""
    old, new = _by_key(before, key), _by_key(after, key)
    for name, item in old.items():
        kind = type(item).__name__
        if name not in new:
            found.know(name, item)
            found.changes.append(place.at(kind, name).change(ChangeKind.REMOVED, item, None))
        elif item != new[name]:
            found.know(name, new[name])
            _compare(item, new[name], place.at(kind, name), found)
    for name, item in new.items():
        if name not in old:
            found.know(name, item)
            added = place.at(type(item).__name__, name).change(ChangeKind.ADDED, None, item)
            found.changes.append(added)
    kept_before = tuple(name for name in old if name in new)
    kept_after = tuple(name for name in new if name in old)
    if kept_before != kept_after:
        for name in kept_after:
            found.know(name, new[name])
        found.changes.append(place.change(ChangeKind.CHANGED, kept_before, kept_after))


# --- in words ---------------------------------------------------------------------------


def _plain_value(value: object) -> object:
    """A value that is not JSON on its own, as the document writes it."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    if isinstance(value, Mapping):
        return unstructure_json(value)
    return str(value)


def _name_of(item: object) -> Name:
    """What a reader calls an item: its name, title or label, else its description;
    an item the partners did not name, by its kind and subject; else its id."""
    if type(item) is Assignment:
        return (item.raci,)
    for attribute in _NAMING:
        said = getattr(item, attribute, None)
        if isinstance(said, str) and said.strip():
            return short(said)
    kinds = tuple(
        value
        for attribute in ("kind", "mode", "action")
        if isinstance(value := getattr(item, attribute, None), LabelledEnum)
    )
    if kinds:
        scope = getattr(item, "scope", ())
        return (*kinds, *scope)
    key = getattr(item, "id", None) or getattr(item, "partner", None)
    if key is None:  # a value with nothing to call it by: as the document writes it
        return short(json.dumps(to_dict(item, envelope=False), ensure_ascii=False))
    return str(key)


def _said(name: Name, language: str) -> str:
    """A name in ``language``: a kind, with what it is about in brackets."""
    if isinstance(name, str):
        return name
    first, *rest = (label.label(language) for label in name)
    return f"{first} ({', '.join(rest)})" if rest else first


def _shown(value: object, field: str, language: str, names: Mapping[str, Name]) -> str:
    last = field.rsplit(".", 1)[-1]
    if value is None or value == ():
        return NOT_SAID
    if isinstance(value, bool):
        return translate("diff.yes" if value else "diff.no", language)
    if isinstance(value, LabelledEnum):  # before str: an enumeration is a str too
        return _quoted(value.label(language), language)
    if isinstance(value, str):
        if last in _PARTNER_FIELDS:
            return short(_said(names.get(value, value), language))
        return _quoted(value, language)
    if isinstance(value, Money):
        return money(value)
    if isinstance(value, Quantity):
        return f"{plain(value.value)} {value.unit}"
    if isinstance(value, Recurrence):
        phrasing = Phrasing(language, quote=lambda rule: _quoted(rule, language))
        return phrasing.recurrence_words(value.parts) or _quoted(value.rule, language)
    if isinstance(value, Fraction):
        return fraction_words(value, language)
    if attrs.has(type(value)):  # a list of values is said by _listed, item by item
        return _said(_name_of(value), language)
    if isinstance(value, Mapping):  # an application's extensions, as the document writes them
        return short(json.dumps(_plain_value(value), ensure_ascii=False))
    return short(str(_plain_value(value)))


def _quoted(text: str, language: str) -> str:
    opening, closing = QUOTES[language]
    return f"{opening}{short(text)}{closing}"


def _subject(change: Change, language: str, names: Mapping[str, Name]) -> str:
    """The item a change concerns, as the sentence begins."""
    if change.item == "Convention":
        return translate("diff.convention", language)
    key = (change.item_id or "").split("#")[0]
    kebab = _KEBAB.sub(r"-\1", change.item).lower()
    within = change.within or ""
    params = {
        "name": _said(names.get(key, key), language),
        "within": _said(names.get(within, within), language),
    }
    if change.item == "Assignment":
        partner = key.rpartition("/")[0]
        params["letter"] = params["name"]  # an assignment is named by its letter
        params["name"] = _said(names.get(partner, partner), language)
    return translate(f"diff_item.{kebab}", language, **params)


def _label(field: str, language: str) -> str:
    """A field's name for people: the field within its part (``planned.start``, "the
    planned start"), else the field itself (``funds.holder``, "the holder")."""
    for key in (field, field.rsplit(".", 1)[-1]):
        label_key = f"diff_field.{key.replace('.', '-')}"
        if label_key in CATALOGUE:
            return translate(label_key, language)
    return field.rsplit(".", 1)[-1].replace("_", " ")


def _sentence(
    change: Change, language: str, names: Mapping[str, Name], units: Mapping[str, str]
) -> str:
    subject = _subject(change, language, names)
    if change.kind is not ChangeKind.CHANGED:
        item = change.after if change.kind is ChangeKind.ADDED else change.before
        if change.item == "Partner":
            key = "diff.joined" if change.kind is ChangeKind.ADDED else "diff.left"
            return translate(key, language, name=_said(_name_of(item), language))
        lowered = subject[:1].lower() + subject[1:]  # after "Added:", mid-sentence
        return translate(f"diff.{change.kind.value}", language, subject=lowered)
    field = change.field or ""
    if isinstance(change.before, tuple) and isinstance(change.after, tuple):
        way, params = _listed(change, field, language, names)
        return translate(way, language, subject=subject, **params)
    before = _shown(change.before, field, language, names)
    after = _shown(change.after, field, language, names)
    unit = units.get(change.item_id or "") if field in ("baseline", "target") else None
    if unit:
        before, after = (
            f"{said} {unit}" if said != NOT_SAID else said for said in (before, after)
        )
    way = _way(change.before, change.after)
    return translate(
        f"diff.{way}",
        language,
        subject=subject,
        field=_label(field, language),
        before=before,
        after=after,
    )


def _listed(
    change: Change, field: str, language: str, names: Mapping[str, Name]
) -> tuple[str, dict[str, str]]:
    """A list of values that gained or lost some: what came in and what went, each value
    quoted; or, when it only changed its order, the new order."""
    before, after = change.before, change.after
    added = tuple(value for value in after if value not in before)
    removed = tuple(value for value in before if value not in after)

    def said(values: tuple[object, ...]) -> str:
        return ", ".join(
            _quoted(_said(names[value], language), language)
            if isinstance(value, str) and value in names
            else _quoted(_shown(value, field, language, names), language)
            for value in values
        )

    params = {"field": _label(field, language), "added": said(added), "removed": said(removed)}
    if not added and not removed:
        return "diff.reordered", {**params, "after": said(after)}
    way = "included-excluded" if added and removed else "included" if added else "excluded"
    return f"diff.{way}", params


def _number(value: object) -> bool:
    return isinstance(value, (Decimal, int)) and not isinstance(value, bool)


def _way(before: object, after: object) -> str:
    """Whether a value went up or down, when both are numbers or amounts of one unit."""
    if isinstance(before, Money) and isinstance(after, Money):
        same = before.currency == after.currency
        before, after = (before.amount, after.amount) if same else (None, None)
    if isinstance(before, Quantity) and isinstance(after, Quantity):
        same = before.unit == after.unit
        before, after = (before.value, after.value) if same else (None, None)
    if _number(before) and _number(after):
        return "raised" if after > before else "lowered"  # type: ignore[operator]
    return "changed"
