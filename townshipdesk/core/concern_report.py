"""The periodic 回应关切情况 list an office publishes (seed 004 (十二): "对各级各部门回应关切情况进行定期公开，
接受群众监督"): every concern seen in the period with when and how it was answered, and the period's figures.
The same rows feed the notice-board PDF (the notice machinery) and the workbook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from townshipdesk.core.concerns import Concern, ConcernClock, Concerns, local
from townshipdesk.core.dates import cn_date
from townshipdesk.core.notices import Notice

# 回应时限: 24小时 marks a major concern (the summary above the table says so), 48小时 the others.
COLUMNS = ["序号", "编号", "来源", "关切事项", "发现时间", "回应时限", "回应时间", "回应方式", "回应情况", "回应内容"]
STATE_CELLS = {"open": "待回应", "overdue": "逾期未回应", "responded": "按时回应", "late": "逾期回应"}
EXCERPT = 120  # characters of the answer printed on the sheet; the whole text stays in the register


@dataclass
class ConcernReport:
    office: str
    start: dt.date
    end: dt.date
    made: dt.datetime  # when the list was drawn up (states are as of then)
    rows: list[list[str]] = field(default_factory=list)
    total: int = 0
    major: int = 0
    on_time: int = 0
    late: int = 0
    open: int = 0
    overdue: int = 0

    @property
    def title(self) -> str:
        return f"{self.office}回应关切情况"

    @property
    def period(self) -> str:
        return f"{cn_date(self.start)}至{cn_date(self.end)}"

    def summary(self) -> str:
        if not self.total:
            return f"{cn_date(self.start)}至{cn_date(self.end)}，本单位未登记需要回应的群众关切和政务舆情。"
        text = (f"{cn_date(self.start)}至{cn_date(self.end)}，本单位共登记群众关切和政务舆情{self.total}件，其中影响重大的{self.major}件"
                f"（24小时内回应），其余48小时内回应。已回应{self.on_time + self.late}件，其中按时回应{self.on_time}件")
        text += f"、逾期回应{self.late}件" if self.late else ""
        if self.open:
            text += f"；尚未回应{self.open}件" + (f"（其中已逾期{self.overdue}件）" if self.overdue else "")
        return text + f"。统计截至{cn_date(self.made.date())}{self.made:%H:%M}。"

    def to_json(self) -> dict[str, object]:
        return {"title": self.title, "period": self.period, "from": self.start.isoformat(), "to": self.end.isoformat(), "total": self.total,
                "major": self.major, "on_time": self.on_time, "late": self.late, "open": self.open,
                "overdue": self.overdue, "rows": len(self.rows)}




def _moment(moment: dt.datetime | None) -> str:
    """11月30日 09:30: the period's year is in the heading, and the short form keeps the column narrow."""
    if moment is None:
        return ""
    shown = local(moment)
    return f"{shown.month}月{shown.day}日 {shown:%H:%M}"


def _excerpt(c: Concern) -> str:
    text = c.response_text.replace("\n", " ")
    if len(text) > EXCERPT:
        text = text[:EXCERPT - 1] + "…"
    if c.response_file:
        text = f"{text}（附件：{c.response_file}）" if text else f"见附件：{c.response_file}"
    return text


def concern_report(concerns: Concerns, office: str, start: dt.date, end: dt.date) -> ConcernReport:
    now = concerns.now()
    report = ConcernReport(office, start, end, local(now))
    for n, c in enumerate(concerns.seen_between(start, end), start=1):
        clock: ConcernClock = concerns.clock(c)
        report.total += 1
        report.major += bool(c.major)
        report.on_time += clock.state == "responded"
        report.late += clock.state == "late"
        report.open += clock.state in ("open", "overdue")
        report.overdue += clock.state == "overdue"
        report.rows.append([str(n), c.number, c.source, c.title, _moment(c.seen),
                            f"{c.hours}小时", _moment(c.responded), c.response_channel,
                            STATE_CELLS[clock.state], _excerpt(c)])
    return report


def report_notice(report: ConcernReport) -> Notice:
    """The list as a notice sheet (a table under a summary paragraph, signed by the office), for render_notice."""
    return Notice(kind="namelist", board="政务公开栏", title=report.title, issuer=report.office, date=report.made.date(),
                  period=None, letter=True, paragraphs=[report.summary()], columns=list(COLUMNS),
                  rows=report.rows or [["", "", "", "本期无", "", "", "", "", "", ""]])
