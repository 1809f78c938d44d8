"""Developer tool (not used by the app): the window and every dialog on the screen an office has — 1024×768 with a
40-pixel taskbar — opened the way a clerk opens them, on a demo township with records, villages and requests.

    .venv/bin/python -m townshipdesk.ui.screenshots_office shots [OUT_DIR]   # docs/office-1024/*.png
    .venv/bin/python -m townshipdesk.ui.screenshots_office fit [WIDTH HEIGHT] # JSON: where each dialog and its buttons are

`fit` is what tests/ui/test_screen_fit.py checks; `shots` composes the screen (the window with the dialog over
it) as the clerk sees it. The offscreen screen is set up here, before Qt starts.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

TASKBAR = 40
TITLE_BAR = 28


def offscreen_screen(width: int, height: int, folder: Path) -> None:
    """A screen of width×height whose bottom TASKBAR pixels a taskbar takes (set before QApplication exists)."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": width,
                                               "height": height - TASKBAR, "logicalDpi": 96}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


# ---- the demo office ---------------------------------------------------------------------------------------------
def demo_township(folder: Path):  # noqa: ANN201 - Session, imported with Qt
    from townshipdesk.core.catalog import Catalog
    from townshipdesk.core.reports import set_figures
    from townshipdesk.core.requests import Requests
    from townshipdesk.core.site import init_site
    from townshipdesk.core.store import Database
    from townshipdesk.resources import catalogs_dir
    from townshipdesk.ui.screenshots import DEMO_TODAY, DemoClock, demo_records, demo_villages
    from townshipdesk.ui.screenshots_requests import FIGURES, demo_requests
    from townshipdesk.ui.session import Session

    os.environ["LOGNAME"] = "张丽"
    db = Database(folder / "townshipdesk.sqlite3")
    with DemoClock() as clock:
        clock.at("2026-03-02")
        init_site(db, "township", "530902100000", "示例镇人民政府")
        Catalog(db).install_shipped(catalogs_dir())
        session = Session(folder, db, today=DEMO_TODAY)
        overdue_record = demo_records(session, clock)
    demo_villages(session)
    overdue_request = demo_requests(Requests(db, session.calendar))
    set_figures(db, 2026, FIGURES)
    return session, overdue_record, overdue_request


def demo_county(root: Path):  # noqa: ANN201 - (Session, township site id, name)
    """A county that received one township's bundle (for its per-township dialog)."""
    import datetime as dt

    from townshipdesk.sync.keys import export_card
    from townshipdesk.ui.screenshots import DemoClock
    from townshipdesk.ui.session import Session
    from townshipdesk.ui.sync_screenshots import COUNTY, TODAY, _add_records, _office

    with DemoClock() as clock:
        clock.at("2026-03-02")
        county = _office(root, *COUNTY, "county")
        town = _office(root, "城关镇人民政府", "530902100000", "township")
        county_card = export_card(county.db, county.folder, root / "county.tdkey")  # type: ignore[arg-type]
        town.sync.trust(root / "county.tdkey", fingerprint=county_card.fingerprint)
        card = export_card(town.db, town.folder, root / "town.tdkey")  # type: ignore[arg-type]
        county.sync.trust(root / "town.tdkey", fingerprint=card.fingerprint)
        _add_records(town, 12, 2, dt.date(2026, 11, 20), clock)
        clock.at("2026-11-21", "10:00")
        town.sync.export_changes(root / "town.tdbundle")
        county.sync.import_bundle(root / "town.tdbundle")
    site_id = town.db.conn.execute("SELECT site_id FROM site").fetchone()[0]  # type: ignore[attr-defined]
    return Session(county.folder, county.db, today=TODAY), site_id, town.name  # type: ignore[arg-type]


