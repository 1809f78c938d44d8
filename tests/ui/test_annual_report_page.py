"""统计报表: the annual report's section 三 is counted from the register and checked; sections 二 and 四 are typed
into their grids, saved per year and exported with the tables (.xlsx) and the text skeleton (.docx)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from townshipdesk.core.reports import figures
from townshipdesk.ui.dialogs.request_dialogs import requests_of
from townshipdesk.ui.pages.annual_report_page import AnnualReportPage, default_year
from townshipdesk.ui.session import Session
from townshipdesk.ui.widgets.report_grids import section3_lines

S2_KEY = "s2.行政许可.本年处理决定数量"


@pytest.fixture
def report_session(session: Session) -> Session:
    """2026: five new requests (three closed in the year, two carried into 2027) and one carried in from 2025."""
    session.set_today(TODAY)
    service = requests_of(session)

    def add(received: str, applicant: str, content: str) -> str:
        return service.add(dt.date.fromisoformat(received), applicant, content=content).uuid

    old = add("2025-12-22", "natural", "秸秆禁烧补助发放名单")
    service.close(old, "1", dt.date(2026, 1, 15))
    service.close(add("2026-03-09", "natural", "低保资金发放明细"), "1", dt.date(2026, 3, 27))
    service.close(add("2026-04-15", "commercial", "污水处理工程评标报告"), "2", dt.date(2026, 5, 20))
    service.close(add("2026-06-02", "natural", "村干部个人收入"), "3.4", dt.date(2026, 6, 19))
    add("2026-10-12", "research", "申请办理情况统计")
    add("2026-10-19", "natural", "耕地地力保护补贴标准")
    add("2025-06-01", "other", "2024年的旧申请")  # closed nowhere: carried into 2026 and out again
    return session


@pytest.fixture
def page(qtbot: QtBot, report_session: Session) -> AnnualReportPage:
    widget = AnnualReportPage(report_session)
    qtbot.addWidget(widget)
    widget.resize(1160, 740)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_year(2026)
    return widget


def s3_row(page: AnnualReportPage, label: str) -> list[str]:
    table = page.s3_table
    for row in range(table.rowCount()):
        if table.item(row, 0).text().strip("　") == label:
            return [table.item(row, c).text() for c in range(1, table.columnCount())]
    raise AssertionError(f"no row {label}")


def test_the_year_opens_on_last_year_while_the_report_is_being_written() -> None:
    assert default_year(dt.date(2027, 1, 20)) == 2026
    assert default_year(dt.date(2026, 10, 20)) == 2026


def test_section_three_is_counted_from_the_register_and_checked(page: AnnualReportPage) -> None:
    # columns: 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
    assert s3_row(page, "一、本年新收政府信息公开申请数量") == ["3", "1", "1", "0", "0", "0", "5"]
    assert s3_row(page, "二、上年结转政府信息公开申请数量") == ["1", "0", "0", "0", "0", "1", "2"]
    assert s3_row(page, "（一）予以公开") == ["2", "0", "0", "0", "0", "0", "2"]
    assert s3_row(page, "（二）部分公开") == ["0", "1", "0", "0", "0", "0", "1"]
    assert s3_row(page, "4.保护第三方合法权益") == ["1", "0", "0", "0", "0", "0", "1"]
    assert s3_row(page, "（三）不予公开") == [""] * 7  # a heading over its eight reasons
    assert s3_row(page, "（七）总计") == ["3", "1", "0", "0", "0", "0", "4"]
    assert s3_row(page, "四、结转下年度继续办理") == ["1", "0", "1", "0", "0", "1", "3"]
    assert page.check_label.text() == "✔ 校验通过：一 + 二 = 三（七）+ 四"
    assert "#1e6b34" in page.check_label.styleSheet()
    assert page.s3_table.editTriggers() == page.s3_table.EditTrigger.NoEditTriggers
    assert "测试镇人民政府" in page.scope_label.text()


def test_a_table_that_does_not_add_up_is_shown_red(page: AnnualReportPage) -> None:
    report = page.report
    assert report is not None
    report.requests.new["natural"] += 1  # as if a request had been lost between the counts
    page._show_section3(report)
    assert page.check_label.text().startswith("✘ 校验不通过（自然人）")
    assert "#9b1c1c" in page.check_label.styleSheet()
    assert len(section3_lines(report)) == 30


def test_a_typed_section_two_figure_is_saved_and_exported(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path, page: AnnualReportPage) -> None:
    table = page.s2_table
    row = next(r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == "行政许可")
    column = 3  # 本年处理决定数量
    assert not table.item(row, 0).flags() & Qt.ItemFlag.ItemIsEditable  # 行政许可 has no 制发件数
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))  # as a double-click does
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "3a6")  # the cell takes digits only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == "36")  # Qt commits the cell on the next turn
    assert page.dirty and page.dirty_label.text() == "有未保存的录入"

    target = tmp_path / "年报2026.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    assert figures(page.session.db, 2026)[S2_KEY] == "36"  # saved before exporting
    assert not page.dirty
    qtbot.waitUntil(lambda: page.status_label.text().startswith("已导出"), timeout=10_000)
    sheet = load_workbook(target)["二、主动公开"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    label_row = next(i for i, r in enumerate(rows) if r[0] == "行政许可")
    assert rows[label_row][1] == 36  # the template prints the figure beside its row name
    counts = load_workbook(target)["三、依申请公开"]
    assert any(r[0] == "一、本年新收政府信息公开申请数量" and r[-1] == 5 for r in counts.iter_rows(values_only=True))

    docx = tmp_path / "年报2026.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(docx), ""))
    qtbot.mouseClick(page.docx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status_label.text() == f"已导出：{docx}", timeout=10_000)
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "测试镇人民政府2026年政府信息公开工作年度报告" in text


def test_section_four_totals_itself_and_figures_stay_with_their_year(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                                      page: AnnualReportPage) -> None:
    assert page.set_figure("s4.复议.结果维持", "2")
    assert page.set_figure("s4.复议.尚未审结", "1")
    assert page.s4_table.item(0, 4).text() == "3"
    assert not page.set_figure("s4.复议.总计", "9")  # computed, not typed
    asked: list[str] = []

    def answer(parent: object, title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.set_year(2025)
    assert asked == ["2026 年度有未保存的录入，要先保存吗？"]
    assert page.s4_table.item(0, 0).text() == ""
    assert figures(page.session.db, 2026)["s4.复议.总计"] == "3"
    page.set_year(2026)
    assert page.s4_table.item(0, 0).text() == "2" and page.s4_table.item(0, 4).text() == "3"


def test_a_figure_that_is_not_a_number_is_refused(monkeypatch: pytest.MonkeyPatch, page: AnnualReportPage) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    page.set_figure(S2_KEY, ".")
    assert not page.save()
    assert shown == ["“s2.行政许可.本年处理决定数量”应为数字，收到“.”"]
    assert page.dirty


def test_a_county_sees_the_townships_sums_read_only(qtbot: QtBot, report_session: Session) -> None:
    db = report_session.db
    db.conn.execute("INSERT INTO peers (site_id, division_code, name) VALUES ('east-site', '530902100000', '东镇')")
    db.conn.execute("INSERT INTO annual_figures (uuid, site_id, year, key, value) VALUES "
                    "('f1', 'east-site', 2026, 's2.行政许可.本年处理决定数量', '7'), "
                    "('f2', 'east-site', 2026, 's4.复议.结果维持', '2'), ('f3', 'east-site', 2026, 's4.复议.总计', '2')")
    widget = AnnualReportPage(report_session, county=True)
    qtbot.addWidget(widget)
    widget.set_year(2026)
    assert widget.scope_label.text() == "全县汇总：第二、三、四部分为已报送数据的 1 个乡镇的合计"
    assert not widget.save_button.isVisibleTo(widget)
    assert not widget.set_figure(S2_KEY, "9")  # no cell takes a figure: they are the townships' sums
    texts = [widget.s2_table.item(r, c).text() for r in range(widget.s2_table.rowCount())
             for c in range(widget.s2_table.columnCount())]
    assert "7" in texts and widget.s4_table.item(0, 0).text() == "2" and widget.s4_table.item(0, 4).text() == "2"
