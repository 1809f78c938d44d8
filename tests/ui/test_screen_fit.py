"""The main window fits the screens offices have (1024×768 and 1366×768 with a taskbar) and a roomy one, and a
geometry saved on a bigger screen is not restored off-screen. Each case runs in its own process, because the
offscreen platform's screen size is fixed when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = """
import json, sys
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication
from townshipdesk.cli.main import run
data = sys.argv[1]
run(["--data-dir", data, "init", "--role", "township", "--division", "530902100000", "--name", "测试镇人民政府"])
app = QApplication([])
from townshipdesk.core.store import Database
from townshipdesk.ui.main_window import GEOMETRY_KEY, MainWindow
from townshipdesk.ui.session import Session
from pathlib import Path
session = Session(Path(data), Database(Path(data) / "townshipdesk.sqlite3"))
if len(sys.argv) > 2:  # a geometry saved on a 1920×1080 screen
    big = MainWindow(session)
    big.setGeometry(300, 250, 1600, 1000)
    session.ui_settings().setValue(GEOMETRY_KEY, big.saveGeometry())
window = MainWindow(session)
window.restore_geometry()
window.show()
app.processEvents()
room = app.primaryScreen().availableGeometry()
g = window.frameGeometry()
print(json.dumps({"room": [room.x(), room.y(), room.width(), room.height()], "window": [g.x(), g.y(), g.width(), g.height()]}))
session.close()
"""


def window_on(tmp_path: Path, width: int, height: int, *extra: str) -> dict[str, list[int]]:
    # A screen of that size whose taskbar takes the bottom 40 pixels, as on Windows 10.
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": width, "height": height - 40,
                                               "logicalDpi": 96}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data"), *extra], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1366, 768)])
def test_the_window_fits_an_office_screen(tmp_path: Path, width: int, height: int) -> None:
    found = window_on(tmp_path, width, height)
    x, y, w, h = found["window"]
    rx, ry, rw, rh = found["room"]
    assert x >= rx and y >= ry and x + w <= rx + rw and y + h <= ry + rh
    assert w >= min(960, rw - 16) and h >= 600


def test_a_roomy_screen_gets_the_usual_size(tmp_path: Path) -> None:
    width, height = window_on(tmp_path, 1920, 1080)["window"][2:]  # the frame: the window and its borders
    assert 1280 <= width <= 1290 and 800 <= height <= 810


def test_a_geometry_saved_on_a_bigger_screen_is_fitted_again(tmp_path: Path) -> None:
    found = window_on(tmp_path, 1024, 768, "saved-big")
    x, y, w, h = found["window"]
    rx, ry, rw, rh = found["room"]
    assert x + w <= rx + rw and y + h <= ry + rh
