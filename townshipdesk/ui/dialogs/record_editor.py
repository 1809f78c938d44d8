"""Add or edit one disclosure record: pick the catalog item (its elements shown beside the form), see the due
date its 时限 gives as you change the date, choose channels and the disclosure attribute, save through the core."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.catalog import CatalogItem
from townshipdesk.core.deadlines import NEEDS_EVENT, compute_deadline
from townshipdesk.core.disclosures import ATTRIBUTES, INTERPRETATION_WORKING_DAYS, REASON_REQUIRED, Record
from townshipdesk.core.office_settings import posting_day_counts
from townshipdesk.core.timelimits import parse_time_limit
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.ui.session import Session
from townshipdesk.ui.widgets.channel_list import ChannelList
from townshipdesk.ui.widgets.date_entry import DateEntry, check_dates
from townshipdesk.ui.widgets.item_detail import item_html
from townshipdesk.wording.records import attribute_name, date_with_weekday, estimate_warning

# Channels a township uses (domain primer: 渠道); the item's own channels come first and are ticked.
RECORD_CHANNELS = (
    "政府网站", "政务新媒体", "政府公报", "信息公示栏", "村务公开栏", "村微信群", "广播/大喇叭", "便民服务中心",
    "政务服务中心", "公开查阅点", "纸质媒体", "档案馆/图书馆",
)
ITEM_LIMIT = 300  # the picker lists at most this many items; typing narrows it down
SEARCH_DELAY_MS = 150
ERROR_STYLE = "color:#b00020;"
WARNING_STYLE = "color:#b35c00;"
NOTE_STYLE = "color:#666;"
UUID_ROLE = Qt.ItemDataRole.UserRole


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(day: dt.date) -> DateEntry:
    """Every dialog's date field: typed as clerks write dates, or picked; a wrong one is said under it."""
    return DateEntry(day)


