"""Numbers a clerk can say on the phone (issue 16): every record, request and village posting gets one, it is shown
in every list and accepted wherever an id is taken, and an unknown number is answered in words."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli
from tests.cli.test_cli_records import add_item


def test_records_are_numbered_per_year_of_formation_and_acted_on_by_number(cli: Cli) -> None:
    item = add_item(cli, "20个工作日")
    first = cli.json("record", "add", "--item", item, "--title", "十月低保名单", "--formed", "2026-10-09")
    old = cli.json("record", "add", "--item", item, "--title", "去年的补录", "--formed", "2025-12-30")
    second = cli.json("record", "add", "--item", item, "--title", "十一月低保名单", "--formed", "2026-11-02")
    assert [first["number"], old["number"], second["number"]] == ["2026-0001", "2025-0001", "2026-0002"]  # type: ignore[index]
    assert {r["number"] for r in cli.json("record", "list")} == {"2026-0001", "2025-0001", "2026-0002"}  # type: ignore[union-attr]

    code, out, _ = cli("record", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[0] == "编号" and lines[1].startswith("2026-0002  2026-11-02")

    # The whole review cycle by number, as typed in a hurry: no leading zeros, a full-width dash.
    assert cli.json("record", "show", "2026-0002")["title"] == "十一月低保名单"  # type: ignore[index]
    assert cli.json("record", "submit", "2026-2")["state"] == "pending"  # type: ignore[index]
    cli.json("record", "review", "2026－0002", "--kind", "secrecy", "--reviewer", "张三")
    cli.json("record", "review", "2026-0002", "--kind", "release", "--reviewer", "李四")
    assert cli.json("record", "publish", "2026-0002", "--date", "2026-11-20")["state"] == "published"  # type: ignore[index]
    code, out, _ = cli("record", "show", "2026-0002")
    assert code == 0 and out.startswith("记录 2026-0002：十一月低保名单") and "编号：2026-0002" in out
    # The hex id still works.
    assert cli.json("record", "show", first["id"][:8])["number"] == "2026-0001"  # type: ignore[index]
    assert [r["number"] for r in cli.json("record", "list", "--text", "2025-0001")] == ["2025-0001"]  # type: ignore[union-attr]

    code, _, err = cli("record", "show", "2026-0099")
    assert code == 1 and err.strip() == "错误：没有编号为 2026-0099 的公开记录（编号形如 2026-0012，可用 record list 查看）"
    code, _, err = cli("--lang", "en", "record", "publish", "2024-7", "--date", "2026-11-20")
    assert code == 1 and "No disclosure record numbered 2024-0007" in err


def test_requests_carry_the_registers_own_number_in_lists_steps_and_letters(cli: Cli, tmp_path: Path) -> None:
    numbers = [cli.json("request", "add", "--received", day, "--applicant", "natural", "--name", "张三", "--content",
                        "低保名单", "--today", day)["number"] for day in ("2026-09-01", "2026-09-25", "2025-12-01")]  # type: ignore[index]
    assert numbers == ["依申2026-001", "依申2026-002", "依申2025-001"]

    # Steps by number, with or without the register's prefix.
    cli.json("request", "accept", "依申2026-002", "--date", "2026-09-25", "--today", "2026-09-26")
    closed = cli.json("request", "close", "2026-002", "--outcome", "grant", "--date", "2026-10-20", "--today", "2026-10-21")
    assert (closed["number"], closed["state"], closed["accepted_date"]) == ("依申2026-002", "closed", "2026-09-25")  # type: ignore[index]
    code, out, _ = cli("request", "show", "依申2026-2", "--today", "2026-10-21")
    assert code == 0 and out.startswith("申请 依申2026-002：自然人，2026-09-25 收到")

    code, out, _ = cli("request", "list", "--today", "2026-10-21")
    rows = out.splitlines()
    assert rows[0].split()[0] == "编号"
    assert sorted(line.split()[0] for line in rows[1:]) == ["依申2025-001", "依申2026-001", "依申2026-002"]

    draft = tmp_path / "答复.json"
    assert cli("request", "letter", "依申2026-002", "--kind", "decision", "--out", str(draft))[0] == 0
    letter = json.loads(draft.read_text(encoding="utf-8"))
    assert "政府信息公开申请（编号：依申2026-002）" in letter["paragraphs"][1]

    code, _, err = cli("request", "accept", "依申2026-009", "--date", "2026-10-21", "--today", "2026-10-21")
    assert code == 1 and "没有编号为 依申2026-009 的申请" in err


def test_village_postings_are_numbered_and_found_by_number(cli: Cli) -> None:
    cli.json("village", "add", "--code", "530902100201", "--name", "大河村")
    cli.json("village", "add", "--code", "530902100202", "--name", "小河村")
    first = cli.json("village", "post", "大河村", "--item", "村级财务收支", "--title", "10月财务", "--date", "2026-11-05")
    second = cli.json("village", "post", "小河村", "--item", "村级财务收支", "--title", "10月财务", "--date", "2026-11-06")
    assert (first["number"], second["number"]) == ("村务2026-0001", "村务2026-0002")  # type: ignore[index]  # per office

    code, out, _ = cli("village", "post", "大河村", "--item", "村级财务收支", "--title", "9月财务", "--date", "2026-10-08")
    assert code == 0 and out.startswith("已登记张贴 村务2026-0003：9月财务")
    code, out, _ = cli("village", "postings", "大河村")
    assert [line.split()[0] for line in out.splitlines()] == ["编号", "村务2026-0001", "村务2026-0003"]

    objected = cli.json("village", "objection", "村务2026-1", "--text", "名单有误", "--reply", "已核实")
    assert (objected["number"], objected["objections"]) == ("村务2026-0001", "名单有误")  # type: ignore[index]
    code, _, err = cli("village", "objection", "村务2026-0042", "--text", "x")
    assert code == 1 and "没有编号为 村务2026-0042 的张贴记录" in err
