"""JSON Schema (draft 2020-12) generated from the model's own classes and checks.

The shape comes from the attrs fields and their types, as the converter reads
them; the constraints that single values carry (ids, currencies, registers,
languages, positive counts) come from the fields' validators, so that the schema
and the constructors cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import inspect
import types
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, Union, get_args, get_origin

import attrs

from partnership_model import _converter, _extensions, _fields, _recurrence
from partnership_model._shapes import resolved
from partnership_model.convention import Convention
from partnership_model.i18n import LANGUAGE_TAG_PATTERN, LabelledEnum
from partnership_model.identifiers import SCHEME_PATTERN, LegalIdentifier
from partnership_model.money import AMOUNT_DIGITS, ISO_4217_CURRENCIES, Money, Quantity
from partnership_model.planning import Recurrence

__all__ = ["schema_for"]

_INT64 = {"minimum": -(2**63), "maximum": 2**63 - 1}

_SHARED: dict[str, dict[str, Any]] = {
    "id": {
        "description": "A short, stable identifier that references point to.",
        "type": "string",
        "pattern": f"^{_fields.ID_PATTERN.pattern}$",
    },
    "decimal": {
        "description": 'An exact decimal number written as a string, such as "1250.00".',
        "type": "string",
        "pattern": f"^{_converter.DECIMAL_PATTERN.pattern}$",
        "maxLength": _fields.MAX_TEXT_NUMBER,
    },
    "fraction": {
        "description": 'An exact fraction written as a string, such as "2/3" or "1"; '
        "in lowest terms, which a pattern cannot say.",
        "type": "string",
        "pattern": f"^{_converter.FRACTION_PATTERN.pattern}$",
        "maxLength": _fields.MAX_TEXT_NUMBER,
    },
    "amount": {
        "description": 'An amount of money or a quantity: a decimal string such as "1250.00", '
        f"not negative, below 10^{AMOUNT_DIGITS}, no finer than "
        f"10^-{AMOUNT_DIGITS}.",
        "type": "string",
        "pattern": f"^(?:0|[1-9][0-9]{{0,{AMOUNT_DIGITS - 1}}})"
        f"(?:\\.[0-9]{{1,{AMOUNT_DIGITS}}})?$",
    },
    "unit": {
        "description": "The unit of a quantity, such as hours or m²: not blank.",
        "type": "string",
        "pattern": "\\S",
    },
    "rule": {
        "description": "An RFC 5545 RRULE value for a plan made in days, such as "
        '"FREQ=MONTHLY;BYDAY=1TU". The pattern checks each part; the reader also refuses a '
        "part given twice, COUNT with UNTIL, a numbered day the frequency does not allow, "
        "an UNTIL that is no day, and a rule no day satisfies.",
        "type": "string",
        "pattern": _recurrence.rule_pattern(),
    },
    "date": {
        "description": "A day, written YYYY-MM-DD.",
        "type": "string",
        "format": "date",
        "pattern": f"^{_converter.DATE_PATTERN.pattern}$",
    },
    "instant": {
        "description": "An RFC 3339 instant with its offset.",
        "type": "string",
        "format": "date-time",
        "pattern": f"^{_converter.INSTANT_PATTERN.pattern}$",
    },
    "extensions": {
        "description": "The application's own JSON data, carried untouched.",
        "type": "object",
        "additionalProperties": {"$ref": "#/$defs/json-1"},
    },
    "json": {
        "description": "A value of application data that holds no other: JSON without floats.",
        "anyOf": [
            {"type": "null"},
            {"type": "boolean"},
            {"type": "string"},
            {"type": "integer", **_INT64},
        ],
    },
}


def _json_at(depth: int) -> dict[str, Any]:
    """Application data at ``depth`` inside the extensions: an array or an object only as
    deep as the reader takes them, so that the schema refuses what nests deeper."""
    if depth >= _extensions.MAX_DEPTH:
        return {
            "description": f"Application data {depth} levels deep: no array or object.",
            "$ref": "#/$defs/json",
        }
    inner = {"$ref": f"#/$defs/json-{depth + 1}"}
    return {
        "description": f"Application data {depth} levels deep.",
        "anyOf": [
            {"$ref": "#/$defs/json"},
            {"type": "array", "items": inner},
            {"type": "object", "additionalProperties": inner},
        ],
    }


_SHARED.update({f"json-{depth}": _json_at(depth) for depth in range(1, _extensions.MAX_DEPTH + 1)})

_PLAIN: dict[object, dict[str, Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer", **_INT64},
}
_NAMED: dict[object, str] = {
    Decimal: "decimal",
    Fraction: "fraction",
    dt.datetime: "instant",
    dt.date: "date",
}

# Constraints carried by a field's own check, beyond what its type says: the checks the
# fields share, by identity, and the checks of one field, by its class and name.
_BY_VALIDATOR: dict[object, dict[str, Any]] = {
    _fields.required_id: {"$ref": "#/$defs/id"},
    _fields.optional_id: {"$ref": "#/$defs/id"},
    _fields.id_tuple: {"type": "array", "items": {"$ref": "#/$defs/id"}},
    _fields.optional_positive_int: {"type": "integer", "minimum": 1, "maximum": 2**63 - 1},
    _fields.positive_int: {"type": "integer", "minimum": 1, "maximum": 2**63 - 1},
    _fields.optional_non_negative_int: {"type": "integer", "minimum": 0, "maximum": 2**63 - 1},
}
_BY_FIELD: dict[tuple[type, str], dict[str, Any]] = {
    (Money, "amount"): {"$ref": "#/$defs/amount"},
    (Quantity, "value"): {"$ref": "#/$defs/amount"},
    (Quantity, "unit"): {"$ref": "#/$defs/unit"},
    (Recurrence, "rule"): {"$ref": "#/$defs/rule"},
    (Money, "currency"): {"type": "string", "enum": sorted(ISO_4217_CURRENCIES)},
    (LegalIdentifier, "scheme"): {"type": "string", "pattern": f"^{SCHEME_PATTERN.pattern}$"},
    (Convention, "language"): {"type": "string", "pattern": f"^{LANGUAGE_TAG_PATTERN.pattern}$"},
}


def _description(cls: type) -> str:
    """The first paragraph of the class's own docstring (never an inherited one, which
    differs between Python versions), or its name."""
    own = cls.__dict__.get("__doc__")
    doc = inspect.cleandoc(own) if isinstance(own, str) else ""
    return doc.split("\n\n", 1)[0].replace("\n", " ") or cls.__name__


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def use(self, name: str) -> dict[str, Any]:
        if name not in self.defs:
            self.defs[name] = _SHARED[name]
            self._use_refs(_SHARED[name])
        return {"$ref": f"#/$defs/{name}"}

    def for_type(self, kind: Any) -> dict[str, Any]:
        origin = get_origin(kind)
        if origin in (Union, types.UnionType):
            options = [self.for_type(arg) for arg in get_args(kind) if arg is not type(None)]
            nullable = type(None) in get_args(kind)
            return {"anyOf": [*options, {"type": "null"}]} if nullable else {"anyOf": options}
        if origin is tuple:
            return {"type": "array", "items": self.for_type(get_args(kind)[0])}
        if origin is Mapping:
            return self.use("extensions")
        if kind in _PLAIN:
            return dict(_PLAIN[kind])
        if kind in _NAMED:
            return self.use(_NAMED[kind])
        if isinstance(kind, type) and issubclass(kind, LabelledEnum):
            if kind.__name__ not in self.defs:
                self.defs[kind.__name__] = {
                    "description": _description(kind),
                    "type": "string",
                    "enum": [member.value for member in kind],
                }
            return {"$ref": f"#/$defs/{kind.__name__}"}
        if attrs.has(kind):
            if kind.__name__ not in self.defs:
                self.defs[kind.__name__] = {}  # placeholder, so that recursion stops here
                self.defs[kind.__name__] = self.for_class(kind)
            return {"$ref": f"#/$defs/{kind.__name__}"}
        raise TypeError(f"no JSON Schema for {kind!r}")  # pragma: no cover - a new field type

    def for_field(self, owner: type, field: attrs.Attribute[Any]) -> dict[str, Any]:
        refined = _BY_FIELD.get((owner, field.name)) or _BY_VALIDATOR.get(field.validator)
        if refined is None:
            return self.for_type(field.type)
        self._use_refs(refined)
        nullable = type(None) in get_args(field.type)
        return {"anyOf": [refined, {"type": "null"}]} if nullable else refined

    def _use_refs(self, schema: object) -> None:
        if isinstance(schema, dict):
            for key, value in schema.items():
                if key == "$ref":
                    self.use(value.rsplit("/", 1)[1])
                else:
                    self._use_refs(value)
        elif isinstance(schema, list):
            for item in schema:
                self._use_refs(item)

    def for_class(self, cls: type) -> dict[str, Any]:
        fields = attrs.fields(resolved(cls))
        schema: dict[str, Any] = {
            "description": _description(cls),
            "type": "object",
            "properties": {field.name: self.for_field(cls, field) for field in fields},
            "required": [field.name for field in fields if field.default is attrs.NOTHING],
            "additionalProperties": False,
        }
        return schema


def schema_for(cls: type, *, format_name: str, version: str, type_name: str) -> dict[str, Any]:
    """The schema of a whole document holding a ``cls``, envelope included."""
    builder = _Builder()
    body = builder.for_class(cls)
    properties = {
        "$schema": {
            "type": "string",
            "description": "The address of this schema, for editors to complete and check "
            "the document as it is typed; the reader reads past it.",
        },
        "format": {"const": format_name},
        "version": {"const": version},
        "type": {"const": type_name},
        **body["properties"],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:{format_name}:{version}:{type_name}",
        "title": f"{format_name} {version}: {cls.__name__}",
        "description": body["description"],
        "type": "object",
        "properties": properties,
        "required": ["format", "version", "type", *body["required"]],
        "additionalProperties": False,
        "$defs": dict(sorted(builder.defs.items())),
    }
