"""Village events (items published 随时) travel in the township's bundle with the statutory items, and the county
counts, per township, the events whose posting is overdue (overview and the aggregate workbook's sheet)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from tests.sync.conftest import Office
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.county import county_overview
from townshipdesk.core.village_events import VillageEvents
from townshipdesk.core.villages import Villages
from townshipdesk.io.excel.aggregate_writer import export_aggregate


def villages_of(office: Office, today: dt.date) -> Villages:
    return Villages(office.db, load_calendar(office.db), today=lambda: today)


def test_overdue_event_postings_are_counted_per_township_at_the_county(offices: tuple[Office, Office, Office],
                                                                      tmp_path: Path) -> None:
    county, east, west = offices
    east_villages = villages_of(east, dt.date(2026, 11, 20))
    east_villages.add("530902100201", "大河村")
    events = VillageEvents(east_villages)
    events.record("大河村", "征地补偿费", dt.date(2026, 11, 2), "征地补偿费分配方案经村民会议通过")  # due 9 Nov
    events.record("大河村", "土地承包", dt.date(2026, 11, 19), "土地承包经营方案经村民会议通过")  # due 26 Nov
    posted = events.record("大河村", "经济责任审计", dt.date(2026, 11, 3), "任期经济责任审计结果")
    east_villages.post("大河村", "经济责任审计", "审计结果公告", dt.date(2026, 11, 5), event=posted.uuid)
    west_villages = villages_of(west, dt.date(2026, 11, 20))
    west_villages.add("530902200201", "石桥村")
    for office in (east, west):
        bundle = tmp_path / f"{office.name}.tdbundle"
        office.sync.export_changes(bundle)
        county.sync.import_bundle(bundle)

    rows = {r.name: r for r in county_overview(county.db, dt.date(2026, 11, 20), 2026)[0]}
    assert (rows["东镇"].village_events_overdue, rows["西乡"].village_events_overdue) == (1, 0)
    later = {r.name: r for r in county_overview(county.db, dt.date(2026, 11, 27), 2026)[0]}
    assert later["东镇"].village_events_overdue == 2
    statutory = county.db.conn.execute(
        "SELECT count(*) FROM village_items i JOIN villages v ON v.uuid = i.village_uuid WHERE v.name = '石桥村' AND i.statutory = 1"
    ).fetchone()[0]
    assert statutory == 5  # the law's items and their basis arrived with the village
    assert county.db.conn.execute("SELECT count(*) FROM village_events WHERE posting_uuid IS NOT NULL").fetchone()[0] == 1

    townships, domains = county_overview(county.db, dt.date(2026, 11, 27), 2026)
    book = load_workbook(export_aggregate("某某县政府办", 2026, "2026-11-27", townships, domains, tmp_path / "汇总.xlsx"))
    sheet = [[c.value for c in row] for row in book["村务公开事件"].iter_rows()]
    assert sheet[2] == ["序号", "乡镇（街道）", "区划代码", "本年事件", "已张贴", "逾期张贴", "逾期未张贴"]
    assert sheet[3:] == [[1, "东镇", "530902100000", 3, 1, 0, 2], [2, "西乡", "530902200000", 0, 0, 0, 0],
                         ["合计", "2 个乡镇", None, 3, 1, 0, 2]]
