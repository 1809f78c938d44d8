"""Totals typed by hand into a village finance workbook must equal their items: the sheet computes its own
totals, so a 收入合计 that differs means an item is missing or mistyped — refused naming the row and both numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.errors import NoticeError
from townshipdesk.io.notice_input import load_notice

CAL = load_calendar()


def finance_book(path: Path, income_total: object, *, total_in_item_column: bool = False) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "大河村"
    for row in (["大河村2026年10月村级财务收支公开表"], ["类别", "项目", "金额（元）"], ["上期结余", "", "1000"],
                ["收入", "上级转移支付", "5000"], ["收入", "集体资产租金", "1200.50"],
                ["收入", "合计", income_total] if total_in_item_column else ["收入合计", "", income_total],
                ["支出", "村道维修", "3000"], ["支出合计", "", "3000"], ["本期结余", "", "4200.50"],
                ["日期：2026年11月2日"]):
        ws.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize("in_item_column", [False, True])
def test_a_matching_typed_total_is_not_counted_again(tmp_path: Path, in_item_column: bool) -> None:
    notice = load_notice(finance_book(tmp_path / "f.xlsx", "6,200.50", total_in_item_column=in_item_column), "finance", CAL)
    assert [name for name, _ in notice.income] == ["上级转移支付", "集体资产租金"]  # the 合计 row is not an item
    assert str(notice.closing) == "4200.50"


@pytest.mark.parametrize("in_item_column", [False, True])
def test_a_typed_total_that_differs_names_the_row_and_both_numbers(tmp_path: Path, in_item_column: bool) -> None:
    with pytest.raises(NoticeError) as caught:
        load_notice(finance_book(tmp_path / "f.xlsx", "6200", total_in_item_column=in_item_column), "finance", CAL)
    assert str(caught.value) == ("工作表“大河村”第6行：收入合计填写为 6,200.00，但各项之和为 6,200.50，请核对"
                                 "（公示单上的合计由程序计算）")
