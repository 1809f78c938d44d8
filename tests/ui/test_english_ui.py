"""In English every word the window shows is English: a test fails when a visible string is untranslated.

A demo township (records in every state, villages with postings and an objection, requests with every outcome,
annual-report figures) is opened in English with the shipped Qt translation installed, as the app does. Every
page and every dialog is visited, and each visible text — labels, buttons, titles, tabs, tooltips, placeholders,
combo entries, table headers and cells, menu actions — is searched for Chinese. Chinese is allowed only where it
is the user's own data (a catalog item, a village, a name): each run of Chinese must occur in something stored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from townshipdesk.core.catalog import Catalog
from townshipdesk.core.requests import Requests
from townshipdesk.core.site import init_site
from townshipdesk.core.store import Database
from townshipdesk.i18n import set_language
from townshipdesk.resources import catalogs_dir
from townshipdesk.ui import screenshots as demo
from townshipdesk.ui import screenshots_requests as demo_requests
from townshipdesk.ui.dialogs.first_run import FirstRunDialog
from townshipdesk.ui.dialogs.sheet_editor import PRINTED_CONTENT
from townshipdesk.ui.main_window import MainWindow
from townshipdesk.ui.qt_translations import install_message_translations
from townshipdesk.ui.session import Session

HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]+")
# Shown in Chinese on purpose: the language's own name in the language menu, and the search box's example
# (the catalog is Chinese, so the example of what to type is too).
ALLOWED = {"中文", "低保"}
# Tables whose Chinese is the program's own (the annual report's figures are keyed by the template's row names).
NOT_USER_TEXT = {"report_figures"}


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    set_language("en")
    assert install_message_translations(qapp, "en"), "the shipped English .qm is missing"
    yield
    install_message_translations(qapp, "zh")
    set_language("zh")


@pytest.fixture
def demo_township(tmp_path: Path) -> Iterator[Session]:
    db = Database(tmp_path / "townshipdesk.sqlite3")
    init_site(db, "township", "530902100000", "示例镇人民政府")
    Catalog(db).install_shipped(catalogs_dir())
    session = Session(tmp_path, db, today=demo.DEMO_TODAY)
    with demo.DemoClock() as clock:
        demo.demo_records(session, clock)
    demo.demo_villages(session)
    demo_requests.demo_requests(Requests(db, session.calendar))
    demo_requests.set_figures(db, 2026, demo_requests.FIGURES)
    yield session
    db.close()


def stored_texts(db: Database) -> list[str]:
    """Every text the user put into the database (JSON lists and objects opened), longest first."""
    found: set[str] = set()

    def take(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
            if value[:1] in "[{":
                with contextlib.suppress(ValueError):
                    take(json.loads(value))
        elif isinstance(value, dict):
            for key, inner in value.items():
                take(key)
                take(inner)
        elif isinstance(value, list):
            for inner in value:
                take(inner)

    for table in db.query("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if table["name"] in NOT_USER_TEXT:
            continue
        for row in db.query(f"SELECT * FROM \"{table['name']}\""):
            for value in row.values():
                take(value)
    return sorted((t for t in found if HAN.search(t)), key=len, reverse=True)


def printed_content(widget: QWidget | None) -> bool:
    """A field (or part of one) holding the notice sheet's own words, printed in Chinese in any language."""
    while widget is not None:
        if widget.property(PRINTED_CONTENT):
            return True
        widget = widget.parentWidget()
    return False