class RecordEditor(QDialog):
    """New record (item chosen in the picker) or edit of an existing one; the saved record is kept in `saved`."""

    def __init__(self, session: Session, record: Record | None = None, *, item_uuid: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._records = session.records
        self._original = record
        self._item: CatalogItem | None = None
        self.saved: Record | None = None
        self.setWindowTitle(tr("修改公开记录 {n}", "Edit disclosure record {n}", n=record.display_number) if record
                            else tr("新增公开记录", "New disclosure record"))
        self.resize(1100, 740)

        # ---- item picker (new records only: a record stays with its item) ----
        self.item_search = QLineEdit()
        self.item_search.setObjectName("item_search")
        self.item_search.setClearButtonEnabled(True)
        self.item_search.setPlaceholderText(tr("搜索公开事项，如“低保”", "Search items, e.g. 低保"))
        self.item_list = QListWidget()
        self.item_list.setObjectName("item_list")
        self.item_count = QLabel()
        self.item_count.setStyleSheet(NOTE_STYLE)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._fill_items)
        self.item_search.textChanged.connect(self._search_timer.start)
        self.item_list.currentItemChanged.connect(self._item_chosen)
        picker = QWidget()
        picker_layout = QVBoxLayout(picker)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(QLabel(tr("公开事项", "Catalog item")))
        picker_layout.addWidget(self.item_search)
        picker_layout.addWidget(self.item_list, 1)
        picker_layout.addWidget(self.item_count)

        # ---- the form ----
        self.item_label = QLabel()
        self.item_label.setObjectName("item_label")
        self.item_label.setWordWrap(True)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(tr("如：2026年10月城乡低保审核确认结果公示", "e.g. the October list of 低保 recipients"))
        self.doc_number_edit = QLineEdit()
        self.doc_number_edit.setPlaceholderText(tr("如：×政发〔2026〕12号（没有可不填）", "if any"))
        self.formed_edit = date_edit(session.today())
        self.formed_edit.setObjectName("formed")
        self.due_label = QLabel()
        self.due_label.setObjectName("due")
        self.due_label.setWordWrap(True)
        self.due_label.setTextFormat(Qt.TextFormat.RichText)
        # A 时限 counted back from an event (开始日前20日发布公告) needs the event's date; shown for such items only.
        self.event_box = QCheckBox(tr("已确定", "Known"))
        self.event_box.setObjectName("event_known")
        self.event_edit = date_edit(session.today())
        self.event_edit.setObjectName("event_date")
        self.event_edit.setEnabled(False)
        event_row = QHBoxLayout()
        event_row.addWidget(self.event_box)
        event_row.addWidget(self.event_edit)
        event_row.addStretch(1)
        self.override_box = QCheckBox(tr("手工指定截止日", "Set the due date by hand"))
        self.override_date = date_edit(session.today())
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(tr("理由（必填），如：县政务公开办通知延期", "Reason (required)"))
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_box)
        override_row.addWidget(self.override_date)
        override_row.addWidget(self.override_reason, 1)

        self.channel_list = ChannelList()
        self.channel_list.setObjectName("channels")
        self.channel_list.setFixedHeight(104)
        self.channel_list.setFlow(QListWidget.Flow.LeftToRight)
        self.channel_list.setWrapping(True)
        self.channel_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.channel_list.setSpacing(2)
        self.other_channels = QLineEdit()
        self.other_channels.setPlaceholderText(tr("其他渠道，用顿号分隔", "Other channels, separated by 、"))

        self.attribute_group = QButtonGroup(self)
        self.attribute_buttons: dict[str, QRadioButton] = {}
        attributes = QGridLayout()
        for index, name in enumerate(ATTRIBUTES):
            button = QRadioButton(attribute_name(name))
            self.attribute_group.addButton(button, index)
            self.attribute_buttons[name] = button
            attributes.addWidget(button, index // 2, index % 2)
        self.attribute_reason = QLineEdit()
        self.attribute_reason.setObjectName("attribute_reason")
        self.attribute_group.idToggled.connect(lambda _id, _on: self._attribute_changed())

        self.interpretation_box = QCheckBox(tr("这是政策解读（须在政策发布后{n}个工作日内公开）",
                                               "This is a policy interpretation (due {n} working days after the policy)",
                                               n=INTERPRETATION_WORKING_DAYS))
        self.policy_search = QLineEdit()
        self.policy_search.setPlaceholderText(tr("搜索所解读的政策记录", "Search the policy record"))
        self.policy_box = QComboBox()
        self.policy_box.setObjectName("policy")
        self.policy_box.setMinimumContentsLength(16)
        self.policy_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        policy_row = QHBoxLayout()
        policy_row.addWidget(self.policy_search, 1)
        policy_row.addWidget(self.policy_box, 2)
        self.interpretation_box.toggled.connect(self._interpretation_toggled)
        self.policy_search.textChanged.connect(self._fill_policies)
        self.policy_box.currentIndexChanged.connect(lambda _i: self._show_due())

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(56)

        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("公开事项：", "Item:"), self.item_label)
        form.addRow(tr("标题：", "Title:"), self.title_edit)
        form.addRow(tr("文号：", "Doc. no.:"), self.doc_number_edit)
        form.addRow(tr("形成/变更日期：", "Formed/changed:"), self.formed_edit)
        form.addRow(tr("事件日期：", "Event date:"), event_row)
        self._event_row = form.rowCount() - 1
        form.addRow(tr("截止日：", "Due:"), self.due_label)
        form.addRow("", override_row)
        channels = QVBoxLayout()
        channels.addWidget(self.channel_list)
        channels.addWidget(self.other_channels)
        form.addRow(tr("公开渠道：", "Channels:"), channels)
        form.addRow(tr("公开属性：", "Attribute:"), attributes)
        form.addRow(tr("属性理由：", "Reason:"), self.attribute_reason)
        form.addRow(tr("政策解读：", "Interpretation:"), self.interpretation_box)
        form.addRow("", policy_row)
        form.addRow(tr("备注：", "Notes:"), self.notes_edit)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.problems_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("保存", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(form)
        middle_layout.addStretch(1)
        middle_layout.addWidget(self.problems_label)

        # ---- the item's elements, beside the form ----
        self.elements = QTextBrowser()
        self.elements.setObjectName("item_elements")

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(picker)
        splitter.addWidget(middle)
        splitter.addWidget(self.elements)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 560, 280] if record is None else [0, 700, 360])
        picker.setVisible(record is None)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.formed_edit.dateChanged.connect(lambda _d: self._show_due())
        self.event_edit.dateChanged.connect(lambda _d: self._show_due())
        self.event_box.toggled.connect(self._event_toggled)
        self.override_box.toggled.connect(self._override_toggled)
        if record is None:
            self._fill_items()
            self.attribute_buttons[ATTRIBUTES[0]].setChecked(True)
            self._override_toggled(False)
            if item_uuid:
                self.choose_item(item_uuid)
        else:
            self._load(record)
        self._attribute_changed()
        self._interpretation_toggled(self.interpretation_box.isChecked())
        self._show_item()

    # ---- the item ------------------------------------------------------------------------------------------
    def _fill_items(self) -> None:
        self._search_timer.stop()
        text = self.item_search.text().strip()
        catalog = self.session.catalog
        items = catalog.search(text) if text else catalog.items(limit=ITEM_LIMIT)
        total = len(items) if text else catalog.count()
        chosen = self._item.uuid if self._item else None
        self.item_list.blockSignals(True)
        self.item_list.clear()
        for item in items[:ITEM_LIMIT]:
            entry = QListWidgetItem(f"{item.domain} · {item.name}")
            entry.setToolTip(f"{item.domain} / {item.name}\n{tr('公开时限', 'Time limit')}：{item.time_limit}")
            entry.setData(UUID_ROLE, item.uuid)
            self.item_list.addItem(entry)
            if item.uuid == chosen:
                self.item_list.setCurrentItem(entry)
        self.item_list.blockSignals(False)
        if total > ITEM_LIMIT:
            self.item_count.setText(tr("显示前 {n} 项，共 {t} 项；请输入文字缩小范围", "Showing {n} of {t}; type to narrow",
                                       n=ITEM_LIMIT, t=total))
        else:
            self.item_count.setText(tr("共 {n} 项", "{n} items", n=total) if text == "" else tr("找到 {n} 项", "{n} found", n=total))

    def choose_item(self, uuid: str) -> bool:
        """Pick the item (searching for it if the list does not show it)."""
        for row in range(self.item_list.count()):
            if self.item_list.item(row).data(UUID_ROLE) == uuid:
                self.item_list.setCurrentRow(row)
                return True
        try:
            item = self.session.catalog.get(uuid)
        except UserError:
            return False
        self._set_item(item)
        return True

    def _item_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        self._set_item(self.session.catalog.get(current.data(UUID_ROLE)))

    def _set_item(self, item: CatalogItem) -> None:
        self._item = item
        self._set_channels(item.channels, item.channels)
        self._show_item()

    def _show_item(self) -> None:
        item = self._item
        if item is None:
            self.item_label.setText(tr("请先在左侧选择公开事项", "Choose the catalog item on the left first"))
            self.item_label.setStyleSheet(NOTE_STYLE)
            self.elements.setHtml("<p style='color:#888'>" + escape(tr("选择事项后，这里显示它的公开内容、时限、渠道等要素。",
                                                                     "The chosen item's elements show here.")) + "</p>")
        else:
            self.item_label.setText(f"{item.domain} / {item.name}")
            self.item_label.setStyleSheet("font-weight:bold;")
            self.elements.setHtml(item_html(item, self.session.catalog.domain(item.domain)))
        self._show_due()

    # ---- channels -------------------------------------------------------------------------------------------
    def _set_channels(self, offered: list[str], checked: list[str]) -> None:
        self.channel_list.set_channels(dict.fromkeys([*offered, *checked, *RECORD_CHANNELS]), checked)
        self.other_channels.clear()

    def channels(self) -> list[str]:
        chosen = self.channel_list.checked()
        others = [c.strip() for c in self.other_channels.text().replace("，", "、").replace(",", "、").split("、")]
        return list(dict.fromkeys([*chosen, *(c for c in others if c)]))

    def check_channel(self, name: str, checked: bool = True) -> None:
        self.channel_list.check(name, checked)

    # ---- attribute, interpretation, due date ---------------------------------------------------------------
    def attribute(self) -> str:
        checked = self.attribute_group.checkedId()
        return ATTRIBUTES[checked] if checked >= 0 else ATTRIBUTES[0]

    def _attribute_changed(self) -> None:
        needed = self.attribute() in REASON_REQUIRED
        self.attribute_reason.setPlaceholderText(
            tr("必填：说明依申请公开或不公开的理由和依据", "Required: why, and on what legal basis") if needed
            else tr("选“此件依申请公开”或“此件不公开”时必填", "Required when the record is disclosed on request only or not disclosed"))

    def _interpretation_toggled(self, on: bool) -> None:
        self.policy_search.setEnabled(on and self._original is None)
        self.policy_box.setEnabled(on and self._original is None)
        if on and self.policy_box.count() == 0:
            self._fill_policies()
        self._show_due()

    def _fill_policies(self) -> None:
        text = self.policy_search.text().strip() or None
        current = self.policy_box.currentData()
        self.policy_box.blockSignals(True)
        self.policy_box.clear()
        for record in self._records.list(text=text, limit=100):
            if record.kind == "normal" and (self._original is None or record.uuid != self._original.uuid):
                self.policy_box.addItem(f"{record.title}（{record.formed_date}）", record.uuid)
        if current:
            index = self.policy_box.findData(current)
            if index >= 0:
                self.policy_box.setCurrentIndex(index)
        self.policy_box.blockSignals(False)
        self._show_due()

    def policy(self) -> Record | None:
        uuid = self.policy_box.currentData()
        if not self.interpretation_box.isChecked() or not uuid:
            return None
        try:
            return self._records.get(uuid)
        except UserError:
            return None

    def computed_due(self) -> tuple[dt.date | None, bool, str]:
        """(due, estimated, how) as the core will compute it for what the form says now."""
        calendar = self.session.calendar
        formed = from_qdate(self.formed_edit.date())
        if self.interpretation_box.isChecked():
            policy = self.policy()
            if policy is None:
                return None, False, tr("请选择所解读的政策记录", "Choose the policy record")
            base = dt.date.fromisoformat(policy.publish_date or policy.formed_date)
            due = calendar.add_workdays(base, INTERPRETATION_WORKING_DAYS)
            if policy.publish_date:
                how = tr("政策发布日 {d} 后第{n}个工作日", "{n} working days after the policy was published ({d})",
                         d=base.isoformat(), n=INTERPRETATION_WORKING_DAYS)
            else:
                how = tr("政策尚未发布，暂按其形成日期 {d} 后第{n}个工作日", "The policy is not published yet: {n} working "
                         "days after its formed date ({d}) for now", d=base.isoformat(), n=INTERPRETATION_WORKING_DAYS)
            return due, calendar.estimated(base, due), how
        item = self._item
        if item is None:
            return None, False, ""
        rule = parse_time_limit(item.time_limit) if item.time_limit else None
        if rule is None:
            return None, False, tr("时限“{t}”无法识别为规则，不计算截止日；需要时请手工指定",
                                   "The time limit '{t}' is not a recognisable rule; set a due date by hand if needed",
                                   t=item.time_limit or "—")
        if rule.primary.kind == "standing":
            return None, False, tr("长期公开，无截止日", "Standing: no due date")
        deadline = compute_deadline(rule, formed, calendar, event=self.event_date(),
                                    posting_day_counts=posting_day_counts(self.session.db))
        if deadline.needs_event:
            return None, False, tr("{f}：时限“{t}”从事件日期倒算，请填写事件日期", "{f}: the time limit '{t}' counts back "
                                   "from an event; enter the event date", f=NEEDS_EVENT.text(), t=item.time_limit)
        return deadline.due, deadline.estimated, tr("按时限“{t}”计算", "From the time limit '{t}'", t=item.time_limit)

    def event_date(self) -> dt.date | None:
        return from_qdate(self.event_edit.date()) if self.event_box.isChecked() else None

    def needs_event_field(self) -> bool:
        """True when the chosen item's 时限 counts back from an event (the event-date row is shown)."""
        rule = parse_time_limit(self._item.time_limit) if self._item is not None and self._item.time_limit else None
        return rule is not None and rule.primary.kind == "before_event" and not self.interpretation_box.isChecked()

    def _event_toggled(self, on: bool) -> None:
        self.event_edit.setEnabled(on)
        self._show_due()

    def _show_due(self) -> None:
        if self._original is not None and self._original.state == "published":
            self.due_label.setText(escape(self._original.due_date or "—"))
            return
        self.form.setRowVisible(self._event_row, self.needs_event_field() or self.event_box.isChecked())
        due, estimated, how = self.computed_due()
        parts = []
        if due is not None:
            parts.append(f"<b>{escape(date_with_weekday(due))}</b>")
            if estimated:
                parts.append(f"<span style='{WARNING_STYLE}'>⚠ {escape(tr('估算', 'estimated'))}：{escape(estimate_warning())}</span>")
        if how:
            style = WARNING_STYLE if due is None and self.needs_event_field() else NOTE_STYLE
            parts.append(f"<span style='{style}'>{escape(how)}</span>")
        self.due_label.setText("<br>".join(parts) or "—")
        if due is not None and not self.override_box.isChecked():
            self.override_date.setDate(to_qdate(due))

    def _override_toggled(self, on: bool) -> None:
        self.override_date.setEnabled(on)
        self.override_reason.setEnabled(on)

    # ---- loading and saving ----------------------------------------------------------------------------------
    def _load(self, record: Record) -> None:
        self._item = self.session.catalog.get(record.item_uuid)
        self._set_channels(self._item.channels, record.channels)
        self.title_edit.setText(record.title)
        self.doc_number_edit.setText(record.doc_number)
        self.formed_edit.setDate(to_qdate(dt.date.fromisoformat(record.formed_date)))
        if record.event_date:
            self.event_edit.setDate(to_qdate(dt.date.fromisoformat(record.event_date)))
            self.event_box.setChecked(True)
        self.attribute_buttons.get(record.attribute, self.attribute_buttons[ATTRIBUTES[0]]).setChecked(True)
        self.attribute_reason.setText(record.attribute_reason)
        self.notes_edit.setPlainText(record.notes)
        if record.kind == "interpretation":
            self.interpretation_box.setChecked(True)
            if record.policy_uuid:
                policy = self._records.get(record.policy_uuid)
                self.policy_box.addItem(f"{policy.title}（{policy.formed_date}）", policy.uuid)
        self.interpretation_box.setEnabled(False)  # what a record interprets is fixed when it is created
        if record.due_reason:
            self.override_box.setChecked(True)
            self.override_box.setEnabled(False)  # a due date set by hand can be changed, not withdrawn
            self.override_box.setToolTip(tr("手工指定的截止日可以修改日期和理由", "A due date set by hand can be changed"))
            if record.due_date:
                self.override_date.setDate(to_qdate(dt.date.fromisoformat(record.due_date)))
            self.override_reason.setText(record.due_reason)
        self._override_toggled(self.override_box.isChecked())
        if record.state == "published":
            # What was published stays as published; notes can still be added (the core allows only notes).
            for widget in (self.title_edit, self.doc_number_edit, self.formed_edit, self.event_box, self.event_edit,
                           self.override_box, self.override_date,
                           self.override_reason, self.channel_list, self.other_channels, self.attribute_reason,
                           *self.attribute_buttons.values()):
                widget.setEnabled(False)
            self.problems_label.setStyleSheet(NOTE_STYLE)
            self.problems_label.setText(tr("此记录已发布，只能补充备注。", "This record is published: only notes can be added."))
            self.problems_label.show()

    def problems(self) -> list[str]:
        """What must be fixed before saving, in the words shown under the form."""
        out = []
        if self._item is None:
            out.append(tr("请选择公开事项", "Choose a catalog item"))
        if not self.title_edit.text().strip():
            out.append(tr("请填写标题", "Enter a title"))
        if self.attribute() in REASON_REQUIRED and not self.attribute_reason.text().strip():
            out.append(tr("公开属性为“{a}”时必须填写理由", "'{a}' needs a reason", a=attribute_name(self.attribute())))
        if self.override_box.isChecked() and not self.override_reason.text().strip():
            out.append(tr("手工指定截止日必须填写理由", "A due date set by hand needs a reason"))
        if self._original is None and self.interpretation_box.isChecked() and self.policy() is None:
            out.append(tr("政策解读需要选择所解读的政策记录", "Choose the policy this interprets"))
        return out

    def problems_text(self) -> str:
        return self.problems_label.text()

    def _show_problems(self, problems: list[str]) -> None:
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.problems_label.setText("\n".join(f"• {p}" for p in problems))
        self.problems_label.setVisible(bool(problems))

    def done(self, result: int) -> None:
        self._search_timer.stop()  # a search typed just before closing must not run on a closed dialog
        super().done(result)

    def accept(self) -> None:
        if not check_dates(self):
            return
        problems = self.problems()
        if problems:
            self._show_problems(problems)
            return
        try:
            self.saved = self._save()
        except UserError as exc:
            self._show_problems([str(exc)])
            return
        super().accept()

    def _save(self) -> Record:
        records = self._records
        formed = from_qdate(self.formed_edit.date())
        override = self.override_box.isChecked()
        due = from_qdate(self.override_date.date()) if override else None
        reason = self.override_reason.text().strip()
        if self._original is None:
            assert self._item is not None
            policy = self.policy()
            return records.add(
                self._item.uuid, self.title_edit.text(), formed, doc_number=self.doc_number_edit.text(),
                channels=self.channels(), attribute=self.attribute(), attribute_reason=self.attribute_reason.text(),
                notes=self.notes_edit.toPlainText(), due=due, due_reason=reason if override else "",
                kind="interpretation" if policy else "normal", policy_id=policy.uuid if policy else None,
                event=self.event_date())
        record = self._original
        form = {"title": self.title_edit.text().strip(), "doc_number": self.doc_number_edit.text().strip(),
                "formed_date": formed.isoformat(), "channels": self.channels(), "attribute": self.attribute(),
                "event_date": self.event_date().isoformat() if self.event_date() else None,
                "attribute_reason": self.attribute_reason.text().strip(), "notes": self.notes_edit.toPlainText().strip()}
        # Only what changed: a published record takes notes alone, and the audit log shows real changes.
        changes = {k: v for k, v in form.items() if getattr(record, k) != v}
        if changes:
            record = records.update(record.uuid, changes)
        if override and due is not None and (due.isoformat() != record.due_date or reason != record.due_reason):
            record = records.set_due(record.uuid, due, reason)
        return record
