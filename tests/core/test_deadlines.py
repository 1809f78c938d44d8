"""Due dates for every rule kind, and invariants checked over many dates and lengths (hypothesis)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.deadlines import compute_deadline
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.errors import DeadlineError

D = dt.date
CAL: WorkCalendar = load_calendar()


@pytest.mark.parametrize(
    ("text", "start", "due", "kind"),
    [
        ("自信息形成之日起20个工作日内", D(2026, 9, 20), D(2026, 10, 23), "working_days"),  # 中秋 + 国庆 + 调休
        ("自作出决定之日起7个工作日内", D(2026, 2, 12), D(2026, 2, 28), "working_days"),  # 14 and 28 Feb are 调休
        ("20工作日", D(2025, 1, 20), D(2025, 2, 21), "working_days"),  # across 春节 2025
        ("部门预算经本级财政部门批复后20日内公开", D(2026, 9, 11), D(2026, 10, 8), "calendar_days"),  # ends 1 Oct → 8 Oct
        ("批复后20日内", D(2026, 3, 2), D(2026, 3, 23), "calendar_days"),  # 22 Mar is a Sunday → Monday
        ("实时公开", D(2026, 5, 1), D(2026, 5, 1), "realtime"),
        ("及时公开", D(2026, 9, 20), D(2026, 10, 23), "timely"),
        ("信息形成或变更之日起", D(2026, 9, 20), D(2026, 10, 23), "timely"),
        ("公示期不少于7天", D(2026, 3, 3), D(2026, 3, 10), "notice"),  # posting day not counted
        ("公示期不少于7天", D(2026, 3, 1), D(2026, 3, 9), "notice"),  # day 7 is Sunday 8 March → Monday
        ("公示期不少于7天", D(2026, 9, 25), D(2026, 10, 8), "notice"),  # day 7 is 2 October, inside 国庆
        ("公示7个工作日", D(2026, 9, 28), D(2026, 10, 13), "notice"),  # 29, 30 Sep, 8, 9, 10 (调休), 12, 13 Oct
        ("每季度", D(2026, 5, 1), D(2026, 6, 30), "periodic"),
        ("每月", D(2026, 2, 3), D(2026, 2, 28), "periodic"),  # the last working day: the 调休 Saturday
        ("每年1月31日前", D(2026, 5, 1), D(2026, 1, 30), "periodic"),  # 31 Jan 2026 is a Saturday: the Friday before
        ("每年1月31日前", D(2026, 1, 5), D(2026, 1, 30), "periodic"),
        ("每月10日前公开上月情况", D(2026, 5, 20), D(2026, 5, 9), "periodic"),  # Sunday 10 May → the 调休 Saturday 9 May
        ("每月5日前", D(2025, 10, 1), D(2025, 9, 30), "periodic"),  # 5 Oct 2025 is in 国庆: the working day before
        ("依申请公开按《条例》规定时限", D(2026, 9, 20), D(2026, 10, 23), "on_request"),
    ],
)
def test_due_dates(text: str, start: dt.date, due: dt.date, kind: str) -> None:
    result = compute_deadline(text, start, CAL)
    assert (result.due, result.kind, result.estimated) == (due, kind, False)


@pytest.mark.parametrize(
    ("text", "start", "due", "next_due"),
    [
        ("于3月31日前公开", D(2026, 3, 1), D(2026, 3, 31), D(2026, 3, 31)),  # a date without 每年: every year
        ("次年1月31日前", D(2026, 3, 1), D(2026, 1, 30), D(2027, 1, 29)),  # 31 Jan 2027 is a Sunday: Friday 29th
        ("次年1月底前", D(2026, 3, 1), D(2026, 1, 30), D(2027, 1, 29)),
        ("1月31日前", D(2025, 1, 10), D(2025, 1, 27), D(2025, 1, 27)),  # 31 Jan 2025 is in 春节: Monday 27th
        ("每年一季度", D(2026, 2, 1), D(2026, 3, 31), D(2026, 3, 31)),
        ("每年第二季度公开", D(2026, 7, 1), D(2026, 6, 30), D(2027, 6, 30)),
        ("每年上半年", D(2026, 2, 1), D(2026, 6, 30), D(2026, 6, 30)),
        ("2026年3月31日前", D(2026, 5, 1), D(2026, 3, 31), D(2026, 3, 31)),  # that one date, already past
    ],
)
def test_dates_in_the_year(text: str, start: dt.date, due: dt.date, next_due: dt.date) -> None:
    result = compute_deadline(text, start, CAL)
    assert (result.kind, result.due, result.next_due) == ("periodic", due, next_due)


@pytest.mark.parametrize("text", ["0个工作日内", "3月1日起施行", "零日内"])
def test_texts_stating_no_period_are_flagged_not_guessed(text: str) -> None:
    with pytest.raises(DeadlineError):
        compute_deadline(text, D(2026, 3, 1), CAL)


def test_standing_items_have_no_due_date() -> None:
    result = compute_deadline("长期公开", D(2026, 1, 5), CAL)
    assert result.due is None and result.kind == "standing"


def test_periodic_rules_also_give_the_next_deadline() -> None:
    result = compute_deadline("每月10日前公开上月情况", D(2026, 5, 20), CAL)
    assert result.next_due == D(2026, 6, 10)
    assert result.period == (D(2026, 5, 1), D(2026, 5, 31))


def test_assumed_rules_say_so() -> None:
    result = compute_deadline("发放后及时公开，每年至少一次", D(2026, 3, 2), CAL)
    assert result.assumed and any("第二十六条" in line for line in result.explanation)


def test_dates_past_the_known_years_are_estimates() -> None:
    result = compute_deadline("自作出决定之日起7个工作日内", D(2031, 1, 2), CAL)
    assert result.estimated and result.to_json()["warning"] == "节假日安排未发布，按法定节假日和周末估算（调休未知）"
    assert result.due == D(2031, 1, 13)


def test_text_without_a_rule_is_refused() -> None:
    with pytest.raises(DeadlineError, match="无法从“按上级要求”识别出公开时限规则"):
        compute_deadline("按上级要求", D(2026, 1, 5), CAL)


dates = st.dates(min_value=D(2020, 1, 1), max_value=D(2028, 12, 31))


@settings(max_examples=300, deadline=None)
@given(start=dates, n=st.integers(min_value=1, max_value=60))
def test_working_day_due_dates_are_working_days_after_the_start(start: dt.date, n: int) -> None:
    due = compute_deadline(f"自作出决定之日起{n}个工作日内", start, CAL).due
    assert due is not None and due > start
    assert CAL.is_workday(due)
    assert CAL.workdays_between(start, due) == n


@settings(max_examples=200, deadline=None)
@given(start=dates, n=st.integers(min_value=1, max_value=59))
def test_due_dates_grow_with_n(start: dt.date, n: int) -> None:
    shorter = compute_deadline(f"{n}个工作日内", start, CAL).due
    longer = compute_deadline(f"{n + 1}个工作日内", start, CAL).due
    assert shorter is not None and longer is not None and shorter < longer


@settings(max_examples=200, deadline=None)
@given(start=dates, n=st.integers(min_value=1, max_value=60), unit=st.sampled_from(["个工作日", "日"]))
def test_due_dates_never_go_back_when_the_start_moves_on(start: dt.date, n: int, unit: str) -> None:
    today = compute_deadline(f"{n}{unit}内", start, CAL).due
    tomorrow = compute_deadline(f"{n}{unit}内", start + dt.timedelta(days=1), CAL).due
    assert today is not None and tomorrow is not None and today <= tomorrow


@settings(max_examples=200, deadline=None)
@given(start=dates, n=st.integers(min_value=1, max_value=60))
def test_calendar_day_periods_end_on_a_working_day_no_earlier_than_n_days(start: dt.date, n: int) -> None:
    due = compute_deadline(f"批复后{n}日内", start, CAL).due
    assert due is not None and CAL.is_workday(due) and due >= start + dt.timedelta(days=n)
