"""Application data carried untouched by the main objects: ``extensions``.

An application stores its own JSON next to the library's fields (a case number, a
form's state). The value is frozen on construction (objects become read-only
mappings, arrays tuples) and must be JSON the library can give back to the digit:
strings, integers within 64 bits, booleans, null, arrays and objects with string
keys. Floats are refused, as everywhere in this library: numbers that must not
change are written as decimal strings.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeAlias, Union

import attrs

from partnership_model._fields import fail
from partnership_model._words import Words, words

__all__ = ["EMPTY_EXTENSIONS", "JsonValue", "check_extensions", "freeze_extensions"]

JsonValue: TypeAlias = Union[  # noqa: UP007  # a recursive alias needs the Union form here
    bool, int, str, tuple["JsonValue", ...], Mapping[str, "JsonValue"], None
]

EMPTY_EXTENSIONS: Mapping[str, JsonValue] = MappingProxyType({})

MAX_DEPTH = 64
"""How deeply extension data may nest."""

_INT_RANGE = range(-(2**63), 2**63)


def _freeze(value: object) -> object:
    if type(value) is dict or isinstance(value, MappingProxyType):
        return MappingProxyType({key: _freeze(item) for key, item in value.items()})
    if type(value) is list or type(value) is tuple:
        return tuple(_freeze(item) for item in value)
    return value


def freeze_extensions(value: Mapping[str, object]) -> Mapping[str, JsonValue]:
    """A read-only deep copy of ``value``; what is not JSON is left for the check to name."""
    if value is EMPTY_EXTENSIONS or (type(value) is dict and not value):
        return EMPTY_EXTENSIONS
    return _freeze(value)  # type: ignore[return-value]  # check_extensions checks it


def _problem(value: object, depth: int) -> tuple[str, Words, object] | None:
    """Where ``value`` stops being JSON the library keeps exactly: (where, why, what)."""
    if value is None or type(value) is bool or type(value) is str:
        return None
    if type(value) is int:
        return None if value in _INT_RANGE else ("", words("refusal.extensions-integer"), value)
    if depth >= MAX_DEPTH and type(value) in (tuple, MappingProxyType):
        return "", words("refusal.extensions-depth", most=MAX_DEPTH), "..."
    if type(value) is MappingProxyType:
        for key, item in value.items():
            if type(key) is not str:
                return "", words("refusal.extensions-key"), key
            inner = _problem(item, depth + 1)
            if inner is not None:
                return f"[{key!r}]{inner[0]}", inner[1], inner[2]
        return None
    if type(value) is tuple:
        for position, item in enumerate(value):
            inner = _problem(item, depth + 1)
            if inner is not None:
                return f"[{position}]{inner[0]}", inner[1], inner[2]
        return None
    if type(value) is float:
        return "", words("refusal.extensions-float"), value
    return "", words("refusal.extensions-not-json", kind=type(value).__name__), value


def check_extensions(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is EMPTY_EXTENSIONS:
        return
    if type(value) is not MappingProxyType:
        fail(instance, attribute, value, words("refusal.extensions"))
    problem = _problem(value, 0)
    if problem is not None:
        where, why, what = problem
        fail(instance, attribute, what, words("refusal.extensions-at", why=why, where=where))
