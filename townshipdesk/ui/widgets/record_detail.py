"""The selected disclosure record, every field and where its review stands, as selectable rich text."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from townshipdesk.core.disclosures import Record
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.i18n import tr
from townshipdesk.wording.display import china_time, join_values
from townshipdesk.wording.records import (
    attribute_name,
    due_text,
    estimate_warning,
    lapse_status_text,
    reminder,
    review_text,
    state_text,
)

WARN_STYLE = "color:#b35c00;"
OVERDUE_STYLE = "color:#9b1c1c; font-weight:bold;"
QUIET = "<span style='color:#999'>—</span>"


def record_html(record: Record, today: dt.date, calendar: WorkCalendar, policy_title: str | None = None) -> str:
    rows: list[tuple[str, str]] = []

    def add(label: str, value: str, style: str = "", *, html: bool = False) -> None:
        text = value if html else escape(value).replace("\n", "<br>")
        if not value:
            text = QUIET
        elif style:
            text = f"<span style='{style}'>{text}</span>"
        rows.append((escape(label), text))

    add(tr("编号", "Number"), record.display_number)
    add(tr("公开事项", "Item"), f"{record.domain} / {record.item_name}")
    add(tr("公开时限", "Time limit"), record.time_limit)
    if record.kind == "interpretation":
        add(tr("类型", "Kind"), tr("政策解读：{p}", "Policy interpretation of: {p}", p=policy_title or record.policy_uuid or ""))
    add(tr("文号", "Doc. no."), record.doc_number)
    add(tr("形成日期", "Formed"), record.formed_date)
    if record.event_date:
        add(tr("事件日期", "Event date"), record.event_date)
    if record.needs_event:
        add(tr("截止日", "Due"), tr("{f}（时限从事件日期倒算，请在“编辑”中填写事件日期）", "{f} (the time limit counts "
                                 "back from an event: enter its date under Edit)", f=due_text(record)), WARN_STYLE)
    else:
        add(tr("截止日", "Due"), due_text(record) if record.due_date else tr("无（长期公开或时限无法计算）", "none"))
    if record.due_estimated:
        add("", "⚠ " + estimate_warning(), WARN_STYLE)
    if record.due_reason and record.due_date == record.due_computed:  # counted from another day (a review), not by hand
        add("", record.due_reason)
    elif record.due_reason:
        add("", tr("手工指定，理由：{r}；按时限计算为 {c}", "Set by hand: {r}; the time limit gives {c}", r=record.due_reason,
                   c=record.due_computed or "—"))
    kind, text = reminder(record, today, calendar)
    if kind:
        add(tr("提醒", "Reminder"), text, OVERDUE_STYLE if kind == "overdue" else WARN_STYLE)
    add(tr("状态", "State"), state_text(record.state))
    for review in ("secrecy", "release"):
        who = getattr(record, f"{review}_reviewer")
        at = getattr(record, f"{review}_at")
        label = review_text(review)
        add(label[:1].upper() + label[1:], tr("{who} 通过（{at}）", "approved by {who} ({at})", who=who, at=china_time(at)) if who
            else tr("未完成", "not done"), "" if who else "color:#777;")
    if record.state == "returned" and record.return_comment:
        add(tr("退回意见", "Returned because"), record.return_comment, WARN_STYLE)
    add(tr("公开属性", "Attribute"), attribute_name(record.attribute))
    if record.attribute_reason:
        add(tr("属性理由", "Reason"), record.attribute_reason)
    if record.lapse_status:
        lapsed = tr("已{s}（自 {d} 起）", "{s} (since {d})", s=lapse_status_text(record.lapse_status), d=record.lapse_date)
        add(tr("效力", "In force"), lapsed + (tr("，由{r}替代", "; replaced by {r}", r=record.replaced_by) if record.replaced_by
                                              else ""), WARN_STYLE)
    add(tr("公开渠道", "Channels"), join_values(record.channels))
    add(tr("发布日期", "Published"), record.publish_date or "")
    add(tr("备注", "Notes"), record.notes)
    body = "".join(
        f"<tr><td style='color:#555; padding:2px 8px 2px 0; white-space:nowrap' valign='top'>{label}</td>"
        f"<td style='padding:2px 0'>{value}</td></tr>" for label, value in rows
    )
    return f"<h3>{escape(record.title)}</h3><table cellspacing='0'>{body}</table>"


class RecordDetail(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_detail")
        self.setOpenLinks(False)
        self.show_record(None)

    def show_record(self, record: Record | None, today: dt.date | None = None, calendar: WorkCalendar | None = None,
                    policy_title: str | None = None) -> None:
        if record is None or today is None or calendar is None:
            self.setHtml("<p style='color:#888'>" + escape(tr("在左侧表格中选择一条记录，这里显示它的详细信息、审核和附件。",
                                                             "Select a record to see its details, review and files.")) + "</p>")
        else:
            self.setHtml(record_html(record, today, calendar, policy_title))
