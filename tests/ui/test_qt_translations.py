"""Qt's own buttons speak Chinese in the Chinese UI; our English comes from the shipped Qt translation."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from townshipdesk.i18n import set_language, tr
from townshipdesk.ui.main_window import MainWindow
from townshipdesk.ui.qt_translations import (
    install_message_translations,
    install_qt_translations,
    messages_file,
)
from townshipdesk.ui.session import Session


def test_standard_buttons_are_chinese_then_english(qapp: QApplication) -> None:
    assert install_qt_translations(qapp, "zh")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    install_qt_translations(qapp, "en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    set_language("en")
    yield qapp
    install_message_translations(qapp, "zh")
    set_language("zh")


def test_english_comes_from_the_shipped_qt_translation(english: QApplication, tmp_path: Path,
                                                       session: Session, qtbot: QtBot) -> None:
    # A translator's change to the .ts, compiled with lrelease, is what the window shows: the code's own
    # English is not used while the .qm is installed.
    ts = tmp_path / "townshipdesk_en.ts"
    shipped = messages_file("en").with_suffix(".ts").read_text(encoding="utf-8")
    ts.write_text(shipped.replace("<translation>Overview</translation>", "<translation>Today's work</translation>"),
                  encoding="utf-8")
    qm = tmp_path / "townshipdesk_en.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    assert install_message_translations(english, "en", qm)
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Today's work"
    assert tr("逾期", "Overdue") == "Overdue" and tr("逾期", "OVERDUE") == "OVERDUE"  # told apart by the comment

    assert install_message_translations(english, "en")  # the shipped file
    assert tr("工作台", "Overview") == "Overview"
    assert tr("一条新消息", "a message newer than the .qm") == "a message newer than the .qm"


def test_without_the_translation_file_the_codes_english_is_shown(english: QApplication, tmp_path: Path) -> None:
    assert not install_message_translations(english, "en", tmp_path / "missing.qm")
    assert tr("工作台", "Overview") == "Overview"
    set_language("zh")
    assert tr("工作台", "Overview") == "工作台"


def test_english_chosen_in_settings_is_the_language_of_the_next_start(qapp: QApplication, qtbot: QtBot,
                                                                      session: Session,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from townshipdesk.ui.startup import start

    window = MainWindow(session)
    qtbot.addWidget(window)
    settings = window.show_page("settings")
    settings.language_box.setCurrentIndex(settings.language_box.findData("en"))
    window.close()

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start() installs its own; put it back afterwards
    handlers = list(logging.getLogger().handlers)
    try:
        _app, started, code = start(str(session.data_dir), None)
        assert code == 0 and started is not None
        qtbot.addWidget(started)
        assert [started.nav.item(i).text() for i in range(3)] == ["Overview", "Catalog", "Disclosures"]
        assert tr("工作台", "-") == "Overview"  # from the shipped .qm, not the code
        started.close()
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
        install_message_translations(qapp, "zh")
        install_qt_translations(qapp, "zh")
        set_language("zh")
