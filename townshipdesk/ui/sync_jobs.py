"""The work behind the 同步 page, as plain functions for ui/workers.py jobs.

A bundle export or import reads and writes the database as well as files, and may take a while (attachments,
a USB stick). Each job opens its own connection to the same database file (WAL lets it write while the window's
connection stays idle behind the modal progress dialog) and closes it when done, so SQLite never sees the
window's connection used from two threads.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from townshipdesk.core.store import Database
from townshipdesk.errors import BundleRefused
from townshipdesk.i18n import msg
from townshipdesk.sync.service import Sync
from townshipdesk.ui.workers import Progress


@contextmanager
def _sync(db_path: Path, data_dir: Path) -> Iterator[Sync]:
    db = Database(db_path)
    try:
        yield Sync(db, data_dir)
    finally:
        db.close()


@dataclass(frozen=True)
class Written:
    """A bundle this office wrote: where, what it says, and the e-mail draft beside it (if asked for)."""

    path: Path
    manifest: dict[str, Any]
    size: int
    eml: Path | None = None


def _check_written(path: Path, manifest: dict[str, Any]) -> None:
    """Read the manifest back from where the bundle landed (a USB stick may lie about a write)."""
    from townshipdesk.sync.bundle_format import read_manifest

    found, _, _ = read_manifest(path)
    if found.get("bundle_id") != manifest["bundle_id"]:
        raise BundleRefused(msg("写入后重新读取“{p}”时内容不符，请换一个U盘或文件夹重试",
                                "'{p}' read back differently after writing; try another drive or folder", p=path.name))


def export_changes(db_path: Path, data_dir: Path, target: Path, progress: Progress, *, email_to: str = "",
                   sender_name: str = "") -> Written:
    """Township → county: the bundle at `target`, and an .eml draft beside it when `email_to` is given."""
    progress(0, 1)  # Cancel can stop it until here; a bundle being written is finished, then checked
    with _sync(db_path, data_dir) as sync:
        manifest = sync.export_changes(target)
    _check_written(target, manifest)
    eml = None
    if email_to:
        from townshipdesk.sync.email_out import write_eml

        eml = write_eml(target, target.with_suffix(".eml"), to=email_to, sender_name=sender_name,
                        subject=f"【政务公开同步】{sender_name} {manifest['created_at'][:10]}")
    return Written(target, manifest, target.stat().st_size, eml)


def export_receipt(db_path: Path, data_dir: Path, target: Path, to: str, progress: Progress) -> Written:
    """County → township: the receipt for the last bundle received from `to` (site id, division code or name)."""
    progress(0, 1)
    with _sync(db_path, data_dir) as sync:
        manifest = sync.export_receipt(target, to=to)
    _check_written(target, manifest)
    return Written(target, manifest, target.stat().st_size)


def import_bundle(db_path: Path, data_dir: Path, path: Path, progress: Progress, *,
                  accept_catalog: bool = False) -> dict[str, Any]:
    """Verify and import one bundle (all or nothing). BundleRefused says why nothing changed."""
    progress(0, 1)  # the last moment Cancel can stop it: from here the import is one transaction
    with _sync(db_path, data_dir) as sync:
        result = sync.import_bundle(path, accept_catalog=accept_catalog)
    return {**result, "path": str(path)}
