"""The catalog item table: rows fetched from the database a page at a time as the user scrolls.

A county catalog can hold thousands of items; loading a page of 200 keeps the first paint and every
keystroke of a search quick, and Qt asks for the next page (`fetchMore`) only when it is scrolled to.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from townshipdesk.core.catalog import Catalog, CatalogItem
from townshipdesk.core.timelimits import parse_time_limit
from townshipdesk.i18n import language, tr
from townshipdesk.ui.models.base import PAGE_SIZE, AnyIndex, PagedTableModel
from townshipdesk.ui.widgets.channel_list import channel_name
from townshipdesk.wording.display import element_value_text, join_values, placeholder_mark

RETIRED_COLOUR = QColor("#9a9a9a")
UNPARSED_COLOUR = QColor("#b35c00")



@dataclass(frozen=True)
class ItemFilter:
    """What the table shows: a domain (None for all), a search text, whether retired items are included."""

    domain: str | None = None
    query: str = ""
    include_retired: bool = False


@dataclass(frozen=True)
class _Row:
    item: CatalogItem
    rule_text: str | None  # the parsed 时限 rule, None when the phrasing is not recognised


def _columns() -> list[tuple[str, str]]:
    """(key, header) pairs; headers built on demand so they follow the chosen language."""
    return [
        ("id", tr("编号", "Id")),
        ("domain", tr("领域", "Domain")),
        ("level1", tr("一级事项", "Item (level 1)")),
        ("level2", tr("二级事项", "Item (level 2)")),
        ("time_limit", tr("公开时限", "Time limit")),
        ("body", tr("公开主体", "Responsible body")),
        ("mode", tr("公开方式", "Mode")),
        ("tiers", tr("公开层级", "Tier")),
    ]


class CatalogItemsModel(PagedTableModel):
    """Items matching an ItemFilter, loaded lazily in pages of PAGE_SIZE."""

    def __init__(self, catalog: Catalog, placeholder_domains: set[str] | None = None) -> None:
        super().__init__()
        self._catalog = catalog
        self._columns = _columns()
        self._filter = ItemFilter()
        self._rows: list[_Row] = []
        self._total = 0
        self._placeholders = placeholder_domains or set()
        self._warning_icon: QIcon | None = None

    # ---- what to show -------------------------------------------------------------------
    @property
    def item_filter(self) -> ItemFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many items match, loaded or not."""
        return self._total

    def set_filter(self, item_filter: ItemFilter, placeholder_domains: set[str] | None = None) -> None:
        """Show other items (or reload the same ones after a change): starts again at the first page."""
        self.beginResetModel()
        self._filter = item_filter
        if placeholder_domains is not None:
            self._placeholders = placeholder_domains
        self._rows = []
        self._total = self._catalog.count(item_filter.domain, include_retired=item_filter.include_retired,
                                          query=item_filter.query or None)
        self._rows = self._next_page()
        self.endResetModel()

    def reload(self, placeholder_domains: set[str] | None = None) -> None:
        self.set_filter(self._filter, placeholder_domains)

    def item_at(self, row: int) -> CatalogItem | None:
        return self._rows[row].item if 0 <= row < len(self._rows) else None

    def row_of(self, uuid: str) -> int | None:
        """The row of an item, loading further pages until it is found (or everything is loaded)."""
        while True:
            for index, row in enumerate(self._rows):
                if row.item.uuid == uuid:
                    return index
            if not self.canFetchMore(QModelIndex()):
                return None
            self.fetchMore(QModelIndex())

    # ---- lazy loading ----------------------------------------------------------------------
    def _next_page(self) -> list[_Row]:
        f = self._filter
        items = self._catalog.items(f.domain, include_retired=f.include_retired, query=f.query or None,
                                    limit=PAGE_SIZE, offset=len(self._rows))
        return [_make_row(item) for item in items]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        item = row.item
        key = self._columns[index.column()][0]
        unparsed = key == "time_limit" and bool(item.time_limit) and row.rule_text is None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key, unparsed)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.retired_at:
                return QBrush(RETIRED_COLOUR)
            if unparsed:
                return QBrush(UNPARSED_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and unparsed:
            return self._warning()
        if role == Qt.ItemDataRole.FontRole and item.retired_at:
            font = QApplication.font()
            font.setStrikeOut(True)
            return font
        return None

    def _display(self, item: CatalogItem, key: str) -> str:
        if key == "id":
            return item.short_id
        if key == "domain":
            return item.domain + (placeholder_mark() if item.domain in self._placeholders else "")
        value = getattr(item, key)
        if key == "channels":
            return join_values(channel_name(v) for v in value)
        return join_values(element_value_text(v) for v in value) if isinstance(value, list) else value.replace("\n", " ")

    def _tooltip(self, row: _Row, key: str, unparsed: bool) -> str | None:
        item = row.item
        parts = []
        if key == "time_limit" and item.time_limit:
            parts.append(tr("时限规则：{r}", "Rule: {r}", r=row.rule_text) if row.rule_text else tr(
                "无法识别为时限规则：按原文保存，不计算期限", "Not a recognisable rule: kept as text, no due date computed"))
        elif key not in ("id",):
            text = self._display(item, key)
            if text:
                parts.append(text)
        if item.retired_at:
            parts.append(tr("已停用：{r}", "Retired: {r}", r=item.retired_reason or ""))
        return "\n".join(parts) or None

    def _warning(self) -> QIcon:
        if self._warning_icon is None:
            self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon


def _make_row(item: CatalogItem) -> _Row:
    # Parsed once per loaded row, not on every paint of the cell.
    rule = parse_time_limit(item.time_limit) if item.time_limit else None
    return _Row(item, rule.describe(language()) if rule else None)
