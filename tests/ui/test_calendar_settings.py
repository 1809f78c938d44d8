"""设置 → 工作日历: the known years and where they come from, importing a year's file, entering or correcting
a year by hand (checked like a file), and due dates computed on the new data afterwards."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.calendars import schedule
from tests.ui.conftest import item_id
from townshipdesk.core.calendar_store import year_infos
from townshipdesk.ui.dialogs.record_editor import RecordEditor
from townshipdesk.ui.dialogs.year_editor import YearEditor
from townshipdesk.ui.pages.settings_page import SettingsPage
from townshipdesk.ui.session import Session

SCHEDULE_2027 = schedule(2027)  # 31 days off, 4 swapped Saturdays

@pytest.fixture
def page(qtbot: QtBot, records_session: Session) -> SettingsPage:
    widget = SettingsPage(records_session)
    qtbot.addWidget(widget)
    widget.resize(1160, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def year_rows(page: SettingsPage) -> dict[str, list[str]]:
    table = page.years_table
    return {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 5)] for r in range(table.rowCount())}


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "节假日文件 (*.json)"))


def test_the_known_years_and_their_source(page: SettingsPage) -> None:
    rows = year_rows(page)
    assert rows["2026"][:3] == ["随软件提供", "33", "6"]
    assert page.years_table.item(0, 0).text() == "2026"  # newest first
    assert "2027 年及以后的截止日按《全国年节及纪念日放假办法》的法定节假日和周末估算" in page.calendar_note.text()


def test_importing_a_year_file_adds_the_year_and_due_dates_use_it(qtbot: QtBot, page: SettingsPage, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    session = page.session
    assert not session.calendar.is_workday(dt.date(2027, 2, 8))  # 初三: a statutory holiday even before the schedule
    assert session.calendar.is_workday(dt.date(2027, 2, 10))  # a Wednesday: estimated as a working day
    path = tmp_path / "2027.json"
    path.write_text(json.dumps(SCHEDULE_2027, ensure_ascii=False), encoding="utf-8")
    choose_file(monkeypatch, path)
    qtbot.mouseClick(page.import_year_button, Qt.MouseButton.LeftButton)

    assert page.years_table.item(0, 0).text() == "2027"
    assert year_rows(page)["2027"] == ["文件导入", "31", "4", "2027.json"]
    assert page.calendar_status.text().startswith("已导入 2027 年节假日安排：放假 31 天，调休上班 4 天")
    assert "2028 年及以后" in page.calendar_note.text()
    assert not session.calendar.is_workday(dt.date(2027, 2, 10))
    assert session.calendar.is_workday(dt.date(2027, 2, 13))  # the swapped Saturday

    editor = RecordEditor(session, item_uuid=item_id(session, "政府采购 / 采购结果"))  # 2 working days
    qtbot.addWidget(editor)
    editor.formed_edit.setDate(QDate(2027, 2, 5))
    assert "2027-02-15" in editor.due_label.text()  # 02-06…12 off; the swapped Saturday 02-13 is day 1
    assert "估算" not in editor.due_label.text()


def test_a_bad_file_is_refused_with_the_reason(qtbot: QtBot, page: SettingsPage, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    bad = dict(SCHEDULE_2027, days=[*SCHEDULE_2027["days"], {"name": "错", "date": "2026-12-31", "isOffDay": True}])
    path = tmp_path / "2027.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    choose_file(monkeypatch, path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    qtbot.mouseClick(page.import_year_button, Qt.MouseButton.LeftButton)
    assert shown == ["第 36 条日期 2026-12-31 不在 2027 年内"]
    assert "2027" not in year_rows(page)


def test_a_fragment_of_a_year_is_refused(qtbot: QtBot, page: SettingsPage, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # One holiday only: taken in, it would make every other holiday of 2027 a working day.
    path = tmp_path / "2027.json"
    path.write_text(json.dumps({"year": 2027, "days": SCHEDULE_2027["days"][:3]}, ensure_ascii=False), encoding="utf-8")
    choose_file(monkeypatch, path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    qtbot.mouseClick(page.import_year_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "2027 年的安排只有 3 天放假，不是全年的节假日安排" in shown[0]
    assert "2027" not in year_rows(page)


def test_replacing_a_known_year_asks_first(qtbot: QtBot, page: SettingsPage, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "2026-county.json"
    path.write_text(json.dumps(schedule(2026), ensure_ascii=False), encoding="utf-8")
    choose_file(monkeypatch, path)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *rest: asked.append(text) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.import_year_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "2026 年已有节假日安排（随软件提供，放假 33 天、调休上班 6 天）" in asked[0]
    assert year_rows(page)["2026"][0] == "随软件提供"


def test_a_hand_correction_with_a_duplicate_date_is_refused(qtbot: QtBot, page: SettingsPage) -> None:
    page.years_table.selectRow(0)
    editor = page.edit_year()
    assert isinstance(editor, YearEditor) and editor.isVisible()
    assert editor.year_box.value() == 2026
    assert editor.table.rowCount() == 39
    assert "已载入 2026 年现有安排（39 天）" in editor.source_label.text()
    row = editor.add_day()
    editor.set_day(row, "2026-10-01", "国庆节（重复）", True)
    assert editor.table.item(row, 1).text() == "星期四"
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    assert editor.isVisible()
    assert editor.problems_text().startswith("未保存：日期 2026-10-01 重复（第")
    assert next(i for i in year_infos(page.session.db) if i.year == 2026).origin == "shipped"
    editor.reject()


def test_a_year_entered_by_hand_is_saved_and_listed(qtbot: QtBot, page: SettingsPage) -> None:
    editor = page.edit_year(2027)
    assert editor.table.rowCount() == 0 and "2027 年尚无节假日安排" in editor.source_label.text()
    for day in SCHEDULE_2027["days"]:
        row = editor.add_day()
        editor.set_day(row, day["date"], day["name"], day["isOffDay"])
    editor.add_day()  # an empty row left over is skipped
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert year_rows(page)["2027"] == ["手工录入", "31", "4", "手工录入"]
    assert page.calendar_status.text() == "已保存 2027 年节假日安排（手工录入）。"
    assert not page.session.calendar.is_workday(dt.date(2027, 2, 8))


def test_a_date_that_does_not_exist_is_named(qtbot: QtBot, page: SettingsPage) -> None:
    editor = page.edit_year(2027)
    row = editor.add_day()
    editor.set_day(row, "2027-2-30", "春节", True)
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert editor.problems_text() == "未保存：第 1 条：日期“2027-2-30”不存在：2027年2月没有30日"
    editor.reject()


def test_dates_typed_as_clerks_write_them(page: SettingsPage) -> None:
    editor = page.edit_year(2027)
    for text in ("2027年2月6日", "2027/2/6", "20270206", "2027.2.6"):
        row = editor.add_day()
        editor.set_day(row, text, "春节", True)
        assert editor.table.item(row, 1).text() == "星期六"  # the weekday shows: the date was understood
    assert {d["date"] for d in editor.schedule()["days"]} == {"2027-02-06"}  # type: ignore[index]
    editor.reject()


def test_the_posting_day_setting_is_off_by_default_and_changes_notice_periods(qtbot: QtBot, page: SettingsPage) -> None:
    from townshipdesk.core.notices import notice_period
    from townshipdesk.core.office_settings import posting_day_counts

    box = page.posting_day_box
    assert box.text() == "张贴当日计入公示期" and not box.isChecked() and box.isVisible()
    assert "第二百零一条" in page.posting_day_note.text()
    box.click()
    assert posting_day_counts(page.session.db)
    assert SettingsPage(page.session).posting_day_box.isChecked()  # kept in the office's database
    period = notice_period(dt.date(2026, 3, 3), 7, False, page.session.calendar,
                           posting_day_counts=posting_day_counts(page.session.db))
    assert period.end == dt.date(2026, 3, 9)
    box.click()
    assert not posting_day_counts(page.session.db)
