"""The JSON format: lossless, strict, versioned (see ``docs/format.md``).

Every document is an object that names the format, its version and the type it
holds, followed by that type's fields::

    {"format": "partnership-model", "version": "1.0", "type": "dossier", "convention": ...}

Reading never coerces and never drops a field it does not know: anything wrong raises
one :class:`SerializationError` listing every problem with its path. (A member written
twice in one object is read once, the last, as JSON parsers commonly do.)
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final, TypeVar

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)

from partnership_model import _converter, _fields, _readers, _schema
from partnership_model._collector import collector_paused
from partnership_model._converter import Invalid, UnknownField, note_of
from partnership_model._fast import MODEL_MODULES
from partnership_model._places import Place, Places, locate, place_in_words
from partnership_model._reading import (
    Suggestions,
    Unparsable,
    checked_text,
    parse,
)
from partnership_model._words import Grouped, Words, words
from partnership_model.dossier import Dossier
from partnership_model.errors import InvalidValueError, PartnershipModelError
from partnership_model.i18n import translate
from partnership_model.text import visible

try:  # the optional extra "fast": the same bytes, in less time
    import orjson as _orjson_module
except ImportError:  # pragma: no cover - the tests run both ways by setting _orjson
    _orjson_module = None  # type: ignore[assignment]

_orjson: Any = _orjson_module
"""orjson when installed, else None: then the standard library writes the same text."""

__all__ = [
    "ABSENT",
    "DEFAULT_MAX_SIZE",
    "FORMAT",
    "FORMAT_VERSION",
    "ID_PATTERN",
    "ORJSON_READ_LIMIT",
    "PREVIEW",
    "SCHEMAS",
    "Problem",
    "SerializationError",
    "from_dict",
    "from_json",
    "json_schema",
    "preview",
    "schema_path",
    "supported_versions",
    "to_dict",
    "to_json",
    "type_name",
]

ID_PATTERN: Final = _fields.ID_PATTERN
"""An id, as every document writes it: a letter or digit, then up to 63 letters, digits,
``_``, ``.``, ``:`` or ``-``."""

FORMAT: Final = "partnership-model"
FORMAT_VERSION: Final = "1.1"
DEFAULT_MAX_SIZE: Final = 64 * 1024 * 1024
"""Largest document ``from_json`` reads unless told otherwise: 64 MiB (bytes or characters)."""

ORJSON_READ_LIMIT: Final = 4 * 1024 * 1024
"""Largest document that orjson (when installed) first tries to read. It parses about 1.7
times as fast as the standard library but holds about 20 times the document in memory
at its peak, against under 7: above 4 MiB, memory wins. Any problem is always named
from the standard library's reading (or orjson's, when it is the very same data), so
errors are the same with or without orjson."""

T = TypeVar("T")

Document = dict[str, Any]


def _eligible_for_members(value: object) -> object:
    """Version 1.0 to 1.1: a threshold of ``"members"`` is a share of the members
    entitled to vote, ``"eligible"``, now that a rule can exclude some. Everything else
    a 1.0 document says reads the same in 1.1, which only adds fields. The
    application's ``extensions`` are carried untouched."""
    if isinstance(value, list):
        return [_eligible_for_members(item) for item in value]
    if not isinstance(value, dict):
        return value
    rewritten = {
        key: item if key == "extensions" else _eligible_for_members(item)
        for key, item in value.items()
    }
    if "mode" in rewritten and rewritten.get("threshold_base") == "members":
        rewritten["threshold_base"] = "eligible"
    return rewritten


def _upgrade_1_0(document: Document) -> Document:
    upgraded = _eligible_for_members(document)
    assert isinstance(upgraded, dict)  # noqa: S101  # a dict gives a dict
    return upgraded


_UPGRADES: dict[str, tuple[str, Callable[[Document], Document]]] = {
    "1.0": ("1.1", _upgrade_1_0),
}
"""The one place where reading older documents is taught: from a version, the next
version and the step that rewrites a document to it."""


SCHEMAS = "schemas"
"""The folder of the package that holds the JSON Schema of each document, by version."""


_SCHEMA_TYPES = ("dossier", "convention", "directory")
"""The documents a file holds, each with its schema, by their ``type`` (the network's
module is not loaded to name its directory)."""


