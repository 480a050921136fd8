"""Testing aids for applications that embed partnership-model.

:mod:`partnership_model.testing.strategies` holds Hypothesis strategies for every model
type, complete conventions for each profile, and conventions broken on purpose. It needs
the ``hypothesis`` extra (``pip install "partnership-model[hypothesis]"``); importing
this package alone does not import Hypothesis.
"""

from __future__ import annotations

__all__: list[str] = []
