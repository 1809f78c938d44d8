"""公众参与: a decision walks through the catalog (拟决策 → 征求意见中 → 已决策, or 已调整出目录) across the 2026
National Day holiday, with its consultation counted on the working-day calendar or in calendar days, the comments
and their 采纳情况, and the 工作台 items that the end of a consultation puts due."""

from __future__ import annotations

import datetime as dt

import pytest

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.decision_due import decision_due
from townshipdesk.core.decisions import Decisions, consultation_warnings, stage_text
from townshipdesk.core.store import Database
from townshipdesk.errors import DecisionError, ReadOnlyRow


@pytest.fixture
def register(township_db: Database) -> Decisions:
    return Decisions(township_db, load_calendar(township_db), today=dt.date(2026, 12, 31))


def test_a_decision_walks_through_its_states_across_the_national_day_holiday(register: Decisions) -> None:
    d = register.add(2026, "集镇污水处理设施建设方案", "村镇规划建设服务中心", dt.date(2026, 11, 30), dt.date(2026, 9, 1))
    assert d.number == "决策2026-01" and d.status == "planned" and stage_text(d, dt.date(2026, 9, 1)).text() == "拟决策"
    # 10个工作日 from Sunday 20 September (a 调休 working day): 中秋 25–27 Sept and 国庆 1–7 Oct do not count, the
    # 调休 Saturday 10 October does: the tenth working day after the start is 10 October.
    d = register.consult(d.number, dt.date(2026, 9, 20), period="10个工作日", methods=["座谈会"])
    assert (d.consult_end, d.status, d.consult_period) == ("2026-10-10", "consulting", "10个工作日")
    assert stage_text(d, dt.date(2026, 10, 9)).text() == "征求意见中（至 2026-10-10）"
    assert consultation_warnings(d) == []  # a 座谈会 has no minimum period; only a public consultation has
    c = register.comment(d.number, "建议管网覆盖东片区", source="村民代表", count=3, received=dt.date(2026, 9, 28))
    assert c.seq == 1 and register.get(d.number).comment_count == 3
    with pytest.raises(DecisionError, match="不能作出决策|期间不能作出决策"):
        register.decide(d.number, dt.date(2026, 10, 10))
    with pytest.raises(DecisionError, match="结束后才能公布"):
        register.publish_feedback(d.number, dt.date(2026, 10, 10))
    with pytest.raises(DecisionError, match="第 1 条意见尚未写明采纳情况"):
        register.publish_feedback(d.number, dt.date(2026, 10, 12))
    with pytest.raises(DecisionError, match="部分采纳须写明理由"):
        register.feedback(d.number, 1, "partly")
    register.feedback(d.number, 1, "部分采纳", "东片区纳入二期")
    d = register.publish_feedback(d.number, dt.date(2026, 10, 12))
    assert d.feedback_published_date == "2026-10-12"
    assert stage_text(d, dt.date(2026, 10, 12)).text() == "采纳情况已公布，待决策"
    with pytest.raises(DecisionError, match="已于 2026-10-12 公布，不能再修改"):
        register.feedback(d.number, 1, "yes")
    d = register.decide(d.number, dt.date(2026, 10, 20))
    assert (d.status, d.decided_date) == ("decided", "2026-10-20")
    with pytest.raises(DecisionError, match="已于 2026-10-20 作出决策，不能再调整出目录"):
        register.adjust(d.number, "不再需要")
    assert [e.kind for e in register.history(2026)] == ["added", "consulted", "feedback_published", "decided"]


def test_calendar_days_end_on_a_working_day_and_a_short_public_consultation_is_flagged(register: Decisions) -> None:
    d = register.add(2026, "农村人居环境整治方案", "党政办")
    # 30日 from 2026-09-04: day 30 is Sunday 4 October, inside 国庆: the period runs to Thursday 8 October.
    d = register.consult(d.number, dt.date(2026, 9, 4), period="30日", methods=["公开征求意见"])
    assert d.consult_end == "2026-10-08" and d.consultation_days == 34 and consultation_warnings(d) == []
    d = register.consult(d.number, dt.date(2026, 9, 4), end=dt.date(2026, 9, 24), methods=["公开征求意见", "问卷调查"])
    assert d.consultation_days == 20
    [warning] = consultation_warnings(d)
    assert "少于《重大行政决策程序暂行条例》第十五条规定的一般不少于30日" in warning.text()
    d = register.consult(d.number, dt.date(2026, 9, 4), end=dt.date(2026, 9, 24), methods=["公开征求意见"],
                         short_reason="汛期前须完成整治")
    assert "公告中将说明缩短理由：汛期前须完成整治" in consultation_warnings(d)[0].text()
    # Changing the period is a history row of its own: the first period stays readable.
    details = [e.detail for e in register.history(2026) if e.kind == "consulted"]
    assert details[0] == "2026-09-04至2026-10-08，公开征求意见" and "2026-09-04至2026-10-08 → 2026-09-04至2026-09-24" in details[1]


