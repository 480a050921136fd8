"""The built-in rules, one module per part of the methodology, in its order."""

from __future__ import annotations

from collections.abc import Mapping

# Importing a module registers its rules.
from partnership_model._rules import (  # noqa: F401
    clarify,
    consortium,
    crosscutting,
    define,
    evaluate,
    integrity,
    minutes,
    plan,
)
from partnership_model._rules._base import (
    REGISTERED,
    Context,
    MethodologyStep,
    Rule,
    Severity,
    Violation,
    placeholders,
)
from partnership_model._rules._closest import Closest

__all__ = [
    "PROFILES_OF",
    "RULES",
    "SEVERITIES",
    "Closest",
    "Context",
    "MethodologyStep",
    "Rule",
    "Severity",
    "Violation",
    "placeholders",
]

_ORDER = (
    "define",
    "clarify",
    "plan",
    "evaluate",
    "crosscutting",
    "minutes",
    "integrity",
    "consortium",
)
"""The catalogue follows the methodology's order, module by module."""

REGISTERED.sort(
    key=lambda registration: _ORDER.index(registration.rule.check.__module__.rpartition(".")[2])
)
RULES: tuple[Rule, ...] = tuple(registration.rule for registration in REGISTERED)
_twice = sorted({r.code for r in RULES if sum(o.code == r.code for o in RULES) > 1})
if _twice:  # pragma: no cover - a mistake in a rule module, caught at import
    raise RuntimeError(f"rule codes declared twice: {', '.join(_twice)}")
PROFILES_OF: Mapping[str, frozenset[str]] = {r.rule.code: r.profiles for r in REGISTERED}
SEVERITIES: Mapping[str, Mapping[str, Severity]] = {
    profile: {r.rule.code: s for r in REGISTERED for p, s in r.severities.items() if p == profile}
    for profile in ("methodology", "collaboration", "consortium")
}
