"""Due dates from 时限 rules on the working-day calendar, counted as the 民法典 counts periods (Arts. 201–204).

Counting rules (the table with their legal basis is docs/deadline-rules.md; `deadline --explain` states them):
- N 个工作日 from a trigger date D: the first working day after D is day 1; the due date is day N.
- N 日/天 (calendar days) from D: D itself is not counted (day 1 is the day after D); when the last day
  is a statutory holiday or rest day, the period ends on the next working day (Art. 203).
- N 个月 from D: the corresponding day N months later, the month's last day where there is none (Art. 202),
  then as calendar days when it falls on a rest day. N 小时: within ⌈N/24⌉ calendar days.
- 实时: the same day. 及时, or a trigger without a number: 20 working days (Art. 26), marked assumed.
- 公示期 N 天 posted on D: the posting day is not counted; the notice ends on day N after it, or at the end of the
  next working day when that is a rest day. N 个工作日: from the first working day after D. An office setting
  (张贴当日计入公示期) counts D as day 1 instead. The due date is the notice's last day.
- Fixed dates (期日: 每年1月31日前, 每月5日前, 次年1月底前): never moved later; on a rest day the due date is the
  last working day before it.
- After a period (每季度结束后10日内, 年度终了后3个月内): counted from the last day of the period, never from D.
- Before an event (开始日前20日, 会议召开5日前, 提前N日): counted back from the event's date, moved earlier over rest
  days; without the event's date there is no due date, only the flag 需要事件日期.
- Periodic rules give the deadline that falls in the period containing D (每月/每季度/…: the period's last working
  day); `next_due` is the first such deadline on or after D.
- 长期公开: no due date. 依申请: 20 working days from receipt (the request's statutory clock).
"""

from __future__ import annotations

import calendar as monthcal
import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from townshipdesk.core.dates import add_months
from townshipdesk.core.notices import NoticePeriod, notice_period
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


NEEDS_EVENT = msg("需要事件日期", "event date needed")


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
    event: dt.date | None = None  # the event a before-event rule counts back from
    needs_event: bool = False  # a before-event rule without its event date: flagged 需要事件日期, not computed
    posting_day_counts: bool = False

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
            data["notice"] = {"start": self.notice[0].isoformat(), "end": self.notice[1].isoformat(),
                              "posting_day_counts": self.posting_day_counts}
        if self.event:
            data["event"] = self.event.isoformat()
        if self.needs_event:
            data["needs_event"] = True
            data["flag"] = NEEDS_EVENT.text()
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


def _fmt(day: dt.date) -> str:
    return day.isoformat()


def _fixed_date(c: Clause, year: int, month: int) -> dt.date:
    last = monthcal.monthrange(year, month)[1]
    return dt.date(year, month, min(c.by_day or last, last))


def _periodic_due(c: Clause, day: dt.date, cal: WorkCalendar) -> tuple[dt.date, tuple[dt.date, dt.date]]:
    """The deadline falling in the period containing `day`, and that period."""
    period = c.period or "year"
    start, end = period_bounds(day, period)
    if c.by_month or c.by_day:
        # A fixed date (期日) is not a period: never moved later; on a rest day, be done the working day before.
        if c.by_month:
            target = _fixed_date(c, c.fixed_year or day.year, c.by_month)
            if c.fixed_year:
                start, end = period_bounds(target, "year")
        else:
            target = _fixed_date(c, start.year, start.month)
        return cal.previous_workday(target), (start, end)
    if c.n:
        # "季度结束后15日内": the deadline in this period is for the previous one, counted from its last day.
        return _after_period_due(c, start - dt.timedelta(days=1), cal)[0], (start, end)
    return cal.previous_workday(end), (start, end)


def _after_period_due(c: Clause, previous_end: dt.date, cal: WorkCalendar) -> tuple[dt.date, dt.date]:
    """The due date of a post-period offset counted from the period's last day, and the period's nominal last day."""
    if c.working:
        due = cal.add_workdays(previous_end, c.n or 1)
        return due, due
    nominal = add_months(previous_end, c.n or 0) if c.months else previous_end + dt.timedelta(days=c.n or 0)
    return cal.next_workday(nominal), nominal


