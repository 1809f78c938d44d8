"""政府信息公开工作年度报告 (national template, 国办公开办函〔2021〕30号): the tables of one year.

Section 三 (requests received and handled) is computed from the request register — read-only here, with the
template's check 一 + 二 = 三（七）+ 四 shown in green or red. Sections 二 (proactive disclosure counts) and 四
(administrative review and lawsuits) are counted by hand and entered in the grids, kept per year. The tables
are exported as the national workbook (.xlsx) and as the report's text skeleton (.docx).
On a county installation section 三 sums the requests of the townships received by sync.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.reports import (
    COLUMNS,
    SECTION2,
    SECTION4_REVIEW,
    AnnualReport,
    annual_report,
    set_figures,
)
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.ui.messages import show_error
from townshipdesk.ui.session import SITE, Session
from townshipdesk.ui.widgets.report_grids import (
    COMPUTED_BACKGROUND,
    NOT_APPLICABLE,
    S2_COLUMNS,
    S4_ROWS,
    fill_section3,
    fit_height,
    heading,
    number_grid,
    number_text,
    s2_header,
    s2_row,
    s3_header,
    s4_header,
    s4_row,
)
from townshipdesk.ui.workers import run_with_progress
from townshipdesk.wording.display import join_values
from townshipdesk.wording.requests import REQUESTS, applicant_text

PASS_STYLE = "color:#1e6b34; background:#e6f4ea; border:1px solid #b7dfc3; padding:4px 8px;"
FAIL_STYLE = "color:#9b1c1c; background:#fde2e1; border:1px solid #f5c2c7; padding:4px 8px;"
NOTE_STYLE = "color:#666;"
DIRTY_STYLE = "color:#b35c00;"
LAST_DIR_KEY = "last_dir"
SYNC = "sync"  # the session area the 同步 page announces: a county's townships may have sent requests
KEY_ROLE = Qt.ItemDataRole.UserRole


def default_year(today: dt.date) -> int:
    """The report is due by 31 January: until the end of March the page opens on last year."""
    return today.year - 1 if today.month <= 3 else today.year


class AnnualReportPage(QWidget):
    """`county=None` follows the installation's role."""

    def __init__(self, session: Session, parent: QWidget | None = None, *, county: bool | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._county = county
        self.report: AnnualReport | None = None
        self._dirty = False
        self._filling = False

        self.year_box = QSpinBox()
        self.year_box.setObjectName("year")
        self.year_box.setRange(2008, 2100)  # the Regulation took effect in 2008
        self.year_box.setValue(default_year(session.today()))
        self.year_box.setKeyboardTracking(False)
        self.year_box.valueChanged.connect(self._year_changed)
        self._year = self.year_box.value()
        self.scope_label = QLabel()
        self.scope_label.setObjectName("scope")
        self.scope_label.setStyleSheet(NOTE_STYLE)
        self.save_button = QPushButton(tr("保存录入", "Save figures"))
        self.save_button.setObjectName("save_figures")
        self.save_button.setToolTip(tr("保存第二、四部分手工录入的数字", "Save the figures entered in sections II and IV"))
        self.save_button.clicked.connect(lambda: self.save())
        self.xlsx_button = QPushButton(tr("导出表格(.xlsx)…", "Export tables (.xlsx)…"))
        self.xlsx_button.setObjectName("export_xlsx")
        self.xlsx_button.setToolTip(tr("按国家模板导出第二、三、四部分统计表", "Sections II, III and IV in the national layout"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.docx_button = QPushButton(tr("导出报告文字稿(.docx)…", "Export report text (.docx)…"))
        self.docx_button.setObjectName("export_docx")
        self.docx_button.setToolTip(tr("报告的六部分标题和统计表，供在 WPS 或 Word 中补充文字",
                                       "The six headings and the tables, to complete in WPS or Word"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.dirty_label = QLabel()
        self.dirty_label.setObjectName("dirty")
        self.dirty_label.setStyleSheet(DIRTY_STYLE)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setStyleSheet(NOTE_STYLE)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # ---- section 三 (computed) ----
        s3_headers = [tr("项目", "Item"), *(s3_header(c) for c in COLUMNS), tr("总计", "Total")]
        self.s3_table = QTableWidget(0, len(s3_headers))
        self.s3_table.setObjectName("section3")
        self.s3_table.setHorizontalHeaderLabels(s3_headers)
        self.s3_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.s3_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.s3_table.setWordWrap(False)
        self.s3_table.verticalHeader().hide()
        self.s3_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.s3_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(40)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.s3_table.setColumnWidth(0, 250)
        self.s3_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for column in range(1, len(COLUMNS) + 1):
            self.s3_table.horizontalHeaderItem(column).setToolTip(
                tr("法人或其他组织", "Legal person or other organisation") if column > 1 else "")
        self.check_label = QLabel()
        self.check_label.setObjectName("check")
        self.check_label.setWordWrap(True)

        # ---- section 二 (hand-entered) ----
        self.s2_table = number_grid(len(SECTION2), [s2_header(c) for c in S2_COLUMNS], "section2")
        self.s2_table.setVerticalHeaderLabels([s2_row(row) for row, _cols in SECTION2])
        # ---- section 四 (hand-entered; 总计 is the sum) ----
        self.s4_table = number_grid(len(S4_ROWS), [s4_header(c) for c in SECTION4_REVIEW], "section4")
        self.s4_table.setVerticalHeaderLabels([s4_row(label) for _key, label in S4_ROWS])
        for table in (self.s2_table, self.s4_table):
            table.cellChanged.connect(self._cell_changed)
            fit_height(table)
        hint = QLabel(tr("第二、四部分据实填写（双击单元格录入数字）；第三部分由“依申请公开”登记簿自动统计，不能手工修改。",
                         "Sections II and IV are counted by hand (double-click a cell); section III comes from the request "
                         "register and cannot be edited."))
        hint.setWordWrap(True)
        hint.setStyleSheet(NOTE_STYLE)

        # ---- layout ----
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("报告年度：", "Year:")))
        bar.addWidget(self.year_box)
        bar.addSpacing(12)
        bar.addWidget(self.scope_label, 1)
        bar.addWidget(self.dirty_label)
        bar.addWidget(self.save_button)
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.docx_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(heading(tr("三、收到和处理政府信息公开申请情况（自动统计）",
                                          "III Requests received and handled (computed)")))
        left_layout.addWidget(self.s3_table, 1)
        left_layout.addWidget(self.check_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(heading(tr("二、主动公开政府信息情况", "II Proactive disclosure")))
        right_layout.addWidget(self.s2_table)
        right_layout.addSpacing(8)
        right_layout.addWidget(heading(tr("四、政府信息公开行政复议、行政诉讼情况", "IV Administrative review and lawsuits")))
        right_layout.addWidget(self.s4_table)
        right_layout.addSpacing(8)
        right_layout.addWidget(hint)
        right_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 450])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

        session.changed.connect(self._session_changed)
        self.refresh()

    # ---- what is shown ------------------------------------------------------------------------------------
    @property
    def county(self) -> bool:
        if self._county is not None:
            return self._county
        site = self.session.site
        return site is not None and site.role == "county"

    def year(self) -> int:
        return self.year_box.value()

    def set_year(self, year: int) -> None:
        self.year_box.setValue(year)

    def _session_changed(self, area: str) -> None:
        if area in (REQUESTS, SITE, SYNC):
            self.refresh(figures=not self._dirty)

    def refresh(self, *, figures: bool = True) -> None:
        """Recompute section 三 from the register; reload the entered figures unless they are being edited."""
        self.report = annual_report(self.session.db, self.year(), county=self.county)
        self._show_scope()
        self._show_section3(self.report)
        if figures:
            self._show_figures(self.report.figures)

    def _show_scope(self) -> None:
        site = self.session.site
        self.save_button.setVisible(not self.county)
        if self.county:
            sites = len(self.session.db.query("SELECT site_id FROM peers"))
            self.scope_label.setText(tr("全县汇总：第二、三、四部分为已报送数据的 {n} 个乡镇的合计",
                                        "County total: sections II, III and IV sum the {n} townships that reported",
                                        n=sites))
        else:
            self.scope_label.setText(tr("{name}：统计期限 {y} 年1月1日至12月31日", "{name}: 1 January to 31 December {y}",
                                        name=site.name if site else "", y=self.year()))

    def _show_section3(self, report: AnnualReport) -> None:
        fill_section3(self.s3_table, report)
        bad = report.requests.consistent()
        if not bad:
            self.check_label.setText(tr("✔ 校验通过：一 + 二 = 三（七）+ 四", "✔ Check passed: I + II = III(7) + IV"))
            self.check_label.setStyleSheet(PASS_STYLE)
        else:
            self.check_label.setText(tr("✘ 校验不通过（{c}）：一 + 二 ≠ 三（七）+ 四。请核对登记簿中各申请的收到、办结日期。",
                                        "✘ Check failed ({c}): I + II ≠ III(7) + IV. Check the received and decision dates "
                                        "in the register.", c=join_values(applicant_text(c) for c in bad)))
            self.check_label.setStyleSheet(FAIL_STYLE)

    def _show_figures(self, figures: dict[str, str]) -> None:
        self._filling = True
        try:
            for row, (name, cols) in enumerate(SECTION2):
                for column, col in enumerate(S2_COLUMNS):
                    cell = QTableWidgetItem()
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if col in cols and self.county:
                        cell.setText(number_text(figures.get(f"s2.{name}.{col}")))
                        cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                        cell.setToolTip(tr("各乡镇报送数字之和", "The sum of what the townships sent"))
                    elif col in cols:
                        key = f"s2.{name}.{col}"
                        cell.setData(KEY_ROLE, key)
                        cell.setText(number_text(figures.get(key)))
                    else:
                        cell.setFlags(Qt.ItemFlag.NoItemFlags)
                        cell.setBackground(QBrush(NOT_APPLICABLE))
                        cell.setToolTip(tr("国家模板中此项没有这一栏", "The template has no such figure for this row"))
                    self.s2_table.setItem(row, column, cell)
            for row, (group, _label) in enumerate(S4_ROWS):
                for column, col in enumerate(SECTION4_REVIEW):
                    key = f"s4.{group}.{col}"
                    cell = QTableWidgetItem(number_text(figures.get(key)))
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    cell.setData(KEY_ROLE, key)
                    if col == "总计" or self.county:
                        cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                        cell.setBackground(QBrush(COMPUTED_BACKGROUND))
                        cell.setToolTip(tr("前四栏之和，自动计算", "The sum of the four columns before it"))
                    self.s4_table.setItem(row, column, cell)
                self._sum_row(row)
        finally:
            self._filling = False
        self._set_dirty(False)

    def _sum_row(self, row: int) -> None:
        """总计 of a section-四 row: the sum of its four results, empty while they are all empty."""
        texts = [cell.text().strip() for column in range(len(SECTION4_REVIEW) - 1)
                 if (cell := self.s4_table.item(row, column)) is not None]
        total = 0.0
        for text in texts:
            try:
                total += float(text) if text else 0.0
            except ValueError:
                continue
        cell = self.s4_table.item(row, len(SECTION4_REVIEW) - 1)
        if cell is not None:
            was = self._filling
            self._filling = True
            cell.setText(number_text(str(total)) if any(texts) else "")
            self._filling = was

    def _cell_changed(self, row: int, _column: int) -> None:
        if self._filling:
            return
        if self.sender() is self.s4_table:
            self._sum_row(row)
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.dirty_label.setText(tr("有未保存的录入", "Unsaved figures") if dirty else "")

    @property
    def dirty(self) -> bool:
        return self._dirty

    # ---- entering figures ---------------------------------------------------------------------------------------
    def set_figure(self, key: str, value: str) -> bool:
        """Type a value into the cell of `key` (as a user does); False when no cell holds that figure."""
        for table in (self.s2_table, self.s4_table):
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    cell = table.item(row, column)
                    if cell is not None and cell.data(KEY_ROLE) == key and cell.flags() & Qt.ItemFlag.ItemIsEditable:
                        cell.setText(value)
                        return True
        return False

    def entered(self) -> dict[str, str]:
        """Every figure cell as it stands (an empty cell is 0 once a value was saved for it)."""
        stored = self.report.figures if self.report else {}
        values: dict[str, str] = {}
        for table in (self.s2_table, self.s4_table):
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    cell = table.item(row, column)
                    key = cell.data(KEY_ROLE) if cell is not None else None
                    if not key:
                        continue
                    text = cell.text().strip()
                    if not text and key not in stored:
                        continue
                    text = text or "0"
                    if number_text(stored.get(key)) != text:
                        values[key] = text
        return values

    def save(self) -> bool:
        """Save the entered figures of the year shown (the core checks every one is a number)."""
        values = self.entered()
        if values:
            try:
                set_figures(self.session.db, self.year(), values)
            except UserError as exc:
                show_error(self, exc, tr("未能保存", "Not saved"))
                return False
        self.refresh()
        self.status_label.setText(tr("已保存 {y} 年度的 {n} 项录入", "Saved {n} figures for {y}", y=self.year(), n=len(values)))
        return True

    def _year_changed(self, year: int) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self, tr("保存录入", "Save figures"),
                tr("{y} 年度有未保存的录入，要先保存吗？", "Save the figures entered for {y} first?", y=self._year),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                self.year_box.blockSignals(True)
                self.year_box.setValue(self._year)
                self.year_box.blockSignals(False)
                return
            if answer == QMessageBox.StandardButton.Save:
                try:
                    set_figures(self.session.db, self._year, self.entered())
                except UserError as exc:
                    show_error(self, exc, tr("未能保存", "Not saved"))
                    self.year_box.blockSignals(True)
                    self.year_box.setValue(self._year)
                    self.year_box.blockSignals(False)
                    return
        self._year = year
        self.status_label.clear()
        self.refresh()

    # ---- export -------------------------------------------------------------------------------------------------
    def export(self, kind: str, path: Path | None = None) -> bool:
        """Save what was entered, then write the workbook or the .docx (in the background)."""
        if self._dirty and not self.save():
            return False
        report = annual_report(self.session.db, self.year(), county=self.county)
        site = self.session.site
        office = site.name if site else ""
        if path is None:
            from townshipdesk.io.pdf.batch import safe_filename

            last = Path(str(self.session.ui_settings().value(LAST_DIR_KEY, str(Path.home()))))
            if kind == "xlsx":
                name = safe_filename(f"{office}{report.year}年政府信息公开工作年度报告统计表") + ".xlsx"
                filters = tr("Excel 工作簿 (*.xlsx)", "Excel workbooks (*.xlsx)")
            else:
                name = safe_filename(f"{office}{report.year}年政府信息公开工作年度报告") + ".docx"
                filters = tr("Word 文档 (*.docx)", "Word documents (*.docx)")
            from PySide6.QtWidgets import QFileDialog

            chosen, _ = QFileDialog.getSaveFileName(self, tr("导出年度报告", "Export the annual report"), str(last / name),
                                                    filters)
            if not chosen:
                return False
            path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        self.session.ui_settings().setValue(LAST_DIR_KEY, str(path.parent))

        def work(_progress: Any) -> Path:
            if kind == "xlsx":
                from townshipdesk.io.excel.report_writer import export_annual_report

                return export_annual_report(report, office, path)
            from townshipdesk.io.report_docx import export_report_docx

            return export_report_docx(report, office, path)

        def done(written: Path) -> None:
            check = "" if not report.requests.consistent() else tr("（注意：第三部分校验不通过）", " (section III does not add up)")
            self.status_label.setText(tr("已导出：{p}{c}", "Exported: {p}{c}", p=str(written), c=check))

        self._export_job = run_with_progress(self, tr("正在导出年度报告…", "Exporting the annual report…"), work, done,
                                             lambda exc: show_error(self, exc, tr("未能导出", "Export failed")))
        return True
