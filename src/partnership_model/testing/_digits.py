"""Many small decisions from one drawn block of bytes: how the strategies stay fast.

Private to :mod:`partnership_model.testing.strategies`. Hypothesis spends some tens of
microseconds on every value it draws, whatever its size, and a complete convention
holds hundreds of small decisions (a partner's kind, whether a step recurs, which
partner is accountable for a task). Drawn one by one, they made a complete convention
cost about 900 choices. Here each item of a convention is drawn as one block of bytes
(one choice for Hypothesis), and :class:`Digits` reads its decisions from it, a byte or
a few for each.

Shrinking stays good because the layout is fixed: every decision reads the same bytes
whatever the others decided, each byte scales monotonically to its range, and a block
of zero bytes decodes to the simplest item (the first word, no optional part, the
first of every choice). Hypothesis shrinks each byte towards zero on its own, so a
failing example comes down to items with nothing optional. Collections are drawn as
``st.lists`` of blocks, so Hypothesis deletes an item by deleting its block.

Texts, ids, decimals and extensions come from pools chosen to exercise what breaks
applications (Markdown and HTML markup, right-to-left and zero-width characters, NUL,
emoji, the longest id, every decimal exponent); now and then a decision draws a value
from a Hypothesis strategy instead, so that any Unicode, any id and any decimal still
turn up.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any, ParamSpec, TypeVar

from hypothesis import strategies as st

from partnership_model.money import Money, Quantity
from partnership_model.planning import Recurrence
from partnership_model.testing import _values as pools

__all__ = [
    "BLANKS",
    "EXTENSIONS",
    "IDS",
    "TAILS",
    "Digits",
    "block",
    "distinct",
    "members",
    "readers",
]

T = TypeVar("T")
E = TypeVar("E", bound=Enum)
P = ParamSpec("P")

Draw = Callable[[st.SearchStrategy[Any]], Any]
"""What draws a value from a strategy: ``draw`` in a composite strategy."""

BLOCK = 16
"""The bytes drawn when an item needs more decisions than its block holds."""


@functools.cache
def members(kind: type[E]) -> tuple[E, ...]:
    """The members of the enumeration ``kind``, in order: listed once, picked by place."""
    return tuple(kind)


@functools.cache
def block(width: int) -> st.SearchStrategy[bytes]:
    """One block of ``width`` bytes: one choice for Hypothesis, made once per width."""
    return st.binary(min_size=width, max_size=width)


@functools.cache
def _lists(width: int, least: int, most: int) -> st.SearchStrategy[list[bytes]]:
    return st.lists(block(width), min_size=least, max_size=most)


LARGEST_BLOCK = 1024
"""The most bytes a collection is drawn in at once; a larger one is a list of blocks."""


def readers(draw: Draw, width: int, least: int, most: int) -> list[Digits]:
    """The readers of between ``least`` and ``most`` items of ``width`` bytes each.

    A small collection is one block: a byte for how many items there are (none when
    that is fixed), then each item's bytes in their place, so that one choice holds the
    whole collection, shrinking the count drops the last items, and the others stay as
    they were. A large one is a list of blocks, an item each."""
    if most * width > LARGEST_BLOCK:
        return [Digits(draw, raw) for raw in draw(_lists(width, least, most))]
    counted = 0 if least == most else 1
    raw = draw(block(counted + most * width))
    count = least + ((raw[0] * (most - least + 1)) >> 8 if counted else 0)
    return [
        Digits(draw, raw[counted + at * width : counted + (at + 1) * width]) for at in range(count)
    ]


# --- pools ---------------------------------------------------------------------------------------

TAILS = (
    "2",
    "— Laeken",
    "(Schaerbeek)",
    "& Co",
    "*gras*",
    "_souligné_",
    "`code`",
    "[lien](https://example.org)",
    "<b>html</b>",
    "<script>alert(1)</script>",
    "| colonne |",
    "# titre",
    "\\",
    '"guillemets"',
    "l'apostrophe",
    "«chevrons»",
    "🏠",
    "👩‍👩‍👧",
    "ñ ß Ω",
    "中文",
    "العربية",
    "\u202egauche",
    "zéro\u200blargeur",
    "\tTab",
    "\nligne 2",
    "\r\nCRLF",
    "\x00",
    "\x1b[31mrouge",
    "e\u0301",
    "ﬁ",
    "x" * 120,
    "\U0001d54f",
)
"""What a name may be followed by: markup, every script, control characters, length."""

BLANKS = ("", " ", "\t\n", "\u00a0", "\u3000")
"""Texts with nothing to read in them."""

ALONE = BLANKS + TAILS
"""Texts that are not names: blank ones, and tails on their own."""

IDS = (
    *pools.ID_WORDS,
    "a",
    "z9",
    "p-1",
    "x.y",
    "q:r",
    "Org_2",
    "9999",
    "A-b.C:d_E",
    "be.0123.456.749",
    "a" * 64,
    "0" + "Z" * 63,
    "n" + "_.:-" * 15 + "n" * 3,
)
"""Ids as applications write them: words, digits, every allowed character, 64 long."""

EXTENSIONS: tuple[dict[str, Any], ...] = (
    {"app.ref": 42},
    {"notes": ["à revoir", None, True]},
    {"int64": 2**63 - 1, "min": -(2**63)},
    {"nested": {"deeper": {"list": [[], {}]}}},
    {"": ""},
    {"clé": "waarde", "🏠": "\x00"},
    {"big": 2**53 + 1},
    {"false": False, "zero": 0},
)
"""Extensions as applications write them: nested, empty keys, the ends of 64 bits."""

DECIMALS = tuple(
    Decimal(text)
    for text in (
        "0",
        "-0",
        "0.00",
        "0E-40",
        "1E+40",
        "-1E-40",
        "0.0100",
        "123456789012345678901234567890",
        "-9.99999999999999999999999999999E+30",
        "1E+3",
        "100E+2",
        "0.0000001",
    )
)
"""Decimals at the edges: signed zeros, every exponent, thirty digits, trailing zeros."""

AMOUNTS = tuple(
    Decimal(text)
    for text in (
        "0",
        "0.00",
        "0E-30",
        "999999999999999999999999999999",
        "1E-30",
        "0.0100",
        "1E+29",
        "1250.00",
    )
)
"""Amounts at the edges Money keeps: zero, the largest, the finest, trailing zeros."""

FRACTIONS = (Fraction(0), Fraction(1), Fraction(2, 3), Fraction(3, 2), Fraction(1, 1000))
"""Shares at the edges: none, all, two thirds, more than all, a thousandth."""

RECURRENCES: dict[bool | None, tuple[Recurrence, ...]] = {
    True: tuple(Recurrence(rule=rule) for rule in pools.BOUNDED_RULES),
    False: tuple(Recurrence(rule=rule) for rule in pools.UNBOUNDED_RULES),
}
RECURRENCES[None] = RECURRENCES[True] + RECURRENCES[False]
"""Recurrences made once: a rule is parsed when it is made, and reusing it is free."""


RARELY_DRAWN = (pools.any_text, pools.ids, pools.decimals, pools.some_extensions)
"""What a decision draws from Hypothesis now and then. Each is made ready here, once:
Hypothesis builds its Unicode tables the first time a text strategy is used, and that
second or so, spent in the first draw of a user's test, would fail its health check."""

