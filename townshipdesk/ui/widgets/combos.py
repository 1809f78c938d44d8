"""A combo box of codes shown in words: what every dialog's choice of kind, source, channel or rhythm is."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QComboBox


def code_combo(name: str, codes: Iterable[str], text: Callable[[str], str], *, editable: bool = False) -> QComboBox:
    """A QComboBox named `name` listing `text(code)` for each code, the code kept as the item's data; `editable`
    lets the clerk write one not listed."""
    box = QComboBox()
    box.setObjectName(name)
    box.setEditable(editable)
    for code in codes:
        box.addItem(text(code), code)
    return box
