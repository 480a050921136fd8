"""Hypothesis strategies for partnership-model: every model type, complete conventions,
and conventions broken on purpose.

Install the extra first: ``pip install "partnership-model[hypothesis]"``.

Each strategy is named after what it draws, as the field of that name holds it:

* a type a convention holds in a collection has a strategy drawing that collection, a
  tuple whose items have distinct ids, sized by ``min_size`` and ``max_size``:
  :func:`partners`, :func:`tasks`, :func:`decision_rules`, :func:`steps`, ... so that
  ``conventions(partners=partners(min_size=3))`` and
  ``st.builds(Convention, name=st.just("x"), partners=partners())`` both read naturally;
* a type held on its own has a strategy drawing one value: :func:`money`,
  :func:`periods`, :func:`timelines`, :func:`conventions`, :func:`dossiers`, ...

One value of any type also comes from ``st.from_type(Partner)``: the strategies are
registered with Hypothesis through its entry point when the package is installed.

Everything drawn is valid by construction: references resolve (a convention draws its
partners first, then tasks that point at them), ids are distinct within their kind, and
dates are a start and a duration. ``conventions(profile=..., complete=True)`` draws
conventions on which :func:`~partnership_model.validate` finds nothing at all, and
:func:`broken_conventions` draws a convention together with the rule codes it must
trigger. Arguments are keyword-only; impossible ones raise
:class:`hypothesis.errors.InvalidArgument`.

The strategies are quick enough for a test with Hypothesis's default settings: each
item (a partner, a task, a step) is one choice for Hypothesis, a block of bytes its
small decisions are read from, and a failing example still shrinks to a small
convention with nothing optional in it.
"""

# The strategies live in private modules by area of the methodology: values and partners
# (_partners), DEFINE, CLARIFY, PLAN, EVALUATE with communication and funds, the
# convention, the dossier, the conventions broken on purpose (_breaking), drawing their
# items as _items says. This module exports them, and keeps at its end the names their
# parts had while it held them all.

from __future__ import annotations

from typing import Any, TypeVar

try:
    from hypothesis import strategies as st
except ModuleNotFoundError as missing:  # Hypothesis, or a module it needs, is not installed
    raise ImportError(
        "partnership_model.testing.strategies needs Hypothesis: "
        'pip install "partnership-model[hypothesis]"'
    ) from missing

from partnership_model.amendments import Amendment
from partnership_model.communication import CommunicationAction, CommunicationPlan
from partnership_model.conflicts import (
    ConflictProcedure,
    ConflictRecord,
    ConflictStep,
    EscalationStep,
)
from partnership_model.convention import Clause, Convention, Signature
from partnership_model.decision_making import (
    DecisionRule,
    GoverningBody,
    ProxyRule,
    Veto,
    Weight,
    WrittenProcedure,
)
from partnership_model.dossier import Dossier
from partnership_model.evaluation import (
    EvaluationMoment,
    EvaluationPlan,
    EvaluationReport,
    Measurement,
)
from partnership_model.funds import BudgetLine, FundManagement, ReportingDuty
from partnership_model.identifiers import LegalIdentifier
from partnership_model.institutions import InstitutionalLink
from partnership_model.minutes import Ballot, DecideNote, DecisionRecord, Proxy
from partnership_model.money import Money, Quantity
from partnership_model.needs import Need
from partnership_model.network import Directory, Offer, Structure
from partnership_model.objectives import Indicator, Objective
from partnership_model.partners import Affiliation, Contribution, Partner, Representative
from partnership_model.planning import Period, Recurrence, Step, Timeline
from partnership_model.publics import TargetPublic
from partnership_model.roles import Assignment, Role, Task
from partnership_model.testing._amended import amended_dossiers
from partnership_model.testing._breaking import (
    broken_conventions,
    broken_dossiers,
)
from partnership_model.testing._clarify import (
    assignments,
    conflict_procedures,
    conflict_records,
    conflict_steps,
    decision_rules,
    escalation_steps,
    governing_bodies,
    institutional_links,
    roles,
    tasks,
)
from partnership_model.testing._convention import (
    clauses,
    conventions,
    signatures,
)
from partnership_model.testing._define import (
    indicators,
    needs,
    objectives,
    target_publics,
)
from partnership_model.testing._dossier import (
    amendments,
    ballots,
    decide_notes,
    decision_records,
    directories,
    dossiers,
    evaluation_reports,
    measurements,
    offers,
    structures,
)
from partnership_model.testing._evaluate import (
    budget_lines,
    communication_actions,
    communication_plans,
    evaluation_moments,
    evaluation_plans,
    fund_managements,
    reporting_duties,
)
from partnership_model.testing._items import Ids as Ids  # noqa: PLC0414 - kept importable here
from partnership_model.testing._items import Known as Known  # noqa: PLC0414 - kept importable here
from partnership_model.testing._membership import admissions, withdrawals
from partnership_model.testing._partners import (
    affiliations,
    contributions,
    legal_identifiers,
    money,
    partners,
    periods,
    quantities,
    recurrences,
    representatives,
)
from partnership_model.testing._plan import steps, timelines
from partnership_model.testing._voting import (
    proxies,
    proxy_rules,
    vetoes,
    weights,
    written_procedures,
)

