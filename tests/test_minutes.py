"""The minutes of decisions (seed, tracing) and the six DECIDE steps (annex 1)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from partnership_model import (
    Ballot,
    Choice,
    DecideNote,
    DecideStep,
    DecisionRecord,
    Outcome,
    Proxy,
    Topic,
)
from tests.support import assert_refused, refusal_said

MEETING = dt.date(2027, 3, 2)


# --- DECIDE --------------------------------------------------------------------------------


def test_decide_has_its_six_steps_in_the_models_order() -> None:
    assert list(DecideStep) == [
        DecideStep.DEFINE_PROBLEM,
        DecideStep.ESTABLISH_CRITERIA,
        DecideStep.CONSIDER_ALTERNATIVES,
        DecideStep.IDENTIFY_BEST,
        DecideStep.DEVELOP_PLAN,
        DecideStep.EVALUATE_SOLUTION,
    ]
    # The initials spell the model's name.
    assert "".join(step.value[0] for step in DecideStep).upper() == "DECIDE"


def test_decide_steps_have_labels_in_the_reference_language() -> None:
    assert DecideStep.DEFINE_PROBLEM.label("fr") == "définir le problème"
    assert DecideStep.DEFINE_PROBLEM.label() == DecideStep.DEFINE_PROBLEM.label("fr")


def test_a_decide_note_holds_what_was_written_at_one_step() -> None:
    note = DecideNote(step=DecideStep.CONSIDER_ALTERNATIVES, text="Local A ou local B.")
    assert note.step is DecideStep.CONSIDER_ALTERNATIVES
    assert note.text == "Local A ou local B."


def test_a_decide_note_refuses_a_plain_string_step_and_lists_the_codes() -> None:
    error = assert_refused(
        lambda: DecideNote(step="define_problem", text="t"),  # type: ignore[arg-type]
        "DecideNote.step",
        "define_problem",
    )
    assert ", ".join(step.value for step in DecideStep) in error.reason


def test_a_decide_note_refuses_text_that_is_not_a_string() -> None:
    assert_refused(
        lambda: DecideNote(step=DecideStep.DEVELOP_PLAN, text=None),  # type: ignore[arg-type]
        "DecideNote.text",
        None,
    )


# --- Ballot ----------------------------------------------------------------------------------


def test_a_ballot_says_how_one_partner_voted() -> None:
    ballot = Ballot(partner="cpas", choice=Choice.ABSTAIN)
    assert ballot.partner == "cpas"
    assert ballot.choice is Choice.ABSTAIN
    assert [choice.value for choice in Choice] == ["for", "against", "abstain"]


@pytest.mark.parametrize("bad_id", ["", "a b"])
def test_a_ballot_refuses_a_malformed_partner_id(bad_id: str) -> None:
    assert_refused(lambda: Ballot(partner=bad_id, choice=Choice.FOR), "Ballot.partner", bad_id)


def test_a_ballot_refuses_a_plain_string_choice_and_lists_the_codes() -> None:
    error = assert_refused(
        lambda: Ballot(partner="p", choice="for"),  # type: ignore[arg-type]
        "Ballot.choice",
        "for",
    )
    assert "for, against, abstain" in error.reason


# --- DecisionRecord -------------------------------------------------------------------------


def test_a_decision_record_needs_only_an_id_a_date_and_a_title() -> None:
    record = DecisionRecord(id="pv-2027-03", date=MEETING, title="Choix du local")
    assert record.decision == ""
    assert record.topic is None
    assert record.body is None
    assert record.rule is None
    assert record.present == ()
    assert record.ballots == ()
    assert record.outcome is None
    assert record.decide == ()


def test_a_decision_record_keeps_the_ballots_and_the_decide_notes_in_order() -> None:
    ballots = (
        Ballot(partner="cpas", choice=Choice.FOR),
        Ballot(partner="amo", choice=Choice.FOR),
        Ballot(partner="mm", choice=Choice.AGAINST),
    )
    notes = tuple(DecideNote(step=step, text=f"note {step.value}") for step in DecideStep)
    record = DecisionRecord(
        id="pv-2027-03",
        date=MEETING,
        title="Choix du local",
        decision="Les ateliers auront lieu au local A.",
        topic=Topic.PREMISES,
        body="copil",
        rule="majority-2-3",
        present=("cpas", "amo", "mm"),
        ballots=ballots,
        outcome=Outcome.ADOPTED,
        decide=notes,
    )
    assert record.ballots == ballots
    assert [ballot.choice for ballot in record.ballots].count(Choice.FOR) == 2
    assert [note.step for note in record.decide] == list(DecideStep)
    assert record.outcome is Outcome.ADOPTED


def test_ballots_from_partners_not_present_still_build_as_a_draft() -> None:
    # Cross references are findings of validate(), never construction errors.
    record = DecisionRecord(
        id="pv",
        date=MEETING,
        title="t",
        present=("a",),
        ballots=(Ballot(partner="b", choice=Choice.FOR), Ballot(partner="b", choice=Choice.FOR)),
        rule="no-such-rule",
    )
    assert len(record.ballots) == 2


@pytest.mark.parametrize("bad_id", ["", "a b"])
def test_a_decision_record_refuses_malformed_ids(bad_id: str) -> None:
    assert_refused(
        lambda: DecisionRecord(id=bad_id, date=MEETING, title="t"), "DecisionRecord.id", bad_id
    )
    assert_refused(
        lambda: DecisionRecord(id="pv", date=MEETING, title="t", body=bad_id),
        "DecisionRecord.body",
        bad_id,
    )
    assert_refused(
        lambda: DecisionRecord(id="pv", date=MEETING, title="t", rule=bad_id),
        "DecisionRecord.rule",
        bad_id,
    )
    assert_refused(
        lambda: DecisionRecord(id="pv", date=MEETING, title="t", present=("a", bad_id)),
        "DecisionRecord.present",
        bad_id,
    )


def test_a_decision_record_refuses_an_instant_where_its_day_is_meant() -> None:
    instant = dt.datetime(2027, 3, 2, 18, 30, tzinfo=dt.timezone.utc)
    error = assert_refused(
        lambda: DecisionRecord(id="pv", date=instant, title="t"), "DecisionRecord.date", instant
    )
    assert "not an instant" in error.reason


def test_a_decision_record_needs_its_date() -> None:
    assert_refused(
        lambda: DecisionRecord(id="pv", date=None, title="t"),  # type: ignore[arg-type]
        "DecisionRecord.date",
        None,
    )


def test_a_decision_record_refuses_plain_strings_for_topic_and_outcome() -> None:
    error = assert_refused(
        lambda: DecisionRecord(
            id="pv",
            date=MEETING,
            title="t",
            outcome="adopted",  # type: ignore[arg-type]
        ),
        "DecisionRecord.outcome",
        "adopted",
    )
    assert "adopted, rejected, postponed" in error.reason
    error = assert_refused(
        lambda: DecisionRecord(
            id="pv",
            date=MEETING,
            title="t",
            topic="budget",  # type: ignore[arg-type]
        ),
        "DecisionRecord.topic",
        "budget",
    )
    assert "budget" in error.reason
    assert "daily_management" in error.reason


@pytest.mark.parametrize("field", ["present", "ballots", "decide"])
def test_a_decision_record_refuses_lists_instead_of_tuples(field: str) -> None:
    assert_refused(
        lambda: DecisionRecord(id="pv", date=MEETING, title="t", **{field: []}),  # type: ignore[arg-type]
        f"DecisionRecord.{field}",
        [],
    )


def test_a_decision_record_refuses_non_text_title_and_decision() -> None:
    assert_refused(
        lambda: DecisionRecord(id="pv", date=MEETING, title=None),  # type: ignore[arg-type]
        "DecisionRecord.title",
        None,
    )
    assert_refused(
        lambda: DecisionRecord(
            id="pv",
            date=MEETING,
            title="t",
            decision=b"yes",  # type: ignore[arg-type]
        ),
        "DecisionRecord.decision",
        b"yes",
    )


# --- immutability and value semantics -------------------------------------------------------


def test_decision_values_are_frozen() -> None:
    record = DecisionRecord(id="pv", date=MEETING, title="t")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        record.outcome = Outcome.REJECTED  # type: ignore[misc]
    ballot = Ballot(partner="p", choice=Choice.FOR)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ballot.choice = Choice.AGAINST  # type: ignore[misc]


def test_decision_values_are_equal_by_value_and_hashable() -> None:
    def build() -> DecisionRecord:
        return DecisionRecord(
            id="pv",
            date=MEETING,
            title="t",
            ballots=(Ballot(partner="p", choice=Choice.FOR),),
            decide=(DecideNote(step=DecideStep.DEFINE_PROBLEM, text="x"),),
        )

    first, second = build(), build()
    assert first == second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1
    assert first != attrs.evolve(first, outcome=Outcome.POSTPONED)


def test_recording_an_outcome_later_gives_a_new_record() -> None:
    draft = DecisionRecord(id="pv", date=MEETING, title="t")
    adopted = attrs.evolve(draft, outcome=Outcome.ADOPTED)
    assert draft.outcome is None
    assert adopted.outcome is Outcome.ADOPTED


# --- votes by proxy and vetoes -----------------------------------------------------------


def test_a_ballot_may_be_cast_by_the_holder_of_a_proxy_and_carry_a_veto_with_grounds() -> None:
    by_proxy = Ballot(partner="fourneaux", choice=Choice.AGAINST, holder="pont", veto=True,
                      grounds="Notre budget propre", cast_on=dt.date(2027, 3, 1))  # fmt: skip
    assert (by_proxy.holder, by_proxy.veto, by_proxy.grounds) == (
        "pont",
        True,
        "Notre budget propre",
    )
    assert Proxy(principal="fourneaux", holder="pont").holder == "pont"


def test_a_veto_is_a_vote_against_and_nobody_holds_its_own_proxy() -> None:
    assert_refused(
        lambda: Ballot(partner="pont", choice=Choice.FOR, veto=True), "Ballot.veto", True
    )
    assert_refused(
        lambda: Ballot(partner="pont", choice=Choice.FOR, holder="pont"), "Ballot.holder", "pont"
    )
    assert_refused(lambda: Proxy(principal="pont", holder="pont"), "Proxy.holder", "pont")


def test_a_veto_that_is_not_a_vote_against_is_refused_naming_the_choice_in_each_language() -> None:
    error = assert_refused(
        lambda: Ballot(partner="pont", choice=Choice.ABSTAIN, veto=True), "Ballot.veto", True
    )

    assert refusal_said(error) == {
        "fr": "un veto est un vote contre, pas «\u00a0abstention\u00a0»",
        "en": "a veto is a vote against, not abstention",
        "nl": "een veto is een stem tegen, geen 'onthouding'",
    }


def test_holding_ones_own_proxy_is_refused_in_each_language() -> None:
    error = assert_refused(lambda: Proxy(principal="pont", holder="pont"), "Proxy.holder", "pont")

    said = refusal_said(error)
    assert said["fr"] == "un partenaire ne peut pas détenir sa propre procuration"
    assert said["nl"] == "een partner kan niet zijn eigen volmachtdrager zijn"
