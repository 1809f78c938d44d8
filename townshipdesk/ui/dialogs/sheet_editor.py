"""制作公示单: fill in a notice-board sheet for one village and watch the printed page change as you type.

The form holds exactly the fields of the JSON input (README, Notice-board sheets); every check, the masking of
ID, bank and phone numbers and the arithmetic of a finance statement are the core's, so the preview shows what
will be printed. The preview renders in the thread pool ~400 ms after the last change; a sheet the core
refuses shows its reason in place of the page.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.notices import DEFAULT_OBJECTION, Notice, notice_period
from townshipdesk.core.office_settings import posting_day_counts
from townshipdesk.core.villages import Posting, Village, VillageItem
from townshipdesk.errors import NoticeError, UserError
from townshipdesk.i18n import msg, tr
from townshipdesk.ui.dialogs.live_preview import LAST_DIR_KEY, NOTE_STYLE, LivePreview
from townshipdesk.ui.dialogs.record_editor import date_edit, from_qdate
from townshipdesk.ui.messages import show_error
from townshipdesk.ui.pdf_pages import page_image, render_pdf
from townshipdesk.ui.session import VILLAGES, Session
from townshipdesk.ui.sheet_jobs import PREVIEW_WIDTH_PX, Preview, SheetRequest
from townshipdesk.ui.widgets.combos import code_combo
from townshipdesk.ui.workers import Job
from townshipdesk.wording.records import estimate_warning
from townshipdesk.wording.villages import (
    KINDS,
    default_board,
    default_issuer,
    default_title,
    guess_kind,
    kind_text,
    notice_period_text,
    rhythm_text,
)

# Marks a field whose (default) text is the sheet itself: printed in Chinese for the villagers whatever the
# window's language (the English-UI test skips these).
PRINTED_CONTENT = "printed_content"
DEFAULT_COLUMNS = ["序号", "姓名", "村民小组", "身份证号码", "金额（元）", "备注"]
SEPARATORS = re.compile(r"[,，、;；\s]+")
WARNING_STYLE = "color:#b35c00;"


def split_names(text: str) -> list[str]:
    return [n for n in SEPARATORS.split(text.strip()) if n]


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    cell = table.item(row, column)
    return cell.text().strip() if cell is not None else ""


def _set_rows(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c in range(table.columnCount()):
            value = row[c] if c < len(row) else ""
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


def _remove_selected_rows(table: QTableWidget) -> None:
    rows = sorted({index.row() for index in table.selectedIndexes()} or ({table.currentRow()} - {-1}), reverse=True)
    for row in rows:
        table.removeRow(row)


class NameListEditor(QWidget):
    """The table of a name list: headers (double-click one to rename it) and rows, edited in place."""

    changed = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table(DEFAULT_COLUMNS, "namelist_table")
        self.table.setProperty(PRINTED_CONTENT, True)
        self.table.setToolTip(tr("双击表头可改列名；身份证号、银行账号、电话号码打印时自动隐去中间位数",
                                 "Double-click a header to rename it; ID, bank and phone numbers are masked when printed"))
        self.table.horizontalHeader().sectionDoubleClicked.connect(self.rename_column)
        self.table.cellChanged.connect(lambda _r, _c: self.changed.emit())
        widths = (44, 72, 84, 160, 84)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self.add_row_button = QPushButton(tr("添加行", "Add row"))
        self.remove_row_button = QPushButton(tr("删除行", "Remove row"))
        self.add_column_button = QPushButton(tr("添加列…", "Add column…"))
        self.remove_column_button = QPushButton(tr("删除列", "Remove column"))
        self.import_button = QPushButton(tr("从Excel导入…", "Import from Excel…"))
        self.import_button.setToolTip(tr("读取工作表：标题行、含“姓名”的表头行和数据行（合计行会重新计算）",
                                         "Reads a sheet: a title row, a header row with a name column, and the rows"))
        self.add_row_button.clicked.connect(self.add_row)
        self.remove_row_button.clicked.connect(self.remove_rows)
        self.add_column_button.clicked.connect(lambda: self.add_column())
        self.remove_column_button.clicked.connect(self.remove_column)
        self.import_button.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_row_button, self.remove_row_button, self.add_column_button, self.remove_column_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def columns(self) -> list[str]:
        header = self.table.horizontalHeaderItem
        return [(header(c).text() if header(c) else "").strip() for c in range(self.table.columnCount())]

    def rows(self) -> list[list[str]]:
        """The rows with something in them; an empty 序号 is numbered, as a clerk would."""
        columns = self.columns()
        out = []
        for r in range(self.table.rowCount()):
            cells = [_cell_text(self.table, r, c) for c in range(len(columns))]
            if any(cells):
                out.append(cells)
        for number, cells in enumerate(out, start=1):
            for c, header in enumerate(columns):
                if header == "序号" and not cells[c]:
                    cells[c] = str(number)
        return out

    def set_data(self, columns: list[str], rows: list[list[Any]]) -> None:
        self.table.blockSignals(True)
        try:
            self.table.setColumnCount(len(columns))
            self.table.setHorizontalHeaderLabels(columns)
            _set_rows(self.table, rows)
        finally:
            self.table.blockSignals(False)
        self.changed.emit()

    def add_row(self) -> None:
        self.table.insertRow(self.table.rowCount())
        self.table.setCurrentCell(self.table.rowCount() - 1, min(1, self.table.columnCount() - 1))
        self.table.setFocus()

    def remove_rows(self) -> None:
        _remove_selected_rows(self.table)
        self.changed.emit()

    def add_column(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, tr("添加列", "Add column"), tr("列名（如“补贴金额（元）”）：",
                                                                              "Column header (e.g. 补贴金额（元）):"))
            if not ok or not name.strip():
                return
        column = self.table.columnCount()
        self.table.insertColumn(column)
        self.table.setHorizontalHeaderItem(column, QTableWidgetItem(name.strip()))
        self.changed.emit()

    def remove_column(self) -> None:
        column = self.table.currentColumn()
        if column >= 0 and self.table.columnCount() > 1:
            self.table.removeColumn(column)
            self.changed.emit()

    def rename_column(self, column: int) -> None:
        old = self.columns()[column]
        name, ok = QInputDialog.getText(self, tr("修改列名", "Rename column"), tr("列名：", "Header:"), text=old)
        if ok and name.strip() and name.strip() != old:
            self.table.setHorizontalHeaderItem(column, QTableWidgetItem(name.strip()))
            self.changed.emit()


class FinanceEditor(QWidget):
    """上期结余, income and expense rows, 本期结余 — the core refuses a statement that does not add up."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opening_edit = QLineEdit()
        self.opening_edit.setObjectName("opening")
        self.opening_edit.setPlaceholderText(tr("如 125,400.00", "e.g. 125,400.00"))
        self.closing_edit = QLineEdit()
        self.closing_edit.setObjectName("closing")
        self.compute_button = QPushButton(tr("按收支计算", "Compute"))
        self.compute_button.setToolTip(tr("本期结余 = 上期结余 + 本期收入 − 本期支出", "closing = opening + income − expense"))
        self.compute_button.clicked.connect(self.compute_closing)
        item_amount = [tr("项目", "Item"), tr("金额（元）", "Amount (yuan)")]
        self.income_table = _table(item_amount, "income_table")
        self.expense_table = _table(item_amount, "expense_table")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(tr("上期结余（元）：", "Opening balance:")), 0, 0)
        grid.addWidget(self.opening_edit, 0, 1)
        grid.addWidget(QLabel(tr("本期结余（元）：", "Closing balance:")), 0, 2)
        closing = QHBoxLayout()
        closing.addWidget(self.closing_edit, 1)
        closing.addWidget(self.compute_button)
        grid.addLayout(closing, 0, 3)
        for column, (title, table) in enumerate(((tr("本期收入", "Income"), self.income_table),
                                                 (tr("本期支出", "Expense"), self.expense_table))):
            table.setColumnWidth(0, 130)
            table.cellChanged.connect(lambda _r, _c: self.changed.emit())
            add = QPushButton(tr("添加", "Add"))
            remove = QPushButton(tr("删除", "Remove"))
            add.clicked.connect(lambda _=False, t=table: t.insertRow(t.rowCount()))
            remove.clicked.connect(lambda _=False, t=table: (_remove_selected_rows(t), self.changed.emit()))
            head = QHBoxLayout()
            head.addWidget(QLabel(title))
            head.addStretch(1)
            head.addWidget(add)
            head.addWidget(remove)
            grid.addLayout(head, 1, column * 2, 1, 2)
            grid.addWidget(table, 2, column * 2, 1, 2)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for edit in (self.opening_edit, self.closing_edit):
            edit.textChanged.connect(lambda _t: self.changed.emit())

    @staticmethod
    def _entries(table: QTableWidget) -> list[dict[str, str]]:
        rows = ((_cell_text(table, r, 0), _cell_text(table, r, 1)) for r in range(table.rowCount()))
        return [{"item": item, "amount": amount} for item, amount in rows if item or amount]

    def data(self) -> dict[str, Any]:
        return {"opening_balance": self.opening_edit.text().strip(), "income": self._entries(self.income_table),
                "expense": self._entries(self.expense_table), "closing_balance": self.closing_edit.text().strip()}

    def set_data(self, opening: str, income: list[tuple[str, str]], expense: list[tuple[str, str]], closing: str) -> None:
        for widget in (self, self.income_table, self.expense_table):
            widget.blockSignals(True)
        try:
            self.opening_edit.setText(opening)
            self.closing_edit.setText(closing)
            _set_rows(self.income_table, [list(e) for e in income])
            _set_rows(self.expense_table, [list(e) for e in expense])
        finally:
            for widget in (self, self.income_table, self.expense_table):
                widget.blockSignals(False)
        self.changed.emit()

    def compute_closing(self) -> None:
        def amount(text: str) -> Decimal:
            cleaned = text.replace(",", "").replace("，", "").replace("元", "").strip()
            try:
                return Decimal(cleaned) if cleaned else Decimal(0)
            except InvalidOperation:
                raise ValueError(text) from None

        data = self.data()
        try:
            total = (amount(data["opening_balance"]) + sum((amount(e["amount"]) for e in data["income"]), Decimal(0))
                     - sum((amount(e["amount"]) for e in data["expense"]), Decimal(0)))
        except ValueError:
            return  # the preview already names the amount that is not a number
        self.closing_edit.setText(f"{total.quantize(Decimal('0.01')):,.2f}")


