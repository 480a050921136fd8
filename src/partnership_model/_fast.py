"""The fast path: the reading and writing of each model class as one function, generated
from the class's attrs fields the way attrs generates ``__init__``.

The reading is for documents that are right: at the first thing wrong it raises, and
says nothing more; the detailed converter (``_detailed``) then reads the document again
to name every problem. The writing is the only one: both converters write with it.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from typing import Any, get_args

import attrs
from cattrs import Converter

from partnership_model._extensions import EMPTY_EXTENSIONS, check_extensions
from partnership_model._fields import ID_PATTERN, STRUCTURAL, id_tuple, optional_id, required_id
from partnership_model._scalars import Invalid
from partnership_model._shapes import (
    FACTORY,
    is_mapping,
    is_optional,
    is_tuple_of,
    optional_inner,
    resolved,
)
from partnership_model.i18n import LabelledEnum

__all__ = ["Refused", "fast_class_hook", "fast_tuple_hook", "unstructure_class_hook"]


class Refused(Exception):  # noqa: N818  # never shown: it sends the reading to the detailed path
    """The fast path met something wrong; the detailed converter will say what."""


# --- reading -------------------------------------------------------------------------------
# The generated reading of a class names the JSON object ``data``, the field being read
# ``value`` and an item of an array ``item``. Its globals are the ``scope`` dictionary:
# for each field, ``_field_<name>`` (its attrs field), ``_set_<name>`` (its slot's setter),
# ``_default_<name>``, ``_hook_<name>`` and ``_type_<name>`` (the converter's hook for
# its type), ``_members_<name>`` (an enumeration's members by code) and ``_check_<name>``.


def fast_class_hook(converter: Converter, cls: type) -> Callable[[object, object], Any]:
    """The reading of ``cls`` for documents that are right, as one generated function.

    It takes each field's hook from ``converter`` (the JSON shape stays the converter's),
    checks strings, enumerations and arrays of texts in line, builds the object without
    going through ``__init__`` again, and runs only the construction checks that strict
    reading does not already guarantee (ids, amounts, currencies, registers, rules...).
    Anything wrong raises, and the detailed converter then reads the document again to
    name every problem.
    """
    fields = attrs.fields(resolved(cls))
    names = frozenset(field.name for field in fields)
    scope: dict[str, Any] = {
        "_cls": cls,
        "_new": object.__new__,
        "_names": names,
        "_Refused": Refused,
        "_id_match": ID_PATTERN.fullmatch,
        "_EMPTY": EMPTY_EXTENSIONS,
        "_extensions_check": check_extensions,
    }
    lines = [
        "def structure(data, _kind):",
        "    if type(data) is not dict or not _names.issuperset(data):",
        "        raise _Refused",
        "    self = _new(_cls)",
    ]
    for field in fields:
        name, kind = field.name, field.type
        scope[f"_field_{name}"] = field
        # The slot's own descriptor sets the value faster than object.__setattr__.
        scope[f"_set_{name}"] = inspect.getattr_static(cls, name).__set__
        read = _read_value(converter, name, kind, scope)
        if field.default is attrs.NOTHING:
            lines.append(f"    value = data[{name!r}]")
            lines += [f"    {line}" for line in read]
        else:
            default = field.default
            made_by_factory = isinstance(default, FACTORY)
            scope[f"_default_{name}"] = default.factory if made_by_factory else default
            call = "()" if made_by_factory else ""
            # try costs nothing when nothing is raised, and data[...] is quicker than .get.
            lines += [
                "    try:",
                f"        value = data[{name!r}]",
                "    except KeyError:",
                f"        value = _default_{name}{call}",
                "    else:",
            ]
            lines += [f"        {line}" for line in read]
        inline = _INLINE_CHECKS.get(field.validator)
        if inline is not None:  # the check itself runs on the detailed path, with its message
            lines += [f"    {line}" for line in inline]
        if field.converter is not None and not is_mapping(kind):  # pragma: no cover
            message = "the fast reading knows no converter but that of the extensions"
            raise TypeError(f"{cls.__name__}.{name}: {message}")
        lines.append(f"    _set_{name}(self, value)")
    for field in fields:
        if not (
            field.validator is None
            or field.validator in _INLINE_CHECKS
            or field.validator in STRUCTURAL
            or is_mapping(field.type)
        ):
            name = field.name
            scope[f"_check_{name}"] = field.validator
            lines.append(f"    _check_{name}(self, _field_{name}, self.{name})")
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("    self.__attrs_post_init__()")
    lines.append("    return self")
    code = compile("\n".join(lines), f"<partnership_model fast structure {cls.__name__}>", "exec")
    exec(code, scope)  # noqa: S102  # generated from the class's own fields, as attrs does
    structure: Callable[[object, object], Any] = scope["structure"]
    return structure


def _id_ok(name: str) -> str:
    """The id check, the most frequent of all, written in line: the same test as check_id."""
    return (
        f"({name}.isascii() and {name}.isalnum() and len({name}) <= 64"
        f" or _id_match({name}) is not None)"
    )


_INLINE_CHECKS: dict[object, list[str]] = {
    required_id: [f"if not {_id_ok('value')}:", "    raise _Refused"],
    optional_id: [f"if value is not None and not {_id_ok('value')}:", "    raise _Refused"],
    id_tuple: [
        "for item in value:",
        f"    if type(item) is not str or not {_id_ok('item')}:",
        "        raise _Refused",
    ],
}


def _read_value(converter: Converter, name: str, kind: Any, scope: dict[str, Any]) -> list[str]:
    """Lines that turn the JSON value ``value`` into the field's value, in place."""
    nullable = is_optional(kind)
    inner = optional_inner(kind) if nullable else kind
    guard = "value is not None and " if nullable else ""
    if inner is str:
        return [f"if {guard}type(value) is not str:", "    raise _Refused"]
    if isinstance(inner, type) and issubclass(inner, LabelledEnum):
        scope[f"_members_{name}"] = dict(inner._value2member_map_)
        lookup = f"value = _members_{name}[value]"  # KeyError or TypeError: refused
        return ["if value is not None:", f"    {lookup}"] if nullable else [lookup]
    if is_tuple_of(inner) and get_args(inner)[0] is str:
        # Each item's type is checked by the field's own check (id_tuple, items_of(str)).
        return ["if type(value) is not list:", "    raise _Refused", "value = tuple(value)"]
    if is_tuple_of(inner) and not nullable:
        scope[f"_hook_{name}"] = converter.get_structure_hook(get_args(inner)[0])
        scope[f"_type_{name}"] = get_args(inner)[0]
        return [
            "if type(value) is not list:",
            "    raise _Refused",
            f"value = tuple([_hook_{name}(item, _type_{name}) for item in value])",
        ]
    if is_mapping(inner):  # extensions: most often empty, else frozen and checked here
        scope[f"_hook_{name}"] = converter.get_structure_hook(kind)
        return [
            "if value == {}:",
            "    value = _EMPTY",
            "else:",
            f"    value = _hook_{name}(value, None)",
            f"    _extensions_check(self, _field_{name}, value)",
        ]
    scope[f"_hook_{name}"] = converter.get_structure_hook(inner)
    scope[f"_type_{name}"] = inner
    call = f"value = _hook_{name}(value, _type_{name})"
    return ["if value is not None:", f"    {call}"] if nullable else [call]


