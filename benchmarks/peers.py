"""The JSON round trip beside the peers: pydantic (strict) and msgspec on an equivalent
model, and the orjson floor, all in this one run.

The peers' models are made from the library's own: one class per attrs class, with the
same fields, in the same order, of the same types (a text, a whole number, a flag, a
day, a decimal amount, an enumeration of the same codes, an array, an object of the
application's data, another class), every field required or defaulted as the
library's is, unknown fields refused. Both peers read the very document
``to_json`` writes and write it back. What they do not do is the library's checks
beyond the types: ids, currencies, enterprise numbers, recurrences, the model's own
rules; the comparison favours them by that much.

The peers are installed for this benchmark only: ``pip install pydantic msgspec``.
A peer that is not installed is left out, and said so.

    python benchmarks/peers.py [--size M] [--repeat 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import importlib
import json
import statistics
import sys
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from functools import partial
from pathlib import Path
from typing import Any

import attrs
import orjson

sys.path.insert(0, str(Path(__file__).parent))

from dossiers import SIZES, dossier  # the benchmarks folder is not a package
from timing import seconds

from partnership_model import Dossier, from_json, serialization, to_dict, to_json

Peer = tuple[Callable[[str], Any], Callable[[Any], Any]]
"""How a peer reads a document and writes it back."""

ENVELOPE = ("format", "version", "type")
"""The fields a document holds beside the dossier's own."""


def field_type(kind: Any, make: Callable[[type], Any]) -> Any:
    """The peer's type for a field of the library's type ``kind``."""
    origin = typing.get_origin(kind)
    arguments = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        inner = [argument for argument in arguments if argument is not type(None)]
        return field_type(inner[0], make) | None
    if origin is tuple:
        return tuple[field_type(arguments[0], make), ...]  # type: ignore[misc]
    if origin is not None and issubclass(origin, Mapping):
        return dict[str, Any]
    if kind is Fraction:
        return str  # written "2/3"
    if isinstance(kind, type) and attrs.has(kind):
        return make(kind)
    if kind in (str, int, bool, dt.date, Decimal) or (
        isinstance(kind, type) and issubclass(kind, enum.Enum)
    ):
        return kind
    raise TypeError(f"no peer type for {kind!r}")


def fields_of(cls: type, make: Callable[[type], Any]) -> list[tuple[str, Any, Any]]:
    """Each field of ``cls`` as (name, the peer's type, default or ``...`` if required)."""
    resolved = typing.get_type_hints(cls)
    described = []
    for field in attrs.fields(cls):
        kind = field_type(resolved[field.name], make)
        if field.default is attrs.NOTHING:
            default: Any = ...
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            default = None  # every document writes every field: never used
        else:
            default = field.default
        described.append((field.name, kind, default))
    return described


def msgspec_model() -> Peer:
    msgspec = importlib.import_module("msgspec")  # a peer, installed for this benchmark only

    made: dict[type, Any] = {}

    def make(cls: type) -> Any:
        if cls not in made:
            fields = [
                (name, kind) if default is ... else (name, kind, default)
                for name, kind, default in fields_of(cls, make)
            ]
            made[cls] = msgspec.defstruct(
                cls.__name__, fields, forbid_unknown_fields=True, frozen=True, kw_only=True
            )
        return made[cls]

    fields = [(name, str) for name in ENVELOPE] + [
        (name, kind) if default is ... else (name, kind, default)
        for name, kind, default in fields_of(Dossier, make)
    ]
    root = msgspec.defstruct(
        "Document", fields, forbid_unknown_fields=True, frozen=True, kw_only=True
    )
    decoder = msgspec.json.Decoder(root, strict=True)
    encoder = msgspec.json.Encoder(decimal_format="string")
    return decoder.decode, encoder.encode


def pydantic_model() -> Peer:
    pydantic = importlib.import_module("pydantic")  # installed for this benchmark only

    config = pydantic.ConfigDict(strict=True, extra="forbid", frozen=True)
    made: dict[type, Any] = {}

    def make(cls: type) -> Any:
        if cls not in made:
            made[cls] = pydantic.create_model(
                cls.__name__,
                __config__=config,
                **{name: (kind, default) for name, kind, default in fields_of(cls, make)},
            )
        return made[cls]

    fields = dict.fromkeys(ENVELOPE, (str, ...)) | {
        name: (kind, default) for name, kind, default in fields_of(Dossier, make)
    }
    root = pydantic.create_model("Document", __config__=config, **fields)
    return root.model_validate_json, lambda document: document.model_dump_json()


def without_orjson(action: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``action`` as a user without the ``fast`` extra runs it: with the standard
    library's JSON, which the library uses when orjson is absent."""

    def run(argument: Any) -> Any:
        present, serialization._orjson = serialization._orjson, None
        try:
            return action(argument)
        finally:
            serialization._orjson = present

    return run


def installed(make: Callable[[], Peer]) -> Peer | None:
    """The peer's reading and writing, or None when it is not installed."""
    try:
        return make()
    except ImportError:
        return None


def round_trip(read: Callable[[str], Any], write: Callable[[Any], Any], text: str) -> object:
    return write(read(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="M")
    parser.add_argument("--repeat", type=int, default=7, help="rounds of measurement")
    args = parser.parse_args()
    subject = dossier(args.size)
    text = to_json(subject)
    plain = to_dict(subject)
    limit = len(text) + 1

    readers: dict[str, Peer] = {
        # What the standard library's json module alone spends, the floor without orjson.
        "json loads + dumps": (json.loads, partial(json.dumps, ensure_ascii=False)),
        "partnership-model": (lambda t: from_json(t, Dossier, max_size=limit), to_json),
        "partnership-model, no orjson": (
            without_orjson(lambda t: from_json(t, Dossier, max_size=limit)),
            without_orjson(to_json),
        ),
    }
    for name, make in (("pydantic (strict)", pydantic_model), ("msgspec", msgspec_model)):
        peer = installed(make)
        if peer is None:
            print(f"{name}: not installed (pip install pydantic msgspec), left out")
        else:
            readers[name] = peer
    for name, (read, write) in readers.items():
        read_back = read(text)
        written = write(read_back)
        assert orjson.loads(written) == plain, f"{name} does not write the document back"

    rounds: dict[str, list[float]] = {name: [] for name in ("floor", *readers)}
    for _ in range(args.repeat):
        rounds["floor"].append(seconds(lambda: orjson.dumps(orjson.loads(text))))
        for name, (read, write) in readers.items():
            rounds[name].append(seconds(partial(round_trip, read, write, text)))
    print(f"size {args.size}: document {len(text) / 1e6:.1f} MB, round trip read + write")
    for name, measured in rounds.items():
        ratio = statistics.median(m / f for m, f in zip(measured, rounds["floor"], strict=True))
        label = "floor: orjson loads + dumps" if name == "floor" else name
        print(f"{label:<30}{statistics.median(measured) * 1e3:>9.1f} ms{ratio:>8.2f}x")


if __name__ == "__main__":
    main()
