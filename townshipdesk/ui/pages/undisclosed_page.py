"""复核与清理: the yearly re-assessment of the records marked 此件不公开 / 此件依申请公开 (待复核 first, with each
record's review history), and the policies marked 失效 / 废止 in a period, with the list to publish (PDF or xlsx).
Lapse marks are set on the 公开记录 page, where the policy is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.lapsed_policies import LapsedList, LapsedPolicies
from townshipdesk.core.undisclosed_reviews import UndisclosedRecord, UndisclosedReviews
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.ui.dialogs.open_dialogs import OpenDialogs
from townshipdesk.ui.dialogs.record_editor import date_edit, from_qdate
from townshipdesk.ui.dialogs.undisclosed_dialogs import UndisclosedReviewDialog, outcome_text
from townshipdesk.ui.messages import show_error
from townshipdesk.ui.models.records import OVERDUE_BACKGROUND, OVERDUE_COLOUR
from townshipdesk.ui.session import CALENDAR, RECORDS, Session
from townshipdesk.ui.widgets.tables import prepare_list_table, select_row, set_column_widths
from townshipdesk.wording.records import attribute_name, lapse_status_text

UUID_ROLE = Qt.ItemDataRole.UserRole


def _table(name: str, headers: list[str], widths: tuple[int, ...], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    prepare_list_table(table)
    table.horizontalHeader().setStretchLastSection(False)
    set_column_widths(table, widths)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _tab(hint: str, bar: QHBoxLayout, body: QWidget, count: QLabel) -> QWidget:
    """A tab: what it is for (one quiet line), its bar of filters and buttons, the list, the count under it."""
    tab = QWidget()
    layout = QVBoxLayout(tab)
    label = QLabel(hint)
    label.setWordWrap(True)
    label.setStyleSheet("color:#555;")
    layout.addWidget(label)
    layout.addLayout(bar)
    layout.addWidget(body, 1)
    layout.addWidget(count)
    return tab


def reminder_text(due: dt.date, today: dt.date) -> str:
    days = (today - due).days
    if days > 0:
        return tr("已超期 {n} 天", "{n} days overdue", n=days)
    if days == 0:
        return tr("今天到期", "due today")
    return tr("{n} 天后到期", "due in {n} days", n=-days)


class UndisclosedPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._dialogs = OpenDialogs()
        self.entries: list[UndisclosedRecord] = []
        self.lapsed: LapsedList | None = None

        # ---- 不公开事项复核 ----
        self.due_only = QCheckBox(tr("只看待复核（超过12个月未复核）", "Due only (not reviewed for 12 months)"))
        self.due_only.setObjectName("due_only")
        self.due_only.setChecked(True)
        self.due_only.toggled.connect(lambda _on: self.refresh_reviews())
        self.review_button = QPushButton(tr("复核…", "Review…"))
        self.review_button.setObjectName("review_button")
        self.review_button.clicked.connect(lambda: self.review_selected())
        self.review_count = QLabel()
        self.review_count.setObjectName("review_count")
        self.review_table = _table("undisclosed_table", [
            tr("复核到期", "Review due"), tr("提醒", "Reminder"), tr("标题", "Title"), tr("公开属性", "Marked"),
            tr("理由", "Reason"), tr("形成日期", "Formed"), tr("上次复核", "Last review")], (96, 100, 0, 110, 170, 92, 92), 2)
        self.review_table.setToolTip(tr("双击或按回车复核", "Double-click or press Enter to review"))
        self.review_table.activated.connect(lambda _i: self.review_selected())
        self.review_table.itemSelectionChanged.connect(self._show_history)
        self.history = QListWidget()
        self.history.setObjectName("review_history")
        self.history.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.due_only)
        bar.addStretch(1)
        bar.addWidget(self.review_button)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(tr("复核历史", "Reviews")))
        history_layout.addWidget(self.history, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.review_table)
        split.addWidget(history_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        reviews_tab = _tab(tr("标为“此件不公开”“此件依申请公开”的信息每年至少评估一次；因情势变化可以公开的，转为主动公开。",
                              "Information not disclosed or disclosed on request only is re-assessed at least once a year; "
                              "what can now be disclosed is made public."), bar, split, self.review_count)

        # ---- 失效、废止政策 ----
        today = session.today()
        self.date_from = date_edit(dt.date(today.year, 1, 1))
        self.date_from.setObjectName("lapsed_from")
        self.date_to = date_edit(today)
        self.date_to.setObjectName("lapsed_to")
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.refresh_lapsed())
        self.pdf_button = QPushButton(tr("导出清单 PDF…", "List as PDF…"))
        self.xlsx_button = QPushButton(tr("导出 Excel…", "List as Excel…"))
        self.pdf_button.clicked.connect(lambda: self._choose_export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self._choose_export(".xlsx"))
        self.lapsed_table = _table("lapsed_table", [
            tr("失效（废止）日期", "Since"), tr("清理结果", "Result"), tr("文件名称", "Document"), tr("文号", "Number"),
            tr("替代文件", "Replaced by")], (120, 80, 0, 150, 200), 2)
        self.lapsed_count = QLabel()
        self.lapsed_count.setObjectName("lapsed_count")
        period = QHBoxLayout()
        period.addWidget(QLabel(tr("失效（废止）日期：", "Lapsed between:")))
        period.addWidget(self.date_from)
        period.addWidget(QLabel(tr("至", "and")))
        period.addWidget(self.date_to)
        period.addStretch(1)
        period.addWidget(self.pdf_button)
        period.addWidget(self.xlsx_button)
        lapsed_tab = _tab(tr("在“公开记录”中选中政策文件，点“失效/废止…”标记；这里列出某期间的清理结果，可导出后公开。",
                             "Mark a policy on the Disclosures page (Lapsed/repealed…); the period's clean-up result is "
                             "listed here, ready to publish."), period, self.lapsed_table, self.lapsed_count)

        self.tabs = QTabWidget()
        self.tabs.addTab(reviews_tab, tr("不公开事项复核", "Review of what is not disclosed"))
        self.tabs.addTab(lapsed_tab, tr("失效、废止政策清理", "Lapsed and repealed policies"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        session.changed.connect(lambda area: self.refresh() if area in (RECORDS, CALENDAR) else None)
        self.refresh()

    # ---- reviews ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_reviews()
        self.refresh_lapsed()

    def refresh_reviews(self) -> None:
        today = self.session.today()
        current = self.current_entry()
        service = UndisclosedReviews(self.session.records)
        self.entries = service.list(today, due_only=self.due_only.isChecked())
        table = self.review_table
        table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            r = entry.record
            due = entry.overdue_on(today)
            cells = (entry.due.isoformat(), reminder_text(entry.due, today), r.title, attribute_name(r.attribute),
                     r.attribute_reason, r.formed_date, entry.last_review or tr("尚未复核", "never"))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(UUID_ROLE, r.uuid)
                cell.setToolTip(f"{r.title}\n{r.attribute_reason}")
                if due:
                    cell.setBackground(QBrush(OVERDUE_BACKGROUND))
                    if column < 2:
                        cell.setForeground(QBrush(OVERDUE_COLOUR))
                table.setItem(row, column, cell)
        due_count = service.due_count(today)
        self.review_count.setText(tr("待复核 {d} 条；列出 {n} 条", "{d} due for review; {n} listed", d=due_count,
                                     n=len(self.entries)))
        if current is not None:
            self._select_listed(current.record.uuid)
        self._show_history()

    def current_entry(self) -> UndisclosedRecord | None:
        row = self.review_table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) and self.review_table.selectedItems() else None

    def _select_listed(self, uuid: str) -> bool:
        row = next((n for n, entry in enumerate(self.entries) if entry.record.uuid == uuid), None)
        if row is not None:
            select_row(self.review_table, row)
        return row is not None

    def select_record(self, uuid: str) -> bool:
        """Select the record (from the 工作台), showing every record marked not disclosed when it is not due."""
        self.tabs.setCurrentIndex(0)
        if self._select_listed(uuid):
            return True
        if self.due_only.isChecked():
            self.due_only.setChecked(False)  # refreshes the list
        return self._select_listed(uuid)

    def _show_history(self) -> None:
        self.history.clear()
        entry = self.current_entry()
        self.review_button.setEnabled(entry is not None)
        if entry is None:
            return
        for review in reversed(UndisclosedReviews(self.session.records).history(entry.record.uuid)):
            who = tr("（{w}）", " ({w})", w=review.reviewer) if review.reviewer else ""
            self.history.addItem(f"{review.reviewed_on}　{outcome_text(review.outcome)}{who}\n　{review.reason}")
        if not self.history.count():
            self.history.addItem(tr("尚未复核；信息形成于 {f}", "Not reviewed yet; formed {f}", f=entry.record.formed_date))

    def review_selected(self) -> UndisclosedReviewDialog | None:
        entry = self.current_entry()
        if entry is None:
            return None
        dialog = UndisclosedReviewDialog(self.session, entry.record, parent=self)
        dialog.accepted.connect(self._reviewed)
        return self._dialogs.open(dialog)

    def _reviewed(self) -> None:
        self.session.notify(RECORDS)  # this page, the 工作台 and the records list refresh

    # ---- lapsed policies -------------------------------------------------------------------------------------
    def refresh_lapsed(self) -> None:
        start, end = from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
        try:
            self.lapsed = LapsedPolicies(self.session.records).between(start, end)
        except UserError as exc:
            self.lapsed = None
            self.lapsed_table.setRowCount(0)
            self.lapsed_count.setText(str(exc))
            return
        table = self.lapsed_table
        table.setRowCount(len(self.lapsed.records))
        for row, r in enumerate(self.lapsed.records):
            for column, text in enumerate((r.lapse_date or "", lapse_status_text(r.lapse_status or ""), r.title,
                                           r.doc_number, r.replaced_by)):
                cell = QTableWidgetItem(text)
                cell.setData(UUID_ROLE, r.uuid)
                table.setItem(row, column, cell)
        self.lapsed_count.setText(tr("本期间失效或废止 {n} 件", "{n} lapsed or repealed in the period", n=len(self.lapsed.records)))

    def _choose_export(self, suffix: str) -> None:
        name = tr("失效废止政策清理结果", "lapsed-policies") + suffix
        folder = Path(str(self.session.ui_settings().value("last_dir", str(Path.home()))))
        path, _ = QFileDialog.getSaveFileName(self, tr("导出清单", "Export the list"), str(folder / name),
                                              "PDF (*.pdf)" if suffix == ".pdf" else "Excel (*.xlsx)")
        if path:
            self.session.ui_settings().setValue("last_dir", str(Path(path).parent))
            self.export_list(Path(path))

    def export_list(self, target: Path) -> Path | None:
        """Write the period's list. A clean-up list is a few dozen rows: drawn at once, on this thread."""
        from townshipdesk.io.lapsed_list import export_lapsed_list

        if self.lapsed is None or self.session.site is None:
            return None
        try:
            return export_lapsed_list(self.session.site.name, self.lapsed, target, date=self.session.today())
        except (UserError, OSError) as exc:
            show_error(self, exc, tr("未能导出清单", "The list was not written"))
            return None
