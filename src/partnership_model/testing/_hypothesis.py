"""The Hypothesis entry point: ``st.from_type(Convention)`` and ``st.builds(...)`` draw
with partnership-model's strategies in any project that has both installed.

Hypothesis calls :func:`_hypothesis_setup_hook` while it is being imported (the
``hypothesis`` entry point in ``pyproject.toml``; ``HYPOTHESIS_NO_PLUGINS`` turns it
off). The hook registers a function per type and imports the strategies only when
Hypothesis first asks for one: importing them during Hypothesis's own import would go
round in a circle. Importing this module does not import Hypothesis.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

import partnership_model

__all__ = ["MODEL_TYPES", "_hypothesis_setup_hook"]

RESULT_TYPES = frozenset(
    {
        "Classification",
        "Finding",
        "FormFacts",
        "Problem",
        "Profile",
        "Reason",
        "Report",
        "Rule",
        "RuleParts",
        "Violation",
    }
)
"""Attrs classes the package exports that are results, errors or views of other values
(a recurrence's parts), not data to draw."""

MODEL_TYPES: tuple[type, ...] = tuple(
    kind
    for name in partnership_model.__all__
    if name not in RESULT_TYPES
    and isinstance(kind := getattr(partnership_model, name), type)
    and attrs.has(kind)
)
"""The public model types, each drawn by a strategy of :mod:`.strategies`."""


@functools.cache
def _strategies() -> dict[type, Any]:
    from partnership_model.testing.strategies import strategies_by_type  # noqa: PLC0415

    return strategies_by_type()


def _strategy_for(kind: type) -> Any:
    return _strategies()[kind]


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st  # noqa: PLC0415 - only when Hypothesis calls

    for kind in MODEL_TYPES:
        st.register_type_strategy(kind, _strategy_for)
