"""partnership_model.testing.strategies: Hypothesis strategies for users' own tests.

A strategy for every public type; complete conventions on which validation finds
nothing, for every built-in profile and both forms; conventions broken on purpose that
trigger exactly the codes they announce; and arguments that cannot be met refused with
``InvalidArgument``. These tests use the strategies as a user would.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import Any, cast

import attrs
import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from partnership_model import (
    Ballot,
    Choice,
    Convention,
    DecisionRecord,
    Dossier,
    EvaluationMoment,
    EvaluationPlan,
    Form,
    Indicator,
    Measurement,
    Objective,
    Outcome,
    Partner,
    Period,
    Profile,
    Rule,
    Severity,
    Signature,
    Step,
    StepKind,
    Task,
    Timeline,
    Violation,
    from_json,
    history,
    tally,
    to_json,
    validate,
)
from partnership_model.testing import (
    _amended,
    _clarify,
    _convention,
    _define,
    _dossier,
    _evaluate,
    _items,
    _partners,
    _voting,
)
from partnership_model.testing import strategies as pms
from partnership_model.testing._breaks import BREAKS, Break, Situation, compatible
from partnership_model.testing._breaks import _fresh as fresh
from partnership_model.testing._breaks._base import recounted
from partnership_model.testing._breaks.crosscutting import _adopted, _merged
from partnership_model.testing._complete import FILLED_FOR_COMPLETENESS
from partnership_model.testing._digits import LARGEST_BLOCK, Digits, distinct, readers
from partnership_model.validation import CATALOGUE, MethodologyStep, get_profile
from tests.generators import MODEL_TYPES
from tests.support import brussels

PROFILES = ("methodology", "collaboration", "consortium")
TODAY = dt.date(2026, 11, 26)


def found_codes(target: Convention | Dossier, profile: str, today: dt.date | None) -> set[str]:
    return {f.code for f in validate(target, profile=profile, today=today).findings}


# --- importing -----------------------------------------------------------------------------------


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter, our own code
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )


def test_without_hypothesis_the_import_error_says_what_to_install() -> None:
    result = run_python(
        "import sys; sys.modules['hypothesis'] = None\nimport partnership_model.testing.strategies"
    )
    assert result.returncode == 1
    assert 'pip install "partnership-model[hypothesis]"' in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("ImportError")


def test_the_testing_package_alone_does_not_import_hypothesis() -> None:
    result = run_python(
        "import sys, partnership_model, partnership_model.testing\n"
        "import partnership_model.testing._hypothesis\n"
        "print('hypothesis' in sys.modules)"
    )
    assert result.stdout.strip() == "False", result.stderr


# --- a strategy for every public type ------------------------------------------------------------


def plural(name: str) -> str:
    """The strategy's name for a type: snake case, as a plural (Money stays money)."""
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    if snake == "money":
        return snake
    if snake.endswith("y") and snake[-2] not in "aeiou":
        return snake[:-1] + "ies"
    if snake.endswith("o"):
        return snake + "es"  # a veto, vetoes
    return snake + "s"


def test_every_public_model_type_has_a_strategy_named_as_its_plural() -> None:
    by_type = pms.strategies_by_type()
    assert set(by_type) == set(MODEL_TYPES)
    names = {kind: plural(kind.__name__) for kind in MODEL_TYPES}
    assert names[Partner] == "partners"
    assert all(name in pms.__all__ for name in names.values()), sorted(
        name for name in names.values() if name not in pms.__all__
    )


def test_the_public_names_are_sorted_and_all_exist() -> None:
    assert pms.__all__ == sorted(pms.__all__)
    assert all(callable(getattr(pms, name)) for name in pms.__all__)


@pytest.mark.parametrize("kind", MODEL_TYPES, ids=lambda kind: kind.__name__)
@settings(max_examples=5)
@given(data=st.data())
def test_from_type_draws_each_type_through_the_entry_point(
    kind: type, data: st.DataObject
) -> None:
    assert isinstance(data.draw(st.from_type(kind)), kind)


@pytest.mark.parametrize("kind", MODEL_TYPES, ids=lambda kind: kind.__name__)
@settings(max_examples=5)
@given(data=st.data())
def test_each_named_strategy_draws_its_type_or_a_tuple_of_it(
    kind: type, data: st.DataObject
) -> None:
    drawn = data.draw(getattr(pms, plural(kind.__name__))())
    items = drawn if isinstance(drawn, tuple) else (drawn,)
    assert all(isinstance(item, kind) for item in items)


@given(st.builds(Convention, name=st.just("Paniers"), partners=pms.partners(min_size=1)))
def test_builds_fills_a_convention_with_the_strategies(convention: Convention) -> None:
    assert convention.partners
    assert all(isinstance(partner, Partner) for partner in convention.partners)


@given(pms.partners(min_size=3, max_size=4))
def test_a_collection_strategy_draws_items_with_distinct_ids_within_its_sizes(
    partners: tuple[Partner, ...],
) -> None:
    assert 3 <= len(partners) <= 4
    assert len({p.id for p in partners}) == len(partners)


@given(pms.conventions(partners=pms.partners(min_size=3)))
def test_parts_are_replaced_by_passing_strategies(convention: Convention) -> None:
    assert len(convention.partners) >= 3


