"""Strategies of the mechanics of a vote: weights, vetoes, proxies and the written
procedure of a decision rule, and the proxies of a meeting's minutes.

Private to :mod:`partnership_model.testing.strategies`, which exports the strategies.
Each part is decoded from the decision rule's or the record's own block of bytes, so that
a rule stays one choice for Hypothesis; zero bytes give the simplest part.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model.decision_making import (
    DecisionRule,
    ProxyRule,
    Topic,
    Veto,
    VetoHolders,
    Weight,
    WrittenProcedure,
)
from partnership_model.minutes import Ballot, Choice, Proxy
from partnership_model.tally import TallyOutcome, count_votes
from partnership_model.testing import _values as values
from partnership_model.testing._digits import Digits, members
from partnership_model.testing._items import Ids, Known, Values, references

__all__ = [
    "ballots_reaching",
    "proxies",
    "proxy_rules",
    "vetoes",
    "weights",
    "written_procedures",
]

T = TypeVar("T")


def _partner(digits: Digits, partners: Known) -> str:
    return digits.identifier() if not partners else digits.pick(partners)


def weight(digits: Digits, partners: Known) -> Weight:
    return Weight(partner=_partner(digits, partners), votes=digits.between(1, 5))


def distinct_weights(digits: Digits, partners: Known, most: int) -> tuple[Weight, ...]:
    """Weights of distinct partners: a partner carries one weight; none without partners."""
    drawn = digits.some(lambda reader: weight(reader, partners), most)
    if partners == ():
        return ()  # read all the same: what follows is drawn from the same bytes
    firsts: dict[str, Weight] = {}
    for item in drawn:
        firsts.setdefault(item.partner, item)
    return tuple(firsts.values())


def veto(digits: Digits, partners: Known) -> Veto:
    holders = digits.member(VetoHolders)
    return Veto(
        holders=holders,
        partners=references(digits, partners, most=2) if holders is VetoHolders.LISTED else (),
        topics=digits.choose(members(Topic), least=0, most=2),
        grounds_required=not digits.flag(4),
        extensions=digits.extensions(),
    )


def proxy_rule(digits: Digits) -> ProxyRule:
    return ProxyRule(
        most_per_holder=digits.between(1, 3) if digits.flag() else None,
        holder_must_be_present=not digits.flag(4),
        own_vote_overrides=not digits.flag(4),
        extensions=digits.extensions(),
    )


def written_procedure(digits: Digits) -> WrittenProcedure:
    return WrittenProcedure(
        days=digits.between(1, 30),
        unanimity=not digits.flag(),
        extensions=digits.extensions(),
    )


def proxy(digits: Digits, partners: Known) -> Proxy:
    principal = _partner(digits, partners)
    others = None if partners is None else tuple(p for p in partners if p != principal)
    holder = _partner(digits, others)
    if holder == principal:  # two drawn ids may meet, or nobody else is known
        holder = f"{principal[:58]}-proxy"
    return Proxy(principal=principal, holder=holder)


def weight_values(partners: Known) -> Values[Weight]:
    return Values(2, lambda digits: weight(digits, partners))


def veto_values(partners: Known) -> Values[Veto]:
    return Values(6, lambda digits: veto(digits, partners))


def proxy_values(partners: Known) -> Values[Proxy]:
    return Values(2, lambda digits: proxy(digits, partners))


PROXY_RULES = Values(4, proxy_rule)
WRITTEN_PROCEDURES = Values(3, written_procedure)


def weights(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[Weight, ...]]:
    """Votes carried by ``partner_ids``, from one to five each."""
    known = values.check_ids("weights", "partner_ids", partner_ids)
    return weight_values(known).strategy("weights", min_size, max_size)


def vetoes(*, partner_ids: Ids = None) -> st.SearchStrategy[Veto]:
    """Vetoes held by every partner, the partner concerned, or some of ``partner_ids``,
    on some topics, with or without grounds required."""
    known = values.check_ids("vetoes", "partner_ids", partner_ids)
    return veto_values(known).strategy("vetoes", 1, 1).map(_only)


def proxy_rules() -> st.SearchStrategy[ProxyRule]:
    """How proxies count: a limit per holder or none, the holder present or not, the
    principal's own vote first or not."""
    return PROXY_RULES.strategy("proxy_rules", 1, 1).map(_only)


