"""Dates as clerks type them, and impossible dates named as impossible."""

from __future__ import annotations

import datetime as dt

import pytest

from townshipdesk.core.dates import parse_date
from townshipdesk.errors import DeadlineError
from townshipdesk.i18n import set_language


@pytest.mark.parametrize("text", ["2026-11-30", "2026/11/30", "2026.11.30", "2026年11月30日", "20261130",
                                  " 2026-11-30 ", "２０２６－１１－３０", "2026年11月30", "2026 年 11 月 30 日"])
def test_the_ways_clerks_write_a_date(text: str) -> None:
    assert parse_date(text) == dt.date(2026, 11, 30)


def test_month_and_day_without_leading_zero() -> None:
    assert parse_date("2027/1/5") == dt.date(2027, 1, 5)
    assert parse_date("2027年1月5日") == dt.date(2027, 1, 5)


@pytest.mark.parametrize(("text", "zh"), [("2026年2月30日", "2026年2月没有30日"), ("2026-02-29", "2026年2月没有29日"),
                                          ("2026-04-31", "2026年4月没有31日"), ("2026-13-01", "没有13月"),
                                          ("20260230", "2026年2月没有30日")])
def test_an_impossible_date_is_named_as_impossible(text: str, zh: str) -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_date(text)
    assert zh in str(caught.value) and "不存在" in str(caught.value)


def test_leap_day_exists_in_a_leap_year() -> None:
    assert parse_date("2028-02-29") == dt.date(2028, 2, 29)


@pytest.mark.parametrize("text", ["明天", "11/30", "2026-11", "30.11.2026", ""])
def test_what_is_not_a_date_says_how_to_write_one(text: str) -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_date(text)
    assert "2026年11月30日" in str(caught.value)


def test_the_message_in_english() -> None:
    set_language("en")
    try:
        with pytest.raises(DeadlineError) as caught:
            parse_date("2026-02-30")
        assert "does not exist" in str(caught.value) and "2026-02" in str(caught.value)
    finally:
        set_language("zh")



@pytest.mark.parametrize("value", [46356, 46356.0, 46356.75, "46356", "46356.0", dt.date(2026, 11, 30),
                                   dt.datetime(2026, 11, 30, 0, 0), "2026-11-30 00:00:00", "2026/11/30 09:30"])
def test_what_excel_hands_over(value: object) -> None:
    """Date cells arrive as dates, or as their serial when a cell's format was lost (WPS, csv)."""
    assert parse_date(value) == dt.date(2026, 11, 30)  # type: ignore[arg-type]


def test_excel_serials_around_its_invented_leap_day() -> None:
    assert parse_date(1) == dt.date(1900, 1, 1) and parse_date(59) == dt.date(1900, 2, 28)
    assert parse_date(61) == dt.date(1900, 3, 1) and parse_date(45658) == dt.date(2025, 1, 1)
    with pytest.raises(DeadlineError, match="1900年2月没有29日"):
        parse_date(60)
    with pytest.raises(DeadlineError, match="不是 Excel 日期序号"):
        parse_date(-3)
