"""Where something is in a document, said as a coordinator says it: the path
``$.convention.objectives[1].indicators[0].target`` is "objectif 2 « Réduire
l'isolement » › indicateur 1 « Personnes accueillies » › valeur cible".

:func:`locate` walks a path through what it names, a model object or the plain JSON
data of a document as read (broken or not), and gives its :data:`Place`: the stops on
the way, each with the name of the item it reaches, in no language. :func:`place_in_words`
says a place in French, English or Dutch, with the nouns of ``_place_words``;
:func:`words_for` does both, for a reading error, and :class:`Places` for the many
findings of one validation, walking the beginning their paths share once.
:func:`document_order` sorts paths as their places come in a document.

Every function follows the path only: its cost grows with the path, never with the
lists it passes through, and a path that leads nowhere (a missing key, a value of the
wrong type, an index past the end, a field the model does not know) is still said, as
far as it can be.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Mapping
from typing import Any, NamedTuple, get_args

import attrs

from partnership_model._catalogue import CATALOGUE
from partnership_model._shapes import is_optional, is_tuple_of, optional_inner, resolved
from partnership_model.convention import Convention
from partnership_model.dossier import Dossier
from partnership_model.i18n import resolve_language, translate
from partnership_model.text import QUOTES, blank, short, visible

__all__ = [
    "Place",
    "Places",
    "Stop",
    "document_order",
    "locate",
    "place_in_words",
    "segments",
    "words_for",
]


class Stop(NamedTuple):
    """One step of a path: a field, or an item of a list, with what the item is called."""

    field: str
    """The field's name as the document writes it; ``""`` for an item of a list that is
    itself an item of a list."""
    position: int | None
    """The item's position in the list, from 0 as the path writes it; ``None`` for the
    field itself."""
    name: str | None
    """The item's name, title or label, else its id, as the document writes it (cut
    to :data:`~partnership_model.text.REFERENCE_LENGTH`); ``None`` when it has none."""


Place = tuple[Stop, ...]
"""A place in a document, from its top down; ``()`` is the document itself."""

_SEGMENT = re.compile(
    r"\.(?P<name>[^.\[]*)"
    r"|\[(?P<index>\d{1,18})\]"
    r"|\[(?P<key>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\]"
)
"""One segment of a path as the library writes it: ``.field``, ``[3]``, or the quoted key
of extension data, ``['case']``."""

_NAMING = ("name", "title", "label", "id")
"""The fields that say what an item is called, the first found said."""

_MISSING: Any = object()
"""What a path reaches where the document holds nothing."""


def segments(path: str) -> list[str | int]:
    """The field names, keys and indices of ``path``, in order: ``$.tasks[2].title`` is
    ``["tasks", 2, "title"]``. Whatever does not read as a segment is taken whole as a
    last name, so that any text gives segments."""
    found: list[str | int] = []
    at = 1 if path.startswith("$") else 0
    while at < len(path):
        match = _SEGMENT.match(path, at)
        if match is None:
            found.append(path[at:])
            break
        if match["index"] is not None:
            found.append(int(match["index"]))
        elif match["key"] is not None:
            found.append(_unquoted(match["key"]))
        else:
            found.append(match["name"])
        at = match.end()
    return found


def _unquoted(key: str) -> str:
    """A key of extension data as the path quotes it (``repr``), read back; a key quoted
    some other way, as it is."""
    try:
        return str(ast.literal_eval(key))
    except (ValueError, SyntaxError):
        return key


class _Field(NamedTuple):
    position: int
    """Where the field comes among its class's fields, from 0."""
    value_class: type | None
    """The model class of the field's value (``X`` or ``X | None``), if it has one."""
    item_class: type | None
    """The model class of an item, for a list of model objects (``tuple[X, ...]``)."""


_FIELDS: dict[type, Mapping[str, _Field] | None] = {}
"""The fields of each class met (None for a class that is not a model class), each
found once: a document names the same few classes thousands of times."""


def _model_class(kind: Any) -> type | None:
    return kind if isinstance(kind, type) and attrs.has(kind) else None


def _fields_of(cls: type) -> Mapping[str, _Field] | None:
    if cls in _FIELDS:
        return _FIELDS[cls]
    fields = None
    if attrs.has(cls):
        fields = {}
        for position, field in enumerate(attrs.fields(resolved(cls))):
            kind = optional_inner(field.type) if is_optional(field.type) else field.type
            item = get_args(kind)[0] if is_tuple_of(kind) else None
            fields[field.name] = _Field(position, _model_class(kind), _model_class(item))
        _NAMED_BY[cls] = tuple(name for name in _NAMING if name in fields)
    _FIELDS[cls] = fields
    return fields


