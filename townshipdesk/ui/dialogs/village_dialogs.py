"""Small forms of the 村务公开 page: a new village, a new affairs item, an objection and its reply, an event.
Each saves through the core on OK and stays open with the core's reason when it refuses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.village_events import VillageEvent, VillageEvents, due_rule_text
from townshipdesk.core.villages import RHYTHMS, Posting, Village, VillageItem
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.ui.dialogs.record_editor import date_edit, from_qdate
from townshipdesk.ui.dialogs.sheet_editor import split_names
from townshipdesk.ui.session import Session
from townshipdesk.ui.widgets.combos import code_combo
from townshipdesk.wording.villages import category_text, notice_period_text, rhythm_text

ERROR_STYLE = "color:#b00020;"
NOTE_STYLE = "color:#666;"
CATEGORIES = ("制度类", "事务类", "财务类")


class _Form(QDialog):
    """A form with an inline error line and OK/Cancel; `save()` does the work and may raise UserError."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("保存", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except UserError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()


class VillageDialog(_Form):
    """新增村: 12-digit division code (this township's first 9 digits filled in), name, groups, phone."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(tr("新增村", "New village"), parent)
        self.session = session
        self.saved: Village | None = None
        self.setMinimumWidth(460)
        site = session.site
        self.code_edit = QLineEdit(site.division_code[:9] if site else "")
        self.code_edit.setObjectName("code")
        self.code_edit.setValidator(QRegularExpressionValidator(r"\d{0,12}", self.code_edit))
        self.code_edit.setPlaceholderText(tr("12位统计用区划代码，如 530902100201", "12-digit division code"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(tr("如：大河村", "e.g. 大河村"))
        self.groups_edit = QLineEdit()
        self.groups_edit.setObjectName("groups")
        self.groups_edit.setPlaceholderText(tr("村民小组，用顿号分隔，如：大河一组、大河二组", "Village groups, separated by 、"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phone")
        self.phone_edit.setPlaceholderText(tr("印在公示单上，如：0871-6789123", "Printed on the sheets"))
        note = QLabel(tr("新增后自动建立默认公开事项清单（制度类、事务类、财务类），可再增删。",
                         "The village starts with the default affairs list, which you can extend."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.form.addRow(tr("区划代码：", "Division code:"), self.code_edit)
        self.form.addRow(tr("村名：", "Name:"), self.name_edit)
        self.form.addRow(tr("村民小组：", "Groups:"), self.groups_edit)
        self.form.addRow(tr("监督电话：", "Phone:"), self.phone_edit)
        self.form.addRow(note)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible:
            # The dialog focuses the code with its text selected: the first digit would wipe the township's prefix.
            self.code_edit.deselect()
            self.code_edit.setCursorPosition(len(self.code_edit.text()))

    def save(self) -> None:
        self.saved = self.session.villages.add(self.code_edit.text(), self.name_edit.text(),
                                               groups=split_names(self.groups_edit.text()), phone=self.phone_edit.text())


class ItemDialog(_Form):
    """新增公开事项 for one village: category, name, rhythm."""

    def __init__(self, session: Session, village: Village, parent: QWidget | None = None) -> None:
        super().__init__(tr("新增公开事项 — {v}", "New affairs item — {v}", v=village.name), parent)
        self.session = session
        self.village = village
        self.saved: VillageItem | None = None
        self.setMinimumWidth(460)
        self.category_box = code_combo("category", CATEGORIES, category_text, editable=True)
        self.category_box.setCurrentIndex(1)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(tr("如：农村危房改造补助对象名单", "e.g. 农村危房改造补助对象名单"))
        self.rhythm_box = code_combo("rhythm", RHYTHMS, rhythm_text)
        self.rhythm_box.setCurrentIndex(list(RHYTHMS).index("quarterly"))
        note = QLabel(tr("每月、每季度的事项在本期未张贴时会在“村务公开”页和工作台上提醒。",
                         "Monthly and quarterly items are flagged when not posted in the current period."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.form.addRow(tr("类别：", "Category:"), self.category_box)
        self.form.addRow(tr("事项名称：", "Name:"), self.name_edit)
        self.form.addRow(tr("公开频次：", "Rhythm:"), self.rhythm_box)
        self.form.addRow(note)

    def save(self) -> None:
        self.saved = self.session.villages.add_item(self.village.uuid, self.category(), self.name_edit.text(),
                                                    self.rhythm_box.currentData())

    def category(self) -> str:
        """A listed category in the guideline's wording; anything typed as written."""
        typed = self.category_box.currentText().strip()
        index = self.category_box.findText(typed)
        return self.category_box.itemData(index) if index >= 0 else typed


