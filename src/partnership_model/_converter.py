"""The one cattrs converter that defines the JSON shape of every model type.

Two instances are made by the same function: a fast one for documents that are
right, and one with cattrs' detailed validation that is only used once a document
has failed, to name every problem with its path. Both are strict: nothing is
coerced (cattrs' default turns ``123`` into ``"123"``, ``"abc"`` into a tuple of
characters, ``"20240102"`` into a date), and unknown fields are errors.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
import types
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Union, get_args, get_origin

import attrs
from cattrs import Converter
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn

from partnership_model import dossier as _model  # noqa: F401  # every model type, so every enumeration, is defined
from partnership_model._extensions import (
    EMPTY_EXTENSIONS,
    MAX_DEPTH,
    JsonValue,
    check_extensions,
)
from partnership_model._fields import (
    ID_PATTERN,
    MAX_TEXT_NUMBER,
    STRUCTURAL,
    id_tuple,
    optional_id,
    plain,
    plain_length,
    required_id,
)
from partnership_model.errors import InvalidValueError
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


DECIMAL_PATTERN = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
"""A decimal in plain notation: no exponent, no plus sign, no leading zero; every digit
after the point kept (``1250.00``). Each decimal has this one written form."""
FRACTION_PATTERN = re.compile(r"(?:0|[1-9][0-9]*)(?:/[1-9][0-9]*)?")
"""A share: a whole number or ``numerator/denominator``. In lowest terms too, which no
pattern can say: the reader checks it."""
DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
INSTANT_PATTERN = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_INT_RANGE = range(-(2**63), 2**63)


class Invalid(ValueError):  # noqa: N818  # read as 'raise Invalid(...)': a finding
    """A JSON value that does not fit the field: what was expected, and what came."""

    def __init__(self, message: str, value: object, where: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.value = value
        self.where = where
        """Where inside the value the problem lies, such as ``['case'][2]``."""


class UnknownField(ValueError):  # noqa: N818  # named for what it reports
    """A key the type does not have: never dropped silently."""

    def __init__(self, name: str, value: object) -> None:
        super().__init__(f"unknown field {name!r}")
        self.name = name
        self.value = value


# --- reading single values --------------------------------------------------------------


def _structure_str(value: object, _: object) -> str:
    if type(value) is not str:
        raise Invalid("expected a string", value)
    return value


def _structure_int(value: object, _: object) -> int:
    if type(value) is not int or value not in _INT_RANGE:
        raise Invalid("expected a whole number within 64 bits", value)
    return value


def _structure_bool(value: object, _: object) -> bool:
    if type(value) is not bool:
        raise Invalid("expected true or false", value)
    return value


_DECIMAL_EXPECTED = 'expected a decimal number written as a string, such as "1250.00"'
_FRACTION_EXPECTED = (
    'expected a fraction in lowest terms written as a string, such as "2/3" or "1"'
)
_SUGGESTED = 2 * MAX_TEXT_NUMBER
"""The longest value a refusal tries to read, to name the form it should have been written in."""


def _structure_decimal(value: object, _: object) -> Decimal:
    if type(value) is str and len(value) <= MAX_TEXT_NUMBER and DECIMAL_PATTERN.fullmatch(value):
        return Decimal(value)
    raise Invalid(_written_as(_DECIMAL_EXPECTED, value, _plain_form), value)


def _structure_fraction(value: object, _: object) -> Fraction:
    if type(value) is str and len(value) <= MAX_TEXT_NUMBER and FRACTION_PATTERN.fullmatch(value):
        share = Fraction(value)
        if str(share) == value:
            return share
    raise Invalid(_written_as(_FRACTION_EXPECTED, value, _lowest_terms), value)


def _written_as(expected: str, value: object, canonical: Callable[[str], str | None]) -> str:
    """What was expected, and the form ``value`` takes when it is a number written another
    way (``"1E+3"`` is written ``"1000"``, ``"2/4"`` is ``"1/2"``)."""
    if type(value) is not str or len(value) > _SUGGESTED:
        return expected
    form = canonical(value)
    return expected if form is None or form == value else f'{expected}: write "{form}"'


def _plain_form(value: str) -> str | None:
    try:
        number = Decimal(value.strip())
    except ArithmeticError:
        return None
    if not number.is_finite() or plain_length(number) > MAX_TEXT_NUMBER:
        return None
    return plain(number)


def _lowest_terms(value: str) -> str | None:
    try:
        share = Fraction(value.strip())
    except (ValueError, ZeroDivisionError):
        return None
    return str(share) if share >= 0 and len(str(share)) <= MAX_TEXT_NUMBER else None


def _structure_date(value: object, _: object) -> dt.date:
    if type(value) is str and DATE_PATTERN.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise Invalid("expected a date written YYYY-MM-DD", value)


def _structure_instant(value: object, _: object) -> dt.datetime:
    if type(value) is str and INSTANT_PATTERN.fullmatch(value):
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            pass
    raise Invalid(
        "expected an RFC 3339 instant with its offset, such as 2027-01-04T09:30:00+01:00", value
    )


def _structure_json(value: object, where: str = "", depth: int = 0) -> JsonValue:
    """Extension data: JSON as read, frozen, refused where the library could not keep it
    exactly (floats, integers beyond 64 bits) or where it nests too deep."""
    if depth > MAX_DEPTH:  # reported at the extensions themselves, not 64 levels down
        raise Invalid(f"extension data nested more than {MAX_DEPTH} levels deep", "...")
    if type(value) is dict:
        return MappingProxyType(
            {
                key: _structure_json(item, f"{where}[{key!r}]", depth + 1)
                for key, item in value.items()
            }
        )
    if type(value) is list:
        return tuple(
            _structure_json(item, f"{where}[{index}]", depth + 1)
            for index, item in enumerate(value)
        )
    if type(value) is float:
        raise Invalid(
            "a float: write exact numbers as decimal strings such as '12.50'", value, where
        )
    if type(value) is int and value not in _INT_RANGE:
        raise Invalid("an integer beyond 64 bits", value, where)
    return value  # type: ignore[return-value]  # None, bool, int or str


def _structure_extensions(value: object, _: object) -> Mapping[str, JsonValue]:
    if type(value) is not dict:
        raise Invalid("expected an object of the application's own data", value)
    if not value:
        return EMPTY_EXTENSIONS
    return _structure_json(value)  # type: ignore[return-value]  # a dict gives a mapping


def _member_hook(kind: type[LabelledEnum]) -> Callable[[object, object], LabelledEnum]:
    members: dict[object, LabelledEnum] = dict(kind._value2member_map_)
    codes = ", ".join(member.value for member in kind)

    def structure(value: object, _: object) -> LabelledEnum:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: an unhashable value such as a list
            raise Invalid(f"expected one of {codes}", value) from None

    return structure


def _enumerations() -> list[type[LabelledEnum]]:
    found, pending = [], list(LabelledEnum.__subclasses__())
    while pending:
        kind = pending.pop()
        found.append(kind)
        pending.extend(kind.__subclasses__())
    return found


def _unstructure_member(member: LabelledEnum) -> str:
    return member._value_  # type: ignore[no-any-return]  # a LabelledEnum's value is a str


# --- writing single values ---------------------------------------------------------------


def _unstructure_json(value: object) -> object:
    # Keys are sorted so that equal data gives the same bytes, whatever its insertion order.
    if value is EMPTY_EXTENSIONS:
        return {}
    if type(value) is MappingProxyType or type(value) is dict:
        return {key: _unstructure_json(value[key]) for key in sorted(value)}
    if type(value) is tuple:
        return [_unstructure_json(item) for item in value]
    return value


def note_of(exc: BaseException, kind: type[Any]) -> Any:
    """The note of ``kind`` cattrs attached to ``exc`` (the field or index it concerns)."""
    return next((note for note in getattr(exc, "__notes__", ()) if isinstance(note, kind)), None)


def _add_note(exc: BaseException, note: str) -> None:
    # BaseException.add_note() is Python 3.11+; cattrs reads __notes__ on 3.10 too.
    vars(exc).setdefault("__notes__", []).append(note)


# --- collections and classes -------------------------------------------------------------


def _is_tuple_of(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_optional(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) in (Union, types.UnionType) and len(args) == 2 and type(None) in args


def _optional_hook(converter: Converter, kind: Any) -> Callable[[object, object], Any]:
    """``X | None`` with the hook of ``X`` found once, not on every value."""
    inner = next(arg for arg in get_args(kind) if arg is not type(None))
    hook = converter.get_structure_hook(inner)
    return lambda value, _: None if value is None else hook(value, inner)


def _is_mapping(kind: Any) -> bool:
    # Only extensions are mappings in the model.
    return get_origin(kind) is Mapping


def _tuple_unstructure_hook(
    converter: Converter, kind: Any
) -> Callable[[tuple[Any, ...]], list[Any]]:
    item_hook = converter.get_unstructure_hook(get_args(kind)[0])
    if item_hook is identity:  # strings and ids: the list is made in C
        return list
    return lambda items: [item_hook(item) for item in items]


def _optional_unstructure_hook(converter: Converter, kind: Any) -> Callable[[Any], Any]:
    inner = next(arg for arg in get_args(kind) if arg is not type(None))
    hook = converter.get_unstructure_hook(inner)
    if hook is identity:  # cattrs then copies the field without a call
        return identity
    return lambda value: None if value is None else hook(value)


def _tuple_hook(
    converter: Converter, kind: Any, detailed: bool
) -> Callable[[object, object], tuple[Any, ...]]:
    item_type = get_args(kind)[0]
    structure_item = converter.get_structure_hook(item_type)

    def structure(value: object, _: object) -> tuple[Any, ...]:
        if type(value) is not list:
            raise Invalid("expected an array", value)
        if not detailed:
            return tuple([structure_item(item, item_type) for item in value])
        items, errors = [], []
        for index, item in enumerate(value):
            try:
                items.append(structure_item(item, item_type))
            except Exception as exc:  # noqa: PERF203  # only once a document has failed
                _add_note(
                    exc,
                    IterableValidationNote(f"Structuring item @ index {index}", index, item_type),
                )
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {kind!r}", errors, kind)
        return tuple(items)

    return structure


class _Refused(Exception):  # noqa: N818  # never shown: it sends the reading to the detailed path
    """The fast path met something wrong; the detailed converter will say what."""


_FACTORY: Any = type(attrs.Factory(list))


def _fast_class_hook(converter: Converter, cls: type) -> Callable[[object, object], Any]:
    """The reading of ``cls`` for documents that are right, as one generated function.

    It takes each field's hook from ``converter`` (the JSON shape stays the converter's),
    checks strings, enumerations and arrays of texts in line, builds the object without
    going through ``__init__`` again, and runs only the construction checks that strict
    reading does not already guarantee (ids, amounts, currencies, registers, rules...).
    Anything wrong raises, and the detailed converter then reads the document again to
    name every problem.
    """
    fields = attrs.fields(attrs.resolve_types(cls))
    names = frozenset(field.name for field in fields)
    scope: dict[str, Any] = {
        "_cls": cls,
        "_new": object.__new__,
        "_names": names,
        "_Refused": _Refused,
        "_FACTORY": _FACTORY,
        "_id_match": ID_PATTERN.fullmatch,
        "_EMPTY": EMPTY_EXTENSIONS,
        "_extensions_check": check_extensions,
    }
    lines = [
        "def structure(o, _):",
        "    if type(o) is not dict or not _names.issuperset(o):",
        "        raise _Refused",
        "    self = _new(_cls)",
    ]
    for field in fields:
        name, kind = field.name, field.type
        scope[f"_f_{name}"] = field
        # The slot's own descriptor sets the value faster than object.__setattr__.
        scope[f"_s_{name}"] = inspect.getattr_static(cls, name).__set__
        read = _read_value(converter, name, kind, scope)
        if field.default is attrs.NOTHING:
            lines.append(f"    v = o[{name!r}]")
            lines += [f"    {line}" for line in read]
        else:
            default = field.default
            scope[f"_d_{name}"] = default.factory if isinstance(default, _FACTORY) else default
            made = "()" if isinstance(default, _FACTORY) else ""
            # try costs nothing when nothing is raised, and o[...] is quicker than o.get.
            lines += [
                "    try:",
                f"        v = o[{name!r}]",
                "    except KeyError:",
                f"        v = _d_{name}{made}",
                "    else:",
            ]
            lines += [f"        {line}" for line in read]
        inline = _INLINE_CHECKS.get(field.validator)
        if inline is not None:  # the check itself runs on the detailed path, with its message
            lines += [f"    {line}" for line in inline]
        if field.converter is not None and not _is_mapping(kind):  # pragma: no cover
            message = "the fast reading knows no converter but that of the extensions"
            raise TypeError(f"{cls.__name__}.{name}: {message}")
        lines.append(f"    _s_{name}(self, v)")
    for field in fields:
        if not (
            field.validator is None
            or field.validator in _INLINE_CHECKS
            or field.validator in STRUCTURAL
            or _is_mapping(field.type)
        ):
            scope[f"_v_{field.name}"] = field.validator
            lines.append(f"    _v_{field.name}(self, _f_{field.name}, self.{field.name})")
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("    self.__attrs_post_init__()")
    lines.append("    return self")
    code = compile("\n".join(lines), f"<partnership_model fast structure {cls.__name__}>", "exec")
    exec(code, scope)  # noqa: S102  # generated from the class's own fields, as attrs does
    structure: Callable[[object, object], Any] = scope["structure"]
    return structure


# The id checks, the most frequent of all, written in line: the same test as check_id.
_ID_OK = "(v.isascii() and v.isalnum() and len(v) <= 64 or _id_match(v) is not None)"
_INLINE_CHECKS: dict[object, list[str]] = {
    required_id: [f"if not {_ID_OK}:", "    raise _Refused"],
    optional_id: [f"if v is not None and not {_ID_OK}:", "    raise _Refused"],
    id_tuple: [
        "for w in v:",
        f"    if type(w) is not str or not {_ID_OK.replace('v.', 'w.').replace('(v)', '(w)')}:",
        "        raise _Refused",
    ],
}


def _read_value(converter: Converter, name: str, kind: Any, scope: dict[str, Any]) -> list[str]:
    """Lines that turn the JSON value ``v`` into the field's value, in place."""
    nullable = _is_optional(kind)
    inner = next(arg for arg in get_args(kind) if arg is not type(None)) if nullable else kind
    guard = "v is not None and " if nullable else ""
    if inner is str:
        return [f"if {guard}type(v) is not str:", "    raise _Refused"]
    if isinstance(inner, type) and issubclass(inner, LabelledEnum):
        scope[f"_m_{name}"] = dict(inner._value2member_map_)
        lookup = f"v = _m_{name}[v]"  # KeyError or TypeError: refused
        return ["if v is not None:", f"    {lookup}"] if nullable else [lookup]
    if _is_tuple_of(inner) and get_args(inner)[0] is str:
        # Each item's type is checked by the field's own check (id_tuple, items_of(str)).
        return ["if type(v) is not list:", "    raise _Refused", "v = tuple(v)"]
    if _is_tuple_of(inner) and not nullable:
        item = get_args(inner)[0]
        scope[f"_h_{name}"] = converter.get_structure_hook(item)
        scope[f"_t_{name}"] = item
        return [
            "if type(v) is not list:",
            "    raise _Refused",
            f"v = tuple([_h_{name}(w, _t_{name}) for w in v])",
        ]
    if _is_mapping(inner):  # extensions: most often empty, else frozen and checked here
        scope[f"_h_{name}"] = converter.get_structure_hook(kind)
        return [
            "if v == {}:",
            "    v = _EMPTY",
            "else:",
            f"    v = _h_{name}(v, None)",
            f"    _extensions_check(self, _f_{name}, v)",
        ]
    scope[f"_h_{name}"] = converter.get_structure_hook(inner)
    scope[f"_t_{name}"] = inner
    call = f"v = _h_{name}(v, _t_{name})"
    return ["if v is not None:", f"    {call}"] if nullable else [call]


