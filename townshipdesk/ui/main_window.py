"""The main window: navigation list on the left, one page per area, status bar with data path and site."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from townshipdesk import __version__
from townshipdesk.i18n import tr
from townshipdesk.ui.session import SITE, Session
from townshipdesk.wording.display import site_text

GEOMETRY_KEY = "window/geometry"


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    build: Callable[[], QWidget]


def _set_shortcut(action: QAction, keys: QKeySequence) -> None:
    """action.setShortcut(keys) (in the window's context, QAction's default), through the list overload: choosing
    among setShortcut's overloads makes PySide6 build its whole `Qt` namespace (13 ms), which the window's first
    paint otherwise never needs."""
    action.setShortcuts([keys])


class MainWindow(QMainWindow):
    """Pages are built the first time they are shown, so opening the window costs only the first page."""

    def __init__(self, session: Session, *, first_page_after_paint: bool = False,
                 before_first_page: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.session = session
        # Start-up work the first page needs but the first paint does not (run once, see _start_up_work).
        self._before_first_page = before_first_page
        self._fit_to_screen()

        self._specs = self._page_specs()
        self._built: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(112)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        for spec in self._specs:
            self.nav.addItem(spec.title)
            self.stack.addWidget(QWidget())  # stand-in until the page is first shown
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.data_label = QLabel()
        self.site_label = QLabel()
        self.statusBar().addWidget(self.data_label, 1)
        self.statusBar().addPermanentWidget(self.site_label)
        self._make_actions()
        session.changed.connect(lambda area: self._show_site() if area == SITE else None)
        self._show_site()
        if not first_page_after_paint:
            self._start_up_work()
            self.nav.setCurrentRow(0)
            return
        # At start-up the 工作台 is built just after the window's first paint: the frame, the navigation and the
        # office's name appear at once, and the page's modules and due lists (a few tenths of a second on an
        # office PC) fill in a moment later. A page asked for before then (show_page) is built at once.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        loading = QLabel(tr("正在打开工作台…", "Opening the overview…"))
        # Centred by name: PySide6 builds its whole `Qt` namespace (13 ms) the first time Python touches it, and
        # nothing else before the first paint needs it.
        loading.setStyleSheet("qproperty-alignment: AlignCenter;")
        self._replace_stand_in(0, loading)
        self.installEventFilter(self)  # removed again at the first paint

    # ---- pages ----------------------------------------------------------------------------------------------
    def _page_specs(self) -> list[PageSpec]:
        # Imported inside the factories: a page's modules load when it is first opened.
        def dashboard() -> QWidget:
            from townshipdesk.ui.pages.dashboard_page import DashboardPage

            page = DashboardPage(self.session, deferred=True)
            page.open_catalog.connect(lambda: self.show_page("catalog"))
            page.open_record.connect(lambda uuid: self._records_page().show_record(uuid))
            page.new_record_for_item.connect(lambda uuid: self._records_page().new_record(uuid))
            page.open_domain.connect(lambda domain: self._records_page().show_domain(domain))
            page.open_village.connect(lambda uuid: self.show_page("villages").select_village(uuid))
            page.open_request.connect(lambda uuid: self.show_page("requests").show_request(uuid))
            page.open_undisclosed.connect(lambda uuid: self.show_page("undisclosed").select_record(uuid))
            page.open_concern.connect(lambda uuid: self.show_page("concerns").show_concern(uuid))
            page.open_decision.connect(lambda uuid: self.show_page("decisions").show_decision(uuid))
            return page

        def catalog() -> QWidget:
            from townshipdesk.ui.pages.catalog_page import CatalogPage

            return CatalogPage(self.session)

        def records() -> QWidget:
            from townshipdesk.ui.pages.records_page import RecordsPage

            return RecordsPage(self.session)

        def undisclosed() -> QWidget:
            from townshipdesk.ui.pages.undisclosed_page import UndisclosedPage

            return UndisclosedPage(self.session)

        def villages() -> QWidget:
            from townshipdesk.ui.pages.villages_page import VillagesPage

            return VillagesPage(self.session)

        def settings() -> QWidget:
            from townshipdesk.ui.pages.settings_page import SettingsPage

            return SettingsPage(self.session)

        def sync() -> QWidget:
            from townshipdesk.ui.pages.sync_page import SyncPage

            return SyncPage(self.session)

        def requests() -> QWidget:
            from townshipdesk.ui.pages.requests_page import RequestsPage

            return RequestsPage(self.session)

        def concerns() -> QWidget:
            from townshipdesk.ui.pages.concerns_page import ConcernsPage

            return ConcernsPage(self.session)

        def decisions() -> QWidget:
            from townshipdesk.ui.pages.decisions_page import DecisionsPage

            return DecisionsPage(self.session)

        def reports() -> QWidget:
            from townshipdesk.ui.pages.annual_report_page import AnnualReportPage
            from townshipdesk.ui.pages.county_page import reports_page

            # A township: its annual report; a county: its townships' overview and the county's report, as tabs.
            return reports_page(self.session, AnnualReportPage)

        return [
            PageSpec("dashboard", tr("工作台", "Overview"), dashboard),
            PageSpec("catalog", tr("标准目录", "Catalog"), catalog),
            PageSpec("records", tr("公开记录", "Disclosures"), records),
            PageSpec("undisclosed", tr("复核与清理", "Clean-up"), undisclosed),
            PageSpec("villages", tr("村务公开", "Villages"), villages),
            PageSpec("requests", tr("依申请公开", "Requests"), requests),
            PageSpec("concerns", tr("回应关切", "Concerns"), concerns),
            PageSpec("decisions", tr("公众参与", "Participation"), decisions),
            PageSpec("sync", tr("同步", "Sync"), sync),
            PageSpec("reports", tr("统计报表", "Reports"), reports),
            PageSpec("settings", tr("设置", "Settings"), settings),
        ]

    def _start_up_work(self) -> None:
        work, self._before_first_page = self._before_first_page, None
        if work is not None:
            work()

    def page(self, key: str) -> QWidget:
        """The page for `key`, built now if it has not been shown yet."""
        self._start_up_work()  # before any page: a page asked for before the first paint is built at once
        if key not in self._built:
            index = next(i for i, s in enumerate(self._specs) if s.key == key)
            self._built[key] = self._replace_stand_in(index, self._specs[index].build())
        return self._built[key]

    def _replace_stand_in(self, index: int, widget: QWidget) -> QWidget:
        stand_in = self.stack.widget(index)
        current = self.stack.currentIndex() == index
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        if current:
            self.stack.setCurrentWidget(widget)
        return widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self, self._build_first_page)
        return False

    def _build_first_page(self) -> None:
        # The window may have been closed, and its database with it, between the first paint and now.
        with contextlib.suppress(sqlite3.ProgrammingError):
            self._show_row(self.nav.currentRow())

    def show_page(self, key: str) -> QWidget:
        index = next(i for i, s in enumerate(self._specs) if s.key == key)
        self.nav.setCurrentRow(index)  # builds it through _show_row
        return self.page(key)

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self._specs[row].key if row >= 0 else ""

    def _records_page(self):  # noqa: ANN202 - RecordsPage, imported with the page
        return self.show_page("records")

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(self._specs[row].key)
        self.stack.setCurrentWidget(widget)

    # ---- actions --------------------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        def page_action(text: str, keys: QKeySequence | None, page: str | Callable[[], str], method: str) -> QAction:
            # `page` may be a function: Ctrl+N and Ctrl+F act on the records page when it is shown, else the catalog.
            action = QAction(text, self)
            if keys is not None:
                _set_shortcut(action, keys)
            action.triggered.connect(lambda: getattr(self.show_page(page() if callable(page) else page), method)())
            self.addAction(action)
            return action

        def records_or_catalog() -> str:
            return "records" if self.current_key() == "records" else "catalog"

        self.find_action = page_action(tr("搜索", "Find"), QKeySequence(QKeySequence.StandardKey.Find),
                                       records_or_catalog, "focus_search")
        self.import_action = page_action(tr("导入目录…", "Import catalog…"), QKeySequence("Ctrl+I"), "catalog",
                                         "import_catalog")
        self.export_action = page_action(tr("导出目录…", "Export catalog…"), QKeySequence("Ctrl+E"), "catalog",
                                         "export_catalog")
        self.new_action = QAction(tr("新建…", "New…"), self)
        self.new_action.setStatusTip(tr("在“公开记录”页新增记录，在其他页新增目录事项",
                                        "A record on the Disclosures page, a catalog item elsewhere"))
        _set_shortcut(self.new_action, QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self._new)
        self.addAction(self.new_action)
        self.new_item_action = page_action(tr("新增目录事项…", "New catalog item…"), None, "catalog", "new_item")
        self.new_record_action = page_action(tr("新增公开记录…", "New disclosure record…"), None, "records", "new_record")
        quit_action = QAction(tr("退出", "Quit"), self)
        _set_shortcut(quit_action, QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        about_action = QAction(tr("关于", "About"), self)
        about_action.triggered.connect(self._about)

        file_menu = self.menuBar().addMenu(tr("文件(&F)", "&File"))
        for action in (self.import_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(tr("编辑(&E)", "&Edit"))
        edit_menu.addAction(self.new_action)
        edit_menu.addAction(self.new_item_action)
        edit_menu.addAction(self.new_record_action)
        edit_menu.addAction(self.find_action)
        self.menuBar().addMenu(tr("帮助(&H)", "&Help")).addAction(about_action)

    def _new(self) -> None:
        if self.current_key() == "records":
            self.show_page("records").new_record()  # type: ignore[attr-defined]
        else:
            self.show_page("catalog").new_item()  # type: ignore[attr-defined]

    def _about(self) -> None:
        QMessageBox.about(self, tr("关于", "About"), tr(
            "TownshipDesk 政务公开助手 {v}\n离线运行的乡镇政务公开桌面软件。",
            "TownshipDesk {v}\nAn offline desktop app for township government information disclosure.", v=__version__))

    # ---- window state -----------------------------------------------------------------------------------------
    def _show_site(self) -> None:
        site = self.session.site
        name = site.name if site else tr("尚未设置", "not set up")
        self.setWindowTitle(tr("TownshipDesk 政务公开助手 — {name}", "TownshipDesk — {name}", name=name))
        self.data_label.setText(tr("数据：{path}", "Data: {path}", path=str(self.session.data_dir)))
        self.site_label.setText(site_text(site))

    def _fit_to_screen(self) -> None:
        """1280×800 where the screen has room; on a 1366×768 or 1024×768 office screen, the area the taskbar
        leaves (the frame included), so the status bar and the bottom buttons are never off-screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
        width, height = min(1280, room.width() - 16), min(800, room.height() - 40)  # 40: title bar and borders
        self.setMinimumSize(min(960, width), min(600, height))
        self.resize(width, height)
        self.move(room.x() + (room.width() - width) // 2, room.y() + 32 + max(0, (room.height() - height - 40) // 2))

    def restore_geometry(self) -> None:
        saved = self.session.ui_settings().value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray):
            self.restoreGeometry(saved)
            screen = self.screen() or QGuiApplication.primaryScreen()
            # Before the window is shown Qt knows no frame: allow for the title bar and borders the window
            # manager adds (8 px a side, 32 px on top).
            if screen is not None and not screen.availableGeometry().contains(self.geometry().adjusted(-8, -32, 8, 8)):
                self._fit_to_screen()  # saved on a bigger screen (or a second monitor that is gone)

    def show_read_only(self, folder: str) -> None:
        """A data folder this user cannot write: said in the title and, in red, in the status bar for as long as
        the window is open. Looking works; a change is refused with the folder named (Database.transaction)."""
        self.read_only_label = QLabel(tr("只读：数据文件夹不可写，只能查看，不能修改", "Read-only: the data folder cannot "
                                         "be written; you can look, not change"))
        self.read_only_label.setObjectName("read_only")
        self.read_only_label.setStyleSheet("color:#b02a37; font-weight:bold;")
        self.read_only_label.setToolTip(folder)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.setWindowTitle(tr("{t}（只读）", "{t} (read-only)", t=self.windowTitle()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.ui_settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