@given(pms.conventions(complete=True, partners=pms.partners(min_size=3, max_size=3)))
def test_a_complete_convention_is_drawn_around_the_partners_passed(
    convention: Convention,
) -> None:
    assert len(convention.partners) == 3
    assert not validate(convention).findings


@given(
    pms.periods(min_value=dt.date(2027, 1, 1), max_value=dt.date(2027, 12, 31), open_ended=False)
)
def test_periods_keep_within_their_bounds(period: Period) -> None:
    assert period.start is not None
    assert period.end is not None
    assert dt.date(2027, 1, 1) <= period.start <= period.end <= dt.date(2027, 12, 31)


def test_ids_whose_fallback_is_taken_too_are_still_made_distinct() -> None:
    made = distinct(["n3-3", "x", "x-3", "x"])
    assert len(set(made)) == 4


def test_ids_drawn_alike_are_made_distinct_without_rejection() -> None:
    made = distinct(["pont", "pont", "pont-1", "pont"], frozenset({"pont-3"}))
    assert len(set(made)) == 4
    assert "pont-3" not in made
    assert made[0] == "pont"


def test_a_fresh_id_is_none_of_those_taken() -> None:
    assert fresh(["need-2", "need-3"], "need") == "need-4"


@given(pms.tasks(partner_ids=("pont", "cpas"), objective_ids=("paniers",), min_size=1))
def test_references_point_at_the_ids_given(tasks: tuple[Task, ...]) -> None:
    for task in tasks:
        assert {a.partner for a in task.assignments} <= {"pont", "cpas"}
        assert set(task.objectives) <= {"paniers"}


@given(pms.objectives(min_size=1, indicators=pms.indicators(min_size=1, max_size=1)))
def test_objectives_keep_the_ids_of_the_indicators_passed(drawn: tuple[Objective, ...]) -> None:
    assert all(len(objective.indicators) == 1 for objective in drawn)


@given(pms.signatures(partner_ids=["pont", "cpas"], max_size=5))
def test_signatures_of_the_partners_given_are_one_each_at_most(
    drawn: tuple[Signature, ...],
) -> None:
    assert len({s.partner for s in drawn}) == len(drawn) <= 2
    assert {s.partner for s in drawn} <= {"pont", "cpas"}


@given(pms.measurements(max_size=3, indicator_ids=()))
def test_without_indicators_there_is_nothing_to_measure(drawn: tuple[Measurement, ...]) -> None:
    assert drawn == ()


@given(pms.steps(min_size=2, max_size=6))
def test_steps_depend_only_on_earlier_steps_that_end_before_they_start(
    steps: tuple[Step, ...],
) -> None:
    ended: dict[str, dt.date | None] = {}
    for step in steps:
        for dependency in step.depends_on:
            assert dependency in ended
            end = ended[dependency]
            assert step.planned.start is not None
            assert end is not None
            assert end <= step.planned.start
        ended[step.id] = step.planned.end


@given(pms.conventions(), st.sampled_from(PROFILES))
def test_every_reference_of_a_drawn_convention_resolves(
    convention: Convention, profile: str
) -> None:
    findings = validate(convention, profile=profile).findings
    assert not [f.code for f in findings if f.step is MethodologyStep.INTEGRITY]
    assert not {f.code for f in findings} & {
        "plan.steps.dependency-cycle",
        "plan.steps.dependency-order",
        "plan.administrative.too-late",
    }


@given(pms.dossiers())
def test_every_reference_of_a_drawn_dossier_resolves(dossier: Dossier) -> None:
    findings = validate(dossier).findings
    assert not [f.code for f in findings if f.step is MethodologyStep.INTEGRITY]


# --- complete conventions ------------------------------------------------------------------------


@given(
    st.sampled_from(PROFILES).flatmap(
        lambda profile: st.tuples(
            st.just(profile),
            st.sampled_from([None, TODAY]).flatmap(
                lambda today: st.tuples(
                    st.just(today),
                    pms.dossiers(profile=profile, complete=True, today=today),
                )
            ),
        )
    )
)
def test_complete_means_validation_finds_nothing_at_all(
    drawn: tuple[str, tuple[dt.date | None, Dossier]],
) -> None:
    profile, (today, dossier) = drawn
    assert found_codes(dossier, profile, today) == set()
    assert found_codes(dossier.convention, profile, today) == set()


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("form", list(Form), ids=lambda form: form.value)
@settings(max_examples=10)
@given(data=st.data())
def test_each_profile_has_complete_conventions_of_both_forms(
    profile: str, form: Form, data: st.DataObject
) -> None:
    convention = data.draw(pms.conventions(profile=profile, complete=True, form=form))
    assert convention.form is form
    assert found_codes(convention, profile, None) == set()


@given(
    pms.conventions(
        profile=get_profile("methodology").with_severity(
            "communication.audience-missing", Severity.ERROR, name="strict-communication"
        ),
        complete=True,
    )
)
def test_a_profile_made_of_built_in_rules_has_complete_conventions_too(
    convention: Convention,
) -> None:
    assert validate(convention).is_complete


# --- conventions broken on purpose ---------------------------------------------------------------


def test_every_rule_of_the_catalogue_has_a_way_to_be_broken() -> None:
    assert set(BREAKS) == set(CATALOGUE)


