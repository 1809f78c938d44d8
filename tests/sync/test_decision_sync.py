"""公众参与 at the county: two townships' decision catalogs, consultations and comments travel in their bundles; the
county's overview counts per township (decisions in the catalog, consultations open, feedback not published after
the end), the 公众参与 sheet of the summary workbook gives the same figures, and the county cannot change them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.sync.conftest import Office
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.county import county_overview
from townshipdesk.core.decisions import Decisions
from townshipdesk.errors import DecisionError, ReadOnlyRow
from townshipdesk.io.excel.aggregate_writer import export_aggregate

TODAY = dt.date(2026, 11, 20)


def register(office: Office) -> Decisions:
    return Decisions(office.db, load_calendar(office.db), today=TODAY)


def send(town: Office, county: Office, folder: Path) -> None:
    bundle = folder / f"{town.name}-{len(list(folder.glob('*.tdbundle')))}.tdbundle"
    town.sync.export_changes(bundle)
    county.sync.import_bundle(bundle)


def test_county_counts_and_sheet_after_a_bundle_round_trip(offices: tuple[Office, Office, Office], tmp_path: Path) -> None:
    county, east, west = offices
    e = register(east)
    a = e.add(2026, "集镇污水处理设施建设方案", "村镇规划建设服务中心", day=dt.date(2026, 3, 1))
    b = e.add(2026, "农贸市场改造方案", "经济发展办", day=dt.date(2026, 3, 1))
    gone = e.add(2026, "停车场收费方案", "党政办", day=dt.date(2026, 3, 1))
    e.add(2025, "去年的方案", "党政办", day=dt.date(2025, 3, 1))  # another year: not counted
    e.publish_catalog(2026, dt.date(2026, 3, 2))
    e.adjust(gone.number, "上级统一部署", day=dt.date(2026, 4, 1))
    e.consult(a.number, dt.date(2026, 9, 4), period="30日", methods=["公开征求意见"])  # ended 8 October
    e.comment(a.number, "管网覆盖东片区", source="村民代表", count=3, received=dt.date(2026, 9, 10))
    e.comment(a.number, "夜间施工扰民", received=dt.date(2026, 9, 12))
    e.consult(b.number, dt.date(2026, 11, 2), period="30日", methods=["公开征求意见", "座谈会"])  # open on 20 November
    w = register(west)
    c = w.add(2026, "西乡集中供水方案", "党政办", day=dt.date(2026, 5, 1))
    w.consult(c.number, dt.date(2026, 6, 1), end=dt.date(2026, 7, 1), methods=["听证会"])
    w.comment(c.number, "水价偏高", received=dt.date(2026, 6, 10))
    w.feedback(c.number, 1, "no", "按成本核定")
    w.publish_feedback(c.number, dt.date(2026, 7, 6))
    w.decide(c.number, dt.date(2026, 7, 20))
    for town in (east, west):
        send(town, county, tmp_path)

    townships, _domains = county_overview(county.db, TODAY, 2026)
    counts = {t.name: t.participation for t in townships}
    assert (counts["东镇"].decisions, counts["东镇"].removed, counts["东镇"].consultations_open,
            counts["东镇"].feedback_overdue, counts["东镇"].comments) == (2, 1, 1, 1, 4)
    assert (counts["西乡"].decisions, counts["西乡"].decided, counts["西乡"].feedback_published,
            counts["西乡"].feedback_overdue) == (1, 1, 1, 0)
    # Both townships have a 决策2026-01: at the county the number alone is ambiguous, the id is not.
    county_register = register(county)
    with pytest.raises(DecisionError, match="对应多个乡镇"):
        county_register.get("决策2026-01")
    held = county_register.get(a.uuid)
    assert held.comment_count == 4 and held.consult_end == "2026-10-08"
    assert [h.kind for h in county_register.history(2026, held.site_id)][:3] == ["added", "added", "added"]
    with pytest.raises(ReadOnlyRow, match="东镇"):
        county_register.adjust(a.uuid, "县级改动")

    # The township answers and publishes: the next bundle clears the overdue feedback at the county.
    e.feedback(a.number, 1, "yes")
    e.feedback(a.number, 2, "partly", "限定施工时段")
    e.publish_feedback(a.number, TODAY)
    send(east, county, tmp_path)
    townships, domains = county_overview(county.db, TODAY, 2026)
    assert [t.participation.feedback_overdue for t in townships] == [0, 0]

    out = export_aggregate("某某县政府办", 2026, TODAY.isoformat(), townships, domains, tmp_path / "汇总.xlsx")
    ws = load_workbook(out)["公众参与"]
    values = [[cell.value for cell in row] for row in ws.iter_rows()]
    assert values[0][0] == "某某县政府办各乡镇（街道）重大行政决策公众参与情况"
    assert values[2] == ["序号", "乡镇（街道）", "区划代码", "目录内决策事项", "调整出目录", "已决策", "已征求意见", "征求意见中",
                         "收到意见（条）", "已公布采纳情况", "采纳情况逾期未公布"]
    assert values[3:6] == [[1, "东镇", "530902100000", 2, 1, 0, 2, 1, 4, 1, 0],
                           [2, "西乡", "530902200000", 1, 0, 1, 1, 0, 1, 1, 0],
                           ["合计", "2 个乡镇", None, 3, 1, 1, 3, 1, 5, 2, 0]]
