"""Stress the county's import as a busy county office would: rounds of two imports at once (two windows or a
script and a clerk), SIGKILLs at six named points inside imports (each followed by a restart and a retry), and damaged copies of a real bundle.
Prints the counts; exits 1 when anything failed (a failed import, a stray file, a lost record, a traceback).

Run: .venv/bin/python benchmarks/stress_sync.py [--rounds 20] [--kills 30] (≈ 2–4 minutes on a shared machine)
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_sync import office  # noqa: E402
from townshipdesk.core.calendar_store import load_calendar  # noqa: E402
from townshipdesk.core.catalog import Catalog  # noqa: E402
from townshipdesk.core.disclosures import Disclosures  # noqa: E402
from townshipdesk.core.store import Database  # noqa: E402
from townshipdesk.errors import BundleRefused  # noqa: E402
from townshipdesk.io.attachments import store_file  # noqa: E402
from townshipdesk.sync.keys import export_card  # noqa: E402
from townshipdesk.sync.service import Sync  # noqa: E402

CLI = [sys.executable, "-m", "townshipdesk"]
KILL_POINTS = ("backup", "verify", "tmp-file", "files", "apply", "commit")
# The child imports as the CLI would, but stops at one point (printing "AT <point>") for the parent to SIGKILL it.
CHILD = """
import sys, time
from pathlib import Path
point, data, bundle = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
import townshipdesk.core.store as store
import townshipdesk.sync.changes as changes
import townshipdesk.sync.importing as importing
import townshipdesk.sync.service as service
from townshipdesk.core.store import Database

def hold():
    print("AT", point, flush=True)
    time.sleep(600)

if point == "backup":
    real_private = store.private_file
    def private_file(path):
        if str(path).endswith(".partial"):
            hold()
        real_private(path)
    store.private_file = private_file
elif point == "verify":
    real_read = importing.read_changes
    importing.read_changes = lambda *a, **k: (hold(), real_read(*a, **k))[1]
elif point in ("tmp-file", "files"):
    real_write = importing.write_atomically
    def write_atomically(target, write):
        if point == "tmp-file":
            return real_write(target, lambda tmp: (write(tmp), hold()))
        real_write(target, write)
        hold()
    importing.write_atomically = write_atomically
elif point == "apply":
    real_remember, calls = changes._remember_seq, [0]
    def remember(*a):
        real_remember(*a)
        calls[0] += 1
        if calls[0] == 10:
            hold()
    changes._remember_seq = remember
elif point == "commit":
    real_log = importing.Importing._log_in
    importing.Importing._log_in = lambda self, *a: (real_log(self, *a), hold())
