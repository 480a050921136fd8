"""DEFINE (seed §3): objectives with their evaluation indicators, the needs, and the target public."""

from __future__ import annotations

__all__: list[str] = []
