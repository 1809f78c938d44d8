"""回应关切 / 政务舆情: the register of public concerns an office must answer, and their clock in hours.

A concern is seen somewhere (网络, 媒体, 12345热线, 信访, 领导信箱, 村民反映) at a minute of the day; it is answered
within 24 hours when it is major (影响重大), within 48 hours otherwise:
- seed 003 (the county's 基层政务公开标准化规范化 plan): "对影响重大的政务舆情，24小时内回应；其余应在48小时内回应";
- 国办发〔2016〕61号 (国务院办公厅关于在政务公开工作中进一步做好政务舆情回应的通知): "对涉及特别重大、重大突发事件的
  政务舆情，要快速反应、及时发声，最迟应在24小时内举行新闻发布会，对其他政务舆情应在48小时内予以回应".
Both texts say 小时, not 工作日: the hours are clock hours and run straight through nights, weekends and the
statutory holidays (a rumour does not wait for Monday), unlike every other period in the app.

Times are stored in UTC and shown in the office's time, Asia/Shanghai (UTC+8 all year: China has kept no summer
time since 1991, so a fixed offset is exact and needs no time-zone database on the office's Windows PC).
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from townshipdesk.core.localtime import CHINA_TIME
from townshipdesk.core.numbers import CONCERN_NUMBERS
from townshipdesk.core.site import own_site_id, require_own
from townshipdesk.core.store import Database, utc_now
from townshipdesk.core.text import SHORT_TEXT_LIMIT, clean
from townshipdesk.errors import ConcernError
from townshipdesk.i18n import msg

MAJOR_HOURS = 24
NORMAL_HOURS = 48

SOURCES = ("网络", "媒体", "12345热线", "信访", "领导信箱", "村民反映")  # their English names: wording/concerns.py
SOURCE_ALIASES = {"online": "网络", "internet": "网络", "web": "网络", "互联网": "网络", "网上": "网络", "media": "媒体", "新闻媒体": "媒体",
                  "12345": "12345热线", "hotline": "12345热线", "热线": "12345热线", "petition": "信访", "mailbox": "领导信箱",
                  "villagers": "村民反映", "villager": "村民反映"}
# Suggested in the window; any channel the office used may be written.
RESPONSE_CHANNELS = ("政府网站", "政务新媒体", "新闻发布会", "媒体采访", "12345平台回复", "电话回复", "书面答复", "当面答复",
                     "村务公开栏")
STATES = {"open": ("待回应", "awaiting a response"), "overdue": ("逾期未回应", "overdue"),
          "responded": ("已回应", "responded"), "late": ("逾期回应", "responded late")}
OPEN_STATES = ("open", "overdue")


def to_utc(moment: dt.datetime) -> dt.datetime:
    """A time as the clerk gave it (naive: the office's local time) in UTC, to the minute."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=CHINA_TIME)
    return aware.astimezone(dt.UTC).replace(second=0, microsecond=0)


def local(moment: dt.datetime) -> dt.datetime:
    """A UTC time as the office reads it (naive local time)."""
    return moment.astimezone(CHINA_TIME).replace(tzinfo=None)


def stored(moment: dt.datetime) -> str:
    """The storage form: UTC ISO 8601, 2026-12-01T01:30:00Z."""
    return to_utc(moment).isoformat().replace("+00:00", "Z")


def from_stored(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def shown(moment: dt.datetime | None) -> str | None:
    """Local time to the minute in ISO form, as `--json` gives it: 2026-12-02T09:30."""
    return local(moment).strftime("%Y-%m-%dT%H:%M") if moment else None


def shown_text(moment: dt.datetime | None) -> str:
    """Local time to the minute for people: 2026-12-02 09:30."""
    return local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def source_code(value: str) -> str:
    value = clean(value)
    code = SOURCE_ALIASES.get(value.lower(), value)
    if code not in SOURCES:
        # In English each source with the first English word it may be typed as (online, media, hotline …).
        typed = {c: next((a for a, to in SOURCE_ALIASES.items() if to == c and a.isascii() and a.isalpha()), c)
                 for c in SOURCES}
        raise ConcernError(msg("来源“{v}”无效；应为：{s}", "Unknown source '{v}'; use one of: {e}", v=value,
                               s="、".join(SOURCES), e=", ".join(f"{c} ({typed[c]})" for c in SOURCES)))
    return code


@dataclass
class Concern:
    uuid: str
    site_id: str
    number: str
    source: str
    title: str
    details: str
    seen_at: str
    major: int
    responder: str
    responded_at: str | None
    response_channel: str
    response_text: str
    response_sha256: str | None
    response_file: str

    @property
    def seen(self) -> dt.datetime:
        return from_stored(self.seen_at)

    @property
    def responded(self) -> dt.datetime | None:
        return from_stored(self.responded_at) if self.responded_at else None

    @property
    def hours(self) -> int:
        return MAJOR_HOURS if self.major else NORMAL_HOURS

    @property
    def due(self) -> dt.datetime:
        # Clock hours (seed 003, 国办发〔2016〕61号 say 小时): no calendar of working days applies.
        return self.seen + dt.timedelta(hours=self.hours)

    @property
    def short_id(self) -> str:
        return self.number or self.uuid[:8]


@dataclass(frozen=True)
class ConcernClock:
    state: str  # open, overdue, responded, late
    due: dt.datetime
    minutes_left: int | None  # until due (negative once overdue); None once responded
    late_minutes: int  # responded or still open after due: by how many minutes

    @property
    def overdue(self) -> bool:
        return self.state == "overdue"

    @property
    def hours_left(self) -> float | None:
        return None if self.minutes_left is None else round(self.minutes_left / 60, 1)


def clock_of(c: Concern, now: dt.datetime) -> ConcernClock:
    due = c.due
    answered = c.responded
    if answered is not None:
        late = max(0, int((answered - due).total_seconds() // 60))
        return ConcernClock("late" if answered > due else "responded", due, None, late)
    left = int((due - now).total_seconds() // 60)
    return ConcernClock("overdue" if left < 0 else "open", due, left, max(0, -left))


def to_json(c: Concern, clock: ConcernClock) -> dict[str, Any]:
    return {"id": c.uuid, "number": c.number, "source": c.source, "title": c.title, "details": c.details,
            "seen": shown(c.seen), "seen_at": c.seen_at, "major": bool(c.major), "hours": c.hours, "responder": c.responder,
            "due": shown(clock.due), "state": clock.state, "state_label": STATES[clock.state][0],
            "overdue": clock.overdue, "hours_left": clock.hours_left, "minutes_left": clock.minutes_left,
            "late_minutes": clock.late_minutes, "responded": shown(c.responded), "responded_at": c.responded_at,
            "response_channel": c.response_channel, "response_text": c.response_text,
            "response_file": c.response_file, "response_sha256": c.response_sha256, "site_id": c.site_id}


_COLUMNS = ("uuid, site_id, number, source, title, details, seen_at, major, responder, responded_at, response_channel, "
            "response_text, response_sha256, response_file")


class Concerns:
    """The register. `now` (a time, or a function giving one) is when "now" is: tests and screenshots fix it."""

    def __init__(self, db: Database, now: dt.datetime | Callable[[], dt.datetime] | None = None) -> None:
        self.db = db
        self._now = now

    def now(self) -> dt.datetime:
        moment = self._now() if callable(self._now) else self._now
        return to_utc(moment) if moment is not None else dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)

    def clock(self, c: Concern) -> ConcernClock:
        return clock_of(c, self.now())

    def _site(self) -> str:
        return own_site_id(self.db)

    def _rows(self, where: str, params: tuple[Any, ...] = ()) -> list[Concern]:
        return [Concern(**row) for row in self.db.query(f"SELECT {_COLUMNS} FROM concerns WHERE deleted_at IS NULL AND "
                                                        f"{where}", params)]

    def get(self, ident: str) -> Concern:
        """By its number (关切2026-001; this office's first at the county) or its id (4+ leading hex digits)."""
        ident = clean(ident)
        number = CONCERN_NUMBERS.parse(ident) or ident  # 关切2026-1, ２０２６－001 …
        rows = self._rows("number = ? ORDER BY site_id != ?", (number, self._site()))[:1]
        if not rows and len(ident) >= 4:
            rows = self._rows("uuid LIKE ?", (ident.lower() + "%",))
        if len(rows) != 1:
            raise ConcernError(msg("找不到关切“{id}”", "No concern '{id}'", id=ident) if not rows else
                               msg("编号“{id}”对应多条关切", "Id '{id}' matches several concerns", id=ident))
        return rows[0]

    def _text(self, value: str, zh: str, en: str, *, required: bool = False, limit: int = SHORT_TEXT_LIMIT) -> str:
        text = clean(value)
        if required and not text:
            raise ConcernError(msg("请填写{w}", "{wen} is required", w=zh, wen=en))
        if len(text) > limit:
            raise ConcernError(msg("{w}过长（{n} 字，上限 {m}）", "{wen} is too long ({n} characters, limit {m})", w=zh,
                                   wen=en, n=len(text), m=limit))
        return text

    def _not_future(self, moment: dt.datetime, zh: str, en: str) -> None:
        now = self.now()
        if to_utc(moment) > now:
            raise ConcernError(msg("{w}（{t}）不能晚于现在（{n}）", "{wen} ({t}) cannot be later than now ({n})", w=zh, wen=en,
                                   t=shown_text(to_utc(moment)), n=shown_text(now)))

    def add(self, seen: dt.datetime, source: str, title: str, *, major: bool = False, responder: str = "",
            details: str = "") -> Concern:
        """`seen`: when the office saw it (naive = local time). The answer is due 24 or 48 hours after."""
        code = source_code(source)
        title = self._text(title, "关切事项（标题）", "The concern's title", required=True)
        self._not_future(seen, "发现时间", "The time it was seen")
        site = self._site()
        uuid = str(uuidlib.uuid4())
        now = utc_now()
        with self.db.transaction():
            number = CONCERN_NUMBERS.take(self.db.conn, site, local(to_utc(seen)).year)
            self.db.conn.execute(
                """INSERT INTO concerns (uuid, site_id, number, source, title, details, seen_at, major, responder,
                       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (uuid, site, number, code, title, self._text(details, "详细情况", "The details", limit=100_000),
                 stored(seen), int(major), self._text(responder, "回应责任人", "The responder"), now, now))
            self.db.audit("concern.add", "concern", uuid, {"number": number, "source": code, "seen": stored(seen),
                                                           "major": bool(major)})
        return self.get(uuid)

    def respond(self, ident: str, at: dt.datetime, channel: str, text: str = "", *,
                attachment: tuple[str, str] | None = None) -> Concern:
        """Record the answer: when, how, and what (text and/or a stored file given as (sha256, file name))."""
        c = self.get(ident)
        require_own(self.db, c.site_id)
        if c.responded_at:
            raise ConcernError(msg("关切 {n} 已于 {t} 回应，不能重复登记", "Concern {n} was answered at {t}; it cannot be "
                                   "answered twice", n=c.short_id, t=shown_text(c.responded)))
        channel = self._text(channel, "回应方式", "The response channel", required=True)
        text = self._text(text, "回应内容", "The response", limit=100_000)
        if not text and attachment is None:
            raise ConcernError(msg("请写明回应内容或附上回应文件", "Give the response's text or attach its file"))
        self._not_future(at, "回应时间", "The response time")
        if to_utc(at) < c.seen:
            raise ConcernError(msg("回应时间（{a}）不能早于发现时间（{s}）", "The response ({a}) cannot be before the concern was "
                                   "seen ({s})", a=shown_text(to_utc(at)), s=shown_text(c.seen)))
        digest, name = attachment if attachment else (None, "")
        with self.db.transaction():
            self.db.conn.execute(
                """UPDATE concerns SET responded_at = ?, response_channel = ?, response_text = ?, response_sha256 = ?,
                       response_file = ?, updated_at = ? WHERE uuid = ?""",
                (stored(at), channel, text, digest, clean(name), utc_now(), c.uuid))
            self.db.audit("concern.respond", "concern", c.uuid, {"at": stored(at), "channel": channel, "file": name})
        return self.get(c.uuid)

    def all(self) -> list[Concern]:
        return self._rows("1 ORDER BY seen_at DESC, number DESC")

    def open_due(self) -> list[tuple[Concern, ConcernClock]]:
        """The open concerns, most urgent first: overdue ones (longest overdue first), then by time left."""
        now = self.now()
        pairs = [(c, clock_of(c, now)) for c in self._rows("responded_at IS NULL")]
        return sorted(pairs, key=lambda pair: (pair[1].due, pair[0].number))

    def seen_between(self, start: dt.date, end: dt.date) -> list[Concern]:
        """Concerns seen from `start` to `end` (local days, both included), in the order they were seen."""
        if end < start:
            raise ConcernError(msg("结束日期（{e}）不能早于开始日期（{s}）", "The end ({e}) cannot be before the start ({s})",
                                   e=end, s=start))
        low = stored(dt.datetime.combine(start, dt.time()))
        high = stored(dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
        return self._rows("seen_at >= ? AND seen_at < ? ORDER BY seen_at, number", (low, high))


def county_counts(db: Database, site_ids: list[str], now: dt.datetime, year: int) -> dict[str, dict[str, int]]:
    """Per township: concerns seen in `year` (all, major, responded, responded late) and those open now, overdue
    or not, whatever their year (an open concern from last December still needs its answer)."""
    marks = ",".join("?" * len(site_ids))
    out: dict[str, dict[str, int]] = {s: dict.fromkeys(("seen", "major", "open", "overdue", "responded", "late"), 0)
                                      for s in site_ids}
    low = stored(dt.datetime(year, 1, 1))
    high = stored(dt.datetime(year + 1, 1, 1))
    now_utc = to_utc(now)
    for row in db.query(f"SELECT {_COLUMNS} FROM concerns WHERE deleted_at IS NULL AND site_id IN ({marks}) "
                        "AND (responded_at IS NULL OR (seen_at >= ? AND seen_at < ?))", (*site_ids, low, high)):
        c = Concern(**row)
        clock = clock_of(c, now_utc)
        counts = out[c.site_id]
        if clock.state in OPEN_STATES:
            counts["open"] += 1
            counts["overdue"] += clock.state == "overdue"
        if low <= c.seen_at < high:
            counts["seen"] += 1
            counts["major"] += bool(c.major)
            counts["responded"] += clock.state in ("responded", "late")
            counts["late"] += clock.state == "late"
    return out
