"""Due dates from 时限 rules on the working-day calendar.

Counting rules (stated in the README and by `deadline --explain`):
- N 个工作日 from a trigger date D: the first working day after D is day 1; the due date is day N.
- N 日/天 (calendar days) from D: D itself is not counted (day 1 is the day after D); when the last day
  is a statutory holiday or rest day, the period ends on the next working day.
- N 个月 from D: the same day N months later (the month's last day if it has no such day), then as
  calendar days when it falls on a rest day. N 小时: within ⌈N/24⌉ calendar days.
- 实时: the same day. 及时, or a trigger without a number: 20 working days (Art. 26), marked assumed.
- 公示期 N 天 / N 个工作日 starting on D: D is day 1 of the notice (if D is a working day, for working days).
- Periodic: the deadline that falls in the period containing D — 每月/每季度/每半年/每年: the last working
  day of the period; 每月10日前 / 每年1月31日前 / 季度结束后15日内: that day, moved to the next working day
  when it is a rest day. `next_due` is the first such deadline on or after D.
- 长期公开: no due date. 依申请: 20 working days from receipt (the request's statutory clock).
"""

from __future__ import annotations

import calendar as monthcal
import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from townshipdesk.core.timelimits import Clause, TimeLimitRule, describe_clause, parse_time_limit
from townshipdesk.core.workdays import ESTIMATE_WARNING, WorkCalendar
from townshipdesk.errors import DeadlineError
from townshipdesk.i18n import language, msg, tr

COUNTING_RULE = msg(
    "工作日计算规则：自触发日 D 起算，D 之后的第一个工作日为第1日，第N个工作日为截止日；"
    "节假日和周末不计，调休上班的周末计入。",
    "Working-day rule: counting from the trigger date D, the first working day after D is day 1 and the "
    "due date is day N; holidays and weekends do not count, swapped working weekends (调休) do.",
)


@dataclass
class Deadline:
    text: str
    kind: str
    from_date: dt.date
    due: dt.date | None
    estimated: bool = False
    assumed: bool = False
    next_due: dt.date | None = None
    next_due_estimated: bool = False
    period: tuple[dt.date, dt.date] | None = None
    notice: tuple[dt.date, dt.date] | None = None
    explanation: list[str] = field(default_factory=list)
    rule: TimeLimitRule | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "due": self.due.isoformat() if self.due else None,
            "kind": self.kind,
            "estimated": self.estimated,
            "assumed": self.assumed,
            "from": self.from_date.isoformat(),
            "text": self.text,
        }
        if self.next_due:
            data["next_due"] = self.next_due.isoformat()
            data["next_due_estimated"] = self.next_due_estimated
        if self.period:
            data["period"] = {"start": self.period[0].isoformat(), "end": self.period[1].isoformat()}
        if self.notice:
            data["notice"] = {"start": self.notice[0].isoformat(), "end": self.notice[1].isoformat()}
        if self.estimated:
            data["warning"] = ESTIMATE_WARNING.text()
        if self.rule:
            data["rule"] = self.rule.to_json()
        return data


def period_bounds(day: dt.date, period: str) -> tuple[dt.date, dt.date]:
    """First and last day of the month / quarter / half-year / year containing `day`."""
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}[period]
    first_month = (day.month - 1) // months * months + 1
    last_month = first_month + months - 1
    return dt.date(day.year, first_month, 1), dt.date(day.year, last_month, monthcal.monthrange(day.year, last_month)[1])


def _add_months(day: dt.date, n: int) -> dt.date:
    month0 = day.month - 1 + n
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, monthcal.monthrange(year, month)[1]))


def _fmt(day: dt.date) -> str:
    return day.isoformat()


def _periodic_due(c: Clause, day: dt.date, cal: WorkCalendar) -> tuple[dt.date, tuple[dt.date, dt.date]]:
    """The deadline falling in the period containing `day`, and that period."""
    period = c.period or "year"
    start, end = period_bounds(day, period)
    if c.by_month:
        year = c.fixed_year or day.year
        last = monthcal.monthrange(year, c.by_month)[1]
        target = dt.date(year, c.by_month, min(c.by_day or last, last))
        if c.fixed_year:
            start, end = period_bounds(target, "year")
        return cal.next_workday(target), (start, end)
    if c.by_day:
        last = monthcal.monthrange(start.year, start.month)[1]
        target = dt.date(start.year, start.month, min(c.by_day, last))
        return cal.next_workday(target), (start, end)
    if c.n:
        # "季度结束后15日内": the deadline in this period is for the previous period, counted from its end.
        previous_end = start - dt.timedelta(days=1)
        if c.working:
            return cal.add_workdays(previous_end, c.n), (start, end)
        return cal.next_workday(previous_end + dt.timedelta(days=c.n)), (start, end)
    return cal.previous_workday(end), (start, end)


