"""The shipped examples build, say what the README says, and run as scripts."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys

import pytest

from partnership_model import (
    Form,
    MethodologyStep,
    PartnerKind,
    Raci,
    RoleKind,
    StepKind,
    classify,
    validate,
)
from tests.support import EXAMPLES, brussels, load_example


def test_the_brussels_example_is_a_partnership_by_declaration_and_by_the_facts() -> None:
    convention = brussels().convention
    assert convention.form is Form.PARTNERSHIP
    assert classify(convention).form is Form.PARTNERSHIP


def test_the_brussels_example_has_what_the_issue_asks_for() -> None:
    convention = brussels().convention
    associations = [p for p in convention.partners if p.kind is PartnerKind.ASSOCIATION]
    assert len(associations) >= 3
    assert any(p.kind is PartnerKind.PUBLIC_AUTHORITY for p in convention.partners)
    assert any(s.kind is StepKind.SUBSIDY_APPLICATION for s in convention.timeline.steps)
    coordinators = [r for r in convention.roles if r.kind is RoleKind.COORDINATOR]
    assert len(coordinators) == 1
    assert len(coordinators[0].holders) == 1
    for task in convention.tasks:
        assert len(task.partners_with(Raci.ACCOUNTABLE)) == 1
        assert task.partners_with(Raci.RESPONSIBLE)
    assert len({c.kind for c in convention.contributions}) >= 4
    assert convention.decision_rules
    assert convention.conflict_procedure.steps
    assert convention.evaluation.moments
    assert {a.audience for a in convention.communication.actions} == {
        "public",
        "professionals",
        "institutions",
        "informal",
    }


@pytest.mark.parametrize(
    ("language", "heading"),
    [("fr", "Partenaires"), ("en", "Partners"), ("nl", "Partners")],
)
def test_the_brussels_example_runs_as_a_script_and_prints_its_summary(
    language: str, heading: str
) -> None:
    result = subprocess.run(  # noqa: S603  # our own interpreter and example, fixed arguments
        [sys.executable, str(EXAMPLES / "brussels_partnership.py"), language],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("Paniers et fourneaux de Laeken\n")
    assert heading in result.stdout
    assert "Le Pont de Laeken ASBL" in result.stdout


def test_the_json_examples_are_those_the_python_examples_build() -> None:
    spec = importlib.util.spec_from_file_location(
        "write_examples", EXAMPLES.parent / "tools" / "write_examples.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path, text in module.documents().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is out of date: run python tools/write_examples.py"
        )


def test_the_draft_shows_findings_in_every_step_of_the_methodology() -> None:
    report = validate(load_example("draft").build_dossier())
    assert not report.is_complete
    assert set(report.by_step) == set(MethodologyStep)
    assert report.stage is MethodologyStep.DEFINE


def test_the_brussels_example_is_complete_under_the_methodology() -> None:
    report = validate(brussels(), today=dt.date(2026, 12, 20))
    assert report.is_complete
    assert report.findings == ()