# ---- every dialog, opened as a clerk opens it -------------------------------------------------------------------------
def township_dialogs(window, sample: Path | None, folder: Path) -> Iterator[tuple[str, object]]:  # noqa: ANN001, C901
    """(name, dialog) for every dialog of a township's window, each shown, then closed before the next."""
    from townshipdesk.sync.keys import export_card
    from townshipdesk.ui.dialogs.trust_dialog import TrustDialog

    session = window.session
    catalog = window.show_page("catalog")
    yield "item-editor-new", catalog.new_item()
    catalog.table.selectRow(0)
    yield "item-editor-edit", catalog.edit_item()
    yield "catalog-versions", catalog.show_versions()
    wizard = catalog.import_catalog()
    if sample is not None and sample.exists():
        from PySide6.QtWidgets import QApplication

        wizard.choose_page.path_edit.setText(str(sample))
        wizard.next()
        while wizard.preview_page.reading:  # read in the pool
            QApplication.processEvents()
        yield "import-wizard-preview", wizard
    else:
        yield "import-wizard", wizard

    records = window.show_page("records")
    yield "record-editor-new", records.new_record()
    records.table.selectRow(0)
    yield "record-editor-edit", records.edit_record()

    villages = window.show_page("villages")
    yield "village-new", villages.add_village()
    villages.select_village("大河村")
    yield "village-item-new", villages.add_item()
    for kind in ("namelist", "finance", "general"):
        yield f"sheet-editor-{kind}", villages.new_sheet(kind=kind)
    posting = session.villages.postings("大河村")[0]
    yield "objection", villages.record_objection(posting)
    yield "batch-sheets", villages.batch_render()

    requests = window.show_page("requests")
    yield "request-new", requests.new_request()
    requests.table.selectRow(0)
    for row in range(requests.model.rowCount()):
        requests.table.selectRow(row)
        for key, button in requests.step_buttons.items():
            if button.isEnabled() and key != "close":
                yield f"request-step-{key}", requests.step(key)
        if requests.step_buttons["close"].isEnabled():
            yield "request-close", requests.close_request()
            break
    for row in range(requests.model.rowCount()):
        requests.table.selectRow(row)
        enabled = [kind for kind, button in requests.letter_buttons.items() if button.isEnabled()]
        if enabled:
            yield f"letter-{enabled[0]}", requests.open_letter(enabled[0])
            break

    settings = window.show_page("settings")
    yield "holiday-year-editor", settings.edit_year(2027)

    sync = window.show_page("sync")
    other = folder / "other"
    from townshipdesk.core.site import init_site
    from townshipdesk.core.store import Database

    other_db = Database(other / "townshipdesk.sqlite3")
    init_site(other_db, "county", "530902000000", "示例县人民政府办公室")
    card = export_card(other_db, other, folder / "county.tdkey")
    dialog = TrustDialog(card, lambda _f, _r: card, sync)
    yield "trust-key-card", sync._dialogs.open(dialog)  # noqa: SLF001 - opened as the page opens it
    other_db.close()


def first_run_dialog(folder: Path):  # noqa: ANN201
    from townshipdesk.core.store import Database
    from townshipdesk.ui.dialogs.first_run import FirstRunDialog
    from townshipdesk.ui.widgets.screen_fit import fit_to_screen

    dialog = FirstRunDialog(Database(folder / "townshipdesk.sqlite3"), folder)
    fit_to_screen(dialog)
    dialog.show()
    return dialog


# ---- measuring ------------------------------------------------------------------------------------------------------
def _rect(r) -> list[int]:  # noqa: ANN001
    return [r.x(), r.y(), r.width(), r.height()]


