"""The yearly re-assessment's rules as SQL and dates, without the records register: what the county's overview
needs to count reviews (core/county.py) loads only this, and core/undisclosed_reviews.py builds on it."""

from __future__ import annotations

import datetime as dt

from townshipdesk.core.dates import add_months

UNDISCLOSED_ATTRIBUTES = ("此件依申请公开", "此件不公开")  # disclosures.REASON_REQUIRED: the marks re-assessed yearly
REVIEW_MONTHS = 12

# Written with literals so that migration 0017's partial index serves the lists and the county's counts.
_MARKS = ", ".join(f"'{a}'" for a in UNDISCLOSED_ATTRIBUTES)
UNDISCLOSED = f"r.deleted_at IS NULL AND r.lapse_status IS NULL AND r.attribute IN ({_MARKS})"
# The day the 12 months count from: the last review when there is one, else the formation date (a review dated
# before the formation date is refused). Migration 0017 indexes this very expression.
ANCHOR = "coalesce(r.last_reviewed, r.formed_date)"


def latest_anchor_due_by(today: dt.date) -> dt.date:
    """The latest formation or review date whose review is due on or before `today`: anchors up to it are due.
    12 months back, or the last day of that month when `today` is a month's last day (2025-02-28 → 2024-02-29)."""
    back = add_months(today, -REVIEW_MONTHS)
    if (today + dt.timedelta(days=1)).day == 1:
        back = add_months(back.replace(day=1), 1) - dt.timedelta(days=1)
    return back
