"""The detailed path: the reading used once a document has failed, which goes on past
each problem to name them all, each with the path of the field or item it concerns.

Classes are read by cattrs' detailed validation, unknown keys reported as
:class:`UnknownField`, and every construction check run on its own, so that one failing
check does not hide the next; arrays report each item that fails with its index.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, get_args

import attrs
from cattrs import Converter
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from partnership_model._reading import example_of
from partnership_model._scalars import Invalid, UnknownField, note_of
from partnership_model._shapes import FACTORY
from partnership_model._words import words
from partnership_model.errors import InvalidValueError

__all__ = ["detailed_class_hook", "detailed_tuple_hook"]


def _add_note(exc: BaseException, note: str) -> None:
    # BaseException.add_note() is Python 3.11+; cattrs reads __notes__ on 3.10 too.
    vars(exc).setdefault("__notes__", []).append(note)


def detailed_tuple_hook(
    converter: Converter, kind: Any
) -> Callable[[object, object], tuple[Any, ...]]:
    """The reading of an array ``tuple[X, ...]`` that reports every item that fails."""
    item_type = get_args(kind)[0]
    structure_item = converter.get_structure_hook(item_type)

    def structure(value: object, _kind: object) -> tuple[Any, ...]:
        if type(value) is not list:
            raise Invalid(words("reading.array"), value)
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


def detailed_class_hook(converter: Converter, cls: type) -> Callable[[object, object], Any]:
    """The reading of ``cls`` that collects every problem of the object and its fields."""
    generated: Callable[[Mapping[str, Any], Any], Any] = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=False, _cattrs_detailed_validation=True
    )
    names = frozenset(field.name for field in attrs.fields(cls))
    known = tuple(field.name for field in attrs.fields(cls))
    expected = words("reading.object", example=example_of(cls))

    def structure(value: object, _kind: object) -> Any:
        if type(value) is not dict:
            raise Invalid(expected, value)
        errors: list[Exception] = [
            UnknownField(key, value[key], known) for key in value if key not in names
        ]
        given = {key: item for key, item in value.items() if key in names}
        try:
            result = generated(given, cls)
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
            errors.extend(_construction_problems(converter, cls, given, misread))
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
            given = default.factory() if isinstance(default, FACTORY) else default
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
