"""Hypothesis strategies for every model data type, valid by construction.

They are simple on purpose (the public strategies come later): ids from a small
alphabet, any Unicode text (non-ASCII and control characters included, lone
surrogates excluded since no UTF-8 document can hold them), exact decimals with
every kind of exponent, real ISO 4217 currencies, valid enterprise numbers and
RRULEs, and extensions holding any JSON without floats.

``STRATEGIES`` maps each model type to its strategy; ``MODEL_TYPES`` lists the
data types ``partnership_model`` exports (results such as ``Classification`` and
the ``Problem`` of an error have no document form).
"""

from __future__ import annotations

import datetime as dt
import operator
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

import partnership_model as pm
from partnership_model.money import ISO_4217_CURRENCIES

T = TypeVar("T")

NOT_DATA_TYPES: tuple[type, ...] = (
    pm.Classification,
    pm.Finding,
    pm.Problem,
    pm.Profile,
    pm.Reason,
    pm.Report,
    pm.Rule,
    pm.Violation,
)
"""Attrs classes the package exports that are results or errors, not data: no document form."""

MODEL_TYPES: tuple[type, ...] = tuple(
    sorted(
        (
            kind
            for kind in (getattr(pm, name) for name in pm.__all__)
            if isinstance(kind, type) and attrs.has(kind) and kind not in NOT_DATA_TYPES
        ),
        key=lambda kind: kind.__name__,
    )
)


def tuples(elements: st.SearchStrategy[T], max_size: int = 2) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(elements, max_size=max_size).map(tuple)


def optional(inner: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | inner


# --- small values -------------------------------------------------------------------------

ids: st.SearchStrategy[str] = st.builds(
    operator.add, st.sampled_from("abcxyz019"), st.text("abcxyz019_.:-", max_size=8)
) | st.just("i" * 64)
"""Valid ids: a letter or digit, then letters, digits and ``_.:-``; the longest too."""

texts: st.SearchStrategy[str] = st.text(max_size=12)
"""Any Unicode but lone surrogates: accents, emoji, NUL and other control characters."""

non_blank_texts: st.SearchStrategy[str] = st.builds(
    operator.add, st.sampled_from(["heures", "m²", "personnes", "kg", "repas"]), texts
)

dates: st.SearchStrategy[dt.date] = st.dates()


def _decimal(sign: int, digits: list[int], exponent: int) -> Decimal:
    return Decimal((sign, tuple(digits), exponent))


decimals: st.SearchStrategy[Decimal] = st.one_of(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=2, min_value=-(10**12), max_value=10**12
    ),
    st.decimals(
        allow_nan=False, allow_infinity=False, places=0, min_value=-(10**15), max_value=10**15
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

non_negative_decimals: st.SearchStrategy[Decimal] = decimals.map(Decimal.copy_abs)

amounts: st.SearchStrategy[Decimal] = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=0, max_value=10**12),
    # Every exponent Money takes, with trailing zeros: below 10^30, no finer than 10^-30.
    st.builds(
        _decimal,
        st.just(0),
        st.lists(st.integers(0, 9), min_size=1, max_size=30),
        st.integers(-30, 29),
    ).filter(lambda amount: not amount or amount.adjusted() < 30),
)
"""Amounts of money and quantities: non-negative, within the bounds Money keeps."""

fractions: st.SearchStrategy[Fraction] = st.fractions(min_value=0, max_denominator=1000).filter(
    lambda value: value.numerator < 10**30
)

whole_numbers: st.SearchStrategy[int] = st.integers(1, 10**6) | st.just(2**63 - 1)

currencies: st.SearchStrategy[str] = st.sampled_from(sorted(ISO_4217_CURRENCIES))

RRULES = (
    "FREQ=MONTHLY;BYDAY=1TU",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
    "FREQ=DAILY;COUNT=10",
    "FREQ=YEARLY;UNTIL=20301231",
    "FREQ=MONTHLY;BYMONTHDAY=15",
)

INT64_EDGES = (2**63 - 1, -(2**63), 2**63 - 2, -(2**63) + 1, 2**53 + 1, -(2**53) - 1, 0)

json_scalars: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.text(max_size=8),
    st.integers(-(2**63), 2**63 - 1),
    st.sampled_from(INT64_EDGES),
)

