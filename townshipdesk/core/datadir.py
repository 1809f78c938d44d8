"""Where an installation keeps its data: one folder holding the SQLite file and attachments."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "TownshipDesk"
DB_FILENAME = "townshipdesk.sqlite3"
ENV_VAR = "TOWNSHIPDESK_DATA"
# A file with this name beside the executable keeps all data beside it (running from a USB stick).
PORTABLE_MARKER = "portable.txt"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir`, else $TOWNSHIPDESK_DATA, else portable mode, else the user data dir."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    exe_dir = Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False) and (exe_dir / PORTABLE_MARKER).exists():
        return exe_dir / "data"
    from platformdirs import user_data_dir  # here: not needed when the folder is given (10 ms of start-up)

    return Path(user_data_dir(APP_NAME, appauthor=False))


def database_path(data_dir: Path) -> Path:
    """The SQLite file inside a data folder."""
    return data_dir / DB_FILENAME
