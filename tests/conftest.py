"""Hypothesis profiles: ``ci`` (fast, derandomized) and ``thorough``, picked by
``PARTNERSHIP_MODEL_HYPOTHESIS_PROFILE``; the default is ``dev``."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", max_examples=50, derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("thorough", max_examples=2_000, deadline=None)
settings.load_profile(os.environ.get("PARTNERSHIP_MODEL_HYPOTHESIS_PROFILE", "dev"))
