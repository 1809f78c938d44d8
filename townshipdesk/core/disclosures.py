"""Disclosure records (公开记录): what was disclosed against which catalog item, when it is due,
its review (保密审查, 发布审查) and publication, with every change in the audit log."""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from townshipdesk.core.catalog import Catalog, CatalogItem
from townshipdesk.core.dates import parse_date
from townshipdesk.core.deadlines import compute_deadline, period_bounds
from townshipdesk.core.numbers import RECORD_NUMBERS, number_or_short_id
from townshipdesk.core.office_settings import posting_day_counts
from townshipdesk.core.site import require_own
from townshipdesk.core.store import Database, utc_now
from townshipdesk.core.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, check_length, clean
from townshipdesk.core.timelimits import parse_time_limit
from townshipdesk.core.undisclosed_rules import UNDISCLOSED_ATTRIBUTES
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.errors import DeadlineError, RecordError
from townshipdesk.i18n import Msg, msg

ATTRIBUTES = ("此件公开发布", "此件删减后公开", "此件依申请公开", "此件不公开")
REASON_REQUIRED = UNDISCLOSED_ATTRIBUTES  # a reason is kept, and the mark re-assessed yearly
PUBLISHABLE = ("此件公开发布", "此件删减后公开")
STATES = {"draft": ("草稿", "draft"), "pending": ("待审核", "pending review"), "reviewed": ("已审核", "reviewed"),
          "published": ("已发布", "published"), "returned": ("退回", "returned")}
REVIEW_KINDS = {"secrecy": ("保密审查", "confidentiality review"), "release": ("发布审查", "release review")}
INTERPRETATION_WORKING_DAYS = 3  # 政策解读 within 3 working days of the policy (seed 000)
EDITABLE = ("title", "doc_number", "formed_date", "event_date", "channels", "attribute", "attribute_reason", "notes")
DUE_SOON_WORKING_DAYS = 5

# The due lists' conditions and orders, written once: migration 0012's partial indexes repeat these WHERE clauses
# word for word (literals, not parameters), which is what lets SQLite use them. The uuid last makes the order
# total, so the first rows of a list are always the same rows.
_QUOTED = ", ".join(f"'{a}'" for a in PUBLISHABLE)
TO_DISCLOSE = ("r.deleted_at IS NULL AND r.state IN ('draft', 'pending', 'reviewed', 'returned') "
               f"AND r.attribute IN ({_QUOTED})")
WITHOUT_EVENT = f"{TO_DISCLOSE} AND r.due_date IS NULL AND r.event_date IS NULL AND r.kind = 'normal'"
PENDING = "r.deleted_at IS NULL AND r.state = 'pending'"
DUE_ORDER = "r.due_date, r.formed_date, r.uuid"
EVENT_ORDER = "r.formed_date, r.uuid"
REVIEW_ORDER = "r.due_date, r.uuid"
# Migration 0012's indexes, named: without statistics (no ANALYZE in the field) SQLite prefers the older
# (state, due_date) index, which makes it read the table for every record that is not listed.
OPEN_INDEX, EVENT_INDEX, PENDING_INDEX = "disclosures_due_open", "disclosures_due_event", "disclosures_pending"


