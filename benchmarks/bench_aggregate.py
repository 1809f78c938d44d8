"""A county that has received TOWNSHIPS townships' bundles of RECORDS records each, built straight into its
database (the rows an import would leave: peers, each township's catalog, its records and village postings),
so the county aggregate can be measured without 30 signed round trips.

Run: .venv/bin/python benchmarks/bench_aggregate.py FOLDER [TOWNSHIPS RECORDS]   (prints the build time)
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

COUNTY_NAME = "某某县政府办"
STATES = ["published"] * 8 + ["draft", "pending"]


def build_county(folder: Path, townships: int = 30, records: int = 10_000, seed: int = 5) -> Path:
    """The county's data folder with `townships` × `records` disclosures of 2026 received; returns the folder."""
    from townshipdesk.core.catalog import Catalog
    from townshipdesk.core.site import init_site
    from townshipdesk.core.store import Database, utc_now
    from townshipdesk.resources import catalogs_dir

    rng = random.Random(seed)
    db = Database(folder / "townshipdesk.sqlite3")
    county = init_site(db, "county", "530902000000", COUNTY_NAME)
    Catalog(db).install_shipped(catalogs_dir())
    columns = [r[1] for r in db.conn.execute("PRAGMA table_info(catalog_items)") if r[1] not in ("uuid", "site_id")]
    shipped = db.conn.execute(f"SELECT {', '.join(columns)} FROM catalog_items WHERE site_id = ?",
                              (county.site_id,)).fetchall()
    now = utc_now()
    with db.transaction():
        for n in range(townships):
            site = str(uuid.uuid4())
            db.conn.execute("INSERT INTO peers (site_id, division_code, name, last_received_at) VALUES (?, ?, ?, ?)",
                            (site, f"530902{n + 100:03d}000", f"第{n + 1}镇", f"2026-11-{1 + n % 27:02d}T08:00:00Z"))
            items = [str(uuid.uuid4()) for _ in shipped]
            db.conn.executemany(f"INSERT INTO catalog_items (uuid, site_id, {', '.join(columns)}) "
                                f"VALUES (?, ?{', ?' * len(columns)})",
                                [(u, site, *row) for u, row in zip(items, shipped, strict=True)])
            rows = []
            for i in range(records):
                formed = dt.date(2025, 12, 1) + dt.timedelta(days=rng.randint(0, 360))
                rows.append((str(uuid.uuid4()), site, rng.choice(items), f"第{i}号公开信息", formed.isoformat(),
                             (formed + dt.timedelta(days=28)).isoformat(), rng.choice(STATES),
                             rng.choice(["此件公开发布"] * 6 + ["此件删减后公开", "此件不公开"]),
                             now if i % 50 == 0 else None, now, now))
            db.conn.executemany("""INSERT INTO disclosures (uuid, site_id, item_uuid, title, formed_date, due_date, state,
                                   attribute, deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                                rows)
    db.close()
    return folder


if __name__ == "__main__":
    target = Path(sys.argv[1])
    sizes = [int(x) for x in sys.argv[2:4]] or [30, 10_000]
    start = time.perf_counter()
    build_county(target, *sizes)
    print(f"built {sizes[0]} townships × {sizes[1]} records in {time.perf_counter() - start:.1f} s")
