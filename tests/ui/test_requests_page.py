"""依申请公开: the clerk registers a request and sees its statutory due date, records each step with its date,
closes it with a national outcome category, sees the core's refusal of an impossible step, and prints the letters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY, open_dashboard
from tests.ui.keyboard import type_text
from townshipdesk.core.requests import Request
from townshipdesk.ui.dialogs.letter_dialog import LetterDialog
from townshipdesk.ui.dialogs.record_editor import to_qdate
from townshipdesk.ui.dialogs.request_dialogs import CloseDialog, NewRequestDialog, StepDialog, requests_of
from townshipdesk.ui.models.records import OVERDUE_COLOUR, SOON_COLOUR
from townshipdesk.ui.pages.requests_page import RequestsPage
from townshipdesk.ui.session import Session
from townshipdesk.ui.widgets.urgent_requests import UrgentRequests

PREVIEW_TIMEOUT_MS = 15_000


@pytest.fixture
def request_session(session: Session) -> Session:
    session.set_today(TODAY)  # Tuesday 2026-10-20
    return session


@pytest.fixture
def page(qtbot: QtBot, request_session: Session) -> RequestsPage:
    widget = RequestsPage(request_session)
    qtbot.addWidget(widget)
    widget.resize(1160, 740)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def zhang(request_session: Session) -> Request:
    """张三's request received on Friday 2026-09-25, before the National Day holiday."""
    return requests_of(request_session).add(dt.date(2026, 9, 25), "natural", channel="网络", name="张三",
                                             contact="13812345678", content="2025年城乡低保资金发放明细")


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    return shown


