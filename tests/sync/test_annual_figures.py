"""The annual report's hand-entered figures travel in the bundles: the county sums sections 二 and 四 as well as 三."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from tests.sync.conftest import Office
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.reports import annual_report, set_figures
from townshipdesk.core.requests import Requests
from townshipdesk.io.excel.report_writer import export_annual_report


def send(town: Office, county: Office, path: Path) -> None:
    town.sync.export_changes(path)
    county.sync.import_bundle(path)


def test_the_county_sums_every_section(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, west = offices
    set_figures(east.db, 2026, {"s2.行政许可.本年处理决定数量": "12", "s2.行政事业性收费.本年收费金额（单位：万元）": "1.5",
                                "s4.复议.结果维持": "1", "s4.复议后起诉.结果纠正": "1"})
    set_figures(west.db, 2026, {"s2.行政许可.本年处理决定数量": "30", "s2.行政事业性收费.本年收费金额（单位：万元）": "0.25",
                                "s4.复议.结果纠正": "2"})
    set_figures(west.db, 2025, {"s2.行政许可.本年处理决定数量": "99"})  # another year: not in 2026's sum
    r = Requests(east.db, load_calendar(east.db)).add(dt.date(2026, 3, 2), "natural")
    Requests(east.db, load_calendar(east.db)).close(r.uuid, "1", dt.date(2026, 3, 20))
    send(east, county, tmp_path / "east.tdbundle")
    send(west, county, tmp_path / "west.tdbundle")

    report = annual_report(county.db, 2026, county=True)
    assert report.figures["s2.行政许可.本年处理决定数量"] == "42"
    assert report.figures["s2.行政事业性收费.本年收费金额（单位：万元）"] == "1.75"
    assert (report.figures["s4.复议.总计"], report.figures["s4.复议.结果纠正"], report.figures["s4.复议后起诉.总计"]) == (
        "3", "2", "1")
    assert report.requests.outcomes == {"1": {"natural": 1}}

    # East corrects a figure: the next bundle replaces its row, the county's sum follows (no double counting).
    set_figures(east.db, 2026, {"s2.行政许可.本年处理决定数量": "10"})
    send(east, county, tmp_path / "east-2.tdbundle")
    report = annual_report(county.db, 2026, county=True)
    assert report.figures["s2.行政许可.本年处理决定数量"] == "40"
    ws = load_workbook(export_annual_report(report, "某某县", tmp_path / "县.xlsx"))["二、主动公开"]
    assert (ws["A9"].value, ws["B9"].value) == ("行政许可", 40)
    assert [c.value for c in load_workbook(tmp_path / "县.xlsx")["四、复议诉讼"][6]][:5] == [1, 2, 0, 0, 3]
