"""The county's summary workbook, cell by cell, for three townships with known records: the figures a clerk
forwards upwards and the layout that prints (merged titles, bold header and totals, grid, frozen panes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from tests.sync.conftest import county_and_two_townships, make_office
from tests.sync.test_round_trip import add_record
from townshipdesk.core.county import county_overview
from townshipdesk.core.localtime import CHINA_TIME
from townshipdesk.io.excel.aggregate_writer import export_aggregate
from townshipdesk.sync.keys import export_card

TODAY = dt.date(2026, 11, 28)


def test_three_townships_give_these_cells(tmp_path: Path) -> None:
    county, east, west = county_and_two_townships(tmp_path)
    south = make_office(tmp_path, "南镇", "township", "530902300000")
    south.sync.trust(tmp_path / "county.card", fingerprint=export_card(county.db, county.data_dir, tmp_path / "c.card").fingerprint)
    county.sync.trust(tmp_path / "南镇.card", fingerprint=export_card(south.db, south.data_dir, tmp_path / "南镇.card").fingerprint)
    add_record(east, "最低生活保障 审核信息", "东镇11月低保公示", "2026-11-02", publish=True)
    add_record(east, "临时救助", "东镇临时救助", "2026-10-08")  # due in October: overdue by 28 Nov
    add_record(east, "临时救助", "东镇去年的临时救助", "2025-06-01")  # another year: not counted
    add_record(west, "耕地地力", "西乡耕地地力补贴名单", "2026-11-20")
    item = west.catalog.search("耕地地力")[0]
    west.records.add(item.uuid, "西乡不公开的名单", "2026-09-01", attribute="此件不公开", attribute_reason="涉及个人隐私")
    for office in (east, west, south):  # 南镇 reports with no record of the year
        bundle = tmp_path / f"{office.name}.tdbundle"
        office.sync.export_changes(bundle)
        county.sync.import_bundle(bundle)

    townships, domains = county_overview(county.db, TODAY, 2026)
    out = export_aggregate("某某县政府办", 2026, TODAY.isoformat(), townships, domains, tmp_path / "汇总.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames[:4] == ["汇总", "公众参与", "回应关切", "不公开事项复核"] and len(wb.sheetnames) == 5 + len(domains)
    assert "社会救助" in wb.sheetnames and wb.sheetnames[-1] == "村务公开事件"
    ws = wb["汇总"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][0] == "某某县政府办各乡镇（街道）政务公开工作情况汇总表"
    assert values[1][0] == "统计年度：2026年    统计日期：2026-11-28    填报单位：某某县政府办"
    assert values[2] == ["序号", "乡镇（街道）", "区划代码", "最近报送", "距今天数", "公开记录", "已发布", "逾期未公开",
                         "目录事项", "已有公开的事项", "覆盖率", "村务公开张贴", "村务事件逾期未张贴"]
    items = values[3][8]
    assert items > 100 and [row[8] for row in values[3:6]] == [items] * 3

    def pct(a: int, b: int) -> str:
        return f"{a / b:.1%}"

    for row in values[3:6]:  # received just now: "YYYY-MM-DD HH:MM" in China time, and its age counted to TODAY
        received = dt.datetime.strptime(row[3], "%Y-%m-%d %H:%M").replace(tzinfo=CHINA_TIME)
        assert abs(received - dt.datetime.now(CHINA_TIME)) < dt.timedelta(minutes=5)
        assert row[4] == (TODAY - received.date()).days
    assert [row[:3] + row[5:] for row in values[3:7]] == [
        [1, "东镇", "530902100000", 2, 1, 1, items, 2, pct(2, items), 0, 0],
        [2, "西乡", "530902200000", 2, 0, 0, items, 1, pct(1, items), 0, 0],
        [3, "南镇", "530902300000", 0, 0, 0, items, 0, pct(0, items), 0, 0],
        ["合计", "3 个乡镇", None, 4, 1, 1, 3 * items, 3, pct(3, 3 * items), 0, 0],
    ]
    assert len(values) == 7
    social = [[c.value for c in row] for row in wb["社会救助"].iter_rows()]
    assert social[0][0] == "某某县政府办社会救助领域政务公开情况"
    assert social[2] == ["序号", "乡镇（街道）", "目录事项", "已有公开的事项", "覆盖率", "公开记录", "逾期未公开"]
    social_items = social[3][2]
    assert [row[1:2] + row[3:4] + row[5:] for row in social[3:]] == [
        ["东镇", 2, 2, 1], ["西乡", 0, 0, 0], ["南镇", 0, 0, 0], [None, 2, 2, 1]]
    assert social[6][0] == "合计" and social[6][2] == 3 * social_items

    # Printed as before: merged titles, bold header and totals, a grid from the header down, A4 landscape.
    for sheet in (ws, wb["社会救助"]):
        last = get_column_letter(sheet.max_column)
        assert sorted(str(r) for r in sheet.merged_cells.ranges) == [f"A1:{last}1", f"A2:{last}2"]
        assert sheet["A1"].font.b and sheet["A1"].font.name == "黑体" and sheet["A1"].font.sz == 14
        assert sheet.row_dimensions[1].height == 28
        header, body, total = sheet[3], sheet[4], sheet[sheet.max_row]
        assert all(c.font.b and c.border.left.style == "thin" for c in (*header, *total))
        assert all(not c.font.b and c.border.bottom.style == "thin" and c.alignment.horizontal == "center" for c in body)
        assert sheet["A2"].border.left.style is None
        assert sheet.freeze_panes == "C4" and sheet.print_title_rows == "$3:$3"
        assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert ws.column_dimensions["B"].width == 18 and ws.column_dimensions["L"].width == 11
    for office in (county, east, west, south):
        office.db.close()