def cell(page: RequestsPage, row: int, column: str) -> str:
    return page.model.index(row, page.model.column_of(column)).data()


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def open_step(qtbot: QtBot, page: RequestsPage, key: str) -> StepDialog:
    click(qtbot, page.step_buttons[key])
    dialog = page._dialogs[-1]
    assert isinstance(dialog, StepDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_registering_a_request_shows_its_statutory_due_date(qtbot: QtBot, page: RequestsPage) -> None:
    click(qtbot, page.new_button)
    dialog = page._dialogs[-1]
    assert isinstance(dialog, NewRequestDialog)
    qtbot.waitExposed(dialog)
    dialog.received_edit.setDate(to_qdate(dt.date(2026, 9, 25)))
    # 20 working days after Friday 25 September skip the 1–8 October holiday and count Saturday 10 October (调休).
    assert "答复期限：2026-10-29（星期四）" in dialog.due_label.text()
    assert "最迟 2026-10-12 发出补正通知" in dialog.due_label.text()
    type_text(dialog.name_edit, "张三")
    dialog.contact_edit.setText("13812345678")
    type_text(dialog.content_edit, "2025年城乡低保资金发放明细")
    dialog.channel_box.setCurrentIndex(dialog.channel_box.findData("网络"))
    click(qtbot, dialog.ok_button)

    assert page.model.rowCount() == 1
    assert cell(page, 0, "received") == "2026-09-25"
    assert cell(page, 0, "applicant_type") == "自然人"
    assert cell(page, 0, "applicant") == "张三 138****5678"  # the contact is masked in the list
    assert cell(page, 0, "channel") == "网络"
    assert cell(page, 0, "state") == "办理中"
    assert cell(page, 0, "due") == "2026-10-29"
    assert cell(page, 0, "days_left") == "7"
    assert page.current_request() is not None and page.current_request().applicant_contact == "13812345678"
    detail = page.detail.toPlainText()
    assert "答复期限 2026-10-29（星期四） = 收到申请 2026-09-25 + 20 个工作日" in detail
    assert page.count_label.text() == "共 1 件申请，未办结 1 件，逾期 0 件"


def test_a_correction_notice_pauses_the_clock_until_the_corrected_request(qtbot: QtBot, page: RequestsPage,
                                                                         zhang: Request) -> None:
    page.refresh()
    page.select_request(zhang.uuid)
    dialog = open_step(qtbot, page, "correct")
    assert "最迟 2026-10-12" in dialog.findChild(type(page.count_label), "note").text()
    dialog.set_day(dt.date(2026, 9, 29))
    click(qtbot, dialog.ok_button)
    assert cell(page, 0, "state") == "待补正"
    assert cell(page, 0, "due") == "待补正后计算"
    assert cell(page, 0, "days_left") == "暂停"
    assert "答复期限暂停" in page.detail.toPlainText()
    assert page.status_label.text() == f"已登记：补正通知 2026-09-29（申请 {zhang.display_number}）"

    dialog = open_step(qtbot, page, "corrected")
    dialog.set_day(dt.date(2026, 10, 12))
    click(qtbot, dialog.ok_button)
    assert cell(page, 0, "state") == "办理中"
    assert cell(page, 0, "due") == "2026-11-09"  # 20 working days from Monday 12 October
    assert "收到补正 2026-10-12 + 20 个工作日" in page.detail.toPlainText()


def test_consultation_days_are_not_counted(qtbot: QtBot, page: RequestsPage, zhang: Request) -> None:
    page.refresh()
    page.select_request(zhang.uuid)
    dialog = open_step(qtbot, page, "consult")
    dialog.set_day(dt.date(2026, 10, 12))
    type_text(dialog.party_edit, "县民政局")
    dialog.end_box.setChecked(True)
    dialog.end_edit.setDate(to_qdate(dt.date(2026, 10, 16)))
    click(qtbot, dialog.ok_button)
    # Letter on 12 Oct; the consulted office's days 13–16 Oct are not counted: 2026-10-29 + 4 working days.
    assert cell(page, 0, "due") == "2026-11-04"
    detail = page.detail.toPlainText()
    assert "征求县民政局意见；4 个工作日不计入答复期限；第三方应于 2026-11-02 前答复" in detail
    assert "+ 征求意见 4 个工作日" in detail


def test_closing_with_an_outcome_category(qtbot: QtBot, page: RequestsPage, zhang: Request) -> None:
    page.refresh()
    page.select_request(zhang.uuid)
    assert not page.letter_buttons["decision"].isEnabled()
    click(qtbot, page.step_buttons["close"])
    dialog = page._dialogs[-1]
    assert isinstance(dialog, CloseDialog)
    groups = [dialog.group_box.itemText(i) for i in range(dialog.group_box.count())]
    assert groups == ["（一）予以公开", "（二）部分公开", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"]
    dialog.group_box.setCurrentIndex(2)
    assert dialog.reason_box.count() == 8 and dialog.reason_box.isEnabled()
    dialog.reason_box.setCurrentIndex(3)
    assert dialog.outcome() == "3.4"
    dialog.decision_edit.setDate(to_qdate(dt.date(2026, 10, 16)))
    dialog.served_box.setChecked(True)
    dialog.served_edit.setDate(to_qdate(dt.date(2026, 10, 19)))
    click(qtbot, dialog.ok_button)

    assert cell(page, 0, "state") == "已办结"
    assert cell(page, 0, "days_left") == "已办结"
    detail = page.detail.toPlainText()
    assert "（三）不予公开：4.保护第三方合法权益；按期答复" in detail
    assert page.letter_buttons["decision"].isEnabled()
    assert not page.step_buttons["accept"].isEnabled()  # a closed request takes no more steps


def test_an_impossible_step_shows_the_core_refusal(qtbot: QtBot, page: RequestsPage, zhang: Request,
                                                   refusals: list[str]) -> None:
    page.refresh()
    page.select_request(zhang.uuid)
    dialog = open_step(qtbot, page, "serve")
    click(qtbot, dialog.ok_button)
    assert refusals == ["尚未登记办理结果（request close），不能登记送达"]
    assert dialog.isVisible()  # stays open, so the clerk can cancel or correct the date
    dialog.reject()

    dialog = open_step(qtbot, page, "accept")
    dialog.set_day(dt.date(2026, 9, 20))
    click(qtbot, dialog.ok_button)
    assert refusals[-1] == "受理日期（2026-09-20）不能早于收到日期（2026-09-25）"
    dialog.set_day(dt.date(2026, 9, 28))
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert "2026-09-28" in page.detail.toPlainText()

    for day in (dt.date(2026, 10, 19), dt.date(2026, 10, 20)):
        dialog = open_step(qtbot, page, "extend")
        dialog.set_day(day)
        click(qtbot, dialog.ok_button)
    assert refusals[-1] == "《条例》只允许延期一次（已于 2026-10-19 延期）"
    dialog.reject()
    assert cell(page, 0, "due") == "2026-11-26"


def test_letters_are_edited_previewed_and_saved_as_pdf(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                       page: RequestsPage, zhang: Request, refusals: list[str]) -> None:
    service = requests_of(page.session)
    service.close(zhang.uuid, "3.4", dt.date(2026, 10, 16))
    page.refresh()
    page.select_request(zhang.uuid)
    assert not page.letter_buttons["extension"].isEnabled()
    click(qtbot, page.letter_buttons["decision"])
    dialog = page._dialogs[-1]
    assert isinstance(dialog, LetterDialog)
    assert dialog.title_edit.text() == "政府信息公开申请答复告知书"
    assert dialog.issuer_edit.text() == "测试镇人民政府"
    lines = dialog.paragraphs_edit.toPlainText().splitlines()
    assert lines[0] == "张三："
    assert "上一级行政机关申请行政复议" in lines[-2]
    type_text(dialog.authority_edit, "某某县人民政府")  # the text follows while untouched
    assert "向某某县人民政府申请行政复议" in dialog.paragraphs_edit.toPlainText()
    with qtbot.waitSignal(dialog.preview_shown, timeout=PREVIEW_TIMEOUT_MS):
        dialog.paragraphs_edit.append("联系人：李红梅")
    assert not dialog.page_preview.label.pixmap().isNull()

    target = tmp_path / "答复告知书.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    click(qtbot, dialog.save_button)
    assert target.exists()
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "政府信息公开申请答复告知书" in text
    assert "张三" in text and "某某县人民政府" in text and "联系人：李红梅" in text
    assert page.session.ui_settings().value("requests/authority") == "某某县人民政府"
    assert dialog.status_label.text() == f"已保存：{target}"
    dialog.reject()
    assert refusals == []

    # The extension notice needs a recorded extension: the core says so, nothing opens.
    monkeypatch.setattr(page.letter_buttons["extension"], "isEnabled", lambda: True)
    assert page.open_letter("extension") is None
    assert refusals == ["此申请尚未登记延期（request extend）"]


def test_filters_and_colours(qtbot: QtBot, page: RequestsPage, zhang: Request) -> None:
    service = requests_of(page.session)
    late = service.add(dt.date(2026, 9, 1), "commercial", channel="邮寄", name="某某建设公司",
                       content="集镇污水处理工程中标结果")  # due 2026-09-29: overdue on TODAY
    service.add(dt.date(2026, 10, 19), "natural", content="耕地地力保护补贴标准")
    page.refresh()
    assert page.model.rowCount() == 3
    row = page.model.row_of(late.uuid)
    assert cell(page, row, "days_left") == "逾期 11"  # working days since 2026-09-29, across the holiday
    assert page.model.index(row, page.model.column_of("days_left")).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    soon = page.model.row_of(zhang.uuid)  # 7 working days left: not coloured yet
    assert page.model.index(soon, page.model.column_of("days_left")).data(Qt.ItemDataRole.ForegroundRole) is None
    page.session.set_today(dt.date(2026, 10, 22))
    assert cell(page, soon, "days_left") == "5"
    assert page.model.index(soon, page.model.column_of("days_left")).data(Qt.ItemDataRole.ForegroundRole) == SOON_COLOUR
    page.session.set_today(TODAY)
    page.overdue_box.setChecked(True)
    assert page.model.rowCount() == 1 and page.model.request_at(0).uuid == late.uuid
    assert page.count_label.text() == "显示 1 件；共 3 件申请，未办结 3 件，逾期 1 件"
    page.overdue_box.setChecked(False)
    type_text(page.search_edit, "低保")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.request_at(0).uuid == zhang.uuid
    page.clear_filters()
    assert page.model.rowCount() == 3


def test_the_overview_lists_overdue_and_soon_due_requests(qtbot: QtBot, request_session: Session, zhang: Request) -> None:
    service = requests_of(request_session)
    soon = service.add(dt.date(2026, 9, 22), "natural", content="耕地地力保护补贴标准")  # due 2026-10-27
    late = service.add(dt.date(2026, 9, 1), "legal", content="征地审批文件")  # due 2026-09-29
    widget = UrgentRequests(request_session)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.heading.text() == "依申请公开：即将到期/已逾期（2）"
    assert widget.uuids() == [late.uuid, soon.uuid]  # 张三's, 7 working days away, is not listed yet
    assert [widget.table.item(0, c).text() for c in range(4)] == ["2026-09-29", "已逾期 11 个工作日", "征地审批文件",
                                                                 "法律服务机构"]
    assert widget.table.item(0, 0).foreground().color() == OVERDUE_COLOUR
    assert widget.table.item(1, 1).text() == "还剩 5 个工作日"
    with qtbot.waitSignal(widget.open_request) as opened:
        widget.table.activated.emit(widget.table.model().index(1, 0))
    assert opened.args == [soon.uuid]

    service.close(late.uuid, "4.1", dt.date(2026, 10, 20))  # another page announces the change
    request_session.notify("requests")
    assert widget.uuids() == [soon.uuid]


def test_double_clicking_an_urgent_request_on_the_overview_opens_it(qtbot: QtBot, request_session: Session,
                                                                    zhang: Request) -> None:
    late = requests_of(request_session).add(dt.date(2026, 9, 1), "legal", content="征地审批文件")
    window, dashboard = open_dashboard(qtbot, request_session)
    section = dashboard.requests_section
    assert section.heading.text() == "依申请公开：即将到期/已逾期（1）"
    assert section.uuids() == [late.uuid]
    section.table.activated.emit(section.table.model().index(0, 2))
    page = window.stack.currentWidget()
    assert isinstance(page, RequestsPage) and window.current_key() == "requests"
    assert page.current_request() is not None and page.current_request().uuid == late.uuid

    # A step recorded on the register takes the request off the overview.
    page.overdue_box.setChecked(True)
    click(qtbot, page.step_buttons["close"])
    dialog = page._dialogs[-1]
    assert isinstance(dialog, CloseDialog)
    dialog.set_outcome("4.1")
    dialog.decision_edit.setDate(to_qdate(dt.date(2026, 10, 20)))
    click(qtbot, dialog.ok_button)
    assert page.current_request().uuid == late.uuid  # still shown: the overdue filter that hid it was cleared
    assert not page.overdue_box.isChecked()
    assert section.uuids() == []
    assert section.empty_label.text() == "没有逾期或5个工作日内到期的申请。"


def test_a_township_request_is_read_only_at_the_county(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.sync.conftest import make_office
    from townshipdesk.core.calendar_store import load_calendar
    from townshipdesk.core.requests import Requests
    from townshipdesk.sync.keys import export_card

    county = make_office(tmp_path, "某某县政府办", "county", "530902000000")
    east = make_office(tmp_path, "东镇", "township", "530902100000")
    try:
        export_card(county.db, county.data_dir, tmp_path / "county.card")
        east.sync.trust(tmp_path / "county.card")
        export_card(east.db, east.data_dir, tmp_path / "east.card")
        county.sync.trust(tmp_path / "east.card")
        request = Requests(east.db, load_calendar(east.db)).add(dt.date(2026, 10, 12), "natural", content="低保名单")
        east.sync.export_changes(tmp_path / "east.tdbundle")
        county.sync.import_bundle(tmp_path / "east.tdbundle")
        session = Session(county.data_dir, county.db, today=TODAY)
        widget = RequestsPage(session)
        qtbot.addWidget(widget)
        widget.show()
        assert widget.select_request(request.uuid)
        # The township's own number, with the 乡镇 it belongs to.
        assert widget.model.index(0, widget.model.column_of("id")).data() == "东镇 依申2026-001"
        assert not any(button.isEnabled() for button in widget.step_buttons.values())
        assert "只能由该乡镇办理" in widget.step_buttons["accept"].toolTip()
    finally:
        county.db.close()
        east.db.close()
