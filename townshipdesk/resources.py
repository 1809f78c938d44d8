"""Locate the shipped data folders (fonts, calendar, catalogs) in a checkout, a wheel or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    candidates = [
        _PACKAGE_DIR.parent / name,  # source checkout / editable install
        _PACKAGE_DIR / f"_{name}",  # wheel (force-included by pyproject)
    ]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / name)
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(f"shipped folder {name!r} not found in {candidates}")


def resources_dir() -> Path:
    """The `resources/` folder: fonts, icons, translations, calendar data."""
    return _find("resources")


def catalogs_dir() -> Path:
    """The `catalogs/` folder: the shipped standard catalog, one JSON file per domain."""
    return _find("catalogs")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
