"""Strategies of the dossier: minutes of decisions with their ballots, amendments,
measurements, evaluation reports, the directory of the network around a partnership,
and the dossier holding them with its convention.

Private to :mod:`partnership_model.testing.strategies`, which exports the strategies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model.amendments import Amendment
from partnership_model.conflicts import ConflictRecord
from partnership_model.convention import Convention, Form
from partnership_model.decision_making import DecisionRule, Topic
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
from partnership_model.tally import TallyOutcome
from partnership_model.testing import _complete
from partnership_model.testing import _values as values
from partnership_model.testing._clarify import conflict_record_items
from partnership_model.testing._convention import check_form, check_today, conventions
from partnership_model.testing._digits import Digits, distinct, readers
from partnership_model.testing._items import (
    Ids,
    Items,
    Known,
    Values,
    ids_of,
    reference,
    references,
)
from partnership_model.testing._voting import ballots_reaching, proxy
from partnership_model.validation import Profile

__all__ = [
    "amendments",
    "ballots",
    "decide_notes",
    "decision_records",
    "directories",
    "dossiers",
    "evaluation_reports",
    "measurements",
    "offers",
    "structures",
]


def ballot(digits: Digits, partners: Known) -> Ballot:
    partner = digits.identifier() if partners is None else digits.pick(partners)
    choice = digits.member(Choice)
    holder = reference(digits, partners) if digits.flag(4) else None
    vetoed = choice is Choice.AGAINST and digits.flag(4)
    return Ballot(
        partner=partner,
        choice=choice,
        holder=None if holder == partner else holder,
        veto=vetoed,
        grounds=digits.free_text() if vetoed else "",
        cast_on=digits.any_day() if digits.flag(4) else None,
    )


def ballot_values(partners: Known) -> Values[Ballot]:
    return Values(4, lambda digits: ballot(digits, partners))


def ballots(
    rule: DecisionRule | None = None,
    *,
    outcome: TallyOutcome | None = None,
    topic: Topic | None = None,
    min_size: int = 0,
    max_size: int | None = None,
    partner_ids: Ids = None,
) -> st.SearchStrategy[tuple[Ballot, ...]]:
    """Votes cast by ``partner_ids``: for, against, abstaining, now and then by proxy or
    with a veto.

    Given a ``rule``, ballots of ``partner_ids`` (one to twelve eligible partners) that
    reach ``outcome`` under it (any outcome when None), counted with every voter present:
    ``count_votes(rule, eligible=partner_ids, present=[b.partner for b in drawn],
    ballots=drawn, topic=topic, concerned=partner_ids).outcome == outcome``.
    """
    if rule is not None or outcome is not None:
        if rule is None:
            raise InvalidArgument(
                f"ballots(outcome={outcome!r}): give the rule it is reached under"
            )
        if min_size != 0 or max_size is not None:
            raise InvalidArgument("ballots(rule, ...): the outcome sets how many vote, not sizes")
        known_ids = values.check_ids("ballots", "partner_ids", partner_ids) or ()
        return ballots_reaching(rule, outcome, known_ids, topic)
    known = values.check_ids("ballots", "partner_ids", partner_ids)
    if known == () and min_size > 0:
        raise InvalidArgument("ballots(partner_ids=()): no partner to vote, min_size > 0")
    return ballot_values(known).strategy("ballots", min_size, max_size)


def decide_note(digits: Digits) -> DecideNote:
    return DecideNote(step=digits.member(DecideStep), text=digits.free_text())


DECIDE_NOTES = Values(3, decide_note)


def decide_notes(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[DecideNote, ...]]:
    """Notes on the steps of the DECIDE method that led to a decision."""
    return DECIDE_NOTES.strategy("decide_notes", min_size, max_size)


def decision_record_items(partners: Known, bodies: Known, rules: Known) -> Items[DecisionRecord]:
    def one(digits: Digits, key: str) -> DecisionRecord:
        return DecisionRecord(
            id=key,
            date=digits.any_day(),
            title=digits.name(),
            decision=digits.free_text(),
            topic=digits.maybe_member(Topic),
            body=reference(digits, bodies),
            rule=reference(digits, rules),
            present=references(digits, partners),
            represented=digits.some(lambda reader: proxy(reader, partners), 2),
            recused=references(digits, partners, most=1),
            concerned=references(digits, partners, most=1),
            written=digits.flag(4),
            closes_on=digits.any_day() if digits.flag(4) else None,
            ballots=()
            if partners == ()
            else digits.some(lambda voter: ballot(voter, partners), 3),
            outcome=digits.maybe_member(Outcome),
            decide=digits.some(decide_note, 2),
            extensions=digits.extensions(),
        )

    return Items(50, one)


def decision_records(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    partner_ids: Ids = None,
    body_ids: Ids = None,
    rule_ids: Ids = None,
) -> st.SearchStrategy[tuple[DecisionRecord, ...]]:
    """Minutes of decisions, taken by one of ``body_ids`` under one of ``rule_ids``, with
    ``partner_ids`` present and voting."""
    return decision_record_items(
        values.check_ids("decision_records", "partner_ids", partner_ids),
        values.check_ids("decision_records", "body_ids", body_ids),
        values.check_ids("decision_records", "rule_ids", rule_ids),
    ).strategy("decision_records", min_size, max_size)


def draw_amendments(
    draw: st.DrawFn,
    decisions: Known,
    replaces: Callable[[], Convention],
    least: int,
    most: int,
) -> tuple[Amendment, ...]:
    """Amendments in order of the day they take effect."""
    items = readers(draw, 11, least, most)
    keys = distinct([reader.identifier() for reader in items])
    effective = sorted(reader.any_day() for reader in items)
    return tuple(
        Amendment(
            id=key,
            effective_from=day,
            rationale=digits.name(),
            summary=digits.free_text(),
            adopted_on=day if digits.flag() else None,
            decision=reference(digits, decisions),
            replaces=replaces(),
            extensions=digits.extensions(),
        )
        for key, day, digits in zip(keys, effective, items, strict=True)
    )


def amendments(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    decision_ids: Ids = None,
    replaces: st.SearchStrategy[Convention] | None = None,
) -> st.SearchStrategy[tuple[Amendment, ...]]:
    """Amendments in order of the day they take effect, each adopted by one of
    ``decision_ids`` and replacing a convention drawn by ``replaces``."""
    known = values.check_ids("amendments", "decision_ids", decision_ids)
    values.check_strategy("amendments", "replaces", replaces)
    values.check_sizes("amendments", min_size, max_size)
    earlier = replaces if replaces is not None else conventions()
    most = values.sized_bound(min_size, max_size, usual=2)
    return values.drawing(
        lambda draw: draw_amendments(draw, known, lambda: draw(earlier), min_size, most)
    )


def measurement_items(indicators: Known) -> Items[Measurement]:
    def one(digits: Digits, key: str) -> Measurement:
        return Measurement(
            id=key,
            indicator=digits.identifier() if indicators is None else digits.pick(indicators),
            date=digits.any_day(),
            value=digits.decimal(),
            unit=digits.optional_text(),
            source=digits.optional_text(),
            note=digits.optional_text(),
            extensions=digits.extensions(),
        )

    return Items(23, one)


def measurements(
    *, min_size: int = 0, max_size: int | None = None, indicator_ids: Ids = None
) -> st.SearchStrategy[tuple[Measurement, ...]]:
    """Values measured for ``indicator_ids``, exact decimals of any exponent."""
    known = values.check_ids("measurements", "indicator_ids", indicator_ids)
    if known == () and min_size > 0:
        raise InvalidArgument("measurements(indicator_ids=()): nothing to measure, min_size > 0")
    if known == ():
        return measurement_items(known).strategy("measurements", 0, 0)
    return measurement_items(known).strategy("measurements", min_size, max_size)


def evaluation_report_items(moments: Known, measurements: Known) -> Items[EvaluationReport]:
    def one(digits: Digits, key: str) -> EvaluationReport:
        return EvaluationReport(
            id=key,
            date=digits.any_day(),
            moment=reference(digits, moments),
            summary=digits.free_text(),
            measurements=references(digits, measurements),
            readjustments=digits.texts(),
            extensions=digits.extensions(),
        )

    return Items(18, one)


def evaluation_reports(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    moment_ids: Ids = None,
    measurement_ids: Ids = None,
) -> st.SearchStrategy[tuple[EvaluationReport, ...]]:
    """Reports of evaluation moments ``moment_ids``, the measurements among
    ``measurement_ids`` they read, and the readjustments they led to."""
    moments = values.check_ids("evaluation_reports", "moment_ids", moment_ids)
    read = values.check_ids("evaluation_reports", "measurement_ids", measurement_ids)
    return evaluation_report_items(moments, read).strategy(
        "evaluation_reports", min_size, max_size
    )


def offer(digits: Digits) -> Offer:
    return Offer(
        category=digits.member(NeedCategory),
        description=digits.free_text(),
        capacity=digits.optional(digits.quantity),
    )


OFFERS = Values(12, offer)


def offers(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Offer, ...]]:
    """What a structure of the network offers, by category of need."""
    return OFFERS.strategy("offers", min_size, max_size)


def structure(digits: Digits, key: str) -> Structure:
    return Structure(
        id=key,
        name=digits.name(),
        kind=digits.member(PartnerKind),
        description=digits.free_text(),
        area=digits.optional_text(),
        contact=digits.optional_text(),
        offers=digits.some(offer, 2),
        extensions=digits.extensions(),
    )


STRUCTURES = Items(38, structure)


def structures(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[tuple[Structure, ...]]:
    """Structures of the network around a partnership, with their offers."""
    return STRUCTURES.strategy("structures", min_size, max_size)


def directories(
    *, structures: st.SearchStrategy[tuple[Structure, ...]] | None = None
) -> st.SearchStrategy[Directory]:
    """A directory of the structures around a partnership."""
    values.check_strategy("directories", "structures", structures)
    return st.builds(
        Directory,
        structures=structures if structures is not None else _structures_strategy(max_size=3),
    )


_structures_strategy = structures


def draw_any_dossier(draw: st.DrawFn, convention: Convention, given: dict[str, Any]) -> Dossier:
    def part(name: str, default: Callable[[], Any]) -> Any:
        chosen = given.get(name)
        return draw(chosen) if chosen is not None else default()

    partner_ids = ids_of(convention.partners)
    minutes = part(
        "minutes",
        lambda: decision_record_items(
            partner_ids, ids_of(convention.governing_bodies), ids_of(convention.decision_rules)
        ).draw(draw, 0, 3),
    )
    indicator_ids = tuple(i.id for o in convention.objectives for i in o.indicators)
    measurements = part(
        "measurements",
        lambda: measurement_items(indicator_ids).draw(draw, 0, 3 if indicator_ids else 0),
    )
    return Dossier(
        convention=convention,
        amendments=part(
            "amendments",
            lambda: draw_amendments(draw, ids_of(minutes), lambda: convention, 0, 2),
        ),
        minutes=minutes,
        measurements=measurements,
        evaluation_reports=part(
            "evaluation_reports",
            lambda: evaluation_report_items(
                ids_of(convention.evaluation.moments), ids_of(measurements)
            ).draw(draw, 0, 2),
        ),
        conflicts=part("conflicts", lambda: conflict_record_items(partner_ids).draw(draw, 0, 2)),
        directory=part("directory", lambda: Directory(structures=STRUCTURES.draw(draw, 0, 3))),
        extensions=Digits(draw, width=1).extensions(),
    )


def dossiers(
    *,
    profile: str | Profile = "methodology",
    complete: bool = False,
    form: Form | None = None,
    today: dt.date | None = None,
    convention: st.SearchStrategy[Convention] | None = None,
    amendments: st.SearchStrategy[tuple[Amendment, ...]] | None = None,
    minutes: st.SearchStrategy[tuple[DecisionRecord, ...]] | None = None,
    measurements: st.SearchStrategy[tuple[Measurement, ...]] | None = None,
    evaluation_reports: st.SearchStrategy[tuple[EvaluationReport, ...]] | None = None,
    conflicts: st.SearchStrategy[tuple[ConflictRecord, ...]] | None = None,
    directory: st.SearchStrategy[Directory] | None = None,
) -> st.SearchStrategy[Dossier]:
    """Dossiers: a convention with its amendments, minutes, measurements, evaluation
    reports, conflicts and directory, every reference resolving.

    With ``complete=True`` validation finds nothing at all, the dossier's own rules
    included (minutes kept, amendments in order and each adopted by a recorded decision,
    a directory of structures). Parts you pass replace the drawn ones as they are.
    """
    given = {
        "amendments": amendments,
        "minutes": minutes,
        "measurements": measurements,
        "evaluation_reports": evaluation_reports,
        "conflicts": conflicts,
        "directory": directory,
    }
    values.check_strategy("dossiers", "convention", convention)
    if type(complete) is not bool:
        raise InvalidArgument(f"dossiers(complete={complete!r}): expected True or False")
    for name, strategy in given.items():
        values.check_strategy("dossiers", name, strategy)
    _complete.profile_codes("dossiers", profile)
    form = check_form("dossiers", form)
    today = check_today("dossiers", today)
    base = (
        convention
        if convention is not None
        else conventions(profile=profile, complete=complete, form=form, today=today)
    )

    def draw_dossier(draw: st.DrawFn) -> Dossier:
        drawn = draw(base)
        if not complete:
            return draw_any_dossier(draw, drawn, given)
        period = drawn.period
        if period.start is None or period.end is None:
            raise InvalidArgument(
                "dossiers(complete=True, convention=...): the convention drawn has no dated "
                f"period ({period}); a complete dossier dates its minutes within it"
            )
        dossier = _complete.complete_dossier(draw, drawn, today)
        replaced: dict[str, Any] = {name: draw(s) for name, s in given.items() if s is not None}
        return attrs.evolve(dossier, **replaced) if replaced else dossier

    return values.drawing(draw_dossier)