def schema_path(cls: object = Dossier) -> Path:
    """Where the JSON Schema of a ``cls`` document (a dossier, convention or directory) of
    this library's format version lies, shipped in the package: the file an editor
    reads for completion (``"$schema"``; ``partnership-model schema --path``)."""
    if not (
        isinstance(cls, type)
        and cls.__module__ in MODEL_MODULES
        and type_name(cls) in _SCHEMA_TYPES
    ):
        raise InvalidValueError(
            "schema_path(cls)", cls, "expected Dossier, Convention or Directory"
        )
    name = f"{type_name(cls)}-{FORMAT_VERSION}.schema.json"
    return Path(__file__).parent / SCHEMAS / name


def supported_versions() -> tuple[str, ...]:
    """The versions this library reads: the current one and every one it can upgrade."""
    older = sorted(_UPGRADES, key=lambda version: tuple(int(part) for part in version.split(".")))
    return (*older, FORMAT_VERSION)


_ENVELOPE = ("$schema", "format", "version", "type")


class _Absent:
    """No value at all: a missing field, or a document that could not be parsed."""

    def __repr__(self) -> str:
        return "ABSENT"

    def __reduce__(self) -> str:
        return "ABSENT"  # the module's one ABSENT, after pickling or copying too


ABSENT: Final = _Absent()


@attrs.frozen
class Problem:
    """One thing wrong in a document: where, what, and the value found there
    (:data:`ABSENT` when there is none, such as a missing field)."""

    path: str
    message: str
    """What is wrong, in English; :meth:`said` says it in French, English or Dutch."""
    value: object = ABSENT
    words: Words | None = attrs.field(default=None, eq=False, repr=False)
    """The message by its catalogue entry, for :meth:`said`; None for a message that has
    no entry, which is said as it is in every language."""
    where: Place = attrs.field(default=(), eq=False, repr=False)
    """The place :attr:`path` names, found in the document as it was read: each field on
    the way, and the position and name of each item, for :meth:`place_in`."""

    def place_in(self, language: str = "fr") -> str:
        """Where, in words, in ``language``: ``partenaire 1 « Le Pont » › type``, or "le
        document" for the document as a whole. A problem made without :attr:`where` is
        placed by its path alone, its items by their positions."""
        if not self.where and self.path != "$":
            return place_in_words(locate(None, self.path), language)
        return place_in_words(self.where, language)

    def message_in(self, language: str = "fr") -> str:
        """What is wrong, in ``language``, without the value found: :attr:`message` said
        by its :attr:`words`, as it is when it has none."""
        return self.message if self.words is None else self.words.said(language)

    def said(self, language: str = "fr") -> str:
        """What is wrong, in ``language``, with the value found; every text from the
        document made visible (a broken line of JSON comes on its own line, with a caret
        under the place where it breaks)."""
        first, *rest = self.message_in(language).split("\n")
        if self.value is not ABSENT:
            first = f"{first} {translate('reading.got', language, value=preview(self.value))}"
        return "\n".join(visible(line) for line in (first, *rest))

    def __str__(self) -> str:
        return f"{visible(self.path)}: {self.said('en')}"


PREVIEW = 80
"""How many characters of the offending value a problem shows."""


def preview(value: object, limit: int = PREVIEW) -> str:
    """The start of ``value`` written as JSON, at most ``limit`` characters: written only
    as far as that, so that a document of sixty megabytes is not written out whole to
    show eighty characters of it."""
    shown: list[str] = []
    length = 0
    for chunk in _json_chunks(value, limit, 0):
        shown.append(chunk)
        length += len(chunk)
        if length > limit:
            return "".join(shown)[: limit - 3] + "..."
    return "".join(shown)


def _json_chunks(value: object, limit: int, depth: int) -> Iterator[str]:
    if depth > limit:  # deeper than anything a preview could show
        yield "..."
    elif type(value) is str:
        yield json.dumps(value[: limit + 1], ensure_ascii=False)
    elif isinstance(value, (dict, Mapping)):
        yield "{"
        for at, (key, item) in enumerate(value.items()):
            yield f"{', ' if at else ''}{json.dumps(str(key)[: limit + 1], ensure_ascii=False)}: "
            yield from _json_chunks(item, limit, depth + 1)
        yield "}"
    elif isinstance(value, (list, tuple)):
        yield "["
        for at, item in enumerate(value):
            if at:
                yield ", "
            yield from _json_chunks(item, limit, depth + 1)
        yield "]"
    elif value is None or type(value) in (bool, int, float):
        yield json.dumps(value)
    else:
        yield json.dumps(repr(value)[: limit + 1], ensure_ascii=False)


