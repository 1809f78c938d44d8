"""How concerns (回应关切) read in the window and on the command line: sources, states, the hours left."""

from __future__ import annotations

from townshipdesk.core.concerns import STATES, Concern, ConcernClock
from townshipdesk.i18n import label_of, tr

CONCERNS = "concerns"  # the Session.notify area for the concern register
SOON_HOURS = 6  # the 工作台 and the register colour an open concern due within this many hours


def source_text(source: str) -> str:
    return label_of(source, (
        ("网络", "Online"),
        ("媒体", "Media"),
        ("12345热线", "12345 hotline"),
        ("信访", "Petitions"),
        ("领导信箱", "Leaders' mailbox"),
        ("村民反映", "Raised by villagers"),
    ))


def channel_text(channel: str) -> str:
    """A response channel the window suggests (core.concerns.RESPONSE_CHANNELS); another as it was written."""
    return label_of(channel, (
        ("政府网站", "Government website"),
        ("政务新媒体", "Government social media"),
        ("新闻发布会", "Press conference"),
        ("媒体采访", "Media interview"),
        ("12345平台回复", "Reply on the 12345 platform"),
        ("电话回复", "Phone call"),
        ("书面答复", "Written reply"),
        ("当面答复", "In person"),
        ("村务公开栏", "Village notice board"),
    ))


def state_text(state: str) -> str:
    if state not in STATES:
        return state
    zh, en = STATES[state]
    return tr(zh, en[:1].upper() + en[1:])


def duration_text(minutes: int) -> str:
    """48 小时, 5 小时 20 分, 40 分 — a length of time to the minute."""
    hours, rest = divmod(abs(minutes), 60)
    if hours and rest:
        return tr("{h} 小时 {m} 分", "{h} h {m} min", h=hours, m=rest)
    if hours:
        return tr("{h} 小时", "{h} h", h=hours)
    return tr("{m} 分", "{m} min", m=rest)


def left_text(clock: ConcernClock) -> str:
    """剩 5 小时 20 分 / 已逾期 3 小时 / 按时回应 / 逾期 2 小时回应."""
    if clock.state == "responded":
        return tr("按时回应", "answered in time")
    if clock.state == "late":
        return tr("逾期 {d} 回应", "answered {d} late", d=duration_text(clock.late_minutes))
    if clock.state == "overdue":
        return tr("已逾期 {d}", "overdue by {d}", d=duration_text(clock.late_minutes))
    return tr("剩 {d}", "{d} left", d=duration_text(clock.minutes_left or 0))


def urgency(clock: ConcernClock) -> str:
    """overdue, soon (within SOON_HOURS), or '' — how loudly the lists colour it."""
    if clock.state == "overdue":
        return "overdue"
    if clock.state == "open" and (clock.minutes_left or 0) <= SOON_HOURS * 60:
        return "soon"
    return ""


def kind_text(c: Concern) -> str:
    """重大 / 一般, for a narrow column (major_text says the hours too)."""
    return tr("重大", "Major") if c.major else tr("一般", "Ordinary")


def major_text(c: Concern) -> str:
    return tr("重大（24小时）", "major (24 h)") if c.major else tr("一般（48小时）", "ordinary (48 h)")
