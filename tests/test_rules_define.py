"""DEFINE (seed §3): the rules that read the objectives, the needs and the target public.

"The objectives and the evaluation indicators: agree on what is at stake. The needs
(financial, human resources, infrastructure, planning, ...). The target public." Each
rule is shown on the complete Brussels example, which breaks none of them, and on the
smallest change to it that breaks that rule alone: the finding's code, its path, and
nothing else from DEFINE or EVALUATE.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnership_model import (
    Contribution,
    ContributionKind,
    Convention,
    Direction,
    Dossier,
    Indicator,
    Money,
    Need,
    NeedCategory,
    Objective,
    Quantity,
)
from partnership_model._rules import define, evaluate
from partnership_model.i18n import LANGUAGES
from partnership_model.validation import (
    CATALOGUE,
    Finding,
    MethodologyStep,
    Severity,
    get_profile,
)
from tests import generators as gen
from tests.brussels import eur
from tests.support import (
    BEFORE_THE_START,
    ExampleBreak,
    assert_breaks_alone,
    assert_said_in,
    brussels,
    changed,
    changed_indicator,
    codes_of,
    indicator_path,
    paths_by_code,
    the_finding,
    validated,
)

CODES = codes_of(define)
RULES = tuple(CATALOGUE[code] for code in CODES)
OURS = frozenset(CODES + codes_of(evaluate))
"""The codes of DEFINE and EVALUATE, whose rules are written together: a change that
breaks one rule must raise no other of them."""

# The Brussels objectives, needs, target public and contributions, by position:
BASKETS, WORKSHOPS = range(2)
FAMILIES, PARTICIPANTS, ISOLATION = (BASKETS, 0), (WORKSHOPS, 0), (WORKSHOPS, 1)
FOOD, KITCHEN, VOLUNTEERS, COORDINATION = range(4)
LAEKEN_FAMILIES = 0
CPAS_SHARE = 4

EVERY_WHITE_SPACE = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
"""Every character Unicode counts as white space (as :meth:`str.isspace` knows it): the
ASCII ones, the no-break, em, thin and ideographic spaces, the line and paragraph
separators, and the rest."""


# --- how the tests run the rules -------------------------------------------------------


def findings(
    target: Dossier | Convention,
    *,
    language: str = "fr",
    today: dt.date | None = BEFORE_THE_START,
) -> tuple[Finding, ...]:
    """The findings of DEFINE and EVALUATE under the methodology profile."""
    return validated(target, OURS, today=today, language=language)


def found(target: Dossier | Convention) -> dict[str, list[str]]:
    """Each DEFINE or EVALUATE code found, with the paths it was found at."""
    return paths_by_code(findings(target))


def only(target: Dossier | Convention, code: str, language: str = "fr") -> Finding:
    return the_finding(findings(target, language=language), code)


def changed_objective(dossier: Dossier, at: int, **changes: Any) -> Dossier:
    objectives = list(dossier.convention.objectives)
    objectives[at] = attrs.evolve(objectives[at], **changes)
    return changed(dossier, objectives=tuple(objectives))


def changed_target_public(dossier: Dossier, at: int, **changes: Any) -> Dossier:
    publics = list(dossier.convention.target_publics)
    publics[at] = attrs.evolve(publics[at], **changes)
    return changed(dossier, target_publics=tuple(publics))


def changed_need(dossier: Dossier, at: int, **changes: Any) -> Dossier:
    needs = list(dossier.convention.needs)
    needs[at] = attrs.evolve(needs[at], **changes)
    return changed(dossier, needs=tuple(needs))


def changed_contribution(dossier: Dossier, at: int, **changes: Any) -> Dossier:
    contributions = list(dossier.convention.contributions)
    contributions[at] = attrs.evolve(contributions[at], **changes)
    return changed(dossier, contributions=tuple(contributions))


# --- the smallest change that breaks each rule ------------------------------------------


def a_convention_without_objectives() -> Dossier:
    return changed(brussels(), objectives=())


def a_workshop_objective_titled_with_an_em_space() -> Dossier:
    return changed_objective(brussels(), WORKSHOPS, title="\u2003\n")


def an_isolation_indicator_named_with_an_ideographic_space() -> Dossier:
    return changed_indicator(brussels(), ISOLATION, name="\u3000")


def a_basket_objective_without_indicators() -> Dossier:
    return changed_objective(brussels(), BASKETS, indicators=())


def a_participation_indicator_without_a_due_date() -> Dossier:
    return changed_indicator(brussels(), PARTICIPANTS, due=None)


def a_family_count_meant_to_decrease() -> Dossier:
    return changed_indicator(brussels(), FAMILIES, direction=Direction.DECREASE)


def a_convention_without_needs() -> Dossier:
    return changed(brussels(), needs=())


def a_volunteer_need_without_a_description() -> Dossier:
    return changed_need(brussels(), VOLUNTEERS, description="")


def a_kitchen_need_without_a_quantity() -> Dossier:
    return changed_need(brussels(), KITCHEN, quantity=None)


def a_kitchen_that_no_contribution_covers() -> Dossier:
    return changed_contribution(brussels(), 0, covers=())


def a_cpas_share_short_by_a_thousand_euros() -> Dossier:
    return changed_contribution(brussels(), CPAS_SHARE, amount=eur("2000.00"))


def a_convention_without_a_target_public() -> Dossier:
    return changed(brussels(), target_publics=())


def a_target_public_described_with_no_break_spaces() -> Dossier:
    return changed_target_public(brussels(), LAEKEN_FAMILIES, description="\u00a0\t\u00a0")


EXAMPLES: dict[str, ExampleBreak] = {
    "define.objectives.missing": ExampleBreak(
        a_convention_without_objectives, ["$.convention.objectives"]
    ),
    "define.objectives.untitled": ExampleBreak(
        a_workshop_objective_titled_with_an_em_space,
        [f"$.convention.objectives[{WORKSHOPS}].title"],
    ),
    "define.indicators.unnamed": ExampleBreak(
        an_isolation_indicator_named_with_an_ideographic_space,
        [f"{indicator_path(ISOLATION)}.name"],
    ),
    "define.objectives.no-measurable-indicator": ExampleBreak(
        a_basket_objective_without_indicators,
        [f"$.convention.objectives[{BASKETS}]"],
    ),
    "define.indicators.incomplete": ExampleBreak(
        a_participation_indicator_without_a_due_date,
        [indicator_path(PARTICIPANTS)],
    ),
    "define.indicators.direction-contradicts-target": ExampleBreak(
        a_family_count_meant_to_decrease,
        [indicator_path(FAMILIES)],
    ),
    "define.needs.missing": ExampleBreak(a_convention_without_needs, ["$.convention.needs"]),
    "define.needs.undescribed": ExampleBreak(
        a_volunteer_need_without_a_description,
        [f"$.convention.needs[{VOLUNTEERS}].description"],
    ),
    "define.needs.not-valued": ExampleBreak(
        a_kitchen_need_without_a_quantity,
        [f"$.convention.needs[{KITCHEN}]"],
    ),
    "define.needs.not-covered": ExampleBreak(
        a_kitchen_that_no_contribution_covers,
        [f"$.convention.needs[{KITCHEN}]"],
    ),
    "define.needs.funding-gap": ExampleBreak(
        a_cpas_share_short_by_a_thousand_euros, ["$.convention.needs"]
    ),
    "define.target-public.missing": ExampleBreak(
        a_convention_without_a_target_public,
        ["$.convention.target_publics"],
    ),
    "define.target-public.undescribed": ExampleBreak(
        a_target_public_described_with_no_break_spaces,
        [f"$.convention.target_publics[{LAEKEN_FAMILIES}].description"],
    ),
}
"""For each DEFINE rule, the smallest change to the Brussels dossier that breaks it alone."""


# --- the catalogue --------------------------------------------------------------------


def test_define_has_the_rules_of_the_seed_in_its_order() -> None:
    assert CODES == (
        "define.objectives.missing",
        "define.objectives.untitled",
        "define.indicators.unnamed",
        "define.objectives.no-measurable-indicator",
        "define.indicators.incomplete",
        "define.indicators.direction-contradicts-target",
        "define.needs.missing",
        "define.needs.undescribed",
        "define.needs.not-valued",
        "define.needs.not-covered",
        "define.needs.funding-gap",
        "define.target-public.missing",
        "define.target-public.undescribed",
    )
    assert set(EXAMPLES) == set(CODES)


def test_every_define_rule_belongs_to_the_define_step_and_names_its_seed_section() -> None:
    for rule in RULES:
        assert rule.step is MethodologyStep.DEFINE
        assert "§3 DEFINE" in rule.section


def test_what_is_missing_or_unsaid_is_an_error_and_what_is_imprecise_a_warning() -> None:
    # An objective, an indicator or a public that says nothing of itself is as good as
    # missing; a need without a description still has its category, and maybe its value.
    severities = {rule.code: rule.severity for rule in RULES}
    assert [code for code, s in severities.items() if s is Severity.ERROR] == [
        "define.objectives.missing",
        "define.objectives.untitled",
        "define.indicators.unnamed",
        "define.objectives.no-measurable-indicator",
        "define.needs.missing",
        "define.needs.not-covered",
        "define.target-public.missing",
        "define.target-public.undescribed",
    ]
    assert [code for code, s in severities.items() if s is Severity.WARNING] == [
        "define.indicators.incomplete",
        "define.indicators.direction-contradicts-target",
        "define.needs.undescribed",
        "define.needs.not-valued",
        "define.needs.funding-gap",
    ]


@pytest.mark.parametrize("profile", ["methodology", "collaboration", "consortium"])
def test_every_profile_asks_for_every_define_rule(profile: str) -> None:
    assert set(CODES) <= set(get_profile(profile).codes)


def test_define_needs_neither_a_dossier_nor_today() -> None:
    assert not any(rule.needs_dossier or rule.needs_today for rule in RULES)


# --- the complete example and each rule broken alone ------------------------------------


def test_the_brussels_example_breaks_no_define_or_evaluate_rule() -> None:
    assert found(brussels()) == {}
    assert findings(brussels(), today=None) == ()
    assert findings(brussels().convention) == ()


@pytest.mark.parametrize("code", CODES)
def test_the_smallest_change_breaks_that_rule_alone_at_its_path(code: str) -> None:
    assert_breaks_alone(code, EXAMPLES[code], OURS)


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_finding_is_said_in_each_language_with_its_placeholders_filled(
    code: str, language: str
) -> None:
    assert_said_in(language, code, EXAMPLES[code], OURS)


# --- define.objectives.missing ----------------------------------------------------------


def test_a_bare_convention_lacks_objectives_needs_and_public_at_its_own_root() -> None:
    assert found(Convention(name="Brouillon")) == {
        "define.objectives.missing": ["$.objectives"],
        "define.needs.missing": ["$.needs"],
        "define.target-public.missing": ["$.target_publics"],
        "evaluate.plan.missing": ["$.evaluation.moments"],
    }


def test_a_convention_without_objectives_is_told_so_in_three_languages() -> None:
    dossier = a_convention_without_objectives()
    assert only(dossier, "define.objectives.missing").message == (
        "La convention ne fixe aucun objectif."
    )
    assert only(dossier, "define.objectives.missing", "en").hint == (
        "Agree on what is at stake: add at least one objective, with its evaluation indicators."
    )
    assert only(dossier, "define.objectives.missing", "nl").message == (
        "De overeenkomst bevat geen enkele doelstelling."
    )


# --- define.objectives.no-measurable-indicator ------------------------------------------


def test_an_objective_without_indicators_names_its_title_and_id() -> None:
    finding = only(
        a_basket_objective_without_indicators(), "define.objectives.no-measurable-indicator"
    )
    assert finding.message == (
        "L'objectif «\u00a0Offrir chaque semaine un panier alimentaire de qualité\u00a0» "
        "(obj-paniers) n'a aucun indicateur mesurable."
    )
    assert finding.subjects == ("obj-paniers",)


@pytest.mark.parametrize(
    "lacking",
    [{"unit": None}, {"unit": "  "}, {"baseline": None}, {"target": None}],
)
def test_an_indicator_without_unit_baseline_or_target_is_not_measurable(
    lacking: dict[str, Any],
) -> None:
    dossier = changed_indicator(brussels(), FAMILIES, **lacking)
    assert found(dossier) == {
        "define.objectives.no-measurable-indicator": [f"$.convention.objectives[{BASKETS}]"],
        "define.indicators.incomplete": [indicator_path(FAMILIES)],
    }


def test_one_measurable_indicator_is_enough_for_its_objective() -> None:
    dossier = changed_indicator(brussels(), ISOLATION, unit=None)
    assert "define.objectives.no-measurable-indicator" not in found(dossier)


# --- define.indicators.incomplete -------------------------------------------------------


def test_an_incomplete_indicator_lists_every_missing_field() -> None:
    bare = Indicator(id="ind-nu", name="Indicateur à compléter", means_of_verification=" ")
    dossier = changed(
        brussels(), objectives=(Objective(id="obj-nu", title="Objectif", indicators=(bare,)),)
    )
    finding = only(dossier, "define.indicators.incomplete", "en")
    assert finding.path == "$.convention.objectives[0].indicators[0]"
    assert finding.subjects == ("ind-nu",)
    assert finding.message == (
        "The indicator 'Indicateur à compléter' (ind-nu) is incomplete "
        "(missing fields: unit, baseline, target, means_of_verification, due)."
    )


def test_an_incomplete_indicator_names_the_fields_in_every_language() -> None:
    dossier = changed_indicator(brussels(), ISOLATION, means_of_verification=None, due=None)
    assert only(dossier, "define.indicators.incomplete").message == (
        "L'indicateur «\u00a0Participants se disant isolés (questionnaire)\u00a0» "
        "(ind-isolement) est incomplet (champs manquants\u00a0: means_of_verification, due)."
    )
    assert "(means_of_verification)" in only(dossier, "define.indicators.incomplete", "nl").hint


# --- define.indicators.direction-contradicts-target -------------------------------------


@pytest.mark.parametrize(
    ("direction", "baseline", "target", "contradicts"),
    [
        (Direction.INCREASE, "0", "60", False),
        (Direction.INCREASE, "60", "60", False),
        (Direction.INCREASE, "60", "0", True),
        (Direction.DECREASE, "70", "40", False),
        (Direction.DECREASE, "70", "70", False),
        (Direction.DECREASE, "40", "70", True),
        (Direction.MAINTAIN, "25", "25.00", False),
        (Direction.MAINTAIN, "25", "24", True),
        (Direction.MAINTAIN, "25", "26", True),
    ],
)
def test_the_direction_of_an_indicator_must_lead_from_its_baseline_to_its_target(
    direction: Direction, baseline: str, target: str, contradicts: bool
) -> None:
    dossier = changed_indicator(
        brussels(),
        FAMILIES,
        direction=direction,
        baseline=Decimal(baseline),
        target=Decimal(target),
    )
    expected = {"define.indicators.direction-contradicts-target": [indicator_path(FAMILIES)]}
    assert found(dossier) == (expected if contradicts else {})


def test_a_contradicting_direction_is_shown_with_its_label_and_the_exact_figures() -> None:
    dossier = a_family_count_meant_to_decrease()
    code = "define.indicators.direction-contradicts-target"
    assert only(dossier, code, "en").message == (
        "For the indicator 'Familles servies chaque semaine' (ind-familles), the expected "
        "direction (to decrease) contradicts the target: 60 from a baseline of 0."
    )
    assert "(te verlagen)" in only(dossier, code, "nl").message
    assert "(à diminuer)" in only(dossier, code, "fr").message


def test_without_a_baseline_or_a_target_there_is_no_direction_to_contradict() -> None:
    for lacking in ("baseline", "target"):
        dossier = changed_indicator(
            brussels(), FAMILIES, direction=Direction.DECREASE, **{lacking: None}
        )
        assert "define.indicators.direction-contradicts-target" not in found(dossier)


# --- define.needs.missing ---------------------------------------------------------------


def test_a_convention_without_needs_is_told_so_once() -> None:
    finding = only(a_convention_without_needs(), "define.needs.missing", "nl")
    assert finding.message == "De overeenkomst vermeldt geen enkele behoefte."
    assert finding.subjects == ()


# --- define.needs.not-valued ------------------------------------------------------------


def test_a_need_without_amount_or_quantity_is_not_valued() -> None:
    finding = only(a_kitchen_need_without_a_quantity(), "define.needs.not-valued", "en")
    assert finding.message == "The need 'need-local' (infrastructure) is not valued."
    assert finding.subjects == ("need-local",)


def test_a_financial_need_with_only_a_quantity_is_not_valued() -> None:
    dossier = changed_need(
        brussels(), FOOD, amount=None, quantity=Quantity(value=Decimal(52), unit="colis")
    )
    assert found(dossier) == {"define.needs.not-valued": [f"$.convention.needs[{FOOD}]"]}
    assert "(financier)" in only(dossier, "define.needs.not-valued").message


def test_a_need_other_than_financial_may_be_valued_in_money() -> None:
    dossier = changed_need(brussels(), KITCHEN, quantity=None, amount=eur("0.00"))
    assert "define.needs.not-valued" not in found(dossier)


# --- define.needs.not-covered -----------------------------------------------------------


def test_a_need_covered_by_no_contribution_is_named() -> None:
    finding = only(a_kitchen_that_no_contribution_covers(), "define.needs.not-covered")
    assert finding.message == "Aucune contribution ne couvre le besoin «\u00a0need-local\u00a0»."
    assert finding.subjects == ("need-local",)


def test_one_contribution_covering_a_need_is_enough() -> None:
    dossier = changed_contribution(brussels(), CPAS_SHARE, covers=())
    assert found(dossier) == {}


def test_every_copy_of_an_uncovered_need_is_named_at_its_own_place() -> None:
    dossier = a_kitchen_that_no_contribution_covers()
    kitchen = dossier.convention.needs[KITCHEN]
    dossier = changed(dossier, needs=(*dossier.convention.needs, kitchen))
    assert found(dossier)["define.needs.not-covered"] == [
        f"$.convention.needs[{KITCHEN}]",
        "$.convention.needs[4]",
    ]


# --- define.needs.funding-gap -----------------------------------------------------------


def test_a_funding_gap_shows_the_exact_totals_in_every_language() -> None:
    dossier = a_cpas_share_short_by_a_thousand_euros()
    code = "define.needs.funding-gap"
    assert only(dossier, code).message == (
        "Les besoins chiffrés s'élèvent à 39500.00 EUR, mais les contributions n'apportent "
        "que 38500.00 EUR\u00a0: il manque 1000.00 EUR."
    )
    assert only(dossier, code, "en").message == (
        "The valued needs come to 39500.00 EUR, but the contributions bring only "
        "38500.00 EUR: 1000.00 EUR is missing."
    )
    assert only(dossier, code, "nl").message == (
        "De begrote behoeften bedragen 39500.00 EUR, maar de bijdragen brengen slechts "
        "38500.00 EUR op: er ontbreekt 1000.00 EUR."
    )
    assert only(dossier, code).subjects == ("need-vivres", "need-coordination")


def test_contributions_that_reach_or_exceed_the_needs_leave_no_gap() -> None:
    dossier = changed_contribution(brussels(), CPAS_SHARE, amount=eur("3000.01"))
    assert "define.needs.funding-gap" not in found(dossier)


def test_sums_are_exact_to_the_cent() -> None:
    dossier = changed_contribution(brussels(), CPAS_SHARE, amount=eur("2999.99"))
    assert "il manque 0.01 EUR" in only(dossier, "define.needs.funding-gap").message


def test_each_currency_is_weighed_on_its_own_and_never_converted() -> None:
    swiss = Need(
        id="need-chf",
        category=NeedCategory.FINANCIAL,
        amount=Money(amount=Decimal("800.00"), currency="CHF"),
    )
    dossier = changed(brussels(), needs=(*brussels().convention.needs, swiss))
    dossier = changed_contribution(dossier, 0, covers=("need-local", "need-chf"))
    dossier = changed_contribution(dossier, CPAS_SHARE, amount=eur("2000.00"))
    gaps = [f for f in findings(dossier, language="en") if f.code == "define.needs.funding-gap"]
    assert [(f.subjects, f.message.split(": ")[-1]) for f in gaps] == [
        (("need-vivres", "need-coordination"), "1000.00 EUR is missing."),
        (("need-chf",), "800.00 CHF is missing."),
    ]
    assert "but the contributions bring only 0 CHF" in gaps[1].message


def test_money_brought_in_a_currency_no_need_asks_for_fills_no_gap() -> None:
    dollars = Contribution(
        id="contrib-usd",
        kind=ContributionKind.FINANCIAL,
        amount=Money(amount=Decimal(5000), currency="USD"),
    )
    dossier = a_cpas_share_short_by_a_thousand_euros()
    dossier = changed(dossier, contributions=(*dossier.convention.contributions, dollars))
    assert found(dossier) == {"define.needs.funding-gap": ["$.convention.needs"]}


def test_amounts_are_summed_exactly_to_the_last_decimal() -> None:
    dossier = changed_need(brussels(), COORDINATION, amount=eur("9" * 20))
    dossier = changed_contribution(dossier, 2, amount=eur("1E-30"))
    message = only(dossier, "define.needs.funding-gap", "en").message
    assert f"come to 1{'0' * 15}17999.00 EUR, but" in message
    assert f"bring only 18000.{'0' * 29}1 EUR:" in message
    assert f": {'9' * 19}8.{'9' * 30} EUR is missing" in message


@pytest.mark.parametrize("side", ["need", "contribution"])
def test_a_total_beyond_any_budget_is_left_out_of_the_funding_check(side: str) -> None:
    dossier = a_cpas_share_short_by_a_thousand_euros()
    extreme = eur("9E+29")
    if side == "need":
        dossier = changed_need(
            changed_need(dossier, COORDINATION, amount=extreme), 0, amount=extreme
        )
    else:
        dossier = changed_contribution(
            changed_contribution(dossier, 2, amount=extreme), 3, amount=extreme
        )
    assert "define.needs.funding-gap" not in found(dossier)


# --- define.target-public.missing -------------------------------------------------------


def test_a_convention_without_a_target_public_is_told_so() -> None:
    finding = only(a_convention_without_a_target_public(), "define.target-public.missing")
    assert finding.message == "La convention ne précise aucun public cible."
    assert finding.hint == (
        "Décrivez pour qui est le projet\u00a0: le public cible, sa taille et ses "
        "caractéristiques."
    )


# --- define.objectives.untitled, define.indicators.unnamed, define.needs.undescribed, ---
# --- define.target-public.undescribed: a text that says nothing --------------------------


def written_everywhere(text: str) -> Dossier:
    """The Brussels dossier with ``text`` as the workshops' title, the isolation
    indicator's name, the volunteers need's description and the public's description."""
    dossier = changed_objective(brussels(), WORKSHOPS, title=text)
    dossier = changed_indicator(dossier, ISOLATION, name=text)
    dossier = changed_need(dossier, VOLUNTEERS, description=text)
    return changed_target_public(dossier, LAEKEN_FAMILIES, description=text)


