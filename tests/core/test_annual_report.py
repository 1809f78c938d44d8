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
from townshipdesk.core.reports import annual_report, set_figures
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
    s2 = wb["二、主动公开"]
    assert [c.value for c in s2[3]] == ["规章", "本年制发件数", "本年废止件数", "现行有效件数"]
    assert [c.value for c in s2[6]] == [None, 0, 0, 3]
    assert s2["B8"].value == 12 and s2["B14"].value == 1.5
    s4 = wb["四、复议诉讼"]
    assert s4["A3"].value == "行政复议" and s4["A5"].value == 1 and s4["E5"].value == 1 and s4["F5"].value == 0


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
