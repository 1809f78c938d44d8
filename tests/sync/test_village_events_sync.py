"""Village events (items published 随时) travel in the township's bundle with the statutory items, and the county
counts, per township, the events whose posting is overdue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.sync.conftest import Office
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.county import county_overview
from townshipdesk.core.village_events import VillageEvents
from townshipdesk.core.villages import Villages


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
