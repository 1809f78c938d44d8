"""制作公示单: the village cadre fills in a sheet and sees the printed page; a sheet the core refuses shows why
in place of the page; saving, printing and recording the posting use the same checked, masked sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tests.ui.keyboard import type_text
from townshipdesk.core.villages import Village
from townshipdesk.io.attachments import stored_path
from townshipdesk.ui.dialogs import live_preview
from townshipdesk.ui.dialogs.sheet_editor import SheetEditor
from townshipdesk.ui.pages.villages_page import VillagesPage
from townshipdesk.ui.session import Session

TEMP_AID = "临时救助对象名单及救助金额"
FINANCES = "村级财务收支情况"
PREVIEW_TIMEOUT_MS = 15_000


@pytest.fixture
def village_session(session: Session) -> Session:
    session.set_today(TODAY)  # 2026-10-20
    return session


@pytest.fixture
def dahe(village_session: Session) -> Village:
    return village_session.villages.add("530902100201", "大河村", groups=["大河一组", "大河二组"], phone="0871-6789123")


@pytest.fixture
def page(qtbot: QtBot, village_session: Session, dahe: Village) -> VillagesPage:
    widget = VillagesPage(village_session)
    qtbot.addWidget(widget)
    widget.resize(1160, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_editor(qtbot: QtBot, page: VillagesPage, item_name: str) -> SheetEditor:
    item = next(i for i in page.session.villages.items("大河村") if i.name == item_name)
    editor = page.new_sheet(item)
    assert editor is not None
    qtbot.waitExposed(editor)
    return editor


@pytest.fixture
def aid_workbook(tmp_path: Path) -> Path:
    """The list as a village keeps it in Excel: title row, header row, rows, a total row."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "临时救助"
    sheet.append(["大河村2026年第四季度临时救助对象名单"])
    sheet.append(["序号", "姓名", "村民小组", "身份证号码", "救助金额（元）", "备注"])
    sheet.append([1, "杨秀英", "大河一组", "530121195203150328", 1500, "因病"])
    sheet.append([2, "段𠇔", "大河二组", "53012119800808002X", 1200, "联系电话13508711234"])
    sheet.append(["合计", "", "", "", 2700, ""])
    path = tmp_path / "临时救助名单.xlsx"
    workbook.save(path)
    return path


def import_list(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, editor: SheetEditor, workbook: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(workbook), ""))
    qtbot.mouseClick(editor.namelist.import_button, Qt.MouseButton.LeftButton)


def wait_for_preview(qtbot: QtBot, editor: SheetEditor) -> None:
    qtbot.waitUntil(lambda: editor._job is None and not editor._timer.isActive() and editor.preview_status.text()
                    in ("预览已更新", "请按提示修改"), timeout=PREVIEW_TIMEOUT_MS)


def test_the_editor_starts_from_the_village_and_item(qtbot: QtBot, page: VillagesPage) -> None:
    editor = open_editor(qtbot, page, TEMP_AID)
    assert editor.windowTitle() == "制作公示单 — 大河村"
    assert editor.kind_box.currentText() == "名单"
    assert editor.title_edit.text() == "大河村2026年第四季度临时救助对象名单及救助金额公示"
    assert editor.board_edit.text() == "大河村村务公开栏"
    assert editor.issuer_edit.text() == "大河村村民委员会"
    assert editor.phone_edit.text() == "0871-6789123"
    # Posted Tuesday 20 October: the posting day is not counted, day 7 is Tuesday 27 October.
    assert editor.period_label.text() == "公示期：2026-10-20 至 2026-10-27"
    editor.working_box.click()  # 7 working days counted from Wednesday 21 October
    assert editor.period_label.text() == "公示期：2026-10-20 至 2026-10-29"
    assert open_editor(qtbot, page, FINANCES).kind_box.currentText() == "财务公开"


def test_enter_in_a_field_neither_adds_a_row_nor_closes_the_editor(qtbot: QtBot, page: VillagesPage) -> None:
    editor = open_editor(qtbot, page, TEMP_AID)
    rows = editor.namelist.table.rowCount()
    editor.title_edit.setFocus()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert editor.namelist.table.rowCount() == rows


