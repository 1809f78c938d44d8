"""The county's view of its townships, from the bundles they sent: when each last reported, its records,
what is overdue, and how much of its catalog has disclosures — overall and per domain."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from townshipdesk.core.decision_due import ParticipationCounts, participation_counts
from townshipdesk.core.localtime import CHINA_TIME, to_china
from townshipdesk.core.numbers import number_or_short_id
from townshipdesk.core.store import Database
from townshipdesk.core.timelimits import parse_time_limit

PUBLISHABLE = ("此件公开发布", "此件删减后公开")


@dataclass
class TownshipRow:
    site_id: str
    division_code: str
    name: str
    last_received_at: str | None
    age_days: int | None
    records: int = 0
    published: int = 0
    overdue: int = 0
    catalog_items: int = 0
    covered_items: int = 0
    village_postings: int = 0
    undisclosed: int = 0  # records marked 此件不公开 / 此件依申请公开, not lapsed (all years)
    reviews_overdue: int = 0  # … of them not re-assessed for 12 months (core/undisclosed_reviews.py)
    reviews_in_year: int = 0
    made_public_in_year: int = 0  # reviews of the year that made a record public
    lapsed: int = 0  # policies marked 失效 or 废止 with a date in the year
    village_events_overdue: int = 0  # events of items published 随时 past their posting due date, not posted
    village_events: int = 0  # events of the year (by event date)
    village_events_posted: int = 0  # … whose posting went up
    village_events_late: int = 0  # … posted after the due date
    # 回应关切: seen in the year (all, major, answered, answered late) and open now (overdue or not)
    concerns: int = 0
    concerns_major: int = 0
    concerns_open: int = 0
    concerns_overdue: int = 0
    concerns_responded: int = 0
    concerns_late: int = 0
    participation: ParticipationCounts = field(default_factory=ParticipationCounts)  # 公众参与 (decisions)

    @property
    def coverage(self) -> float:
        return self.covered_items / self.catalog_items if self.catalog_items else 0.0

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "coverage": round(self.coverage, 4)}


@dataclass
class DomainRow:
    domain: str
    site_id: str
    name: str
    catalog_items: int = 0
    covered_items: int = 0
    records: int = 0
    overdue: int = 0

    @property
    def coverage(self) -> float:
        return self.covered_items / self.catalog_items if self.catalog_items else 0.0


@dataclass(frozen=True)
class OverdueRecord:
    """A township's record past its due date and not published: what the county phones about, by 乡镇 and number."""

    township: str
    number: str
    title: str
    domain: str
    item: str
    formed_date: str
    due_date: str


def overdue_records(db: Database, today: dt.date, year: int) -> list[OverdueRecord]:
    """Every township's records formed in `year` that are overdue on `today` (to be disclosed, not published),
    by township (division code), then due date."""
    marks = ",".join("?" * len(PUBLISHABLE))
    rows = db.conn.execute(
        f"""SELECT p.name, r.number, r.uuid, r.title, i.domain,
                   CASE WHEN i.level2 = '' THEN i.level1 ELSE i.level1 || ' / ' || i.level2 END, r.formed_date, r.due_date
            FROM disclosures r JOIN peers p ON p.site_id = r.site_id JOIN catalog_items i ON i.uuid = r.item_uuid
            WHERE r.deleted_at IS NULL AND r.formed_date BETWEEN ? AND ? AND r.state != 'published'
                  AND r.due_date IS NOT NULL AND r.due_date < ? AND r.attribute IN ({marks})
            ORDER BY p.division_code, r.due_date, r.number""",
        [f"{year}-01-01", f"{year}-12-31", today.isoformat(), *PUBLISHABLE]).fetchall()
    return [OverdueRecord(name, number_or_short_id(number, uuid), title, domain, item, formed, due)
            for name, number, uuid, title, domain, item, formed, due in rows]


@lru_cache(maxsize=4096)
def _on_request(time_limit: str) -> bool:
    # Thirty townships' catalogs repeat the same few hundred 时限 texts: each is parsed once.
    rule = parse_time_limit(time_limit)
    return rule is not None and rule.primary.kind == "on_request"


