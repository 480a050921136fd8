"""CLARIFY (seed §3) and the form of cooperation (§2): roles and the coordinator, tasks with
each partner's part, contributions, decision-making and conflicts, and the institutions."""

from __future__ import annotations

__all__: list[str] = []
