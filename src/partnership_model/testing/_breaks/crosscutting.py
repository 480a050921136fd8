"""Breaks of the rules that hold throughout: communication, the written record,
flexibility and the network."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from partnership_model.amendments import Amendment
from partnership_model.communication import CommunicationPlan
from partnership_model.convention import ClauseKind, Form
from partnership_model.dossier import Dossier
from partnership_model.evaluation import EvaluationPlan
from partnership_model.funds import FundManagement
from partnership_model.minutes import Ballot, Choice, DecisionRecord, Outcome
from partnership_model.network import Directory
from partnership_model.planning import Timeline
from partnership_model.roles import Assignment
from partnership_model.tally import Tally, eligible_voters, rule_in_force
from partnership_model.testing._breaks._base import (
    EVERYTHING,
    NOTHING,
    Registry,
    Situation,
    blanked,
    convention_changed,
    fresh,
    period_of,
    pick,
    recounted,
)
from partnership_model.validation import Context

__all__: list[str] = []

breaks = Registry(__name__)
"""The breaks of the rules of :mod:`partnership_model._rules.crosscutting`, in drawing order."""


def _amendment(dossier: Dossier, key: str, day: dt.date, decision: str | None) -> Amendment:
    return Amendment(
        id=key,
        effective_from=day,
        rationale="Réajustement",
        adopted_on=day,
        decision=decision,
        replaces=dossier.convention,
    )


def _decided(dossier: Dossier, choice: Choice) -> tuple[Dossier, str]:
    """The dossier with one more decision, a copy of its first, where every partner
    entitled to vote came and voted ``choice``: adopted for, rejected against, whatever
    the rule, and recorded as such; and that decision's id."""
    record = dossier.minutes[0]
    text = dossier.in_force(record.date)
    governing = rule_in_force(record, text)[0]
    voters = () if governing is None else eligible_voters(governing, text, record)
    decided = attrs.evolve(
        record,
        id=fresh((m.id for m in dossier.minutes), "decision"),
        present=voters,
        represented=(),
        ballots=tuple(Ballot(partner=voter, choice=choice) for voter in voters),
        outcome=Outcome.ADOPTED if choice is Choice.FOR else Outcome.REJECTED,
    )
    return attrs.evolve(dossier, minutes=(*dossier.minutes, decided)), decided.id


def _adopted(dossier: Dossier) -> tuple[Dossier, str]:
    """The dossier and the id of a decision it adopted, one added when it has none."""
    for record in dossier.minutes:
        if record.outcome is Outcome.ADOPTED:
            return dossier, record.id
    return _decided(dossier, Choice.FOR)


def _latest(dossier: Dossier) -> dt.date:
    days = [a.effective_from for a in dossier.amendments]
    return max(days, default=period_of(dossier)[0])


