"""The validation framework: rules as data, profiles, reports, and the rules page.

These tests read the catalogue at run time: whatever rules the modules declare, each
must be said in three languages with the same placeholders, belong to a profile, and
never raise on anything the model can build.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import pickle
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
from hypothesis import given

import partnership_model
from partnership_model import (
    LANGUAGES,
    ClauseKind,
    Context,
    Convention,
    DecisionRecord,
    Dossier,
    EvaluationMoment,
    EvaluationPlan,
    Finding,
    GoverningBody,
    Indicator,
    InvalidValueError,
    MethodologyStep,
    Need,
    NeedCategory,
    Objective,
    Partner,
    PartnershipModelError,
    Profile,
    ProfileError,
    Report,
    Representative,
    Rule,
    Severity,
    Step,
    Task,
    Timeline,
    UnknownProfileError,
    UnsupportedLanguageError,
    Violation,
    get_profile,
    register_profile,
    validate,
)
from partnership_model import validation as validation_module
from partnership_model._rules import RULES
from partnership_model.decision_making import DecisionMode, DecisionRule
from partnership_model.partners import Contribution, ContributionKind
from partnership_model.validation import (
    BUILT_IN_PROFILES,
    CATALOGUE,
    STAGES,
    placeholders,
    profiles,
)
from tests import generators as gen
from tests.support import conventions_or_dossiers

ROOT = Path(__file__).parent.parent
BUILT_IN_NAMES = ("methodology", "collaboration", "consortium")
MODULE_ORDER = (
    "define",
    "clarify",
    "plan",
    "evaluate",
    "crosscutting",
    "minutes",
    "integrity",
    "consortium",
)
CODE = re.compile(r"^[a-z]+(\.[a-z0-9-]+)+$")
TODAY = dt.date(2027, 3, 1)


def load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def texts(text: str) -> dict[str, str]:
    return {language: f"{text} ({language})" for language in LANGUAGES}


def make_rule(check: Any = None, **fields: Any) -> Rule:
    """A rule for the tests: a warning of DEFINE that finds nothing unless told otherwise."""

    def nothing(context: Context) -> Iterable[Violation]:
        return ()

    defaults: dict[str, Any] = {
        "code": "app.test.rule",
        "step": MethodologyStep.DEFINE,
        "severity": Severity.WARNING,
        "section": "tests",
        "message": texts("Message"),
        "hint": texts("Hint"),
    }
    return Rule(check=nothing if check is None else check, **{**defaults, **fields})


def always(*violations: Violation) -> Any:
    """A check that yields ``violations`` whatever it reads."""

    def check(context: Context) -> Iterator[Violation]:
        yield from violations

    return check


def only(*rules: Rule, name: str = "test-only") -> Profile:
    return Profile(name=name, rules=rules)


def finding(
    step: MethodologyStep,
    severity: Severity = Severity.ERROR,
    code: str = "app.test.rule",
    path: str = "$",
) -> Finding:
    return Finding(
        code=code, severity=severity, step=step, path=path, message="message", hint="hint"
    )


def report_of(*findings: Finding) -> Report:
    return Report(findings=findings, profile="test", language="en", rules=("app.test.rule",))


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Profiles registered by the test are forgotten after it."""
    monkeypatch.setattr(validation_module, "_PROFILES", dict(validation_module._PROFILES))


# --- Rule: texts in three languages, same placeholders --------------------------------------


@pytest.mark.parametrize("field", ["message", "hint"])
@pytest.mark.parametrize(
    "value",
    [
        {"fr": "Texte", "en": "Text"},
        {"fr": "Texte", "en": "Text", "nl": "Tekst", "de": "Text"},
        {"fr": "Texte", "en": "Text", "de": "Text"},
        {},
        "Texte",
        None,
        [("fr", "Texte"), ("en", "Text"), ("nl", "Tekst")],
    ],
    ids=["missing-nl", "extra-de", "de-for-nl", "empty", "a-string", "none", "pairs"],
)
def test_a_rule_refuses_texts_that_lack_a_language(field: str, value: object) -> None:
    with pytest.raises(InvalidValueError) as caught:
        make_rule(**{field: value})
    assert caught.value.field == f"Rule.{field}"
    assert "fr, en, nl" in str(caught.value)


@pytest.mark.parametrize("field", ["message", "hint"])
@pytest.mark.parametrize("blank", ["", "   ", "\n", None, 3])
def test_a_rule_refuses_a_blank_or_non_text_language(field: str, blank: object) -> None:
    value = {"fr": "Texte", "en": "Text", "nl": blank}
    with pytest.raises(InvalidValueError) as caught:
        make_rule(**{field: value})
    assert caught.value.field == f"Rule.{field}"
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, PartnershipModelError)


@pytest.mark.parametrize("field", ["message", "hint"])
@pytest.mark.parametrize(
    "value",
    [
        {"fr": "« {nom} » manque.", "en": "'{name}' is missing.", "nl": "'{name}' ontbreekt."},
        {"fr": "{a} et {b}", "en": "{a} and {b}", "nl": "{a}"},
        {"fr": "{a}", "en": "{a}", "nl": "geen"},
    ],
    ids=["renamed", "one-fewer", "none-in-one"],
)
def test_a_rule_refuses_languages_with_different_placeholders(field: str, value: object) -> None:
    with pytest.raises(InvalidValueError) as caught:
        make_rule(**{field: value})
    assert "placeholders" in str(caught.value)


def test_a_rule_accepts_the_same_placeholders_in_another_order() -> None:
    message = {"fr": "{a} puis {b}", "en": "{b} after {a}", "nl": "{a} {a} {b}"}
    assert make_rule(message=message).message == message


