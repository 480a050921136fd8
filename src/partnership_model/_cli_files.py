"""The files of the command line: a dossier or a convention read from a file or from
standard input, whatever it holds, a document written whole or not at all, and a report
printed as JSON with nothing in it that drives a terminal. Private to
:mod:`partnership_model.cli`, the only part of the library that reads or writes files.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
import stat
import unicodedata
from typing import TextIO

from partnership_model.convention import Convention
from partnership_model.dossier import Dossier
from partnership_model.errors import UnsupportedLanguageError
from partnership_model.i18n import resolve_language, translate
from partnership_model.network import Directory
from partnership_model.serialization import (
    DEFAULT_MAX_SIZE,
    Problem,
    SerializationError,
    from_json,
)
from partnership_model.text import visible

__all__ = [
    "SHOWN_PROBLEMS",
    "Misread",
    "Refused",
    "Unreadable",
    "convention_of",
    "emit",
    "language_for",
    "print_json",
    "read",
    "read_directory",
    "refuse_existing",
    "write",
]


class Unreadable(Exception):  # noqa: N818  # one line for the user, then exit 2
    """A file that cannot be used: the lines to print say why, and ``problems`` holds
    what was wrong in it, for the JSON report."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems

    def said(self, language: str) -> str:
        """What to print, in ``language`` when it is said in the catalogue's words."""
        return str(self)


class Refused(Unreadable):
    """A file or a request the command line refuses, said in the user's language when it
    is printed: the catalogue's ``key`` filled with ``params``, after the ``file`` it
    concerns when there is one."""

    def __init__(self, key: str, /, file: str | None = None, **params: object) -> None:
        self.key, self.file, self.params = key, file, params
        super().__init__(self.said("en"))

    def said(self, language: str) -> str:
        text = translate(self.key, language, **self.params)
        # "program: file: what", as compilers and shells write it, in every language.
        return text if self.file is None else f"{visible(self.file)}: {text}"


class Misread(Unreadable):
    """A file that holds no document the command reads: every problem in it, said in the
    user's language when it is printed."""

    def __init__(self, file: str, problems: tuple[Problem, ...]) -> None:
        self.file = file
        self.problems = problems
        super().__init__(self.said("en"), problems)

    def said(self, language: str) -> str:
        said = SerializationError(self.problems).explain(language, most=SHOWN_PROBLEMS)
        return f"{visible(self.file)}: {said}"


SHOWN_PROBLEMS = 20
"""The most problems of one document the text output lists; the rest are counted."""


def _text_of(name: str, stdin: TextIO) -> str | bytes:
    """What the file ``name`` (standard input for ``-``) holds, one byte past the largest
    document at most: from_json then says the file is too large."""
    limit = DEFAULT_MAX_SIZE + 1
    if name == "-":
        source = getattr(stdin, "buffer", None)  # bytes, so that from_json judges the encoding
        return source.read(limit) if source is not None else stdin.read(limit)
    return _read_file(name, limit)


def read(name: str, stdin: TextIO) -> Dossier | Convention:
    text = _text_of(name, stdin)
    try:
        return from_json(text, Dossier)
    except SerializationError as error:
        if any(p.path == "$.type" and p.value == "convention" for p in error.problems):
            try:
                return from_json(text, Convention)
            except SerializationError as as_convention:
                error = as_convention
        raise Misread(name, error.problems) from None


def read_directory(name: str, stdin: TextIO) -> Directory:
    """The directory of structures in the file ``name``, a document of its own."""
    text = _text_of(name, stdin)
    try:
        return from_json(text, Directory)
    except SerializationError as error:
        raise Misread(name, error.problems) from None


def _read_file(name: str, limit: int) -> bytes:
    """The bytes of the regular file ``name``: a pipe, a device or a socket is refused
    before it is read, since reading one may wait for ever or never end."""
    try:
        # Opened without waiting, so that a pipe with no writer cannot hold the open.
        descriptor = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            kind = os.fstat(descriptor).st_mode
            if stat.S_ISDIR(kind):
                raise Refused("cli.is-a-directory", name)
            if not stat.S_ISREG(kind):
                raise Refused("cli.not-regular", name)
            with open(descriptor, "rb", closefd=False) as file:
                return file.read(limit)
        finally:
            os.close(descriptor)
    except OSError as exc:
        raise _refusal(exc, name, "read") from None