class Sweep:
    """Collects visible Chinese that is not the user's data, with where it was seen."""

    def __init__(self, app: QApplication, data: list[str]) -> None:
        self.app = app
        self.data = "\n".join(data)
        self.untranslated: dict[str, str] = {}

    def _settle(self) -> None:
        for _ in range(10):
            QThreadPool.globalInstance().waitForDone(100)
            self.app.processEvents()

    def _check(self, where: str, text: object) -> None:
        if not isinstance(text, str) or not HAN.search(text):
            return
        foreign = [run for run in HAN.findall(text) if run not in ALLOWED and run not in self.data]
        if foreign:
            self.untranslated.setdefault(text.replace("\n", "⏎")[:120], where)

    def _texts(self, widget: QWidget) -> Iterator[tuple[str, object]]:
        yield "tooltip", widget.toolTip()
        yield "title", widget.windowTitle()
        yield "status tip", widget.statusTip()
        if isinstance(widget, QLabel):
            yield "label", widget.text()
        if isinstance(widget, QAbstractButton):
            yield "button", widget.text()
        if isinstance(widget, QGroupBox):
            yield "group", widget.title()
        if isinstance(widget, QLineEdit):
            yield "placeholder", widget.placeholderText()
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            yield "placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield "combo entry", widget.itemText(i)
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield "tab", widget.tabText(i)
        if isinstance(widget, QWizard):
            yield "wizard page", widget.currentPage().title() if widget.currentPage() else ""
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = model.columnCount() if isinstance(widget, QTableView | QTreeView) else 1
            for column in range(columns):
                yield "header", model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(widget, QTableView) and widget.verticalHeader().isVisibleTo(widget):
                for row in range(model.rowCount()):
                    yield "row header", model.headerData(row, Qt.Orientation.Vertical)
            yield from self._cells(model, QModelIndex(), columns, isinstance(widget, QTreeView))
        for action in widget.actions():
            yield "action", action.text()
            yield "action tip", action.toolTip()

    def _cells(self, model: object, parent: QModelIndex, columns: int, tree: bool) -> Iterator[tuple[str, object]]:
        for row in range(min(model.rowCount(parent), 80)):  # type: ignore[attr-defined]
            for column in range(columns):
                index = model.index(row, column, parent)  # type: ignore[attr-defined]
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    yield "cell", model.data(index, role)  # type: ignore[attr-defined]
                if tree and column == 0 and model.hasChildren(index):  # type: ignore[attr-defined]
                    yield from self._cells(model, index, columns, tree)

    def window(self, root: QWidget, name: str) -> None:
        self._settle()
        for widget in [root, *root.findChildren(QWidget)]:
            if widget is not root and not widget.isVisibleTo(root):
                continue
            if printed_content(widget):
                continue
            for kind, text in self._texts(widget):
                self._check(f"{name}: {type(widget).__name__} {kind}", text)

    def message(self, title: str, text: str) -> None:
        self._check("message box title", title)
        self._check(f"message box {title!r}", text)

    def dialog(self, dialog: QDialog | None, name: str) -> None:
        assert dialog is not None, f"{name} did not open"
        dialog.show()
        self.window(dialog, name)
        dialog.reject()


