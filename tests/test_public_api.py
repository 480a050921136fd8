"""The public surface is a decision: changing it must change this test."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import partnership_model

PUBLIC_MODULES = sorted(
    f"partnership_model.{m.name}"
    for m in pkgutil.iter_modules(partnership_model.__path__)
    if not m.name.startswith("_")
)


def _isort_order(name: str) -> tuple[bool, bool, str]:
    # Constants, then classes, then functions: the order ruff's RUF022 keeps.
    return (not name.isupper(), not name[:1].isupper(), name)


def test_all_is_sorted_and_every_name_exists() -> None:
    names = partnership_model.__all__
    assert list(names) == sorted(names, key=_isort_order)
    assert len(set(names)) == len(names)
    for name in names:
        assert hasattr(partnership_model, name), name


def test_every_public_module_declares_a_sorted_all_of_names_it_defines() -> None:
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        declared = module.__all__
        assert list(declared) == sorted(declared, key=_isort_order), module_name
        for name in declared:
            assert hasattr(module, name), f"{module_name}.{name}"


def test_every_public_class_of_the_modules_is_exported_from_the_package() -> None:
    exported = set(partnership_model.__all__)
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            if isinstance(getattr(module, name), type):
                assert name in exported, f"{module_name}.{name} is public but not exported"


def test_the_public_surface() -> None:
    assert set(partnership_model.__all__) == {
        "Affiliation", "Amendment", "Assignment", "Attendance", "Audience", "Ballot", "BodyKind",
        "BudgetLine", "Channel", "Choice", "Classification", "Clause", "ClauseKind",
        "CommunicationAction", "CommunicationPlan", "ConflictProcedure", "ConflictRecord",
        "ConflictStep", "Context", "Escalation", "escalation",
        "Contribution", "ContributionKind", "Convention", "CurrencyMismatchError",
        "DecideNote", "DecideStep", "DecisionMode", "DecisionRecord", "DecisionRule",
        "Direction", "Directory", "Dossier", "EscalationAction", "EscalationStep",
        "EvaluationMoment", "EvaluationPlan", "EvaluationReport", "Finding", "Form", "FormFacts",
        "FundManagement", "GoverningBody", "Indicator", "InstitutionKind", "InstitutionalLink",
        "InvalidValueError", "Involvement", "JsonValue", "LANGUAGES", "LabelledEnum",
        "LegalIdentifier", "Measurement", "MethodologyStep", "MissingExtraError", "Money", "Need",
        "NeedCategory",
        "Objective", "Offer", "Outcome", "Partner", "PartnerKind", "PartnershipModelError",
        "Period", "PrintError", "Problem", "Profile", "ProfileError", "Progress", "Proxy",
        "ProxyRule", "TemplateError",
        "Quantity", "Raci",
        "Reason", "Rounding", "SetAside", "SetAsideReason", "Tally", "TallyOutcome",
        "TieBreak", "Veto", "VetoHolders", "Weight", "WrittenProcedure",
        "Recurrence", "Report",
        "ReportingDuty", "Representative", "Role", "RoleKind", "Rule", "RuleParts",
        "SerializationError",
        "Severity", "Signature", "Step", "StepKind", "Structure", "TargetPublic", "Task",
        "Timeline", "Topic", "UnknownProfileError", "UnsupportedLanguageError", "Violation",
        "VoteBase", "__version__", "classify", "form_facts", "from_dict", "from_json",
        "get_profile", "json_schema", "register_profile", "render_markdown", "starting_dossier",
        "print_agreement", "render_agreement",
        "summarize", "tally", "to_dict", "to_json", "totals_by_currency", "validate",
        "count_votes", "eligible_voters", "rule_in_force", "Trend", "objective_progress",
        "progress", "Agenda", "AudiencePlan", "Occurrence", "OccurrenceKind", "EarlyStart",
        "Schedule", "ScheduledStep", "agenda", "communication_plan", "occurrences",
        "earliest_schedule", "early_starts", "to_ical", "render_gantt", "Change", "ChangeKind",
        "Difference", "Version", "diff", "history", "indicator_progress",
        "ROLE_CATEGORIES", "Candidate", "MatchReason", "NeedMatch", "UnmetKind", "match_needs",
        "Holding", "HoldingKind", "WithdrawalConsequences", "withdrawal_consequences",
    }  # fmt: skip


def test_importing_the_package_does_not_import_hypothesis_nor_icalendar() -> None:
    # Hypothesis and icalendar are optional extras (DESIGN, decision 10): the domain never
    # needs them, and to_ical imports icalendar only when it is called.
    code = (
        "import sys, partnership_model.cli; "
        "print('hypothesis' in sys.modules, 'icalendar' in sys.modules)"
    )
    result = subprocess.run(  # noqa: S603  # our own interpreter, fixed arguments
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False False"


def test_each_name_is_the_object_its_module_defines_and_the_type_checker_sees() -> None:
    # The package loads a name from its module the first time it is asked for; the
    # imports a type checker reads (under TYPE_CHECKING) name the same modules.
    tree = ast.parse(Path(partnership_model.__file__).read_text(encoding="utf-8"))
    checked = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
    )
    seen = {
        alias.name: node.module
        for node in checked.body
        if isinstance(node, ast.ImportFrom) and node.module is not None
        for alias in node.names
    }
    assert set(seen) | {"__version__"} == set(partnership_model.__all__)
    for name, module in seen.items():
        assert getattr(partnership_model, name) is getattr(importlib.import_module(module), name)


def test_a_function_keeps_its_name_when_its_module_of_the_same_name_is_imported() -> None:
    code = (
        "import partnership_model.diff, partnership_model.history, partnership_model.tally; "
        "import partnership_model as p; "
        "print(p.diff.__name__, p.history.__name__, p.tally.__name__, callable(p.progress))"
    )
    result = subprocess.run(  # noqa: S603  # our own interpreter, fixed arguments
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["diff", "history", "tally", "True"]


def test_importing_the_package_loads_nothing_and_check_only_what_it_uses() -> None:
    code = (
        "import sys, partnership_model; "
        "print(sorted(m for m in sys.modules if m.startswith('partnership_model.')))"
    )
    result = subprocess.run(  # noqa: S603  # our own interpreter, fixed arguments
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['partnership_model._version']"
    check = (
        "import sys, io, contextlib; from partnership_model.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    status = main(['check', 'examples/brussels-partnership.json'])\n"
        "print(status, sorted(m.rsplit('.', 1)[-1] for m in sys.modules"
        " if m.startswith('partnership_model.')))"
    )
    result = subprocess.run(  # noqa: S603  # our own interpreter, fixed arguments
        [sys.executable, "-c", check],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent.parent,
    )
    status, loaded = result.stdout.split(" ", 1)
    assert status == "0"
    for unused in ("render", "diff", "history", "ical", "matching", "schedule", "membership"):
        assert f"'{unused}'" not in loaded, unused


def test_the_package_ships_its_type_information() -> None:
    assert files("partnership_model").joinpath("py.typed").is_file()


def test_the_package_lists_every_name_it_lends_before_loading_it() -> None:
    listed = dir(partnership_model)
    assert set(partnership_model.__all__) <= set(listed)
    assert listed == sorted(listed)