json_values: st.SearchStrategy[Any] = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
"""Any JSON the library keeps exactly: no floats, integers within 64 bits."""

extensions: st.SearchStrategy[dict[str, Any]] = st.dictionaries(
    st.text(max_size=8), json_values, max_size=3
)


# --- value types --------------------------------------------------------------------------


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


money: st.SearchStrategy[pm.Money] = st.builds(pm.Money, amount=amounts, currency=currencies)
quantities: st.SearchStrategy[pm.Quantity] = st.builds(
    pm.Quantity, value=amounts, unit=non_blank_texts
)
legal_identifiers: st.SearchStrategy[pm.LegalIdentifier] = st.one_of(
    st.builds(
        pm.LegalIdentifier,
        scheme=st.just("BE-BCE_KBO"),
        value=st.integers(0, 19_999_999).map(belgian_enterprise_number),
    ),
    st.builds(
        pm.LegalIdentifier, scheme=st.just("FR-RCS"), value=st.integers(0, 10**8 - 1).map(siren)
    ),
    st.builds(
        pm.LegalIdentifier,
        scheme=st.sampled_from(["GB-COH", "NL-KVK", "XM-DAC"]),
        value=non_blank_texts,
    ),
)
recurrences: st.SearchStrategy[pm.Recurrence] = st.builds(
    pm.Recurrence, rule=st.sampled_from(RRULES)
)


@st.composite
def periods(draw: st.DrawFn) -> pm.Period:
    start, end = draw(optional(dates)), draw(optional(dates))
    if start is not None and end is not None and end < start:
        start, end = end, start
    return pm.Period(start=start, end=end)


# --- records ------------------------------------------------------------------------------

