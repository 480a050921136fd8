"""How the benchmarks take a time: one run after a full collection, so that garbage left
by what ran before is not paid by what is measured; or the median of several."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


def seconds(action: Callable[[], object], *, collecting: bool = True) -> float:
    """The time ``action`` takes once, the cyclic collector on (as a user's process has
    it) unless ``collecting`` is False."""
    gc.collect()
    if not collecting:
        gc.disable()
    try:
        began = time.perf_counter()
        action()
        return time.perf_counter() - began
    finally:
        gc.enable()


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    """The median time of ``repeat`` runs of ``action``."""
    return statistics.median(seconds(action) for _ in range(repeat))
