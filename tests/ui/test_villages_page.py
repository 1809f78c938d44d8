"""村务公开: a clerk registers a village, sees its affairs list with what is not posted this period, records
postings and objections, and prints sheets for many villages at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tests.ui.keyboard import type_text
from townshipdesk.core.villages import Village
from townshipdesk.ui.pages.villages_page import UNPOSTED_COLOUR, VillagesPage
from townshipdesk.ui.session import VILLAGES, Session

TEMP_AID = "临时救助对象名单及救助金额"
LOW_INCOME = "最低生活保障对象名单及保障金额"


@pytest.fixture
def village_session(session: Session) -> Session:
    session.set_today(TODAY)  # 2026-10-20: October, fourth quarter
    return session


@pytest.fixture
def dahe(village_session: Session) -> Village:
    return village_session.villages.add("530902100201", "大河村", groups=["大河一组", "大河二组"], phone="0871-6789123")


@pytest.fixture
def page(qtbot: QtBot, village_session: Session) -> VillagesPage:
    widget = VillagesPage(village_session)
    qtbot.addWidget(widget)
    widget.resize(1160, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def item_names(page: VillagesPage) -> list[str]:
    return [page.items_table.item(row, 1).text() for row in range(page.items_table.rowCount())]


def posting_cells(page: VillagesPage, row: int) -> list[str]:
    return [page.postings_table.item(row, c).text() for c in range(page.postings_table.columnCount())]


def test_with_no_village_the_page_says_what_to_do(page: VillagesPage) -> None:
    assert page.village_list.count() == 0
    assert page.empty_label.isVisible()
    assert page.empty_label.text().startswith("还没有登记村。点“新增村…”")
    assert not page.sheet_button.isEnabled()


def test_a_village_added_through_the_dialog_gets_the_default_list_and_unposted_markers(
        qtbot: QtBot, page: VillagesPage) -> None:
    dialog = page.add_village()
    assert dialog.code_edit.text() == "530902100"  # this township's first nine digits
    qtbot.keyClicks(dialog.code_edit, "201")
    type_text(dialog.name_edit, "大河村")
    type_text(dialog.groups_edit, "大河一组、大河二组")
    qtbot.keyClicks(dialog.phone_edit, "0871-6789123")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert page.village_list.count() == 1
    assert page.village_list.item(0).text() == "大河村（12项未张贴）"
    assert page.village_heading.text() == "大河村"
    assert page.village_details.text() == "区划代码 530902100201　·　村民小组：大河一组、大河二组　·　监督电话：0871-6789123"
    names = item_names(page)
    assert len(names) == 19
    assert LOW_INCOME in names and "村级财务收支情况" in names and "村规民约、村民自治章程" in names
    assert page.items_heading.text() == "公开事项清单（19）"
    # Monthly items this month, quarterly items this quarter; items posted "at once" are never overdue.
    assert page.item_status(LOW_INCOME) == "本期未张贴（2026年10月）"
    assert page.item_status(TEMP_AID) == "本期未张贴（2026年第四季度）"
    assert page.item_status("村规民约、村民自治章程") == "有事项时即时公开"
    row = names.index(LOW_INCOME)
    assert page.items_table.item(row, 3).foreground().color() == UNPOSTED_COLOUR
    assert page.unposted_banner.isVisible()
    assert page.unposted_banner.text().startswith("⚠ 本期有 12 项未张贴：最低生活保障对象名单及保障金额、")


def test_the_village_dialog_shows_why_a_code_is_refused_and_stays_open(qtbot: QtBot, page: VillagesPage) -> None:
    dialog = page.add_village()
    qtbot.keyClicks(dialog.code_edit, "2")
    type_text(dialog.name_edit, "大河村")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "村的区划代码应为12位数字且后3位不为000，收到“5309021002”"
    assert page.village_list.count() == 0


def test_an_item_added_to_the_list_is_flagged_until_posted(qtbot: QtBot, page: VillagesPage, dahe: Village,
                                                           village_session: Session) -> None:
    page.refresh()
    dialog = page.add_item()
    assert dialog is not None
    type_text(dialog.name_edit, "农村危房改造补助对象名单")
    dialog.rhythm_box.setCurrentIndex(dialog.rhythm_box.findText("每月"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert item_names(page)[-1] == "农村危房改造补助对象名单"
    assert page.item_status("农村危房改造补助对象名单") == "本期未张贴（2026年10月）"

    village_session.villages.post("大河村", "农村危房改造补助对象名单", "大河村2026年10月农村危房改造补助对象名单公示", TODAY,
                                  reviewers=["李文"])
    village_session.notify(VILLAGES)
    assert page.item_status("农村危房改造补助对象名单") == "本期已张贴（2026-10-20）"
    assert page.village_list.item(0).text() == "大河村（12项未张贴）"


def test_postings_show_their_period_reviewers_and_an_objection_with_its_reply(
        qtbot: QtBot, page: VillagesPage, dahe: Village, village_session: Session) -> None:
    village_session.villages.post("大河村", TEMP_AID, "大河村2026年第四季度临时救助对象名单公示", TODAY, notice_days=5,
                                  working=True, reviewers=["李文", "王芳"])
    page.refresh()
    assert page.postings_heading.text() == "张贴记录（1）"
    # Posted Tuesday 20 October (not counted): five working days, Wednesday 21st to Tuesday 27th.
    assert posting_cells(page, 0) == ["村务2026-0001", "2026-10-20", "大河村2026年第四季度临时救助对象名单公示", "2026-10-20 至 2026-10-27",
                                      "李文、王芳", "无"]
    assert page.item_status(TEMP_AID) == "本期已张贴（2026-10-20）"

    page.postings_table.selectRow(0)
    assert page.objection_button.isEnabled()
    qtbot.mouseClick(page.objection_button, Qt.MouseButton.LeftButton)
    dialog = page._dialogs[-1]
    type_text(dialog.objection_edit, "大河二组村民反映名单中一户家庭收入有变化")
    type_text(dialog.reply_edit, "经入户核实，维持原名单")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert posting_cells(page, 0)[5] == "大河二组村民反映名单中一户家庭收入有变化；答复：经入户核实，维持原名单"
    assert village_session.villages.postings("大河村")[0].objection_reply == "经入户核实，维持原名单"


# ---- batch ---------------------------------------------------------------------------------------------------
def _namelist(title: str, rows: list[list[str]]) -> dict:
    return {"kind": "namelist", "title": title, "date": "2026-10-20", "reviewers": ["李文"],
            "columns": ["序号", "姓名", "村民小组", "身份证号码", "金额（元）"], "rows": rows}


@pytest.fixture
def two_villages(village_session: Session, dahe: Village) -> None:
    village_session.villages.add("530902100202", "石桥村", groups=["石桥一组"], phone="0871-6789145")


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_batch_writes_one_pdf_per_village_with_progress(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                        page: VillagesPage, two_villages: None) -> None:
    source = tmp_path / "各村名单"
    source.mkdir()
    (source / "大河村.json").write_text(json.dumps(_namelist("大河村2026年第四季度临时救助对象名单公示", [
        [1, "杨秀英", "大河一组", "530121195203150328", "1500"]]), ensure_ascii=False), encoding="utf-8")
    (source / "石桥村.json").write_text(json.dumps(_namelist("石桥村2026年第四季度临时救助对象名单公示", [
        [1, "李桂芬", "石桥一组", "530121194811300046", "800"]]), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "公示单"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(source))

    dialog = page.batch_render()
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert dialog.source_edit.text() == str(source)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(out))
    qtbot.mouseClick(dialog.out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    job = page.batch_job
    assert job is not None
    progress: list[tuple[int, int]] = []
    job.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass

    assert sorted(p.name for p in out.iterdir()) == ["大河村.pdf", "石桥村.pdf"]
    assert progress[-1] == (2, 2) and (1, 2) in progress
    text = _pdf_text(out / "石桥村.pdf")
    assert "石桥村村务公开栏" in text
    assert "0871-6789145" in text  # the registered village's 监督电话, as the file gave none
    assert "5301**********0046" in text and "530121194811300046" not in text
    assert shown and shown[0].startswith(f"已生成 2 份PDF，保存在 {out}：")


def test_batch_combines_a_workbook_with_a_sheet_per_village_into_one_pdf(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: VillagesPage, two_villages: None) -> None:
    workbook = Workbook()
    for n, village in enumerate(("大河村", "石桥村")):
        sheet = workbook.active if n == 0 else workbook.create_sheet()
        sheet.title = village
        sheet.append([f"{village}2026年耕地地力保护补贴发放名单公示"])
        sheet.append(["序号", "姓名", "村民小组", "补贴金额（元）"])
        sheet.append([1, "王德明", f"{village[:2]}一组", 236.5])
        sheet.append([2, "赵春兰", f"{village[:2]}二组", 189.2])
        sheet.append(["合计", "", "", 425.7])
    source = tmp_path / "补贴名册.xlsx"
    workbook.save(source)
    target = tmp_path / "全镇公示单.pdf"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(source), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))

    dialog = page.batch_render()
    qtbot.mouseClick(dialog.workbook_button, Qt.MouseButton.LeftButton)
    dialog.combined_button.click()
    qtbot.mouseClick(dialog.out_button, Qt.MouseButton.LeftButton)
    assert dialog.out_edit.text() == str(target)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    job = page.batch_job
    assert job is not None
    progress: list[tuple[int, int]] = []
    job.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass

    assert [p.name for p in tmp_path.glob("*.pdf")] == ["全镇公示单.pdf"]
    reader = PdfReader(str(target))
    assert len(reader.pages) == 2
    assert [item.title for item in reader.outline] == ["大河村", "石桥村"]
    assert progress[-1] == (2, 2)
    assert "425.70" in _pdf_text(target)
    assert shown == [f"已将 2 份公示单合并为一份PDF：\n{target}"]


def test_batch_refuses_everything_when_one_sheet_is_wrong(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                          page: VillagesPage, two_villages: None) -> None:
    source = tmp_path / "各村"
    source.mkdir()
    (source / "大河村.json").write_text(json.dumps(_namelist("大河村名单公示", [[1, "杨秀英", "大河一组", "", "1500"]]),
                                                   ensure_ascii=False), encoding="utf-8")
    (source / "石桥村.json").write_text(json.dumps(_namelist("石桥村名单公示", [[1, "李桂芬", "石桥一组", "", "八百"]]),
                                                   ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    dialog = page.batch_render()
    dialog.source_edit.setText(str(source))
    dialog.out_edit.setText(str(out))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    job = page.batch_job
    assert job is not None
    with qtbot.waitSignal(job.failed, timeout=20_000):
        pass
    assert shown == ["石桥村: 第1行“金额（元）”的金额“八百”不是数字"]
    assert not out.exists()