def _countable_items(db: Database, site_ids: list[str]) -> dict[str, tuple[str, str]]:
    """Active catalog items that call for proactive disclosure (not on request only): uuid → (site, domain)."""
    marks = ",".join("?" * len(site_ids))
    out = {}
    for uuid, site, domain, time_limit, mode in db.conn.execute(
            f"SELECT uuid, site_id, domain, time_limit, mode FROM catalog_items WHERE retired_at IS NULL AND site_id IN ({marks})",
            site_ids):
        if _on_request(time_limit) or '"主动"' not in mode:
            continue
        out[uuid] = (site, domain)
    return out


def _domains_of_foreign_items(db: Database, per_item: list[tuple], known: dict[str, str]) -> dict[str, str]:
    """Domains of items a township's records point at but another site owns (rare): looked up by key."""
    missing = list({item for _, item, *_ in per_item if item not in known})
    found: dict[str, str] = {}
    for chunk in range(0, len(missing), 500):
        part = missing[chunk:chunk + 500]
        found.update(db.conn.execute(
            f"SELECT uuid, domain FROM catalog_items WHERE uuid IN ({','.join('?' * len(part))})", part))
    return found


def county_overview(db: Database, today: dt.date, year: int, *, now: dt.datetime | None = None
                    ) -> tuple[list[TownshipRow], dict[str, list[DomainRow]]]:
    """One row per township that has reported, and per domain one row per township. Concerns are counted as of
    `now` (their clock runs in hours); by default the present moment, or the end of `today` when it is past."""
    peers = db.query("SELECT site_id, division_code, name, last_received_at FROM peers ORDER BY division_code")
    rows: dict[str, TownshipRow] = {}
    for p in peers:
        received = p["last_received_at"]
        moment = to_china(received) if received else None  # the day it arrived at the county office, China time
        age = (today - moment.date()).days if moment else None
        rows[p["site_id"]] = TownshipRow(p["site_id"], p["division_code"], p["name"], received, age)
    if not rows:
        return [], {}
    site_ids = list(rows)
    marks = ",".join("?" * len(site_ids))
    start, end = f"{year}-01-01", f"{year}-12-31"
    iso = today.isoformat()
    pub_marks = ",".join("?" * len(PUBLISHABLE))
    # One pass over the year's records, per township and catalog item (a covering index, no table look-ups);
    # township, domain and coverage figures are sums of these few thousand rows.
    per_item = db.conn.execute(
        f"""SELECT site_id, item_uuid, count(*), sum(state = 'published'),
                   sum(state != 'published' AND due_date IS NOT NULL AND due_date < ? AND attribute IN ({pub_marks}))
            FROM disclosures
            WHERE deleted_at IS NULL AND site_id IN ({marks}) AND formed_date BETWEEN ? AND ?
            GROUP BY site_id, item_uuid""", [iso, *PUBLISHABLE, *site_ids, start, end]).fetchall()
    item_domains = dict(db.conn.execute(f"SELECT uuid, domain FROM catalog_items WHERE site_id IN ({marks})", site_ids))
    item_domains.update(_domains_of_foreign_items(db, per_item, item_domains))
    covered = set()
    domains: dict[str, dict[str, DomainRow]] = {}
    for site, item, total, published, overdue in per_item:
        row = rows[site]
        row.records += total
        row.published += published or 0
        row.overdue += overdue or 0
        covered.add(item)
        domain = item_domains.get(item)
        if domain is not None:  # a record whose item has not arrived yet is counted for its township only
            d = domains.setdefault(domain, {}).setdefault(site, DomainRow(domain, site, row.name))
            d.records += total
            d.overdue += overdue or 0
    for uuid, (site, domain) in _countable_items(db, site_ids).items():
        rows[site].catalog_items += 1
        d = domains.setdefault(domain, {}).setdefault(site, DomainRow(domain, site, rows[site].name))
        d.catalog_items += 1
        if uuid in covered:
            rows[site].covered_items += 1
            d.covered_items += 1
    for site, count in db.conn.execute(
            f"""SELECT v.site_id, count(*) FROM village_postings p JOIN villages v ON v.uuid = p.village_uuid
                WHERE p.deleted_at IS NULL AND v.site_id IN ({marks}) AND p.posted_date BETWEEN ? AND ? GROUP BY v.site_id""",
            [*site_ids, start, end]):
        rows[site].village_postings = count
    _count_reviews_and_lapses(db, rows, today, start, end)
    for site, events, posted, late in db.conn.execute(
            f"""SELECT e.site_id, count(*), count(p.uuid), sum(p.posted_date > e.due_date)
                FROM village_events e LEFT JOIN village_postings p ON p.uuid = e.posting_uuid
                WHERE e.deleted_at IS NULL AND e.site_id IN ({marks}) AND e.event_date BETWEEN ? AND ? GROUP BY e.site_id""",
            [*site_ids, start, end]):
        row = rows[site]
        row.village_events, row.village_events_posted, row.village_events_late = events, posted, late or 0
    for site, count in db.conn.execute(
            f"""SELECT site_id, count(*) FROM village_events INDEXED BY village_events_open
                WHERE posting_uuid IS NULL AND deleted_at IS NULL AND due_date < ? AND site_id IN ({marks}) GROUP BY site_id""",
            [iso, *site_ids]):
        rows[site].village_events_overdue = count
    _count_concerns(db, rows, today, year, now)
    for site, counts in participation_counts(db, site_ids, today, year).items():
        rows[site].participation = counts
    from townshipdesk.core.catalog import PILOT_DOMAINS

    order = {d: i for i, d in enumerate(PILOT_DOMAINS)}
    by_domain = {d: sorted(v.values(), key=lambda r: rows[r.site_id].division_code)
                 for d, v in sorted(domains.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))}
    return list(rows.values()), by_domain


