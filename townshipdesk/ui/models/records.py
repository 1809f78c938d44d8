"""Disclosure record tables: a fixed list (the 工作台 sections) and the lazily loaded 公开记录 table.

An office may hold 100,000 records: the 公开记录 table asks the database for how many match and then
for one page of PAGE_SIZE rows at a time (`fetchMore`), as the user scrolls, so opening the page and
every change of filter cost one count and one page, never the whole table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from townshipdesk.core.disclosures import Disclosures, Record
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.i18n import tr
from townshipdesk.ui.models.base import PAGE_SIZE, AnyIndex, PagedTableModel, RowsTableModel
from townshipdesk.wording.display import join_values
from townshipdesk.wording.records import (
    attribute_name,
    attribute_text,
    due_text,
    estimate_warning,
    record_column_samples,
    reminder,
    state_text,
)

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_COLOUR = QColor("#9b1c1c")
SOON_COLOUR = QColor("#a35200")
QUIET_COLOUR = QColor("#7a7a7a")



@dataclass(frozen=True)
class RecordFilter:
    """What the 公开记录 table shows; None / "" means no restriction."""

    domain: str | None = None
    state: str | None = None
    attribute: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str = ""

    def kwargs(self) -> dict[str, Any]:
        return {"domain": self.domain, "state": self.state, "attribute": self.attribute,
                "date_from": self.date_from, "date_to": self.date_to, "text": self.text or None}

    @property
    def empty(self) -> bool:
        return self == RecordFilter()


def column_headers() -> dict[str, str]:
    """Every column a record table can show; headers built on demand so they follow the language."""
    return {
        "formed_date": tr("形成日期", "Formed"),
        "title": tr("标题", "Title"),
        "domain": tr("领域", "Domain"),
        "item": tr("公开事项", "Item"),
        "due_date": tr("截止日", "Due"),
        "reminder": tr("提醒", "Reminder"),
        "state": tr("状态", "State"),
        "attribute": tr("公开属性", "Attribute"),
        "doc_number": tr("文号", "Doc. no."),
        "publish_date": tr("发布日期", "Published"),
        "id": tr("编号", "Id"),
        "number": tr("编号", "Number"),
        "township": tr("乡镇", "Township"),
    }


PAGE_COLUMNS = ("number", "formed_date", "title", "due_date", "reminder", "state", "domain", "item", "attribute", "doc_number",
                "publish_date")
DUE_COLUMNS = ("due_date", "reminder", "title", "state", "domain", "number")
COUNTY_COLUMNS = ("township", *PAGE_COLUMNS)  # the county lists every township's records: whose (and its number)


class RecordListModel(RowsTableModel):
    """Records in a fixed list, each row marked by how it stands on `today` (overdue rows in red)."""

    def __init__(self, columns: Sequence[str], calendar: Callable[[], WorkCalendar]) -> None:
        super().__init__()
        headers = column_headers()
        self._columns = [(key, headers[key]) for key in columns]
        self._calendar = calendar
        self._rows: list[Record] = []
        self._reminders: dict[int, tuple[str, str]] = {}
        self.today = dt.date.today()

    def set_records(self, records: list[Record], today: dt.date) -> None:
        self.beginResetModel()
        self.today = today
        self._rows = list(records)
        self._reminders = {}
        self.endResetModel()

    def record_at(self, row: int) -> Record | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def replace_record(self, record: Record) -> None:
        """Show a changed record in place (after a review step), without reloading the table."""
        for row, old in enumerate(self._rows):
            if old.uuid == record.uuid:
                self._rows[row] = record
                self._reminders.pop(row, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
                return

    def loaded_row_of(self, uuid: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.uuid == uuid), None)

    def column_of(self, key: str) -> int:
        return next(i for i, (k, _h) in enumerate(self._columns) if k == key)

    def samples(self) -> dict[int, list[str]]:
        """Widest texts of the fixed-value columns shown, by column (for set_column_widths)."""
        keys = [k for k, _h in self._columns]
        return {keys.index(key): texts for key, texts in record_column_samples().items() if key in keys}

    def _reminder(self, row: int) -> tuple[str, str]:
        # Computed once per row shown (a working-day count), not on every paint.
        if row not in self._reminders:
            self._reminders[row] = reminder(self._rows[row], self.today, self._calendar())
        return self._reminders[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        key = self._columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), record, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), record, key)
        if role == Qt.ItemDataRole.BackgroundRole and self._reminder(index.row())[0] == "overdue":
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            kind = self._reminder(index.row())[0]
            if kind == "overdue":
                return QBrush(OVERDUE_COLOUR)
            if kind == "soon" and key in ("due_date", "reminder"):
                return QBrush(SOON_COLOUR)
            if record.state == "published" and key == "state":
                return QBrush(QUIET_COLOUR)
        if role == Qt.ItemDataRole.UserRole:
            return record.uuid
        return None

    def _display(self, row: int, record: Record, key: str) -> str:
        if key == "due_date":
            return due_text(record)
        if key == "reminder":
            return self._reminder(row)[1]
        if key == "state":
            return state_text(record.state)
        if key == "item":
            return record.item_name
        if key == "attribute":
            return attribute_name(record.attribute)
        if key == "id":
            return record.short_id
        if key == "number":
            return record.display_number
        if key == "publish_date":
            return record.publish_date or ""
        value = getattr(record, key)
        return join_values(value) if isinstance(value, list) else str(value or "")

    def _tooltip(self, row: int, record: Record, key: str) -> str | None:
        if key == "due_date" and record.due_date:
            parts = []
            if record.due_estimated:
                parts.append(estimate_warning())
            if record.due_reason:
                parts.append(tr("手工指定，理由：{r}（按时限计算为 {c}）", "Set by hand: {r} (the time limit gives {c})",
                                r=record.due_reason, c=record.due_computed or "—"))
            return "\n".join(parts) or None
        if key in ("item", "title", "domain"):
            head = record.title if key == "title" else f"{record.domain} / {record.item_name}"
            return tr("{h}\n公开事项：{d} / {i}\n公开时限：{t}", "{h}\nItem: {d} / {i}\nTime limit: {t}", h=head,
                      d=record.domain, i=record.item_name, t=record.time_limit or "—") if key == "title" else tr(
                "{h}\n公开时限：{t}", "{h}\nTime limit: {t}", h=head, t=record.time_limit or "—")
        if key == "attribute":
            return attribute_text(record)
        text = self._display(row, record, key)
        return text or None


class RecordsModel(PagedTableModel, RecordListModel):
    """Records matching a RecordFilter, newest first, loaded in pages of PAGE_SIZE."""

    def __init__(self, records: Callable[[], Disclosures], columns: Sequence[str] = PAGE_COLUMNS) -> None:
        super().__init__(columns, lambda: records().calendar)
        self._records = records
        self._filter = RecordFilter()
        self._total = 0

    @property
    def record_filter(self) -> RecordFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many records match, loaded or not."""
        return self._total

    def set_filter(self, record_filter: RecordFilter, today: dt.date) -> None:
        """Show other records (or the same ones again after a change), starting at the first page."""
        self.beginResetModel()
        self._filter = record_filter
        self.today = today
        self._rows = []
        self._reminders = {}
        self._total = self._records().count(**record_filter.kwargs())
        self._rows = self._next_page()
        self.endResetModel()

    def reload(self, today: dt.date) -> None:
        self.set_filter(self._filter, today)

    def row_of(self, uuid: str, *, max_pages: int | None = None) -> int | None:
        """The row of a record, loading further pages (at most `max_pages`) until it is found."""
        pages = 0
        while True:
            row = self.loaded_row_of(uuid)
            if row is not None:
                return row
            if not self.canFetchMore(QModelIndex()) or (max_pages is not None and pages >= max_pages):
                return None
            self.fetchMore(QModelIndex())
            pages += 1

    def _next_page(self) -> list[Record]:
        return self._records().list(**self._filter.kwargs(), limit=PAGE_SIZE, offset=len(self._rows))
