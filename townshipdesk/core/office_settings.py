"""Office settings kept in the database (the `settings` table), as opposed to per-user window settings.

So far: whether a notice period counts its posting day. The law does not (民法典 Art. 201: the day of the
event is not counted); a few counties' own rules say it does, so an office there can switch it on, and the
printed sheet then says so.
"""

from __future__ import annotations

from townshipdesk.core.store import Database

POSTING_DAY_COUNTS = "notice.posting_day_counts"


def posting_day_counts(db: Database | None) -> bool:
    """True when this office counts the posting day as day 1 of a notice (default: not counted)."""
    if db is None:
        return False
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", (POSTING_DAY_COUNTS,)).fetchone()
    return bool(row) and row[0] == "1"


def set_posting_day_counts(db: Database, counts: bool) -> None:
    """Change the setting; the change is in the audit log. Postings already recorded keep their dates."""
    before = posting_day_counts(db)
    if before == counts:
        return
    with db.transaction():
        db.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (POSTING_DAY_COUNTS, "1" if counts else "0"))
        db.audit("settings.change", "setting", POSTING_DAY_COUNTS, {"value": [before, counts]})
