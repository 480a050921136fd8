"""Flexibility (seed §4): an amendment (avenant) readjusts the convention, says why, names
the decision that adopted it, and keeps the text it replaces so that every earlier
version can still be read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
import pytest

from partnership_model import (
    Amendment,
    Convention,
    Form,
    InvalidValueError,
    Objective,
)
from tests.brussels import bonnevie, cpas, marolles
from tests.support import assert_refused_showing

# --- Brussels fixtures ------------------------------------------------------------------


def first_text() -> Convention:
    return Convention(
        name="Potager collectif de la Rue Haute",
        form=Form.PARTNERSHIP,
        partners=(marolles(), bonnevie()),
        carriers=("marolles", "bonnevie"),
        objectives=(Objective(id="obj-bacs", title="Installer 40 bacs de culture"),),
    )


def cpas_joins() -> Amendment:
    return Amendment(
        id="avenant-1",
        effective_from=dt.date(2026, 1, 1),
        rationale="Le CPAS de Molenbeek rejoint le projet pour les ateliers d'insertion.",
        summary="Entrée du CPAS de Molenbeek comme partenaire.",
        adopted_on=dt.date(2025, 11, 18),
        decision="pv-2025-11-18",
        replaces=first_text(),
    )


# --- building amendments ------------------------------------------------------------------


def test_an_amendment_needs_an_id_a_date_a_rationale_and_the_text_it_replaces() -> None:
    amendment = Amendment(
        id="avenant-1",
        effective_from=dt.date(2026, 1, 1),
        rationale="Objectif trop ambitieux : 20 bacs au lieu de 40.",
        replaces=first_text(),
    )

    assert amendment.summary == ""
    assert amendment.adopted_on is None
    assert amendment.decision is None
    assert amendment.replaces == first_text()


def test_an_amendment_keeps_its_rationale_and_the_decision_that_adopted_it() -> None:
    amendment = cpas_joins()

    assert amendment.rationale.startswith("Le CPAS de Molenbeek rejoint")
    assert amendment.decision == "pv-2025-11-18"
    assert amendment.adopted_on == dt.date(2025, 11, 18)
    assert amendment.replaces.name == "Potager collectif de la Rue Haute"


def test_an_amendment_may_be_adopted_after_it_takes_effect() -> None:
    # Regularising after the fact happens; whether it is acceptable is for the rules.
    amendment = attrs.evolve(cpas_joins(), adopted_on=dt.date(2026, 2, 1))

    assert amendment.adopted_on is not None
    assert amendment.adopted_on > amendment.effective_from


def test_an_amendment_may_name_a_decision_not_yet_in_the_minutes() -> None:
    assert attrs.evolve(cpas_joins(), decision="pv-not-written-yet").decision == (
        "pv-not-written-yet"
    )


def test_the_replaced_text_may_itself_be_a_draft() -> None:
    assert Amendment(
        id="a", effective_from=dt.date(2025, 1, 1), rationale="", replaces=Convention(name="x")
    ).replaces == Convention(name="x")


# --- values ---------------------------------------------------------------------------------


def test_amendments_are_equal_by_value_and_hashable() -> None:
    assert cpas_joins() == cpas_joins()
    assert hash(cpas_joins()) == hash(cpas_joins())
    assert cpas_joins() != attrs.evolve(cpas_joins(), effective_from=dt.date(2026, 2, 1))
    assert len({cpas_joins(), cpas_joins()}) == 1


def test_an_amendment_is_frozen_and_so_is_the_text_it_keeps() -> None:
    amendment = cpas_joins()

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        amendment.rationale = "autre"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        amendment.replaces.name = "autre"  # type: ignore[misc]


def test_evolve_gives_a_corrected_copy() -> None:
    original = cpas_joins()

    corrected = attrs.evolve(original, summary="Entrée du CPAS (pouvoir public).")

    assert corrected.summary == "Entrée du CPAS (pouvoir public)."
    assert original.summary == "Entrée du CPAS de Molenbeek comme partenaire."


def test_an_amendment_takes_keywords_only() -> None:
    with pytest.raises(TypeError):
        Amendment("a", dt.date(2026, 1, 1), "r", replaces=first_text())  # type: ignore[call-arg]


# --- what construction refuses ------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field", "shown"),
    [
        (
            lambda: Amendment(
                id="", effective_from=dt.date(2026, 1, 1), rationale="r", replaces=first_text()
            ),
            "Amendment.id",
            "''",
        ),
        (
            lambda: Amendment(
                id="avenant 1",
                effective_from=dt.date(2026, 1, 1),
                rationale="r",
                replaces=first_text(),
            ),
            "Amendment.id",
            "'avenant 1'",
        ),
        (
            lambda: Amendment(
                id="a",
                effective_from=dt.datetime(2026, 1, 1, 0, 0, tzinfo=dt.timezone.utc),
                rationale="r",
                replaces=first_text(),
            ),
            "Amendment.effective_from",
            "datetime.datetime(2026, 1, 1, 0, 0",
        ),
        (
            lambda: Amendment(
                id="a",
                effective_from="2026-01-01",  # type: ignore[arg-type]
                rationale="r",
                replaces=first_text(),
            ),
            "Amendment.effective_from",
            "'2026-01-01'",
        ),
        (
            lambda: Amendment(
                id="a",
                effective_from=None,  # type: ignore[arg-type]
                rationale="r",
                replaces=first_text(),
            ),
            "Amendment.effective_from",
            "None",
        ),
        (
            lambda: Amendment(
                id="a",
                effective_from=dt.date(2026, 1, 1),
                rationale=None,  # type: ignore[arg-type]
                replaces=first_text(),
            ),
            "Amendment.rationale",
            "None",
        ),
        (
            lambda: Amendment(
                id="a",
                effective_from=dt.date(2026, 1, 1),
                rationale="r",
                summary=None,  # type: ignore[arg-type]
                replaces=first_text(),
            ),
            "Amendment.summary",
            "None",
        ),
        (
            lambda: Amendment(
                id="a",
                effective_from=dt.date(2026, 1, 1),
                rationale="r",
                adopted_on=dt.datetime(2025, 11, 18, 20, 0, tzinfo=dt.timezone.utc),
                replaces=first_text(),
            ),
            "Amendment.adopted_on",
            "datetime.datetime(2025, 11, 18, 20, 0",
        ),
        (
            lambda: Amendment(
                id="a",
                effective_from=dt.date(2026, 1, 1),
                rationale="r",
                decision="PV du 18 novembre",
                replaces=first_text(),
            ),
            "Amendment.decision",
            "'PV du 18 novembre'",
        ),
    ],
)
def test_construction_refuses_what_a_single_value_can_know_is_wrong(
    build: Callable[[], object], field: str, shown: str
) -> None:
    assert_refused_showing(build, field, shown)


def test_the_replaced_text_must_be_a_convention() -> None:
    with pytest.raises(InvalidValueError, match=r"Amendment\.replaces"):
        Amendment(
            id="a",
            effective_from=dt.date(2026, 1, 1),
            rationale="r",
            replaces=cpas(),  # type: ignore[arg-type]
        )
