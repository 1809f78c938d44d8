"""设置 → 依申请公开受理机构: the receiving office's name, address, postal code, hours, phone, fax and e-mail, which the
依申请公开指南 publishes (core/receiving_office.py; CLI: `settings --receiving-…`)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from townshipdesk.core.receiving_office import DETAILS, receiving_office, set_receiving_office
from townshipdesk.core.store import Database
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr

ERROR_STYLE = "color:#b00020;"
DONE_STYLE = "color:#1e6b32;"


class ReceivingOfficeForm(QGroupBox):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(tr("依申请公开受理机构", "Receiving office for requests"), parent)
        self.setObjectName("receiving_office")
        self.db = db
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for detail in DETAILS:
            edit = QLineEdit()
            edit.setObjectName(f"receiving_{detail.key}")
            edit.setPlaceholderText(tr("如：{e}", "e.g. {e}", e=detail.example))
            edit.textEdited.connect(lambda _text: self.status.clear())
            self.edits[detail.key] = edit
            label = tr("{l}：", "{l}:", l=str(detail.label)) if detail.required else tr("{l}（可选）：", "{l} (optional):",
                                                                                         l=str(detail.label))
            form.addRow(label, edit)
        self.save_button = QPushButton(tr("保存受理机构信息", "Save the receiving office"))
        self.save_button.setObjectName("save_receiving_office")
        self.save_button.clicked.connect(lambda: self.save())
        self.status = QLabel()
        self.status.setObjectName("receiving_status")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        form.addRow(row)
        self.load()

    def load(self) -> None:
        office = receiving_office(self.db)
        for key, edit in self.edits.items():
            edit.setText(getattr(office, key))
        self._show_missing()

    def save(self) -> bool:
        """Save every field (checked first, nothing saved on a bad one); say what the guide still needs."""
        try:
            set_receiving_office(self.db, **{key: edit.text() for key, edit in self.edits.items()})
        except UserError as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(str(exc))
            return False
        self.load()
        if not self.status.text():
            self.status.setStyleSheet(DONE_STYLE)
            self.status.setText(tr("已保存。依申请公开指南将印上这些信息。", "Saved. The request guide prints these details."))
        return True

    def _show_missing(self) -> None:
        missing = receiving_office(self.db).missing()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(tr("打印依申请公开指南前还须填写：{n}", "Needed before printing the request guide: {n}",
                               n="、".join(str(d.label) for d in missing)) if missing else "")
