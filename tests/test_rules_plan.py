"""PLAN (seed §3): the rules that read the timeline.

"Create a timeline both for the project's steps and for the administrative side
(authorisation requests, subsidies, evaluation, ...)." Each rule is shown here on the
complete Brussels example, which breaks none of them, and on the smallest change to it
that breaks that rule alone: the finding's code, its path, and nothing else from PLAN.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import (
    Convention,
    Dossier,
    EvaluationMoment,
    EvaluationPlan,
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
    ExampleBreak,
    assert_breaks_alone,
    assert_said_in,
    brussels,
    changed,
    codes_of,
    day,
    finishing_within,
    paths_by_code,
    reduced,
    validated,
)

CODES = codes_of(plan)
RULES = tuple(CATALOGUE[code] for code in CODES)

# The Brussels timeline, by position:
SUBSIDY, AFSCA, LAUNCH, DISTRIBUTIONS, MIDTERM, FINAL, REPORT = range(7)
# Its budget and its evaluation moments, by position:
FOOD_SUBSIDY, FOOD_CPAS, COORDINATION = range(3)
MIDTERM_MOMENT, FINAL_MOMENT = range(2)


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


def changed_line(dossier: Dossier, position: int, **changes: Any) -> Dossier:
    funds = dossier.convention.funds
    budget = list(funds.budget)
    budget[position] = attrs.evolve(budget[position], **changes)
    return changed(dossier, funds=attrs.evolve(funds, budget=tuple(budget)))


def changed_moment(dossier: Dossier, position: int, **changes: Any) -> Dossier:
    moments = list(dossier.convention.evaluation.moments)
    moments[position] = attrs.evolve(moments[position], **changes)
    return changed(dossier, evaluation=EvaluationPlan(moments=tuple(moments)))


def steps_path(position: int, rest: str = "") -> str:
    return f"$.convention.timeline.steps[{position}]{rest}"


def budget_path(position: int) -> str:
    return f"$.convention.funds.budget[{position}].subsidy"


def moment_path(position: int) -> str:
    return f"$.convention.evaluation.moments[{position}].date"


# --- the smallest change that breaks each rule ------------------------------------------


def a_timeline_without_steps() -> Dossier:
    return changed(brussels(), timeline=Timeline())


def a_timeline_of_administrative_steps_only() -> Dossier:
    """The launch and the distributions filed as "other" steps: every step is then
    administrative. The distributions still wait for the AFSCA through the launch."""
    dossier = changed_step(brussels(), LAUNCH, kind=StepKind.OTHER)
    return changed_step(dossier, DISTRIBUTIONS, kind=StepKind.OTHER)


def an_untitled_midterm_evaluation() -> Dossier:
    return changed_step(brussels(), MIDTERM, title="")


def a_subsidy_application_filed_as_another_kind_of_step() -> Dossier:
    """The budget counts on the COCOF subsidy, and no step of the timeline applies for it."""
    return changed_step(brussels(), SUBSIDY, kind=StepKind.OTHER)


def a_launch_that_no_longer_waits_for_the_food_safety_registration() -> Dossier:
    """The distributions need an authorisation, and waited for the AFSCA registration only
    through the launch."""
    return changed_step(brussels(), LAUNCH, depends_on=("step-subside",))


def a_midterm_evaluation_step_a_day_after_its_moment() -> Dossier:
    return changed_step(brussels(), MIDTERM, planned=Period(start=day(6, 30), end=day(6, 30)))


def a_period_without_an_end() -> Dossier:
    return changed(brussels(), period=Period(start=day(1, 1)))


def a_report_without_a_planned_end() -> Dossier:
    """No step waits for the report, and it is no evaluation step: only its dates are
    incomplete. (An evaluation step without an end would leave its moment off the
    timeline too: see test_an_evaluation_step_not_fully_dated_covers_no_day.)"""
    return changed_step(brussels(), REPORT, planned=Period(start=day(12, 8)))


def a_report_due_after_the_convention_ends() -> Dossier:
    return changed_step(
        brussels(), REPORT, planned=Period(start=day(12, 8), end=dt.date(2028, 1, 15))
    )


def a_midterm_evaluation_that_waits_for_itself() -> Dossier:
    return changed_step(brussels(), MIDTERM, depends_on=("step-lancement", "step-eval-mi"))


def distributions_starting_before_the_launch_ends() -> Dossier:
    return changed_step(
        brussels(), DISTRIBUTIONS, planned=Period(start=day(3, 3), end=day(12, 14))
    )


def a_food_safety_registration_ending_after_the_launch() -> Dossier:
    return changed_step(brussels(), AFSCA, planned=Period(start=day(1, 4), end=day(3, 5)))


def a_launch_three_days_after_a_registration_that_takes_a_fortnight() -> Dossier:
    # The AFSCA registration ends on 12 February and the launch is on 2 March; with a
    # fortnight to answer the registration would have to end by 16 February at the latest.
    return changed_step(
        brussels(), AFSCA, planned=Period(start=day(1, 4), end=day(2, 27)), lead_days=14
    )


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

OFF_THE_TIMELINE = [moment_path(MIDTERM_MOMENT), moment_path(FINAL_MOMENT)]
"""Both Brussels evaluation moments, when no evaluation step is left on the timeline."""

EXAMPLES: dict[str, ExampleBreak] = {
    # A timeline without steps is plan.timeline.missing alone: the subsidy application
    # and the evaluation steps it lacks go without saying.
    "plan.timeline.missing": ExampleBreak(
        a_timeline_without_steps, ["$.convention.timeline.steps"]
    ),
    "plan.steps.no-project-step": ExampleBreak(
        a_timeline_of_administrative_steps_only, ["$.convention.timeline.steps"]
    ),
    "plan.steps.untitled": ExampleBreak(
        an_untitled_midterm_evaluation, [steps_path(MIDTERM, ".title")]
    ),
    "plan.subsidy.no-application": ExampleBreak(
        a_subsidy_application_filed_as_another_kind_of_step, [budget_path(FOOD_SUBSIDY)]
    ),
    "plan.authorisation.missing": ExampleBreak(
        a_launch_that_no_longer_waits_for_the_food_safety_registration,
        [steps_path(DISTRIBUTIONS, ".depends_on")],
    ),
    "plan.evaluation.off-timeline": ExampleBreak(
        a_midterm_evaluation_step_a_day_after_its_moment, [moment_path(MIDTERM_MOMENT)]
    ),
    "plan.period.incomplete": ExampleBreak(a_period_without_an_end, ["$.convention.period"]),
    "plan.steps.undated": ExampleBreak(
        a_report_without_a_planned_end, [steps_path(REPORT, ".planned")]
    ),
    "plan.steps.outside-period": ExampleBreak(
        a_report_due_after_the_convention_ends, [steps_path(REPORT, ".planned")]
    ),
    "plan.steps.dependency-cycle": ExampleBreak(
        a_midterm_evaluation_that_waits_for_itself, [steps_path(MIDTERM, ".depends_on")]
    ),
    "plan.steps.dependency-order": ExampleBreak(
        distributions_starting_before_the_launch_ends,
        [steps_path(DISTRIBUTIONS, ".depends_on[0]")],
    ),
    "plan.administrative.too-late": ExampleBreak(
        a_food_safety_registration_ending_after_the_launch,
        [steps_path(LAUNCH, ".depends_on[1]")],
    ),
    "plan.administrative.lead-time": ExampleBreak(
        a_launch_three_days_after_a_registration_that_takes_a_fortnight,
        [steps_path(LAUNCH, ".depends_on[1]")],
    ),
    "plan.administrative.missing": ExampleBreak(
        a_timeline_of_project_steps_only,
        ["$.convention.timeline.steps"],
        also={
            "plan.subsidy.no-application": [budget_path(FOOD_SUBSIDY)],
            "plan.authorisation.missing": [steps_path(DISTRIBUTIONS, ".depends_on")],
            "plan.evaluation.off-timeline": OFF_THE_TIMELINE,
        },
        why="A timeline without any administrative step cannot hold the subsidy application, "
        "the authorisation request the distributions wait for, nor the evaluation steps that "
        "the Brussels budget, distributions and evaluation moments call for.",
    ),
    "plan.steps.overdue": ExampleBreak(
        brussels, [steps_path(SUBSIDY)], today=AFTER_THE_SUBSIDY_DEADLINE
    ),
    "plan.recurrence.unbounded-in-period": ExampleBreak(
        a_weekly_step_with_no_end_anywhere,
        [steps_path(DISTRIBUTIONS, ".recurrence")],
        also={"plan.period.incomplete": ["$.convention.period"]},
        why="A recurrence is unbounded only in a convention without an end, whose period is "
        "incomplete.",
    ),
}
"""For each PLAN rule, the smallest change to the Brussels dossier that breaks it alone (or
with what it cannot help breaking too), and for the rule that reads today, the day that
shows it: the complete example, a day after its subsidy application was due."""


# --- the catalogue --------------------------------------------------------------------


def test_plan_has_the_rules_of_the_seed_in_order() -> None:
    assert CODES == (
        "plan.timeline.missing",
        "plan.steps.no-project-step",
        "plan.steps.untitled",
        "plan.subsidy.no-application",
        "plan.authorisation.missing",
        "plan.evaluation.off-timeline",
        "plan.period.incomplete",
        "plan.steps.undated",
        "plan.steps.outside-period",
        "plan.steps.dependency-cycle",
        "plan.steps.dependency-order",
        "plan.administrative.too-late",
        "plan.administrative.lead-time",
        "plan.administrative.missing",
        "plan.steps.overdue",
        "plan.recurrence.unbounded-in-period",
    )
    assert set(EXAMPLES) == set(CODES)


def test_every_plan_rule_belongs_to_the_plan_step_and_names_its_seed_section() -> None:
    for rule in RULES:
        assert rule.step.value == "plan"
        assert rule.section.startswith("§3 PLAN")


def test_the_severities_say_what_keeps_a_timeline_from_being_usable() -> None:
    severities = {rule.code: rule.severity for rule in RULES}
    assert [code for code, s in severities.items() if s is Severity.ERROR] == [
        "plan.timeline.missing",
        "plan.steps.no-project-step",
        "plan.steps.untitled",
        "plan.subsidy.no-application",
        "plan.authorisation.missing",
        "plan.steps.dependency-cycle",
        "plan.steps.dependency-order",
        "plan.administrative.too-late",
        "plan.administrative.lead-time",
    ]
    assert [code for code, s in severities.items() if s is Severity.WARNING] == [
        "plan.evaluation.off-timeline",
        "plan.period.incomplete",
        "plan.steps.undated",
        "plan.steps.outside-period",
        "plan.administrative.missing",
        "plan.steps.overdue",
    ]
    assert [code for code, s in severities.items() if s is Severity.INFO] == [
        "plan.recurrence.unbounded-in-period"
    ]


def test_only_a_partnership_must_put_administration_and_evaluation_on_its_timeline() -> None:
    for name in ("methodology", "consortium"):
        assert set(CODES) <= set(get_profile(name).codes)
    collaboration = set(get_profile("collaboration").codes)
    assert set(CODES) - collaboration == {
        "plan.administrative.missing",
        "plan.evaluation.off-timeline",
    }


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
    assert_breaks_alone(code, EXAMPLES[code], CODES)


# --- plan.timeline.missing ------------------------------------------------------------


def test_a_bare_convention_is_told_its_timeline_is_missing_at_its_own_root() -> None:
    assert found(Convention(name="Brouillon")) == {
        "plan.timeline.missing": ["$.timeline.steps"],
        "plan.period.incomplete": ["$.period"],
    }


# --- plan.steps.no-project-step -------------------------------------------------------


def test_one_project_step_among_administrative_ones_is_enough() -> None:
    dossier = changed_step(
        a_timeline_of_administrative_steps_only(), DISTRIBUTIONS, kind=StepKind.PROJECT
    )
    assert found(dossier) == {}


def test_a_timeline_without_steps_is_missing_not_without_a_project_step() -> None:
    assert "plan.steps.no-project-step" not in found(a_timeline_without_steps())
    assert "plan.timeline.missing" in found(a_timeline_without_steps())


# --- plan.steps.untitled --------------------------------------------------------------


@pytest.mark.parametrize("title", ["", "   ", "\u00a0\t\n"])
def test_a_title_of_white_space_alone_is_no_title(title: str) -> None:
    dossier = changed_step(brussels(), MIDTERM, title=title)
    assert found(dossier) == {"plan.steps.untitled": [steps_path(MIDTERM, ".title")]}


def test_each_untitled_step_is_reported_and_named_by_its_id() -> None:
    dossier = changed_step(changed_step(brussels(), SUBSIDY, title=""), REPORT, title=" ")
    reported = [
        (f.path, f.subjects, f.message)
        for f in findings(dossier, language="en")
        if f.code == "plan.steps.untitled"
    ]
    assert reported == [
        (steps_path(SUBSIDY, ".title"), ("step-subside",), "The step step-subside has no title."),
        (steps_path(REPORT, ".title"), ("step-rapport",), "The step step-rapport has no title."),
    ]


# --- plan.subsidy.no-application ------------------------------------------------------


def test_each_subsidy_line_is_reported_when_the_timeline_applies_for_none() -> None:
    dossier = changed_line(
        a_subsidy_application_filed_as_another_kind_of_step(), FOOD_CPAS, subsidy=True
    )
    reported = [
        (f.path, f.subjects) for f in findings(dossier) if f.code == "plan.subsidy.no-application"
    ]
    assert reported == [
        (budget_path(FOOD_SUBSIDY), ("bl-vivres",)),
        (budget_path(FOOD_CPAS), ("bl-vivres-cpas",)),
    ]


def test_one_application_in_the_timeline_answers_for_every_subsidy_line() -> None:
    every_line_a_subsidy = changed_line(
        changed_line(brussels(), FOOD_CPAS, subsidy=True), COORDINATION, subsidy=True
    )
    assert found(every_line_a_subsidy) == {}


def test_an_application_counts_before_it_is_dated_which_is_another_rules_business() -> None:
    dossier = changed_step(brussels(), SUBSIDY, planned=Period())
    assert found(dossier) == {"plan.steps.undated": [steps_path(SUBSIDY, ".planned")]}


def test_a_budget_without_a_subsidy_line_needs_no_application() -> None:
    dossier = changed_line(
        a_subsidy_application_filed_as_another_kind_of_step(), FOOD_SUBSIDY, subsidy=False
    )
    assert found(dossier) == {}


def test_a_subsidy_line_is_named_by_its_label_or_else_by_its_id() -> None:
    unlabelled = changed_line(
        a_subsidy_application_filed_as_another_kind_of_step(), FOOD_SUBSIDY, label=""
    )
    (finding,) = findings(unlabelled, language="en")
    assert finding.message == (
        "The budget counts on a subsidy (bl-vivres), but the timeline plans no subsidy "
        "application."
    )


# --- plan.authorisation.missing -------------------------------------------------------

PERMIT = Step(
    id="permit",
    title="Demander l'occupation de la place",
    kind=StepKind.AUTHORISATION_REQUEST,
    authority="Ville de Bruxelles",
)
"""An authorisation request: the use of a square for a neighbourhood party."""


def unauthorised(*steps: Step) -> list[str]:
    """The ids of the steps plan.authorisation.missing reports in a timeline of ``steps``."""
    convention = Convention(name="Fête de quartier", timeline=Timeline(steps=steps))
    return [f.subjects[0] for f in findings(convention) if f.code == "plan.authorisation.missing"]


def test_an_authorisation_is_waited_for_through_several_steps_in_any_order() -> None:
    steps = (
        PERMIT,
        Step(id="setup", title="Monter les stands", depends_on=("permit",)),
        Step(id="sound", title="Installer la sono", depends_on=("setup",)),
        Step(id="party", title="Fête", depends_on=("sound",), needs_authorisation=True),
    )
    assert unauthorised(*steps) == []
    assert unauthorised(*reversed(steps)) == []
    broken = (PERMIT, attrs.evolve(steps[1], depends_on=()), *steps[2:])
    assert unauthorised(*broken) == ["party"]


def test_a_step_waiting_for_the_request_itself_is_authorised_and_others_need_not_wait() -> None:
    assert (
        unauthorised(
            PERMIT,
            Step(id="party", title="Fête", depends_on=("permit",), needs_authorisation=True),
            Step(id="flyers", title="Distribuer les invitations"),
        )
        == []
    )


def test_only_an_authorisation_request_authorises() -> None:
    other_kinds = [kind for kind in StepKind if kind is not StepKind.AUTHORISATION_REQUEST]
    for kind in other_kinds:
        asked = Step(id="asked", title="Une démarche", kind=kind)
        party = Step(id="party", title="Fête", depends_on=("asked",), needs_authorisation=True)
        assert unauthorised(asked, party) == ["party"], kind


def test_a_dependency_on_an_unknown_step_is_ignored() -> None:
    party = Step(id="party", title="Fête", depends_on=("no-such-step",), needs_authorisation=True)
    assert unauthorised(PERMIT, party) == ["party"]
    also_the_permit = attrs.evolve(party, depends_on=("no-such-step", "permit"))
    assert unauthorised(PERMIT, also_the_permit) == []


def test_a_dependency_cycle_does_not_hang_and_authorises_nothing() -> None:
    steps = (
        PERMIT,
        Step(id="a", title="A", depends_on=("b",), needs_authorisation=True),
        Step(id="b", title="B", depends_on=("a",), needs_authorisation=True),
        Step(id="alone", title="Seule", depends_on=("alone",), needs_authorisation=True),
        Step(id="after", title="Après le cycle", depends_on=("a",), needs_authorisation=True),
    )
    with finishing_within(10):
        assert unauthorised(*steps) == ["a", "b", "alone", "after"]


def test_a_cycle_that_waits_for_the_request_is_authorised() -> None:
    # "a" and "b" wait for each other, and "b" for the permit too: both reach the permit.
    a = Step(id="a", title="A", depends_on=("b",), needs_authorisation=True)
    b = Step(id="b", title="B", depends_on=("a", "permit"), needs_authorisation=True)
    assert unauthorised(PERMIT, a, b) == []


def test_whether_a_step_is_authorised_does_not_depend_on_the_order_of_the_timeline() -> None:
    a = Step(id="a", title="A", depends_on=("b",), needs_authorisation=True)
    b = Step(id="b", title="B", depends_on=("a", "permit"), needs_authorisation=True)
    assert unauthorised(PERMIT, b, a) == unauthorised(PERMIT, a, b) == []
    # "after" is on no cycle: it waits for "c", which waits for "b", which waits for the
    # permit (and for "c").
    c = Step(id="c", title="C", depends_on=("b",))
    b = Step(id="b", title="B", depends_on=("c", "permit"))
    after = Step(id="after", title="Après", depends_on=("c",), needs_authorisation=True)
    assert unauthorised(b, c, after, PERMIT) == unauthorised(after, c, b, PERMIT) == []


AUTHORISATION = CATALOGUE["plan.authorisation.missing"]


def test_a_chain_of_twenty_thousand_steps_passes_the_authorisation_on_without_recursion() -> None:
    steps = chain(20_000, closed=False).timeline.steps
    first = attrs.evolve(steps[0], kind=StepKind.AUTHORISATION_REQUEST)
    last = attrs.evolve(steps[-1], needs_authorisation=True)
    authorised = Convention(name="Chain", timeline=Timeline(steps=(first, *steps[1:-1], last)))
    assert list(AUTHORISATION.check(Context(authorised, None, None))) == []
    unrequested = Convention(name="Chain", timeline=Timeline(steps=(*steps[:-1], last)))
    (violation,) = AUTHORISATION.check(Context(unrequested, None, None))
    assert violation.path == "timeline.steps[19999].depends_on"


def waits_for_a_request_by_search(steps: tuple[Step, ...]) -> list[bool]:
    """For each step, whether a request can be reached from it, by a plain search."""
    first: dict[str, int] = {}
    for position, step in enumerate(steps):
        first.setdefault(step.id, position)
    edges = [[first[d] for d in step.depends_on if d in first] for step in steps]
    waits = []
    for start in range(len(steps)):
        seen: set[int] = set()
        frontier = list(edges[start])
        while frontier:
            node = frontier.pop()
            if node not in seen:
                seen.add(node)
                frontier.extend(edges[node])
        waits.append(any(steps[n].kind is StepKind.AUTHORISATION_REQUEST for n in seen))
    return waits


@given(st.data())
def test_without_cycles_a_step_is_authorised_exactly_when_it_reaches_a_request(
    data: st.DataObject,
) -> None:
    size = data.draw(st.integers(min_value=1, max_value=8))
    # A rank for each position: a step depends only on steps of a lower rank, wherever
    # they stand in the timeline, so that there is no cycle.
    rank = data.draw(st.permutations(range(size)))
    steps = []
    for position in range(size):
        lower = [f"s{q}" for q in range(size) if rank[q] < rank[position]]
        depends_on = data.draw(st.lists(st.sampled_from(lower), max_size=3)) if lower else []
        kind = data.draw(st.sampled_from([StepKind.PROJECT, StepKind.AUTHORISATION_REQUEST]))
        steps.append(
            Step(
                id=f"s{position}",
                title=f"Step {position}",
                kind=kind,
                depends_on=tuple(depends_on),
                needs_authorisation=True,
            )
        )
    timeline = tuple(steps)
    expected = [
        step.id
        for step, waits in zip(timeline, waits_for_a_request_by_search(timeline), strict=True)
        if not waits
    ]
    assert unauthorised(*timeline) == expected


# --- plan.evaluation.off-timeline -----------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (day(6, 29), day(6, 29)),
        (day(6, 28), day(6, 30)),
        (day(6, 29), day(7, 3)),
        (day(6, 1), day(6, 29)),
    ],
    ids=["that very day", "around it", "its first day", "its last day"],
)
def test_a_moment_within_an_evaluation_step_is_on_the_timeline(
    start: dt.date, end: dt.date
) -> None:
    dossier = changed_step(brussels(), MIDTERM, planned=Period(start=start, end=end))
    assert found(dossier) == {}


@pytest.mark.parametrize(
    ("start", "end"),
    [(day(6, 30), day(7, 3)), (day(6, 1), day(6, 28))],
    ids=["the day before it starts", "the day after it ends"],
)
def test_a_moment_just_outside_the_evaluation_step_is_off_the_timeline(
    start: dt.date, end: dt.date
) -> None:
    dossier = changed_step(brussels(), MIDTERM, planned=Period(start=start, end=end))
    assert found(dossier) == {"plan.evaluation.off-timeline": [moment_path(MIDTERM_MOMENT)]}


def test_a_step_of_another_kind_on_that_day_does_not_put_the_moment_on_the_timeline() -> None:
    # The distributions run from March to December, and the midterm step, filed as
    # another kind, is on that very day: neither is an evaluation.
    dossier = changed_step(brussels(), MIDTERM, kind=StepKind.OTHER)
    assert found(dossier) == {"plan.evaluation.off-timeline": [moment_path(MIDTERM_MOMENT)]}


def test_any_evaluation_step_covering_the_day_will_do() -> None:
    def evaluation(identifier: str, start: dt.date, end: dt.date) -> Step:
        return Step(
            id=identifier,
            title=identifier,
            kind=StepKind.EVALUATION,
            planned=Period(start=start, end=end),
        )

    def moment(identifier: str, date: dt.date | None) -> EvaluationMoment:
        return EvaluationMoment(id=identifier, title=identifier, date=date)

    convention = Convention(
        name="Évaluations",
        timeline=Timeline(
            steps=(
                evaluation("short", day(3, 1), day(3, 2)),
                evaluation("all-year", day(1, 1), day(12, 31)),
                evaluation("later", day(5, 1), day(5, 1)),
            )
        ),
        evaluation=EvaluationPlan(
            moments=(
                moment("june", day(6, 1)),  # after the short and the later steps end
                moment("new-year", day(1, 1)),
                moment("next-year", dt.date(2028, 1, 1)),
                moment("undated", None),
            )
        ),
    )
    reported = [
        (f.path, f.subjects)
        for f in findings(convention)
        if f.code == "plan.evaluation.off-timeline"
    ]
    assert reported == [("$.evaluation.moments[2].date", ("next-year",))]


def test_an_evaluation_step_not_fully_dated_covers_no_day() -> None:
    dossier = changed_step(brussels(), MIDTERM, planned=Period(start=day(6, 29)))
    assert found(dossier) == {
        "plan.evaluation.off-timeline": [moment_path(MIDTERM_MOMENT)],
        "plan.steps.undated": [steps_path(MIDTERM, ".planned")],
    }


def test_a_moment_not_yet_dated_is_not_looked_for_on_the_timeline() -> None:
    dossier = changed_moment(
        a_midterm_evaluation_step_a_day_after_its_moment(), MIDTERM_MOMENT, date=None
    )
    assert found(dossier) == {}


def test_a_collaboration_need_not_put_its_evaluation_on_the_timeline() -> None:
    dossier = a_midterm_evaluation_step_a_day_after_its_moment()
    assert findings(dossier, profile="collaboration") == ()
    assert paths_by_code(findings(dossier, profile="consortium")) == {
        "plan.evaluation.off-timeline": [moment_path(MIDTERM_MOMENT)]
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
        "from 2027-12-08 to 2028-01-15, falls outside the convention's period "
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
    dossier = changed_step(brussels(), REPORT, depends_on=("step-eval-fin", "step-distributions"))
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
    dangling = changed_step(brussels(), MIDTERM, depends_on=("step-unknown",))
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
    # The distributions keep waiting for the launch, and so for the AFSCA registration.
    dossier = changed_step(
        brussels(), DISTRIBUTIONS, depends_on=("step-lancement", "step-distributions")
    )
    assert found(dossier) == {
        "plan.steps.dependency-cycle": [steps_path(DISTRIBUTIONS, ".depends_on")]
    }


# --- plan.administrative.missing ------------------------------------------------------


def test_a_timeline_without_administration_is_found_alone_when_nothing_calls_for_it() -> None:
    # No subsidy counted on, no activity that needs an authorisation, no evaluation moment:
    # only the lack of any administrative step is left to say.
    dossier = changed_step(
        changed_line(a_timeline_of_project_steps_only(), FOOD_SUBSIDY, subsidy=False),
        DISTRIBUTIONS,
        needs_authorisation=False,
    )
    dossier = changed(dossier, evaluation=EvaluationPlan())
    assert found(dossier) == {"plan.administrative.missing": ["$.convention.timeline.steps"]}


def test_a_collaboration_need_not_plan_its_administrative_side_but_what_it_counts_on() -> None:
    # A collaboration is not told to plan administration nor evaluation as such; but a
    # subsidy it counts on must still be applied for, and an activity that needs an
    # authorisation must still wait for one.
    codes = {f.code for f in findings(a_timeline_of_project_steps_only(), profile="collaboration")}
    assert codes == {"plan.subsidy.no-application", "plan.authorisation.missing"}


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
    every_step = [(step.id,) for step in brussels().convention.timeline.steps]
    assert len(every_step) == 7
    assert [f.subjects for f in report.findings if f.code == "plan.steps.overdue"] == every_step
    assert {f.code for f in report.findings} == {"plan.steps.overdue"}


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
    example, others = EXAMPLES[code], codes_of(crosscutting)
    complete = validated(brussels(), others, today=example.today)
    assert {f.code for f in example.findings(others)} == {f.code for f in complete}


# --- every rule, in every language ----------------------------------------------------


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plan_finding_is_said_in_full_in_every_language(code: str, language: str) -> None:
    assert_said_in(language, code, EXAMPLES[code], CODES)


NEW_MESSAGES = {
    "plan.steps.no-project-step": {
        "fr": "L'échéancier ne compte que des démarches administratives\u00a0: aucune étape du "
        "projet lui-même.",
        "en": "The timeline holds only administrative steps: no step of the project itself.",
        "nl": "De tijdlijn bevat enkel administratieve stappen: geen enkele stap van het "
        "project zelf.",
    },
    "plan.steps.untitled": {
        "fr": "L'étape step-eval-mi n'a pas de titre.",
        "en": "The step step-eval-mi has no title.",
        "nl": "De stap step-eval-mi heeft geen titel.",
    },
    "plan.subsidy.no-application": {
        "fr": "Le budget compte sur un subside (Vivres (subside Cohésion sociale)), mais "
        "l'échéancier ne prévoit aucune demande de subside.",
        "en": "The budget counts on a subsidy (Vivres (subside Cohésion sociale)), but the "
        "timeline plans no subsidy application.",
        "nl": "De begroting rekent op een subsidie (Vivres (subside Cohésion sociale)), maar "
        "de tijdlijn voorziet geen subsidieaanvraag.",
    },
    "plan.authorisation.missing": {
        "fr": "L'étape «\u00a0Distributions hebdomadaires\u00a0» (step-distributions) demande "
        "une autorisation, mais n'attend aucune demande d'autorisation de l'échéancier, ni "
        "directement ni par une autre étape.",
        "en": "The step 'Distributions hebdomadaires' (step-distributions) needs an "
        "authorisation, but waits for no authorisation request of the timeline, directly or "
        "through another step.",
        "nl": "De stap 'Distributions hebdomadaires' (step-distributions) vereist een "
        "vergunning, maar wacht op geen enkele vergunningsaanvraag in de tijdlijn, "
        "rechtstreeks noch via een andere stap.",
    },
    "plan.evaluation.off-timeline": {
        "fr": "Le moment d'évaluation «\u00a0Évaluation à mi-parcours\u00a0» (eval-mi) du "
        "2027-06-29 ne figure pas dans l'échéancier\u00a0: aucune étape d'évaluation ne "
        "couvre ce jour.",
        "en": "The evaluation moment 'Évaluation à mi-parcours' (eval-mi) on 2027-06-29 is not "
        "on the timeline: no evaluation step covers that day.",
        "nl": "Het evaluatiemoment 'Évaluation à mi-parcours' (eval-mi) op 2027-06-29 staat "
        "niet in de tijdlijn: geen enkele evaluatiestap omvat die dag.",
    },
}
"""What the newer rules say of their smallest break, word for word."""


@pytest.mark.parametrize("code", NEW_MESSAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_newer_rules_say_what_is_wrong_in_every_language(code: str, language: str) -> None:
    (finding,) = EXAMPLES[code].findings(CODES, language=language)
    assert finding.code == code
    assert finding.message == NEW_MESSAGES[code][language]