def test_placeholders_are_the_named_fields_of_a_template() -> None:
    assert placeholders("« {name} » ({id}), {{not}} {count!r} {value:>4}") == {
        "name",
        "id",
        "count",
        "value",
    }
    assert placeholders("nothing") == frozenset()


# --- the catalogue --------------------------------------------------------------------------

RULE_IDS = [rule.code for rule in RULES]


def test_the_catalogue_holds_every_registered_rule_once() -> None:
    codes = [rule.code for rule in RULES]
    assert len(codes) == len(set(codes)), "two rules share a code"
    assert list(CATALOGUE) == codes
    assert all(CATALOGUE[rule.code] is rule for rule in RULES)


def test_the_catalogue_has_the_example_rules_of_every_module_that_is_written() -> None:
    assert "integrity.ids.duplicate" in CATALOGUE
    assert "consortium.clause.missing" in CATALOGUE


@pytest.mark.parametrize("rule", RULES, ids=RULE_IDS)
def test_every_rule_is_said_in_three_languages_with_the_same_placeholders(rule: Rule) -> None:
    for texts_of_rule in (rule.message, rule.hint):
        assert set(texts_of_rule) == set(LANGUAGES)
        assert all(text.strip() for text in texts_of_rule.values())
        assert len({placeholders(t) for t in texts_of_rule.values()}) == 1


@pytest.mark.parametrize("rule", RULES, ids=RULE_IDS)
def test_every_rule_has_a_dotted_code_a_section_and_a_built_in_profile(rule: Rule) -> None:
    assert CODE.match(rule.code), rule.code
    assert rule.section.strip()
    assert callable(rule.check)
    assert any(rule.code in profile.codes for profile in BUILT_IN_PROFILES)


@pytest.mark.parametrize("rule", RULES, ids=RULE_IDS)
def test_french_texts_keep_a_no_break_space_before_double_punctuation(rule: Rule) -> None:
    for text in (rule.message["fr"], rule.hint["fr"]):
        assert not re.search(r" [:;?!»]|« ", text)


CARRIES_MORE_THAN_IT_SAYS = frozenset({"plan.steps.overdue"})
"""The rules whose violations carry a parameter their texts do not show (the overdue step
keeps its planned start beside the end it shows)."""


@given(conventions_or_dossiers, gen.optional(gen.dates))
def test_every_rule_runs_on_anything_the_model_builds_and_fills_exactly_its_placeholders(
    target: tuple[Convention, Dossier | None], today: dt.date | None
) -> None:
    convention, dossier = target
    context = Context(convention, dossier, today)
    for rule in RULES:
        if (rule.needs_dossier and dossier is None) or (rule.needs_today and today is None):
            continue
        for violation in rule.check(context):
            assert isinstance(violation, Violation)
            # What the message and the hint say between them (a hint may suggest an id).
            said = placeholders(rule.message["fr"]) | placeholders(rule.hint["fr"])
            if rule.code in CARRIES_MORE_THAN_IT_SAYS:
                assert said <= set(violation.params)
            else:
                assert set(violation.params) == said
            assert not violation.in_dossier or rule.needs_dossier
            for language in LANGUAGES:
                rule.message[language].format_map(violation.params)
                rule.hint[language].format_map(violation.params)


def test_the_catalogue_follows_the_order_of_the_modules() -> None:
    modules = [rule.check.__module__.rpartition(".")[2] for rule in CATALOGUE.values()]
    assert set(modules) <= set(MODULE_ORDER)
    positions = [MODULE_ORDER.index(module) for module in modules]
    assert positions == sorted(positions)


def test_the_built_in_profiles_are_three_and_keep_the_catalogue_order() -> None:
    assert tuple(p.name for p in BUILT_IN_PROFILES) == BUILT_IN_NAMES
    order = list(CATALOGUE)
    for profile in BUILT_IN_PROFILES:
        assert profile.description
        assert all(rule is CATALOGUE[rule.code] for rule in profile.rules)
        positions = [order.index(code) for code in profile.codes]
        assert positions == sorted(positions)
        assert set(profile.severities) <= set(profile.codes)


def test_the_consortium_profile_holds_the_whole_methodology() -> None:
    assert set(get_profile("methodology").codes) <= set(get_profile("consortium").codes)


# --- profiles by name -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["nope", "Methodology", "", "methodology ", 3, None, ["x"]])
def test_an_unknown_profile_raises_the_library_error_listing_the_known_ones(name: Any) -> None:
    with pytest.raises(UnknownProfileError) as caught:
        validate(Convention(name="Brouillon"), profile=name)
    error = caught.value
    assert isinstance(error, ValueError)
    assert isinstance(error, PartnershipModelError)
    assert error.name == name
    for known in BUILT_IN_NAMES:
        assert known in str(error)
        assert known in error.known


def test_the_unknown_profile_error_survives_pickling() -> None:
    error = UnknownProfileError("nope", BUILT_IN_NAMES)
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301  # our own object
    assert type(copy) is UnknownProfileError
    assert str(copy) == str(error)
    assert copy.known == BUILT_IN_NAMES


@pytest.mark.parametrize("name", BUILT_IN_NAMES)
def test_get_profile_gives_each_built_in_profile(name: str) -> None:
    assert get_profile(name).name == name
    assert name in profiles()


def test_the_profile_types_and_functions_are_public() -> None:
    for name in ("Profile", "Rule", "Violation", "Context", "get_profile", "register_profile"):
        assert name in partnership_model.__all__


# --- languages ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "fr_BE", "", "english", 3])
def test_an_unknown_language_raises_the_library_error(language: Any) -> None:
    with pytest.raises(UnsupportedLanguageError) as caught:
        validate(Convention(name="Brouillon"), language=language)
    assert isinstance(caught.value, ValueError)
    assert "fr, en, nl" in str(caught.value)


