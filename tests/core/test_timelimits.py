"""时限 phrasings from real county catalogs become rules; text that states no rule is not guessed."""

from __future__ import annotations

import pytest

from townshipdesk.core.timelimits import is_same_as_above, parse_time_limit


@pytest.mark.parametrize(
    ("text", "kind", "n", "trigger"),
    [
        ("信息形成或变更之日起20个工作日内", "working_days", 20, "信息形成或变更"),
        ("自作出决定之日起7个工作日内", "working_days", 7, "作出决定"),
        ("20工作日", "working_days", 20, ""),
        ("二十个工作日内", "working_days", 20, ""),
        ("部门预算经本级财政部门批复后20日内公开", "calendar_days", 20, "部门预算经本级财政部门批复"),
        ("中标、成交通知书发出之日起2个工作日内", "working_days", 2, "中标、成交通知书发出"),
        ("实时公开", "realtime", None, ""),
        ("实时更新", "realtime", None, ""),
        ("及时公开", "timely", 20, ""),
        ("长期公开", "standing", None, ""),
        ("依申请公开按《条例》规定时限", "on_request", 20, ""),
        ("公示期不少于7天", "notice", 7, ""),
    ],
)
def test_single_rules(text: str, kind: str, n: int | None, trigger: str) -> None:
    rule = parse_time_limit(text)
    assert rule is not None
    assert (rule.primary.kind, rule.primary.n, rule.primary.trigger) == (kind, n, trigger)


def test_periodic_rules() -> None:
    quarter = parse_time_limit("每季度")
    assert quarter and quarter.primary.period == "quarter"
    jan = parse_time_limit("每年1月31日前")
    assert jan and (jan.primary.period, jan.primary.by_month, jan.primary.by_day) == ("year", 1, 31)
    monthly = parse_time_limit("每月10日前公开上月情况")
    assert monthly and (monthly.primary.period, monthly.primary.by_day, monthly.primary.covers) == ("month", 10, "previous")


def test_the_statutory_remark_does_not_hide_the_rule() -> None:
    rule = parse_time_limit("信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。")
    assert rule and rule.primary.kind == "working_days" and rule.primary.n == 20
    assert "从其规定" in rule.remarks


def test_compound_rules_keep_every_clause() -> None:
    rule = parse_time_limit("制定或获取信息之日起10个工作日内，公示7个工作日")
    assert rule and [(c.kind, c.n, c.working) for c in rule.clauses] == [("notice", 7, True), ("working_days", 10, False)][::-1]
    rule = parse_time_limit("审核确认后7个工作日内，每月更新")
    assert rule and [c.kind for c in rule.clauses] == ["working_days", "periodic"]


def test_a_bare_trigger_assumes_the_statutory_twenty_working_days() -> None:
    rule = parse_time_limit("信息形成或变更之日起")
    assert rule and rule.primary.kind == "timely" and rule.primary.n == 20 and rule.assumed
    assert "推定" in rule.describe("zh")


@pytest.mark.parametrize("text", ["按上级要求", "abc", "", "另行通知"])
def test_text_without_a_rule_is_not_guessed(text: str) -> None:
    assert parse_time_limit(text) is None


def test_same_as_above_is_recognised() -> None:
    assert is_same_as_above("同上") and is_same_as_above(" 同上。") and not is_same_as_above("同上级规定")
    assert parse_time_limit("同上") is None


@pytest.mark.parametrize(
    ("text", "kind", "n", "trigger", "working"),
    [
        ("开始日前20日发布公告", "before_event", 20, "开始日", False),
        ("会议召开5日前", "before_event", 5, "会议召开", False),
        ("会议召开前5日", "before_event", 5, "会议召开", False),
        ("提前3个工作日公告", "before_event", 3, "", True),
        ("听证会举行七日前通知", "before_event", 7, "听证会举行", False),
        ("不少于7天的公示期", "notice", 7, "", False),
        ("公告期30日", "notice", 30, "", False),
        ("张榜公示7天", "notice", 7, "张榜", False),
    ],
)
def test_notices_and_limits_before_an_event(text: str, kind: str, n: int, trigger: str, working: bool) -> None:
    rule = parse_time_limit(text)
    assert rule is not None
    assert (rule.primary.kind, rule.primary.n, rule.primary.trigger, rule.primary.working) == (kind, n, trigger, working)


@pytest.mark.parametrize(
    ("text", "period", "n", "months", "by_day"),
    [
        ("每季度结束后10日内", "quarter", 10, False, None),
        ("每季度结束后1个月内", "quarter", 1, True, None),
        ("每月结束后5日内", "month", 5, False, None),
        ("年度终了后3个月内", "year", 3, True, None),
        ("每年度结束后三个月内", "year", 3, True, None),
        ("每月5号前", "month", None, False, 5),
    ],
)
def test_limits_after_a_period(text: str, period: str, n: int | None, months: bool, by_day: int | None) -> None:
    rule = parse_time_limit(text)
    assert rule is not None and rule.primary.kind == "periodic"
    c = rule.primary
    assert (c.period, c.n, c.months, c.by_day) == (period, n, months, by_day)
    assert c.covers == ("current" if by_day else "previous")


def test_a_document_number_is_not_a_date() -> None:
    rule = parse_time_limit("按1号文件规定20个工作日内")
    assert rule is not None and rule.primary.kind == "working_days" and rule.primary.n == 20
