"""One window per data folder: a second start on the same folder brings the first window forward (and hands it a
double-clicked bundle) instead of opening a second window on the same database."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from tests.conftest import REPO
from townshipdesk.cli.main import run
from townshipdesk.ui import single_instance
from townshipdesk.ui.single_instance import claim, forward_to_running, server_name


@pytest.fixture
def app_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """start() sets the excepthook and adds a log handler, as the app does; put both back afterwards."""
    root = logging.getLogger()
    handlers = list(root.handlers)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def test_the_name_belongs_to_the_folder_however_it_is_written(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert forward_to_running(tmp_path / "a", "show") is False  # nobody listens yet


def test_a_second_start_brings_the_minimised_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    server = claim(tmp_path, "show", lambda: window)
    assert server is not None
    try:
        assert window.isMinimized()
        assert claim(tmp_path, "show", lambda: None) is None  # the second start: handed over, no window of its own
        qtbot.waitUntil(lambda: not window.isMinimized() and window.isVisible(), timeout=5000)
        assert forward_to_running(tmp_path / "other", "show") is False  # another folder is another office
    finally:
        server.close()


def test_a_double_clicked_bundle_goes_to_the_open_window(qtbot: QtBot, tmp_path: Path) -> None:
    server = claim(tmp_path, "show", lambda: None)
    assert server is not None
    try:
        bundle = tmp_path / "东镇 2026-11.tdbundle"
        with qtbot.waitSignal(server.import_requested, timeout=5000) as got:
            assert forward_to_running(tmp_path, single_instance.import_message(bundle))
        assert got.args == [str(bundle.resolve())]
    finally:
        server.close()


def test_start_on_a_folder_already_open_opens_no_second_window(qtbot: QtBot, tmp_path: Path, app_state: None,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from townshipdesk.ui.startup import start

    data = tmp_path / "d"
    assert run(["--data-dir", str(data), "init", "--role", "township", "--division", "530902100000", "--name", "某镇"]) == 0
    capsys.readouterr()
    _app, first, code = start(str(data), None)
    assert first is not None and code == 0
    qtbot.addWidget(first)
    try:
        first.showMinimized()
        _app, second, code = start(str(data), None)
        assert (second, code) == (None, 0)
        assert "TownshipDesk 已经打开" in capsys.readouterr().err
        qtbot.waitUntil(lambda: not first.isMinimized(), timeout=5000)
        # The 工作台 fills in after the first paint: let it finish before its database is closed below.
        qtbot.waitUntil(lambda: getattr(first._built.get("dashboard"), "loaded", False), timeout=10_000)  # noqa: SLF001
        qtbot.wait(100)
    finally:
        first.close()
        first.session.close()


def _wait_for(predicate, timeout: float) -> bool:  # noqa: ANN001
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_a_real_second_process_hands_over_and_exits(tmp_path: Path) -> None:
    """Two real processes offscreen: the second says so on its console and exits; the first logs the request."""
    data = tmp_path / "d"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TOWNSHIPDESK_DATA": ""}
    command = [sys.executable, "-m", "townshipdesk", "--data-dir", str(data)]
    assert subprocess.run([*command, "init", "--role", "township", "--division", "530902100000", "--name", "某镇"],
                          cwd=REPO, env=env, capture_output=True, timeout=120).returncode == 0
    log = data / "townshipdesk.log"
    first = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert _wait_for(lambda: log.exists() and "listening for second starts" in log.read_text(encoding="utf-8"), 120), \
            first.stderr.read() if first.poll() is not None and first.stderr else "the first window did not start"
        second = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        assert f"TownshipDesk 已经打开（数据文件夹 {data}），已切换到那个窗口。" in second.stderr
        assert _wait_for(lambda: "second start on the same data folder: show" in log.read_text(encoding="utf-8"), 30)
        assert first.poll() is None  # the first window is still open
    finally:
        first.terminate()
        first.communicate(timeout=30)
