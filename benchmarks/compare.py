"""Where a clerk waits, side by side with what the clerk would use instead, measured in the same run.

Each row runs our work and its reference alternately (interleaved, so machine noise hits both alike), takes
the median of RUNS runs after a warm-up, and prints both figures, the ratio and the goal of issue 15:

  notice-20      `notice render` of a 20-row name list   vs LibreOffice headless xlsx→pdf of the same list
  notice-3000    the same with 3,000 rows                 vs LibreOffice, same file
  import-1500    `catalog import` of 1,500 rows (read, check, apply)   vs openpyxl loading the same file
  version        CPU time of `townshipdesk --version`     vs `python -c pass`
  gui            GUI cold start to first paint            vs a bare PySide6 QMainWindow (bench_gui_startup.py)
  due-100k       what the 工作台 shows of the due lists over 100,000 records (counts, first rows, by domain,
                 missing periodic items), absolute ≤ 50 ms; printed beside `SELECT count(*) … WHERE due_date < ?`
  search-20k     catalog search of 2 characters over 20,000 items vs a plain substring scan of the same texts
  aggregate      county aggregate of 30 townships × 10,000 records vs one SQLite GROUP BY over the same rows
  bundle         bundle export of 10,000 records + 200 files vs `zip -r` of the same bytes

Run: .venv/bin/python benchmarks/compare.py [ROW …]   (all rows when none is named; `uptime` is printed
first, since every figure depends on what else the machine is doing). LibreOffice (`soffice`) is installed
with apt when missing and the user is root; otherwise its rows say so and are skipped.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
PYTHON = sys.executable


@dataclass
class Row:
    name: str
    ours_label: str
    reference_label: str
    goal: str
    ours: list[float]
    reference: list[float]
    unit: str = "s"

    def print(self) -> None:
        ours, ref = statistics.median(self.ours), statistics.median(self.reference)
        scale, unit = (1000.0, "ms") if max(ours, ref) < 2 else (1.0, "s")
        print(f"{self.name}")
        print(f"  {self.ours_label:<46} {ours * scale:9.1f} {unit}   runs: {_runs(self.ours, scale)}")
        print(f"  {self.reference_label:<46} {ref * scale:9.1f} {unit}   runs: {_runs(self.reference, scale)}")
        print(f"  ratio {ours / ref:6.2f}   goal: {self.goal}")


def _runs(values: list[float], scale: float) -> str:
    return ", ".join(f"{v * scale:.0f}" if scale > 1 else f"{v:.2f}" for v in values)


def interleaved(ours: Callable[[], float], reference: Callable[[], float], runs: int = RUNS,
                warmup: int = 1) -> tuple[list[float], list[float]]:
    """Alternate the two, after `warmup` unmeasured runs of each; each callable returns its own seconds."""
    for _ in range(warmup):
        ours()
        reference()
    a, b = [], []
    for _ in range(runs):
        a.append(ours())
        b.append(reference())
    return a, b


def wall(command: list[str], **kwargs: object) -> Callable[[], float]:
    """Seconds of wall-clock time of a whole process (the wait a clerk sees)."""
    def run() -> float:
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)  # type: ignore[call-overload]
        return time.perf_counter() - start
    return run


def cpu(command: list[str]) -> Callable[[], float]:
    """Seconds of CPU time (user + system) of a whole process: steadier than wall time on a busy machine."""
    def run() -> float:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return run


def townshipdesk(*args: str) -> list[str]:
    """The installed command (the console script beside this Python), as a clerk's shortcut starts it."""
    script = Path(PYTHON).with_name("townshipdesk")
    return [str(script), *args] if script.exists() else [PYTHON, "-m", "townshipdesk", *args]