def measure(dialog) -> dict[str, object]:  # noqa: ANN001
    """Where the dialog is, and every button not inside a scrolling area (those must be on screen as they are)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication

    def scrolls(widget) -> bool:  # noqa: ANN001
        parent = widget.parentWidget()
        while parent is not None and parent is not dialog:
            if isinstance(parent, QAbstractScrollArea):
                return True
            parent = parent.parentWidget()
        return False

    buttons = []
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog) and not scrolls(button) and button.width() > 0:
            top_left = button.mapToGlobal(button.rect().topLeft())
            buttons.append({"text": button.text() or button.toolTip(), "rect": _rect(QRect(top_left, button.size()))})
    room = QApplication.primaryScreen().availableGeometry()
    return {"frame": _rect(dialog.frameGeometry()), "room": _rect(room), "buttons": buttons,
            "scrolls": dialog.findChild(QAbstractScrollArea, "dialog_scroll") is not None}


def _close(dialog) -> None:  # noqa: ANN001
    dialog.reject()


def main_window(session):  # noqa: ANN001, ANN201
    from townshipdesk.ui.main_window import MainWindow

    window = MainWindow(session)
    window.restore_geometry()
    window.show()
    return window


def fit_report(width: int, height: int) -> list[dict[str, object]]:
    from PySide6.QtWidgets import QApplication

    from townshipdesk.ui.fonts_qt import install_application_font
    from townshipdesk.ui.screenshots import DEFAULT_SAMPLE, settle

    app = QApplication.instance() or QApplication([])
    install_application_font(app)
    report = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        session, _record, _request = demo_township(root / "town")
        window = main_window(session)
        settle(app)
        report.append({"name": "main-window", **measure(window)})
        for name, dialog in township_dialogs(window, DEFAULT_SAMPLE, root):
            settle(app, 5)
            report.append({"name": name, **measure(dialog)})
            _close(dialog)
        window.close()
        county, _site_id, _town = demo_county(root / "county")
        county_window = main_window(county)
        tabs = county_window.show_page("reports")
        page = tabs.widget(0)  # 各乡镇情况
        page.refresh()
        settle(app)
        dialog = page.open_township(0)
        settle(app, 5)
        report.append({"name": "county-township-records", **measure(dialog)})
        _close(dialog)
        county_window.close()
        first = first_run_dialog(root / "fresh")
        settle(app, 5)
        report.append({"name": "first-run", **measure(first)})
        first.reject()
    return report


# ---- screenshots ------------------------------------------------------------------------------------------------------
SHOT_PAGES = ("dashboard", "catalog", "records", "villages", "requests", "reports", "sync", "settings")
SHOT_DIALOGS = ("record-editor-edit", "sheet-editor-namelist", "sheet-editor-finance", "import-wizard-preview",
                "item-editor-edit", "request-new")  # and the first letter


def screen_shot(app, path: Path, *windows) -> None:  # noqa: ANN001
    """The screen as the clerk sees it: each window (the main window, then the dialog over it) drawn where it is,
    with a plain title bar where the window manager puts one, and the taskbar at the bottom. (The offscreen
    platform draws no frames and keeps closed windows in its own screen grab, hence the composing.)"""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from townshipdesk.ui.screenshots import settle

    settle(app)
    room = app.primaryScreen().geometry()
    image = QImage(room.width(), room.height() + TASKBAR, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a6ea5"))  # the desktop
    painter = QPainter(image)
    for window in windows:
        inner = window.geometry()  # offscreen windows have no frame: the title bar goes above, where fitting left room
        bar = QRect(inner.x() - 1, inner.y() - TITLE_BAR, inner.width() + 2, inner.height() + TITLE_BAR + 1)
        painter.fillRect(bar, QColor("#d6dbe3"))
        painter.setPen(QColor("#1f2933"))
        painter.drawText(QRect(bar.x() + 10, bar.y(), bar.width() - 20, TITLE_BAR),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), window.windowTitle())
        painter.drawPixmap(inner.topLeft(), window.grab())
    painter.fillRect(QRect(0, room.height(), room.width(), TASKBAR), QColor("#1f1f1f"))  # the taskbar
    painter.end()
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def shots(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from townshipdesk.ui.fonts_qt import install_application_font
    from townshipdesk.ui.screenshots import DEFAULT_SAMPLE

    app = QApplication.instance() or QApplication([])
    install_application_font(app)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        session, overdue_record, overdue_request = demo_township(root / "town")
        window = main_window(session)
        for key in SHOT_PAGES:
            page = window.show_page(key)
            if key == "records":
                page.show_record(overdue_record)
            elif key == "requests":
                page.show_request(overdue_request)
            elif key == "reports":
                getattr(page, "annual_page", page).set_year(2026)
            elif key == "villages":
                page.select_village("大河村")
            elif key == "catalog":
                page.table.selectRow(0)
            screen_shot(app, out / f"page-{key}.png", window)
        letters = 0
        for name, dialog in township_dialogs(window, DEFAULT_SAMPLE, root):
            if name in SHOT_DIALOGS or (name.startswith("letter-") and not letters):
                letters += name.startswith("letter-")
                if name.startswith("sheet-editor"):
                    _demo_sheet(dialog, name.removeprefix("sheet-editor-"))
                if name.startswith(("sheet-editor", "letter")):
                    _wait_for_preview(app, dialog)
                screen_shot(app, out / f"dialog-{name}.png", window, dialog)
            _close(dialog)
        window.close()


def _demo_sheet(editor, kind: str) -> None:  # noqa: ANN001
    """What a clerk would have typed into the sheet editor before looking at the preview."""
    from townshipdesk.ui.screenshots import LIST_ROWS

    editor.reviewers_edit.setText("李文、王芳、杨卫东")
    if kind == "namelist":
        editor.title_edit.setText("大河村2026年11月最低生活保障对象名单公示")
        editor.namelist.set_data(["序号", "姓名", "村民小组", "身份证号码", "保障人数", "月保障金（元）", "备注"], LIST_ROWS)
    elif kind == "finance":
        editor.title_edit.setText("大河村2026年10月村级财务收支公开")
        editor.finance.set_data("12,450.00", [("上级转移支付", "30,000.00"), ("集体资产租金", "4,800.00")],
                                [("村道维修", "18,600.00"), ("办公经费", "1,250.50"), ("保洁员工资", "3,600.00")],
                                "23,799.50")


def _wait_for_preview(app, editor) -> None:  # noqa: ANN001
    from PySide6.QtCore import QThreadPool

    editor.refresh_preview()
    for _ in range(200):  # the preview renders in the pool
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()
        if editor.preview is not None and editor._job is None:  # noqa: SLF001 - dev tool
            return


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "shots"
    with tempfile.TemporaryDirectory() as screen_dir:
        if what == "fit":
            width, height = (int(argv[1]), int(argv[2])) if len(argv) > 2 else (1024, 768)
            offscreen_screen(width, height, Path(screen_dir))
            print(json.dumps(fit_report(width, height), ensure_ascii=False))
            return 0
        offscreen_screen(1024, 768, Path(screen_dir))
        out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2] / "docs" / "office-1024"
        shots(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
