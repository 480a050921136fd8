"""Integrity: ids unique within their kind, and every reference resolving, in the
convention and in the dossier. Each case breaks the complete example in one place; each
rule has its smallest break, which breaks it alone, at its path, said in every language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar, cast

import attrs
import pytest

from partnership_model import (
    Amendment,
    Ballot,
    Choice,
    Convention,
    Dossier,
    EvaluationReport,
    Measurement,
    Veto,
    VetoHolders,
    Weight,
    validate,
)
from partnership_model._rules import integrity
from partnership_model._rules._closest import MOST_ASKED, MOST_KNOWN, Closest, Suggester
from partnership_model.i18n import LANGUAGES
from tests.support import (
    ExampleBreak,
    assert_breaks_alone,
    assert_said_in,
    brussels,
    changed,
    codes_of,
    the_finding,
)

T = TypeVar("T")

DUPLICATE, UNKNOWN, IN_DOSSIER = (
    "integrity.ids.duplicate",
    "integrity.references.unknown",
    "integrity.minutes.unknown-reference",
)
CODES = codes_of(integrity)


def paths(target: Dossier | Convention, code: str, language: str = "fr") -> list[str]:
    return [f.path for f in validate(target, language=language).findings if f.code == code]


def convention_changed(change: Callable[[Convention], Convention]) -> Dossier:
    dossier = brussels()
    return attrs.evolve(dossier, convention=change(dossier.convention))


def replaced(items: tuple[T, ...], at: int, **changes: Any) -> tuple[T, ...]:
    item: T = attrs.evolve(cast(Any, items[at]), **changes)
    return (*items[:at], item, *items[at + 1 :])


# --- the smallest change that breaks each rule ------------------------------------------


def a_partner_listed_twice() -> Dossier:
    dossier = brussels()
    partners = dossier.convention.partners
    return changed(dossier, partners=(*partners, partners[0]))


def an_owner_that_is_no_partner() -> Dossier:
    return changed(brussels(), owner="nobody")


def minutes_of_a_body_the_convention_does_not_have() -> Dossier:
    dossier = brussels()
    return attrs.evolve(dossier, minutes=replaced(dossier.minutes, 0, body="ag"))


EXAMPLES: dict[str, ExampleBreak] = {
    DUPLICATE: ExampleBreak(a_partner_listed_twice, ["$.convention.partners[4].id"]),
    UNKNOWN: ExampleBreak(an_owner_that_is_no_partner, ["$.convention.owner"]),
    IN_DOSSIER: ExampleBreak(
        minutes_of_a_body_the_convention_does_not_have, ["$.minutes[0].body"]
    ),
}
"""For each integrity rule, the smallest change to the Brussels dossier that breaks it alone."""


def test_every_integrity_rule_has_its_smallest_break() -> None:
    assert CODES == (DUPLICATE, UNKNOWN, IN_DOSSIER)
    assert list(EXAMPLES) == list(CODES)


@pytest.mark.parametrize("code", CODES)
def test_the_complete_example_breaks_no_integrity_rule(code: str) -> None:
    assert paths(brussels(), code) == []


@pytest.mark.parametrize("code", CODES)
def test_the_smallest_change_breaks_that_rule_alone_at_its_path(code: str) -> None:
    assert_breaks_alone(code, EXAMPLES[code], CODES)


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_finding_is_said_in_each_language_with_its_placeholders_filled(
    code: str, language: str
) -> None:
    assert_said_in(language, code, EXAMPLES[code], CODES)


# --- each kind of id, each kind of reference --------------------------------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda c: attrs.evolve(c, partners=(*c.partners, c.partners[0])),
            "$.convention.partners[4].id",
        ),
        (
            lambda c: attrs.evolve(c, tasks=(*c.tasks, attrs.evolve(c.tasks[0], title="Bis"))),
            "$.convention.tasks[4].id",
        ),
        (
            lambda c: attrs.evolve(
                c,
                objectives=replaced(c.objectives, 1, indicators=(c.objectives[0].indicators[0],)),
            ),
            "$.convention.objectives[1].indicators[0].id",
        ),
    ],
    ids=["partner", "task", "indicator-across-objectives"],
)
def test_an_id_used_twice_within_its_kind_is_named_at_the_second_use(
    change: Callable[[Convention], Convention], expected: str
) -> None:
    assert paths(convention_changed(change), DUPLICATE) == [expected]


def test_the_same_id_for_items_of_two_kinds_is_no_duplicate() -> None:
    dossier = convention_changed(lambda c: attrs.evolve(c, tasks=replaced(c.tasks, 0, id="pont")))
    assert paths(dossier, DUPLICATE) == []


REFERENCES: list[tuple[str, Callable[[Convention], Convention], str]] = [
    ("carrier", lambda c: attrs.evolve(c, carriers=("pont", "nobody")), "carriers[1]"),
    ("owner", lambda c: attrs.evolve(c, owner="nobody"), "owner"),
    (
        "role holder",
        lambda c: attrs.evolve(c, roles=replaced(c.roles, 0, holders=("nobody",))),
        "roles[0].holders[0]",
    ),
    (
        "assignment",
        lambda c: attrs.evolve(
            c,
            tasks=replaced(
                c.tasks,
                0,
                assignments=replaced(c.tasks[0].assignments, 0, partner="nobody"),
            ),
        ),
        "tasks[0].assignments[0].partner",
    ),
    (
        "task objective",
        lambda c: attrs.evolve(c, tasks=replaced(c.tasks, 1, objectives=("obj-x",))),
        "tasks[1].objectives[0]",
    ),
    (
        "contributor",
        lambda c: attrs.evolve(c, contributions=replaced(c.contributions, 0, partner="nobody")),
        "contributions[0].partner",
    ),
    (
        "covered need",
        lambda c: attrs.evolve(c, contributions=replaced(c.contributions, 0, covers=("need-x",))),
        "contributions[0].covers[0]",
    ),
    (
        "served task",
        lambda c: attrs.evolve(c, contributions=replaced(c.contributions, 0, serves=("task-x",))),
        "contributions[0].serves[0]",
    ),
    (
        "body member",
        lambda c: attrs.evolve(
            c, governing_bodies=replaced(c.governing_bodies, 0, members=("nobody",))
        ),
        "governing_bodies[0].members[0]",
    ),
    (
        "body chair",
        lambda c: attrs.evolve(c, governing_bodies=replaced(c.governing_bodies, 0, chair="x")),
        "governing_bodies[0].chair",
    ),
    (
        "rule body",
        lambda c: attrs.evolve(c, decision_rules=replaced(c.decision_rules, 0, body="ag")),
        "decision_rules[0].body",
    ),
    (
        "voter",
        lambda c: attrs.evolve(c, decision_rules=replaced(c.decision_rules, 0, voters=("x",))),
        "decision_rules[0].voters[0]",
    ),
    (
        "excluded voter",
        lambda c: attrs.evolve(c, decision_rules=replaced(c.decision_rules, 0, excluded=("x",))),
        "decision_rules[0].excluded[0]",
    ),
    (
        "weighted voter",
        lambda c: attrs.evolve(
            c,
            decision_rules=replaced(c.decision_rules, 0, weights=(Weight(partner="x", votes=2),)),
        ),
        "decision_rules[0].weights[0].partner",
    ),
    (
        "delegate",
        lambda c: attrs.evolve(c, decision_rules=replaced(c.decision_rules, 2, delegate="x")),
        "decision_rules[2].delegate",
    ),
    (
        "veto holder",
        lambda c: attrs.evolve(
            c,
            decision_rules=replaced(
                c.decision_rules, 1, veto=Veto(holders=VetoHolders.LISTED, partners=("x",))
            ),
        ),
        "decision_rules[1].veto.partners[0]",
    ),
    (
        "linked partner",
        lambda c: attrs.evolve(
            c, institutional_links=replaced(c.institutional_links, 2, partner="nobody")
        ),
        "institutional_links[2].partner",
    ),
    (
        "step owner",
        lambda c: attrs.evolve(
            c, timeline=attrs.evolve(c.timeline, steps=replaced(c.timeline.steps, 0, owner="x"))
        ),
        "timeline.steps[0].owner",
    ),
    (
        "dependency",
        lambda c: attrs.evolve(
            c,
            timeline=attrs.evolve(
                c.timeline, steps=replaced(c.timeline.steps, 2, depends_on=("step-x",))
            ),
        ),
        "timeline.steps[2].depends_on[0]",
    ),
    (
        "evaluated indicator",
        lambda c: attrs.evolve(
            c,
            evaluation=attrs.evolve(
                c.evaluation,
                moments=replaced(
                    c.evaluation.moments,
                    0,
                    indicators=(*c.evaluation.moments[0].indicators, "ind-x"),
                ),
            ),
        ),
        "evaluation.moments[0].indicators[2]",
    ),
    (
        "participant",
        lambda c: attrs.evolve(
            c,
            evaluation=attrs.evolve(
                c.evaluation,
                moments=replaced(c.evaluation.moments, 0, participants=("x",)),
            ),
        ),
        "evaluation.moments[0].participants[0]",
    ),
    (
        "action owner",
        lambda c: attrs.evolve(
            c,
            communication=attrs.evolve(
                c.communication, actions=replaced(c.communication.actions, 0, owner="x")
            ),
        ),
        "communication.actions[0].owner",
    ),
    (
        "fund holder",
        lambda c: attrs.evolve(c, funds=attrs.evolve(c.funds, holder="nobody")),
        "funds.holder",
    ),
    (
        "reporting step",
        lambda c: attrs.evolve(
            c, funds=attrs.evolve(c.funds, reporting=replaced(c.funds.reporting, 0, step="x"))
        ),
        "funds.reporting[0].step",
    ),
    (
        "signatory",
        lambda c: attrs.evolve(c, signatures=replaced(c.signatures, 0, partner="nobody")),
        "signatures[0].partner",
    ),
]


@pytest.mark.parametrize(
    ("change", "where"),
    [(change, where) for _, change, where in REFERENCES],
    ids=[name for name, _, _ in REFERENCES],
)
def test_a_reference_to_nothing_is_named_at_the_reference(
    change: Callable[[Convention], Convention], where: str
) -> None:
    assert paths(convention_changed(change), UNKNOWN) == [f"$.convention.{where}"]


def test_a_delegated_decision_may_go_to_a_partner_or_to_a_role() -> None:
    def delegated_to(delegate: str) -> Dossier:
        return convention_changed(
            lambda c: attrs.evolve(
                c, decision_rules=replaced(c.decision_rules, 2, delegate=delegate)
            )
        )

    assert paths(delegated_to("pont"), UNKNOWN) == []
    assert paths(delegated_to("role-coord"), UNKNOWN) == []
    assert paths(delegated_to("copil"), UNKNOWN) == ["$.convention.decision_rules[2].delegate"]


def said_in_each_language(dossier: Dossier, what: str) -> dict[str, str]:
    """The message or hint of the finding of an unknown reference, in each language."""
    return {
        language: getattr(
            the_finding(validate(dossier, language=language).findings, UNKNOWN), what
        )
        for language in LANGUAGES
    }


def test_a_delegate_that_names_nothing_is_said_to_be_expected_as_a_partner_or_a_role() -> None:
    dossier = convention_changed(
        lambda c: attrs.evolve(c, decision_rules=replaced(c.decision_rules, 2, delegate="x"))
    )
    assert said_in_each_language(dossier, "message") == {
        "fr": "«\u00a0x\u00a0» ne désigne aucun élément de la convention "
        "(il faudrait\u00a0: partenaire ou rôle).",
        "en": "'x' refers to nothing in the convention (expected: partner or role).",
        "nl": "'x' verwijst naar niets in de overeenkomst (verwacht: partner of rol).",
    }


def test_an_id_that_names_nothing_is_told_the_closest_ids_of_its_kind() -> None:
    # A role held by "pnt": the partners of the Brussels example are pont, entraide,
    # fourneaux and cpas; the roles and bodies, whose ids are no partner's, are not offered.
    dossier = convention_changed(
        lambda c: attrs.evolve(c, roles=replaced(c.roles, 0, holders=("pnt",)))
    )
    assert said_in_each_language(dossier, "hint") == {
        "fr": "Ajoutez l'élément manquant ou corrigez l'identifiant. "
        "Vouliez-vous dire «\u00a0pont\u00a0»\u00a0?",
        "en": "Add the missing item or correct the id. Did you mean 'pont'?",
        "nl": "Voeg het ontbrekende element toe of verbeter de identificatie. Bedoelde u 'pont'?",
    }


def test_an_id_like_none_of_its_kind_gets_no_suggestion() -> None:
    hint = the_finding(
        validate(an_owner_that_is_no_partner(), language="en").findings, UNKNOWN
    ).hint
    assert hint == "Add the missing item or correct the id."


def test_no_suggestion_is_sought_among_more_ids_than_a_bound() -> None:
    # Comparing an unknown id with each of very many would grow with their product.
    many = dict.fromkeys(f"p{number}" for number in range(MOST_KNOWN + 1))
    assert Suggester()("p1x", many) == Closest(())
    fewer = dict.fromkeys(list(many)[:MOST_KNOWN])
    assert Suggester()("p1x", fewer).ids[0] == "p1"
    # Nor for more than a bound of distinct unknown ids in one validation.
    suggest = Suggester()
    asked = [suggest(f"pont{number}", {"pont": 0}) for number in range(MOST_ASKED + 1)]
    assert asked[0].ids == ("pont",)
    assert asked[-1] == Closest(())
    assert Closest(("pont", "port")).label("fr") == (
        " Vouliez-vous dire «\u00a0pont\u00a0» ou «\u00a0port\u00a0»\u00a0?"
    )


def test_the_finding_says_what_kind_of_item_was_expected_in_each_language() -> None:
    assert said_in_each_language(an_owner_that_is_no_partner(), "message") == {
        "fr": "«\u00a0nobody\u00a0» ne désigne aucun élément de la convention "
        "(il faudrait\u00a0: partenaire).",
        "en": "'nobody' refers to nothing in the convention (expected: partner).",
        "nl": "'nobody' verwijst naar niets in de overeenkomst (verwacht: partner).",
    }


def test_a_convention_alone_is_checked_with_paths_from_its_root() -> None:
    convention = attrs.evolve(brussels().convention, owner="nobody")
    assert paths(convention, UNKNOWN) == ["$.owner"]


DOSSIER_REFERENCES: list[tuple[str, Callable[[Dossier], Dossier], str]] = [
    (
        "minutes body",
        lambda d: attrs.evolve(d, minutes=replaced(d.minutes, 0, body="ag")),
        "$.minutes[0].body",
    ),
    (
        "minutes rule",
        lambda d: attrs.evolve(d, minutes=replaced(d.minutes, 0, rule="x")),
        "$.minutes[0].rule",
    ),
    (
        "present",
        lambda d: attrs.evolve(d, minutes=replaced(d.minutes, 0, present=("pont", "x"))),
        "$.minutes[0].present[1]",
    ),
    (
        "ballot",
        lambda d: attrs.evolve(
            d,
            minutes=replaced(d.minutes, 0, ballots=(Ballot(partner="x", choice=Choice.FOR),)),
        ),
        "$.minutes[0].ballots[0].partner",
    ),
    (
        "amendment decision",
        lambda d: attrs.evolve(
            d,
            amendments=(
                Amendment(
                    id="avenant-1",
                    effective_from=dt.date(2027, 6, 1),
                    rationale="Plus de familles",
                    decision="pv-x",
                    replaces=d.convention,
                ),
            ),
        ),
        "$.amendments[0].decision",
    ),
    (
        "measured indicator",
        lambda d: attrs.evolve(
            d,
            measurements=(
                Measurement(id="m", indicator="ind-x", date=dt.date(2027, 3, 1), value=Decimal(1)),
            ),
        ),
        "$.measurements[0].indicator",
    ),
    (
        "reported moment",
        lambda d: attrs.evolve(
            d,
            evaluation_reports=(
                EvaluationReport(id="r", date=dt.date(2027, 7, 1), moment="eval-x"),
            ),
        ),
        "$.evaluation_reports[0].moment",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [(change, expected) for _, change, expected in DOSSIER_REFERENCES],
    ids=[name for name, _, _ in DOSSIER_REFERENCES],
)
def test_a_reference_to_nothing_in_the_dossier_is_named_at_the_reference(
    change: Callable[[Dossier], Dossier], expected: str
) -> None:
    assert paths(change(brussels()), IN_DOSSIER) == [expected]


def test_minutes_name_the_partners_of_the_text_in_force_on_their_day() -> None:
    # The budget of December 2026 was voted by the four partners; the CPAS left in 2027.
    left = brussels().withdraw("cpas", on=dt.date(2027, 7, 1), id="avenant-cpas", rationale="r")
    assert paths(left, IN_DOSSIER) == []
    # A meeting after its departure that still counts it names a partner it no longer has.
    december = left.minutes[0]
    later = attrs.evolve(december, id="pv-2027-09", date=dt.date(2027, 9, 7))
    with_later = attrs.evolve(left, minutes=(december, later))
    assert paths(with_later, IN_DOSSIER) == [
        "$.minutes[1].present[3]",
        "$.minutes[1].ballots[3].partner",
    ]


def test_two_records_under_one_earlier_text_read_it_once_for_both() -> None:
    dossier = brussels()
    first = dossier.minutes[0]
    second = attrs.evolve(first, id="pv-2026-12-02", date=dt.date(2026, 12, 2), body="ghost")
    left = attrs.evolve(dossier, minutes=(first, second)).withdraw(
        "cpas", on=dt.date(2027, 7, 1), id="avenant-cpas", rationale="r"
    )
    assert paths(left, IN_DOSSIER) == ["$.minutes[1].body"]


def test_the_dossier_rule_does_not_run_on_a_convention_alone() -> None:
    report = validate(brussels().convention)
    assert IN_DOSSIER not in report.rules