# --- LibreOffice ------------------------------------------------------------------------------------------
def soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    print("installing LibreOffice Calc (apt-get install libreoffice-calc-nogui) …", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "install", "-y", "-q", "-o", "DPkg::Lock::Timeout=600", "libreoffice-calc-nogui"],
                   env=env, stdout=subprocess.DEVNULL, check=False)
    return shutil.which("soffice")


def namelist_data(rows: int) -> dict[str, object]:
    from benchmarks.bench_notices import data

    return data(rows)


def namelist_workbook(data: dict[str, object], path: Path) -> Path:
    """The same list as a workbook a clerk would print from Excel/WPS: title, header, rows, grid, A4 fitted to
    the page width, header repeated on every page."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    book = Workbook()
    sheet = book.active
    columns = data["columns"]
    assert isinstance(columns, list)
    sheet.append([data["title"]])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(columns)
    thin = Side(style="thin")
    for row in data["rows"]:  # type: ignore[attr-defined]
        sheet.append(row)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for letter, width in zip("ABCDEFG", (6, 10, 22, 10, 8, 12, 24), strict=False):
        sheet.column_dimensions[letter].width = width
    sheet.print_title_rows = "2:2"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.save(path)
    return path


def row_notice(rows: int, tmp: Path) -> Row | None:
    import json

    office = soffice()
    if not office:
        print(f"notice-{rows}: skipped, LibreOffice is not installed")
        return None
    data = namelist_data(rows)
    source = tmp / f"list-{rows}.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    workbook = namelist_workbook(data, tmp / f"list-{rows}.xlsx")
    data_dir = _township(tmp / "notice-data")
    ours = wall(townshipdesk("--data-dir", str(data_dir), "notice", "render", "--kind", "namelist", "--input",
                             str(source), "--out", str(tmp / f"ours-{rows}.pdf")))
    profile = (tmp / "lo-profile").as_uri()
    reference = wall([office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
                      str(tmp / "lo"), str(workbook)])
    a, b = interleaved(ours, reference)
    return Row(f"notice-{rows}: a {rows}-row name list to PDF (whole processes, wall time)",
               "townshipdesk notice render", "LibreOffice headless xlsx→pdf, same list", "≤ 0.33", a, b)


def _township(folder: Path) -> Path:
    if not (folder / "townshipdesk.sqlite3").exists():
        subprocess.run(townshipdesk("--data-dir", str(folder), "init", "--role", "township", "--division",
                                    "530902100000", "--name", "基准测试镇人民政府"), check=True, stdout=subprocess.DEVNULL)
    return folder


def row_import(tmp: Path) -> Row:
    from benchmarks.bench_catalog_import import build

    workbook = build(tmp / "catalog-1500.xlsx")
    counter = iter(range(1000))

    def ours() -> float:
        folder = _township(tmp / f"import-{next(counter)}")
        return wall(townshipdesk("--data-dir", str(folder), "catalog", "import", str(workbook)))()

    reference = wall([PYTHON, "-c", "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1])", str(workbook)])
    a, b = interleaved(ours, reference)
    return Row("import-1500: catalog import of 1,500 rows (whole processes, wall time)",
               "townshipdesk catalog import (read, check, apply)", "openpyxl full load of the same file", "≤ 1.2",
               a, b)


def row_version() -> Row:
    a, b = interleaved(cpu(townshipdesk("--version")), cpu([PYTHON, "-c", "pass"]), warmup=2)
    return Row("version: `townshipdesk --version` (CPU time of the process)", "townshipdesk --version",
               "python -c pass", "≤ 5", a, b)


def row_gui() -> Row:
    from benchmarks.bench_gui_startup import measure

    bare, app, _ = measure(RUNS)
    return Row("gui: cold start to first paint (offscreen, fresh processes)", "TownshipDesk main window",
               "bare PySide6 QMainWindow", "≤ 1.5", app, bare)


AGGREGATE_TOWNSHIPS, AGGREGATE_RECORDS = 30, 10_000
# The reference: the simplest grouping of every one of those rows (a table scan, no filter), in a fresh process.
GROUP_BY = ("import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute(\"SELECT site_id, count(*), sum(state = 'published') "
            "FROM disclosures GROUP BY site_id\").fetchall()")


def row_aggregate(tmp: Path) -> Row:
    from benchmarks.bench_aggregate import build_county

    start = time.perf_counter()
    folder = build_county(tmp / "county", AGGREGATE_TOWNSHIPS, AGGREGATE_RECORDS)
    print(f"aggregate: built {AGGREGATE_TOWNSHIPS} townships × {AGGREGATE_RECORDS} records in "
          f"{time.perf_counter() - start:.0f} s", flush=True)
    ours = wall(townshipdesk("--data-dir", str(folder), "aggregate", "--out", str(tmp / "汇总.xlsx"), "--year", "2026",
                             "--today", "2026-11-28"))
    reference = wall([PYTHON, "-c", GROUP_BY, str(folder / "townshipdesk.sqlite3")])
    a, b = interleaved(ours, reference)
    return Row(f"aggregate: county summary workbook, {AGGREGATE_TOWNSHIPS} × {AGGREGATE_RECORDS:,} records (whole processes, wall time)",
               "townshipdesk aggregate --out", "one SQLite GROUP BY over the same rows", "≤ 3", a, b)


def row_due(tmp: Path) -> Row:
    import random

    from benchmarks.bench_records import RECORDS, TODAY, fill
    from townshipdesk.core.calendar_store import load_calendar
    from townshipdesk.core.catalog import Catalog
    from townshipdesk.core.disclosures import Disclosures
    from townshipdesk.core.due_summary import DueSummary, due_summary
    from townshipdesk.core.site import init_site
    from townshipdesk.core.store import Database
    from townshipdesk.resources import catalogs_dir

    db = Database(tmp / "due.sqlite3")
    init_site(db, "township", "530902100000", "基准测试镇")
    Catalog(db).install_shipped(catalogs_dir())
    records = Disclosures(db, load_calendar(db))
    fill(db, records, random.Random(11))  # bench_records.py's records, due dates computed for real
    shown: list[DueSummary] = []

    def ours() -> float:
        start = time.perf_counter()
        shown[:] = [due_summary(records, TODAY)]
        return time.perf_counter() - start

    def reference() -> float:
        start = time.perf_counter()
        db.conn.execute("SELECT count(*) FROM disclosures WHERE due_date < ?", (TODAY.isoformat(),)).fetchone()
        return time.perf_counter() - start

    a, b = interleaved(ours, reference)
    due = shown[0]
    db.close()
    return Row(f"due-100k: the 工作台's due figures over {RECORDS:,} records ({due.overdue_count:,} overdue, "
               f"{due.due_soon_count} due soon, {due.review_count:,} to review; in process)",
               "counts, first rows, by domain, missing periodic", "SELECT count(*) … WHERE due_date < ?",
               "absolute ≤ 50 ms", a, b)


SEARCH_QUERIES = ["补贴", "救助", "养老", "预算", "公示", "名单"]  # 2 characters each; none is an abbreviation


def row_search(tmp: Path) -> Row:
    import random

    from benchmarks.bench_catalog_search import ITEMS, fill
    from townshipdesk.core.catalog import Catalog
    from townshipdesk.core.site import init_site
    from townshipdesk.core.store import Database

    db = Database(tmp / "search.sqlite3")
    init_site(db, "township", "530902100000", "基准测试镇")
    catalog = Catalog(db)
    fill(catalog, random.Random(7))
    texts = [r[0] for r in db.conn.execute("SELECT search_text FROM catalog_items")]
    found: dict[str, int] = {}

    def ours() -> float:
        # What the search box does per keystroke: how many match, then the first page of them as items. The
        # queries take turns, so none is answered from the previous identical one.
        start = time.perf_counter()
        for q in SEARCH_QUERIES:
            found[q] = catalog.count(query=q)
            catalog.items(query=q, limit=200)
        return (time.perf_counter() - start) / len(SEARCH_QUERIES)

    def reference() -> float:
        start = time.perf_counter()
        for q in SEARCH_QUERIES:
            [t for t in texts if q in t]  # noqa: B018 — the scan is what is measured
        return (time.perf_counter() - start) / len(SEARCH_QUERIES)

    a, b = interleaved(ours, reference, runs=max(RUNS, 20))
    db.close()
    hits = ", ".join(f"{q} {n:,}" for q, n in found.items())
    return Row(f"search-20k: catalog search, 2-character queries over {ITEMS:,} items, per query ({hits}; in process)",
               "count + first 200 items as objects", "plain substring scan of the same texts", "≤ 2 and ≤ 10 ms", a, b)


def row_bundle(tmp: Path) -> Row:
    import random

    from benchmarks.bench_sync import FILES, RECORDS, fill, office
    from townshipdesk.sync.changes import change_members, collect_changes
    from townshipdesk.sync.keys import export_card
    from townshipdesk.sync.service import Sync

    county_db, county_dir = office(tmp / "bundle", "某某县政府办", "county", "530902000000")
    export_card(county_db, county_dir, tmp / "bundle" / "county.card")
    county_db.close()
    db, data = office(tmp / "bundle", "基准测试镇", "township", "530902100000")
    fill(db, data, random.Random(5), FILES)
    Sync(db, data).trust(tmp / "bundle" / "county.card")
    # The reference zips the same bytes the bundle carries: the changes and the attachment files.
    same = tmp / "bundle" / "same-bytes"
    (same / "files").mkdir(parents=True)
    members, _ = change_members(collect_changes(db, 0)[0], data)
    for name, content in members.items():
        (same / name).write_bytes(content)
    db.close()
    megabytes = sum(len(c) for c in members.values()) / 1e6
    ours = wall(townshipdesk("--data-dir", str(data), "bundle", "export", "--out", str(tmp / "bundle" / "out.tdbundle")))
    zipped = tmp / "bundle" / "same.zip"

    def reference() -> float:
        zipped.unlink(missing_ok=True)
        return wall(["zip", "-q", "-r", str(zipped), "."], cwd=same)()

    a, b = interleaved(ours, reference)
    return Row(f"bundle: export of {RECORDS:,} records + {FILES} attachments ({megabytes:.1f} MB; whole processes, wall time)",
               "townshipdesk bundle export --out", "zip -r of the same bytes", "≤ 3", a, b)


ROWS: dict[str, Callable[[Path], Row | None]] = {
    "notice-20": lambda tmp: row_notice(20, tmp),
    "notice-3000": lambda tmp: row_notice(3000, tmp),
    "import-1500": row_import,
    "version": lambda tmp: row_version(),
    "gui": lambda tmp: row_gui(),
    "aggregate": row_aggregate,
    "due-100k": row_due,
    "search-20k": row_search,
    "bundle": row_bundle,
}


def main(names: list[str]) -> None:
    unknown = [n for n in names if n not in ROWS]
    if unknown:
        raise SystemExit(f"unknown rows: {', '.join(unknown)}; known: {', '.join(ROWS)}")
    print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    print(f"median of {RUNS} interleaved runs after a warm-up\n")
    env_before = dict(os.environ)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Our processes run from compiled bytecode, as an installed app does (the warm-up run writes it; kept in the
    # run's temporary folder): without it every run would measure compiling our sources instead of working.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        with tempfile.TemporaryDirectory() as folder:
            os.environ["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
            for name in names or list(ROWS):
                row = ROWS[name](Path(folder))
                if row:
                    row.print()
                    print(flush=True)
    finally:
        os.environ.clear()
        os.environ.update(env_before)


if __name__ == "__main__":
    main(sys.argv[1:])
