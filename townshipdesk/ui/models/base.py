"""What every table model here shares: rows in a list, (key, header) columns, and loading page by page.

Large tables (catalog items, disclosure records) hold only the rows shown so far; Qt asks for the next
page (`fetchMore`) when the view is scrolled near the end, and `_next_page` says how to get it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE_SIZE = 200
AnyIndex = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """Rows in `self._rows`, columns as (key, header) pairs in `self._columns`."""

    _rows: list[Any]
    _columns: list[tuple[str, str]]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][1]
        return None


class PagedTableModel(RowsTableModel):
    """Rows loaded PAGE_SIZE at a time; `_total` is how many match, `_next_page` fetches the next ones."""

    _total: int = 0

    def _next_page(self) -> list[Any]:
        raise NotImplementedError

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return
        page = self._next_page()
        if not page:
            self._total = len(self._rows)  # the data shrank under us; stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
