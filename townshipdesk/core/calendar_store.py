"""Holiday schedules: the shipped years, overridden by years imported into the database."""

from __future__ import annotations

import json
from dataclasses import dataclass

from townshipdesk.core.store import Database, utc_now
from townshipdesk.core.workdays import WorkCalendar, YearCalendar, parse_year, shipped_years
from townshipdesk.resources import resources_dir


@dataclass(frozen=True)
class YearInfo:
    year: int
    origin: str  # shipped / file / manual / bundle
    source: str
    holidays: int
    workdays: int


def load_calendar(db: Database | None = None) -> WorkCalendar:
    """The calendar in force: shipped years, with any year imported into `db` replacing the shipped one."""
    years = shipped_years(resources_dir() / "calendar")
    if db is not None:
        for row in db.query("SELECT data, source FROM calendar_years"):
            cal = parse_year(json.loads(row["data"]), source=row["source"])
            years[cal.year] = cal
    return WorkCalendar(years)


def year_infos(db: Database | None = None) -> list[YearInfo]:
    """Every known year and where its data comes from."""
    shipped = shipped_years(resources_dir() / "calendar")
    out: dict[int, YearInfo] = {
        y: YearInfo(y, "shipped", c.source, sum(d.is_off_day for d in c.days), sum(not d.is_off_day for d in c.days))
        for y, c in shipped.items()
    }
    if db is not None:
        for row in db.query("SELECT year, data, origin, source FROM calendar_years"):
            cal = parse_year(json.loads(row["data"]))
            out[row["year"]] = YearInfo(row["year"], row["origin"], row["source"], sum(d.is_off_day for d in cal.days),
                                        sum(not d.is_off_day for d in cal.days))
    return [out[y] for y in sorted(out)]


def store_year(db: Database, calendar: YearCalendar, *, origin: str, source: str = "") -> None:
    """Save a validated year, replacing any earlier import of the same year."""
    with db.transaction():
        db.conn.execute(
            "INSERT OR REPLACE INTO calendar_years (year, data, origin, source, imported_at) VALUES (?, ?, ?, ?, ?)",
            (calendar.year, json.dumps(calendar.to_json(), ensure_ascii=False), origin, source, utc_now()),
        )
        db.audit("calendar.import", "calendar_year", str(calendar.year), {"origin": origin, "source": source,
                                                                          "days": len(calendar.days)})
