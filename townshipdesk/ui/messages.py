"""Error and information boxes (a user sees what went wrong and what to do next, never a traceback), and the
question where to save a PDF."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from townshipdesk.core.db_errors import explain_os_error, explain_sqlite_error
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr

log = logging.getLogger(__name__)


_database: Path | None = None


def set_database_path(path: Path) -> None:
    """The database errors are about (its integrity is checked before a box may say "damaged")."""
    global _database
    _database = Path(path)


def error_text(exc: BaseException) -> str:
    """The message to show for an exception: the user message for our errors, a plain sentence otherwise."""
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, sqlite3.Error) and _database is not None:
        return str(explain_sqlite_error(exc, _database))
    if isinstance(exc, OSError):
        known = explain_os_error(exc)
        if known is not None:
            return known.text()
        # Files locked by Excel/WPS, full USB sticks, missing folders: the OS reason is what helps.
        return tr("文件操作失败：{reason}。请检查文件是否被其他程序打开、磁盘是否已满，然后重试。",
                  "A file operation failed: {reason}. Check the file is not open elsewhere and the disk is not full, then retry.",
                  reason=exc.strerror or str(exc))
    return tr("发生了意外错误（{kind}）。操作未完成；详细信息已写入日志，请联系技术支持。",
              "An unexpected error occurred ({kind}). The operation did not finish; details are in the log.",
              kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show an exception as a warning box (user errors) or a critical box (everything else)."""
    expected = UserError | OSError | sqlite3.Error
    if not isinstance(exc, expected):
        log.error("unexpected error", exc_info=exc)
    box = QMessageBox.warning if isinstance(exc, expected) else QMessageBox.critical
    box(parent, title or tr("无法完成操作", "Cannot do that"), error_text(exc))


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_pdf_path(parent: QWidget, caption: str, suggested: Path) -> Path | None:
    """Where to save a PDF (the suggested name in the last folder used); `.pdf` added when the name lacks it."""
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), tr("PDF 文件 (*.pdf)", "PDF files (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