def written_procedures() -> st.SearchStrategy[WrittenProcedure]:
    """Decisions without a meeting: one to thirty days to answer, unanimity or not."""
    return WRITTEN_PROCEDURES.strategy("written_procedures", 1, 1).map(_only)


def proxies(
    *, min_size: int = 0, max_size: int | None = None, partner_ids: Ids = None
) -> st.SearchStrategy[tuple[Proxy, ...]]:
    """Partners represented at a meeting by another of ``partner_ids``."""
    known = values.check_ids("proxies", "partner_ids", partner_ids)
    return proxy_values(known).strategy("proxies", min_size, max_size)


def _only(items: tuple[T, ...]) -> T:
    return items[0]


# --- ballots that reach an outcome ---------------------------------------------------------------

VETO_GROUNDS = "Cette dépense engage notre budget propre sans accord préalable."
"""The grounds a drawn veto gives."""

_Shape = tuple[int, int, int, bool]
"""How many vote for, against and abstaining, and whether the first against vetoes."""


def _cast(order: Sequence[str], shape: _Shape) -> tuple[Ballot, ...]:
    votes_for, votes_against, abstaining, vetoes = shape
    choices = (
        [Choice.FOR] * votes_for + [Choice.AGAINST] * votes_against + [Choice.ABSTAIN] * abstaining
    )
    return tuple(
        Ballot(
            partner=partner,
            choice=choice,
            veto=vetoes and at == votes_for,
            grounds=VETO_GROUNDS if vetoes and at == votes_for else "",
        )
        for at, (partner, choice) in enumerate(zip(order, choices, strict=False))
    )


def _shapes(
    rule: DecisionRule, order: Sequence[str], outcome: TallyOutcome | None, topic: Topic | None
) -> list[_Shape]:
    """Every way the partners, in ``order``, may vote that gives ``outcome``."""
    count = len(order)
    found = []
    for voting in range(count + 1):
        for votes_for in range(voting + 1):
            for votes_against in range(voting - votes_for + 1):
                for vetoes in (
                    (False, True) if rule.veto is not None and votes_against else (False,)
                ):
                    shape = (votes_for, votes_against, voting - votes_for - votes_against, vetoes)
                    cast = _cast(order, shape)
                    reached = count_votes(
                        rule,
                        eligible=order,
                        present=[ballot.partner for ballot in cast],
                        ballots=cast,
                        topic=topic,
                        concerned=order,
                    ).outcome
                    if outcome is None or reached is outcome:
                        found.append(shape)
    return found


MOST_VOTERS = 12
"""The most partners a vote aiming at an outcome is drawn for: every way they may vote is
tried, which grows with the cube of their number."""


def ballots_reaching(
    rule: DecisionRule,
    outcome: TallyOutcome | None,
    partner_ids: Sequence[str],
    topic: Topic | None,
) -> st.SearchStrategy[tuple[Ballot, ...]]:
    """Ballots of some of ``partner_ids`` that, with every voter present, give ``outcome``
    under ``rule``; drawn in any order, from any way of reaching it."""
    if type(rule) is not DecisionRule:
        raise InvalidArgument(f"ballots(rule={rule!r}): expected a DecisionRule")
    call = f"ballots({rule.id!r}, outcome={outcome!r})"
    if outcome is not None and type(outcome) is not TallyOutcome:
        raise InvalidArgument(f"{call}: expected a TallyOutcome")
    if not partner_ids or len(partner_ids) > MOST_VOTERS:
        raise InvalidArgument(f"{call}: give partner_ids, one to {MOST_VOTERS} eligible partners")
    shapes = _shapes(rule, partner_ids, outcome, topic)
    if not shapes:
        raise InvalidArgument(
            f"{call}: no way of voting reaches it with {len(partner_ids)} partners"
        )

    @st.composite
    def drawn(draw: st.DrawFn) -> tuple[Ballot, ...]:
        order = draw(st.permutations(partner_ids))
        # With weights the order decides who carries what: the shapes are those of this order.
        options = _shapes(rule, order, outcome, topic) if rule.weights else shapes
        shape = draw(st.sampled_from(options or shapes))
        cast = _cast(order if options else partner_ids, shape)
        return tuple(draw(st.permutations(cast)))

    return drawn()