@pytest.mark.parametrize(("tag", "language"), [("nl-BE", "nl"), ("fr-BE", "fr"), ("EN", "en")])
def test_a_regional_language_tag_speaks_its_language(tag: str, language: str) -> None:
    rule = make_rule(always(Violation("name")))
    report = validate(Convention(name="Brouillon"), profile=only(rule), language=tag)
    assert report.language == language
    assert report.findings[0].message == f"Message ({language})"
    assert report.findings[0].hint == f"Hint ({language})"


def test_nl_be_gives_dutch_findings_from_the_catalogue() -> None:
    target = Convention(name="Brouillon", carriers=("spook",))
    report = validate(target, language="nl-BE")
    (unknown,) = [f for f in report.findings if f.code == "integrity.references.unknown"]
    assert unknown.message == CATALOGUE["integrity.references.unknown"].message["nl"].format(
        id="spook", kind="partner"
    )


def test_enum_and_collection_parameters_are_shown_in_the_report_language() -> None:
    rule = make_rule(
        always(Violation("clauses", {"kinds": (ClauseKind.LIABILITY, "autre"), "n": 2})),
        message={"fr": "{kinds} ({n})", "en": "{kinds} ({n})", "nl": "{kinds} ({n})"},
        hint={"fr": "{kinds}", "en": "{kinds}", "nl": "{kinds}"},
    )
    for language, label in (("fr", "responsabilité"), ("en", "liability")):
        (found,) = validate(Convention(name="B"), profile=only(rule), language=language).findings
        assert found.message == f"{label}, autre (2)"
        assert found.hint == f"{label}, autre"
    nested = make_rule(
        always(Violation("", {"kinds": [frozenset({ClauseKind.OTHER})]})),
        message={"fr": "{kinds}", "en": "{kinds}", "nl": "{kinds}"},
    )
    (found,) = validate(Convention(name="B"), profile=only(nested), language="nl").findings
    assert found.message == "andere"


# --- Profile: without, with_severity, with_rules --------------------------------------------


def test_without_drops_the_rules_and_keeps_the_rest() -> None:
    consortium = get_profile("consortium")
    smaller = consortium.without(
        "consortium.clause.missing", "consortium.dispute.no-mediation", name="smaller"
    )
    assert smaller.name == "smaller"
    assert smaller.codes == tuple(
        code
        for code in consortium.codes
        if code not in {"consortium.clause.missing", "consortium.dispute.no-mediation"}
    )
    assert consortium.without("consortium.clause.missing", name="mine").name == "mine"
    assert "consortium.clause.missing" in consortium.codes  # the original is unchanged


@pytest.mark.parametrize(
    "build",
    [
        lambda p: p.without("no.such-rule", name="mine"),
        lambda p: p.without("integrity.ids.duplicate", "no.such-rule", name="mine"),
        lambda p: p.with_severity("no.such-rule", Severity.INFO, name="mine"),
        lambda p: p.without("consortium.clause.missing", name="mine"),  # not in methodology
    ],
    ids=["without", "without-among-known", "with-severity", "rule-of-another-profile"],
)
def test_changing_a_rule_the_profile_does_not_have_is_refused(build: Any) -> None:
    with pytest.raises(PartnershipModelError) as caught:
        build(get_profile("methodology"))
    assert "'methodology'" in str(caught.value)
    assert "rule" in str(caught.value)


def test_with_severity_changes_the_severity_in_this_profile_only() -> None:
    consortium = get_profile("consortium")
    rule = CATALOGUE["consortium.signatures.incomplete"]
    lowered = consortium.with_severity(rule.code, Severity.INFO, name="lenient")
    assert lowered.name == "lenient"
    assert lowered.severity_of(rule) is Severity.INFO
    assert consortium.severity_of(rule) is Severity.ERROR
    assert rule.severity is Severity.ERROR
    target = Convention(name="B", partners=(Partner(id="a", name="A"),))
    (found,) = [f for f in validate(target, profile=lowered).findings if f.code == rule.code]
    assert found.severity is Severity.INFO
    # A profile still being built, registered nowhere, keeps its name as it changes.
    again = lowered.with_severity(rule.code, Severity.WARNING)
    assert again.severity_of(rule) is Severity.WARNING
    assert again.name == "lenient"


def test_with_rules_adds_an_application_rule_at_the_end() -> None:
    mine = make_rule(always(Violation("purpose")))
    extended = get_profile("collaboration").with_rules(mine, name="mine")
    assert extended.name == "mine"
    assert extended.codes[-1] == mine.code
    assert extended.codes[:-1] == get_profile("collaboration").codes
    report = validate(Convention(name="B"), profile=extended)
    assert report.by_code[mine.code] == 1
    assert report.rules[-1] == mine.code


@pytest.mark.parametrize(
    "rules",
    [
        (CATALOGUE["integrity.ids.duplicate"],),
        (make_rule(code="integrity.ids.duplicate"),),
        (make_rule(code="app.a.b"), make_rule(code="integrity.references.unknown")),
    ],
    ids=["the-same-rule", "a-rule-with-its-code", "one-of-two"],
)
def test_with_rules_refuses_a_code_the_profile_has(rules: tuple[Rule, ...]) -> None:
    with pytest.raises(PartnershipModelError) as caught:
        get_profile("methodology").with_rules(*rules, name="mine")
    assert "already" in str(caught.value)


