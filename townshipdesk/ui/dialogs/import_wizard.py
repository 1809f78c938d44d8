"""Import a catalog workbook: choose the file → read it (in the background) → preview → import.

Nothing is written until the user presses 导入 on the preview, and then in one transaction through
`Catalog.apply_import`. The workbook is read in a worker thread (file work only); the plan and the
import run on the UI thread, which owns the database connection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from townshipdesk.core.catalog import Catalog, ImportPlan, Problem, SourceRow, Version, field_label
from townshipdesk.errors import UserError
from townshipdesk.i18n import language, tr
from townshipdesk.ui.messages import error_text
from townshipdesk.ui.workers import Cancelled, Job, Progress
from townshipdesk.wording.display import join_values

if TYPE_CHECKING:
    from townshipdesk.io.excel.catalog_reader import WorkbookRead

ERROR_BACKGROUND = QColor("#f8d7da")
WARNING_BACKGROUND = QColor("#fff3cd")
RETIRE_BACKGROUND = QColor("#e9ecef")
WORKBOOK_SUFFIXES = (".xlsx", ".xls", ".xlsm")
MAX_COLUMN_WIDTH = 220


def _read_job(path: Path) -> Callable[[Progress], WorkbookRead]:
    def read(progress: Progress) -> WorkbookRead:
        # openpyxl/xlrd load only here, in the worker, so opening the window never pays for them.
        from townshipdesk.io.excel.catalog_reader import read_catalog_workbook

        progress(0, 1)
        return read_catalog_workbook(path, progress=progress)

    return read


class ChooseFilePage(QWizardPage):
    def __init__(self, start_dir: str = "") -> None:
        super().__init__()
        self._start_dir = start_dir
        self.setTitle(tr("选择目录文件", "Choose the catalog workbook"))
        self.setSubTitle(tr("选择县里下发或本单位整理的标准目录 Excel 文件（.xlsx 或 .xls，国家表格格式）。",
                            "Choose the catalog workbook (.xlsx or .xls, national table layout)."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import_path")
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button = QPushButton(tr("浏览…", "Browse…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        note = QLabel(tr("下一步只读取并预览，不会修改目录。", "The next step only reads and previews; nothing is changed."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addStretch(1)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("选择目录文件", "Choose the catalog workbook"), self._start_dir,
            tr("Excel 工作簿 (*.xlsx *.xls *.xlsm)", "Excel workbooks (*.xlsx *.xls *.xlsm)"))
        if path:
            self.path_edit.setText(path)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def isComplete(self) -> bool:
        path = self.path()
        return bool(self.path_edit.text().strip()) and path.is_file() and path.suffix.lower() in WORKBOOK_SUFFIXES


class PreviewPage(QWizardPage):
    """Reads the workbook, shows every row with its problems and what importing would do; commits on 导入."""

    applied = Signal(object)  # the new Version, or None when the catalog did not change

    def __init__(self, catalog: Catalog, choose: ChooseFilePage) -> None:
        super().__init__()
        self._catalog = catalog
        self._choose = choose
        self._job: Job | None = None
        self.plan: ImportPlan | None = None
        self.version: Version | None = None
        self.setTitle(tr("预览", "Preview"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("导入", "Import"))

        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.stop_button = QPushButton(tr("停止读取", "Stop reading"))
        self.stop_button.clicked.connect(self.stop_reading)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.stop_button)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        self.file_problems_label = QLabel()
        self.file_problems_label.setWordWrap(True)
        self.file_problems_label.setStyleSheet("color:#b00020;")

        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            tr("工作表", "Sheet"), tr("行", "Row"), tr("领域", "Domain"), tr("一级事项", "Level 1"),
            tr("二级事项", "Level 2"), tr("公开时限", "Time limit"), tr("导入后", "Result"), tr("问题", "Problems")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)

        self.only_good = QRadioButton()
        self.none_at_all = QRadioButton(tr("全部不导入（修正表格后重新导入）", "Import nothing (fix the workbook and try again)"))
        self.none_at_all.setChecked(True)  # the safe choice is the default
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.only_good)
        self._choice.addButton(self.none_at_all)
        self._choice.buttonToggled.connect(self._choice_changed)
        self.choice_box = QWidget()
        choice_layout = QVBoxLayout(self.choice_box)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(QLabel(tr("表格中有错误。请选择：", "The workbook has errors. Choose:")))
        choice_layout.addWidget(self.only_good)
        choice_layout.addWidget(self.none_at_all)

        # Items of the file's domains that the file lacks: kept unless the clerk ticks this (a county workbook
        # often carries only part of a domain).
        self.retire_missing = QCheckBox()
        self.retire_missing.setObjectName("retire_missing")
        self.retire_missing.toggled.connect(self._retire_missing_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(progress_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.file_problems_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.retire_missing)
        layout.addWidget(self.choice_box)

    # ---- reading ---------------------------------------------------------------------------------------------
    def initializePage(self) -> None:
        self._clear()
        path = self._choose.path()
        self.status_label.setText(tr("正在读取 {name} …", "Reading {name} …", name=path.name))
        self.progress_bar.setRange(0, 0)  # busy until the reader reports sheets
        self.progress_bar.show()
        self.stop_button.show()
        job = Job(_read_job(path), self)
        job.progress.connect(self._progress)
        job.finished.connect(lambda result: self._read_done(job, result))
        job.failed.connect(lambda exc: self._read_failed(job, exc))
        self._job = job
        job.start()

    def cleanupPage(self) -> None:
        """Back to the file choice: stop a read in progress and forget its result."""
        self.stop_reading()
        self._clear()

    def stop_reading(self) -> None:
        if self._job is not None and not self._job.done:
            self._job.cancel()

    @property
    def reading(self) -> bool:
        return self._job is not None and not self._job.done

    def _clear(self) -> None:
        self.plan = None
        self.table.setRowCount(0)
        self.summary_label.clear()
        self.file_problems_label.clear()
        self.file_problems_label.hide()
        self.choice_box.hide()
        self.retire_missing.hide()
        self.retire_missing.setChecked(False)  # keeping them is the default for every file
        self.completeChanged.emit()

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _read_failed(self, job: Job, exc: BaseException) -> None:
        if job is not self._job:
            return  # a read the user already left behind
        self.progress_bar.hide()
        self.stop_button.hide()
        if isinstance(exc, Cancelled):
            self.status_label.setText(tr("已停止读取，未做任何修改。可返回上一步重新选择文件。",
                                         "Reading stopped; nothing was changed. Go back to choose a file."))
        else:
            self.status_label.setText(
                "<span style='color:#b00020'>" + tr("无法读取：{reason}", "Cannot read: {reason}",
                                                   reason=error_text(exc)) + "</span><br>"
                + tr("未做任何修改。请返回上一步选择其他文件，或修正后重试。",
                     "Nothing was changed. Go back to choose another file, or fix it and retry."))
        self.completeChanged.emit()

    def _read_done(self, job: Job, read: WorkbookRead) -> None:
        if job is not self._job:
            return
        self.progress_bar.hide()
        self.stop_button.hide()
        try:
            plan = self._catalog.plan_import(str(read.path), read.rows, read.sheet_problems)
        except UserError as exc:
            self.status_label.setText(str(exc))
            return
        self.plan = plan
        self.status_label.setText(tr("已读取 {name}。请核对后点“导入”。", "Read {name}. Check, then press Import.",
                                     name=Path(plan.source).name))
        self._show_plan(plan)
        self.completeChanged.emit()

    # ---- the preview ---------------------------------------------------------------------------------------------
    def _show_plan(self, plan: ImportPlan) -> None:
        plan.retire_missing = self.retire_missing.isChecked()
        self._show_summary(plan)
        if plan.file_problems:
            self.file_problems_label.setText("\n".join(p.text() for p in plan.file_problems))
            self.file_problems_label.show()
        self._fill_table(plan)
        if plan.missing:
            self.retire_missing.setText(tr(
                "停用文件中没有的 {n} 个标准事项（默认保留；停用后事项及其公开记录仍保留，可恢复）",
                "Retire the {n} standard items the file lacks (kept by default; retired items and their records "
                "are kept and can be restored)", n=len(plan.missing)))
            self.retire_missing.show()
        if plan.errors:
            self.only_good.setText(tr("只导入无误的行（{n} 行）", "Import only the good rows ({n})", n=len(plan.good_rows)))
            self.only_good.setEnabled(bool(plan.good_rows))
            self.choice_box.show()
        plan.skip_bad = self.only_good.isChecked()

    def _show_summary(self, plan: ImportPlan) -> None:
        s = plan.summary()
        self.summary_label.setText(tr(
            "读取 {rows} 行（无误 {good}，有错误 {bad}），领域：{domains}\n导入后：新增 {a}，修改 {c}，停用 {r}，不变 {u}",
            "Read {rows} rows ({good} good, {bad} with errors), domains: {domains}\n"
            "Importing gives: {a} added, {c} changed, {r} retired, {u} unchanged",
            rows=s["rows"], good=s["good_rows"], bad=s["bad_rows"], domains=join_values(s["domains"]) or "—",
            a=s["added"], c=s["changed"], r=s["retired"], u=s["unchanged"])
            + (tr("，保留文件中没有的 {k} 个", ", {k} not in the file kept", k=len(plan.kept)) if plan.kept else ""))

    def _fill_table(self, plan: ImportPlan) -> None:
        added = {i.key for i in plan.added}
        changed = {c.after.key: c.fields for c in plan.changed}
        lang = language()
        self.table.setRowCount(len(plan.rows) + len(plan.missing))
        for index, row in enumerate(plan.rows):
            if not row.ok:
                result = tr("不导入（有错误）", "Not imported (errors)")
            elif row.item.key in added:
                result = tr("新增", "Add")
            elif row.item.key in changed:
                result = tr("修改：", "Change: ") + join_values([field_label(f, lang) for f in changed[row.item.key]])
            else:
                result = tr("不变", "Unchanged")
            self._set_row(index, row, result)
        self._fill_missing(plan)
        self.table.resizeColumnsToContents()
        for col in range(self.table.columnCount() - 1):  # long texts elide; the tooltip and 问题 column show all
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), MAX_COLUMN_WIDTH))

    def _fill_missing(self, plan: ImportPlan) -> None:
        """The rows of the items the file lacks, below the file's rows: kept, or retired when ticked."""
        result = (tr("停用（新文件中没有）", "Retire (not in the new file)") if plan.retire_missing
                  else tr("保留（新文件中没有）", "Keep (not in the new file)"))
        for offset, item in enumerate(plan.missing):
            cells = ["", "", item.domain, item.level1, item.level2, item.time_limit, result, ""]
            self._set_cells(len(plan.rows) + offset, cells, RETIRE_BACKGROUND if plan.retire_missing else None, None)

    def _retire_missing_changed(self, checked: bool) -> None:
        if self.plan is not None:
            self.plan.retire_missing = checked
            self._show_summary(self.plan)
            self._fill_missing(self.plan)

    def _set_row(self, index: int, row: SourceRow, result: str) -> None:
        problems = "\n".join(p.text() for p in row.problems)
        background = _background(row.problems)
        item = row.item
        cells = [row.sheet, str(row.row), item.domain, item.level1, item.level2, item.time_limit, result,
                 problems.replace("\n", "；")]
        self._set_cells(index, cells, background, problems or None)

    def _set_cells(self, index: int, cells: list[str], background: QColor | None, tooltip: str | None) -> None:
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text.replace("\n", " "))
            if background is not None:
                cell.setBackground(QBrush(background))
                cell.setForeground(QBrush(QColor("#000000")))  # readable on the tint in dark themes too
            if tooltip:
                cell.setToolTip(tooltip)
            elif len(text) > 12:  # may be elided in a narrow column
                cell.setToolTip(text)
            self.table.setItem(index, col, cell)

    def _choice_changed(self) -> None:
        if self.plan is not None:
            self.plan.skip_bad = self.only_good.isChecked()
        self.completeChanged.emit()

    # ---- committing --------------------------------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return self.plan is not None and self.plan.can_apply

    def validatePage(self) -> bool:
        """The 导入 button: apply the plan in one transaction; on refusal say why and stay."""
        if self.plan is None:
            return False
        try:
            self.version = self._catalog.apply_import(self.plan)
        except UserError as exc:
            self.status_label.setText("<span style='color:#b00020'>" + str(exc) + "</span>")
            return False
        self.applied.emit(self.version)
        return True


