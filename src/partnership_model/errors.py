"""The library's exceptions: one base class, each refinement also a builtin."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the catalogue sits above the exceptions it says
    from partnership_model._words import Words

__all__ = [
    "CurrencyMismatchError",
    "InvalidValueError",
    "MissingExtraError",
    "PartnershipModelError",
    "PrintError",
    "TemplateError",
    "UnsupportedLanguageError",
]


class PartnershipModelError(Exception):
    """Base class of every error this library raises on purpose."""


class InvalidValueError(PartnershipModelError, ValueError):
    """A value that cannot be right on its own, whatever the rest of the convention says.

    ``field`` names where it was given (``"Money.currency"``), ``value`` is what was
    given and ``reason`` says why, in English. ``words``, when the refusal has them, is
    the same reason by its catalogue entry, for a reading error said in French, English
    or Dutch.
    """

    def __init__(self, field: str, value: object, reason: str, words: Words | None = None) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        self.words = words
        super().__init__(f"{field}: {reason} (got {value!r})")

    def __reduce__(
        self,
    ) -> tuple[type[InvalidValueError], tuple[str, object, str, Words | None]]:
        return (type(self), (self.field, self.value, self.reason, self.words))


class CurrencyMismatchError(PartnershipModelError, ValueError):
    """Arithmetic or comparison between amounts in two different currencies."""

    def __init__(self, left: str, right: str) -> None:
        self.currencies = (left, right)
        super().__init__(
            f"cannot combine amounts in {left} and {right}: convert them first, "
            "the library never guesses an exchange rate"
        )

    def __reduce__(self) -> tuple[type[CurrencyMismatchError], tuple[str, str]]:
        return (type(self), self.currencies)


class UnsupportedLanguageError(PartnershipModelError, ValueError):
    """A language the library does not speak was asked for."""

    def __init__(self, language: object, supported: tuple[str, ...]) -> None:
        self.language = language
        self.supported = supported
        super().__init__(
            f"language {language!r} is not supported; use one of {', '.join(supported)}"
        )

    def __reduce__(
        self,
    ) -> tuple[type[UnsupportedLanguageError], tuple[object, tuple[str, ...]]]:
        return (type(self), (self.language, self.supported))


class MissingExtraError(PartnershipModelError, ImportError):
    """A feature needs an optional extra that is not installed: the message names the
    extra and the command that installs it (``pip install "partnership-model[ical]"``).

    ``extra`` is the extra's name and ``feature`` what needs it.
    """

    def __init__(self, extra: str, feature: str) -> None:
        self.extra = extra
        self.feature = feature
        super().__init__(
            f"{feature} needs the optional extra {extra!r}: "
            f'pip install "partnership-model[{extra}]"'
        )

    def __reduce__(self) -> tuple[type[MissingExtraError], tuple[str, str]]:
        return (type(self), (self.extra, self.feature))


class TemplateError(PartnershipModelError, ValueError):
    """A template of the printable agreement that cannot be read or laid out: the
    message names the file, the line when it is known, and what is wrong there.

    ``template`` is the file (its path when it has one), ``line`` the line in it or None.
    """

    def __init__(self, template: str, line: int | None, reason: str) -> None:
        self.template = template
        self.line = line
        self.reason = reason
        where = template if line is None else f"{template}, line {line}"
        super().__init__(f"template {where}: {reason}")

    def __reduce__(self) -> tuple[type[TemplateError], tuple[str, int | None, str]]:
        return (type(self), (self.template, self.line, self.reason))


class PrintError(PartnershipModelError, RuntimeError):
    """Printing to PDF failed: no engine, or the engine did not finish or wrote no PDF.
    The message names the engine and what to do.

    ``engine`` is the engine tried (``"chromium"``, ``"weasyprint"``, ``"auto"``).
    """

    def __init__(self, engine: str, reason: str) -> None:
        self.engine = engine
        self.reason = reason
        super().__init__(f"printing to PDF with {engine}: {reason}")

    def __reduce__(self) -> tuple[type[PrintError], tuple[str, str]]:
        return (type(self), (self.engine, self.reason))
