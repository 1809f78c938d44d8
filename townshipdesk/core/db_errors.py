"""Database and disk errors told truthfully. Only a failed integrity check says "damaged": a constraint, a full
disk, a read-only folder, a locked database or an I/O error each get their own sentence and what to do, so
nobody restores an old backup over good data because a USB stick was full."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from townshipdesk.errors import DatabaseError
from townshipdesk.i18n import Msg, msg

UNCHANGED = ("本次操作未做任何改动，数据库没有损坏。", "This operation changed nothing; the database is not damaged.")


def _sentence(zh: str, en: str, **kw: object) -> DatabaseError:
    return DatabaseError(msg(zh + UNCHANGED[0], en + " " + UNCHANGED[1], **kw))


def disk_full(folder: Path) -> DatabaseError:
    return _sentence("磁盘已满（{f}）：请删除不需要的文件或移走旧备份，腾出空间后重试。",
                     "The disk is full ({f}): delete files you do not need or move old backups away, then try again.",
                     f=str(folder))


def read_only(folder: Path, *, missing: bool = False, upgrade: bool = False, unreadable: bool = False) -> DatabaseError:
    """The data folder cannot be written by this user: what still works and what to do."""
    if unreadable:
        return DatabaseError(msg(
            "没有权限打开数据文件夹“{f}”（它属于另一个用户，或权限不允许读取）：请用建立它的用户登录，或请管理员给予读写权限。",
            "No permission to open the data folder '{f}' (it belongs to another user, or may not be read): log in as the "
            "user who made it, or ask for permission to read and write it.", f=str(folder)))
    if missing:
        return DatabaseError(msg(
            "数据文件夹“{f}”是只读的，里面还没有数据，无法在此设置本单位：请换一个可写的文件夹（--data-dir），"
            "或关掉U盘的写保护、请管理员给予写入权限。",
            "The data folder '{f}' is read-only and holds no data yet, so this office cannot be set up there: choose a "
            "writable folder (--data-dir), or turn off the USB stick's write protection / ask for write permission.",
            f=str(folder)))
    if upgrade:
        return DatabaseError(msg(
            "数据文件夹“{f}”是只读的，而其中的数据库需要先升级到本版本才能打开：请在可写的位置（关掉U盘写保护或取得写入权限后）"
            "打开一次，或用与数据库相同版本的 TownshipDesk 查看。",
            "The data folder '{f}' is read-only and its database must first be upgraded to this version: open it once "
            "where it can be written (write protection off, or with write permission), or view it with the version "
            "that wrote it.", f=str(folder)))
    return DatabaseError(msg(
        "数据文件夹“{f}”是只读的（没有写入权限，或U盘开了写保护）：只能查看，不能修改，本次没有做任何改动。"
        "要修改，请关掉U盘的写保护、请管理员给予该文件夹的写入权限，或把整个文件夹复制到可写的位置再用 --data-dir 指定。",
        "The data folder '{f}' is read-only (no write permission, or the USB stick is write-protected): you can look, "
        "not change; nothing was changed. To make changes, turn off the write protection, ask for write permission on "
        "the folder, or copy the whole folder somewhere writable and point --data-dir at it.", f=str(folder)))


def locked() -> DatabaseError:
    return _sentence("数据库正被另一个 TownshipDesk 窗口或程序使用：请关闭另一个窗口（或等它完成导入）后重试。",
                     "The database is in use by another TownshipDesk window or program: close the other window (or let it "
                     "finish its import), then try again.")


def integrity_failure(path: Path) -> str | None:
    """What PRAGMA integrity_check says when it fails, None when the file is sound (or cannot be read at all)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        return str(exc) if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) else None
    return None if result == "ok" else str(result)


def explain_sqlite_error(exc: sqlite3.Error, db_path: Path) -> DatabaseError:
    """The truthful message for an error SQLite raised while working on the database at `db_path`."""
    from townshipdesk.core.store import damaged_error

    folder = Path(db_path).parent
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    detail = str(exc)
    if code == sqlite3.SQLITE_CONSTRAINT or isinstance(exc, sqlite3.IntegrityError):
        return _sentence("数据冲突（{d}）：要保存的内容与已有数据重复或矛盾，整次操作已撤销。",
                         "A data conflict ({d}): what was to be saved repeats or contradicts data we hold; the whole "
                         "operation was undone.", d=detail)
    if code == sqlite3.SQLITE_FULL:
        return disk_full(folder)
    if code == sqlite3.SQLITE_READONLY:
        return read_only(folder)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return locked()
    if code == sqlite3.SQLITE_CANTOPEN:
        return _sentence("无法打开数据库文件（{f}）：请检查数据文件夹是否存在、是否有权限读写。",
                         "Cannot open the database file ({f}): check the data folder exists and may be read and written.",
                         f=str(db_path))
    failure = integrity_failure(db_path)
    if failure is not None:
        return damaged_error(db_path, failure)
    if code == sqlite3.SQLITE_IOERR:
        return _sentence("读写数据库时出错（{d}）：请检查磁盘或U盘是否仍然连接，然后重试；完整性检查通过。",
                         "Reading or writing the database failed ({d}): check the disk or USB stick is still connected, "
                         "then try again; the integrity check passed.", d=detail)
    return _sentence("数据库操作失败（{d}）；完整性检查通过。", "A database operation failed ({d}); the integrity check passed.",
                     d=detail)


def explain_os_error(exc: OSError) -> Msg | None:
    """A sentence for the disk conditions every file operation can meet; None for the rest (named by the caller)."""
    where = Path(exc.filename).parent if exc.filename else Path(".")
    if exc.errno == errno.ENOSPC:
        return disk_full(where).message
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return msg("无法写入“{f}”：没有权限或磁盘只读。请检查文件夹权限或U盘的写保护开关。",
                   "Cannot write '{f}': no permission or a read-only disk. Check the folder's permissions or the USB "
                   "stick's write-protect switch.", f=str(exc.filename or ""))
    return None