BLANK_TEXTS = {
    "empty": "",
    "spaces": "   ",
    "tab and line feed": "\t\n",
    "no-break space": "\u00a0",
    "em and thin spaces": "\u2003\u2009",
    "ideographic space": "\u3000",
    "line and paragraph separators": "\u2028\u2029",
    "every Unicode white space": EVERY_WHITE_SPACE,
}


@pytest.mark.parametrize("text", BLANK_TEXTS.values(), ids=BLANK_TEXTS.keys())
def test_a_text_that_is_empty_or_only_white_space_of_any_kind_says_nothing(text: str) -> None:
    assert found(written_everywhere(text)) == {
        "define.objectives.untitled": [f"$.convention.objectives[{WORKSHOPS}].title"],
        "define.indicators.unnamed": [f"{indicator_path(ISOLATION)}.name"],
        "define.needs.undescribed": [f"$.convention.needs[{VOLUNTEERS}].description"],
        "define.target-public.undescribed": [
            f"$.convention.target_publics[{LAEKEN_FAMILIES}].description"
        ],
    }


@pytest.mark.parametrize(
    "text",
    ["x", " x ", "0", "·", "\u00a0Ateliers\u00a0", "\u3000食堂\u3000", "\u2003\n-\n"],
)
def test_one_visible_character_among_white_space_says_something(text: str) -> None:
    assert found(written_everywhere(text)) == {}