for _strategy in RARELY_DRAWN:
    _strategy.validate()


# --- the reader ----------------------------------------------------------------------------------


class Digits:
    """The decisions of one item, read from its block of bytes.

    Each method reads a fixed number of bytes, so one decision never moves another
    when Hypothesis shrinks it; past the end of the block, another block is drawn.
    """

    __slots__ = ("_at", "_block", "_draw")

    def __init__(self, draw: Draw, block_: bytes | None = None, width: int = BLOCK) -> None:
        self._draw = draw
        self._block = draw(block(width)) if block_ is None else block_
        self._at = 0

    @property
    def used(self) -> int:
        """How many bytes of the current block the decisions have read."""
        return self._at

    def draw(self, strategy: st.SearchStrategy[T]) -> T:
        """A value drawn by Hypothesis itself: for parts a caller gave as strategies."""
        drawn: T = self._draw(strategy)
        return drawn

    def _byte(self) -> int:
        at = self._at
        if at == len(self._block):
            self._block, at = self._draw(block(BLOCK)), 0
        self._at = at + 1
        return self._block[at]

    def below(self, bound: int) -> int:
        """A whole number from 0 to ``bound - 1``, read from as few bytes as hold it;
        zero bytes give 0 and larger bytes never give a smaller number."""
        if bound <= 256:
            return (self._byte() * bound) >> 8
        width = ((bound - 1).bit_length() + 7) // 8
        number = 0
        for _ in range(width):
            number = number << 8 | self._byte()
        return (number * bound) >> (8 * width)

    def between(self, least: int, most: int) -> int:
        return least + self.below(most - least + 1)

    def flag(self, one_in: int = 2) -> bool:
        """True once in ``one_in`` times; False when shrunk."""
        return self.below(one_in) == one_in - 1

    def pick(self, items: Sequence[T]) -> T:
        """One of ``items``, which is not empty: the first when shrunk."""
        return items[self.below(len(items))]

    def member(self, kind: type[E]) -> E:
        """A member of the enumeration ``kind``: its first when shrunk."""
        chosen: E = self.pick(members(kind))
        return chosen

    def maybe_member(self, kind: type[E]) -> E | None:
        """A member of ``kind`` half the time, else None."""
        chosen: E | None = self.maybe(members(kind))
        return chosen

    def maybe(self, items: Sequence[T]) -> T | None:
        """One of ``items`` half the time, else None (always None when there is none)."""
        if not items:
            self.below(2)
            return None
        at = self.below(2 * len(items))
        return items[at - len(items)] if at >= len(items) else None

    def optional(self, make: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        """What ``make(*args, **kwargs)`` decodes, half the time; its bytes are read
        either way."""
        wanted = self.flag()
        made = make(*args, **kwargs)
        return made if wanted else None

    def choose(self, items: Sequence[T], least: int = 1, most: int = 2) -> tuple[T, ...]:
        """Between ``least`` and ``most`` distinct items, in drawn order (none when there
        are no items): a partial shuffle, so that nothing is ever rejected."""
        count = len(items)
        most = min(most, count)
        size = self.between(min(least, count), most) if count else self.below(1)
        pool = list(items)
        for at in range(most):
            swap = at + self.below(count - at)
            pool[at], pool[swap] = pool[swap], pool[at]
        return tuple(pool[:size])

    # --- values ----------------------------------------------------------------------------------

    def day(self, start: dt.date, end: dt.date) -> dt.date:
        """A day from ``start`` to ``end``."""
        return start + dt.timedelta(days=self.below((end - start).days + 1))

    def any_day(self) -> dt.date:
        """A day from 1900 to 2199."""
        return self.day(pools.MIN_DAY, pools.MAX_DAY)

    def span(self, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
        """Two ordered days from ``start`` to ``end``."""
        first = self.day(start, end)
        return first, self.day(first, end)

    def word(self) -> str:
        return self.pick(pools.WORDS)

    def _tailed(self, word: str) -> str:
        """``word``, one time in four followed by a tail from :data:`TAILS`, now and then
        by any Unicode Hypothesis draws."""
        tail = self.below(4 * len(TAILS))
        if tail < 3 * len(TAILS):
            return word
        if tail == 4 * len(TAILS) - 1:
            return f"{word} {self.draw(pools.any_text)}"
        return f"{word} {TAILS[tail - 3 * len(TAILS)]}"

    def name(self) -> str:
        """A plausible name, sometimes with a tail: never blank."""
        return self._tailed(self.word())

    def free_text(self) -> str:
        """Any text: a name mostly, else a blank text or a tail on its own."""
        word = self.below(len(pools.WORDS) + 1)
        if word < len(pools.WORDS):
            return self._tailed(pools.WORDS[word])
        return self.pick(ALONE)

    def optional_name(self) -> str | None:
        return self.optional(self.name)

    def optional_text(self) -> str | None:
        return self.optional(self.free_text)

    def some(self, decode: Callable[[Digits], T], most: int) -> tuple[T, ...]:
        """Up to ``most`` values ``decode`` reads, every one of them read either way, so
        that the decisions after them stay in place."""
        count = self.below(most + 1)
        return tuple([decode(self) for _ in range(most)][:count])

    def texts(self, most: int = 2) -> tuple[str, ...]:
        """Up to ``most`` free texts."""
        return self.some(Digits.free_text, most)

    def identifier(self) -> str:
        """An id from :data:`IDS`; now and then any id Hypothesis draws."""
        at = self.below(len(IDS) + 1)
        return self.draw(pools.ids) if at == len(IDS) else IDS[at]

    def unit(self) -> str:
        return self.pick(pools.UNITS)

    def small_amount(self) -> Decimal:
        """Up to ten million units in cents, every order of magnitude as often: exact to
        the cent, so sums of a few stay far from Money's bounds."""
        digits = self.below(10)
        cents = self.below(10**9)
        return Decimal(cents % 10**digits).scaleb(-2)

    def amount(self) -> Decimal:
        """Any amount Money keeps: mostly cents, else one at its edges."""
        edge = self.below(4) == 3
        cents = self.small_amount()
        at_edge = self.pick(AMOUNTS)
        return at_edge if edge else cents

    def decimal(self) -> Decimal:
        """Any finite decimal: mostly signed cents, else one at the edges; now and then
        any decimal Hypothesis draws."""
        kind = self.below(16)
        negative = self.flag()
        cents = self.small_amount()
        edge = self.pick(DECIMALS)
        if kind == 15:
            return self.draw(pools.decimals)
        if kind >= 12:
            return edge
        return -cents if negative else cents

    def currency(self) -> str:
        """EUR half the time, else any ISO 4217 code."""
        other = self.pick(pools.CURRENCY_CODES)
        return other if self.flag() else "EUR"

    def money(self) -> Money:
        return Money(amount=self.amount(), currency=self.currency())

    def quantity(self) -> Quantity:
        return Quantity(value=self.amount(), unit=self.unit())

    def small_quantity(self) -> Quantity:
        return Quantity(value=self.small_amount(), unit=self.unit())

    def share(self) -> Fraction:
        """A share in (0, 1]: a quorum or a threshold that can be met."""
        return min(Fraction(self.between(1, 100), self.between(1, 100)), Fraction(1))

    def fraction(self) -> Fraction:
        """Any non-negative share, out of range ones included."""
        edge = self.flag(4)
        drawn = Fraction(self.below(1001), self.between(1, 1000))
        at_edge = self.pick(FRACTIONS)
        return at_edge if edge else drawn

    def whole_number(self) -> int:
        """A whole number from 1, now and then the largest 64 bits hold."""
        largest = self.flag(16)
        number = self.between(1, 10**6)
        return 2**63 - 1 if largest else number

    def days(self) -> int:
        """A number of days, up to a year, now and then the largest 64 bits hold."""
        largest = self.flag(16)
        number = self.below(366)
        return 2**63 - 1 if largest else number

    def recurrence(self, bounded: bool | None = None) -> Recurrence:
        return self.pick(RECURRENCES[bounded])

    def extensions(self) -> dict[str, Any]:
        """Mostly none, else extensions from :data:`EXTENSIONS`; now and then any JSON
        Hypothesis draws."""
        at = self.below(4 * len(EXTENSIONS))
        if at < 3 * len(EXTENSIONS):
            return {}
        if at == 4 * len(EXTENSIONS) - 1:
            return self.draw(pools.some_extensions)
        return EXTENSIONS[at - 3 * len(EXTENSIONS)]


def distinct(keys: Sequence[str], taken: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """``keys`` made distinct, none of them in ``taken``: a key seen before gets its
    position as a suffix, so nothing is ever rejected."""
    unique: list[str] = []
    seen = set(taken)
    for at, key in enumerate(keys):
        candidate = key
        if candidate in seen:
            suffix = f"-{at}"
            candidate = key[: 64 - len(suffix)] + suffix
            number = len(seen)
            while candidate in seen:
                candidate = f"n{number}-{at}"
                number += 1
        seen.add(candidate)
        unique.append(candidate)
    return tuple(unique)
