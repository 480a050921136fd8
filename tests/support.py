"""Shared test machinery: how a test checks that building a value is refused, and how the
tests of the validation rules load the Brussels example and read the findings.

Every record refuses a value that is wrong on its own with an ``InvalidValueError``
(a ``PartnershipModelError`` and a ``ValueError``) whose ``field`` names ``Class.field``,
whose ``value`` is what was given and whose message reads
``"Class.field: reason (got value)"``. The three helpers check that much at three
depths and return the error, so that a test can go on to check the ``reason``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import signal
from collections.abc import Callable, Collection, Iterable, Iterator
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

EXAMPLES = Path(__file__).parent.parent / "examples"

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
        assert text.strip()
        assert "{" not in text
        assert "}" not in text


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