def _fast_unstructure_hook(converter: Converter, cls: type) -> Callable[[Any], dict[str, Any]]:
    """The writing of ``cls`` as one generated expression, in the fields' order.

    Plain values are copied, and enumeration codes, dates and arrays written in line;
    nested objects, amounts, fractions and extension data go through their hooks from
    ``converter``.
    """
    scope: dict[str, Any] = {"_EMPTY": EMPTY_EXTENSIONS}
    members = ", ".join(
        f"{field.name!r}: {_write(converter, field.type, f'o.{field.name}', scope, 0)}"
        for field in attrs.fields(attrs.resolve_types(cls))
    )
    source = f"def unstructure(o):\n    return {{{members}}}"
    exec(compile(source, f"<partnership_model unstructure {cls.__name__}>", "exec"), scope)  # noqa: S102  # generated from the class's own fields, as attrs does
    unstructure: Callable[[Any], dict[str, Any]] = scope["unstructure"]
    return unstructure


def _write(converter: Converter, kind: Any, value: str, scope: dict[str, Any], depth: int) -> str:
    """An expression that writes ``value`` (of type ``kind``) as plain JSON data."""
    if _is_optional(kind):
        inner = next(arg for arg in get_args(kind) if arg is not type(None))
        written = _write(converter, inner, value, scope, depth)
        return value if written == value else f"(None if {value} is None else {written})"
    if kind in (str, int, bool):
        return value
    if isinstance(kind, type) and issubclass(kind, LabelledEnum):
        return f"{value}._value_"
    if kind is dt.date:
        return f"{value}.isoformat()"
    if _is_mapping(kind):
        name = f"_u{len(scope)}"
        scope[name] = converter.get_unstructure_hook(kind)
        return f"({{}} if {value} is _EMPTY else {name}({value}))"
    if _is_tuple_of(kind):
        item = get_args(kind)[0]
        variable = f"w{depth}"
        written = _write(converter, item, variable, scope, depth + 1)
        return (
            f"list({value})" if written == variable else f"[{written} for {variable} in {value}]"
        )
    name = f"_u{len(scope)}"
    scope[name] = converter.get_unstructure_hook(kind)
    return f"{name}({value})"


