"""The small dialogs of the request register: 新登记 (a new request), one dialog per step that asks for its
date (受理, 补正, 征求意见, 延期, 提出办理意见, 报批, 送达) and 办结 with the national template's outcome categories.

Each dialog hands its values to the core when OK is pressed; a refusal (an impossible sequence, a date
before receipt …) is shown over the dialog, which stays open so the date can be corrected.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.requests import (
    ANSWER_WORKING_DAYS,
    APPLICANTS,
    CHANNELS,
    CONFIRMED_CHANNELS,
    CORRECTION_NOTICE_WORKING_DAYS,
    EXTENSION_WORKING_DAYS,
    OUTCOMES,
    Request,
    Requests,
)
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.ui.dialogs.record_editor import date_edit, from_qdate, to_qdate
from townshipdesk.ui.messages import show_error
from townshipdesk.ui.session import Session
from townshipdesk.ui.widgets.combos import code_combo
from townshipdesk.ui.widgets.date_entry import DateEntry, check_dates
from townshipdesk.wording.records import date_with_weekday, estimate_warning
from townshipdesk.wording.requests import (
    applicant_text,
    channel_text,
    outcome_groups,
    reason_text,
    receipt_rule_text,
    short_group,
)

NOTE_STYLE = "color:#555;"
WARNING_STYLE = "color:#b35c00;"


def requests_of(session: Session) -> Requests:
    """The register on the calendar in force (built on use: the calendar may have been reloaded)."""
    return session.requests


class _SubmitDialog(QDialog):
    """OK runs `_submit()`; a UserError from the core is shown and the dialog stays open."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.refusal: str | None = None  # the last refusal shown (for tests and the status line)

    def _submit(self) -> None:
        raise NotImplementedError

    def _ok(self) -> None:
        if not check_dates(self):
            return  # the wrong date says what is wrong under its field
        try:
            self._submit()
        except UserError as exc:
            self.refusal = str(exc)
            show_error(self, exc, self.windowTitle())
            return
        self.accept()


