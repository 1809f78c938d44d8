"""统计报表 at the county: two townships sent their bundles (one 46 days ago), the overview lists them with
their figures, highlights the late one, draws the chart, opens a township's records on double-click and
exports the summary workbook. At a township the page says plainly that the annual report comes later."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.sync.conftest import Office, county_and_two_townships, make_office
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.decisions import Decisions
from townshipdesk.ui.dialogs.township_records import TownshipRecordsDialog
from townshipdesk.ui.pages.coming_page import ComingPage
from townshipdesk.ui.pages.county_page import CountyPage, reports_page
from townshipdesk.ui.session import Session

TODAY = dt.date(2026, 11, 28)


def add_record(office: Office, query: str, title: str, formed: str, publish: bool = False) -> None:
    item = office.catalog.search(query)[0]
    record = office.records.add(item.uuid, title, formed)
    if publish:
        office.records.submit(record.uuid)
        office.records.review(record.uuid, "secrecy", "张")
        office.records.review(record.uuid, "release", "李")
        office.records.publish(record.uuid, formed)


@pytest.fixture
def county(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Office]:
    """某某县政府办 after importing 东镇 (two days ago: 3 records, one overdue) and 西乡 (46 days ago: 1 record)."""
    county, east, west = county_and_two_townships(tmp_path)
    add_record(east, "最低生活保障 审核信息", "东镇11月低保公示", "2026-11-02", publish=True)
    add_record(east, "临时救助", "东镇10月临时救助情况", "2026-10-08")  # due in October: overdue now
    add_record(east, "耕地地力", "东镇耕地地力补贴名单", "2026-11-20")
    add_record(west, "耕地地力", "西乡耕地地力补贴名单", "2026-10-09", publish=True)
    decisions = Decisions(east.db, load_calendar(east.db), today=TODAY)
    plan = decisions.add(2026, "集镇污水处理设施建设方案", "村镇规划建设服务中心", day=dt.date(2026, 9, 1))
    decisions.consult(plan.number, dt.date(2026, 9, 4), period="30日", methods=["公开征求意见"])  # ended 8 October
    east.sync.export_changes(tmp_path / "east.tdbundle")
    west.sync.export_changes(tmp_path / "west.tdbundle")
    import townshipdesk.sync.importing as service

    for town, received in (("east", "2026-11-26T02:00:00Z"), ("west", "2026-10-13T02:00:00Z")):
        monkeypatch.setattr(service, "utc_now", lambda received=received: received)  # the day the stick arrived
        county.sync.import_bundle(tmp_path / f"{town}.tdbundle")
    monkeypatch.undo()
    yield county
    for office in (county, east, west):
        office.db.close()


@pytest.fixture
def page(qtbot: QtBot, county: Office) -> CountyPage:
    page = reports_page(Session(county.data_dir, county.db, today=TODAY))
    assert isinstance(page, CountyPage)
    qtbot.addWidget(page)
    page.resize(1150, 740)
    page.show()
    qtbot.waitExposed(page)
    return page


def row_texts(page: CountyPage, row: int) -> list[str]:
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]


def test_the_overview_lists_each_township_with_its_figures(page: CountyPage) -> None:
    assert page.year_box.currentText() == "2026年"
    assert page.table.rowCount() == 2
    east, west = row_texts(page, 0), row_texts(page, 1)
    assert east[:2] == ["东镇", "530902100000"] and east[2].startswith("2026-11-26 ")
    assert east[3:7] == ["2", "3", "1", "1"]  # days ago, records, published, overdue
    assert east[7].endswith("（3/" + east[7].split("/")[1]) and east[8] == "0"
    # 公众参与: one decision in the catalog, its consultation over and its 采纳情况 not published (in the warning colour)
    # (columns 9–12: reviews overdue, lapsed, village events overdue, open concerns — none here)
    assert east[9:13] == west[9:13] == ["0", "0", "0", "0"]
    assert east[13:] == ["1", "0", "1"] and west[13:] == ["0", "0", "0"]
    assert page.table.item(0, 15).foreground().color() != page.table.item(1, 15).foreground().color()
    assert west[:2] == ["西乡", "530902200000"] and west[3:7] == ["46", "1", "1", "0"]
    assert page.summary_label.text() == ("共 2 个乡镇：公开记录 4 条，已发布 2 条，逾期未公开 1 条。"
                                         "1 个乡镇超过30天未报送（红色标出）。")
    late = page.table.item(1, 3)
    assert late.background().color().name() == "#fde2e1" and "超过30天未报送" in late.toolTip()
    assert page.table.item(0, 3).background().style() == Qt.BrushStyle.NoBrush
    assert [(r.name, r.overdue, r.stale) for r in page.chart.rows] == [("东镇", 1, False), ("西乡", 0, True)]
    assert page.chart.isVisible() and page.chart.height() >= page.chart.minimumHeight()


def test_another_year_has_no_records(page: CountyPage) -> None:
    page.year_box.setCurrentIndex(page.year_box.findData(2025))
    assert [row_texts(page, r)[4] for r in range(2)] == ["0", "0"]
    assert page.summary_label.text().startswith("共 2 个乡镇：公开记录 0 条")


def test_double_click_opens_the_townships_records_read_only(qtbot: QtBot, page: CountyPage) -> None:
    cell = page.table.visualItemRect(page.table.item(0, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # QTest sends the double
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # click's second half only
    dialog = page._dialogs[-1]  # noqa: SLF001 - the window-modal dialog the double-click opened
    assert isinstance(dialog, TownshipRecordsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "东镇 2026年的公开记录（只读）"
    titles = sorted(dialog.model.record_at(r).title for r in range(dialog.model.rowCount()))  # type: ignore[union-attr]
    assert titles == ["东镇10月临时救助情况", "东镇11月低保公示", "东镇耕地地力补贴名单"]  # not 西乡's
    assert dialog.count_label.text() == "共 3 条记录，其中逾期未公开 1 条"
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers
    dialog.overdue_box.setChecked(True)
    assert dialog.model.rowCount() == 1 and dialog.model.record_at(0).title == "东镇10月临时救助情况"  # type: ignore[union-attr]
    assert dialog.count_label.text() == "显示 1 条，共 3 条"
    dialog.reject()


def test_the_summary_workbook_is_exported(qtbot: QtBot, page: CountyPage, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "汇总"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status_label.isVisible(), timeout=10_000)
    written = tmp_path / "汇总.xlsx"
    assert page.status_label.text().startswith(f"已导出汇总表：{written}（2 个乡镇，")
    sheet = load_workbook(written)["汇总"]
    assert sheet["A1"].value == "某某县政府办各乡镇（街道）政务公开工作情况汇总表"
    rows = {sheet.cell(r, 2).value: [c.value for c in sheet[r]] for r in (4, 5)}
    assert rows["东镇"][5:8] == [3, 1, 1] and rows["西乡"][5:8] == [1, 1, 0]


def test_with_an_annual_report_page_the_county_gets_both_and_a_township_the_report(
        qtbot: QtBot, county: Office, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel, QTabWidget

    def annual(session: Session) -> QLabel:
        return QLabel(f"年度报告 {session.site.name}")  # type: ignore[union-attr]

    page = reports_page(Session(county.data_dir, county.db, today=TODAY), annual)
    qtbot.addWidget(page)
    assert isinstance(page, QTabWidget)
    assert [page.tabText(i) for i in range(page.count())] == ["各乡镇情况", "年度报告"]
    assert isinstance(page.widget(0), CountyPage) and page.widget(1).text() == "年度报告 某某县政府办"
    town = make_office(tmp_path / "t", "东镇", "township", "530902100000")
    try:
        report = reports_page(Session(town.data_dir, town.db, today=TODAY), annual)
        qtbot.addWidget(report)
        assert isinstance(report, QLabel) and report.text() == "年度报告 东镇"
    finally:
        town.db.close()


def test_a_county_without_bundles_says_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    office = make_office(tmp_path, "某某县政府办", "county", "530902000000")
    try:
        page = CountyPage(Session(office.data_dir, office.db, today=TODAY))
        qtbot.addWidget(page)
        page.show()
        assert page.empty_label.isVisible() and page.empty_label.text().startswith("尚未收到任何乡镇的同步包。")
        assert not page.table.isVisible() and not page.export_button.isEnabled()
    finally:
        office.db.close()


def test_a_township_is_told_the_annual_report_comes_later(qtbot: QtBot, tmp_path: Path) -> None:
    office = make_office(tmp_path, "东镇", "township", "530902100000")
    try:
        page = reports_page(Session(office.data_dir, office.db, today=TODAY))
        qtbot.addWidget(page)
        assert isinstance(page, ComingPage)
        assert page.status_label.text().startswith("年度报告的窗口界面将在后续版本提供。现在可以用命令生成：")
        assert "townshipdesk report annual --year 2025 --out 年度报告.xlsx" in page.status_label.text()
    finally:
        office.db.close()


def test_township_records_are_read_only_at_the_county_and_say_whose(qtbot: QtBot, county: Office) -> None:
    from townshipdesk.ui.pages.records_page import RecordsPage

    page = RecordsPage(Session(county.data_dir, county.db, today=TODAY))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers[0] == "乡镇"
    assert {page.model.index(r, 0).data() for r in range(4)} == {"东镇", "西乡"}
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current_record() is not None)
    assert not page.edit_button.isEnabled() and not page.publish_button.isEnabled()
    assert not page.attach_button.isEnabled()
    assert "只能由该乡镇修改" in page.edit_button.toolTip()
    assert page.edit_record() is None