class SerializationError(PartnershipModelError, ValueError):
    """A document that cannot be read, with every problem found in it."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__(problems)
        self.problems = problems

    def __str__(self) -> str:
        # Written when asked for, not when raised: a document of 200,000 unknown fields
        # is read by many an application that never shows the English text.
        count = len(self.problems)
        heading = f"{count} problem{'s' if count != 1 else ''} in the document:"
        return "\n".join([heading, *(f"  {problem}" for problem in self.problems)])

    def explain(self, language: str = "fr", *, most: int | None = None) -> str:
        """Every problem in ``language``: a heading that counts them, then each problem
        with its place in words and its path, what is wrong indented under them. With
        ``most``, only the first ``most`` in full and the others counted by kind, so that
        a document of 200,000 unknown fields is said in a few lines."""
        count = len(self.problems)
        heading = (
            translate("reading.heading-one", language)
            if count == 1
            else translate("reading.heading-many", language, count=Grouped(count).label(language))
        )
        lines = [heading]
        shown = self.problems if most is None else self.problems[:most]
        for problem in shown:
            lines.append(f"  {problem.place_in(language)} · {visible(problem.path)}")
            lines += [f"    {line}" for line in problem.said(language).split("\n")]
        if len(shown) < count:
            lines.append(f"  {_counted(self.problems[len(shown) :], language)}")
        return "\n".join(lines)

    def __reduce__(self) -> tuple[type[SerializationError], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))


def _counted(rest: tuple[Problem, ...], language: str) -> str:
    """``rest`` counted by kind, the five commonest named: "… and 14 more: 2 × …"."""
    kinds = Counter(problem.message for problem in rest).most_common()
    first = {problem.message: problem for problem in reversed(rest)}
    said = ", ".join(
        f"{Grouped(number).label(language)} × "
        + visible(first[message].message_in(language).split("\n")[0])
        for message, number in kinds[:5]
    )
    others = (
        translate("reading.other-kinds", language, count=Grouped(len(kinds) - 5).label(language))
        if len(kinds) > 5
        else ""
    )
    more = translate(
        "reading.more", language, count=Grouped(len(rest)).label(language), kinds=said
    )
    return f"{more}{others}"


def _fail(path: str, said: Words, value: object = ABSENT) -> SerializationError:
    return SerializationError((Problem(path, said.said("en"), value, said),))


_WORD_START = re.compile(r"(?<!^)(?=[A-Z])")


def type_name(cls: type) -> str:
    """The name of ``cls`` in a document's ``type``: ``DecisionRecord`` is ``decision_record``."""
    return _WORD_START.sub("_", cls.__name__).lower()


def _check_model_type(cls: object) -> None:
    """Only the model's own data types have a document form (not results like Classification)."""
    if not (isinstance(cls, type) and attrs.has(cls) and cls.__module__ in MODEL_MODULES):
        raise TypeError(f"{cls!r} is not a partnership_model data type")


# --- objects and plain data -------------------------------------------------------------


def to_dict(obj: object, *, envelope: bool = True, schema: str | None = None) -> Document:
    """``obj`` as plain JSON data: dicts, lists, strings, integers, booleans and None.

    With ``envelope`` (the default) the result is a whole document, naming the format,
    its version and the type; without, only the object's own fields. ``schema``, the
    address of the document's JSON Schema, goes first as ``"$schema"``, where editors
    look for it to complete and check the document as it is typed
    (:func:`schema_path` gives the one shipped with the library).
    """
    _check_model_type(type(obj))
    body: Document = _converter.FAST.unstructure(obj)
    if not envelope:
        return body
    if schema is not None and type(schema) is not str:
        raise InvalidValueError("to_dict(schema)", schema, "expected the schema's address")
    head: Document = {} if schema is None else {"$schema": schema}
    return {
        **head,
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "type": type_name(type(obj)),
        **body,
    }


def from_dict(data: object, cls: type[T], *, envelope: bool = True) -> T:
    """The ``cls`` held by ``data``, read strictly.

    Raises :class:`SerializationError` listing every problem with its path.
    """
    _check_model_type(cls)
    body = _open_envelope(data, cls) if envelope else data
    with collector_paused():
        try:
            read: T = _readers.READERS[cls](body, cls)
            return read
        except Exception:  # noqa: S110  # the detailed reading below names every problem
            pass
        return _read_in_detail(body, cls)


