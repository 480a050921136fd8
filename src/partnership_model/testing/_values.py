"""The small values every strategy is made of: ids, texts, dates, numbers, JSON.

Private: the public strategies in :mod:`partnership_model.testing.strategies` are built
from these. Every value is valid by construction (no ``.filter`` that could reject much):
ids follow :data:`~partnership_model._fields.ID_PATTERN`, texts are any Unicode but lone
surrogates (no UTF-8 document can hold them), decimals keep within 100 characters and
money within its bounds, integers within 64 bits.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model._fields import ID_PATTERN
from partnership_model.money import ISO_4217_CURRENCIES, Quantity
from partnership_model.planning import Recurrence

T = TypeVar("T")

ID_START = "abcdefghijklmnopqrstuvwxyz0123456789"
ID_REST = ID_START + "ABCXYZ_.:-"

ID_WORDS = ("pont", "cpas", "entraide", "task-1", "step.2", "obj:3", "A_1", "0")

ids: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(ID_WORDS),
    st.builds(operator.add, st.sampled_from(ID_START), st.text(ID_REST, max_size=10)),
    # The longest: 64 characters, drawn as two so that it costs no more than a short one.
    st.builds(
        lambda first, rest: first + rest * 63, st.sampled_from(ID_START), st.sampled_from(ID_REST)
    ),
)
"""Valid ids: a letter or digit, then letters, digits and ``_.:-``; the longest too."""

WORDS = (
    "Le Pont ASBL",
    "Entraide Laeken",
    "Maison de quartier",
    "Buurthuis Noord",
    "CPAS de Bruxelles",
    "Community kitchen",
    "Paniers solidaires",
    "Ateliers cuisine",
    "Huiswerkklas",
    "Épicerie sociale",
    "Soutien scolaire",
    "Jeunes en mouvement",
)
"""Names such as associations and their projects use, in French, English and Dutch."""

any_text: st.SearchStrategy[str] = st.text(st.characters(exclude_categories=["Cs"]), max_size=8)
"""Any Unicode but lone surrogates: accents, emoji, NUL, markup characters, newlines."""

words: st.SearchStrategy[str] = st.sampled_from(WORDS)

names: st.SearchStrategy[str] = st.one_of(
    words, st.builds(lambda word, rest: f"{word} {rest}", words, any_text)
)
"""Non-blank text: a plausible name, sometimes followed by any Unicode."""

free_texts: st.SearchStrategy[str] = st.one_of(names, any_text)
"""Any text, blank included."""

units: st.SearchStrategy[str] = st.sampled_from(
    ("personnes", "familles", "heures", "repas", "m²", "%", "participants", "kg")
)

MIN_DAY = dt.date(1900, 1, 1)
MAX_DAY = dt.date(2199, 12, 31)
"""The days strategies draw, leaving room after them for any drawn duration."""

days: st.SearchStrategy[dt.date] = st.dates(MIN_DAY, MAX_DAY)


def optional(inner: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | inner


def _decimal(sign: int, digits: list[int], exponent: int) -> Decimal:
    return Decimal((sign, tuple(digits), exponent))


decimals: st.SearchStrategy[Decimal] = st.one_of(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=2, min_value=-(10**12), max_value=10**12
    ),
    # Every exponent and trailing zeros: Decimal("1E+3"), Decimal("0.0100"), Decimal("-0E-7").
    st.builds(
        _decimal,
        st.integers(0, 1),
        st.lists(st.integers(0, 9), min_size=1, max_size=30),
        st.integers(-40, 40),
    ),
)
"""Finite decimals, signed, with any exponent, each within 100 characters as a string."""

small_amounts: st.SearchStrategy[Decimal] = st.decimals(
    allow_nan=False, allow_infinity=False, places=2, min_value=0, max_value=10**9
)
"""Amounts a convention budgets, exact to the cent: sums of a few stay far from the bounds."""

amounts: st.SearchStrategy[Decimal] = st.one_of(
    small_amounts,
    # Every exponent Money takes, trailing zeros included: below 10^30, no finer than 10^-30.
    st.builds(
        _decimal,
        st.just(0),
        st.lists(st.integers(0, 9), min_size=1, max_size=30),
        st.integers(-30, 0),
    ),
)
"""Non-negative amounts within the bounds Money keeps."""

positive_shares: st.SearchStrategy[Fraction] = st.builds(
    Fraction, st.integers(1, 100), st.integers(1, 100)
).map(lambda share: min(share, Fraction(1)))
"""Shares in (0, 1]: quorums and thresholds that can be met."""

fractions: st.SearchStrategy[Fraction] = st.fractions(min_value=0, max_denominator=1000).map(
    lambda share: share if share.numerator < 10**30 else Fraction(1)
)
"""Any non-negative share, out of range ones (3/2) included."""

whole_numbers: st.SearchStrategy[int] = st.integers(1, 10**6) | st.just(2**63 - 1)

currencies: st.SearchStrategy[str] = st.one_of(
    st.just("EUR"), st.sampled_from(sorted(ISO_4217_CURRENCIES))
)

BOUNDED_RULES = (
    "FREQ=DAILY;COUNT=10",
    "FREQ=WEEKLY;COUNT=12;BYDAY=WE",
    "FREQ=MONTHLY;COUNT=6;BYDAY=1TU",
    "FREQ=YEARLY;UNTIL=20301231",
)
UNBOUNDED_RULES = (
    "FREQ=MONTHLY;BYDAY=1TU",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
    "FREQ=MONTHLY;BYMONTHDAY=15",
    "FREQ=YEARLY",
)


def _recurrences(rules: tuple[str, ...]) -> st.SearchStrategy[Recurrence]:
    return st.builds(Recurrence, rule=st.sampled_from(rules))


RECURRENCES: dict[bool | None, st.SearchStrategy[Recurrence]] = {
    True: _recurrences(BOUNDED_RULES),
    False: _recurrences(UNBOUNDED_RULES),
    None: _recurrences(BOUNDED_RULES + UNBOUNDED_RULES),
}
"""RFC 5545 rules dateutil reads: bounded (COUNT or UNTIL), never ending, or either."""

small_quantities: st.SearchStrategy[Quantity] = st.builds(
    Quantity, value=small_amounts, unit=units
)
"""Quantities a convention counts: exact to the hundredth, far from the bounds."""

INT64_EDGES = (2**63 - 1, -(2**63), 2**63 - 2, -(2**63) + 1, 2**53 + 1, -(2**53) - 1, 0)

json_values: st.SearchStrategy[Any] = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.text(max_size=8),
        st.integers(-(2**63), 2**63 - 1),
        st.sampled_from(INT64_EDGES),
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
"""Any JSON the library keeps exactly: no floats, integers within 64 bits."""

_some_extensions = st.dictionaries(st.text(max_size=8), json_values, min_size=1, max_size=3)


@st.composite
def _extensions(draw: st.DrawFn) -> dict[str, Any]:
    # One object in four carries extensions: enough to exercise them everywhere, while
    # a convention of a hundred objects stays quick to draw.
    return draw(_some_extensions) if draw(st.integers(0, 3)) == 0 else {}


extensions: st.SearchStrategy[dict[str, Any]] = _extensions()
"""Extensions as applications write them: mostly none, else any JSON without floats."""


def _whole(value: object) -> bool:
    return type(value) is int


def check_sizes(function: str, min_size: int, max_size: int | None) -> None:
    """Refuse sizes that cannot be met, naming the strategy and the values."""
    if not _whole(min_size) or min_size < 0:
        raise InvalidArgument(f"{function}(min_size={min_size!r}): expected an integer >= 0")
    if max_size is None:
        return
    if not _whole(max_size) or max_size < min_size:
        raise InvalidArgument(
            f"{function}(min_size={min_size!r}, max_size={max_size!r}): "
            "expected an integer max_size >= min_size, or None"
        )


def check_strategy(function: str, name: str, value: object) -> None:
    if value is not None and not isinstance(value, st.SearchStrategy):
        raise InvalidArgument(f"{function}({name}={value!r}): expected a strategy, or None")


def check_ids(function: str, name: str, value: Sequence[str] | None) -> tuple[str, ...] | None:
    """Refuse references that are not a sequence of strings; an empty one means none."""
    if value is None:
        return None
    if isinstance(value, str) or not all(isinstance(item, str) for item in value):
        raise InvalidArgument(f"{function}({name}={value!r}): expected a sequence of ids")
    malformed = [item for item in value if not ID_PATTERN.fullmatch(item)]
    if malformed:
        raise InvalidArgument(f"{function}({name}=...): {malformed[0]!r} is not a valid id")
    if len(set(value)) != len(value):
        raise InvalidArgument(f"{function}({name}={value!r}): an id is given twice")
    return tuple(value)


def references(
    known: tuple[str, ...] | None, *, min_size: int = 0, max_size: int = 3
) -> st.SearchStrategy[tuple[str, ...]]:
    """Distinct ids among ``known`` (drawn ids when ``known`` is None)."""
    if known is None:
        return st.lists(ids, min_size=min_size, max_size=max_size, unique=True).map(tuple)
    if not known:
        return st.just(())
    return st.lists(
        st.sampled_from(known),
        min_size=min(min_size, len(known)),
        max_size=min(max_size, len(known)),
        unique=True,
    ).map(tuple)


def reference(known: tuple[str, ...] | None) -> st.SearchStrategy[str | None]:
    """One id among ``known``, or None (always None when nothing is known)."""
    if known is None:
        return optional(ids)
    if not known:
        return st.none()
    return optional(st.sampled_from(known))


def drawing(function: Callable[[st.DrawFn], T]) -> st.SearchStrategy[T]:
    """The strategy whose values ``function`` draws."""
    return st.composite(function)()


def distinct_ids(
    draw: st.DrawFn, count: int, taken: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """``count`` distinct ids, none of them in ``taken``: made unique without rejection."""
    drawn = draw(st.lists(ids, min_size=count, max_size=count))
    unique: list[str] = []
    seen = set(taken)
    for at, identifier in enumerate(drawn):
        candidate = identifier
        if candidate in seen:
            suffix = f"-{at}"
            candidate = identifier[: 64 - len(suffix)] + suffix
            number = len(seen)
            while candidate in seen:
                candidate = f"n{number}-{at}"
                number += 1
        seen.add(candidate)
        unique.append(candidate)
    return tuple(unique)


def sized(draw: st.DrawFn, min_size: int, max_size: int | None, usual: int = 3) -> int:
    """How many items to draw: at least ``min_size``, at most ``max_size`` (or ``usual``
    more than ``min_size`` when unbounded), small ones most often."""
    return draw(st.integers(min_size, sized_bound(min_size, max_size, usual)))


def within(draw: st.DrawFn, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """Two ordered days within ``start``..``end``."""
    length = (end - start).days
    first = draw(st.integers(0, length))
    last = draw(st.integers(first, length))
    return start + dt.timedelta(days=first), start + dt.timedelta(days=last)


def day_within(draw: st.DrawFn, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=draw(st.integers(0, (end - start).days)))


def belgian_enterprise_number(number: int) -> str:
    """A valid number written 0xxx.xxx.xxx: eight digits and their mod-97 check digits."""
    digits = f"{number:08d}{97 - number % 97:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def siren(number: int) -> str:
    """A valid SIREN: eight digits and their Luhn check digit."""
    base = f"{number:08d}"
    total = 0
    for position, char in enumerate(reversed(base)):
        digit = int(char) * (1 if position % 2 else 2)
        total += digit - 9 if digit > 9 else digit
    return f"{base}{(10 - total % 10) % 10}"


def sized_bound(min_size: int, max_size: int | None, usual: int = 3) -> int:
    """The most items to draw: ``max_size``, or ``usual`` more than ``min_size``."""
    return min_size + usual if max_size is None else max_size


def choose(draw: st.DrawFn, items: Sequence[T], least: int = 1, most: int = 2) -> tuple[T, ...]:
    """Between ``least`` and ``most`` distinct items, in drawn order: a partial shuffle,
    so that nothing drawn is ever rejected."""
    count = len(items)
    if not count:
        return ()
    size = draw(st.integers(min(least, count), min(most, count)))
    pool = list(items)
    for at in range(size):
        swap = draw(st.integers(at, count - 1))
        pool[at], pool[swap] = pool[swap], pool[at]
    return tuple(pool[:size])


def pick(draw: st.DrawFn, items: Sequence[T]) -> T:
    """One of ``items``, which is not empty."""
    return items[draw(st.integers(0, len(items) - 1))]


def maybe(draw: st.DrawFn, items: Sequence[T]) -> T | None:
    """One of ``items``, or None (always None when there is none)."""
    if not items:
        return None
    at = draw(st.integers(-1, len(items) - 1))
    return None if at < 0 else items[at]
