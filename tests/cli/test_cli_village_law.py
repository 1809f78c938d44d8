"""`village items --json` with rhythm, 依据 and next due; `village event` puts a posting due; `village post` clears it."""

from __future__ import annotations

import datetime as dt

from tests.cli.conftest import Cli


def test_items_event_and_posting_from_the_command_line(cli: Cli) -> None:
    cli("village", "add", "--code", "530902100201", "--name", "大河村")
    items = cli.json("village", "items", "大河村", "--today", "2026-11-10")
    assert isinstance(items, list)
    by_name = {i["name"]: i for i in items}
    land = by_name["征地补偿费的使用、分配方案"]
    assert land["rhythm"] == "immediate" and land["statutory"] and "第二十四条第一款第（七）项" in land["basis"]
    assert land["next_due"] is None  # no event yet
    assert by_name["协助人民政府开展工作的情况"]["next_due"] == "2026-12-31"  # the quarter's last working day
    assert by_name["村级财务收支情况"]["next_due"] == "2026-11-30"

    today = dt.date.today().isoformat()
    event = cli.json("village", "event", "大河村", "--item", "征地补偿费", "--on", today, "--title", "征地补偿费分配方案通过")
    assert isinstance(event, dict) and event["overdue"] is False and "5个工作日" in event["due_rule"]
    items = cli.json("village", "items", "大河村")
    assert isinstance(items, list)
    assert next(i for i in items if i["name"] == land["name"])["next_due"] == event["due"]
    assert [e["id"] for e in cli.json("village", "events", "--open")] == [event["id"]]  # type: ignore[union-attr]

    posting = cli.json("village", "post", "大河村", "--item", "征地补偿费", "--title", "征地补偿费分配方案公告", "--date", today)
    assert isinstance(posting, dict) and posting["event"]["id"] == event["id"] and posting["event"]["late"] is False
    assert cli.json("village", "events", "--open") == []


def test_an_event_for_a_monthly_item_is_refused_with_the_reason(cli: Cli) -> None:
    cli("village", "add", "--code", "530902100201", "--name", "大河村")
    code, _, err = cli("village", "event", "大河村", "--item", "村级财务收支", "--on", "2026-11-02", "--title", "10月收支")
    assert code != 0 and "按固定周期公开（每月）" in err and "Traceback" not in err