@pytest.mark.parametrize(
    "build",
    [
        lambda p: p.without("integrity.ids.duplicate"),
        lambda p: p.with_severity("integrity.ids.duplicate", Severity.INFO),
        lambda p: p.with_rules(make_rule(code="app.a.b")),
    ],
    ids=["without", "with-severity", "with-rules"],
)
@pytest.mark.parametrize("name", BUILT_IN_NAMES)
def test_a_profile_made_from_a_registered_one_needs_a_name_of_its_own(
    build: Any, name: str
) -> None:
    # Otherwise a report would say "methodology" of rules that are not the methodology's.
    with pytest.raises(ProfileError) as caught:
        build(get_profile(name))
    assert str(caught.value) == (
        f"profile {name!r} is registered: a profile made from it needs a name of its own "
        "(name=...)"
    )


@pytest.mark.parametrize("name", [*BUILT_IN_NAMES, "", "  ", 3])
def test_a_profile_cannot_take_a_built_in_or_a_blank_name(name: Any) -> None:
    with pytest.raises(ProfileError):
        get_profile("methodology").without("integrity.ids.duplicate", name=name)


@pytest.mark.usefixtures("registry")
def test_a_registered_application_profile_needs_a_new_name_to_change_too() -> None:
    register_profile(only(make_rule(code="app.first.rule"), name="my-app"))
    with pytest.raises(ProfileError):
        get_profile("my-app").with_rules(make_rule(code="app.second.rule"))
    changed = get_profile("my-app").with_rules(make_rule(code="app.second.rule"), name="my-app-2")
    assert changed.codes == ("app.first.rule", "app.second.rule")


# --- register_profile -----------------------------------------------------------------------


@pytest.mark.parametrize("name", BUILT_IN_NAMES)
@pytest.mark.usefixtures("registry")
def test_a_built_in_name_cannot_be_registered_again(name: str) -> None:
    impostor = attrs.evolve(get_profile("methodology"), name=name, rules=())
    with pytest.raises(PartnershipModelError) as caught:
        register_profile(impostor)
    assert "built-in" in str(caught.value)
    with pytest.raises(PartnershipModelError):
        register_profile(impostor, replace=True)
    assert get_profile(name) is next(p for p in BUILT_IN_PROFILES if p.name == name)


@pytest.mark.usefixtures("registry")
def test_a_registered_profile_is_used_by_name() -> None:
    mine = make_rule(always(Violation("name")), code="app.name.checked")
    profile = (
        get_profile("methodology")
        .without("integrity.ids.duplicate", name="my-app")
        .with_rules(mine)
    )
    register_profile(profile)
    assert get_profile("my-app") is profile
    assert profiles()[:3] == BUILT_IN_NAMES
    assert profiles()[-1] == "my-app"
    report = validate(Convention(name="B"), profile="my-app", language="en")
    assert report.profile == "my-app"
    assert report.rules == tuple(
        rule.code for rule in profile.rules if not rule.needs_dossier and not rule.needs_today
    )
    assert "integrity.ids.duplicate" not in report.rules
    assert report.by_code["app.name.checked"] == 1
    with pytest.raises(UnknownProfileError) as caught:
        get_profile("your-app")
    assert "my-app" in str(caught.value)


@pytest.mark.usefixtures("registry")
def test_registering_a_name_again_is_refused_unless_told_to_replace_it() -> None:
    first = only(make_rule(code="app.first.rule"), name="my-app")
    second = only(make_rule(code="app.second.rule"), name="my-app")
    register_profile(first)
    with pytest.raises(ProfileError) as caught:
        register_profile(second)
    assert str(caught.value) == (
        "a profile 'my-app' is registered already; pass replace=True to replace it, "
        "or choose another name"
    )
    assert get_profile("my-app") is first
    register_profile(second, replace=True)
    assert get_profile("my-app") is second
    assert profiles().count("my-app") == 1


@pytest.mark.parametrize("wrong", ["methodology", None, {"name": "x"}])
def test_register_profile_takes_a_profile(wrong: Any) -> None:
    with pytest.raises(ProfileError) as caught:
        register_profile(wrong)
    assert "register_profile(profile)" in str(caught.value)


# --- Report ---------------------------------------------------------------------------------


def test_an_empty_report_is_complete_and_counts_every_severity() -> None:
    report = report_of()
    assert report.is_complete
    assert report.counts == dict.fromkeys(Severity, 0)
    assert list(report.counts) == list(Severity)
    assert report.by_step == {}
    assert report.by_code == {}
    assert report.stage is None


def test_warnings_and_infos_leave_a_report_complete() -> None:
    report = report_of(
        finding(MethodologyStep.DEFINE, Severity.WARNING),
        finding(MethodologyStep.PLAN, Severity.INFO),
    )
    assert report.is_complete
    assert report.counts == {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 1}
    assert report.stage is None


def test_the_report_groups_by_step_in_methodology_order_and_counts_by_code() -> None:
    findings = (
        finding(MethodologyStep.INTEGRITY, code="b.one"),
        finding(MethodologyStep.PLAN, Severity.WARNING, code="a.two"),
        finding(MethodologyStep.DEFINE, Severity.INFO, code="b.one"),
        finding(MethodologyStep.PLAN, code="c.three"),
        finding(MethodologyStep.INTEGRITY, code="b.one"),
    )
    report = report_of(*findings)
    assert not report.is_complete
    assert list(report.by_step) == [
        MethodologyStep.DEFINE,
        MethodologyStep.PLAN,
        MethodologyStep.INTEGRITY,
    ]
    assert report.by_step[MethodologyStep.PLAN] == (findings[1], findings[3])
    assert report.by_step[MethodologyStep.INTEGRITY] == (findings[0], findings[4])
    assert report.by_code == {"b.one": 3, "a.two": 1, "c.three": 1}
    assert list(report.by_code) == ["b.one", "a.two", "c.three"]
    assert report.counts == {Severity.ERROR: 3, Severity.WARNING: 1, Severity.INFO: 1}


