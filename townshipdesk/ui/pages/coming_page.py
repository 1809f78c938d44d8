"""A page for a feature not built yet: says plainly what it will do, and shows nothing pretend."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from townshipdesk.i18n import tr


class ComingPage(QWidget):
    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.purpose_label = QLabel(purpose)
        self.purpose_label.setWordWrap(True)
        self.status_label = QLabel(tr("此功能尚在开发中，当前版本还不能使用。", "This feature is still being built; it is not available yet."))
        self.status_label.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(heading)
        layout.addSpacing(12)
        layout.addWidget(self.purpose_label)
        layout.addSpacing(8)
        layout.addWidget(self.status_label)
