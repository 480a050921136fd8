"""Values drawn by Hypothesis itself, the word lists, and the checks of arguments.

Private to :mod:`partnership_model.testing.strategies`. The strategies of values held on
their own (:func:`~.strategies.money`, :func:`~.strategies.quantities`,
:func:`~.strategies.recurrences`) draw from these, and the items of a convention reach
for them now and then (:mod:`._digits`) so that any Unicode, any id and any decimal still
turn up. Every value is valid by construction (no ``.filter`` that could reject much):
ids follow :data:`~partnership_model.serialization.ID_PATTERN`, texts are any Unicode but lone
surrogates (no UTF-8 document can hold them), decimals keep within 100 characters and
money within its bounds, integers within 64 bits.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model.money import ISO_4217_CURRENCIES
from partnership_model.planning import Recurrence
from partnership_model.serialization import ID_PATTERN

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

UNITS = ("personnes", "familles", "heures", "repas", "m²", "%", "participants", "kg")

units: st.SearchStrategy[str] = st.sampled_from(UNITS)

MIN_DAY = dt.date(1900, 1, 1)
MAX_DAY = dt.date(2199, 12, 31)
"""The days strategies draw, leaving room after them for any drawn duration."""


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

CURRENCY_CODES = tuple(sorted(ISO_4217_CURRENCIES))

currencies: st.SearchStrategy[str] = st.one_of(st.just("EUR"), st.sampled_from(CURRENCY_CODES))

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

keys: st.SearchStrategy[str] = st.text(st.characters(exclude_categories=["Cs"]), max_size=6)
"""Keys of JSON objects: any Unicode but lone surrogates, as in :data:`any_text`."""

INT64_EDGES = (2**63 - 1, -(2**63), 2**63 - 2, -(2**63) + 1, 2**53 + 1, -(2**53) - 1, 0)

json_values: st.SearchStrategy[Any] = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        any_text,
        st.integers(-(2**63), 2**63 - 1),
        st.sampled_from(INT64_EDGES),
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
    max_leaves=8,
)
"""Any JSON the library keeps exactly: no floats, integers within 64 bits."""

some_extensions: st.SearchStrategy[dict[str, Any]] = st.dictionaries(
    keys, json_values, min_size=1, max_size=3
)
"""Extensions that are there: any JSON without floats."""

extensions: st.SearchStrategy[dict[str, Any]] = st.one_of(st.just({}), some_extensions)
"""Extensions as applications write them: none, or any JSON without floats."""


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


def drawing(function: Callable[[st.DrawFn], T]) -> st.SearchStrategy[T]:
    """The strategy whose values ``function`` draws."""
    return st.composite(function)()


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
