"""The history of a convention: every version, the amendment that brought it, and what
it changed from the one before."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import attrs
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import Convention, Dossier, history, render_markdown
from partnership_model.testing import strategies as pms
from tests.support import assert_refused, brussels

ADOPTION = "pv-2026-12-01"


def readjusted(dossier: Dossier, target: str) -> Convention:
    """The dossier's text with the families indicator's target readjusted."""
    convention = dossier.convention
    objective = convention.objectives[0]
    indicator = attrs.evolve(objective.indicators[0], target=Decimal(target))
    objective = attrs.evolve(objective, indicators=(indicator, *objective.indicators[1:]))
    return attrs.evolve(convention, objectives=(objective, *convention.objectives[1:]))


def twice_amended() -> Dossier:
    dossier = brussels()
    dossier = dossier.amend(
        readjusted(dossier, "80"),
        id="avenant-1",
        effective_from=dt.date(2027, 7, 1),
        rationale="L'évaluation à mi-parcours compte plus de familles que prévu.",
        adopted_on=dt.date(2027, 6, 29),
        decision=ADOPTION,
    )
    return dossier.amend(
        attrs.evolve(dossier.convention, purpose="Des paniers et des repas, toute l'année."),
        id="avenant-2",
        effective_from=dt.date(2027, 9, 1),
        rationale="Les repas partagés deviennent hebdomadaires.",
        decision=ADOPTION,
    )


def test_a_dossier_never_amended_has_one_version() -> None:
    (only,) = history(brussels())
    assert (only.number, only.amendment, only.effective_from) == (1, None, dt.date(2027, 1, 1))
    assert only.text == brussels().convention
    assert only.changes.is_empty
    assert (only.adopted_on, only.decision, only.rationale) == (None, None, None)


def test_each_amendment_is_a_version_with_what_it_changed() -> None:
    first, second, third = history(twice_amended())
    assert first.text == brussels().convention
    assert (second.number, second.effective_from, second.adopted_on) == (
        2,
        dt.date(2027, 7, 1),
        dt.date(2027, 6, 29),
    )
    assert second.decision == ADOPTION
    assert second.rationale == "L'évaluation à mi-parcours compte plus de familles que prévu."
    assert second.changes.explain("en") == (
        "Indicator 'Familles servies chaque semaine': the target raised from 60 familles "
        "to 80 familles.",
    )
    assert third.text == twice_amended().convention
    assert third.changes.explain("fr") == (
        "La convention\u00a0: l'objet désormais «\u00a0Des paniers et des repas, toute "
        "l'année.\u00a0» (auparavant «\u00a0Offrir aux familles isolées de Laeken un panier "
        "alimentaire hebdomadaire et un lieu où cuisiner ensemble.\u00a0»).",
    )


def test_the_rendered_dossier_says_what_each_amendment_changed() -> None:
    document = render_markdown(twice_amended(), language="en")
    assert "### What each amendment changed" in document
    assert "#### Version 2: amendment avenant-1, in force from 2027-07-01" in document
    assert (
        "- Indicator 'Familles servies chaque semaine': the target raised from 60 familles "
        "to 80 familles." in document
    )
    assert "What each amendment changed" not in render_markdown(brussels(), language="en")


def test_only_a_dossier_has_a_history() -> None:
    convention = brussels().convention
    assert_refused(lambda: history(convention), "history(dossier)", convention)  # type: ignore[arg-type]


@given(pms.conventions(), st.lists(st.integers(1, 400), min_size=1, max_size=5))
def test_the_text_in_force_is_each_amendment_s_from_its_day_and_the_one_before_until_then(
    convention: Convention, gaps: list[int]
) -> None:
    dossier = Dossier(convention=convention)
    day = dt.date(2027, 1, 1)
    for number, gap in enumerate(gaps, start=1):
        day += dt.timedelta(days=gap)
        dossier = dossier.amend(
            attrs.evolve(dossier.convention, name=f"{convention.name} ({number})"),
            id=f"avenant-{number}",
            effective_from=day,
            rationale="Réajustement",
        )
    versions = history(dossier)
    assert len(versions) == len(gaps) + 1
    for before, version in itertools.pairwise(versions):
        effective = version.effective_from
        assert effective is not None
        assert dossier.in_force(effective) == version.text
        assert dossier.in_force(effective - dt.timedelta(days=1)) == before.text
        assert [change.field for change in version.changes.changes] == ["name"]
