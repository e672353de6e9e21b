"""A quarter or half said of a fiscal year is the fiscal year's (FY1999-Q1), TIMEX-style; its year is
counted from the day the text says the quarter ended, else it is the year the quarter was read in."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(1998, 11, 19)


def _values(text: str, published: date = PUB) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), published)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Profit in the first quarter of fiscal 1989 rose.", "the first quarter of fiscal 1989", "FY1989-Q1"),
    ("Sales for the first half of fiscal 1987 fell.", "the first half of fiscal 1987", "FY1987-H1"),
    ("Sales in the fiscal fourth quarter fell.", "the fiscal fourth quarter", "FY1998-Q4"),
    ("Its fiscal fourth-quarter profit fell.", "fiscal fourth-quarter", "FY1998-Q4"),
    # the day the quarter ended: the fiscal year runs on past it (Q1 ended Oct. 31: the year ends in July)
    ("Profit for its fiscal first quarter ended Oct. 31 rose.", "fiscal first quarter", "FY1999-Q1"),
    ("Profit in its fiscal first quarter rose 31 percent. Net income for the three months ended Sept. 30 "
     "was $4 million.", "fiscal first quarter", "FY1999-Q1"),
    # no "fiscal": a calendar quarter
    ("Sales in the fourth quarter fell.", "the fourth quarter", "1998-Q4"),
])
def test_a_fiscal_quarter_is_the_fiscal_years(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Sales in the fiscal first quarter rose from the year-earlier quarter.", "the year-earlier quarter",
     "FY1997-Q1"),
    ("Profit for its fiscal first quarter ended Oct. 31 rose from a year earlier.", "a year earlier",
     "FY1998-Q1"),
    ("Profit in the third quarter of 2012 rose from a year earlier.", "a year earlier", "2011-Q3"),
])
def test_a_year_before_a_fiscal_quarter_is_the_same_fiscal_quarter(text: str, expression: str,
                                                                    value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expressions"), [
    # two consecutive years in a sentence of public finance: the financial year they name
    ("It set a fiscal deficit target of 4.2% of GDP for 2027-28.", {"2027-28": "FY2028"}),
    ("Tax revenue will grow 10.8% in 2027-28.", {"2027-28": "FY2028"}),
    # elsewhere, two years
    ("He served on the board from 2019-21.", {"2019": "2019", "21": "2021"}),
])
def test_a_split_year_in_a_budget_is_a_financial_year(text: str, expressions: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expressions} == expressions


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "the current fiscal", "last fiscal": the fiscal year, as Indian English says it; in November
    # the year under way ends next year (India's in March), and is named for it
    ("The deficit was 4.5% for the current fiscal.", "the current fiscal", "FY1999"),
    ("Revenue rose 8% last fiscal.", "last fiscal", "FY1998"),
])
def test_fiscal_alone_after_this_last_next_is_the_fiscal_year(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_the_quarter_which_ended_on_a_day_sets_the_fiscal_year() -> None:
    # a fiscal year ending in June: the third quarter ended March 31, 1996, in fiscal 1996
    text = ("Halvorsen Foods said today that its earnings rose in its fiscal third quarter. Net income for "
            "the quarter, which ended March 31, rose to $48.3 million.")
    assert _values(text, date(1996, 4, 17))["fiscal third quarter"] == "FY1996-Q3"


def test_the_fiscal_quarter_which_ended_after_a_comma_sets_the_fiscal_year() -> None:
    # the third quarter ended Oct. 27: the fiscal year ends in January, and is named for that year
    text = "Revenue for the fiscal third quarter, which ended Oct. 27, rose 38% to $4.12 billion."
    assert _values(text, date(2024, 11, 21))["the fiscal third quarter"] == "FY2025-Q3"


@pytest.mark.parametrize(("published", "value"), [
    # the fiscal year under way: from October the next calendar year's (US federal, most states'),
    # before then this year's
    (date(1993, 10, 6), "FY1994"),
    (date(2024, 11, 21), "FY2025"),
    (date(2023, 5, 24), "FY2023"),
    (date(1985, 1, 22), "FY1985"),
])
def test_the_current_fiscal_year_is_named_for_the_year_it_ends_in(published: date, value: str) -> None:
    assert _values("Spending in the current fiscal year rose.", published)["the current fiscal year"] == value