_SAID = {
    ("read", errno.ENOENT): "cli.no-such-file",
    ("read", errno.ENOTDIR): "cli.no-such-file",
    ("read", errno.EACCES): "cli.read-denied",
    ("read", errno.EPERM): "cli.read-denied",
    ("read", errno.EISDIR): "cli.is-a-directory",
    ("write", errno.ENOENT): "cli.no-such-folder",
    ("write", errno.ENOTDIR): "cli.no-such-folder",
    ("write", errno.EACCES): "cli.write-denied",
    ("write", errno.EPERM): "cli.write-denied",
    ("write", errno.EISDIR): "cli.is-a-directory",
}
"""What the system refuses most often, by what was done and its error number, in words."""


def _refusal(error: OSError, name: str, done: str) -> Refused:
    """The system's refusal to have ``name`` read or written (``done``), in words when it
    is a common one, else by the code of its error (``ELOOP``), the same in every
    language."""
    key = _SAID.get((done, error.errno or 0))
    if key is not None:
        return Refused(key, name)
    reason = errno.errorcode.get(error.errno or 0) or visible(error.strerror or str(error))
    return Refused(f"cli.cannot-{done}", name, reason=reason)


def write(name: str, text: str) -> None:
    """Write ``text`` to ``name`` in UTF-8 through a file beside it: never half a file."""
    if os.path.isdir(name):
        raise Refused("cli.is-a-directory", name)
    try:
        if os.path.islink(name) or (os.path.exists(name) and not os.path.isfile(name)):
            # A link, a device or a pipe (-o /dev/stdout) is written through, not replaced.
            with open(name, "w", encoding="utf-8", newline="\n") as file:
                file.write(text)
            return
        folder, base = os.path.split(name)
        temporary = os.path.join(folder, f".{base}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with open(descriptor, "w", encoding="utf-8", newline="\n") as file:
                file.write(text)
            os.replace(temporary, name)
        finally:
            with contextlib.suppress(FileNotFoundError):  # gone once it has replaced name
                os.unlink(temporary)
    except OSError as exc:
        raise _refusal(exc, name, "write") from None


def convention_of(target: Dossier | Convention) -> Convention:
    return target.convention if isinstance(target, Dossier) else target


def language_for(requested: str | None, convention: Convention) -> str:
    """The language asked for, else the convention's own when the library speaks it."""
    if requested is not None:
        return resolve_language(requested)
    try:
        return resolve_language(convention.language)
    except UnsupportedLanguageError:
        return "fr"


def emit(text: str, output: str | None, language: str, stdout: TextIO) -> None:
    """``text`` on standard output, or written to ``output`` and said so."""
    text = text if text.endswith("\n") else f"{text}\n"
    if output is None:
        stdout.write(text)
        return
    write(output, text)
    print(f"{translate('cli.written', language)}{translate('summary.separator', language)}"
          f"{output}", file=stdout)  # fmt: skip


_UNSHOWN = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
"""The kinds of character a JSON report writes as escapes: the controls, the invisible
marks that format text (the direction overrides among them), lone surrogates, and the line
and paragraph separators; everything :func:`~partnership_model.text.visible` escapes and
more, since an escape costs a JSON reader nothing."""

_NOT_PLAIN = re.compile(r"[^\n\x20-\x7e]")
"""Whatever is not printable ASCII or the line breaks that indent the JSON."""


def _json_escape(match: re.Match[str]) -> str:
    char = match.group()
    if unicodedata.category(char) not in _UNSHOWN:
        return char
    code = ord(char)
    if code > 0xFFFF:  # beyond 16 bits, JSON writes a character as its UTF-16 pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def print_json(data: object, stdout: TextIO) -> None:
    """``data`` as indented JSON on ``stdout``: letters of every script as they are, but
    no character that drives a terminal or hides text, each written ``\\uXXXX`` instead
    (inside a JSON string, where a JSON reader reads it back as it was)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    print(_NOT_PLAIN.sub(_json_escape, text), file=stdout)


def refuse_existing(output: str | None, command: str) -> None:
    """Refuse to write over a file that is there, before anything is read or written; a
    device or a pipe (-o /dev/stdout) is written through, a folder refused by write."""
    if output is not None and os.path.isfile(output):
        raise Refused("cli.exists-force", output, command=command)
