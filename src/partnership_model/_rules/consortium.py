"""The clauses of a consortium agreement (DESCA practice), for the consortium profile."""

from __future__ import annotations

__all__: list[str] = []
