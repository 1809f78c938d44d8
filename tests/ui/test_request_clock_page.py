"""依申请公开 in the window, for the clock rules of issue 12: the day of receipt by channel, a shorter extension and
its letter, a fee notice that stops the clock until payment, and answers flagged 逾期答复 on the register and the
工作台."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from tests.ui.test_requests_page import click, open_step, page, refusals, request_session, zhang  # noqa: F401
from townshipdesk.core.requests import Request
from townshipdesk.ui.dialogs.letter_dialog import LetterDialog
from townshipdesk.ui.dialogs.record_editor import from_qdate, to_qdate
from townshipdesk.ui.dialogs.request_dialogs import NewRequestDialog, requests_of
from townshipdesk.ui.models.records import OVERDUE_COLOUR
from townshipdesk.ui.models.requests import LATE
from townshipdesk.ui.pages.requests_page import RequestsPage
from townshipdesk.ui.session import Session
from townshipdesk.ui.widgets.urgent_requests import UrgentRequests


def cell(page: RequestsPage, uuid: str, column: str) -> str:  # noqa: F811
    return page.model.index(page.model.row_of(uuid), page.model.column_of(column)).data()


def open_letter(qtbot: QtBot, page: RequestsPage, kind: str) -> LetterDialog:  # noqa: F811
    click(qtbot, page.letter_buttons[kind])
    dialog = page._dialogs[-1]
    assert isinstance(dialog, LetterDialog)
    return dialog


def test_the_day_of_receipt_follows_the_channel(qtbot: QtBot, page: RequestsPage) -> None:  # noqa: F811
    click(qtbot, page.new_button)
    dialog = page._dialogs[-1]
    assert isinstance(dialog, NewRequestDialog)
    dialog.set_channel("邮寄")
    assert dialog.received_label.text() == "签收日期：" and not dialog.arrived_widget.isVisibleTo(dialog)
    assert "以签收日期为收到日期（《条例》第三十一条）" in dialog.due_label.text()
    dialog.set_channel("平常信函")
    assert dialog.received_label.text() == "与申请人确认日期：" and dialog.arrived_widget.isVisibleTo(dialog)
    dialog.received_edit.setDate(to_qdate(dt.date(2026, 9, 30)))
    dialog.arrived_box.setChecked(True)
    dialog.arrived_edit.setDate(to_qdate(dt.date(2026, 9, 28)))
    # Confirmed Wed 30 Sep: 1–7 Oct off, Sat 10 Oct worked — day 20 is 3 November.
    assert "答复期限：2026-11-03（星期二）" in dialog.due_label.text()
    click(qtbot, dialog.ok_button)
    r = page.current_request()
    assert r is not None and (r.channel, r.arrived_date, r.received_date) == ("平常信函", "2026-09-28", "2026-09-30")
    assert "平常信函：以与申请人确认日期为收到日期（2026-09-28 到达）" in page.detail.toPlainText()


def test_a_ten_day_extension_and_its_letter(qtbot: QtBot, page: RequestsPage, zhang: Request) -> None:  # noqa: F811
    page.refresh()
    page.select_request(zhang.uuid)
    assert not page.letter_buttons["extension"].isEnabled() and not page.letter_buttons["correction"].isEnabled()
    dialog = open_step(qtbot, page, "extend")
    assert dialog.days_box is not None and dialog.days_box.value() == 20
    dialog.days_box.setValue(10)
    click(qtbot, dialog.ok_button)
    assert cell(page, zhang.uuid, "due") == "2026-11-12"  # 29 Oct + 10 working days
    assert "延期 10 个工作日" in page.detail.toPlainText()
    letter = open_letter(qtbot, page, "extension")
    assert from_qdate(letter.date_edit.date()) == dt.date(2026, 10, 20)  # the extension's day
    text = letter.paragraphs_edit.toPlainText()
    assert "延长10个工作日" in text and "本机关将于2026年11月12日前作出答复" in text
    letter.reject()


def test_a_fee_notice_stops_the_clock_until_payment(qtbot: QtBot, page: RequestsPage, zhang: Request,  # noqa: F811
                                                    refusals: list[str]) -> None:  # noqa: F811
    page.refresh()
    page.select_request(zhang.uuid)
    dialog = open_step(qtbot, page, "paid")
    click(qtbot, dialog.ok_button)
    assert refusals[-1] == "尚未登记收费通知送达日期，不能登记缴费"
    dialog.reject()
    dialog = open_step(qtbot, page, "fee")
    dialog.set_day(dt.date(2026, 10, 12))
    assert dialog.amount_edit is not None and dialog.end_box is not None and dialog.end_edit is not None
    dialog.amount_edit.setText("200")
    dialog.end_box.setChecked(True)
    dialog.end_edit.setDate(to_qdate(dt.date(2026, 10, 13)))
    click(qtbot, dialog.ok_button)
    assert (cell(page, zhang.uuid, "state"), cell(page, zhang.uuid, "due"), cell(page, zhang.uuid, "days_left")) == (
        "待缴费", "缴费后计算", "暂停")
    assert "申请人应于 2026-11-10 前缴费" in page.detail.toPlainText()
    letter = open_letter(qtbot, page, "fee")
    assert letter.title_edit.text() == "政府信息公开信息处理费收费通知书"
    assert from_qdate(letter.date_edit.date()) == dt.date(2026, 10, 12) and "信息处理费200元" in \
        letter.paragraphs_edit.toPlainText()
    letter.reject()
    dialog = open_step(qtbot, page, "paid")
    click(qtbot, dialog.ok_button)  # paid on TODAY, Tue 20 Oct
    # 14, 15, 16, 19, 20 October did not count: 29 Oct + 5 working days.
    assert (cell(page, zhang.uuid, "state"), cell(page, zhang.uuid, "due")) == ("办理中", "2026-11-05")
    assert "缴费暂停 5 个工作日" in page.detail.toPlainText()


def test_late_answers_are_flagged(qtbot: QtBot, page: RequestsPage, request_session: Session,  # noqa: F811
                                  zhang: Request) -> None:  # noqa: F811
    service = requests_of(request_session)
    late = service.add(dt.date(2026, 9, 1), "legal", content="征地审批文件")  # due 2026-09-29
    service.close(late.uuid, "4.1", dt.date(2026, 10, 20))
    page.refresh()
    assert cell(page, late.uuid, "late") == "逾期答复" and cell(page, zhang.uuid, "late") == ""
    index = page.model.index(page.model.row_of(late.uuid), page.model.column_of("late"))
    assert index.data(0x0009) == OVERDUE_COLOUR  # Qt.ForegroundRole
    assert page.count_label.text() == "共 2 件申请，未办结 1 件，逾期 0 件，逾期答复 1 件"
    page.state_box.setCurrentIndex(page.state_box.findData(LATE))
    assert page.model.rowCount() == 1 and page.model.request_at(0).uuid == late.uuid
    page.select_request(late.uuid)
    assert "已办结 · （四）无法提供：1.本机关不掌握相关政府信息 · 逾期答复 11 个工作日" in page.detail.toPlainText()
    widget = UrgentRequests(request_session)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.late_label.isVisible()
    assert widget.late_label.text() == f"本年逾期答复 1 件：{late.display_number}（晚 11 个工作日）"


def test_a_consultation_past_the_third_partys_fifteen_days_is_warned(page: RequestsPage, zhang: Request) -> None:  # noqa: F811
    requests_of(page.session).consult(zhang.uuid, dt.date(2026, 9, 28), party="某企业")  # 15 working days: by 23 Oct
    page.session.set_today(dt.date(2026, 10, 26))
    page.refresh()
    page.select_request(zhang.uuid)
    assert "⚠ 第三方答复期限 2026-10-23 已过（15个工作日），答复期限恢复计算" in page.detail.toPlainText()
    assert cell(page, zhang.uuid, "due") == "2026-11-19"  # 29 Oct + 15 working days, no more
