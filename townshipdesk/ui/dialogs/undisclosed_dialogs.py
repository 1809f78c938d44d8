"""Two small dialogs: 不公开复核 (the yearly re-assessment of a record marked 此件不公开 / 此件依申请公开: keep it, or
make it public, with the reason) and 失效/废止 (a policy that lapsed or was repealed, from a day, replaced by what).

OK hands the values to the core; a refusal (no reason, a date after today …) is shown in the dialog, which stays
open so it can be corrected. `saved` holds the changed record once accepted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.disclosures import Record
from townshipdesk.core.lapsed_policies import LAPSE_STATUSES, LapsedPolicies
from townshipdesk.core.undisclosed_reviews import OUTCOMES, UndisclosedReviews, review_due
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.ui.dialogs.record_editor import date_edit, from_qdate
from townshipdesk.ui.messages import error_text
from townshipdesk.ui.session import Session
from townshipdesk.wording.records import attribute_text, lapse_status_text

ERROR_STYLE = "color:#b00020;"
NOTE_STYLE = "color:#555;"


def outcome_text(outcome: str) -> str:
    return {OUTCOMES[0]: tr("维持（继续不公开或依申请公开）", "Keep (stays as it is marked)"),
            OUTCOMES[1]: tr("转为主动公开", "Make public")}[outcome]


class _CoreDialog(QDialog):
    """A form over one record with OK/Cancel and a line for the core's refusal."""

    def __init__(self, session: Session, record: Record, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.record = record
        self.saved: Record | None = None
        self.setWindowTitle(title)
        self.heading = QLabel(f"<b>{record.title}</b>")
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def radio_row(self, name: str, values: tuple[str, ...], texts: list[str]) -> QButtonGroup:
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for i, (value, text) in enumerate(zip(values, texts, strict=True)):
            button = QRadioButton(text)
            button.setObjectName(f"{name}_{i}")
            button.setProperty("value", value)
            group.addButton(button, i)
            row.addWidget(button)
        row.addStretch(1)
        group.button(0).setChecked(True)
        self.form.addRow(QLabel(), row)
        return group

    def run(self) -> Record:
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.saved = self.run()
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.accept()


class UndisclosedReviewDialog(_CoreDialog):
    """不公开复核: the outcome, the reason (required), the day and who reviewed."""

    def __init__(self, session: Session, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(session, record, tr("不公开复核", "Re-assess a record not disclosed"), parent)
        self.setObjectName("undisclosed_review_dialog")
        reviews = UndisclosedReviews(session.records)
        history = reviews.history(record.uuid)
        last = history[-1].reviewed_on if history else None
        self.form.addRow(tr("公开属性：", "Marked:"), QLabel(attribute_text(record)))
        self.form.addRow(tr("上次复核：", "Last review:"), QLabel(
            tr("{d}（{o}）", "{d} ({o})", d=last, o=history[-1].outcome) if last
            else tr("尚未复核（信息形成于 {f}）", "never (formed {f})", f=record.formed_date)))
        self.outcomes = self.radio_row("outcome", OUTCOMES, [outcome_text(o) for o in OUTCOMES])
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(tr("必填：为什么继续不公开，或因情势变化为什么现在可以公开",
                                               "Required: why it stays undisclosed, or why it can now be public"))
        self.reason_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.form.addRow(tr("复核理由：", "Reason:"), self.reason_edit)
        self.date = date_edit(session.today())
        self.date.setObjectName("review_date")
        self.form.addRow(tr("复核日期：", "Reviewed on:"), self.date)
        self.reviewer_edit = QLineEdit()
        self.reviewer_edit.setObjectName("reviewer")
        self.form.addRow(tr("复核人：", "Reviewer:"), self.reviewer_edit)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.form.addRow(self.note)
        self.outcomes.idToggled.connect(lambda _id, _on: self._show_note())
        self.date.dateChanged.connect(lambda _d: self._show_note())
        self._show_note()

    def outcome(self) -> str:
        return self.outcomes.checkedButton().property("value")

    def _show_note(self) -> None:
        day = from_qdate(self.date.date())
        if self.outcome() == OUTCOMES[0]:
            self.note.setText(tr("下次复核：{d} 前（12个月后）", "Next review due by {d} (12 months on)", d=review_due(day)))
        else:
            self.note.setText(tr("公开属性将改为“此件公开发布”，截止日按事项时限自复核日起算；发布前仍须通过保密审查和发布审查。",
                                 "It will be marked 'published in full', due by its item's time limit counted from the "
                                 "review day; both reviews are still needed before publication."))

    def run(self) -> Record:
        record, _review = UndisclosedReviews(self.session.records).review(
            self.record.uuid, self.outcome(), self.reason_edit.toPlainText(), on=from_qdate(self.date.date()),
            reviewer=self.reviewer_edit.text())
        return record


class LapseDialog(_CoreDialog):
    """失效/废止: which, from when, and the replacing document (optional)."""

    def __init__(self, session: Session, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(session, record, tr("标记失效或废止", "Mark lapsed or repealed"), parent)
        self.setObjectName("lapse_dialog")
        if record.doc_number:
            self.form.addRow(tr("文号：", "Number:"), QLabel(record.doc_number))
        self.statuses = self.radio_row("status", LAPSE_STATUSES, [lapse_status_text(s) for s in LAPSE_STATUSES])
        if record.lapse_status:
            self.statuses.button(LAPSE_STATUSES.index(record.lapse_status)).setChecked(True)
        self.date = date_edit(session.today())
        self.date.setObjectName("lapse_date")
        self.form.addRow(tr("失效（废止）日期：", "Since:"), self.date)
        self.replaced_edit = QLineEdit(record.replaced_by)
        self.replaced_edit.setObjectName("replaced_by")
        self.replaced_edit.setPlaceholderText(tr("可选：替代文件的文号或名称，或其公开记录编号",
                                                 "Optional: the replacing document's number or title, or its record id"))
        self.form.addRow(tr("替代文件：", "Replaced by:"), self.replaced_edit)

    def run(self) -> Record:
        status = self.statuses.checkedButton().property("value")
        return LapsedPolicies(self.session.records).mark(self.record.uuid, status, from_qdate(self.date.date()),
                                                         self.replaced_edit.text())
