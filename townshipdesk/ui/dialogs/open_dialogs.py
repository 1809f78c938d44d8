"""The non-blocking dialogs a page has open. They are shown window-modal with `open()` (never `exec()`, which
would block the event loop and the tests), kept referenced while shown (Python would otherwise collect them)
and deleted once closed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from PySide6.QtWidgets import QDialog

from townshipdesk.ui.widgets.screen_fit import fit_to_screen

D = TypeVar("D", bound=QDialog)


class OpenDialogs:
    def __init__(self) -> None:
        self._shown: list[QDialog] = []

    def open(self, dialog: D) -> D:
        """Show `dialog` window-modal without blocking; forget and delete it once it is closed."""
        self._shown.append(dialog)

        def closed(_result: int) -> None:
            if dialog in self._shown:
                self._shown.remove(dialog)
            dialog.deleteLater()

        dialog.finished.connect(closed)
        fit_to_screen(dialog)  # a 1024×768 screen with a taskbar shows all of it, buttons included
        dialog.open()
        return dialog

    def __getitem__(self, index: int) -> QDialog:
        return self._shown[index]

    def __len__(self) -> int:
        return len(self._shown)

    def __iter__(self) -> Iterator[QDialog]:
        return iter(list(self._shown))
