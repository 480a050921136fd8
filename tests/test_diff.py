"""What an amendment changed: the difference of two texts, item by item, matched by id,
said in French, English and Dutch."""

from __future__ import annotations

import datetime as dt
import json
import re
import typing
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
from hypothesis import given

from partnership_model import (
    Convention,
    Direction,
    Dossier,
    Indicator,
    MethodologyStep,
    Money,
    Objective,
    Partner,
    Period,
    ProxyRule,
    Quantity,
    Recurrence,
    Timeline,
)
from partnership_model._catalogue import CATALOGUE
from partnership_model.diff import Change, ChangeKind, diff
from partnership_model.i18n import LANGUAGES
from partnership_model.testing import strategies as pms
from tests.support import assert_refused, brussels

FAMILIES = 0


def text() -> Convention:
    return brussels().convention


def with_objective(convention: Convention, at: int, **changes: Any) -> Convention:
    objectives = list(convention.objectives)
    objectives[at] = attrs.evolve(objectives[at], **changes)
    return attrs.evolve(convention, objectives=tuple(objectives))


def families_target(target: str) -> Convention:
    convention = text()
    indicators = convention.objectives[0].indicators
    raised = attrs.evolve(indicators[0], target=Decimal(target))
    return with_objective(convention, 0, indicators=(raised, *indicators[1:]))


def test_the_same_text_twice_differs_in_nothing() -> None:
    found = diff(text(), text())
    assert found.is_empty
    assert found.explain("en") == ()
    assert found.by_step() == {}


def test_a_raised_target_is_said_with_its_unit_in_each_language() -> None:
    found = diff(text(), families_target("80"))
    (change,) = found.changes
    assert change.kind is ChangeKind.CHANGED
    assert change.path == "$.objectives[obj-paniers].indicators[ind-familles].target"
    assert (change.item, change.item_id, change.field) == ("Indicator", "ind-familles", "target")
    assert (change.before, change.after) == (Decimal(60), Decimal(80))
    assert change.step is MethodologyStep.DEFINE
    assert found.explain("en") == (
        "Indicator 'Familles servies chaque semaine': the target raised from 60 familles "
        "to 80 familles.",
    )
    assert found.explain("fr") == (
        "L'indicateur «\u00a0Familles servies chaque semaine\u00a0»\u00a0: la cible en hausse, "
        "de 60 familles à 80 familles.",
    )
    assert diff(families_target("80"), text()).explain("nl") == (
        "Indicator 'Familles servies chaque semaine': het streefdoel verlaagd van 80 familles "
        "naar 60 familles.",
    )


def test_a_partner_who_leaves_or_joins_is_said_as_such() -> None:
    convention = text()
    without = attrs.evolve(convention, partners=convention.partners[:-1])
    (left,) = diff(convention, without).changes
    assert (left.kind, left.path, left.item_id) == (ChangeKind.REMOVED, "$.partners[cpas]", "cpas")
    assert diff(convention, without).explain("en") == (
        "'CPAS de Laeken (antenne sociale)' left the partnership.",
    )
    assert diff(without, convention).explain("fr") == (
        "«\u00a0CPAS de Laeken (antenne sociale)\u00a0» rejoint le partenariat.",
    )


def test_items_are_matched_by_id_never_by_place() -> None:
    convention = text()
    reordered = attrs.evolve(convention, objectives=tuple(reversed(convention.objectives)))
    # No objective changed; the order of the list did, and is said as such.
    (moved,) = diff(convention, reordered).changes
    assert (moved.kind, moved.path, moved.field) == (
        ChangeKind.CHANGED,
        "$.objectives",
        "objectives",
    )
    assert moved.before == ("obj-paniers", "obj-ateliers")
    assert moved.after == ("obj-ateliers", "obj-paniers")
    renamed = with_objective(convention, 0, id="obj-nourrir")
    kinds = sorted((c.kind.value, c.item_id) for c in diff(convention, renamed).changes)
    assert kinds == [("added", "obj-nourrir"), ("removed", "obj-paniers")]


