"""`review-undisclosed …`, `record lapse` and `record lapsed-list` as a clerk runs them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from tests.cli.conftest import Cli
from tests.cli.test_cli_notice import text_of
from tests.cli.test_cli_records import add_item


def test_review_the_undisclosed_from_the_command_line(cli: Cli) -> None:
    item = add_item(cli, "信息形成或者变更之日起20个工作日内")
    hidden = cli.json("record", "add", "--item", item, "--title", "困难群众个人信息汇总表", "--formed", "2024-02-29",
                      "--attribute", "此件不公开", "--reason", "涉及个人隐私")["id"][:8]  # type: ignore[index]
    cli.json("record", "add", "--item", item, "--title", "依申请公开的会议纪要", "--formed", "2025-06-10",
             "--attribute", "此件依申请公开", "--reason", "过程性信息")
    assert cli.json("review-undisclosed", "list", "--due", "--today", "2025-02-27") == []
    due = cli.json("review-undisclosed", "list", "--due", "--today", "2025-02-28")
    assert [(d["id"][:8], d["review_due"]) for d in due] == [(hidden, "2025-02-28")]  # type: ignore[index]
    assert len(cli.json("review-undisclosed", "list", "--today", "2025-02-28")) == 2  # type: ignore[arg-type]

    kept = cli.json("review-undisclosed", "record", hidden, "--outcome", "维持", "--reason", "仍涉及个人隐私",
                    "--on", "2025-03-03", "--reviewer", "王审核")
    assert kept["review"]["outcome"] == "维持" and kept["record"]["attribute"] == "此件不公开"  # type: ignore[index]
    assert cli.json("review-undisclosed", "list", "--due", "--today", "2026-03-02") == []
    assert len(cli.json("review-undisclosed", "list", "--due", "--today", "2026-03-03")) == 1  # type: ignore[arg-type]

    made = cli.json("review-undisclosed", "record", hidden, "--outcome", "make-public", "--reason", "已脱敏，可以公开",
                    "--on", "2026-03-02")
    assert made["record"]["attribute"] == "此件公开发布" and made["record"]["due_date"] == "2026-03-30"  # type: ignore[index]
    assert [r["id"][:8] for r in cli.json("record", "list", "--due", "--today", "2026-03-25")] == [hidden]  # type: ignore[index]
    assert [h["outcome"] for h in cli.json("review-undisclosed", "history", hidden)] == ["维持", "转为主动公开"]  # type: ignore[index]
    actions = [h["action"] for h in cli.json("record", "show", hidden)["history"]]  # type: ignore[index]
    assert actions == ["record.add", "record.undisclosed_review", "record.undisclosed_review"]
    code, out, _ = cli("record", "show", hidden)
    assert "不公开复核" in out and "复核结论：转为主动公开" in out and "公开属性：此件不公开 → 此件公开发布" in out


def test_review_input_errors_are_one_clear_line(cli: Cli) -> None:
    item = add_item(cli, "20个工作日")
    hidden = cli.json("record", "add", "--item", item, "--title", "内部名单", "--formed", "2025-01-06",
                      "--attribute", "此件不公开", "--reason", "涉及个人隐私")["id"][:8]  # type: ignore[index]
    public = cli.json("record", "add", "--item", item, "--title", "公开通知", "--formed", "2025-01-06")["id"][:8]  # type: ignore[index]
    cases = [
        (("ffffffff", "--outcome", "维持", "--reason", "x"), "找不到编号为“ffffffff”的公开记录"),
        ((hidden, "--outcome", "维持"), "请写明复核理由"),
        ((hidden, "--outcome", "维持", "--reason", "x", "--on", "2099-01-04"), "复核日期 2099-01-04 晚于今天"),
        ((hidden, "--outcome", "维持", "--reason", "x", "--on", "2025-02-30"), "2025年2月没有30日"),
        ((public, "--outcome", "维持", "--reason", "x"), "不需要不公开复核"),
    ]
    for args, expected in cases:
        code, _, err = cli("review-undisclosed", "record", *args)
        assert code == 1 and expected in err and "Traceback" not in err and err.count("\n") == 1, (args, err)
    code, _, err = cli("review-undisclosed", "record", hidden, "--outcome", "公开", "--reason", "x")
    assert code == 2 and "无效的选择：'公开'" in err
    code, _, err = cli("--lang", "en", "review-undisclosed", "record", hidden, "--outcome", "keep")
    assert code == 1 and "Give the reason" in err
    assert cli.json("review-undisclosed", "history", hidden) == []


def test_lapse_policies_and_print_the_list(cli: Cli, tmp_path: Path) -> None:
    item = add_item(cli, "20个工作日")
    ids = [cli.json("record", "add", "--item", item, "--title", title, "--formed", "2019-05-06", "--doc-number", number)
           ["id"][:8] for title, number in (("关于印发低保实施细则的通知", "某政发〔2019〕3号"),  # type: ignore[index]
                                            ("关于临时救助的暂行规定", "某政发〔2019〕7号"),
                                            ("关于印发低保实施办法的通知", "某政发〔2026〕8号"))]
    repealed = cli.json("record", "lapse", ids[0], "--status", "废止", "--on", "2026-06-30", "--replaced-by", ids[2])
    assert repealed["replaced_by"] == "《关于印发低保实施办法的通知》（某政发〔2026〕8号）"  # type: ignore[index]
    cli.json("record", "lapse", ids[1], "--status", "失效", "--on", "2025-12-31")
    code, _, err = cli("record", "lapse", ids[2], "--status", "失效", "--on", (dt.date.today() + dt.timedelta(days=1)).isoformat())
    assert code == 1 and "晚于今天" in err

    pdf = tmp_path / "清理结果.pdf"
    listed = cli.json("record", "lapsed-list", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(pdf))
    assert listed["count"] == 1  # type: ignore[index]
    text = text_of(pdf)
    assert "某某镇人民政府失效和废止政策文件清理结果" in text and "2026年1月1日至2026年12月31日" in text
    assert "关于印发低保实施细则的通知" in text and "某政发〔2019〕3号" in text and "废止" in text and "2026-06-30" in text
    assert "关于临时救助的暂行规定" not in text  # lapsed in 2025: another period

    xlsx = tmp_path / "清理结果.xlsx"
    cli.json("record", "lapsed-list", "--from", "2025-01-01", "--to", "2026-12-31", "--out", str(xlsx))
    rows = [[c.value for c in row] for row in load_workbook(xlsx).active.iter_rows(min_row=3)]
    assert rows == [["序号", "文件名称", "文号", "成文日期", "清理结果", "失效（废止）日期", "替代文件"],
                    [1, "关于临时救助的暂行规定", "某政发〔2019〕7号", "2019-05-06", "失效", "2025-12-31", "—"],
                    [2, "关于印发低保实施细则的通知", "某政发〔2019〕3号", "2019-05-06", "废止", "2026-06-30",
                     "《关于印发低保实施办法的通知》（某政发〔2026〕8号）"]]
    code, out, _ = cli("record", "show", ids[0])
    assert "废止：自 2026-06-30 起，由《关于印发低保实施办法的通知》（某政发〔2026〕8号）替代" in out
    empty = tmp_path / "2020.pdf"
    assert cli.json("record", "lapsed-list", "--from", "2020-01-01", "--to", "2020-12-31", "--out", str(empty))["count"] == 0  # type: ignore[index]
    assert "本期间没有失效或被废止的政策文件" in text_of(empty)
    code, _, err = cli("record", "lapsed-list", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(tmp_path / "x.doc"))
    assert code == 1 and "应以 .pdf 或 .xlsx 结尾" in err
    code, _, err = cli("record", "lapsed-list", "--from", "2026-12-31", "--to", "2026-01-01", "--out", str(pdf))
    assert code == 1 and "结束日期 2026-01-01 早于开始日期 2026-12-31" in err
