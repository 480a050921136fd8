"""PLAN (seed §3): the rules that read the timeline.

"Create a timeline both for the project's steps and for the administrative side
(authorisation requests, subsidies, evaluation, ...)." Each rule is shown here on the
complete Brussels example, which breaks none of them, and on the smallest change to it
that breaks that rule alone: the finding's code, its path, and nothing else from PLAN.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import (
    Convention,
    Dossier,
    Period,
    Recurrence,
    Step,
    StepKind,
    Timeline,
    validate,
)
from partnership_model._rules import crosscutting, plan
from partnership_model.i18n import LANGUAGES
from partnership_model.validation import CATALOGUE, Context, Finding, Severity, get_profile
from tests.support import (
    BEFORE_THE_START,
    assert_said_in_full,
    brussels,
    changed,
    codes_of,
    day,
    paths_by_code,
    reduced,
    validated,
)

CODES = codes_of(plan)
RULES = tuple(CATALOGUE[code] for code in CODES)

# The Brussels timeline, by position:
SUBSIDY, AFSCA, LAUNCH, DISTRIBUTIONS, MIDTERM, REPORT = range(6)


# --- how the tests run PLAN's rules ----------------------------------------------------


def findings(
    target: Dossier | Convention,
    *,
    today: dt.date | None = BEFORE_THE_START,
    language: str = "fr",
    profile: str = "methodology",
) -> tuple[Finding, ...]:
    """The findings of PLAN under a built-in profile, with its severities."""
    return validated(target, CODES, profile=profile, today=today, language=language)


def found(
    target: Dossier | Convention, *, today: dt.date | None = BEFORE_THE_START
) -> dict[str, list[str]]:
    """Each PLAN code found, with the paths it was found at."""
    return paths_by_code(findings(target, today=today))


def changed_step(dossier: Dossier, position: int, **changes: Any) -> Dossier:
    steps = list(dossier.convention.timeline.steps)
    steps[position] = attrs.evolve(steps[position], **changes)
    return changed(dossier, timeline=Timeline(steps=tuple(steps)))


def steps_path(position: int, rest: str = "") -> str:
    return f"$.convention.timeline.steps[{position}]{rest}"


# --- the smallest change that breaks each rule ------------------------------------------


def a_timeline_without_steps() -> Dossier:
    return changed(brussels(), timeline=Timeline())


def a_period_without_an_end() -> Dossier:
    return changed(brussels(), period=Period(start=day(1, 1)))


def a_midterm_evaluation_without_an_end() -> Dossier:
    return changed_step(brussels(), MIDTERM, planned=Period(start=day(6, 29)))


def a_report_due_after_the_convention_ends() -> Dossier:
    return changed_step(
        brussels(), REPORT, planned=Period(start=day(12, 1), end=dt.date(2028, 1, 15))
    )


def a_midterm_evaluation_that_waits_for_itself() -> Dossier:
    return changed_step(brussels(), MIDTERM, depends_on=("step-lancement", "step-eval-mi"))


def distributions_starting_before_the_launch_ends() -> Dossier:
    return changed_step(
        brussels(), DISTRIBUTIONS, planned=Period(start=day(3, 3), end=day(12, 14))
    )


def a_food_safety_registration_ending_after_the_launch() -> Dossier:
    return changed_step(brussels(), AFSCA, planned=Period(start=day(1, 4), end=day(3, 5)))


def a_timeline_of_project_steps_only() -> Dossier:
    dossier = brussels()
    steps = tuple(
        attrs.evolve(step, kind=StepKind.PROJECT) for step in dossier.convention.timeline.steps
    )
    return changed(dossier, timeline=Timeline(steps=steps))


def a_weekly_step_with_no_end_anywhere() -> Dossier:
    dossier = changed(brussels(), period=Period(start=day(1, 1)))
    return changed_step(dossier, DISTRIBUTIONS, recurrence=Recurrence(rule="FREQ=WEEKLY;BYDAY=TU"))


AFTER_THE_SUBSIDY_DEADLINE = day(1, 30)
"""The subsidy application was due on 29 January 2027; the AFSCA registration ends later."""

BROKEN: dict[str, tuple[Callable[[], Dossier], dt.date, list[str]]] = {
    "plan.timeline.missing": (
        a_timeline_without_steps,
        BEFORE_THE_START,
        ["$.convention.timeline.steps"],
    ),
    "plan.period.incomplete": (a_period_without_an_end, BEFORE_THE_START, ["$.convention.period"]),
    "plan.steps.undated": (
        a_midterm_evaluation_without_an_end,
        BEFORE_THE_START,
        [steps_path(MIDTERM, ".planned")],
    ),
    "plan.steps.outside-period": (
        a_report_due_after_the_convention_ends,
        BEFORE_THE_START,
        [steps_path(REPORT, ".planned")],
    ),
    "plan.steps.dependency-cycle": (
        a_midterm_evaluation_that_waits_for_itself,
        BEFORE_THE_START,
        [steps_path(MIDTERM, ".depends_on")],
    ),
    "plan.steps.dependency-order": (
        distributions_starting_before_the_launch_ends,
        BEFORE_THE_START,
        [steps_path(DISTRIBUTIONS, ".depends_on[0]")],
    ),
    "plan.administrative.too-late": (
        a_food_safety_registration_ending_after_the_launch,
        BEFORE_THE_START,
        [steps_path(LAUNCH, ".depends_on[1]")],
    ),
    "plan.administrative.missing": (
        a_timeline_of_project_steps_only,
        BEFORE_THE_START,
        ["$.convention.timeline.steps"],
    ),
    "plan.steps.overdue": (brussels, AFTER_THE_SUBSIDY_DEADLINE, [steps_path(SUBSIDY)]),
    "plan.recurrence.unbounded-in-period": (
        a_weekly_step_with_no_end_anywhere,
        BEFORE_THE_START,
        [steps_path(DISTRIBUTIONS, ".recurrence")],
    ),
}
"""For each PLAN rule, a dossier that breaks it, the day it is validated on, and the paths
it is found at."""

ALSO_FOUND = {
    "plan.recurrence.unbounded-in-period": {"plan.period.incomplete": ["$.convention.period"]}
}
"""What the smallest break of a rule cannot help breaking too: a recurrence is unbounded
only in a convention without an end, whose period is incomplete."""


# --- the catalogue --------------------------------------------------------------------


def test_plan_has_the_rules_of_the_seed_in_order() -> None:
    assert CODES == (
        "plan.timeline.missing",
        "plan.period.incomplete",
        "plan.steps.undated",
        "plan.steps.outside-period",
        "plan.steps.dependency-cycle",
        "plan.steps.dependency-order",
        "plan.administrative.too-late",
        "plan.administrative.missing",
        "plan.steps.overdue",
        "plan.recurrence.unbounded-in-period",
    )
    assert set(BROKEN) == set(CODES)


def test_every_plan_rule_belongs_to_the_plan_step_and_names_its_seed_section() -> None:
    for rule in RULES:
        assert rule.step.value == "plan"
        assert rule.section.startswith("§3 PLAN")


def test_the_severities_say_what_keeps_a_timeline_from_being_usable() -> None:
    severities = {rule.code: rule.severity for rule in RULES}
    assert [code for code, s in severities.items() if s is Severity.ERROR] == [
        "plan.timeline.missing",
        "plan.steps.dependency-cycle",
        "plan.steps.dependency-order",
        "plan.administrative.too-late",
    ]
    assert severities["plan.recurrence.unbounded-in-period"] is Severity.INFO


def test_every_profile_plans_and_only_a_partnership_must_plan_its_administration() -> None:
    for name in ("methodology", "consortium"):
        assert set(CODES) <= set(get_profile(name).codes)
    collaboration = set(get_profile("collaboration").codes)
    assert set(CODES) - collaboration == {"plan.administrative.missing"}


def test_only_overdue_steps_need_today() -> None:
    assert [rule.code for rule in RULES if rule.needs_today] == ["plan.steps.overdue"]
    assert not any(rule.needs_dossier for rule in RULES)


# --- the complete example -------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_the_brussels_example_breaks_no_plan_rule(code: str) -> None:
    assert code not in found(brussels())


def test_the_brussels_example_plans_nothing_before_the_start_as_overdue() -> None:
    assert found(brussels(), today=BEFORE_THE_START) == {}
    assert found(brussels(), today=day(1, 29)) == {}


@pytest.mark.parametrize("code", CODES)
def test_the_smallest_change_breaks_that_rule_alone_at_its_path(code: str) -> None:
    build, today, paths = BROKEN[code]
    assert found(build(), today=today) == {**ALSO_FOUND.get(code, {}), code: paths}


# --- plan.timeline.missing ------------------------------------------------------------


def test_a_bare_convention_is_told_its_timeline_is_missing_at_its_own_root() -> None:
    assert found(Convention(name="Brouillon")) == {
        "plan.timeline.missing": ["$.timeline.steps"],
        "plan.period.incomplete": ["$.period"],
    }


# --- plan.period.incomplete -----------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "shown"),
    [
        (Period(start=day(1, 1)), "du 2027-01-01 au …"),
        (Period(end=day(12, 31)), "du … au 2027-12-31"),
        (Period(), "du … au …"),
    ],
)
def test_an_incomplete_period_shows_what_is_known_of_it(period: Period, shown: str) -> None:
    (finding,) = [
        f
        for f in findings(changed(brussels(), period=period))
        if f.code == "plan.period.incomplete"
    ]
    assert shown in finding.message


# --- plan.steps.undated ---------------------------------------------------------------


def test_a_step_without_a_planned_start_is_undated_and_its_dependencies_wait() -> None:
    dossier = changed_step(brussels(), DISTRIBUTIONS, planned=Period(end=day(12, 14)))
    assert found(dossier) == {"plan.steps.undated": [steps_path(DISTRIBUTIONS, ".planned")]}
    (finding,) = findings(dossier, language="en")
    assert finding.subjects == ("step-distributions",)
    assert "planned from … to 2027-12-14" in finding.message


# --- plan.steps.outside-period --------------------------------------------------------


def test_a_step_starting_before_the_convention_is_outside_its_period() -> None:
    dossier = changed_step(brussels(), SUBSIDY, planned=Period(start=dt.date(2026, 12, 1)))
    assert found(dossier)["plan.steps.outside-period"] == [steps_path(SUBSIDY, ".planned")]


def test_only_the_known_bounds_of_the_period_are_checked() -> None:
    late = changed_step(brussels(), REPORT, planned=Period(start=dt.date(2028, 2, 1)))
    assert "plan.steps.outside-period" in found(late)
    open_ended = changed(late, period=Period(start=day(1, 1)))
    assert "plan.steps.outside-period" not in found(open_ended)
    early = changed_step(brussels(), SUBSIDY, planned=Period(end=dt.date(2026, 11, 30)))
    assert "plan.steps.outside-period" in found(early)
    assert "plan.steps.outside-period" not in found(changed(early, period=Period()))


def test_a_step_outside_the_period_is_shown_with_both_periods() -> None:
    (finding,) = findings(a_report_due_after_the_convention_ends(), language="en")
    assert finding.message == (
        "The step 'Rapport d'activités et justificatifs du subside' (step-rapport), planned "
        "from 2027-12-01 to 2028-01-15, falls outside the convention's period "
        "(from 2027-01-01 to 2027-12-31)."
    )


# --- plan.steps.dependency-cycle ------------------------------------------------------


def test_a_step_that_depends_on_itself_is_a_cycle_of_one() -> None:
    (finding,) = findings(a_midterm_evaluation_that_waits_for_itself())
    assert finding.subjects == ("step-eval-mi",)


def test_every_step_of_a_cycle_is_named_with_the_whole_cycle() -> None:
    undated = Period()
    timeline = Timeline(
        steps=(
            Step(id="a", title="A", depends_on=("c",), planned=undated),
            Step(id="b", title="B", depends_on=("a",)),
            Step(id="c", title="C", depends_on=("b",)),
            Step(id="after", title="After the cycle", depends_on=("c",)),
            Step(id="x", title="X", depends_on=("y",)),
            Step(id="y", title="Y", depends_on=("x", "nowhere")),
        )
    )
    reported = [
        (f.path, f.subjects)
        for f in findings(Convention(name="Cycles", timeline=timeline))
        if f.code == "plan.steps.dependency-cycle"
    ]
    assert reported == [
        ("$.timeline.steps[0].depends_on", ("a", "b", "c")),
        ("$.timeline.steps[1].depends_on", ("a", "b", "c")),
        ("$.timeline.steps[2].depends_on", ("a", "b", "c")),
        ("$.timeline.steps[4].depends_on", ("x", "y")),
        ("$.timeline.steps[5].depends_on", ("x", "y")),
    ]


def test_a_cycle_is_told_in_every_language() -> None:
    for language, expected in {
        "fr": "L'étape «\u00a0B\u00a0» (b) fait partie d'un cycle de dépendances\u00a0: a, b.",
        "en": "The step 'B' (b) is part of a dependency cycle: a, b.",
        "nl": "De stap 'B' (b) maakt deel uit van een kringloop van afhankelijkheden: a, b.",
    }.items():
        timeline = Timeline(
            steps=(
                Step(id="a", title="A", depends_on=("b",)),
                Step(id="b", title="B", depends_on=("a",)),
            )
        )
        messages = [
            f.message
            for f in findings(Convention(name="Cycle", timeline=timeline), language=language)
            if f.code == "plan.steps.dependency-cycle"
        ]
        assert messages[1] == expected


def chain(length: int, *, closed: bool) -> Convention:
    """Steps s0 ... s(length-1), each depending on the one before; ``closed``: s0 on the last."""
    steps = tuple(
        Step(
            id=f"s{n}",
            title=f"Step {n}",
            depends_on=(f"s{n - 1}",) if n else ((f"s{length - 1}",) if closed else ()),
        )
        for n in range(length)
    )
    return Convention(name="Chain", timeline=Timeline(steps=steps))


CYCLE = CATALOGUE["plan.steps.dependency-cycle"]


def test_a_chain_of_twenty_thousand_steps_is_no_cycle_and_no_recursion_error() -> None:
    context = Context(chain(20_000, closed=False), None, None)
    assert list(CYCLE.check(context)) == []


def test_a_ring_of_twenty_thousand_steps_is_one_cycle_named_briefly_in_messages() -> None:
    context = Context(chain(20_000, closed=True), None, None)
    violations = list(CYCLE.check(context))
    assert len(violations) == 20_000
    assert all(len(v.subjects) == 10 for v in violations)  # as many as the message shows
    shown = violations[0].params["cycle"]
    assert shown == (*(f"s{n}" for n in range(plan.CYCLE_SHOWN)), "…")


def test_duplicate_step_ids_resolve_to_the_first_step_and_do_not_break_the_cycle_check() -> None:
    timeline = Timeline(
        steps=(
            Step(id="a", title="First a", depends_on=("b",)),
            Step(id="b", title="B", depends_on=("a",)),
            Step(id="a", title="Second a", depends_on=("a",)),
        )
    )
    context = Context(Convention(name="Twins", timeline=timeline), None, None)
    assert [v.path for v in CYCLE.check(context)] == [
        "timeline.steps[0].depends_on",
        "timeline.steps[1].depends_on",
    ]


def steps_on_a_cycle_by_search(dependencies: list[tuple[str, tuple[str, ...]]]) -> set[int]:
    """The positions of the steps that reach themselves, by a plain search from each."""
    first: dict[str, int] = {}
    for position, (identifier, _) in enumerate(dependencies):
        first.setdefault(identifier, position)
    edges = [[first[d] for d in deps if d in first] for _, deps in dependencies]
    on_a_cycle = set()
    for start in range(len(dependencies)):
        seen: set[int] = set()
        frontier = list(edges[start])
        while frontier:
            node = frontier.pop()
            if node == start:
                on_a_cycle.add(start)
                break
            if node not in seen:
                seen.add(node)
                frontier.extend(edges[node])
    return on_a_cycle


small_ids = st.sampled_from("abcdef")


@given(st.lists(st.tuples(small_ids, st.lists(small_ids, max_size=3).map(tuple)), max_size=8))
def test_the_steps_reported_are_exactly_those_that_reach_themselves(
    dependencies: list[tuple[str, tuple[str, ...]]],
) -> None:
    steps = tuple(Step(id=i, title=i, depends_on=deps) for i, deps in dependencies)
    context = Context(Convention(name="Graph", timeline=Timeline(steps=steps)), None, None)
    violations = list(CYCLE.check(context))
    reported = {int(re.findall(r"\d+", v.path)[0]) for v in violations}
    assert reported == steps_on_a_cycle_by_search(dependencies)
    assert len(violations) == len(reported)
    for violation in violations:
        position = int(re.findall(r"\d+", violation.path)[0])
        assert steps[position].id in violation.subjects


# --- plan.steps.dependency-order ------------------------------------------------------


def test_a_step_out_of_order_names_itself_and_the_step_it_depends_on() -> None:
    (finding,) = findings(distributions_starting_before_the_launch_ends())
    assert finding.subjects == ("step-distributions", "step-lancement")


def test_an_administrative_step_waiting_for_a_project_step_is_ordered_like_any_step() -> None:
    dossier = changed_step(brussels(), REPORT, depends_on=("step-eval-mi", "step-distributions"))
    assert found(dossier) == {
        "plan.steps.dependency-order": [steps_path(REPORT, ".depends_on[1]")]
    }


def test_an_administrative_step_waiting_for_another_is_ordered_like_any_step() -> None:
    dossier = changed_step(
        brussels(),
        REPORT,
        depends_on=("step-eval-mi",),
        planned=Period(start=day(6, 1), end=day(12, 31)),
    )
    assert found(dossier) == {
        "plan.steps.dependency-order": [steps_path(REPORT, ".depends_on[0]")]
    }


def test_a_step_may_start_on_the_day_the_step_it_depends_on_ends() -> None:
    dossier = changed_step(
        brussels(), DISTRIBUTIONS, planned=Period(start=day(3, 4), end=day(12, 14))
    )
    assert found(dossier) == {}


def test_an_order_needs_both_dates_and_a_known_dependency() -> None:
    unknown_start = changed_step(brussels(), DISTRIBUTIONS, planned=Period(end=day(12, 14)))
    assert "plan.steps.dependency-order" not in found(unknown_start)
    unknown_end = changed_step(brussels(), LAUNCH, planned=Period(start=day(3, 2)))
    assert "plan.steps.dependency-order" not in found(unknown_end)
    dangling = changed_step(brussels(), DISTRIBUTIONS, depends_on=("step-unknown",))
    assert found(dangling) == {}


# --- plan.administrative.too-late -----------------------------------------------------


def test_a_late_administrative_step_is_named_with_its_kind() -> None:
    (finding,) = findings(a_food_safety_registration_ending_after_the_launch(), language="en")
    assert finding.subjects == ("step-lancement", "step-afsca")
    assert "(step-afsca, authorisation request)" in finding.message
    assert "ends on 2027-03-05" in finding.message


def test_a_subsidy_application_ending_after_the_launch_is_too_late() -> None:
    dossier = changed_step(brussels(), SUBSIDY, planned=Period(start=day(1, 4), end=day(3, 31)))
    assert found(dossier) == {
        "plan.administrative.too-late": [steps_path(LAUNCH, ".depends_on[0]")]
    }


def test_a_step_that_depends_on_itself_is_left_to_the_cycle_rule() -> None:
    dossier = changed_step(brussels(), DISTRIBUTIONS, depends_on=("step-distributions",))
    assert found(dossier) == {
        "plan.steps.dependency-cycle": [steps_path(DISTRIBUTIONS, ".depends_on")]
    }


# --- plan.administrative.missing ------------------------------------------------------


def test_a_collaboration_need_not_plan_its_administrative_side() -> None:
    codes = {f.code for f in findings(a_timeline_of_project_steps_only(), profile="collaboration")}
    assert codes == set()


# --- plan.steps.overdue ---------------------------------------------------------------


def test_a_step_ending_today_is_not_overdue_yet() -> None:
    assert found(brussels(), today=day(1, 29)) == {}


def test_a_done_step_is_not_overdue() -> None:
    done = changed_step(brussels(), SUBSIDY, actual=Period(start=day(1, 4), end=day(2, 3)))
    assert found(done, today=AFTER_THE_SUBSIDY_DEADLINE) == {}


def test_an_undated_step_cannot_be_overdue() -> None:
    dossier = changed_step(brussels(), SUBSIDY, planned=Period(start=day(1, 4)))
    assert found(dossier, today=AFTER_THE_SUBSIDY_DEADLINE) == {
        "plan.steps.undated": [steps_path(SUBSIDY, ".planned")]
    }


def test_overdue_steps_are_checked_only_when_today_is_given() -> None:
    report = validate(brussels(), profile=reduced("methodology", CODES), today=None)
    assert "plan.steps.overdue" not in report.rules
    assert report.findings == ()
    report = validate(brussels(), profile=reduced("methodology", CODES), today=dt.date(2028, 1, 1))
    assert "plan.steps.overdue" in report.rules
    assert len(report.findings) == 6


def test_an_overdue_step_says_which_day_it_is() -> None:
    (finding,) = findings(brussels(), today=AFTER_THE_SUBSIDY_DEADLINE, language="nl")
    assert "moest eindigen op 2027-01-29" in finding.message
    assert "vandaag is het 2027-01-30" in finding.message


# --- plan.recurrence.unbounded-in-period ----------------------------------------------


def test_an_unbounded_recurrence_is_listed_until_the_end_of_the_period() -> None:
    dossier = changed_step(
        brussels(), DISTRIBUTIONS, recurrence=Recurrence(rule="FREQ=WEEKLY;BYDAY=TU")
    )
    assert found(dossier) == {}


def test_a_recurrence_with_a_count_ends_by_itself() -> None:
    dossier = changed(
        changed_step(brussels(), DISTRIBUTIONS, recurrence=Recurrence(rule="FREQ=DAILY;COUNT=10")),
        period=Period(start=day(1, 1)),
    )
    assert found(dossier) == {"plan.period.incomplete": ["$.convention.period"]}


# --- and no rule of the other module --------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_breaking_a_plan_rule_adds_no_cross_cutting_finding(code: str) -> None:
    build, today, _ = BROKEN[code]

    def codes(target: Dossier) -> set[str]:
        return {f.code for f in validated(target, codes_of(crosscutting), today=today)}

    assert codes(build()) == codes(brussels())


# --- every rule, in every language ----------------------------------------------------


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plan_finding_is_said_in_full_in_every_language(code: str, language: str) -> None:
    build, today, _ = BROKEN[code]
    said = [f for f in findings(build(), today=today, language=language) if f.code == code]
    assert said
    for finding in said:
        assert_said_in_full(finding)
