"""The one Database object: a SQLite file in the data folder, migrated on open."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from townshipdesk.core.localtime import china_now
from townshipdesk.errors import DatabaseError
from townshipdesk.i18n import msg

# How long a statement waits for another program's write lock before saying the database is locked.
BUSY_SECONDS = 10


def utc_now() -> str:
    """The current time as UTC ISO 8601 (seconds), the storage format for timestamps."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _migration_entries() -> Iterator[Any]:
    # The folder beside this module (a checkout, a wheel, the frozen app's _internal/townshipdesk/core/); through
    # importlib.resources only where it is not a folder on disk (that import costs the window's start-up 8 ms).
    folder = Path(__file__).with_name("migrations")
    if folder.is_dir():
        return folder.iterdir()
    from importlib import resources

    return resources.files("townshipdesk.core.migrations").iterdir()


def _migrations() -> list[tuple[int, str, str]]:
    """Numbered migration scripts, in order: (number, name, sql)."""
    found = []
    for entry in _migration_entries():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


SCHEMA_VERSION = max(number for number, _, _ in _migrations())


def damaged_error(path: Path, detail: str) -> DatabaseError:
    """The message for a damaged database file: what happened and the way out; the file is not touched."""
    return DatabaseError(
        msg(
            "数据库文件已损坏（{detail}）。请从最近的备份恢复（备份位于 {folder}，命令行：backup restore 备份文件）；原文件未被改动。",
            "The database is damaged ({detail}). Restore the latest backup (in {folder}; command line: backup restore FILE); "
            "the file was left as it is.",
            detail=detail,
            folder=str(Path(path).parent / "backups"),
        )
    )


def backup_connection(conn: sqlite3.Connection, db_path: Path, reason: str) -> Path:
    """Copy a live database with SQLite's online backup API into <data>/backups/, atomically. Names carry the
    time to the microsecond and the process id, so two programs backing up in the same second never collide."""
    folder = Path(db_path).parent / "backups"
    private_folder(folder)
    now = china_now()
    target = folder / f"townshipdesk-{now:%Y%m%d-%H%M%S}-{reason}.{now:%f}-{os.getpid()}.sqlite3"
    tmp = folder / f"{target.stem}.pid{os.getpid()}.partial"
    dest = sqlite3.connect(tmp)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    private_file(tmp)
    os.replace(tmp, target)
    return target


STRAY_PID = re.compile(r"\.pid(\d+)\.")  # temporary names carry the writing process's id


def _process_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap check: leave it to the age rule
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_strays(data_dir: Path, *, older_than: float = 3600) -> list[Path]:
    """Half-written files a killed run left behind (backups/*.partial, .*.tmp beside attachments and the
    database): removed when the process that wrote them is gone, or when they are over an hour old."""
    removed = []
    now = time.time()
    candidates = [*Path(data_dir).glob("backups/*.partial"), *Path(data_dir).glob(".*.tmp"),
                  *Path(data_dir).glob("files/*/.*.tmp")]
    for path in candidates:
        writer = STRAY_PID.search(path.name)
        try:
            gone = (writer is not None and not _process_alive(int(writer[1]))) or now - path.stat().st_mtime > older_than
            if gone:
                path.unlink()
                removed.append(path)
        except OSError:  # another program removed or holds it: leave it
            continue
    return removed


def private_folder(folder: Path) -> None:
    """Create a folder only its owner can enter (on Linux; Windows keeps the profile's own permissions)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def private_file(path: Path) -> None:
    if os.name == "posix" and Path(path).exists():
        os.chmod(path, 0o600)


def folder_writable(data_dir: Path, db_path: Path) -> bool:
    """Whether this user may change the data: the folder (where SQLite keeps its -wal/-shm files and we keep
    backups and attachments) and the database file are writable. False on a read-only disk or USB stick
    (write-protect switch), a CD, or a folder shared read-only; a folder not made yet counts as writable."""
    if not data_dir.exists():
        return True
    return os.access(data_dir, os.W_OK) and (not db_path.exists() or os.access(db_path, os.W_OK))


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read. A WAL database needs its -shm file beside it even to read; in a folder we
    may not write that file cannot be made, so when no -wal file holds unsaved changes the file is opened as
    immutable (nothing can change it: nobody can write there)."""
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False,
                               timeout=BUSY_SECONDS)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        if Path(f"{path}-wal").exists():
            raise
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")  # every write, whoever tries it, is refused by SQLite itself
    return conn