class ObjectionDialog(_Form):
    """登记异议: what a villager objected to during the notice period, and the answer given."""

    def __init__(self, session: Session, posting: Posting, parent: QWidget | None = None) -> None:
        super().__init__(tr("登记异议及答复", "Objection and reply"), parent)
        self.session = session
        self.posting = posting
        self.saved: Posting | None = None
        self.resize(520, 360)
        about = QLabel(tr("{t}\n张贴日期 {d}，公示期 {p}", "{t}\nPosted {d}, notice period {p}", t=posting.title,
                          d=posting.posted_date, p=notice_period_text(posting.notice_start, posting.notice_end)))
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.objection_edit = QPlainTextEdit(posting.objections)
        self.objection_edit.setObjectName("objection")
        self.objection_edit.setTabChangesFocus(True)
        self.objection_edit.setPlaceholderText(tr("谁、何时、对什么提出异议", "Who objected, when, to what"))
        self.reply_edit = QPlainTextEdit(posting.objection_reply)
        self.reply_edit.setObjectName("reply")
        self.reply_edit.setTabChangesFocus(True)
        self.reply_edit.setPlaceholderText(tr("核实情况及答复（可稍后补充）", "What was checked and answered (may follow later)"))
        self.form.addRow(tr("公示：", "Posting:"), about)
        self.form.addRow(tr("异议内容：", "Objection:"), self.objection_edit)
        self.form.addRow(tr("答复：", "Reply:"), self.reply_edit)

    def save(self) -> None:
        self.saved = self.session.villages.record_objection(self.posting.uuid, self.objection_edit.toPlainText(),
                                                            self.reply_edit.toPlainText())


class EventDialog(_Form):
    """登记事件: a matter of an item published 随时 happened (a plan decided, an audit result received); a posting is then
    due within the app's rule, shown on the 工作台 until the sheet goes up."""

    def __init__(self, session: Session, village: Village, item: VillageItem | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("登记事件 — {v}", "Record an event — {v}", v=village.name), parent)
        self.session = session
        self.village = village
        self.saved: VillageEvent | None = None
        self.setMinimumWidth(520)
        self.item_box = QComboBox()
        self.item_box.setObjectName("event_item")
        for entry in session.villages.items(village.uuid):
            if entry.rhythm == "immediate":
                self.item_box.addItem(entry.name, entry.uuid)
                self.item_box.setItemData(self.item_box.count() - 1, entry.basis, Qt.ItemDataRole.ToolTipRole)
        if item is not None and self.item_box.findData(item.uuid) >= 0:
            self.item_box.setCurrentIndex(self.item_box.findData(item.uuid))
        self.date_edit = date_edit(session.today())
        self.date_edit.setObjectName("event_date")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("event_title")
        self.title_edit.setPlaceholderText(tr("如：2026年土地承包经营方案经村民会议通过", "e.g. the land contracting plan was adopted"))
        note = QLabel(due_rule_text() + tr("。张贴该事项的公示单后自动销号。", ". Posting the item's sheet clears it."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.form.addRow(tr("公开事项：", "Item:"), self.item_box)
        self.form.addRow(tr("事件日期：", "Date:"), self.date_edit)
        self.form.addRow(tr("事件：", "Event:"), self.title_edit)
        self.form.addRow(note)

    def save(self) -> None:
        self.saved = VillageEvents(self.session.villages).record(self.village.uuid, self.item_box.currentData() or "",
                                                                 from_qdate(self.date_edit.date()), self.title_edit.text())
