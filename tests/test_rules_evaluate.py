"""EVALUATE (seed §3): the rules that read the evaluation plan, the measurements and the reports.

The seed gives EVALUATE no text of its own: evaluation is against the objectives and the
indicators agreed in DEFINE. So every indicator is looked at by a dated evaluation moment
inside the convention's period; and once the caller says what day it is, a moment that
has passed has its report in the dossier, and an indicator that was due has been measured.
Each rule is shown on the complete Brussels example, which breaks none of them, and on the
smallest change to it that breaks that rule alone.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
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
    EvaluationReport,
    Measurement,
    Objective,
    Period,
    validate,
)
from partnership_model._rules import define, evaluate
from partnership_model.i18n import LANGUAGES
from partnership_model.validation import (
    CATALOGUE,
    Finding,
    MethodologyStep,
    Severity,
    get_profile,
)
from tests import generators as gen
from tests.support import (
    BEFORE_THE_START,
    ExampleBreak,
    assert_breaks_alone,
    assert_said_in,
    brussels,
    changed,
    changed_indicator,
    codes_of,
    day,
    indicator_path,
    paths_by_code,
    the_finding,
    validated,
)

CODES = codes_of(evaluate)
RULES = tuple(CATALOGUE[code] for code in CODES)
OURS = frozenset(codes_of(define) + CODES)
"""The codes of DEFINE and EVALUATE, whose rules are written together: a change that
breaks one rule must raise no other of them."""

IN_FEBRUARY = dt.date(2027, 2, 15)
AFTER_THE_MIDTERM = dt.date(2027, 7, 1)
AFTER_THE_END = dt.date(2028, 1, 15)

# The Brussels evaluation moments and indicators, by position:
MIDTERM, FINAL = range(2)
FAMILIES, PARTICIPANTS, ISOLATION = (0, 0), (1, 0), (1, 1)

DATE_RULES = ("evaluate.moments.missed", "evaluate.indicators.not-measured")
DOSSIER_RULES = (*DATE_RULES, "evaluate.measurements.other-unit")


# --- how the tests run the rules -------------------------------------------------------


def findings(
    target: Dossier | Convention,
    *,
    today: dt.date | None = BEFORE_THE_START,
    language: str = "fr",
) -> tuple[Finding, ...]:
    """The findings of DEFINE and EVALUATE under the methodology profile."""
    return validated(target, OURS, today=today, language=language)


def found(
    target: Dossier | Convention, *, today: dt.date | None = BEFORE_THE_START
) -> dict[str, list[str]]:
    """Each DEFINE or EVALUATE code found, with the paths it was found at."""
    return paths_by_code(findings(target, today=today))


def only(
    target: Dossier | Convention,
    code: str,
    language: str = "fr",
    today: dt.date | None = BEFORE_THE_START,
) -> Finding:
    return the_finding(findings(target, language=language, today=today), code)


def applied(target: Dossier | Convention, today: dt.date | None) -> set[str]:
    """The EVALUATE codes a validation applied."""
    return set(validate(target, today=today).rules) & set(CODES)


def changed_moment(dossier: Dossier, at: int, **changes: Any) -> Dossier:
    moments = list(dossier.convention.evaluation.moments)
    moments[at] = attrs.evolve(moments[at], **changes)
    return changed(dossier, evaluation=EvaluationPlan(moments=tuple(moments)))


def moment_path(at: int) -> str:
    return f"$.convention.evaluation.moments[{at}]"


# --- the smallest change that breaks each rule ------------------------------------------


def a_convention_without_evaluation() -> Dossier:
    return changed(brussels(), evaluation=EvaluationPlan())


def a_final_evaluation_that_forgets_isolation() -> Dossier:
    return changed_moment(brussels(), FINAL, indicators=("ind-familles", "ind-participants"))


def an_undated_midterm_evaluation() -> Dossier:
    return changed_moment(brussels(), MIDTERM, date=None)


def a_final_evaluation_after_the_convention_ends() -> Dossier:
    return changed_moment(brussels(), FINAL, date=dt.date(2028, 1, 12))


def a_january_evaluation_without_a_report() -> Dossier:
    return changed_moment(brussels(), MIDTERM, date=day(1, 29))


def a_participation_count_due_in_january() -> Dossier:
    return changed_indicator(brussels(), PARTICIPANTS, due=day(1, 31))


def families_counted_in_households() -> Dossier:
    dossier = brussels()
    first = attrs.evolve(dossier.measurements[0], unit="ménages")
    return attrs.evolve(dossier, measurements=(first, *dossier.measurements[1:]))


EXAMPLES: dict[str, ExampleBreak] = {
    "evaluate.plan.missing": ExampleBreak(
        a_convention_without_evaluation, ["$.convention.evaluation.moments"]
    ),
    "evaluate.indicators.not-covered": ExampleBreak(
        a_final_evaluation_that_forgets_isolation, [indicator_path(ISOLATION)]
    ),
    "evaluate.moments.undated": ExampleBreak(
        an_undated_midterm_evaluation, [moment_path(MIDTERM)]
    ),
    "evaluate.indicators.only-after-end": ExampleBreak(
        a_final_evaluation_after_the_convention_ends,
        [indicator_path(ISOLATION)],
        also={"evaluate.moments.outside-period": [moment_path(FINAL)]},
        why="An indicator is evaluated only after the end when the moments that look at it "
        "are after the end, outside the period.",
    ),
    "evaluate.moments.outside-period": ExampleBreak(
        a_final_evaluation_after_the_convention_ends,
        [moment_path(FINAL)],
        also={"evaluate.indicators.only-after-end": [indicator_path(ISOLATION)]},
        why="The final evaluation is the only one that looks at isolation.",
    ),
    "evaluate.moments.missed": ExampleBreak(
        a_january_evaluation_without_a_report, [moment_path(MIDTERM)], today=IN_FEBRUARY
    ),
    "evaluate.indicators.not-measured": ExampleBreak(
        a_participation_count_due_in_january, [indicator_path(PARTICIPANTS)], today=IN_FEBRUARY
    ),
    "evaluate.measurements.other-unit": ExampleBreak(
        families_counted_in_households, ["$.measurements[0].unit"]
    ),
}
"""For each EVALUATE rule, the smallest change to the Brussels dossier that breaks it alone,
and for the rules that read today, the day that shows it."""


# --- the catalogue --------------------------------------------------------------------


def test_evaluate_has_its_rules_in_order() -> None:
    assert CODES == (
        "evaluate.plan.missing",
        "evaluate.indicators.not-covered",
        "evaluate.indicators.only-after-end",
        "evaluate.moments.undated",
        "evaluate.moments.outside-period",
        "evaluate.moments.missed",
        "evaluate.indicators.not-measured",
        "evaluate.measurements.other-unit",
    )
    assert set(EXAMPLES) == set(CODES)


def test_every_evaluate_rule_belongs_to_the_evaluate_step_and_names_its_seed_section() -> None:
    for rule in RULES:
        assert rule.step is MethodologyStep.EVALUATE
        assert rule.section.startswith("§3 EVALUATE")


def test_no_plan_or_an_unevaluated_indicator_is_an_error_and_a_late_measure_only_news() -> None:
    severities = {rule.code: rule.severity for rule in RULES}
    assert severities == {
        "evaluate.plan.missing": Severity.ERROR,
        "evaluate.indicators.not-covered": Severity.ERROR,
        "evaluate.indicators.only-after-end": Severity.WARNING,
        "evaluate.moments.undated": Severity.WARNING,
        "evaluate.moments.outside-period": Severity.WARNING,
        "evaluate.moments.missed": Severity.WARNING,
        "evaluate.indicators.not-measured": Severity.INFO,
        "evaluate.measurements.other-unit": Severity.ERROR,
    }


@pytest.mark.parametrize("profile", ["methodology", "collaboration", "consortium"])
def test_every_profile_asks_for_every_evaluate_rule(profile: str) -> None:
    assert set(CODES) <= set(get_profile(profile).codes)


def test_only_the_missed_moments_and_measures_need_today_and_the_dossier() -> None:
    assert tuple(rule.code for rule in RULES if rule.needs_today) == DATE_RULES
    assert tuple(rule.code for rule in RULES if rule.needs_dossier) == DOSSIER_RULES


# --- the complete example and each rule broken alone ------------------------------------


@pytest.mark.parametrize("today", [None, BEFORE_THE_START, IN_FEBRUARY, day(6, 29)])
def test_the_brussels_example_breaks_no_evaluate_rule_until_its_midterm_evaluation(
    today: dt.date | None,
) -> None:
    assert found(brussels(), today=today) == {}
    assert found(brussels().convention, today=today) == {}


def test_after_its_end_the_brussels_example_still_lacks_its_reports_and_measures() -> None:
    assert found(brussels(), today=AFTER_THE_END) == {
        "evaluate.moments.missed": [moment_path(MIDTERM), moment_path(FINAL)],
        "evaluate.indicators.not-measured": [
            indicator_path(PARTICIPANTS),
            indicator_path(ISOLATION),
        ],
    }


@pytest.mark.parametrize("code", CODES)
def test_the_smallest_change_breaks_that_rule_alone_at_its_path(code: str) -> None:
    assert_breaks_alone(code, EXAMPLES[code], OURS)


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_finding_is_said_in_each_language_with_its_placeholders_filled(
    code: str, language: str
) -> None:
    assert_said_in(language, code, EXAMPLES[code], OURS)


def broken_dossier(code: str) -> Dossier:
    """The dossier of the example that breaks ``code``."""
    broken = EXAMPLES[code].build()
    assert isinstance(broken, Dossier)
    return broken


@pytest.mark.parametrize("code", DATE_RULES)
def test_date_rules_do_not_run_without_today(code: str) -> None:
    dossier, today = broken_dossier(code), EXAMPLES[code].today
    assert code in applied(dossier, today)
    assert code not in applied(dossier, None)
    assert code not in found(dossier, today=None)


@pytest.mark.parametrize("code", DOSSIER_RULES)
def test_dossier_rules_do_not_run_on_a_bare_convention(code: str) -> None:
    convention, today = broken_dossier(code).convention, EXAMPLES[code].today
    assert code not in applied(convention, today)
    assert code not in found(convention, today=today)


# --- evaluate.plan.missing --------------------------------------------------------------


def test_without_any_evaluation_moment_the_plan_is_missing_once_not_per_indicator() -> None:
    dossier = a_convention_without_evaluation()
    finding = only(dossier, "evaluate.plan.missing", "en")
    assert finding.message == "The convention plans no evaluation moment."
    assert finding.hint == "Plan at least one evaluation moment and the indicators it looks at."
    assert finding.subjects == ()


# --- evaluate.indicators.not-covered ----------------------------------------------------


def test_an_indicator_no_moment_looks_at_is_named() -> None:
    finding = only(a_final_evaluation_that_forgets_isolation(), "evaluate.indicators.not-covered")
    assert finding.message == (
        "Aucun moment d'évaluation n'examine l'indicateur «\u00a0Participants se disant "
        "isolés (questionnaire)\u00a0» (ind-isolement)."
    )
    assert finding.subjects == ("ind-isolement",)


def test_one_moment_looking_at_an_indicator_is_enough() -> None:
    dossier = changed_moment(brussels(), MIDTERM, indicators=())
    assert found(dossier) == {}


def test_a_moment_looking_at_no_indicator_leaves_every_indicator_uncovered() -> None:
    empty = EvaluationMoment(id="eval-vide", title="Réunion sans objet", date=day(6, 29))
    dossier = changed(brussels(), evaluation=EvaluationPlan(moments=(empty,)))
    assert found(dossier) == {
        "evaluate.indicators.not-covered": [
            indicator_path(FAMILIES),
            indicator_path(PARTICIPANTS),
            indicator_path(ISOLATION),
        ]
    }


# --- evaluate.moments.undated -----------------------------------------------------------


def test_an_undated_moment_is_named_in_every_language() -> None:
    dossier = an_undated_midterm_evaluation()
    assert only(dossier, "evaluate.moments.undated", "nl").message == (
        "Het evaluatiemoment 'Évaluation à mi-parcours' (eval-mi) heeft geen datum."
    )
    assert only(dossier, "evaluate.moments.undated").hint == (
        "Datez-le et inscrivez-le à l'échéancier."
    )


# --- evaluate.moments.outside-period ----------------------------------------------------


def test_a_moment_after_the_end_of_the_convention_is_outside_its_period() -> None:
    finding = only(
        a_final_evaluation_after_the_convention_ends(), "evaluate.moments.outside-period"
    )
    assert finding.message == (
        "Le moment d'évaluation «\u00a0Évaluation finale\u00a0» (eval-fin), prévu le "
        "2028-01-12, sort de la période de la convention (du 2027-01-01 au 2027-12-31)."
    )
    assert finding.subjects == ("eval-fin",)


def test_a_moment_before_the_start_of_the_convention_is_outside_its_period() -> None:
    dossier = changed_moment(brussels(), MIDTERM, date=dt.date(2026, 12, 31))
    assert found(dossier) == {"evaluate.moments.outside-period": [moment_path(MIDTERM)]}


def test_the_first_and_last_days_of_the_period_are_inside_it() -> None:
    dossier = changed_moment(brussels(), MIDTERM, date=day(1, 1))
    dossier = changed_moment(dossier, FINAL, date=day(12, 31))
    assert found(dossier) == {}


@pytest.mark.parametrize(
    ("period", "date", "outside", "shown"),
    [
        (Period(start=day(1, 1)), dt.date(2026, 12, 31), True, "(from 2027-01-01 to …)"),
        (Period(start=day(1, 1)), dt.date(2030, 1, 1), False, ""),
        (Period(end=day(12, 31)), dt.date(2028, 1, 1), True, "(from … to 2027-12-31)"),
        (Period(end=day(12, 31)), dt.date(2000, 1, 1), False, ""),
        (Period(), dt.date(2000, 1, 1), False, ""),
    ],
)
def test_only_the_known_bounds_of_the_period_are_checked(
    period: Period, date: dt.date, outside: bool, shown: str
) -> None:
    dossier = changed_moment(changed(brussels(), period=period), FINAL, date=date)
    reported = [
        f.message for f in findings(dossier, language="en") if f.code.endswith("outside-period")
    ]
    expected = (
        "The evaluation moment 'Évaluation finale' (eval-fin), planned for "
        f"{date.isoformat()}, falls outside the convention's period {shown}."
    )
    assert reported == ([expected] if outside else [])


def test_an_undated_moment_is_not_said_to_be_outside_the_period() -> None:
    dossier = changed(an_undated_midterm_evaluation(), period=Period(start=day(7, 1)))
    assert "evaluate.moments.outside-period" not in found(dossier)


# --- evaluate.moments.missed ------------------------------------------------------------


def test_a_passed_moment_without_a_report_is_missed() -> None:
    finding = only(
        a_january_evaluation_without_a_report(), "evaluate.moments.missed", "en", IN_FEBRUARY
    )
    assert finding.message == (
        "The evaluation moment 'Évaluation à mi-parcours' (eval-mi), planned for 2027-01-29, "
        "has passed without an evaluation report."
    )
    assert finding.subjects == ("eval-mi",)


def test_a_moment_is_missed_only_once_its_day_has_passed() -> None:
    dossier = a_january_evaluation_without_a_report()
    assert found(dossier, today=day(1, 29)) == {}
    assert found(dossier, today=day(1, 30)) == {"evaluate.moments.missed": [moment_path(MIDTERM)]}


def test_a_report_on_the_moment_keeps_it_from_being_missed() -> None:
    dossier = a_january_evaluation_without_a_report()
    elsewhere = EvaluationReport(id="rapport-x", date=day(2, 1), moment="eval-fin")
    unattached = EvaluationReport(id="rapport-y", date=day(2, 1))
    reported = EvaluationReport(id="rapport-mi", date=day(2, 1), moment="eval-mi")
    dossier = attrs.evolve(dossier, evaluation_reports=(elsewhere, unattached))
    assert "evaluate.moments.missed" in found(dossier, today=IN_FEBRUARY)
    dossier = attrs.evolve(dossier, evaluation_reports=(elsewhere, unattached, reported))
    assert found(dossier, today=IN_FEBRUARY) == {}


def test_an_undated_moment_cannot_be_missed() -> None:
    assert found(an_undated_midterm_evaluation(), today=AFTER_THE_MIDTERM) == {
        "evaluate.moments.undated": [moment_path(MIDTERM)]
    }


# --- evaluate.indicators.not-measured ---------------------------------------------------


def test_an_indicator_due_without_a_measurement_is_news() -> None:
    finding = only(
        a_participation_count_due_in_january(),
        "evaluate.indicators.not-measured",
        "nl",
        IN_FEBRUARY,
    )
    assert finding.severity is Severity.INFO
    assert finding.message == (
        "De indicator 'Participants réguliers aux ateliers' (ind-participants) moest "
        "uiterlijk op 2027-01-31 gemeten zijn, en er is geen meting geregistreerd."
    )


def test_an_indicator_is_due_only_once_its_day_has_passed() -> None:
    dossier = a_participation_count_due_in_january()
    assert found(dossier, today=day(1, 31)) == {}


def test_one_measurement_of_the_indicator_is_enough() -> None:
    dossier = changed_indicator(brussels(), FAMILIES, due=day(1, 31))
    assert found(dossier, today=IN_FEBRUARY) == {}
    measured = Measurement(
        id="m-participants", indicator="ind-participants", date=day(1, 28), value=Decimal(4)
    )
    dossier = a_participation_count_due_in_january()
    dossier = attrs.evolve(dossier, measurements=(*dossier.measurements, measured))
    assert found(dossier, today=IN_FEBRUARY) == {}


def test_an_indicator_without_a_due_date_is_never_late() -> None:
    dossier = changed_indicator(brussels(), ISOLATION, due=None)
    assert found(dossier, today=AFTER_THE_END)["evaluate.indicators.not-measured"] == [
        indicator_path(PARTICIPANTS)
    ]


# --- drafts -----------------------------------------------------------------------------


def test_a_bare_convention_is_told_its_evaluation_plan_is_missing_at_its_own_root() -> None:
    reported = found(Convention(name="Brouillon"), today=AFTER_THE_END)
    assert reported["evaluate.plan.missing"] == ["$.evaluation.moments"]
    assert set(reported) & set(CODES) == {"evaluate.plan.missing"}


def test_duplicate_ids_and_dangling_references_are_read_without_fuss() -> None:
    families = brussels().convention.objectives[0].indicators[0]
    twice = EvaluationMoment(
        id="eval-x", title="Deux fois", date=day(1, 10), indicators=("ind-nulle-part",)
    )
    dossier = changed(
        brussels(),
        objectives=(Objective(id="obj", title="Objectif", indicators=(families, families)),),
        evaluation=EvaluationPlan(moments=(twice, twice)),
    )
    assert found(dossier, today=IN_FEBRUARY) == {
        "evaluate.indicators.not-covered": [indicator_path((0, 0)), indicator_path((0, 1))],
        "evaluate.moments.missed": [moment_path(0), moment_path(1)],
    }


# --- never raising ----------------------------------------------------------------------


@given(gen.conventions, gen.dates, st.sampled_from(LANGUAGES))
def test_evaluate_findings_are_said_for_any_convention(
    convention: Convention, today: dt.date, language: str
) -> None:
    for target in (convention, Dossier(convention=convention)):
        for finding in validated(target, CODES, today=today, language=language):
            assert finding.path.startswith("$.")
            assert finding.message