@pytest.mark.parametrize(
    ("findings", "stage"),
    [
        ((), None),
        ((finding(MethodologyStep.INTEGRITY), finding(MethodologyStep.TRACING)), None),
        ((finding(MethodologyStep.DEFINE, Severity.WARNING),), None),
        ((finding(MethodologyStep.EVALUATE), finding(MethodologyStep.PLAN)), "plan"),
        (
            (
                finding(MethodologyStep.DEFINE, Severity.WARNING),
                finding(MethodologyStep.EVALUATE),
                finding(MethodologyStep.CLARIFY),
                finding(MethodologyStep.PLAN),
            ),
            "clarify",
        ),
        ((finding(MethodologyStep.DEFINE), finding(MethodologyStep.CLARIFY)), "define"),
        ((finding(MethodologyStep.EVALUATE),), "evaluate"),
    ],
    ids=["none", "errors-outside-the-stages", "warning-only", "plan", "clarify", "define", "eval"],
)
def test_the_stage_is_the_first_of_the_four_steps_with_an_error(
    findings: tuple[Finding, ...], stage: str | None
) -> None:
    assert STAGES == (
        MethodologyStep.DEFINE,
        MethodologyStep.CLARIFY,
        MethodologyStep.PLAN,
        MethodologyStep.EVALUATE,
    )
    found = report_of(*findings).stage
    assert (None if found is None else found.value) == stage


@pytest.mark.parametrize("today", [None, TODAY])
def test_to_dict_is_json_with_provenance_and_findings(today: dt.date | None) -> None:
    rule = make_rule(
        always(Violation("partners[0]", {"n": 1}, ("a", "b"))),
        step=MethodologyStep.CLARIFY,
        severity=Severity.ERROR,
    )
    report = validate(
        Dossier(convention=Convention(name="B")), profile=only(rule), today=today, language="en"
    )
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["library_version"] == partnership_model.__version__
    assert data["profile"] == "test-only"
    assert data["language"] == "en"
    assert data["today"] == (None if today is None else "2027-03-01")
    assert data["rules"] == ["app.test.rule"]
    assert data["is_complete"] is False
    assert data["stage"] == "clarify"
    assert data["counts"] == {"error": 1, "warning": 0, "info": 0}
    assert data["by_code"] == {"app.test.rule": 1}
    (item,) = data["findings"]
    assert item["code"] == "app.test.rule"
    assert item["severity"] == "error"
    assert item["step"] == "clarify"
    assert item["path"] == "$.convention.partners[0]"
    assert item["message"] == "Message (en)"
    assert item["hint"] == "Hint (en)"
    assert list(item["subjects"]) == ["a", "b"]
    assert item == report.findings[0].to_dict()
    assert item["place"] == "partner 1"
    assert list(item) == [
        "code",
        "severity",
        "step",
        "path",
        "place",
        "message",
        "hint",
        "subjects",
    ]


def test_a_finding_says_its_place_in_words_in_the_report_s_language() -> None:
    rule = make_rule(always(Violation("partners[0].name", {"n": 1})))
    dossier = Dossier(convention=Convention(name="B", partners=(Partner(id="p", name="Pont"),)))
    said = [
        validate(dossier, profile=only(rule), language=language).findings[0].place
        for language in ("fr", "en", "nl")
    ]
    assert said == ["partenaire 1 «\u00a0Pont\u00a0» › nom", "partner 1 'Pont' › name",
                    "partner 1 'Pont' › naam"]  # fmt: skip


def test_a_finding_an_application_builds_itself_may_leave_its_place_empty() -> None:
    assert finding(MethodologyStep.DEFINE).place == ""


def test_in_order_gives_errors_then_warnings_then_information_by_step_then_place() -> None:
    found = [
        finding(severity=Severity.INFO, step=MethodologyStep.DEFINE, path="$.objectives"),
        finding(severity=Severity.ERROR, step=MethodologyStep.PLAN, path="$.tasks[10]"),
        finding(severity=Severity.ERROR, step=MethodologyStep.PLAN, path="$.tasks[2]"),
        finding(severity=Severity.WARNING, step=MethodologyStep.DEFINE, path="$.needs"),
        finding(severity=Severity.ERROR, step=MethodologyStep.DEFINE, path="$.needs[0]"),
        finding(severity=Severity.ERROR, step=MethodologyStep.DEFINE, path="$.objectives[3]"),
    ]
    in_order = report_of(*found).in_order
    assert [(f.severity.value, f.step.value, f.path) for f in in_order] == [
        ("error", "define", "$.objectives[3]"),
        ("error", "define", "$.needs[0]"),
        ("error", "plan", "$.tasks[2]"),
        ("error", "plan", "$.tasks[10]"),
        ("warning", "define", "$.needs"),
        ("info", "define", "$.objectives"),
    ]
    assert report_of(*found).findings == tuple(found)  # as the rules found them


def test_to_dict_of_a_complete_report_has_no_stage() -> None:
    data = validate(Convention(name="B"), profile=only(make_rule())).to_dict()
    assert json.dumps(data)
    assert data["stage"] is None
    assert data["is_complete"] is True
    assert data["findings"] == []


# --- paths ----------------------------------------------------------------------------------


def test_paths_start_at_the_root_of_what_is_validated() -> None:
    convention = Convention(name="B", carriers=("ghost",))
    (alone,) = [
        f.path for f in validate(convention).findings if f.code == "integrity.references.unknown"
    ]
    assert alone == "$.carriers[0]"
    (inside,) = [
        f.path
        for f in validate(Dossier(convention=convention)).findings
        if f.code == "integrity.references.unknown"
    ]
    assert inside == "$.convention.carriers[0]"


