"""Only a failed integrity check says "damaged": real SQLite errors of every other kind get their own sentence and
what to do; half-written files of a killed run are removed on the next start; the data folder is private."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from townshipdesk.cli.main import run
from townshipdesk.core.backup import backup_before_import, create_backup, list_backups
from townshipdesk.core.db_errors import explain_sqlite_error
from townshipdesk.core.store import Database


def _error(action) -> sqlite3.Error:  # noqa: ANN001
    with pytest.raises(sqlite3.Error) as caught:
        action()
    return caught.value


def test_each_database_error_tells_its_own_truth(township_db: Database) -> None:
    path = township_db.path
    conn = township_db.conn
    unique = _error(lambda: conn.execute("INSERT INTO site (id, site_id, role, division_code, name, created_at) "
                                         "SELECT id, site_id, role, division_code, name, created_at FROM site"))
    text = str(explain_sqlite_error(unique, path))
    assert "数据冲突" in text and "没有损坏" in text and "备份恢复" not in text

    small = sqlite3.connect(path)
    small.execute(f"PRAGMA max_page_count = {small.execute('PRAGMA page_count').fetchone()[0]}")
    full = _error(lambda: small.execute("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                                        "VALUES ('t', 'a', 'b', 'c', 'd', ?)", ("x" * 500_000,)))
    small.close()
    assert "磁盘已满" in str(explain_sqlite_error(full, path))

    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    read_only = _error(lambda: reader.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')"))
    reader.close()
    assert "是只读的" in str(explain_sqlite_error(read_only, path))

    other = sqlite3.connect(path, timeout=0)
    conn.execute("BEGIN IMMEDIATE")
    try:
        busy = _error(lambda: other.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')"))
    finally:
        conn.execute("ROLLBACK")
        other.close()
    assert "另一个 TownshipDesk 窗口" in str(explain_sqlite_error(busy, path))
    for exc in (unique, full, read_only, busy):
        assert "损坏" not in str(explain_sqlite_error(exc, path)).replace("没有损坏", "")


def test_only_a_failed_integrity_check_says_damaged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert run(["--data-dir", str(data), "init", "--role", "township", "--division", "530902100000", "--name", "东镇"]) == 0
    db_file = data / "townshipdesk.sqlite3"
    raw = bytearray(db_file.read_bytes())
    raw[100:4096 * 3] = os.urandom(4096 * 3 - 100)  # the schema pages are garbage now
    for suffix in ("-wal", "-shm"):
        Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    db_file.write_bytes(bytes(raw))
    capsys.readouterr()
    assert run(["--data-dir", str(data), "catalog", "list"]) == 1
    err = capsys.readouterr().err
    assert "损坏" in err and "backup restore" in err and "Traceback" not in err


def test_stray_half_written_files_are_removed_on_the_next_start(township_db: Database) -> None:
    folder = township_db.path.parent
    create_backup(township_db, "manual")
    dead_pid = 4_000_000  # above Linux's pid_max: no such process
    partial = folder / "backups" / f"townshipdesk-20261201-101010-before-import.1-2.pid{dead_pid}.partial"
    partial.write_bytes(b"half a backup")
    attachment_tmp = folder / "files" / "ab" / f".cdef.pid{dead_pid}.x1y2.tmp"
    attachment_tmp.parent.mkdir(parents=True)
    attachment_tmp.write_bytes(b"half a file")
    alive = folder / "backups" / f"townshipdesk-x.pid{os.getpid()}.partial"  # still being written by a live program
    alive.write_bytes(b"in progress")
    township_db.close()
    reopened = Database(township_db.path)
    try:
        assert not partial.exists() and not attachment_tmp.exists()
        assert alive.exists()
        assert len(list_backups(reopened.path)) == 1
    finally:
        reopened.close()
        township_db.conn = sqlite3.connect(":memory:")  # the fixture closes it again


def test_at_most_one_backup_a_day_before_imports(township_db: Database) -> None:
    first = backup_before_import(township_db)
    assert first is not None
    assert backup_before_import(township_db) is None
    assert backup_before_import(township_db) is None
    assert [b.reason for b in list_backups(township_db.path)] == ["before-import"]


def test_two_backups_in_the_same_second_get_different_names(township_db: Database) -> None:
    names = {create_backup(township_db, "manual").name for _ in range(4)}
    assert len(names) == 4


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_data_folder_database_and_backups_are_private(tmp_path: Path) -> None:
    data = tmp_path / "new-data"
    assert run(["--data-dir", str(data), "init", "--role", "township", "--division", "530902100000", "--name", "东镇"]) == 0
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "townshipdesk.sqlite3").stat().st_mode) == 0o600
    assert run(["--data-dir", str(data), "backup", "create"]) == 0
    backups = list((data / "backups").iterdir())
    assert backups and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in backups)
    assert stat.S_IMODE((data / "backups").stat().st_mode) == 0o700
