"""Text lengths: names, titles, phones and catalog names are refused past 500 characters and contents past what one
spreadsheet cell holds, at entry, each with a message naming the field; an export never cuts a text silently (Excel
and openpyxl keep 32,767 characters of a cell): data from before these rules makes the export refuse, naming the row,
and no file is written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from openpyxl import load_workbook

from tests.cli.conftest import Cli
from tests.workbooks import SIX_ROWS, Layout, Row, make_workbook

LONG = "长" * 501
HUGE = "字" * 40_000


def item_id(cli: Cli) -> str:
    return cli.json("catalog", "search", "临时救助")[0]["id"][:8]  # type: ignore[index]


def refused(cli: Cli, *args: str) -> str:
    code, _, err = cli(*args)
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    return err


def test_names_titles_and_phones_are_refused_past_500_characters(cli: Cli) -> None:
    item = item_id(cli)
    assert "标题过长（40000 字），最多 500 字" in refused(cli, "record", "add", "--item", item, "--title", HUGE,
                                                    "--formed", "2026-11-02")
    assert "“文号”过长（501 字），最多 500 字" in refused(cli, "record", "add", "--item", item, "--title", "名单", "--doc-number",
                                                 LONG, "--formed", "2026-11-02")
    assert "“村名”过长（501 字）" in refused(cli, "village", "add", "--code", "530902100201", "--name", LONG)
    assert "“监督电话”过长" in refused(cli, "village", "add", "--code", "530902100201", "--name", "大河村", "--phone", LONG)
    assert "“村民小组名称”过长" in refused(cli, "village", "add", "--code", "530902100201", "--name", "大河村", "--groups", LONG)
    cli("village", "add", "--code", "530902100201", "--name", "大河村")
    assert "“监督电话”过长" in refused(cli, "village", "edit", "大河村", "--phone", LONG)
    assert "“公开事项名称”过长" in refused(cli, "village", "add-item", "大河村", "--category", "事务类", "--name", LONG,
                                     "--rhythm", "monthly")
    assert "“申请人姓名或单位”过长" in refused(cli, "request", "add", "--applicant", "natural", "--received", "2026-11-20",
                                       "--name", LONG)
    assert "“申请内容”过长（40000 字），最多 32767 字" in refused(cli, "request", "add", "--applicant", "natural", "--received",
                                                        "2026-11-20", "--content", HUGE)
    assert "一级事项: 文字过长（501 字），最多 500 字" in refused(
        cli, "catalog", "add", "--domain", "社会救助", "--level1", LONG, "--content", "c", "--basis", "b", "--time-limit",
        "每月", "--body", "b", "--channels", "网站", "--audience", "全社会", "--mode", "主动", "--tiers", "乡级")
    err = refused(cli, "--lang", "en", "village", "add", "--code", "530902100202", "--name", LONG)
    assert "'village name' is too long (501 characters); at most 500" in err
    # Exactly at the limit is fine.
    assert cli("village", "add", "--code", "530902100203", "--name", "长" * 497 + "小河村")[0] == 0


def test_a_notice_sheets_names_are_refused_past_500_characters(cli: Cli, tmp_path: Path) -> None:
    docs = Path(__file__).resolve().parents[2] / "docs"
    out = tmp_path / "sheet.pdf"
    for option, label in (("--issuer", "落款单位"), ("--board", "公开栏名称"), ("--phone", "监督电话"), ("--title", "标题")):
        err = refused(cli, "notice", "render", "--input", str(docs / "notice-general.json"), "--out", str(out), option, LONG)
        assert f"“{label}”过长（501 字），最多 500 字" in err and not out.exists()


def test_catalog_import_refuses_overlong_names_naming_the_row(cli: Cli, tmp_path: Path) -> None:
    rows = [*SIX_ROWS[:2], Row("临时救助", LONG)]
    path = make_workbook(tmp_path / "long.xlsx", {"文旅": (rows, Layout(title="文化旅游领域基层政务公开标准目录"))})
    code, out, err = cli("catalog", "import", str(path))
    assert code == 1 and "文旅 第6行 [二级事项]：文字过长（501 字），最多 500 字" in out, out + err


def _old_long_texts(cli: Cli) -> str:
    """A record and a catalog item holding texts from before the limits (as an older version stored them)."""
    record = cli.json("record", "add", "--item", item_id(cli), "--title", "临时救助名单", "--formed", "2026-11-02")
    conn = sqlite3.connect(cli.data_dir / "townshipdesk.sqlite3")
    with conn:
        conn.execute("UPDATE disclosures SET title = ? WHERE uuid = ?", (HUGE, record["id"]))  # type: ignore[index]
        conn.execute("UPDATE catalog_items SET content = ? WHERE level1 = '临时救助' AND domain = '社会救助'", (HUGE,))
    conn.close()
    return record["number"]  # type: ignore[index]


def test_export_never_cuts_a_long_text_it_refuses_naming_the_row(cli: Cli, tmp_path: Path) -> None:
    number = _old_long_texts(cli)
    out = tmp_path / "记录.xlsx"
    err = refused(cli, "record", "export", str(out))
    assert f"工作表“公开记录”第2行（{number} 字字字" in err and "“标题”有 40000 字，超过 Excel 一个单元格最多能放的 32767 字" in err
    assert "没有写入文件" in err and not out.exists()
    err = refused(cli, "--lang", "en", "record", "export", str(out))
    assert "Sheet '公开记录' row 2" in err and "'标题' has 40000 characters" in err and not out.exists()

    catalog = tmp_path / "目录.xlsx"
    err = refused(cli, "catalog", "export", str(catalog), "--domain", "社会救助")
    assert "工作表“社会救助”第" in err and "社会救助 / 临时救助" in err and "“公开内容（要素）”有 40000 字" in err
    assert not catalog.exists()

    # The other domains, with nothing too long, export whole as before.
    other = tmp_path / "扶贫.xlsx"
    assert cli("catalog", "export", str(other), "--domain", "扶贫")[0] == 0
    assert load_workbook(other).sheetnames == ["扶贫"]
