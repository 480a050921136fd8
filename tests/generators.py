"""The strategies the library's own property tests draw from: the public ones in
:mod:`partnership_model.testing.strategies`, used as a user would use them.

``STRATEGIES`` maps each model type to ``st.from_type(kind)``, which the package's
Hypothesis entry point has registered; ``MODEL_TYPES`` lists the data types
``partnership_model`` exports (results such as ``Classification`` and the ``Problem``
of an error have no document form). ``conventions`` and ``dossiers`` mix the three kinds
a validator meets: drafts whose references all resolve, complete ones, and ones broken
on purpose; ``loose_conventions`` draws each part on its own, so that references dangle.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

import partnership_model as pm
from partnership_model.testing import _values as values
from partnership_model.testing import strategies as pms

T = TypeVar("T")

NOT_DATA_TYPES: tuple[type, ...] = (
    pm.Agenda,
    pm.Change,
    pm.Difference,
    pm.AudiencePlan,
    pm.Candidate,
    pm.Classification,
    pm.EarlyStart,
    pm.Escalation,
    pm.Finding,
    pm.FormFacts,
    pm.Holding,
    pm.NeedMatch,
    pm.Occurrence,
    pm.Problem,
    pm.Profile,
    pm.Progress,
    pm.Reason,
    pm.Report,
    pm.Rule,
    pm.RuleParts,
    pm.Schedule,
    pm.ScheduledStep,
    pm.SetAside,
    pm.Tally,
    pm.Version,
    pm.Violation,
    pm.WithdrawalConsequences,
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

STRATEGIES: dict[type, st.SearchStrategy[Any]] = {kind: st.from_type(kind) for kind in MODEL_TYPES}


def optional(inner: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | inner


dates: st.SearchStrategy[dt.date] = st.dates()

loose_conventions: st.SearchStrategy[pm.Convention] = st.builds(
    pm.Convention,
    name=st.text(max_size=12),
    form=optional(st.sampled_from(pm.Form)),
    partners=pms.partners(max_size=3),
    carriers=st.lists(st.sampled_from(["a", "b", "x"]), max_size=2).map(tuple),
    owner=optional(st.sampled_from(["a", "x"])),
    period=pms.periods(),
    objectives=pms.objectives(max_size=2),
    needs=pms.needs(max_size=2),
    target_publics=pms.target_publics(max_size=1),
    roles=pms.roles(max_size=2),
    tasks=pms.tasks(max_size=2),
    contributions=pms.contributions(max_size=2),
    governing_bodies=pms.governing_bodies(max_size=1),
    decision_rules=pms.decision_rules(max_size=2),
    conflict_procedure=pms.conflict_procedures(),
    institutional_links=pms.institutional_links(max_size=1),
    timeline=pms.timelines(),
    evaluation=pms.evaluation_plans(),
    communication=pms.communication_plans(),
    funds=pms.fund_managements(),
    clauses=pms.clauses(max_size=2),
    signatures=pms.signatures(max_size=2),
)
"""Conventions whose parts are drawn each on its own: their references dangle, their ids
repeat across kinds, as in a draft being written by several hands."""

conventions: st.SearchStrategy[pm.Convention] = st.one_of(
    pms.conventions(),
    loose_conventions,
    pms.conventions(complete=True),
    pms.broken_conventions().map(lambda pair: pair[0]),
)

dossiers: st.SearchStrategy[pm.Dossier] = st.one_of(
    pms.dossiers(),
    pms.dossiers(convention=loose_conventions),
    pms.dossiers(complete=True),
    pms.broken_dossiers().map(lambda pair: pair[0]),
)

model_objects: st.SearchStrategy[Any] = st.sampled_from(MODEL_TYPES).flatmap(st.from_type)
"""An object of any model data type."""

partners = st.from_type(pm.Partner)
steps = st.from_type(pm.Step)
decision_records = st.from_type(pm.DecisionRecord)
decimals: st.SearchStrategy[Decimal] = values.decimals
"""Exact decimals of every exponent, the values measurements and indicators hold."""

extensions: st.SearchStrategy[dict[str, Any]] = values.extensions
"""Any JSON the library keeps exactly (no floats, integers within 64 bits)."""

_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_list_numbers = st.lists(
    st.one_of(
        st.integers(-400, 400).map(str),
        st.sampled_from(["0", "001", "+5", "-0", "9" * 40, ""]),
    ),
    min_size=1,
    max_size=3,
).map(",".join)
_weekday_numbers = st.lists(
    st.tuples(
        st.sampled_from(["", "+", "-"]),
        st.sampled_from(["", "1", "2", "5", "53", "6", "60"]),
        st.sampled_from((*_WEEKDAYS, "XX")),
    ).map("".join),
    min_size=1,
    max_size=3,
).map(",".join)
_rule_parts = st.one_of(
    st.integers(0, 1200).map("INTERVAL={}".format),
    st.integers(0, 12_000).map("COUNT={}".format),
    st.dates().map(lambda day: f"UNTIL={day:%Y%m%d}"),
    st.tuples(
        st.sampled_from(["BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS"]),
        _list_numbers,
    ).map("=".join),
    _weekday_numbers.map("BYDAY={}".format),
    st.sampled_from((*_WEEKDAYS, "XX")).map("WKST={}".format),
    st.sampled_from(["BYEASTER=0", "BYHOUR=9", "X-NAME=1", "DTSTART=20270101"]),
)
rule_texts: st.SearchStrategy[str] = st.builds(
    lambda frequency, parts: ";".join([f"FREQ={frequency}", *parts]),
    st.sampled_from((*_FREQUENCIES, "HOURLY")),
    st.lists(_rule_parts, max_size=4),
)
"""RRULE values as people and attackers write them: every part RFC 5545 names, with
numbers in and out of range, numbered days, parts it does not name, and combinations no
day satisfies."""