def test_the_preview_shows_the_printed_name_list_with_ids_masked(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                                page: VillagesPage, aid_workbook: Path) -> None:
    editor = open_editor(qtbot, page, TEMP_AID)
    import_list(qtbot, monkeypatch, editor, aid_workbook)
    assert editor.namelist.columns() == ["序号", "姓名", "村民小组", "身份证号码", "救助金额（元）", "备注"]
    assert editor.namelist.table.rowCount() == 2  # the 合计 row is recomputed, not imported
    assert editor.status_label.text() == "已从“临时救助名单.xlsx”导入 2 行"
    type_text(editor.reviewers_edit, "李文、王芳")
    wait_for_preview(qtbot, editor)

    assert not editor.showing_error()
    pixmap = editor.preview_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 200 and pixmap.height() > pixmap.width()  # an A4 portrait page (the editor fits the 800-pixel test screen)
    assert editor.page_label.text() == "第 1 页 共 1 页"
    assert not editor.next_button.isEnabled()
    preview = editor.preview
    assert preview is not None
    assert preview.notice.reviewers == ["李文", "王芳"]
    assert [row[3] for row in preview.notice.rows] == ["5301**********0328", "5301**********002X"]
    assert preview.notice.rows[1][5] == "联系电话135****1234"  # a mobile number typed into 备注 is masked too
    text = PdfReader(str(preview.pdf)).pages[0].extract_text()
    assert "5301**********0328" in text and "530121195203150328" not in text
    assert "13508711234" not in text

    editor.landscape_box.click()  # a change re-renders after the pause
    wait_for_preview(qtbot, editor)
    assert editor.preview_label.pixmap().width() > 0
    assert editor.preview is not None and editor.preview.pdf != preview.pdf


def test_a_finance_statement_that_does_not_add_up_shows_why_instead_of_the_page(qtbot: QtBot, page: VillagesPage) -> None:
    editor = open_editor(qtbot, page, FINANCES)
    editor.finance.set_data("125,400.00", [("上级转移支付", "80000.00"), ("集体资产租赁收入", "12600.50")],
                            [("村干部误工补贴", "36000.00"), ("道路维修", "21500.00"), ("办公费用", "3200.50")], "")
    qtbot.keyClicks(editor.finance.closing_edit, "157000.00")
    wait_for_preview(qtbot, editor)

    assert editor.showing_error()
    assert editor.error_label.isVisible()
    assert editor.error_label.text() == (
        "无法生成公示单：账目不平：上期结余 125,400.00 + 本期收入 92,600.50 − 本期支出 60,700.50 = 157,300.00，"
        "与本期结余 157,000.00 不符，未生成 PDF")
    assert editor.page_label.text() == ""

    qtbot.mouseClick(editor.finance.compute_button, Qt.MouseButton.LeftButton)
    assert editor.finance.closing_edit.text() == "157,300.00"
    wait_for_preview(qtbot, editor)
    assert not editor.showing_error()
    assert not editor.preview_label.pixmap().isNull()


def test_a_name_no_font_can_draw_is_named_before_anything_prints(qtbot: QtBot, page: VillagesPage) -> None:
    editor = open_editor(qtbot, page, TEMP_AID)
    editor.namelist.set_data(["序号", "姓名", "金额（元）"], [["", "王\U00031350", "500"]])
    wait_for_preview(qtbot, editor)
    assert editor.showing_error()
    assert editor.error_label.text().startswith("无法生成公示单：第1行“姓名”中的字符“\U00031350”（U+31350）没有任何字体能显示")


def test_saving_writes_a_real_pdf_with_the_masked_id(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                     page: VillagesPage, aid_workbook: Path) -> None:
    editor = open_editor(qtbot, page, TEMP_AID)
    import_list(qtbot, monkeypatch, editor, aid_workbook)
    editor.paper_box.setCurrentIndex(editor.paper_box.findText("A3"))
    target = tmp_path / "出" / "大河村临时救助名单"
    target.parent.mkdir()
    suggested: list[str] = []

    def choose(parent: object, caption: str, directory: str, *rest: object) -> tuple[str, str]:
        suggested.append(directory)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    written = target.with_name("大河村临时救助名单.pdf")
    assert written.is_file()
    assert Path(suggested[0]).name == "大河村2026年第四季度临时救助对象名单及救助金额公示.pdf"
    reader = PdfReader(str(written))
    text = reader.pages[0].extract_text()
    assert "5301**********002X" in text and "53012119800808002X" not in text
    assert "段𠇔" in text  # the Extension B name is in the text layer as written
    assert round(float(reader.pages[0].mediabox.width)) == 842  # A3 portrait: 297 mm wide
    assert editor.status_label.text() == f"已保存：{written}"


