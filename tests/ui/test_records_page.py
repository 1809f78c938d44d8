"""公开记录 page: filtering, the lazily loaded table, the review cycle through the buttons, refusals shown in a
message box, attachments dropped in and opened, and the history in Chinese and China time."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.conftest import item_id
from tests.ui.keyboard import type_text
from townshipdesk.core.disclosures import Record
from townshipdesk.core.store import utc_now
from townshipdesk.io.attachments import stored_path
from townshipdesk.ui.dialogs.record_editor import RecordEditor
from townshipdesk.ui.main_window import MainWindow
from townshipdesk.ui.models.records import OVERDUE_COLOUR, PAGE_SIZE
from townshipdesk.ui.pages.records_page import RecordsPage
from townshipdesk.ui.session import Session
from townshipdesk.wording.display import china_time

PURCHASE = "政府采购 / 采购结果"
GUIDE = "最低生活保障 / 办事指南"
RESULT = "最低生活保障 / 审核确认结果"


@pytest.fixture
def sample_records(records_session: Session) -> dict[str, Record]:
    records = records_session.records
    made = {
        "purchase": records.add(item_id(records_session, PURCHASE), "镇卫生院设备采购中标结果", "2026-10-12",
                                doc_number="ZC-2026-031"),
        "guide": records.add(item_id(records_session, GUIDE), "2026年低保办事指南（修订）", "2026-09-22"),
        "secret": records.add(item_id(records_session, RESULT), "9月低保个案复核", "2026-09-30",
                              attribute="此件不公开", attribute_reason="涉及个人隐私"),
        "old": records.add(item_id(records_session, GUIDE), "2025年低保办事指南", "2025-03-03", notes="已被新版替代"),
    }
    records.submit(made["guide"].uuid)
    return made


@pytest.fixture
def page(qtbot: QtBot, records_session: Session, sample_records: dict[str, Record]) -> RecordsPage:
    widget = RecordsPage(records_session)
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def titles(page: RecordsPage) -> list[str]:
    col = page.model.column_of("title")
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def cell(page: RecordsPage, row: int, column: str) -> str:
    return page.model.index(row, page.model.column_of(column)).data()


def select(qtbot: QtBot, page: RecordsPage, title: str) -> Record:
    row = titles(page).index(title)
    rect = page.table.visualRect(page.model.index(row, page.model.column_of("title")))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    record = page.current_record()
    assert record is not None and record.title == title
    return record


def click(qtbot: QtBot, button) -> None:  # noqa: ANN001 - a QPushButton
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# ---- the list -----------------------------------------------------------------------------------------------
def test_all_records_newest_first_with_the_overdue_one_marked(page: RecordsPage) -> None:
    assert page.count_label.text() == "共 4 条记录"
    assert titles(page) == ["镇卫生院设备采购中标结果", "9月低保个案复核", "2026年低保办事指南（修订）", "2025年低保办事指南"]
    assert cell(page, 0, "due_date") == "2026-10-14"
    assert cell(page, 0, "reminder") == "逾期 6 天"
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert cell(page, 2, "state") == "待审核"
    assert cell(page, 2, "reminder") == "还剩 5 个工作日"
    assert cell(page, 1, "attribute") == "此件不公开"
    assert cell(page, 1, "reminder") == ""  # not to be disclosed: never overdue
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers[:6] == ["编号", "形成日期", "标题", "截止日", "提醒", "状态"]
    # The number a clerk says on the phone: per year of formation, in the order entered.
    assert [cell(page, r, "number") for r in range(4)] == ["2026-0001", "2026-0003", "2026-0002", "2025-0001"]


def test_filters_by_domain_state_attribute_date_and_text(qtbot: QtBot, page: RecordsPage) -> None:
    page.domain_box.setCurrentIndex(page.domain_box.findText("财政预决算"))
    assert titles(page) == ["镇卫生院设备采购中标结果"]
    assert page.count_label.text() == "找到 1 条记录"

    page.domain_box.setCurrentIndex(page.domain_box.findText("社会救助"))
    page.state_box.setCurrentIndex(page.state_box.findText("待审核"))
    assert titles(page) == ["2026年低保办事指南（修订）"]

    page.state_box.setCurrentIndex(0)
    page.attribute_box.setCurrentIndex(page.attribute_box.findText("此件不公开"))
    assert titles(page) == ["9月低保个案复核"]

    page.attribute_box.setCurrentIndex(0)
    page.date_box.setChecked(True)
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2026, 9, 29))
    assert titles(page) == ["2026年低保办事指南（修订）"]

    page.clear_button.click()
    assert page.count_label.text() == "共 4 条记录"
    type_text(page.search_edit, "办事指南")
    qtbot.waitUntil(lambda: page.count_label.text() == "找到 2 条记录")
    assert titles(page) == ["2026年低保办事指南（修订）", "2025年低保办事指南"]
    page.search_edit.clear()
    type_text(page.search_edit, "ZC-2026")  # the 文号 is searched too
    qtbot.waitUntil(lambda: titles(page) == ["镇卫生院设备采购中标结果"])
    page.search_edit.clear()
    type_text(page.search_edit, "替代")  # and the notes
    qtbot.waitUntil(lambda: titles(page) == ["2025年低保办事指南"])
    page.search_edit.clear()
    type_text(page.search_edit, "2026-0003")  # and the number
    qtbot.waitUntil(lambda: titles(page) == ["9月低保个案复核"])


def test_a_large_table_is_loaded_a_page_at_a_time(qtbot: QtBot, records_session: Session) -> None:
    item = item_id(records_session, GUIDE)
    now = utc_now()
    with records_session.db.transaction() as conn:
        conn.executemany(
            "INSERT INTO disclosures (uuid, item_uuid, title, formed_date, due_date, due_computed, channels, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, '[]', ?, ?)",
            [(str(uuid.uuid4()), item, f"记录{n:04d}", f"2026-{2 + n % 8:02d}-{1 + n % 27:02d}", "2026-10-30",
              "2026-10-30", now, now) for n in range(PAGE_SIZE * 5)])
        conn.execute("UPDATE disclosures SET formed_date = '2026-01-05' WHERE title = '记录0999'")  # the oldest
    page = RecordsPage(records_session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.total == 1000
    assert page.model.rowCount() == PAGE_SIZE
    assert page.count_label.text() == "共 1000 条记录"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE * 2)

    # Opening a record far down the list (as from the 工作台) narrows the filter to it rather than load everything.
    oldest = page.session.records.list(text="记录0999")[0]
    assert page.show_record(oldest.uuid)
    assert page.current_record() is not None and page.current_record().uuid == oldest.uuid  # type: ignore[union-attr]
    assert page.domain_box.currentText() == "社会救助" and page.date_box.isChecked()
    assert page.date_from.date() == QDate(2026, 1, 5) and page.date_to.date() == QDate(2026, 1, 5)
    assert page.count_label.text() == "找到 1 条记录"

    page.clear_filters()
    assert page.model.rowCount() == PAGE_SIZE
    ModelTester(qtbot).check(page.model)  # Qt's own model checks, fetching pages as a view would


# ---- the review cycle ---------------------------------------------------------------------------------------
def test_the_whole_review_cycle_through_the_buttons(qtbot: QtBot, page: RecordsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    select(qtbot, page, "镇卫生院设备采购中标结果")
    assert not page.secrecy_button.isEnabled() and not page.release_button.isEnabled()
    assert not page.return_button.isEnabled()
    click(qtbot, page.submit_button)
    assert cell(page, 0, "state") == "待审核"
    assert not page.submit_button.isEnabled()

    type_text(page.reviewer_edit, "王建国")
    click(qtbot, page.secrecy_button)
    assert "王建国 通过" in page.detail.toPlainText()
    assert not page.secrecy_button.isEnabled()
    assert cell(page, 0, "state") == "待审核"  # the release review is still to come

    page.reviewer_edit.clear()
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda parent, title, label, *args, **kwargs: (asked.append(label), ("李红梅", True))[1])
    click(qtbot, page.release_button)  # no name in the box: asked for one
    assert asked == ["审查人姓名："]
    assert page.reviewer_edit.text() == "李红梅"
    assert cell(page, 0, "state") == "已审核"

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("2026-10-20", True))
    click(qtbot, page.publish_button)
    assert cell(page, 0, "state") == "已发布"
    assert cell(page, 0, "publish_date") == "2026-10-20"
    assert cell(page, 0, "reminder") == ""  # published: no longer overdue
    assert not page.publish_button.isEnabled() and not page.submit_button.isEnabled()

    history = [page.history.item(i).text() for i in range(page.history.count())]  # newest first
    heads = [h.split("\n")[0] for h in history]
    assert [h.split("　")[1].split("（")[0] for h in heads] == [
        "登记发布", "发布审查通过", "保密审查通过", "提交审核", "新增记录"]
    assert "状态：已审核 → 已发布" in history[0] and "发布日期：2026-10-20" in history[0]
    assert "审查人：李红梅" in history[1] and "状态：待审核 → 已审核" in history[1]
    assert "状态：草稿 → 待审核" in history[3]
    stored = page.session.records.history(page.current_record().uuid)  # type: ignore[union-attr]
    assert heads[-1].split("　")[0] == china_time(stored[0]["at"])  # UTC stored, China time shown
    assert page.session.records.get(page.current_record().uuid).state == "published"  # type: ignore[union-attr]


def test_return_asks_for_the_reason_and_shows_it(qtbot: QtBot, page: RecordsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    select(qtbot, page, "2026年低保办事指南（修订）")
    type_text(page.reviewer_edit, "王建国")
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args, **kwargs: ("附件中的电话号码已停用，请更新", True))
    click(qtbot, page.return_button)
    record = page.current_record()
    assert record is not None and record.state == "returned"
    assert cell(page, titles(page).index("2026年低保办事指南（修订）"), "state") == "退回"
    assert "退回意见" in page.detail.toPlainText() and "附件中的电话号码已停用，请更新" in page.detail.toPlainText()
    assert page.history.item(0).text().split("\n")[0].endswith("保密审查退回（" + record_actor(page) + "）")
    assert page.submit_button.isEnabled()  # back to the clerk, who may submit again


def record_actor(page: RecordsPage) -> str:
    record = page.current_record()
    assert record is not None
    return page.session.records.history(record.uuid)[-1]["actor"]


def test_publishing_before_the_reviews_is_refused_with_the_reason(qtbot: QtBot, page: RecordsPage,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    select(qtbot, page, "镇卫生院设备采购中标结果")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("2026-10-21", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append((title, text)))
    click(qtbot, page.publish_button)
    assert shown == [("登记发布", "未完成保密审查和发布审查，不能发布")]
    assert cell(page, 0, "state") == "草稿"
    assert page.session.records.get(page.current_record().uuid).publish_date is None  # type: ignore[union-attr]


def test_a_record_not_to_be_disclosed_cannot_be_published(qtbot: QtBot, page: RecordsPage) -> None:
    select(qtbot, page, "9月低保个案复核")
    assert not page.publish_button.isEnabled()
    assert "涉及个人隐私" in page.detail.toPlainText()


# ---- attachments ----------------------------------------------------------------------------------------------
def test_a_dropped_file_is_stored_attached_listed_and_opens(qtbot: QtBot, page: RecordsPage, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    select(qtbot, page, "镇卫生院设备采购中标结果")
    source = tmp_path / "中标通知书.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    viewport = page.attachments.viewport()
    at = QPointF(viewport.rect().center())
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert QApplication.sendEvent(viewport, enter) and enter.isAccepted()  # files are welcome here
    drop = QDropEvent(at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)

    assert page.attachments.count() == 1
    assert page.attachments.item(0).text().startswith("中标通知书.pdf（13 字节，")
    assert page.tabs.tabText(0) == "附件（1）"
    files = page.session.records.files(page.current_record().uuid)  # type: ignore[union-attr]
    assert [f["filename"] for f in files] == ["中标通知书.pdf"]
    assert stored_path(page.session.data_dir, files[0]["sha256"]).read_bytes() == b"%PDF-1.4 test"
    assert "添加附件" in page.history.item(0).text() and "文件：中标通知书.pdf" in page.history.item(0).text()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.attachments.setCurrentRow(0)
    page.attachments.itemActivated.emit(page.attachments.item(0))
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "中标通知书.pdf" and copy.read_bytes() == b"%PDF-1.4 test"


def test_a_missing_attachment_file_is_reported(qtbot: QtBot, page: RecordsPage, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    select(qtbot, page, "镇卫生院设备采购中标结果")
    source = tmp_path / "名单.xlsx"
    source.write_bytes(b"xlsx")
    assert page.add_attachments([source]) == 1
    stored_path(page.session.data_dir, page.attachments.file_at(0)["sha256"]).unlink()  # type: ignore[index]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    assert page.open_attachment(0) is None
    assert len(shown) == 1 and "名单.xlsx" in shown[0] and "请重新添加该附件" in shown[0]


def test_without_a_selected_record_nothing_can_be_attached(page: RecordsPage) -> None:
    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(-1, -1))
    assert not page.attachments.isEnabled()
    assert not page.submit_button.isEnabled()


# ---- editing from the page ------------------------------------------------------------------------------------
def test_editing_a_pending_record_sends_it_back_to_draft_and_the_history_says_what_changed(
        qtbot: QtBot, page: RecordsPage) -> None:
    select(qtbot, page, "2026年低保办事指南（修订）")
    editor = page.edit_record()
    assert editor is not None
    editor.title_edit.clear()
    type_text(editor.title_edit, "2026年最低生活保障办事指南（修订版）")
    editor.accept()
    assert not editor.isVisible()
    row = titles(page).index("2026年最低生活保障办事指南（修订版）")
    assert cell(page, row, "state") == "草稿"
    entry = page.history.item(0).text()
    assert "修改" in entry.split("\n")[0]
    assert "标题：2026年低保办事指南（修订） → 2026年最低生活保障办事指南（修订版）" in entry
    assert "状态：待审核 → 草稿" in entry


def test_ctrl_n_on_the_records_page_opens_a_new_record(qtbot: QtBot, records_session: Session) -> None:
    window = MainWindow(records_session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.show_page("records")
    assert isinstance(page, RecordsPage)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.findChild(RecordEditor)
    assert editor is not None and editor.isVisible()
    assert editor.windowTitle() == "新增公开记录"
    editor.reject()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is page and page.search_edit.hasFocus()


def test_the_history_reads_the_audit_detail_as_stored() -> None:
    # The core writes changes as [old, new]; the list shows them with an arrow and field names in Chinese.
    from townshipdesk.wording.records import change_lines

    detail = {"channels": [["政府网站"], ["政府网站", "村务公开栏"]], "notes": ["", "补充说明"]}
    assert change_lines(detail) == ["公开渠道：政府网站 → 政府网站、村务公开栏", "备注：（空） → 补充说明"]
