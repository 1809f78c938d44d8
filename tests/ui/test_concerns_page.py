"""The 回应关切 page and its 工作台 section, driven as a clerk would: register a concern, watch its hours run out,
answer it with a file, publish the period's list in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from townshipdesk.core.concerns import Concerns
from townshipdesk.ui.dialogs.concern_dialogs import NewConcernDialog, PublishDialog, RespondDialog
from townshipdesk.ui.models.records import OVERDUE_COLOUR
from townshipdesk.ui.pages.concerns_page import ConcernsPage
from townshipdesk.ui.pages.dashboard_page import DashboardPage
from townshipdesk.ui.session import Session


def when(text: str) -> QDateTime:
    moment = dt.datetime.fromisoformat(text)
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


@pytest.fixture
def page(qtbot: QtBot, session: Session) -> ConcernsPage:
    session.set_now(dt.datetime(2026, 10, 1, 9, 0))  # 国庆 holiday: the hours run all the same
    widget = ConcernsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    widget.show()
    return widget


def cells(page: ConcernsPage, row: int) -> list[str]:
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]


def test_register_watch_the_hours_and_answer(qtbot: QtBot, page: ConcernsPage, session: Session, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    click(qtbot, page.new_button)
    dialog = page._dialogs[-1]
    assert isinstance(dialog, NewConcernDialog)
    qtbot.waitExposed(dialog)
    dialog.source_box.setCurrentIndex(dialog.source_box.findData("网络"))
    dialog.title_edit.setText("网传集镇自来水受污染")
    dialog.seen_edit.setDateTime(when("2026-10-01 08:30"))
    assert dialog.due_label.text().startswith("回应时限：2026-10-03 08:30（发现后 48 小时")
    dialog.major_box.setChecked(True)
    assert dialog.due_label.text().startswith("回应时限：2026-10-02 08:30（发现后 24 小时")
    dialog.responder_edit.setText("党政办 王强")
    click(qtbot, dialog.ok_button)
    assert cells(page, 0) == ["关切2026-001", "2026-10-01 08:30", "网络", "重大", "网传集镇自来水受污染",
                              "2026-10-02 08:30", "剩 23 小时 30 分", "党政办 王强"]
    assert page.table.item(0, 6).toolTip() == "待回应" and page.table.item(0, 3).toolTip() == "重大（24小时）"

    # A concern "seen" after now is refused; the dialog stays open with the reason.
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Ok)
    future = page.new_concern()
    future.title_edit.setText("还没发生")
    future.seen_edit.setDateTime(when("2026-10-01 10:00"))
    click(qtbot, future.ok_button)
    assert future.refusal == "发现时间（2026-10-01 10:00）不能晚于现在（2026-10-01 09:00）" and future.isVisible()
    future.reject()

    # The 工作台 lists it; a day later it is overdue: red, first, in the heading's count.
    dashboard = DashboardPage(session)
    qtbot.addWidget(dashboard)
    section = dashboard.concerns_section
    assert section.heading.text() == "回应关切：待回应（1）"
    Concerns(session.db, now=dt.datetime(2026, 10, 2, 9, 0)).add(dt.datetime(2026, 10, 2, 8, 0), "媒体", "一般的一件")
    session.set_now(dt.datetime(2026, 10, 2, 9, 0))
    assert section.heading.text() == "回应关切：待回应（2，其中 1 件已逾期）"
    assert section.table.item(0, 1).text() == "已逾期 30 分" and section.table.item(0, 1).foreground().color() == OVERDUE_COLOUR
    assert section.table.item(1, 1).text() == "剩 47 小时"
    assert cells(page, 0)[6] == "已逾期 30 分" and page.table.item(0, 6).toolTip() == "逾期未回应"

    # Answer the overdue one with a file: it is copied into the data folder.
    page.show_concern(section.uuids()[0])
    click(qtbot, page.respond_button)
    answer = page._dialogs[-1]
    assert isinstance(answer, RespondDialog)
    answer.at_edit.setDateTime(when("2026-10-02 08:45"))
    answer.channel_box.setCurrentText("政务新媒体")
    answer.text_edit.setPlainText("经检测水质合格，系谣言。")
    report = tmp_path / "情况说明.pdf"
    report.write_bytes(b"%PDF water")
    answer.file_edit.setText(str(report))
    click(qtbot, answer.ok_button)
    assert section.heading.text() == "回应关切：待回应（1）"
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "关切2026-001")
    assert cells(page, row)[6] == "逾期 15 分 回应" and page.table.item(row, 6).foreground().color() == OVERDUE_COLOUR
    assert "回应文件：情况说明.pdf" in page.detail.toPlainText()
    assert page.count_label.text() == "共 2 条，待回应 1 条（逾期 0 条），逾期回应 1 条"

    # Publish the period's list: the file is drawn in the background.
    target = tmp_path / "十月回应关切情况.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, page.publish_button)
    publish = page._dialogs[-1]
    assert isinstance(publish, PublishDialog)
    publish.start_edit.setDate(QDate(2026, 10, 1))
    publish.end_edit.setDate(QDate(2026, 10, 31))
    click(qtbot, publish.ok_button)
    qtbot.waitUntil(lambda: page.published is not None, timeout=30_000)
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "关切2026-001" in text and "逾期回应" in text and "待回应" in text
    assert page.status_label.text().startswith("已生成回应关切情况表（2 条）")