def test_recording_the_posting_keeps_the_pdf_and_marks_the_item_posted(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: VillagesPage, village_session: Session, aid_workbook: Path) -> None:
    editor = open_editor(qtbot, page, TEMP_AID)
    import_list(qtbot, monkeypatch, editor, aid_workbook)
    type_text(editor.reviewers_edit, "李文、王芳")
    editor.days_box.setValue(5)
    offered: list[tuple[list[str], int]] = []

    def get_item(parent: object, title: str, label: str, items: list[str], current: int, editable: bool) -> tuple[str, bool]:
        offered.append((items, current))
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    qtbot.mouseClick(editor.post_button, Qt.MouseButton.LeftButton)

    items, current = offered[0]
    assert items[current] == "事务类｜临时救助对象名单及救助金额（每季度）"  # the item the sheet was made for
    (posting,) = village_session.villages.postings("大河村")
    assert posting.title == "大河村2026年第四季度临时救助对象名单及救助金额公示"
    # Five days from the day after posting: day 5 is Sunday 25 October, so the notice runs to Monday 26th.
    assert (posting.posted_date, posting.notice_start, posting.notice_end) == ("2026-10-20", "2026-10-20", "2026-10-26")
    assert posting.reviewers == ["李文", "王芳"]
    digest = village_session.db.query("SELECT sheet_sha256 FROM village_postings WHERE uuid = ?", (posting.uuid,))[0][
        "sheet_sha256"]
    kept = stored_path(village_session.data_dir, digest)
    assert kept.read_bytes().startswith(b"%PDF")
    assert "5301**********0328" in PdfReader(str(kept)).pages[0].extract_text()
    assert editor.status_label.text() == "已登记张贴 村务2026-0001：临时救助对象名单及救助金额，公示期 2026-10-20 至 2026-10-26"
    # The page behind the editor shows it at once.
    assert page.item_status(TEMP_AID) == "本期已张贴（2026-10-20）"
    assert page.postings_table.item(0, 2).text() == posting.title


def test_posting_without_reviewers_asks_first(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: VillagesPage,
                                              village_session: Session, aid_workbook: Path) -> None:
    editor = open_editor(qtbot, page, TEMP_AID)
    import_list(qtbot, monkeypatch, editor, aid_workbook)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *rest: asked.append(text) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(editor.post_button, Qt.MouseButton.LeftButton)
    assert asked[0].startswith("公示单上还没有村务监督委员会审核人")
    assert village_session.villages.postings("大河村") == []


def test_printing_sends_every_page_as_an_image(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                               page: VillagesPage, aid_workbook: Path) -> None:
    editor = open_editor(qtbot, page, TEMP_AID)
    import_list(qtbot, monkeypatch, editor, aid_workbook)
    printed = tmp_path / "printer.pdf"

    class ChosenPrinter:
        """The print dialog after the user picked a printer (here: Qt's PDF printer at 150 dpi) and pressed 打印."""

        def __init__(self, printer: QPrinter, parent: object) -> None:
            assert printer.pageLayout().pageSize().id().name == "A4"
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))
            printer.setResolution(150)

        def setWindowTitle(self, title: str) -> None:  # noqa: N802 - Qt's name
            pass

        def exec(self) -> int:
            return 1

    monkeypatch.setattr(live_preview, "QPrintDialog", ChosenPrinter)  # the print flow both dialogs share
    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    job = editor._print_job
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    assert editor.status_label.text() == "已发送到打印机：1 页"
    reader = PdfReader(str(printed))
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4, at true size


def test_the_workbook_date_line_sets_the_posting_date(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: VillagesPage,
                                                      aid_workbook: Path) -> None:
    workbook = load_workbook(aid_workbook)
    workbook.active.append([])
    workbook.active.append(["日期：2026年10月22日"])
    workbook.save(aid_workbook)
    editor = open_editor(qtbot, page, TEMP_AID)
    import_list(qtbot, monkeypatch, editor, aid_workbook)
    assert editor.namelist.table.rowCount() == 2  # the date line is not a person
    assert editor.date_edit.date() == QDate(2026, 10, 22)
    assert editor.period_label.text() == "公示期：2026-10-22 至 2026-10-29"


def test_a_typed_date_that_does_not_exist_is_not_printed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                         page: VillagesPage) -> None:
    editor = open_editor(qtbot, page, TEMP_AID)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("asked") or ("", ""))
    editor.date_edit.edit.selectAll()
    type_text(editor.date_edit.edit, "2026年10月32日")
    assert editor.save_pdf() is None and asked == []  # refused before even asking where to save
    assert "2026年10月没有32日" in editor.date_edit.message.text()
    assert editor.period_label.text() == "公示期：2026-10-20 至 2026-10-27"  # still the last real date