@breaks("communication.audience-missing", rewrites={"communication"})
def _audience_forgotten(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    actions = dossier.convention.communication.actions
    forgotten = draw(st.sampled_from([a.audience for a in actions]))
    kept = tuple(a for a in actions if a.audience is not forgotten)
    return convention_changed(dossier, communication=CommunicationPlan(actions=kept)), NOTHING


@breaks("communication.audience-unscheduled", rewrites={"communication"})
def _audience_with_no_day(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    actions = dossier.convention.communication.actions
    unscheduled = draw(st.sampled_from([a.audience for a in actions]))
    kept = tuple(
        attrs.evolve(a, frequency=None, date=None) if a.audience is unscheduled else a
        for a in actions
    )
    return convention_changed(dossier, communication=CommunicationPlan(actions=kept)), NOTHING


@breaks("tracing.convention.no-name", rewrites={"name"})
def _nameless(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    return convention_changed(
        dossier, name=draw(st.sampled_from(("", " ", "\t\n", "\u00a0")))
    ), NOTHING


@breaks("tracing.partners.unnamed", rewrites={"partners"})
def _unnamed_partner(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return convention_changed(
        dossier, partners=blanked(draw, dossier.convention.partners, "name")
    ), NOTHING


@breaks("tracing.convention.few-partners", rewrites=EVERYTHING)
def _one_partner(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    # One partner left: every reference to the others now names it, and the convention
    # says what the facts now say, a collaboration, owned by that partner, who is also
    # the only one to contribute: the collaboration profile asks for another contributor.
    # Its one ballot may reject a decision an amendment rests on: the minutes then say
    # so, and the amendment rests on a decision not adopted.
    merged = _merged(dossier, dossier.convention.partners[0].id)
    return merged, frozenset({"form.collaboration.no-contributor"}) | recounted(merged)


def _merged(dossier: Dossier, alone: str) -> Dossier:
    """The dossier with one partner, ``alone``, in place of all of them."""
    convention = dossier.convention

    def one(ids: tuple[str, ...]) -> tuple[str, ...]:
        return (alone,) if ids else ()

    def same(identifier: str | None) -> str | None:
        return None if identifier is None else alone

    tasks = tuple(
        attrs.evolve(
            task,
            assignments=tuple(
                dict.fromkeys(Assignment(partner=alone, raci=a.raci) for a in task.assignments)
            ),
        )
        for task in convention.tasks
    )
    merged = attrs.evolve(
        convention,
        form=Form.COLLABORATION,
        partners=convention.partners[:1],
        carriers=(alone,),
        owner=alone,
        roles=tuple(attrs.evolve(r, holders=one(r.holders)) for r in convention.roles),
        tasks=tasks,
        contributions=tuple(
            attrs.evolve(c, partner=same(c.partner)) for c in convention.contributions
        ),
        governing_bodies=tuple(
            attrs.evolve(b, members=one(b.members), chair=same(b.chair))
            for b in convention.governing_bodies
        ),
        decision_rules=tuple(
            attrs.evolve(
                r,
                voters=one(r.voters),
                delegate=same(r.delegate),
                minimum_present=None if r.minimum_present is None else min(r.minimum_present, 1),
            )
            for r in convention.decision_rules
        ),
        institutional_links=tuple(
            attrs.evolve(link, partner=same(link.partner))
            for link in convention.institutional_links
        ),
        timeline=Timeline(
            steps=tuple(attrs.evolve(s, owner=same(s.owner)) for s in convention.timeline.steps)
        ),
        evaluation=EvaluationPlan(
            moments=tuple(
                attrs.evolve(m, participants=one(m.participants))
                for m in convention.evaluation.moments
            )
        ),
        communication=CommunicationPlan(
            actions=tuple(
                attrs.evolve(a, owner=same(a.owner)) for a in convention.communication.actions
            )
        ),
        funds=attrs.evolve(convention.funds, holder=same(convention.funds.holder)),
        signatures=tuple(s for s in convention.signatures if s.partner == alone),
    )
    minutes = tuple(
        attrs.evolve(
            m,
            present=one(m.present),
            ballots=tuple(attrs.evolve(b, partner=alone) for b in m.ballots[:1]),
        )
        for m in dossier.minutes
    )
    merged_dossier = attrs.evolve(dossier, convention=merged, minutes=minutes)
    # The one ballot left may now decide otherwise than the minutes said: they say what
    # the tally now finds, so that only few-partners is broken.
    return attrs.evolve(
        merged_dossier,
        minutes=tuple(
            _agreeing(counted.record, counted.tally)
            for counted in Context(merged, merged_dossier, None).tallies
        ),
    )


def _agreeing(record: DecisionRecord, found: Tally | None) -> DecisionRecord:
    """``record`` with the outcome its tally finds, when it declares one."""
    if record.outcome is None or found is None or found.agrees_with(record.outcome):
        return record
    return attrs.evolve(record, outcome=Outcome.ADOPTED if found.adopted else Outcome.REJECTED)


@breaks("tracing.funds.missing", rewrites={"funds"})
def _no_funds(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    reporting = dossier.convention.funds.reporting
    return convention_changed(dossier, funds=FundManagement(reporting=reporting)), NOTHING


@breaks("tracing.signatures.missing", rewrites={"signatures"})
def _unsigned(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    signatures = dossier.convention.signatures
    at = pick(draw, signatures)
    # Without a signature there is no dated one either, which a consortium requires.
    return (
        convention_changed(dossier, signatures=(*signatures[:at], *signatures[at + 1 :])),
        frozenset({"consortium.signatures.incomplete"}),
    )


@breaks("tracing.minutes.missing", rewrites={"minutes", "amendments"})
def _no_minutes(draw: st.DrawFn, dossier: Dossier, _: Situation) -> tuple[Dossier, frozenset[str]]:
    # The amendments go with the minutes: each was adopted by a decision they recorded.
    return attrs.evolve(dossier, minutes=(), amendments=()), NOTHING


@breaks("flexibility.amendments.out-of-order", adds={"amendments", "minutes"}, reads={"period"})
def _amendments_out_of_order(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    latest = _latest(dossier)
    taken = [a.id for a in dossier.amendments]
    later = fresh(taken, "amendment")
    earlier = fresh([*taken, later], "amendment")
    dossier, decision = _adopted(dossier)
    gap = dt.timedelta(days=draw(st.integers(1, 30)))
    added = (
        _amendment(dossier, later, latest + gap + dt.timedelta(days=1), decision),
        _amendment(dossier, earlier, latest + dt.timedelta(days=1), decision),
    )
    return attrs.evolve(dossier, amendments=(*dossier.amendments, *added)), NOTHING


@breaks("flexibility.amendments.no-decision", adds={"amendments"}, reads={"period"})
def _amendment_without_decision(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    key = fresh((a.id for a in dossier.amendments), "amendment")
    day = _latest(dossier) + dt.timedelta(days=draw(st.integers(0, 30)))
    added = _amendment(dossier, key, day, None)
    return attrs.evolve(dossier, amendments=(*dossier.amendments, added)), NOTHING


@breaks(
    "flexibility.amendments.effective-before-adoption",
    adds={"amendments", "minutes"},
    reads={"period"},
)
def _amendment_in_force_before_adopted(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    key = fresh((a.id for a in dossier.amendments), "amendment")
    day = _latest(dossier) + dt.timedelta(days=draw(st.integers(0, 30)))
    dossier, decision = _adopted(dossier)
    added = attrs.evolve(
        _amendment(dossier, key, day, decision),
        adopted_on=day + dt.timedelta(days=draw(st.integers(1, 30))),
    )
    return attrs.evolve(dossier, amendments=(*dossier.amendments, added)), NOTHING


@breaks("flexibility.amendments.not-adopted", adds={"amendments", "minutes"}, reads={"period"})
def _amendment_on_a_rejected_decision(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    dossier, rejected = _decided(dossier, Choice.AGAINST)
    record = dossier.minutes[-1]
    key = fresh((a.id for a in dossier.amendments), "amendment")
    day = max(_latest(dossier), record.date) + dt.timedelta(days=draw(st.integers(0, 30)))
    added = attrs.evolve(_amendment(dossier, key, day, rejected), adopted_on=None)
    return attrs.evolve(dossier, amendments=(*dossier.amendments, added)), NOTHING


@breaks("flexibility.amendment-procedure.missing", rewrites={"clauses"})
def _no_amendment_procedure(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    clauses = dossier.convention.clauses
    kept = tuple(c for c in clauses if c.kind is not ClauseKind.AMENDMENT_PROCEDURE)
    return convention_changed(dossier, clauses=kept), NOTHING


@breaks("network.directory.empty", rewrites={"directory"})
def _no_directory(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    return attrs.evolve(dossier, directory=Directory()), NOTHING
