"""村务公开: the township's villages; for the selected one its 公开事项清单 with a plain "本期未张贴" marker on
monthly and quarterly items not yet posted this period, and its postings with 公示期, reviewers and objections.
Notice sheets are made here (one village, live preview) or for many villages at once."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.deadlines import period_bounds
from townshipdesk.core.village_events import VillageEvent, VillageEvents, open_events
from townshipdesk.core.villages import Posting, UnpostedItem, Village, VillageItem
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.ui.dialogs.batch_dialog import BatchDialog
from townshipdesk.ui.dialogs.open_dialogs import OpenDialogs
from townshipdesk.ui.dialogs.sheet_editor import SheetEditor
from townshipdesk.ui.dialogs.village_dialogs import EventDialog, ItemDialog, ObjectionDialog, VillageDialog
from townshipdesk.ui.messages import show_error, show_info
from townshipdesk.ui.session import CALENDAR, RECORDS, SITE, VILLAGES, Session
from townshipdesk.ui.sheet_jobs import BatchRequest, BatchResult, render_batch_job
from townshipdesk.ui.widgets.tables import prepare_list_table, set_column_widths
from townshipdesk.ui.workers import Job, run_with_progress
from townshipdesk.wording.display import join_values
from townshipdesk.wording.villages import (
    category_text,
    notice_period_text,
    objection_text,
    period_text,
    rhythm_text,
)

UUID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
UNPOSTED_COLOUR = QColor("#b00020")
UNPOSTED_BACKGROUND = QColor("#fdecee")
DONE_COLOUR = QColor("#1e7b34")
QUIET_COLOUR = QColor("#777777")
BANNER_STYLE = "background:#fdecee; color:#8a0018; border:1px solid #f5c2c7; padding:6px;"
QUIET_STYLE = "color:#777;"


def _heading(text: str = "", scale: float = 1.1) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    prepare_list_table(table, row_padding=8)
    return table


class VillagesPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._dialogs = OpenDialogs()  # the non-blocking dialogs shown now
        self._items: list[VillageItem] = []
        self._postings: list[Posting] = []
        self._events: list[VillageEvent] = []  # the selected village's events still waiting for their posting
        self.batch_job: Job | None = None

        # ---- villages ----
        self.village_list = QListWidget()
        self.village_list.setObjectName("village_list")
        self.village_list.currentItemChanged.connect(lambda _cur, _prev: self._show_village())
        self.add_village_button = QPushButton(tr("新增村…", "New village…"))
        self.add_village_button.clicked.connect(lambda: self.add_village())
        self.batch_button = QPushButton(tr("批量生成公示单…", "Sheets for many villages…"))
        self.batch_button.setToolTip(tr("每村一份PDF，或合并为一份", "One PDF per village, or one combined PDF"))
        self.batch_button.clicked.connect(lambda: self.batch_render())
        self.empty_label = QLabel(tr("还没有登记村。点“新增村…”登记本乡镇的行政村，随后可为各村制作公示单。",
                                     "No villages yet. Add this township's villages with “New village…”."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(QUIET_STYLE)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(_heading(tr("行政村", "Villages")))
        left_layout.addWidget(self.village_list, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.add_village_button)
        left_layout.addWidget(self.batch_button)

        # ---- the selected village ----
        self.village_heading = _heading(scale=1.5)
        self.village_heading.setObjectName("village_heading")
        self.village_details = QLabel()
        self.village_details.setObjectName("village_details")
        self.village_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.village_details.setWordWrap(True)
        self.sheet_button = QPushButton(tr("制作公示单…", "New notice sheet…"))
        self.sheet_button.setToolTip(tr("为选中的公开事项制作公示单（带实时预览）", "A sheet for the selected item, with live preview"))
        self.sheet_button.clicked.connect(lambda: self.new_sheet())
        self.unposted_banner = QLabel()
        self.unposted_banner.setObjectName("unposted_banner")
        self.unposted_banner.setWordWrap(True)
        self.unposted_banner.setStyleSheet(BANNER_STYLE)
        self.unposted_banner.hide()

        self.items_heading = _heading(tr("公开事项清单", "Affairs list"))
        self.add_item_button = QPushButton(tr("新增事项…", "New item…"))
        self.add_item_button.clicked.connect(lambda: self.add_item())
        self.event_button = QPushButton(tr("登记事件…", "Record an event…"))
        self.event_button.setObjectName("record_event")
        self.event_button.setToolTip(tr("随时公布的事项（如土地承包经营方案、经济责任审计结果）发生时登记，须在期限内张贴",
                                        "When a matter published at once happens (a land plan, an audit result): a posting "
                                        "falls due"))
        self.event_button.clicked.connect(lambda: self.record_event())
        self.items_table = _table([tr("类别", "Category"), tr("公开事项", "Item"), tr("公开频次", "Rhythm"),
                                   tr("本期情况", "This period")], "items_table")
        set_column_widths(self.items_table, (70, 330, 72))
        self.items_table.setToolTip(tr("双击一项，为它制作公示单", "Double-click an item to make its notice sheet"))
        self.items_table.activated.connect(lambda index: self.new_sheet(self._item_at(index.row())))

        self.postings_heading = _heading(tr("张贴记录", "Postings"))
        self.objection_button = QPushButton(tr("登记异议…", "Objection…"))
        self.objection_button.clicked.connect(lambda: self.record_objection())
        self.postings_table = _table([tr("编号", "Number"), tr("张贴日期", "Posted"), tr("标题", "Title"), tr("公示期", "Notice period"),
                                      tr("审核人", "Reviewers"), tr("异议及答复", "Objections")], "postings_table")
        set_column_widths(self.postings_table, (104, 88, 300, 190, 120))
        self.postings_table.setToolTip(tr("双击一条记录，登记异议及答复", "Double-click to record an objection and reply"))
        self.postings_table.activated.connect(lambda index: self.record_objection(self._posting_at(index.row())))
        self.postings_table.currentCellChanged.connect(lambda *_: self._update_buttons())

        header_row = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.village_heading)
        names.addWidget(self.village_details)
        header_row.addLayout(names, 1)
        header_row.addWidget(self.sheet_button, 0, Qt.AlignmentFlag.AlignTop)
        items_box = QWidget()
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_bar = QHBoxLayout()
        items_bar.addWidget(self.items_heading, 1)
        items_bar.addWidget(self.event_button)
        items_bar.addWidget(self.add_item_button)
        items_layout.addLayout(items_bar)
        items_layout.addWidget(self.items_table, 1)
        postings_box = QWidget()
        postings_layout = QVBoxLayout(postings_box)
        postings_layout.setContentsMargins(0, 0, 0, 0)
        postings_bar = QHBoxLayout()
        postings_bar.addWidget(self.postings_heading, 1)
        postings_bar.addWidget(self.objection_button)
        postings_layout.addLayout(postings_bar)
        postings_layout.addWidget(self.postings_table, 1)
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.addWidget(items_box)
        tables.addWidget(postings_box)
        tables.setStretchFactor(0, 3)
        tables.setStretchFactor(1, 1)
        tables.setSizes([440, 200])
        tables.setChildrenCollapsible(False)
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(header_row)
        detail_layout.addWidget(self.unposted_banner)
        detail_layout.addWidget(tables, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        session.changed.connect(self._session_changed)
        self.refresh()

    # ---- what is shown ---------------------------------------------------------------------------------------
    def _session_changed(self, area: str) -> None:
        if area in (VILLAGES, CALENDAR, RECORDS, SITE):  # RECORDS: "today" may have moved
            self.refresh()

    def refresh(self) -> None:
        """Reload villages, keeping the selected one."""
        current = self.current_village()
        villages = self.session.villages.all()
        self._unposted = self.session.villages.unposted(self.session.today())
        self.village_list.blockSignals(True)
        self.village_list.clear()
        waiting = Counter(e.village_uuid for e in open_events(self.session.db))  # events whose posting is due
        for village in villages:
            count = sum(1 for u in self._unposted if u.village.uuid == village.uuid) + waiting[village.uuid]
            text = village.name + (tr("（{n}项未张贴）", " ({n} not posted)", n=count) if count else "")
            entry = QListWidgetItem(text, self.village_list)
            entry.setData(UUID_ROLE, village.uuid)
            entry.setData(NAME_ROLE, village.name)
            entry.setToolTip(tr("区划代码 {c}", "Division code {c}", c=village.division_code))
            if count:
                entry.setForeground(UNPOSTED_COLOUR)
        self.village_list.blockSignals(False)
        self.empty_label.setVisible(not villages)
        self.batch_button.setEnabled(True)
        if not (current and self.select_village(current.uuid)) and villages:
            self.village_list.setCurrentRow(0)
        self._show_village()

    def current_village(self) -> Village | None:
        entry = self.village_list.currentItem()
        if entry is None:
            return None
        try:
            return self.session.villages.get(entry.data(UUID_ROLE))
        except UserError:
            return None

    def select_village(self, ident: str) -> bool:
        """Select a village by id (or name); False when it is not listed."""
        for row in range(self.village_list.count()):
            entry = self.village_list.item(row)
            if ident in (entry.data(UUID_ROLE), entry.data(NAME_ROLE)):
                self.village_list.setCurrentRow(row)
                return True
        return False

    def _show_village(self) -> None:
        village = self.current_village()
        self.detail.setEnabled(village is not None)
        if village is None:
            self.village_heading.setText(tr("村务公开", "Village affairs"))
            self.village_details.setText(tr("登记村以后，这里显示该村的公开事项清单和张贴记录。",
                                            "Once a village is added, its affairs list and postings show here."))
            self._items, self._postings = [], []
            self.items_table.setRowCount(0)
            self.postings_table.setRowCount(0)
            self.unposted_banner.hide()
            self.items_heading.setText(tr("公开事项清单", "Affairs list"))
            self.postings_heading.setText(tr("张贴记录", "Postings"))
            self._update_buttons()
            return
        self.village_heading.setText(village.name)
        parts = [tr("区划代码 {c}", "Division code {c}", c=village.division_code)]
        parts.append(tr("村民小组：{g}", "Groups: {g}", g=join_values(village.groups)) if village.groups
                     else tr("未登记村民小组", "no groups recorded"))
        parts.append(tr("监督电话：{p}", "Phone: {p}", p=village.phone) if village.phone else tr("未登记监督电话", "no phone"))
        self.village_details.setText("　·　".join(parts))
        self._items = self.session.villages.items(village.uuid)
        self._postings = self.session.villages.postings(village.uuid)
        self._events = VillageEvents(self.session.villages).list(village.uuid, open_only=True)
        unposted = {u.item.uuid: u for u in self._unposted if u.village.uuid == village.uuid}
        self._show_items(unposted)
        self._show_postings()
        if unposted:
            names = [u.item.name for u in unposted.values()]
            shown = join_values(names[:3]) + (tr("等", " and others") if len(names) > 3 else "")
            self.unposted_banner.setText(tr("⚠ 本期有 {n} 项未张贴：{names}（下表中红色标出）",
                                            "⚠ {n} items not posted this period: {names} (marked red below)",
                                            n=len(unposted), names=shown))
            self.unposted_banner.show()
        else:
            self.unposted_banner.hide()
        self._update_buttons()

    def _show_items(self, unposted: dict[str, UnpostedItem]) -> None:
        today = self.session.today()
        table = self.items_table
        table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            status, colour, background = self._status(item, unposted.get(item.uuid), today)
            cells = (category_text(item.category), item.name, rhythm_text(item.rhythm), status)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(UUID_ROLE, item.uuid)
                cell.setToolTip(tr("依据：{b}", "Basis: {b}", b=item.basis) if item.basis else "")
                if column == 3:
                    cell.setForeground(colour)
                    if background is not None:
                        font = cell.font()
                        font.setBold(True)
                        cell.setFont(font)
                if background is not None:
                    cell.setBackground(QBrush(background))
                table.setItem(row, column, cell)
        self.items_heading.setText(tr("公开事项清单（{n}）", "Affairs list ({n})", n=len(self._items)))

    def _status(self, item: VillageItem, unposted: UnpostedItem | None,
                today: dt.date) -> tuple[str, QColor, QColor | None]:
        if unposted is not None:
            return (tr("本期未张贴（{p}）", "Not posted this period ({p})", p=period_text(item.rhythm, unposted.period_start)),
                    UNPOSTED_COLOUR, UNPOSTED_BACKGROUND)
        mine = [p.posted_date for p in self._postings if p.item_uuid == item.uuid]
        waiting = [e for e in self._events if e.item_uuid == item.uuid]
        if waiting:
            first = waiting[0]
            late = first.overdue(today)
            return (tr("事件待张贴：最迟 {d}{o}", "Event to post by {d}{o}", d=first.due_date,
                       o=tr("（已逾期）", " (overdue)") if late else ""),
                    UNPOSTED_COLOUR, UNPOSTED_BACKGROUND if late else None)
        if item.rhythm == "immediate":
            if mine:
                return tr("最近张贴 {d}", "Last posted {d}", d=max(mine)), QUIET_COLOUR, None
            return tr("有事项时即时公开", "Posted when it arises"), QUIET_COLOUR, None
        start, end = period_bounds(today, "month" if item.rhythm == "monthly" else "quarter")
        this_period = [d for d in mine if start.isoformat() <= d <= end.isoformat()]
        return (tr("本期已张贴（{d}）", "Posted this period ({d})", d=max(this_period or mine or [""])), DONE_COLOUR, None)

    def _show_postings(self) -> None:
        names = {i.uuid: i.name for i in self._items}
        table = self.postings_table
        table.setRowCount(len(self._postings))
        for row, posting in enumerate(self._postings):
            cells = (posting.display_number, posting.posted_date, posting.title, notice_period_text(posting.notice_start, posting.notice_end),
                     join_values(posting.reviewers) or tr("（未写）", "(none)"), objection_text(posting))
            tip = "\n".join([posting.title, tr("公开事项：{i}", "Item: {i}", i=names.get(posting.item_uuid, "")),
                             tr("异议：{o}", "Objections: {o}", o=objection_text(posting))])
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(UUID_ROLE, posting.uuid)
                cell.setToolTip(tip)
                if column == 5 and posting.objections:
                    cell.setForeground(UNPOSTED_COLOUR if not posting.objection_reply else QUIET_COLOUR)
                table.setItem(row, column, cell)
        self.postings_heading.setText(tr("张贴记录（{n}）", "Postings ({n})", n=len(self._postings)))

    def _update_buttons(self) -> None:
        has_village = self.current_village() is not None
        for button in (self.sheet_button, self.add_item_button, self.event_button):
            button.setEnabled(has_village)
        self.objection_button.setEnabled(self.current_posting() is not None)

    def _item_at(self, row: int) -> VillageItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def _posting_at(self, row: int) -> Posting | None:
        return self._postings[row] if 0 <= row < len(self._postings) else None

    def current_item(self) -> VillageItem | None:
        return self._item_at(self.items_table.currentRow())

    def current_posting(self) -> Posting | None:
        return self._posting_at(self.postings_table.currentRow())

    def item_status(self, name: str) -> str:
        """The 本期情况 text of the item called `name` (as shown in the list)."""
        for row, item in enumerate(self._items):
            if item.name == name:
                cell = self.items_table.item(row, 3)
                return cell.text() if cell else ""
        return ""

    # ---- dialogs -----------------------------------------------------------------------------------------------
    def add_village(self) -> VillageDialog:
        dialog = VillageDialog(self.session, self)
        dialog.accepted.connect(lambda: self._village_added(dialog.saved))
        self._dialogs.open(dialog)
        return dialog

    def _village_added(self, village: Village | None) -> None:
        if village is None:
            return
        self.session.notify(VILLAGES)  # refreshes this page and the 工作台
        self.select_village(village.uuid)

    def add_item(self) -> ItemDialog | None:
        village = self.current_village()
        if village is None:
            return None
        dialog = ItemDialog(self.session, village, self)
        dialog.accepted.connect(lambda: self.session.notify(VILLAGES))
        self._dialogs.open(dialog)
        return dialog

    def record_event(self, item: VillageItem | None = None) -> EventDialog | None:
        village = self.current_village()
        if village is None:
            return None
        dialog = EventDialog(self.session, village, item or self.current_item(), self)
        dialog.accepted.connect(lambda: self.session.notify(VILLAGES))  # the 工作台 lists the posting now due
        self._dialogs.open(dialog)
        return dialog

    def new_sheet(self, item: VillageItem | None = None, kind: str | None = None) -> SheetEditor | None:
        """The sheet editor for the selected village (and the given or selected affairs item)."""
        village = self.current_village()
        if village is None:
            return None
        editor = SheetEditor(self.session, village, item=item or self.current_item(), kind=kind, parent=self)
        self._dialogs.open(editor)
        return editor

    def record_objection(self, posting: Posting | None = None) -> ObjectionDialog | None:
        posting = posting or self.current_posting()
        if posting is None:
            return None
        dialog = ObjectionDialog(self.session, posting, self)
        dialog.accepted.connect(lambda: self.session.notify(VILLAGES))
        self._dialogs.open(dialog)
        return dialog

    # ---- many villages at once -----------------------------------------------------------------------------------
    def batch_render(self) -> BatchDialog:
        dialog = BatchDialog(self.session, self)
        dialog.accepted.connect(lambda: self.start_batch(dialog.request()))
        self._dialogs.open(dialog)
        return dialog

    def start_batch(self, request: BatchRequest | None) -> Job | None:
        """Render in the pool behind a progress dialog with Cancel; report what was written."""
        if request is None:
            return None
        title = tr("批量生成公示单", "Notice sheets for many villages")
        calendar = self.session.calendar  # loaded on the UI thread; the job only reads it

        def done(result: BatchResult) -> None:
            written = result.files
            if request.combined:
                text = tr("已将 {n} 份公示单合并为一份PDF：\n{f}", "Combined {n} sheets into one PDF:\n{f}", n=result.sheets,
                          f=str(written[0]))
            else:
                listing = "\n".join(p.name for p in written[:12]) + ("\n…" if len(written) > 12 else "")
                text = tr("已生成 {n} 份PDF，保存在 {d}：\n{files}", "Wrote {n} PDF files into {d}:\n{files}", n=len(written),
                          d=str(request.out), files=listing)
            show_info(self, title, text)

        def failed(exc: BaseException) -> None:
            show_error(self, exc, title)

        self.batch_job = run_with_progress(self, tr("正在生成公示单…", "Rendering the sheets…"),
                                           lambda progress: render_batch_job(request, calendar, progress), done, failed)
        return self.batch_job

