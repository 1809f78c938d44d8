"""Backups (create, list, keep N, restore with checks), a damaged database, and upgrades from every
earlier schema version kept in tests/fixtures/schemas/."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import REPO
from townshipdesk.cli.main import run
from townshipdesk.core.backup import check_backup, create_backup, daily_backup, list_backups, restore_backup
from townshipdesk.core.catalog import Catalog
from townshipdesk.core.site import get_site
from townshipdesk.core.store import SCHEMA_VERSION, Database, _migrations
from townshipdesk.errors import DatabaseError

SCHEMAS = sorted((REPO / "tests" / "fixtures" / "schemas").glob("schema-*.sqlite3"),
                 key=lambda p: int(p.stem.split("-")[1]))


def test_there_is_a_fixture_for_every_schema_version() -> None:

    # Migration numbers may have gaps (numbers are handed out to work in parallel); each one has its fixture.
    assert [int(p.stem.split("-")[1]) for p in SCHEMAS] == [number for number, _, _ in _migrations()]


@pytest.mark.parametrize("fixture", SCHEMAS, ids=lambda p: p.stem)
def test_every_earlier_schema_is_migrated_with_its_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "townshipdesk.sqlite3"
    shutil.copy(fixture, path)
    version = int(fixture.stem.split("-")[1])
    db = Database(path)
    try:
        assert db.schema_version == SCHEMA_VERSION
        assert get_site(db).name == "旧版镇"  # type: ignore[union-attr]
        items = Catalog(db).items()
        assert [i.level2 for i in items] == ["审核确认结果"]
        assert Catalog(db).search("低保")  # the search index works on migrated rows
        if version >= 3:
            assert db.query("SELECT title, number FROM disclosures") == [{"title": "旧版记录", "number": "2026-0001"}]
        if version >= 7:
            assert db.query("SELECT number FROM requests") == [{"number": "依申2026-001"}]
        if version < SCHEMA_VERSION:
            assert any(b.reason.startswith(f"before-migration-{version}-to-{SCHEMA_VERSION}") for b in list_backups(path))
    finally:
        db.close()


def test_an_upgraded_office_numbers_its_own_rows_in_the_order_they_were_created(tmp_path: Path) -> None:
    path = tmp_path / "townshipdesk.sqlite3"
    shutil.copy(REPO / "tests" / "fixtures" / "schemas" / "schema-13.sqlite3", path)
    conn = sqlite3.connect(path)
    site, other = "11111111-2222-3333-4444-555555555555", "99999999-2222-3333-4444-555555555555"
    item = "aaaaaaaa-0000-0000-0000-000000000001"
    # (uuid, site, formed, created): the fixture's own record was formed 2026-01-05 and created 2026-01-05 08:00.
    for uuid, owner, formed, created in (("bbbbbbbb-0000-0000-0000-000000000002", site, "2026-02-01", "2026-01-04T08:00:00Z"),
                                         ("bbbbbbbb-0000-0000-0000-000000000003", site, "2025-12-30", "2026-01-06T08:00:00Z"),
                                         ("bbbbbbbb-0000-0000-0000-000000000004", site, "2026-03-01", "2026-03-01T08:00:00Z"),
                                         ("bbbbbbbb-0000-0000-0000-000000000005", other, "2026-03-01", "2026-03-01T08:00:00Z")):
        conn.execute("INSERT INTO disclosures (uuid, site_id, item_uuid, title, formed_date, created_at, updated_at) "
                     "VALUES (?, ?, ?, '记录', ?, ?, ?)", (uuid, owner, item, formed, created, created))
    conn.execute("INSERT INTO requests (uuid, site_id, received_date, applicant_type, created_at, updated_at) VALUES "
                 "('dddddddd-0000-0000-0000-000000000002', ?, '2026-02-02', 'natural', '2026-02-02T08:00:00Z', "
                 "'2026-02-02T08:00:00Z')", (site,))
    conn.execute("INSERT INTO village_items (uuid, village_uuid, category, name, rhythm, site_id) VALUES "
                 "('cccccccc-1111-0000-0000-000000000001', 'cccccccc-0000-0000-0000-000000000001', '财务类', '财务收支', "
                 "'monthly', ?)", (site,))
    conn.execute("INSERT INTO village_postings (uuid, site_id, village_uuid, item_uuid, title, posted_date, created_at, "
                 "updated_at) VALUES ('cccccccc-2222-0000-0000-000000000001', ?, 'cccccccc-0000-0000-0000-000000000001', "
                 "'cccccccc-1111-0000-0000-000000000001', '一月财务公开', '2026-02-03', '2026-02-03T08:00:00Z', "
                 "'2026-02-03T08:00:00Z')", (site,))
    conn.commit()
    queued = conn.execute("SELECT count(*) FROM sync_changes").fetchone()[0]
    conn.close()

    db = Database(path)
    try:
        numbers = {r["uuid"][-1]: r["number"] for r in db.query("SELECT uuid, number FROM disclosures")}
        # Per year of formation, in the order created; a township's row held at the county gets its number from it.
        assert numbers == {"2": "2026-0001", "1": "2026-0002", "3": "2025-0001", "4": "2026-0003", "5": None}
        assert [r["number"] for r in db.query("SELECT number FROM requests ORDER BY received_date")] == [
            "依申2026-001", "依申2026-002"]
        assert db.query("SELECT number FROM village_postings") == [{"number": "村务2026-0001"}]
        # Numbered rows go to the county with the next bundle.
        requeued = db.query("SELECT tbl, count(*) AS n FROM sync_changes WHERE seq > ? AND tbl IN "
                                "('disclosures', 'requests', 'village_postings') GROUP BY tbl ORDER BY tbl", (queued,))
        assert requeued == [{"tbl": "disclosures", "n": 4}, {"tbl": "requests", "n": 2}, {"tbl": "village_postings", "n": 1}]
        from townshipdesk.core.calendar_store import load_calendar
        from townshipdesk.core.disclosures import Disclosures

        records = Disclosures(db, load_calendar(db))
        assert records.add(item, "升级后的新记录", "2026-03-02").number == "2026-0004"
        assert records.get("2025-1").uuid.endswith("3")
    finally:
        db.close()


def test_backups_are_created_listed_and_pruned(township_db: Database) -> None:
    township_db.conn.execute("INSERT INTO settings (key, value) VALUES ('backup.keep', '3')")
    for _ in range(5):
        create_backup(township_db, "manual")
    backups = list_backups(township_db.path)
    assert len(backups) == 3 and all(b.reason.startswith("manual") for b in backups)
    assert check_backup(backups[0].path) == SCHEMA_VERSION


def test_daily_backup_once_a_day(township_db: Database) -> None:
    assert daily_backup(township_db) is not None
    assert daily_backup(township_db) is None


def test_restore_puts_the_backup_back_and_keeps_the_current_one(township_db: Database, tmp_path: Path) -> None:
    catalog = Catalog(township_db)
    backup = create_backup(township_db, "manual")
    township_db.conn.execute("INSERT INTO domains (name, sort) VALUES ('后来加的', 200)")
    path = township_db.path
    township_db.close()
    safety = restore_backup(path, backup)
    assert safety is not None and safety.exists()
    db = Database(path)
    try:
        assert db.conn.execute("SELECT count(*) FROM domains WHERE name = '后来加的'").fetchone()[0] == 0
    finally:
        db.close()
    assert catalog  # the fixture's catalog object is unused after the restore


def test_restore_refuses_damaged_foreign_and_newer_files(tmp_path: Path, township_db: Database) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 200)
    with pytest.raises(DatabaseError, match="不是可用的数据库备份"):
        check_backup(junk)
    foreign = tmp_path / "foreign.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE x (a)").connection.close()
    with pytest.raises(DatabaseError, match="不是 TownshipDesk 的数据库"):
        check_backup(foreign)
    newer = create_backup(township_db, "manual")
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(DatabaseError, match="来自更新版本的程序"):
        check_backup(newer)


def test_a_damaged_database_is_reported_with_the_way_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert run(["--data-dir", str(data), "init", "--role", "township", "--division", "530902100000", "--name", "某镇"]) == 0
    db_file = data / "townshipdesk.sqlite3"
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    raw = bytearray(db_file.read_bytes())
    for offset in range(4096 * 3, len(raw) - 100, 4096):  # scribble over interior pages, keep the header
        raw[offset + 10: offset + 60] = b"\xff" * 50
    db_file.write_bytes(bytes(raw))
    before = db_file.read_bytes()
    capsys.readouterr()
    code = run(["--data-dir", str(data), "catalog", "list"])
    err = capsys.readouterr().err
    assert code == 1 and "backup restore" in err and "Traceback" not in err
    assert db_file.read_bytes() == before  # never overwritten
    backups = list_backups(db_file)
    assert backups
    assert run(["--data-dir", str(data), "backup", "restore", str(backups[0].path)]) == 0
    assert run(["--data-dir", str(data), "catalog", "list"]) == 0
