"""The Qt side of start-up: application, fonts, the database, first-run set-up, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from townshipdesk.core.datadir import database_path, resolve_data_dir
from townshipdesk.core.store import Database, folder_writable, private_file, private_folder
from townshipdesk.errors import UserError
from townshipdesk.i18n import LANGUAGES, set_language, tr
from townshipdesk.ui.fonts_qt import install_application_font, register_rare_character_font
from townshipdesk.ui.main_window import MainWindow
from townshipdesk.ui.messages import error_text, set_database_path
from townshipdesk.ui.session import UI_SETTINGS_FILE, Session
from townshipdesk.ui.widgets.screen_fit import fit_to_screen

APP_NAME = "TownshipDesk"
LOG_FILE = "townshipdesk.log"
log = logging.getLogger(__name__)


def _language(option: str | None, data_dir: Path) -> str:
    if option:
        return option
    saved = QSettings(str(data_dir / UI_SETTINGS_FILE), QSettings.Format.IniFormat).value("language", "zh")
    return saved if saved in LANGUAGES else "zh"


def _log_to(data_dir: Path) -> None:
    """Errors go to a log file in the data folder, where support can find them (never on screen)."""
    try:
        if not data_dir.exists():
            private_folder(data_dir)
        handler: logging.Handler = logging.FileHandler(data_dir / LOG_FILE, encoding="utf-8")
        private_file(data_dir / LOG_FILE)  # it may quote what the user typed
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An exception escaping a slot: log the traceback, show the user a sentence, keep running."""
    log.error("unhandled exception\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    if QApplication.instance() is not None:
        QMessageBox.critical(QApplication.activeWindow(), tr("出错了", "Something went wrong"), error_text(exc))


def _set_icon(app: QApplication) -> None:
    """The window and task-bar icon, and the desktop file that names the app on Linux desktops."""
    from PySide6.QtGui import QIcon

    from townshipdesk.resources import resources_dir

    icon = resources_dir() / "icons" / "townshipdesk.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setDesktopFileName("townshipdesk")


def _daily_backup(db: Database) -> None:
    from townshipdesk.core.backup import daily_backup

    try:
        daily_backup(db)
    except Exception:  # a full disk must not take the window down; the log says what happened
        log.exception("daily backup failed")


def _update_shipped_catalog(session: Session) -> str:
    """After an upgrade, take in the new shipped catalog as a catalog version (once; records stay attached).
    Returns the status-bar note, empty when there was nothing to do."""
    from townshipdesk.resources import catalogs_dir

    try:
        result = session.catalog.update_shipped(catalogs_dir())
    except UserError:  # a damaged program folder must not keep the office out of its own data
        log.exception("shipped catalog update failed")
        return ""
    if result.version is None:
        return ""
    return tr("已按新版随软件提供的标准目录更新为第 {v} 版（新增 {a}，修改 {c}，停用 {r}）；可在“目录版本”中查看变化",
              "Took in the new shipped catalog as version {v} ({a} added, {c} changed, {r} retired); see Catalog versions",
              v=result.version.number, a=result.added, c=result.changed, r=result.retired)


def open_main_window(data_dir: Path) -> tuple[MainWindow | None, int]:
    """Open the database, run the first-run set-up if needed, show the window. (None, exit code) if not."""
    set_database_path(database_path(data_dir))
    # A write-protected USB stick or a folder shared read-only: the office's data can still be looked at.
    read_only = not folder_writable(data_dir, database_path(data_dir))
    try:
        db = Database(database_path(data_dir), read_only=read_only)
    except UserError as exc:
        QMessageBox.critical(None, tr("无法打开数据", "Cannot open the data"), str(exc))
        return None, 1
    session = Session(data_dir, db)
    first_run_note: str | None = None  # set when this start set the office up (its catalog is new)
    if read_only:
        if session.site is None:  # nothing to look at, and nowhere to set the office up
            from townshipdesk.core.db_errors import read_only as read_only_error

            QMessageBox.critical(None, tr("无法打开数据", "Cannot open the data"),
                                 str(read_only_error(data_dir, missing=True)))
            db.close()
            return None, 1
        window = MainWindow(session)
        window.restore_geometry()
        window.show_read_only(str(data_dir))
        window.show()
        return window, 0
    if session.site is None:
        from townshipdesk.ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(db, data_dir)
        fit_to_screen(dialog)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            db.close()
            return None, 0  # the user chose to quit before setting up; nothing was written
        session.reload_site()
        first_run_note = dialog.catalog_note

    def before_first_page() -> None:
        # After the first paint, before the 工作台 is built from the catalog: an upgrade's new shipped catalog,
        # and the rare-character font (names in lists; the window's frame has none).
        register_rare_character_font()
        note = first_run_note if first_run_note is not None else _update_shipped_catalog(session)
        if note:
            window.statusBar().showMessage(note, 15000)

    window = MainWindow(session, first_page_after_paint=True, before_first_page=before_first_page)
    window.restore_geometry()
    window.show()
    # The day's backup, after the first paint so start-up does not wait for it.
    QTimer.singleShot(1500, lambda: _daily_backup(db))
    return window, 0


def start(data_dir_option: str | None, lang_option: str | None,
          import_bundle: str | None = None) -> tuple[QApplication, MainWindow | None, int]:
    """Create the application and show the window (or the first-run dialog before it). When a window is already
    open on the same data folder, it is brought forward (and imports `import_bundle`) and no window opens here."""
    data_dir = resolve_data_dir(data_dir_option)
    set_language(_language(lang_option, data_dir))
    _log_to(data_dir)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    _set_icon(app)
    install_application_font(app, rare_characters_later=True)
    from townshipdesk.i18n import language
    from townshipdesk.ui.qt_translations import install_message_translations, install_qt_translations

    install_qt_translations(app, language())
    install_message_translations(app, language())
    sys.excepthook = _excepthook
    from townshipdesk.ui import single_instance

    opened: list[MainWindow] = []
    message = (single_instance.import_message(Path(import_bundle)) if import_bundle
               else single_instance.show_message())
    server = single_instance.claim(data_dir, message, lambda: opened[0] if opened else None)
    if server is None:
        single_instance.say_already_running(data_dir)
        return app, None, 0
    window, code = open_main_window(data_dir)
    if window is None:
        server.close()
        return app, None, code
    opened.append(window)
    server.setParent(window)  # listens as long as this window exists
    server.import_requested.connect(lambda path: _import_bundle(window, path))
    if import_bundle:
        _import_bundle(window, import_bundle)
    return app, window, code


def _import_bundle(window: MainWindow, path: str) -> None:
    """A .tdbundle opened from the file manager: imported on the 同步 page, which shows what it did."""
    page = window.show_page("sync")
    page.import_files([Path(path)])  # type: ignore[attr-defined]
