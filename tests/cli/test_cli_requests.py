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
