"""Started on a Linux machine without a desktop, the GUI explains itself instead of crashing in Qt."""

from __future__ import annotations

import sys

import pytest

from townshipdesk.ui.launch import no_display_reason, run_gui


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops only")
def test_no_display_is_explained(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert "DISPLAY" in (no_display_reason() or "")
    assert run_gui(["--lang", "en"]) == 2
    assert "No graphical desktop" in capsys.readouterr().err
    monkeypatch.setenv("DISPLAY", ":0")
    assert no_display_reason() is None


def test_a_double_clicked_bundle_opens_the_sync_page(qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """`townshipdesk FILE.tdbundle` (the file association) opens the window on 同步 and imports the file."""
    from townshipdesk.cli.main import run
    from townshipdesk.ui.launch import prepare

    data = tmp_path / "d"
    assert run(["--data-dir", str(data), "init", "--role", "county", "--division", "530902000000", "--name", "某县"]) == 0
    junk = tmp_path / "x.tdbundle"
    junk.write_bytes(b"not a bundle")
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    _app, window, code = prepare(["--data-dir", str(data), "--import-bundle", str(junk)])
    assert window is not None and code == 0
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.show_page("sync")
    page = window.show_page("sync")
    qtbot.waitUntil(lambda: "不是完整的同步包" in page.result_label.text(), timeout=10000)  # type: ignore[attr-defined]
    window.session.close()
