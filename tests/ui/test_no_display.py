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
