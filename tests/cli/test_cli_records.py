"""`record …` from the command line: add, due list, review cycle, publication, export."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.cli.conftest import Cli


def add_item(cli: Cli, time_limit: str) -> str:
    item = cli.json("catalog", "add", "--domain", "社会救助", "--level1", "临时救助", "--level2", f"测试{time_limit}",
                    "--content", "名单", "--basis", "《社会救助暂行办法》", "--time-limit", time_limit, "--body", "某某镇",
                    "--channels", "政府网站", "--audience", "全社会", "--mode", "主动", "--tiers", "乡级")
    return item["id"][:8]  # type: ignore[index]


def test_record_cycle_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    item = add_item(cli, "自作出决定之日起7个工作日内")
    attachment = tmp_path / "决定.pdf"
    attachment.write_bytes(b"%PDF-1.4")
    rec = cli.json("record", "add", "--item", item, "--title", "临时救助决定", "--formed", "2026-11-10", "--attach",
                   str(attachment))
    rid = rec["id"][:8]  # type: ignore[index]
    assert rec["due_date"] == "2026-11-19" and rec["files"][0]["filename"] == "决定.pdf"  # type: ignore[index]
    overdue = cli.json("record", "list", "--overdue", "--today", "2026-11-28")
    assert [r["id"][:8] for r in overdue] == [rid]  # type: ignore[index,union-attr]
    code, _, err = cli("record", "publish", rid, "--date", "2026-11-28")
    assert code == 1 and "不能发布" in err
    cli("record", "submit", rid)
    cli("record", "review", rid, "--kind", "secrecy", "--reviewer", "张三")
    cli("record", "review", rid, "--kind", "release", "--reviewer", "李四")
    published = cli.json("record", "publish", rid, "--date", "2026-11-28")
    assert published["state"] == "published"  # type: ignore[index]
    assert cli.json("record", "list", "--overdue", "--today", "2026-11-28") == []
    history = cli.json("record", "show", rid)["history"]  # type: ignore[index]
    assert [h["action"] for h in history] == ["record.add", "record.attach", "record.submit", "record.review",
                                              "record.review", "record.publish"]
    out = tmp_path / "记录.xlsx"
    assert cli.json("record", "export", str(out))["records"] == 1  # type: ignore[index]
    ws = load_workbook(out)["公开记录"]
    assert ws["D2"].value == "临时救助决定" and ws["I2"].value == "已发布"


def test_record_errors_are_one_line(cli: Cli) -> None:
    item = add_item(cli, "20个工作日")
    code, _, err = cli("record", "add", "--item", item, "--title", "x", "--formed", "2026-02-30")
    assert code == 1 and "2026年2月没有30日" in err
    code, _, err = cli("record", "add", "--item", "ffffffff", "--title", "x", "--formed", "2026-02-03")
    assert code == 1 and "找不到编号" in err
    code, _, err = cli("record", "add", "--item", item, "--title", "x", "--formed", "2026-02-03", "--attribute",
                       "此件不公开")
    assert code == 1 and "必须填写理由" in err
    code, _, err = cli("--lang", "en", "record", "show", "zzzzzzzz")
    assert code == 1 and "No disclosure record" in err


def test_a_record_counted_back_from_an_event_asks_for_its_date(cli: Cli) -> None:
    item = add_item(cli, "开始日前20日发布公告")
    rec = cli.json("record", "add", "--item", item, "--title", "征地补偿安置方案公告", "--formed", "2026-09-01")
    rid = rec["id"][:8]  # type: ignore[index]
    assert rec["due_date"] is None and rec["needs_event"] is True  # type: ignore[index]  # never counted forwards
    code, out, err = cli("record", "show", rid)
    assert code == 0 and "需要事件日期" in err and "--event" in err
    code, out, _ = cli("record", "list")
    assert "需要事件日期" in out
    edited = cli.json("record", "edit", rid, "--event", "2026-10-21")
    assert (edited["event_date"], edited["due_date"], edited["needs_event"]) == ("2026-10-21", "2026-09-30", False)  # type: ignore[index]
    direct = cli.json("record", "add", "--item", item, "--title", "第二批公告", "--formed", "2026-09-01", "--event",
                      "2026-02-24")
    assert direct["due_date"] == "2026-02-04"  # type: ignore[index]  # 20 days before 24 Feb is 4 Feb, a Wednesday


def test_the_posting_day_setting_changes_notices_and_is_kept(cli: Cli) -> None:
    item = add_item(cli, "公示期不少于7天")
    assert cli.json("record", "add", "--item", item, "--title", "低保名单", "--formed", "2026-03-03")["due_date"] == \
        "2026-03-10"  # type: ignore[index]
    assert cli.json("settings")["posting_day_counts"] is False  # type: ignore[index]
    assert cli.json("settings", "--posting-day-counts", "on")["posting_day_counts"] is True  # type: ignore[index]
    assert cli.json("record", "add", "--item", item, "--title", "低保名单二", "--formed", "2026-03-03")["due_date"] == \
        "2026-03-09"  # type: ignore[index]
    assert cli.json("deadline", "公示期不少于7天", "--from", "2026-03-03")["due"] == "2026-03-09"  # type: ignore[index]
    code, out, _ = cli("settings")
    assert code == 0 and "张贴当日计入公示期：是" in out


def test_a_title_longer_than_a_bundle_may_carry_is_refused_at_entry(cli: Cli) -> None:
    item = add_item(cli, "20个工作日")
    code, _, err = cli("record", "add", "--item", item, "--title", "长" * 501, "--formed", "2026-11-02")
    assert code == 1 and "标题过长（501 字），最多 500 字" in err
    code, _, _ = cli("record", "add", "--item", item, "--title", "长" * 500, "--formed", "2026-11-02")
    assert code == 0
