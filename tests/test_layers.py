"""The layers of design.md: the core, io, sync, the shared wording and the command line never load Qt (the CLI
starts fast and runs where no Qt libraries are installed); only townshipdesk.ui does."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

CHECK = """
import importlib, pkgutil, sys
import townshipdesk
for info in pkgutil.walk_packages(townshipdesk.__path__, "townshipdesk."):
    if info.name.split(".")[1] in ("core", "io", "sync", "wording", "cli") or info.name in (
            "townshipdesk.i18n", "townshipdesk.errors", "townshipdesk.resources"):
        importlib.import_module(info.name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(",".join(qt))
"""


def test_only_the_window_loads_qt() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
