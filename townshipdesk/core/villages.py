"""Villages (行政村), their groups, village affairs lists (公开事项清单) with a rhythm, and postings on the
notice board with the supervision committee's review and any objections."""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from townshipdesk.core.deadlines import period_bounds
from townshipdesk.core.notices import notice_period
from townshipdesk.core.numbers import POSTING_NUMBERS, number_or_short_id
from townshipdesk.core.office_settings import posting_day_counts
from townshipdesk.core.site import get_site, own_site_id, require_own
from townshipdesk.core.store import Database, utc_now
from townshipdesk.core.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, check_length, clean
from townshipdesk.core.village_events import VillageEvent, attach_posting
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.errors import VillageError
from townshipdesk.i18n import Msg, msg
from townshipdesk.resources import resources_dir

RHYTHMS = {"monthly": ("每月", "monthly"), "quarterly": ("每季度", "quarterly"), "immediate": ("即时", "at once")}


@dataclass
class Village:
    uuid: str
    division_code: str
    name: str
    phone: str
    groups: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.uuid, "division_code": self.division_code, "name": self.name, "phone": self.phone,
                "groups": self.groups}


@dataclass
class VillageItem:
    uuid: str
    village_uuid: str
    category: str
    name: str
    rhythm: str
    basis: str = ""  # 依据: the article the duty comes from
    statutory: bool = False  # named by the 村民委员会组织法 itself: every village has it, it cannot be retired

    def to_json(self) -> dict[str, Any]:
        return {"id": self.uuid, "category": self.category, "name": self.name, "rhythm": self.rhythm,
                "basis": self.basis, "statutory": self.statutory}


@dataclass
class Posting:
    uuid: str
    village_uuid: str
    item_uuid: str
    title: str
    posted_date: str
    notice_start: str | None
    notice_end: str | None
    reviewers: list[str]
    objections: str
    objection_reply: str
    sheet_sha256: str | None = None  # the printed PDF, kept in the data folder by content
    number: str | None = None  # 村务2026-0001 (core/numbers.py)
    event: VillageEvent | None = None  # the event this posting cleared, when it was just recorded

    @property
    def display_number(self) -> str:
        return number_or_short_id(self.number, self.uuid)

    def to_json(self) -> dict[str, Any]:
        data = {"id": self.uuid, **{k: getattr(self, k) for k in (
            "number", "village_uuid", "item_uuid", "title", "posted_date", "notice_start", "notice_end", "reviewers", "objections",
            "objection_reply", "sheet_sha256")}}
        if self.event is not None:
            data["event"] = self.event.to_json()
        return data


@dataclass(frozen=True)
class UnpostedItem:
    village: Village
    item: VillageItem
    period_start: dt.date
    period_end: dt.date

    def to_json(self) -> dict[str, Any]:
        return {"village": self.village.name, "item": self.item.name, "rhythm": self.item.rhythm,
                "period_start": self.period_start.isoformat(), "period_end": self.period_end.isoformat()}


def default_items() -> list[dict[str, str]]:
    """The shipped village affairs list (resources/village_items.json)."""
    return json.loads((resources_dir() / "village_items.json").read_text(encoding="utf-8"))["items"]