def _count_reviews_and_lapses(db: Database, rows: dict[str, TownshipRow], today: dt.date, start: str, end: str) -> None:
    """Per township: what is not disclosed and overdue for its yearly review, the year's reviews, lapsed policies."""
    from townshipdesk.core.undisclosed_rules import ANCHOR, UNDISCLOSED, latest_anchor_due_by

    marks = ",".join("?" * len(rows))
    cut = latest_anchor_due_by(today).isoformat()
    for site, undisclosed, overdue in db.conn.execute(
            f"SELECT r.site_id, count(*), sum({ANCHOR} <= ?) FROM disclosures r WHERE {UNDISCLOSED} AND r.site_id IN ({marks}) "
            "GROUP BY r.site_id", [cut, *rows]):
        rows[site].undisclosed, rows[site].reviews_overdue = undisclosed, overdue or 0
    for site, reviews, made_public in db.conn.execute(
            f"""SELECT site_id, count(*), sum(outcome = '转为主动公开') FROM undisclosed_reviews
                WHERE site_id IN ({marks}) AND reviewed_on BETWEEN ? AND ? GROUP BY site_id""", [*rows, start, end]):
        rows[site].reviews_in_year, rows[site].made_public_in_year = reviews, made_public or 0
    for site, lapsed in db.conn.execute(
            f"""SELECT site_id, count(*) FROM disclosures WHERE deleted_at IS NULL AND lapse_status IS NOT NULL
                AND site_id IN ({marks}) AND lapse_date BETWEEN ? AND ? GROUP BY site_id""", [*rows, start, end]):
        rows[site].lapsed = lapsed


def _count_concerns(db: Database, rows: dict[str, TownshipRow], today: dt.date, year: int, now: dt.datetime | None) -> None:
    from townshipdesk.core.concerns import county_counts

    if now is None:
        now = min(dt.datetime.now(dt.UTC), dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), CHINA_TIME))
    for site, counts in county_counts(db, list(rows), now, year).items():
        row = rows[site]
        row.concerns, row.concerns_major, row.concerns_responded = counts["seen"], counts["major"], counts["responded"]
        row.concerns_open, row.concerns_overdue, row.concerns_late = counts["open"], counts["overdue"], counts["late"]
