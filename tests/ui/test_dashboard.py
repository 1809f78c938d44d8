"""工作台: what a clerk sees on opening the program — overdue, due soon, waiting for review, periodic items
not yet disclosed, counts by domain — and opening a record from there."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY, item_id, open_dashboard
from townshipdesk.core.deadlines import compute_deadline
from townshipdesk.ui.dialogs.record_editor import RecordEditor
from townshipdesk.ui.main_window import MainWindow
from townshipdesk.ui.models.records import OVERDUE_BACKGROUND, OVERDUE_COLOUR
from townshipdesk.ui.pages.dashboard_page import DashboardPage
from townshipdesk.ui.pages.records_page import RecordsPage
from townshipdesk.ui.pages.villages_page import VillagesPage
from townshipdesk.ui.session import VILLAGES, Session

PURCHASE = "政府采购 / 采购结果"  # 中标、成交通知书发出之日起2个工作日内
GUIDE = "最低生活保障 / 办事指南"  # 自信息形成或者变更之日起20个工作日内


def texts(table: QTableView, column: str) -> list[str]:
    model = table.model()
    col = model.column_of(column)  # type: ignore[attr-defined]
    return [model.index(r, col).data() for r in range(model.rowCount())]


@pytest.fixture
def overdue_id(records_session: Session) -> str:
    """A purchase result formed 2026-10-12: due two working days later, six days overdue on TODAY."""
    records = records_session.records
    overdue = records.add(item_id(records_session, PURCHASE), "镇卫生院设备采购中标结果", "2026-10-12")
    records.add(item_id(records_session, GUIDE), "2026年低保办事指南（修订）", "2026-09-22")
    waiting = records.add(item_id(records_session, GUIDE), "低保申请材料清单更新", "2026-10-15")
    records.submit(waiting.uuid)
    published = records.add(item_id(records_session, PURCHASE), "办公用品采购结果", "2026-10-08")
    records.submit(published.uuid)
    records.review(published.uuid, "secrecy", "王建国")
    records.review(published.uuid, "release", "李红梅")
    records.publish(published.uuid, "2026-10-09")
    return overdue.uuid


@pytest.fixture
def dashboard(qtbot: QtBot, records_session: Session, overdue_id: str) -> DashboardPage:
    page = DashboardPage(records_session)
    qtbot.addWidget(page)
    page.resize(1180, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_an_overdue_record_is_listed_in_red_with_how_late_it_is(dashboard: DashboardPage, records_session: Session) -> None:
    due = compute_deadline("中标、成交通知书发出之日起2个工作日内", dt.date(2026, 10, 12), records_session.calendar).due
    assert due == dt.date(2026, 10, 14)
    assert dashboard.today_label.text() == "今天：2026-10-20（星期二）"
    assert dashboard.overdue_section.heading.text() == "逾期（1）"
    assert dashboard.overdue_table.isVisible()
    assert texts(dashboard.overdue_table, "title") == ["镇卫生院设备采购中标结果"]
    assert texts(dashboard.overdue_table, "due_date") == ["2026-10-14"]
    assert texts(dashboard.overdue_table, "reminder") == ["逾期 6 天"]
    index = dashboard.overdue_model.index(0, 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR


def test_due_soon_waiting_review_and_missing_periodic_items(dashboard: DashboardPage) -> None:
    # Due 2026-10-27, the fifth working day after TODAY; published records never show.
    assert dashboard.soon_section.heading.text() == "5个工作日内到期（1）"
    assert texts(dashboard.soon_table, "title") == ["2026年低保办事指南（修订）"]
    assert texts(dashboard.soon_table, "reminder") == ["还剩 5 个工作日"]
    assert dashboard.review_section.heading.text() == "待审核（1）"
    assert texts(dashboard.review_table, "title") == ["低保申请材料清单更新"]
    assert texts(dashboard.review_table, "state") == ["待审核"]

    missing = dashboard.missing_table
    rows = {missing.item(r, 1).text(): missing.item(r, 3).text() for r in range(missing.rowCount())}
    assert rows["临时救助 / 救助情况"] == "2026-12-31"  # 每季度: the quarter's last working day
    assert rows["临时救助 / 政策法规文件"] == "—"  # 长期公开, never recorded
    assert dashboard.missing_section.heading.text() == f"本期未公开的定期事项（{missing.rowCount()}）"
    assert not dashboard.estimate_banner.isVisible()


def test_counts_by_domain(dashboard: DashboardPage) -> None:
    table = dashboard.domain_table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 5)] for r in range(table.rowCount())}
    assert rows["财政预决算"][:3] == ["1", "0", "0"]
    assert rows["社会救助"][:3] == ["0", "1", "1"]
    assert table.item(0, 0).text() == "财政预决算"  # the domain with something overdue comes first


def test_an_empty_section_says_so(qtbot: QtBot, records_session: Session) -> None:
    page = DashboardPage(records_session)
    qtbot.addWidget(page)
    page.show()
    assert page.overdue_section.heading.text() == "逾期（0）"
    assert page.overdue_section.empty_label.isVisible() and not page.overdue_table.isVisible()
    assert page.overdue_section.empty_label.text() == "没有逾期的公开事项。"


def test_estimated_due_dates_are_flagged(qtbot: QtBot, records_session: Session) -> None:
    records_session.set_today(dt.date(2027, 3, 1))  # 2027's schedule is not shipped
    records_session.records.add(item_id(records_session, PURCHASE), "2027年第一批采购结果", "2027-02-24")
    page = DashboardPage(records_session)
    qtbot.addWidget(page)
    page.show()
    assert page.estimate_banner.isVisible()
    assert "节假日安排未发布，按法定节假日和周末估算（调休未知）" in page.estimate_banner.text()
    assert "2027" in page.estimate_banner.text()
    assert texts(page.overdue_table, "due_date") == ["2027-02-26（估算）"]


def test_enter_on_an_overdue_row_opens_it_in_the_records_page(qtbot: QtBot, records_session: Session,
                                                              overdue_id: str) -> None:
    window, dashboard = open_dashboard(qtbot, records_session)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table = dashboard.overdue_table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_Return)

    page = window.stack.currentWidget()
    assert isinstance(page, RecordsPage)
    record = page.current_record()
    assert record is not None and record.uuid == overdue_id
    assert "镇卫生院设备采购中标结果" in page.detail.toPlainText()
    assert "逾期 6 天" in page.detail.toPlainText()


def test_double_click_on_a_missing_periodic_item_starts_its_record(qtbot: QtBot, records_session: Session) -> None:
    window, dashboard = open_dashboard(qtbot, records_session)
    table = dashboard.missing_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "临时救助 / 救助情况")
    table.scrollToItem(table.item(row, 1))
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # QTest sends the double
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click's second half only
    page = window.stack.currentWidget()
    assert isinstance(page, RecordsPage)
    editor = page.findChild(RecordEditor)
    assert editor is not None and editor.isVisible()
    assert editor.item_label.text() == "社会救助 / 临时救助 / 救助情况"
    editor.reject()


def test_a_change_on_the_records_page_refreshes_the_overview(qtbot: QtBot, records_session: Session,
                                                             overdue_id: str) -> None:
    window, dashboard = open_dashboard(qtbot, records_session)
    page = window.show_page("records")
    assert isinstance(page, RecordsPage)
    assert page.show_record(overdue_id)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert dashboard.review_section.heading.text() == "待审核（2）"


def test_village_items_not_posted_this_period_are_listed_and_open_the_village(qtbot: QtBot,
                                                                             records_session: Session) -> None:
    villages = records_session.villages
    villages.add("530902100201", "大河村", phone="0871-6789123")
    villages.add("530902100202", "石桥村")
    for item in villages.items("石桥村"):
        if item.rhythm != "immediate":
            villages.post("石桥村", item.uuid, f"石桥村{item.name}公示", dt.date(2026, 10, 9), reviewers=["张国华"])
    window, dashboard = open_dashboard(qtbot, records_session)
    table = dashboard.unposted_table
    assert dashboard.village_section.heading.text() == "待张贴的村务公开事项（12）"
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert {r[0] for r in rows} == {"大河村"}  # 石桥村 has posted everything this period
    assert ["大河村", "最低生活保障对象名单及保障金额", "2026年10月"] in rows
    assert ["大河村", "特困人员救助供养对象名单", "2026年第四季度"] in rows

    villages.post("大河村", "最低生活保障对象名单及保障金额", "大河村10月低保名单公示", TODAY, reviewers=["李文"])
    records_session.notify(VILLAGES)
    assert dashboard.village_section.heading.text() == "待张贴的村务公开事项（11）"

    rect = table.visualItemRect(table.item(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.stack.currentWidget()
    assert isinstance(page, VillagesPage)
    assert page.village_heading.text() == "大河村"


def test_a_record_waiting_for_its_event_date_is_shown_first_among_the_due(qtbot: QtBot, records_session: Session) -> None:
    from townshipdesk.core.catalog import CatalogItem

    item = records_session.catalog.add_item(CatalogItem(
        domain="社会救助", level1="听证", level2="听证公告", content="听证事项、时间、地点", basis="《行政处罚法》第六十四条",
        time_limit="听证会举行7日前通知", body="乡镇人民政府", channels=["政府网站"], audience=["全社会"], mode=["主动"],
        tiers=["乡级"]))
    records_session.records.add(item.uuid, "低保听证会公告", "2026-10-12")
    page = DashboardPage(records_session)
    qtbot.addWidget(page)
    page.show()
    assert texts(page.soon_table, "due_date")[0] == "需要事件日期"
    assert texts(page.soon_table, "reminder")[0] == "需要事件日期，请编辑填写"


def test_the_window_paints_before_the_overview_is_built_and_then_shows_it(qtbot: QtBot,
                                                                          records_session: Session) -> None:
    window = MainWindow(records_session, first_page_after_paint=True)  # as the app starts it
    qtbot.addWidget(window)
    assert "dashboard" not in window._built  # nothing of the 工作台 is built before the first paint
    assert window.stack.currentWidget().text() == "正在打开工作台…"
    window.show()
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), DashboardPage))
    qtbot.waitUntil(lambda: window.stack.currentWidget().loaded)
    assert window.nav.currentRow() == 0


def test_the_height_goes_to_the_sections_that_list_something(qtbot: QtBot, dashboard: DashboardPage) -> None:
    """Ten sections share 720 pixels: the overdue list (one row) gets the room, a quiet section keeps its heading and
    one line (on a 768-pixel screen the busy list had been left three lines)."""
    qtbot.waitUntil(lambda: dashboard.grid.rowStretch(0) == 1)
    quiet = dashboard.reassess_section  # nothing marked 不公开 here
    assert not quiet.table.isVisible() and quiet.height() < 70
    assert dashboard.overdue_section.height() > 3 * quiet.height()
