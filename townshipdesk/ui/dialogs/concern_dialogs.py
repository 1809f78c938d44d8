"""The dialogs of the 回应关切 register: 登记关切 (a new concern: where, what, when seen, major or not, who answers;
the due time shows as it is typed), 登记回应 (when, how, what or a file), and 定期公开 (the period of the list).

A refusal from the core (a time in the future, a response before the concern was seen …) is shown over the
dialog, which stays open so the value can be corrected.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.concerns import MAJOR_HOURS, NORMAL_HOURS, RESPONSE_CHANNELS, SOURCES, Concern
from townshipdesk.i18n import tr
from townshipdesk.ui.dialogs.record_editor import date_edit
from townshipdesk.ui.dialogs.request_dialogs import NOTE_STYLE, _SubmitDialog
from townshipdesk.ui.session import Session
from townshipdesk.ui.widgets.combos import code_combo
from townshipdesk.wording.concerns import channel_text, source_text

TIME_FORMAT = "yyyy-MM-dd HH:mm"


def time_edit(moment: dt.datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)))
    edit.setDisplayFormat(TIME_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def from_edit(edit: QDateTimeEdit) -> dt.datetime:
    """The local (Beijing) time the edit shows, to the minute."""
    value = edit.dateTime()
    day, clock = value.date(), value.time()
    return dt.datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


def _text_box(placeholder: str, name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().height() * lines + 14)
    return box


class NewConcernDialog(_SubmitDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(tr("登记群众关切（政务舆情）", "Register a concern"), parent)
        self.session = session
        self.saved: Concern | None = None
        self.source_box = code_combo("source", SOURCES, source_text)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(tr("群众关心、媒体关注的问题，一句话", "What people are asking about, in a line"))
        self.details_edit = _text_box(tr("详细情况、链接、反映人（可不填）", "Details, links, who raised it (optional)"), "details", 3)
        self.seen_edit = time_edit(session.now())
        self.seen_edit.setObjectName("seen")
        self.major_box = QCheckBox(tr("影响重大（24小时内回应；其余48小时内）", "Major (answer within 24 hours; others 48)"))
        self.major_box.setObjectName("major")
        self.responder_edit = QLineEdit()
        self.responder_edit.setObjectName("responder")
        self.responder_edit.setPlaceholderText(tr("回应责任人或单位", "Who answers"))
        self.due_label = QLabel()
        self.due_label.setObjectName("due")
        self.due_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("来源：", "Source:"), self.source_box)
        form.addRow(tr("关切事项：", "Concern:"), self.title_edit)
        form.addRow(tr("详细情况：", "Details:"), self.details_edit)
        form.addRow(tr("发现时间：", "Seen at:"), self.seen_edit)
        form.addRow("", self.major_box)
        form.addRow(tr("回应责任人：", "Responder:"), self.responder_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.due_label)
        layout.addWidget(self.buttons)
        self.seen_edit.dateTimeChanged.connect(lambda _v: self._show_due())
        self.major_box.toggled.connect(lambda _on: self._show_due())
        self._show_due()
        self.resize(520, self.sizeHint().height())

    def _show_due(self) -> None:
        hours = MAJOR_HOURS if self.major_box.isChecked() else NORMAL_HOURS
        due = from_edit(self.seen_edit) + dt.timedelta(hours=hours)
        self.due_label.setText(tr("回应时限：{d}（发现后 {h} 小时，节假日照常计算）", "Answer by {d} ({h} hours after it was "
                                  "seen, holidays included)", d=f"{due:%Y-%m-%d %H:%M}", h=hours))

    def _submit(self) -> None:
        self.saved = self.session.concerns.add(
            from_edit(self.seen_edit), self.source_box.currentData(), self.title_edit.text(),
            major=self.major_box.isChecked(), responder=self.responder_edit.text(),
            details=self.details_edit.toPlainText())


class RespondDialog(_SubmitDialog):
    def __init__(self, session: Session, concern: Concern, parent: QWidget | None = None) -> None:
        super().__init__(tr("登记回应 — {n}", "Record the response — {n}", n=concern.number), parent)
        self.session = session
        self.concern = concern
        self.saved: Concern | None = None
        about = QLabel(concern.title)
        about.setWordWrap(True)
        about.setStyleSheet(NOTE_STYLE)
        self.at_edit = time_edit(session.now())
        self.at_edit.setObjectName("responded_at")
        # Any channel the office used may be written.
        self.channel_box = code_combo("channel", RESPONSE_CHANNELS, channel_text, editable=True)
        self.text_edit = _text_box(tr("回应的内容（或附上回应文件）", "What was answered (or attach the answer)"), "text", 4)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("attachment")
        self.file_edit.setPlaceholderText(tr("回应文件（可选）：情况说明、通报、截图等", "The answer as a file (optional)"))
        browse = QPushButton(tr("选择…", "Choose…"))
        browse.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("回应时间：", "Answered at:"), self.at_edit)
        form.addRow(tr("回应方式：", "Channel:"), self.channel_box)
        form.addRow(tr("回应内容：", "Response:"), self.text_edit)
        form.addRow(tr("回应文件：", "File:"), file_row)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(540, self.sizeHint().height())

    def channel(self) -> str:
        """The channel as stored: a suggested one in its Chinese name (whatever the language shown), or as typed."""
        index = self.channel_box.findText(self.channel_box.currentText())
        return self.channel_box.itemData(index) if index >= 0 else self.channel_box.currentText()

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr("选择回应文件", "Choose the response file"), str(Path.home()))
        if chosen:
            self.file_edit.setText(chosen)

    def _submit(self) -> None:
        register = self.session.concerns
        at = from_edit(self.at_edit)
        attachment = None
        path = self.file_edit.text().strip()
        if path:
            from townshipdesk.io.attachments import store_file

            digest, _size = store_file(self.session.data_dir, Path(path))  # stored by content: a retry reuses it
            attachment = (digest, Path(path).name)
        self.saved = register.respond(self.concern.uuid, at, self.channel(),
                                      self.text_edit.toPlainText(), attachment=attachment)


class PublishDialog(_SubmitDialog):
    """The period of the 回应关切情况 list and its format; the page asks where to save it and writes it."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(tr("定期公开回应关切情况", "Publish the concerns list"), parent)
        first = today.replace(day=1)
        self.start_edit = date_edit(first)  # typed as clerks write dates (2026/11/1, 2026年11月1日 …) or picked
        self.end_edit = date_edit(today)
        for edit, name in ((self.start_edit, "start"), (self.end_edit, "end")):
            edit.setObjectName(name)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kind")
        self.kind_box.addItem(tr("公开栏张贴用 PDF", "PDF for the notice board"), "pdf")
        self.kind_box.addItem(tr("Excel 工作簿", "Excel workbook"), "xlsx")
        form = QFormLayout()
        form.addRow(tr("开始日期：", "From:"), self.start_edit)
        form.addRow(tr("结束日期：", "To:"), self.end_edit)
        form.addRow(tr("格式：", "Format:"), self.kind_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.start_edit.day(), self.end_edit.day()

    def _submit(self) -> None:
        start, end = self.period()
        if end < start:
            from townshipdesk.errors import ConcernError
            from townshipdesk.i18n import msg

            raise ConcernError(msg("结束日期（{e}）不能早于开始日期（{s}）", "The end ({e}) cannot be before the start ({s})",
                                   e=end, s=start))