def test_dossier_findings_start_at_the_dossier() -> None:
    record = DecisionRecord(id="pv-1", date=TODAY, title="Budget", decision="Adopté", body="x")
    dossier = Dossier(convention=Convention(name="B"), minutes=(record,))
    paths = [
        f.path
        for f in validate(dossier).findings
        if f.code == "integrity.minutes.unknown-reference"
    ]
    assert paths == ["$.minutes[0].body"]


@pytest.mark.parametrize(
    ("violation", "for_convention", "for_dossier"),
    [
        (Violation(""), "$", "$.convention"),
        (Violation("name"), "$.name", "$.convention.name"),
        (Violation("", in_dossier=True), "$", "$"),
        (Violation("minutes[2].date", in_dossier=True), "$.minutes[2].date", "$.minutes[2].date"),
    ],
)
def test_a_violation_path_is_placed_under_its_root(
    violation: Violation, for_convention: str, for_dossier: str
) -> None:
    profile = only(make_rule(always(violation)))
    convention = Convention(name="B")
    assert validate(convention, profile=profile).findings[0].path == for_convention
    assert validate(Dossier(convention=convention), profile=profile).findings[0].path == (
        for_dossier
    )


# --- rules that need a dossier or today -----------------------------------------------------


@pytest.mark.parametrize("target", ["x", None, {"name": "Paniers"}, (1, 2)])
def test_anything_but_a_dossier_or_a_convention_is_refused_by_name(target: object) -> None:
    with pytest.raises(InvalidValueError) as refused:
        validate(target)  # type: ignore[arg-type]
    assert refused.value.field == "validate(target)"
    assert refused.value.value is target


def test_today_and_dossier_rules_run_only_when_they_can() -> None:
    plain = make_rule(always(Violation("a")), code="app.plain.rule")
    dated = make_rule(always(Violation("b")), code="app.dated.rule", needs_today=True)
    kept = make_rule(always(Violation("c")), code="app.kept.rule", needs_dossier=True)
    both = make_rule(
        always(Violation("d")), code="app.both.rule", needs_today=True, needs_dossier=True
    )
    profile = only(plain, dated, kept, both)
    convention = Convention(name="B")
    dossier = Dossier(convention=convention)
    cases: dict[tuple[Dossier | Convention, dt.date | None], tuple[str, ...]] = {
        (convention, None): ("app.plain.rule",),
        (convention, TODAY): ("app.plain.rule", "app.dated.rule"),
        (dossier, None): ("app.plain.rule", "app.kept.rule"),
        (dossier, TODAY): ("app.plain.rule", "app.dated.rule", "app.kept.rule", "app.both.rule"),
    }
    for (target, today), codes in cases.items():
        report = validate(target, profile=profile, today=today)
        assert report.rules == codes
        assert tuple(report.by_code) == codes
        assert report.today == today


def test_the_context_carries_the_convention_the_dossier_and_today() -> None:
    seen: list[Context] = []

    def look(context: Context) -> Iterator[Violation]:
        seen.append(context)
        yield from ()

    profile = only(make_rule(look))
    convention = Convention(name="B")
    validate(convention, profile=profile)
    validate(Dossier(convention=convention), profile=profile, today=TODAY)
    assert (seen[0].convention, seen[0].dossier, seen[0].today) == (convention, None, None)
    assert seen[1].convention is convention
    assert seen[1].dossier == Dossier(convention=convention)
    assert seen[1].today == TODAY


@pytest.mark.parametrize("name", BUILT_IN_NAMES)
def test_built_in_today_and_dossier_rules_are_skipped_without_them(name: str) -> None:
    profile = get_profile(name)
    convention = Convention(name="B")
    alone = validate(convention, profile=name).rules
    assert alone == tuple(
        r.code for r in profile.rules if not r.needs_today and not r.needs_dossier
    )
    everything = validate(Dossier(convention=convention), profile=name, today=TODAY).rules
    assert everything == profile.codes


def test_the_context_indexes_first_positions_and_what_is_covered() -> None:
    convention = Convention(
        name="B",
        partners=(Partner(id="a", name="A"), Partner(id="b", name="B"), Partner(id="a", name="C")),
        objectives=(
            Objective(id="o1", title="O", indicators=(Indicator(id="i1", name="I"),)),
            Objective(
                id="o2",
                title="P",
                indicators=(Indicator(id="i2", name="J"), Indicator(id="i1", name="K")),
            ),
        ),
        needs=(Need(id="n1", category=NeedCategory.MATERIAL, description="N"),),
        tasks=(Task(id="t1", title="T"),),
        contributions=(
            Contribution(
                id="c1", kind=ContributionKind.MATERIAL, description="C", covers=("n1", "n9")
            ),
        ),
        governing_bodies=(GoverningBody(id="g1", name="G"),),
        decision_rules=(DecisionRule(id="r1", mode=DecisionMode.CONSENSUS),),
        timeline=Timeline(steps=(Step(id="s1", title="S"), Step(id="s2", title="T"))),
        evaluation=EvaluationPlan(
            moments=(EvaluationMoment(id="m1", title="M", indicators=("i2", "i9")),)
        ),
    )
    record = DecisionRecord(id="pv", date=TODAY, title="T", decision="D")
    context = Context(convention, Dossier(convention=convention, minutes=(record,)), TODAY)
    assert context.partners == {"a": 0, "b": 1}
    assert context.objectives == {"o1": 0, "o2": 1}
    assert context.indicators == {"i1": (0, 0), "i2": (1, 0)}
    assert context.needs == {"n1": 0}
    assert context.tasks == {"t1": 0}
    assert context.bodies == {"g1": 0}
    assert context.decision_rules == {"r1": 0}
    assert context.steps == {"s1": 0, "s2": 1}
    assert context.moments == {"m1": 0}
    assert context.minutes == {"pv": 0}
    assert context.covered_needs == {"n1", "n9"}
    assert context.evaluated_indicators == {"i2", "i9"}
    assert Context(convention, None, None).minutes == {}