def test_a_reordered_list_is_said_in_its_new_order_by_the_names_of_its_items() -> None:
    convention = text()
    reordered = attrs.evolve(convention, objectives=tuple(reversed(convention.objectives)))
    assert diff(convention, reordered).explain("en") == (
        "The convention: the objectives now come in this order: 'Rompre l'isolement par des "
        "ateliers de cuisine', 'Offrir chaque semaine un panier alimentaire de qualité'.",
    )


def with_role(convention: Convention, at: int, **changes: Any) -> Convention:
    roles = list(convention.roles)
    roles[at] = attrs.evolve(roles[at], **changes)
    return attrs.evolve(convention, roles=tuple(roles))


def test_a_list_that_gains_or_loses_values_says_which_in_each_language() -> None:
    convention = text()  # the coordinator role, held by Le Pont
    handed_over = with_role(convention, 0, holders=("entraide",))
    assert diff(convention, handed_over).explain("en") == (
        "Role 'coordinator': the holders now include 'Entraide Bockstael ASBL' and no longer "
        "'Le Pont de Laeken ASBL'.",
    )
    shared = with_role(convention, 0, holders=("pont", "entraide"))
    assert diff(convention, shared).explain("fr") == (
        "Le rôle «\u00a0coordinateur\u00a0»\u00a0: les titulaires, ajout de «\u00a0Entraide "
        "Bockstael ASBL\u00a0».",
    )
    assert diff(shared, convention).explain("nl") == (
        "Rol 'coördinator': 'Entraide Bockstael ASBL' niet langer bij de houders.",
    )


def test_an_item_the_partners_did_not_name_is_named_by_its_kind_and_subject() -> None:
    convention = text()
    daily = convention.decision_rules[2]  # delegated to Le Pont, for daily management
    handed = attrs.evolve(
        convention,
        decision_rules=(*convention.decision_rules[:2], attrs.evolve(daily, delegate="entraide")),
    )
    assert diff(convention, handed).explain("en") == (
        "Decision rule 'delegation (daily management)': the delegate changed from Le Pont de "
        "Laeken ASBL to Entraide Bockstael ASBL.",
    )


def test_a_task_s_assignments_are_matched_by_partner_and_letter_and_said_with_the_task() -> None:
    convention = text()
    distribution = convention.tasks[1]  # Le Pont does it (R) and answers for it (A)
    (responsible, accountable, informed) = distribution.assignments
    handed = attrs.evolve(
        distribution,
        assignments=(attrs.evolve(responsible, partner="entraide"), accountable, informed),
    )
    newer = attrs.evolve(convention, tasks=(convention.tasks[0], handed, *convention.tasks[2:]))
    found = diff(convention, newer)
    # Le Pont still answers for it: only the letter R changed hands.
    assert [(change.kind, change.item_id, change.within) for change in found.changes] == [
        (ChangeKind.REMOVED, "pont/R", "task-distribution"),
        (ChangeKind.ADDED, "entraide/R", "task-distribution"),
    ]
    assert found.explain("en") == (
        "Removed: the part of 'Le Pont de Laeken ASBL' in task 'Distribuer les paniers le "
        "mardi' (responsible).",
        "Added: the part of 'Entraide Bockstael ASBL' in task 'Distribuer les paniers le "
        "mardi' (responsible).",
    )


def test_a_rhythm_is_said_in_words_and_a_clause_by_its_text() -> None:
    convention = text()
    body = convention.governing_bodies[0]
    newer = attrs.evolve(
        convention,
        governing_bodies=(
            attrs.evolve(body, meetings=Recurrence(rule="FREQ=MONTHLY;BYDAY=-1TU")),
        ),
        clauses=convention.clauses[1:],
    )
    said = diff(convention, newer).explain("en")
    assert said[0] == (
        "Governing body 'Comité de pilotage des Paniers': the meetings changed from every "
        "month, on the first Tuesday to every month, on the last Tuesday."
    )
    assert said[1].startswith("The convention: the clauses no longer include 'La convention")


