"""Sync at scale: export and import of 10,000 records with 200 attachments (targets ≤ 2 s and ≤ 3 s, size
reported), and aggregating 30 townships × 10,000 records (target ≤ 30 s).

Run: .venv/bin/python benchmarks/bench_sync.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from townshipdesk.core.catalog import Catalog  # noqa: E402
from townshipdesk.core.county import county_overview  # noqa: E402
from townshipdesk.core.site import init_site  # noqa: E402
from townshipdesk.core.store import Database, utc_now  # noqa: E402
from townshipdesk.io.attachments import store_file  # noqa: E402
from townshipdesk.io.excel.aggregate_writer import export_aggregate  # noqa: E402
from townshipdesk.resources import catalogs_dir  # noqa: E402
from townshipdesk.sync.keys import export_card  # noqa: E402
from townshipdesk.sync.service import Sync  # noqa: E402

RECORDS = 10_000
FILES = 200


def office(root: Path, name: str, role: str, code: str) -> tuple[Database, Path]:
    data = root / name
    db = Database(data / "townshipdesk.sqlite3")
    init_site(db, role, code, name)
    Catalog(db).install_shipped(catalogs_dir())
    return db, data


def fill(db: Database, data: Path, rng: random.Random, files: int) -> None:
    site = db.conn.execute("SELECT site_id FROM site").fetchone()[0]
    items = [r[0] for r in db.conn.execute("SELECT uuid FROM catalog_items WHERE site_id = ?", (site,))]
    now = utc_now()
    rows = []
    for i in range(RECORDS):
        formed = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
        state = rng.choice(["published"] * 8 + ["draft", "pending"])
        rows.append((str(uuid.uuid4()), site, rng.choice(items), f"第{i}号公开信息（{formed:%m月}）", formed.isoformat(),
                     (formed + dt.timedelta(days=28)).isoformat(), json.dumps(["政府网站"], ensure_ascii=False), state, now, now))
    with db.transaction():
        db.conn.executemany("""INSERT INTO disclosures (uuid, site_id, item_uuid, title, formed_date, due_date, channels, state,
                               created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows)
        tmp = data / "src"
        tmp.mkdir(exist_ok=True)
        for n in range(files):
            f = tmp / f"附件{n}.pdf"
            f.write_bytes(os.urandom(20_000))  # 20 KB scans, incompressible
            digest, size = store_file(data, f)
            db.conn.execute("INSERT INTO disclosure_files (uuid, disclosure_uuid, sha256, filename, size, added_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)", (str(uuid.uuid4()), rows[n][0], digest, f.name, size, now))


def main() -> None:
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        county_db, county_dir = office(root, "某某县政府办", "county", "530902000000")
        export_card(county_db, county_dir, root / "county.card")
        county = Sync(county_db, county_dir)
        export_times, import_times, sizes = [], [], []
        for n in range(30):
            code = f"530902{n + 100:03d}000"
            db, data = office(root, f"第{n + 1}镇", "township", code)
            fill(db, data, rng, FILES if n == 0 else 0)
            town = Sync(db, data)
            town.trust(root / "county.card")
            export_card(db, data, root / f"{n}.card")
            county.trust(root / f"{n}.card")
            t = time.perf_counter()
            path = root / f"{n}.tdbundle"
            town.export_changes(path)
            export_times.append(time.perf_counter() - t)
            sizes.append(path.stat().st_size)
            t = time.perf_counter()
            county.import_bundle(path)
            import_times.append(time.perf_counter() - t)
            db.close()
            if n == 0:
                print(f"township 1: {RECORDS} records + {FILES} attachments (20 KB each) + 241 catalog items")
                print(f"  export {export_times[0]:.2f} s (target ≤ 2 s), bundle {sizes[0] / 1e6:.1f} MB")
                print(f"  import {import_times[0]:.2f} s (target ≤ 3 s)")
        print(f"townships 2–30 (records only): export median {sorted(export_times[1:])[14]:.2f} s, "
              f"import median {sorted(import_times[1:])[14]:.2f} s, bundle {sorted(sizes[1:])[14] / 1e6:.1f} MB")
        t = time.perf_counter()
        townships, domains = county_overview(county_db, dt.date(2026, 11, 28), 2026)
        export_aggregate("某某县政府办", 2026, "2026-11-28", townships, domains, root / "汇总.xlsx")
        print(f"aggregate 30 townships × {RECORDS} records → workbook: {time.perf_counter() - t:.2f} s (target ≤ 30 s); "
              f"{sum(x.records for x in townships)} records counted")


if __name__ == "__main__":
    main()
