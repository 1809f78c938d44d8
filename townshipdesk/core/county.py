"""The county's view of its townships, from the bundles they sent: when each last reported, its records,
what is overdue, and how much of its catalog has disclosures — overall and per domain."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

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


def county_overview(db: Database, today: dt.date, year: int) -> tuple[list[TownshipRow], dict[str, list[DomainRow]]]:
    """One row per township that has reported, and per domain one row per township."""
    peers = db.query("SELECT site_id, division_code, name, last_received_at FROM peers ORDER BY division_code")
    rows: dict[str, TownshipRow] = {}
    for p in peers:
        received = p["last_received_at"]
        age = (today - dt.date.fromisoformat(received[:10])).days if received else None
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
    from townshipdesk.core.catalog import PILOT_DOMAINS

    order = {d: i for i, d in enumerate(PILOT_DOMAINS)}
    by_domain = {d: sorted(v.values(), key=lambda r: rows[r.site_id].division_code)
                 for d, v in sorted(domains.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))}
    return list(rows.values()), by_domain