representatives = st.builds(
    pm.Representative,
    name=texts,
    function=optional(texts),
    email=optional(texts),
    phone=optional(texts),
)
affiliations = st.builds(pm.Affiliation, name=texts, kind=st.sampled_from(pm.InstitutionKind))
partners = st.builds(
    pm.Partner,
    id=ids,
    name=texts,
    kind=st.sampled_from(pm.PartnerKind),
    legal_identifier=optional(legal_identifiers),
    address=optional(texts),
    representatives=tuples(representatives),
    answers_to=tuples(affiliations),
    extensions=extensions,
)
contributions = st.builds(
    pm.Contribution,
    id=ids,
    partner=optional(ids),
    kind=st.sampled_from(pm.ContributionKind),
    description=texts,
    amount=optional(money),
    quantity=optional(quantities),
    covers=tuples(ids),
    serves=tuples(ids),
    extensions=extensions,
)
indicators = st.builds(
    pm.Indicator,
    id=ids,
    name=texts,
    unit=optional(texts),
    baseline=optional(decimals),
    target=optional(decimals),
    direction=st.sampled_from(pm.Direction),
    means_of_verification=optional(texts),
    due=optional(dates),
    extensions=extensions,
)
objectives = st.builds(
    pm.Objective,
    id=ids,
    title=texts,
    description=texts,
    indicators=tuples(indicators),
    extensions=extensions,
)
needs = st.builds(
    pm.Need,
    id=ids,
    category=st.sampled_from(pm.NeedCategory),
    description=texts,
    amount=optional(money),
    quantity=optional(quantities),
    extensions=extensions,
)
target_publics = st.builds(
    pm.TargetPublic,
    id=ids,
    description=texts,
    size=optional(whole_numbers),
    characteristics=tuples(texts),
    area=optional(texts),
    extensions=extensions,
)
roles = st.builds(
    pm.Role,
    id=ids,
    kind=st.sampled_from(pm.RoleKind),
    title=optional(texts),
    holders=tuples(ids),
    responsibilities=tuples(texts),
    extensions=extensions,
)
assignments = st.builds(pm.Assignment, partner=ids, raci=st.sampled_from(pm.Raci))
tasks = st.builds(
    pm.Task,
    id=ids,
    title=texts,
    description=texts,
    assignments=tuples(assignments),
    objectives=tuples(ids),
    extensions=extensions,
)
governing_bodies = st.builds(
    pm.GoverningBody,
    id=ids,
    name=texts,
    kind=st.sampled_from(pm.BodyKind),
    members=tuples(ids),
    chair=optional(ids),
    meetings=optional(recurrences),
    extensions=extensions,
)
decision_rules = st.builds(
    pm.DecisionRule,
    id=ids,
    mode=st.sampled_from(pm.DecisionMode),
    body=optional(ids),
    voters=tuples(ids),
    delegate=optional(ids),
    quorum=optional(fractions),
    minimum_present=optional(st.integers(0, 100) | st.just(2**63 - 1)),
    threshold=optional(fractions),
    strict=st.booleans(),
    threshold_base=st.sampled_from(pm.VoteBase),
    scope=tuples(st.sampled_from(pm.Topic), max_size=3),
    description=optional(texts),
    extensions=extensions,
)
escalation_steps = st.builds(
    pm.EscalationStep,
    action=st.sampled_from(pm.EscalationAction),
    description=texts,
    handled_by=optional(texts),
    time_limit_days=optional(whole_numbers),
)
conflict_procedures = st.builds(pm.ConflictProcedure, steps=tuples(escalation_steps))
institutional_links = st.builds(
    pm.InstitutionalLink,
    id=ids,
    partner=optional(ids),
    institution=texts,
    kind=st.sampled_from(pm.InstitutionKind),
    involvement=st.sampled_from(pm.Involvement),
    topics=tuples(st.sampled_from(pm.Topic)),
    contact=optional(texts),
    extensions=extensions,
)
steps = st.builds(
    pm.Step,
    id=ids,
    title=texts,
    kind=st.sampled_from(pm.StepKind),
    description=texts,
    planned=periods(),
    actual=periods(),
    owner=optional(ids),
    depends_on=tuples(ids),
    recurrence=optional(recurrences),
    extensions=extensions,
)
timelines = st.builds(pm.Timeline, steps=tuples(steps))
evaluation_moments = st.builds(
    pm.EvaluationMoment,
    id=ids,
    title=texts,
    date=optional(dates),
    indicators=tuples(ids),
    participants=tuples(ids),
    method=optional(texts),
    extensions=extensions,
)
evaluation_plans = st.builds(pm.EvaluationPlan, moments=tuples(evaluation_moments))
communication_actions = st.builds(
    pm.CommunicationAction,
    id=ids,
    audience=st.sampled_from(pm.Audience),
    description=texts,
    channel=st.sampled_from(pm.Channel),
    frequency=optional(recurrences),
    owner=optional(ids),
    extensions=extensions,
)
communication_plans = st.builds(pm.CommunicationPlan, actions=tuples(communication_actions))
budget_lines = st.builds(
    pm.BudgetLine,
    id=ids,
    label=texts,
    amount=money,
    category=optional(st.sampled_from(pm.NeedCategory)),
    source=optional(texts),
    extensions=extensions,
)
reporting_duties = st.builds(
    pm.ReportingDuty,
    id=ids,
    recipient=texts,
    description=texts,
    due=optional(dates),
    step=optional(ids),
    extensions=extensions,
)
fund_managements = st.builds(
    pm.FundManagement,
    holder=optional(ids),
    description=texts,
    budget=tuples(budget_lines),
    reporting=tuples(reporting_duties),
)
clauses = st.builds(
    pm.Clause, kind=st.sampled_from(pm.ClauseKind), text=texts, title=optional(texts)
)
signatures = st.builds(
    pm.Signature,
    partner=ids,
    signatory=texts,
    function=optional(texts),
    place=optional(texts),
    date=optional(dates),
)
languages = st.sampled_from(["fr", "nl-BE", "en", "fr-BE", "de", "zh-Hant-TW"])
conventions = st.builds(
    pm.Convention,
    name=texts,
    language=languages,
    form=optional(st.sampled_from(pm.Form)),
    purpose=texts,
    partners=tuples(partners, max_size=2),
    carriers=tuples(ids, max_size=1),
    owner=optional(ids),
    period=periods(),
    objectives=tuples(objectives, max_size=1),
    needs=tuples(needs, max_size=1),
    target_publics=tuples(target_publics, max_size=1),
    roles=tuples(roles, max_size=1),
    tasks=tuples(tasks, max_size=1),
    contributions=tuples(contributions, max_size=1),
    governing_bodies=tuples(governing_bodies, max_size=1),
    decision_rules=tuples(decision_rules, max_size=1),
    conflict_procedure=conflict_procedures,
    institutional_links=tuples(institutional_links, max_size=1),
    timeline=timelines,
    evaluation=evaluation_plans,
    communication=communication_plans,
    funds=fund_managements,
    clauses=tuples(clauses, max_size=1),
    signatures=tuples(signatures, max_size=1),
    extensions=extensions,
)
ballots = st.builds(pm.Ballot, partner=ids, choice=st.sampled_from(pm.Choice))
decide_notes = st.builds(pm.DecideNote, step=st.sampled_from(pm.DecideStep), text=texts)
decision_records = st.builds(
    pm.DecisionRecord,
    id=ids,
    date=dates,
    title=texts,
    decision=texts,
    topic=optional(st.sampled_from(pm.Topic)),
    body=optional(ids),
    rule=optional(ids),
    present=tuples(ids),
    ballots=tuples(ballots),
    outcome=optional(st.sampled_from(pm.Outcome)),
    decide=tuples(decide_notes),
    extensions=extensions,
)
amendments = st.builds(
    pm.Amendment,
    id=ids,
    effective_from=dates,
    rationale=texts,
    summary=texts,
    adopted_on=optional(dates),
    decision=optional(ids),
    replaces=conventions,
    extensions=extensions,
)
measurements = st.builds(
    pm.Measurement,
    id=ids,
    indicator=ids,
    date=dates,
    value=decimals,
    source=optional(texts),
    note=optional(texts),
    extensions=extensions,
)
evaluation_reports = st.builds(
    pm.EvaluationReport,
    id=ids,
    date=dates,
    moment=optional(ids),
    summary=texts,
    readjustments=tuples(texts),
    extensions=extensions,
)
offers = st.builds(
    pm.Offer,
    category=st.sampled_from(pm.NeedCategory),
    description=texts,
    capacity=optional(quantities),
)
structures = st.builds(
    pm.Structure,
    id=ids,
    name=texts,
    kind=st.sampled_from(pm.PartnerKind),
    description=texts,
    area=optional(texts),
    contact=optional(texts),
    offers=tuples(offers),
    extensions=extensions,
)
directories = st.builds(pm.Directory, structures=tuples(structures))
dossiers = st.builds(
    pm.Dossier,
    convention=conventions,
    amendments=tuples(amendments, max_size=1),
    minutes=tuples(decision_records),
    measurements=tuples(measurements),
    evaluation_reports=tuples(evaluation_reports, max_size=1),
    directory=directories,
    extensions=extensions,
)

STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    pm.Affiliation: affiliations,
    pm.Amendment: amendments,
    pm.Assignment: assignments,
    pm.Ballot: ballots,
    pm.BudgetLine: budget_lines,
    pm.Clause: clauses,
    pm.CommunicationAction: communication_actions,
    pm.CommunicationPlan: communication_plans,
    pm.ConflictProcedure: conflict_procedures,
    pm.Contribution: contributions,
    pm.Convention: conventions,
    pm.DecideNote: decide_notes,
    pm.DecisionRecord: decision_records,
    pm.DecisionRule: decision_rules,
    pm.Directory: directories,
    pm.Dossier: dossiers,
    pm.EscalationStep: escalation_steps,
    pm.EvaluationMoment: evaluation_moments,
    pm.EvaluationPlan: evaluation_plans,
    pm.EvaluationReport: evaluation_reports,
    pm.FundManagement: fund_managements,
    pm.GoverningBody: governing_bodies,
    pm.Indicator: indicators,
    pm.InstitutionalLink: institutional_links,
    pm.LegalIdentifier: legal_identifiers,
    pm.Measurement: measurements,
    pm.Money: money,
    pm.Need: needs,
    pm.Objective: objectives,
    pm.Offer: offers,
    pm.Partner: partners,
    pm.Period: periods(),
    pm.Quantity: quantities,
    pm.Recurrence: recurrences,
    pm.ReportingDuty: reporting_duties,
    pm.Representative: representatives,
    pm.Role: roles,
    pm.Signature: signatures,
    pm.Step: steps,
    pm.Structure: structures,
    pm.TargetPublic: target_publics,
    pm.Task: tasks,
    pm.Timeline: timelines,
}

model_objects: st.SearchStrategy[Any] = st.sampled_from(MODEL_TYPES).flatmap(
    lambda kind: STRATEGIES[kind]
)
"""An object of any model data type."""
