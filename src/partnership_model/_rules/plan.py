"""PLAN (seed §3): one timeline for the project and its administrative steps, in order."""

from __future__ import annotations

__all__: list[str] = []
