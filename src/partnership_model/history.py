"""The history of a convention (seed: flexibility and tracing): every text it has had,
with the amendment that brought it, when it took effect and was adopted, the decision
that adopted it, why, and what it changed from the text before.

A dossier keeps each text an amendment replaced (:class:`~partnership_model.Amendment`
``replaces``), in the order the amendments were recorded; the text of the dossier is
the latest. The history reads them in that order: version 1 is the first text, each
later version the text an amendment brought.
"""

from __future__ import annotations

import datetime as dt

import attrs

from partnership_model.amendments import Amendment
from partnership_model.convention import Convention
from partnership_model.diff import Difference, diff
from partnership_model.dossier import Dossier
from partnership_model.errors import InvalidValueError

__all__ = ["Version", "history"]


@attrs.frozen(kw_only=True)
class Version:
    """One text of the convention.

    ``number`` counts from 1. ``amendment`` is the amendment that brought the text (none
    for the first), ``effective_from`` the day it took effect (for the first, the start
    of its period, when known), and ``changes`` what it changed from the version before
    (empty for the first): what the partners agreed, without the actual periods of the
    steps, which an application records in the text in force as the project goes.
    """

    number: int
    text: Convention
    amendment: Amendment | None
    effective_from: dt.date | None
    changes: Difference

    @property
    def adopted_on(self) -> dt.date | None:
        return None if self.amendment is None else self.amendment.adopted_on

    @property
    def decision(self) -> str | None:
        """The id of the decision record that adopted the amendment."""
        return None if self.amendment is None else self.amendment.decision

    @property
    def rationale(self) -> str | None:
        return None if self.amendment is None else self.amendment.rationale


def history(dossier: Dossier) -> tuple[Version, ...]:
    """Every version of the dossier's convention, from the first text to the one in
    force now, each with what it changed from the one before. Comparing each pair once,
    it takes time in the size of the texts, once per amendment."""
    if not isinstance(dossier, Dossier):
        raise InvalidValueError("history(dossier)", dossier, "expected a Dossier")
    amendments = dossier.amendments
    texts = [amendment.replaces for amendment in amendments] + [dossier.convention]
    first = texts[0]
    versions = [
        Version(
            number=1,
            text=first,
            amendment=None,
            effective_from=first.period.start,
            changes=Difference(()),
        )
    ]
    for at, amendment in enumerate(amendments):
        versions.append(
            Version(
                number=at + 2,
                text=texts[at + 1],
                amendment=amendment,
                effective_from=amendment.effective_from,
                changes=diff(amendment.replaces, texts[at + 1], actual=False),
            )
        )
    return tuple(versions)
