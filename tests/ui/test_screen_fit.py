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


def test_a_window_moved_and_resized_opens_where_it_was_left(tmp_path: Path) -> None:
    """The geometry is remembered: saved on close, restored at the next start (on a screen it fits)."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1366, "height": 728,
                                               "logicalDpi": 96}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    child = CHILD.replace("window.show()", "window.show()\nif len(sys.argv) > 3: window.setGeometry(60, 70, 1000, 600)"
                          "\napp.processEvents()\nwindow.close()\nwindow = MainWindow(session)\nwindow.restore_geometry()"
                          "\nwindow.show()")
    done = subprocess.run([sys.executable, "-c", child, str(tmp_path / "data"), "", "move"], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    x, y, w, h = found["window"]  # the frame: the window where it was left, with its borders
    assert 52 <= x <= 60 and 38 <= y <= 70 and 1000 <= w <= 1016 and 600 <= h <= 640


OFFICE_DIALOGS = {  # every dialog a clerk can open (tests fail here when one is added and not opened by the tool)
    "item-editor-new", "item-editor-edit", "catalog-versions", "import-wizard-preview", "record-editor-new",
    "record-editor-edit", "village-new", "village-item-new", "sheet-editor-namelist", "sheet-editor-finance",
    "sheet-editor-general", "objection", "batch-sheets", "request-new", "request-close", "holiday-year-editor",
    "trust-key-card", "county-township-records", "first-run",
}


def _inside(rect: list[int], room: list[int]) -> bool:
    x, y, w, h = rect
    rx, ry, rw, rh = room
    return x >= rx and y >= ry and x + w <= rx + rw and y + h <= ry + rh


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1366, 768)])
def test_every_dialog_and_its_buttons_fit_an_office_screen(width: int, height: int) -> None:
    """Every dialog opened as a clerk opens it, on a demo township (and a county), at 1024×768 and 1366×768 with a
    taskbar: the whole dialog on the screen, and every button that does not scroll with content on it too."""
    if not (Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "catalog-sample.xlsx").exists():
        pytest.skip("shared fixture not beside the checkout (the import wizard's preview needs it)")
    done = subprocess.run([sys.executable, "-m", "townshipdesk.ui.screenshots_office", "fit", str(width), str(height)],
                          capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    names = {d["name"] for d in report}
    assert names >= OFFICE_DIALOGS, OFFICE_DIALOGS - names
    assert any(n.startswith("request-step-") for n in names) and any(n.startswith("letter-") for n in names)
    for dialog in report:
        assert dialog["room"] == [0, 0, width, height - 40]
        assert _inside(dialog["frame"], dialog["room"]), (dialog["name"], dialog["frame"])
        assert dialog["buttons"] or dialog["name"] == "main-window", dialog["name"]
        for button in dialog["buttons"]:
            assert _inside(button["rect"], dialog["room"]), (dialog["name"], button)
            assert _inside(button["rect"], dialog["frame"]), (dialog["name"], button)


def test_a_dialog_taller_than_the_screen_scrolls_with_its_buttons_below(qtbot) -> None:  # noqa: ANN001
    """A form of 60 rows on this 800×800 test screen: its content scrolls, OK and Cancel stay in sight."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QScrollArea, QVBoxLayout

    from townshipdesk.ui.widgets.screen_fit import fit_to_screen, room_for

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    form = QFormLayout()
    for n in range(60):
        form.addRow(f"第{n + 1}项", QLineEdit())
    layout.addLayout(form)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(buttons)
    assert layout.totalMinimumSize().height() > room_for(dialog).height()
    fit_to_screen(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = room_for(dialog)
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    area = dialog.findChild(QScrollArea, "dialog_scroll")
    assert area is not None and area.verticalScrollBar().maximum() > 0  # the rows scroll
    assert buttons.parentWidget() is dialog and not area.isAncestorOf(buttons)
    bottom = buttons.mapTo(dialog, buttons.rect().bottomLeft()).y()
    assert 0 < bottom <= dialog.height()  # OK and Cancel inside the dialog, below the scrolling rows
    last = form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.FieldRole).widget()
    area.ensureWidgetVisible(last)
    assert area.verticalScrollBar().value() > 0