def test_the_actual_periods_of_the_steps_can_be_left_out() -> None:
    convention = text()
    first = convention.timeline.steps[0]
    done = attrs.evolve(first, actual=Period(start=first.planned.start, end=first.planned.end))
    carried_out = attrs.evolve(
        convention, timeline=Timeline(steps=(done, *convention.timeline.steps[1:]))
    )
    assert [change.field for change in diff(convention, carried_out).changes] == [
        "actual.start",
        "actual.end",
    ]
    assert diff(convention, carried_out, actual=False).is_empty


def test_a_new_item_and_a_changed_date_are_said_with_the_item_s_name() -> None:
    convention = text()
    added = Objective(
        id="obj-emploi",
        title="Orienter vers l'emploi",
        indicators=(Indicator(id="ind-emploi", name="Personnes orientées"),),
    )
    steps = list(convention.timeline.steps)
    steps[0] = attrs.evolve(
        steps[0], planned=Period(start=steps[0].planned.start, end=dt.date(2027, 2, 5))
    )
    newer = attrs.evolve(
        convention,
        objectives=(*convention.objectives, added),
        timeline=Timeline(steps=tuple(steps)),
    )
    found = diff(convention, newer)
    assert found.explain("en") == (
        "Added: objective 'Orienter vers l'emploi'.",
        "Step 'Déposer la demande de subside Cohésion sociale': the planned end changed from "
        "2027-01-29 to 2027-02-05.",
    )
    assert list(found.by_step()) == [MethodologyStep.DEFINE, MethodologyStep.PLAN]


def test_every_field_a_difference_can_name_is_said_in_words_in_every_language() -> None:
    # A field is named by its place within its part ("planned.start"), else by its own
    # name ("funds.holder" is "the holder"): never by its code.
    unnamed = sorted(
        field
        for field in _fields_said(Convention)
        if not any(
            f"diff_field.{key.replace('.', '-')}" in CATALOGUE
            for key in (field, field.rsplit(".", 1)[-1])
        )
    )
    assert unnamed == []
    convention = text()
    partner = attrs.evolve(convention.partners[0], address="Rue de Laeken 1, 1000 Bruxelles")
    moved = attrs.evolve(convention, partners=(partner, *convention.partners[1:]))
    assert diff(convention, moved).explain("en") == (
        "Partner 'Le Pont de Laeken ASBL': the address changed from "
        "'Rue Marie-Christine 120, 1020 Bruxelles' to 'Rue de Laeken 1, 1000 Bruxelles'.",
    )


_WHOLE = (Money, Quantity, Recurrence)
"""Values a difference compares whole."""


def _fields_said(kind: type, within: str = "", seen: set[type] | None = None) -> set[str]:
    """Every field of an item of ``kind`` that a difference can say changed, dotted from
    the item: items with an id (or a partner) of their own are items of their own."""
    seen = set() if seen is None else seen
    said: set[str] = set()
    hints = typing.get_type_hints(kind)
    for field in attrs.fields(kind):
        if field.name == "id":
            continue
        dotted = f"{within}.{field.name}" if within else field.name
        parts = [inner for inner in _classes_in(hints[field.name]) if inner not in _WHOLE]
        listed = "tuple" in str(hints[field.name])
        if not parts or listed:
            said.add(dotted)
        for part in parts:
            names = {inner.name for inner in attrs.fields(part)}
            if listed and ({"id", "partner"} & names) and part not in seen:
                seen.add(part)
                said |= _fields_said(part, "", seen)
            elif not listed:
                said |= _fields_said(part, dotted, seen)
    return said


def test_the_difference_is_json_for_applications() -> None:
    found = diff(text(), families_target("80"))
    document = json.loads(json.dumps(found.to_dict()))
    assert document == {
        "changes": [
            {
                "kind": "changed",
                "path": "$.objectives[obj-paniers].indicators[ind-familles].target",
                "step": "define",
                "item": "Indicator",
                "item_id": "ind-familles",
                "field": "target",
                "within": "obj-paniers",
                "before": "60",
                "after": "80",
            }
        ]
    }
    convention = text()
    left = diff(convention, attrs.evolve(convention, partners=convention.partners[:-1]))
    assert json.loads(json.dumps(left.to_dict()))["changes"][0]["before"]["id"] == "cpas"


