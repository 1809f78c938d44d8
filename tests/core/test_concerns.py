"""The 回应关切 register: numbers, the 24/48-hour clock (clock hours, straight through a holiday), responses and
their refusals, local time shown and UTC stored, and the periodic list."""

from __future__ import annotations

import datetime as dt

import pytest

from townshipdesk.core.concern_report import concern_report
from townshipdesk.core.concerns import Concerns, to_json
from townshipdesk.core.dates import parse_datetime
from townshipdesk.core.store import Database
from townshipdesk.errors import ConcernError, DeadlineError
from townshipdesk.i18n import set_language


class Clock:
    """A settable "now" (Beijing time), as the office's clock would move on."""

    def __init__(self, text: str) -> None:
        self.at = parse_datetime(text)

    def __call__(self) -> dt.datetime:
        return self.at

    def set(self, text: str) -> None:
        self.at = parse_datetime(text)


def test_major_and_ordinary_across_the_national_day_holiday(township_db: Database) -> None:
    now = Clock("2026-09-30 18:05")
    register = Concerns(township_db, now=now)
    # Seen on the eve of 国庆 (1–7 Oct 2026 off): 48 clock hours end on Friday 2 Oct, a holiday — hours do not wait.
    ordinary = register.add(parse_datetime("2026-09-30 18:00"), "村民反映", "集镇自来水停水三天无人解释",
                            responder="党政办 王强")
    assert (ordinary.number, ordinary.seen_at) == ("关切2026-001", "2026-09-30T10:00:00Z")  # stored in UTC
    clock = register.clock(ordinary)
    assert to_json(ordinary, clock)["due"] == "2026-10-02T18:00"  # shown in Beijing time
    assert (clock.state, clock.minutes_left, clock.hours_left) == ("open", 47 * 60 + 55, 47.9)

    now.set("2026-10-03 22:30")
    major = register.add(parse_datetime("2026-10-03 22:15"), "网络", "网传某村山体滑坡致人员伤亡", major=True)
    assert major.number == "关切2026-002"
    assert to_json(major, register.clock(major))["due"] == "2026-10-04T22:15"  # Sunday, mid-holiday
    assert register.clock(ordinary).state == "overdue" and register.clock(ordinary).late_minutes == 28 * 60 + 30
    # Overdue first, then by the time left.
    assert [c.number for c, _ in register.open_due()] == ["关切2026-001", "关切2026-002"]

    now.set("2026-10-04 21:00")
    answered = register.respond(major.number, parse_datetime("2026-10-04 20:40"), "政务新媒体", "经核实，系旧闻翻炒，无人员伤亡。")
    assert register.clock(answered).state == "responded"
    late = register.respond("关切2026-001", parse_datetime("2026-10-04 21:00"), "村务公开栏", "系管网抢修，已恢复供水。")
    late_clock = register.clock(late)
    assert (late_clock.state, late_clock.late_minutes, late_clock.minutes_left) == ("late", 51 * 60, None)
    assert register.open_due() == []


def test_numbers_follow_the_year_of_the_local_seen_time(township_db: Database) -> None:
    register = Concerns(township_db, now=dt.datetime(2027, 1, 2, 12, 0))
    # 31 Dec 2026 23:50 in Beijing is 15:50 UTC: the 2026 series; 1 Jan 2027 00:10 Beijing starts 2027's.
    assert register.add(parse_datetime("2026-12-31 23:50"), "媒体", "跨年").number == "关切2026-001"
    assert register.add(parse_datetime("2027-01-01 00:10"), "媒体", "新年").number == "关切2027-001"
    assert register.add(parse_datetime("2027-01-01 08:00"), "信访", "再一件").number == "关切2027-002"
    assert register.get("关切2027-002").title == "再一件"


def test_refusals_say_what_is_wrong(township_db: Database) -> None:
    register = Concerns(township_db, now=dt.datetime(2026, 12, 1, 10, 0))
    with pytest.raises(ConcernError, match="发现时间（2026-12-01 10:30）不能晚于现在（2026-12-01 10:00）"):
        register.add(parse_datetime("2026-12-01 10:30"), "网络", "未来")
    with pytest.raises(ConcernError, match="来源“微博”无效；应为：网络、媒体、12345热线、信访、领导信箱、村民反映"):
        register.add(parse_datetime("2026-12-01 09:30"), "微博", "T")
    with pytest.raises(ConcernError, match="请填写关切事项"):
        register.add(parse_datetime("2026-12-01 09:30"), "网络", "  ")
    c = register.add(parse_datetime("2026-12-01 09:30"), "hotline", "T")
    assert c.source == "12345热线"
    with pytest.raises(ConcernError, match="回应时间（2026-12-01 09:00）不能早于发现时间（2026-12-01 09:30）"):
        register.respond(c.number, parse_datetime("2026-12-01 09:00"), "电话回复", "已答复")
    with pytest.raises(ConcernError, match="请写明回应内容或附上回应文件"):
        register.respond(c.number, parse_datetime("2026-12-01 09:45"), "电话回复")
    register.respond(c.number, parse_datetime("2026-12-01 09:45"), "电话回复", "已答复")
    with pytest.raises(ConcernError, match="已于 2026-12-01 09:45 回应，不能重复登记"):
        register.respond(c.number, parse_datetime("2026-12-01 09:50"), "电话回复", "再答复")
    set_language("en")
    with pytest.raises(ConcernError, match="No concern '关切2026-099'"):
        register.get("关切2026-099")


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-12-01 09:30", dt.datetime(2026, 12, 1, 9, 30)),
    ("2026/12/01 9:30", dt.datetime(2026, 12, 1, 9, 30)),
    ("2026年12月1日 9时30分", dt.datetime(2026, 12, 1, 9, 30)),
    ("2026年12月1日9点半", dt.datetime(2026, 12, 1, 9, 30)),
    ("2026-12-01T21:05", dt.datetime(2026, 12, 1, 21, 5)),
])
def test_times_as_clerks_write_them(text: str, expected: dt.datetime) -> None:
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("2026-12-01 24:00", "一天只有0至23时，没有24时"),
    ("2026-12-01 9:60", "分钟只有0至59，没有60分"),
    ("2026-02-30 9:00", "2026年2月没有30日"),
    ("2026-12-01", "日期和时刻都要写"),
])
def test_impossible_times_are_named(text: str, message: str) -> None:
    with pytest.raises(DeadlineError, match=message):
        parse_datetime(text)


def test_periodic_list(township_db: Database) -> None:
    register = Concerns(township_db, now=dt.datetime(2026, 12, 1, 8, 0))
    register.add(parse_datetime("2026-10-31 23:59"), "网络", "十月的")  # before the period
    a = register.add(parse_datetime("2026-11-01 00:00"), "领导信箱", "路灯不亮", major=True)
    register.respond(a.number, parse_datetime("2026-11-02 08:00"), "书面答复", "已修复")  # 8 hours late
    register.add(parse_datetime("2026-11-30 23:59"), "媒体", "垃圾清运不及时")  # still open, not yet overdue
    report = concern_report(register, "某某镇人民政府", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert (report.total, report.major, report.on_time, report.late, report.open, report.overdue) == (2, 1, 0, 1, 1, 0)
    assert [row[1] for row in report.rows] == ["关切2026-002", "关切2026-003"]
    assert report.rows[0][4:] == ["11月1日 00:00", "24小时", "11月2日 08:00", "书面答复", "逾期回应", "已修复"]
    assert "已回应1件，其中按时回应0件、逾期回应1件；尚未回应1件。" in report.summary()
