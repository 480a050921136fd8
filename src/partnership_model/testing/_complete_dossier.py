"""A complete dossier around a complete convention: minutes of its decisions, amendments
each adopted by one of them, measurements, evaluation reports, a directory.

Private to :mod:`partnership_model.testing._complete`.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from partnership_model.amendments import Amendment
from partnership_model.convention import Convention
from partnership_model.decision_making import DecisionMode, Topic
from partnership_model.dossier import Dossier
from partnership_model.evaluation import EvaluationReport, Measurement
from partnership_model.minutes import (
    Ballot,
    Choice,
    DecideNote,
    DecideStep,
    DecisionRecord,
    Outcome,
)
from partnership_model.needs import NeedCategory
from partnership_model.network import Directory, Offer, Structure
from partnership_model.partners import PartnerKind
from partnership_model.tally import eligible_voters, rule_in_force, tally
from partnership_model.testing._complete_items import NO_EXTENSIONS, keyed_readers
from partnership_model.testing._digits import Digits


def complete_minutes(
    draw: st.DrawFn, convention: Convention, start: dt.date, end: dt.date
) -> tuple[DecisionRecord, ...]:
    """Minutes the tally bears out: the ballots of partners entitled to vote and there, the
    rule in force named, the outcome the votes give (or none declared), and the DECIDE
    steps all six in order, or none."""
    partner_ids = tuple(p.id for p in convention.partners)
    body_ids = tuple(b.id for b in convention.governing_bodies)
    minutes = []
    for key, digits in keyed_readers(draw, 23 + 3 * len(partner_ids), 1, 3):
        draft = DecisionRecord(
            id=key,
            date=digits.day(start, end),
            title=digits.name(),
            decision=digits.free_text(),
            topic=digits.maybe_member(Topic),
            body=digits.maybe(body_ids),
            present=digits.choose(partner_ids, least=0, most=len(partner_ids)),
            decide=tuple(DecideNote(step=step, text=digits.free_text()) for step in DecideStep)
            if digits.flag()
            else (),
            extensions=NO_EXTENSIONS,
        )
        governing, _ = rule_in_force(draft, convention)
        if governing is None:
            minutes.append(draft)
            continue
        entitled = eligible_voters(governing, convention, draft)
        delegated = governing.mode is DecisionMode.DELEGATED
        able = [p for p in entitled if delegated or p in draft.present]
        voters = digits.choose(able, least=0, most=len(able))
        voted = attrs.evolve(
            draft,
            rule=governing.id,
            body=governing.body or draft.body,
            ballots=tuple(
                Ballot(partner=partner, choice=digits.member(Choice)) for partner in voters
            ),
        )
        adopted = tally(voted, convention, rule=governing).adopted
        said = (Outcome.ADOPTED,) if adopted else (Outcome.REJECTED, Outcome.POSTPONED)
        minutes.append(attrs.evolve(voted, outcome=digits.maybe(said)))
    return tuple(minutes)


def complete_offer(digits: Digits) -> Offer:
    return Offer(
        category=digits.member(NeedCategory),
        description=digits.free_text(),
        capacity=digits.optional(digits.small_quantity),
    )


def complete_structures(draw: st.DrawFn) -> tuple[Structure, ...]:
    return tuple(
        Structure(
            id=key,
            name=digits.name(),
            kind=digits.member(PartnerKind),
            description=digits.free_text(),
            area=digits.optional_text(),
            contact=digits.optional_text(),
            offers=digits.some(complete_offer, 2),
            extensions=NO_EXTENSIONS,
        )
        for key, digits in keyed_readers(draw, 33, 1, 3)
    )


def complete_dossier(draw: st.DrawFn, convention: Convention, today: dt.date | None) -> Dossier:
    """``convention`` with minutes of its decisions, amendments each adopted by one of
    them and in order, measurements, evaluation reports and a directory of structures."""
    start, end = convention.period.start, convention.period.end
    assert start is not None  # a complete convention's period  # noqa: S101
    assert end is not None  # noqa: S101
    minutes = complete_minutes(draw, convention, start, end)
    # An amendment rests on a decision that was adopted; without one, none is made.
    minute_ids = tuple(m.id for m in minutes if m.outcome is Outcome.ADOPTED)
    amending = keyed_readers(draw, 8, 0, 2) if minute_ids else []
    effective = sorted(digits.day(start, end) for _, digits in amending)
    units = {i.id: i.unit for o in convention.objectives for i in o.indicators}
    indicator_ids = tuple(units)
    moment_ids = tuple(m.id for m in convention.evaluation.moments)
    measurements = tuple(
        Measurement(
            id=key,
            indicator=(indicator := digits.pick(indicator_ids)),
            date=digits.day(start, end),
            value=digits.decimal(),
            unit=units[indicator] if digits.flag() else None,
            source=digits.optional_text(),
            note=digits.optional_text(),
            extensions=NO_EXTENSIONS,
        )
        for key, digits in keyed_readers(draw, 18, 0, 3)
    )
    return Dossier(
        convention=convention,
        amendments=tuple(
            Amendment(
                id=key,
                effective_from=day,
                rationale=digits.name(),
                summary=digits.free_text(),
                adopted_on=day,
                decision=digits.pick(minute_ids),
                replaces=convention,
                extensions=NO_EXTENSIONS,
            )
            for (key, digits), day in zip(amending, effective, strict=True)
        ),
        minutes=minutes,
        measurements=measurements,
        evaluation_reports=tuple(
            EvaluationReport(
                id=key,
                date=digits.day(start, end),
                moment=digits.maybe(moment_ids),
                summary=digits.free_text(),
                measurements=digits.choose(tuple(m.id for m in measurements), least=0),
                readjustments=digits.texts(),
                extensions=NO_EXTENSIONS,
            )
            for key, digits in keyed_readers(draw, 13, 0, 2)
        ),
        directory=Directory(structures=complete_structures(draw)),
        extensions=Digits(draw, width=1).extensions(),
    )
