"""The kinds of items the strategies draw, and the references between them.

Private to :mod:`partnership_model.testing.strategies`. An item with an id (a partner, a
task) is drawn by an :class:`Items`, one without (a representative, a clause) by a
:class:`Values`: either reads the item's decisions from one block of bytes
(:mod:`._digits`). An item refers to others by id, to ids a strategy was given or, given
none, to ids of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

import attrs
from hypothesis import strategies as st

from partnership_model.testing import _values as values
from partnership_model.testing._digits import Digits, distinct, readers

T = TypeVar("T")
Ids = Sequence[str] | None
"""Ids a strategy's references point at: None draws ids of its own, () refers to nothing."""

Known = tuple[str, ...] | None
"""Ids once checked: None when the strategy draws its own."""


@attrs.frozen
class Values(Generic[T]):
    """One kind of item without an id: the width of its block and how to decode it."""

    width: int
    decode: Callable[[Digits], T]

    def draw(self, draw: st.DrawFn, least: int, most: int) -> tuple[T, ...]:
        return tuple(self.decode(reader) for reader in readers(draw, self.width, least, most))

    def strategy(
        self, function: str, min_size: int, max_size: int | None
    ) -> st.SearchStrategy[tuple[T, ...]]:
        values.check_sizes(function, min_size, max_size)
        most = values.sized_bound(min_size, max_size)
        return values.drawing(lambda draw: self.draw(draw, min_size, most))


@attrs.frozen
class Items(Generic[T]):
    """One kind of item with an id: the width of its block and how to decode the rest of
    the item once its id, the block's first decision, is made distinct from the others'.

    ``draw`` draws the items inside another strategy: making a strategy while drawing
    costs Hypothesis far more than drawing from it."""

    width: int
    decode: Callable[[Digits, str], T]

    def draw(self, draw: st.DrawFn, least: int, most: int) -> tuple[T, ...]:
        drawn = readers(draw, self.width, least, most)
        keys = distinct([reader.identifier() for reader in drawn])
        return tuple(self.decode(reader, key) for reader, key in zip(drawn, keys, strict=True))

    def strategy(
        self, function: str, min_size: int, max_size: int | None
    ) -> st.SearchStrategy[tuple[T, ...]]:
        values.check_sizes(function, min_size, max_size)
        most = values.sized_bound(min_size, max_size)
        return values.drawing(lambda draw: self.draw(draw, min_size, most))


def reference(digits: Digits, known: Known) -> str | None:
    """One of ``known`` or None; a drawn id or None when nothing is known."""
    if known is None:
        drawn = digits.identifier()
        return drawn if digits.flag() else None
    return digits.maybe(known)


def references(digits: Digits, known: Known, most: int = 3) -> tuple[str, ...]:
    """Up to ``most`` distinct ids among ``known``; drawn ones when nothing is known."""
    if known is None:
        count = digits.below(most + 1)
        return distinct([digits.identifier() for _ in range(most)][:count])
    return digits.choose(known, least=0, most=most)


def ids_of(items: Sequence[Any]) -> tuple[str, ...]:
    """The ids of ``items``, in their order."""
    return tuple(item.id for item in items)