@dataclass
class Record:
    uuid: str
    item_uuid: str
    kind: str
    policy_uuid: str | None
    title: str
    doc_number: str
    formed_date: str
    due_date: str | None
    due_computed: str | None
    due_estimated: bool
    due_reason: str
    period_start: str | None
    period_end: str | None
    publish_date: str | None
    channels: list[str]
    attribute: str
    attribute_reason: str
    notes: str
    state: str
    return_comment: str
    secrecy_reviewer: str
    secrecy_at: str | None
    release_reviewer: str
    release_at: str | None
    created_at: str
    updated_at: str
    event_date: str | None  # the event a before-event 时限 counts back from (开始日前20日 …)
    number: str | None  # 2026-0012: what the clerk says on the phone (core/numbers.py)
    lapse_status: str | None  # a policy that lapsed (失效) or was repealed (废止): core/lapsed_policies.py
    lapse_date: str | None
    replaced_by: str  # the document that replaced it, as the clean-up list prints it
    last_reviewed: str | None  # its latest yearly re-assessment when marked not disclosed: core/undisclosed_reviews.py
    domain: str = ""
    item_name: str = ""
    time_limit: str = ""
    township: str = ""  # at the county: the township that owns the record (read-only here); "" for our own

    @property
    def read_only(self) -> bool:
        return bool(self.township)

    @property
    def short_id(self) -> str:
        return self.uuid[:8]

    @property
    def display_number(self) -> str:
        return number_or_short_id(self.number, self.uuid)

    @property
    def needs_event(self) -> bool:
        """Its 时限 counts back from an event whose date is not entered: no due date, flagged 需要事件日期."""
        if self.event_date or self.due_date or self.kind != "normal":
            return False
        rule = parse_time_limit(self.time_limit)
        return rule is not None and rule.primary.kind == "before_event"

    def status_on(self, today: dt.date) -> str:
        """published / not_disclosed / overdue / open / no_due, as of `today`."""
        if self.state == "published":
            return "published"
        if self.attribute not in PUBLISHABLE:
            return "not_disclosed"
        if not self.due_date:
            return "no_due"
        return "overdue" if dt.date.fromisoformat(self.due_date) < today else "open"

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["id"] = data.pop("uuid")
        data["state_label"] = STATES[self.state][0]
        data["needs_event"] = self.needs_event
        return data


_COLUMNS = [f.name for f in fields(Record) if f.name not in ("domain", "item_name", "time_limit", "township")]
_SELECT = (", ".join(f"r.{c}" for c in _COLUMNS) +
           ", i.domain AS domain, CASE WHEN i.level2 = '' THEN i.level1 ELSE i.level1 || ' / ' || i.level2 END AS item_name,"
           " i.time_limit AS time_limit,"
           " CASE WHEN r.site_id = (SELECT site_id FROM site WHERE id = 1) THEN '' ELSE"
           " coalesce((SELECT p.name FROM peers p WHERE p.site_id = r.site_id), '?') END AS township"
           " FROM disclosures r JOIN catalog_items i ON i.uuid = r.item_uuid")


@lru_cache(maxsize=4096)
def _channels(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))  # the same few channel lists repeat over thousands of records


_CHANNELS_AT = [f.name for f in fields(Record)].index("channels")
_ESTIMATED_AT = [f.name for f in fields(Record)].index("due_estimated")


def _row(row: dict[str, Any] | tuple[Any, ...]) -> Record:
    """A Record from a row selected with _SELECT (as a dict, or as a tuple in the same order)."""
    values = list(row.values() if isinstance(row, dict) else row)
    values[_CHANNELS_AT] = list(_channels(values[_CHANNELS_AT]))
    values[_ESTIMATED_AT] = bool(values[_ESTIMATED_AT])
    return Record(*values)


def select_using(index: str) -> str:
    """_SELECT reading the records through the named index."""
    return _SELECT.replace("FROM disclosures r ", f"FROM disclosures r INDEXED BY {index} ", 1)


def _records(db: Database, sql: str, params: Any = ()) -> list[Record]:
    return [_row(t) for t in db.conn.execute(sql, params).fetchall()]


def _date(value: str | dt.date, label: str) -> dt.date:
    """A date as clerks write it (core.dates.parse_date); the message names the field."""
    try:
        return parse_date(value)
    except DeadlineError as exc:
        raise RecordError(msg("{label}：{e}", "{label}: {e}", label=label, e=exc.message)) from None


