"""Strategies of partners who join and leave: a dossier, the partner, and the dossier once
:meth:`~partnership_model.Dossier.admit` or :meth:`~partnership_model.Dossier.withdraw`
has recorded the change as its last amendment.

Private to :mod:`partnership_model.testing.strategies`, which exports the strategies.
"""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model.convention import Convention, Signature
from partnership_model.dossier import Dossier
from partnership_model.partners import Partner
from partnership_model.roles import Raci
from partnership_model.testing import _values as values
from partnership_model.testing._convention import conventions
from partnership_model.testing._digits import Digits, distinct, members
from partnership_model.testing._dossier import dossiers as _dossiers
from partnership_model.testing._items import ids_of
from partnership_model.testing._partners import contribution_items, partner_items
from partnership_model.testing._partners import partners as _partners

__all__ = ["AmendmentRecord", "admissions", "admitted", "from_now_on", "withdrawals"]

_DAY, _YEAR = dt.timedelta(days=1), dt.timedelta(days=365)


def from_now_on(digits: Digits, dossier: Dossier) -> dt.date:
    """A day after every decision the dossier records, and not before an amendment
    takes effect or is adopted, within a year of the last; any day when it records
    none: the day a change takes effect, later than all that went before."""
    recorded = [amendment.effective_from for amendment in dossier.amendments]
    recorded += [a.adopted_on for a in dossier.amendments if a.adopted_on is not None]
    # A decision taken on the day the change takes effect is taken under the new text.
    recorded += [record.date + _DAY for record in dossier.minutes if record.date < dt.date.max]
    if not recorded:
        return digits.any_day()
    latest = max(recorded)
    return digits.day(latest, latest + _YEAR if latest <= dt.date.max - _YEAR else dt.date.max)


class AmendmentRecord(TypedDict):
    """What :meth:`~partnership_model.Dossier.amend` records beside the new text."""

    id: str
    rationale: str
    summary: str
    adopted_on: dt.date | None
    decision: str | None


def _amendment(digits: Digits, dossier: Dossier, day: dt.date) -> AmendmentRecord:
    """What records the change as an amendment: an id of its own, a rationale, and now
    and then the day and the minutes of the decision that adopted it."""
    taken = frozenset(amendment.id for amendment in dossier.amendments)
    return AmendmentRecord(
        id=distinct([digits.identifier()], taken)[0],
        rationale=digits.name(),
        summary=digits.free_text(),
        adopted_on=day if digits.flag() else None,
        decision=digits.maybe(ids_of(dossier.minutes)),
    )


def _with_partners(
    function: str, given: st.SearchStrategy[Dossier] | None
) -> st.SearchStrategy[Dossier]:
    values.check_strategy(function, "dossiers", given)
    if given is not None:
        return given
    return _dossiers(convention=conventions(partners=_partners(min_size=1, max_size=4)))


def _named(convention: Convention) -> frozenset[str]:
    """The ids of the partners, and every text that could name one (the source of a
    budget line, who handles a conflict step): a newcomer's id is none of them."""
    sources = (line.source for line in convention.funds.budget)
    handlers = (step.handled_by for step in convention.conflict_procedure.steps)
    named = {text for text in (*sources, *handlers) if text is not None}
    return frozenset({*ids_of(convention.partners), *named})


def withdrawals(
    *, dossiers: st.SearchStrategy[Dossier] | None = None
) -> st.SearchStrategy[tuple[Dossier, str, Dossier]]:
    """A dossier drawn by ``dossiers`` (by default, one with one to four partners), the
    id of one of its partners, and the dossier once that partner has withdrawn:
    ``before.withdraw(partner_id, on=day, ...)``, on a day after every decision the
    dossier records, so that the minutes were all taken while the partner was there,
    and not before its amendments.
    The withdrawal is the new dossier's last amendment (``after.amendments[-1]``).

    ``dossiers`` must draw dossiers with at least one partner.
    """
    base = _with_partners("withdrawals", dossiers)

    def draw_withdrawal(draw: st.DrawFn) -> tuple[Dossier, str, Dossier]:
        before = draw(base)
        partners = before.convention.partners
        if not partners:
            raise InvalidArgument(
                "withdrawals(dossiers=...): a dossier drawn has no partner to withdraw"
            )
        digits = Digits(draw, width=16)
        leaving = digits.pick(partners).id
        day = from_now_on(digits, before)
        after = before.withdraw(leaving, on=day, **_amendment(digits, before, day))
        return before, leaving, after

    return values.drawing(draw_withdrawal)


def admissions(
    *, dossiers: st.SearchStrategy[Dossier] | None = None
) -> st.SearchStrategy[tuple[Dossier, Partner, Dossier]]:
    """A dossier drawn by ``dossiers`` (by default, one with one to four partners), a
    partner new to it (whose id no partner has and no text names), and the dossier
    once that partner has joined: ``before.admit(partner, effective_from=day, ...)``,
    on a day after every decision the dossier records and not before its amendments.

    The newcomer now and then carries the project, holds some of the roles, sits on
    some of the bodies, takes a part in some of the tasks, brings contributions
    (covering some of the needs) and signs. The admission is the new dossier's last
    amendment (``after.amendments[-1]``).
    """
    base = _with_partners("admissions", dossiers)

    def draw_admission(draw: st.DrawFn) -> tuple[Dossier, Partner, Dossier]:
        before = draw(base)
        digits = Digits(draw, width=32)
        day = from_now_on(digits, before)
        newcomer, after = admitted(draw, digits, before, day, _amendment(digits, before, day))
        return before, newcomer, after

    return values.drawing(draw_admission)


def admitted(
    draw: st.DrawFn, digits: Digits, before: Dossier, day: dt.date, record: AmendmentRecord
) -> tuple[Partner, Dossier]:
    """A partner new to ``before``, and the dossier once it has joined on ``day``, the
    admission recorded as ``record`` says: what :func:`admissions` draws."""
    convention = before.convention
    drawn = partner_items(None, None).draw(draw, 1, 1)[0]
    joining = distinct([drawn.id], _named(convention))[0]
    newcomer = attrs.evolve(drawn, id=joining)
    tasks = digits.choose(ids_of(convention.tasks), least=0)
    brought = contribution_items(
        (joining,), ids_of(convention.needs), ids_of(convention.tasks)
    ).draw(draw, 0, 2)
    taken = frozenset(ids_of(convention.contributions))
    keys = distinct([contribution.id for contribution in brought], taken)
    signed = digits.flag()
    after = before.admit(
        newcomer,
        effective_from=day,
        carrier=digits.flag(),
        roles=digits.choose(ids_of(convention.roles), least=0),
        bodies=digits.choose(ids_of(convention.governing_bodies), least=0),
        tasks={task: digits.choose(members(Raci), most=2) for task in tasks},
        contributions=tuple(
            attrs.evolve(contribution, id=key)
            for contribution, key in zip(brought, keys, strict=True)
        ),
        signature=Signature(partner=joining, signatory=digits.name(), date=day)
        if signed
        else None,
        **record,
    )
    return newcomer, after
