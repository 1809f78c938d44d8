"""First run: who this installation is (role, 12-digit division code, office name), then load the shipped catalog."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.catalog import Catalog
from townshipdesk.core.site import Site, init_site
from townshipdesk.core.store import Database
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.ui.messages import error_text

log = logging.getLogger(__name__)


class FirstRunDialog(QDialog):
    """Asks for the site's identity; on OK creates it and installs the shipped catalog."""

    def __init__(self, db: Database, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.site: Site | None = None
        self.catalog_note = ""
        self.setWindowTitle(tr("首次设置 — TownshipDesk 政务公开助手", "First-time set-up — TownshipDesk"))
        self.setMinimumWidth(560)

        intro = QLabel(tr(
            "欢迎使用。请填写本单位的信息，这些信息会写入上报给县级的数据包，设置后不能更改。",
            "Welcome. Enter this office's details; they go into every bundle sent to the county and cannot be changed later.",
        ))
        intro.setWordWrap(True)

        self.township_button = QRadioButton(tr("乡镇（街道）", "Township"))
        self.county_button = QRadioButton(tr("县级（汇总各乡镇）", "County (collects townships)"))
        self.township_button.setChecked(True)
        self._roles = QButtonGroup(self)
        self._roles.addButton(self.township_button)
        self._roles.addButton(self.county_button)
        role_row = QHBoxLayout()
        role_row.addWidget(self.township_button)
        role_row.addWidget(self.county_button)
        role_row.addStretch(1)

        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("division_code")
        # Digits only, 12 at most: the core still checks province, county and township parts.
        self.code_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.code_edit))
        self.code_edit.setPlaceholderText("530902100000")
        code_hint = QLabel(tr(
            "12位统计用区划代码。乡镇：县级6位 + 乡级3位 + 000；县级：县级6位 + 000000。",
            "12-digit statistical division code. Township: 6 county digits + 3 township digits + 000; county: 6 digits + 000000.",
        ))
        code_hint.setWordWrap(True)
        code_hint.setStyleSheet("color: palette(mid);")

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("office_name")
        self.name_edit.setPlaceholderText(tr("如：某某镇人民政府", "e.g. Xx Town People's Government"))

        form = QFormLayout()
        form.addRow(tr("单位类型：", "Role:"), role_row)
        form.addRow(tr("区划代码：", "Division code:"), self.code_edit)
        form.addRow("", code_hint)
        form.addRow(tr("单位名称：", "Office name:"), self.name_edit)

        where = QLabel(tr("数据保存在：{path}", "Data is kept in: {path}", path=str(data_dir)))
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(mid);")

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("完成设置", "Finish set-up"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("退出", "Quit"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def role(self) -> str:
        return "county" if self.county_button.isChecked() else "township"

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def accept(self) -> None:
        """Create the site; a refused value keeps the dialog open with the reason and nothing written."""
        try:
            self.site = init_site(self._db, self.role(), self.code_edit.text(), self.name_edit.text())
        except UserError as exc:
            self.show_error(str(exc))
            self.code_edit.setFocus()
            return
        self.catalog_note = self._install_catalog()
        super().accept()

    def _install_catalog(self) -> str:
        """Load the shipped catalog; a problem here is reported but does not undo the set-up."""
        try:
            from townshipdesk.resources import catalogs_dir

            version = Catalog(self._db).install_shipped(catalogs_dir())
        except (UserError, OSError, ValueError, KeyError) as exc:  # a damaged shipped file must not block set-up
            log.exception("installing the shipped catalog failed")
            return tr("随软件提供的标准目录未能载入：{reason}。可稍后在“标准目录”中从 Excel 导入。",
                      "The shipped catalog could not be loaded: {reason}. Import one from Excel on the catalog page later.",
                      reason=error_text(exc))
        if version is None:
            return tr("本软件未附带标准目录文件，请在“标准目录”中从 Excel 导入本县目录。",
                      "No catalog files were shipped; import your county's catalog from Excel on the catalog page.")
        return tr("已载入随软件提供的标准目录：{n} 个事项。", "Loaded the shipped catalog: {n} items.", n=version.added)
