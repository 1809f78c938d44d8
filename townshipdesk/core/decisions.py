"""公众参与: the office's yearly 重大行政决策事项目录 (catalog of major administrative decisions) and, for each
decision, its consultation (征求意见), the comments received and the answer to each (采纳情况), which is published.

Sources (docs/public-participation.md has the wording): 《重大行政决策程序暂行条例》(国务院令第713号) Art. 3 (the
catalog is published and adjusted as things change), Art. 14 (ways of hearing the public: 座谈会、听证会、实地走访、
书面征求意见、向社会公开征求意见、问卷调查、民意调查) and Art. 15 (a public consultation runs "一般不少于30日"; a
shorter one says why in its notice); seed 002 (云政办发〔2020〕33号: 同步公开征集意见的总体情况、采纳情况以及不采纳
理由) and seed 004 (公开征集意见建议采用结果的情况).

The catalog's history is kept, never overwritten: every publication, addition, adjustment and removal is a row of
`decision_events` (append-only in the schema).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from typing import Any

from townshipdesk.core.deadlines import compute_deadline
from townshipdesk.core.decision_model import (
    ADOPTED,
    EVENTS,
    METHODS,
    PUBLIC_CONSULTATION,
    PUBLIC_MIN_DAYS,
    STATUSES,
    CatalogEvent,
    Comment,
    Decision,
    adopted_code,
    consultation_warnings,
    method_name,
    stage_text,
)
from townshipdesk.core.numbers import DECISION_NUMBERS
from townshipdesk.core.site import own_site_id, require_own
from townshipdesk.core.store import Database, utc_now
from townshipdesk.core.text import clean
from townshipdesk.core.timelimits import parse_time_limit
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.errors import DecisionError
from townshipdesk.i18n import msg


class Decisions:
    """The register. With `today`, no step may be dated after it."""

    def __init__(self, db: Database, calendar: WorkCalendar, today: dt.date | None = None) -> None:
        self.db = db
        self.calendar = calendar
        self.today = today

    # ---- reading ----------------------------------------------------------------------------------------------
    def _site(self) -> str:
        return own_site_id(self.db)

    def _from_row(self, row: dict[str, Any]) -> Decision:
        for k in ("created_at", "updated_at", "deleted_at"):
            row.pop(k)
        row["consult_methods"] = json.loads(row["consult_methods"] or "[]")
        d = Decision(**row)
        d.comments = [Comment(**c) for c in self.db.query(
            """SELECT uuid, seq, received_date, source, count, text, adopted, reason FROM decision_comments
               WHERE decision_uuid = ? AND deleted_at IS NULL ORDER BY seq""", (d.uuid,))]
        return d

    def get(self, ident: str) -> Decision:
        """By its number (决策2026-01) or its id (or the id's first characters)."""
        ident = clean(ident)
        number = DECISION_NUMBERS.parse(ident) or ident  # 决策2026-1, ２０２６－01 …
        rows = self.db.query("SELECT * FROM decisions WHERE number = ? AND deleted_at IS NULL", (number,))
        if len(rows) > 1:  # the county holds every township's 决策2026-01
            raise DecisionError(msg("编号“{id}”对应多个乡镇的决策事项，请用其标识", "Several townships have '{id}'; use its id",
                                    id=ident))
        if not rows and len(ident) >= 4:
            rows = self.db.query("SELECT * FROM decisions WHERE uuid LIKE ? AND deleted_at IS NULL", (ident.lower() + "%",))
        if len(rows) != 1:
            raise DecisionError(msg("找不到决策事项“{id}”", "No decision '{id}'", id=ident) if not rows else
                                msg("标识“{id}”对应多个决策事项", "Id '{id}' matches several decisions", id=ident))
        return self._from_row(rows[0])

    def all(self, year: int | None = None) -> list[Decision]:
        where, params = ("AND year = ?", (year,)) if year is not None else ("", ())
        rows = self.db.query(f"SELECT * FROM decisions WHERE deleted_at IS NULL {where} ORDER BY year, number", params)
        return [self._from_row(r) for r in rows]

    def history(self, year: int, site_id: str | None = None) -> list[CatalogEvent]:
        """The catalog's publications and adjustments of `year` (this office's, or `site_id`'s), oldest first."""
        rows = self.db.query(
            """SELECT e.event_date, e.kind, coalesce(d.number, '') AS number, coalesce(d.title, '') AS title, e.reason, e.detail
               FROM decision_events e LEFT JOIN decisions d ON d.uuid = e.decision_uuid
               WHERE e.year = ? AND e.site_id = ? ORDER BY e.event_date, e.created_at, e.rowid""",
            (year, site_id or self._site()))
        return [CatalogEvent(**r) for r in rows]

    def published_on(self, year: int) -> str | None:
        row = self.db.conn.execute("SELECT min(event_date) FROM decision_events WHERE year = ? AND kind = 'catalog_published' "
                                   "AND site_id = ?", (year, self._site())).fetchone()
        return row[0] if row else None

    # ---- checks -----------------------------------------------------------------------------------------------
    def _own(self, ident: str) -> Decision:
        d = self.get(ident)
        require_own(self.db, d.site_id)
        return d

    def _day(self, day: dt.date | None) -> dt.date:
        day = day or self.today or dt.date.today()
        if self.today is not None and day > self.today:
            raise DecisionError(msg("日期 {d} 不能晚于今天（{t}）", "The date {d} cannot be after today ({t})", d=day,
                                    t=self.today))
        return day

    @staticmethod
    def _not_removed(d: Decision) -> None:
        if d.status == "removed":
            raise DecisionError(msg("{n} 已调整出目录（{r}），不能再办理", "{n} was removed from the catalog ({r}); nothing more "
                                    "can be recorded", n=d.number, r=d.status_reason))

    @staticmethod
    def _feedback_open(d: Decision) -> None:
        if d.feedback_published_date:
            raise DecisionError(msg("{n} 的意见采纳情况已于 {d} 公布，不能再修改", "The feedback of {n} was published on {d}; it "
                                    "cannot change", n=d.number, d=d.feedback_published_date))

    # ---- writing ----------------------------------------------------------------------------------------------
    def _event(self, year: int, kind: str, day: dt.date, decision: str | None = None, reason: str = "",
               detail: str = "") -> None:
        now = utc_now()
        self.db.conn.execute(
            """INSERT INTO decision_events (uuid, site_id, year, decision_uuid, kind, event_date, reason, detail, created_at,
                   updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (str(uuidlib.uuid4()), self._site(), year, decision, kind, day.isoformat(), reason, detail, now, now))

    def _set(self, d: Decision, action: str, **fields: Any) -> None:
        self.db.conn.execute(f"UPDATE decisions SET {', '.join(f'{k} = ?' for k in fields)}, updated_at = ? WHERE uuid = ?",
                             (*fields.values(), utc_now(), d.uuid))
        self.db.audit(action, "decision", d.uuid, {k: [getattr(d, k), v] for k, v in fields.items()})

    def add(self, year: int, title: str, unit: str, planned: dt.date | None = None, day: dt.date | None = None) -> Decision:
        title, unit = clean(title), clean(unit)
        if not title:
            raise DecisionError(msg("决策事项名称不能为空", "The decision needs a title"))
        if not unit:
            raise DecisionError(msg("请写明承办单位（--unit）", "Name the unit in charge (--unit)"))
        if not 2000 <= year <= 2100:
            raise DecisionError(msg("目录年度 {y} 不合理", "The catalog year {y} is not plausible", y=year))
        if planned is not None and planned.year != year:
            raise DecisionError(msg("计划决策时间 {p} 不在 {y} 年度目录内", "The planned date {p} is not in the {y} catalog's year",
                                    p=planned, y=year))
        day = self._day(day)
        site, uuid, now = self._site(), str(uuidlib.uuid4()), utc_now()
        with self.db.transaction():
            number = DECISION_NUMBERS.take(self.db.conn, site, year)
            self.db.conn.execute(
                """INSERT INTO decisions (uuid, site_id, number, year, title, unit, planned_date, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (uuid, site, number, year, title, unit, planned.isoformat() if planned else None, now, now))
            # After the catalog was published, a new entry is an adjustment of it (Art. 3: 根据实际情况调整).
            self._event(year, "added", day, uuid, detail="目录公布后新增" if self.published_on(year) else "")
            self.db.audit("decision.add", "decision", uuid, {"number": number, "year": year, "title": title})
        return self.get(uuid)

    def publish_catalog(self, year: int, day: dt.date | None = None) -> list[Decision]:
        """Record that the year's catalog was published (again, after adjustments): a history row each time."""
        day = self._day(day)
        listed = [d for d in self.all(year) if d.status != "removed" and d.site_id == self._site()]
        if not listed:
            raise DecisionError(msg("{y} 年度目录还没有决策事项，不能公布", "The {y} catalog has no decisions yet; nothing to "
                                    "publish", y=year))
        with self.db.transaction():
            again = bool(self.published_on(year))
            self._event(year, "catalog_published", day, detail=f"{'重新公布' if again else '公布'}，共{len(listed)}项")
            self.db.audit("decision.publish_catalog", "decision_catalog", str(year), {"count": len(listed)})
        return listed

    def adjust(self, ident: str, reason: str, *, title: str | None = None, unit: str | None = None,
               planned: dt.date | None = None, day: dt.date | None = None) -> Decision:
        """With new values: the entry changes and stays. Without: it is removed from the catalog (已调整出目录).
        Either way the reason and what changed are a new history row; the old values stay readable there."""
        d = self._own(ident)
        self._not_removed(d)
        reason = clean(reason)
        if not reason:
            raise DecisionError(msg("调整目录须写明理由（--reason）", "An adjustment needs its reason (--reason)"))
        day = self._day(day)
        changes: dict[str, Any] = {}
        if title is not None and clean(title) and clean(title) != d.title:
            changes["title"] = clean(title)
        if unit is not None and clean(unit) and clean(unit) != d.unit:
            changes["unit"] = clean(unit)
        if planned is not None and planned.isoformat() != d.planned_date:
            if planned.year != d.year:
                raise DecisionError(msg("计划决策时间 {p} 不在 {y} 年度目录内；跨年度的请调整出本年目录并列入下年目录",
                                        "The planned date {p} is outside the {y} catalog; remove it and add it to the next "
                                        "year's", p=planned, y=d.year))
            changes["planned_date"] = planned.isoformat()
        if d.status == "decided" and not changes:
            raise DecisionError(msg("{n} 已于 {d} 作出决策，不能再调整出目录", "{n} was decided on {d}; it cannot leave the "
                                    "catalog", n=d.number, d=d.decided_date))
        labels = {"title": "名称", "unit": "承办单位", "planned_date": "计划时间"}
        with self.db.transaction():
            if changes:
                detail = "；".join(f"{labels[k]}：{getattr(d, k) or '—'} → {v}" for k, v in changes.items())
                self._set(d, "decision.adjust", **changes)
                self._event(d.year, "adjusted", day, d.uuid, reason, detail)
            else:
                self._set(d, "decision.remove", status="removed", status_reason=reason)
                self._event(d.year, "removed", day, d.uuid, reason, f"原状态：{STATUSES[d.status][0]}")
        return self.get(d.uuid)

    def consult(self, ident: str, start: dt.date, *, end: dt.date | None = None, period: str = "",
                methods: list[str] | None = None, short_reason: str = "", contact: str = "") -> Decision:
        """The consultation's period: `end` as given, or from `period` (30日, 15个工作日 …) by the deadline engine —
        calendar days for 日/天 (moved to the next working day when the last day is a rest day), the working-day
        calendar for 工作日. Recording it again (a longer period, say) before the feedback is out is a history row."""
        d = self._own(ident)
        self._not_removed(d)
        self._feedback_open(d)
        if d.status == "decided":
            raise DecisionError(msg("{n} 已作出决策，不能再征求意见", "{n} is decided; no consultation now", n=d.number))
        names = list(dict.fromkeys(method_name(m) for m in methods or []))
        if not names:
            raise DecisionError(msg("请写明听取意见的方式（--method），如：{m}", "Give the way of hearing the public (--method), "
                                    "e.g. {m}", m="、".join(METHODS)))
        if (end is None) == (not clean(period)):
            raise DecisionError(msg("请给出结束日期（--end）或期限（--period，如“30日”“15个工作日”），二者选一",
                                    "Give either the end date (--end) or the period (--period, e.g. 30日 or 15个工作日)"))
        if end is None:
            # Only a stated length is a consultation period: "及时" or a periodic rule would be a guess.
            rule = parse_time_limit(clean(period))
            if rule is None or rule.primary.assumed or rule.primary.kind not in ("working_days", "calendar_days", "months"):
                raise DecisionError(msg("期限“{p}”没有写明天数；请写成“30日”“15个工作日”等，或直接给出结束日期（--end）",
                                        "'{p}' states no length; write e.g. 30日 or 15个工作日, or give the end (--end)",
                                        p=period))
            end = compute_deadline(rule, start, self.calendar).due
            assert end is not None  # a stated length always gives one
        if end < start:
            raise DecisionError(msg("征求意见结束日期 {e} 早于开始日期 {s}", "The consultation ends ({e}) before it starts ({s})",
                                    e=end, s=start))
        earliest = min((c.received_date for c in d.comments if c.received_date), default=None)
        if earliest and start.isoformat() > earliest:
            raise DecisionError(msg("已登记的意见早于新的开始日期 {s}", "Comments already recorded predate the new start {s}",
                                    s=start))
        fields = {"consult_start": start.isoformat(), "consult_end": end.isoformat(), "consult_methods":
                  json.dumps(names, ensure_ascii=False), "consult_period": clean(period), "consult_short_reason":
                  clean(short_reason), "consult_contact": clean(contact) or d.consult_contact, "status": "consulting"}
        with self.db.transaction():
            before = f"{d.consult_start}至{d.consult_end} → " if d.consult_start else ""
            self._set(d, "decision.consult", **fields)
            self._event(d.year, "consulted", start if not d.consult_start else self._day(None), d.uuid, clean(short_reason),
                        f"{before}{start.isoformat()}至{end.isoformat()}，{'、'.join(names)}")
        return self.get(d.uuid)

    def comment(self, ident: str, text: str, *, source: str = "", count: int = 1, received: dt.date | None = None) -> Comment:
        d = self._own(ident)
        self._not_removed(d)
        self._feedback_open(d)
        if not d.start:
            raise DecisionError(msg("{n} 尚未登记征求意见（decision consult）", "{n} has no consultation yet (decision consult)",
                                    n=d.number))
        text = clean(text)
        if not text:
            raise DecisionError(msg("意见内容不能为空（--text）", "The comment needs its text (--text)"))
        if not 1 <= count <= 100_000:
            raise DecisionError(msg("条数应为 1 至 100000", "The count must be 1 to 100000"))
        day = self._day(received)
        if day < d.start:
            raise DecisionError(msg("收到意见日期 {r} 早于征求意见开始日期 {s}", "The comment ({r}) predates the consultation ({s})",
                                    r=day, s=d.start))
        uuid, now = str(uuidlib.uuid4()), utc_now()
        with self.db.transaction():
            seq = (self.db.conn.execute("SELECT max(seq) FROM decision_comments WHERE decision_uuid = ?",
                                        (d.uuid,)).fetchone()[0] or 0) + 1
            self.db.conn.execute(
                """INSERT INTO decision_comments (uuid, site_id, decision_uuid, seq, received_date, source, count, text,
                       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (uuid, d.site_id, d.uuid, seq, day.isoformat(), clean(source), count, text, now, now))
            self.db.audit("decision.comment", "decision", d.uuid, {"seq": seq, "count": count})
        return next(c for c in self.get(d.uuid).comments if c.uuid == uuid)

    def feedback(self, ident: str, seq: int, adopted: str, reason: str = "") -> Comment:
        d = self._own(ident)
        self._feedback_open(d)
        code = adopted_code(adopted)
        comment = next((c for c in d.comments if c.seq == seq), None)
        if comment is None:
            raise DecisionError(msg("{n} 没有第 {k} 条意见（共 {c} 条）", "{n} has no comment {k} ({c} recorded)", n=d.number,
                                    k=seq, c=len(d.comments)))
        reason = clean(reason)
        if code != "yes" and not reason:
            raise DecisionError(msg("{a}须写明理由（--reason）", "'{a}' needs the reason (--reason)", a=ADOPTED[code][0]))
        with self.db.transaction():
            self.db.conn.execute("UPDATE decision_comments SET adopted = ?, reason = ?, updated_at = ? WHERE uuid = ?",
                                 (code, reason, utc_now(), comment.uuid))
            self.db.audit("decision.feedback", "decision", d.uuid, {"seq": seq, "adopted": [comment.adopted, code]})
        return next(c for c in self.get(d.uuid).comments if c.seq == seq)

    def publish_feedback(self, ident: str, day: dt.date | None = None) -> Decision:
        d = self._own(ident)
        self._not_removed(d)
        self._feedback_open(d)
        day = self._day(day)
        if not d.end:
            raise DecisionError(msg("{n} 尚未登记征求意见", "{n} has no consultation", n=d.number))
        if day <= d.end:
            raise DecisionError(msg("征求意见至 {e} 结束，结束后才能公布意见采纳情况", "The consultation runs to {e}; publish "
                                    "the feedback after it ends", e=d.end))
        open_ones = [str(c.seq) for c in d.comments if not c.adopted]
        if open_ones:
            raise DecisionError(msg("第 {k} 条意见尚未写明采纳情况（decision feedback）", "Comment(s) {k} have no answer yet "
                                    "(decision feedback)", k="、".join(open_ones)))
        with self.db.transaction():
            self._set(d, "decision.publish_feedback", feedback_published_date=day.isoformat())
            self._event(d.year, "feedback_published", day, d.uuid, detail=f"意见{d.comment_count}条")
        return self.get(d.uuid)

    def decide(self, ident: str, day: dt.date | None = None) -> Decision:
        d = self._own(ident)
        self._not_removed(d)
        day = self._day(day)
        if d.status == "decided":
            raise DecisionError(msg("{n} 已于 {d} 作出决策", "{n} was decided on {d}", n=d.number, d=d.decided_date))
        if d.end and day <= d.end:
            raise DecisionError(msg("征求意见至 {e} 结束，期间不能作出决策", "The consultation runs to {e}; no decision before it "
                                    "ends", e=d.end))
        with self.db.transaction():
            self._set(d, "decision.decide", status="decided", decided_date=day.isoformat())
            self._event(d.year, "decided", day, d.uuid)
        return self.get(d.uuid)


__all__ = ["ADOPTED", "EVENTS", "METHODS", "PUBLIC_CONSULTATION", "PUBLIC_MIN_DAYS", "STATUSES", "CatalogEvent", "Comment",
           "Decision", "Decisions", "adopted_code", "consultation_warnings", "method_name", "stage_text"]
