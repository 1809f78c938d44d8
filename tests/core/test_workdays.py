"""The working-day calendar across the 2025 and 2026 holidays, with 调休 weekends, and unknown years."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.calendars import schedule
from townshipdesk.core.calendar_store import load_calendar, store_year, year_infos
from townshipdesk.core.store import Database
from townshipdesk.core.workdays import WorkCalendar, load_year_file, parse_year
from townshipdesk.errors import CalendarError

D = dt.date


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return load_calendar()


def test_shipped_years_cover_2020_to_2026(cal: WorkCalendar) -> None:
    assert set(range(2020, 2027)) <= set(cal.known_years)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2025, 1, 26), True),  # Sunday before 春节 2025: 调休 working day
        (D(2025, 1, 28), False),  # 除夕 2025
        (D(2025, 2, 4), False),  # last day of 春节 2025
        (D(2025, 2, 8), True),  # Saturday 调休
        (D(2025, 9, 28), True),  # Sunday before 国庆 2025: 调休
        (D(2025, 10, 8), False),  # 国庆/中秋 2025 run to 8 October
        (D(2025, 10, 11), True),  # Saturday 调休
        (D(2026, 2, 14), True),  # Saturday before 春节 2026: 调休
        (D(2026, 2, 16), False),  # 春节 2026
        (D(2026, 2, 23), False),
        (D(2026, 2, 28), True),  # Saturday 调休
        (D(2026, 10, 7), False),  # 国庆 2026
        (D(2026, 10, 10), True),  # Saturday 调休
        (D(2026, 10, 11), False),  # an ordinary Sunday
        (D(2026, 10, 12), True),  # an ordinary Monday
    ],
)
def test_holidays_and_swapped_weekends(cal: WorkCalendar, day: dt.date, working: bool) -> None:
    assert cal.is_workday(day) is working


def test_counting_working_days_across_national_day(cal: WorkCalendar) -> None:
    # 2026-09-30 (Wed): 1 Oct–7 Oct off, 8 Oct day 1, 9 Oct day 2, Sat 10 Oct (调休) day 3.
    assert cal.add_workdays(D(2026, 9, 30), 1) == D(2026, 10, 8)
    assert cal.add_workdays(D(2026, 9, 30), 3) == D(2026, 10, 10)
    assert cal.workdays_between(D(2026, 9, 30), D(2026, 10, 10)) == 3


def test_counting_across_spring_festival_2025(cal: WorkCalendar) -> None:
    # Fri 24 Jan 2025 → Sun 26 Jan (调休) is day 1, Mon 27 Jan day 2, then 28 Jan–4 Feb off.
    assert cal.add_workdays(D(2025, 1, 24), 1) == D(2025, 1, 26)
    assert cal.add_workdays(D(2025, 1, 24), 3) == D(2025, 2, 5)


def test_unknown_years_keep_their_statutory_holidays_and_are_flagged(cal: WorkCalendar) -> None:
    assert not cal.is_known(2031)
    assert cal.estimated(D(2026, 12, 1), D(2031, 1, 5))
    assert not cal.estimated(D(2026, 1, 1), D(2026, 12, 31))
    assert not cal.is_workday(D(2031, 1, 1))  # a Wednesday, but 元旦 is a statutory holiday every year
    assert cal.estimated_holiday(D(2031, 1, 1)) == "元旦"
    assert cal.add_workdays(D(2031, 1, 3), 1) == D(2031, 1, 6)  # Friday → Monday
    assert cal.add_workdays(D(2030, 12, 31), 1) == D(2031, 1, 2)  # over 元旦


def test_imported_year_overrides_and_is_listed(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "2027.json"
    path.write_text(json.dumps(schedule(2027), ensure_ascii=False), encoding="utf-8")
    store_year(db, load_year_file(path), origin="file", source=path.name)
    cal = load_calendar(db)
    assert cal.is_known(2027) and not cal.is_workday(D(2027, 1, 1)) and cal.is_workday(D(2027, 2, 13))
    info = {i.year: i for i in year_infos(db)}[2027]
    assert (info.origin, info.holidays, info.workdays) == ("file", 31, 4)


def test_a_fragment_of_a_year_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "2027.json"
    path.write_text(json.dumps({"year": 2027, "days": []}), encoding="utf-8")
    with pytest.raises(CalendarError, match="只有 0 天放假"):
        load_year_file(path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"year": 2027, "days": [{"name": "x", "date": "2026-12-31", "isOffDay": True}]}, "不在 2027 年内"),
        ({"year": 2027, "days": [{"date": "2027-01-01", "isOffDay": True}, {"date": "2027-01-01", "isOffDay": False}]},
         "重复"),
        ({"year": 2027, "days": [{"date": "2027-02-30", "isOffDay": True}]}, "不是 YYYY-MM-DD"),
        ({"year": 2027, "days": [{"date": "2027-01-01", "isOffDay": "yes"}]}, "isOffDay 应为 true 或 false"),
        ({"days": []}, "格式不对"),
        ([1, 2, 3], "格式不对"),
        ({"year": "abcd", "days": []}, "年份"),
    ],
)
def test_bad_year_files_are_refused_with_the_reason(data: object, message: str) -> None:
    with pytest.raises(CalendarError, match=message):
        parse_year(data)


def test_a_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "2027.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(CalendarError, match="“2027.json”第1行第3列附近应是用英文双引号括起来的名称"):
        load_year_file(path)
