"""The ids nearest to one that names nothing, for a finding to suggest ("did you mean
'pont'?"), said in the report's language."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from partnership_model._words import Closest

__all__ = ["MOST_ASKED", "MOST_KNOWN", "MOST_SUGGESTED", "Closest", "Suggester"]

MOST_SUGGESTED = 3
"""The most ids a finding suggests."""
MOST_KNOWN = 2_000
"""Above this many ids of a kind, no suggestion is sought among them."""
MOST_ASKED = 100
"""The most distinct unknown ids of one validation that get suggestions. With
``MOST_KNOWN``, it bounds the comparisons: validating grows with the convention, never
with the product of its unknown ids and its known ones."""


class Suggester:
    """The closest ids for the unknown ids one validation meets: each unknown id of a kind
    looked up once, and no more than ``MOST_ASKED`` of them."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, int], Closest] = {}

    def __call__(self, unknown: str, known: Mapping[str, object]) -> Closest:
        """The ids of the index ``known`` that read most like ``unknown``."""
        key = (unknown, id(known))  # the indexes live as long as the validation
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= MOST_ASKED or len(known) > MOST_KNOWN:
                return Closest(())
            matches = difflib.get_close_matches(unknown, list(known), n=MOST_SUGGESTED)
            found = self._found[key] = Closest(tuple(matches))
        return found