@pytest.mark.parametrize("code", sorted(CATALOGUE))
@settings(max_examples=4)
@given(data=st.data())
def test_each_break_alone_triggers_exactly_its_codes(code: str, data: st.DataObject) -> None:
    profile = data.draw(st.sampled_from([p for p in PROFILES if code in profile_codes(p)]))
    dossier, expected = data.draw(pms.broken_dossiers(profile=profile, codes={code}, today=TODAY))
    assert code in expected
    assert found_codes(dossier, profile, TODAY) == expected


def profile_codes(profile: str) -> set[str]:
    return {rule.code for rule in get_profile(profile).rules}


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("today", [None, TODAY], ids=["any-day", "on-a-day"])
@settings(max_examples=20)
@given(data=st.data())
def test_several_breaks_together_trigger_exactly_their_codes(
    profile: str, today: dt.date | None, data: st.DataObject
) -> None:
    dossier, expected = data.draw(pms.broken_dossiers(profile=profile, today=today))
    assert expected
    assert found_codes(dossier, profile, today) == expected
    convention, codes = data.draw(pms.broken_conventions(profile=profile, today=today))
    assert found_codes(convention, profile, today) == codes


THOROUGH = os.environ.get("PARTNERSHIP_MODEL_HYPOTHESIS_PROFILE") == "thorough"


def both_broken(
    first: Break, second: Break, profile: str, situation: Situation
) -> st.SearchStrategy[tuple[Dossier, frozenset[str]]]:
    """A complete dossier broken by ``first``, then ``second``, with the codes they name."""
    complete = pms.dossiers(profile=profile, complete=True, today=situation.today)

    def draw_both(draw: st.DrawFn) -> tuple[Dossier, frozenset[str]]:
        dossier, triggered = draw(complete), set[str]()
        for found in (first, second):
            dossier, implied = found.apply(draw, dossier, situation)
            triggered |= {found.code, *implied}
        return dossier, frozenset(triggered & situation.codes)

    return st.composite(draw_both)()


@pytest.mark.skipif(
    not THOROUGH, reason="some 8,000 pairs, 3 examples each: run with the thorough profile"
)
@pytest.mark.parametrize("profile", PROFILES)
def test_every_pair_of_compatible_breaks_in_either_order_triggers_exactly_their_codes(
    profile: str,
) -> None:
    codes = frozenset(profile_codes(profile))
    situation = Situation(today=TODAY, codes=codes)
    chosen = [found for code, found in BREAKS.items() if code in codes]
    wrong: list[tuple[str, str]] = []
    for first in chosen:
        for second in chosen:
            if first is not second and compatible(first, second):
                pairs = both_broken(first, second, profile, situation)

                @settings(max_examples=3, database=None)
                @given(pairs)
                def check(pair: tuple[Dossier, frozenset[str]]) -> None:
                    dossier, expected = pair
                    if found_codes(dossier, profile, TODAY) != expected:
                        wrong.append((dossier.convention.name, ", ".join(sorted(expected))))

                check()
    assert wrong == []


@given(pms.broken_conventions(codes={"clarify.roles.no-coordinator", "define.needs.not-covered"}))
def test_the_codes_asked_for_are_the_codes_found(pair: tuple[Convention, frozenset[str]]) -> None:
    convention, codes = pair
    assert codes == {"clarify.roles.no-coordinator", "define.needs.not-covered"}
    assert found_codes(convention, "methodology", None) == codes


@given(pms.broken_conventions(codes={"clarify.roles.missing"}))
def test_a_convention_broken_alone_names_no_code_only_its_minutes_could_show(
    pair: tuple[Convention, frozenset[str]],
) -> None:
    # Taking the roles away sets aside the ballots of a role's delegate in the dossier's
    # minutes; a convention alone has no minutes, and its codes say nothing of them.
    convention, codes = pair
    assert not any(CATALOGUE[code].needs_dossier for code in codes)
    assert found_codes(convention, "methodology", None) == codes


@given(pms.broken_conventions(codes={"clarify.contributions.missing"}))
def test_a_break_names_the_codes_it_cannot_help_bringing_along(
    pair: tuple[Convention, frozenset[str]],
) -> None:
    convention, codes = pair
    assert {"clarify.contributions.missing", "define.needs.not-covered"} <= codes
    assert found_codes(convention, "methodology", None) == codes


def test_a_missing_clause_does_not_go_with_an_empty_conflict_procedure() -> None:
    # Without its dispute resolution clause and its procedure, a consortium names no
    # mediation anywhere: a third code the two breaks did not announce.
    assert not compatible(
        BREAKS["consortium.clause.missing"], BREAKS["clarify.conflicts.no-procedure"]
    )


@settings(max_examples=1)
@given(data=st.data())
def test_a_complete_dossier_needs_a_convention_with_a_dated_period(data: st.DataObject) -> None:
    undated = pms.dossiers(complete=True, convention=st.just(Convention(name="Paniers")))
    with pytest.raises(InvalidArgument, match="no dated period"):
        data.draw(undated)


