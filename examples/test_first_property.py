"""A user's first property tests, as docs/property-testing.md shows them: no settings.

Hypothesis runs them with its default settings (100 examples, a 200 ms deadline, every
health check on), as it does on a developer's machine. The library's own suite runs
this file in a fresh process with none of its profiles, and the first test twenty times
beside another CPU-bound process, as on a shared CI runner.

Run it with ``pytest examples/test_first_property.py`` (the ``hypothesis`` extra
installed).
"""

from __future__ import annotations

from hypothesis import given

from partnership_model import Convention, Dossier, from_json, to_json, validate
from partnership_model.testing.strategies import broken_conventions, conventions, dossiers


@given(conventions(profile="methodology", complete=True))
def test_complete(c: Convention) -> None:
    assert validate(c).is_complete


@given(conventions(profile="consortium", complete=True))
def test_complete_under_the_consortium_profile(c: Convention) -> None:
    assert validate(c, profile="consortium").is_complete


@given(broken_conventions())
def test_a_broken_convention_shows_its_codes(pair: tuple[Convention, frozenset[str]]) -> None:
    convention, codes = pair
    assert {finding.code for finding in validate(convention).findings} == codes


@given(dossiers())
def test_a_dossier_reads_back_as_it_was_written(dossier: Dossier) -> None:
    assert from_json(to_json(dossier), Dossier) == dossier


@given(dossiers(complete=True))
def test_a_complete_dossier_is_complete(dossier: Dossier) -> None:
    assert validate(dossier).findings == ()
