"""Concerns travel to the county in the bundles: the overview counts each township's open, overdue and late-answered
concerns, the aggregate workbook has a 回应关切 sheet, and the county cannot answer a township's concern."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from townshipdesk.core.concerns import Concerns
from townshipdesk.core.county import county_overview
from townshipdesk.core.localtime import CHINA_TIME as CHINA
from townshipdesk.errors import ReadOnlyRow
from townshipdesk.io.excel.aggregate_writer import export_aggregate


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_concern_counts_after_a_bundle_round_trip(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, west = offices
    east_register = Concerns(east.db, now=at("2026-11-27 12:00"))
    late = east_register.add(at("2026-11-20 08:00"), "网络", "网传集镇学校食堂食材过期", major=True)
    east_register.respond(late.number, at("2026-11-21 10:00"), "政务新媒体", "已核查")  # 2 hours late
    on_time = east_register.add(at("2026-11-25 09:00"), "12345热线", "路灯不亮")
    east_register.respond(on_time.number, at("2026-11-25 17:00"), "电话回复", "已修复")
    east_register.add(at("2026-11-24 09:00"), "媒体", "村道塌方")  # 48 h: overdue since 26 Nov 09:00
    east_register.add(at("2026-11-27 11:00"), "村民反映", "停水")  # open, due 29 Nov
    Concerns(west.db, now=at("2025-12-31 12:00")).add(at("2025-12-30 10:00"), "信访", "去年的，仍未回应")

    for office in (east, west):
        bundle = tmp_path / f"{office.name}.tdbundle"
        office.sync.export_changes(bundle)
        result = county.sync.import_bundle(bundle)
        assert result["inserted"]["concerns"] == (4 if office is east else 1)

    now = at("2026-11-28 10:00").replace(tzinfo=CHINA)
    townships, domains = county_overview(county.db, dt.date(2026, 11, 28), 2026, now=now)
    by_name = {t.name: t for t in townships}
    e, w = by_name["东镇"], by_name["西乡"]
    assert (e.concerns, e.concerns_major, e.concerns_responded, e.concerns_late, e.concerns_open, e.concerns_overdue) == \
        (4, 1, 2, 1, 2, 1)
    # 西乡's concern was seen in 2025: not in 2026's figures, but still open and overdue now.
    assert (w.concerns, w.concerns_open, w.concerns_overdue, w.concerns_late) == (0, 1, 1, 0)

    out = export_aggregate("某某县政府办", 2026, "2026-11-28", townships, domains, tmp_path / "汇总.xlsx")
    sheet = [[c.value for c in row] for row in load_workbook(out)["回应关切"].iter_rows()]
    assert sheet[0][0] == "某某县政府办各乡镇（街道）回应关切情况"
    assert sheet[2] == ["序号", "乡镇（街道）", "区划代码", "本年登记", "其中重大", "已回应", "其中逾期回应", "按时回应率",
                        "尚未回应", "其中已逾期"]
    assert sheet[3:] == [[1, "东镇", "530902100000", 4, 1, 2, 1, "50.0%", 2, 1],
                         [2, "西乡", "530902200000", 0, 0, 0, 0, "—", 1, 1],
                         ["合计", "2 个乡镇", None, 4, 1, 2, 1, "50.0%", 3, 2]]

    # At the county a township's concern is read-only.
    with pytest.raises(ReadOnlyRow, match="只能由该乡镇修改"):
        Concerns(county.db, now=now).respond("关切2026-003", at("2026-11-28 09:00"), "电话回复", "县里代答")