def test_a_break_that_changes_who_votes_names_the_minutes_codes_it_brings_along() -> None:
    # The December budget was voted by the four members of the steering committee.
    dossier = brussels()
    copil = dossier.convention.governing_bodies[0]

    def voting(*members: str) -> Dossier:
        body = attrs.evolve(copil, members=members)
        return attrs.evolve(
            dossier, convention=attrs.evolve(dossier.convention, governing_bodies=(body,))
        )

    assert recounted(dossier) == frozenset()
    # Without the CPAS, its abstention is set aside: three votes of three still adopt.
    assert recounted(voting("pont", "entraide", "fourneaux")) == {
        "tracing.minutes.ballot-set-aside"
    }
    # The CPAS alone abstains: nothing is adopted, whatever the minutes declare.
    assert recounted(voting("cpas")) == {
        "tracing.minutes.ballot-set-aside",
        "tracing.minutes.outcome-disagrees",
    }
    # and an amendment the budget adopted now rests on a decision not adopted.
    dossier = budget_amended(dossier)
    assert recounted(voting("pont", "entraide", "fourneaux")) == {
        "tracing.minutes.ballot-set-aside"
    }
    assert recounted(voting("cpas")) == {
        "tracing.minutes.ballot-set-aside",
        "tracing.minutes.outcome-disagrees",
        "flexibility.amendments.not-adopted",
    }


def test_a_break_that_needs_an_adopted_decision_adds_one_when_the_minutes_have_none() -> None:
    dossier = brussels()
    assert _adopted(dossier) == (dossier, "pv-2026-12-01")  # the December budget
    december = dossier.minutes[0]
    against = tuple(attrs.evolve(ballot, choice=Choice.AGAINST) for ballot in december.ballots)
    rejected = attrs.evolve(december, ballots=against, outcome=Outcome.REJECTED)
    with_a_decision, key = _adopted(attrs.evolve(dossier, minutes=(rejected,)))
    (_, added) = with_a_decision.minutes
    # Every member of the steering committee came and voted for: adopted, and so recorded.
    assert added.id == key != december.id
    assert added.ballots == tuple(Ballot(partner=p, choice=Choice.FOR) for p in december.present)
    assert added.outcome is Outcome.ADOPTED
    assert tally(added, with_a_decision).agrees_with(Outcome.ADOPTED)


def test_one_partner_left_alone_keeps_minutes_that_say_what_its_ballot_decides() -> None:
    dossier = brussels()
    december = dossier.minutes[0]
    # The CPAS's abstention listed first: it is the one ballot a single partner keeps.
    abstention_first = attrs.evolve(december, ballots=tuple(reversed(december.ballots)))
    merged = _merged(attrs.evolve(dossier, minutes=(abstention_first,)), "pont")
    (record,) = merged.minutes
    assert record.ballots == (Ballot(partner="pont", choice=Choice.ABSTAIN),)
    assert record.outcome is Outcome.REJECTED  # the minutes said adopted
    assert tally(record, merged).agrees_with(record.outcome)
    # The budget voted for keeps the outcome the minutes declared.
    assert _merged(dossier, "pont").minutes[0].outcome is Outcome.ADOPTED


def budget_amended(dossier: Dossier) -> Dossier:
    """``dossier`` with an amendment adopted by its first decision, the December budget,
    in force from that day: the decision is counted under the current text."""
    december = dossier.minutes[0]
    return dossier.amend(
        dossier.convention,
        id="avenant-budget",
        effective_from=december.date,
        rationale="Le budget revu en décembre",
        adopted_on=december.date,
        decision=december.id,
    )


def no_draw(strategy: st.SearchStrategy[Any], label: object = None) -> Any:
    raise AssertionError(f"the break drew from {strategy!r}")


drawing_nothing = cast(st.DrawFn, no_draw)
"""What a break that draws nothing, such as removing the partners, is given to draw with."""


def test_one_partner_left_alone_names_the_amendment_its_ballot_no_longer_adopts() -> None:
    # Found by Hypothesis: a decision adopted by a delegated role's second holder, the
    # first abstaining, and an amendment resting on it. Alone, the first partner keeps
    # its abstention, the minutes say rejected, and the amendment rests on a rejection.
    dossier = brussels()
    december = dossier.minutes[0]
    abstention_first = attrs.evolve(december, ballots=tuple(reversed(december.ballots)))
    amended = budget_amended(attrs.evolve(dossier, minutes=(abstention_first,)))
    assert found_codes(amended, "methodology", None) == set()
    codes = frozenset(profile_codes("methodology"))
    few_partners = BREAKS["tracing.convention.few-partners"]
    broken, implied = few_partners.apply(drawing_nothing, amended, Situation(None, codes))
    assert "flexibility.amendments.not-adopted" in implied
    assert found_codes(broken, "methodology", None) == {few_partners.code, *implied} & codes
    # The budget voted for still adopts the amendment: nothing more to name.
    _, implied = few_partners.apply(
        drawing_nothing, budget_amended(dossier), Situation(None, codes)
    )
    assert implied == {"form.collaboration.no-contributor"}


def test_breaks_that_change_the_same_part_do_not_go_together() -> None:
    assert not compatible(BREAKS["define.needs.missing"], BREAKS["define.needs.not-covered"])
    assert compatible(
        BREAKS["clarify.decisions.quorum-unreachable"],
        BREAKS["clarify.decisions.majority-without-threshold"],
    )
    assert not compatible(BREAKS["tracing.convention.few-partners"], BREAKS["form.undeclared"])


# --- amended dossiers: a history that applies cleanly --------------------------------------------

ABOUT_THE_AMENDMENTS = ("flexibility.amendments.", "tracing.minutes.", "integrity.")
"""The rules that read the amendments, the minutes that adopted them and the references."""


