"""Catalog versions: the list, and what changed between any two of them (added, removed, changed fields)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.catalog import Catalog, Diff, field_label
from townshipdesk.errors import UserError
from townshipdesk.i18n import language, tr
from townshipdesk.wording.display import china_time, join_values, version_kind_text


def _value(value: object) -> str:
    return join_values(value) if isinstance(value, list) else str(value).replace("\n", " ")


class VersionsDialog(QDialog):
    """Lists every catalog version; compares the two chosen ones."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.setWindowTitle(tr("目录版本", "Catalog versions"))
        self.resize(900, 640)
        versions = catalog.versions()

        self.table = QTableWidget(len(versions), 6)
        self.table.setHorizontalHeaderLabels([tr("版本", "Version"), tr("时间", "Time"), tr("类型", "Kind"),
                                              tr("来源/说明", "Source / note"), tr("变化", "Changes"),
                                              tr("事项数", "Items")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, v in enumerate(versions):
            cells = [str(v.number), china_time(v.created_at), version_kind_text(v.kind), v.source or v.note,
                     tr("新增 {a}，修改 {c}，停用 {r}", "+{a} ~{c} -{r}", a=v.added, c=v.changed, r=v.retired), str(v.total)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

        self.from_box = QComboBox()
        self.to_box = QComboBox()
        for v in versions:
            label = tr("第 {n} 版", "Version {n}", n=v.number)
            self.from_box.addItem(label, v.number)
            self.to_box.addItem(label, v.number)
        if versions:
            self.from_box.setCurrentIndex(max(len(versions) - 2, 0))
            self.to_box.setCurrentIndex(len(versions) - 1)
        self.compare_button = QPushButton(tr("比较", "Compare"))
        self.compare_button.setEnabled(len(versions) >= 2)
        self.compare_button.clicked.connect(self.compare)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(tr("从", "From")))
        chooser.addWidget(self.from_box)
        chooser.addWidget(QLabel(tr("到", "to")))
        chooser.addWidget(self.to_box)
        chooser.addWidget(self.compare_button)
        chooser.addStretch(1)

        self.summary = QLabel(tr("选择两个版本后点“比较”。", "Choose two versions and press Compare.")
                              if len(versions) >= 2 else tr("目前只有一个版本，暂无可比较的内容。",
                                                            "There is only one version so far."))
        self.summary.setWordWrap(True)
        self.diff_tree = QTreeWidget()
        self.diff_tree.setHeaderLabels([tr("事项 / 要素", "Item / element"), tr("原内容", "Before"), tr("新内容", "After")])
        self.diff_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭", "Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        layout.addWidget(self.diff_tree, 3)
        layout.addWidget(buttons)

    def compare(self) -> None:
        a, b = self.from_box.currentData(), self.to_box.currentData()
        try:
            diff = self._catalog.diff(a, b)
        except UserError as exc:
            self.summary.setText(str(exc))
            return
        self.show_diff(diff)

    def show_diff(self, diff: Diff) -> None:
        self.diff_tree.clear()
        self.summary.setText(tr("第 {a} 版 → 第 {b} 版：新增 {n}，删除 {r}，修改 {c}",
                                "Version {a} → {b}: {n} added, {r} removed, {c} changed",
                                a=diff.a, b=diff.b, n=len(diff.added), r=len(diff.removed), c=len(diff.changed)))
        lang = language()
        groups = [
            (tr("新增（{n}）", "Added ({n})", n=len(diff.added)), diff.added),
            (tr("删除或停用（{n}）", "Removed or retired ({n})", n=len(diff.removed)), diff.removed),
        ]
        for title, items in groups:
            group = QTreeWidgetItem(self.diff_tree, [title])
            for item in items:
                QTreeWidgetItem(group, [f"{item.domain} / {item.name}"])
            group.setExpanded(True)
        changed = QTreeWidgetItem(self.diff_tree, [tr("修改（{n}）", "Changed ({n})", n=len(diff.changed))])
        for change in diff.changed:
            entry = QTreeWidgetItem(changed, [f"{change.after.domain} / {change.after.name}"])
            for name in change.fields:
                QTreeWidgetItem(entry, [field_label(name, lang), _value(getattr(change.before, name)),
                                        _value(getattr(change.after, name))])
            entry.setExpanded(True)
        changed.setExpanded(True)
