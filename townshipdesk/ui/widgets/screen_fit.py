"""Dialogs that fit the screens offices have: 1024×768 or 1366×768, minus a taskbar.

`fit_to_screen(dialog, w, h)` gives a dialog its comfortable size where the screen has room and the area the
taskbar leaves where it has not (the window manager's title bar and borders allowed for). A dialog whose content
cannot shrink that far gets it in a scroll area, its button row kept below the scroll area: the buttons are never
off-screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)

FRAME_WIDTH = 16  # left and right borders a window manager adds
FRAME_HEIGHT = 40  # title bar and bottom border
SMALLEST_OFFICE_SCREEN = QRect(0, 0, 1024, 728)  # 1024×768 with a 40-pixel taskbar, when Qt knows no screen


def room_for(widget: QWidget) -> QSize:
    """The largest window size (without its frame) that fits the screen `widget` will show on."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else SMALLEST_OFFICE_SCREEN
    return QSize(area.width() - FRAME_WIDTH, area.height() - FRAME_HEIGHT)


def fit_to_screen(dialog: QDialog) -> None:
    """Before showing `dialog`: the size it asked for (`resize` in its constructor, else its size hint) within the
    screen; content taller or wider than the screen scrolls, the dialog's button boxes outside the scroll area."""
    room = room_for(dialog)
    asked = dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) else dialog.sizeHint()
    width, height = asked.width(), asked.height()
    layout = dialog.layout()
    if layout is not None and not isinstance(dialog, QWizard):
        needed = layout.totalMinimumSize()
        if needed.height() > room.height() or needed.width() > room.width():
            _scroll_content(dialog, layout)
    dialog.resize(min(width, room.width()), min(height, room.height()))


def _scroll_content(dialog: QDialog, layout: QLayout) -> None:
    boxes = [box for box in dialog.findChildren(QDialogButtonBox) if _take(layout, box)]
    margins = layout.contentsMargins()
    content = QWidget()
    content.setObjectName("scrolled_content")
    content.setLayout(layout)  # takes the layout, and the widgets in it, from the dialog
    layout.setContentsMargins(margins.left(), margins.top(), margins.right() + 4, 0)  # clear of the scroll bar
    area = QScrollArea()
    area.setObjectName("dialog_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, margins.bottom())
    outer.addWidget(area, 1)
    for box in boxes:
        box.setContentsMargins(margins.left(), 0, margins.right(), 0)
        outer.addWidget(box)


def _take(layout: QLayout, widget: QWidget) -> bool:
    """Remove `widget` from `layout` or a layout nested in it; False when it is not there."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            layout.takeAt(index)
            return True
        nested = item.layout()
        if nested is not None and _take(nested, widget):
            return True
    return False