class ResultPage(QWizardPage):
    def __init__(self, preview: PreviewPage) -> None:
        super().__init__()
        self._preview = preview
        self.setTitle(tr("导入完成", "Import finished"))
        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        version = self._preview.version
        if version is None:
            self.result_label.setText(tr("目录没有变化，未生成新版本。", "The catalog did not change; no new version."))
        else:
            self.result_label.setText(tr(
                "已导入，生成目录第 {v} 版：新增 {a}，修改 {c}，停用 {r}，现有事项 {t} 个。",
                "Imported as catalog version {v}: {a} added, {c} changed, {r} retired; {t} items now.",
                v=version.number, a=version.added, c=version.changed, r=version.retired, t=version.total))


class ImportWizard(QWizard):
    """The import wizard; `applied(version)` fires the moment the catalog changed, so the caller refreshes."""

    applied = Signal(object)

    def __init__(self, catalog: Catalog, start_dir: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("导入标准目录", "Import catalog"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same look on every platform
        self.resize(1000, 680)
        self.choose_page = ChooseFilePage(start_dir)
        self.preview_page = PreviewPage(catalog, self.choose_page)
        self.result_page = ResultPage(self.preview_page)
        for page in (self.choose_page, self.preview_page, self.result_page):
            self.addPage(page)
        for button, text in ((QWizard.WizardButton.NextButton, tr("下一步 >", "Next >")),
                             (QWizard.WizardButton.BackButton, tr("< 上一步", "< Back")),
                             (QWizard.WizardButton.CancelButton, tr("取消", "Cancel")),
                             (QWizard.WizardButton.FinishButton, tr("完成", "Finish"))):
            self.setButtonText(button, text)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.preview_page.applied.connect(self.applied)

    def reject(self) -> None:
        self.preview_page.stop_reading()
        super().reject()


def _background(problems: list[Problem]) -> QColor | None:
    if any(p.severity == "error" for p in problems):
        return ERROR_BACKGROUND
    if problems:
        return WARNING_BACKGROUND
    return None
