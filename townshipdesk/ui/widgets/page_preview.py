"""A printed page shown on screen, scaled to the width available."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QWidget


class PagePreview(QScrollArea):
    """One page image, scaled to the width available (and again whenever that changes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.label = QLabel()
        self.label.setObjectName("preview_image")
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setStyleSheet("QScrollArea { background:#8a8f96; } QLabel#preview_image { background:#8a8f96; }")

    def set_image(self, image: QImage) -> None:
        self.image = image
        self._scale()

    def _scale(self) -> None:
        if self.image.isNull():
            self.label.clear()
            return
        width = max(self.viewport().width() - 24, 100)
        pixmap = QPixmap.fromImage(self.image).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.label.setPixmap(pixmap)
        self.label.setMinimumHeight(pixmap.height() + 24)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()
