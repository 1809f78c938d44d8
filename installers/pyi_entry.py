"""Entry script of the frozen app (PyInstaller): the same `townshipdesk.app:main` as the console script.

With no arguments it opens the window, with a command it runs the CLI (see townshipdesk/app.py). Before that
it adjusts two things that only concern the frozen app:

* Windows builds two executables from this script: the windowed TownshipDesk.exe has no console, so Python
  starts it with sys.stdout and sys.stderr set to None; a message written there (a usage error when the
  windowed exe is given a command) would raise instead. They go to the null device.
* Linux: the bundled Qt has input-method plugins for IBus and compose only. On UOS/Kylin the session usually
  says QT_IM_MODULE=fcitx, for which the bundle has no plugin, so Chinese could not be typed at all; fcitx5
  also serves IBus clients, so the IBus plugin is asked for instead (never worse: without it Qt would fall
  back to no input method).
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path


def null_streams() -> None:
    if sys.stdout is None or sys.stderr is None:
        null = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        sys.stdout = sys.stdout or null
        sys.stderr = sys.stderr or null


def input_method_fallback(environ: MutableMapping[str, str], plugin_dir: Path) -> None:
    """QT_IM_MODULE=fcitx (or fcitx5) with no fcitx plugin in the bundle: use the bundled IBus plugin."""
    wanted = environ.get("QT_IM_MODULE", "")
    if not wanted.startswith("fcitx") or not plugin_dir.is_dir():
        return
    plugins = [p.name for p in plugin_dir.iterdir()]
    if not any("fcitx" in name for name in plugins) and any("ibus" in name for name in plugins):
        environ["QT_IM_MODULE"] = "ibus"


if __name__ == "__main__":
    null_streams()
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root and sys.platform.startswith("linux"):
        input_method_fallback(os.environ, Path(frozen_root) / "PySide6" / "Qt" / "plugins" / "platforminputcontexts")

    from townshipdesk.app import main

    sys.exit(main())
