"""补正通知书 / 延期答复告知书 / 答复告知书 for one request: the core's draft (core/letters.py) in an editable text box,
with the printed page beside it, then saved as PDF or printed.

The letter is a notice of kind "general" in letter mode: the same checked renderer as the notice-board sheets,
so what is previewed is what prints. The preview renders in the thread pool ~400 ms after the last change.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.notices import Notice
from townshipdesk.core.requests import Request
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.ui.dialogs.live_preview import NOTE_STYLE, LivePreview
from townshipdesk.ui.dialogs.record_editor import date_edit, from_qdate
from townshipdesk.ui.dialogs.request_dialogs import requests_of
from townshipdesk.ui.messages import show_error
from townshipdesk.ui.session import Session
from townshipdesk.ui.sheet_jobs import Preview, SheetRequest, build_notice
from townshipdesk.ui.workers import Job

AUTHORITY_KEY = "requests/authority"
PHONE_KEY = "requests/phone"
KINDS = ("correction", "extension", "fee", "decision")


def letter_kind_text(kind: str) -> str:
    return {"correction": tr("补正通知书", "Correction notice"), "extension": tr("延期答复告知书", "Extension notice"),
            "fee": tr("收费通知书", "Fee notice"), "decision": tr("答复告知书", "Decision notice")}.get(kind, kind)


class LetterDialog(LivePreview, QDialog):
    """One letter for `request`. `letter_data` refusals (no extension, no outcome yet) come before the dialog:
    use `LetterDialog.draft` first, as the register page does."""

    preview_shown = Signal(int)
    preview_failed = Signal(str)

    def __init__(self, session: Session, request: Request, kind: str, draft: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.request = request
        self.kind = kind
        self._init_preview("townshipdesk-letter-")
        self._generated = "\n".join(draft["paragraphs"])
        self.setWindowTitle(tr("{k} — 申请 {id}", "{k} — request {id}", k=letter_kind_text(kind), id=request.display_number))
        self.resize(1200, 780)
        settings = session.ui_settings()

        self.title_edit = QLineEdit(draft["title"])
        self.title_edit.setObjectName("title")
        self.issuer_edit = QLineEdit(draft["issuer"])
        self.issuer_edit.setObjectName("issuer")
        self.date_edit = date_edit(dt.date.fromisoformat(draft["date"]))
        self.date_edit.setObjectName("date")
        self.phone_edit = QLineEdit(draft.get("phone", ""))
        self.phone_edit.setObjectName("phone")
        self.phone_edit.setPlaceholderText(tr("如：0871-6789000", "e.g. 0871-6789000"))
        self.authority_edit = QLineEdit(str(settings.value(AUTHORITY_KEY, "")))
        self.authority_edit.setObjectName("authority")
        self.authority_edit.setPlaceholderText(tr("复议机关，如：某某县人民政府", "Review authority, e.g. the county government"))
        self.paragraphs_edit = QTextEdit()
        self.paragraphs_edit.setObjectName("paragraphs")
        self.paragraphs_edit.setAcceptRichText(False)  # plain paragraphs: the letter's layout is the renderer's
        self.paragraphs_edit.setTabChangesFocus(True)
        self._set_text(self._generated)
        self.reset_button = QPushButton(tr("恢复默认正文", "Restore the default text"))
        self.reset_button.setToolTip(tr("按当前的复议机关和日期重新生成正文（手工修改将丢失）",
                                        "Draft the text again from the fields above (your edits are lost)"))
        self.reset_button.clicked.connect(self.regenerate)
        note = QLabel(tr("正文每行一段，可直接修改；称呼写在第一行。打印前请核对申请人姓名、申请内容和日期。",
                         "One paragraph per line, edit freely; the salutation is the first line. Check names and dates "
                         "before printing."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)

        def label(text: str) -> QLabel:
            lab = QLabel(text)
            lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return lab

        grid.addWidget(label(tr("标题：", "Title:")), 0, 0)
        grid.addWidget(self.title_edit, 0, 1, 1, 3)
        grid.addWidget(label(tr("落款：", "Issuer:")), 1, 0)
        grid.addWidget(self.issuer_edit, 1, 1)
        grid.addWidget(label(tr("日期：", "Date:")), 1, 2)
        grid.addWidget(self.date_edit, 1, 3)
        grid.addWidget(label(tr("联系电话：", "Phone:")), 2, 0)
        grid.addWidget(self.phone_edit, 2, 1)
        grid.addWidget(label(tr("复议机关：", "Authority:")), 2, 2)
        grid.addWidget(self.authority_edit, 2, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        text_bar = QHBoxLayout()
        text_bar.addWidget(QLabel(tr("正文：", "Text:")))
        text_bar.addStretch(1)
        text_bar.addWidget(self.reset_button)
        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 6, 0)
        form_layout.addLayout(grid)
        form_layout.addLayout(text_bar)
        form_layout.addWidget(self.paragraphs_edit, 1)
        form_layout.addWidget(note)

        self.save_button = QPushButton(tr("保存PDF…", "Save PDF…"))
        self.print_button = QPushButton(tr("打印…", "Print…"))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button.clicked.connect(lambda: self.print_letter())
        self._lay_out(form, [self.save_button, self.print_button])

        for edit in (self.title_edit, self.issuer_edit, self.phone_edit):
            edit.textChanged.connect(self._changed)
        self.paragraphs_edit.textChanged.connect(self._changed)
        self.authority_edit.textChanged.connect(lambda _t: self._fields_changed())
        self.date_edit.dateChanged.connect(lambda _d: self._fields_changed())
        self._timer.start()

    # ---- the letter -------------------------------------------------------------------------------------------
    @staticmethod
    def draft(session: Session, request: Request, kind: str) -> dict[str, Any]:
        """The core's draft, dated by the step the letter belongs to (RequestError when that step is not recorded)."""
        from townshipdesk.core.letters import letter_data, step_date

        settings = session.ui_settings()
        site = session.site
        service = requests_of(session)
        day = step_date(request, kind) or session.today()
        return letter_data(request, service.clock(request, day), kind, office=site.name if site else "",
                           authority=str(settings.value(AUTHORITY_KEY, "")), phone=str(settings.value(PHONE_KEY, "")))

    def regenerate(self) -> None:
        """The default text again, for the authority and date now in the fields."""
        from townshipdesk.core.letters import letter_data

        day = from_qdate(self.date_edit.date())
        try:
            data = letter_data(self.request, requests_of(self.session).clock(self.request, day), self.kind,
                               office=self.issuer_edit.text().strip(), authority=self.authority_edit.text().strip(),
                               date=day)
        except UserError as exc:
            show_error(self, exc)
            return
        self._generated = "\n".join(data["paragraphs"])
        self._set_text(self._generated)

    def _set_text(self, text: str) -> None:
        """The paragraphs, a little apart so each reads as one (new ones typed take the same spacing)."""
        self.paragraphs_edit.setPlainText(text)
        cursor = self.paragraphs_edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(self.fontMetrics().height() * 0.5)
        cursor.mergeBlockFormat(spacing)
        cursor.clearSelection()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.paragraphs_edit.setTextCursor(cursor)

    def _fields_changed(self) -> None:
        # The text follows the authority and date while it has not been edited by hand.
        if self.paragraphs_edit.toPlainText() == self._generated:
            self.regenerate()
        self._changed()

    def data(self) -> dict[str, Any]:
        return {"kind": "general", "letter": True, "title": self.title_edit.text().strip(),
                "issuer": self.issuer_edit.text().strip(), "date": from_qdate(self.date_edit.date()).isoformat(),
                "notice_days": 0, "phone": self.phone_edit.text().strip(),
                "paragraphs": [p for p in self.paragraphs_edit.toPlainText().splitlines() if p.strip()]}

    def sheet_request(self) -> SheetRequest:
        return SheetRequest(self.data(), "general", "A4", False, self.session.today())

    def notice(self) -> Notice:
        return build_notice(self.sheet_request(), self.session.calendar)

    # ---- preview ------------------------------------------------------------------------------------------
    def _preview_request(self) -> tuple[SheetRequest, int]:
        return self.sheet_request(), 0

    def _ready_status(self, preview: Preview) -> str:
        return tr("共 {n} 页", "{n} pages", n=preview.pages) if preview.pages > 1 else ""

    def _refusal_text(self, exc: UserError) -> str:
        return tr("无法生成文书：{e}", "This letter cannot be printed: {e}", e=str(exc))

    def _correct_prompt(self) -> str:
        return tr("请按提示修改", "Please correct the letter")

    # ---- save and print ---------------------------------------------------------------------------------------
    def _remember(self) -> None:
        settings = self.session.ui_settings()
        settings.setValue(AUTHORITY_KEY, self.authority_edit.text().strip())
        settings.setValue(PHONE_KEY, self.phone_edit.text().strip())

    def save_pdf(self) -> Path | None:
        from townshipdesk.io.pdf.batch import safe_filename

        return self._save_pdf(tr("保存PDF", "Save PDF"), tr("保存文书", "Save the letter"),
                              lambda notice: f"{safe_filename(notice.title)}-{self.request.display_number}")

    def print_letter(self) -> Job | None:
        return self._print(tr("打印文书", "Print the letter"))