@given(pms.amended_dossiers(min_size=2, max_size=4))
def test_an_amended_dossier_has_a_version_for_its_first_text_and_each_amendment(
    dossier: Dossier,
) -> None:
    versions = history(dossier)
    assert 3 <= len(versions) <= 5
    assert len(versions) == len(dossier.amendments) + 1
    assert versions[-1].text == dossier.convention


@given(pms.amended_dossiers())
def test_each_text_is_in_force_from_its_amendment_s_day_and_the_one_before_until_then(
    dossier: Dossier,
) -> None:
    versions = history(dossier)
    for before, version in itertools.pairwise(versions):
        day = version.effective_from
        assert day is not None
        assert dossier.in_force(day) == version.text
        assert dossier.in_force(day - dt.timedelta(days=1)) == before.text


@given(pms.amended_dossiers())
def test_each_amendment_rests_on_minutes_that_adopted_it_before_it_took_effect(
    dossier: Dossier,
) -> None:
    minutes = {record.id: record for record in dossier.minutes}
    for amendment in dossier.amendments:
        assert amendment.decision is not None
        record = minutes[amendment.decision]
        assert record.outcome is Outcome.ADOPTED
        assert record.rule is None or tally(record, dossier).adopted
        assert amendment.adopted_on == record.date
        assert record.date < amendment.effective_from
    found = [f.code for f in validate(dossier).findings if f.code.startswith(ABOUT_THE_AMENDMENTS)]
    assert found == []


@given(pms.amended_dossiers())
def test_each_amendment_changes_the_text(dossier: Dossier) -> None:
    assert all(not version.changes.is_empty for version in history(dossier)[1:])


@given(pms.amended_dossiers())
def test_an_amended_dossier_reads_back_as_it_was_written(dossier: Dossier) -> None:
    assert from_json(to_json(dossier), Dossier) == dossier


def a_partnership_of_one() -> Dossier:
    """A first draft: one partner, and nothing else to readjust."""
    return Dossier(
        convention=Convention(name="Paniers", partners=(Partner(id="pont", name="Pont"),))
    )


def the_example_without_its_plan() -> Dossier:
    """The Brussels example without period nor evaluation step, its indicators without
    baseline, every partner its coordinator."""
    dossier = brussels()
    text = dossier.convention
    objectives = tuple(
        attrs.evolve(
            objective,
            indicators=tuple(attrs.evolve(i, baseline=None) for i in objective.indicators),
        )
        for objective in text.objectives
    )
    steps = tuple(
        attrs.evolve(step, kind=StepKind.PROJECT) if step.kind is StepKind.EVALUATION else step
        for step in text.timeline.steps
    )
    everyone = tuple(partner.id for partner in text.partners)
    roles = (attrs.evolve(text.roles[0], holders=everyone), *text.roles[1:])
    unplanned = attrs.evolve(
        text, timeline=Timeline(steps=steps), period=Period(), objectives=objectives, roles=roles
    )
    return attrs.evolve(dossier, convention=unplanned)


@given(
    pms.amended_dossiers(
        min_size=3,
        dossiers=st.sampled_from(
            [brussels(), a_partnership_of_one(), the_example_without_its_plan()]
        ),
    )
)
def test_a_dossier_of_your_own_is_amended_as_cleanly_whatever_it_holds(dossier: Dossier) -> None:
    assert len(history(dossier)) >= len(dossier.amendments) + 1 >= 4
    assert all(not version.changes.is_empty for version in history(dossier)[-3:])
    found = [f.code for f in validate(dossier).findings if f.code.startswith(ABOUT_THE_AMENDMENTS)]
    assert found == []


def test_a_readjusted_target_or_moment_is_never_the_one_it_was() -> None:
    digits = Digits(refuse_to_draw, bytes(64))
    indicator = Indicator(id="i", name="Familles", target=Decimal(1))
    kept = Convention(
        name="Paniers", objectives=(Objective(id="o", title="O", indicators=(indicator,)),)
    )
    assert _amended.READJUSTMENTS[0](digits, kept) is None
    day = dt.date(2027, 6, 29)
    one_day = Step(
        id="s", title="Évaluation", kind=StepKind.EVALUATION, planned=Period(start=day, end=day)
    )
    moment = EvaluationMoment(id="m", title="Mi-parcours", date=day)
    there = Convention(
        name="Paniers",
        timeline=Timeline(steps=(one_day,)),
        evaluation=EvaluationPlan(moments=(moment,)),
    )
    assert _amended.READJUSTMENTS[1](digits, there) is None


@settings(max_examples=1)
@given(data=st.data())
def test_a_dossier_with_no_day_left_after_its_minutes_is_not_amended(data: st.DataObject) -> None:
    last = DecisionRecord(id="pv", date=dt.date(9999, 12, 1), title="Dernière décision")
    late = attrs.evolve(a_partnership_of_one(), minutes=(last,))
    with pytest.raises(InvalidArgument, match="no day is left after 9999-12"):
        data.draw(pms.amended_dossiers(dossiers=st.just(late)))


# --- arguments that cannot be met ----------------------------------------------------------------


