"""How disclosure records read in the window: states, reminders, attributes and the audit history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from townshipdesk.core.deadlines import NEEDS_EVENT
from townshipdesk.core.disclosures import REVIEW_KINDS, STATES, Record
from townshipdesk.core.workdays import ESTIMATE_WARNING, WorkCalendar
from townshipdesk.i18n import label_of, language, pair_text, tr
from townshipdesk.wording.display import china_time, join_values

WEEKDAYS_ZH = "一二三四五六日"
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SOON_WORKING_DAYS = 5


def state_text(state: str) -> str:
    return pair_text(STATES, state)


def review_text(kind: str) -> str:
    return pair_text(REVIEW_KINDS, kind)


def holiday_name(name: str) -> str:
    """A statutory holiday's name (as the State Council's notice and our calendar files write it); two that fall on
    one day are written "中秋节、国庆节"."""
    if "、" in name:
        return tr("、", ", ").join(holiday_name(part) for part in name.split("、"))
    return label_of(name, (
        ("元旦", "New Year's Day"),
        ("春节", "Spring Festival"),
        ("清明节", "Qingming Festival"),
        ("劳动节", "Labour Day"),
        ("端午节", "Dragon Boat Festival"),
        ("中秋节", "Mid-Autumn Festival"),
        ("国庆节", "National Day"),
        ("中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", "Victory Day (70th anniversary)"),
    ))


def weekday_text(day: dt.date) -> str:
    return tr("星期{c}", "{e}", c=WEEKDAYS_ZH[day.weekday()], e=WEEKDAYS_EN[day.weekday()])


def date_with_weekday(day: dt.date) -> str:
    return f"{day.isoformat()}（{weekday_text(day)}）" if language() == "zh" else f"{day.isoformat()} ({weekday_text(day)})"


def estimate_warning() -> str:
    return ESTIMATE_WARNING.text()


def due_text(record: Record) -> str:
    """The due date as shown in lists: the date, marked when estimated or set by hand."""
    if not record.due_date:
        return NEEDS_EVENT.text() if record.needs_event else "—"
    text = record.due_date
    if record.due_estimated:
        text += tr("（估算）", " (est.)")
    if record.due_reason:
        text += tr("（手工）", " (manual)")
    return text


def reminder(record: Record, today: dt.date, calendar: WorkCalendar) -> tuple[str, str]:
    """(kind, text) for the 提醒 column: overdue / soon / today / '' with what a clerk needs to read."""
    status = record.status_on(today)
    if status == "no_due" and record.needs_event:
        return "soon", tr("{f}，请编辑填写", "{f}: edit to enter it", f=NEEDS_EVENT.text())
    if status == "overdue":
        days = (today - dt.date.fromisoformat(record.due_date or today.isoformat())).days
        return "overdue", _overdue_text(days)
    if status == "open" and record.due_date:
        due = dt.date.fromisoformat(record.due_date)
        if due == today:
            return "soon", tr("今天到期", "due today")
        left = calendar.workdays_between(today, due)
        if left <= SOON_WORKING_DAYS:
            return "soon", _left_text(left)
    return "", ""


def _overdue_text(days: int) -> str:
    return tr("逾期 {n} 天", "{n} days overdue", n=days)


def _left_text(days: int) -> str:
    return tr("还剩 {n} 个工作日", "{n} working days left", n=days)


def record_column_samples() -> dict[str, list[str]]:
    """The longest texts the state and reminder columns show, so that their widths fit either language."""
    return {"state": [state_text(state) for state in STATES],
            "reminder": [_overdue_text(99), _left_text(SOON_WORKING_DAYS), tr("今天到期", "due today")]}


def attribute_name(attribute: str) -> str:
    """The 公开属性 (stored in the national wording) in the window's language."""
    return label_of(attribute, (
        ("此件公开发布", "Published in full"),
        ("此件删减后公开", "Published after redaction"),
        ("此件依申请公开", "On request only"),
        ("此件不公开", "Not disclosed"),
    ))


def lapse_status_text(status: str) -> str:
    """失效 / 废止 (stored as the clean-up list prints them) in the window's language."""
    return label_of(status, (("失效", "Lapsed"), ("废止", "Repealed")))


def review_outcome_text(outcome: str) -> str:
    """The outcome of a yearly re-assessment of what is not disclosed, as the review dialog and history say it."""
    return label_of(outcome, (("维持", "Keep"), ("转为主动公开", "Make public")))


