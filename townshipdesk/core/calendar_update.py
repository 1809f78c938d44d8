"""Taking in a year's holiday schedule: store it, then recompute the due dates that were estimates."""

from __future__ import annotations

from townshipdesk.core.calendar_store import load_calendar, store_year
from townshipdesk.core.disclosures import Disclosures
from townshipdesk.core.store import Database
from townshipdesk.core.workdays import YearCalendar


def take_in_year(db: Database, year: YearCalendar, *, origin: str, source: str = "") -> int:
    """Store `year` (replacing an earlier import of it) and recompute estimated due dates; returns how many
    records got a new due date."""
    store_year(db, year, origin=origin, source=source)
    return Disclosures(db, load_calendar(db)).recompute_estimated()
