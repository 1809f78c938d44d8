"""The clean-up of lapsed policies (失效政府信息清理, seed 000 二(二)1: "对失效政府信息进行清理规范，及时公开清理
结果"): a record (a policy document) is marked 失效 (lapsed: expired, or its subject is gone) or 废止 (repealed by a
decision), from a day, optionally with the document that replaced it; the marks of a period make the list the
office publishes (io/lapsed_list.py prints it as PDF or xlsx)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from townshipdesk.core.disclosures import _SELECT, Disclosures, Record, _records
from townshipdesk.core.site import require_own
from townshipdesk.core.store import utc_now
from townshipdesk.core.text import SHORT_TEXT_LIMIT, clean
from townshipdesk.errors import RecordError, UserError
from townshipdesk.i18n import msg

LAPSED, REPEALED = "失效", "废止"
LAPSE_STATUSES = (LAPSED, REPEALED)
_RECORD_ID = re.compile(r"^[0-9a-fA-F-]{8,36}$")


@dataclass(frozen=True)
class LapsedList:
    """The policies that lapsed or were repealed between two days, for publication."""

    start: dt.date
    end: dt.date
    records: list[Record]

    def to_json(self) -> dict[str, Any]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(), "count": len(self.records),
                "records": [{"id": r.uuid, "title": r.title, "doc_number": r.doc_number, "formed_date": r.formed_date,
                             "publish_date": r.publish_date, "status": r.lapse_status, "date": r.lapse_date,
                             "replaced_by": r.replaced_by} for r in self.records]}


class LapsedPolicies:
    def __init__(self, records: Disclosures) -> None:
        self.records = records
        self.db = records.db

    def mark(self, ident: str, status: str, on: dt.date, replaced_by: str = "") -> Record:
        """Mark the record 失效 or 废止 from `on` (a later mark corrects an earlier one; both are in the audit log)."""
        record = self.records.get(ident)
        require_own(self.db, self.db.conn.execute("SELECT site_id FROM disclosures WHERE uuid = ?",
                                                  (record.uuid,)).fetchone()[0])
        if status not in LAPSE_STATUSES:
            raise RecordError(msg("状态只能是“失效”或“废止”（收到“{s}”）", "The status must be 失效 (lapsed) or 废止 "
                                  "(repealed), not '{s}'", s=status))
        today = self.records.today or dt.date.today()
        if on > today:
            raise RecordError(msg("{s}日期 {d} 晚于今天（{t}）：只能登记已经{s}的文件", "The date {d} is after today ({t}): "
                                  "only a document that has already lapsed can be marked", s=status, d=on, t=today))
        if on < dt.date.fromisoformat(record.formed_date):
            raise RecordError(msg("{s}日期 {d} 早于文件形成日期 {f}", "The date {d} is before the document was formed ({f})",
                                  s=status, d=on, f=record.formed_date))
        replacement = self._replacement(clean(replaced_by), record)
        if len(replacement) > SHORT_TEXT_LIMIT:
            raise RecordError(msg("替代文件名称过长（{n} 字），最多 {m} 字", "The replacing document's name is too long "
                                  "({n} characters); at most {m}", n=len(replacement), m=SHORT_TEXT_LIMIT))
        new = {"lapse_status": status, "lapse_date": on.isoformat(), "replaced_by": replacement}
        diff = {k: [getattr(record, k), v] for k, v in new.items() if getattr(record, k) != v}
        if not diff:
            return record
        with self.db.transaction():
            self.db.conn.execute("UPDATE disclosures SET lapse_status = ?, lapse_date = ?, replaced_by = ?, updated_at = ? "
                                 "WHERE uuid = ?", (status, on.isoformat(), replacement, utc_now(), record.uuid))
            self.db.audit("record.lapse", "disclosure", record.uuid, diff)
        return self.records.get(record.uuid)

    def _replacement(self, text: str, record: Record) -> str:
        """The replacing document as printed: a record's id becomes its title and 文号; other text stays as typed."""
        if not _RECORD_ID.match(text):
            return text
        try:
            other = self.records.get(text)
        except UserError:
            return text  # a 文号 or name that only looks like an id
        if other.uuid == record.uuid:
            raise RecordError(msg("文件不能被它自己替代", "A document cannot replace itself"))
        return f"《{other.title}》（{other.doc_number}）" if other.doc_number else f"《{other.title}》"

    def between(self, start: dt.date, end: dt.date) -> LapsedList:
        """This office's records marked 失效 or 废止 with a date from `start` to `end`, in date order."""
        if end < start:
            raise RecordError(msg("结束日期 {e} 早于开始日期 {s}", "The end date {e} is before the start date {s}", s=start, e=end))
        rows = _records(self.db, f"SELECT {_SELECT} WHERE r.deleted_at IS NULL AND r.lapse_status IS NOT NULL "
                                 "AND r.site_id = (SELECT site_id FROM site WHERE id = 1) AND r.lapse_date BETWEEN ? AND ? "
                                 "ORDER BY r.lapse_date, r.formed_date, r.uuid", (start.isoformat(), end.isoformat()))
        return LapsedList(start, end, rows)
