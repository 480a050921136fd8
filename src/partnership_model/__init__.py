"""partnership-model: the partnership methodology of Brussels social coordination work
as typed, immutable domain objects.

Build a :class:`Convention` step by step (DEFINE, CLARIFY, PLAN, EVALUATE), keep it in
a :class:`Dossier` with its minutes and amendments, ask :func:`classify` whether
it is a partnership or a collaboration, and store it with :func:`to_json` and
:func:`from_json`. Share its dates with the partners' calendars through :func:`to_ical`.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from partnership_model._version import __version__

if TYPE_CHECKING:
    from partnership_model._extensions import JsonValue
    from partnership_model.agreement import print_agreement, render_agreement
    from partnership_model.amendments import Amendment
    from partnership_model.classification import (
        Classification,
        FormFacts,
        Reason,
        classify,
        form_facts,
    )
    from partnership_model.communication import (
        Audience,
        Channel,
        CommunicationAction,
        CommunicationPlan,
    )
    from partnership_model.conflicts import (
        ConflictProcedure,
        ConflictRecord,
        ConflictStep,
        Escalation,
        EscalationAction,
        EscalationStep,
        escalation,
    )
    from partnership_model.convention import Clause, ClauseKind, Convention, Form, Signature
    from partnership_model.decision_making import (
        Attendance,
        BodyKind,
        DecisionMode,
        DecisionRule,
        GoverningBody,
        ProxyRule,
        Rounding,
        TieBreak,
        Topic,
        Veto,
        VetoHolders,
        VoteBase,
        Weight,
        WrittenProcedure,
    )
    from partnership_model.diff import Change, ChangeKind, Difference, diff
    from partnership_model.dossier import Dossier
    from partnership_model.errors import (
        CurrencyMismatchError,
        InvalidValueError,
        MissingExtraError,
        PartnershipModelError,
        PrintError,
        TemplateError,
        UnsupportedLanguageError,
    )
    from partnership_model.evaluation import (
        EvaluationMoment,
        EvaluationPlan,
        EvaluationReport,
        Measurement,
    )
    from partnership_model.feasibility import (
        EarlyStart,
        Schedule,
        ScheduledStep,
        earliest_schedule,
        early_starts,
    )
    from partnership_model.funds import BudgetLine, FundManagement, ReportingDuty
    from partnership_model.history import Version, history
    from partnership_model.i18n import LANGUAGES, LabelledEnum
    from partnership_model.ical import to_ical
    from partnership_model.identifiers import LegalIdentifier
    from partnership_model.institutions import InstitutionalLink, InstitutionKind, Involvement
    from partnership_model.matching import (
        ROLE_CATEGORIES,
        Candidate,
        MatchReason,
        NeedMatch,
        UnmetKind,
        match_needs,
    )
    from partnership_model.membership import (
        Holding,
        HoldingKind,
        WithdrawalConsequences,
        withdrawal_consequences,
    )
    from partnership_model.minutes import (
        Ballot,
        Choice,
        DecideNote,
        DecideStep,
        DecisionRecord,
        Outcome,
        Proxy,
    )
    from partnership_model.money import Money, Quantity, totals_by_currency
    from partnership_model.needs import Need, NeedCategory
    from partnership_model.network import Directory, Offer, Structure
    from partnership_model.objectives import Direction, Indicator, Objective
    from partnership_model.partners import (
        Affiliation,
        Contribution,
        ContributionKind,
        Partner,
        PartnerKind,
        Representative,
    )
    from partnership_model.planning import Period, Recurrence, RuleParts, Step, StepKind, Timeline
    from partnership_model.progress import (
        Progress,
        Trend,
        indicator_progress,
        objective_progress,
        progress,
    )
    from partnership_model.publics import TargetPublic
    from partnership_model.render import render_gantt, render_markdown, summarize
    from partnership_model.roles import Assignment, Raci, Role, RoleKind, Task
    from partnership_model.schedule import (
        Agenda,
        AudiencePlan,
        Occurrence,
        OccurrenceKind,
        agenda,
        communication_plan,
        occurrences,
    )
    from partnership_model.serialization import (
        Problem,
        SerializationError,
        from_dict,
        from_json,
        json_schema,
        to_dict,
        to_json,
    )
    from partnership_model.starter import starting_dossier
    from partnership_model.tally import (
        SetAside,
        SetAsideReason,
        Tally,
        TallyOutcome,
        count_votes,
        eligible_voters,
        rule_in_force,
        tally,
    )
    from partnership_model.validation import (
        Context,
        Finding,
        MethodologyStep,
        Profile,
        ProfileError,
        Report,
        Rule,
        Severity,
        UnknownProfileError,
        Violation,
        get_profile,
        register_profile,
        validate,
    )

_EXPORTED_BY: dict[str, tuple[str, ...]] = {
    "_extensions": ("JsonValue",),
    "agreement": ("print_agreement", "render_agreement"),
    "amendments": ("Amendment",),
    "classification": (
        "Classification",
        "FormFacts",
        "Reason",
        "classify",
        "form_facts",
    ),
    "communication": (
        "Audience",
        "Channel",
        "CommunicationAction",
        "CommunicationPlan",
    ),
    "conflicts": (
        "ConflictProcedure",
        "ConflictRecord",
        "ConflictStep",
        "Escalation",
        "EscalationAction",
        "EscalationStep",
        "escalation",
    ),
    "convention": (
        "Clause",
        "ClauseKind",
        "Convention",
        "Form",
        "Signature",
    ),
    "decision_making": (
        "Attendance",
        "BodyKind",
        "DecisionMode",
        "DecisionRule",
        "GoverningBody",
        "ProxyRule",
        "Rounding",
        "TieBreak",
        "Topic",
        "Veto",
        "VetoHolders",
        "VoteBase",
        "Weight",
        "WrittenProcedure",
    ),
    "diff": (
        "Change",
        "ChangeKind",
        "Difference",
        "diff",
    ),
    "dossier": ("Dossier",),
    "errors": (
        "CurrencyMismatchError",
        "InvalidValueError",
        "MissingExtraError",
        "PartnershipModelError",
        "PrintError",
        "TemplateError",
        "UnsupportedLanguageError",
    ),
    "evaluation": (
        "EvaluationMoment",
        "EvaluationPlan",
        "EvaluationReport",
        "Measurement",
    ),
    "feasibility": (
        "EarlyStart",
        "Schedule",
        "ScheduledStep",
        "earliest_schedule",
        "early_starts",
    ),
    "funds": (
        "BudgetLine",
        "FundManagement",
        "ReportingDuty",
    ),
    "history": (
        "Version",
        "history",
    ),
    "i18n": (
        "LANGUAGES",
        "LabelledEnum",
    ),
    "ical": ("to_ical",),
    "identifiers": ("LegalIdentifier",),
    "institutions": (
        "InstitutionalLink",
        "InstitutionKind",
        "Involvement",
    ),
    "matching": (
        "ROLE_CATEGORIES",
        "Candidate",
        "MatchReason",
        "NeedMatch",
        "UnmetKind",
        "match_needs",
    ),
    "membership": (
        "Holding",
        "HoldingKind",
        "WithdrawalConsequences",
        "withdrawal_consequences",
    ),
    "minutes": (
        "Ballot",
        "Choice",
        "DecideNote",
        "DecideStep",
        "DecisionRecord",
        "Outcome",
        "Proxy",
    ),
    "money": (
        "Money",
        "Quantity",
        "totals_by_currency",
    ),
    "needs": (
        "Need",
        "NeedCategory",
    ),
    "network": (
        "Directory",
        "Offer",
        "Structure",
    ),
    "objectives": (
        "Direction",
        "Indicator",
        "Objective",
    ),
    "partners": (
        "Affiliation",
        "Contribution",
        "ContributionKind",
        "Partner",
        "PartnerKind",
        "Representative",
    ),
    "planning": (
        "Period",
        "Recurrence",
        "RuleParts",
        "Step",
        "StepKind",
        "Timeline",
    ),
    "progress": (
        "Progress",
        "Trend",
        "indicator_progress",
        "objective_progress",
        "progress",
    ),
    "publics": ("TargetPublic",),
    "render": ("render_gantt", "render_markdown", "summarize"),
    "roles": (
        "Assignment",
        "Raci",
        "Role",
        "RoleKind",
        "Task",
    ),
    "schedule": (
        "Agenda",
        "AudiencePlan",
        "Occurrence",
        "OccurrenceKind",
        "agenda",
        "communication_plan",
        "occurrences",
    ),
    "serialization": (
        "Problem",
        "SerializationError",
        "from_dict",
        "from_json",
        "json_schema",
        "to_dict",
        "to_json",
    ),
    "starter": ("starting_dossier",),
    "tally": (
        "SetAside",
        "SetAsideReason",
        "Tally",
        "TallyOutcome",
        "count_votes",
        "eligible_voters",
        "rule_in_force",
        "tally",
    ),
    "validation": (
        "Context",
        "Finding",
        "MethodologyStep",
        "Profile",
        "ProfileError",
        "Report",
        "Rule",
        "Severity",
        "UnknownProfileError",
        "Violation",
        "get_profile",
        "register_profile",
        "validate",
    ),
}
"""Each public name, under the module that defines it. ``import partnership_model``
loads none of them: a name is imported the first time it is asked for, so that an
application, or ``partnership-model check``, pays only for what it uses."""

_MODULE_OF = {name: module for module, names in _EXPORTED_BY.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'partnership_model' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"partnership_model.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})


class _Package(types.ModuleType):
    """The package, whose public functions keep their names when a module of the same
    name is imported (``diff``, ``history``, ``progress``, ``tally``): importing
    ``partnership_model.diff`` binds the module to the package's attribute ``diff``,
    where an application finds the function."""

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and _MODULE_OF.get(name) == name:
            return  # the submodule stays in sys.modules; the attribute is the function
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "LANGUAGES",
    "ROLE_CATEGORIES",
    "Affiliation",
    "Agenda",
    "Amendment",
    "Assignment",
    "Attendance",
    "Audience",
    "AudiencePlan",
    "Ballot",
    "BodyKind",
    "BudgetLine",
    "Candidate",
    "Change",
    "ChangeKind",
    "Channel",
    "Choice",
    "Classification",
    "Clause",
    "ClauseKind",
    "CommunicationAction",
    "CommunicationPlan",
    "ConflictProcedure",
    "ConflictRecord",
    "ConflictStep",
    "Context",
    "Contribution",
    "ContributionKind",
    "Convention",
    "CurrencyMismatchError",
    "DecideNote",
    "DecideStep",
    "DecisionMode",
    "DecisionRecord",
    "DecisionRule",
    "Difference",
    "Direction",
    "Directory",
    "Dossier",
    "EarlyStart",
    "Escalation",
    "EscalationAction",
    "EscalationStep",
    "EvaluationMoment",
    "EvaluationPlan",
    "EvaluationReport",
    "Finding",
    "Form",
    "FormFacts",
    "FundManagement",
    "GoverningBody",
    "Holding",
    "HoldingKind",
    "Indicator",
    "InstitutionKind",
    "InstitutionalLink",
    "InvalidValueError",
    "Involvement",
    "JsonValue",
    "LabelledEnum",
    "LegalIdentifier",
    "MatchReason",
    "Measurement",
    "MethodologyStep",
    "MissingExtraError",
    "Money",
    "Need",
    "NeedCategory",
    "NeedMatch",
    "Objective",
    "Occurrence",
    "OccurrenceKind",
    "Offer",
    "Outcome",
    "Partner",
    "PartnerKind",
    "PartnershipModelError",
    "Period",
    "PrintError",
    "Problem",
    "Profile",
    "ProfileError",
    "Progress",
    "Proxy",
    "ProxyRule",
    "Quantity",
    "Raci",
    "Reason",
    "Recurrence",
    "Report",
    "ReportingDuty",
    "Representative",
    "Role",
    "RoleKind",
    "Rounding",
    "Rule",
    "RuleParts",
    "Schedule",
    "ScheduledStep",
    "SerializationError",
    "SetAside",
    "SetAsideReason",
    "Severity",
    "Signature",
    "Step",
    "StepKind",
    "Structure",
    "Tally",
    "TallyOutcome",
    "TargetPublic",
    "Task",
    "TemplateError",
    "TieBreak",
    "Timeline",
    "Topic",
    "Trend",
    "UnknownProfileError",
    "UnmetKind",
    "UnsupportedLanguageError",
    "Version",
    "Veto",
    "VetoHolders",
    "Violation",
    "VoteBase",
    "Weight",
    "WithdrawalConsequences",
    "WrittenProcedure",
    "__version__",
    "agenda",
    "classify",
    "communication_plan",
    "count_votes",
    "diff",
    "earliest_schedule",
    "early_starts",
    "eligible_voters",
    "escalation",
    "form_facts",
    "from_dict",
    "from_json",
    "get_profile",
    "history",
    "indicator_progress",
    "json_schema",
    "match_needs",
    "objective_progress",
    "occurrences",
    "print_agreement",
    "progress",
    "register_profile",
    "render_agreement",
    "render_gantt",
    "render_markdown",
    "rule_in_force",
    "starting_dossier",
    "summarize",
    "tally",
    "to_dict",
    "to_ical",
    "to_json",
    "totals_by_currency",
    "validate",
    "withdrawal_consequences",
]