def a_custom_profile() -> Profile:
    def never(context: Any) -> Any:
        yield Violation("name")

    custom = Rule(
        code="app.never",
        step=MethodologyStep.TRACING,
        severity=Severity.ERROR,
        section="ours",
        message={"fr": "Jamais.", "en": "Never.", "nl": "Nooit."},
        hint={"fr": "Rien.", "en": "Nothing.", "nl": "Niets."},
        check=never,
    )
    return get_profile("methodology").with_rules(custom, name="with-a-custom-rule")


REFUSED: dict[str, Callable[[], st.SearchStrategy[Any]]] = {
    "negative min_size": lambda: pms.partners(min_size=-1),
    "max_size below min_size": lambda: pms.tasks(min_size=3, max_size=2),
    "a float size": lambda: pms.needs(max_size=2.5),  # type: ignore[arg-type]
    "a part that is not a strategy": lambda: pms.conventions(
        partners=(Partner(id="p", name="P"),)  # type: ignore[arg-type]
    ),
    "an unknown profile": lambda: pms.conventions(profile="nope"),
    "a profile that is neither": lambda: pms.conventions(profile=42),  # type: ignore[arg-type]
    "a dossier complete maybe": lambda: pms.dossiers(complete=1),  # type: ignore[arg-type]
    "a profile with a rule of one's own": lambda: pms.conventions(profile=a_custom_profile()),
    "complete that is not a bool": lambda: pms.conventions(complete="yes"),  # type: ignore[arg-type]
    "a form that is not a Form": lambda: pms.dossiers(form="partnership"),  # type: ignore[arg-type]
    "a datetime for today": lambda: pms.conventions(today=dt.datetime(2026, 1, 1)),
    "ids given as one string": lambda: pms.roles(partner_ids="pont"),
    "an id given twice": lambda: pms.signatures(partner_ids=("a", "a"), min_size=2),
    "an id that is not one": lambda: pms.tasks(partner_ids=("not valid id!",), min_size=1),
    "a today too late to draw after": lambda: pms.conventions(
        complete=True, today=dt.date(9999, 12, 1)
    ),
    "more signatures than partners": lambda: pms.signatures(min_size=3, partner_ids=("a", "b")),
    "assignments of nobody": lambda: pms.assignments(min_size=1, partner_ids=()),
    "ballots of nobody": lambda: pms.ballots(min_size=1, partner_ids=()),
    "measurements of nothing": lambda: pms.measurements(min_size=1, indicator_ids=()),
    "recurrences bounded maybe": lambda: pms.recurrences(bounded="maybe"),  # type: ignore[arg-type]
    "indicators measurable maybe": lambda: pms.indicators(measurable=1),  # type: ignore[arg-type]
    "a period ending before it starts": lambda: pms.periods(
        min_value=dt.date(2027, 1, 1), max_value=dt.date(2026, 1, 1)
    ),
    "a period bound that is not a date": lambda: pms.periods(min_value="2026"),  # type: ignore[arg-type]
    "steps within something else": lambda: pms.steps(within="2027"),  # type: ignore[arg-type]
    "codes outside the profile": lambda: pms.broken_conventions(
        profile="collaboration", codes={"clarify.roles.no-coordinator"}
    ),
    "an unknown code": lambda: pms.broken_conventions(codes={"no.such.rule"}),
    "no code at all": lambda: pms.broken_conventions(codes=set()),
    "one code as a string": lambda: pms.broken_conventions(codes="form.undeclared"),
    "a day's rule without the day": lambda: pms.broken_conventions(codes={"plan.steps.overdue"}),
    "a dossier's rule on a convention": lambda: pms.broken_conventions(
        codes={"tracing.minutes.missing"}
    ),
    "two breaks of the same part": lambda: pms.broken_dossiers(
        codes={"define.needs.missing", "define.needs.not-valued"}
    ),
    "withdrawals from one dossier": lambda: pms.withdrawals(
        dossiers=Dossier(convention=Convention(name="Paniers"))  # type: ignore[arg-type]
    ),
    "admissions to one dossier": lambda: pms.admissions(
        dossiers=Dossier(convention=Convention(name="Paniers"))  # type: ignore[arg-type]
    ),
    "fewer amendments than none": lambda: pms.amended_dossiers(min_size=-1),
    "fewer amendments at most than at least": lambda: pms.amended_dossiers(min_size=3, max_size=2),
    "amendments to one dossier": lambda: pms.amended_dossiers(
        dossiers=Dossier(convention=Convention(name="Paniers"))  # type: ignore[arg-type]
    ),
}


@pytest.mark.parametrize("build", REFUSED.values(), ids=REFUSED.keys())
def test_arguments_that_cannot_be_met_are_refused_when_the_strategy_is_made(
    build: Callable[[], st.SearchStrategy[Any]],
) -> None:
    with pytest.raises(InvalidArgument) as refused:
        build().validate()
    assert refused.value.args[0]


def test_the_refusal_names_the_argument_and_its_value() -> None:
    with pytest.raises(InvalidArgument, match=r"partners\(min_size=-1\)"):
        pms.partners(min_size=-1)
    with pytest.raises(InvalidArgument, match=r"'clarify\.roles\.no-coordinator' is not a rule"):
        pms.broken_conventions(profile="collaboration", codes={"clarify.roles.no-coordinator"})


