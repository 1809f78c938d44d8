"""Typing Chinese the way a user does: an input method commits the text to the focused widget.

QTest.keyClicks only knows ASCII keys (Qt asserts on anything else), and Chinese never arrives as key
presses anyway: 拼音 input methods deliver whole words in a QInputMethodEvent.
"""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Commit `text` at the cursor of `widget`, as an input method would."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
