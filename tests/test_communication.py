"""Communication, to pay attention to throughout (seed §4): towards the public concerned,
between professionals, towards the institutions, and informal contact."""

from __future__ import annotations

import attrs
import pytest

from partnership_model import (
    Audience,
    Channel,
    CommunicationAction,
    CommunicationPlan,
    Recurrence,
)
from tests.support import assert_refused


def test_the_four_audiences_of_the_seed_are_the_audiences() -> None:
    assert [audience.value for audience in Audience] == [
        "public",
        "professionals",
        "institutions",
        "informal",
    ]
    assert Audience.labels("en") == {
        "public": "public concerned",
        "professionals": "between professionals",
        "institutions": "towards institutions",
        "informal": "informal contact",
    }


def test_a_communication_action_needs_only_an_id_and_an_audience() -> None:
    action = CommunicationAction(id="newsletter", audience=Audience.PUBLIC)
    assert action.description == ""
    assert action.channel is Channel.MEETING
    assert action.frequency is None
    assert action.owner is None


def test_a_communication_action_can_repeat_on_a_channel_and_have_an_owner() -> None:
    action = CommunicationAction(
        id="intervision",
        audience=Audience.PROFESSIONALS,
        description="Intervision entre travailleurs sociaux",
        channel=Channel.MEETING,
        frequency=Recurrence(rule="FREQ=MONTHLY;BYDAY=-1TH"),
        owner="coordination-sociale",
    )
    assert action.frequency is not None
    assert action.frequency.is_bounded is False
    assert action.owner == "coordination-sociale"


@pytest.mark.parametrize("bad_id", ["", "a b"])
def test_a_communication_action_refuses_malformed_ids(bad_id: str) -> None:
    assert_refused(
        lambda: CommunicationAction(id=bad_id, audience=Audience.PUBLIC),
        "CommunicationAction.id",
        bad_id,
    )
    assert_refused(
        lambda: CommunicationAction(id="a", audience=Audience.PUBLIC, owner=bad_id),
        "CommunicationAction.owner",
        bad_id,
    )


def test_a_communication_action_refuses_a_plain_string_audience_and_lists_the_four() -> None:
    error = assert_refused(
        lambda: CommunicationAction(id="a", audience="public"),  # type: ignore[arg-type]
        "CommunicationAction.audience",
        "public",
    )
    assert "public, professionals, institutions, informal" in error.reason


def test_a_communication_action_refuses_a_plain_string_channel_and_lists_the_codes() -> None:
    error = assert_refused(
        lambda: CommunicationAction(
            id="a",
            audience=Audience.PUBLIC,
            channel="email",  # type: ignore[arg-type]
        ),
        "CommunicationAction.channel",
        "email",
    )
    for channel in Channel:
        assert channel.value in error.reason


def test_a_communication_action_refuses_a_description_that_is_not_text() -> None:
    assert_refused(
        lambda: CommunicationAction(
            id="a",
            audience=Audience.INFORMAL,
            description=None,  # type: ignore[arg-type]
        ),
        "CommunicationAction.description",
        None,
    )


# --- CommunicationPlan -----------------------------------------------------------------------

NEWSLETTER = CommunicationAction(id="newsletter", audience=Audience.PUBLIC, channel=Channel.EMAIL)
POSTERS = CommunicationAction(id="posters", audience=Audience.PUBLIC, channel=Channel.POSTER)
INTERVISION = CommunicationAction(id="intervision", audience=Audience.PROFESSIONALS)
ANNUAL_REPORT = CommunicationAction(
    id="annual-report", audience=Audience.INSTITUTIONS, channel=Channel.REPORT
)


def test_an_empty_plan_has_nothing_towards_anyone() -> None:
    plan = CommunicationPlan()
    assert plan.actions == ()
    assert all(plan.towards(audience) == () for audience in Audience)


def test_towards_gives_the_actions_for_one_audience_in_plan_order() -> None:
    plan = CommunicationPlan(actions=(NEWSLETTER, INTERVISION, POSTERS, ANNUAL_REPORT))
    assert plan.towards(Audience.PUBLIC) == (NEWSLETTER, POSTERS)
    assert plan.towards(Audience.PROFESSIONALS) == (INTERVISION,)
    assert plan.towards(Audience.INSTITUTIONS) == (ANNUAL_REPORT,)
    assert plan.towards(Audience.INFORMAL) == ()


def test_towards_every_audience_covers_the_whole_plan() -> None:
    plan = CommunicationPlan(actions=(NEWSLETTER, INTERVISION, POSTERS, ANNUAL_REPORT))
    found = [action for audience in Audience for action in plan.towards(audience)]
    assert sorted(action.id for action in found) == sorted(action.id for action in plan.actions)


def test_a_communication_plan_refuses_a_list_of_actions() -> None:
    actions = [NEWSLETTER]
    assert_refused(
        lambda: CommunicationPlan(actions=actions),  # type: ignore[arg-type]
        "CommunicationPlan.actions",
        actions,
    )


# --- immutability and value semantics -------------------------------------------------------


def test_communication_values_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        NEWSLETTER.audience = Audience.INFORMAL  # type: ignore[misc]
    plan = CommunicationPlan(actions=(NEWSLETTER,))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        plan.actions = ()  # type: ignore[misc]


def test_communication_values_are_equal_by_value_and_hashable() -> None:
    def build() -> CommunicationPlan:
        return CommunicationPlan(
            actions=(
                CommunicationAction(
                    id="coffee",
                    audience=Audience.INFORMAL,
                    channel=Channel.EVENT,
                    frequency=Recurrence(rule="FREQ=WEEKLY;BYDAY=FR"),
                ),
            )
        )

    first, second = build(), build()
    assert first == second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1
    assert first != CommunicationPlan()
