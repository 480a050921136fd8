"""The dossier, what an application stores for one partnership: the current convention,
its amendments, the minutes, the measurements, the evaluation reports and the network.

Dossier.amend() never changes a dossier: it returns a new one whose convention is the
new text, the old text kept in the amendment. in_force(day) tells which text applied
on any day.
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
    Amendment,
    Convention,
    DecisionRecord,
    Directory,
    Dossier,
    EvaluationReport,
    InvalidValueError,
    Measurement,
    Objective,
    Outcome,
    Period,
    Structure,
    Topic,
)
from partnership_model.dossier import in_force_by_day
from tests.brussels import bonnevie, cpas, marolles
from tests.support import assert_refused_naming

# --- Brussels fixtures ------------------------------------------------------------------

START = dt.date(2025, 9, 1)
CPAS_JOINS = dt.date(2026, 1, 1)
OBJECTIVE_LOWERED = dt.date(2026, 4, 1)


def original_text() -> Convention:
    return Convention(
        name="Potager collectif de la Rue Haute",
        partners=(marolles(), bonnevie()),
        carriers=("marolles", "bonnevie"),
        period=Period(start=START, end=dt.date(2026, 8, 31)),
        objectives=(Objective(id="obj-bacs", title="Installer 40 bacs de culture"),),
    )


def with_cpas() -> Convention:
    text = original_text()
    return attrs.evolve(text, partners=(*text.partners, cpas()))


def with_lower_objective() -> Convention:
    return attrs.evolve(
        with_cpas(),
        objectives=(Objective(id="obj-bacs", title="Installer 20 bacs de culture"),),
    )


def minutes_of_november() -> DecisionRecord:
    return DecisionRecord(
        id="pv-2025-11-18",
        date=dt.date(2025, 11, 18),
        title="Entrée du CPAS de Molenbeek",
        topic=Topic.PARTNERS,
        present=("marolles", "bonnevie"),
        outcome=Outcome.ADOPTED,
    )


def minutes_of_march() -> DecisionRecord:
    return DecisionRecord(
        id="pv-2026-03-10",
        date=dt.date(2026, 3, 10),
        title="Révision de l'objectif des bacs",
        topic=Topic.OBJECTIVES,
        outcome=Outcome.ADOPTED,
    )


def started_dossier() -> Dossier:
    return Dossier(
        convention=original_text(),
        minutes=(minutes_of_november(),),
        measurements=(
            Measurement(
                id="m-1", indicator="ind-bacs", date=dt.date(2025, 12, 15), value=Decimal("12")
            ),
        ),
        evaluation_reports=(
            EvaluationReport(
                id="eval-1",
                date=dt.date(2026, 3, 1),
                summary="40 bacs, c'était trop ambitieux pour une première saison.",
                readjustments=("Ramener l'objectif à 20 bacs",),
            ),
        ),
        directory=Directory(
            structures=(Structure(id="bxl-environnement", name="Bruxelles Environnement"),)
        ),
    )


def twice_amended() -> Dossier:
    return (
        started_dossier()
        .amend(
            with_cpas(),
            id="avenant-1",
            effective_from=CPAS_JOINS,
            rationale="Le CPAS rejoint le projet pour ses ateliers d'insertion.",
            adopted_on=dt.date(2025, 11, 18),
            decision="pv-2025-11-18",
        )
        .amend(
            with_lower_objective(),
            id="avenant-2",
            effective_from=OBJECTIVE_LOWERED,
            rationale="L'évaluation montre que 40 bacs était trop ambitieux.",
            summary="20 bacs au lieu de 40.",
            adopted_on=dt.date(2026, 3, 10),
            decision="pv-2026-03-10",
        )
    )


# --- building a dossier -------------------------------------------------------------------


def test_a_dossier_needs_only_a_convention() -> None:
    dossier = Dossier(convention=Convention(name="x"))

    assert dossier.amendments == ()
    assert dossier.minutes == ()
    assert dossier.measurements == ()
    assert dossier.evaluation_reports == ()
    assert dossier.directory == Directory()


def test_a_dossier_keeps_the_minutes_measurements_reports_and_network() -> None:
    dossier = started_dossier()

    assert dossier.minutes == (minutes_of_november(),)
    assert dossier.measurements[0].value == Decimal("12")
    assert dossier.evaluation_reports[0].readjustments == ("Ramener l'objectif à 20 bacs",)
    assert dossier.directory.structures[0].name == "Bruxelles Environnement"


@pytest.mark.parametrize("field", ["amendments", "minutes", "measurements", "evaluation_reports"])
def test_a_dossier_s_collections_are_tuples(field: str) -> None:
    as_list: dict[str, Any] = {field: []}
    assert_refused_naming(lambda: attrs.evolve(started_dossier(), **as_list), f"Dossier.{field}")


def test_dossiers_are_equal_by_value_hashable_and_frozen() -> None:
    assert started_dossier() == started_dossier()
    assert twice_amended() == twice_amended()
    assert hash(twice_amended()) == hash(twice_amended())
    assert started_dossier() != twice_amended()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        started_dossier().convention = Convention(name="x")  # type: ignore[misc]


# --- amend() --------------------------------------------------------------------------------


def test_amend_returns_a_dossier_whose_convention_is_the_new_text() -> None:
    before = started_dossier()

    after = before.amend(
        with_cpas(),
        id="avenant-1",
        effective_from=CPAS_JOINS,
        rationale="Le CPAS rejoint le projet.",
    )

    assert after.convention == with_cpas()
    assert after.amendments == (
        Amendment(
            id="avenant-1",
            effective_from=CPAS_JOINS,
            rationale="Le CPAS rejoint le projet.",
            replaces=original_text(),
        ),
    )


def test_the_last_amendment_replaces_the_text_that_was_current() -> None:
    dossier = twice_amended()

    first, second = dossier.amendments
    assert first.replaces == original_text()
    assert second.replaces == with_cpas()
    assert dossier.convention == with_lower_objective()


def test_amend_records_rationale_summary_adoption_and_decision() -> None:
    second = twice_amended().amendments[-1]

    assert second.id == "avenant-2"
    assert second.effective_from == OBJECTIVE_LOWERED
    assert second.rationale == "L'évaluation montre que 40 bacs était trop ambitieux."
    assert second.summary == "20 bacs au lieu de 40."
    assert second.adopted_on == dt.date(2026, 3, 10)
    assert second.decision == "pv-2026-03-10"


def test_amend_leaves_the_original_dossier_unchanged() -> None:
    original = started_dossier()

    twice = original.amend(
        with_cpas(), id="avenant-1", effective_from=CPAS_JOINS, rationale="r"
    ).amend(
        with_lower_objective(), id="avenant-2", effective_from=OBJECTIVE_LOWERED, rationale="r"
    )

    assert original == started_dossier()
    assert original.convention == original_text()
    assert original.amendments == ()
    assert len(twice.amendments) == 2


def test_amend_keeps_everything_else_in_the_dossier() -> None:
    before = started_dossier()

    after = before.amend(with_cpas(), id="avenant-1", effective_from=CPAS_JOINS, rationale="r")

    assert after.minutes == before.minutes
    assert after.measurements == before.measurements
    assert after.evaluation_reports == before.evaluation_reports
    assert after.directory == before.directory


def test_minutes_may_be_added_alongside_an_amendment_with_evolve() -> None:
    amended = twice_amended()

    with_minutes = attrs.evolve(amended, minutes=(*amended.minutes, minutes_of_march()))

    assert [m.id for m in with_minutes.minutes] == ["pv-2025-11-18", "pv-2026-03-10"]
    assert amended.minutes == (minutes_of_november(),)


def test_amend_validates_the_amendment_and_leaves_the_dossier_alone_when_it_refuses() -> None:
    dossier = started_dossier()

    with pytest.raises(InvalidValueError, match=r"Amendment\.id"):
        dossier.amend(with_cpas(), id="avenant 1", effective_from=CPAS_JOINS, rationale="r")
    with pytest.raises(InvalidValueError, match=r"Amendment\.effective_from"):
        dossier.amend(
            with_cpas(),
            id="avenant-1",
            effective_from=dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.timezone.utc),
            rationale="r",
        )
    with pytest.raises(InvalidValueError, match=r"Amendment\.decision"):
        dossier.amend(
            with_cpas(),
            id="avenant-1",
            effective_from=CPAS_JOINS,
            rationale="r",
            decision="",
        )

    assert dossier == started_dossier()


def test_an_amendment_may_leave_the_text_unchanged() -> None:
    # Readjusting may be just a recorded decision; the model does not judge it.
    dossier = started_dossier().amend(
        original_text(), id="avenant-0", effective_from=CPAS_JOINS, rationale="Confirmation"
    )

    assert dossier.convention == dossier.amendments[0].replaces


# --- in_force() -----------------------------------------------------------------------------


def test_without_amendments_the_current_text_is_in_force_on_any_day() -> None:
    dossier = started_dossier()

    assert dossier.in_force(dt.date(2000, 1, 1)) == original_text()
    assert dossier.in_force(START) == original_text()
    assert dossier.in_force(dt.date(2100, 1, 1)) == original_text()


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2025, 9, 1), original_text()),
        (dt.date(2025, 12, 31), original_text()),
        (dt.date(2026, 1, 1), with_cpas()),
        (dt.date(2026, 1, 2), with_cpas()),
        (dt.date(2026, 3, 31), with_cpas()),
        (dt.date(2026, 4, 1), with_lower_objective()),
        (dt.date(2026, 4, 2), with_lower_objective()),
        (dt.date(2030, 1, 1), with_lower_objective()),
    ],
    ids=[
        "first-day",
        "day-before-first-amendment",
        "first-amendment-effective-day",
        "day-after-first-amendment",
        "day-before-second-amendment",
        "second-amendment-effective-day",
        "day-after-second-amendment",
        "long-after",
    ],
)
def test_in_force_gives_the_text_in_force_on_each_day(day: dt.date, expected: Convention) -> None:
    assert twice_amended().in_force(day) == expected


def test_in_force_before_the_convention_started_gives_the_first_text() -> None:
    # There is nothing earlier to give: the first text is the oldest one known.
    assert twice_amended().in_force(dt.date(2024, 1, 1)) == original_text()


def test_in_force_does_not_change_the_dossier() -> None:
    dossier = twice_amended()

    dossier.in_force(dt.date(2025, 10, 1))

    assert dossier == twice_amended()
    assert dossier.convention == with_lower_objective()


def test_two_amendments_on_the_same_day_give_the_last_text_from_that_day() -> None:
    dossier = (
        started_dossier()
        .amend(with_cpas(), id="avenant-1", effective_from=CPAS_JOINS, rationale="r")
        .amend(with_lower_objective(), id="avenant-2", effective_from=CPAS_JOINS, rationale="r")
    )

    assert dossier.in_force(CPAS_JOINS - dt.timedelta(days=1)) == original_text()
    assert dossier.in_force(CPAS_JOINS) == with_lower_objective()


@given(
    st.lists(st.dates(dt.date(2026, 1, 1), dt.date(2026, 12, 31)), max_size=6),
    st.dates(dt.date(2025, 12, 1), dt.date(2027, 1, 31)),
)
def test_the_text_in_force_found_by_bisection_is_the_one_in_force_on_that_day(
    effective: list[dt.date], day: dt.date
) -> None:
    # Amendments in any order, as a document may hold them (the rules say when it does).
    dossier = started_dossier()
    for at, starting in enumerate(effective):
        dossier = dossier.amend(
            attrs.evolve(original_text(), name=f"version {at + 2}"),
            id=f"avenant-{at + 1}",
            effective_from=starting,
            rationale="r",
        )
    # The reading the docstring gives: from the last amendment back, each one taking
    # effect after the day gives way to the text it replaced.
    expected = dossier.convention
    for amendment in reversed(dossier.amendments):
        if amendment.effective_from <= day:
            break
        expected = amendment.replaces
    assert in_force_by_day(dossier)(day) == expected
    assert dossier.in_force(day) == expected


@pytest.mark.parametrize("dossier", [started_dossier(), twice_amended()], ids=["plain", "amended"])
def test_in_force_refuses_an_instant_where_a_day_is_meant(dossier: Dossier) -> None:
    with pytest.raises(InvalidValueError):
        dossier.in_force(dt.datetime(2026, 1, 2, 12, 0, tzinfo=dt.timezone.utc))


def test_a_dossier_s_convention_must_be_a_convention() -> None:
    with pytest.raises(InvalidValueError, match=r"Dossier\.convention"):
        Dossier(convention="Potager collectif de la Rue Haute")  # type: ignore[arg-type]


def test_amend_refuses_a_new_text_that_is_not_a_convention() -> None:
    dossier = started_dossier()

    with pytest.raises(InvalidValueError, match=r"Dossier\.convention"):
        dossier.amend(
            "nouveau texte",  # type: ignore[arg-type]
            id="avenant-1",
            effective_from=CPAS_JOINS,
            rationale="r",
        )
    assert dossier == started_dossier()


def test_a_dossier_s_amendments_must_be_amendments() -> None:
    with pytest.raises(InvalidValueError, match=r"Dossier\.amendments"):
        Dossier(convention=original_text(), amendments=(original_text(),))  # type: ignore[arg-type]