def _read_in_detail(body: object, cls: type[T]) -> T:
    """The detailed reading of a body the fast reading refused: every problem with its
    path. (The two readings agree, so it returns only if the fast one was wrong.)"""
    try:
        return _converter.DETAILED.structure(body, cls)
    except Exception as exc:  # every failure becomes located problems
        raise SerializationError(_placed(_problems(exc, "$", Suggestions()), body)) from None


MOST_PLACED = 1_000
"""The most problems of one document placed in it with the names of its items; those
after are placed by their paths alone (``partner 7 › kind``), as no one reads them all."""


def _placed(problems: Iterable[Problem], data: object) -> tuple[Problem, ...]:
    """``problems``, the first :data:`MOST_PLACED` each with the place its path names in
    ``data``, the document as read; the beginnings of their paths are walked once."""
    places = Places(data, "en")
    return tuple(
        Problem(
            problem.path, problem.message, problem.value, problem.words, places.at(problem.path)
        )
        if number < MOST_PLACED
        else problem
        for number, problem in enumerate(problems)
    )


def _open_envelope(data: object, cls: type) -> object:
    if type(data) is not dict:
        raise _fail("$", words("reading.not-document"), data)
    problems: list[Problem] = []
    if "$schema" in data and type(data["$schema"]) is not str:
        problems.append(_problem("$.$schema", words("reading.schema-address"), data["$schema"]))
    missing = [key for key in ("format", "version", "type") if key not in data]
    problems += [_problem(f"$.{key}", words("reading.missing")) for key in missing]
    if "format" in data and data["format"] != FORMAT:
        said = words("reading.format", format=FORMAT)
        problems.append(_problem("$.format", said, data["format"]))
    expected = type_name(cls)
    if "type" in data and data["type"] != expected:
        problems.append(_problem("$.type", words("reading.type", expected=expected), data["type"]))
    version = data.get("version")
    if "version" in data and (
        type(version) is not str or (version != FORMAT_VERSION and version not in _UPGRADES)
    ):
        said = words("reading.version", versions=supported_versions())
        problems.append(_problem("$.version", said, version))
    if problems:
        raise SerializationError(_placed(problems, data))
    while data["version"] != FORMAT_VERSION:
        source = data["version"]
        target, step = _UPGRADES[source]
        try:
            data = {**step(data), "version": target}
        except Exception as exc:  # an old document the step cannot rewrite
            said = words("reading.upgrade", source=source, target=target, reason=repr(exc))
            raise _fail("$", said) from None
    return {key: value for key, value in data.items() if key not in _ENVELOPE}


def _as_json(value: object) -> object:
    """A checked value as the document wrote it: a date as "2027-01-01", not date(...)."""
    try:
        return _converter.FAST.unstructure(value)
    except Exception:  # a value cattrs cannot write is shown as it is
        return value


def _problems(exc: BaseException, path: str, suggest: Suggestions) -> Iterator[Problem]:
    if isinstance(exc, IterableValidationError):
        for inner in exc.exceptions:
            note = note_of(inner, IterableValidationNote)
            yield from _problems(inner, f"{path}[{note.index}]" if note else path, suggest)
    elif isinstance(exc, ClassValidationError):
        for inner in exc.exceptions:
            note = note_of(inner, AttributeValidationNote)
            yield from _problems(inner, f"{path}.{note.name}" if note else path, suggest)
    elif isinstance(exc, UnknownField):
        yield _problem(f"{path}.{exc.name}", suggest(exc), exc.value)
    elif isinstance(exc, Invalid):
        yield _problem(f"{path}{exc.where}", exc.words, exc.value)
    elif isinstance(exc, InvalidValueError):
        if note_of(exc, AttributeValidationNote) is None:  # a check across fields names its own
            path = f"{path}.{exc.field.rpartition('.')[2]}"
        yield Problem(path, exc.reason, _as_json(exc.value), exc.words)
    elif isinstance(exc, KeyError):
        yield _problem(path, words("reading.missing"))
    else:  # a failure no check foresaw: said without the interpreter's words
        yield _problem(path, words("reading.unreadable", kind=type(exc).__name__))


def _problem(path: str, said: Words, value: object = ABSENT) -> Problem:
    return Problem(path, _english(said), value, said)


@functools.lru_cache(maxsize=256)  # the same words again: a field unknown 200,000 times
def _english(said: Words) -> str:
    return said.said("en")


