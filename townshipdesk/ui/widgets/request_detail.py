"""The selected request: who asked for what, where its statutory clock stands and why, and every step with its date."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from townshipdesk.core.requests import CONSULT_WORKING_DAYS, Clock, Request
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.i18n import tr
from townshipdesk.wording.records import estimate_warning
from townshipdesk.wording.requests import (
    applicant_text,
    channel_text,
    due_explanation,
    outcome_text,
    reminder_text,
    state_text,
    steps,
    urgency,
)

OVERDUE_STYLE = "color:#9b1c1c; font-weight:bold;"
SOON_STYLE = "color:#a35200; font-weight:bold;"
CLOSED_STYLE = "color:#1e6b34; font-weight:bold;"
WARN_STYLE = "color:#b35c00;"
QUIET_STYLE = "color:#999;"


def request_html(r: Request, clock: Clock, calendar: WorkCalendar, today: dt.date) -> str:
    level = urgency(clock)
    state_style = {"overdue": OVERDUE_STYLE, "soon": SOON_STYLE}.get(level, CLOSED_STYLE if clock.state == "closed" else "")
    if clock.late:
        state_style = OVERDUE_STYLE
    state = escape(state_text(clock.state))
    reminder = reminder_text(clock) if clock.state != "closed" else outcome_text(r.outcome)
    if reminder:
        state += escape(f" · {reminder}")
    if clock.late:
        state += escape(" · " + tr("逾期答复 {n} 个工作日", "answered {n} working days late", n=clock.late_days))
    rows = [
        (tr("申请人", "Applicant"), escape(" ".join(p for p in (r.applicant_name, r.applicant_contact) if p) or "—")),
        (tr("类型 / 渠道", "Type / channel"), escape(f"{applicant_text(r.applicant_type)} / {channel_text(r.channel)}")),
        (tr("申请内容", "Request"), escape(r.content or "—").replace("\n", "<br>")),
        (tr("状态", "State"), f"<span style='{state_style}'>{state}</span>"),
    ]
    explanation = due_explanation(r, clock, calendar, today)
    if explanation:
        rows.append((tr("期限", "Clock"), escape(explanation)))
    if clock.consult_overdue and clock.consult_due:
        warning = tr("第三方答复期限 {d} 已过（{n}个工作日），答复期限恢复计算", "The third party's {n} working days ended "
                     "on {d}: the clock runs again", d=clock.consult_due.isoformat(), n=CONSULT_WORKING_DAYS)
        rows.append(("", f"<span style='{WARN_STYLE}'>⚠ {escape(warning)}</span>"))
    if clock.estimated:
        rows.append(("", f"<span style='{WARN_STYLE}'>⚠ {escape(estimate_warning())}</span>"))
    if r.notes:
        rows.append((tr("备注", "Notes"), escape(r.notes)))
    info = "".join(f"<tr><td style='color:#555; padding:2px 10px 2px 0; white-space:nowrap' valign='top'>{escape(label)}</td>"
                   f"<td style='padding:2px 0'>{value}</td></tr>" for label, value in rows)
    timeline = []
    for step in steps(r, clock, calendar, today):
        done = step.day is not None
        mark = "●" if done else "○"
        style = "" if done else QUIET_STYLE
        day = escape(step.day) if step.day else "—"
        timeline.append(f"<tr><td style='{style} padding:2px 6px 2px 0'>{mark}</td>"
                        f"<td style='{style} padding:2px 12px 2px 0; white-space:nowrap'>{escape(step.label)}</td>"
                        f"<td style='{style} padding:2px 12px 2px 0; white-space:nowrap'>{day}</td>"
                        f"<td style='color:#666; padding:2px 0'>{escape(step.note)}</td></tr>")
    title = tr("申请 {id}（{d} 收到）", "Request {id} (received {d})", id=r.display_number, d=r.received_date)
    return (f"<h3 style='margin:0'>{escape(title)}</h3><table cellspacing='0'>{info}</table>"
            f"<p style='margin:8px 0 2px 0; font-weight:bold'>{escape(tr('办理过程', 'Steps'))}</p>"
            f"<table cellspacing='0'>{''.join(timeline)}</table>")


class RequestDetail(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("request_detail")
        self.setOpenLinks(False)
        self.show_request(None)

    def show_request(self, r: Request | None, clock: Clock | None = None, calendar: WorkCalendar | None = None,
                     today: dt.date | None = None) -> None:
        if r is None or clock is None or calendar is None or today is None:
            self.setHtml("<p style='color:#888'>" + escape(tr(
                "在上方表格中选择一件申请，这里显示它的答复期限是怎样算出的，以及每一步的日期。",
                "Select a request to see how its due date comes about and the date of each step.")) + "</p>")
        else:
            self.setHtml(request_html(r, clock, calendar, today))
