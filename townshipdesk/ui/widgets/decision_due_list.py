"""The 工作台 section 公众参与: consultations whose comments must now be answered in public (the consultation ended and
its 采纳情况 is not published: red) and consultations ending within 5 working days; double-click one to open it
on the 公众参与 page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from townshipdesk.core.decision_due import ENDING_SOON_WORKING_DAYS, DecisionDue, decision_due
from townshipdesk.i18n import tr
from townshipdesk.ui.models.records import OVERDUE_BACKGROUND, OVERDUE_COLOUR, SOON_COLOUR
from townshipdesk.ui.session import CALENDAR, DECISIONS, RECORDS, SITE, Session
from townshipdesk.ui.widgets.tables import row_table

UUID_ROLE = Qt.ItemDataRole.UserRole
QUIET_STYLE = "color:#777;"


def reminder_text(item: DecisionDue) -> str:
    if item.kind == "feedback":
        return tr("采纳情况待公布（已结束 {n} 个工作日）", "feedback to publish (ended {n} working days ago)", n=item.working_days)
    if item.working_days == 0:
        return tr("今天结束", "ends today")
    return tr("{n} 个工作日后结束", "ends in {n} working days", n=item.working_days)


class DecisionDueList(QWidget):
    open_decision = Signal(str)  # decision uuid

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._title = tr("公众参与：征求意见", "Participation: consultations")
        self.heading = QLabel(self._title)
        self.heading.setObjectName("decisions_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.table = row_table("decision_due", [tr("征求意见截止", "Ends"), tr("提醒", "Reminder"), tr("决策事项", "Decision"),
                                                tr("编号", "Number")], (100, 250, 0, 100), stretch=2)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 4)
        self.table.setToolTip(tr("双击或按回车，在“公众参与”中打开", "Double-click or press Enter to open it in Participation"))
        self.table.activated.connect(self._activated)
        self.empty_label = QLabel(tr("没有{n}个工作日内结束的征求意见，也没有待公布的采纳情况。",
                                     "No consultation ends within {n} working days and no feedback is waiting.",
                                     n=ENDING_SOON_WORKING_DAYS))
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(QUIET_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        session.changed.connect(lambda area: self.refresh() if area in (DECISIONS, CALENDAR, SITE, RECORDS) else None)
        self.refresh()

    def refresh(self) -> None:
        items = decision_due(self.session.decisions, self.session.today())
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            d = item.decision
            for column, text in enumerate((item.day.isoformat(), reminder_text(item), d.title, d.number)):
                cell = QTableWidgetItem(text)
                cell.setData(UUID_ROLE, d.uuid)
                cell.setToolTip(f"{d.title}\n{reminder_text(item)}")
                if item.overdue:
                    cell.setBackground(QBrush(OVERDUE_BACKGROUND))
                    cell.setForeground(QBrush(OVERDUE_COLOUR))
                elif column < 2:
                    cell.setForeground(QBrush(SOON_COLOUR))
                self.table.setItem(row, column, cell)
        waiting = sum(1 for i in items if i.overdue)
        self.heading.setText(tr("{t}（{n}）", "{t} ({n})", t=self._title, n=len(items)))
        self.heading.setStyleSheet(f"color:{OVERDUE_COLOUR.name()};" if waiting else "")
        self.table.setVisible(bool(items))
        self.empty_label.setVisible(not items)

    def uuids(self) -> list[str]:
        return [self.table.item(r, 0).data(UUID_ROLE) for r in range(self.table.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        cell = self.table.item(index.row(), 0)
        if cell is not None:
            self.open_decision.emit(cell.data(UUID_ROLE))
