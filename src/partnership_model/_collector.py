"""The cyclic garbage collector paused while a document is read or written.

Reading a document builds hundreds of thousands of objects and no reference cycle; the
collector, triggered every few hundred allocations, walks the ever larger heap each
time, so that reading grows faster than the document (at the L size of the benchmarks,
three times the time per megabyte of the M size). Paused, reading is linear. Nothing
is lost: the objects that would have been examined are examined at the next collection.

The collector's switch belongs to the process, not to a thread: the first of the
readers running at once pauses it and the last restores the setting found by the
first, so that concurrent readers never leave it off, and a caller that had switched it
off finds it off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]

_lock = threading.Lock()
_readers = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector paused, then restore it as it was."""
    global _readers, _was_enabled  # noqa: PLW0603  # the one switch of the process
    with _lock:
        if _readers == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _readers += 1
    try:
        yield
    finally:
        with _lock:
            _readers -= 1
            if _readers == 0 and _was_enabled:
                gc.enable()
