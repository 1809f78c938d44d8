"""设置: where the data is, who this installation is, and the interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from townshipdesk.core.datadir import database_path
from townshipdesk.i18n import language, tr
from townshipdesk.ui.display import china_time, role_text
from townshipdesk.ui.session import SITE, Session

LANGUAGE_KEY = "language"


class SettingsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data_dir_label = _selectable(str(session.data_dir))
        self.database_label = _selectable(str(database_path(session.data_dir)))
        open_button = QPushButton(tr("打开文件夹", "Open folder"))
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(session.data_dir))))
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir_label, 1)
        data_row.addWidget(open_button)

        self.site_name = _selectable("")
        self.site_code = _selectable("")
        self.site_role = _selectable("")
        self.site_created = _selectable("")
        self.site_id = _selectable("")

        self.language_box = QComboBox()
        self.language_box.addItem("中文", "zh")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(0 if language() == "zh" else 1)
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.language_note = QLabel(tr("更改语言后，重新启动程序生效。", "A new language takes effect after restarting."))
        self.language_note.setStyleSheet("color: palette(mid);")

        form = QFormLayout()
        form.addRow(tr("数据文件夹：", "Data folder:"), data_row)
        form.addRow(tr("数据库文件：", "Database file:"), self.database_label)
        form.addRow(tr("单位名称：", "Office name:"), self.site_name)
        form.addRow(tr("区划代码：", "Division code:"), self.site_code)
        form.addRow(tr("单位类型：", "Role:"), self.site_role)
        form.addRow(tr("设置时间：", "Set up:"), self.site_created)
        form.addRow(tr("本机编号：", "Installation id:"), self.site_id)
        form.addRow(tr("界面语言：", "Language:"), self.language_box)
        form.addRow("", self.language_note)
        note = QLabel(tr("单位信息在首次设置时确定，写入上报给县级的数据包，不能在此修改。",
                         "The office details were fixed at set-up and go into every bundle; they cannot be changed here."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addLayout(form)
        layout.addWidget(note)
        session.changed.connect(lambda area: self.refresh() if area == SITE else None)
        self.refresh()

    def refresh(self) -> None:
        site = self.session.site
        self.site_name.setText(site.name if site else "—")
        self.site_code.setText(site.division_code if site else "—")
        self.site_role.setText(role_text(site.role) if site else "—")
        self.site_created.setText(china_time(site.created_at) if site else "—")
        self.site_id.setText(site.site_id if site else "—")

    def _language_changed(self) -> None:
        self.session.ui_settings().setValue(LANGUAGE_KEY, self.language_box.currentData())


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label
