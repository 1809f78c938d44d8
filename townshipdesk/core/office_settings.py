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


# How the public reaches the office, printed on its consultation notices (征求意见公告: 713号令 Art. 15 asks the
# notice to say how comments are given). Each is free text as the office writes it.
CONTACT_KEYS = {"phone": "office.phone", "address": "office.address", "email": "office.email"}


def office_contact(db: Database | None) -> dict[str, str]:
    """phone, address, email: '' where not set."""
    out = dict.fromkeys(CONTACT_KEYS, "")
    if db is None:
        return out
    for name, key in CONTACT_KEYS.items():
        row = db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        out[name] = row[0] if row else ""
    return out


def set_office_contact(db: Database, **values: str) -> None:
    """Change some of phone / address / email; each change is in the audit log."""
    before = office_contact(db)
    with db.transaction():
        for name, value in values.items():
            value = " ".join(value.split())
            if name in CONTACT_KEYS and value != before[name]:
                db.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (CONTACT_KEYS[name], value))
                db.audit("settings.change", "setting", CONTACT_KEYS[name], {"value": [before[name], value]})
