"""`request …` and `report annual` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.cli.conftest import Cli


def test_request_cycle_and_report(cli: Cli, tmp_path: Path) -> None:
    added = cli.json("request", "add", "--received", "2026-09-25", "--applicant", "natural", "--name", "张三",
                     "--contact", "13508711234", "--content", "低保名单", "--today", "2026-09-25")
    rid = added["id"][:8]  # type: ignore[index]
    assert added["due"] == "2026-10-29" and added["applicant_contact"] == "135****1234"  # type: ignore[index]
    shown = cli.json("request", "show", rid, "--today", "2026-10-30")
    assert shown["overdue"] is True and shown["days_left"] == -1  # type: ignore[index]
    assert [r["id"][:8] for r in cli.json("request", "list", "--overdue", "--today", "2026-10-30")] == [rid]  # type: ignore[index,union-attr]
    code, _, err = cli("request", "close", rid, "--outcome", "1", "--date", "2026-09-01")
    assert code == 1 and "不能早于收到申请日期" in err
    closed = cli.json("request", "close", rid, "--outcome", "grant", "--date", "2026-10-20", "--served", "2026-10-21")
    assert closed["state"] == "closed" and closed["outcome"] == "1"  # type: ignore[index]
    letter = tmp_path / "答复.pdf"
    assert cli("request", "letter", rid, "--kind", "decision", "--out", str(letter), "--date", "2026-10-20")[0] == 0
    draft = tmp_path / "答复.json"
    cli("request", "letter", rid, "--kind", "decision", "--out", str(draft))
    assert json.loads(draft.read_text(encoding="utf-8"))["title"] == "政府信息公开申请答复告知书"
    assert cli("notice", "render", "--input", str(draft), "--out", str(tmp_path / "edited.pdf"))[0] == 0
    assert cli("report", "set", "--year", "2026", "s2.行政许可.本年处理决定数量=3")[0] == 0
    code, _, err = cli("report", "set", "--year", "2026", "乱写=3")
    assert code == 1 and "未知的报表项：乱写" in err
    code, _, err = cli("report", "set", "--year", "2026", "乱写")
    assert code == 1 and "请写成 项=数值" in err
    out = tmp_path / "年报.xlsx"
    code, stdout, _ = cli("report", "annual", "--year", "2026", "--out", str(out), "--docx", str(tmp_path / "年报.docx"))
    assert code == 0 and "校验通过" in stdout
    ws = load_workbook(out)["三、依申请公开"]
    assert ws["D6"].value == 1 and ws["J6"].value == 1 and (tmp_path / "年报.docx").exists()


def test_receipt_by_channel(cli: Cli) -> None:
    # By post, signed for on Thu 24 Sep 2026 (中秋 25 Sep, 国庆 1–7 Oct; Sun 20 Sep and Sat 10 Oct worked).
    posted = cli.json("request", "add", "--channel", "邮寄", "--signed-for", "2026-09-24", "--applicant", "legal",
                      "--today", "2026-09-28")
    assert (posted["received_date"], posted["receipt_rule"], posted["due"]) == ("2026-09-24", "签收日期", "2026-10-29")  # type: ignore[index]
    online = cli.json("request", "add", "--channel", "online", "--arrived", "2026-09-30", "--confirmed", "2026-10-08",
                      "--applicant", "natural", "--today", "2026-10-08")
    assert (online["channel"], online["arrived_date"], online["received_date"]) == ("网络", "2026-09-30", "2026-10-08")  # type: ignore[index]
    code, _, err = cli("request", "add", "--channel", "邮寄", "--applicant", "natural")
    assert code == 1 and "请写明收到日期：签收日期（--signed-for）" in err
    code, _, err = cli("request", "add", "--channel", "当面", "--confirmed", "2026-10-08", "--applicant", "natural")
    assert code == 1 and "--confirmed 只用于平常信函、网络或传真" in err
    code, _, err = cli("request", "add", "--channel", "信函", "--received", "2026-10-08", "--applicant", "natural")
    assert code == 1 and "请区分“邮寄”" in err
    code, _, err = cli("request", "add", "--channel", "传真", "--arrived", "2026-10-09", "--confirmed", "2026-10-08",
                       "--applicant", "natural", "--today", "2026-10-09")
    assert code == 1 and "不能早于到达日期" in err


def test_consultation_extension_fee_and_late_answers(cli: Cli, tmp_path: Path) -> None:
    def add(day: str) -> str:  # the register's number (依申2026-001): every step below is taken by it
        return cli.json("request", "add", "--received", day, "--applicant", "commercial", "--today", day)["number"]  # type: ignore[index]

    # Consultation across 国庆 2026: the third party's 15 working days from 22 Sep end 19 Oct.
    rid = add("2026-09-14")
    cli.json("request", "consult", rid, "--start", "2026-09-21", "--party", "某建材公司", "--today", "2026-09-21")
    code, out, err = cli("request", "show", rid, "--today", "2026-10-20")
    assert "第三方应于 2026-10-19 前答复" in out and "第三方答复期限 2026-10-19 已过" in err
    assert cli.json("request", "show", rid, "--today", "2026-10-20")["due"] == "2026-11-06"  # type: ignore[index]

    # A 10-working-day extension: 17 Oct 2025 + 10 → 31 Oct; the letter states it and carries the extension's date.
    rid = add("2025-09-15")
    assert cli.json("request", "extend", rid, "--date", "2025-10-16", "--days", "10")["due"] == "2025-10-31"  # type: ignore[index]
    draft = tmp_path / "延期.json"
    assert cli("request", "letter", rid, "--kind", "extension", "--out", str(draft))[0] == 0
    letter = json.loads(draft.read_text(encoding="utf-8"))
    assert letter["date"] == "2025-10-16" and "延长10个工作日" in letter["paragraphs"][2]
    assert "2025年10月31日前作出答复" in letter["paragraphs"][2]
    code, _, err = cli("request", "extend", add("2025-09-15"), "--date", "2025-10-16", "--days", "25")
    assert code == 1 and "1 至 20 个工作日" in err

    # A fee notice across 春节 2026: paid → the clock runs again; unpaid → closed as 6.2 once the 20 days pass.
    paid, unpaid = add("2026-01-26"), add("2026-01-26")
    fee = cli.json("request", "fee", paid, "--notice", "2026-02-02", "--served", "2026-02-04", "--amount", "300",
                   "--today", "2026-02-05")
    assert (fee["state"], fee["due"], fee["fee_pay_due"]) == ("fee", None, "2026-03-10")  # type: ignore[index]
    assert cli.json("request", "paid", paid, "--date", "2026-03-02", "--today", "2026-03-02")["due"] == "2026-03-19"  # type: ignore[index]
    cli.json("request", "fee", unpaid, "--notice", "2026-02-02", "--served", "2026-02-04", "--today", "2026-02-05")
    code, out, err = cli("request", "list", "--today", "2026-03-12")
    assert f"申请 {unpaid} 逾期未缴纳信息处理费，视为放弃，已按 6.2 办结" in err
    lapsed = cli.json("request", "show", unpaid, "--today", "2026-03-12")
    assert (lapsed["outcome"], lapsed["decision_date"], lapsed["state"]) == ("6.2", "2026-03-11", "closed")  # type: ignore[index]

    # Answered two working days late: flagged in the list, in --json and by `show`.
    late = add("2026-03-02")
    cli.json("request", "close", late, "--outcome", "1", "--date", "2026-04-01", "--today", "2026-04-01")
    listed = {r["number"]: r for r in cli.json("request", "list", "--today", "2026-04-02")}  # type: ignore[union-attr]
    assert listed[late]["late"] is True and listed[late]["late_days"] == 2 and listed[paid]["late"] is False
    code, out, err = cli("request", "list", "--today", "2026-04-02")
    assert next(line for line in out.splitlines() if line.startswith(late)).count("逾期答复") == 1
    assert "逾期答复：作出决定晚于答复期限 2 个工作日" in cli("request", "show", late, "--today", "2026-04-02")[2]


def test_a_hand_entered_total_is_checked(cli: Cli) -> None:
    code, _, err = cli("report", "set", "--year", "2026", "s4.复议.结果维持=2", "s4.复议.总计=3")
    assert code == 1 and "之和为 2" in err
    assert cli("report", "set", "--year", "2026", "s4.复议.结果维持=2", "s4.复议.尚未审结=1", "s4.复议.总计=3")[0] == 0


def test_a_county_enters_no_figures_of_its_own(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    county = Cli(tmp_path / "county", capsys)
    assert county("init", "--role", "county", "--division", "530902000000", "--name", "某某县政府办")[0] == 0
    code, _, err = county("report", "set", "--year", "2026", "s2.行政许可.本年处理决定数量=3")
    assert code == 1 and "各乡镇报送数字之和" in err