def _optional_date(value: str | dt.date | None, label: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _date(value, label)


@dataclass
class DueList:
    """The due lists: overdue, due soon, waiting for review, and missing periodic disclosures."""

    today: dt.date
    overdue: list[Record] = field(default_factory=list)
    due_soon: list[Record] = field(default_factory=list)
    waiting_review: list[Record] = field(default_factory=list)
    missing: list[MissingDisclosure] = field(default_factory=list)


@dataclass(frozen=True)
class MissingDisclosure:
    """An item whose expected disclosure has no record: for the current period, or (standing items) ever."""

    item: CatalogItem
    period_start: dt.date | None
    period_end: dt.date | None
    due: dt.date | None

    @property
    def standing(self) -> bool:
        return self.period_start is None

    def to_json(self) -> dict[str, Any]:
        return {"item_id": self.item.uuid, "domain": self.item.domain, "item": self.item.name,
                "time_limit": self.item.time_limit, "kind": "standing" if self.standing else "periodic",
                "period_start": self.period_start.isoformat() if self.period_start else None,
                "period_end": self.period_end.isoformat() if self.period_end else None,
                "due": self.due.isoformat() if self.due else None}


class Disclosures:
    """Operations on disclosure records."""

    def __init__(self, db: Database, calendar: WorkCalendar, today: dt.date | None = None) -> None:
        self.db = db
        self.calendar = calendar
        self.catalog = Catalog(db)
        self.today = today  # with it, nothing is published on a date after it

    # ---- reading ----------------------------------------------------------------------------
    def get(self, ident: str) -> Record:
        """A record by its number (2026-0012) or by its id (at least the first 4 hex characters)."""
        number = RECORD_NUMBERS.parse(ident)
        if number is not None:
            rows = self.db.query(f"SELECT {_SELECT} WHERE r.number = ? AND r.deleted_at IS NULL ORDER BY township", (number,))
            if not rows:
                raise RecordError(msg("没有编号为 {n} 的公开记录（编号形如 2026-0012，可用 record list 查看）",
                                      "No disclosure record numbered {n} (numbers look like 2026-0012; see record list)",
                                      n=number))
            if len(rows) > 1:  # at the county: each township numbers its own records
                raise RecordError(msg("编号 {n} 对应多条记录（{t}），请改用记录的标识（record list --json 中的 id）",
                                      "{n} names several records ({t}); use the record's id (the id in record list --json)",
                                      n=number, t="、".join(r["township"] or "—" for r in rows)))
            return _row(rows[0])
        ident = ident.strip().lower()
        if len(ident) < 4:
            raise RecordError(msg("记录编号至少需要4位：“{id}”", "A record id needs at least 4 characters: '{id}'", id=ident))
        rows = self.db.query(f"SELECT {_SELECT} WHERE r.uuid LIKE ? AND r.deleted_at IS NULL", (ident + "%",))
        if not rows:
            raise RecordError(msg("找不到编号为“{id}”的公开记录", "No disclosure record with id '{id}'", id=ident))
        if len(rows) > 1:
            raise RecordError(msg("编号“{id}”对应多条记录，请输入更长的编号", "Id '{id}' matches several records", id=ident))
        return _row(rows[0])

    def list(self, *, state: str | None = None, domain: str | None = None, attribute: str | None = None,
             date_from: str | None = None, date_to: str | None = None, text: str | None = None,
             limit: int | None = None, offset: int = 0) -> list[Record]:
        sql, params = self._filtered(state, domain, attribute, date_from, date_to, text)
        sql = f"SELECT {_SELECT}{sql} ORDER BY r.formed_date DESC, r.created_at DESC"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return _records(self.db, sql, params)

    def count(self, **filters: Any) -> int:
        sql, params = self._filtered(filters.get("state"), filters.get("domain"), filters.get("attribute"),
                                     filters.get("date_from"), filters.get("date_to"), filters.get("text"))
        # Only a domain filter needs the catalog; every record has its item (foreign key), so skip the join.
        join = " JOIN catalog_items i ON i.uuid = r.item_uuid" if filters.get("domain") else ""
        return self.db.conn.execute(f"SELECT count(*) FROM disclosures r{join}{sql}", params).fetchone()[0]

    @staticmethod
    def _filtered(state: str | None, domain: str | None, attribute: str | None, date_from: str | None,
                  date_to: str | None, text: str | None) -> tuple[str, list[Any]]:
        where, params = ["r.deleted_at IS NULL"], []
        for column, value in (("r.state", state), ("i.domain", domain), ("r.attribute", attribute)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if date_from:
            where.append("r.formed_date >= ?")
            params.append(date_from)
        if date_to:
            where.append("r.formed_date <= ?")
            params.append(date_to)
        for word in (text or "").split():
            where.append("(instr(r.title, ?) > 0 OR instr(r.doc_number, ?) > 0 OR instr(r.notes, ?) > 0"
                         " OR instr(r.number, ?) > 0)")
            params += [word] * 4
        return " WHERE " + " AND ".join(where), params

    def due_list(self, today: dt.date, *, include_missing: bool = True) -> DueList:
        """Overdue and due within 5 working days (unpublished, to be disclosed; records still needing their event date
        first), waiting for review, missing periodic — every record of each list (`record list --due`); the 工作台
        takes counts and first rows from due_summary instead."""
        horizon = self.calendar.add_workdays(today, DUE_SOON_WORKING_DAYS)
        rows = _records(self.db, f"SELECT {select_using(OPEN_INDEX)} WHERE {TO_DISCLOSE} AND r.due_date IS NOT NULL AND r.due_date <= ? "
                                 f"ORDER BY {DUE_ORDER}", (horizon.isoformat(),))
        result = DueList(today)
        iso = today.isoformat()
        # Records whose 时限 counts back from an event with no date entered have no due date: listed first among
        # the due soon (flagged 需要事件日期) so the clerk enters the date instead of missing the deadline.
        result.due_soon = [r for r in _records(self.db, f"SELECT {select_using(EVENT_INDEX)} WHERE {WITHOUT_EVENT} "
                                                        f"ORDER BY {EVENT_ORDER}")
                           if r.needs_event]
        for r in rows:
            (result.overdue if r.due_date < iso else result.due_soon).append(r)  # type: ignore[operator]
        result.waiting_review = _records(self.db, f"SELECT {select_using(PENDING_INDEX)} WHERE {PENDING} "
                                                   f"ORDER BY {REVIEW_ORDER}")
        if include_missing:
            result.missing = self.missing_periodic(today)
        return result

    def missing_periodic(self, today: dt.date) -> list[MissingDisclosure]:
        """Periodic items with no disclosure for the period containing `today`, and standing (长期公开)
        items with no disclosure at all."""
        out = []
        for item in self.catalog.items():
            rule = parse_time_limit(item.time_limit)
            if rule is None:
                continue
            periodic = next((c for c in rule.clauses if c.kind == "periodic"), None)
            if periodic is not None:
                start, end = period_bounds(today, periodic.period or "year")
                found = self.db.conn.execute(
                    """SELECT 1 FROM disclosures WHERE item_uuid = ? AND deleted_at IS NULL AND
                       ((period_start IS NOT NULL AND period_start <= ? AND period_end >= ?)
                        OR (formed_date BETWEEN ? AND ?)) LIMIT 1""",
                    (item.uuid, end.isoformat(), start.isoformat(), start.isoformat(), end.isoformat()),
                ).fetchone()
                if not found:
                    due = compute_deadline(rule, today, self.calendar).due if rule.primary.kind == "periodic" else None
                    out.append(MissingDisclosure(item, start, end, due))
            elif rule.primary.kind == "standing":
                found = self.db.conn.execute(
                    "SELECT 1 FROM disclosures WHERE item_uuid = ? AND deleted_at IS NULL LIMIT 1", (item.uuid,)).fetchone()
                if not found:
                    out.append(MissingDisclosure(item, None, None, None))
        return out

    def history(self, ident: str) -> list[dict[str, Any]]:
        record = self.get(ident)
        rows = self.db.query("SELECT at, actor, action, detail FROM audit_log WHERE entity = 'disclosure' AND entity_id = ? "
                             "ORDER BY id", (record.uuid,))
        for r in rows:
            r["detail"] = json.loads(r["detail"]) if r["detail"] else {}
        return rows

    # ---- writing ----------------------------------------------------------------------------
    def _audit(self, record_uuid: str, action: str, detail: dict[str, Any]) -> None:
        self.db.audit(action, "disclosure", record_uuid, detail)

    def preview_due(self, item_id: str, formed: str | dt.date, *, kind: str = "normal",
                    policy_id: str | None = None, event: str | dt.date | None = None) -> tuple[str | None, bool]:
        """The due date (ISO) a new record would get, and whether it is an estimate — for editors' live display."""
        item = self.catalog.get(item_id)
        policy = self.get(policy_id) if kind == "interpretation" and policy_id else None
        return self._compute_due(item, _date(formed, "形成日期"), kind, policy, _optional_date(event, "事件日期"))

    def due_counted_from(self, record: Record, changed: dt.date) -> tuple[str | None, bool]:
        """The due date (ISO) the record's 时限 gives counted from `changed`, the day its information changed
        (条例 Art. 26: 信息形成或者变更之日起), and whether it is an estimate."""
        item = self.catalog.get(record.item_uuid)
        policy = self.get(record.policy_uuid) if record.policy_uuid else None
        return self._compute_due(item, changed, record.kind, policy, _optional_date(record.event_date, "事件日期"))

    def recompute_estimated(self) -> int:
        """After a holiday schedule arrives: recompute due dates that were weekend-only estimates (and not set
        by hand). Returns how many records changed; each change is in the audit log."""
        # Own records only: a township's records at the county are its own to recompute (and read-only here).
        rows = self.db.query("SELECT uuid FROM disclosures WHERE due_estimated = 1 AND deleted_at IS NULL AND state != 'published' "
                             "AND site_id = (SELECT site_id FROM site WHERE id = 1)")
        changed = 0
        for row in rows:
            record = self.get(row["uuid"])
            item = self.catalog.get(record.item_uuid)
            policy = self.get(record.policy_uuid) if record.policy_uuid else None
            computed, estimated = self._compute_due(item, dt.date.fromisoformat(record.formed_date), record.kind, policy,
                                                    _optional_date(record.event_date, "事件日期"))
            sets: dict[str, Any] = {"due_computed": computed, "due_estimated": int(estimated)}
            detail: dict[str, Any] = {"due_estimated": [True, estimated]}
            if not record.due_reason:
                sets["due_date"] = computed
                detail["due_date"] = [record.due_date, computed]
            if computed != record.due_computed or not estimated:
                self._write(record.uuid, sets, "record.recompute", detail)
                changed += 1
        return changed

    def _compute_due(self, item: CatalogItem, formed: dt.date, kind: str, policy: Record | None,
                     event: dt.date | None = None) -> tuple[str | None, bool]:
        if kind == "interpretation" and policy is not None:
            base = dt.date.fromisoformat(policy.publish_date or policy.formed_date)
            due = self.calendar.add_workdays(base, INTERPRETATION_WORKING_DAYS)
            return due.isoformat(), self.calendar.estimated(base, due)
        rule = parse_time_limit(item.time_limit)
        if rule is None or rule.primary.kind == "standing":
            return None, False
        deadline = compute_deadline(rule, formed, self.calendar, event=event, posting_day_counts=posting_day_counts(self.db))
        return (deadline.due.isoformat() if deadline.due else None), deadline.estimated

    def _check_attribute(self, attribute: str, reason: str) -> None:
        if attribute not in ATTRIBUTES:
            raise RecordError(msg("公开属性只能是：{a}", "The disclosure attribute must be one of: {a}", a="、".join(ATTRIBUTES)))
        if attribute in REASON_REQUIRED and not clean(reason):
            raise RecordError(msg("属性为“{a}”时必须填写理由", "'{a}' needs a reason", a=attribute))

    def add(self, item_id: str, title: str, formed: str | dt.date, *, doc_number: str = "",
            channels: list[str] | None = None, attribute: str = "此件公开发布", attribute_reason: str = "",
            notes: str = "", due: str | dt.date | None = None, due_reason: str = "", kind: str = "normal",
            policy_id: str | None = None, event: str | dt.date | None = None) -> Record:
        """Record a disclosure against a catalog item; the due date comes from the item's 时限."""
        item = self.catalog.get(item_id)
        if item.retired_at:
            raise RecordError(msg("事项“{n}”已停用，不能新增公开记录", "Item '{n}' is retired", n=item.name))
        title = clean(title)
        if not title:
            raise RecordError(msg("标题不能为空", "The title must not be empty"))
        _check_title_length(title)
        _check_lengths(doc_number=clean(doc_number), notes=clean(notes), attribute_reason=clean(attribute_reason),
                       due_reason=clean(due_reason))
        formed_date = _date(formed, "形成日期")
        self._check_attribute(attribute, attribute_reason)
        policy = None
        if kind == "interpretation":
            if not policy_id:
                raise RecordError(msg("政策解读需要关联所解读的政策记录", "A policy interpretation must name its policy record"))
            policy = self.get(policy_id)
        event_date = _optional_date(event, "事件日期")
        computed, estimated = self._compute_due(item, formed_date, kind, policy, event_date)
        due_date = computed
        if due is not None:
            if not clean(due_reason):
                raise RecordError(msg("手工修改截止日必须填写理由", "Changing the due date by hand needs a reason"))
            due_date = _date(due, "截止日").isoformat()
        period = self._period_for(item, formed_date)
        now = utc_now()
        uuid = str(uuidlib.uuid4())
        site = self.db.conn.execute("SELECT site_id FROM site WHERE id = 1").fetchone()
        site_id = site[0] if site else ""
        with self.db.transaction():
            number = RECORD_NUMBERS.take(self.db.conn, site_id, formed_date.year)
            self.db.conn.execute(
                """INSERT INTO disclosures (uuid, site_id, item_uuid, kind, policy_uuid, title, doc_number, formed_date,
                       due_date, due_computed, due_estimated, due_reason, period_start, period_end, channels,
                       attribute, attribute_reason, notes, created_at, updated_at, event_date, number)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (uuid, site_id, item.uuid, kind, policy.uuid if policy else None, title, clean(doc_number),
                 formed_date.isoformat(), due_date, computed, int(estimated), clean(due_reason),
                 period[0] if period else None, period[1] if period else None,
                 json.dumps(channels if channels is not None else item.channels, ensure_ascii=False),
                 attribute, clean(attribute_reason), clean(notes), now, now,
                 event_date.isoformat() if event_date else None, number),
            )
            self._audit(uuid, "record.add", {"number": number, "title": title, "item": item.name, "formed_date": formed_date.isoformat(),
                                            "due_date": due_date, "attribute": attribute,
                                            **({"event_date": event_date.isoformat()} if event_date else {})})
        return self.get(uuid)

    def _period_for(self, item: CatalogItem, formed: dt.date) -> tuple[str, str] | None:
        rule = parse_time_limit(item.time_limit)
        periodic = next((c for c in rule.clauses if c.kind == "periodic"), None) if rule else None
        if periodic is None:
            return None
        start, end = period_bounds(formed, periodic.period or "year")
        if periodic.covers == "previous":  # "每月10日前公开上月情况": a record formed in May covers April
            start, end = period_bounds(start - dt.timedelta(days=1), periodic.period or "year")
        return start.isoformat(), end.isoformat()

    def update(self, ident: str, changes: dict[str, Any]) -> Record:
        """Change a record's content; a record under review goes back to draft, a published one takes only notes."""
        record = self.get(ident)
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise RecordError(msg("不能修改的字段：{f}", "Fields that cannot be edited: {f}", f=", ".join(sorted(unknown))))
        if record.state == "published" and set(changes) - {"notes"}:
            raise RecordError(msg("已发布的记录只能补充备注", "A published record only takes notes"))
        new = {k: (clean(v) if isinstance(v, str) else v) for k, v in changes.items()}
        if "formed_date" in new:
            new["formed_date"] = _date(new["formed_date"], "形成日期").isoformat()
        if "event_date" in new:
            event = _optional_date(new["event_date"], "事件日期")
            new["event_date"] = event.isoformat() if event else None
        if "title" in new and not new["title"]:
            raise RecordError(msg("标题不能为空", "The title must not be empty"))
        if "title" in new:
            _check_title_length(new["title"])
        _check_lengths(**{k: v for k, v in new.items() if k in _LABELS and isinstance(v, str)})
        self._check_attribute(new.get("attribute", record.attribute), new.get("attribute_reason", record.attribute_reason))
        diff = {k: [getattr(record, k), v] for k, v in new.items() if getattr(record, k) != v}
        if not diff:
            return record
        sets = {k: (json.dumps(v, ensure_ascii=False) if k == "channels" else v) for k, v in new.items() if k in diff}
        if "formed_date" in diff or "event_date" in diff:
            item = self.catalog.get(record.item_uuid)
            policy = self.get(record.policy_uuid) if record.policy_uuid else None
            formed = dt.date.fromisoformat(new.get("formed_date", record.formed_date))
            event_text = new.get("event_date", record.event_date)
            computed, estimated = self._compute_due(item, formed, record.kind, policy,
                                                    dt.date.fromisoformat(event_text) if event_text else None)
            sets.update(due_computed=computed, due_estimated=int(estimated))
            if not record.due_reason:  # a due date set by hand stays; a computed one follows the new date
                sets["due_date"] = computed
                diff["due_date"] = [record.due_date, computed]
            period = self._period_for(item, formed)
            sets.update(period_start=period[0] if period else None, period_end=period[1] if period else None)
        if record.state in ("pending", "reviewed") and set(diff) - {"notes"}:
            # What the reviewers approved has changed: review again.
            sets.update(state="draft", secrecy_reviewer="", secrecy_at=None, release_reviewer="", release_at=None)
            diff["state"] = [record.state, "draft"]
        self._write(record.uuid, sets, "record.edit", diff)
        return self.get(record.uuid)

    def _write(self, uuid: str, sets: dict[str, Any], action: str, detail: dict[str, Any]) -> None:
        self._require_own(uuid)
        sets = {**sets, "updated_at": utc_now()}
        with self.db.transaction():
            self.db.conn.execute(f"UPDATE disclosures SET {', '.join(f'{k} = ?' for k in sets)} WHERE uuid = ?",
                                 (*sets.values(), uuid))
            self._audit(uuid, action, detail)

    def _require_own(self, uuid: str) -> None:
        row = self.db.conn.execute("SELECT site_id FROM disclosures WHERE uuid = ?", (uuid,)).fetchone()
        require_own(self.db, row[0] if row else None)

    def set_due(self, ident: str, due: str | dt.date, reason: str) -> Record:
        record = self.get(ident)
        if not clean(reason):
            raise RecordError(msg("手工修改截止日必须填写理由", "Changing the due date by hand needs a reason"))
        new = _date(due, "截止日").isoformat()
        self._write(record.uuid, {"due_date": new, "due_reason": clean(reason)}, "record.due",
                    {"due_date": [record.due_date, new], "reason": clean(reason)})
        return self.get(record.uuid)

    def submit(self, ident: str) -> Record:
        record = self.get(ident)
        if record.state not in ("draft", "returned"):
            raise RecordError(msg("只有草稿或退回的记录可以提交审核（当前：{s}）", "Only drafts or returned records can be "
                                  "submitted (now: {s})", s=STATES[record.state][0]))
        self._write(record.uuid, {"state": "pending", "return_comment": ""}, "record.submit",
                    {"state": [record.state, "pending"]})
        return self.get(record.uuid)

    def review(self, ident: str, kind: str, reviewer: str, *, approve: bool = True, comment: str = "") -> Record:
        """Record 保密审查 or 发布审查. Both approved → 已审核; a rejection → 退回 with the comment."""
        record = self.get(ident)
        if kind not in REVIEW_KINDS:
            raise RecordError(msg("审查类型只能是 secrecy（保密审查）或 release（发布审查）",
                                  "The review kind must be secrecy or release"))
        if record.state != "pending":
            raise RecordError(msg("记录不在待审核状态（当前：{s}）", "The record is not pending review (now: {s})",
                                  s=STATES[record.state][0]))
        reviewer = clean(reviewer)
        if not reviewer:
            raise RecordError(msg("请填写审查人姓名", "The reviewer's name is needed"))
        _check_lengths(reviewer=reviewer, return_comment=clean(comment))
        label = REVIEW_KINDS[kind][0]
        if not approve:
            if not clean(comment):
                raise RecordError(msg("退回时请写明原因", "A return needs a comment"))
            self._write(record.uuid, {"state": "returned", "return_comment": clean(comment), "secrecy_reviewer": "",
                                      "secrecy_at": None, "release_reviewer": "", "release_at": None},
                        "record.return", {"review": label, "reviewer": reviewer, "comment": clean(comment),
                                          "state": ["pending", "returned"]})
            return self.get(record.uuid)
        now = utc_now()
        sets: dict[str, Any] = {f"{kind}_reviewer": reviewer, f"{kind}_at": now}
        other = "release" if kind == "secrecy" else "secrecy"
        detail: dict[str, Any] = {"review": label, "reviewer": reviewer}
        if getattr(record, f"{other}_reviewer"):
            sets["state"] = "reviewed"
            detail["state"] = ["pending", "reviewed"]
        self._write(record.uuid, sets, "record.review", detail)
        return self.get(record.uuid)

    def publish(self, ident: str, date: str | dt.date) -> Record:
        """Mark a reviewed record published on `date`. Refused without both reviews."""
        record = self.get(ident)
        if record.attribute not in PUBLISHABLE:
            raise RecordError(msg("公开属性为“{a}”的记录不主动发布", "Records marked '{a}' are not published proactively",
                                  a=record.attribute))
        if record.state == "published":
            raise RecordError(msg("记录已于 {d} 发布", "The record was already published on {d}", d=record.publish_date))
        missing = [k for k in REVIEW_KINDS if not getattr(record, f"{k}_reviewer")]
        if missing or record.state != "reviewed":
            if len(missing) == len(REVIEW_KINDS):
                what = msg("保密审查和发布审查", "confidentiality and release reviews")
            elif missing:
                what = Msg(*REVIEW_KINDS[missing[0]])
            else:
                what = msg("审核", "review")
            raise RecordError(msg("未完成{m}，不能发布", "Cannot publish before the {m}", m=what))
        day = _date(date, "发布日期")
        if self.today is not None and day > self.today:
            raise RecordError(msg("发布日期 {p} 晚于今天（{t}）：只能登记已经发布的记录", "The publication date {p} is after "
                                  "today ({t}): only a publication that happened can be recorded", p=day, t=self.today))
        if day < dt.date.fromisoformat(record.formed_date):
            raise RecordError(msg("发布日期 {p} 早于形成日期 {f}", "The publication date {p} is before the formed date {f}",
                                  p=day, f=record.formed_date))
        self._write(record.uuid, {"state": "published", "publish_date": day.isoformat()}, "record.publish",
                    {"state": [record.state, "published"], "publish_date": day.isoformat()})
        return self.get(record.uuid)

    def attach(self, ident: str, sha256: str, filename: str, size: int) -> None:
        record = self.get(ident)
        self._require_own(record.uuid)
        with self.db.transaction():
            self.db.conn.execute(
                "INSERT INTO disclosure_files (uuid, disclosure_uuid, sha256, filename, size, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                (str(uuidlib.uuid4()), record.uuid, sha256, filename, size, utc_now()))
            self._audit(record.uuid, "record.attach", {"file": filename, "sha256": sha256, "size": size})

    def files(self, ident: str) -> list[dict[str, Any]]:
        record = self.get(ident)
        return self.db.query("SELECT uuid, sha256, filename, size, added_at FROM disclosure_files "
                             "WHERE disclosure_uuid = ? AND removed_at IS NULL ORDER BY added_at", (record.uuid,))


def _check_title_length(title: str) -> None:
    if len(title) > SHORT_TEXT_LIMIT:
        raise RecordError(msg("标题过长（{n} 字），最多 {m} 字；请缩短后再保存", "The title is too long ({n} characters); "
                              "at most {m}. Shorten it, then save", n=len(title), m=SHORT_TEXT_LIMIT))


_LABELS = {"doc_number": Msg("文号", "document number"), "notes": Msg("备注", "notes"),
           "attribute_reason": Msg("属性理由", "reason for the attribute"), "due_reason": Msg("截止日理由", "due-date reason"),
           "return_comment": Msg("审查意见", "review comment"), "reviewer": Msg("审查人", "reviewer")}


def _check_lengths(**values: str | None) -> None:
    """Names and numbers as short texts, notes and reasons as one spreadsheet cell (what export and bundles hold)."""
    for name, value in values.items():
        if value:
            check_length(value, _LABELS[name], RecordError, SHORT_TEXT_LIMIT if name in ("doc_number", "reviewer")
                         else LONG_TEXT_LIMIT)
