"""The village affairs items the 村民委员会组织法 names (Arts. 24, 30, 35): in the default list with their basis, added
to villages created before (migration 0018), and the events of items published 随时 that put a posting due on the
工作台 until it goes up."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.disclosures import Disclosures
from townshipdesk.core.due_summary import due_summary
from townshipdesk.core.store import Database
from townshipdesk.core.village_events import EVENT_POSTING_WORKING_DAYS, VillageEvents
from townshipdesk.core.villages import Villages, default_items
from townshipdesk.errors import VillageError

D = dt.date
STATUTORY = {
    "协助人民政府开展工作的情况": ("quarterly", "第三十条第二款第（四）项"),
    "接受社会捐赠款物的管理使用情况": ("quarterly", "第三十条第二款第（三）项"),
    "村民委员会成员任期和离任经济责任审计结果": ("immediate", "第三十五条"),
    "土地承包经营方案": ("immediate", "第二十四条第一款第（四）项"),
    "征地补偿费的使用、分配方案": ("immediate", "第二十四条第一款第（七）项"),
}
# The default list as villages created before migration 0018 got it (resources/village_items.json, format 1).
OLD_DEFAULTS = [
    ("制度类", "村规民约、村民自治章程", "immediate"), ("制度类", "村民会议、村民代表会议决定事项及实施情况", "immediate"),
    ("事务类", "最低生活保障对象名单及保障金额", "monthly"), ("事务类", "特困人员救助供养对象名单", "quarterly"),
    ("事务类", "临时救助对象名单及救助金额", "quarterly"), ("事务类", "惠农补贴（耕地地力保护补贴等）发放名单", "quarterly"),
    ("事务类", "高龄津贴、养老服务补贴发放情况", "quarterly"), ("事务类", "巩固拓展脱贫攻坚成果和乡村振兴项目及资金", "quarterly"),
    ("事务类", "宅基地审批、集体土地征收补偿", "immediate"), ("事务类", "计划生育、医疗救助等政策落实情况", "quarterly"),
    ("财务类", "村级财务收支情况", "monthly"), ("财务类", "集体资产、资源发包租赁及收益分配", "quarterly"),
    ("财务类", "一事一议筹资筹劳及村级公益事业建设项目", "immediate"), ("财务类", "村干部误工补贴", "quarterly"),
]


def villages_on(db: Database, today: dt.date) -> Villages:
    return Villages(db, load_calendar(db), today=lambda: today)


def test_the_default_list_has_the_items_the_law_names_with_their_articles(township_db: Database) -> None:
    villages = villages_on(township_db, D(2026, 10, 1))
    villages.add("530902100201", "大河村")
    items = {i.name: i for i in villages.items("大河村")}
    for name, (rhythm, article) in STATUTORY.items():
        assert items[name].statutory and items[name].rhythm == rhythm
        assert items[name].basis.startswith("《村民委员会组织法》") and article in items[name].basis
    assert all(i.basis for i in items.values())  # every item says where the duty comes from
    assert not items["村级财务收支情况"].statutory
    with pytest.raises(VillageError, match="法律规定的村务公开事项"):
        villages.retire_item("大河村", "土地承包经营方案")


def test_villages_made_with_the_old_default_list_gain_the_statutory_items_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "townshipdesk.sqlite3"
    shutil.copy(REPO / "tests" / "fixtures" / "schemas" / "schema-13.sqlite3", path)
    import sqlite3

    old = sqlite3.connect(path)
    site = old.execute("SELECT site_id FROM site").fetchone()[0]
    village = old.execute("SELECT uuid FROM villages").fetchone()[0]
    for sort, (category, name, rhythm) in enumerate(OLD_DEFAULTS):
        old.execute("INSERT INTO village_items (uuid, village_uuid, category, name, rhythm, sort, site_id, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-05T08:00:00Z')",
                    (f"00000000-0000-4000-8000-{sort:012d}", village, category, name, rhythm, sort, site))
    # A county's copy of another township's village must not be touched: that township sends its own items.
    old.execute("INSERT INTO villages (uuid, site_id, division_code, name, created_at, updated_at) VALUES "
                "('99999999-0000-0000-0000-000000000001', 'other-site', '530902200201', '外乡村', 'x', 'x')")
    old.commit()
    old.close()

    db = Database(path)
    try:
        villages = villages_on(db, D(2026, 10, 1))
        items = villages.items("大河村")
        shipped = {e["name"]: e for e in default_items()}
        assert [i.name for i in items] == [e["name"] for e in default_items()]  # the old order, then the law's items
        for item in items:  # the migration gives exactly what a new village gets
            assert (item.category, item.rhythm, item.basis, item.statutory) == (
                shipped[item.name]["category"], shipped[item.name]["rhythm"], shipped[item.name]["basis"],
                shipped[item.name].get("statutory", False))
        assert not villages.items("外乡村")
        travelling = db.conn.execute("SELECT count(DISTINCT uuid) FROM sync_changes WHERE tbl = 'village_items'").fetchone()[0]
        assert travelling >= len(items)  # new and updated items go to the county in the next bundle
    finally:
        db.close()


def test_the_migration_inserts_what_the_shipped_list_names() -> None:
    """The migration is a snapshot of the list; this keeps the two from drifting apart."""
    sql = (REPO / "townshipdesk" / "core" / "migrations" / "0018_village_statutory.sql").read_text(encoding="utf-8")
    for entry in default_items():
        assert f"'{entry['name']}'" in sql and f"'{entry['basis']}'" in sql


def test_an_event_puts_a_posting_due_on_the_dashboard_until_it_is_posted(township_db: Database) -> None:
    calendar = load_calendar(township_db)
    villages = villages_on(township_db, D(2026, 9, 30))
    villages.add("530902100201", "大河村")
    events = VillageEvents(villages)
    event = events.record("大河村", "土地承包", D(2026, 9, 30), "2026年土地承包经营方案经村民会议通过")
    # Wednesday 30 September: 1–7 October are the National Day holiday, Saturday 10 October is a working day:
    # 8, 9, 10, 12, 13 October.
    assert EVENT_POSTING_WORKING_DAYS == 5 and event.due_date == D(2026, 10, 13) and not event.due_estimated

    records = Disclosures(township_db, calendar)
    on_time = due_summary(records, D(2026, 10, 13))
    assert [e.title for e in on_time.village_events] == [event.title] and on_time.village_events_overdue == 0
    late = due_summary(records, D(2026, 10, 14))
    assert late.village_events_overdue == 1
    land = next(i for i in villages.items("大河村") if i.name == "土地承包经营方案")
    assert events.next_due(land, D(2026, 10, 14)) == D(2026, 10, 13)

    villages.today = lambda: D(2026, 10, 14)
    posting = villages.post("大河村", "土地承包经营方案", "大河村2026年土地承包经营方案公告", D(2026, 10, 14))
    assert posting.event is not None and posting.event.uuid == event.uuid and posting.event.late
    assert due_summary(records, D(2026, 10, 14)).village_events == []
    assert events.next_due(land, D(2026, 10, 14)) is None
    assert [e.posted_date for e in events.list("大河村")] == [D(2026, 10, 14)]


def test_events_are_refused_for_periodic_items_future_days_and_without_a_title(township_db: Database) -> None:
    villages = villages_on(township_db, D(2026, 10, 9))
    villages.add("530902100201", "大河村")
    events = VillageEvents(villages)
    with pytest.raises(VillageError, match="按固定周期公开"):
        events.record("大河村", "村级财务收支情况", D(2026, 10, 9), "9月收支")
    with pytest.raises(VillageError, match="晚于今天"):
        events.record("大河村", "征地补偿费", D(2026, 10, 10), "征地补偿费分配方案通过")
    with pytest.raises(VillageError, match="请写明事件"):
        events.record("大河村", "征地补偿费", D(2026, 10, 9), "  ")


def test_a_posting_clears_the_event_it_names_and_never_one_that_happened_after_it(township_db: Database) -> None:
    villages = villages_on(township_db, D(2026, 11, 20))
    villages.add("530902100201", "大河村")
    events = VillageEvents(villages)
    first = events.record("大河村", "经济责任审计", D(2026, 11, 2), "第十一届村委会任期经济责任审计结果")
    second = events.record("大河村", "经济责任审计", D(2026, 11, 16), "村委会主任离任经济责任审计结果")
    posting = villages.post("大河村", "经济责任审计", "离任审计结果公告", D(2026, 11, 17), event=second.uuid[:8])
    assert posting.event is not None and posting.event.uuid == second.uuid
    assert [e.uuid for e in events.list(open_only=True)] == [first.uuid]
    with pytest.raises(VillageError, match="没有待张贴的事件"):
        villages.post("大河村", "经济责任审计", "审计结果公告", D(2026, 11, 1), event=first.uuid[:8])
    plain = villages.post("大河村", "经济责任审计", "审计结果公告", D(2026, 11, 1))  # before the event: clears nothing
    assert plain.event is None and [e.uuid for e in events.list(open_only=True)] == [first.uuid]


def test_the_shipped_list_is_valid_json_with_a_basis_for_every_item() -> None:
    data = json.loads((REPO / "resources" / "village_items.json").read_text(encoding="utf-8"))
    assert data["format"] == 2
    assert {e["name"] for e in data["items"] if e.get("statutory")} == set(STATUTORY)
