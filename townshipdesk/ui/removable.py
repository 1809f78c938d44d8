"""USB sticks and other removable drives a bundle can be saved to, from Qt's list of mounted volumes.

Qt does not say which volumes are removable, so the system ones are left out by where they are mounted:
on Windows every drive but the system drive; elsewhere the places desktops mount sticks
(/media/<user>/…, /run/media/<user>/…, /mnt/…, /Volumes/… on macOS).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from townshipdesk.i18n import tr

REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
SYSTEM_FILESYSTEMS = {"tmpfs", "devtmpfs", "proc", "sysfs", "squashfs", "overlay", "cgroup", "cgroup2", "autofs",
                      "devpts", "mqueue", "debugfs", "tracefs", "securityfs", "pstore", "efivarfs", "bpf", "fusectl",
                      "configfs", "hugetlbfs", "binfmt_misc", "nsfs", "ramfs"}


@dataclass(frozen=True)
class Volume:
    """What the filter needs to know of a mounted volume (QStorageInfo, or a test's stand-in)."""

    root: str
    name: str
    filesystem: str
    ready: bool
    read_only: bool
    is_root: bool
    free_bytes: int


@dataclass(frozen=True)
class Drive:
    path: Path
    name: str
    free_bytes: int

    @property
    def label(self) -> str:
        """`KINGSTON（可用 14.3 GB）`: short enough for the drop-down; the mount point goes in its tooltip."""
        return tr("{n}（可用 {f}）", "{n} ({f} free)", n=self.name, f=size_text(self.free_bytes))


def size_text(size: int) -> str:
    for unit, step in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if size >= step:
            return f"{size / step:.1f} {unit}"
    return f"{size} B"


def pick_removable(volumes: Iterable[Volume], *, platform: str | None = None) -> list[Drive]:
    """The volumes a clerk could mean by "the USB stick": writable, ready, not where the system lives."""
    platform = platform or sys.platform
    system_drive = os.environ.get("SYSTEMDRIVE", "C:").rstrip("\\/").upper()
    out = []
    for v in volumes:
        if not v.ready or v.read_only or v.is_root or v.filesystem.lower() in SYSTEM_FILESYSTEMS:
            continue
        root = v.root.replace("\\", "/")
        if platform == "win32":
            if root.rstrip("/").upper() == system_drive:
                continue
        elif not root.startswith(REMOVABLE_ROOTS):
            continue
        name = v.name or Path(root).name or root
        out.append(Drive(Path(v.root), name, v.free_bytes))
    return sorted(out, key=lambda d: str(d.path))


def mounted_volumes() -> list[Volume]:
    from PySide6.QtCore import QStorageInfo

    out = []
    for info in QStorageInfo.mountedVolumes():
        if not info.isValid():
            continue
        out.append(Volume(info.rootPath(), info.displayName(), bytes(info.fileSystemType().data()).decode("ascii", "replace"),
                          info.isReady(), info.isReadOnly(), info.isRoot(), info.bytesAvailable()))
    return out


def removable_drives() -> list[Drive]:
    return pick_removable(mounted_volumes())
