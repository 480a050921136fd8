"""Breaks of the rules of the minutes: each adds a decision, on the last day of the period
(when the current text is in force), that the tally or the DECIDE model contradicts."""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from partnership_model.decision_making import DecisionMode, DecisionRule, GoverningBody, Topic
from partnership_model.dossier import Dossier
from partnership_model.minutes import (
    Ballot,
    Choice,
    DecideNote,
    DecideStep,
    DecisionRecord,
    Outcome,
)
from partnership_model.tally import eligible_voters
from partnership_model.testing._breaks._base import (
    NOTHING,
    Registry,
    Situation,
    convention_changed,
    fresh,
    governed_topics,
    period_of,
    pick,
    topic_of_its_own,
)

__all__: list[str] = []

breaks = Registry(__name__)
"""The breaks of the rules of :mod:`partnership_model._rules.minutes`, in drawing order."""


def _decision_under(
    draw: st.DrawFn, dossier: Dossier, topic: Topic | None, **fields: object
) -> Dossier:
    """``dossier`` with one more decision, on ``topic``."""
    record = DecisionRecord(
        id=fresh((m.id for m in dossier.minutes), "pv"),
        date=period_of(dossier)[1],
        title=draw(st.sampled_from(("Achat d'un véhicule", "Nouvelle permanence"))),
        topic=topic,
        **fields,  # type: ignore[arg-type]
    )
    return attrs.evolve(dossier, minutes=(*dossier.minutes, record))


def _governing(draw: st.DrawFn, dossier: Dossier) -> tuple[Topic | None, DecisionRule]:
    """A topic one rule alone governs, and that rule."""
    governed = governed_topics(dossier)
    return governed[pick(draw, governed)]


@breaks("tracing.minutes.outcome-disagrees", adds={"minutes"}, reads={"decision_rules", "period"})
def _adopted_without_a_vote(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    # Nobody voted for it: no rule adopts it, whatever its majority.
    topic = _governing(draw, dossier)[0]
    return _decision_under(draw, dossier, topic, outcome=Outcome.ADOPTED), NOTHING


@breaks(
    "tracing.minutes.ballot-set-aside",
    adds={"minutes"},
    reads={"decision_rules", "governing_bodies", "partners", "roles", "period"},
)
def _a_partner_voting_twice(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    topic, governing = _governing(draw, dossier)
    entitled = eligible_voters(governing, dossier.convention) or tuple(
        partner.id for partner in dossier.convention.partners
    )
    voter = entitled[pick(draw, entitled)]
    twice = (Ballot(partner=voter, choice=Choice.ABSTAIN),) * 2
    return _decision_under(draw, dossier, topic, present=(voter,), ballots=twice), NOTHING


@breaks("tracing.minutes.rule-ambiguous", rewrites={"decision_rules"}, adds={"minutes"})
def _two_rules_for_one_topic(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    rules = dossier.convention.decision_rules
    topic, governing = _governing(draw, dossier)
    twin = attrs.evolve(governing, id=fresh((rule.id for rule in rules), "rule"))
    twinned = convention_changed(dossier, decision_rules=(*rules, twin))
    return _decision_under(draw, twinned, topic), NOTHING


@breaks(
    "tracing.minutes.wrong-body",
    adds={"governing_bodies", "decision_rules", "minutes"},
    reads={"partners", "period"},
)
def _decided_by_the_wrong_body(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    convention = dossier.convention
    everyone = tuple(partner.id for partner in convention.partners)
    taken = [body.id for body in convention.governing_bodies]
    reserved = GoverningBody(id=fresh(taken, "bureau"), name="Bureau", members=everyone)
    other = GoverningBody(
        id=fresh([*taken, reserved.id], "assemblee"), name="Assemblée", members=everyone
    )
    scope = topic_of_its_own(dossier)
    rules = convention.decision_rules
    reserving = DecisionRule(
        id=fresh((rule.id for rule in rules), "rule"),
        mode=DecisionMode.CONSENSUS,
        body=reserved.id,
        scope=scope,
    )
    changed = convention_changed(
        dossier,
        governing_bodies=(*convention.governing_bodies, reserved, other),
        decision_rules=(*rules, reserving),
    )
    return _decision_under(draw, changed, scope[0] if scope else None, body=other.id), NOTHING


@breaks("tracing.minutes.decide-incomplete", adds={"minutes"}, reads={"decision_rules", "period"})
def _decide_with_one_step(
    draw: st.DrawFn, dossier: Dossier, _: Situation
) -> tuple[Dossier, frozenset[str]]:
    step = draw(st.sampled_from(list(DecideStep)))
    note = DecideNote(step=step, text="Le problème est posé.")
    topic = _governing(draw, dossier)[0]
    return _decision_under(draw, dossier, topic, decide=(note,)), NOTHING