def _class_hook(
    converter: Converter, cls: type, detailed: bool
) -> Callable[[object, object], Any]:
    if not detailed:
        return _fast_class_hook(converter, cls)
    generated: Callable[[Mapping[str, Any], Any], Any] = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=False, _cattrs_detailed_validation=True
    )
    names = frozenset(field.name for field in attrs.fields(cls))

    def structure(value: object, _: object) -> Any:
        if type(value) is not dict:
            raise Invalid(f"expected an object ({cls.__name__})", value)
        errors: list[Exception] = [
            UnknownField(key, value[key]) for key in value if key not in names
        ]
        known = {key: item for key, item in value.items() if key in names}
        try:
            result = generated(known, cls)
        except ClassValidationError as exc:
            # Fields of the wrong shape carry a note naming them; an error without one is
            # the constructor's, which stops at its first check: run every check instead.
            misread = {
                note.name
                for inner in exc.exceptions
                if (note := note_of(inner, AttributeValidationNote)) is not None
            }
            errors.extend(
                inner for inner in exc.exceptions if note_of(inner, AttributeValidationNote)
            )
            errors.extend(_construction_problems(converter, cls, known, misread))
        if errors:
            raise ClassValidationError(f"While structuring {cls.__name__}", errors, cls)
        return result

    return structure


