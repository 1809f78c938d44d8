"""The main window and start-up: title, navigation, pages built when first opened, shortcuts, first run, bad data."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from townshipdesk.core.site import init_site
from townshipdesk.core.store import Database
from townshipdesk.ui.dialogs.first_run import FirstRunDialog
from townshipdesk.ui.dialogs.item_editor import ItemEditor
from townshipdesk.ui.launch import prepare
from townshipdesk.ui.main_window import MainWindow
from townshipdesk.ui.pages.catalog_page import CatalogPage
from townshipdesk.ui.pages.dashboard_page import DashboardPage
from townshipdesk.ui.pages.settings_page import SettingsPage
from townshipdesk.ui.pages.villages_page import VillagesPage
from townshipdesk.ui.session import Session

NAVIGATION = ["工作台", "标准目录", "公开记录", "复核与清理", "村务公开", "依申请公开", "回应关切", "公众参与", "同步", "统计报表",
              "设置"]


@pytest.fixture
def window(qtbot: QtBot, sample_session: Session) -> MainWindow:
    win = MainWindow(sample_session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def app_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """prepare() sets the excepthook and adds a log handler, as the app does; put both back afterwards."""
    root = logging.getLogger()
    handlers = list(root.handlers)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def nav_texts(win: MainWindow) -> list[str]:
    return [win.nav.item(i).text() for i in range(win.nav.count())]


def test_title_navigation_and_status_bar(window: MainWindow) -> None:
    assert window.windowTitle() == "TownshipDesk 政务公开助手 — 测试镇人民政府"
    assert nav_texts(window) == NAVIGATION
    assert window.site_label.text() == "测试镇人民政府（530902100000，乡镇）"
    assert window.data_label.text() == f"数据：{window.session.data_dir}"
    assert isinstance(window.stack.currentWidget(), DashboardPage)


def test_the_overview_shows_the_site_and_real_catalog_counts(window: MainWindow) -> None:
    page = window.stack.currentWidget()
    assert isinstance(page, DashboardPage)
    assert page.site_heading.text() == "测试镇人民政府"
    assert "530902100000" in page.site_details.text() and "乡镇" in page.site_details.text()
    assert page.catalog_summary.text().startswith("标准目录：2 个领域，共 12 个有效事项；当前为第 1 版")


def test_the_requests_page_is_built_when_first_opened(window: MainWindow) -> None:
    from townshipdesk.ui.pages.requests_page import RequestsPage

    window.nav.setCurrentRow(NAVIGATION.index("依申请公开"))
    page = window.stack.currentWidget()
    assert isinstance(page, RequestsPage)
    assert page.count_label.text() == "共 0 件申请，未办结 0 件，逾期 0 件"


def test_the_participation_page_is_built_when_first_opened(window: MainWindow) -> None:
    from townshipdesk.ui.pages.decisions_page import DecisionsPage

    window.nav.setCurrentRow(NAVIGATION.index("公众参与"))
    page = window.stack.currentWidget()
    assert isinstance(page, DecisionsPage)
    assert page.count_label.text() == "共 0 项；目录尚未登记公布" and page.detail.text() == "请选择或新增一个决策事项。"


def test_sync_and_reports_pages_are_built_when_first_opened(window: MainWindow) -> None:
    from townshipdesk.ui.pages.annual_report_page import AnnualReportPage
    from townshipdesk.ui.pages.sync_page import SyncPage

    window.nav.setCurrentRow(NAVIGATION.index("同步"))
    page = window.stack.currentWidget()
    assert isinstance(page, SyncPage) and page.site_heading.text() == "测试镇人民政府"
    window.nav.setCurrentRow(NAVIGATION.index("统计报表"))
    page = window.stack.currentWidget()
    assert isinstance(page, AnnualReportPage)  # a township: its own annual report


def test_the_village_affairs_page_is_built_when_first_opened(window: MainWindow) -> None:
    window.nav.setCurrentRow(NAVIGATION.index("村务公开"))
    page = window.stack.currentWidget()
    assert isinstance(page, VillagesPage)
    assert page.empty_label.text().startswith("还没有登记村。")


def test_settings_show_the_data_folder_and_site(window: MainWindow) -> None:
    window.nav.setCurrentRow(NAVIGATION.index("设置"))
    page = window.stack.currentWidget()
    assert isinstance(page, SettingsPage)
    assert page.data_dir_label.text() == str(window.session.data_dir)
    assert page.site_code.text() == "530902100000"
    page.language_box.setCurrentIndex(1)
    assert window.session.ui_settings().value("language") == "en"


def test_shortcuts_reach_the_catalog(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert isinstance(page, CatalogPage)
    assert page.search_edit.hasFocus()
    type_text(page.search_edit, "低保")
    qtbot.waitUntil(lambda: page.count_label.text() == "找到 2 项")

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.findChild(ItemEditor)
    assert editor is not None and editor.isVisible()
    editor.reject()


def test_the_catalog_change_refreshes_the_overview(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    overview = window.stack.currentWidget()
    catalog = window.show_page("catalog")
    assert isinstance(catalog, CatalogPage) and isinstance(overview, DashboardPage)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("不再适用", True))
    catalog.select_item(catalog.model.item_at(0).uuid)  # type: ignore[union-attr]
    qtbot.mouseClick(catalog.retire_button, Qt.MouseButton.LeftButton)
    assert overview.catalog_summary.text().startswith("标准目录：2 个领域，共 11 个有效事项（另有已停用 1 个）；当前为第 2 版")


def test_start_up_on_a_new_data_folder_runs_the_first_run_dialog(qtbot: QtBot, tmp_path: Path, app_state: None) -> None:
    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunDialog)
        qtbot.keyClicks(dialog.code_edit, "530902100000")
        type_text(dialog.name_edit, "新设镇人民政府")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    _app, win, code = prepare(["--data-dir", str(tmp_path / "fresh")])
    assert win is not None and code == 0
    qtbot.addWidget(win)
    try:
        assert win.windowTitle() == "TownshipDesk 政务公开助手 — 新设镇人民政府"
        assert win.isVisible()
    finally:
        win.session.close()


def test_quitting_the_first_run_dialog_writes_nothing(qtbot: QtBot, tmp_path: Path, app_state: None) -> None:
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    _app, win, code = prepare(["--data-dir", str(tmp_path / "fresh")])
    assert (win, code) == (None, 0)
    db = Database(tmp_path / "fresh" / "townshipdesk.sqlite3")
    try:
        assert db.query("SELECT count(*) AS n FROM site")[0]["n"] == 0
    finally:
        db.close()


def test_english_on_request(qtbot: QtBot, tmp_path: Path, app_state: None) -> None:
    db = Database(tmp_path / "d" / "townshipdesk.sqlite3")
    init_site(db, "county", "530902000000", "测试县")
    db.close()
    _app, win, _code = prepare(["--data-dir", str(tmp_path / "d"), "--lang", "en"])
    assert win is not None
    qtbot.addWidget(win)
    try:
        assert win.windowTitle() == "TownshipDesk — 测试县"
        assert nav_texts(win)[:2] == ["Overview", "Catalog"]
        assert win.site_label.text() == "测试县 (530902000000, county)"
    finally:
        win.session.close()


def test_a_damaged_database_is_reported_not_opened(qtbot: QtBot, tmp_path: Path, app_state: None, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "townshipdesk.sqlite3").write_bytes(b"garbage" * 1000)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *rest: shown.append(text))
    _app, win, code = prepare(["--data-dir", str(folder)])
    assert (win, code) == (None, 1)
    assert len(shown) == 1 and "数据库文件已损坏" in shown[0] and "请从最近的备份恢复" in shown[0]