__all__ = [
    "admissions",
    "affiliations",
    "amended_dossiers",
    "amendments",
    "assignments",
    "ballots",
    "broken_conventions",
    "broken_dossiers",
    "budget_lines",
    "clauses",
    "communication_actions",
    "communication_plans",
    "conflict_procedures",
    "conflict_records",
    "conflict_steps",
    "contributions",
    "conventions",
    "decide_notes",
    "decision_records",
    "decision_rules",
    "directories",
    "dossiers",
    "escalation_steps",
    "evaluation_moments",
    "evaluation_plans",
    "evaluation_reports",
    "fund_managements",
    "governing_bodies",
    "indicators",
    "institutional_links",
    "legal_identifiers",
    "measurements",
    "money",
    "needs",
    "objectives",
    "offers",
    "partners",
    "periods",
    "proxies",
    "proxy_rules",
    "quantities",
    "recurrences",
    "reporting_duties",
    "representatives",
    "roles",
    "signatures",
    "steps",
    "strategies_by_type",
    "structures",
    "target_publics",
    "tasks",
    "timelines",
    "vetoes",
    "weights",
    "withdrawals",
    "written_procedures",
]

T = TypeVar("T")


# --- one value of each type ----------------------------------------------------------------------


def _first(items: tuple[T, ...]) -> T:
    return items[0]


def strategies_by_type() -> dict[type, st.SearchStrategy[Any]]:
    """A strategy drawing one value of each public model type: what ``st.from_type``
    uses once the entry point has registered them. A type held in a collection draws
    one item of its strategy's tuple."""
    collections: dict[type, Any] = {
        Affiliation: affiliations,
        Amendment: amendments,
        Assignment: assignments,
        Ballot: ballots,
        BudgetLine: budget_lines,
        Clause: clauses,
        CommunicationAction: communication_actions,
        ConflictRecord: conflict_records,
        ConflictStep: conflict_steps,
        Contribution: contributions,
        DecideNote: decide_notes,
        DecisionRecord: decision_records,
        DecisionRule: decision_rules,
        EscalationStep: escalation_steps,
        EvaluationMoment: evaluation_moments,
        EvaluationReport: evaluation_reports,
        GoverningBody: governing_bodies,
        Indicator: indicators,
        InstitutionalLink: institutional_links,
        Measurement: measurements,
        Need: needs,
        Objective: objectives,
        Offer: offers,
        Partner: partners,
        Proxy: proxies,
        ReportingDuty: reporting_duties,
        Representative: representatives,
        Role: roles,
        Signature: signatures,
        Step: steps,
        Structure: structures,
        TargetPublic: target_publics,
        Task: tasks,
        Weight: weights,
    }
    single: dict[type, st.SearchStrategy[Any]] = {
        CommunicationPlan: communication_plans(),
        ConflictProcedure: conflict_procedures(),
        Convention: conventions(),
        Directory: directories(),
        Dossier: dossiers(),
        EvaluationPlan: evaluation_plans(),
        FundManagement: fund_managements(),
        LegalIdentifier: legal_identifiers(),
        Money: money(),
        Period: periods(),
        ProxyRule: proxy_rules(),
        Quantity: quantities(),
        Recurrence: recurrences(),
        Timeline: timelines(),
        Veto: vetoes(),
        WrittenProcedure: written_procedures(),
    }
    for kind, strategy in collections.items():
        single[kind] = strategy(min_size=1, max_size=1).map(_first)
    return dict(sorted(single.items(), key=lambda pair: pair[0].__name__))
