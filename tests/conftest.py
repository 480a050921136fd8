"""Hypothesis profiles: ``ci`` (fast, derandomized) and ``thorough``, picked by
``PARTNERSHIP_MODEL_HYPOTHESIS_PROFILE``; the default is ``dev``."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

settings.register_profile("ci", max_examples=50, derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("thorough", max_examples=2_000, deadline=None)
settings.load_profile(os.environ.get("PARTNERSHIP_MODEL_HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(autouse=True)
def no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks the locale's language: no test depends on the machine's.
    A test that wants one sets it, and a subprocess gets its environment explicitly."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