@settings(max_examples=1)
@given(data=st.data())
def test_a_complete_convention_needs_two_partners(data: st.DataObject) -> None:
    lonely = pms.conventions(complete=True, partners=pms.partners(min_size=1, max_size=1))
    with pytest.raises(InvalidArgument, match="at least two"):
        data.draw(lonely)


@settings(max_examples=1)
@given(data=st.data())
def test_nobody_withdraws_from_a_dossier_without_partners(data: st.DataObject) -> None:
    empty = pms.withdrawals(dossiers=st.just(Dossier(convention=Convention(name="Paniers"))))
    with pytest.raises(InvalidArgument, match="no partner to withdraw"):
        data.draw(empty)


@given(pms.conventions(complete=True, timeline=pms.timelines(steps=st.just(()))))
def test_a_part_passed_to_a_complete_convention_is_used_as_it_is(
    convention: Convention,
) -> None:
    assert convention.timeline.steps == ()
    assert "plan.timeline.missing" in found_codes(convention, "methodology", None)


# --- quick to draw, small when shrunk ------------------------------------------------------------


def optional_parts(value: object) -> set[str]:
    """``Class.field`` of every optional part ``value`` holds, however deep: a field whose
    default is None, nothing or no extensions, holding something."""
    found: set[str] = set()
    if not attrs.has(type(value)):
        return found
    for field in attrs.fields(type(value)):  # type: ignore[arg-type]
        held = getattr(value, field.name)
        left_out = field.default is None or field.default == () or field.name == "extensions"
        if left_out and held not in (None, (), {}):
            found.add(f"{type(value).__name__}.{field.name}")
        for item in held if isinstance(held, tuple) else (held,):
            found |= optional_parts(item)
    return found


def test_a_failing_example_shrinks_to_three_partners_and_nothing_optional() -> None:
    shrunk = find(
        pms.conventions(complete=True),
        lambda convention: len(convention.partners) > 2,
        settings=settings(database=None, derandomize=True),
    )
    assert len(shrunk.partners) == 3
    assert optional_parts(shrunk) <= FILLED_FOR_COMPLETENESS
    assert [len(o.indicators) for o in shrunk.objectives] == [1]
    counts = (len(shrunk.needs), len(shrunk.tasks), len(shrunk.decision_rules))
    assert counts == (1, 1, 1)
    assert shrunk.governing_bodies == ()
    assert not validate(shrunk).findings


def test_on_a_ci_server_hypothesis_turns_the_too_slow_check_off_itself() -> None:
    # Why the suite runs a user's tests with the CI variables removed, and what
    # docs/property-testing.md tells a user whose machine is very slow.
    code = "from hypothesis import HealthCheck, settings\n"
    code += "print(HealthCheck.too_slow in settings.default.suppress_health_check)"
    result = subprocess.run(  # noqa: S603 - our own interpreter, our own code
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "CI": "true"},
    )
    assert result.stdout.strip() == "True", result.stderr


def refuse_to_draw(strategy: object) -> Any:
    raise AssertionError(f"drew from {strategy!r} where the block was expected to suffice")


VALUE_DECISIONS = (
    "amount",
    "any_day",
    "currency",
    "decimal",
    "extensions",
    "fraction",
    "free_text",
    "identifier",
    "money",
    "name",
    "optional_name",
    "optional_text",
    "quantity",
    "share",
    "small_amount",
    "small_quantity",
    "texts",
    "unit",
    "whole_number",
    "word",
)


@pytest.mark.parametrize("decision", VALUE_DECISIONS)
@given(block=st.binary(min_size=64, max_size=64), data=st.data())
def test_each_decision_reads_as_many_bytes_whatever_it_decides(
    decision: str, block: bytes, data: st.DataObject
) -> None:
    # So that shrinking one decision towards zero never moves the bytes of the next.
    drawn, simplest = Digits(data.draw, block), Digits(refuse_to_draw, bytes(64))
    getattr(drawn, decision)()
    getattr(simplest, decision)()
    assert drawn.used == simplest.used


def test_a_block_of_zero_bytes_decodes_to_the_simplest_of_everything() -> None:
    digits = Digits(refuse_to_draw, bytes(64))
    assert digits.name() == digits.free_text() == "Le Pont ASBL"
    assert digits.identifier() == "pont"
    assert digits.maybe(("a", "b")) is None
    assert digits.optional(digits.name) is None
    assert digits.flag() is False
    assert digits.choose(("a", "b", "c"), least=1, most=2) == ("a",)
    assert digits.small_amount() == Decimal("0.00")
    assert digits.currency() == "EUR"
    assert digits.extensions() == {}
    assert digits.texts() == ()


@given(
    st.integers(1, 2**40),
    st.binary(min_size=6, max_size=6),
    st.binary(min_size=6, max_size=6),
)
def test_larger_bytes_never_decode_to_a_smaller_number(
    bound: int, one: bytes, other: bytes
) -> None:
    low, high = sorted((one, other))
    assert Digits(refuse_to_draw, low).below(bound) >= 0
    assert Digits(refuse_to_draw, low).below(bound) <= Digits(refuse_to_draw, high).below(bound)
    assert Digits(refuse_to_draw, high).below(bound) < bound


def test_past_its_block_an_item_draws_another_one() -> None:
    drawn = iter([bytes([255] * 16)])
    digits = Digits(lambda _: next(drawn), bytes([0]))
    assert digits.below(256) == 0
    assert digits.below(256) == 255


