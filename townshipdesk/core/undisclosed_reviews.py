"""The yearly re-assessment of what is not disclosed (不予公开信息动态调整, seed 000 二(二)1: "每年度要对不予公开的
政府信息进行评估，对因情势变化可以公开的政府信息应当公开").

Every record marked 此件不公开 or 此件依申请公开 (and not lapsed) is due for review 12 months after its formation
date or its last review — the corresponding day, or the month's last day where there is none (民法典 Art. 202:
formed 2024-02-29 → due 2025-02-28). A review keeps the mark (维持) or makes the record public (转为主动公开): it is
then marked 此件公开发布 and due by its item's 时限 counted from the review day, the day the information's
disclosure changed (条例 Art. 26). Each review is a row of its own (its history, which travels to the county)
and an entry in the audit log.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from dataclasses import asdict, dataclass
from typing import Any

from townshipdesk.core.dates import add_months
from townshipdesk.core.disclosures import REASON_REQUIRED, Disclosures, Record, _records, select_using
from townshipdesk.core.site import require_own
from townshipdesk.core.store import Database, utc_now
from townshipdesk.core.text import clean
from townshipdesk.core.undisclosed_rules import (  # noqa: F401 - latest_anchor_due_by: the register's rule, named here too
    ANCHOR,
    REVIEW_MONTHS,
    UNDISCLOSED,
    latest_anchor_due_by,
)
from townshipdesk.errors import RecordError
from townshipdesk.i18n import msg

KEEP, MAKE_PUBLIC = "维持", "转为主动公开"
OUTCOMES = (KEEP, MAKE_PUBLIC)
MADE_PUBLIC_ATTRIBUTE = "此件公开发布"
OWN = "r.site_id = (SELECT site_id FROM site WHERE id = 1)"
INDEX = "disclosures_undisclosed"


def review_due(anchor: dt.date) -> dt.date:
    """The day a record formed or last reviewed on `anchor` is due for its next review."""
    return add_months(anchor, REVIEW_MONTHS)


def due_condition(today: dt.date) -> tuple[str, tuple[str]]:
    """SQL (over disclosures r) for the records whose review is due on `today`, with its parameter."""
    return f"{UNDISCLOSED} AND {ANCHOR} <= ?", (latest_anchor_due_by(today).isoformat(),)


@dataclass
class Review:
    uuid: str
    disclosure_uuid: str
    reviewed_on: str
    attribute: str
    outcome: str
    reason: str
    reviewer: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = data.pop("uuid")
        return data


@dataclass
class UndisclosedRecord:
    """A record to re-assess: when it was last reviewed (None: never) and when its next review is due."""

    record: Record
    last_review: str | None
    due: dt.date

    def overdue_on(self, today: dt.date) -> bool:
        return self.due <= today

    def to_json(self, today: dt.date) -> dict[str, Any]:
        r = self.record
        return {"id": r.uuid, "title": r.title, "doc_number": r.doc_number, "domain": r.domain, "item": r.item_name,
                "attribute": r.attribute, "attribute_reason": r.attribute_reason, "formed_date": r.formed_date,
                "last_review": self.last_review, "review_due": self.due.isoformat(), "due": self.overdue_on(today)}


_REVIEW_COLUMNS = "uuid, disclosure_uuid, reviewed_on, attribute, outcome, reason, reviewer, created_at"


class UndisclosedReviews:
    """The records to re-assess, and their reviews."""

    def __init__(self, records: Disclosures) -> None:
        self.records = records
        self.db: Database = records.db

    def _select(self, where: str, params: tuple[Any, ...] = (), limit: int | None = None) -> list[UndisclosedRecord]:
        sql = (f"SELECT {select_using(INDEX)} WHERE {OWN} AND {where} ORDER BY {ANCHOR}, r.uuid"
               + (" LIMIT ?" if limit is not None else ""))
        records = _records(self.db, sql, (*params, *((limit,) if limit is not None else ())))
        return [UndisclosedRecord(r, r.last_reviewed, review_due(dt.date.fromisoformat(r.last_reviewed or r.formed_date)))
                for r in records]

    def list(self, today: dt.date, *, due_only: bool = False, limit: int | None = None) -> list[UndisclosedRecord]:
        """This office's records marked not disclosed or on request only, the longest unreviewed first."""
        if due_only:
            where, params = due_condition(today)
            return self._select(where, params, limit)
        return self._select(UNDISCLOSED, (), limit)

    def due_count(self, today: dt.date) -> int:
        where, params = due_condition(today)
        return self.db.conn.execute(f"SELECT count(*) FROM disclosures r INDEXED BY {INDEX} WHERE {OWN} AND {where}",
                                    params).fetchone()[0]

    def history(self, ident: str) -> list[Review]:
        record = self.records.get(ident)
        rows = self.db.conn.execute(f"SELECT {_REVIEW_COLUMNS} FROM undisclosed_reviews WHERE disclosure_uuid = ? "
                                    "ORDER BY reviewed_on, created_at", (record.uuid,)).fetchall()
        return [Review(*row) for row in rows]

    def review(self, ident: str, outcome: str, reason: str, *, on: dt.date | None = None,
               reviewer: str = "") -> tuple[Record, Review]:
        """Record one re-assessment; 转为主动公开 changes the record's mark and gives it a due date."""
        record = self.records.get(ident)
        require_own(self.db, self.db.conn.execute("SELECT site_id FROM disclosures WHERE uuid = ?",
                                                  (record.uuid,)).fetchone()[0])
        today = self.records.today or dt.date.today()
        day = on or today
        if outcome not in OUTCOMES:
            raise RecordError(msg("复核结论只能是“维持”或“转为主动公开”（收到“{o}”）",
                                  "The outcome must be 维持 (keep) or 转为主动公开 (make public), not '{o}'", o=outcome))
        reason = clean(reason)
        if not reason:
            raise RecordError(msg("请写明复核理由（为什么维持不公开，或为什么现在可以公开）",
                                  "Give the reason for the outcome (why it stays undisclosed, or why it can now be public)"))
        if record.attribute not in REASON_REQUIRED:
            raise RecordError(msg("记录“{t}”的公开属性是“{a}”，不需要不公开复核", "Record '{t}' is marked '{a}': there is "
                                  "nothing to re-assess", t=record.title, a=record.attribute))
        if record.lapse_status:
            raise RecordError(msg("记录“{t}”已于 {d} {s}，不再复核", "Record '{t}' is {s} since {d}; it is not re-assessed",
                                  t=record.title, d=record.lapse_date, s=record.lapse_status))
        if day > today:
            raise RecordError(msg("复核日期 {d} 晚于今天（{t}）：只能登记已经做出的复核", "The review date {d} is after today "
                                  "({t}): only a review that took place can be recorded", d=day, t=today))
        if day < dt.date.fromisoformat(record.formed_date):
            raise RecordError(msg("复核日期 {d} 早于信息形成日期 {f}", "The review date {d} is before the record was formed ({f})",
                                  d=day, f=record.formed_date))
        now = utc_now()
        review = Review(str(uuidlib.uuid4()), record.uuid, day.isoformat(), record.attribute, outcome, reason,
                        clean(reviewer), now)
        detail: dict[str, Any] = {"outcome": outcome, "reason": reason, "reviewed_on": day.isoformat()}
        if review.reviewer:
            detail["reviewer"] = review.reviewer
        sets: dict[str, Any] = {"last_reviewed": max(day.isoformat(), record.last_reviewed or "")}
        if outcome == MAKE_PUBLIC:
            made_public, changes = self._made_public(record, day)
            sets.update(made_public)
            detail.update(changes)
        with self.db.transaction():
            self.db.conn.execute(
                f"INSERT INTO undisclosed_reviews ({_REVIEW_COLUMNS}, site_id, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT site_id FROM disclosures WHERE uuid = ?), ?)",
                (*asdict(review).values(), record.uuid, now))
            # The record keeps its last review's day (and so travels with the review).
            sets["updated_at"] = now
            self.db.conn.execute(f"UPDATE disclosures SET {', '.join(f'{k} = ?' for k in sets)} WHERE uuid = ?",
                                 (*sets.values(), record.uuid))
            self.db.audit("record.undisclosed_review", "disclosure", record.uuid, detail)
        return self.records.get(record.uuid), review

    def _made_public(self, record: Record, day: dt.date) -> tuple[dict[str, Any], dict[str, list[Any]]]:
        """The record's new values when it is made public on `day`, and the changes as the audit log writes them."""
        due, estimated = self.records.due_counted_from(record, day)
        sets: dict[str, Any] = {
            "attribute": MADE_PUBLIC_ATTRIBUTE, "attribute_reason": "", "due_date": due, "due_computed": due,
            "due_estimated": int(estimated),
            # Counted from the review, not the formation date: kept when due dates are recomputed (as one set by hand).
            "due_reason": f"不公开复核转为主动公开，时限自{day.isoformat()}起算"}
        changes: dict[str, list[Any]] = {"attribute": [record.attribute, MADE_PUBLIC_ATTRIBUTE],
                                         "due_date": [record.due_date, due]}
        if record.state in ("pending", "reviewed"):
            # The reviewers passed it as not to be published: what they approved has changed, so review again.
            sets.update(state="draft", secrecy_reviewer="", secrecy_at=None, release_reviewer="", release_at=None)
            changes["state"] = [record.state, "draft"]
        return sets, changes