def _explain_notice(p: NoticePeriod, lines: list[str]) -> None:
    start, first = _fmt(p.start), _fmt(p.first_day or p.start)
    if p.posting_day_counts:
        lines.append(tr("按本单位设置“张贴当日计入公示期”：{f} 为第1天", "By this office's setting 'the posting day counts': "
                        "{f} is day 1", f=first))
    elif p.working:
        lines.append(tr("张贴当日 {s} 不计入（《民法典》第二百零一条）；其后第1个工作日 {f} 为第1天", "The posting day {s} is "
                        "not counted (Civil Code Art. 201); the first working day after it, {f}, is day 1", s=start, f=first))
    else:
        lines.append(tr("张贴当日 {s} 不计入（《民法典》第二百零一条），次日 {f} 为第1天", "The posting day {s} is not counted "
                        "(Civil Code Art. 201); the next day, {f}, is day 1", s=start, f=first))
    unit = tr("个工作日", " working days") if p.working else tr("天", " days")
    if p.extended:
        lines.append(tr("第{n}天 {x} 是法定节假日或休息日，公示期顺延至下一个工作日 {e} 结束（第二百零三条）",
                        "Day {n}, {x}, is a statutory holiday or rest day: the notice runs to the end of the next working "
                        "day, {e} (Art. 203)", n=p.days, x=_fmt(p.nominal_end), e=_fmt(p.end)))  # type: ignore[arg-type]
    else:
        lines.append(tr("第{n}{u}为 {e}，公示期至该日结束", "Day {n} is {e}; the notice ends with that day",
                        n=p.days, u=unit, e=_fmt(p.end)))
    lines.append(tr("公示时间：{s} 至 {e}", "Notice period: {s} to {e}", s=start, e=_fmt(p.end)))


def _explain_periodic(c: Clause, d: Deadline, cal: WorkCalendar, lines: list[str]) -> None:
    assert d.period is not None and d.due is not None
    lines.append(tr("{d} 所在周期 {s} 至 {e}，本周期截止日 {due}", "{d} lies in the period {s} to {e}; its deadline "
                    "is {due}", d=_fmt(d.from_date), s=_fmt(d.period[0]), e=_fmt(d.period[1]), due=_fmt(d.due)))
    if c.by_month or c.by_day:
        target = (_fixed_date(c, c.fixed_year or d.from_date.year, c.by_month) if c.by_month
                  else _fixed_date(c, d.period[0].year, d.period[0].month))
        lines.append(tr("“{t}”是期日（固定日期），不是期间：不向后顺延", "'{t}' is a fixed date (期日), not a period: it is "
                        "never moved later", t=c.text))
        if target != d.due:
            lines.append(tr("{t} 是法定节假日或休息日，应在此前最后一个工作日 {due} 完成", "{t} is a statutory holiday or rest "
                            "day: be done by the last working day before it, {due}", t=_fmt(target), due=_fmt(d.due)))
    elif c.n:
        previous_end = d.period[0] - dt.timedelta(days=1)
        due, nominal = _after_period_due(c, previous_end, cal)
        lines.append(tr("从上一周期的末日 {e} 起算（不是录入的日期 {d}）", "Counted from the last day of the previous period, "
                        "{e} (not from the date entered, {d})", e=_fmt(previous_end), d=_fmt(d.from_date)))
        if c.working:
            lines.append(tr("{e} 之后的第{n}个工作日为 {due}", "Working day {n} after {e} is {due}", e=_fmt(previous_end),
                            n=c.n, due=_fmt(due)))
        elif c.months:
            lines.append(tr("{n}个月后的对应日为 {x}（没有对应日的，为该月末日，《民法典》第二百零二条）",
                            "{n} months later the corresponding day is {x} (the month's last day where there is none, "
                            "Civil Code Art. 202)", n=c.n, x=_fmt(nominal)))
        else:
            lines.append(tr("{e} 的次日为第1日，第{n}日为 {x}", "The day after {e} is day 1; day {n} is {x}",
                            e=_fmt(previous_end), n=c.n, x=_fmt(nominal)))
        if due != nominal and not c.working:
            lines.append(tr("期满日为法定节假日或休息日，顺延至下一个工作日 {due}（第二百零三条）", "The last day is a statutory "
                            "holiday or rest day; moved to the next working day {due} (Art. 203)", due=_fmt(due)))
    if d.next_due != d.due:
        lines.append(tr("下一个截止日 {n}", "Next deadline {n}", n=_fmt(d.next_due)))  # type: ignore[arg-type]


