"""Date fields in every dialog take a date as clerks type it (2026年11月30日, 2026/11/30, 20261130, an Excel serial
pasted from a sheet), say under the field when a date does not exist, and keep the dialog from saving then."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tests.ui.keyboard import type_text
from townshipdesk.i18n import set_language
from townshipdesk.ui.dialogs.request_dialogs import NewRequestDialog
from townshipdesk.ui.pages.records_page import RecordsPage
from townshipdesk.ui.pages.requests_page import RequestsPage
from townshipdesk.ui.session import Session
from townshipdesk.ui.widgets.date_entry import TYPING_PAUSE_MS, DateEntry


def retype(qtbot: QtBot, entry: DateEntry, text: str, *, finish: bool = True) -> None:
    """Select what the field shows and type over it (Chinese through the input method, as it arrives)."""
    entry.edit.setFocus()
    entry.edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(entry.edit, text)
    else:
        type_text(entry.edit, text)
    if finish:
        qtbot.keyClick(entry.edit, Qt.Key.Key_Return)


@pytest.fixture
def entry(qtbot: QtBot) -> DateEntry:
    widget = DateEntry(dt.date(2026, 10, 20))
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize("text", ["2026-11-30", "2026/11/30", "2026.11.30", "2026年11月30日", "20261130", "46356",
                                  "2026/11/30 00:00:00"])
def test_every_way_clerks_write_a_date(qtbot: QtBot, entry: DateEntry, text: str) -> None:
    changes: list[QDate] = []
    entry.dateChanged.connect(changes.append)
    retype(qtbot, entry, text)
    assert entry.date() == QDate(2026, 11, 30) and changes == [QDate(2026, 11, 30)]
    assert entry.text() == "2026-11-30"  # shown the one way once understood
    assert entry.problem == "" and entry.message.isHidden()


def test_a_date_that_does_not_exist_is_said_under_the_field(qtbot: QtBot, entry: DateEntry) -> None:
    retype(qtbot, entry, "2026年2月30日")
    assert entry.message.isVisible() and "2026年2月没有30日" in entry.message.text()
    assert entry.date() == QDate(2026, 10, 20)  # the last real date is kept, never a guess
    with pytest.raises(Exception, match="2026年2月没有30日"):
        entry.day()
    retype(qtbot, entry, "2026-2-28")
    assert entry.message.isHidden() and entry.day() == dt.date(2026, 2, 28)


def test_half_typed_dates_are_not_scolded_while_typing(qtbot: QtBot, entry: DateEntry) -> None:
    changes: list[QDate] = []
    entry.dateChanged.connect(changes.append)
    retype(qtbot, entry, "2026-1", finish=False)
    qtbot.wait(TYPING_PAUSE_MS + 100)
    assert entry.message.isHidden() and changes == []
    qtbot.keyClicks(entry.edit, "2-3")  # 2026-12-3 on its way to 2026-12-31: nothing taken mid-word
    qtbot.keyClicks(entry.edit, "1")
    qtbot.waitUntil(lambda: bool(changes), timeout=2000)
    assert changes == [QDate(2026, 12, 31)]  # taken when typing pauses, so due dates follow without Enter


def test_picking_from_the_calendar(qtbot: QtBot, entry: DateEntry) -> None:
    entry.calendar.clicked.emit(QDate(2026, 12, 24))
    assert entry.text() == "2026-12-24" and entry.date() == QDate(2026, 12, 24)


def test_the_message_in_english(qtbot: QtBot) -> None:
    set_language("en")
    try:
        widget = DateEntry(dt.date(2026, 10, 20))
        qtbot.addWidget(widget)
        widget.show()
        retype(qtbot, widget, "2026-02-30")
        assert "does not exist" in widget.message.text() and "2026-02 has no day 30" in widget.message.text()
    finally:
        set_language("zh")


def test_the_record_editor_refuses_to_save_a_date_that_does_not_exist(qtbot: QtBot, records_session: Session) -> None:
    page = RecordsPage(records_session)
    qtbot.addWidget(page)
    page.show()
    editor = page.new_record()
    qtbot.waitExposed(editor)
    assert isinstance(editor.formed_edit, DateEntry)
    retype(qtbot, editor.formed_edit, "2026年9月28日", finish=False)
    qtbot.waitUntil(lambda: editor.formed_edit.date() == QDate(2026, 9, 28), timeout=2000)
    retype(qtbot, editor.formed_edit, "2026年9月31日", finish=False)
    assert editor.formed_edit.message.isHidden()  # not scolded before it is finished
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.saved is None
    assert editor.formed_edit.message.text() == "日期“2026年9月31日”不存在：2026年9月没有31日"
    assert editor.focusWidget() is editor.formed_edit.edit  # the field to fix has the cursor
    editor.reject()


def test_a_request_registered_with_a_typed_date(qtbot: QtBot, session: Session) -> None:
    session.set_today(TODAY)
    page = RequestsPage(session)
    qtbot.addWidget(page)
    page.resize(1160, 740)
    page.show()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page._dialogs[-1]
    assert isinstance(dialog, NewRequestDialog)
    qtbot.waitExposed(dialog)
    type_text(dialog.name_edit, "张三")
    type_text(dialog.content_edit, "2025年城乡低保资金发放明细")
    retype(qtbot, dialog.received_edit, "2026/9/25", finish=False)
    qtbot.waitUntil(lambda: "答复期限：2026-10-29（星期四）" in dialog.due_label.text(), timeout=2000)  # followed typing
    retype(qtbot, dialog.received_edit, "2026.9.31")  # Enter: the dialog's OK, refused for the date
    assert dialog.isVisible() and page.model.rowCount() == 0  # not registered on the old date
    assert "2026年9月没有31日" in dialog.received_edit.message.text()
    retype(qtbot, dialog.received_edit, "20260925", finish=False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and page.model.rowCount() == 1
    assert page.current_request().received_date == "2026-09-25"  # type: ignore[union-attr]
