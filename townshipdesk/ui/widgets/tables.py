"""The read-only lists of the pages (catalog items, records, requests, the 工作台's lists): one way to set a
table up, and column widths that still show the whole header — widths are chosen for the Chinese headers, and
the English ones are often longer ("剩余工作日" / "Working days left")."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget

HEADER_PADDING = 20  # the section's margins and the sort arrow
CELL_PADDING = 12


def set_column_widths(table: QTableView, widths: Iterable[int],
                      samples: Mapping[int, Iterable[str]] | None = None) -> None:
    """Set each column to its width (0 leaves it alone), widened where its header would be cut off, or one of
    its `samples` (the longest texts a column of a few fixed values shows, such as states)."""
    model = table.model()
    header_metrics = table.horizontalHeader().fontMetrics()
    cell_metrics = table.fontMetrics()
    samples = samples or {}
    for column, width in enumerate(widths):
        if not width:
            continue
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) if model else None
        lines = str(header).split("\n") if header else []
        needed = max((header_metrics.horizontalAdvance(line) for line in lines), default=0) + HEADER_PADDING
        needed = max([needed, *(cell_metrics.horizontalAdvance(text) + CELL_PADDING for text in samples.get(column, ()))])
        table.setColumnWidth(column, max(width, needed))


def list_table(name: str, model: QAbstractItemModel | None = None, *, stretch_last: bool = True,
               row_padding: int = 10) -> QTableView:
    """A table of whole rows, one selected at a time, not editable in place, without row numbers."""
    table = QTableView()
    table.setObjectName(name)
    if model is not None:
        table.setModel(model)
    prepare_list_table(table, stretch_last=stretch_last, row_padding=row_padding)
    return table


def prepare_list_table(table: QTableView, *, stretch_last: bool = True, row_padding: int = 10) -> None:
    """Set up a table (or QTableWidget) made elsewhere as `list_table` does."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + row_padding)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)


def select_row(table: QTableView, row: int) -> None:
    """Make `row` the current, selected and visible row."""
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(index)


def row_table(name: str, headers: list[str], widths: Iterable[int], stretch: int) -> QTableWidget:
    """A short list filled cell by cell (a QTableWidget) set up as `list_table`: `widths` as set_column_widths
    takes them, column `stretch` taking the room left."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    prepare_list_table(table, stretch_last=False, row_padding=8)
    set_column_widths(table, widths)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
