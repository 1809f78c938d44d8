"""The counting rules of issue 12, as the 民法典 (Arts. 201–204) counts periods, across the 2025–2027 holidays:
notice periods, fixed dates (期日), periods after a period's end, periods before an event, estimated years."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.deadlines import compute_deadline
from townshipdesk.core.notices import notice_period
from townshipdesk.core.statutory_holidays import statutory_holidays
from townshipdesk.core.workdays import WorkCalendar

D = dt.date
CAL: WorkCalendar = load_calendar()


# ---- 1. notice periods ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("posted", "days", "working", "end"),
    [
        (D(2026, 3, 3), 7, False, D(2026, 3, 10)),  # the example: the posting day is not counted
        (D(2026, 9, 25), 7, False, D(2026, 10, 8)),  # day 7 is 2 October (国庆): runs to the next working day
        (D(2026, 2, 12), 7, False, D(2026, 2, 24)),  # day 7 is 19 February (春节 2026, 15–23 Feb off)
        (D(2025, 4, 28), 5, False, D(2025, 5, 6)),  # day 5 is 3 May (劳动节 2025, 1–5 May off)
        (D(2026, 12, 25), 7, False, D(2027, 1, 4)),  # day 7 is 元旦 2027 (not yet published), then a weekend
        (D(2026, 9, 28), 5, True, D(2026, 10, 10)),  # working days 29, 30 Sep, 8, 9 Oct and the 调休 Saturday 10 Oct
    ],
)
def test_a_notice_ends_on_day_n_after_the_posting_day(posted: dt.date, days: int, working: bool, end: dt.date) -> None:
    period = notice_period(posted, days, working, CAL)
    assert (period.start, period.end) == (posted, end)


def test_a_notice_in_working_days_counts_from_the_first_working_day_after_posting() -> None:
    period = notice_period(D(2026, 2, 13), 3, True, CAL)  # Friday before 春节 2026; Saturday 14 Feb is 调休
    assert (period.first_day, period.end) == (D(2026, 2, 14), D(2026, 2, 25))  # 14 Feb, then 24 and 25 Feb


def test_the_office_setting_counts_the_posting_day() -> None:
    period = notice_period(D(2026, 3, 3), 7, False, CAL, posting_day_counts=True)
    assert (period.first_day, period.end, period.posting_day_counts) == (D(2026, 3, 3), D(2026, 3, 9), True)
    result = compute_deadline("公示期不少于7天", D(2026, 3, 3), CAL, posting_day_counts=True)
    assert result.due == D(2026, 3, 9) and any("张贴当日计入公示期" in line for line in result.explanation)


def test_a_notice_due_date_is_its_last_day_and_the_explanation_says_why() -> None:
    result = compute_deadline("公示期不少于7天", D(2026, 9, 25), CAL)
    data = result.to_json()
    assert data["due"] == "2026-10-08" and data["notice"]["start"] == "2026-09-25" and data["notice"]["end"] == "2026-10-08"
    text = "\n".join(result.explanation)
    assert "张贴当日 2026-09-25 不计入" in text and "第二百零三条" in text and "公示时间：2026-09-25 至 2026-10-08" in text


# ---- 2. fixed dates (期日) --------------------------------------------------------------------------------------
def test_a_fixed_date_on_a_rest_day_moves_earlier_and_says_so() -> None:
    result = compute_deadline("每年1月31日前", D(2026, 1, 5), CAL)
    assert result.due == D(2026, 1, 30)
    text = "\n".join(result.explanation)
    assert "期日" in text and "不向后顺延" in text and "此前最后一个工作日 2026-01-30" in text


@pytest.mark.parametrize(
    ("text", "start", "due"),
    [
        ("每月5日前", D(2026, 2, 1), D(2026, 2, 5)),
        ("每月5日前", D(2025, 10, 2), D(2025, 9, 30)),  # 5 Oct 2025 is in 国庆/中秋: the last working day before
        ("3月31日前", D(2026, 1, 10), D(2026, 3, 31)),
        ("次年1月底前", D(2027, 3, 1), D(2027, 1, 29)),  # 31 Jan 2027 is a Sunday (estimated year)
        ("每年5月1日前", D(2027, 2, 1), D(2027, 4, 30)),
    ],
)
def test_fixed_dates_are_never_later_than_stated(text: str, start: dt.date, due: dt.date) -> None:
    assert compute_deadline(text, start, CAL).due == due


# ---- 3. after a period ends ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "start", "due", "next_due"),
    [
        ("每季度结束后10日内", D(2026, 8, 20), D(2026, 7, 10), D(2026, 10, 10)),  # 10 Oct 2026 is a 调休 Saturday
        ("每季度结束后5日内", D(2025, 10, 20), D(2025, 10, 9), D(2026, 1, 5)),  # 5 Oct 2025 is in 国庆 → 9 Oct
        ("每季度结束后1个月内", D(2026, 5, 20), D(2026, 4, 30), D(2026, 7, 30)),  # Art. 202: 31 Mar → 30 Apr
        ("每月结束后5日内", D(2026, 2, 10), D(2026, 2, 5), D(2026, 3, 5)),
        ("年度终了后3个月内", D(2026, 6, 1), D(2026, 3, 31), D(2027, 3, 31)),
        ("次年3月底前", D(2026, 6, 1), D(2026, 3, 31), D(2027, 3, 31)),
        ("每季度结束后15个工作日内", D(2026, 10, 1), D(2026, 10, 27), D(2026, 10, 27)),
    ],
)
def test_periods_after_a_period_count_from_its_end(text: str, start: dt.date, due: dt.date, next_due: dt.date) -> None:
    result = compute_deadline(text, start, CAL)
    assert (result.kind, result.due, result.next_due) == ("periodic", due, next_due)


def test_the_entered_date_is_not_the_trigger() -> None:
    early, late = (compute_deadline("每季度结束后1个月内", day, CAL) for day in (D(2026, 4, 2), D(2026, 6, 29)))
    assert early.due == late.due == D(2026, 4, 30)
    assert any("不是录入的日期" in line for line in late.explanation)
    assert any("第二百零二条" in line for line in late.explanation)


# ---- 4. before an event ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "event", "due"),
    [
        ("开始日前20日发布公告", D(2026, 10, 21), D(2026, 9, 30)),  # 1 Oct is 国庆: moved earlier, never later
        ("会议召开5日前", D(2026, 2, 24), D(2026, 2, 14)),  # 19 Feb is 春节: the 调休 Saturday 14 Feb
        ("会议召开5日前", D(2026, 3, 10), D(2026, 3, 5)),
        ("提前3个工作日", D(2026, 10, 9), D(2026, 9, 29)),  # 8 Oct, 30 Sep, 29 Sep
        ("提前7日公告", D(2027, 5, 9), D(2027, 4, 30)),  # 2 May 2027 is 劳动节 (estimated), 1 May too
    ],
)
def test_before_an_event_counts_backwards_and_moves_earlier(text: str, event: dt.date, due: dt.date) -> None:
    result = compute_deadline(text, D(2026, 1, 5), CAL, event=event)
    assert (result.kind, result.due, result.needs_event) == ("before_event", due, False)
    assert result.to_json()["event"] == event.isoformat()


def test_before_an_event_without_its_date_is_flagged_not_computed_forwards() -> None:
    result = compute_deadline("开始日前20日发布公告", D(2026, 3, 2), CAL)
    assert result.due is None and result.needs_event
    data = result.to_json()
    assert data["needs_event"] is True and data["flag"] == "需要事件日期" and data["due"] is None
    assert any("需要事件日期" in line for line in result.explanation)


# ---- 5. years without a published schedule ----------------------------------------------------------------------------
def test_the_statutory_holidays_of_2027() -> None:
    days = statutory_holidays(2027)
    assert sorted(days) == [D(2027, 1, 1), D(2027, 2, 5), D(2027, 2, 6), D(2027, 2, 7), D(2027, 2, 8), D(2027, 4, 5),
                            D(2027, 5, 1), D(2027, 5, 2), D(2027, 6, 9), D(2027, 9, 15), D(2027, 10, 1), D(2027, 10, 2),
                            D(2027, 10, 3)]
    assert days[D(2027, 2, 5)] == "春节"  # 除夕


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_computed_holidays_agree_with_the_published_schedules(year: int) -> None:
    published = CAL.years[year]
    off = {d.date for d in published.days if d.is_off_day}
    assert set(statutory_holidays(year)) <= off


def test_an_estimate_skips_new_year_2027() -> None:
    result = compute_deadline("自作出决定之日起1个工作日内", D(2026, 12, 31), CAL)
    assert result.due == D(2027, 1, 4) and result.estimated  # 1 Jan 2027 (Friday) is 元旦, then the weekend
    assert "调休未知" in result.to_json()["warning"]


# ---- properties ---------------------------------------------------------------------------------------------------
dates = st.dates(min_value=D(2024, 1, 1), max_value=D(2029, 12, 31))


@settings(max_examples=300, deadline=None)
@given(posted=dates, n=st.integers(min_value=1, max_value=45), working=st.booleans())
def test_a_notice_never_ends_before_d_plus_n(posted: dt.date, n: int, working: bool) -> None:
    period = notice_period(posted, n, working, CAL)
    assert period.end >= posted + dt.timedelta(days=n)
    assert CAL.is_workday(period.end)
    if working:
        assert CAL.workdays_between(posted, period.end) == n


@settings(max_examples=300, deadline=None)
@given(start=dates, month=st.integers(min_value=1, max_value=12), day=st.integers(min_value=1, max_value=28),
       monthly=st.booleans())
def test_a_fixed_date_is_never_after_its_date(start: dt.date, month: int, day: int, monthly: bool) -> None:
    text = f"每月{day}日前" if monthly else f"每年{month}月{day}日前"
    result = compute_deadline(text, start, CAL)
    for due in (result.due, result.next_due):
        assert due is not None and CAL.is_workday(due)
        stated = due.replace(day=day) if monthly else dt.date(due.year, month, day)
        if stated < due:  # the due date belongs to the next month/year's date (moved back across its start)
            stated = (stated.replace(day=28) + dt.timedelta(days=7)).replace(day=day) if monthly \
                else stated.replace(year=stated.year + 1)
        assert due <= stated and (stated - due).days < 15


future = st.dates(min_value=D(2027, 1, 1), max_value=D(2031, 12, 31))


@settings(max_examples=300, deadline=None)
@given(start=future, n=st.integers(min_value=1, max_value=40),
       text=st.sampled_from(["{n}个工作日内", "批复后{n}日内", "公示期不少于{n}天", "公示{n}个工作日", "会议召开{n}日前"]))
def test_an_estimate_never_lands_on_a_statutory_holiday(start: dt.date, n: int, text: str) -> None:
    result = compute_deadline(text.format(n=n), start, CAL, event=start + dt.timedelta(days=60))
    assert result.due is not None and result.estimated
    assert result.due not in statutory_holidays(result.due.year)
    assert CAL.is_workday(result.due)


@settings(max_examples=200, deadline=None)
@given(event=dates, n=st.integers(min_value=1, max_value=30), working=st.booleans())
def test_before_an_event_is_never_later_than_n_days_before_it(event: dt.date, n: int, working: bool) -> None:
    unit = "个工作日" if working else "日"
    result = compute_deadline(f"开始日前{n}{unit}", D(2024, 1, 1), CAL, event=event)
    assert result.due is not None and result.due <= event - dt.timedelta(days=n) and CAL.is_workday(result.due)
