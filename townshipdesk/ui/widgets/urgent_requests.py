"""The 工作台 section 依申请公开：即将到期/已逾期 — open requests overdue or due within 5 working days, most urgent
first; double-click one to open it in the register. Below, the year's requests answered after their due date
(逾期答复): a compliance failure the clerk is assessed on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from townshipdesk.i18n import tr
from townshipdesk.ui.models.records import OVERDUE_COLOUR
from townshipdesk.ui.session import CALENDAR, RECORDS, SITE, Session
from townshipdesk.ui.widgets.urgent_section import UrgentSection
from townshipdesk.wording.requests import (
    REQUESTS,
    SOON_WORKING_DAYS,
    applicant_text,
    due_text,
    reminder_text,
    urgency,
)


class UrgentRequests(UrgentSection):
    open_request = Signal(str)  # request uuid

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(tr("依申请公开：即将到期/已逾期", "Requests: due soon or overdue"), "urgent_requests",
                         [tr("答复期限", "Due"), tr("提醒", "Reminder"), tr("申请内容", "Request"),
                          tr("申请人类型", "Applicant"), tr("编号", "Number")], (112, 128, 0, 92, 78),
                         tr("没有逾期或{n}个工作日内到期的申请。", "No request is overdue or due within {n} working days.",
                            n=SOON_WORKING_DAYS),
                         tr("双击或按回车，在“依申请公开”中打开", "Double-click or press Enter to open it in Requests"), parent)
        self.session = session
        self.heading.setObjectName("requests_heading")
        self.activated_uuid.connect(self.open_request)
        self.late_label = QLabel()
        self.late_label.setObjectName("late_answers")
        self.late_label.setWordWrap(True)
        self.late_label.setStyleSheet(f"color:{OVERDUE_COLOUR.name()};")
        self.layout_.addWidget(self.late_label)
        session.changed.connect(self._session_changed)
        self.refresh()

    def _session_changed(self, area: str) -> None:
        if area in (REQUESTS, RECORDS, CALENDAR, SITE):
            self.refresh()

    def refresh(self) -> None:
        pairs = self.session.requests.urgent(self.session.today(), SOON_WORKING_DAYS)
        self.table.setRowCount(len(pairs))
        for row, (r, clock) in enumerate(pairs):
            tip = "\n".join(p for p in (r.content, tr("{d} 收到", "received {d}", d=r.received_date), reminder_text(clock)) if p)
            self.set_row(row, r.uuid, (due_text(clock), reminder_text(clock), r.content, applicant_text(r.applicant_type),
                                       r.display_number), tip, urgency(clock))
        overdue = sum(1 for _r, c in pairs if c.overdue)
        self.show_count(tr("{t}（{n}）", "{t} ({n})", t=self.title, n=len(pairs)), len(pairs), bool(overdue))
        self._show_late()

    def _show_late(self) -> None:
        today = self.session.today()
        service = self.session.requests
        late = [(r, c) for r in service.all() if r.decision_date and r.decision_date[:4] == str(today.year)
                and (c := service.clock(r, today)).late]
        self.late_label.setText(tr("本年逾期答复 {n} 件：{ids}", "{n} answered late this year: {ids}", n=len(late),
                                   ids="、".join(tr("{id}（晚 {d} 个工作日）", "{id} ({d} working days late)", id=r.display_number,
                                                   d=c.late_days) for r, c in late)))
        self.late_label.setVisible(bool(late))