_NAMED_BY: dict[type, tuple[str, ...]] = {}
"""The fields of :data:`_NAMING` each model class has, in that order."""


def _child(node: object, name: str) -> object:
    fields = _fields_of(type(node))
    if fields is not None:
        return getattr(node, name) if name in fields else _MISSING
    if isinstance(node, Mapping):
        return node.get(name, _MISSING)
    return _MISSING


def _item(node: object, index: int) -> object:
    if isinstance(node, list | tuple) and index < len(node):
        return node[index]
    return _MISSING


def _name_of(node: object) -> str | None:
    """What an item is called: its name, title or label, else its id."""
    if _fields_of(type(node)) is not None:
        said = [getattr(node, name) for name in _NAMED_BY[type(node)]]
    elif isinstance(node, Mapping):
        said = [node.get(name) for name in _NAMING]
    else:
        return None
    for text in said:
        if isinstance(text, str) and not blank(text):
            return short(text)
    return None


class _Walked(NamedTuple):
    """How far a walk along a path has come: where it is, and the stops on the way."""

    node: object
    place: Place
    after_a_field: bool
    """Whether the last stop is a field, whose item an index that follows would be."""


def _walk(walked: _Walked, parts: list[str | int]) -> _Walked:
    node, place, after_a_field = walked
    stops = list(place)
    for segment in parts:
        if isinstance(segment, int):
            node = _item(node, segment)
            if after_a_field:
                stops[-1] = Stop(stops[-1].field, segment, _name_of(node))
            else:
                stops.append(Stop("", segment, _name_of(node)))
            after_a_field = False
        else:
            node = _child(node, segment)
            stops.append(Stop(segment, None, None))
            after_a_field = True
    return _Walked(node, tuple(stops), after_a_field)


def locate(root: object, path: str) -> Place:
    """The place ``path`` names in ``root``: a model object (a dossier, a convention) or
    the plain JSON data of a document, as read before the model is built."""
    return _walk(_Walked(root, (), False), segments(path)).place


_PLAIN = re.compile(r"\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d{1,18}\])*")
"""A path of fields and indices only, as the rules write them: each of its prefixes
ends where a segment does."""


class Places:
    """The places of one document, in one language: the findings of a validation share
    the beginnings of their paths (``$.minutes[3]``), and each is walked once."""

    def __init__(self, root: object, language: str) -> None:
        self.language = resolve_language(language)
        self._root = _Walked(root, (), False)
        self._walked: dict[str, _Walked] = {"$": self._root}
        self._said: dict[Place, tuple[tuple[str, ...], bool]] = {(): ((), False)}

    def words(self, path: str) -> str:
        """The place of ``path`` in the document, in words: as :func:`place_in_words`
        says it, each beginning of a place said once."""
        place = self._walked_to(path).place
        if not place or (len(place) == 1 and place[0].field in _ENVELOPE):
            return place_in_words(place, self.language)
        if len(place) > 1 and place[0] == _CONVENTION:
            place = place[1:]
        return " › ".join(self._parts(place)[0])

    def _parts(self, place: Place) -> tuple[tuple[str, ...], bool]:
        """The words of each stop of ``place``, and whether it ends in an application's
        data, from those of its beginning."""
        said = self._said.get(place)
        if said is None:
            head, in_data = self._parts(place[:-1])
            stop = place[-1]
            noun = None if in_data else _nouns(self.language).get(stop.field)
            words = _stop_in_words(stop, noun, self.language)
            parts = head if head and words == (head[-1],) else head + words
            in_data = in_data or (noun is not None and stop.field == "extensions")
            said = self._said[place] = (parts, in_data)
        return said

    def at(self, path: str) -> Place:
        """The place ``path`` names in the document, as :func:`locate` finds it."""
        return self._walked_to(path).place

    def _walked_to(self, path: str) -> _Walked:
        walked = self._walked.get(path)
        if walked is not None:
            return walked
        if not _PLAIN.fullmatch(path):
            return _walk(self._root, segments(path))
        prefixes = []
        prefix = path
        while prefix not in self._walked:
            prefixes.append(prefix)
            prefix = prefix[: max(prefix.rfind("."), prefix.rfind("["))]
        walked = self._walked[prefix]
        for longer in reversed(prefixes):
            tail = longer[len(prefix) + 1 :]  # a field's name, or an index and its "]"
            walked = _walk(walked, [int(tail[:-1]) if longer[len(prefix)] == "[" else tail])
            self._walked[longer] = walked
            prefix = longer
        return walked