def test_an_applications_own_data_is_one_value_written_as_the_document_holds_it() -> None:
    convention = text()
    filed = attrs.evolve(
        convention, extensions={"dossier": "COCOF-2027-14", "form": {"steps": [1, 2]}}
    )
    (change,) = diff(convention, filed).changes
    assert (change.path, change.step) == ("$.extensions", MethodologyStep.TRACING)
    assert json.loads(json.dumps(change.to_dict()))["after"] == {
        "dossier": "COCOF-2027-14",
        "form": {"steps": [1, 2]},
    }
    assert diff(convention, filed).explain("en") == (
        "The convention: the application's own data changed from {} to "
        '{"dossier": "COCOF-2027-14", "form": {"steps": [1, 2]}}.',
    )


def test_twice_the_same_id_loses_nothing() -> None:
    twins = (Partner(id="pont", name="Le Pont"), Partner(id="pont", name="Le Pont bis"))
    old = Convention(name="x", partners=twins)
    new = Convention(name="x", partners=twins[:1])
    (change,) = diff(old, new).changes
    assert (change.kind, change.item_id) == (ChangeKind.REMOVED, "pont#2")


def test_a_dossier_is_compared_in_its_current_text_and_nothing_else_is() -> None:
    assert diff(brussels(), text()).is_empty
    assert_refused(lambda: diff("v1", text()), "diff(target)", "v1")  # type: ignore[arg-type]


# --- for any two texts -------------------------------------------------------------------


@given(pms.conventions(), pms.conventions())
def test_the_difference_is_empty_exactly_when_the_texts_are_equal(
    old: Convention, new: Convention
) -> None:
    assert diff(old, new).is_empty == (old == new)
    assert diff(old, old).is_empty
    for language in ("fr", "en", "nl"):
        assert len(diff(old, new).explain(language)) == len(diff(old, new).changes)


IDENTIFIED = (
    *("partners", "objectives", "needs", "target_publics", "roles", "tasks", "contributions"),
    *("governing_bodies", "decision_rules", "institutional_links"),
)


@given(pms.conventions(), pms.conventions())
def test_every_id_in_one_text_and_not_the_other_is_named(old: Convention, new: Convention) -> None:
    found = diff(old, new)
    said = {(change.kind, change.path) for change in found.changes}
    for field in IDENTIFIED:
        before = {item.id for item in getattr(old, field)}
        after = {item.id for item in getattr(new, field)}
        for gone in before - after:
            assert (ChangeKind.REMOVED, f"$.{field}[{gone}]") in said
        for came in after - before:
            assert (ChangeKind.ADDED, f"$.{field}[{came}]") in said


@given(pms.dossiers())
def test_a_dossier_and_its_text_differ_in_nothing(dossier: Dossier) -> None:
    assert diff(dossier, dossier.convention).is_empty


def test_every_kind_of_item_a_convention_holds_has_its_words() -> None:
    reached: set[type] = set()
    pending: list[type] = [Convention]
    while pending:
        kind = pending.pop()
        for hint in typing.get_type_hints(kind).values():
            for inner in _classes_in(hint):
                if inner not in reached:
                    reached.add(inner)
                    pending.append(inner)
    items = sorted(
        kind.__name__
        for kind in reached
        if {"id", "partner"} & {field.name for field in attrs.fields(kind)}
    )
    assert "Partner" in items
    assert "Signature" in items
    for name in items:
        kebab = re.sub(r"(?<!^)([A-Z])", r"-\1", name).lower()
        for language in ("fr", "en", "nl"):
            assert "{name}" in CATALOGUE[f"diff_item.{kebab}"][LANGUAGES.index(language)]


