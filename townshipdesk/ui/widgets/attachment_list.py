"""A record's attachments: a list that takes files dragged in from the file manager, and opens one
with the system viewer on double-click (or Enter)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from townshipdesk.errors import RecordError
from townshipdesk.i18n import msg, tr
from townshipdesk.io.attachments import stored_path
from townshipdesk.wording.display import china_time
from townshipdesk.wording.records import size_text

FILE_ROLE = Qt.ItemDataRole.UserRole  # the attachment's row from Disclosures.files()
HINT_FLAGS = Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextWordWrap.value


def _local_files(urls: list[QUrl]) -> list[Path]:
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


class AttachmentList(QListWidget):
    """Shows attachment rows; emits `files_dropped` with the local files dragged onto it."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments")
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setToolTip(tr("把文件拖到这里添加附件；双击打开", "Drop files here to attach them; double-click to open"))
        self._hint = tr("把文件拖到这里添加附件", "Drop files here to attach them")

    def set_hint(self, text: str) -> None:
        self._hint = text
        self.viewport().update()

    def set_files(self, files: list[dict[str, Any]]) -> None:
        self.clear()
        for row in files:
            entry = QListWidgetItem(tr("{name}（{size}，{at}）", "{name} ({size}, {at})", name=row["filename"],
                                       size=size_text(row["size"]), at=china_time(row["added_at"])))
            entry.setData(FILE_ROLE, row)
            entry.setToolTip(tr("双击用系统程序打开\nSHA-256：{h}", "Double-click to open\nSHA-256: {h}", h=row["sha256"]))
            self.addItem(entry)
        self.viewport().update()

    def file_at(self, row: int) -> dict[str, Any] | None:
        entry = self.item(row)
        return entry.data(FILE_ROLE) if entry is not None else None

    # ---- dropping files in -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.isEnabled() and _local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.isEnabled() and _local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData().urls())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(files)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self._hint:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8), HINT_FLAGS, self._hint)
            painter.end()


def open_attachment(data_dir: Path, row: dict[str, Any]) -> Path:
    """Open a stored attachment with the system viewer, from a temporary copy under its own file name
    (so the viewer knows the type, and the stored copy cannot be changed by it). Returns that copy."""
    source = stored_path(data_dir, row["sha256"])
    if not source.is_file():
        raise RecordError(msg("附件“{n}”的文件不在数据文件夹中（{p}），可能已被删除或移动。请重新添加该附件。",
                              "The file of '{n}' is missing from the data folder ({p}); attach it again.",
                              n=row["filename"], p=str(source)))
    folder = Path(tempfile.gettempdir()) / "townshipdesk-open" / row["sha256"][:16]
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / Path(row["filename"]).name
    shutil.copyfile(source, copy)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
    return copy
