"""The 工作台 section 回应关切：待回应 — every open concern with the hours left, overdue ones first in red (their
answer was due 24 or 48 hours after they were seen); double-click one to open it in the register."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from townshipdesk.core.concerns import shown_text
from townshipdesk.i18n import tr
from townshipdesk.ui.session import SITE, Session
from townshipdesk.ui.widgets.urgent_section import UrgentSection
from townshipdesk.wording.concerns import CONCERNS, left_text, source_text, urgency


class UrgentConcerns(UrgentSection):
    open_concern = Signal(str)  # concern uuid

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(tr("回应关切：待回应", "Concerns awaiting a response"), "urgent_concerns",
                         [tr("回应时限", "Due"), tr("剩余", "Left"), tr("关切事项", "Concern"), tr("来源", "Source")],
                         (124, 132, 0, 78), tr("没有待回应的关切。", "No concern is waiting for a response."),
                         tr("双击或按回车，在“回应关切”中打开", "Double-click or press Enter to open it in Concerns"), parent)
        self.session = session
        self.activated_uuid.connect(self.open_concern)
        session.changed.connect(self._session_changed)
        self.refresh()

    def _session_changed(self, area: str) -> None:
        if area in (CONCERNS, SITE, "records"):  # records: set_today moves the clock too
            self.refresh()

    def refresh(self) -> None:
        pairs = self.session.concerns.open_due()
        self.table.setRowCount(len(pairs))
        for row, (c, clock) in enumerate(pairs):
            tip = "\n".join(p for p in (c.title, tr("{t} 发现", "seen {t}", t=shown_text(c.seen)),
                                        tr("重大：24小时内回应", "major: answer within 24 hours") if c.major else "") if p)
            self.set_row(row, c.uuid, (shown_text(clock.due), left_text(clock), f"{c.number} {c.title}",
                                       source_text(c.source)), tip, urgency(clock))
        overdue = sum(1 for _c, clock in pairs if clock.overdue)
        if overdue:
            text = tr("{t}（{n}，其中 {o} 件已逾期）", "{t} ({n}, {o} overdue)", t=self.title, n=len(pairs), o=overdue)
        else:
            text = tr("{t}（{n}）", "{t} ({n})", t=self.title, n=len(pairs))
        self.show_count(text, len(pairs), bool(overdue))
