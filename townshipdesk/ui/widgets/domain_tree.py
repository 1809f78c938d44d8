"""The domain list beside the catalog table: 全部 plus every domain, with item counts and status marks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from townshipdesk.core.catalog import DomainInfo
from townshipdesk.i18n import tr
from townshipdesk.wording.display import domain_label, domain_status_text

DOMAIN_ROLE = Qt.ItemDataRole.UserRole
PLACEHOLDER_COLOUR = QColor("#b35c00")
EMPTY_COLOUR = QColor("#9a9a9a")


class DomainTree(QTreeWidget):
    """Emits `domain_chosen(name)` with None for 全部."""

    domain_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("domain_tree")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._domains: dict[str, DomainInfo] = {}
        self.currentItemChanged.connect(self._current_changed)

    def domain_info(self, name: str | None) -> DomainInfo | None:
        return self._domains.get(name) if name else None

    @property
    def placeholder_domains(self) -> set[str]:
        return {d.name for d in self._domains.values() if d.placeholder}

    def current_domain(self) -> str | None:
        item = self.currentItem()
        return item.data(0, DOMAIN_ROLE) if item is not None else None

    def set_domains(self, domains: list[DomainInfo]) -> None:
        """Fill the list; the current domain stays chosen if it still exists. Emits no signal."""
        current = self.current_domain()
        self._domains = {d.name: d for d in domains}
        self.blockSignals(True)
        try:
            self.clear()
            total = QTreeWidgetItem(self, [tr("全部领域", "All domains"), str(sum(d.active for d in domains))])
            total.setData(0, DOMAIN_ROLE, None)
            bold = QFont(total.font(0))
            bold.setBold(True)
            total.setFont(0, bold)
            chosen = total
            for domain in domains:
                entry = QTreeWidgetItem(self, [domain_label(domain), str(domain.active)])
                entry.setData(0, DOMAIN_ROLE, domain.name)
                entry.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                tip = domain_status_text(domain)
                if domain.retired:
                    tip += "\n" + tr("另有已停用事项 {n} 个", "{n} retired items besides", n=domain.retired)
                entry.setToolTip(0, tip)
                entry.setToolTip(1, tip)
                if domain.placeholder:
                    for col in (0, 1):
                        entry.setForeground(col, QBrush(PLACEHOLDER_COLOUR))
                elif domain.active == 0:
                    for col in (0, 1):
                        entry.setForeground(col, QBrush(EMPTY_COLOUR))
                if domain.name == current:
                    chosen = entry
            self.setCurrentItem(chosen)
        finally:
            self.blockSignals(False)
        self._fit_names()

    def _fit_names(self) -> None:
        """Never clip a name: a cut-off "（占位示例）" would pass a placeholder off as a real catalog."""
        metrics = self.fontMetrics()
        names = [self.topLevelItem(i).text(0) for i in range(self.topLevelItemCount())]
        counts = [self.topLevelItem(i).text(1) for i in range(self.topLevelItemCount())]
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0)
        widest_count = max((metrics.horizontalAdvance(c) for c in counts), default=0)
        scrollbar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(widest + widest_count + self.indentation() + scrollbar + 20)

    def choose(self, name: str | None) -> None:
        """Select a domain by name (None: 全部), as a click would."""
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item.data(0, DOMAIN_ROLE) == name:
                self.setCurrentItem(item)
                return

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None:
            self.domain_chosen.emit(current.data(0, DOMAIN_ROLE))
