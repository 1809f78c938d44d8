"""The live print preview shared by the sheet editor and the letter dialog: the page is rendered in the thread
pool ~400 ms after the last change, by the same checked renderer that prints, so what is previewed is what
prints; a refusal (an undrawable character, a finance sheet that does not add up) shows in place of the page.

A dialog mixes `LivePreview` in, declares the `preview_shown(int)` and `preview_failed(str)` signals, calls
`_init_preview` before laying out `preview_stack` and `preview_status`, and says what to render in
`_preview_request`.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.notices import Notice
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.ui.messages import ask_pdf_path, show_error
from townshipdesk.ui.pdf_pages import prepare_printer, print_pdf, render_pdf
from townshipdesk.ui.sheet_jobs import Preview, SheetRequest, render_preview
from townshipdesk.ui.widgets.date_entry import check_dates
from townshipdesk.ui.widgets.page_preview import PagePreview
from townshipdesk.ui.workers import Cancelled, Job, run_with_progress

PREVIEW_DELAY_MS = 400
LAST_DIR_KEY = "last_dir"  # the folder a document was last saved to or read from
ERROR_STYLE = "color:#b00020; background:#fdecee; border:1px solid #f5c2c7; padding:12px;"
NOTE_STYLE = "color:#666;"


class LivePreview:
    """Mixed into a QDialog (which provides `session`, the signals and `finished`)."""

    session: Any
    preview_shown: Any
    preview_failed: Any

    def _init_preview(self, temp_prefix: str) -> None:
        self.preview: Preview | None = None
        self._job: Job | None = None
        self._print_job: Job | None = None
        self._printer: QPrinter | None = None  # painted from the pool thread while a print job runs
        self._again = False
        self._generation = 0
        self._tmp = Path(tempfile.mkdtemp(prefix=temp_prefix))
        # Also when the dialog is never finished (a window closed with the app, a test): gone at exit at the latest.
        weakref.finalize(self, shutil.rmtree, self._tmp, True)

        self.page_preview = PagePreview()
        self.error_label = QLabel()
        self.error_label.setObjectName("preview_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error_page = QWidget()
        error_layout = QVBoxLayout(error_page)
        error_layout.addWidget(self.error_label)
        error_layout.addStretch(1)
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.page_preview)
        self.preview_stack.addWidget(error_page)
        self.preview_status = QLabel()
        self.preview_status.setObjectName("preview_status")
        self.preview_status.setStyleSheet(NOTE_STYLE)

        self._timer = QTimer(self)  # type: ignore[arg-type]
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.finished.connect(self._cleanup)  # type: ignore[attr-defined]

    def _lay_out(self, form: QWidget, actions: Sequence[QPushButton], *, page_controls: Sequence[QWidget] = (),
                 stretch: tuple[int, int] = (1, 1), sizes: tuple[int, int] = (620, 560)) -> None:
        """The dialog: the form and the preview side by side, then a status line, the actions and 关闭."""
        heading = QLabel(tr("打印预览", "Print preview"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        bar = QHBoxLayout()
        bar.addWidget(heading)
        if page_controls:
            bar.addSpacing(12)
            for widget in page_controls:
                bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.preview_status)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addLayout(bar)
        side_layout.addWidget(self.preview_stack, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(form)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, stretch[0])
        splitter.setStretchFactor(1, stretch[1])
        splitter.setSizes(list(sizes))
        splitter.setChildrenCollapsible(False)

        close_button = QPushButton(tr("关闭", "Close"))
        close_button.clicked.connect(self.reject)  # type: ignore[attr-defined]
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color:#ddd;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        for button in (*actions, close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)  # type: ignore[arg-type]
        layout.addWidget(splitter, 1)
        layout.addWidget(line)
        layout.addLayout(buttons)
        for button in self.findChildren(QPushButton):  # type: ignore[attr-defined]  # now all in the dialog
            button.setAutoDefault(False)  # Enter in a field must not add a row or print

    # ---- hooks ------------------------------------------------------------------------------------------------
    def _preview_request(self) -> tuple[SheetRequest, int]:
        """What to render now, and which page of it to show."""
        raise NotImplementedError

    def _ready_status(self, preview: Preview) -> str:
        return tr("预览已更新", "Preview up to date")

    def _refusal_text(self, exc: UserError) -> str:
        return tr("无法生成：{e}", "This cannot be printed: {e}", e=str(exc))

    def _correct_prompt(self) -> str:
        return tr("请按提示修改", "Please correct it as shown")

    def _preview_changed(self) -> None:
        """After a page or a refusal is shown (page buttons, say)."""

    # ---- the preview ------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.preview_status.setText(tr("等待输入完成…", "Waiting for typing to stop…"))
        self._timer.start()

    def refresh_preview(self) -> None:
        """Render as it is now; while a render runs, one more follows it with the latest input."""
        self._timer.stop()
        if self._job is not None and not self._job.done:
            self._again = True
            return
        self._again = False
        self._generation += 1
        request, page = self._preview_request()
        calendar = self.session.calendar  # loaded here, on the UI thread; the job only reads it
        target = self._tmp / f"preview-{self._generation}.pdf"
        self.preview_status.setText(tr("正在生成预览…", "Rendering the preview…"))
        job = Job(lambda _progress: render_preview(request, calendar, target, page), self)  # type: ignore[arg-type]
        job.finished.connect(self._preview_ready)
        job.failed.connect(self._preview_error)
        self._job = job
        job.start()

    def _job_ended(self) -> None:
        if self._job is not None:
            self._job.deleteLater()
            self._job = None
        if self._again:
            self.refresh_preview()

    def _preview_ready(self, preview: Preview) -> None:
        old = self.preview
        self.preview = preview
        if old is not None and old.pdf != preview.pdf:
            old.pdf.unlink(missing_ok=True)
        self.page_preview.set_image(preview.image)
        self.preview_stack.setCurrentIndex(0)
        self.preview_status.setText(self._ready_status(preview) if not self._again else "")
        self._preview_changed()
        self._job_ended()
        self.preview_shown.emit(preview.pages)

    def _preview_error(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._job_ended()
            return
        if isinstance(exc, UserError):
            text = self._refusal_text(exc)
        else:
            from townshipdesk.ui.messages import error_text

            text = error_text(exc)
        self.error_label.setText(text)
        self.preview_stack.setCurrentIndex(1)
        self.preview_status.setText(self._correct_prompt())
        self._preview_changed()
        self._job_ended()
        self.preview_failed.emit(text)

    def showing_error(self) -> bool:
        return self.preview_stack.currentIndex() == 1

    # ---- save and print: the same checked renderer as the preview -------------------------------------------
    def notice(self) -> Notice:
        """The document as the form describes it (raises UserError when it cannot be printed)."""
        raise NotImplementedError

    def _page_setup(self) -> tuple[str, bool]:
        """Paper and orientation: (A4|A3, landscape)."""
        return "A4", False

    def _remember(self) -> None:
        """After a save or a print: keep what the next document should start from (nothing by default)."""

    def _checked_notice(self, title: str) -> Notice | None:
        if not check_dates(self):  # type: ignore[arg-type]
            return None  # a date that is not one is said under its field; nothing is printed with the old one
        try:
            return self.notice()
        except UserError as exc:
            show_error(self, exc, title)  # type: ignore[arg-type]
            return None

    def _last_dir(self) -> Path:
        return Path(str(self.session.ui_settings().value(LAST_DIR_KEY, str(Path.home()))))

    def _render(self, notice: Notice, path: Path, title: str) -> bool:
        paper, landscape = self._page_setup()
        try:
            render_pdf(notice, path, paper=paper, landscape=landscape)
        except (UserError, OSError) as exc:
            show_error(self, exc, title)  # type: ignore[arg-type]
            return False
        return True

    def _save_pdf(self, title: str, caption: str, file_name: Callable[[Notice], str]) -> Path | None:
        """Write the document where the user chooses (atomically: a failed render leaves no half file)."""
        notice = self._checked_notice(title)
        if notice is None:
            return None
        path = ask_pdf_path(self, caption, self._last_dir() / f"{file_name(notice)}.pdf")  # type: ignore[arg-type]
        if path is None:
            return None
        if not self._render(notice, path, title):
            return None
        self.session.ui_settings().setValue(LAST_DIR_KEY, str(path.parent))
        self._remember()
        self.status_label.setText(tr("已保存：{p}", "Saved: {p}", p=str(path)))
        return path

    def _print(self, title: str) -> Job | None:
        """Choose a printer, then send every page as an image at its resolution (in the background)."""
        notice = self._checked_notice(title)
        if notice is None:
            return None
        pdf = self._tmp / f"print-{self._generation}.pdf"
        if not self._render(notice, pdf, title):
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, *self._page_setup(), notice.title)
        dialog = QPrintDialog(printer, self)  # type: ignore[arg-type]
        dialog.setWindowTitle(title)
        if not dialog.exec():
            return None
        self._remember()
        self._printer = printer  # painted from the pool thread until the job ends

        def done(pages: int) -> None:
            self._printer = None
            self.status_label.setText(tr("已发送到打印机：{n} 页", "Sent to the printer: {n} pages", n=pages))

        def failed(exc: BaseException) -> None:
            self._printer = None
            show_error(self, exc, title)  # type: ignore[arg-type]

        self._print_job = run_with_progress(self, tr("正在打印…", "Printing…"),  # type: ignore[arg-type]
                                            lambda progress: print_pdf(pdf, printer, progress), done, failed)
        return self._print_job

    def _cleanup(self, _result: int) -> None:
        self._timer.stop()
        # A render still running finishes first (it holds the lock), then its folder goes.
        from townshipdesk.ui.pdf_pages import PDF_LOCK

        with PDF_LOCK:
            shutil.rmtree(self._tmp, ignore_errors=True)
