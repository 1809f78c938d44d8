"""回应关切: the register of public concerns (政务舆情) with the hours left to answer each (24 h major, 48 h others,
clock hours). Open ones come first, overdue in red; the panel below shows the selected concern and its answer.
登记关切 / 登记回应 open their dialogs; 定期公开 writes the periodic 回应关切情况 list (PDF or Excel) in the background.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.concerns import Concern, ConcernClock, shown_text
from townshipdesk.core.text import fold
from townshipdesk.i18n import tr
from townshipdesk.ui.dialogs.concern_dialogs import NewConcernDialog, PublishDialog, RespondDialog
from townshipdesk.ui.dialogs.open_dialogs import OpenDialogs
from townshipdesk.ui.messages import show_error
from townshipdesk.ui.models.records import OVERDUE_BACKGROUND, OVERDUE_COLOUR, SOON_COLOUR
from townshipdesk.ui.session import SITE, Session
from townshipdesk.ui.widgets.tables import prepare_list_table, set_column_widths
from townshipdesk.ui.workers import Job, run_with_progress
from townshipdesk.wording.concerns import (
    CONCERNS,
    channel_text,
    kind_text,
    left_text,
    major_text,
    source_text,
    state_text,
    urgency,
)

UUID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 150
LAST_DIR_KEY = "concerns/last_dir"
STATUS_STYLE = "color:#1e6b34;"
WIDTHS = (98, 120, 78, 48, 0, 120, 156, 88)  # 0: the concern's title stretches (≥ 170 px on a 1024-wide screen)
TITLE_COLUMN, DUE_COLUMN, STATE_COLUMN = 4, 5, 6


def headings() -> list[str]:
    """In the language chosen when the page is built (not when the module was first imported)."""
    return [tr("编号", "Number"), tr("发现时间", "Seen"), tr("来源", "Source"), tr("类别", "Kind"), tr("关切事项", "Concern"),
            tr("回应时限", "Due"), tr("回应情况", "Response"), tr("回应责任人", "Responder")]
OPEN = "open_or_overdue"


class ConcernsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._dialogs = OpenDialogs()
        self._pairs: list[tuple[Concern, ConcernClock]] = []
        self.publish_job: Job | None = None
        self.published: Path | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("concerns_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(tr("搜索关切事项、编号、责任人", "Search concerns, numbers, responders"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._fill)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.state_box = QComboBox()
        self.state_box.setObjectName("state_filter")
        self.state_box.addItem(tr("全部状态", "All states"), None)
        self.state_box.addItem(tr("未回应", "Not answered"), OPEN)
        for key in ("overdue", "responded", "late"):
            self.state_box.addItem(state_text(key), key)
        self.state_box.currentIndexChanged.connect(lambda _i: self._fill())
        self.new_button = QPushButton(tr("登记关切…", "New concern…"))
        self.new_button.setObjectName("new_concern")
        self.new_button.setToolTip(tr("登记在网络、媒体、12345热线等处发现的群众关切", "Register a concern seen online, in the "
                                      "media, on the 12345 hotline …"))
        self.new_button.clicked.connect(lambda: self.new_concern())
        self.respond_button = QPushButton(tr("登记回应…", "Record the response…"))
        self.respond_button.setObjectName("respond")
        self.respond_button.clicked.connect(lambda: self.respond())
        self.publish_button = QPushButton(tr("定期公开…", "Publish the list…"))
        self.publish_button.setObjectName("publish")
        self.publish_button.setToolTip(tr("生成一段时间内的回应关切情况表，供政务公开栏和网站定期公开",
                                          "Write the period's list of concerns and how they were answered, for the notice board and the website"))
        self.publish_button.clicked.connect(lambda: self.publish())

        self.table = QTableWidget(0, len(WIDTHS))
        self.table.setObjectName("concerns_table")
        self.table.setHorizontalHeaderLabels(headings())
        prepare_list_table(self.table, stretch_last=False)
        set_column_widths(self.table, WIDTHS)
        self.table.horizontalHeader().setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.table.activated.connect(lambda _i: self.respond())
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setStyleSheet(STATUS_STYLE)
        self.status_label.setWordWrap(True)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("detail")
        self.detail.setReadOnly(True)

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.state_box)
        bar.addWidget(self.new_button)
        bar.addWidget(self.respond_button)
        bar.addWidget(self.publish_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(bar)
        upper_layout.addWidget(self.table, 1)
        counts = QHBoxLayout()
        counts.addWidget(self.count_label)
        counts.addStretch(1)
        counts.addWidget(self.status_label)
        upper_layout.addLayout(counts)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(splitter)
        session.changed.connect(self._session_changed)
        self.refresh()

    # ---- the list ---------------------------------------------------------------------------------------------
    def _session_changed(self, area: str) -> None:
        if area in (CONCERNS, SITE, "records"):
            self.refresh()

    def refresh(self) -> None:
        register = self.session.concerns
        # Open ones first (most urgent first), then the answered ones, newest first.
        open_pairs = register.open_due()
        answered = [(c, register.clock(c)) for c in register.all() if c.responded_at]
        self._pairs = open_pairs + answered
        overdue = sum(1 for _c, clock in open_pairs if clock.overdue)
        late = sum(1 for _c, clock in answered if clock.state == "late")
        self.count_label.setText(tr("共 {n} 条，待回应 {o} 条（逾期 {d} 条），逾期回应 {l} 条", "{n} concerns, {o} open "
                                    "({d} overdue), {l} answered late", n=len(self._pairs), o=len(open_pairs), d=overdue,
                                    l=late))
        self._fill()

    def _visible(self) -> list[tuple[Concern, ConcernClock]]:
        wanted = self.state_box.currentData()
        needle = fold(self.search_edit.text())
        out = []
        for c, clock in self._pairs:
            if wanted == OPEN and clock.state not in ("open", "overdue") or wanted not in (None, OPEN) and clock.state != wanted:
                continue
            if needle and needle not in fold(" ".join((c.number, c.title, c.details, c.responder, c.source))):
                continue
            out.append((c, clock))
        return out

    def _fill(self) -> None:
        selected = self.current_concern()
        shown = self._visible()
        self.table.setRowCount(len(shown))
        for row, (c, clock) in enumerate(shown):
            level = urgency(clock)
            # 剩 3 小时 / 已逾期 2 小时 / 按时回应 / 逾期 … 回应 say the state and the hours at once.
            cells = (c.number, shown_text(c.seen), source_text(c.source), kind_text(c), c.title, shown_text(clock.due),
                     left_text(clock), c.responder)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(UUID_ROLE, c.uuid)
                if column == TITLE_COLUMN:
                    item.setToolTip(c.title)
                elif column == 3:
                    item.setToolTip(major_text(c))
                elif column == STATE_COLUMN:
                    item.setToolTip(state_text(clock.state))
                if level == "overdue" or (clock.state == "late" and column == STATE_COLUMN):
                    item.setForeground(QBrush(OVERDUE_COLOUR))
                    if level == "overdue":
                        item.setBackground(QBrush(OVERDUE_BACKGROUND))
                elif level == "soon" and column in (DUE_COLUMN, STATE_COLUMN):
                    item.setForeground(QBrush(SOON_COLOUR))
                self.table.setItem(row, column, item)
        if (selected is None or not self._select(selected.uuid)) and shown:
            self.table.selectRow(0)
        self._show_current()

    # ---- the selected concern ---------------------------------------------------------------------------------
    def current_concern(self) -> Concern | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        uuid = item.data(UUID_ROLE)
        return next((c for c, _ in self._pairs if c.uuid == uuid), None)

    def _select(self, uuid: str) -> bool:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(UUID_ROLE) == uuid:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                return True
        return False

    def show_concern(self, uuid: str) -> bool:
        """Select the concern, clearing the filters if they hide it."""
        if self._select(uuid):
            return True
        for widget in (self.search_edit, self.state_box):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.state_box.setCurrentIndex(0)
        for widget in (self.search_edit, self.state_box):
            widget.blockSignals(False)
        self._fill()
        return self._select(uuid)

    def _show_current(self) -> None:
        c = self.current_concern()
        clock = next((k for x, k in self._pairs if c is not None and x.uuid == c.uuid), None)
        self.respond_button.setEnabled(c is not None and not c.responded_at)
        if c is None or clock is None:
            self.detail.setPlainText("")
            return
        lines = [f"{c.number}  {c.title}",
                 tr("来源：{s}；发现时间：{t}；{m}", "Source: {s}; seen {t}; {m}", s=source_text(c.source),
                    t=shown_text(c.seen), m=major_text(c)),
                 tr("回应时限：{d}；{s}（{l}）", "Answer by {d}; {s} ({l})", d=shown_text(clock.due), s=state_text(clock.state),
                    l=left_text(clock))]
        if c.responder:
            lines.append(tr("回应责任人：{r}", "Responder: {r}", r=c.responder))
        if c.details:
            lines.append(tr("详细情况：{d}", "Details: {d}", d=c.details))
        if c.responded_at:
            lines.append(tr("回应：{t}，{ch}", "Answered {t} by {ch}", t=shown_text(c.responded),
                            ch=channel_text(c.response_channel)))
            if c.response_text:
                lines.append(c.response_text)
            if c.response_file:
                lines.append(tr("回应文件：{f}", "Response file: {f}", f=c.response_file))
        self.detail.setPlainText("\n".join(lines))

    # ---- actions ------------------------------------------------------------------------------------------------
    def _changed(self, c: Concern, what: str) -> None:
        self.session.notify(CONCERNS)  # this page and the 工作台 refresh
        self.show_concern(c.uuid)
        self.status_label.setText(tr("已保存：{n}（{w}）", "Saved: {n} ({w})", n=c.number, w=what))

    def new_concern(self) -> NewConcernDialog:
        dialog = NewConcernDialog(self.session, self)
        dialog.accepted.connect(lambda: dialog.saved and self._changed(dialog.saved, tr("新登记", "registered")))
        return self._dialogs.open(dialog)

    def respond(self) -> RespondDialog | None:
        c = self.current_concern()
        if c is None or c.responded_at:
            return None
        dialog = RespondDialog(self.session, c, self)
        dialog.accepted.connect(lambda: dialog.saved and self._changed(dialog.saved, tr("已回应", "answered")))
        return self._dialogs.open(dialog)

    def publish(self) -> PublishDialog:
        dialog = PublishDialog(self.session.today(), self)
        dialog.accepted.connect(lambda: self._ask_where(dialog.period(), dialog.kind_box.currentData()))
        return self._dialogs.open(dialog)

    def _ask_where(self, period: tuple[dt.date, dt.date], kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        from townshipdesk.io.pdf.batch import safe_filename

        site = self.session.site
        start, end = period
        last = Path(str(self.session.ui_settings().value(LAST_DIR_KEY, str(Path.home()))))
        name = safe_filename(f"{site.name if site else ''}回应关切情况{start:%Y%m%d}-{end:%Y%m%d}") + f".{kind}"
        filters = tr("PDF 文件 (*.pdf)", "PDF files (*.pdf)") if kind == "pdf" else tr("Excel 工作簿 (*.xlsx)",
                                                                                      "Excel workbooks (*.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(self, tr("保存回应关切情况表", "Save the concerns list"), str(last / name),
                                                filters)
        if chosen:
            self.write_list(start, end, Path(chosen))

    def write_list(self, start: dt.date, end: dt.date, path: Path) -> Job:
        """Gather the period's concerns here (the database lives on this thread), draw the file in the background."""
        from townshipdesk.core.concern_report import concern_report, report_notice

        kind = "xlsx" if path.suffix.lower() == ".xlsx" else "pdf"
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + ".pdf")
        self.session.ui_settings().setValue(LAST_DIR_KEY, str(path.parent))
        site = self.session.site
        report = concern_report(self.session.concerns, site.name if site else "", start, end)

        def work(_progress: Any) -> Path:
            if kind == "xlsx":
                from townshipdesk.io.excel.concerns_writer import export_concern_report

                return export_concern_report(report, path)
            from townshipdesk.io.pdf.notice_pdf import render_notice

            return render_notice(report_notice(report), path, landscape=True)

        def done(written: Path) -> None:
            self.published = written
            self.status_label.setText(tr("已生成回应关切情况表（{n} 条）：{p}", "Wrote the concerns list ({n}): {p}",
                                         n=report.total, p=str(written)))

        self.publish_job = run_with_progress(self, tr("正在生成回应关切情况表…", "Writing the concerns list…"), work, done,
                                             lambda exc: show_error(self, exc, tr("未能生成", "Could not write the list")))
        return self.publish_job
