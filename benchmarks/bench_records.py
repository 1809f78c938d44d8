"""Disclosure records at scale: due/overdue list over 100,000 records (target ≤ 200 ms) and
10,000 deadline computations (target ≤ 0.5 s).

Run: .venv/bin/python benchmarks/bench_records.py
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from townshipdesk.core.calendar_store import load_calendar  # noqa: E402
from townshipdesk.core.catalog import Catalog  # noqa: E402
from townshipdesk.core.deadlines import compute_deadline  # noqa: E402
from townshipdesk.core.disclosures import Disclosures  # noqa: E402
from townshipdesk.core.site import init_site  # noqa: E402
from townshipdesk.core.store import Database, utc_now  # noqa: E402
from townshipdesk.resources import catalogs_dir  # noqa: E402

RECORDS = 100_000
TODAY = dt.date(2026, 11, 28)


def fill(db: Database, records: Disclosures, rng: random.Random) -> None:
    """100,000 records over five years, spread over the shipped catalog, with due dates computed for real."""
    items = records.catalog.items()
    cal = records.calendar
    rows = []
    now = utc_now()
    for _ in range(RECORDS):
        item = rng.choice(items)
        formed = TODAY - dt.timedelta(days=rng.randint(0, 5 * 365))
        try:
            due = compute_deadline(item.time_limit, formed, cal).due
        except Exception:  # standing items and the like have none
            due = None
        state = rng.choices(["published", "draft", "pending", "reviewed"], [90, 5, 3, 2])[0]
        rows.append((str(uuid.uuid4()), item.uuid, f"{item.level2}（{formed:%Y年%m月}）", formed.isoformat(),
                     due.isoformat() if due else None, due.isoformat() if due else None,
                     json.dumps(item.channels, ensure_ascii=False), state,
                     (formed + dt.timedelta(days=3)).isoformat() if state == "published" else None, now, now))
    with db.transaction():
        db.conn.executemany(
            """INSERT INTO disclosures (uuid, item_uuid, title, formed_date, due_date, due_computed, channels, state,
                   publish_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows)


def main() -> None:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "bench.sqlite3")
        init_site(db, "township", "530902100000", "基准测试镇")
        Catalog(db).install_shipped(catalogs_dir())
        records = Disclosures(db, load_calendar(db))
        t = time.perf_counter()
        fill(db, records, rng)
        print(f"set-up: {RECORDS} records in {time.perf_counter() - t:.1f} s")

        times = []
        for _ in range(7):
            t = time.perf_counter()
            due = records.due_list(TODAY)
            times.append(time.perf_counter() - t)
        print(f"due/overdue list over {RECORDS} records: median {statistics.median(times) * 1000:.0f} ms "
              f"(target ≤ 200 ms) — {len(due.overdue)} overdue, {len(due.due_soon)} due soon, "
              f"{len(due.waiting_review)} waiting review, {len(due.missing)} periodic items missing")

        texts = [i.time_limit for i in records.catalog.items()] + ["自作出决定之日起7个工作日内", "批复后20日内", "每月10日前公开上月情况"]
        cases = [(rng.choice(texts), dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 7 * 365))) for _ in range(10_000)]
        times = []
        for _ in range(5):
            t = time.perf_counter()
            for text, start in cases:
                compute_deadline(text, start, records.calendar)
            times.append(time.perf_counter() - t)
        print(f"10,000 deadline computations: median {statistics.median(times):.3f} s (target ≤ 0.5 s)")
        db.close()


if __name__ == "__main__":
    main()
