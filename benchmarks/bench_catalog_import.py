"""Import of a 1,500-row catalog workbook (target ≤ 1 s): read + validate + apply, into a fresh database.

Run: .venv/bin/python benchmarks/bench_catalog_import.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.workbooks import Layout, Row, make_workbook  # noqa: E402
from townshipdesk.core.catalog import Catalog  # noqa: E402
from townshipdesk.core.site import init_site  # noqa: E402
from townshipdesk.core.store import Database  # noqa: E402
from townshipdesk.io.excel.catalog_reader import read_catalog_workbook  # noqa: E402

ROWS = 1500
DOMAINS = ("社会救助", "养老服务", "涉农补贴", "义务教育", "医疗卫生", "就业创业")


def build(path: Path) -> Path:
    per = ROWS // len(DOMAINS)
    sheets = {}
    for d in DOMAINS:
        rows = [Row(f"{d}事项{i // 5 + 1}", f"二级事项{i + 1}", content=f"第{i + 1}项公开内容：名单、金额、标准" * 2,
                    time_limit="信息形成或者变更之日起20个工作日内。法律、法规另有规定的，从其规定。")
                for i in range(per)]
        sheets[d] = (rows, Layout(title=f"{d}领域基层政务公开标准目录"))
    return make_workbook(path, sheets)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workbook = build(Path(tmp) / "catalog-1500.xlsx")
        timings = []
        for run in range(5):
            db = Database(Path(tmp) / f"run{run}.sqlite3")
            init_site(db, "township", "530902100000", "基准测试镇")
            catalog = Catalog(db)
            start = time.perf_counter()
            read = read_catalog_workbook(workbook)
            t_read = time.perf_counter()
            plan = catalog.plan_import(str(workbook), read.rows, read.sheet_problems)
            t_plan = time.perf_counter()
            version = catalog.apply_import(plan)
            end = time.perf_counter()
            assert version and version.added == ROWS, version
            timings.append((end - start, t_read - start, t_plan - t_read, end - t_plan))
            db.close()
        total = statistics.median(t[0] for t in timings)
        print(f"catalog import, {ROWS} rows in {len(DOMAINS)} sheets (median of {len(timings)}):")
        print(f"  total   {total * 1000:7.0f} ms   (target ≤ 1000 ms) {'OK' if total <= 1 else 'OVER'}")
        print(f"  read    {statistics.median(t[1] for t in timings) * 1000:7.0f} ms")
        print(f"  plan    {statistics.median(t[2] for t in timings) * 1000:7.0f} ms")
        print(f"  apply   {statistics.median(t[3] for t in timings) * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