def _classes_in(annotation: object) -> list[type]:
    """The attrs classes a field's type names, inside tuples and optionals."""
    hints = typing.get_args(annotation) or (annotation,)
    found = []
    for hint in hints:
        if isinstance(hint, type) and attrs.has(hint):
            found.append(hint)
        elif typing.get_args(hint):
            found.extend(_classes_in(hint))
    return found


def test_amounts_shares_labels_and_orders_are_said_and_written_as_the_document_does() -> None:
    convention = text()
    rule = convention.decision_rules[0]
    line = convention.funds.budget[0]
    indicator = convention.objectives[0].indicators[0]
    newer = attrs.evolve(
        with_objective(
            convention,
            0,
            indicators=(
                attrs.evolve(indicator, direction=Direction.DECREASE),
                *convention.objectives[0].indicators[1:],
            ),
        ),
        decision_rules=(
            attrs.evolve(rule, threshold=Fraction(3, 4)),
            *convention.decision_rules[1:],
        ),
        funds=attrs.evolve(
            convention.funds,
            budget=(
                attrs.evolve(line, amount=Money(amount=Decimal("25000.00"), currency="EUR")),
                *convention.funds.budget[1:],
            ),
        ),
        partners=tuple(reversed(convention.partners)),
    )
    found = diff(convention, newer)
    said = found.explain("en")
    direction = "the direction changed from 'to increase' to 'to decrease'"
    assert any(direction in s for s in said), said
    assert any("three quarters" in s for s in said), said
    assert any("25,000.00" in s or "25000.00" in s for s in said), said
    written = json.loads(json.dumps(found.to_dict()))["changes"]
    by_field = {change["field"]: change for change in written}
    assert by_field["threshold"]["after"] == "3/4"
    assert by_field["partners"]["after"] == [p.id for p in reversed(convention.partners)]


def with_volunteers(value: str, unit: str) -> Convention:
    """The Brussels text, the volunteers it needs for the distribution (6 personnes)
    counted anew."""
    convention = text()
    needs = tuple(
        attrs.evolve(need, quantity=Quantity(value=Decimal(value), unit=unit))
        if need.id == "need-benevoles"
        else need
        for need in convention.needs
    )
    return attrs.evolve(convention, needs=needs)


def test_a_quantity_is_raised_or_lowered_in_its_unit_and_changed_in_another() -> None:
    need = "Need 'Bénévoles pour la distribution': the quantity"
    assert diff(text(), with_volunteers("8", "personnes")).explain("en") == (
        f"{need} raised from 6 personnes to 8 personnes.",
    )
    assert diff(text(), with_volunteers("4", "personnes")).explain("en") == (
        f"{need} lowered from 6 personnes to 4 personnes.",
    )
    # Eight hours are not more than six people: only a change.
    assert diff(text(), with_volunteers("8", "heures")).explain("en") == (
        f"{need} changed from 6 personnes to 8 heures.",
    )


def test_a_value_with_nothing_to_name_it_is_said_as_the_document_writes_it() -> None:
    convention = text()
    rule = convention.decision_rules[1]
    proxied = attrs.evolve(rule, proxies=ProxyRule(most_per_holder=1))
    newer = attrs.evolve(
        convention,
        decision_rules=(convention.decision_rules[0], proxied, *convention.decision_rules[2:]),
    )
    (said,) = diff(convention, newer).explain("en")
    assert said.startswith(
        "Decision rule 'majority (budget, entry and withdrawal of partners, amendments)': "
        'the proxies changed from — to {"most_per_holder": 1, '
    )


def test_a_field_the_library_does_not_know_is_said_by_its_own_name() -> None:
    # An application that builds its own changes: the field is said in plain words.
    change = Change(
        kind=ChangeKind.CHANGED,
        path="$.extensions.dossier_number",
        step=MethodologyStep.TRACING,
        item="Convention",
        item_id=None,
        field="dossier_number",
        before="COCOF-1",
        after="COCOF-2",
    )
    assert change.explain("en") == (
        "The convention: dossier number changed from 'COCOF-1' to 'COCOF-2'."
    )
