"""EVALUATE (seed §3): evaluation against the objectives and indicators agreed in DEFINE."""

from __future__ import annotations

__all__: list[str] = []
