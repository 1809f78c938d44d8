"""The 工作台 section 公众参与: consultations whose comments must now be answered in public (the consultation ended and
its 采纳情况 is not published: red) and consultations ending within 5 working days; double-click one to open it
on the 公众参与 page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from townshipdesk.core.decision_due import ENDING_SOON_WORKING_DAYS, DecisionDue, decision_due
from townshipdesk.i18n import tr
from townshipdesk.ui.session import CALENDAR, DECISIONS, RECORDS, SITE, Session
from townshipdesk.ui.widgets.urgent_section import UrgentSection


def reminder_text(item: DecisionDue) -> str:
    if item.kind == "feedback":
        return tr("采纳情况待公布（已结束 {n} 个工作日）", "feedback to publish (ended {n} working days ago)", n=item.working_days)
    if item.working_days == 0:
        return tr("今天结束", "ends today")
    return tr("{n} 个工作日后结束", "ends in {n} working days", n=item.working_days)


class DecisionDueList(UrgentSection):
    open_decision = Signal(str)  # decision uuid

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(tr("公众参与：征求意见", "Participation: consultations"), "decision_due",
                         [tr("征求意见截止", "Ends"), tr("提醒", "Reminder"), tr("决策事项", "Decision"), tr("编号", "Number")],
                         (100, 250, 0, 100),
                         tr("没有{n}个工作日内结束的征求意见，也没有待公布的采纳情况。",
                            "No consultation ends within {n} working days and no feedback is waiting.",
                            n=ENDING_SOON_WORKING_DAYS),
                         tr("双击或按回车，在“公众参与”中打开", "Double-click or press Enter to open it in Participation"), parent)
        self.session = session
        self.heading.setObjectName("decisions_heading")
        self.empty_label.setWordWrap(True)
        self.activated_uuid.connect(self.open_decision)
        session.changed.connect(lambda area: self.refresh() if area in (DECISIONS, CALENDAR, SITE, RECORDS) else None)
        self.refresh()

    def refresh(self) -> None:
        items = decision_due(self.session.decisions, self.session.today())
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            d = item.decision
            self.set_row(row, d.uuid, (item.day.isoformat(), reminder_text(item), d.title, d.number),
                         f"{d.title}\n{reminder_text(item)}", "overdue" if item.overdue else "soon")
        self.show_count(tr("{t}（{n}）", "{t} ({n})", t=self.title, n=len(items)), len(items),
                        any(i.overdue for i in items))
