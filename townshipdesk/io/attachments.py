"""Attachments stored by content: data/files/ab/cdef… (SHA-256), so the same file is kept once."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from townshipdesk.errors import RecordError
from townshipdesk.i18n import msg
from townshipdesk.io.atomic import write_atomically

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def stored_path(data_dir: Path, sha256: str) -> Path:
    return Path(data_dir) / "files" / sha256[:2] / sha256[2:]


def store_file(data_dir: Path, source: Path) -> tuple[str, int]:
    """Copy `source` into the data folder by content; return (sha256, size). Existing content is reused."""
    source = Path(source)
    if not source.is_file():
        raise RecordError(msg("找不到附件文件“{p}”", "Attachment not found: '{p}'", p=str(source)))
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise RecordError(msg("附件“{n}”超过 200 MB", "Attachment '{n}' is larger than 200 MB", n=source.name))
    digest = file_digest(source)
    target = stored_path(data_dir, digest)
    if not target.exists():
        write_atomically(target, lambda tmp: shutil.copyfile(source, tmp))
        if file_digest(target) != digest:  # the source changed while we copied it
            target.unlink()
            raise RecordError(msg("复制附件时文件发生变化，请重试", "The file changed while being copied; try again"))
    return digest, size