class NewRequestDialog(_SubmitDialog):
    """新登记: received date, applicant, channel, contact and what is asked for; the due date shows as the date changes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(tr("登记依申请公开申请", "Register a request"), parent)
        self.session = session
        self.saved: Request | None = None
        self.received_edit = date_edit(session.today())
        self.received_edit.setObjectName("received")
        self.applicant_box = code_combo("applicant_type", APPLICANTS, applicant_text)
        self.channel_box = code_combo("channel", CHANNELS, channel_text)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(tr("自然人姓名，或法人、其他组织名称", "The person's or organisation's name"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setObjectName("contact")
        self.contact_edit.setPlaceholderText(tr("电话或地址（列表中只显示部分号码）", "Phone or address (masked in lists)"))
        self.content_edit = QPlainTextEdit()
        self.content_edit.setObjectName("content")
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setPlaceholderText(tr("申请获取的政府信息名称、文号或特征描述", "The information asked for"))
        self.content_edit.setFixedHeight(self.fontMetrics().height() * 4 + 14)
        self.due_label = QLabel()
        self.due_label.setObjectName("due")
        self.due_label.setWordWrap(True)
        self.received_edit.dateChanged.connect(lambda _d: self._show_due())
        # Art. 31: which day counts as receipt depends on the channel; ordinary letters, online forms and faxes
        # arrive first and count from the day receipt is confirmed.
        self.received_label = QLabel()
        self.received_label.setObjectName("received_label")
        self.arrived_box = QCheckBox(tr("到达日期", "Arrived on"))
        self.arrived_box.setObjectName("arrived")
        self.arrived_edit = date_edit(session.today())
        self.arrived_edit.setEnabled(False)
        self.arrived_box.toggled.connect(self.arrived_edit.setEnabled)
        arrived_row = QHBoxLayout()
        arrived_row.addWidget(self.arrived_box)
        arrived_row.addWidget(self.arrived_edit)
        arrived_row.addStretch(1)
        self.arrived_widget = QWidget()
        self.arrived_widget.setLayout(arrived_row)
        arrived_row.setContentsMargins(0, 0, 0, 0)
        self.channel_box.currentIndexChanged.connect(lambda _i: self._channel_changed())

        form = QFormLayout()
        form.addRow(tr("申请渠道：", "Channel:"), self.channel_box)
        form.addRow(self.received_label, self.received_edit)
        form.addRow("", self.arrived_widget)
        form.addRow(tr("申请人类型：", "Applicant type:"), self.applicant_box)
        form.addRow(tr("申请人：", "Applicant:"), self.name_edit)
        form.addRow(tr("联系方式：", "Contact:"), self.contact_edit)
        form.addRow(tr("申请内容：", "Request:"), self.content_edit)
        form.addRow("", self.due_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._channel_changed()

    def received(self) -> dt.date:
        return from_qdate(self.received_edit.date())

    def set_channel(self, channel: str) -> None:
        self.channel_box.setCurrentIndex(self.channel_box.findData(channel))

    def arrived(self) -> dt.date | None:
        if self.channel_box.currentData() not in CONFIRMED_CHANNELS or not self.arrived_box.isChecked():
            return None
        return from_qdate(self.arrived_edit.date())

    def _channel_changed(self) -> None:
        channel = self.channel_box.currentData()
        self.received_label.setText(tr("{r}：", "Received ({r}):", r=receipt_rule_text(channel)))
        self.arrived_widget.setVisible(channel in CONFIRMED_CHANNELS)
        self._show_due()

    def _show_due(self) -> None:
        calendar = self.session.calendar
        received = self.received()
        due = calendar.add_workdays(received, ANSWER_WORKING_DAYS)
        correction = calendar.add_workdays(received, CORRECTION_NOTICE_WORKING_DAYS)
        text = tr("以{r}为收到日期（《条例》第三十一条）。答复期限：{due}（收到后{n}个工作日）；如需补正，最迟 {c} 发出补正通知。",
                  "Counted from {r} (Art. 31). Answer due {due} ({n} working days after receipt); a correction notice, "
                  "if needed, by {c}.", r=receipt_rule_text(self.channel_box.currentData()), due=date_with_weekday(due),
                  n=ANSWER_WORKING_DAYS, c=correction.isoformat())
        estimated = calendar.estimated(received, due)
        if estimated:
            text += "\n⚠ " + estimate_warning()
        self.due_label.setText(text)
        self.due_label.setStyleSheet(WARNING_STYLE if estimated else NOTE_STYLE)

    def _submit(self) -> None:
        self.saved = requests_of(self.session).add(
            self.received(), self.applicant_box.currentData(), channel=self.channel_box.currentData(),
            name=self.name_edit.text().strip(), contact=self.contact_edit.text().strip(),
            content=self.content_edit.toPlainText().strip(), arrived=self.arrived())


class StepDialog(_SubmitDialog):
    """One step's date, and what else the step needs: the party consulted and perhaps the consultation's end, the
    working days of an extension, a fee notice's amount and the day it reached the applicant."""

    def __init__(self, title: str, prompt: str, day: dt.date, submit: Callable[[StepDialog], None], *,
                 note: str = "", party: str | None = None, end: bool = False, end_label: str = "",
                 days: int | None = None, amount: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._submit_fn = submit
        self.date_edit = date_edit(day)
        self.date_edit.setObjectName("step_date")
        self.party_edit: QLineEdit | None = None
        self.end_box: QCheckBox | None = None
        self.end_edit: DateEntry | None = None
        self.days_box: QSpinBox | None = None
        self.amount_edit: QLineEdit | None = None
        form = QFormLayout()
        form.addRow(prompt, self.date_edit)
        if days is not None:
            self.days_box = QSpinBox()
            self.days_box.setObjectName("days")
            self.days_box.setRange(1, EXTENSION_WORKING_DAYS)
            self.days_box.setValue(days)
            self.days_box.setSuffix(tr(" 个工作日", " working days"))
            form.addRow(tr("延长：", "Extend by:"), self.days_box)
        if amount is not None:
            self.amount_edit = QLineEdit(amount)
            self.amount_edit.setObjectName("amount")
            self.amount_edit.setPlaceholderText(tr("按国办函〔2020〕109号计算的金额", "as computed by the 2020 fee rules"))
            form.addRow(tr("金额（元）：", "Amount (yuan):"), self.amount_edit)
        if party is not None:
            self.party_edit = QLineEdit(party)
            self.party_edit.setObjectName("party")
            self.party_edit.setPlaceholderText(tr("如：第三方企业名称、县自然资源局", "e.g. the third party or agency"))
            form.addRow(tr("征求意见对象：", "Consulted:"), self.party_edit)
        if end:
            self.end_box = QCheckBox(end_label or tr("已结束于", "Ended on"))
            self.end_edit = date_edit(day)
            self.end_edit.setEnabled(False)
            self.end_box.toggled.connect(self.end_edit.setEnabled)
            row = QHBoxLayout()
            row.addWidget(self.end_box)
            row.addWidget(self.end_edit)
            row.addStretch(1)
            form.addRow("", row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if note:
            label = QLabel(note)
            label.setObjectName("note")
            label.setWordWrap(True)
            label.setStyleSheet(NOTE_STYLE)
            layout.addWidget(label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def day(self) -> dt.date:
        return from_qdate(self.date_edit.date())

    def set_day(self, day: dt.date) -> None:
        self.date_edit.setDate(to_qdate(day))

    def party(self) -> str:
        return self.party_edit.text().strip() if self.party_edit else ""

    def days(self) -> int | None:
        return self.days_box.value() if self.days_box else None

    def amount(self) -> str:
        return self.amount_edit.text().strip() if self.amount_edit else ""

    def end_day(self) -> dt.date | None:
        if self.end_box is None or self.end_edit is None or not self.end_box.isChecked():
            return None
        return from_qdate(self.end_edit.date())

    def _submit(self) -> None:
        self._submit_fn(self)


class CloseDialog(_SubmitDialog):
    """办结: the outcome (category and sub-reason of the national table), the decision date, perhaps the service date."""

    def __init__(self, request: Request, day: dt.date, submit: Callable[[CloseDialog], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("办结 — 申请 {id}", "Close request {id}", id=request.display_number), parent)
        self._submit_fn = submit
        self.group_box = QComboBox()
        self.group_box.setObjectName("outcome_group")
        for group in outcome_groups():
            self.group_box.addItem(short_group(group), group)
        self.reason_box = QComboBox()
        self.reason_box.setObjectName("outcome_reason")
        self.reason_box.setMinimumContentsLength(24)
        self.reason_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_box.currentIndexChanged.connect(lambda _i: self._fill_reasons())
        self.decision_edit = date_edit(day)
        self.decision_edit.setObjectName("decision_date")
        self.served_box = QCheckBox(tr("同时登记送达", "Also record service on"))
        self.served_box.setObjectName("served")
        self.served_edit = date_edit(day)
        self.served_edit.setEnabled(False)
        self.served_box.toggled.connect(self.served_edit.setEnabled)
        served_row = QHBoxLayout()
        served_row.addWidget(self.served_box)
        served_row.addWidget(self.served_edit)
        served_row.addStretch(1)
        note = QLabel(tr("办理结果按《政府信息公开工作年度报告》国家模板的分类统计；“逾期不补正”须先有补正通知，"
                         "“补正后仍不明确”须先收到补正。",
                         "Outcomes are counted in the national annual-report table; 'no correction in time' needs a "
                         "correction notice first, 'still unclear after correction' a corrected request."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        form = QFormLayout()
        form.addRow(tr("办理结果：", "Outcome:"), self.group_box)
        form.addRow(tr("具体情形：", "Reason:"), self.reason_box)
        form.addRow(tr("作出决定日期：", "Decided on:"), self.decision_edit)
        form.addRow("", served_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._fill_reasons()
        if request.outcome:
            self.set_outcome(request.outcome)

    def _fill_reasons(self) -> None:
        group = self.group_box.currentData()
        self.reason_box.clear()
        for code, (g, sub) in OUTCOMES.items():
            if g == group:
                self.reason_box.addItem(reason_text(sub) if sub else tr("（无细分情形）", "(no sub-reason)"), code)
        self.reason_box.setEnabled(self.reason_box.count() > 1)

    def set_outcome(self, code: str) -> None:
        group = OUTCOMES[code][0]
        self.group_box.setCurrentIndex(self.group_box.findData(group))
        self.reason_box.setCurrentIndex(self.reason_box.findData(code))

    def outcome(self) -> str:
        return self.reason_box.currentData()

    def decision(self) -> dt.date:
        return from_qdate(self.decision_edit.date())

    def served(self) -> dt.date | None:
        return from_qdate(self.served_edit.date()) if self.served_box.isChecked() else None

    def _submit(self) -> None:
        self._submit_fn(self)


def wide_button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    if tip:
        button.setToolTip(tip)
    return button
