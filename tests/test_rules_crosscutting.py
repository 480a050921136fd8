"""What to pay attention to throughout (seed §4): the rules on communication, the
written record, flexibility and the network.

Each rule is shown on the complete Brussels example, which breaks none of them, and on
the smallest change to it that breaks that rule alone: the finding's code, its path,
and nothing else from the cross-cutting rules.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given

from partnership_model import (
    Audience,
    BudgetLine,
    Choice,
    ClauseKind,
    CommunicationAction,
    CommunicationPlan,
    Convention,
    Directory,
    Dossier,
    FundManagement,
    Money,
    Outcome,
    Partner,
    Recurrence,
    Signature,
    validate,
)
from partnership_model._rules import crosscutting, plan
from partnership_model.i18n import LANGUAGES
from partnership_model.validation import (
    CATALOGUE,
    Context,
    Finding,
    MethodologyStep,
    Severity,
    get_profile,
)
from tests.support import (
    ExampleBreak,
    assert_breaks_alone,
    assert_said_in,
    brussels,
    changed,
    codes_of,
    conventions_or_dossiers,
    paths_by_code,
    reduced,
    validated,
)

CODES = codes_of(crosscutting)
RULES = tuple(CATALOGUE[code] for code in CODES)
DOSSIER_CODES = (
    "tracing.minutes.missing",
    "flexibility.amendments.out-of-order",
    "flexibility.amendments.no-decision",
    "flexibility.amendments.effective-before-adoption",
    "flexibility.amendments.not-adopted",
    "network.directory.empty",
)

ADOPTION = "pv-2026-12-01"
"""The Brussels minutes: the decision that adopted the 2027 budget."""

# The Brussels partners, and their signatures, by position:
PONT, ENTRAIDE, FOURNEAUX, CPAS = range(4)

EVERY_WHITE_SPACE = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
"""Every character Unicode counts as white space (as :meth:`str.isspace` knows it)."""

BLANK_TEXTS = {
    "empty": "",
    "spaces and a tab": "  \t",
    "no-break space": "\u00a0",
    "ideographic space": "\u3000",
    "em space and line separator": "\u2003\u2028",
    "every Unicode white space": EVERY_WHITE_SPACE,
}
"""Texts that say nothing: empty, or only white space, of any script."""


# --- how the tests run the cross-cutting rules -----------------------------------------


def findings(
    target: Dossier | Convention, *, language: str = "fr", profile: str = "methodology"
) -> tuple[Finding, ...]:
    """The cross-cutting findings under a built-in profile, with its severities."""
    return validated(target, CODES, profile=profile, language=language)


def found(target: Dossier | Convention) -> dict[str, list[str]]:
    """Each cross-cutting code found, with the paths it was found at."""
    return paths_by_code(findings(target))


def amended(dossier: Dossier, *dates: tuple[str, dt.date, str | None]) -> Dossier:
    """``dossier`` amended once per (id, effective from, decision), in that order."""
    for identifier, effective_from, decision in dates:
        readjusted = attrs.evolve(dossier.convention, purpose=f"{identifier}: readjusted")
        dossier = dossier.amend(
            readjusted,
            id=identifier,
            effective_from=effective_from,
            rationale="L'évaluation à mi-parcours montre plus de familles que prévu.",
            decision=decision,
        )
    return dossier


# --- the smallest change that breaks each rule ------------------------------------------


def no_informal_contact() -> Dossier:
    dossier = brussels()
    actions = dossier.convention.communication.actions
    kept = tuple(action for action in actions if action.audience is not Audience.INFORMAL)
    return changed(dossier, communication=CommunicationPlan(actions=kept))


def a_convention_without_a_name() -> Dossier:
    return changed(brussels(), name=" \t\n")


def a_single_partner() -> Dossier:
    dossier = brussels()
    return changed(dossier, partners=dossier.convention.partners[:1])


def funds_left_unsaid() -> Dossier:
    return changed(brussels(), funds=FundManagement())


def the_cpas_signature_missing() -> Dossier:
    dossier = brussels()
    return changed(dossier, signatures=dossier.convention.signatures[:CPAS])


def changed_partner(dossier: Dossier, at: int, **changes: Any) -> Dossier:
    partners = list(dossier.convention.partners)
    partners[at] = attrs.evolve(partners[at], **changes)
    return changed(dossier, partners=tuple(partners))


def changed_signature(dossier: Dossier, at: int, **changes: Any) -> Dossier:
    signatures = list(dossier.convention.signatures)
    signatures[at] = attrs.evolve(signatures[at], **changes)
    return changed(dossier, signatures=tuple(signatures))


def changed_action(dossier: Dossier, audience: Audience, **changes: Any) -> Dossier:
    """``dossier`` with its one communication action towards ``audience`` evolved."""
    actions = tuple(
        attrs.evolve(action, **changes) if action.audience is audience else action
        for action in dossier.convention.communication.actions
    )
    return changed(dossier, communication=CommunicationPlan(actions=actions))


def posters_with_no_day_to_put_them_up() -> Dossier:
    return changed_action(brussels(), Audience.PUBLIC, date=None)


def the_fourneaux_named_with_an_ideographic_space() -> Dossier:
    return changed_partner(brussels(), FOURNEAUX, name="\u3000")


def no_minutes() -> Dossier:
    return attrs.evolve(brussels(), minutes=())


def amendments_in_order() -> Dossier:
    return amended(
        brussels(),
        ("avenant-1", dt.date(2027, 3, 1), ADOPTION),
        ("avenant-2", dt.date(2027, 7, 1), ADOPTION),
    )


def amendments_recorded_out_of_order() -> Dossier:
    return amended(
        brussels(),
        ("avenant-1", dt.date(2027, 7, 1), ADOPTION),
        ("avenant-2", dt.date(2027, 3, 1), ADOPTION),
    )


def an_amendment_without_its_decision() -> Dossier:
    return amended(brussels(), ("avenant-1", dt.date(2027, 3, 1), None))


def an_amendment_in_force_a_week_before_it_was_adopted() -> Dossier:
    dossier = amended(brussels(), ("avenant-1", dt.date(2027, 3, 1), ADOPTION))
    late = attrs.evolve(dossier.amendments[0], adopted_on=dt.date(2027, 3, 8))
    return attrs.evolve(dossier, amendments=(late,))


def an_amendment_resting_on_a_decision_voted_down() -> Dossier:
    dossier = brussels()
    (budget,) = dossier.minutes
    against = tuple(attrs.evolve(ballot, choice=Choice.AGAINST) for ballot in budget.ballots)
    voted_down = attrs.evolve(
        budget, id="pv-2027-02-02", date=dt.date(2027, 2, 2), ballots=against,
        outcome=Outcome.REJECTED,
    )  # fmt: skip
    dossier = attrs.evolve(dossier, minutes=(budget, voted_down))
    return amended(dossier, ("avenant-1", dt.date(2027, 3, 1), "pv-2027-02-02"))


def no_amendment_procedure() -> Dossier:
    dossier = brussels()
    clauses = dossier.convention.clauses
    kept = tuple(c for c in clauses if c.kind is not ClauseKind.AMENDMENT_PROCEDURE)
    return changed(dossier, clauses=kept)


def an_empty_directory() -> Dossier:
    return attrs.evolve(brussels(), directory=Directory())


EXAMPLES: dict[str, ExampleBreak] = {
    "communication.audience-missing": ExampleBreak(
        no_informal_contact, ["$.convention.communication.actions"]
    ),
    "communication.audience-unscheduled": ExampleBreak(
        posters_with_no_day_to_put_them_up, ["$.convention.communication.actions"]
    ),
    "tracing.convention.no-name": ExampleBreak(a_convention_without_a_name, ["$.convention.name"]),
    "tracing.partners.unnamed": ExampleBreak(
        the_fourneaux_named_with_an_ideographic_space,
        [f"$.convention.partners[{FOURNEAUX}].name"],
    ),
    "tracing.convention.few-partners": ExampleBreak(a_single_partner, ["$.convention.partners"]),
    "tracing.funds.missing": ExampleBreak(funds_left_unsaid, ["$.convention.funds"]),
    "tracing.signatures.missing": ExampleBreak(
        the_cpas_signature_missing, [f"$.convention.partners[{CPAS}]"]
    ),
    "tracing.minutes.missing": ExampleBreak(no_minutes, ["$.minutes"]),
    "flexibility.amendments.out-of-order": ExampleBreak(
        amendments_recorded_out_of_order, ["$.amendments[1].effective_from"]
    ),
    "flexibility.amendments.no-decision": ExampleBreak(
        an_amendment_without_its_decision, ["$.amendments[0].decision"]
    ),
    "flexibility.amendments.effective-before-adoption": ExampleBreak(
        an_amendment_in_force_a_week_before_it_was_adopted, ["$.amendments[0].effective_from"]
    ),
    "flexibility.amendments.not-adopted": ExampleBreak(
        an_amendment_resting_on_a_decision_voted_down, ["$.amendments[0].decision"]
    ),
    "flexibility.amendment-procedure.missing": ExampleBreak(
        no_amendment_procedure, ["$.convention.clauses"]
    ),
    "network.directory.empty": ExampleBreak(an_empty_directory, ["$.directory.structures"]),
}
"""For each cross-cutting rule, the smallest change to the Brussels dossier that breaks it
alone."""


# --- the catalogue --------------------------------------------------------------------


def test_the_cross_cutting_rules_follow_the_seed_in_order() -> None:
    assert CODES == (
        "communication.audience-missing",
        "communication.audience-unscheduled",
        "tracing.convention.no-name",
        "tracing.partners.unnamed",
        "tracing.convention.few-partners",
        "tracing.funds.missing",
        "tracing.signatures.missing",
        "tracing.minutes.missing",
        "flexibility.amendments.out-of-order",
        "flexibility.amendments.no-decision",
        "flexibility.amendments.effective-before-adoption",
        "flexibility.amendments.not-adopted",
        "flexibility.amendment-procedure.missing",
        "network.directory.empty",
    )
    assert set(EXAMPLES) == set(CODES)


def test_each_rule_belongs_to_its_cross_cutting_concern_and_names_its_seed_section() -> None:
    for rule in RULES:
        concern = rule.code.split(".")[0]
        assert rule.step is MethodologyStep(concern)
        assert rule.section.startswith("§4 ")


def test_the_severities_say_what_keeps_a_convention_from_being_complete() -> None:
    severities = {rule.code: rule.severity for rule in RULES}
    assert [code for code, s in severities.items() if s is Severity.ERROR] == [
        "tracing.convention.no-name",
        "tracing.partners.unnamed",
        "tracing.convention.few-partners",
        "tracing.funds.missing",
        "flexibility.amendments.out-of-order",
        "flexibility.amendments.not-adopted",
    ]
    assert [code for code, s in severities.items() if s is Severity.INFO] == [
        "flexibility.amendment-procedure.missing",
        "network.directory.empty",
    ]


def test_a_collaboration_needs_no_fund_management_nor_amendment_procedure() -> None:
    for name in ("methodology", "consortium"):
        assert set(CODES) <= set(get_profile(name).codes)
    collaboration = set(get_profile("collaboration").codes)
    assert set(CODES) - collaboration == {
        "tracing.funds.missing",
        "flexibility.amendment-procedure.missing",
    }


def test_in_a_collaboration_a_missing_audience_is_only_information() -> None:
    rule = CATALOGUE["communication.audience-missing"]
    assert get_profile("methodology").severity_of(rule) is Severity.WARNING
    assert get_profile("consortium").severity_of(rule) is Severity.WARNING
    assert get_profile("collaboration").severity_of(rule) is Severity.INFO
    (finding,) = findings(no_informal_contact(), profile="collaboration")
    assert finding.severity is Severity.INFO


def test_the_rules_on_minutes_amendments_and_the_network_read_the_dossier() -> None:
    assert tuple(rule.code for rule in RULES if rule.needs_dossier) == DOSSIER_CODES
    assert not any(rule.needs_today for rule in RULES)


# --- the complete example -------------------------------------------------------------


@pytest.mark.parametrize("profile", ["methodology", "collaboration", "consortium"])
def test_the_brussels_example_breaks_no_cross_cutting_rule(profile: str) -> None:
    # It even says how it is amended: its clauses hold the amendment procedure.
    assert findings(brussels(), profile=profile) == ()


def test_a_dossier_amended_in_order_by_recorded_decisions_breaks_no_cross_cutting_rule() -> None:
    assert found(amendments_in_order()) == {}


def test_the_dossier_rules_do_not_run_on_a_bare_convention() -> None:
    profile = reduced("methodology", CODES)
    report = validate(Convention(name=""), profile=profile)
    assert not set(DOSSIER_CODES) & set(report.rules)
    assert not set(DOSSIER_CODES) & {finding.code for finding in report.findings}
    report = validate(Dossier(convention=Convention(name="")), profile=profile)
    assert set(DOSSIER_CODES) <= set(report.rules)


@pytest.mark.parametrize("code", CODES)
def test_the_smallest_change_breaks_that_rule_alone_at_its_path(code: str) -> None:
    assert_breaks_alone(code, EXAMPLES[code], CODES)


# --- communication.audience-missing and audience-unscheduled --------------------------


def test_an_audience_whose_actions_have_no_day_is_named_once() -> None:
    dossier = changed_action(brussels(), Audience.INSTITUTIONS, date=None)
    (finding,) = findings(dossier, language="en")
    assert finding.code == "communication.audience-unscheduled"
    assert finding.subjects == ("institutions",)
    assert finding.message == (
        "The communication actions under 'towards institutions' have neither a date nor a "
        "frequency: nothing says when they happen."
    )


def test_a_recurring_action_or_a_dated_one_is_enough_for_its_audience() -> None:
    recurring = Recurrence(rule="FREQ=MONTHLY;BYMONTHDAY=-1")
    dossier = changed_action(brussels(), Audience.PUBLIC, date=None, frequency=recurring)
    assert found(dossier) == {}
    neither = changed_action(brussels(), Audience.PROFESSIONALS, frequency=None)
    assert found(neither) == {
        "communication.audience-unscheduled": ["$.convention.communication.actions"]
    }


def test_an_audience_no_action_reaches_is_named() -> None:
    (finding,) = findings(no_informal_contact(), language="en")
    assert finding.subjects == ("informal",)
    assert finding.message == "No communication action is planned under 'informal contact'."


def test_each_of_the_four_audiences_missing_is_a_finding_of_its_own() -> None:
    dossier = changed(brussels(), communication=CommunicationPlan())
    assert [f.subjects for f in findings(dossier)] == [
        ("public",),
        ("professionals",),
        ("institutions",),
        ("informal",),
    ]


def test_the_audience_is_named_in_the_language_of_the_report() -> None:
    posters = CommunicationAction(
        id="affiches",
        audience=Audience.PUBLIC,
        description="Affiches dans le quartier",
        date=dt.date(2027, 2, 22),
    )
    only_the_public = CommunicationPlan(actions=(posters,))
    dossier = changed(brussels(), communication=only_the_public)
    assert [f.message for f in findings(dossier, language="nl")] == [
        "Er is geen communicatieactie gepland onder 'tussen professionals'.",
        "Er is geen communicatieactie gepland onder 'naar de instellingen'.",
        "Er is geen communicatieactie gepland onder 'informeel contact'.",
    ]


@pytest.mark.parametrize("description", BLANK_TEXTS.values(), ids=BLANK_TEXTS.keys())
def test_an_action_that_says_nothing_of_what_is_done_reaches_no_one(description: str) -> None:
    dossier = changed_action(brussels(), Audience.INFORMAL, description=description)
    (finding,) = findings(dossier)
    assert finding.code == "communication.audience-missing"
    assert finding.path == "$.convention.communication.actions"
    assert finding.subjects == ("informal",)


def test_one_described_action_is_enough_to_reach_its_audience() -> None:
    dossier = brussels()
    silent = CommunicationAction(id="com-rien", audience=Audience.INFORMAL, description="\u3000")
    actions = (*dossier.convention.communication.actions, silent)
    assert found(changed(dossier, communication=CommunicationPlan(actions=actions))) == {}
    gossip = changed_action(dossier, Audience.INFORMAL, description="\u00a0Café\u00a0")
    assert found(gossip) == {}


# --- tracing.convention.no-name -------------------------------------------------------


@pytest.mark.parametrize("name", BLANK_TEXTS.values(), ids=BLANK_TEXTS.keys())
def test_a_name_of_only_white_space_of_any_kind_is_no_name(name: str) -> None:
    (finding,) = findings(changed(brussels(), name=name), language="nl")
    assert finding.path == "$.convention.name"
    assert finding.message == "De overeenkomst heeft geen naam."


def test_one_visible_character_is_a_name() -> None:
    assert found(changed(brussels(), name="\u3000P\u3000")) == {}


# --- tracing.partners.unnamed ---------------------------------------------------------


def test_a_partner_without_a_name_is_named_by_its_id_in_three_languages() -> None:
    dossier = the_fourneaux_named_with_an_ideographic_space()
    (fr,) = findings(dossier)
    (en,) = findings(dossier, language="en")
    (nl,) = findings(dossier, language="nl")
    assert fr.message == "Le partenaire fourneaux n'a pas de nom."
    assert en.message == "The partner fourneaux has no name."
    assert nl.message == "De partner fourneaux heeft geen naam."
    assert en.hint == "Write the partner organisation's name, as its statutes give it."
    assert fr.subjects == ("fourneaux",)


@pytest.mark.parametrize("name", BLANK_TEXTS.values(), ids=BLANK_TEXTS.keys())
def test_every_partner_whose_name_says_nothing_is_named_at_its_own_place(name: str) -> None:
    dossier = changed_partner(brussels(), PONT, name=name)
    dossier = changed_partner(dossier, CPAS, name=name)
    assert found(dossier) == {
        "tracing.partners.unnamed": [
            f"$.convention.partners[{PONT}].name",
            f"$.convention.partners[{CPAS}].name",
        ]
    }


@pytest.mark.parametrize("name", ["ASBL", " X ", "\u00a0Les Fourneaux\u00a0", "\u3000食堂"])
def test_a_partner_name_with_one_visible_character_is_a_name(name: str) -> None:
    assert found(changed_partner(brussels(), FOURNEAUX, name=name)) == {}


def test_a_partner_without_a_name_is_still_a_partner_who_must_sign() -> None:
    dossier = changed_partner(the_cpas_signature_missing(), CPAS, name="")
    assert found(dossier) == {
        "tracing.partners.unnamed": [f"$.convention.partners[{CPAS}].name"],
        "tracing.signatures.missing": [f"$.convention.partners[{CPAS}]"],
    }


# --- tracing.convention.few-partners --------------------------------------------------


def test_a_convention_with_a_single_partner_is_told_it_takes_two() -> None:
    (finding,) = findings(a_single_partner(), language="en")
    assert finding.message == "The convention names only 1 partner(s): it takes at least two."


def test_a_convention_with_no_partner_says_so() -> None:
    dossier = changed(brussels(), partners=())
    (finding,) = findings(dossier)
    assert finding.code == "tracing.convention.few-partners"
    assert "que 0 partenaire(s)" in finding.message


def test_two_partners_are_enough() -> None:
    dossier = brussels()
    two = changed(dossier, partners=dossier.convention.partners[:2])
    assert found(two) == {}


# --- tracing.funds.missing ------------------------------------------------------------


@pytest.mark.parametrize(
    "funds",
    [
        FundManagement(holder="entraide"),
        FundManagement(description="Chaque partenaire gère sa propre contribution."),
        FundManagement(
            budget=(
                BudgetLine(
                    id="bl-vivres",
                    label="Vivres",
                    amount=Money(amount=Decimal("18000.00"), currency="EUR"),
                ),
            )
        ),
    ],
    ids=["a holder", "a description", "a budget line"],
)
def test_any_one_of_holder_description_or_budget_says_something(funds: FundManagement) -> None:
    assert found(changed(brussels(), funds=funds)) == {}


@pytest.mark.parametrize("description", BLANK_TEXTS.values(), ids=BLANK_TEXTS.keys())
def test_a_description_of_only_white_space_of_any_kind_says_nothing(description: str) -> None:
    dossier = changed(brussels(), funds=FundManagement(description=description))
    assert found(dossier) == {"tracing.funds.missing": ["$.convention.funds"]}


def test_a_description_with_one_visible_character_says_something() -> None:
    dossier = changed(brussels(), funds=FundManagement(description="\u3000Caisse\u00a0"))
    assert found(dossier) == {}


def test_a_collaboration_need_not_describe_fund_management() -> None:
    assert findings(funds_left_unsaid(), profile="collaboration") == ()


# --- tracing.signatures.missing -------------------------------------------------------


def test_a_partner_who_has_not_signed_is_named() -> None:
    (finding,) = findings(the_cpas_signature_missing())
    assert finding.subjects == ("cpas",)
    assert finding.message == (
        "Le partenaire «\u00a0CPAS de Laeken (antenne sociale)\u00a0» (cpas) "
        "n'a pas signé la convention."
    )


@pytest.mark.parametrize("signatory", BLANK_TEXTS.values(), ids=BLANK_TEXTS.keys())
def test_a_signature_without_a_signatory_is_no_signature(signatory: str) -> None:
    dossier = changed_signature(brussels(), CPAS, signatory=signatory)
    (finding,) = findings(dossier, language="en")
    assert finding.code == "tracing.signatures.missing"
    assert finding.path == f"$.convention.partners[{CPAS}]"
    assert finding.message == (
        "The partner 'CPAS de Laeken (antenne sociale)' (cpas) has not signed the convention."
    )


def test_a_signature_with_a_signatory_is_enough_beside_one_without() -> None:
    dossier = brussels()
    unsigned = Signature(partner="cpas", signatory="\u00a0")
    dossier = changed(dossier, signatures=(unsigned, *dossier.convention.signatures))
    assert found(dossier) == {}


def test_an_undated_signature_is_still_a_signature() -> None:
    dossier = brussels()
    undated = tuple(attrs.evolve(s, date=None) for s in dossier.convention.signatures)
    assert found(changed(dossier, signatures=undated)) == {}


def test_every_partner_bearing_an_unsigned_id_is_named() -> None:
    dossier = brussels()
    twin = Partner(id="cpas", name="CPAS de Laeken (siège)")
    dossier = changed(
        dossier,
        partners=(*dossier.convention.partners, twin),
        signatures=dossier.convention.signatures[:CPAS],
    )
    assert found(dossier) == {
        "tracing.signatures.missing": [
            f"$.convention.partners[{CPAS}]",
            "$.convention.partners[4]",
        ]
    }


# --- tracing.minutes.missing ----------------------------------------------------------


# --- flexibility.amendments.out-of-order ----------------------------------------------


def test_an_amendment_out_of_order_names_the_one_recorded_before_it() -> None:
    (finding,) = findings(amendments_recorded_out_of_order(), language="en")
    assert finding.subjects == ("avenant-2", "avenant-1")
    assert finding.message == (
        "The amendment 'avenant-2' takes effect on 2027-03-01, before the amendment "
        "'avenant-1', recorded earlier, which takes effect on 2027-07-01."
    )


def test_amendments_are_compared_with_the_latest_recorded_before_them() -> None:
    dossier = amended(
        brussels(),
        ("avenant-1", dt.date(2027, 7, 1), ADOPTION),
        ("avenant-2", dt.date(2027, 3, 1), ADOPTION),
        ("avenant-3", dt.date(2027, 5, 1), ADOPTION),
        ("avenant-4", dt.date(2027, 7, 1), ADOPTION),
    )
    assert [(f.path, f.subjects) for f in findings(dossier)] == [
        ("$.amendments[1].effective_from", ("avenant-2", "avenant-1")),
        ("$.amendments[2].effective_from", ("avenant-3", "avenant-1")),
    ]


# --- flexibility.amendments.no-decision -----------------------------------------------


# --- flexibility.amendment-procedure.missing ------------------------------------------


def test_a_collaboration_need_not_have_an_amendment_procedure() -> None:
    assert findings(no_amendment_procedure(), profile="collaboration") == ()


# --- network.directory.empty ----------------------------------------------------------


# --- and no rule of the other module --------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_breaking_a_cross_cutting_rule_adds_no_plan_finding(code: str) -> None:
    example, others = EXAMPLES[code], codes_of(plan)
    complete = validated(brussels(), others, today=example.today)
    assert {f.code for f in example.findings(others)} == {f.code for f in complete}


# --- every rule, in every language ----------------------------------------------------


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_cross_cutting_finding_is_said_in_full_in_every_language(
    code: str, language: str
) -> None:
    assert_said_in(language, code, EXAMPLES[code], CODES)


# --- never raising --------------------------------------------------------------------


@given(conventions_or_dossiers)
def test_only_the_dossier_rules_find_what_they_find_in_the_dossier(
    target: tuple[Convention, Dossier | None],
) -> None:
    convention, dossier = target
    context = Context(convention, dossier, None)
    for rule in RULES:
        if rule.needs_dossier and dossier is None:
            continue
        for violation in rule.check(context):
            assert violation.in_dossier is rule.needs_dossier
