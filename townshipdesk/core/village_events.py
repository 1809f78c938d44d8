"""Events of the village affairs items published 随时 (《村民委员会组织法》第三十条第三款: 涉及村民利益的重大事项应当
随时公布), and when each item of a village's list is next due.

An item with the rhythm `immediate` (即时) has no month or quarter: each time its matter happens — a 土地承包经营方案
is decided, an 经济责任审计 result arrives — the event is recorded, a posting is due, and the posting that goes up
for that item clears it. The law says 随时 and gives no number of days; the app's rule (shown wherever the due date
is) is EVENT_POSTING_WORKING_DAYS working days, counted like every period from the day after the event (民法典
Art. 201). Why five: docs/village-affairs-law.md.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from townshipdesk.core.deadlines import period_bounds
from townshipdesk.core.store import Database, utc_now
from townshipdesk.core.text import SHORT_TEXT_LIMIT, clean
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.errors import VillageError
from townshipdesk.i18n import msg, tr

if TYPE_CHECKING:
    from townshipdesk.core.villages import VillageItem, Villages

EVENT_POSTING_WORKING_DAYS = 5


def due_rule_text() -> str:
    """The rule as the clerk reads it beside every due date of an event."""
    return tr("随时公布：本软件按事件发生次日起{n}个工作日内张贴计算", "published at once: the app allows {n} working days "
              "from the day after the event", n=EVENT_POSTING_WORKING_DAYS)


@dataclass(frozen=True)
class VillageEvent:
    uuid: str
    village_uuid: str
    village: str
    item_uuid: str
    item: str
    title: str
    event_date: dt.date
    due_date: dt.date
    due_estimated: bool
    posting_uuid: str | None = None
    posted_date: dt.date | None = None

    def overdue(self, today: dt.date) -> bool:
        return self.posting_uuid is None and today > self.due_date

    @property
    def late(self) -> bool:
        """Posted, but after its due date."""
        return self.posted_date is not None and self.posted_date > self.due_date

    def to_json(self, today: dt.date | None = None) -> dict[str, Any]:
        data = {"id": self.uuid, "village": self.village, "village_uuid": self.village_uuid, "item": self.item,
                "item_uuid": self.item_uuid, "title": self.title, "event_date": self.event_date.isoformat(),
                "due": self.due_date.isoformat(), "due_estimated": self.due_estimated, "due_rule": due_rule_text(),
                "posting": self.posting_uuid, "posted_date": self.posted_date.isoformat() if self.posted_date else None,
                "late": self.late}
        if today is not None:
            data["overdue"] = self.overdue(today)
        return data


_SELECT = """SELECT e.uuid, e.village_uuid, v.name, e.item_uuid, i.name, e.title, e.event_date, e.due_date, e.due_estimated,
                    e.posting_uuid, p.posted_date
             FROM village_events e JOIN villages v ON v.uuid = e.village_uuid JOIN village_items i ON i.uuid = e.item_uuid
             LEFT JOIN village_postings p ON p.uuid = e.posting_uuid"""


def _events(db: Database, where: str, params: tuple[Any, ...] = ()) -> list[VillageEvent]:
    rows = db.conn.execute(f"{_SELECT} WHERE e.deleted_at IS NULL AND {where} ORDER BY e.due_date, e.event_date, v.division_code",
                           params).fetchall()
    return [VillageEvent(r[0], r[1], r[2], r[3], r[4], r[5], dt.date.fromisoformat(r[6]), dt.date.fromisoformat(r[7]),
                         bool(r[8]), r[9], dt.date.fromisoformat(r[10]) if r[10] else None) for r in rows]


def open_events(db: Database) -> list[VillageEvent]:
    """Every event still waiting for its posting, the earliest due first (the 工作台's list)."""
    return _events(db, "e.posting_uuid IS NULL")


def posting_due(event_date: dt.date, calendar: WorkCalendar) -> tuple[dt.date, bool]:
    """The last day to post an event's sheet, and whether a holiday schedule it crosses is only estimated."""
    due = calendar.add_workdays(event_date, EVENT_POSTING_WORKING_DAYS)
    return due, calendar.estimated(event_date, due)


def attach_posting(db: Database, village: str, item: VillageItem, posting_uuid: str, posted: dt.date,
                   event: str | None) -> VillageEvent | None:
    """Clear an open event of `item` with the posting just recorded: the one named (id prefix), else the one due
    first among those that happened by the posting date. Runs inside the posting's transaction."""
    candidates = [e for e in _events(db, "e.posting_uuid IS NULL AND e.item_uuid = ?", (item.uuid,)) if e.event_date <= posted]
    if event:
        key = clean(event).lower()
        chosen = [e for e in candidates if len(key) >= 4 and e.uuid.startswith(key)]
        if len(chosen) != 1:
            raise VillageError(msg("{v}“{i}”没有待张贴的事件“{e}”（事件须在张贴日期之前发生）",
                                   "{v} '{i}' has no event '{e}' waiting for a posting (the event must precede the posting)",
                                   v=village, i=item.name, e=event))
    else:
        chosen = candidates[:1]
    if not chosen:
        return None
    db.conn.execute("UPDATE village_events SET posting_uuid = ?, updated_at = ? WHERE uuid = ?",
                    (posting_uuid, utc_now(), chosen[0].uuid))
    db.audit("village.event.posted", "village_event", chosen[0].uuid, {"posting": posting_uuid})
    return _events(db, "e.uuid = ?", (chosen[0].uuid,))[0]


class VillageEvents:
    """Recording and listing events; postings clear them through Villages.post."""

    def __init__(self, villages: Villages) -> None:
        self.villages = villages
        self.db = villages.db
        self.calendar = villages.calendar

    def record(self, village: str, item: str, event_date: dt.date, title: str) -> VillageEvent:
        v = self.villages.get(village)
        self.villages.require_own(v.uuid)
        it = self.villages.item(v, item)
        if it.rhythm != "immediate":
            raise VillageError(msg("“{i}”按固定周期公开（{r}），不按事件登记；事件只登记随时公布的事项",
                                   "'{i}' is published on a fixed rhythm ({r}); events are recorded for items published "
                                   "at once only", i=it.name, r=msg("每月", "monthly") if it.rhythm == "monthly"
                                   else msg("每季度", "quarterly")))
        title = clean(title)
        if not title:
            raise VillageError(msg("请写明事件（如“2026年土地承包经营方案经村民会议通过”）",
                                   "Name the event (e.g. 'the 2026 land contracting plan passed the villagers' meeting')"))
        if len(title) > SHORT_TEXT_LIMIT:
            raise VillageError(msg("事件名称过长（{n} 字），最多 {m} 字", "The event title is too long ({n} characters); at most {m}",
                                   n=len(title), m=SHORT_TEXT_LIMIT))
        today = self.villages.today()
        if event_date > today:
            raise VillageError(msg("事件日期 {d} 晚于今天（{t}）：只能登记已经发生的事件", "The event date {d} is after today "
                                   "({t}): only an event that happened can be recorded", d=event_date, t=today))
        due, estimated = posting_due(event_date, self.calendar)
        uuid = str(uuidlib.uuid4())
        now = utc_now()
        with self.db.transaction():
            self.db.conn.execute(
                """INSERT INTO village_events (uuid, site_id, village_uuid, item_uuid, title, event_date, due_date, due_estimated,
                       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (uuid, self.villages.site_id(), v.uuid, it.uuid, title, event_date.isoformat(), due.isoformat(), int(estimated),
                 now, now))
            self.db.audit("village.event", "village_event", uuid, {"village": v.name, "item": it.name, "title": title,
                                                                  "event_date": event_date.isoformat(), "due": due.isoformat()})
        return _events(self.db, "e.uuid = ?", (uuid,))[0]

    def list(self, village: str | None = None, *, open_only: bool = False) -> list[VillageEvent]:
        where, params = ["1"], []
        if village:
            where.append("e.village_uuid = ?")
            params.append(self.villages.get(village).uuid)
        if open_only:
            where.append("e.posting_uuid IS NULL")
        return _events(self.db, " AND ".join(where), tuple(params))

    def next_due(self, item: VillageItem, today: dt.date) -> dt.date | None:
        """When the item must next be posted: a periodic item by the last working day of this period (of the next
        one once posted in this one); an item published 随时 by its earliest open event, or None without one."""
        if item.rhythm == "immediate":
            events = _events(self.db, "e.posting_uuid IS NULL AND e.item_uuid = ?", (item.uuid,))
            return events[0].due_date if events else None
        period = "month" if item.rhythm == "monthly" else "quarter"
        start, end = period_bounds(today, period)
        posted = self.db.conn.execute(
            "SELECT 1 FROM village_postings WHERE item_uuid = ? AND deleted_at IS NULL AND posted_date BETWEEN ? AND ?",
            (item.uuid, start.isoformat(), end.isoformat())).fetchone()
        if posted:
            end = period_bounds(end + dt.timedelta(days=1), period)[1]
        return self.calendar.previous_workday(end)
