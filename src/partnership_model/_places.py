"""Where something is in a document, said as a coordinator says it: the path
``$.convention.objectives[1].indicators[0].target`` is "objectif 2 « Réduire
l'isolement » › indicateur 1 « Personnes accueillies » › valeur cible".

:func:`locate` walks a path through what it names, a model object or the plain JSON
data of a document as read (broken or not), and gives its :data:`Place`: the stops on
the way, each with the name of the item it reaches, in no language. :func:`place_in_words`
says a place in French, English or Dutch, with the nouns of ``_place_words``.
:func:`document_order` sorts paths as their places come in a document.

Every function follows the path only: its cost grows with the path, never with the
lists it passes through, and a path that leads nowhere (a missing key, a value of the
wrong type, an index past the end, a field the model does not know) is still said, as
far as it can be.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from typing import Any, NamedTuple, get_args

import attrs

from partnership_model._catalogue import CATALOGUE
from partnership_model._shapes import is_optional, is_tuple_of, optional_inner, resolved
from partnership_model.convention import Convention
from partnership_model.dossier import Dossier
from partnership_model.i18n import translate
from partnership_model.text import QUOTES, blank, short, visible

__all__ = [
    "Place",
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


_FIELDS: dict[type, Mapping[str, tuple[int, Any]]] = {}
"""Each field of each attrs class met, with its position and its type, found once."""


def _fields_of(cls: type) -> Mapping[str, tuple[int, Any]]:
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = {
            field.name: (position, field.type)
            for position, field in enumerate(attrs.fields(resolved(cls)))
        }
    return fields


def _child(node: object, name: str) -> object:
    if attrs.has(type(node)):
        return getattr(node, name) if name in _fields_of(type(node)) else _MISSING
    if isinstance(node, Mapping):
        return node.get(name, _MISSING)
    return _MISSING


def _item(node: object, index: int) -> object:
    if isinstance(node, list | tuple) and index < len(node):
        return node[index]
    return _MISSING


def _name_of(node: object) -> str | None:
    """What an item is called: its name, title or label, else its id."""
    if attrs.has(type(node)):
        fields = _fields_of(type(node))
        said = (getattr(node, name) for name in _NAMING if name in fields)
    elif isinstance(node, Mapping):
        said = (node.get(name) for name in _NAMING)
    else:
        return None
    return next((short(text) for text in said if isinstance(text, str) and not blank(text)), None)


def locate(root: object, path: str) -> Place:
    """The place ``path`` names in ``root``: a model object (a dossier, a convention) or
    the plain JSON data of a document, as read before the model is built."""
    stops: list[Stop] = []
    node = root
    after_a_field = False
    for segment in segments(path):
        if isinstance(segment, int):
            node = _item(node, segment)
            if after_a_field:
                stops[-1] = stops[-1]._replace(position=segment, name=_name_of(node))
            else:
                stops.append(Stop("", segment, _name_of(node)))
            after_a_field = False
        else:
            node = _child(node, segment)
            stops.append(Stop(segment, None, None))
            after_a_field = True
    return tuple(stops)


_ENVELOPE = {
    "$schema": "place.envelope-schema",
    "format": "place.envelope-format",
    "version": "place.envelope-version",
    "type": "place.envelope-type",
}
"""The keys a document holds above its content, and their nouns."""


def place_in_words(place: Place, language: str) -> str:
    """``place`` as a coordinator reads it in ``language``: each item by its noun, its
    position from 1 and its name (``objectif 2 « Réduire l'isolement »``), each field by
    its noun, from the top down. A dossier's convention is left out once the place is
    inside it; a field the model does not know is said by its name, in quotes."""
    if not place:
        return translate("place.whole-document", language)
    if len(place) > 1 and place[0] == ("convention", None, None):
        place = place[1:]
    said: list[str] = []
    in_data = False  # below an application's extensions, keys are the application's own
    for at, stop in enumerate(place):
        key: str | None = f"place.{stop.field}"
        if at == 0 and len(place) == 1 and stop.field in _ENVELOPE:
            key = _ENVELOPE[stop.field]
        elif in_data or not stop.field.isidentifier() or key not in CATALOGUE:
            key = None  # a key of the application's, or a field the model does not know
        said += _stop_in_words(stop, key, language)
        in_data = in_data or key == "place.extensions"
    return " › ".join(said)


def _stop_in_words(stop: Stop, key: str | None, language: str) -> list[str]:
    opening, closing = QUOTES[language]
    quoted = [f"{opening}{visible(stop.field)}{closing}"]
    if stop.position is None:
        if key is None:
            return quoted
        plural = key.replace("place.", "places.", 1)
        return [translate(plural if plural in CATALOGUE else key, language)]
    noun = translate(key if key is not None else "place.list-item", language)
    item = f"{noun} {stop.position + 1}"
    if stop.name is not None:
        item += f" {opening}{visible(stop.name)}{closing}"
    return [*quoted, item] if stop.field and key is None else [item]


def words_for(root: object, path: str, language: str) -> str:
    """The place of ``path`` in ``root`` (a model object, or a document's JSON data
    as read, however broken) in ``language``'s words."""
    return place_in_words(locate(root, path), language)


_DOSSIER_FIELDS = frozenset(_fields_of(Dossier)) - {"extensions"}


def document_order(path: str) -> tuple[tuple[int, int, str], ...]:
    """A key that sorts paths as their places come in a document: fields in the order
    the model holds them, items in the order of their list (``[10]`` after ``[2]``), a
    field the model does not know after those it knows."""
    parts = segments(path)
    kind: Any = Dossier if parts and parts[0] in _DOSSIER_FIELDS else Convention
    order: list[tuple[int, int, str]] = []
    for segment in parts:
        if is_optional(kind):
            kind = optional_inner(kind)
        if isinstance(segment, int):
            order.append((0, segment, ""))
            kind = get_args(kind)[0] if is_tuple_of(kind) else None
        elif isinstance(kind, type) and attrs.has(kind) and segment in _fields_of(kind):
            position, kind = _fields_of(kind)[segment]
            order.append((1, position, ""))
        else:
            order.append((2, 0, segment))
            kind = None
    return tuple(order)
