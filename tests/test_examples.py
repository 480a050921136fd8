"""The shipped examples build, say what the README says, and run as scripts."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
from types import ModuleType

import pytest

from partnership_model import (
    LANGUAGES,
    Dossier,
    Form,
    MethodologyStep,
    PartnerKind,
    Raci,
    RoleKind,
    StepKind,
    classify,
    from_json,
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


def test_the_user_side_property_tests_pass_as_a_user_runs_them() -> None:
    # Run by pytest in a fresh process, as the portal's developers run it: Hypothesis's
    # default settings (100 examples a test), none of this suite's profiles.
    result = subprocess.run(  # noqa: S603  # our own interpreter and example, fixed arguments
        [
            sys.executable,
            "-m",
            "pytest",
            str(EXAMPLES / "test_grant_portal.py"),
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(EXAMPLES),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=EXAMPLES,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 passed" in result.stdout


# --- the collaboration example, and the rendered documents of every example ----------------

BEFORE_THE_SCHOOL_YEAR = dt.date(2027, 8, 20)
"""After the collaboration's signatures and before anything of it is due."""

SHIPPED = ("brussels-partnership", "collaboration", "draft")
"""The JSON examples, by the name of their file without ``.json``."""


def collaboration() -> Dossier:
    """The complete collaboration example (``examples/collaboration.py``)."""
    dossier = load_example("collaboration").build_dossier()
    assert isinstance(dossier, Dossier)
    return dossier


def write_examples() -> ModuleType:
    """``tools/write_examples.py``, loaded from its file: tools are scripts."""
    spec = importlib.util.spec_from_file_location(
        "write_examples", EXAMPLES.parent / "tools" / "write_examples.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check(*args: str) -> subprocess.CompletedProcess[str]:
    """``partnership-model ARGS``, run as a user runs it."""
    return subprocess.run(  # noqa: S603  # our own interpreter and module, fixed arguments
        [sys.executable, "-m", "partnership_model", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_collaboration_example_is_a_collaboration_by_declaration_and_by_the_facts() -> None:
    convention = collaboration().convention
    assert convention.form is Form.COLLABORATION
    assert classify(convention).form is Form.COLLABORATION
    # One association brings its stone to another association's project (seed, section 2).
    assert convention.owner is not None
    assert convention.carriers == ()
    kinds = {partner.id: partner.kind for partner in convention.partners}
    assert kinds[convention.owner] is PartnerKind.ASSOCIATION
    contributors = {c.partner for c in convention.contributions} - {convention.owner}
    assert contributors
    assert all(kinds[partner] is PartnerKind.ASSOCIATION for partner in contributors if partner)
    assert {c.kind for c in convention.contributions if c.partner in contributors} >= {
        "premises",
        "human",
    }


@pytest.mark.parametrize("today", [None, BEFORE_THE_SCHOOL_YEAR])
@pytest.mark.parametrize("profile", ["collaboration", "methodology"])
def test_the_collaboration_example_is_complete_without_a_finding(
    profile: str, today: dt.date | None
) -> None:
    report = validate(collaboration(), profile=profile, today=today)
    assert report.is_complete
    assert report.findings == ()


def test_the_collaboration_example_runs_as_a_script_and_prints_its_summary() -> None:
    result = subprocess.run(  # noqa: S603  # our own interpreter and example, fixed arguments
        [sys.executable, str(EXAMPLES / "collaboration.py"), "nl"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("Club de devoirs Josaphat\n")
    assert "samenwerking" in result.stdout
    assert "Maison de quartier Josaphat ASBL" in result.stdout


def test_the_cli_finds_the_collaboration_example_complete_under_its_profile() -> None:
    result = check(
        "check",
        str(EXAMPLES / "collaboration.json"),
        "--profile",
        "collaboration",
        "--today",
        BEFORE_THE_SCHOOL_YEAR.isoformat(),
        "--lang",
        "en",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Profile: collaboration · complete" in result.stdout
    assert result.stderr == ""


def test_every_example_is_rendered_in_every_language_under_its_name() -> None:
    expected = {
        EXAMPLES / "rendered" / f"{name}.{language}.md"
        for name in SHIPPED
        for language in LANGUAGES
    }
    assert set((EXAMPLES / "rendered").iterdir()) == expected
    assert expected <= set(write_examples().documents())
    for name in SHIPPED:
        title = from_json((EXAMPLES / f"{name}.json").read_bytes(), Dossier).convention.name
        for language in LANGUAGES:
            text = (EXAMPLES / "rendered" / f"{name}.{language}.md").read_text(encoding="utf-8")
            assert text.startswith(f"# {title}\n"), f"{name}.{language}.md"


def test_the_cli_renders_the_shipped_document() -> None:
    result = check("render", str(EXAMPLES / "brussels-partnership.json"), "--lang", "en")
    assert result.returncode == 0, result.stderr
    shipped = EXAMPLES / "rendered" / "brussels-partnership.en.md"
    assert result.stdout == shipped.read_text(encoding="utf-8")


def test_the_examples_readme_names_every_shipped_example_and_its_documents() -> None:
    # examples/README.md lists these files; the draft and the CLI's other statuses are
    # tested in tests/test_cli.py.
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for name in SHIPPED:
        assert f"examples/{name}.json" in readme
        assert f"examples/rendered/{name}.en.md" in readme
    assert "--profile collaboration" in readme
