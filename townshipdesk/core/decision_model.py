"""The 公众参与 register's values: a decision of the 重大行政决策事项目录 with its consultation and comments, the
labels of its states, ways and answers, and what the clerk is warned about. The register is core/decisions.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from townshipdesk.core.text import clean
from townshipdesk.errors import DecisionError
from townshipdesk.i18n import Msg, msg

STATUSES: dict[str, tuple[str, str]] = {
    "planned": ("拟决策", "planned"), "consulting": ("征求意见中", "in consultation"),
    "decided": ("已决策", "decided"), "removed": ("已调整出目录", "removed from the catalog")}
# 713号令 Art. 14's ways of hearing the public, in its order; 公开征求意见 is the one with a minimum period.
METHODS = ("座谈会", "听证会", "实地走访", "书面征求意见", "公开征求意见", "问卷调查", "民意调查")
PUBLIC_CONSULTATION = "公开征求意见"
PUBLIC_MIN_DAYS = 30  # 713号令 Art. 15: 公开征求意见的期限一般不少于30日 (calendar days)
ADOPTED: dict[str, tuple[str, str]] = {"yes": ("采纳", "adopted"), "partly": ("部分采纳", "partly adopted"),
                                       "no": ("不采纳", "not adopted")}
ADOPTED_ALIASES = {"采纳": "yes", "部分采纳": "partly", "不采纳": "no", "adopted": "yes", "partial": "partly"}
EVENTS: dict[str, tuple[str, str]] = {
    "catalog_published": ("公布目录", "catalog published"), "added": ("列入目录", "added"),
    "adjusted": ("调整", "adjusted"), "removed": ("调整出目录", "removed"), "consulted": ("征求意见", "consultation"),
    "decided": ("作出决策", "decided"), "feedback_published": ("公布意见采纳情况", "feedback published")}


@dataclass
class Comment:
    uuid: str
    seq: int
    received_date: str | None
    source: str
    count: int
    text: str
    adopted: str | None
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.uuid, "seq": self.seq, "received_date": self.received_date, "source": self.source,
                "count": self.count, "text": self.text, "adopted": self.adopted, "reason": self.reason}


@dataclass
class Decision:
    uuid: str
    site_id: str
    number: str
    year: int
    title: str
    unit: str
    planned_date: str | None
    status: str
    status_reason: str
    decided_date: str | None
    consult_start: str | None
    consult_end: str | None
    consult_methods: list[str]
    consult_period: str
    consult_short_reason: str
    consult_contact: str
    feedback_published_date: str | None
    comments: list[Comment] = field(default_factory=list)

    @property
    def start(self) -> dt.date | None:
        return dt.date.fromisoformat(self.consult_start) if self.consult_start else None

    @property
    def end(self) -> dt.date | None:
        return dt.date.fromisoformat(self.consult_end) if self.consult_end else None

    @property
    def consultation_days(self) -> int:
        """Calendar days of the consultation, counted as 民法典 Art. 201 counts a period: the first day after the
        start is day 1 (a notice published on 3月2日 to 4月1日 runs 30 days)."""
        return (self.end - self.start).days if self.start and self.end else 0

    @property
    def is_public(self) -> bool:
        return PUBLIC_CONSULTATION in self.consult_methods

    @property
    def comment_count(self) -> int:
        return sum(c.count for c in self.comments)

    def consultation_open(self, today: dt.date) -> bool:
        return self.status != "removed" and self.start is not None and self.end is not None and self.start <= today <= self.end

    def feedback_due(self, today: dt.date) -> bool:
        """The consultation is over and its 采纳情况 is not published yet (seed 002: published with the decision)."""
        return (self.status != "removed" and self.end is not None and today > self.end
                and not self.feedback_published_date)

    def to_json(self, today: dt.date | None = None) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k not in ("comments", "uuid")}
        data["id"] = self.uuid
        data["status_label"] = STATUSES[self.status][0]
        data["comments"] = [c.to_json() for c in self.comments]
        data["comment_count"] = self.comment_count
        data["consultation_days"] = self.consultation_days
        if today is not None:
            data["consultation_open"] = self.consultation_open(today)
            data["feedback_due"] = self.feedback_due(today)
        return data


@dataclass
class CatalogEvent:
    event_date: str
    kind: str
    number: str
    title: str
    reason: str
    detail: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def adopted_code(value: str) -> str:
    code = ADOPTED_ALIASES.get(value.strip(), value.strip().lower())
    if code not in ADOPTED:
        raise DecisionError(msg("采纳情况应为 yes（采纳）、partly（部分采纳）或 no（不采纳），收到“{v}”",
                                "Adopted must be yes, partly or no, not '{v}'", v=value))
    return code


def method_name(value: str) -> str:
    name = clean(value)
    if name not in METHODS:
        raise DecisionError(msg("听取意见的方式应为：{m}（《重大行政决策程序暂行条例》第十四条），收到“{v}”",
                                "The way of hearing the public must be one of {m} (Regulation 713, Art. 14), not '{v}'",
                                m="、".join(METHODS), v=value))
    return name


def consultation_warnings(d: Decision) -> list[Msg]:
    """What the clerk should see about the period: a public consultation shorter than 30 days needs its reason."""
    if not d.is_public or d.consultation_days >= PUBLIC_MIN_DAYS:
        return []
    if d.consult_short_reason:
        return [msg("公开征求意见期限为 {n} 日，少于30日；公告中将说明缩短理由：{r}",
                    "The public consultation runs {n} days, fewer than 30; the notice states why: {r}",
                    n=d.consultation_days, r=d.consult_short_reason)]
    return [msg("公开征求意见期限为 {n} 日，少于《重大行政决策程序暂行条例》第十五条规定的一般不少于30日；因情况紧急等原因"
                "缩短的，须在公告中说明理由（--short-reason）",
                "The public consultation runs {n} days; Regulation 713 Art. 15 asks for at least 30 in general. If it is "
                "shorter because of urgency, the notice must say why (--short-reason)", n=d.consultation_days)]


def stage_text(d: Decision, today: dt.date) -> Msg:
    """The state as the catalog shows it, with where the consultation stands."""
    zh, en = STATUSES[d.status]
    if d.status != "consulting" or not d.start or not d.end:
        return msg(zh, en)
    if today < d.start:
        return msg("征求意见（{s} 开始）", "consultation (starts {s})", s=d.start)
    if today <= d.end:
        return msg("征求意见中（至 {e}）", "in consultation (to {e})", e=d.end)
    if d.feedback_published_date:
        return msg("采纳情况已公布，待决策", "feedback published; decision pending")
    return msg("征求意见已结束，采纳情况待公布", "consultation ended; feedback to publish")
