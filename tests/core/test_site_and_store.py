"""Setting up an installation, and the database it lives in."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from townshipdesk.core.site import get_site, init_site, validate_division_code
from townshipdesk.core.store import SCHEMA_VERSION, Database
from townshipdesk.errors import DatabaseError, SetupError


def test_init_stores_identity_once(db: Database) -> None:
    site = init_site(db, "township", "530902100000", "  某某镇人民政府 ")
    assert get_site(db) == site and site.name == "某某镇人民政府"
    with pytest.raises(SetupError, match="不能重复初始化"):
        init_site(db, "township", "530902101000", "另一个镇")


@pytest.mark.parametrize(
    ("code", "role", "message"),
    [
        ("53090210000", "township", "必须是12位数字"),
        ("5309021000OO", "township", "必须是12位数字"),
        ("990902100000", "township", "不是有效的省级代码"),
        ("530900000000", "county", "不是县级或乡级单位"),
        ("530902000000", "township", "乡镇的区划代码"),
        ("530902100001", "township", "乡镇的区划代码"),
        ("530902100000", "county", "县级单位的区划代码后6位应为000000"),
    ],
)
def test_division_codes_are_checked_against_the_role(code: str, role: str, message: str) -> None:
    with pytest.raises(SetupError, match=message):
        validate_division_code(code, role)


def test_valid_codes_pass() -> None:
    assert validate_division_code(" 530902100000 ", "township") == "530902100000"
    assert validate_division_code("530902000000", "county") == "530902000000"


def test_database_is_migrated_in_wal_mode(tmp_path: Path) -> None:
    db = Database(tmp_path / "d.sqlite3")
    assert db.schema_version == SCHEMA_VERSION
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close()
    again = Database(tmp_path / "d.sqlite3")  # reopening runs no migration twice
    assert again.schema_version == SCHEMA_VERSION
    again.close()


def test_a_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(DatabaseError, match="请升级 TownshipDesk"):
        Database(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_a_file_that_is_not_a_database_gets_a_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="数据库文件已损坏.*请从最近的备份恢复"):  # the integrity check failed: damage
        Database(path)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_a_failed_transaction_changes_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction():
        db.conn.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
        raise RuntimeError("boom")
    assert db.query("SELECT * FROM settings") == []


def test_the_audit_log_cannot_be_rewritten(db: Database) -> None:
    with db.transaction():
        db.audit("test", "x", "1", {"a": 1})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.conn.execute("UPDATE audit_log SET action = 'forged'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.conn.execute("DELETE FROM audit_log")
    assert db.query("SELECT action FROM audit_log") == [{"action": "test"}]