def attribute_text(record: Record) -> str:
    name = attribute_name(record.attribute)
    return tr("{a}（{r}）", "{a} ({r})", a=name, r=record.attribute_reason) if record.attribute_reason else name


# ---- audit history ---------------------------------------------------------------------------------------
_ACTIONS = {
    "record.add": ("新增记录", "created"),
    "record.edit": ("修改", "edited"),
    "record.due": ("修改截止日", "due date changed"),
    "record.submit": ("提交审核", "submitted for review"),
    "record.review": ("审查通过", "review approved"),
    "record.return": ("退回", "returned"),
    "record.publish": ("登记发布", "published"),
    "record.attach": ("添加附件", "file attached"),
    "record.undisclosed_review": ("不公开复核", "re-assessed (not disclosed)"),
    "record.lapse": ("标记失效/废止", "marked lapsed or repealed"),
}

_FIELDS = {
    "number": ("编号", "Number"),
    "title": ("标题", "Title"),
    "item": ("公开事项", "Item"),
    "doc_number": ("文号", "Document number"),
    "formed_date": ("形成日期", "Formed"),
    "due_date": ("截止日", "Due"),
    "channels": ("公开渠道", "Channels"),
    "attribute": ("公开属性", "Attribute"),
    "attribute_reason": ("属性理由", "Reason for the attribute"),
    "notes": ("备注", "Notes"),
    "state": ("状态", "State"),
    "publish_date": ("发布日期", "Published"),
    "reason": ("理由", "Reason"),
    "reviewer": ("审查人", "Reviewer"),
    "comment": ("意见", "Comment"),
    "file": ("文件", "File"),
    "outcome": ("复核结论", "Outcome"),
    "reviewed_on": ("复核日期", "Review date"),
    "lapse_status": ("失效/废止", "Lapsed or repealed"),
    "lapse_date": ("失效（废止）日期", "Lapsed on"),
    "replaced_by": ("替代文件", "Replaced by"),
    "size": ("大小", "Size"),
}
_HIDDEN = {"sha256", "review"}


def action_text(action: str, detail: dict[str, Any]) -> str:
    """The action in words; reviews say which review (保密审查通过, 发布审查退回)."""
    if action in ("record.review", "record.return") and detail.get("review"):
        verb = tr("通过", " approved") if action == "record.review" else tr("退回", " returned")
        return f"{_review_label(detail['review'])}{verb}"
    return pair_text(_ACTIONS, action)


def _review_label(label: str) -> str:
    """The audit log keeps the review's Chinese name; shown in the window's language."""
    return next((tr(zh, en) for zh, en in REVIEW_KINDS.values() if zh == label), label)


def _value(name: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return tr("（空）", "(empty)")
    if name == "state":
        return state_text(str(value))
    if name == "size" and isinstance(value, int):
        return size_text(value)
    if name == "attribute":
        return attribute_name(str(value))
    if name == "lapse_status":
        return lapse_status_text(str(value))
    if name == "outcome":
        return review_outcome_text(str(value))
    if isinstance(value, list):
        return join_values([str(v) for v in value])
    return str(value).replace("\n", " ")


def change_lines(detail: dict[str, Any]) -> list[str]:
    """One line per field: `标题：旧 → 新` for changes, `标题：值` for plain values."""
    lines = []
    for name, value in detail.items():
        if name in _HIDDEN:
            continue
        label = pair_text(_FIELDS, name)
        if isinstance(value, list) and len(value) == 2:  # the audit log writes every change as [old, new]
            text = f"{_value(name, value[0])} → {_value(name, value[1])}"
        else:
            text = _value(name, value)
        lines.append(tr("{label}：{text}", "{label}: {text}", label=label, text=text))
    return lines


def history_entry_text(entry: dict[str, Any]) -> str:
    """One audit entry as shown in the history list: time (China time), who, what, then the changes."""
    head = f"{china_time(entry.get('at'))}　{action_text(entry.get('action', ''), entry.get('detail') or {})}"
    if entry.get("actor"):
        head += tr("（{who}）", " ({who})", who=entry["actor"])
    return "\n".join([head, *("　" + line for line in change_lines(entry.get("detail") or {}))])


def size_text(size: int) -> str:
    if size < 1024:
        return tr("{n} 字节", "{n} bytes", n=size)
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
