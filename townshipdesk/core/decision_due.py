"""What the 公众参与 register puts on the 工作台 (consultations ending soon, feedback to publish) and what the county
counts per township (decisions in the year's catalog, consultations open, feedback not published after the end)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from townshipdesk.core.store import Database

if TYPE_CHECKING:  # the county's counts need only SQL; the register comes with the caller
    from townshipdesk.core.decisions import Decision, Decisions

ENDING_SOON_WORKING_DAYS = 5  # the same horizon as the other due lists' "due soon"


@dataclass
class DecisionDue:
    decision: Decision
    kind: str  # "ending": consultation open, ends within 5 working days; "feedback": ended, 采纳情况 not published
    day: dt.date  # the consultation's last day
    working_days: int  # ending: working days left after today; feedback: working days since the end

    @property
    def overdue(self) -> bool:
        return self.kind == "feedback"


def decision_due(decisions: Decisions, today: dt.date, within: int = ENDING_SOON_WORKING_DAYS) -> list[DecisionDue]:
    """This office's items, feedback to publish first (oldest end first), then consultations ending soonest."""
    cal = decisions.calendar
    out: list[DecisionDue] = []
    site = decisions._site()  # noqa: SLF001 - the register's own site, as its steps use it
    for d in decisions.all():
        if d.site_id != site or d.end is None:
            continue
        if d.feedback_due(today):
            out.append(DecisionDue(d, "feedback", d.end, cal.workdays_between(d.end, today)))
        elif d.consultation_open(today) and cal.workdays_between(today, d.end) <= within:
            out.append(DecisionDue(d, "ending", d.end, cal.workdays_between(today, d.end)))
    return sorted(out, key=lambda i: (i.kind != "feedback", i.day, i.decision.number))


@dataclass
class ParticipationCounts:
    """One township's 公众参与 figures for the county overview and the 公众参与 sheet of the aggregate workbook."""

    decisions: int = 0  # in the year's catalog (not removed)
    removed: int = 0  # 已调整出目录
    decided: int = 0
    consulted: int = 0  # with a consultation recorded
    consultations_open: int = 0  # running today
    comments: int = 0  # comments received (a summarised entry counts as many as it stands for)
    feedback_published: int = 0
    feedback_overdue: int = 0  # consultation ended, 采纳情况 not published


def participation_counts(db: Database, site_ids: list[str], today: dt.date, year: int) -> dict[str, ParticipationCounts]:
    """Per township, from the rows its bundles brought: one pass over the year's decisions."""
    out = {s: ParticipationCounts() for s in site_ids}
    if not site_ids:
        return out
    marks = ",".join("?" * len(site_ids))
    iso = today.isoformat()
    for site, status, start, end, published, comments in db.conn.execute(
            f"""SELECT d.site_id, d.status, d.consult_start, d.consult_end, d.feedback_published_date,
                       (SELECT coalesce(sum(c.count), 0) FROM decision_comments c
                        WHERE c.decision_uuid = d.uuid AND c.deleted_at IS NULL)
                FROM decisions d WHERE d.deleted_at IS NULL AND d.year = ? AND d.site_id IN ({marks})""",
            [year, *site_ids]):
        row = out[site]
        if status == "removed":
            row.removed += 1
            continue
        row.decisions += 1
        row.decided += status == "decided"
        row.comments += comments
        if start:
            row.consulted += 1
            row.consultations_open += start <= iso <= end
            row.feedback_published += bool(published)
            row.feedback_overdue += end < iso and not published
    return out