class Database:
    """An opened TownshipDesk database. Foreign keys on, WAL journal, migrated to SCHEMA_VERSION. With
    `read_only` (a data folder this user cannot write) it is only read: no migration, no journal change, and any
    write is refused (SQLITE_READONLY, told as the read-only folder)."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only:
            self._open_read_only()
            return
        if not self.path.parent.exists():
            private_folder(self.path.parent)  # the clerk's data, keys and assistance lists: owner only
        remove_strays(self.path.parent)
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_SECONDS)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            for suffix in ("", "-wal", "-shm"):
                private_file(Path(f"{self.path}{suffix}"))
            conn.execute("PRAGMA synchronous = NORMAL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            from townshipdesk.core.db_errors import explain_sqlite_error

            raise explain_sqlite_error(exc, self.path) from exc
        if version > 0:
            try:
                # Cheap on every open (the full check reads the whole file: 0.2 s per 50 MB); the full
                # quick_check runs once a day before the daily backup (integrity_check below).
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.DatabaseError as exc:
                conn.close()
                from townshipdesk.core.db_errors import explain_sqlite_error

                raise explain_sqlite_error(exc, self.path) from exc
        if version > SCHEMA_VERSION:
            conn.close()
            raise DatabaseError(
                msg(
                    "数据库版本 {found} 比本程序支持的 {known} 新，请升级 TownshipDesk。",
                    "The database schema {found} is newer than this program supports ({known}); upgrade TownshipDesk.",
                    found=version,
                    known=SCHEMA_VERSION,
                )
            )
        self.conn = conn
        self._utils: Any = None
        if 0 < version < SCHEMA_VERSION:
            backup_connection(conn, self.path, f"before-migration-{version}-to-{SCHEMA_VERSION}")
        self._migrate(version)

    def _open_read_only(self) -> None:
        from townshipdesk.core.db_errors import explain_sqlite_error, read_only

        if not os.access(self.path.parent, os.R_OK | os.X_OK):
            raise read_only(self.path.parent, unreadable=True)
        if not self.path.exists():
            raise read_only(self.path.parent, missing=True)
        try:
            conn = _connect_read_only(self.path)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise explain_sqlite_error(exc, self.path) from exc
        if version != SCHEMA_VERSION:  # older: it would need an upgrade we cannot write; newer: not ours to read
            conn.close()
            raise read_only(self.path.parent, upgrade=True) if version < SCHEMA_VERSION else DatabaseError(
                msg("数据库版本 {found} 比本程序支持的 {known} 新，请升级 TownshipDesk。",
                    "The database schema {found} is newer than this program supports ({known}); upgrade TownshipDesk.",
                    found=version, known=SCHEMA_VERSION))
        conn.execute("PRAGMA foreign_keys = ON")
        self.conn = conn
        self._utils = None

    def _migrate(self, current: int) -> None:
        for number, _name, sql in _migrations():
            if number <= current:
                continue
            with self.transaction():
                # executescript would commit on its own; run statement by statement inside our transaction.
                for statement in _split_sql(sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")

    def integrity_check(self) -> None:
        """SQLite's quick_check over the whole file; DatabaseError with the way out when it fails."""
        try:
            check = self.conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            check = str(exc)
        if check != "ok":
            raise damaged_error(self.path, check)

    @property
    def utils(self) -> Any:
        """A sqlite_utils view of the same connection, for ad-hoc table work (imported on first use:
        it costs ~100 ms and a plugin scan that start-up should not pay)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    @contextmanager
    def transaction(self, *, wait_seconds: float | None = None,
                    on_wait: Callable[[], None] | None = None) -> Iterator[sqlite3.Connection]:
        """All or nothing: commit on success, roll back on any exception. Nested calls join the outer one.
        When another program holds the write lock, `on_wait` is told once and we wait up to `wait_seconds`
        (default: the connection's usual few seconds)."""
        if self.conn.in_transaction:
            yield self.conn
            return
        if self.read_only:  # refuse before any work is done, with the folder named and the way out
            from townshipdesk.core.db_errors import read_only

            raise read_only(self.path.parent)
        if on_wait is None and wait_seconds is None:
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            self._begin_waiting(wait_seconds or BUSY_SECONDS, on_wait)
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            # Also when COMMIT itself fails (a deferred foreign key, a full disk): never leave it open.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def _begin_waiting(self, seconds: float, on_wait: Callable[[], None] | None) -> None:
        self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise
            if on_wait is not None:
                on_wait()
            self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
            self.conn.execute("BEGIN IMMEDIATE")
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        cols = [d[0] for d in cur.description] if cur.description else []
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def audit(self, action: str, entity: str = "", entity_id: str = "", detail: Any = "") -> None:
        """Append to the audit log (who changed what)."""
        if not isinstance(detail, str):
            detail = json.dumps(detail, ensure_ascii=False)
        self.conn.execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
            (utc_now(), _actor(), action, entity, entity_id, detail),
        )

    def close(self) -> None:
        self.conn.close()


def _actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts; the log entry still matters
        return ""


def _split_sql(script: str) -> list[str]:
    """Split a migration script into complete statements (trigger bodies hold semicolons of their own)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    statements, buffer = [], ""
    for piece in "\n".join(lines).split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                statements.append(buffer.strip())
            buffer = ""
    return statements