db = Database(data / "townshipdesk.sqlite3")
service.Sync(db, data).import_bundle(bundle)
print("FINISHED without reaching", point, flush=True)
"""


def strays(data: Path) -> list[Path]:
    return [p for p in data.rglob("*") if p.suffix in (".partial", ".tmp") or p.name.endswith(".restoring")]


def import_cli(data: Path, bundle: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([*CLI, "--data-dir", str(data), "bundle", "import", str(bundle)], cwd=REPO, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--kills", type=int, default=30, help="spread over the kill points in turn")
    args = parser.parse_args()
    failures: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="td-stress-"))
    county_db, county = office(root, "某某县政府办", "county", "530902000000")
    towns = {}
    export_card(county_db, county, root / "county.card")
    for name, code in (("东镇", "530902100000"), ("西乡", "530902200000")):
        db, data = office(root, name, "township", code)
        Sync(db, data).trust(root / "county.card")
        export_card(db, data, root / f"{name}.card")
        Sync(county_db, county).trust(root / f"{name}.card")
        towns[name] = (db, data)
    county_db.close()
    expected: set[str] = set()

    # ---- rounds of two concurrent imports ----------------------------------------------------------------
    waited = 0
    started = time.perf_counter()
    for n in range(args.rounds):
        bundles = []
        for name, (db, data) in towns.items():
            records = Disclosures(db, load_calendar(db))
            item = Catalog(db).search("临时救助")[0]
            title = f"{name}第{n}轮"
            records.add(item.uuid, title, "2026-11-02")
            expected.add(title)
            path = root / f"{name}-{n}.tdbundle"
            Sync(db, data).export_changes(path)
            bundles.append(path)
        runs = [import_cli(county, b) for b in bundles]
        for proc in runs:
            out, err = proc.communicate(timeout=600)
            waited += "等它完成后继续" in err
            if proc.returncode != 0 or "Traceback" in err:
                failures.append(f"round {n}: exit {proc.returncode}: {err.strip()[:200]}")
        if strays(county):
            failures.append(f"round {n}: strays {strays(county)}")
    concurrent_seconds = time.perf_counter() - started

    # ---- SIGKILL at named points of an import, then a restart and a retry -------------------------------
    kills: dict[str, int] = {}
    east_db, east = towns["东镇"]
    pdf = root / "名单.pdf"
    for k in range(args.kills):
        point = KILL_POINTS[k % len(KILL_POINTS)]
        records = Disclosures(east_db, load_calendar(east_db))
        item = Catalog(east_db).search("临时救助")[0]
        for m in range(20):  # a bundle with some weight, and a new attachment each time
            title = f"kill{k}-{m}"
            record = records.add(item.uuid, title, "2026-11-02")
            expected.add(title)
        pdf.write_bytes(f"%PDF-1.4 list {k}\n".encode() * 200)
        digest, size = store_file(east, pdf)
        records.attach(record.uuid, digest, pdf.name, size)
        path = root / f"kill-{k}.tdbundle"
        Sync(east_db, east).export_changes(path)
        if point == "backup":  # a new day: the first import of it makes the pre-import backup
            for old in (county / "backups").glob("*before-import*"):
                old.unlink()
        child = subprocess.Popen([sys.executable, "-c", CHILD, point, str(county), str(path)], cwd=REPO, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert child.stdout is not None
        marker = child.stdout.readline()
        if not marker.startswith("AT"):
            failures.append(f"kill {k} ({point}): never reached: {child.communicate()[1].strip()[-300:]}")
            continue
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        kills[point] = kills.get(point, 0) + 1
        check = sqlite3.connect(county / "townshipdesk.sqlite3")
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            failures.append(f"kill {k} ({point}): integrity check failed")
        check.close()
        retry = import_cli(county, path)  # the next start: strays removed, the same bundle imports
        out, err = retry.communicate(timeout=600)
        if retry.returncode != 0 or "已导入" not in out:
            failures.append(f"kill {k} ({point}): retry exit {retry.returncode}: {out.strip()[:100]} {err.strip()[:200]}")
        if strays(county):
            failures.append(f"kill {k} ({point}): strays after restart {strays(county)}")

    # ---- damaged copies of a real bundle ---------------------------------------------------------------
    db = Database(county / "townshipdesk.sqlite3")
    sync = Sync(db, county)
    data = (root / "东镇-0.tdbundle").read_bytes()
    tried = refused = harmless = 0
    bad = root / "damaged.tdbundle"
    for at in range(0, len(data), max(1, len(data) // 400)):
        for copy in (data[:at], data[:at] + bytes([data[at] ^ 0x5A]) + data[at + 1:]):
            bad.write_bytes(copy)
            tried += 1
            try:
                result = sync.import_bundle(bad)
            except BundleRefused:
                refused += 1
            except Exception as exc:  # noqa: BLE001 - exactly what must never happen
                failures.append(f"damaged copy at {at}: {type(exc).__name__}: {exc}")
            else:
                harmless += bool(result.get("already_imported"))
    titles = {r["title"] for r in db.query("SELECT title FROM disclosures")}
    db.close()
    lost = expected - titles
    if lost:
        failures.append(f"records lost: {sorted(lost)[:5]} … ({len(lost)})")
    backups = list((county / "backups").glob("*.sqlite3"))

    print(f"concurrent rounds: {args.rounds} (two imports each, {concurrent_seconds:.0f} s; a second import waited "
          f"and said so {waited} times)")
    print(f"kill points: {sum(kills.values())} SIGKILLs inside imports ({', '.join(f'{p} {n}' for p, n in kills.items())}); "
          f"each followed by a restart and a retry; strays left: {len(strays(county))}")
    print(f"damaged copies of a real bundle: {tried} tried, {refused} refused, {harmless} read as the bundle already "
          f"imported (damage in bytes the format does not use), {tried - refused - harmless} other")
    print(f"records at the county: {len(titles & expected)}/{len(expected)}; backups kept: {len(backups)}")
    for f in failures:
        print("FAIL", f)
    print("OK" if not failures else f"{len(failures)} FAILURES")
    for db_, _ in towns.values():
        db_.close()
    return 0 if not failures else 1


if __name__ == "__main__":
    os.environ.setdefault("TOWNSHIPDESK_LANG", "zh")
    sys.exit(main())
