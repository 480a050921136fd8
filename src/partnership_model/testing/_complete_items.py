"""The items of a complete convention: each read from one block, with an id distinct
from the others' and no extensions.

Private to :mod:`partnership_model.testing._complete` and the modules drawing its parts.
"""

from __future__ import annotations

from hypothesis import strategies as st

from partnership_model.testing._digits import Digits, distinct, readers

NO_EXTENSIONS: dict[str, object] = {}
"""Inside a complete convention only the convention and its dossier carry extensions:
drawing them on every object would slow the drawing down for nothing the standalone
strategies do not already cover."""


def keyed_readers(draw: st.DrawFn, width: int, least: int, most: int) -> list[tuple[str, Digits]]:
    """Items with distinct ids, each with the reader of the rest of its decisions."""
    drawn = readers(draw, width, least, most)
    keys = distinct([reader.identifier() for reader in drawn])
    return list(zip(keys, drawn, strict=True))
