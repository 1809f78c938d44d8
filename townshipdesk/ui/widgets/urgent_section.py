"""What the 工作台's urgent lists (依申请公开, 回应关切) share: a bold heading with the count (red when something is
overdue), a table of whole rows whose first cell keeps the row's id, a quiet line when there is nothing, and the
row's id sent when a row is activated (double-click or Enter)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from townshipdesk.ui.models.records import OVERDUE_BACKGROUND, OVERDUE_COLOUR, SOON_COLOUR
from townshipdesk.ui.widgets.tables import prepare_list_table, set_column_widths

UUID_ROLE = Qt.ItemDataRole.UserRole
QUIET_STYLE = "color:#777;"


class UrgentSection(QWidget):
    activated_uuid = Signal(str)

    def __init__(self, title: str, name: str, headers: Sequence[str], widths: Sequence[int], empty_text: str,
                 tooltip: str, parent: QWidget | None = None) -> None:
        """`widths`: one per column, 0 for the column that stretches."""
        super().__init__(parent)
        self.title = title
        self.heading = QLabel(title)
        self.heading.setObjectName(f"{name}_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(list(headers))
        prepare_list_table(self.table, stretch_last=False, row_padding=8)
        set_column_widths(self.table, widths)
        # The short columns as wide as their contents and headings, the wording gets the rest: with fixed widths it
        # was squeezed to one character on a 1024×768 screen.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(list(widths).index(0), QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 5)
        self.table.setToolTip(tooltip)
        self.table.activated.connect(self._activated)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setStyleSheet(QUIET_STYLE)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty_label)
        self.layout_.addStretch(0)  # an empty section keeps its quiet line under the heading

    def set_row(self, row: int, uuid: str, cells: Sequence[str], tip: str, level: str, soon_columns: int = 2) -> None:
        """One row; `level` overdue (red on pink), soon (the first `soon_columns` cells orange) or ''."""
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setData(UUID_ROLE, uuid)
            cell.setToolTip(tip)
            if level == "overdue":
                cell.setBackground(QBrush(OVERDUE_BACKGROUND))
                cell.setForeground(QBrush(OVERDUE_COLOUR))
            elif level == "soon" and column < soon_columns:
                cell.setForeground(QBrush(SOON_COLOUR))
            self.table.setItem(row, column, cell)

    def show_count(self, text: str, rows: int, overdue: bool) -> None:
        self.heading.setText(text)
        self.heading.setStyleSheet(f"color:{OVERDUE_COLOUR.name()};" if overdue else "")
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)

    def uuids(self) -> list[str]:
        return [self.table.item(r, 0).data(UUID_ROLE) for r in range(self.table.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        cell = self.table.item(index.row(), 0)
        if cell is not None:
            self.activated_uuid.emit(cell.data(UUID_ROLE))
