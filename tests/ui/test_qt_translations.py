"""Qt's own buttons speak Chinese in the Chinese UI."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from townshipdesk.ui.qt_translations import install_qt_translations


def test_standard_buttons_are_chinese_then_english(qapp: QApplication) -> None:
    assert install_qt_translations(qapp, "zh")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    install_qt_translations(qapp, "en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