def _draft(
    converter: Converter, cls: type, value: dict[str, Any], misread: set[str]
) -> tuple[Any, dict[str, Any]]:
    """An instance made without its checks from the fields that read well, and their
    values; ``misread`` fields (and missing ones) are left as None."""
    values = {
        field.name: converter.structure(value[field.name], field.type)
        for field in attrs.fields(cls)
        if field.name in value and field.name not in misread
    }
    draft: Any = object.__new__(cls)
    for field in attrs.fields(cls):
        default: Any = field.default
        if field.name in values:
            given = values[field.name]
            if callable(field.converter):  # the model's converters are plain functions
                given = field.converter(given)
        elif default is attrs.NOTHING:
            given = None  # missing or misread: reported already
        else:
            given = default.factory() if isinstance(default, _FACTORY) else default
        object.__setattr__(draft, field.name, given)
    return draft, values


def _construction_problems(
    converter: Converter, cls: type, value: dict[str, Any], misread: set[str]
) -> list[Exception]:
    """Every construction check that fails, not only the first one the constructor meets.

    The fields that read well are read again and each one's own check runs alone, so
    that one failing check does not hide the next; the checks across fields run once
    all else is right.
    """
    draft, values = _draft(converter, cls, value, misread)
    errors: list[Exception] = []
    for field in attrs.fields(cls):
        if field.validator is None or field.name in misread:
            continue
        try:
            field.validator(draft, field, getattr(draft, field.name))
        except InvalidValueError as exc:
            note = AttributeValidationNote(f"Structuring {field.name}", field.name, field.type)
            _add_note(exc, note)
            errors.append(exc)
    if not errors and not misread:
        try:
            cls(**values)
        except InvalidValueError as exc:
            errors.append(exc)
    return errors


