"""公开记录: every disclosure record, filtered by domain, state, attribute, date and text; the selected record's
details, its review steps (提交审核 → 保密审查 → 发布审查 → 登记发布), attachments and history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.disclosures import ATTRIBUTES, PUBLISHABLE, STATES, Record
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.ui.dialogs.open_dialogs import OpenDialogs
from townshipdesk.ui.dialogs.record_editor import RecordEditor, date_edit, from_qdate, to_qdate
from townshipdesk.ui.dialogs.undisclosed_dialogs import LapseDialog
from townshipdesk.ui.messages import show_error
from townshipdesk.ui.models.records import COUNTY_COLUMNS, PAGE_COLUMNS, RecordFilter, RecordsModel
from townshipdesk.ui.session import CALENDAR, CATALOG, RECORDS, Session
from townshipdesk.ui.widgets.attachment_list import AttachmentList, open_attachment
from townshipdesk.ui.widgets.record_detail import RecordDetail
from townshipdesk.ui.widgets.tables import list_table, select_row, set_column_widths
from townshipdesk.wording.records import attribute_name, history_entry_text, review_text, state_text

SEARCH_DELAY_MS = 150
REVIEWER_KEY = "records/reviewer"
NEARBY_PAGES = 2  # how far down the list to look for a record before narrowing the filter to it
COMBO_ARROW = 36  # a combo box's frame and drop-down arrow
COLUMN_WIDTHS = (84, 86, 226, 100, 104, 58, 76, 150, 100, 120, 86)


class RecordsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._dialogs = OpenDialogs()  # the non-blocking dialogs shown now
        self._quiet = False  # True while this page is the one announcing a change
        self._setting_filters = False

        # ---- filter bar ----
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("records_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(tr("搜索标题、文号、备注中的文字（Ctrl+F）", "Search titles, document numbers, notes (Ctrl+F)"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.new_button = QPushButton(tr("新增记录…", "New record…"))
        self.new_button.setToolTip(tr("新增公开记录（Ctrl+N）", "New disclosure record (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_record())

        self.domain_box = QComboBox()
        self.domain_box.setObjectName("domain_filter")
        self.domain_box.setMinimumContentsLength(8)
        self.state_box = QComboBox()
        self.state_box.setObjectName("state_filter")
        self.state_box.addItem(tr("全部状态", "All states"), None)
        for key in STATES:
            self.state_box.addItem(state_text(key), key)
        self.attribute_box = QComboBox()
        self.attribute_box.setObjectName("attribute_filter")
        self.attribute_box.addItem(tr("全部公开属性", "All attributes"), None)
        for name in ATTRIBUTES:
            self.attribute_box.addItem(attribute_name(name), name)
        today = session.today()
        self.date_box = QCheckBox(tr("形成日期", "Formed"))
        self.date_from = date_edit(dt.date(today.year, 1, 1))
        self.date_from.setObjectName("date_from")
        self.date_to = date_edit(today)
        self.date_to.setObjectName("date_to")
        self.clear_button = QPushButton(tr("清除筛选", "Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        for box in (self.domain_box, self.state_box, self.attribute_box):
            box.currentIndexChanged.connect(lambda _i: self._apply_filter())
        for box in (self.state_box, self.attribute_box):  # "All states" stays readable when the bar is crowded
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance(box.itemText(0)) + COMBO_ARROW)
        self.date_box.toggled.connect(self._date_toggled)
        self.date_from.dateChanged.connect(lambda _d: self._apply_filter())
        self.date_to.dateChanged.connect(lambda _d: self._apply_filter())
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)

        # ---- the table ----
        county = session.site is not None and session.site.role == "county"
        self.model = RecordsModel(lambda: session.records, COUNTY_COLUMNS if county else PAGE_COLUMNS)
        self.table = list_table("records_table", self.model)
        set_column_widths(self.table, COLUMN_WIDTHS, self.model.samples())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_current())
        self.table.activated.connect(lambda _index: self.edit_record())
        self.model.modelReset.connect(self._model_reset)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")

        # ---- the selected record ----
        self.detail = RecordDetail()
        self.reviewer_edit = QLineEdit(str(session.ui_settings().value(REVIEWER_KEY, "")))
        self.reviewer_edit.setObjectName("reviewer")
        self.reviewer_edit.setPlaceholderText(tr("审查人姓名", "Reviewer's name"))
        self.edit_button = QPushButton(tr("修改…", "Edit…"))
        self.submit_button = QPushButton(tr("提交审核", "Submit for review"))
        self.secrecy_button = QPushButton(tr("保密审查通过", "Confidentiality review passed"))
        self.release_button = QPushButton(tr("发布审查通过", "Release review passed"))
        self.return_button = QPushButton(tr("退回…", "Return…"))
        self.publish_button = QPushButton(tr("登记发布…", "Mark published…"))
        self.edit_button.clicked.connect(lambda: self.edit_record())
        self.submit_button.clicked.connect(self.submit)
        self.secrecy_button.clicked.connect(lambda: self.approve("secrecy"))
        self.release_button.clicked.connect(lambda: self.approve("release"))
        self.return_button.clicked.connect(self.return_record)
        self.publish_button.clicked.connect(self.publish)
        self.lapse_button = QPushButton(tr("失效/废止…", "Lapsed/repealed…"))
        self.lapse_button.setToolTip(tr("政策文件失效或被废止：标记日期和替代文件，列入清理结果", "The policy lapsed or was "
                                        "repealed: mark the day and what replaced it, for the clean-up list"))
        self.lapse_button.clicked.connect(lambda: self.mark_lapsed())
        self.publish_button.setToolTip(tr("须先通过保密审查和发布审查", "Both reviews must be passed first"))
        self.return_button.setToolTip(tr("退回给经办人修改，须写明原因", "Send back for changes, with the reason"))

        self.attachments = AttachmentList()
        self.attachments.files_dropped.connect(self.add_attachments)
        self.attachments.itemActivated.connect(lambda entry: self.open_attachment(self.attachments.row(entry)))
        self.attach_button = QPushButton(tr("添加文件…", "Add files…"))
        self.attach_button.clicked.connect(self.choose_attachments)
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        attachments_tab = QWidget()
        attachments_layout = QVBoxLayout(attachments_tab)
        attachments_layout.setContentsMargins(4, 4, 4, 4)
        attachments_layout.addWidget(self.attachments, 1)
        attachments_layout.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs = QTabWidget()
        self.tabs.addTab(attachments_tab, tr("附件", "Files"))
        self.tabs.addTab(self.history, tr("审核与修改历史", "History"))

        # ---- layout ----
        # Two rows: in one, the three boxes and the date range overlapped each other on a 1024×768 screen.
        filters = QHBoxLayout()
        for widget in (self.domain_box, self.state_box, self.attribute_box):
            filters.addWidget(widget)
        filters.addStretch(1)
        dates = QHBoxLayout()
        for widget in (self.date_box, self.date_from, QLabel(tr("至", "to")), self.date_to):
            dates.addWidget(widget)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addLayout(top)
        centre_layout.addLayout(filters)
        centre_layout.addLayout(dates)
        centre_layout.addWidget(self.table, 1)
        centre_layout.addWidget(self.count_label)

        reviewer_row = QHBoxLayout()
        reviewer_row.addWidget(QLabel(tr("审查人：", "Reviewer:")))
        reviewer_row.addWidget(self.reviewer_edit, 1)
        review = QGridLayout()
        review.setContentsMargins(0, 0, 0, 0)
        review.addLayout(reviewer_row, 0, 0, 1, 3)
        review.addWidget(self.edit_button, 1, 0)
        review.addWidget(self.submit_button, 1, 1)
        review.addWidget(self.return_button, 1, 2)
        review.addWidget(self.secrecy_button, 2, 0)
        review.addWidget(self.release_button, 2, 1)
        review.addWidget(self.publish_button, 2, 2)
        review.addWidget(self.lapse_button, 3, 0)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_split = QSplitter(Qt.Orientation.Vertical)
        side_split.addWidget(self.detail)
        side_split.addWidget(self.tabs)
        side_split.setStretchFactor(0, 3)
        side_split.setStretchFactor(1, 2)
        side_split.setChildrenCollapsible(False)
        side_layout.addLayout(review)
        side_layout.addWidget(side_split, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(centre)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 400])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._fill_domains()
        session.changed.connect(self._session_changed)
        self._apply_filter()

    # ---- filters -----------------------------------------------------------------------------------------
    def _fill_domains(self) -> None:
        current = self.domain_box.currentData()
        self._setting_filters = True
        self.domain_box.clear()
        self.domain_box.addItem(tr("全部领域", "All domains"), None)
        self.domain_box.setMinimumWidth(self.domain_box.fontMetrics().horizontalAdvance(self.domain_box.itemText(0))
                                        + COMBO_ARROW)
        for domain in self.session.catalog.domains():
            if domain.active or domain.retired:
                self.domain_box.addItem(domain.name, domain.name)
        index = self.domain_box.findData(current) if current else 0
        self.domain_box.setCurrentIndex(max(index, 0))
        self._setting_filters = False

    def _date_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._apply_filter()

    def current_filter(self) -> RecordFilter:
        dated = self.date_box.isChecked()
        return RecordFilter(
            domain=self.domain_box.currentData(), state=self.state_box.currentData(),
            attribute=self.attribute_box.currentData(),
            date_from=from_qdate(self.date_from.date()).isoformat() if dated else None,
            date_to=from_qdate(self.date_to.date()).isoformat() if dated else None,
            text=self.search_edit.text().strip())

    def set_filter(self, record_filter: RecordFilter) -> None:
        """Show the filter in the bar and apply it once."""
        self._setting_filters = True
        try:
            for box, value in ((self.domain_box, record_filter.domain), (self.state_box, record_filter.state),
                               (self.attribute_box, record_filter.attribute)):
                box.setCurrentIndex(max(box.findData(value), 0) if value else 0)
            dated = bool(record_filter.date_from or record_filter.date_to)
            self.date_box.setChecked(dated)
            if record_filter.date_from:
                self.date_from.setDate(to_qdate(dt.date.fromisoformat(record_filter.date_from)))
            if record_filter.date_to:
                self.date_to.setDate(to_qdate(dt.date.fromisoformat(record_filter.date_to)))
            self.search_edit.setText(record_filter.text)
        finally:
            self._setting_filters = False
        self._apply_filter()

    def clear_filters(self) -> None:
        self.set_filter(RecordFilter())

    def show_domain(self, domain: str) -> None:
        self.set_filter(RecordFilter(domain=domain))

    def _apply_filter(self) -> None:
        if self._setting_filters:
            return
        self._search_timer.stop()
        self.model.set_filter(self.current_filter(), self.session.today())

    def _model_reset(self) -> None:
        f = self.model.record_filter
        if f.empty:
            text = tr("共 {n} 条记录", "{n} records", n=self.model.total)
        else:
            text = tr("找到 {n} 条记录", "{n} records found", n=self.model.total)
        self.count_label.setText(text)
        self._show_current()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # ---- the selected record -------------------------------------------------------------------------------
    def current_record(self) -> Record | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def select_record(self, uuid: str) -> bool:
        """Select the record if the current filter shows it (looking a few pages down)."""
        row = self.model.row_of(uuid, max_pages=NEARBY_PAGES)
        if row is None:
            return False
        select_row(self.table, row)
        return True

    def show_record(self, uuid: str) -> bool:
        """Bring a record into view (from the 工作台): in the current list if there, else among all records,
        else with the filter narrowed to its domain and formed date."""
        if self.model.loaded_row_of(uuid) is not None:
            return self.select_record(uuid)
        try:
            record = self.session.records.get(uuid)
        except UserError as exc:
            show_error(self, exc)
            return False
        if not self.model.record_filter.empty:
            self.clear_filters()
        if self.select_record(uuid):
            return True
        self.set_filter(RecordFilter(domain=record.domain, date_from=record.formed_date, date_to=record.formed_date))
        return self.select_record(uuid)

    def _show_current(self) -> None:
        record = self.current_record()
        session = self.session
        policy_title = None
        if record is not None and record.policy_uuid:
            try:
                policy_title = session.records.get(record.policy_uuid).title
            except UserError:
                policy_title = None
        self.detail.show_record(record, session.today(), session.calendar, policy_title)
        self._update_buttons(record)
        if record is None:
            self.attachments.set_files([])
            self.history.clear()
            self.tabs.setTabText(0, tr("附件", "Files"))
            return
        files = session.records.files(record.uuid)
        self.attachments.set_files(files)
        self.tabs.setTabText(0, tr("附件（{n}）", "Files ({n})", n=len(files)))
        self.history.clear()
        for entry in reversed(session.records.history(record.uuid)):  # newest first
            QListWidgetItem(history_entry_text(entry), self.history)

    def _update_buttons(self, record: Record | None) -> None:
        read_only = record is not None and record.read_only  # a township's record at the county
        state = record.state if record and not read_only else ""
        pending = state == "pending"
        self.edit_button.setEnabled(record is not None and not read_only)
        self.submit_button.setEnabled(state in ("draft", "returned"))
        self.secrecy_button.setEnabled(pending and record is not None and not record.secrecy_reviewer)
        self.release_button.setEnabled(pending and record is not None and not record.release_reviewer)
        self.return_button.setEnabled(pending)
        self.publish_button.setEnabled(record is not None and not read_only and state != "published"
                                       and record.attribute in PUBLISHABLE)
        self.lapse_button.setEnabled(record is not None and not read_only)
        self.attachments.setEnabled(record is not None)
        self.attach_button.setEnabled(record is not None and not read_only)
        self.edit_button.setToolTip(tr("这是“{n}”的记录，只能由该乡镇修改；县级只能查看", "This record belongs to '{n}'; only "
                                       "that township can change it, the county can only view it", n=record.township)
                                    if read_only and record else "")
        if read_only:
            hint = tr("“{n}”的记录：县级只读", "'{n}''s record: read-only at the county", n=record.township if record else "")
        elif record:
            hint = tr("把文件拖到这里添加附件", "Drop files here to attach them")
        else:
            hint = tr("先选择一条记录", "Select a record first")
        self.attachments.set_hint(hint)

    # ---- changes ----------------------------------------------------------------------------------------------
    def _session_changed(self, area: str) -> None:
        if self._quiet:
            return
        if area == CATALOG:
            self._fill_domains()
        if area in (CATALOG, RECORDS, CALENDAR):
            self.refresh()

    def refresh(self) -> None:
        """Reload the list from the database, keeping the filter and the selected record."""
        current = self.current_record()
        self.model.reload(self.session.today())
        if current is not None:
            self.select_record(current.uuid)

    def _announce(self) -> None:
        """Tell the other pages (the 工作台) that records changed; this page has already updated itself."""
        self._quiet = True
        try:
            self.session.notify(RECORDS)
        finally:
            self._quiet = False

    def _record_changed(self, record: Record) -> None:
        self.model.replace_record(record)
        self._show_current()
        self._announce()

    def _act(self, title: str, action: Callable[[Record], Record]) -> Record | None:
        """Run one review step through the core; its refusal is shown in a message box."""
        record = self.current_record()
        if record is None:
            return None
        try:
            changed = action(record)
        except UserError as exc:
            show_error(self, exc, title)
            return None
        self._record_changed(changed)
        return changed

    def _reviewer(self, title: str) -> str | None:
        name = self.reviewer_edit.text().strip()
        if not name:
            name, ok = QInputDialog.getText(self, title, tr("审查人姓名：", "Reviewer's name:"))
            name = name.strip()
            if not ok or not name:
                return None
            self.reviewer_edit.setText(name)
        self.session.ui_settings().setValue(REVIEWER_KEY, name)
        return name

    def submit(self) -> Record | None:
        return self._act(tr("提交审核", "Submit"), lambda r: self.session.records.submit(r.uuid))

    def approve(self, kind: str) -> Record | None:
        title = review_text(kind)
        reviewer = self._reviewer(title)
        if reviewer is None:
            return None
        return self._act(title, lambda r: self.session.records.review(r.uuid, kind, reviewer, approve=True))

    def return_record(self) -> Record | None:
        record = self.current_record()
        if record is None:
            return None
        kind = "release" if record.secrecy_reviewer else "secrecy"  # the review under way
        title = tr("退回（{r}）", "Return ({r})", r=review_text(kind))
        reviewer = self._reviewer(title)
        if reviewer is None:
            return None
        comment, ok = QInputDialog.getMultiLineText(
            self, title, tr("退回原因（经办人将看到，并记入审核历史）：", "Why it is returned (kept in the history):"))
        if not ok:
            return None
        return self._act(title, lambda r: self.session.records.review(r.uuid, kind, reviewer, approve=False,
                                                                      comment=comment))

    def publish(self) -> Record | None:
        record = self.current_record()
        if record is None:
            return None
        title = tr("登记发布", "Mark published")
        day, ok = QInputDialog.getText(self, title, tr("“{t}”的发布日期（如 2026-11-30、2026年11月30日）：",
                                                       "Publication date of '{t}' (e.g. 2026-11-30):", t=record.title),
                                       text=self.session.today().isoformat())
        if not ok:
            return None
        return self._act(title, lambda r: self.session.records.publish(r.uuid, day.strip()))

    # ---- editing ------------------------------------------------------------------------------------------
    def new_record(self, item_uuid: str | None = None) -> RecordEditor:
        editor = RecordEditor(self.session, item_uuid=item_uuid, parent=self)
        editor.accepted.connect(lambda: self._created(editor.saved))
        self._dialogs.open(editor)
        return editor

    def _created(self, record: Record | None) -> None:
        if record is None:
            return
        self.model.reload(self.session.today())
        self.show_record(record.uuid)
        self._announce()

    def edit_record(self) -> RecordEditor | None:
        record = self.current_record()
        if record is None or record.read_only:  # the township owns it; the detail pane shows it read-only
            return None
        editor = RecordEditor(self.session, record, parent=self)
        editor.accepted.connect(lambda: self._record_changed(editor.saved) if editor.saved else None)
        self._dialogs.open(editor)
        return editor

    def mark_lapsed(self) -> LapseDialog | None:
        record = self.current_record()
        if record is None or record.read_only:
            return None
        dialog = LapseDialog(self.session, record, parent=self)
        dialog.accepted.connect(lambda: self._record_changed(dialog.saved) if dialog.saved else None)
        return self._dialogs.open(dialog)

    # ---- attachments -----------------------------------------------------------------------------------------
    def add_attachments(self, paths: list[Path]) -> int:
        """Copy the files into the data folder (by content) and attach them to the selected record."""
        from townshipdesk.io.attachments import store_file

        record = self.current_record()
        if record is None:
            return 0
        added = 0
        for path in paths:
            try:
                digest, size = store_file(self.session.data_dir, Path(path))
                self.session.records.attach(record.uuid, digest, Path(path).name, size)
            except (UserError, OSError) as exc:
                show_error(self, exc, tr("未能添加附件", "File not attached"))
                break
            added += 1
        if added:
            self._show_current()
            self.tabs.setCurrentIndex(0)
        return added

    def choose_attachments(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("添加附件", "Add files"),
                                                str(self.session.ui_settings().value("last_dir", str(Path.home()))))
        if paths:
            self.session.ui_settings().setValue("last_dir", str(Path(paths[0]).parent))
            self.add_attachments([Path(p) for p in paths])

    def open_attachment(self, row: int) -> Path | None:
        entry = self.attachments.file_at(row)
        if entry is None:
            return None
        try:
            return open_attachment(self.session.data_dir, entry)
        except (UserError, OSError) as exc:
            show_error(self, exc, tr("无法打开附件", "Cannot open the file"))
            return None
