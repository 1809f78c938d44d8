"""The record editor: picking the item, the due date computed as the date changes, what must be filled in,
the manual due date, channels from the item, and policy interpretations."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DECISION_LIMIT, item_id
from tests.ui.keyboard import type_text
from townshipdesk.core.deadlines import compute_deadline
from townshipdesk.core.disclosures import Record
from townshipdesk.ui.dialogs.record_editor import RecordEditor
from townshipdesk.ui.pages.records_page import RecordsPage
from townshipdesk.ui.session import Session


@pytest.fixture
def page(qtbot: QtBot, records_session: Session) -> RecordsPage:
    widget = RecordsPage(records_session)
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def save(qtbot: QtBot, editor: RecordEditor) -> None:
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a radio button or check box on its indicator (a wide button only reacts over its indicator and text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def pick(qtbot: QtBot, editor: RecordEditor, search: str, name: str) -> None:
    type_text(editor.item_search, search)
    qtbot.waitUntil(lambda: editor.item_count.text().startswith("找到"))
    row = next(r for r in range(editor.item_list.count()) if editor.item_list.item(r).text().endswith(name))
    rect = editor.item_list.visualItemRect(editor.item_list.item(row))
    qtbot.mouseClick(editor.item_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_new_record_gets_the_due_date_its_time_limit_gives(qtbot: QtBot, page: RecordsPage) -> None:
    expected = compute_deadline(DECISION_LIMIT, dt.date(2026, 9, 28), page.session.calendar).due
    assert expected == dt.date(2026, 10, 13)  # 7 working days, the National Day holiday and its 调休 counted

    editor = page.new_record()
    assert editor.isVisible()
    assert editor.item_label.text() == "请先在左侧选择公开事项"
    pick(qtbot, editor, "处罚决定", "行政处罚 / 处罚决定")
    assert editor.item_label.text() == "社会救助 / 行政处罚 / 处罚决定"
    elements = editor.elements.toPlainText()
    assert DECISION_LIMIT in elements and "处罚对象、事由、依据、结果" in elements and "政府网站" in elements

    assert editor.formed_edit.date() == QDate(2026, 10, 20)  # today
    editor.formed_edit.setDate(QDate(2026, 9, 28))
    assert "2026-10-13（星期二）" in editor.due_label.text()
    assert "估算" not in editor.due_label.text()
    type_text(editor.title_edit, "关于对某养殖场违规排污的行政处罚决定")
    type_text(editor.doc_number_edit, "示罚决〔2026〕3号")
    assert editor.channels() == ["政府网站"]  # the item's channels, ticked
    editor.check_channel("信息公示栏")
    save(qtbot, editor)

    assert not editor.isVisible()
    record = page.current_record()
    assert record is not None and record.title == "关于对某养殖场违规排污的行政处罚决定"
    assert record.due_date == "2026-10-13" and not record.due_estimated
    assert record.channels == ["政府网站", "信息公示栏"]
    assert record.doc_number == "示罚决〔2026〕3号"
    assert page.count_label.text() == "共 1 条记录"
    row = page.table.currentIndex().row()
    assert page.model.index(row, page.model.column_of("due_date")).data() == "2026-10-13"
    assert page.model.index(row, page.model.column_of("reminder")).data() == "逾期 7 天"


def test_the_due_date_follows_the_formed_date_and_warns_when_estimated(qtbot: QtBot, page: RecordsPage) -> None:
    editor = page.new_record(item_id(page.session, "行政处罚 / 处罚决定"))
    assert editor.item_label.text() == "社会救助 / 行政处罚 / 处罚决定"
    editor.formed_edit.setDate(QDate(2026, 10, 9))
    assert "2026-10-19（星期一）" in editor.due_label.text()  # Saturday 10-10 is a 调休 working day
    editor.formed_edit.setDate(QDate(2027, 3, 1))  # 2027's holidays are not published
    due = compute_deadline(DECISION_LIMIT, dt.date(2027, 3, 1), page.session.calendar)
    assert due.estimated
    assert due.due is not None and due.due.isoformat() in editor.due_label.text()
    assert "估算" in editor.due_label.text() and "调休未知" in editor.due_label.text()
    editor.reject()


def test_an_attribute_other_than_publication_needs_a_reason(qtbot: QtBot, page: RecordsPage) -> None:
    editor = page.new_record(item_id(page.session, "最低生活保障 / 审核确认结果"))
    type_text(editor.title_edit, "低保对象家庭经济状况核查材料")
    tick(qtbot, editor.attribute_buttons["此件不公开"])
    save(qtbot, editor)
    assert editor.isVisible()
    assert editor.problems_text() == "• 公开属性为“此件不公开”时必须填写理由"
    type_text(editor.attribute_reason, "涉及个人隐私")
    save(qtbot, editor)
    assert not editor.isVisible()
    record = page.current_record()
    assert record is not None and (record.attribute, record.attribute_reason) == ("此件不公开", "涉及个人隐私")


def test_nothing_chosen_says_what_is_missing(qtbot: QtBot, page: RecordsPage) -> None:
    editor = page.new_record()
    save(qtbot, editor)
    assert editor.isVisible()
    assert editor.problems_text() == "• 请选择公开事项\n• 请填写标题"
    editor.reject()


def test_a_due_date_set_by_hand_needs_a_reason(qtbot: QtBot, page: RecordsPage) -> None:
    editor = page.new_record(item_id(page.session, "行政处罚 / 处罚决定"))
    type_text(editor.title_edit, "行政处罚决定（延期公开）")
    editor.formed_edit.setDate(QDate(2026, 10, 15))
    tick(qtbot, editor.override_box)
    editor.override_date.setDate(QDate(2026, 11, 6))
    save(qtbot, editor)
    assert editor.problems_text() == "• 手工指定截止日必须填写理由"
    type_text(editor.override_reason, "县政务公开办通知统一延期")
    save(qtbot, editor)
    assert not editor.isVisible()
    record = page.current_record()
    assert record is not None
    assert (record.due_date, record.due_computed, record.due_reason) == ("2026-11-06", "2026-10-26", "县政务公开办通知统一延期")
    row = page.table.currentIndex().row()
    assert page.model.index(row, page.model.column_of("due_date")).data() == "2026-11-06（手工）"
    assert "手工指定，理由：县政务公开办通知统一延期" in page.detail.toPlainText()


def test_a_policy_interpretation_is_due_three_working_days_after_the_policy(qtbot: QtBot, page: RecordsPage) -> None:
    records = page.session.records
    policy: Record = records.add(item_id(page.session, "最低生活保障 / 办事指南"), "关于调整城乡低保标准的通知", "2026-09-25")
    page.refresh()
    editor = page.new_record(item_id(page.session, "最低生活保障 / 办事指南"))
    type_text(editor.title_edit, "《关于调整城乡低保标准的通知》政策解读")
    tick(qtbot, editor.interpretation_box)
    assert editor.policy_box.isEnabled()
    editor.policy_box.setCurrentIndex(editor.policy_box.findData(policy.uuid))
    expected = page.session.calendar.add_workdays(dt.date(2026, 9, 25), 3)
    assert expected == dt.date(2026, 9, 30)
    assert "2026-09-30" in editor.due_label.text() and "政策尚未发布" in editor.due_label.text()
    save(qtbot, editor)
    assert not editor.isVisible()
    record = page.current_record()
    assert record is not None and record.kind == "interpretation" and record.policy_uuid == policy.uuid
    assert record.due_date == "2026-09-30"
    assert "政策解读：关于调整城乡低保标准的通知" in page.detail.toPlainText()


def test_a_published_record_takes_only_notes(qtbot: QtBot, page: RecordsPage) -> None:
    records = page.session.records
    record = records.add(item_id(page.session, "政府采购 / 采购结果"), "办公用品采购结果", "2026-10-08")
    records.submit(record.uuid)
    records.review(record.uuid, "secrecy", "王建国")
    records.review(record.uuid, "release", "李红梅")
    records.publish(record.uuid, "2026-10-09")
    page.refresh()
    assert page.show_record(record.uuid)
    editor = page.edit_record()
    assert editor is not None
    assert editor.windowTitle() == f"修改公开记录 {record.number}"
    assert not editor.title_edit.isEnabled() and not editor.formed_edit.isEnabled()
    assert editor.problems_text() == "此记录已发布，只能补充备注。"
    type_text(editor.notes_edit, "已同步在乡镇公众号转发")
    save(qtbot, editor)
    assert not editor.isVisible()
    assert records.get(record.uuid).notes == "已同步在乡镇公众号转发"
    assert records.get(record.uuid).state == "published"


def test_an_event_item_asks_for_the_event_date_and_counts_back_from_it(qtbot: QtBot, page: RecordsPage) -> None:
    from townshipdesk.core.catalog import CatalogItem

    session = page.session
    item = session.catalog.add_item(CatalogItem(
        domain="征地补偿", level1="征地公告", level2="补偿安置方案公告", content="补偿标准、安置方式",
        basis="《中华人民共和国土地管理法实施条例》第二十七条", time_limit="开始日前20日发布公告", body="乡镇人民政府",
        channels=["政府网站"], audience=["全社会"], mode=["主动"], tiers=["乡级"]))
    editor = RecordEditor(session, item_uuid=item.uuid)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.event_edit.isVisible() and not editor.event_edit.isEnabled()
    assert "需要事件日期" in editor.due_label.text()  # never counted forwards from the formed date
    type_text(editor.title_edit, "征地补偿安置方案公告")
    tick(qtbot, editor.event_box)
    editor.event_edit.setDate(QDate(2026, 10, 21))
    assert "2026-09-30" in editor.due_label.text()  # 1 October is 国庆: moved earlier
    save(qtbot, editor)
    record = editor.saved
    assert record is not None and (record.event_date, record.due_date) == ("2026-10-21", "2026-09-30")

    plain = RecordEditor(session, item_uuid=item_id(session, "行政处罚 / 处罚决定"))
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.event_edit.isVisible()  # an ordinary 时限 has no event date
