"""A date field that takes a date as clerks type it: 2026-11-30, 2026/11/30, 2026.11.30, 2026年11月30日, 20261130,
or an Excel serial pasted from a sheet (46356), parsed by `core.dates.parse_date`; a calendar button for picking.

A QDateEdit only takes its one display format, section by section, and silently turns 2月30日 into something
else. Here a date that is not understood, or that does not exist ("2026年2月没有30日"), is said under the field
and the dialog refuses to save until it is fixed (`check_dates`). The API is QDateEdit's where dialogs use it:
`date()`, `setDate()`, `dateChanged`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from townshipdesk.core.dates import parse_date
from townshipdesk.errors import DeadlineError
from townshipdesk.i18n import tr

ERROR_STYLE = "color:#b00020;"
TYPING_PAUSE_MS = 400  # 2026-11-3 is a date on the way to 2026-11-30: taken only once typing pauses


class DateEntry(QWidget):
    """One date: typed in any of the usual forms or picked from a calendar; `problem` says what is wrong."""

    dateChanged = Signal(QDate)  # noqa: N815 - the name QDateEdit gives it, so callers need not care which they hold

    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = day
        self._error: DeadlineError | None = None
        self.edit = QLineEdit(day.isoformat())
        self.edit.setPlaceholderText(tr("如 2026-11-30", "e.g. 2026-11-30"))
        self.edit.setToolTip(tr("可写成 2026-11-30、2026/11/30、2026.11.30、2026年11月30日 或 20261130",
                                "Write 2026-11-30, 2026/11/30, 2026.11.30, 2026年11月30日 or 20261130"))
        # Room for the longest usual form, so a typed 2026年11月30日 is never scrolled half out of sight; no wider:
        # a date is short, and the message below gets the width the form gives the field.
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("2026年11月30日") + 18)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._typed)
        self.edit.textEdited.connect(lambda _text: self._pause.start())
        self.edit.editingFinished.connect(self._finished)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        picker = QWidgetAction(self.menu)
        picker.setDefaultWidget(self.calendar)
        self.menu.addAction(picker)
        self.menu.aboutToShow.connect(lambda: self.calendar.setSelectedDate(self.date()))
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(tr("从日历选择", "Pick from a calendar"))
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; }")  # the arrow says it already
        self.message = QLabel()
        self.message.setObjectName("date_problem")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)

    # ---- the QDateEdit API the dialogs use ---------------------------------------------------------------
    def date(self) -> QDate:
        """The last date understood (what the field showed before an unfinished or wrong entry)."""
        return QDate(self._day.year, self._day.month, self._day.day)

    def setDate(self, day: QDate | dt.date) -> None:  # noqa: N802 - QDateEdit's name (which takes both too)
        self._set(day if isinstance(day, dt.date) else dt.date(day.year(), day.month(), day.day()), rewrite=True)

    # ---- beyond it ---------------------------------------------------------------------------------------
    def day(self) -> dt.date:
        """The date in the field; DeadlineError with the reason when what is typed is not one."""
        self._finished()
        if self._error is not None:
            raise self._error
        return self._day

    @property
    def problem(self) -> str:
        """What is wrong with the typed text, in the user's language; empty when it is a date."""
        return str(self._error) if self._error is not None else ""

    def text(self) -> str:
        return self.edit.text()

    def _set(self, day: dt.date, *, rewrite: bool) -> None:
        if rewrite:
            self.edit.setText(day.isoformat())
        self._show_problem(None)
        if day != self._day:
            self._day = day
            self.dateChanged.emit(self.date())

    def _typed(self) -> None:
        """A pause in typing: take the date if it is one (due dates follow); say nothing yet about a half-typed one."""
        try:
            day = parse_date(self.edit.text())
        except DeadlineError:
            return
        self._set(day, rewrite=False)

    def _finished(self) -> None:
        """Enter or leaving the field: the date shown as 2026-11-30, or what is wrong with the text."""
        self._pause.stop()
        try:
            day = parse_date(self.edit.text())
        except DeadlineError as exc:
            self._show_problem(exc)
            return
        self._set(day, rewrite=self.edit.text() != day.isoformat())

    def _picked(self, day: QDate) -> None:
        self.menu.close()
        self.setDate(day)

    def _show_problem(self, exc: DeadlineError | None) -> None:
        self._error = exc
        self.message.setText(self.problem)
        self.message.setVisible(bool(self.problem))
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #b00020; }" if self.problem else "")


def check_dates(dialog: QWidget) -> bool:
    """True when every enabled date field of `dialog` holds a real date; otherwise the first wrong one gets the
    focus (its message already shows under it) and the caller does not save."""
    for entry in dialog.findChildren(DateEntry):
        if entry.isEnabled() and not entry.isHidden() and entry.isVisibleTo(dialog):
            entry._finished()
            if entry.problem:
                entry.edit.setFocus()
                entry.edit.selectAll()
                return False
    return True
