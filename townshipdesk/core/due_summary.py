"""What the 工作台 shows of the due lists: each list's count, its first rows, counts by domain and the years of
estimated due dates — computed in SQL over migration 0012's partial indexes, so the page never builds a Record
for each of the thousands of overdue records a busy office can have. Same records, order and counts as
Disclosures.due_list, which still gives whole lists where a command prints them all."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from townshipdesk.core.disclosures import (
    DUE_ORDER,
    DUE_SOON_WORKING_DAYS,
    EVENT_INDEX,
    EVENT_ORDER,
    OPEN_INDEX,
    PENDING,
    PENDING_INDEX,
    REVIEW_ORDER,
    TO_DISCLOSE,
    WITHOUT_EVENT,
    Disclosures,
    DueList,
    Record,
    _records,
    select_using,
)
from townshipdesk.core.timelimits import parse_time_limit
from townshipdesk.core.undisclosed_reviews import UndisclosedRecord, UndisclosedReviews
from townshipdesk.core.village_events import VillageEvent, open_events

FIRST_ROWS = 200  # what the 工作台's tables hold; the counts stay whole


@dataclass
class DueSummary(DueList):
    """The due lists cut to their first rows, with the whole lists' counts, counts by domain and estimated years."""

    overdue_count: int = 0
    due_soon_count: int = 0
    review_count: int = 0
    by_domain: dict[str, Counter[str]] = field(default_factory=dict)  # domain → overdue / soon / review
    estimated: Counter[int] = field(default_factory=Counter)  # year → listed records with an estimated due date
    # Records marked 此件不公开 / 此件依申请公开 not re-assessed for 12 months (core/undisclosed_reviews.py).
    reassess_count: int = 0
    reassess: list[UndisclosedRecord] = field(default_factory=list)
    # Village events (items published 随时) whose posting is still due, the earliest first; few, so listed whole.
    village_events: list[VillageEvent] = field(default_factory=list)

    @property
    def village_events_overdue(self) -> int:
        return sum(e.overdue(self.today) for e in self.village_events)


def due_summary(records: Disclosures, today: dt.date, *, first_rows: int = FIRST_ROWS,
                include_missing: bool = True) -> DueSummary:
    horizon = records.calendar.add_workdays(today, DUE_SOON_WORKING_DAYS)
    result = DueSummary(today)
    domains = dict(records.db.conn.execute("SELECT uuid, domain FROM catalog_items"))
    iso = today.isoformat()
    overdue = f"{TO_DISCLOSE} AND r.due_date < ?"
    soon = f"{TO_DISCLOSE} AND r.due_date >= ? AND r.due_date <= ?"
    result.overdue_count = _tally(records, result, domains, "overdue", OPEN_INDEX, overdue, (iso,))
    result.due_soon_count = _tally(records, result, domains, "soon", OPEN_INDEX, soon, (iso, horizon.isoformat()))
    result.review_count = _tally(records, result, domains, "review", PENDING_INDEX, PENDING, ())

    # Records still waiting for their event date come first among the due soon; whether a record needs one
    # depends only on its item's 时限, so it is decided once per item, not once per record.
    waiting = {item: n for item, n in records.db.conn.execute(
        f"SELECT r.item_uuid, count(*) FROM disclosures r INDEXED BY {EVENT_INDEX} WHERE {WITHOUT_EVENT} GROUP BY r.item_uuid")}
    limits = dict(records.db.conn.execute("SELECT uuid, time_limit FROM catalog_items"))
    needing = [item for item in waiting if _counts_back_from_event(limits.get(item, ""))]
    for item in needing:
        result.by_domain.setdefault(domains.get(item, ""), Counter())["soon"] += waiting[item]
    result.due_soon_count += sum(waiting[item] for item in needing)

    result.overdue = _first(records, OPEN_INDEX, overdue, DUE_ORDER, (iso,), first_rows)
    if needing:
        marks = ",".join("?" * len(needing))
        result.due_soon = _first(records, EVENT_INDEX, f"{WITHOUT_EVENT} AND r.item_uuid IN ({marks})", EVENT_ORDER, needing,
                                 first_rows)
    result.due_soon += _first(records, OPEN_INDEX, soon, DUE_ORDER, (iso, horizon.isoformat()), first_rows - len(result.due_soon))
    result.waiting_review = _first(records, PENDING_INDEX, PENDING, REVIEW_ORDER, (), first_rows)
    undisclosed = UndisclosedReviews(records)
    result.reassess_count = undisclosed.due_count(today)
    result.reassess = undisclosed.list(today, due_only=True, limit=first_rows) if result.reassess_count else []
    if include_missing:
        result.missing = records.missing_periodic(today)
    result.village_events = open_events(records.db)
    return result


def _tally(records: Disclosures, result: DueSummary, domains: dict[str, str], key: str, index: str, where: str,
           params: tuple[str, ...]) -> int:
    """Count one list by item (and estimated year) from the index alone; add to the domain and estimate counts."""
    total = 0
    for item, year, n in records.db.conn.execute(
            f"SELECT r.item_uuid, CASE WHEN r.due_estimated THEN substr(r.due_date, 1, 4) END, count(*) "
            f"FROM disclosures r INDEXED BY {index} WHERE {where} GROUP BY 1, 2", params):
        total += n
        result.by_domain.setdefault(domains.get(item, ""), Counter())[key] += n
        if year:
            result.estimated[int(year)] += n
    return total


def _first(records: Disclosures, index: str, where: str, order: str, params: tuple[str, ...] | list[str],
           limit: int) -> list[Record]:
    if limit <= 0:
        return []
    return _records(records.db, f"SELECT {select_using(index)} WHERE {where} ORDER BY {order} LIMIT ?", (*params, limit))


def _counts_back_from_event(time_limit: str) -> bool:
    rule = parse_time_limit(time_limit)
    return rule is not None and rule.primary.kind == "before_event"
