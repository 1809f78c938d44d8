"""The annual report for a seeded year, checked cell by cell in the workbook; the .docx skeleton; letters."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.letters import letter_data
from townshipdesk.core.reports import annual_report, figures, set_figures
from townshipdesk.core.requests import Requests
from townshipdesk.core.store import Database
from townshipdesk.errors import RequestError
from townshipdesk.io.excel.report_writer import export_annual_report
from townshipdesk.io.notice_input import notice_from_data
from townshipdesk.io.pdf.notice_pdf import render_notice
from townshipdesk.io.report_docx import export_report_docx

D = dt.date


@pytest.fixture
def seeded(township_db: Database) -> Requests:
    reg = Requests(township_db, load_calendar(township_db))
    # Carried in from 2025: one closed in 2026 (granted), one closed in 2025 (not this year's business).
    old = reg.add(D(2025, 12, 20), "natural")
    reg.close(old.uuid, "1", D(2026, 1, 8))
    done_2025 = reg.add(D(2025, 11, 3), "commercial")
    reg.close(done_2025.uuid, "2", D(2025, 11, 20))
    # New in 2026.
    for applicant, outcome, decided in [("natural", "1", D(2026, 3, 20)), ("natural", "3.4", D(2026, 4, 1)),
                                        ("commercial", "2", D(2026, 5, 6)), ("legal", "4.1", D(2026, 6, 1)),
                                        ("research", "5.2", D(2026, 7, 1))]:
        r = reg.add(decided - dt.timedelta(days=10), applicant)
        reg.close(r.uuid, outcome, decided)
    reg.add(D(2026, 12, 20), "charity")  # still open at the year's end: carried over
    set_figures(township_db, 2026, {"s2.规章.本年制发件数": "0", "s2.行政规范性文件.现行有效件数": "3",
                                    "s2.行政许可.本年处理决定数量": "12", "s2.行政事业性收费.本年收费金额（单位：万元）": "1.5",
                                    "s4.复议.结果维持": "1", "s4.复议.总计": "1"})
    return reg


def test_request_table_counts(seeded: Requests) -> None:
    t = annual_report(seeded.db, 2026).requests
    assert t.new == {"natural": 2, "commercial": 1, "legal": 1, "research": 1, "charity": 1}
    assert t.carried_in == {"natural": 1}
    assert t.outcomes == {"1": {"natural": 2}, "3.4": {"natural": 1}, "2": {"commercial": 1}, "4.1": {"legal": 1},
                          "5.2": {"research": 1}}
    assert t.carried_out == {"charity": 1}
    assert t.consistent() == []


def test_workbook_cell_by_cell(seeded: Requests, tmp_path: Path) -> None:
    out = export_annual_report(annual_report(seeded.db, 2026), "测试镇人民政府", tmp_path / "年报.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["二、主动公开", "三、依申请公开", "四、复议诉讼"]
    s3 = wb["三、依申请公开"]
    rows = {}
    for r in range(6, s3.max_row + 1):
        label = " ".join(str(s3.cell(r, c).value) for c in (1, 2, 3) if s3.cell(r, c).value)
        rows[r] = (label, [s3.cell(r, c).value for c in range(4, 11)])
    by_row = list(rows.values())
    assert by_row[0] == ("一、本年新收政府信息公开申请数量", [2, 1, 1, 1, 1, 0, 6])  # 自然人 … 其他 总计
    assert by_row[1] == ("二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0, 1])
    assert by_row[2] == ("三、本年度办理结果 （一）予以公开", [2, 0, 0, 0, 0, 0, 2])
    assert by_row[3][1] == [0, 1, 0, 0, 0, 0, 1]  # （二）部分公开
    assert by_row[4 + 3] == ("4.保护第三方合法权益", [1, 0, 0, 0, 0, 0, 1])
    assert by_row[12][0].startswith("（四）无法提供 1.本机关不掌握") and by_row[12][1] == [0, 0, 0, 0, 1, 0, 1]
    assert by_row[16][0] == "2.重复申请" and by_row[16][1] == [0, 0, 1, 0, 0, 0, 1]
    assert by_row[-3] == ("（七）总计", [3, 1, 1, 0, 1, 0, 6])
    assert by_row[-2] == ("四、结转下年度继续办理", [0, 0, 0, 1, 0, 0, 1])
    assert by_row[-1][0] == "校验通过：一 + 二 = 三（七）+ 四"
    assert {str(m) for m in s3.merged_cells.ranges if 3 <= m.min_row <= 5} == {"A3:C5", "D3:J3", "D4:D5", "E4:I4", "J4:J5"}


# Sections 二 and 四 of the national template (国办公开办函〔2021〕30号, 附件 表格; text read in a county's reposting
# of the notice, see docs/request-clock.md): every cell from row 3 down, None where a merged range continues.
TEMPLATE_S2 = [
    ["第二十条第（一）项", None, None, None],
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", 0, 0, 0],
    ["行政规范性文件", 0, 0, 3],
    ["第二十条第（五）项", None, None, None],
    ["信息内容", "本年处理决定数量", None, None],
    ["行政许可", 12, None, None],
    ["第二十条第（六）项", None, None, None],
    ["信息内容", "本年处理决定数量", None, None],
    ["行政处罚", 0, None, None],
    ["行政强制", 0, None, None],
    ["第二十条第（八）项", None, None, None],
    ["信息内容", "本年收费金额（单位：万元）", None, None],
    ["行政事业性收费", 1.5, None, None],
]
TEMPLATE_S2_MERGES = {"A3:D3", "A7:D7", "B8:D8", "B9:D9", "A10:D10", "B11:D11", "B12:D12", "B13:D13", "A14:D14",
                      "B15:D15", "B16:D16"}
RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
TEMPLATE_S4 = [
    ["行政复议", None, None, None, None, "行政诉讼", *[None] * 9],
    [*RESULTS, "未经复议直接起诉", *[None] * 4, "复议后起诉", *[None] * 4],
    [*[None] * 5, *RESULTS, *RESULTS],
    [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 1, 0, 0, 3],
]
TEMPLATE_S4_MERGES = {"A3:E3", "F3:O3", "F4:J4", "K4:O4", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5"}


def test_sections_two_and_four_are_laid_out_as_the_template(seeded: Requests, tmp_path: Path) -> None:
    set_figures(seeded.db, 2026, {"s4.复议后起诉.结果维持": "2", "s4.复议后起诉.结果纠正": "1"})
    wb = load_workbook(export_annual_report(annual_report(seeded.db, 2026), "测试镇人民政府", tmp_path / "年报.xlsx"))
    s2, s4 = wb["二、主动公开"], wb["四、复议诉讼"]
    assert s2["A1"].value == "二、主动公开政府信息情况" and s4["A1"].value == "四、政府信息公开行政复议、行政诉讼情况"
    assert [[c.value for c in row] for row in s2.iter_rows(min_row=3)] == TEMPLATE_S2
    assert {str(m) for m in s2.merged_cells.ranges} - {"A1:D1", "A2:D2"} == TEMPLATE_S2_MERGES
    assert [[c.value for c in row] for row in s4.iter_rows(min_row=3)] == TEMPLATE_S4
    assert {str(m) for m in s4.merged_cells.ranges} - {"A1:O1", "A2:O2"} == TEMPLATE_S4_MERGES
    assert all(s2.cell(r, 1).font.b for r in (3, 4, 7, 8, 10, 11, 14, 15))  # band and header rows in bold


def test_a_hand_entered_total_must_equal_its_parts(seeded: Requests) -> None:
    with pytest.raises(RequestError, match="“s4.复议.总计”填写为 5，但.*之和为 1"):
        set_figures(seeded.db, 2026, {"s4.复议.总计": "5"})
    set_figures(seeded.db, 2026, {"s4.复议.结果纠正": "2"})  # the stored total follows its parts
    assert figures(seeded.db, 2026)["s4.复议.总计"] == "3"
    with pytest.raises(RequestError, match="不能为负数"):
        set_figures(seeded.db, 2026, {"s2.行政许可.本年处理决定数量": "-1"})


def test_a_stored_total_that_differs_from_its_parts_is_never_shown(seeded: Requests) -> None:
    """A row that arrived in a bundle (the county sums them) or from an old version: the total is computed."""
    set_figures(seeded.db, 2026, {"s4.复议.结果维持": "2", "s4.复议.结果纠正": "1"})
    with seeded.db.transaction():
        seeded.db.conn.execute("UPDATE annual_figures SET value = '9' WHERE key = 's4.复议.总计'")
    assert figures(seeded.db, 2026)["s4.复议.总计"] == "3"
    assert annual_report(seeded.db, 2026).figures["s4.复议.总计"] == "3"
    site = seeded.db.conn.execute("SELECT site_id FROM site").fetchone()[0]
    assert figures(seeded.db, 2026, [site])["s4.复议.总计"] == "3"  # the county's sum, too
    assert "s4.复议后起诉.总计" not in figures(seeded.db, 2026)  # no parts, no total


def test_figures_of_schema_seven_move_to_the_synced_table(tmp_path: Path) -> None:
    import shutil
    import sqlite3

    from tests.conftest import REPO

    path = tmp_path / "old.sqlite3"
    shutil.copy(REPO / "tests" / "fixtures" / "schemas" / "schema-7.sqlite3", path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO report_figures VALUES (2025, 's4.复议.结果维持', '2')")
        conn.execute("UPDATE requests SET channel = '信函'")
    db = Database(path)
    try:
        rows = db.query("SELECT site_id, year, key, value FROM annual_figures")
        assert rows == [{"site_id": "11111111-2222-3333-4444-555555555555", "year": 2025, "key": "s4.复议.结果维持",
                         "value": "2"}]
        assert db.query("SELECT channel FROM requests") == [{"channel": "邮寄"}]
        assert db.query("SELECT tbl FROM sync_changes WHERE tbl = 'annual_figures'") == []  # not sent before an edit
    finally:
        db.close()


def test_the_text_skeleton_has_every_heading_and_the_tables(seeded: Requests, tmp_path: Path) -> None:
    out = export_report_docx(annual_report(seeded.db, 2026), "测试镇人民政府", tmp_path / "年报.docx")
    doc = Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    for heading in ("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"):
        assert heading in text
    assert "测试镇人民政府2026年政府信息公开工作年度报告" in text
    assert len(doc.tables) == 3
    assert doc.tables[1].rows[-2].cells[9].text == "6"  # （七）总计, 总计 column


def test_hand_figures_are_checked(township_db: Database) -> None:
    with pytest.raises(RequestError, match="未知的报表项"):
        set_figures(township_db, 2026, {"s2.不存在": "1"})
    with pytest.raises(RequestError, match="应为数字"):
        set_figures(township_db, 2026, {"s4.复议.总计": "一"})


@pytest.mark.parametrize(("kind", "outcome", "expected"), [
    ("correction", None, "政府信息公开申请补正通知书"),
    ("extension", None, "政府信息公开申请延期答复告知书"),
    ("decision", "3.4", "第三方合法权益"),
    ("decision", "1", "属于公开范围"),
])
def test_letters_render(seeded: Requests, tmp_path: Path, kind: str, outcome: str | None, expected: str) -> None:
    r = seeded.add(D(2026, 9, 25), "natural", name="张三", content="2026年低保名单")
    if kind == "correction":
        r = seeded.correct(r.uuid, D(2026, 9, 29))
    if kind == "extension":
        r = seeded.extend(r.uuid, D(2026, 10, 20))
    if outcome:
        r = seeded.close(r.uuid, outcome, D(2026, 10, 20))
    data = letter_data(r, seeded.clock(r, D(2026, 10, 20)), kind, office="测试镇人民政府", authority="某某县人民政府",
                       date=D(2026, 10, 20))
    out = render_notice(notice_from_data(data, "general", seeded.calendar), tmp_path / "letter.pdf")
    text = re.sub(r"\s+", "", PdfReader(out).pages[0].extract_text())
    assert expected in text and "张三：" in text and "测试镇人民政府" in text and "村务监督委员会" not in text
    if kind == "extension":
        assert "2026年11月26日" in text  # 29 Oct + 20 working days
    if outcome == "3.4":
        assert "某某县人民政府申请行政复议" in text
