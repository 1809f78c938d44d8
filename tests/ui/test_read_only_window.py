"""The window on a data folder this user cannot write (a write-protected USB stick): it opens to look, says so
in its title and status bar, and a change is refused with the folder named. Run as a real child process on a
read-only bind mount in a private mount namespace (root ignores file permissions); skipped where the machine
cannot make one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli import test_cli_read_only as cli_read_only

office = cli_read_only.office  # the same set-up township (a fixture), in a folder every user may enter
_env = cli_read_only._env

CHILD = r'''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

shown = []
QMessageBox.critical = staticmethod(lambda *a, **k: shown.append(("critical", a[2])) or QMessageBox.StandardButton.Ok)
QMessageBox.warning = staticmethod(lambda *a, **k: shown.append(("warning", a[2])) or QMessageBox.StandardButton.Ok)

def look():
    try:
        from townshipdesk.errors import UserError
        window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
        print("TITLE", window.windowTitle())
        print("STATUS", window.read_only_label.text())
        villages = window.session.villages
        print("VILLAGES", [v.name for v in villages.all()])
        try:
            villages.add("530902100299", "小河村")
        except UserError as exc:
            print("REFUSED", exc)
    except BaseException as exc:  # never leave the child waiting on an error box
        print("FAILED", repr(exc))
    finally:
        QApplication.instance().exit(0)

_exec = QApplication.exec
def exec_(self):
    QTimer.singleShot(800, look)
    return _exec()
QApplication.exec = exec_
from townshipdesk.app import main
code = main([])
print("SHOWN", shown)
sys.exit(code)
'''


def test_the_window_opens_read_only_and_refuses_a_change(office: Path) -> None:
    prefix = cli_read_only.read_only_prefix(office)
    env = {**_env(), "QT_QPA_PLATFORM": "offscreen", "TOWNSHIPDESK_DATA": str(office)}
    done = subprocess.run([*prefix, sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=60)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "TITLE" in out and "（只读）" in out.split("TITLE", 1)[1].splitlines()[0]
    assert "只读：数据文件夹不可写，只能查看，不能修改" in out
    assert "VILLAGES ['大河村']" in out  # the office's data is there to look at
    assert f"REFUSED 数据文件夹“{office}”是只读的" in out
    assert "SHOWN []" in out  # no error box on opening
