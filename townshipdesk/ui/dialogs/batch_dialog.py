"""批量生成公示单: one kind of sheet for many villages, from a folder of files or a workbook with a sheet per
village, written as one PDF per village or one combined PDF (a bookmark per village)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.office_settings import posting_day_counts
from townshipdesk.i18n import tr
from townshipdesk.ui.session import Session
from townshipdesk.ui.sheet_jobs import BatchRequest
from townshipdesk.ui.widgets.combos import code_combo
from townshipdesk.wording.villages import KINDS, kind_text

ERROR_STYLE = "color:#b00020;"
NOTE_STYLE = "color:#666;"
LAST_DIR_KEY = "last_dir"


class BatchDialog(QDialog):
    """Collects the choices; the page runs the job. `request()` is the checked choice after OK."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("批量生成公示单", "Notice sheets for many villages"))
        self.setMinimumWidth(620)
        self._request: BatchRequest | None = None

        self.kind_box = code_combo("kind", KINDS, kind_text)
        self.kind_box.setCurrentIndex(KINDS.index("namelist"))

        self.source_edit = QLineEdit()
        self.source_edit.setObjectName("source")
        self.source_edit.setPlaceholderText(tr("文件夹（每村一个 .json/.xlsx）或工作簿（每村一个工作表）",
                                               "A folder (a file per village) or a workbook (a sheet per village)"))
        self.folder_button = QPushButton(tr("文件夹…", "Folder…"))
        self.workbook_button = QPushButton(tr("工作簿…", "Workbook…"))
        self.folder_button.clicked.connect(self._choose_source_folder)
        self.workbook_button.clicked.connect(self._choose_workbook)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_edit, 1)
        source_row.addWidget(self.folder_button)
        source_row.addWidget(self.workbook_button)

        self.each_button = QRadioButton(tr("每村一份PDF（写入文件夹）", "One PDF per village (into a folder)"))
        self.combined_button = QRadioButton(tr("合并为一份PDF（每村一个书签）", "One combined PDF (a bookmark per village)"))
        self.each_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.each_button)
        group.addButton(self.combined_button)
        self.out_edit = QLineEdit()
        self.out_edit.setObjectName("out")
        self.out_button = QPushButton(tr("选择…", "Choose…"))
        self.out_button.clicked.connect(self._choose_out)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.out_button)
        self.combined_button.toggled.connect(lambda _on: self._out_placeholder())
        self._out_placeholder()

        self.paper_box = QComboBox()
        self.paper_box.setObjectName("paper")
        self.paper_box.addItems(["A4", "A3"])
        self.landscape_box = QCheckBox(tr("横向", "Landscape"))
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper_box)
        paper_row.addWidget(self.landscape_box)
        paper_row.addStretch(1)

        note = QLabel(tr("文件名或工作表名是本乡镇已登记的村名时，公开栏名称、落款和监督电话按该村填写。"
                         "所有公示单先全部检查，有一份不合格则一份也不生成。",
                         "A file or sheet named after a registered village gets its board, issuer and phone. "
                         "Every sheet is checked first: if one is refused, nothing is written."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("公示单类型：", "Kind:"), self.kind_box)
        form.addRow(tr("数据来源：", "Source:"), source_row)
        form.addRow(tr("生成方式：", "Output:"), self.each_button)
        form.addRow("", self.combined_button)
        form.addRow(tr("保存到：", "Save to:"), out_row)
        form.addRow(tr("纸张：", "Paper:"), paper_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("生成", "Render"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    # ---- choosing paths ---------------------------------------------------------------------------------------
    def _last_dir(self) -> str:
        return str(self.session.ui_settings().value(LAST_DIR_KEY, str(Path.home())))

    def _remember(self, path: str) -> None:
        self.session.ui_settings().setValue(LAST_DIR_KEY, str(Path(path).parent))

    def _choose_source_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("选择各村数据所在文件夹", "Folder with a file per village"),
                                                  self._last_dir())
        if folder:
            self.source_edit.setText(folder)
            self._remember(str(Path(folder) / "x"))

    def _choose_workbook(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("选择工作簿（每村一个工作表）", "Workbook with a sheet per village"),
                                              self._last_dir(), tr("Excel 工作簿 (*.xlsx *.xlsm *.xls)",
                                                                   "Excel workbooks (*.xlsx *.xlsm *.xls)"))
        if path:
            self.source_edit.setText(path)
            self._remember(path)

    def _choose_out(self) -> None:
        if self.combined_button.isChecked():
            path, _ = QFileDialog.getSaveFileName(self, tr("合并后的PDF", "Combined PDF"),
                                                  str(Path(self._last_dir()) / "各村公示单.pdf"),
                                                  tr("PDF 文件 (*.pdf)", "PDF files (*.pdf)"))
        else:
            path = QFileDialog.getExistingDirectory(self, tr("保存各村PDF的文件夹", "Folder for the PDFs"), self._last_dir())
        if path:
            self.out_edit.setText(path)

    def _out_placeholder(self) -> None:
        self.out_edit.setPlaceholderText(tr("一个 .pdf 文件", "a .pdf file") if self.combined_button.isChecked()
                                         else tr("一个文件夹（不存在时自动新建）", "a folder (created if missing)"))

    # ---- result ----------------------------------------------------------------------------------------------
    def request(self) -> BatchRequest | None:
        return self._request

    def _problem(self) -> str | None:
        source = self.source_edit.text().strip()
        out = self.out_edit.text().strip()
        if not source:
            return tr("请选择数据来源：文件夹或工作簿", "Choose the source: a folder or a workbook")
        if not Path(source).exists():
            return tr("找不到“{p}”", "Not found: '{p}'", p=source)
        if not out:
            return tr("请选择保存位置", "Choose where to save")
        if not self.combined_button.isChecked() and Path(out).suffix.lower() == ".pdf":
            return tr("每村一份时请选择文件夹，不是 .pdf 文件", "For one PDF per village choose a folder, not a .pdf file")
        if self.combined_button.isChecked() and Path(out).is_dir():
            return tr("合并为一份时请给出 .pdf 文件名", "For one combined PDF give a .pdf file name")
        return None

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        out = Path(self.out_edit.text().strip())
        combined = self.combined_button.isChecked()
        if combined and out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        phones = {v.name: v.phone for v in self.session.villages.all()}
        self._request = BatchRequest(Path(self.source_edit.text().strip()), self.kind_box.currentData(), out, combined,
                                     self.paper_box.currentText(), self.landscape_box.isChecked(), self.session.today(),
                                     phones, posting_day_counts(self.session.db))
        super().accept()

