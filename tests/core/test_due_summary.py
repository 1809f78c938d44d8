"""The 工作台's fast due figures (counts and first rows from SQL) against the whole lists, on a real database with
a few hundred records across states, attributes, dates, domains, estimated years and missing event dates."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.catalog import CatalogItem
from townshipdesk.core.disclosures import Disclosures, DueList
from townshipdesk.core.due_summary import DueSummary, due_summary
from townshipdesk.core.store import Database

TODAY = dt.date(2026, 11, 28)
LIMITS = [("社会救助", "政策文件", "自作出决定之日起7个工作日内"), ("财政预决算", "预算公开", "批复后20日内"),
          ("财政预决算", "临时救助", "信息形成或者变更之日起20个工作日内"), ("土地征收", "征收公告", "开始日前20日发布公告"),
          ("土地征收", "补偿方案", "长期公开")]


def _item(domain: str, level2: str, time_limit: str) -> CatalogItem:
    return CatalogItem(domain=domain, level1="公开事项", level2=level2, content="内容", basis="《条例》", time_limit=time_limit,
                       body="某某镇人民政府", channels=["政府网站"], audience=["全社会"], mode=["主动"], tiers=["乡级"])


@pytest.fixture
def office(township_db: Database) -> Disclosures:
    """300 records a township could have: every state, hidden attributes, overdue years back and due after the
    published calendars (estimated), same-day ties, records waiting for their event date, a few deleted."""
    records = Disclosures(township_db, load_calendar(township_db))
    items = [records.catalog.add_item(_item(*limit)) for limit in LIMITS]
    rng = random.Random(15)
    for n in range(300):
        target = rng.choice(items)
        formed = TODAY + dt.timedelta(days=rng.choice([-900, -400, -60, -20, -9, -8, -3, -1, 0, 2, 400, 800]))
        hidden = rng.random() < 0.15
        event = formed + dt.timedelta(days=40) if "开始日前" in target.time_limit and rng.random() < 0.5 else None
        r = records.add(target.uuid, f"记录{n:03d}", formed, attribute="此件不公开" if hidden else "此件公开发布",
                        attribute_reason="涉及个人隐私" if hidden else "", event=event)
        step = rng.choice(["draft", "draft", "pending", "pending", "reviewed", "returned", "published"])
        if step != "draft":
            records.submit(r.uuid)
        if step == "returned":
            records.review(r.uuid, "secrecy", "张保密", approve=False, comment="请删去身份证号")
        if step in ("reviewed", "published"):
            records.review(r.uuid, "secrecy", "张保密")
            records.review(r.uuid, "release", "李发布")
        if step == "published" and not hidden:
            records.publish(r.uuid, max(dt.date.fromisoformat(r.formed_date), TODAY - dt.timedelta(days=1)))
        if rng.random() < 0.05:
            with township_db.transaction():
                township_db.conn.execute("UPDATE disclosures SET deleted_at = '2026-11-01T00:00:00Z' WHERE uuid = ?", (r.uuid,))
    return records


def _uuids(records: list) -> list[str]:
    return [r.uuid for r in records]


def _same(fast: DueSummary, full: DueList, first_rows: int) -> None:
    assert (fast.overdue_count, fast.due_soon_count, fast.review_count) == (
        len(full.overdue), len(full.due_soon), len(full.waiting_review))
    assert _uuids(fast.overdue) == _uuids(full.overdue[:first_rows])
    assert _uuids(fast.due_soon) == _uuids(full.due_soon[:first_rows])
    assert _uuids(fast.waiting_review) == _uuids(full.waiting_review[:first_rows])
    assert fast.overdue == full.overdue[:first_rows]  # whole records, every field the tables show
    by_domain: dict[str, Counter[str]] = {}
    for key, rows in (("overdue", full.overdue), ("soon", full.due_soon), ("review", full.waiting_review)):
        for r in rows:
            by_domain.setdefault(r.domain, Counter())[key] += 1
    assert fast.by_domain == by_domain
    listed = [*full.overdue, *full.due_soon, *full.waiting_review]
    assert fast.estimated == Counter(int(r.due_date[:4]) for r in listed if r.due_estimated and r.due_date)
    assert fast.missing == full.missing


@pytest.mark.parametrize("first_rows", [1, 7, 200])
def test_counts_and_first_rows_equal_the_whole_lists(office: Disclosures, first_rows: int) -> None:
    for today in (TODAY, TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(days=500)):
        full = office.due_list(today)
        fast = due_summary(office, today, first_rows=first_rows)
        _same(fast, full, first_rows)
    full = office.due_list(TODAY)
    # The data really spans every case the lists tell apart.
    assert len(full.overdue) > 20 and len(full.waiting_review) > 20 and any(r.needs_event for r in full.due_soon)
    assert any(r.due_date for r in full.due_soon) and any(r.due_estimated for r in full.overdue + full.due_soon)
    assert len({r.domain for r in full.overdue}) > 1
    assert len(full.overdue) > len({(r.due_date, r.formed_date) for r in full.overdue})  # ties the uuid orders