# --- validate never raises ------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", BUILT_IN_NAMES)
@given(target=gen.dossiers | gen.conventions, today=gen.optional(gen.dates))
def test_validate_never_raises_on_anything_the_model_builds(
    name: str, language: str, target: Dossier | Convention, today: dt.date | None
) -> None:
    report = validate(target, profile=name, today=today, language=language)
    profile = get_profile(name)
    assert set(report.rules) <= set(profile.codes)
    for found in report.findings:
        assert found.code in CATALOGUE
        assert found.code in report.rules
        assert found.step is CATALOGUE[found.code].step
        assert found.severity is profile.severity_of(CATALOGUE[found.code])
        assert found.path.startswith("$")
        assert found.message.strip()
        assert found.hint.strip()
        assert all(isinstance(subject, str) for subject in found.subjects)
    assert json.dumps(report.to_dict())


@given(convention=gen.conventions)
def test_a_convention_alone_and_in_a_dossier_give_the_same_convention_findings(
    convention: Convention,
) -> None:
    alone = validate(convention, profile="consortium")
    inside = validate(Dossier(convention=convention), profile="consortium")
    convention_findings = [
        f
        for f in inside.findings
        if f.path.startswith("$.convention") and not CATALOGUE[f.code].needs_dossier
    ]
    assert [f.path for f in alone.findings] == [
        "$" + f.path.removeprefix("$.convention") for f in convention_findings
    ]


# --- docs/rules.md --------------------------------------------------------------------------


def rules_doc() -> ModuleType:
    return load(ROOT / "tools" / "write_rules_doc.py", "write_rules_doc")


def test_the_rules_page_in_docs_is_the_one_the_tool_writes() -> None:
    page = rules_doc().rules_page()
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == page, (
        "docs/rules.md is out of date: run python tools/write_rules_doc.py"
    )


def test_the_rules_page_names_every_rule_of_the_catalogue_in_its_step() -> None:
    page: str = rules_doc().rules_page()
    for code, rule in CATALOGUE.items():
        assert f"| `{code}` |" in page, code
        heading = page.index(f"(`{rule.step.value}`)\n")
        following = page.find("\n## ", heading)
        section = page[heading : following if following >= 0 else len(page)]
        assert f"| `{code}` |" in section, f"{code} is not under {rule.step.value}"


def test_the_rules_page_has_every_step_and_profile_and_is_deterministic() -> None:
    tool = rules_doc()
    page: str = tool.rules_page()
    assert page == tool.rules_page()
    assert page.endswith("\n")
    assert not page.endswith("\n\n")
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    steps = [h for h in headings if h.endswith("`)")]
    assert [h.rsplit("(`", 1)[1][:-2] for h in steps] == [s.value for s in MethodologyStep]
    for profile in BUILT_IN_PROFILES:
        assert f"| `{profile.name}` | {len(profile.rules)} |" in page


def test_the_rules_page_shows_a_severity_that_a_profile_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tool = rules_doc()
    rule = CATALOGUE["consortium.clause.missing"]
    assert tool._profiles_of(rule) == "consortium"
    consortium = get_profile("consortium")
    changed = attrs.evolve(consortium, severities={rule.code: Severity.WARNING})
    monkeypatch.setattr(tool, "BUILT_IN_PROFILES", (get_profile("methodology"), changed))
    assert tool._profiles_of(rule) == "consortium (warning)"


def test_the_rules_page_marks_dossier_and_today_rules_and_escapes_pipes() -> None:
    tool = rules_doc()
    rule = make_rule(
        message={"fr": "a | b", "en": "a | b\n  c", "nl": "a | b"},
        needs_dossier=True,
        needs_today=True,
    )
    assert tool._meaning(rule) == "a \\| b c (*dossier only*) (*only with `today`*)"


# --- examples/custom_rules.py ---------------------------------------------------------------


def custom_rules() -> ModuleType:
    return load(ROOT / "examples" / "custom_rules.py", "custom_rules")


def without_email(dossier: Dossier) -> list[tuple[int, Partner]]:
    """The Brussels partners the example's rule names, with their positions."""
    return [
        (position, partner)
        for position, partner in enumerate(dossier.convention.partners)
        if not any(representative.email for representative in partner.representatives)
    ]