def test_an_untitled_objective_is_named_by_its_id_in_three_languages() -> None:
    dossier = a_workshop_objective_titled_with_an_em_space()
    code = "define.objectives.untitled"
    assert only(dossier, code).message == "L'objectif obj-ateliers n'a pas de titre."
    assert only(dossier, code, "en").message == "The objective obj-ateliers has no title."
    assert only(dossier, code, "nl").message == "De doelstelling obj-ateliers heeft geen titel."
    assert only(dossier, code, "en").hint == (
        "Say in a few words what the partners want to achieve."
    )
    assert only(dossier, code).subjects == ("obj-ateliers",)


@pytest.mark.parametrize(
    ("code", "language", "message", "subject"),
    [
        (
            "define.indicators.unnamed",
            "fr",
            "L'indicateur ind-isolement n'a pas de nom.",
            "ind-isolement",
        ),
        (
            "define.indicators.unnamed",
            "nl",
            "De indicator ind-isolement heeft geen naam.",
            "ind-isolement",
        ),
        (
            "define.needs.undescribed",
            "en",
            "The need need-benevoles is not described.",
            "need-benevoles",
        ),
        (
            "define.needs.undescribed",
            "fr",
            "Le besoin need-benevoles n'est pas décrit.",
            "need-benevoles",
        ),
        (
            "define.target-public.undescribed",
            "nl",
            "De doelgroep public-familles is niet beschreven.",
            "public-familles",
        ),
        (
            "define.target-public.undescribed",
            "en",
            "The target public public-familles is not described.",
            "public-familles",
        ),
    ],
)
def test_what_says_nothing_of_itself_is_named_by_its_id(
    code: str, language: str, message: str, subject: str
) -> None:
    finding = only(EXAMPLES[code].build(), code, language)
    assert finding.message == message
    assert finding.subjects == (subject,)


