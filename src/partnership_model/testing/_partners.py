"""Strategies of the values held on their own (money, periods, recurrences) and of the
partners with what they bring.

Private to :mod:`partnership_model.testing.strategies`, which exports the strategies.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model.identifiers import LegalIdentifier
from partnership_model.institutions import InstitutionKind
from partnership_model.money import Money, Quantity
from partnership_model.partners import (
    Affiliation,
    Contribution,
    ContributionKind,
    Partner,
    PartnerKind,
    Representative,
)
from partnership_model.planning import Period, Recurrence
from partnership_model.testing import _values as values
from partnership_model.testing._digits import Digits
from partnership_model.testing._items import Ids, Items, Known, Values, reference, references

__all__ = [
    "affiliations",
    "contributions",
    "legal_identifiers",
    "money",
    "partners",
    "periods",
    "quantities",
    "recurrences",
    "representatives",
]


# --- values held on their own --------------------------------------------------------------------


def money(*, currencies: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Money]:
    """Exact amounts of money, every exponent Money keeps, in ISO 4217 currencies."""
    values.check_strategy("money", "currencies", currencies)
    return st.builds(
        Money,
        amount=values.amounts,
        currency=currencies if currencies is not None else values.currencies,
    )


def quantities() -> st.SearchStrategy[Quantity]:
    """Exact quantities with a unit: hours, m², meals."""
    return st.builds(Quantity, value=values.amounts, unit=values.units)


def legal_identifier(digits: Digits) -> LegalIdentifier:
    """A Belgian enterprise number or a French SIREN with valid check digits, or another
    register's number."""
    scheme = digits.below(3)
    number = digits.below(10**8)
    other = digits.pick(("GB-COH", "NL-KVK"))
    name = digits.name()
    if scheme == 0:
        return LegalIdentifier(
            scheme="BE-BCE_KBO", value=values.belgian_enterprise_number(number % 20_000_000)
        )
    if scheme == 1:
        return LegalIdentifier(scheme="FR-RCS", value=values.siren(number))
    return LegalIdentifier(scheme=other, value=name)


def legal_identifiers() -> st.SearchStrategy[LegalIdentifier]:
    """Belgian enterprise numbers and French SIREN numbers with valid check digits, and
    others."""
    return values.drawing(lambda draw: legal_identifier(Digits(draw, width=8)))


def recurrences(*, bounded: bool | None = None) -> st.SearchStrategy[Recurrence]:
    """RFC 5545 rules dateutil reads: ``bounded=True`` those ending by themselves (COUNT
    or UNTIL), ``False`` those that never end, None either."""
    if bounded is not None and type(bounded) is not bool:
        raise InvalidArgument(f"recurrences(bounded={bounded!r}): expected True, False or None")
    return values.RECURRENCES[bounded]


def periods(
    *,
    min_value: dt.date = values.MIN_DAY,
    max_value: dt.date = values.MAX_DAY,
    open_ended: bool = True,
) -> st.SearchStrategy[Period]:
    """Periods within ``min_value``..``max_value``: a start, then an end at or after it;
    with ``open_ended`` either end may be unknown."""
    bounds: tuple[object, object] = (min_value, max_value)
    if any(type(bound) is not dt.date for bound in bounds):
        raise InvalidArgument(
            f"periods(min_value={min_value!r}, max_value={max_value!r}): expected dates"
        )
    if max_value < min_value:
        raise InvalidArgument(
            f"periods(min_value={min_value}, max_value={max_value}): max_value is before min_value"
        )

    def draw_period(draw: st.DrawFn) -> Period:
        digits = Digits(draw, width=8)
        start, end = digits.span(min_value, max_value)
        if open_ended:
            known_start, known_end = digits.flag(4), digits.flag(4)
            return Period(start=None if known_start else start, end=None if known_end else end)
        return Period(start=start, end=end)

    return values.drawing(draw_period)


# --- partners and what they bring ----------------------------------------------------------------


def representative(digits: Digits) -> Representative:
    return Representative(
        name=digits.name(),
        function=digits.optional_text(),
        email=digits.optional_text(),
        phone=digits.optional_text(),
    )


REPRESENTATIVES = Values(11, representative)


def representatives(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Representative, ...]]:
    """The people who speak for a partner."""
    return REPRESENTATIVES.strategy("representatives", min_size, max_size)


def affiliation(digits: Digits) -> Affiliation:
    return Affiliation(name=digits.name(), kind=digits.member(InstitutionKind))


AFFILIATIONS = Values(3, affiliation)


def affiliations(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Affiliation, ...]]:
    """The institutions, authorities or hierarchies a partner answers to."""
    return AFFILIATIONS.strategy("affiliations", min_size, max_size)


def partner_items(
    kinds: st.SearchStrategy[PartnerKind] | None,
    answers_to: st.SearchStrategy[tuple[Affiliation, ...]] | None,
) -> Items[Partner]:
    def one(digits: Digits, key: str) -> Partner:
        return Partner(
            id=key,
            name=digits.name(),
            kind=digits.member(PartnerKind) if kinds is None else digits.draw(kinds),
            legal_identifier=digits.optional(legal_identifier, digits),
            address=digits.optional_text(),
            representatives=digits.some(representative, 2),
            answers_to=digits.some(affiliation, 2)
            if answers_to is None
            else digits.draw(answers_to),
            extensions=digits.extensions(),
        )

    return Items(47, one)


def partners(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    kinds: st.SearchStrategy[PartnerKind] | None = None,
    answers_to: st.SearchStrategy[tuple[Affiliation, ...]] | None = None,
) -> st.SearchStrategy[tuple[Partner, ...]]:
    """Partners with distinct ids, their legal identifiers, representatives and the
    institutions they answer to."""
    values.check_strategy("partners", "kinds", kinds)
    values.check_strategy("partners", "answers_to", answers_to)
    return partner_items(kinds, answers_to).strategy("partners", min_size, max_size)


def contribution_items(partners: Known, needs: Known, tasks: Known) -> Items[Contribution]:
    def one(digits: Digits, key: str) -> Contribution:
        return Contribution(
            id=key,
            partner=reference(digits, partners),
            kind=digits.member(ContributionKind),
            description=digits.free_text(),
            amount=digits.optional(digits.money),
            quantity=digits.optional(digits.quantity),
            covers=references(digits, needs),
            serves=references(digits, tasks),
            extensions=digits.extensions(),
        )

    return Items(34, one)


def contributions(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    partner_ids: Ids = None,
    need_ids: Ids = None,
    task_ids: Ids = None,
) -> st.SearchStrategy[tuple[Contribution, ...]]:
    """What partners bring (material, service, money, people, premises, expertise), each
    from one of ``partner_ids``, covering some of ``need_ids`` and serving ``task_ids``."""
    return contribution_items(
        values.check_ids("contributions", "partner_ids", partner_ids),
        values.check_ids("contributions", "need_ids", need_ids),
        values.check_ids("contributions", "task_ids", task_ids),
    ).strategy("contributions", min_size, max_size)
