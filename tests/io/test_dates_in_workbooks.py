"""Dates in the workbooks villages keep, written every way clerks write them, and date cells as Excel and WPS
store them (.xlsx date cells, .xls serials, a serial typed as a number); an impossible date names its row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.errors import NoticeError
from townshipdesk.io.excel.workbook_grid import read_grids
from townshipdesk.io.notice_input import load_notice, notice_from_data

CAL = load_calendar()
NOV_2 = dt.date(2026, 11, 2)


def name_list(path: Path, date_row: list[object], *, at_end: bool = True) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "大河村"
    ws.append(["大河村2026年11月临时救助名单公示"])
    if not at_end:
        ws.append(date_row)
    ws.append(["序号", "姓名", "发放日期", "金额（元）"])
    ws.append([1, "张三", dt.date(2026, 10, 28), "100"])
    ws.append([2, "李四", dt.datetime(2026, 10, 29), "200"])
    ws.append(["合计", "", "", "300"])
    if at_end:
        ws.append([])
        ws.append(date_row)
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy年m月d日"
    wb.save(path)
    return path


@pytest.mark.parametrize("date_row", [["日期：2026年11月2日"], ["公示日期", "2026/11/2"], ["日期", "2026.11.02"],
                                      ["落款日期：20261102"], ["日期", dt.date(2026, 11, 2)], ["日期", 46328]])
def test_the_date_line_of_a_name_list_in_any_form(tmp_path: Path, date_row: list[object]) -> None:
    notice = load_notice(name_list(tmp_path / "n.xlsx", date_row), "namelist", CAL)
    assert notice.date == NOV_2 and notice.period is not None and notice.period.end == dt.date(2026, 11, 9)
    assert len(notice.rows) == 2  # the date line is not a person


def test_a_date_line_above_the_table_counts_too(tmp_path: Path) -> None:
    notice = load_notice(name_list(tmp_path / "n.xlsx", ["日期：2026年11月2日"], at_end=False), "namelist", CAL)
    assert notice.date == NOV_2 and notice.title == "大河村2026年11月临时救助名单公示"


def test_an_impossible_date_names_the_sheet_and_row(tmp_path: Path) -> None:
    with pytest.raises(NoticeError) as caught:
        load_notice(name_list(tmp_path / "n.xlsx", ["日期：2026年2月30日"]), "namelist", CAL)
    assert str(caught.value) == "工作表“大河村”第7行：日期“2026年2月30日”不存在：2026年2月没有30日"


def test_date_cells_in_the_table_read_as_dates_not_as_timestamps(tmp_path: Path) -> None:
    grid = read_grids(name_list(tmp_path / "n.xlsx", ["日期：2026年11月2日"]))[0]
    assert grid.rows[2][2] == "2026-10-28" and grid.rows[3][2] == "2026-10-29"


def test_xls_date_cells_are_dates_not_serials(tmp_path: Path) -> None:
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("大河村")
    style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for r, row in enumerate([["大河村名单"], ["序号", "姓名", "金额"], [1, "张三", "100"]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    sheet.write(4, 0, "日期")
    sheet.write(4, 1, dt.date(2026, 11, 2), style)
    book.save(str(tmp_path / "n.xls"))
    assert read_grids(tmp_path / "n.xls")[0].rows[4][:2] == ["日期", "2026-11-02"]
    assert load_notice(tmp_path / "n.xls", "namelist", CAL).date == NOV_2


@pytest.mark.parametrize("value", ["2026-11-02", "2026/11/2", "2026年11月2日", "20261102", 46328, "46328"])
def test_the_json_date_in_any_form(value: object) -> None:
    data = {"kind": "general", "title": "大河村通知", "date": value, "paragraphs": ["正文"]}
    assert notice_from_data(data, None, CAL).date == NOV_2


def test_an_impossible_json_date_says_it_does_not_exist() -> None:
    data = {"kind": "general", "title": "大河村通知", "date": "2026-02-30", "paragraphs": ["正文"]}
    with pytest.raises(NoticeError, match="2026年2月没有30日"):
        notice_from_data(data, None, CAL)
