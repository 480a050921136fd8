"""What to pay attention to throughout (seed §4): communication, the written record
(convention and minutes), flexibility, and the network."""

from __future__ import annotations

__all__: list[str] = []