def test_every_page_and_dialog_speaks_english(english: None, qapp: QApplication, qtbot: QtBot,
                                              demo_township: Session, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    session = demo_township

    def message_box(parent: object, title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        # A message a step refuses with (a request not in that state, say) is checked like any other text.
        sweep.message(title, text)
        return QMessageBox.StandardButton.Cancel

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, message_box)
    concerns = session.concerns
    answered = concerns.add(session.now() - dt.timedelta(hours=30), "媒体", "集镇垃圾清运不及时", responder="城建办")
    concerns.respond(answered.number, session.now() - dt.timedelta(hours=1), "政务新媒体", "已增加清运车次")
    concerns.add(session.now() - dt.timedelta(hours=25), "网络", "网传村道塌方无人管", major=True)
    sweep = Sweep(qapp, stored_texts(session.db))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for key in ("dashboard", "catalog", "records", "undisclosed", "villages", "requests", "concerns", "sync", "reports",
                "settings"):
        window.show_page(key)
        sweep.window(window, key)

    catalog = window.show_page("catalog")
    sweep.dialog(catalog.new_item(), "new catalog item")
    sweep.dialog(catalog.show_versions(), "catalog versions")
    sweep.dialog(catalog.import_catalog(), "import wizard")

    records = window.show_page("records")
    sweep.dialog(records.new_record(), "new record")
    records.table.selectRow(0)
    sweep.dialog(records.edit_record(), "edit record")
    sweep.dialog(records.mark_lapsed(), "lapse a policy")
    undisclosed = window.show_page("undisclosed")
    undisclosed.due_only.setChecked(False)
    undisclosed.review_table.selectRow(0)
    sweep.window(window, "undisclosed, all listed")
    sweep.dialog(undisclosed.review_selected(), "review what is not disclosed")
    undisclosed.tabs.setCurrentIndex(1)
    sweep.window(window, "lapsed policies")

    villages = window.show_page("villages")
    villages.select_village("大河村")
    sweep.dialog(villages.add_village(), "add village")
    sweep.dialog(villages.add_item(), "add village item")
    for kind in ("general", "namelist", "finance"):
        sweep.dialog(villages.new_sheet(kind=kind), f"sheet editor ({kind})")
    sweep.dialog(villages.batch_render(), "batch notice sheets")
    posting = next(p for p in session.villages.postings("大河村"))
    sweep.dialog(villages.record_objection(posting), "objection")

    requests = window.show_page("requests")
    sweep.dialog(requests.new_request(), "new request")
    requests.table.selectRow(0)
    for step in requests.step_buttons:
        dialog = requests.step(step) if step != "close" else None
        if dialog is not None:
            sweep.dialog(dialog, f"request step {step}")
    sweep.dialog(requests.close_request(), "close request")
    for kind in requests.letter_buttons:
        dialog = requests.open_letter(kind)
        if dialog is not None:
            sweep.dialog(dialog, f"letter {kind}")

    concern_page = window.show_page("concerns")
    sweep.dialog(concern_page.new_concern(), "new concern")
    concern_page.show_concern(concerns.get("关切2026-002").uuid)
    sweep.dialog(concern_page.respond(), "respond to a concern")
    sweep.dialog(concern_page.publish(), "publish concerns")

    sweep.dialog(window.show_page("settings").edit_year(2027), "calendar year editor")
    first_run = FirstRunDialog(session.db, tmp_path)
    qtbot.addWidget(first_run)
    sweep.dialog(first_run, "first run")

    assert sweep.untranslated == {}, "\n".join(f"{where}: {text}" for text, where in sweep.untranslated.items())


def test_the_county_and_the_sync_pages_speak_english(english: None, qapp: QApplication, qtbot: QtBot,
                                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A county with three townships that sent bundles; the first township still has the county's receipt to
    # take in and a key card to trust.
    from townshipdesk.sync.keys import export_card, read_card
    from townshipdesk.ui import sync_screenshots as demo_sync
    from townshipdesk.ui.dialogs.trust_dialog import TrustDialog

    with demo_sync.Clock() as clock:
        county, towns, receipt = demo_sync.build(tmp_path, clock)
    town = towns[0]
    offices = [Session(o.folder, o.db, today=demo_sync.TODAY) for o in (county, town)]  # type: ignore[arg-type]
    sweep = Sweep(qapp, [t for s in offices for t in stored_texts(s.db)])
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: sweep.message(title, text))

    town_window = MainWindow(offices[1])
    qtbot.addWidget(town_window)
    town_window.show()
    sync = town_window.show_page("sync")
    sync.import_files([receipt])
    sweep.window(town_window, "township sync")
    export_card(county.db, county.folder, tmp_path / "again.tdkey")  # type: ignore[arg-type]
    card = read_card(tmp_path / "again.tdkey")
    trust = TrustDialog(card, lambda fingerprint, replace: card, town_window)
    qtbot.addWidget(trust)
    sweep.dialog(trust, "trust a key card")

    county_window = MainWindow(offices[0])
    qtbot.addWidget(county_window)
    county_window.show()
    for key in ("dashboard", "sync", "reports", "settings"):
        county_window.show_page(key)
        sweep.window(county_window, f"county {key}")
    reports = county_window.show_page("reports")
    tabs = reports if isinstance(reports, QTabWidget) else None
    assert tabs is not None, "a county's reports page has its townships and its annual report as tabs"
    county_page = tabs.widget(0)
    tabs.setCurrentIndex(1)
    sweep.window(county_window, "county annual report")
    sweep.dialog(county_page.open_township(0), "a township's records")

    for office in (county, *towns):
        office.db.close()  # type: ignore[attr-defined]
    assert sweep.untranslated == {}, "\n".join(f"{where}: {text}" for text, where in sweep.untranslated.items())
