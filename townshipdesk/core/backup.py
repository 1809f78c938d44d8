"""Backups of the database with SQLite's online backup API: before every migration, before the first bundle
import of a day, once a day on first start, and on request. Restoring checks the file first and keeps a copy of what it
replaces."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from townshipdesk.core.localtime import china_now
from townshipdesk.core.store import SCHEMA_VERSION, Database, backup_connection
from townshipdesk.errors import DatabaseError
from townshipdesk.i18n import msg

KEEP_SETTING = "backup.keep"
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: str
    reason: str
    size: int

    def to_json(self) -> dict[str, object]:
        return {"file": str(self.path), "created": self.created, "reason": self.reason, "size": self.size}


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def _keep(db: Database) -> int:
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", (KEEP_SETTING,)).fetchone()
    try:
        return max(1, int(row[0])) if row else DEFAULT_KEEP
    except ValueError:
        return DEFAULT_KEEP


def create_backup(db: Database, reason: str = "manual") -> Path:
    """Copy the open database to backups/ (consistent even while in use), then keep only the newest N."""
    path = backup_connection(db.conn, db.path, reason)
    prune(db)
    return path


def prune(db: Database) -> None:
    """Keep the newest N backups (setting backup.keep, default 10), and no more in total than N copies of
    the database's present size: the folder stays bounded however large the county grows."""
    backups = list_backups(db.path)
    keep = _keep(db)
    present = sum(p.stat().st_size for p in (db.path, Path(f"{db.path}-wal")) if p.exists())
    budget = keep * max(present, backups[0].size if backups else 0, 1)  # the newest copy is the database's size
    used = 0
    for n, backup in enumerate(backups):
        used += backup.size
        if n >= keep or (n >= 2 and used > budget):  # the two newest are always kept
            backup.path.unlink(missing_ok=True)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Newest first."""
    folder = backups_dir(db_path)
    out = []
    for path in folder.glob("townshipdesk-*.sqlite3"):
        parts = path.stem.split("-", 3)  # townshipdesk-YYYYMMDD-HHMMSS-reason[.microseconds-pid]
        created = f"{parts[1]}-{parts[2]}" if len(parts) >= 3 else ""
        reason = parts[3].split(".")[0] if len(parts) == 4 else ""
        try:
            size = path.stat().st_size
        except FileNotFoundError:  # pruned by another program meanwhile
            continue
        out.append(BackupInfo(path, created, reason, size))
    return sorted(out, key=lambda b: b.path.name, reverse=True)


def backup_before_import(db: Database) -> Path | None:
    """At most one backup a day before imports (plus the daily one): an import that fails changes nothing
    anyway, and thirty townships a day must not leave thirty full copies."""
    today = china_now().strftime("%Y%m%d")
    if any(b.created.startswith(today) and b.reason == "before-import" for b in list_backups(db.path)):
        return None
    return create_backup(db, "before-import")


def daily_backup(db: Database) -> Path | None:
    """The first start of a day backs up the database once."""
    today = china_now().strftime("%Y%m%d")
    if any(b.created.startswith(today) for b in list_backups(db.path)):
        return None
    if db.conn.execute("SELECT count(*) FROM site").fetchone()[0] == 0:
        return None  # nothing worth keeping before set-up
    db.integrity_check()  # once a day, the whole file: a damaged database is never backed up over good copies
    return create_backup(db, "daily")


def check_backup(path: Path) -> int:
    """The schema version of a backup file; DatabaseError when it is damaged, not a database, or too new."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(msg("找不到备份文件“{p}”", "Backup file not found: '{p}'", p=str(path)))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_site = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'site'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(msg("“{p}”不是可用的数据库备份：{e}", "'{p}' is not a usable database backup: {e}",
                                p=path.name, e=exc)) from exc
    if result != "ok":
        raise DatabaseError(msg("备份“{p}”未通过完整性检查（{r}），不能恢复", "The backup '{p}' fails the integrity check ({r}); "
                                "it cannot be restored", p=path.name, r=result))
    if version > SCHEMA_VERSION:
        raise DatabaseError(msg("备份“{p}”来自更新版本的程序（数据库版本 {v}），请先升级", "The backup '{p}' comes from a newer "
                                "program (schema {v}); upgrade first", p=path.name, v=version))
    if not has_site:
        raise DatabaseError(msg("“{p}”不是 TownshipDesk 的数据库", "'{p}' is not a TownshipDesk database", p=path.name))
    return version


def restore_backup(db_path: Path, backup: Path) -> Path | None:
    """Replace the database with a checked backup; the replaced file is kept as a backup when readable.
    The caller must have closed its connection. Returns the safety copy's path."""
    check_backup(backup)
    db_path = Path(db_path)
    safety = None
    if db_path.exists():
        try:
            conn = sqlite3.connect(db_path)
            try:
                conn.execute("PRAGMA user_version").fetchone()
                safety = backup_connection(conn, db_path, "before-restore")
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            folder = backups_dir(db_path)  # damaged: keep the raw file aside instead, never lose it
            folder.mkdir(parents=True, exist_ok=True)
            safety = folder / f"damaged-{china_now():%Y%m%d-%H%M%S}.sqlite3"
            shutil.copy2(db_path, safety)
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copy2(backup, tmp)
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    return safety
