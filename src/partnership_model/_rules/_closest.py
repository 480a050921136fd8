"""The ids nearest to one that names nothing, for a finding to suggest ("did you mean
'pont'?"), said in the report's language."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

import attrs

from partnership_model.i18n import translate

__all__ = ["MOST_KNOWN", "MOST_SUGGESTED", "Closest", "closest"]

MOST_SUGGESTED = 3
"""The most ids a finding suggests."""
MOST_KNOWN = 2_000
"""Above this many ids of a kind, no suggestion is sought: comparing an unknown id with
each of them would make validating grow with their product, not with the convention."""


@attrs.frozen
class Closest:
    """The ids nearest to an unknown one, best first; said as a sentence that starts with a
    space ("Did you mean 'pont'?"), or as nothing when there are none."""

    ids: tuple[str, ...]

    def label(self, language: str) -> str:
        if not self.ids:
            return ""
        quoted = [translate("finding.quoted", language, id=key) for key in self.ids]
        alternatives = f" {translate('finding.or', language)} ".join(quoted)
        return translate("finding.did-you-mean", language, ids=alternatives)


def closest(unknown: str, known: Iterable[str], *, size: int) -> Closest:
    """The ids of ``known`` (``size`` of them) that read most like ``unknown``."""
    if size > MOST_KNOWN:
        return Closest(())
    found = difflib.get_close_matches(unknown, list(known), n=MOST_SUGGESTED, cutoff=0.6)
    return Closest(tuple(found))
