"""Error and information boxes. A user sees what went wrong and what to do next, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from townshipdesk.errors import UserError
from townshipdesk.i18n import tr

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """The message to show for an exception: the user message for our errors, a plain sentence otherwise."""
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, OSError):
        # Files locked by Excel/WPS, full USB sticks, missing folders: the OS reason is what helps.
        return tr("文件操作失败：{reason}。请检查文件是否被其他程序打开、磁盘是否已满，然后重试。",
                  "A file operation failed: {reason}. Check the file is not open elsewhere and the disk is not full, then retry.",
                  reason=exc.strerror or str(exc))
    return tr("发生了意外错误（{kind}）。操作未完成；详细信息已写入日志，请联系技术支持。",
              "An unexpected error occurred ({kind}). The operation did not finish; details are in the log.",
              kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show an exception as a warning box (user errors) or a critical box (everything else)."""
    if not isinstance(exc, UserError | OSError):
        log.error("unexpected error", exc_info=exc)
    box = QMessageBox.warning if isinstance(exc, UserError | OSError) else QMessageBox.critical
    box(parent, title or tr("无法完成操作", "Cannot do that"), error_text(exc))


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
