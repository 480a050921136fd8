"""The one cattrs converter that defines the JSON shape of every model type.

Two instances are made by the same function: a fast one for documents that are
right, and one with cattrs' detailed validation that is only used once a document
has failed, to name every problem with its path. Both are strict: nothing is
coerced (cattrs' default turns ``123`` into ``"123"``, ``"abc"`` into a tuple of
characters, ``"20240102"`` into a date), and unknown fields are errors.

This module only assembles them from their parts: the hooks of single values
(``_scalars``), of optional values and arrays (``_shapes``), the generated reading and
writing of classes (``_fast``, its readings written ahead of time into ``_readers``) and
the reading that names every problem (``_detailed``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
from cattrs import Converter

from partnership_model import dossier as _model  # noqa: F401  # every model type, so every enumeration, is defined
from partnership_model._detailed import detailed_class_hook, detailed_tuple_hook
from partnership_model._fast import fast_tuple_hook, unstructure_class_hook
from partnership_model._fields import MAX_TEXT_NUMBER, plain
from partnership_model._readers import READERS
from partnership_model._scalars import (
    DATE_PATTERN,
    DECIMAL_PATTERN,
    FRACTION_PATTERN,
    INSTANT_PATTERN,
    Invalid,
    UnknownField,
    enumerations,
    member_hook,
    note_of,
    structure_bool,
    structure_date,
    structure_decimal,
    structure_extensions,
    structure_fraction,
    structure_instant,
    structure_int,
    structure_str,
    unstructure_json,
    unstructure_member,
)
from partnership_model._shapes import (
    is_mapping,
    is_optional,
    is_tuple_of,
    optional_hook,
    optional_unstructure_hook,
    tuple_unstructure_hook,
)
from partnership_model.i18n import LabelledEnum

__all__ = [
    "DATE_PATTERN",
    "DECIMAL_PATTERN",
    "DETAILED",
    "FAST",
    "FRACTION_PATTERN",
    "INSTANT_PATTERN",
    "MAX_TEXT_NUMBER",
    "Invalid",
    "UnknownField",
    "note_of",
]


def _make(detailed: bool) -> Converter:
    converter = Converter(detailed_validation=detailed, prefer_attrib_converters=False)
    # cattrs' own hooks for these coerce (str(123) is "123"): the strict ones replace them.
    for kind, hook in (
        (str, structure_str),
        (int, structure_int),
        (bool, structure_bool),
        (Decimal, structure_decimal),
        (Fraction, structure_fraction),
        (dt.date, structure_date),
        (dt.datetime, structure_instant),
    ):
        converter.register_structure_hook(kind, hook)
    converter.register_structure_hook_factory(
        is_optional, lambda kind: optional_hook(converter, kind)
    )
    converter.register_structure_hook_factory(is_mapping, lambda _kind: structure_extensions)
    # Enumerations are str subclasses: each is registered by its own class, which comes
    # before str in the method resolution order that cattrs' singledispatch follows.
    for enumeration in enumerations():
        converter.register_structure_hook(enumeration, member_hook(enumeration))
    tuple_hook = detailed_tuple_hook if detailed else fast_tuple_hook
    converter.register_structure_hook_factory(
        is_tuple_of, lambda kind: tuple_hook(converter, kind)
    )
    if detailed:
        converter.register_structure_hook_factory(
            attrs.has, lambda cls: detailed_class_hook(converter, cls)
        )
    else:
        converter.register_structure_hook_factory(attrs.has, lambda cls: READERS[cls])

    converter.register_unstructure_hook(Decimal, plain)
    converter.register_unstructure_hook(Fraction, str)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    converter.register_unstructure_hook_factory(is_mapping, lambda _kind: unstructure_json)
    converter.register_unstructure_hook_factory(
        is_tuple_of, lambda kind: tuple_unstructure_hook(converter, kind)
    )
    converter.register_unstructure_hook_factory(
        is_optional, lambda kind: optional_unstructure_hook(converter, kind)
    )
    converter.register_unstructure_hook(LabelledEnum, unstructure_member)
    converter.register_unstructure_hook_factory(
        attrs.has, lambda cls: unstructure_class_hook(converter, cls)
    )
    return converter


FAST = _make(detailed=False)
DETAILED = _make(detailed=True)