_ENVELOPE = {
    "$schema": "place.envelope-schema",
    "format": "place.envelope-format",
    "version": "place.envelope-version",
    "type": "place.envelope-type",
}
"""The keys a document holds above its content, and their nouns."""


_NOUNS: dict[str, dict[str, tuple[str, str]]] = {}
"""For each language, each field of the model with its nouns: one value, the list."""


def _nouns(language: str) -> dict[str, tuple[str, str]]:
    nouns = _NOUNS.get(language)
    if nouns is None:
        nouns = _NOUNS[language] = {}
        for key in CATALOGUE:
            namespace, _, field = key.partition(".")
            if namespace == "place" and field.isidentifier():
                one = translate(key, language)
                plural = f"places.{field}"
                nouns[field] = (one, translate(plural, language) if plural in CATALOGUE else one)
    return nouns


_CONVENTION = Stop("convention", None, None)
"""A dossier's convention: left out of a place inside it, since it is what is read."""


def place_in_words(place: Place, language: str) -> str:
    """``place`` as a coordinator reads it in ``language``: each item by its noun, its
    position from 1 and its name (``objectif 2 « Réduire l'isolement »``), each field by
    its noun, from the top down. A dossier's convention is left out once the place is
    inside it; a field the model does not know is said by its name, in quotes."""
    language = resolve_language(language)
    if not place:
        return translate("place.whole-document", language)
    if len(place) == 1 and place[0].position is None and place[0].field in _ENVELOPE:
        return translate(_ENVELOPE[place[0].field], language)
    if len(place) > 1 and place[0] == _CONVENTION:
        place = place[1:]
    nouns = _nouns(language)
    said: list[str] = []
    in_data = False  # below an application's extensions, keys are the application's own
    for stop in place:
        noun = None if in_data else nouns.get(stop.field)
        words = _stop_in_words(stop, noun, language)
        if not (said and words == (said[-1],)):  # a need's amount's amount: one amount
            said += words
        in_data = in_data or (noun is not None and stop.field == "extensions")
    return " › ".join(said)


@functools.lru_cache(maxsize=1024)  # the same stops again: ``minutes`` › ``ballots[0]``
def _stop_in_words(stop: Stop, noun: tuple[str, str] | None, language: str) -> tuple[str, ...]:
    """A field by its noun, or its name in quotes when the model does not know it; an
    item by its noun, its position from 1 and its name."""
    opening, closing = QUOTES[language]
    if stop.position is None:
        return (f"{opening}{visible(stop.field)}{closing}" if noun is None else noun[1],)
    item = f"{translate('place.list-item', language) if noun is None else noun[0]} "
    item += str(stop.position + 1)
    if stop.name is not None:
        item += f" {opening}{visible(stop.name)}{closing}"
    if stop.field and noun is None:
        return (f"{opening}{visible(stop.field)}{closing}", item)
    return (item,)


def words_for(root: object, path: str, language: str) -> str:
    """The place of ``path`` in ``root`` (a model object, or a document's JSON data
    as read, however broken) in ``language``'s words: for a reading error, say."""
    return place_in_words(locate(root, path), language)


_DOSSIER_FIELDS = frozenset(_fields_of(Dossier) or ()) - {"extensions"}


def document_order(path: str) -> tuple[tuple[int, int, str], ...]:
    """A key that sorts paths as their places come in a document: fields in the order
    the model holds them, items in the order of their list (``[10]`` after ``[2]``), a
    field the model does not know after those it knows."""
    parts = segments(path)
    kind: type | None = Dossier if parts and parts[0] in _DOSSIER_FIELDS else Convention
    items: type | None = None
    order: list[tuple[int, int, str]] = []
    for segment in parts:
        if isinstance(segment, int):
            order.append((0, segment, ""))
            kind, items = items, None
            continue
        fields = None if kind is None else _fields_of(kind)
        field = None if fields is None else fields.get(segment)
        if field is None:
            order.append((2, 0, segment))
            kind = items = None
        else:
            order.append((1, field.position, ""))
            kind, items = field.value_class, field.item_class
    return tuple(order)
