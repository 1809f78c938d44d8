"""Start the GUI: read the options, then hand over to `startup` (Qt application, database, window).

Only what the first page needs is imported before the window paints; Excel, PDF and the other pages
load when first used (an old office PC with a spinning disk feels every module). This module itself
imports no Qt, so that the core modules can be loaded before PySide6 (see `prepare`).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from townshipdesk.i18n import LANGUAGES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from townshipdesk.ui.main_window import MainWindow

# Loaded before PySide6 on purpose: PySide6 hooks every import made after it and reads each module's
# source (looking for `from __feature__ import`), which costs start-up time for modules without Qt.
# Only what the first paint needs: the 工作台's due lists (records, deadlines, the calendar) load after it.
# The catalog (and the shipped catalog's update after an upgrade) waits for the first paint too.
PRELOAD_BEFORE_QT = (
    "townshipdesk.core.datadir", "townshipdesk.core.store", "townshipdesk.core.site", "logging", "traceback",
)


@dataclass(frozen=True)
class Options:
    data_dir: str | None = None
    lang: str | None = None
    import_bundle: str | None = None  # a .tdbundle opened from the file manager


def parse_options(args: list[str]) -> Options:
    """`--data-dir DIR` and `--lang zh|en` (also as `--opt=value`); anything else is left for Qt.

    Parsed by hand: argparse costs start-up time, and `app.py` only sends these two options here.
    """
    values: dict[str, str] = {}
    names = {"--data-dir": "data_dir", "--lang": "lang", "--import-bundle": "import_bundle"}
    i = 0
    while i < len(args):
        name, eq, value = args[i].partition("=")
        if name in names:
            if not eq:
                i += 1
                value = args[i] if i < len(args) else ""
            values[names[name]] = value
        i += 1
    lang = values.get("lang")
    return Options(values.get("data_dir") or None, lang if lang in LANGUAGES else None, values.get("import_bundle") or None)


def prepare(args: list[str]) -> tuple[QApplication, MainWindow | None, int]:
    """Everything up to the shown window, without the event loop (the start-up benchmark uses this)."""
    options = parse_options(args)
    for name in PRELOAD_BEFORE_QT:
        importlib.import_module(name)
    from townshipdesk.ui.startup import start

    return start(options.data_dir, options.lang, options.import_bundle)


def no_display_reason() -> str | None:
    """Why a window cannot open here (a Linux session with no desktop), or None."""
    import os
    import sys

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    from townshipdesk.i18n import tr

    return tr("没有图形桌面（未设置 DISPLAY），无法打开窗口。请在桌面环境中运行，或使用命令行：townshipdesk --help",
              "No graphical desktop (DISPLAY is not set), so no window can open. Run it on a desktop, or use the "
              "command line: townshipdesk --help")


def run_gui(args: list[str]) -> int:
    """The `townshipdesk` GUI: returns the process exit code."""
    reason = no_display_reason()
    if reason:
        import sys

        from townshipdesk.i18n import set_language

        lang = parse_options(args).lang
        if lang:
            set_language(lang)
            reason = no_display_reason() or reason
        sys.stderr.write(reason + "\n")
        return 2
    app, window, code = prepare(args)
    if window is None:
        return code
    result = app.exec()
    window.session.close()
    return result
