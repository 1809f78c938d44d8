"""Villages, their affairs lists and postings, objections, and what each village has not posted."""

from __future__ import annotations

import datetime as dt

import pytest

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.store import Database
from townshipdesk.core.villages import Villages
from townshipdesk.errors import VillageError

D = dt.date


@pytest.fixture
def villages(township_db: Database) -> Villages:
    return Villages(township_db, load_calendar(township_db))


def test_a_new_village_gets_the_default_affairs_list(villages: Villages) -> None:
    v = villages.add("530902100201", "大河村", groups=["大河一组", "大河二组", "大河一组"], phone="0871-6789123")
    assert v.groups == ["大河一组", "大河二组"]
    items = villages.items("大河村")
    assert {i.category for i in items} == {"制度类", "事务类", "财务类"}
    finance = next(i for i in items if i.name == "村级财务收支情况")
    assert finance.rhythm == "monthly"


@pytest.mark.parametrize(
    ("code", "message"),
    [("530902100000", "后3位不为000"), ("5309021002", "12位数字"), ("530902200201", "不属于本乡镇")],
)
def test_village_codes_are_checked(villages: Villages, code: str, message: str) -> None:
    with pytest.raises(VillageError, match=message):
        villages.add(code, "某村")


def test_postings_compute_the_notice_period_and_clear_the_due_list(villages: Villages) -> None:
    villages.add("530902100201", "大河村")
    due_before = {(u.village.name, u.item.name) for u in villages.unposted(D(2026, 11, 28))}
    assert ("大河村", "村级财务收支情况") in due_before
    posting = villages.post("大河村", "村级财务收支", "10月财务收支公开", D(2026, 11, 5), notice_days=5, working=True,
                            reviewers=["李文", "王芳"])
    # Posted Thursday 5 November (not counted): working days 6, 9, 10, 11, 12 November.
    assert (posting.notice_start, posting.notice_end) == ("2026-11-05", "2026-11-12")
    assert posting.reviewers == ["李文", "王芳"]
    due_after = {(u.village.name, u.item.name) for u in villages.unposted(D(2026, 11, 28))}
    assert ("大河村", "村级财务收支情况") not in due_after
    assert ("大河村", "村级财务收支情况") in {(u.village.name, u.item.name) for u in villages.unposted(D(2026, 12, 1))}


def test_objections_are_recorded_with_the_reply(villages: Villages) -> None:
    villages.add("530902100201", "大河村")
    p = villages.post("大河村", "最低生活保障", "低保名单", D(2026, 11, 2))
    p = villages.record_objection(p.uuid, "张三家庭收入不实", "经入户核查，已取消其资格")
    assert (p.objections, p.objection_reply) == ("张三家庭收入不实", "经入户核查，已取消其资格")
    with pytest.raises(VillageError, match="异议内容"):
        villages.record_objection(p.uuid, " ")


def test_items_can_be_added_and_must_be_unique(villages: Villages) -> None:
    villages.add("530902100201", "大河村")
    villages.add_item("大河村", "事务类", "人居环境整治红黑榜", "monthly")
    with pytest.raises(VillageError, match="已有事项"):
        villages.add_item("大河村", "事务类", "人居环境整治红黑榜", "monthly")
    with pytest.raises(VillageError, match="公开频次"):
        villages.add_item("大河村", "事务类", "其他", "weekly")


def test_villages_and_their_lists_can_be_edited(villages: Villages) -> None:
    villages.add("530902100201", "大河村", groups=["一组", "二组"])
    v = villages.update("大河村", phone="0871-1234567", groups=["一组", "三组"])
    assert (v.phone, v.groups) == ("0871-1234567", ["一组", "三组"])
    villages.retire_item("大河村", "村干部误工补贴")
    assert "村干部误工补贴" not in {i.name for i in villages.items("大河村")}


def test_a_posting_dated_after_today_is_refused(db: Database) -> None:
    villages = Villages(db, load_calendar(db), today=lambda: dt.date(2026, 11, 10))
    villages.add("530902100201", "大河村")
    item = villages.items("大河村")[0]
    with pytest.raises(VillageError, match="晚于今天"):
        villages.post("大河村", item.uuid, "大河村公示", dt.date(2026, 11, 11))
    assert villages.post("大河村", item.uuid, "大河村公示", dt.date(2026, 11, 10)).posted_date == "2026-11-10"
