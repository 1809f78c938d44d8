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
            assert db.query("SELECT title FROM disclosures") == [{"title": "旧版记录"}]
        if version < SCHEMA_VERSION:
            assert any(b.reason.startswith(f"before-migration-{version}-to-{SCHEMA_VERSION}") for b in list_backups(path))
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
