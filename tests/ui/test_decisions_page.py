"""公众参与 page: the clerk adds a decision to the year's catalog, opens its consultation, records a comment, sees
the core refuse an early publication, answers the comment, publishes the feedback and writes the sheets (off the
UI thread); the 工作台 shows the consultation's end and the feedback to publish, and opens the decision."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_dashboard
from townshipdesk.ui.dialogs.decision_dialogs import (
    AddDialog,
    CommentDialog,
    ConsultDialog,
    DateDialog,
    FeedbackDialog,
)
from townshipdesk.ui.dialogs.record_editor import to_qdate
from townshipdesk.ui.pages.decisions_page import DecisionsPage
from townshipdesk.ui.session import Session

PDF_TIMEOUT_MS = 15_000


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    return shown


@pytest.fixture
def page(qtbot: QtBot, session: Session) -> DecisionsPage:
    session.set_today(dt.date(2026, 9, 18))
    widget = DecisionsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1160, 740)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def ok(qtbot: QtBot, dialog: object) -> None:
    click(qtbot, dialog.ok_button)  # type: ignore[attr-defined]


def test_a_decision_from_the_catalog_to_its_published_feedback(qtbot: QtBot, page: DecisionsPage, session: Session,
                                                               refusals: list[str], tmp_path: Path) -> None:
    click(qtbot, page.add_button)
    add = page._dialogs[-1]
    assert isinstance(add, AddDialog)
    add.title_edit.setText("集镇污水处理设施建设方案")
    add.unit_edit.setText("村镇规划建设服务中心")
    ok(qtbot, add)
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "决策2026-01"
    assert page.table.item(0, 4).text() == "拟决策" and not page.step_buttons["comment"].isEnabled()

    click(qtbot, page.step_buttons["consult"])
    consult = page._dialogs[-1]
    assert isinstance(consult, ConsultDialog)
    consult.start_edit.setDate(to_qdate(dt.date(2026, 9, 20)))
    consult.end_radio.setChecked(True)
    consult.end_edit.setDate(to_qdate(dt.date(2026, 9, 1)))
    ok(qtbot, consult)  # an end before the start: refused, the dialog stays open
    assert refusals[-1] == "征求意见结束日期 2026-09-01 早于开始日期 2026-09-20" and consult.isVisible()
    consult.period_radio.setChecked(True)
    consult.period_edit.setText("10个工作日")
    ok(qtbot, consult)
    assert not consult.isVisible()
    assert page.table.item(0, 4).text() == "征求意见（2026-09-20 开始）"
    assert "2026-09-20 至 2026-10-10，共 20 日（其中工作日 10 个）" in page.detail.text()
    assert "一般不少于30日" in page.detail.text()  # 公开征求意见 is ticked by default: 20 days is flagged

    session.set_today(dt.date(2026, 9, 28))
    page.refresh()
    click(qtbot, page.step_buttons["comment"])
    comment = page._dialogs[-1]
    assert isinstance(comment, CommentDialog)
    comment.text_edit.setPlainText("建议管网覆盖东片区")
    comment.source_edit.setText("村民代表")
    comment.count_box.setValue(3)
    ok(qtbot, comment)
    assert page.comments.rowCount() == 1 and page.comments.item(0, 4).text() == "未答复"
    assert page.table.item(0, 5).text() == "3"

    click(qtbot, page.step_buttons["publish_feedback"])
    early = page._dialogs[-1]
    assert isinstance(early, DateDialog)
    ok(qtbot, early)
    assert refusals[-1] == "征求意见至 2026-10-10 结束，结束后才能公布意见采纳情况"
    early.reject()

    session.set_today(dt.date(2026, 10, 12))
    page.refresh()
    assert page.table.item(0, 4).text() == "征求意见已结束，采纳情况待公布"
    page.comments.setCurrentCell(0, 0)
    click(qtbot, page.step_buttons["feedback"])
    answer = page._dialogs[-1]
    assert isinstance(answer, FeedbackDialog)
    answer.adopted_box.setCurrentIndex(answer.adopted_box.findData("partly"))
    ok(qtbot, answer)
    assert refusals[-1] == "部分采纳须写明理由（--reason）"
    answer.reason_edit.setText("东片区纳入二期建设")
    ok(qtbot, answer)
    assert page.comments.item(0, 4).text() == "部分采纳"
    click(qtbot, page.step_buttons["publish_feedback"])
    ok(qtbot, page._dialogs[-1])
    assert page.table.item(0, 4).text() == "采纳情况已公布，待决策"
    assert not page.step_buttons["feedback"].isEnabled() and "意见采纳情况已于 2026-10-12 公布" in page.detail.text()

    out = tmp_path / "反馈.pdf"
    job = page.export_sheet("feedback", out)
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=PDF_TIMEOUT_MS)
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace("\n", "")
    assert "征求意见采纳情况的反馈" in text and "东片区纳入二期建设" in text
    assert page.status_label.text() == f"已生成：{out}"


def test_the_workbench_shows_consultations_ending_and_feedback_to_publish(qtbot: QtBot, session: Session) -> None:
    register = session.decisions
    a = register.add(2026, "集镇污水处理设施建设方案", "村镇规划建设服务中心", day=dt.date(2026, 9, 1))
    register.consult(a.number, dt.date(2026, 9, 4), period="30日", methods=["公开征求意见"])  # ends 2026-10-08
    b = register.add(2026, "农贸市场改造方案", "经济发展办", day=dt.date(2026, 9, 1))
    register.consult(b.number, dt.date(2026, 10, 9), end=dt.date(2026, 10, 16), methods=["座谈会"])
    session.set_today(dt.date(2026, 10, 12))
    window, dashboard = open_dashboard(qtbot, session)
    section = dashboard.decisions_section
    assert section.uuids() == [a.uuid, b.uuid]  # the feedback to publish first, then the consultation ending
    assert section.table.item(0, 1).text() == "采纳情况待公布（已结束 3 个工作日）"
    assert section.table.item(1, 1).text() == "4 个工作日后结束"
    assert section.heading.text() == "公众参与：征求意见（2）"
    section.table.setCurrentCell(1, 0)
    section.table.activated.emit(section.table.currentIndex())
    decisions_page = window.page("decisions")
    assert window.current_key() == "decisions" and decisions_page.current().uuid == b.uuid
