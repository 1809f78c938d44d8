"""The 工作台 section 回应关切：待回应 — every open concern with the hours left, overdue ones first in red (their
answer was due 24 or 48 hours after they were seen); double-click one to open it in the register."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.concerns import shown_text
from townshipdesk.i18n import tr
from townshipdesk.ui.models.records import OVERDUE_BACKGROUND, OVERDUE_COLOUR, SOON_COLOUR
from townshipdesk.ui.session import SITE, Session
from townshipdesk.ui.widgets.tables import prepare_list_table, set_column_widths
from townshipdesk.wording.concerns import CONCERNS, left_text, source_text, urgency

UUID_ROLE = Qt.ItemDataRole.UserRole
QUIET_STYLE = "color:#777;"


class UrgentConcerns(QWidget):
    open_concern = Signal(str)  # concern uuid

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._title = tr("回应关切：待回应", "Concerns awaiting a response")
        self.heading = QLabel(self._title)
        self.heading.setObjectName("concerns_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("urgent_concerns")
        self.table.setHorizontalHeaderLabels([tr("回应时限", "Due"), tr("剩余", "Left"), tr("关切事项", "Concern"),
                                              tr("来源", "Source")])
        prepare_list_table(self.table, stretch_last=False, row_padding=8)
        set_column_widths(self.table, (124, 132, 0, 78))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 5)
        self.table.setToolTip(tr("双击或按回车，在“回应关切”中打开", "Double-click or press Enter to open it in Concerns"))
        self.table.activated.connect(self._activated)
        self.empty_label = QLabel(tr("没有待回应的关切。", "No concern is waiting for a response."))
        self.empty_label.setStyleSheet(QUIET_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        session.changed.connect(self._session_changed)
        self.refresh()

    def _session_changed(self, area: str) -> None:
        if area in (CONCERNS, SITE, "records"):  # records: set_today moves the clock too
            self.refresh()

    def refresh(self) -> None:
        pairs = self.session.concerns.open_due()
        table = self.table
        table.setRowCount(len(pairs))
        for row, (c, clock) in enumerate(pairs):
            level = urgency(clock)
            cells = (shown_text(clock.due), left_text(clock), f"{c.number} {c.title}", source_text(c.source))
            tip = "\n".join(p for p in (c.title, tr("{t} 发现", "seen {t}", t=shown_text(c.seen)),
                                        tr("重大：24小时内回应", "major: answer within 24 hours") if c.major else "") if p)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(UUID_ROLE, c.uuid)
                cell.setToolTip(tip)
                if level == "overdue":
                    cell.setBackground(QBrush(OVERDUE_BACKGROUND))
                    cell.setForeground(QBrush(OVERDUE_COLOUR))
                elif level == "soon" and column < 2:
                    cell.setForeground(QBrush(SOON_COLOUR))
                table.setItem(row, column, cell)
        overdue = sum(1 for _c, clock in pairs if clock.overdue)
        if overdue:
            self.heading.setText(tr("{t}（{n}，其中 {o} 件已逾期）", "{t} ({n}, {o} overdue)", t=self._title, n=len(pairs),
                                    o=overdue))
        else:
            self.heading.setText(tr("{t}（{n}）", "{t} ({n})", t=self._title, n=len(pairs)))
        self.heading.setStyleSheet(f"color:{OVERDUE_COLOUR.name()};" if overdue else "")
        self.table.setVisible(bool(pairs))
        self.empty_label.setVisible(not pairs)

    def uuids(self) -> list[str]:
        return [self.table.item(r, 0).data(UUID_ROLE) for r in range(self.table.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        cell = self.table.item(index.row(), 0)
        if cell is not None:
            self.open_concern.emit(cell.data(UUID_ROLE))