@pytest.mark.parametrize(
    ("language", "label"), [("fr", "avertissement"), ("en", "warning"), ("nl", "waarschuwing")]
)
def test_the_custom_rules_example_runs_and_prints_its_findings(language: str, label: str) -> None:
    example = custom_rules()
    named = without_email(example.brussels_dossier())
    assert named, "the Brussels example no longer shows the example's rule at work"
    result = subprocess.run(  # noqa: S603  # our own interpreter and example, fixed arguments
        [sys.executable, str(ROOT / "examples" / "custom_rules.py"), language],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("profile case-management: ")
    assert lines[0].endswith(" rules applied")
    assert "without integrity.minutes.unknown-reference" in lines[1]
    assert lines[2].startswith("findings: error: ")
    assert result.stdout.count("app.partners.no-email at ") == len(named)
    for position, partner in named:
        assert f"- [{label}] app.partners.no-email at $.convention.partners[{position}]" in lines
        assert f"  {example.NO_EMAIL.message[language].format(partner=partner.name)}" in lines
        assert f"  {example.NO_EMAIL.hint[language].format(partner=partner.name)}" in lines
    assert result.stderr == ""


def test_the_custom_rules_example_builds_its_profile_from_the_methodology() -> None:
    example = custom_rules()
    profile = example.build_profile()
    methodology = get_profile("methodology")
    assert profile.name == "case-management"
    assert profile.description
    assert profile.codes == (
        *(code for code in methodology.codes if code != example.DROPPED),
        "app.partners.no-email",
    )
    lowered = CATALOGUE[example.LOWERED]
    assert profile.severity_of(lowered) is Severity.WARNING
    assert methodology.severity_of(lowered) is Severity.ERROR


@pytest.mark.usefixtures("registry")
def test_the_custom_rules_example_registers_its_profile_and_checks_brussels() -> None:
    example = custom_rules()
    report = example.check("en")
    assert get_profile("case-management").codes == example.build_profile().codes
    assert report.profile == "case-management"
    assert example.DROPPED not in report.rules
    emails = [f for f in report.findings if f.code == "app.partners.no-email"]
    assert [f.subjects for f in emails] == [
        (partner.id,) for _, partner in without_email(example.brussels_dossier())
    ]
    assert emails
    assert all(f.step is MethodologyStep.COMMUNICATION for f in emails)


@pytest.mark.parametrize(
    ("representatives", "found"),
    [
        ((), True),
        ((Representative(name="Anne"),), True),
        ((Representative(name="Anne", phone="02 000 00 00"),), True),
        ((Representative(name="Anne"), Representative(name="Bo", email="bo@asbl.be")), False),
        ((Representative(name="Anne", email="anne@asbl.be"),), False),
    ],
    ids=["no-one", "no-email", "phone-only", "second-has-one", "has-one"],
)
def test_the_example_rule_asks_each_partner_for_an_email(
    representatives: tuple[Representative, ...], found: bool
) -> None:
    rule: Rule = custom_rules().NO_EMAIL
    partners = (
        Partner(id="ok", name="OK", representatives=(Representative(name="X", email="x@y.be"),)),
        Partner(id="p", name="Maison Bonnevie", representatives=representatives),
    )
    report = validate(Convention(name="B", partners=partners), profile=only(rule), language="en")
    expected = (
        [("$.partners[1]", ("p",), "No representative of 'Maison Bonnevie' has an email address.")]
        if found
        else []
    )
    assert [(f.path, f.subjects, f.message) for f in report.findings] == expected


def test_the_example_rule_is_a_valid_rule_of_the_library() -> None:
    rule = custom_rules().NO_EMAIL
    assert isinstance(rule, Rule)
    assert CODE.match(rule.code)
    assert rule.code not in CATALOGUE
    assert rule == attrs.evolve(rule)
    assert all(placeholders(t) == {"partner"} for t in rule.message.values())


# --- what the framework refuses of an application's own rules and profiles ----------------


def _texts(text: str) -> dict[str, str]:
    return {"fr": text, "en": text, "nl": text}


@pytest.mark.parametrize("text", ["a {", "{}", "{0}", "{a.b}", "{a[0]}"])
def test_a_rule_text_takes_only_plain_named_placeholders(text: str) -> None:
    with pytest.raises(InvalidValueError, match=r"Rule\.message"):
        Rule(
            code="app.x.y",
            step=MethodologyStep.DEFINE,
            severity=Severity.INFO,
            section="app",
            message=_texts(text),
            hint=_texts("h"),
            check=lambda context: (),
        )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": "App X"}, "Rule.code"),
        ({"section": " "}, "Rule.section"),
        ({"check": "not callable"}, "Rule.check"),
    ],
)
def test_a_rule_needs_a_dotted_code_a_section_and_a_check(
    changes: dict[str, object], field: str
) -> None:
    arguments: dict[str, Any] = {
        "code": "app.x.y",
        "step": MethodologyStep.DEFINE,
        "severity": Severity.INFO,
        "section": "app",
        "message": _texts("m"),
        "hint": _texts("h"),
        "check": lambda context: (),
        **changes,
    }
    with pytest.raises(InvalidValueError, match=re.escape(field)):
        Rule(**arguments)


def test_a_rule_that_forgets_a_placeholder_value_is_named_in_the_error() -> None:
    forgetful = Rule(
        code="app.partners.unnamed",
        step=MethodologyStep.DEFINE,
        severity=Severity.INFO,
        section="app",
        message=_texts("{partner} has no name"),
        hint=_texts("h"),
        check=lambda context: [Violation("partners")],
    )
    profile = get_profile("methodology").with_rules(forgetful, name="forgetful")
    with pytest.raises(PartnershipModelError, match=r"app\.partners\.unnamed.*'partner'"):
        validate(Convention(name="x"), profile=profile)


def test_profile_mistakes_are_value_errors() -> None:
    methodology = get_profile("methodology")
    with pytest.raises(ProfileError):
        methodology.without("no.such.rule", name="mine")
    with pytest.raises(ProfileError):
        methodology.with_rules(methodology.rules[0], name="mine")
    with pytest.raises(ProfileError, match="given twice"):
        Profile(name="twice", rules=(methodology.rules[0], methodology.rules[0]))
    assert issubclass(ProfileError, ValueError)
    assert issubclass(ProfileError, PartnershipModelError)


@pytest.mark.parametrize(
    "today", [dt.datetime(2027, 1, 4, 9, 30), "2027-01-04"], ids=["instant", "text"]
)
def test_today_must_be_a_day(today: object) -> None:
    with pytest.raises(InvalidValueError, match=r"validate\(today\)"):
        validate(Convention(name="x"), today=today)  # type: ignore[arg-type]
