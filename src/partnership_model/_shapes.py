"""The shapes a model field's type takes for the converter: ``X | None``, an array
``tuple[X, ...]``, or the extensions' mapping; and the hooks for optional values and
arrays that the fast and the detailed converter share.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Mapping
from typing import Any, Union, get_args, get_origin

import attrs
from cattrs import Converter
from cattrs.fns import identity

__all__ = [
    "FACTORY",
    "is_mapping",
    "is_optional",
    "is_tuple_of",
    "optional_hook",
    "optional_inner",
    "optional_unstructure_hook",
    "resolved",
    "tuple_unstructure_hook",
]

FACTORY: Any = type(attrs.Factory(list))
"""The class of a default made by a factory, such as ``attrs.Factory(tuple)``."""


_EVALUATED: dict[tuple[str, str], object] = {}
"""Each annotation of each module, evaluated once for every field that writes it."""


def resolved(cls: type) -> type:
    """``cls`` with the types of its fields resolved, as :func:`attrs.resolve_types`
    leaves it: the model's modules write their annotations as text (``from __future__
    import annotations``). Where ``typing.get_type_hints`` compiles every annotation of
    every class, the same few dozen texts hundreds of times, each text of a module is
    compiled once here: half the cost of a process's first reading."""
    resolved_already = getattr(cls, "__attrs_types_resolved__", None)
    fields = attrs.fields(cls)
    if resolved_already is not cls and any(field.inherited for field in fields):
        attrs.resolve_types(cls)  # pragma: no cover - no model class inherits a field
    elif resolved_already is not cls:
        module = cls.__module__
        namespace = vars(sys.modules[module])
        for field in fields:
            annotation = field.type
            if isinstance(annotation, str):
                key = (module, annotation)
                if key not in _EVALUATED:
                    _EVALUATED[key] = eval(annotation, namespace)  # noqa: S307  # the module's own annotation
                object.__setattr__(
                    field, "type", _EVALUATED[key]
                )  # as attrs does: fields are frozen
        cls.__attrs_types_resolved__ = cls  # type: ignore[attr-defined]  # attrs reads it
    return cls


def is_tuple_of(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def is_optional(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) in (Union, types.UnionType) and len(args) == 2 and type(None) in args


def is_mapping(kind: Any) -> bool:
    # Only extensions are mappings in the model.
    return get_origin(kind) is Mapping


def optional_inner(kind: Any) -> Any:
    """``X`` in ``X | None``."""
    return next(arg for arg in get_args(kind) if arg is not type(None))


def optional_hook(converter: Converter, kind: Any) -> Callable[[object, object], Any]:
    """``X | None`` with the hook of ``X`` found once, not on every value."""
    inner = optional_inner(kind)
    hook = converter.get_structure_hook(inner)
    return lambda value, _kind: None if value is None else hook(value, inner)


def tuple_unstructure_hook(
    converter: Converter, kind: Any
) -> Callable[[tuple[Any, ...]], list[Any]]:
    item_hook = converter.get_unstructure_hook(get_args(kind)[0])
    if item_hook is identity:  # strings and ids: the list is made in C
        return list
    return lambda items: [item_hook(item) for item in items]


def optional_unstructure_hook(converter: Converter, kind: Any) -> Callable[[Any], Any]:
    hook = converter.get_unstructure_hook(optional_inner(kind))
    if hook is identity:  # cattrs then copies the field without a call
        return identity
    return lambda value: None if value is None else hook(value)