def fast_tuple_hook(
    converter: Converter, kind: Any
) -> Callable[[object, object], tuple[Any, ...]]:
    """The reading of an array ``tuple[X, ...]`` on its own, item by item."""
    item_type = get_args(kind)[0]
    structure_item = converter.get_structure_hook(item_type)

    def structure(value: object, _kind: object) -> tuple[Any, ...]:
        if type(value) is not list:
            raise Invalid("expected an array", value)
        return tuple([structure_item(item, item_type) for item in value])

    return structure


# --- writing -------------------------------------------------------------------------------


def unstructure_class_hook(converter: Converter, cls: type) -> Callable[[Any], dict[str, Any]]:
    """The writing of ``cls`` as one generated expression, in the fields' order.

    Plain values are copied, and enumeration codes, dates and arrays written in line;
    nested objects, amounts, fractions and extension data go through their hooks from
    ``converter``.
    """
    scope: dict[str, Any] = {"_EMPTY": EMPTY_EXTENSIONS}
    members = ", ".join(
        f"{field.name!r}: {_write(converter, field.type, f'obj.{field.name}', scope, 0)}"
        for field in attrs.fields(resolved(cls))
    )
    source = f"def unstructure(obj):\n    return {{{members}}}"
    exec(compile(source, f"<partnership_model unstructure {cls.__name__}>", "exec"), scope)  # noqa: S102  # generated from the class's own fields, as attrs does
    unstructure: Callable[[Any], dict[str, Any]] = scope["unstructure"]
    return unstructure


def _write(converter: Converter, kind: Any, value: str, scope: dict[str, Any], depth: int) -> str:
    """An expression that writes ``value`` (of type ``kind``) as plain JSON data."""
    if is_optional(kind):
        written = _write(converter, optional_inner(kind), value, scope, depth)
        return value if written == value else f"(None if {value} is None else {written})"
    if kind in (str, int, bool):
        return value
    if isinstance(kind, type) and issubclass(kind, LabelledEnum):
        return f"{value}._value_"
    if kind is dt.date:
        return f"{value}.isoformat()"
    if is_mapping(kind):
        name = f"_write{len(scope)}"
        scope[name] = converter.get_unstructure_hook(kind)
        return f"({{}} if {value} is _EMPTY else {name}({value}))"
    if is_tuple_of(kind):
        item = f"item{depth}"
        written = _write(converter, get_args(kind)[0], item, scope, depth + 1)
        return f"list({value})" if written == item else f"[{written} for {item} in {value}]"
    name = f"_write{len(scope)}"
    scope[name] = converter.get_unstructure_hook(kind)
    return f"{name}({value})"