def test_a_small_collection_is_one_block_its_count_first_then_each_item_in_its_place() -> None:
    block = bytes([255, 1, 2, 3, 4, 5, 6])
    items = readers(lambda _: block, 2, 0, 3)
    assert [(item.below(256), item.below(256)) for item in items] == [(1, 2), (3, 4), (5, 6)]
    fewer = readers(lambda _: bytes([0]) + block[1:], 2, 1, 3)
    assert [item.below(256) for item in fewer] == [1]


def test_a_large_collection_is_a_list_of_blocks() -> None:
    width = LARGEST_BLOCK
    items = readers(lambda _: [bytes([7] * width)] * 2, width, 0, 3)
    assert [item.below(256) for item in items] == [7, 7]


MANY_IDS = ("a", "b", "c", "d", "e", "f")
"""More ids than any item refers to, so that every reference reads all its bytes."""

KINDS: dict[str, tuple[Any, Any]] = {
    "representatives": (_partners.REPRESENTATIVES, _partners.REPRESENTATIVES),
    "affiliations": (_partners.AFFILIATIONS, _partners.AFFILIATIONS),
    "needs": (_define.NEEDS, _define.NEEDS),
    "target_publics": (_define.TARGET_PUBLICS, _define.TARGET_PUBLICS),
    "escalation_steps": (_clarify.ESCALATION_STEPS, _clarify.ESCALATION_STEPS),
    "budget_lines": (_evaluate.BUDGET_LINES, _evaluate.BUDGET_LINES),
    "clauses": (_convention.CLAUSES, _convention.CLAUSES),
    "decide_notes": (_dossier.DECIDE_NOTES, _dossier.DECIDE_NOTES),
    "offers": (_dossier.OFFERS, _dossier.OFFERS),
    "structures": (_dossier.STRUCTURES, _dossier.STRUCTURES),
    "partners": (_partners.partner_items(None, None), _partners.partner_items(None, None)),
    "contributions": (
        _partners.contribution_items(None, None, None),
        _partners.contribution_items(MANY_IDS, MANY_IDS, MANY_IDS),
    ),
    "indicators": (_define.indicator_items(None), _define.indicator_items(True)),
    "roles": (_clarify.role_items(None), _clarify.role_items(MANY_IDS)),
    "tasks": (_clarify.task_items(None, None), _clarify.task_items(MANY_IDS, MANY_IDS)),
    "governing_bodies": (
        _clarify.governing_body_items(None),
        _clarify.governing_body_items(MANY_IDS),
    ),
    "decision_rules": (
        _clarify.decision_rule_items(None, None),
        _clarify.decision_rule_items(MANY_IDS, MANY_IDS),
    ),
    "institutional_links": (
        _clarify.institutional_link_items(None),
        _clarify.institutional_link_items(MANY_IDS),
    ),
    "evaluation_moments": (
        _evaluate.evaluation_moment_items(None, None, None),
        _evaluate.evaluation_moment_items(MANY_IDS, MANY_IDS, None),
    ),
    "communication_actions": (
        _evaluate.communication_action_items(None),
        _evaluate.communication_action_items(MANY_IDS),
    ),
    "reporting_duties": (
        _evaluate.reporting_duty_items(None),
        _evaluate.reporting_duty_items(MANY_IDS),
    ),
    "decision_records": (
        _dossier.decision_record_items(None, None, None),
        _dossier.decision_record_items(MANY_IDS, MANY_IDS, MANY_IDS),
    ),
    "measurements": (_dossier.measurement_items(None), _dossier.measurement_items(MANY_IDS)),
    "ballots": (_dossier.ballot_values(None), _dossier.ballot_values(MANY_IDS)),
    "weights": (_voting.weight_values(None), _voting.weight_values(MANY_IDS)),
    "vetoes": (_voting.veto_values(None), _voting.veto_values(MANY_IDS)),
    "proxy_rules": (_voting.PROXY_RULES, _voting.PROXY_RULES),
    "written_procedures": (_voting.WRITTEN_PROCEDURES, _voting.WRITTEN_PROCEDURES),
    "proxies": (_voting.proxy_values(None), _voting.proxy_values(MANY_IDS)),
    "conflict_records": (
        _clarify.conflict_record_items(None),
        _clarify.conflict_record_items(MANY_IDS),
    ),
    "conflict_steps": (_clarify.CONFLICT_STEPS, _clarify.CONFLICT_STEPS),
    "evaluation_reports": (
        _dossier.evaluation_report_items(None, None),
        _dossier.evaluation_report_items(MANY_IDS, MANY_IDS),
    ),
}
"""Each kind of item, with references to ids of its own and to many given ids."""


def bytes_read(kind: Any) -> int:
    digits = Digits(refuse_to_draw, bytes(2 * kind.width))
    if isinstance(kind, _items.Items):
        kind.decode(digits, digits.identifier())
    else:
        kind.decode(digits)
    return digits.used


@pytest.mark.parametrize("name", KINDS)
def test_every_kind_of_item_reads_its_whole_block_and_no_more(name: str) -> None:
    # A block wider than its item's decisions is drawn for nothing; a narrower one makes
    # the item draw another block: either way Hypothesis does work it need not do.
    kinds = KINDS[name]
    assert max(bytes_read(kind) for kind in kinds) == kinds[0].width == kinds[1].width