def test_bad_consultations_are_refused_with_the_reason(register: Decisions) -> None:
    d = register.add(2026, "某方案", "党政办")
    with pytest.raises(DecisionError, match="结束日期 2026-09-01 早于开始日期 2026-09-10"):
        register.consult(d.number, dt.date(2026, 9, 10), end=dt.date(2026, 9, 1), methods=["听证会"])
    with pytest.raises(DecisionError, match="听取意见的方式应为"):
        register.consult(d.number, dt.date(2026, 9, 10), end=dt.date(2026, 10, 10), methods=["电话会"])
    with pytest.raises(DecisionError, match="二者选一"):
        register.consult(d.number, dt.date(2026, 9, 10), methods=["听证会"])
    for vague in ("尽快", "及时", "每月"):
        with pytest.raises(DecisionError, match=f"期限“{vague}”没有写明天数"):
            register.consult(d.number, dt.date(2026, 9, 10), period=vague, methods=["听证会"])
    with pytest.raises(DecisionError, match="尚未登记征求意见"):
        register.comment(d.number, "意见")
    register.consult(d.number, dt.date(2026, 9, 10), end=dt.date(2026, 9, 12), methods=["听证会"])
    with pytest.raises(DecisionError, match="早于征求意见开始日期"):
        register.comment(d.number, "意见", received=dt.date(2026, 9, 1))
    with pytest.raises(DecisionError, match="找不到决策事项“决策2026-09”"):
        register.get("决策2026-09")
    with pytest.raises(DecisionError, match="不能晚于今天"):
        register.decide(d.number, dt.date(2027, 1, 5))


def test_numbers_per_year_and_adjustments_are_kept_not_overwritten(register: Decisions) -> None:
    a = register.add(2026, "甲方案", "党政办", day=dt.date(2026, 1, 5))
    b = register.add(2026, "乙方案", "财政所", dt.date(2026, 6, 30), dt.date(2026, 1, 5))
    c = register.add(2027, "丙方案", "党政办", day=dt.date(2026, 12, 20))
    assert [a.number, b.number, c.number] == ["决策2026-01", "决策2026-02", "决策2027-01"]
    register.publish_catalog(2026, dt.date(2026, 1, 10))
    register.adjust(b.number, "上级要求提前", planned=dt.date(2026, 4, 30), day=dt.date(2026, 3, 1))
    register.adjust(a.number, "并入县级统一决策", day=dt.date(2026, 3, 2))
    late = register.add(2026, "丁方案", "党政办", day=dt.date(2026, 3, 3))
    assert register.get(b.number).planned_date == "2026-04-30"
    removed = register.get(a.number)
    assert (removed.status, removed.status_reason) == ("removed", "并入县级统一决策")
    with pytest.raises(DecisionError, match="已调整出目录"):
        register.consult(a.number, dt.date(2026, 3, 5), period="30日", methods=["公开征求意见"])
    history = [(e.event_date, e.kind, e.number, e.reason, e.detail) for e in register.history(2026)]
    assert history[2:] == [
        ("2026-01-10", "catalog_published", "", "", "公布，共2项"),
        ("2026-03-01", "adjusted", "决策2026-02", "上级要求提前", "计划时间：2026-06-30 → 2026-04-30"),
        ("2026-03-02", "removed", "决策2026-01", "并入县级统一决策", "原状态：拟决策"),
        ("2026-03-03", "added", late.number, "", "目录公布后新增")]
    with pytest.raises(Exception, match="append-only"):  # the history cannot be edited, only added to
        register.db.conn.execute("UPDATE decision_events SET reason = '改写' WHERE kind = 'removed'")


def test_the_workbench_items_follow_the_consultation(register: Decisions) -> None:
    d = register.add(2026, "集镇污水处理设施建设方案", "村镇规划建设服务中心")
    register.consult(d.number, dt.date(2026, 9, 4), period="30日", methods=["公开征求意见"])  # ends 2026-10-08
    assert decision_due(register, dt.date(2026, 9, 20)) == []
    # On Monday 28 September the end is 3 working days away: 29 and 30 September, then 8 October after the holiday.
    [ending] = decision_due(register, dt.date(2026, 9, 28))
    assert (ending.kind, ending.day, ending.working_days) == ("ending", dt.date(2026, 10, 8), 3)
    [due] = decision_due(register, dt.date(2026, 10, 12))
    assert (due.kind, due.overdue, due.working_days) == ("feedback", True, 3)  # 9, 10 (调休 Saturday) and 12 October
    register.publish_feedback(d.number, dt.date(2026, 10, 12))
    assert decision_due(register, dt.date(2026, 10, 12)) == []


def test_the_county_cannot_change_a_townships_decision(register: Decisions) -> None:
    d = register.add(2026, "某方案", "党政办")
    register.db.conn.execute("INSERT INTO peers (site_id, division_code, name) VALUES (?, '530902200000', '西乡')",
                             ("99999999-9999-4999-8999-999999999999",))
    register.db.conn.execute("UPDATE decisions SET site_id = ? WHERE uuid = ?",
                             ("99999999-9999-4999-8999-999999999999", d.uuid))
    with pytest.raises(ReadOnlyRow, match="西乡"):
        register.adjust(d.number, "理由")
