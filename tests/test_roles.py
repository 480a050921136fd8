"""CLARIFY (seed §3): the roles ("who is the coordinator?") and the tasks ("what each one
does"), each partner's part in a task given as a RACI assignment."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest

from partnership_model import (
    Assignment,
    InvalidValueError,
    Raci,
    Role,
    RoleKind,
    Task,
)
from tests.support import assert_refused_showing

# --- Brussels fixtures ------------------------------------------------------------------


def coordinator_role() -> Role:
    return Role(
        id="role-coordination",
        kind=RoleKind.COORDINATOR,
        holders=("bonnevie",),
        responsibilities=(
            "Convoquer le comité de pilotage",
            "Tenir les comptes-rendus de décision",
        ),
    )


def homework_task() -> Task:
    return Task(
        id="task-devoirs",
        title="Animer l'école de devoirs du mercredi",
        description="Accueil des enfants de 14 h à 17 h, goûter compris.",
        assignments=(
            Assignment(partner="bonnevie", raci=Raci.ACCOUNTABLE),
            Assignment(partner="marolles", raci=Raci.RESPONSIBLE),
            Assignment(partner="bonnevie", raci=Raci.RESPONSIBLE),
            Assignment(partner="cpas-molenbeek", raci=Raci.INFORMED),
        ),
        objectives=("obj-devoirs",),
    )


# --- RACI -------------------------------------------------------------------------------


def test_raci_has_the_four_classic_parts_in_order() -> None:
    assert [r.value for r in Raci] == ["responsible", "accountable", "consulted", "informed"]


@pytest.mark.parametrize(
    ("raci", "letter"),
    [
        (Raci.RESPONSIBLE, "R"),
        (Raci.ACCOUNTABLE, "A"),
        (Raci.CONSULTED, "C"),
        (Raci.INFORMED, "I"),
    ],
)
def test_each_raci_part_has_its_letter(raci: Raci, letter: str) -> None:
    assert raci.letter == letter


def test_the_raci_letters_spell_raci() -> None:
    assert "".join(r.letter for r in Raci) == "RACI"


def test_raci_labels_exist_in_french_english_and_dutch() -> None:
    assert Raci.ACCOUNTABLE.label("fr") == "répond du résultat"
    assert Raci.ACCOUNTABLE.label("en") == "accountable"
    assert Raci.ACCOUNTABLE.label("nl") == "eindverantwoordelijk"


def test_role_kinds_include_coordinator_owner_and_funder() -> None:
    codes = [k.value for k in RoleKind]
    assert codes[0] == "coordinator"
    assert {"partner", "contributor", "owner", "funder", "other"} <= set(codes)
    assert RoleKind.COORDINATOR.label("fr") == "coordinateur"
    assert RoleKind.COORDINATOR.label("en") == "coordinator"
    assert RoleKind.COORDINATOR.label("nl") == "coördinator"


# --- roles --------------------------------------------------------------------------------


def test_a_role_needs_only_an_id_and_a_kind() -> None:
    role = Role(id="role-tresorerie", kind=RoleKind.TREASURER)

    assert role.title is None
    assert role.holders == ()
    assert role.responsibilities == ()


def test_a_role_names_its_holders_by_partner_id() -> None:
    role = coordinator_role()

    assert role.holders == ("bonnevie",)
    assert role.responsibilities[0] == "Convoquer le comité de pilotage"


def test_an_other_role_carries_its_own_title() -> None:
    role = Role(
        id="role-mediation",
        kind=RoleKind.OTHER,
        title="Médiateur de quartier",
        holders=("marolles",),
    )

    assert role.title == "Médiateur de quartier"


def test_a_role_may_be_held_by_several_partners_or_by_an_unknown_id() -> None:
    # Whether the holders exist is for the rules: a draft may name a partner not yet added.
    role = Role(
        id="role-coordination",
        kind=RoleKind.COORDINATOR,
        holders=("bonnevie", "marolles", "not-yet-a-partner"),
    )

    assert len(role.holders) == 3


# --- tasks -----------------------------------------------------------------------------


def test_a_task_needs_only_an_id_and_a_title() -> None:
    task = Task(id="task-affiches", title="Imprimer les affiches")

    assert task.description == ""
    assert task.assignments == ()
    assert task.objectives == ()


def test_partners_with_lists_the_partners_holding_one_part_in_assignment_order() -> None:
    task = homework_task()

    assert task.partners_with(Raci.RESPONSIBLE) == ("marolles", "bonnevie")
    assert task.partners_with(Raci.ACCOUNTABLE) == ("bonnevie",)
    assert task.partners_with(Raci.INFORMED) == ("cpas-molenbeek",)


def test_partners_with_is_empty_when_nobody_holds_that_part() -> None:
    assert homework_task().partners_with(Raci.CONSULTED) == ()
    assert Task(id="t", title="T").partners_with(Raci.ACCOUNTABLE) == ()


def test_partners_with_keeps_a_partner_named_twice_for_the_same_part() -> None:
    # Duplicates are a draft's business: the rules report them, the model keeps them.
    task = Task(
        id="task-1",
        title="Tâche",
        assignments=(
            Assignment(partner="marolles", raci=Raci.CONSULTED),
            Assignment(partner="marolles", raci=Raci.CONSULTED),
        ),
    )

    assert task.partners_with(Raci.CONSULTED) == ("marolles", "marolles")


def test_a_task_may_be_assigned_to_a_partner_id_that_does_not_exist() -> None:
    task = Task(
        id="task-1",
        title="Tâche",
        assignments=(Assignment(partner="ghost", raci=Raci.ACCOUNTABLE),),
        objectives=("objective-not-written-yet",),
    )

    assert task.partners_with(Raci.ACCOUNTABLE) == ("ghost",)


# --- values --------------------------------------------------------------------------------


def test_roles_tasks_and_assignments_are_equal_by_value_and_hashable() -> None:
    assert homework_task() == homework_task()
    assert coordinator_role() == coordinator_role()
    assert Assignment(partner="a", raci=Raci.RESPONSIBLE) != Assignment(
        partner="a", raci=Raci.ACCOUNTABLE
    )
    values = {homework_task(), homework_task(), coordinator_role(), coordinator_role()}
    assert len(values) == 2


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (coordinator_role(), "holders"),
        (homework_task(), "assignments"),
        (Assignment(partner="bonnevie", raci=Raci.RESPONSIBLE), "raci"),
    ],
)
def test_role_values_are_frozen(value: object, field: str) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, field, ())


def test_reassigning_a_task_with_evolve_gives_a_new_task() -> None:
    original = homework_task()

    reassigned = attrs.evolve(
        original, assignments=(Assignment(partner="marolles", raci=Raci.ACCOUNTABLE),)
    )

    assert reassigned.partners_with(Raci.ACCOUNTABLE) == ("marolles",)
    assert original.partners_with(Raci.ACCOUNTABLE) == ("bonnevie",)


# --- what construction refuses ------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field", "shown"),
    [
        (lambda: Role(id="", kind=RoleKind.COORDINATOR), "Role.id", "''"),
        (lambda: Role(id="r", kind="coordinator"), "Role.kind", "'coordinator'"),  # type: ignore[arg-type]
        (lambda: Role(id="r", kind=RoleKind.OWNER, title=3), "Role.title", "3"),  # type: ignore[arg-type]
        (
            lambda: Role(id="r", kind=RoleKind.COORDINATOR, holders=["bonnevie"]),  # type: ignore[arg-type]
            "Role.holders",
            "['bonnevie']",
        ),
        (
            lambda: Role(id="r", kind=RoleKind.COORDINATOR, holders=("maison bonnevie",)),
            "Role.holders",
            "'maison bonnevie'",
        ),
        (
            lambda: Role(id="r", kind=RoleKind.COORDINATOR, responsibilities=["Convoquer"]),  # type: ignore[arg-type]
            "Role.responsibilities",
            "['Convoquer']",
        ),
        (lambda: Assignment(partner="", raci=Raci.RESPONSIBLE), "Assignment.partner", "''"),
        (
            lambda: Assignment(partner="x" * 65, raci=Raci.RESPONSIBLE),
            "Assignment.partner",
            repr("x" * 65),
        ),
        (lambda: Assignment(partner="a", raci="R"), "Assignment.raci", "'R'"),  # type: ignore[arg-type]
        (
            lambda: Assignment(partner="a", raci=RoleKind.PARTNER),  # type: ignore[arg-type]
            "Assignment.raci",
            "<RoleKind.PARTNER: 'partner'>",
        ),
        (lambda: Task(id="task 1", title="T"), "Task.id", "'task 1'"),
        (lambda: Task(id="t", title=None), "Task.title", "None"),  # type: ignore[arg-type]
        (lambda: Task(id="t", title="T", description=None), "Task.description", "None"),  # type: ignore[arg-type]
        (
            lambda: Task(
                id="t",
                title="T",
                assignments=[Assignment(partner="a", raci=Raci.RESPONSIBLE)],  # type: ignore[arg-type]
            ),
            "Task.assignments",
            "[Assignment(",
        ),
        (
            lambda: Task(id="t", title="T", objectives=("",)),
            "Task.objectives",
            "''",
        ),
    ],
)
def test_construction_refuses_what_a_single_value_can_know_is_wrong(
    build: Callable[[], object], field: str, shown: str
) -> None:
    assert_refused_showing(build, field, shown)


def test_the_refusal_of_a_raci_string_lists_the_accepted_codes() -> None:
    with pytest.raises(InvalidValueError) as caught:
        Assignment(partner="bonnevie", raci="lead")  # type: ignore[arg-type]

    assert "responsible, accountable, consulted, informed" in str(caught.value)