def _make(detailed: bool) -> Converter:
    converter = Converter(detailed_validation=detailed, prefer_attrib_converters=False)
    # cattrs' own hooks for these coerce (str(123) is "123"): the strict ones replace them.
    for kind, hook in (
        (str, _structure_str),
        (int, _structure_int),
        (bool, _structure_bool),
        (Decimal, _structure_decimal),
        (Fraction, _structure_fraction),
        (dt.date, _structure_date),
        (dt.datetime, _structure_instant),
    ):
        converter.register_structure_hook(kind, hook)
    converter.register_structure_hook_factory(
        _is_optional, lambda kind: _optional_hook(converter, kind)
    )
    converter.register_structure_hook_factory(_is_mapping, lambda _: _structure_extensions)
    # Enumerations are str subclasses: each is registered by its own class, which comes
    # before str in the method resolution order that cattrs' singledispatch follows.
    for enumeration in _enumerations():
        converter.register_structure_hook(enumeration, _member_hook(enumeration))
    converter.register_structure_hook_factory(
        _is_tuple_of, lambda kind: _tuple_hook(converter, kind, detailed)
    )
    converter.register_structure_hook_factory(
        attrs.has, lambda cls: _class_hook(converter, cls, detailed)
    )

    converter.register_unstructure_hook(Decimal, plain)
    converter.register_unstructure_hook(Fraction, str)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    converter.register_unstructure_hook_factory(_is_mapping, lambda _: _unstructure_json)
    converter.register_unstructure_hook_factory(
        _is_tuple_of, lambda kind: _tuple_unstructure_hook(converter, kind)
    )
    converter.register_unstructure_hook_factory(
        _is_optional, lambda kind: _optional_unstructure_hook(converter, kind)
    )
    converter.register_unstructure_hook(LabelledEnum, _unstructure_member)
    converter.register_unstructure_hook_factory(
        attrs.has, lambda cls: _fast_unstructure_hook(converter, cls)
    )
    return converter


FAST = _make(detailed=False)
DETAILED = _make(detailed=True)
