"""The 工作台 section 依申请公开：即将到期/已逾期 — open requests overdue or due within 5 working days, most urgent
first; double-click one to open it in the register. Below, the year's requests answered after their due date
(逾期答复): a compliance failure the clerk is assessed on."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.i18n import tr
from townshipdesk.ui.models.records import OVERDUE_BACKGROUND, OVERDUE_COLOUR, SOON_COLOUR
from townshipdesk.ui.session import CALENDAR, RECORDS, SITE, Session
from townshipdesk.wording.requests import (
    REQUESTS,
    SOON_WORKING_DAYS,
    applicant_text,
    due_text,
    reminder_text,
    urgency,
)

UUID_ROLE = Qt.ItemDataRole.UserRole
QUIET_STYLE = "color:#777;"


class UrgentRequests(QWidget):
    open_request = Signal(str)  # request uuid

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._title = tr("依申请公开：即将到期/已逾期", "Requests: due soon or overdue")
        self.heading = QLabel(self._title)
        self.heading.setObjectName("requests_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("urgent_requests")
        self.table.setHorizontalHeaderLabels([tr("答复期限", "Due"), tr("提醒", "Reminder"), tr("申请内容", "Request"),
                                              tr("申请人类型", "Applicant"), tr("编号", "Id")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # The short columns as wide as their contents and headings, the request's wording gets the rest: with fixed
        # widths it was squeezed to two characters on a 1024×768 screen.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 5)
        self.table.setToolTip(tr("双击或按回车，在“依申请公开”中打开", "Double-click or press Enter to open it in Requests"))
        self.table.activated.connect(self._activated)
        self.empty_label = QLabel(tr("没有逾期或{n}个工作日内到期的申请。", "No request is overdue or due within {n} working days.",
                                     n=SOON_WORKING_DAYS))
        self.empty_label.setStyleSheet(QUIET_STYLE)
        self.late_label = QLabel()
        self.late_label.setObjectName("late_answers")
        self.late_label.setWordWrap(True)
        self.late_label.setStyleSheet(f"color:{OVERDUE_COLOUR.name()};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.late_label)
        session.changed.connect(self._session_changed)
        self.refresh()

    def _session_changed(self, area: str) -> None:
        if area in (REQUESTS, RECORDS, CALENDAR, SITE):
            self.refresh()

    def refresh(self) -> None:
        pairs = self.session.requests.urgent(self.session.today(), SOON_WORKING_DAYS)
        table = self.table
        table.setRowCount(len(pairs))
        for row, (r, clock) in enumerate(pairs):
            level = urgency(clock)
            cells = (due_text(clock), reminder_text(clock), r.content, applicant_text(r.applicant_type), r.short_id)
            tip = "\n".join(p for p in (r.content, tr("{d} 收到", "received {d}", d=r.received_date), reminder_text(clock)) if p)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(UUID_ROLE, r.uuid)
                cell.setToolTip(tip)
                if level == "overdue":
                    cell.setBackground(QBrush(OVERDUE_BACKGROUND))
                    cell.setForeground(QBrush(OVERDUE_COLOUR))
                elif level == "soon" and column < 2:
                    cell.setForeground(QBrush(SOON_COLOUR))
                table.setItem(row, column, cell)
        overdue = sum(1 for _r, c in pairs if c.overdue)
        text = tr("{t}（{n}）", "{t} ({n})", t=self._title, n=len(pairs))
        self.heading.setText(text)
        self.heading.setStyleSheet(f"color:{OVERDUE_COLOUR.name()};" if overdue else "")
        self.table.setVisible(bool(pairs))
        self.empty_label.setVisible(not pairs)
        self._show_late()

    def _show_late(self) -> None:
        today = self.session.today()
        service = self.session.requests
        late = [(r, c) for r in service.all() if r.decision_date and r.decision_date[:4] == str(today.year)
                and (c := service.clock(r, today)).late]
        self.late_label.setText(tr("本年逾期答复 {n} 件：{ids}", "{n} answered late this year: {ids}", n=len(late),
                                   ids="、".join(tr("{id}（晚 {d} 个工作日）", "{id} ({d} working days late)", id=r.short_id,
                                                   d=c.late_days) for r, c in late)))
        self.late_label.setVisible(bool(late))

    def uuids(self) -> list[str]:
        return [self.table.item(r, 0).data(UUID_ROLE) for r in range(self.table.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        cell = self.table.item(index.row(), 0)
        if cell is not None:
            self.open_request.emit(cell.data(UUID_ROLE))