class Villages:
    def __init__(self, db: Database, calendar: WorkCalendar, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.calendar = calendar
        self.today = today  # a posting can only be recorded once the sheet is up

    def site_id(self) -> str:
        return own_site_id(self.db)

    def add(self, division_code: str, name: str, *, groups: list[str] | None = None, phone: str = "") -> Village:
        code = division_code.strip()
        if len(code) != 12 or not code.isdigit() or code.endswith("000"):
            raise VillageError(msg("村的区划代码应为12位数字且后3位不为000，收到“{c}”",
                                   "A village code is 12 digits not ending in 000, got '{c}'", c=code))
        site = get_site(self.db)
        if site and site.role == "township" and code[:9] != site.division_code[:9]:
            raise VillageError(msg("村的区划代码“{c}”不属于本乡镇（{t}）", "Village code '{c}' is not in this township ({t})",
                                   c=code, t=site.division_code))
        name = clean(name)
        if not name:
            raise VillageError(msg("村名不能为空", "The village name must not be empty"))
        _check_names(name=name, phone=clean(phone), groups=groups)
        if self.db.conn.execute("SELECT 1 FROM villages WHERE division_code = ? OR name = ?", (code, name)).fetchone():
            raise VillageError(msg("已有同名或同区划代码的村：{n}（{c}）", "A village with this name or code exists: {n} ({c})",
                                   n=name, c=code))
        now = utc_now()
        uuid = str(uuidlib.uuid4())
        with self.db.transaction():
            self.db.conn.execute(
                "INSERT INTO villages (uuid, site_id, division_code, name, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (uuid, site.site_id if site else "", code, name, clean(phone), now, now))
            for g in dict.fromkeys(clean(g) for g in groups or [] if clean(g)):
                self.db.conn.execute("INSERT INTO village_groups (uuid, village_uuid, name, site_id, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?)", (str(uuidlib.uuid4()), uuid, g, site.site_id if site else "", now))
            for sort, entry in enumerate(default_items()):
                self.db.conn.execute(
                    "INSERT INTO village_items (uuid, village_uuid, category, name, rhythm, sort, site_id, updated_at, basis, "
                    "statutory) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (str(uuidlib.uuid4()), uuid, entry["category"], entry["name"], entry["rhythm"], sort,
                     site.site_id if site else "", now, entry.get("basis", ""), int(entry.get("statutory", False))))
            self.db.audit("village.add", "village", uuid, {"name": name, "division_code": code})
        return self.get(uuid)

    def all(self) -> list[Village]:
        rows = self.db.query("SELECT uuid, division_code, name, phone FROM villages WHERE deleted_at IS NULL ORDER BY division_code")
        return [self._with_groups(r) for r in rows]

    def _with_groups(self, row: dict[str, Any]) -> Village:
        groups = [r["name"] for r in self.db.query("SELECT name FROM village_groups WHERE village_uuid = ? ORDER BY rowid",
                                                   (row["uuid"],))]
        return Village(**row, groups=groups)

    def get(self, ident: str) -> Village:
        """A village by name, division code or id prefix."""
        ident = clean(ident)
        rows = self.db.query(
            "SELECT uuid, division_code, name, phone FROM villages WHERE deleted_at IS NULL AND "
            "(name = ? OR division_code = ? OR (length(?) >= 4 AND uuid LIKE ?))", (ident, ident, ident, ident + "%"))
        if len(rows) != 1:
            raise VillageError(msg("找不到村“{v}”（可用村名、区划代码或编号）", "No village '{v}' (use its name, code or id)", v=ident)
                               if not rows else msg("“{v}”对应多个村", "'{v}' matches several villages", v=ident))
        return self._with_groups(rows[0])

    def items(self, village: str) -> list[VillageItem]:
        v = self.get(village)
        rows = self.db.query("SELECT uuid, village_uuid, category, name, rhythm, basis, statutory FROM village_items "
                             "WHERE village_uuid = ? AND retired_at IS NULL ORDER BY sort", (v.uuid,))
        return [VillageItem(**{**r, "statutory": bool(r["statutory"])}) for r in rows]

    def add_item(self, village: str, category: str, name: str, rhythm: str, basis: str = "") -> VillageItem:
        v = self.get(village)
        self.require_own(v.uuid)
        if rhythm not in RHYTHMS:
            raise VillageError(msg("公开频次应为 monthly、quarterly 或 immediate", "The rhythm must be monthly, quarterly or immediate"))
        if not clean(name) or not clean(category):
            raise VillageError(msg("事项名称和类别不能为空", "The item needs a name and a category"))
        _check_names(item=clean(name), category=clean(category))
        if self.db.conn.execute("SELECT 1 FROM village_items WHERE village_uuid = ? AND name = ?", (v.uuid, clean(name))).fetchone():
            raise VillageError(msg("{v}已有事项“{n}”", "{v} already has the item '{n}'", v=v.name, n=clean(name)))
        uuid = str(uuidlib.uuid4())
        with self.db.transaction():
            sort = self.db.conn.execute("SELECT coalesce(max(sort), 0) + 1 FROM village_items WHERE village_uuid = ?",
                                        (v.uuid,)).fetchone()[0]
            self.db.conn.execute("INSERT INTO village_items (uuid, village_uuid, category, name, rhythm, sort, site_id, updated_at, "
                                 "basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 (uuid, v.uuid, clean(category), clean(name), rhythm, sort, self.site_id(), utc_now(),
                                  clean(basis)))
            self.db.audit("village.item.add", "village_item", uuid, {"village": v.name, "name": clean(name)})
        return next(i for i in self.items(v.uuid) if i.uuid == uuid)

    def retire_item(self, village: str, item: str) -> VillageItem:
        """Take an item off a village's list (its postings stay)."""
        v = self.get(village)
        self.require_own(v.uuid)
        it = self.item(v, item)
        if it.statutory:
            raise VillageError(msg("“{n}”是法律规定的村务公开事项（{b}），不能停用", "'{n}' is required by law ({b}) and cannot be "
                                   "retired", n=it.name, b=it.basis))
        with self.db.transaction():
            self.db.conn.execute("UPDATE village_items SET retired_at = ?, updated_at = ? WHERE uuid = ?",
                                 (utc_now(), utc_now(), it.uuid))
            self.db.audit("village.item.retire", "village_item", it.uuid, {"village": v.name, "name": it.name})
        return it

    def update(self, village: str, *, phone: str | None = None, groups: list[str] | None = None) -> Village:
        """Change a village's supervision telephone or its list of village groups."""
        v = self.get(village)
        self.require_own(v.uuid)
        _check_names(phone=clean(phone or ""), groups=groups)
        now = utc_now()
        with self.db.transaction():
            if phone is not None:
                self.db.conn.execute("UPDATE villages SET phone = ?, updated_at = ? WHERE uuid = ?", (clean(phone), now, v.uuid))
            if groups is not None:
                wanted = list(dict.fromkeys(clean(g) for g in groups if clean(g)))
                self.db.conn.execute(f"DELETE FROM village_groups WHERE village_uuid = ? AND name NOT IN ({','.join('?' * len(wanted))})",
                                     (v.uuid, *wanted))
                for g in wanted:
                    self.db.conn.execute("INSERT OR IGNORE INTO village_groups (uuid, village_uuid, name, site_id, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?)", (str(uuidlib.uuid4()), v.uuid, g, self.site_id(), now))
            self.db.audit("village.update", "village", v.uuid, {"phone": [v.phone, phone], "groups": [v.groups, groups]})
        return self.get(v.uuid)

    def require_own(self, village_uuid: str) -> None:
        row = self.db.conn.execute("SELECT site_id FROM villages WHERE uuid = ?", (village_uuid,)).fetchone()
        require_own(self.db, row[0] if row else None)

    def item(self, village: Village, item: str) -> VillageItem:
        """One item of the village's list by its name, id prefix or a part of its name that only it has."""
        items = self.items(village.uuid)
        found = [i for i in items if i.name == clean(item) or i.uuid.startswith(clean(item).lower())] if len(clean(item)) >= 4 \
            else [i for i in items if i.name == clean(item)]
        if not found:
            found = [i for i in items if clean(item) in i.name]
        if len(found) != 1:
            raise VillageError(msg("{v}没有唯一匹配“{i}”的公开事项", "No single item of {v} matches '{i}'", v=village.name, i=item))
        return found[0]

    def post(self, village: str, item: str, title: str, posted: dt.date, *, notice_days: int = 7, working: bool = False,
             reviewers: list[str] | None = None, sheet_sha256: str | None = None, event: str | None = None) -> Posting:
        """Record that a sheet went up on the board; the notice period is computed from the posting date (not counted
        unless the office setting 张贴当日计入公示期 is on). A posting of an item published 随时 clears the event waiting
        for it (`event`, or the one due first); `Posting.event` tells which."""
        v = self.get(village)
        self.require_own(v.uuid)
        it = self.item(v, item)
        if not clean(title):
            raise VillageError(msg("公示标题不能为空", "The posting needs a title"))
        if len(clean(title)) > SHORT_TEXT_LIMIT:
            raise VillageError(msg("公示标题过长（{n} 字），最多 {m} 字", "The posting title is too long ({n} characters); "
                                   "at most {m}", n=len(clean(title)), m=SHORT_TEXT_LIMIT))
        if posted > self.today():
            raise VillageError(msg("张贴日期 {p} 晚于今天（{t}）：只能登记已经张贴的公示", "The posting date {p} is after "
                                   "today ({t}): only a sheet already on the board can be recorded", p=posted, t=self.today()))
        period = notice_period(posted, notice_days, working, self.calendar,
                               posting_day_counts=posting_day_counts(self.db)) if notice_days else None
        uuid = str(uuidlib.uuid4())
        now = utc_now()
        names = [clean(r) for r in reviewers or [] if clean(r)]
        site_id = self.site_id()
        with self.db.transaction():
            number = POSTING_NUMBERS.take(self.db.conn, site_id, posted.year)
            self.db.conn.execute(
                """INSERT INTO village_postings (uuid, site_id, village_uuid, item_uuid, title, posted_date, notice_start,
                       notice_end, reviewers, sheet_sha256, created_at, updated_at, number)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (uuid, site_id, v.uuid, it.uuid, clean(title), posted.isoformat(), period.start.isoformat() if period else None,
                 period.end.isoformat() if period else None, json.dumps(names, ensure_ascii=False), sheet_sha256, now, now, number))
            self.db.audit("village.post", "village_posting", uuid, {"number": number, "village": v.name, "item": it.name, "title": clean(title)})
            cleared = attach_posting(self.db, v.name, it, uuid, posted, event)
        result = self.posting(uuid)
        result.event = cleared
        return result

    def posting(self, ident: str) -> Posting:
        """A posting by its number (村务2026-0001) or by its id (at least the first 4 hex characters)."""
        columns = ("uuid, village_uuid, item_uuid, title, posted_date, notice_start, notice_end, reviewers, objections, "
                   "objection_reply, sheet_sha256, number")
        number = POSTING_NUMBERS.parse(ident)
        if number is not None:
            rows = self.db.query(f"SELECT {columns} FROM village_postings WHERE number = ? AND deleted_at IS NULL", (number,))
            if len(rows) != 1:
                raise VillageError(msg("没有编号为 {n} 的张贴记录（编号形如 村务2026-0001，可用 village postings 查看）",
                                       "No posting numbered {n} (numbers look like 村务2026-0001; see village postings)",
                                       n=number) if not rows else
                                   msg("编号 {n} 对应多条张贴记录，请改用张贴记录的标识", "{n} names several postings; "
                                       "use the posting's id", n=number))
        else:
            rows = self.db.query(f"SELECT {columns} FROM village_postings WHERE uuid LIKE ? AND deleted_at IS NULL",
                                 (clean(ident).lower() + "%",))
            if len(rows) != 1 or len(clean(ident)) < 4:
                raise VillageError(msg("找不到公示记录“{p}”", "No posting '{p}'", p=ident))
        row = rows[0]
        row["reviewers"] = json.loads(row["reviewers"])
        return Posting(**row)

    def postings(self, village: str | None = None) -> list[Posting]:
        sql = ("SELECT uuid FROM village_postings WHERE deleted_at IS NULL" +
               (" AND village_uuid = ?" if village else "") + " ORDER BY posted_date DESC")
        params = (self.get(village).uuid,) if village else ()
        return [self.posting(r["uuid"]) for r in self.db.query(sql, params)]

    def record_objection(self, posting: str, objection: str, reply: str = "") -> Posting:
        p = self.posting(posting)
        self.require_own(p.village_uuid)
        if not clean(objection):
            raise VillageError(msg("请填写异议内容", "The objection text is needed"))
        check_length(clean(objection), Msg("异议", "objection"), VillageError, LONG_TEXT_LIMIT)
        check_length(clean(reply), Msg("答复", "reply"), VillageError, LONG_TEXT_LIMIT)
        with self.db.transaction():
            self.db.conn.execute("UPDATE village_postings SET objections = ?, objection_reply = ?, updated_at = ? WHERE uuid = ?",
                                 (clean(objection), clean(reply), utc_now(), p.uuid))
            self.db.audit("village.objection", "village_posting", p.uuid,
                          {"objections": [p.objections, clean(objection)], "reply": [p.objection_reply, clean(reply)]})
        return self.posting(p.uuid)

    def unposted(self, today: dt.date) -> list[UnpostedItem]:
        """Monthly and quarterly items each village has not posted in the period containing `today`."""
        out = []
        for v in self.all():
            for item in self.items(v.uuid):
                if item.rhythm == "immediate":
                    continue
                start, end = period_bounds(today, "month" if item.rhythm == "monthly" else "quarter")
                posted = self.db.conn.execute(
                    "SELECT 1 FROM village_postings WHERE item_uuid = ? AND deleted_at IS NULL AND posted_date BETWEEN ? AND ?",
                    (item.uuid, start.isoformat(), end.isoformat())).fetchone()
                if not posted:
                    out.append(UnpostedItem(v, item, start, end))
        return out


_NAME_LABELS = {"name": Msg("村名", "village name"), "phone": Msg("监督电话", "supervision telephone"),
                "item": Msg("公开事项名称", "item name"), "category": Msg("类别", "category"),
                "groups": Msg("村民小组名称", "village group name")}


def _check_names(*, groups: list[str] | None = None, **values: str) -> None:
    """Names, phones and groups are short texts (what a bundle carries and a sheet prints on one line)."""
    for name, value in values.items():
        check_length(value, _NAME_LABELS[name], VillageError)
    for group in groups or []:
        check_length(clean(group), _NAME_LABELS["groups"], VillageError)