class SheetEditor(LivePreview, QDialog):
    """A sheet for `village`, perhaps for one of its affairs items (which fills kind, title and the posting)."""

    preview_shown = Signal(int)  # number of pages
    preview_failed = Signal(str)  # the reason, as shown
    posted = Signal(object)  # Posting

    def __init__(self, session: Session, village: Village, *, item: VillageItem | None = None, kind: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # The office setting 张贴当日计入公示期, read once: previews run on timers that must not touch the database.
        self.posting_day_counts = posting_day_counts(session.db)
        self.village = village
        self.item = item
        self._init_preview("townshipdesk-sheet-")
        self.setWindowTitle(tr("制作公示单 — {v}", "Notice sheet — {v}", v=village.name))
        self.resize(1240, 780)
        today = session.today()
        kind = kind or guess_kind(item)

        # ---- the form ----
        self.kind_box = code_combo("kind", KINDS, kind_text)
        self.kind_box.setCurrentIndex(KINDS.index(kind))
        self.paper_box = QComboBox()
        self.paper_box.setObjectName("paper")
        self.paper_box.addItem("A4", "A4")
        self.paper_box.addItem("A3", "A3")
        self.landscape_box = QCheckBox(tr("横向", "Landscape"))
        self.title_edit = QLineEdit(default_title(village, item, kind, today))
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(tr("如：大河村2026年10月最低生活保障对象名单公示", "The sheet's title"))
        self.board_edit = QLineEdit(default_board(village))
        self.issuer_edit = QLineEdit(default_issuer(village))
        self.date_edit = date_edit(today)
        self.date_edit.setObjectName("date")
        self.days_box = QSpinBox()
        self.days_box.setObjectName("notice_days")
        self.days_box.setRange(0, 365)
        self.days_box.setValue(7)
        self.days_box.setSpecialValueText(tr("不公示", "none"))
        self.working_box = QCheckBox(tr("按工作日", "Working days"))
        self.period_label = QLabel()
        self.period_label.setObjectName("period")
        self.phone_edit = QLineEdit(village.phone)
        self.phone_edit.setObjectName("phone")
        self.reviewers_edit = QLineEdit()
        self.reviewers_edit.setObjectName("reviewers")
        self.reviewers_edit.setPlaceholderText(tr("村务监督委员会成员，用顿号分隔", "Supervision committee members, separated by 、"))
        self.objection_edit = QLineEdit()
        self.objection_edit.setPlaceholderText(DEFAULT_OBJECTION)
        self.objection_edit.setProperty(PRINTED_CONTENT, True)
        self.paragraphs_edit = QPlainTextEdit(self._default_paragraph(kind))
        self.paragraphs_edit.setObjectName("paragraphs")
        self.paragraphs_edit.setTabChangesFocus(True)
        self.paragraphs_edit.setPlaceholderText(tr("正文，每行一段", "Body text, one paragraph per line"))
        self.paragraphs_edit.setFixedHeight(self.fontMetrics().height() * 4 + 14)

        self.namelist = NameListEditor()
        self.namelist.import_requested.connect(lambda: self.import_rows())
        self.finance = FinanceEditor()
        general_note = QLabel(tr("公告只有正文：在上面的“正文”中每行写一段。", "An announcement is its paragraphs: write them above."))
        general_note.setStyleSheet(NOTE_STYLE)
        general_note.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.kind_stack = QStackedWidget()
        for widget in (general_note, self.namelist, self.finance):
            self.kind_stack.addWidget(widget)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)

        def label(text: str) -> QLabel:
            lab = QLabel(text)
            lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return lab

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_box)
        kind_row.addSpacing(16)
        kind_row.addWidget(QLabel(tr("纸张：", "Paper:")))
        kind_row.addWidget(self.paper_box)
        kind_row.addWidget(self.landscape_box)
        kind_row.addStretch(1)
        grid.addWidget(label(tr("类型：", "Kind:")), 0, 0)
        grid.addLayout(kind_row, 0, 1, 1, 3)
        grid.addWidget(label(tr("标题：", "Title:")), 1, 0)
        grid.addWidget(self.title_edit, 1, 1, 1, 3)
        grid.addWidget(label(tr("公开栏：", "Board:")), 2, 0)
        grid.addWidget(self.board_edit, 2, 1)
        grid.addWidget(label(tr("落款：", "Issuer:")), 2, 2)
        grid.addWidget(self.issuer_edit, 2, 3)
        period_row = QHBoxLayout()
        period_row.addWidget(self.date_edit)
        period_row.addSpacing(12)
        period_row.addWidget(QLabel(tr("公示", "Notice")))
        period_row.addWidget(self.days_box)
        period_row.addWidget(QLabel(tr("天", "days")))
        period_row.addSpacing(8)
        period_row.addWidget(self.working_box)
        period_row.addSpacing(8)
        period_row.addWidget(self.period_label, 1)
        grid.addWidget(label(tr("日期：", "Date:")), 3, 0)
        grid.addLayout(period_row, 3, 1, 1, 3)
        grid.addWidget(label(tr("监督电话：", "Phone:")), 4, 0)
        grid.addWidget(self.phone_edit, 4, 1)
        grid.addWidget(label(tr("审核人：", "Reviewers:")), 4, 2)
        grid.addWidget(self.reviewers_edit, 4, 3)
        grid.addWidget(label(tr("异议说明：", "Objections:")), 5, 0)
        grid.addWidget(self.objection_edit, 5, 1, 1, 3)
        para_label = label(tr("正文：", "Text:"))
        para_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(para_label, 6, 0)
        grid.addWidget(self.paragraphs_edit, 6, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 6, 0)
        form_layout.addLayout(grid)
        form_layout.addWidget(self.kind_stack, 1)

        # ---- the preview ----
        self.preview_label = self.page_preview.label
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(tr("上一页", "Previous page"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(tr("下一页", "Next page"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") + 28)
        self.prev_button.clicked.connect(lambda: self.show_page(self.preview.page - 1 if self.preview else 0))
        self.next_button.clicked.connect(lambda: self.show_page(self.preview.page + 1 if self.preview else 0))
        self.page_label = QLabel()
        self.page_label.setObjectName("page_label")
        # ---- actions ----
        self.save_button = QPushButton(tr("保存PDF…", "Save PDF…"))
        self.print_button = QPushButton(tr("打印…", "Print…"))
        self.post_button = QPushButton(tr("登记张贴…", "Record posting…"))
        self.post_button.setToolTip(tr("记下这份公示单已张贴到公开栏：公示期、审核人和PDF一并保存",
                                       "Record that this sheet went up on the board, with its period, reviewers and PDF"))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button.clicked.connect(lambda: self.print_sheet())
        self.post_button.clicked.connect(lambda: self.register_posting())
        self._lay_out(form, [self.save_button, self.print_button, self.post_button],
                      page_controls=[self.prev_button, self.page_label, self.next_button], stretch=(5, 4), sizes=(680, 540))

        # ---- live preview ----
        for edit in (self.title_edit, self.board_edit, self.issuer_edit, self.phone_edit, self.reviewers_edit,
                     self.objection_edit):
            edit.textChanged.connect(self._changed)
        self.paragraphs_edit.textChanged.connect(self._changed)
        for box in (self.kind_box, self.paper_box):
            box.currentIndexChanged.connect(self._changed)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.days_box.valueChanged.connect(self._changed)
        self.date_edit.dateChanged.connect(self._changed)
        for check in (self.working_box, self.landscape_box):
            check.toggled.connect(self._changed)
        self.namelist.changed.connect(self._changed)
        self.finance.changed.connect(self._changed)
        self._kind_changed()
        self._show_period()
        self._set_page_controls()
        self._timer.start()

    # ---- the sheet ------------------------------------------------------------------------------------------
    @staticmethod
    def _default_paragraph(kind: str) -> str:
        return {"namelist": tr("经本人申请、村民小组评议、村民代表会议审议，现将有关名单予以公示。",
                               "Following applications and review by the villagers' representatives, the list is published."),
                "finance": tr("现将本村村级财务收支情况公开如下，请广大村民监督。",
                              "The village's income and expenditure are published below for villagers' supervision.")
                }.get(kind, "")

    def kind(self) -> str:
        return self.kind_box.currentData()

    def paper(self) -> str:
        return self.paper_box.currentData()

    def request(self) -> SheetRequest:
        """The form in the JSON shape the core reads (README: Notice-board sheets)."""
        kind = self.kind()
        data: dict[str, Any] = {
            "kind": kind, "title": self.title_edit.text().strip(), "village": self.village.name,
            "board": self.board_edit.text().strip(), "issuer": self.issuer_edit.text().strip(),
            "date": from_qdate(self.date_edit.date()).isoformat(), "notice_days": self.days_box.value(),
            "notice_working_days": self.working_box.isChecked(), "phone": self.phone_edit.text().strip(),
            "objection": self.objection_edit.text().strip(), "reviewers": split_names(self.reviewers_edit.text()),
            "paragraphs": [p for p in self.paragraphs_edit.toPlainText().splitlines() if p.strip()],
        }
        if kind == "namelist":
            data.update(columns=self.namelist.columns(), rows=self.namelist.rows())
        elif kind == "finance":
            data.update(self.finance.data())
        return SheetRequest(data, kind, self.paper(), self.landscape_box.isChecked(), self.session.today(),
                            self.posting_day_counts)

    def notice(self) -> Notice:
        """The checked, masked notice as it would print now (NoticeError otherwise)."""
        from townshipdesk.ui.sheet_jobs import build_notice

        return build_notice(self.request(), self.session.calendar)

    def _kind_changed(self) -> None:
        self.kind_stack.setCurrentIndex(KINDS.index(self.kind()))

    def _show_period(self) -> None:
        days = self.days_box.value()
        if not days:
            self.period_label.setText(tr("不设公示期", "No notice period"))
            self.period_label.setStyleSheet(NOTE_STYLE)
            return
        period = notice_period(from_qdate(self.date_edit.date()), days, self.working_box.isChecked(), self.session.calendar,
                               posting_day_counts=self.posting_day_counts)
        text = tr("公示期：{p}", "Period: {p}", p=notice_period_text(period.start, period.end))
        if self.posting_day_counts:
            text += tr("（张贴当日计入公示期）", " (the posting day counts)")
        if period.estimated:
            text += tr("（{w}）", " ({w})", w=estimate_warning())
        self.period_label.setText(text)
        self.period_label.setStyleSheet(WARNING_STYLE if period.estimated else NOTE_STYLE)

    def _changed(self) -> None:
        self._show_period()
        super()._changed()

    # ---- preview ------------------------------------------------------------------------------------------
    def _preview_request(self) -> tuple[SheetRequest, int]:
        return self.request(), self.preview.page if self.preview else 0

    def _refusal_text(self, exc: UserError) -> str:
        return tr("无法生成公示单：{e}", "This sheet cannot be printed: {e}", e=str(exc))

    def _correct_prompt(self) -> str:
        return tr("请按提示修改", "Please correct the sheet")

    def _preview_changed(self) -> None:
        self._set_page_controls()

    def show_page(self, page: int) -> None:
        """Page through the current preview (pages are rasterised as they are shown)."""
        preview = self.preview
        if preview is None or not 0 <= page < preview.pages or page == preview.page:
            return
        image = page_image(preview.pdf, page, width_px=PREVIEW_WIDTH_PX)
        self.preview = Preview(preview.notice, preview.pdf, preview.pages, page, image)
        self.page_preview.set_image(image)
        self._set_page_controls()

    def _set_page_controls(self) -> None:
        preview = self.preview
        usable = preview is not None and not self.showing_error()
        pages, page = (preview.pages, preview.page) if preview else (0, 0)
        self.page_label.setText(tr("第 {p} 页 共 {n} 页", "Page {p} of {n}", p=page + 1, n=pages) if usable else "")
        self.prev_button.setEnabled(usable and page > 0)
        self.next_button.setEnabled(usable and page < pages - 1)

    # ---- save, print, post ----------------------------------------------------------------------------------
    def _page_setup(self) -> tuple[str, bool]:
        return self.paper(), self.landscape_box.isChecked()

    def save_pdf(self) -> Path | None:
        from townshipdesk.io.pdf.batch import safe_filename

        return self._save_pdf(tr("保存PDF", "Save PDF"), tr("保存公示单", "Save the sheet"),
                              lambda notice: safe_filename(notice.title))

    def print_sheet(self) -> Job | None:
        return self._print(tr("打印公示单", "Print the sheet"))

    def _item_choices(self) -> tuple[list[VillageItem], list[str], int]:
        items = self.session.villages.items(self.village.uuid)
        labels = [f"{i.category}｜{i.name}（{rhythm_text(i.rhythm)}）" for i in items]
        current = next((n for n, i in enumerate(items) if self.item and i.uuid == self.item.uuid), None)
        if current is None:
            kind = self.kind()
            current = next((n for n, i in enumerate(items) if guess_kind(i) == kind), 0)
        return items, labels, current

    def register_posting(self) -> Posting | None:
        """Record that this sheet went up on the board: for which affairs item, with the PDF kept."""
        from townshipdesk.io.attachments import store_file

        title = tr("登记张贴", "Record posting")
        notice = self._checked_notice(title)
        if notice is None:
            return None
        if not notice.reviewers:
            answer = QMessageBox.question(self, title, tr(
                "公示单上还没有村务监督委员会审核人。公示内容应先经村务监督委员会审核，仍要登记张贴吗？",
                "The sheet names no supervision committee reviewer. Content should be reviewed before posting; record anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        items, labels, current = self._item_choices()
        if not items:
            show_error(self, NoticeError(msg("这个村还没有公开事项清单，请先在“村务公开”页新增事项",
                                             "This village has no affairs items yet: add one first")), title)
            return None
        chosen, ok = QInputDialog.getItem(self, title, tr(
            "这份公示单张贴的是哪个公开事项？\n公示期和审核人取自公示单，PDF 一并保存在数据文件夹中。",
            "Which affairs item does this sheet post?\nThe notice period and reviewers come from the sheet; the PDF is kept."),
            labels, current, False)
        if not ok or chosen not in labels:
            return None
        item = items[labels.index(chosen)]
        pdf = self._tmp / "posted.pdf"
        try:
            render_pdf(notice, pdf, paper=self.paper(), landscape=self.landscape_box.isChecked())
            digest, _size = store_file(self.session.data_dir, pdf)
            posting = self.session.villages.post(
                self.village.uuid, item.uuid, notice.title, notice.date, notice_days=self.days_box.value(),
                working=self.working_box.isChecked(), reviewers=notice.reviewers, sheet_sha256=digest)
        except (UserError, OSError) as exc:
            show_error(self, exc, title)
            return None
        self.item = item
        self.status_label.setText(tr("已登记张贴 {n}：{i}，公示期 {p}", "Posting {n} recorded: {i}, notice period {p}",
                                     n=posting.display_number, i=item.name,
                                     p=notice_period_text(posting.notice_start, posting.notice_end)))
        self.session.notify(VILLAGES)
        self.posted.emit(posting)
        return posting

    # ---- Excel ---------------------------------------------------------------------------------------------
    def import_rows(self, path: Path | None = None) -> bool:
        """Fill the name list from a sheet of an Excel workbook (the first, or the one the user picks)."""
        from townshipdesk.io.notice_input import data_from_sheet, workbook_sheets

        title = tr("从Excel导入名单", "Import a name list")
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, title, str(self._last_dir()),
                                                    tr("Excel 工作簿 (*.xlsx *.xlsm *.xls)", "Excel workbooks (*.xlsx *.xlsm *.xls)"))
            if not chosen:
                return False
            path = Path(chosen)
        try:
            sheets = workbook_sheets(path)
            grid = sheets[0]
            if len(sheets) > 1:
                names = [g.name for g in sheets]
                name, ok = QInputDialog.getItem(self, title, tr("选择工作表：", "Choose the sheet:"), names, 0, False)
                if not ok or name not in names:
                    return False
                grid = sheets[names.index(name)]
            data = data_from_sheet(grid, "namelist")
        except (UserError, OSError) as exc:
            show_error(self, exc, title)
            return False
        self.session.ui_settings().setValue(LAST_DIR_KEY, str(Path(path).parent))
        self.namelist.set_data(data["columns"], data["rows"])
        if not self.title_edit.text().strip() and data.get("title"):
            self.title_edit.setText(str(data["title"]))
        if data.get("date"):  # the sheet's 日期 line, already read as a date (YYYY-MM-DD)
            self.date_edit.setDate(QDate.fromString(str(data["date"]), "yyyy-MM-dd"))
        self.kind_box.setCurrentIndex(KINDS.index("namelist"))
        self.status_label.setText(tr("已从“{f}”导入 {n} 行", "Imported {n} rows from '{f}'", f=Path(path).name,
                                     n=len(data["rows"])))
        return True
