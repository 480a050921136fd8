"""The types of the model's fields, resolved once per distinct annotation of a module:
the same types ``typing.get_type_hints`` gives."""

from __future__ import annotations

import typing

import attrs

from partnership_model import Directory, Dossier, JsonValue
from partnership_model._shapes import is_mapping, resolved


def model_classes() -> list[type]:
    """Every attrs class a dossier or a directory holds."""
    found: list[type] = []
    pending: list[type] = [Dossier, Directory]
    while pending:
        cls = pending.pop()
        if cls in found:
            continue
        found.append(cls)
        for hint in typing.get_type_hints(cls).values():
            for inner in (hint, *typing.get_args(hint)):
                pending.extend(
                    kind
                    for kind in (inner, *typing.get_args(inner))
                    if isinstance(kind, type) and attrs.has(kind)
                )
    return found


def test_every_field_has_the_type_typing_gives_it() -> None:
    classes = model_classes()
    assert len(classes) > 40
    for cls in classes:
        hints = typing.get_type_hints(cls, include_extras=True)
        assert resolved(cls) is cls
        for field in attrs.fields(cls):
            expected = hints[field.name]
            if is_mapping(expected):
                # The application's data, JsonValue: typing expands the recursive alias
                # one level further than the alias itself, to the same values; either
                # may be there, as whichever resolved the class first left it.
                assert is_mapping(field.type)
                assert typing.get_args(field.type)[1] in (JsonValue, typing.get_args(expected)[1])
            else:
                assert field.type == expected, f"{cls.__name__}.{field.name}"


def test_a_class_resolved_once_is_left_as_it_is() -> None:
    before = [field.type for field in attrs.fields(resolved(Dossier))]
    assert [field.type for field in attrs.fields(resolved(Dossier))] == before
    assert Dossier.__attrs_types_resolved__ is Dossier  # type: ignore[attr-defined]


def test_an_annotation_written_as_text_is_evaluated_and_a_type_kept_as_it_is() -> None:
    @attrs.frozen
    class Written:  # under this module's future annotations: "str", "int"
        name: str
        size: int = 0

    assert [field.type for field in attrs.fields(resolved(Written))] == [str, int]
    made = attrs.make_class("Made", {"size": attrs.field(type=int)})
    assert attrs.fields(resolved(made)).size.type is int
