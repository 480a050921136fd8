"""Shared test machinery: how a test checks that building a value is refused, and how the
tests of the validation rules load the Brussels example, break it (one
:class:`ExampleBreak` a rule) and read the findings.

Every record refuses a value that is wrong on its own with an ``InvalidValueError``
(a ``PartnershipModelError`` and a ``ValueError``) whose ``field`` names ``Class.field``,
whose ``value`` is what was given and whose message reads
``"Class.field: reason (got value)"``. The three helpers check that much at three
depths and return the error, so that a test can go on to check the ``reason``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import importlib.util
import os
import re
import signal
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
from hypothesis import strategies as st

from partnership_model import (
    Convention,
    Dossier,
    Finding,
    InvalidValueError,
    PartnershipModelError,
    Profile,
    get_profile,
    validate,
)
from partnership_model.validation import CATALOGUE
from tests import generators as gen


def assert_refused_naming(build: Callable[[], object], field: str) -> InvalidValueError:
    """Building must raise an InvalidValueError whose message starts with ``field``."""
    with pytest.raises(InvalidValueError) as caught:
        build()
    error = caught.value
    assert isinstance(error, PartnershipModelError)
    assert isinstance(error, ValueError)
    assert error.field == field
    assert str(error).startswith(f"{field}: ")
    return error


def assert_refused(build: Callable[[], object], field: str, value: object) -> InvalidValueError:
    """Building must raise an InvalidValueError that names ``field`` and shows ``value``."""
    error = assert_refused_naming(build, field)
    assert error.value == value
    assert repr(value) in str(error)
    return error


def assert_refused_showing(
    build: Callable[[], object], field: str, shown: str
) -> InvalidValueError:
    """Building must raise an InvalidValueError that names ``field`` and whose message shows
    ``shown`` right after ``(got``: the value's repr, or its start when the repr is long."""
    error = assert_refused_naming(build, field)
    assert f"(got {shown}" in str(error)
    return error


def refusal_said(error: InvalidValueError) -> dict[str, str]:
    """The reason of a refusal in French, English and Dutch, by language: its English is
    the ``reason`` an application reads, from the same catalogue entry."""
    assert error.words is not None, f"{error.field} refuses without words: {error.reason}"
    said = {language: error.words.said(language) for language in ("fr", "en", "nl")}
    assert said["en"] == error.reason
    return said


@contextlib.contextmanager
def finishing_within(seconds: float) -> Iterator[None]:
    """Fail when the body runs longer than ``seconds``: a door that must never hang, such
    as a recurrence no day satisfies. The bound is generous, tens of times what the work
    takes on a busy machine; how fast the library is, the benchmarks measure."""

    def hung(signum: int, frame: object) -> None:
        raise AssertionError(f"still running after {seconds} s: the work is not bounded")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- the validation rules: the Brussels example, and the findings of some rules ------------

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"

BEFORE_THE_START = dt.date(2026, 12, 20)
"""A day after the Brussels signatures and before anything is due: the date-dependent
rules run and find nothing."""


def load_example(name: str) -> ModuleType:
    """The module ``examples/<name>.py``, loaded from its file: examples are scripts."""
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def brussels() -> Dossier:
    """The complete Brussels example (``examples/brussels_partnership.py``)."""
    dossier = load_example("brussels_partnership").build_dossier()
    assert isinstance(dossier, Dossier)
    return dossier


def day(month: int, number: int) -> dt.date:
    """A day of 2027, the year of the Brussels convention."""
    return dt.date(2027, month, number)


def codes_of(module: ModuleType) -> tuple[str, ...]:
    """The codes of the catalogue whose checks ``module`` defines, in catalogue order."""
    return tuple(
        code for code, rule in CATALOGUE.items() if rule.check.__module__ == module.__name__
    )


def reduced(profile: str, codes: Collection[str]) -> Profile:
    """The built-in profile ``profile`` reduced to the rules ``codes``, with its severities."""
    chosen = get_profile(profile)
    return attrs.evolve(chosen, rules=tuple(r for r in chosen.rules if r.code in codes))


def validated(
    target: Dossier | Convention,
    codes: Collection[str],
    *,
    profile: str = "methodology",
    today: dt.date | None = None,
    language: str = "fr",
) -> tuple[Finding, ...]:
    """The findings of the rules ``codes`` of the built-in profile ``profile``."""
    return validate(
        target, profile=reduced(profile, codes), today=today, language=language
    ).findings


def paths_by_code(findings: Iterable[Finding]) -> dict[str, list[str]]:
    """Each code found, with the paths it was found at, in the order of the report."""
    paths: dict[str, list[str]] = {}
    for finding in findings:
        paths.setdefault(finding.code, []).append(finding.path)
    return paths


def the_finding(findings: Iterable[Finding], code: str) -> Finding:
    """The one finding of ``code``: there must be exactly one."""
    (finding,) = (f for f in findings if f.code == code)
    return finding


def assert_said_in_full(finding: Finding) -> None:
    """The finding's message and hint say something, with every placeholder filled."""
    for text in (finding.message, finding.hint):
        assert text.strip(), f"{finding.code}: says nothing"
        assert "{" not in text, f"{finding.code}: a placeholder left unfilled in {text!r}"
        assert "}" not in text, f"{finding.code}: a placeholder left unfilled in {text!r}"


# --- one kit for a rule: the smallest change that breaks it --------------------------------


@dataclasses.dataclass(frozen=True)
class ExampleBreak:
    """The smallest change to a complete example that breaks one rule, and where it shows.

    Each ``tests/test_rules_<step>.py`` holds one table, ``EXAMPLES: dict[str,
    ExampleBreak]``, keyed by the code of every rule of its step. Adding a rule to a step,
    write in that file a function named for the situation it builds, and one entry in
    ``EXAMPLES``; nothing else::

        def a_kitchen_need_without_a_quantity() -> Dossier:
            return changed_need(brussels(), KITCHEN, quantity=None)

        EXAMPLES = {
            ...,
            "define.needs.not-valued": ExampleBreak(
                a_kitchen_need_without_a_quantity, [f"$.convention.needs[{KITCHEN}]"]
            ),
        }

    The file's tests, parametrized by the step's codes, then check that the table has an
    entry for every rule of the step, that the break gives findings of that code at
    exactly ``paths`` and no other finding of the step (:func:`assert_breaks_alone`), and
    that each of those findings is said in full in French, English and Dutch
    (:func:`assert_said_in`). Say more of the finding (its subjects, its very words) in a
    test of its own, built on the same function.

    Most entries need only ``build`` and ``paths``. Give ``today`` for a rule that a date
    breaks, ``profile`` and ``complete`` for a rule of another profile (a collaboration's,
    a consortium's), and ``also`` with ``why`` when the facts tie another rule of the step
    to this one. A new step file takes the kit with these tests, ``CODES`` its codes::

        def test_every_rule_has_its_smallest_break() -> None:
            assert set(EXAMPLES) == set(CODES)

        @pytest.mark.parametrize("code", CODES)
        def test_the_smallest_change_breaks_that_rule_alone_at_its_path(code: str) -> None:
            assert_breaks_alone(code, EXAMPLES[code], CODES)

        @pytest.mark.parametrize("code", CODES)
        @pytest.mark.parametrize("language", LANGUAGES)
        def test_each_finding_is_said_in_each_language(code: str, language: str) -> None:
            assert_said_in(language, code, EXAMPLES[code], CODES)
    """

    build: Callable[[], Dossier | Convention]
    """Builds the broken dossier or convention: a function named for the situation, such
    as ``a_convention_without_needs``; a convention alone gives paths from ``$.``, a
    dossier paths from ``$.convention.``."""
    paths: Sequence[str]
    """Where the rule finds it, one path per finding, in the order of the report."""
    today: dt.date | None = BEFORE_THE_START
    """The day it is validated on: by default one before anything is due, so the rules that
    need today run and find nothing; a later day for a rule that a date breaks."""
    profile: str = "methodology"
    """The built-in profile that validates it, with that profile's severities."""
    also: Mapping[str, Sequence[str]] = dataclasses.field(default_factory=dict)
    """The other rules of the step that the smallest break cannot help breaking too, each
    with its paths; only when the facts tie them, and said in ``why``."""
    why: str = ""
    """Why the rules of ``also`` break too: required with them."""
    complete: Callable[[], Dossier | Convention] = brussels
    """The complete example the break starts from, which breaks no rule of the step."""

    def __post_init__(self) -> None:
        if not self.paths:
            raise ValueError("an example break is found somewhere: give its paths")
        if bool(self.also) != bool(self.why):
            raise ValueError("say why the rules of `also` break too, and only with them")

    def findings(self, codes: Collection[str], *, language: str = "fr") -> tuple[Finding, ...]:
        """The findings of the rules ``codes`` on the broken example, on its day, under its
        profile."""
        return validated(
            self.build(), codes, profile=self.profile, today=self.today, language=language
        )


def assert_breaks_alone(code: str, example: ExampleBreak, step_codes: Collection[str]) -> None:
    """Of the rules ``step_codes``, the example breaks ``code`` at exactly its paths, in the
    order of the report, and nothing else but what its ``also`` allows, at its paths."""
    assert code in step_codes, f"{code} is not a rule of the step"
    assert code not in example.also, f"{code} is the rule broken, not one broken too"
    expected = {other: list(paths) for other, paths in example.also.items()}
    expected[code] = list(example.paths)
    found = paths_by_code(example.findings(step_codes))
    assert found == expected, f"{code}: found {found}, expected {expected}"


def assert_said_in(
    language: str, code: str, example: ExampleBreak, step_codes: Collection[str]
) -> None:
    """Validated in ``language``, each finding of ``code`` on the example is at its path,
    of its rule's step and of the severity its profile gives it, and its message and hint
    say something with every placeholder filled (:func:`assert_said_in_full`)."""
    said = [f for f in example.findings(step_codes, language=language) if f.code == code]
    paths = [f.path for f in said]
    assert paths == list(example.paths), f"{code} ({language}): found at {paths}"
    rule = CATALOGUE[code]
    severity = get_profile(example.profile).severity_of(rule)
    for finding in said:
        assert finding.step is rule.step, f"{code} ({language}): {finding.step}"
        assert finding.severity is severity, f"{code} ({language}): {finding.severity}"
        assert_said_in_full(finding)


def changed(dossier: Dossier, **changes: Any) -> Dossier:
    """``dossier`` with its convention evolved by ``changes``."""
    return attrs.evolve(dossier, convention=attrs.evolve(dossier.convention, **changes))


def changed_indicator(dossier: Dossier, where: tuple[int, int], **changes: Any) -> Dossier:
    """``dossier`` with the indicator at (objective, indicator) ``where`` evolved."""
    at, place = where
    objectives = list(dossier.convention.objectives)
    indicators = list(objectives[at].indicators)
    indicators[place] = attrs.evolve(indicators[place], **changes)
    objectives[at] = attrs.evolve(objectives[at], indicators=tuple(indicators))
    return changed(dossier, objectives=tuple(objectives))


def indicator_path(where: tuple[int, int]) -> str:
    """The path, in a dossier, of the indicator at (objective, indicator) ``where``."""
    return f"$.convention.objectives[{where[0]}].indicators[{where[1]}]"


conventions_or_dossiers: st.SearchStrategy[tuple[Convention, Dossier | None]] = st.one_of(
    gen.conventions.map(lambda convention: (convention, None)),
    gen.dossiers.map(lambda dossier: (dossier.convention, dossier)),
)
"""A convention alone, or a dossier with its convention."""


def tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the command line's words -------------------------------------------------------------

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def command_environment(**variables: str) -> dict[str, str]:
    """The environment of a command run in a subprocess: this one without any locale, so
    that what the command says does not depend on the machine, the source tree first on
    the path, and ``variables`` (``LANG="nl_BE.UTF-8"``)."""
    environment = {
        name: value for name, value in os.environ.items() if name not in LOCALE_VARIABLES
    }
    path = [str(ROOT / "src"), *filter(None, [environment.get("PYTHONPATH")])]
    return {**environment, "PYTHONPATH": os.pathsep.join(path), **variables}


ENGLISH_WORDS = frozenset(
    """
    a an and are as be by cannot choice choose command commands coming count day default
    directory does due each else error example exists exit expected file files folder
    following for from help if in input instead invalid is it its language late list
    meet message must name needs no nobody not number of on one only option options or
    output positional print program read reads report required rules say show standard
    status success tell that the there this to today unless unrecognized usage validate
    version week weeks what when whether which who with write writes written argument
    arguments
    """.split()  # noqa: SIM905  # a list of words reads best as words
)
"""Common English words, the ones an untranslated help or error would show."""

SHARED_WORDS = {
    "fr": frozenset(
        "a an argument arguments as message on option options standard version".split()  # noqa: SIM905
    ),
    "nl": frozenset("argument in is meet of week".split()),  # noqa: SIM905
}
"""The English words each language writes too, which say nothing about a text's language."""

CLI_CODES = frozenset(
    """
    check render calendar classify tally agenda match schema diff history new
    text json markdown html pdf auto weasyprint chromium dossier convention directory
    partnership collaboration methodology consortium print ical pip install
    """.split()  # noqa: SIM905
)
"""What the command line's text shows as it is typed, in every language: the commands,
the values of its choices, the profiles and the extras."""

_AS_TYPED = re.compile(
    r"partnership-model(?:\[\w+\])?"  # the program, and an extra to install
    r"|(?<!\w)--?[\w-]+"  # an option
    r"|\b[A-Z][A-Z0-9_]+\b"  # a metavar (FILE, OUT), a variable (LC_ALL), an acronym
    r"|'[^'\s]*'"  # a value quoted as typed
    r"|\S*[/.]\S*\w"  # a path, a file name, a version
)


def english_words_in(text: str, language: str, *, codes: Collection[str] = CLI_CODES) -> set[str]:
    """The English words of :data:`ENGLISH_WORDS` in ``text``, said in ``language``, once
    what is typed as it is (options, metavars, quoted values, paths, ``codes``) and the
    words the language shares with English are left out: empty for a text translated
    whole."""
    words = set(re.findall(r"[^\W\d_]+", _AS_TYPED.sub(" ", text).lower()))
    return words & ENGLISH_WORDS - SHARED_WORDS.get(language, frozenset()) - set(codes)