def _before_event(c: Clause, d: Deadline, cal: WorkCalendar, lines: list[str]) -> None:
    event_name = c.trigger or tr("事件", "the event")
    if d.event is None:
        d.needs_event = True
        lines.append(tr("{f}：本时限从“{e}”的日期倒算，须提供该事件日期（命令行 --event，记录中填写“事件日期”），不从录入日期向后计算",
                        "{f}: this limit counts back from the date of '{e}'; give that date (--event on the command line, "
                        "the record's event date), it is never counted forwards from the date entered",
                        f=NEEDS_EVENT.text(), e=event_name))
        return
    n = c.n or 1
    if c.working:
        d.due = cal.workdays_before(d.event, n)
        lines.append(tr("从“{e}”的日期 {x} 倒算（当日不计），往前第{n}个工作日为 {due}", "Counted back from {e} on {x} (that day "
                        "not counted): working day {n} before it is {due}", e=event_name, x=_fmt(d.event), n=n,
                        due=_fmt(d.due)))
        return
    target = d.event - dt.timedelta(days=n)
    d.due = cal.previous_workday(target)
    lines.append(tr("从“{e}”的日期 {x} 倒算（当日不计），往前第{n}日为 {t}", "Counted back from {e} on {x} (that day not "
                    "counted): day {n} before it is {t}", e=event_name, x=_fmt(d.event), n=n, t=_fmt(target)))
    if d.due != target:
        lines.append(tr("{t} 是法定节假日或休息日，提前到此前最后一个工作日 {due}（不向后顺延，否则不足{n}日）",
                        "{t} is a statutory holiday or rest day: moved earlier to the last working day before it, {due} "
                        "(never later, which would leave fewer than {n} days)", t=_fmt(target), due=_fmt(d.due), n=n))


def compute_deadline(text: str | TimeLimitRule, from_date: dt.date, cal: WorkCalendar, *, event: dt.date | None = None,
                     posting_day_counts: bool = False) -> Deadline:
    """The due date a 时限 gives from `from_date` (a before-event rule counts back from `event`; a notice period
    counts the posting day only with `posting_day_counts`). Raises DeadlineError for text that states no rule."""
    rule = text if isinstance(text, TimeLimitRule) else parse_time_limit(text)
    source = text.text if isinstance(text, TimeLimitRule) else text
    if rule is None:
        raise DeadlineError(msg("无法从“{t}”识别出公开时限规则，不计算期限（按原文保存）",
                                "'{t}' states no recognisable time-limit rule; no due date computed", t=source))
    c = rule.primary
    zh = language() == "zh"
    d = Deadline(source, c.kind, from_date, None, assumed=c.assumed, rule=rule, event=event,
                 posting_day_counts=posting_day_counts)
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
            end = add_months(from_date, c.n or 0)
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
        p = notice_period(from_date, c.n or 1, c.working, cal, posting_day_counts=posting_day_counts)
        d.notice = (p.start, p.end)
        d.due = p.end
        _explain_notice(p, lines)
    elif c.kind == "before_event":
        _before_event(c, d, cal, lines)
    elif c.kind == "periodic":
        d.due, d.period = _periodic_due(c, from_date, cal)
        nxt, probe = d.due, from_date
        while nxt < from_date and not c.fixed_year:  # the deadline in this period has passed: the next period's
            probe = period_bounds(probe, c.period or "year")[1] + dt.timedelta(days=1)
            nxt, _ = _periodic_due(c, probe, cal)
        d.next_due = nxt
        _explain_periodic(c, d, cal, lines)
    else:  # standing
        lines.append(tr("长期公开，无截止日", "Standing: no deadline"))
    for other in rule.clauses:
        if other is not c:
            lines.append(tr("另有要求：{r}", "Also: {r}", r=describe_clause(other, language())))
    if rule.remarks:
        lines.append(tr("说明：{r}", "Remarks: {r}", r="；".join(rule.remarks) if zh else "; ".join(rule.remarks)))
    d.estimated = cal.estimated(*[x for x in (from_date, d.due, d.event) if x])
    d.next_due_estimated = bool(d.next_due) and cal.estimated(from_date, d.next_due)  # type: ignore[arg-type]
    if d.estimated or d.next_due_estimated:
        lines.append(tr("注意：{w}", "Note: {w}", w=ESTIMATE_WARNING.text()))
    return d
