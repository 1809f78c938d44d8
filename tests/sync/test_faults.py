"""Power cuts and restored backups: a killed export leaves the old bundle, a killed import leaves the
database as it was (and a retry works), a township restored from an old backup keeps syncing."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tests.conftest import REPO
from tests.sync.conftest import Office

CHILD_PRELUDE = """
import sys, time
from pathlib import Path
from townshipdesk.core.store import Database
from townshipdesk.sync.service import Sync
"""


def run_until_marker_then_kill(script: str, marker: str) -> None:
    proc = subprocess.Popen([sys.executable, "-c", CHILD_PRELUDE + textwrap.dedent(script)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    deadline = time.time() + 60
    for line in proc.stdout:
        if marker in line:
            break
        assert time.time() < deadline, "child never reached the marker"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""


def test_killed_during_export_leaves_the_old_bundle(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _ = offices
    item = east.catalog.search("临时救助")[0]
    east.records.add(item.uuid, "第一条", "2026-11-02")
    target = tmp_path / "usb" / "east.tdbundle"
    target.parent.mkdir()
    east.sync.export_changes(target)
    old = target.read_bytes()
    east.records.add(item.uuid, "第二条", "2026-11-03")
    east.db.close()
    run_until_marker_then_kill(f"""
        import zipfile
        real = zipfile.ZipFile.writestr
        def slow(self, name, data, *a, **k):
            real(self, name, data, *a, **k)
            if name == "manifest.json":
                print("WRITING", flush=True)
                time.sleep(60)
        zipfile.ZipFile.writestr = slow
        db = Database(Path({str(east.data_dir / 'townshipdesk.sqlite3')!r}))
        Sync(db, Path({str(east.data_dir)!r})).export_changes(Path({str(target)!r}))
    """, "WRITING")
    assert target.read_bytes() == old
    assert [p.name for p in target.parent.glob("*.tdbundle")] == ["east.tdbundle"]
    county.sync.import_bundle(target)  # the intact old bundle still imports


def test_killed_during_import_changes_nothing_and_a_retry_works(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _ = offices
    item = east.catalog.search("临时救助")[0]
    for n in range(5):
        east.records.add(item.uuid, f"记录{n}", "2026-11-02")
    bundle = tmp_path / "east.tdbundle"
    east.sync.export_changes(bundle)
    db_path = county.data_dir / "townshipdesk.sqlite3"
    county.db.close()
    run_until_marker_then_kill(f"""
        import townshipdesk.sync.changes as changes
        real = changes._refresh_search_text
        count = 0
        def slow(db, uuid):
            global count
            real(db, uuid)
            count += 1
            if count == 100:  # half-way through the catalog rows, inside the transaction
                print("APPLYING", flush=True)
                time.sleep(60)
        changes._refresh_search_text = slow
        db = Database(Path({str(db_path)!r}))
        Sync(db, Path({str(county.data_dir)!r})).import_bundle(Path({str(bundle)!r}))
    """, "APPLYING")
    from townshipdesk.core.store import Database
    from townshipdesk.sync.service import Sync

    db = Database(db_path)
    try:
        assert db.conn.execute("SELECT count(*) FROM disclosures").fetchone()[0] == 0
        assert db.conn.execute("SELECT count(*) FROM peers").fetchone()[0] == 0
        result = Sync(db, county.data_dir).import_bundle(bundle)
        assert result["inserted"]["disclosures"] == 5
    finally:
        db.close()


def test_a_township_restored_from_an_old_backup_keeps_working(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _ = offices
    item = east.catalog.search("临时救助")[0]
    first = east.records.add(item.uuid, "备份前", "2026-11-02")
    east.sync.export_changes(tmp_path / "1.tdbundle")
    county.sync.import_bundle(tmp_path / "1.tdbundle")
    backup = tmp_path / "backup.sqlite3"
    east.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(east.data_dir / "townshipdesk.sqlite3", backup)
    second = east.records.add(item.uuid, "备份后", "2026-11-05")
    time.sleep(1.1)
    east.sync.export_changes(tmp_path / "2.tdbundle")
    county.sync.import_bundle(tmp_path / "2.tdbundle")
    # The disk fails; the office restores last week's backup and carries on.
    east.db.close()
    for suffix in ("-wal", "-shm"):
        Path(str(east.data_dir / "townshipdesk.sqlite3") + suffix).unlink(missing_ok=True)
    shutil.copy(backup, east.data_dir / "townshipdesk.sqlite3")
    from townshipdesk.core.store import Database

    restored = Office(east.name, east.data_dir, Database(east.data_dir / "townshipdesk.sqlite3"))
    third = restored.records.add(item.uuid, "恢复后", "2026-11-10")
    time.sleep(1.1)
    restored.sync.export_changes(tmp_path / "3.tdbundle")
    result = county.sync.import_bundle(tmp_path / "3.tdbundle")
    assert result["changed"] >= 1
    titles = sorted(r["title"] for r in county.db.query("SELECT title FROM disclosures WHERE site_id = ?",
                                                        (restored.sync.site.site_id,)))
    assert titles == ["备份前", "备份后", "恢复后"]  # nothing lost at the county, nothing doubled
    assert {first.uuid, second.uuid, third.uuid} == {r["uuid"] for r in county.db.query("SELECT uuid FROM disclosures")}
    restored.db.close()
    east.db = Database(east.data_dir / "townshipdesk.sqlite3")  # for the fixture's clean-up


def test_a_township_restored_from_an_old_backup_numbers_concerns_and_decisions_again(offices, tmp_path: Path) -> None:  # noqa: ANN001
    """Restored from last week's backup, a township gives 关切2026-002 and 决策2026-02 again to new rows: the county,
    which already holds the lost ones under those numbers, takes the new ones too (the numbers are the township's
    to say on the phone; the rows are told apart by their ids)."""
    import datetime as dt

    from townshipdesk.core.calendar_store import load_calendar
    from townshipdesk.core.concerns import Concerns
    from townshipdesk.core.decisions import Decisions
    from townshipdesk.core.store import Database

    county, east, _ = offices
    now = dt.datetime(2026, 11, 30, 10, 0)

    def add(office: Office, title: str) -> None:
        Concerns(office.db, now=now).add(dt.datetime(2026, 11, 30, 9, 0), "网络", title)
        Decisions(office.db, load_calendar(office.db), today=now.date()).add(2026, title, "党政办")

    add(east, "备份前")
    east.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(east.data_dir / "townshipdesk.sqlite3", backup)
    add(east, "备份后")
    east.sync.export_changes(tmp_path / "1.tdbundle")
    county.sync.import_bundle(tmp_path / "1.tdbundle")
    east.db.close()
    for suffix in ("-wal", "-shm"):
        Path(str(east.data_dir / "townshipdesk.sqlite3") + suffix).unlink(missing_ok=True)
    shutil.copy(backup, east.data_dir / "townshipdesk.sqlite3")
    restored = Office(east.name, east.data_dir, Database(east.data_dir / "townshipdesk.sqlite3"))
    add(restored, "恢复后")
    time.sleep(1.1)
    restored.sync.export_changes(tmp_path / "2.tdbundle")
    county.sync.import_bundle(tmp_path / "2.tdbundle")
    site = restored.sync.site.site_id
    for table in ("concerns", "decisions"):
        held = county.db.query(f"SELECT number, title FROM {table} WHERE site_id = ? ORDER BY title", (site,))
        assert sorted(r["title"] for r in held) == ["备份前", "备份后", "恢复后"], table  # nothing lost, nothing refused
    restored.db.close()
    east.db = Database(east.data_dir / "townshipdesk.sqlite3")  # for the fixture's clean-up