def test_every_objective_that_says_nothing_is_named_at_its_own_title() -> None:
    dossier = changed_objective(brussels(), BASKETS, title="")
    dossier = changed_objective(dossier, WORKSHOPS, title="\u00a0")
    assert found(dossier) == {
        "define.objectives.untitled": [
            f"$.convention.objectives[{BASKETS}].title",
            f"$.convention.objectives[{WORKSHOPS}].title",
        ]
    }


def test_indicators_are_named_at_their_place_in_their_own_objective() -> None:
    dossier = changed_indicator(brussels(), FAMILIES, name=" ")
    dossier = changed_indicator(dossier, ISOLATION, name="\u3000")
    assert found(dossier) == {
        "define.indicators.unnamed": [
            f"{indicator_path(FAMILIES)}.name",
            f"{indicator_path(ISOLATION)}.name",
        ]
    }


def test_a_blank_title_or_name_hides_nothing_else_that_is_wrong() -> None:
    dossier = changed_objective(brussels(), BASKETS, title="\u3000", indicators=())
    dossier = changed_indicator(dossier, ISOLATION, name="", due=None)
    assert found(dossier) == {
        "define.objectives.untitled": [f"$.convention.objectives[{BASKETS}].title"],
        "define.indicators.unnamed": [f"{indicator_path(ISOLATION)}.name"],
        "define.objectives.no-measurable-indicator": [f"$.convention.objectives[{BASKETS}]"],
        "define.indicators.incomplete": [indicator_path(ISOLATION)],
    }


def test_an_undescribed_need_is_still_valued_covered_and_weighed() -> None:
    # Only its description is missing: the kitchen is still covered by the contribution
    # that names it, the food still counted in the sums.
    dossier = changed_need(a_cpas_share_short_by_a_thousand_euros(), FOOD, description="")
    dossier = changed_need(dossier, KITCHEN, description="\u2002")
    assert found(dossier) == {
        "define.needs.undescribed": [
            f"$.convention.needs[{FOOD}].description",
            f"$.convention.needs[{KITCHEN}].description",
        ],
        "define.needs.funding-gap": ["$.convention.needs"],
    }
    assert "il manque 1000.00 EUR" in only(dossier, "define.needs.funding-gap").message


# --- never raising ----------------------------------------------------------------------


@given(gen.conventions, gen.dates, st.sampled_from(LANGUAGES))
def test_define_findings_are_said_for_any_convention(
    convention: Convention, today: dt.date, language: str
) -> None:
    for finding in validated(convention, CODES, today=today, language=language):
        assert finding.path.startswith("$.")
        assert finding.message
