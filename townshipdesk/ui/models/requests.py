"""The request register as a table: one row per request with its clock on `today`.

A township receives tens of requests a year, not thousands: the list is read whole and filtered in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from townshipdesk.core.requests import APPLICANTS, CHANNELS, STATES, Clock, Request
from townshipdesk.i18n import tr
from townshipdesk.ui.models.base import AnyIndex, RowsTableModel
from townshipdesk.ui.models.records import OVERDUE_BACKGROUND, OVERDUE_COLOUR, QUIET_COLOUR, SOON_COLOUR
from townshipdesk.wording.requests import (
    applicant_line,
    applicant_text,
    channel_text,
    days_left_text,
    due_text,
    late_text,
    outcome_text,
    reminder_text,
    state_text,
    urgency,
)

COLUMNS = ("id", "received", "applicant_type", "applicant", "channel", "content", "state", "due", "days_left", "late")
OPEN = "unfinished"  # the state filter for everything not closed
LATE = "late"  # the state filter for requests answered after their due date (逾期答复)


def column_headers() -> dict[str, str]:
    return {
        "id": tr("编号", "Number"),
        "received": tr("收到日期", "Received"),
        "applicant_type": tr("申请人类型", "Applicant type"),
        "applicant": tr("申请人", "Applicant"),
        "channel": tr("渠道", "Channel"),
        "content": tr("申请内容", "Request"),
        "state": tr("状态", "State"),
        "due": tr("答复期限", "Answer due"),
        "days_left": tr("剩余工作日", "Working days left"),
        "late": tr("是否按期", "On time"),
    }


@dataclass(frozen=True)
class RequestFilter:
    state: str | None = None  # a core state, OPEN, or None for all
    overdue: bool = False
    text: str = ""

    def matches(self, r: Request, clock: Clock) -> bool:
        if self.state == OPEN and clock.state == "closed":
            return False
        if self.state == LATE and not clock.late:
            return False
        if self.state not in (None, OPEN, LATE) and clock.state != self.state:
            return False
        if self.overdue and not clock.overdue:
            return False
        if self.text:
            haystack = " ".join((r.display_number, r.short_id, r.content, r.applicant_name, r.channel, r.notes, r.consult_party,
                                 applicant_text(r.applicant_type))).lower()
            return all(word in haystack for word in self.text.lower().split())
        return True


class RequestsModel(RowsTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Request, Clock]] = []
        self._townships: dict[str, str] = {}  # at the county: site id → 乡镇, shown before each township's number
        headers = column_headers()
        self._columns = [(key, headers[key]) for key in COLUMNS]

    # ---- contents ----------------------------------------------------------------------------------------
    def set_rows(self, rows: list[tuple[Request, Clock]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_townships(self, names: dict[str, str]) -> None:
        """The county's townships by site id: a township's request is shown as 东镇 依申2026-001."""
        self._townships = dict(names)

    def request_at(self, row: int) -> Request | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def clock_at(self, row: int) -> Clock | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def row_of(self, uuid: str) -> int | None:
        return next((n for n, (r, _c) in enumerate(self._rows) if r.uuid == uuid), None)

    def column_of(self, key: str) -> int:
        return COLUMNS.index(key)

    @staticmethod
    def samples() -> dict[int, list[str]]:
        """Widest texts of the fixed-value columns (for set_column_widths)."""
        return {COLUMNS.index("state"): [state_text(s) for s in STATES],
                COLUMNS.index("applicant_type"): [applicant_text(a) for a in APPLICANTS],
                COLUMNS.index("channel"): [channel_text(c) for c in CHANNELS]}

    # ---- Qt ------------------------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, clock = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(key, r, clock)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [r.content, applicant_line(r)]
            if r.outcome:
                lines.append(outcome_text(r.outcome))
            reminder = reminder_text(clock)
            if reminder and clock.state != "closed":
                lines.append(reminder)
            if clock.late:
                lines.append(tr("逾期答复：作出决定晚于答复期限 {n} 个工作日", "Answered {n} working days after the due date",
                                n=clock.late_days))
            return "\n".join(line for line in lines if line)
        level = urgency(clock)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "late" and clock.late:
                return OVERDUE_COLOUR
            if key in ("due", "days_left", "state") and level == "overdue":
                return OVERDUE_COLOUR
            if key in ("due", "days_left") and level == "soon":
                return SOON_COLOUR
            if clock.state == "closed" and key in ("due", "days_left"):
                return QUIET_COLOUR
            return None
        if role == Qt.ItemDataRole.BackgroundRole and level == "overdue":
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("days_left", "channel", "late"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, key: str, r: Request, clock: Clock) -> str:
        if key == "id":
            township = self._townships.get(r.site_id)
            return f"{township} {r.display_number}" if township else r.display_number
        if key == "received":
            return r.received_date
        if key == "applicant_type":
            return applicant_text(r.applicant_type)
        if key == "applicant":
            return applicant_line(r)
        if key == "channel":
            return channel_text(r.channel)
        if key == "content":
            return r.content
        if key == "state":
            return state_text(clock.state)
        if key == "due":
            return due_text(clock)
        if key == "late":
            return late_text(clock)
        return days_left_text(clock)
