"""The management of funds (seed §4, tracing): who holds them, the budget, the reports owed."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import attrs
import pytest

from partnership_model import (
    BudgetLine,
    FundManagement,
    Money,
    NeedCategory,
    ReportingDuty,
    SerializationError,
    from_json,
    to_dict,
    to_json,
)
from tests.brussels import eur
from tests.support import assert_refused

# --- BudgetLine -------------------------------------------------------------------------------


def test_a_budget_line_needs_an_id_a_label_and_an_amount() -> None:
    line = BudgetLine(id="rent", label="Location du local", amount=eur("1200.00"))
    assert line.category is None
    assert line.source is None
    assert line.subsidy is False


def test_a_budget_line_says_what_it_is_for_and_where_it_comes_from() -> None:
    line = BudgetLine(
        id="animator",
        label="Animateur (mi-temps)",
        amount=eur("18000.00"),
        category=NeedCategory.HUMAN_RESOURCES,
        source="COCOF, appel à projets cohésion sociale",
    )
    assert line.category is NeedCategory.HUMAN_RESOURCES
    assert line.source == "COCOF, appel à projets cohésion sociale"


@pytest.mark.parametrize("bad_id", ["", "a b"])
def test_a_budget_line_refuses_a_malformed_id(bad_id: str) -> None:
    assert_refused(
        lambda: BudgetLine(id=bad_id, label="l", amount=eur("1")), "BudgetLine.id", bad_id
    )


def test_a_budget_line_refuses_a_plain_string_category_and_lists_the_codes() -> None:
    error = assert_refused(
        lambda: BudgetLine(
            id="b",
            label="l",
            amount=eur("1"),
            category="financial",  # type: ignore[arg-type]
        ),
        "BudgetLine.category",
        "financial",
    )
    for category in NeedCategory:
        assert category.value in error.reason


def test_a_budget_line_refuses_non_text_label_and_source() -> None:
    assert_refused(
        lambda: BudgetLine(id="b", label=None, amount=eur("1")),  # type: ignore[arg-type]
        "BudgetLine.label",
        None,
    )
    assert_refused(
        lambda: BudgetLine(id="b", label="l", amount=eur("1"), source=3),  # type: ignore[arg-type]
        "BudgetLine.source",
        3,
    )


COCOF = "Commission communautaire française (COCOF)"


def a_subsidy_line() -> BudgetLine:
    return BudgetLine(
        id="bl-vivres",
        label="Vivres (subside Cohésion sociale)",
        amount=eur("12000.00"),
        category=NeedCategory.FINANCIAL,
        source=COCOF,
        subsidy=True,
    )


def test_a_subsidy_line_names_its_funder_as_its_source() -> None:
    line = a_subsidy_line()
    assert line.subsidy is True
    assert line.source == COCOF


@pytest.mark.parametrize("subsidy", [1, 0, "yes", "false", None])
def test_a_budget_line_is_a_subsidy_or_not_nothing_merely_truthy(subsidy: object) -> None:
    error = assert_refused(
        lambda: BudgetLine(
            id="b",
            label="l",
            amount=eur("1"),
            subsidy=subsidy,  # type: ignore[arg-type]
        ),
        "BudgetLine.subsidy",
        subsidy,
    )
    assert error.reason == "expected True or False"


def test_evolve_checks_the_subsidy_flag_too() -> None:
    assert_refused(
        lambda: attrs.evolve(a_subsidy_line(), subsidy="no"),  # type: ignore[arg-type]
        "BudgetLine.subsidy",
        "no",
    )


def test_the_subsidy_flag_goes_through_json() -> None:
    for line in (a_subsidy_line(), BudgetLine(id="rent", label="Loyer", amount=eur("1200"))):
        text = to_json(line)
        assert json.loads(text)["subsidy"] is line.subsidy
        assert from_json(text, BudgetLine) == line


def test_a_budget_line_written_before_the_subsidy_flag_existed_is_no_subsidy() -> None:
    document = to_dict(a_subsidy_line())
    del document["subsidy"]
    line = from_json(json.dumps(document), BudgetLine)
    assert line.subsidy is False
    assert line == attrs.evolve(a_subsidy_line(), subsidy=False)


def test_reading_a_budget_line_refuses_a_subsidy_flag_written_as_text() -> None:
    document = {**to_dict(a_subsidy_line()), "subsidy": "true"}
    with pytest.raises(SerializationError) as caught:
        from_json(json.dumps(document), BudgetLine)
    assert [(p.path, p.value) for p in caught.value.problems] == [("$.subsidy", "true")]


def test_a_budget_amount_itself_refuses_a_float_or_a_negative_amount() -> None:
    assert_refused(
        lambda: Money(amount=1200.0, currency="EUR"),  # type: ignore[arg-type]
        "Money.amount",
        1200.0,
    )
    assert_refused(
        lambda: Money(amount=Decimal("-1"), currency="EUR"), "Money.amount", Decimal("-1")
    )


# --- ReportingDuty --------------------------------------------------------------------------


def test_a_reporting_duty_needs_an_id_and_a_recipient() -> None:
    duty = ReportingDuty(id="subsidy-report", recipient="COCOF")
    assert duty.description == ""
    assert duty.due is None
    assert duty.step is None


def test_a_reporting_duty_may_be_due_on_a_day_and_prepared_in_a_step() -> None:
    duty = ReportingDuty(
        id="subsidy-report",
        recipient="COCOF",
        description="Rapport d'activités et justificatifs",
        due=dt.date(2028, 3, 31),
        step="prepare-report",
    )
    assert duty.due == dt.date(2028, 3, 31)
    assert duty.step == "prepare-report"


def test_a_reporting_duty_refuses_an_instant_where_its_due_day_is_meant() -> None:
    instant = dt.datetime(2028, 3, 31, 23, 59)
    assert_refused(
        lambda: ReportingDuty(id="r", recipient="COCOF", due=instant), "ReportingDuty.due", instant
    )


@pytest.mark.parametrize("bad_id", ["", "a b"])
def test_a_reporting_duty_refuses_malformed_ids(bad_id: str) -> None:
    assert_refused(lambda: ReportingDuty(id=bad_id, recipient="COCOF"), "ReportingDuty.id", bad_id)
    assert_refused(
        lambda: ReportingDuty(id="r", recipient="COCOF", step=bad_id),
        "ReportingDuty.step",
        bad_id,
    )


def test_a_reporting_duty_refuses_a_non_text_recipient() -> None:
    assert_refused(
        lambda: ReportingDuty(id="r", recipient=None),  # type: ignore[arg-type]
        "ReportingDuty.recipient",
        None,
    )


# --- FundManagement -------------------------------------------------------------------------


def test_fund_management_may_be_left_empty_in_a_draft() -> None:
    funds = FundManagement()
    assert funds.holder is None
    assert funds.description == ""
    assert funds.budget == ()
    assert funds.reporting == ()
    assert funds.totals() == {}


def test_totals_are_exact_decimal_sums() -> None:
    funds = FundManagement(
        holder="cpas",
        budget=(
            BudgetLine(id="a", label="a", amount=eur("0.10")),
            BudgetLine(id="b", label="b", amount=eur("0.20")),
            BudgetLine(id="c", label="c", amount=eur("1250.00")),
        ),
    )
    total = funds.totals()["EUR"]
    assert total == eur("1250.30")
    assert str(total.amount) == "1250.30"


def test_totals_are_kept_apart_per_currency_in_order_of_first_appearance() -> None:
    funds = FundManagement(
        budget=(
            BudgetLine(id="a", label="a", amount=eur("100")),
            BudgetLine(id="b", label="b", amount=Money(amount=Decimal("50"), currency="CHF")),
            BudgetLine(id="c", label="c", amount=eur("25.50")),
        )
    )
    totals = funds.totals()
    assert list(totals) == ["EUR", "CHF"]
    assert totals["EUR"] == eur("125.50")
    assert totals["CHF"] == Money(amount=Decimal("50"), currency="CHF")


def test_fund_management_refuses_lists_instead_of_tuples() -> None:
    lines = [BudgetLine(id="a", label="a", amount=eur("1"))]
    assert_refused(
        lambda: FundManagement(budget=lines),  # type: ignore[arg-type]
        "FundManagement.budget",
        lines,
    )
    duties = [ReportingDuty(id="r", recipient="COCOF")]
    assert_refused(
        lambda: FundManagement(reporting=duties),  # type: ignore[arg-type]
        "FundManagement.reporting",
        duties,
    )


@pytest.mark.parametrize("bad_id", ["", "a b"])
def test_fund_management_refuses_a_malformed_holder_id(bad_id: str) -> None:
    assert_refused(lambda: FundManagement(holder=bad_id), "FundManagement.holder", bad_id)


def test_fund_management_refuses_a_non_text_description() -> None:
    assert_refused(
        lambda: FundManagement(description=None),  # type: ignore[arg-type]
        "FundManagement.description",
        None,
    )


# --- immutability and value semantics -------------------------------------------------------


def test_fund_values_are_frozen() -> None:
    funds = FundManagement(holder="cpas")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        funds.holder = "amo"  # type: ignore[misc]
    line = BudgetLine(id="a", label="a", amount=eur("1"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        line.amount = eur("2")  # type: ignore[misc]


def test_fund_values_are_equal_by_value_and_hashable() -> None:
    def build() -> FundManagement:
        return FundManagement(
            holder="cpas",
            budget=(BudgetLine(id="a", label="a", amount=eur("10.00")),),
            reporting=(ReportingDuty(id="r", recipient="COCOF", due=dt.date(2028, 3, 31)),),
        )

    first, second = build(), build()
    assert first == second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1


def test_totals_do_not_change_the_budget() -> None:
    funds = FundManagement(budget=(BudgetLine(id="a", label="a", amount=eur("10")),))
    funds.totals()["EUR"] = eur("0")
    assert funds.totals() == {"EUR": eur("10")}
