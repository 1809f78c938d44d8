"""标准目录: browse the catalog by domain, search as you type, see every element, add/edit/retire, import/export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.catalog import CatalogItem
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.ui.dialogs.import_wizard import ImportWizard
from townshipdesk.ui.dialogs.item_editor import ItemEditor
from townshipdesk.ui.dialogs.open_dialogs import OpenDialogs
from townshipdesk.ui.dialogs.versions import VersionsDialog
from townshipdesk.ui.messages import show_error, show_info
from townshipdesk.ui.models.catalog_items import CatalogItemsModel, ItemFilter
from townshipdesk.ui.session import CATALOG, Session
from townshipdesk.ui.widgets.domain_tree import DomainTree
from townshipdesk.ui.widgets.item_detail import ItemDetail
from townshipdesk.ui.widgets.tables import list_table, select_row, set_column_widths
from townshipdesk.ui.workers import Progress, run_with_progress
from townshipdesk.wording.display import join_values

DOMAIN_COLUMN = 1
SEARCH_DELAY_MS = 150  # long enough to skip the keystrokes of a word being typed, short enough to feel instant
BANNER_STYLE = "background:#fff3cd; color:#664d03; border:1px solid #ffe69c; padding:6px;"


class CatalogPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._catalog = session.catalog
        self._select_after_refresh: str | None = None
        self._dialogs = OpenDialogs()  # the non-blocking dialogs shown now

        self.domain_tree = DomainTree()
        self.domain_tree.domain_chosen.connect(lambda _name: self._apply_filter())

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("catalog_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(tr("搜索事项：任意要素中的文字，如“低保”“补贴”（Ctrl+F）",
                                               "Search any element, e.g. 低保 (Ctrl+F)"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.show_retired = QCheckBox(tr("显示已停用", "Show retired"))
        self.show_retired.toggled.connect(self._apply_filter)

        self.add_button = QPushButton(tr("新增", "New"))
        self.edit_button = QPushButton(tr("编辑", "Edit"))
        self.retire_button = QPushButton(tr("停用", "Retire"))
        self.restore_button = QPushButton(tr("恢复", "Restore"))
        self.import_button = QPushButton(tr("导入…", "Import…"))
        self.export_button = QPushButton(tr("导出…", "Export…"))
        self.versions_button = QPushButton(tr("版本", "Versions"))
        self.add_button.setToolTip(tr("新增本单位事项（Ctrl+N）", "Add a local item (Ctrl+N)"))
        self.import_button.setToolTip(tr("从 Excel 导入标准目录（Ctrl+I）", "Import a catalog workbook (Ctrl+I)"))
        self.export_button.setToolTip(tr("导出为国家表格格式的 Excel（Ctrl+E）", "Export to the national Excel layout (Ctrl+E)"))
        self.add_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.retire_button.clicked.connect(self.retire_item)
        self.restore_button.clicked.connect(self.restore_item)
        self.import_button.clicked.connect(self.import_catalog)
        self.export_button.clicked.connect(self.export_catalog)
        self.versions_button.clicked.connect(self.show_versions)

        self.banner = QLabel()
        self.banner.setObjectName("placeholder_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()

        self.model = CatalogItemsModel(self._catalog)
        self.table = list_table("catalog_table", self.model)
        # Narrow enough that every column fits beside the detail panel at 1280 pixels; cells elide, tooltips show all.
        set_column_widths(self.table, (72, 76, 100, 112, 136, 96, 60))
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        self.model.modelReset.connect(self._model_reset)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")

        self.detail = ItemDetail()

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.show_retired)
        buttons = QHBoxLayout()
        row = (self.add_button, self.edit_button, self.retire_button, self.restore_button, self.import_button,
               self.export_button, self.versions_button)
        for button in row:
            # As narrow as their words allow (a push button is at least 80 pixels otherwise): at 1024×768 seven
            # of them left the item's elements a sliver one character wide.
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 24)
        for button in row[:4]:
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in row[4:]:
            buttons.addWidget(button)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addLayout(top)
        centre_layout.addLayout(buttons)
        centre_layout.addWidget(self.banner)
        centre_layout.addWidget(self.table, 1)
        centre_layout.addWidget(self.count_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.domain_tree)
        splitter.addWidget(centre)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([200, 750, 270])
        splitter.setChildrenCollapsible(False)
        self.detail.setMinimumWidth(self.detail.fontMetrics().horizontalAdvance("公开内容（要素）") + 120)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        session.changed.connect(self._session_changed)
        self.refresh()

    # ---- what is shown -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload domains and items from the database, keeping the domain, search and selected item."""
        selected = self._select_after_refresh or (self.current_item().uuid if self.current_item() else None)
        self._select_after_refresh = None
        self.domain_tree.set_domains(self._catalog.domains())
        self._apply_filter()
        if selected:
            self.select_item(selected)

    def current_filter(self) -> ItemFilter:
        return ItemFilter(self.domain_tree.current_domain(), self.search_edit.text().strip(),
                          self.show_retired.isChecked())

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        item_filter = self.current_filter()
        self.model.set_filter(item_filter, self.domain_tree.placeholder_domains)
        # Within one domain the 领域 column says the same thing on every row; give its room to the others.
        self.table.setColumnHidden(DOMAIN_COLUMN, item_filter.domain is not None)
        self._show_banner()

    def _model_reset(self) -> None:
        f = self.model.item_filter
        if f.query:
            text = tr("找到 {n} 项", "{n} items found", n=self.model.total)
        else:
            text = tr("共 {n} 项", "{n} items", n=self.model.total)
        self.count_label.setText(text)
        self._current_row_changed(QModelIndex(), QModelIndex())

    def _show_banner(self) -> None:
        domain = self.domain_tree.domain_info(self.domain_tree.current_domain())
        if domain is not None and domain.placeholder:
            text = tr("⚠ “{d}”领域为占位示例，不是正式目录：{note}", "⚠ '{d}' is a placeholder, not an official catalog: {note}",
                      d=domain.name, note=domain.status_note)
        elif domain is not None and domain.partial:
            text = tr("“{d}”领域只收录了找到国家标准指引原文的部分事项：{note}",
                      "'{d}' carries only the items whose national-guideline wording was found: {note}",
                      d=domain.name, note=domain.status_note)
        elif domain is None and self.domain_tree.placeholder_domains:
            names = join_values(sorted(self.domain_tree.placeholder_domains))
            text = tr("⚠ 以下领域为占位示例，不是正式目录，使用前须按本县正式目录重新导入：{names}",
                      "⚠ These domains are placeholders, not official catalogs; import your county's catalog first: {names}",
                      names=names)
        else:
            text = ""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def current_item(self) -> CatalogItem | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def select_item(self, uuid: str) -> bool:
        row = self.model.row_of(uuid)
        if row is None:
            return False
        select_row(self.table, row)
        return True

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(current.row()) if current.isValid() else None
        self.detail.show_item(item, self.domain_tree.domain_info(item.domain) if item else None)
        self.edit_button.setEnabled(item is not None)
        self.retire_button.setEnabled(item is not None and item.retired_at is None)
        self.restore_button.setEnabled(item is not None and item.retired_at is not None)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _session_changed(self, area: str) -> None:
        if area == CATALOG:
            self.refresh()

    def _changed(self, select: str | None = None) -> None:
        """After a change: tell every page (this one included) so each refreshes what it shows."""
        self._select_after_refresh = select
        self.session.notify(CATALOG)

    # ---- editing ---------------------------------------------------------------------------------------------
    def new_item(self) -> ItemEditor:
        editor = ItemEditor(self._catalog, domain=self.domain_tree.current_domain(), parent=self)
        editor.accepted.connect(lambda: self._changed(editor.saved.uuid if editor.saved else None))
        self._dialogs.open(editor)
        return editor

    def edit_item(self) -> ItemEditor | None:
        item = self.current_item()
        if item is None:
            return None
        editor = ItemEditor(self._catalog, item, parent=self)
        editor.accepted.connect(lambda: self._changed(item.uuid))
        self._dialogs.open(editor)
        return editor

    def retire_item(self) -> None:
        item = self.current_item()
        if item is None or item.retired_at:
            return
        reason, ok = QInputDialog.getText(
            self, tr("停用事项", "Retire item"),
            tr("停用“{name}”的原因（将记录在目录历史中）：", "Why retire '{name}' (kept in the catalog history):",
               name=item.name))
        if not ok:
            return
        try:
            self._catalog.retire_item(item.uuid, reason)
        except UserError as exc:
            show_error(self, exc, tr("未能停用", "Not retired"))
            return
        self._changed(item.uuid)

    def restore_item(self) -> None:
        item = self.current_item()
        if item is None or not item.retired_at:
            return
        try:
            self._catalog.restore_item(item.uuid)
        except UserError as exc:
            show_error(self, exc, tr("未能恢复", "Not restored"))
            return
        self._changed(item.uuid)

    # ---- import, export, versions ----------------------------------------------------------------------
    def import_catalog(self) -> ImportWizard:
        wizard = ImportWizard(self._catalog, start_dir=self._last_dir(), parent=self)

        def applied(_version: object) -> None:
            self.session.ui_settings().setValue("last_dir", str(wizard.choose_page.path().parent))
            self._changed()

        wizard.applied.connect(applied)
        self._dialogs.open(wizard)
        return wizard

    def export_catalog(self) -> None:
        domain = self.domain_tree.current_domain()
        items = self._catalog.items(domain)
        if not items:
            show_info(self, tr("导出", "Export"), tr("当前领域没有可导出的事项。", "There are no items to export here."))
            return
        stem = tr("标准目录", "catalog") + "-" + (domain or tr("全部领域", "all")) + dt.date.today().strftime("-%Y%m%d")
        path, _ = QFileDialog.getSaveFileName(self, tr("导出标准目录", "Export catalog"),
                                              str(Path(self._last_dir()) / f"{stem}.xlsx"),
                                              tr("Excel 工作簿 (*.xlsx)", "Excel workbook (*.xlsx)"))
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")

        def write(progress: Progress) -> Path:
            from townshipdesk.io.excel.catalog_writer import export_catalog

            return export_catalog(items, target, progress=progress)

        def done(written: Path) -> None:
            self.session.ui_settings().setValue("last_dir", str(written.parent))
            show_info(self, tr("导出完成", "Exported"), tr("已导出 {n} 个事项到：\n{path}", "Exported {n} items to:\n{path}",
                                                        n=len(items), path=str(written)))

        run_with_progress(self, tr("正在导出…", "Exporting…"), write, done,
                          lambda exc: show_error(self, exc, tr("导出失败", "Export failed")))

    def show_versions(self) -> VersionsDialog:
        dialog = VersionsDialog(self._catalog, self)
        self._dialogs.open(dialog)
        return dialog

    def _last_dir(self) -> str:
        return str(self.session.ui_settings().value("last_dir", str(Path.home())))