def compute_deadline(text: str | TimeLimitRule, from_date: dt.date, cal: WorkCalendar) -> Deadline:
    """The due date a 时限 gives from `from_date`. Raises DeadlineError for text that states no rule."""
    rule = text if isinstance(text, TimeLimitRule) else parse_time_limit(text)
    source = text.text if isinstance(text, TimeLimitRule) else text
    if rule is None:
        raise DeadlineError(msg("无法从“{t}”识别出公开时限规则，不计算期限（按原文保存）",
                                "'{t}' states no recognisable time-limit rule; no due date computed", t=source))
    c = rule.primary
    zh = language() == "zh"
    d = Deadline(source, c.kind, from_date, None, assumed=c.assumed, rule=rule)
    lines = d.explanation
    lines.append(tr("规则：{r}", "Rule: {r}", r=describe_clause(c, language())))
    if c.kind in ("working_days", "timely", "on_request"):
        n = c.n or 20
        d.due = cal.add_workdays(from_date, n)
        first = cal.add_workdays(from_date, 1)
        lines.append(COUNTING_RULE.text())
        lines.append(tr("{d} 之后的第1个工作日是 {f}，第{n}个工作日是 {due}", "The first working day after {d} is {f}; "
                        "working day {n} is {due}", d=_fmt(from_date), f=_fmt(first), n=n, due=_fmt(d.due)))
        if c.assumed:
            lines.append(tr("“及时”未写明天数，按《政府信息公开条例》第二十六条推定为20个工作日",
                            "'及时' gives no number; assumed 20 working days (Regulation Art. 26)"))
    elif c.kind in ("calendar_days", "months", "hours"):
        if c.kind == "calendar_days":
            end = from_date + dt.timedelta(days=c.n or 0)
        elif c.kind == "months":
            end = _add_months(from_date, c.n or 0)
        else:
            end = from_date + dt.timedelta(days=math.ceil((c.n or 0) / 24))
        d.due = end if c.kind == "hours" else cal.next_workday(end)
        lines.append(tr("自 {d} 的次日起算，期满日 {e}", "Counted from the day after {d}; the period ends {e}",
                        d=_fmt(from_date), e=_fmt(end)))
        if d.due != end:
            lines.append(tr("期满日为休息日，顺延至下一个工作日 {due}", "The last day is a rest day; moved to the next "
                            "working day {due}", due=_fmt(d.due)))
    elif c.kind == "realtime":
        d.due = from_date
        lines.append(tr("实时公开：当日", "Real time: the same day"))
    elif c.kind == "notice":
        start = from_date
        if c.working:
            start = cal.next_workday(from_date)
            end = cal.add_workdays(start, (c.n or 1) - 1) if (c.n or 1) > 1 else start
        else:
            end = from_date + dt.timedelta(days=(c.n or 1) - 1)
        d.notice = (start, end)
        d.due = end
        lines.append(tr("公示期自 {s} 起（当日为第1天），至 {e} 止", "The notice runs from {s} (day 1) to {e}",
                        s=_fmt(start), e=_fmt(end)))
    elif c.kind == "periodic":
        d.due, d.period = _periodic_due(c, from_date, cal)
        nxt, probe = d.due, from_date
        while nxt < from_date and not c.fixed_year:  # the deadline in this period has passed: the next period's
            probe = period_bounds(probe, c.period or "year")[1] + dt.timedelta(days=1)
            nxt, _ = _periodic_due(c, probe, cal)
        d.next_due = nxt
        lines.append(tr("{d} 所在周期 {s} 至 {e}，本周期截止日 {due}", "{d} lies in the period {s} to {e}; its deadline "
                        "is {due}", d=_fmt(from_date), s=_fmt(d.period[0]), e=_fmt(d.period[1]), due=_fmt(d.due)))
        if d.next_due != d.due:
            lines.append(tr("下一个截止日 {n}", "Next deadline {n}", n=_fmt(d.next_due)))
    else:  # standing
        lines.append(tr("长期公开，无截止日", "Standing: no deadline"))
    for other in rule.clauses:
        if other is not c:
            lines.append(tr("另有要求：{r}", "Also: {r}", r=describe_clause(other, language())))
    if rule.remarks:
        lines.append(tr("说明：{r}", "Remarks: {r}", r="；".join(rule.remarks) if zh else "; ".join(rule.remarks)))
    d.estimated = cal.estimated(*[x for x in (from_date, d.due) if x])
    d.next_due_estimated = bool(d.next_due) and cal.estimated(from_date, d.next_due)  # type: ignore[arg-type]
    if d.estimated or d.next_due_estimated:
        lines.append(tr("注意：{w}", "Note: {w}", w=ESTIMATE_WARNING.text()))
    return d