def json_schema(cls: type = Dossier) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a document holding a ``cls``, a Dossier by default.

    It is generated from the same classes the converter reads, so that tools in other
    languages check documents exactly as this library writes them.
    """
    _check_model_type(cls)
    return _schema.schema_for(
        cls, format_name=FORMAT, version=FORMAT_VERSION, type_name=type_name(cls)
    )


# --- JSON text ---------------------------------------------------------------------------


def to_json(obj: object, *, pretty: bool = False, schema: str | None = None) -> str:
    """``obj`` as a JSON document: the same object always gives the same text.

    Keys come in a fixed order (the fields' order; extension keys sorted), non-ASCII
    characters are written as they are, and ``pretty`` indents by two spaces. The text
    is the same with or without orjson installed. ``schema`` writes ``"$schema"`` first,
    as :func:`to_dict` does; :func:`from_json` accepts it and reads past it.
    """
    with collector_paused():
        data = to_dict(obj, schema=schema)
    if _orjson is not None:
        try:
            written: bytes = _orjson.dumps(data, option=_orjson.OPT_INDENT_2 if pretty else 0)
            return written.decode()
        except _orjson.JSONEncodeError as exc:
            raise _fail("$", words("reading.unwritable", reason=str(exc))) from None
    text = (
        json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
        if pretty
        else json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _fail("$", words("reading.unwritable", reason=str(exc))) from None
    return text


def from_json(text: str | bytes, cls: type[T], *, max_size: int = DEFAULT_MAX_SIZE) -> T:
    """The ``cls`` held by the JSON document ``text`` (UTF-8 bytes or a string).

    Raises :class:`SerializationError`, and nothing else, for any input that is not a
    valid document of ``cls``: not JSON, not UTF-8, a byte order mark, NaN, numbers
    beyond 64 bits, nesting too deep, more than ``max_size`` bytes or characters, an
    unsupported version, or any field that does not fit.
    """
    _check_model_type(cls)
    try:
        text = checked_text(text, max_size)
    except Unparsable as problem:
        found = ABSENT if problem.value is None else problem.value
        raise _fail("$", problem.words, found) from None
    with collector_paused():
        return _from_text(text, cls)


def _from_text(text: str, cls: type[T]) -> T:
    if _orjson is None or len(text) > ORJSON_READ_LIMIT:
        return from_dict(_parsed(text), cls)
    try:
        data = _orjson.loads(text)
    except Exception:  # not JSON orjson reads: the standard library's reading says why
        return from_dict(_parsed(text), cls)
    try:
        read: T = _readers.READERS[cls](_open_envelope(data, cls), cls)
        return read
    except Exception:  # noqa: S110  # the detailed reading below names every problem
        pass
    if not _read_alike(data):
        # The problems quote the document as the standard library reads it. The fast
        # reading is not run on that reading again: it refuses what the detailed one
        # refuses (here a float, an integer beyond 64 bits or deep nesting, which no
        # field takes), and reads the same object when it does not.
        data = _parsed(text)
    return _read_in_detail(_open_envelope(data, cls), cls)


_ALIKE_DEPTH = 128
"""Nesting beyond which orjson's reading is not trusted to be the standard library's:
deeper than any document the library reads (extension data nests at most 64 levels),
and far from the thousand levels where the standard library's recursion stops."""


def _read_alike(data: object) -> bool:
    """Whether the standard library reads a document exactly as orjson read it into ``data``.

    For a document orjson accepts, only numbers and nesting can differ: orjson reads an
    integer beyond 64 bits as a float, and a float by its own algorithm, where problems
    quote the number as written; and it nests up to 1024 levels, whereas the standard
    library stops at the interpreter's recursion limit, less the calls already on the
    stack. So: no float at all, and no nesting deeper than ``_ALIKE_DEPTH``. Strings,
    whole numbers within 64 bits, and a key written twice (the last value, at the first
    one's place) are read alike (tests/test_converter.py checks it).
    """
    pending: list[tuple[Any, int]] = [([data], 0)]
    while pending:
        container, depth = pending.pop()
        if depth > _ALIKE_DEPTH:
            return False
        for item in container.values() if type(container) is dict else container:
            kind = type(item)
            if kind is float:
                return False
            if kind is dict or kind is list:
                pending.append((item, depth + 1))
    return True


def _parsed(text: str) -> object:
    try:
        return parse(text)
    except Unparsable as problem:
        raise _fail("$", problem.words) from None
