"""Disclosure records through the whole review cycle, refusals, due lists, periodic gaps, audit, attachments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.catalog import Catalog, CatalogItem
from townshipdesk.core.disclosures import Disclosures
from townshipdesk.core.store import Database
from townshipdesk.errors import RecordError
from townshipdesk.io.attachments import store_file, stored_path

D = dt.date


def item(catalog: Catalog, level2: str, time_limit: str) -> CatalogItem:
    return catalog.add_item(CatalogItem(domain="社会救助", level1="最低生活保障", level2=level2, content="名单",
                                        basis="《社会救助暂行办法》", time_limit=time_limit, body="某某镇人民政府",
                                        channels=["政府网站", "村务公开栏"], audience=["全社会"], mode=["主动"], tiers=["乡级"]))


@pytest.fixture
def records(township_db: Database) -> Disclosures:
    return Disclosures(township_db, load_calendar(township_db))


def test_a_record_gets_its_due_date_from_the_item(records: Disclosures) -> None:
    policy = item(records.catalog, "政策文件", "信息形成或者变更之日起20个工作日内")
    r = records.add(policy.uuid, "关于调整低保标准的通知", "2026-09-20", doc_number="某政发〔2026〕5号")
    assert (r.due_date, r.state, r.channels) == ("2026-10-23", "draft", ["政府网站", "村务公开栏"])
    assert (r.domain, r.item_name) == ("社会救助", "最低生活保障 / 政策文件")


def test_whole_review_cycle_and_publication(records: Disclosures) -> None:
    r = records.add(item(records.catalog, "政策文件", "20个工作日").uuid, "通知", "2026-11-02")
    with pytest.raises(RecordError, match="未完成保密审查和发布审查，不能发布"):
        records.publish(r.uuid, "2026-11-05")
    r = records.submit(r.uuid)
    assert r.state == "pending"
    r = records.review(r.uuid, "secrecy", "张保密")
    assert r.state == "pending" and r.secrecy_reviewer == "张保密" and r.secrecy_at
    with pytest.raises(RecordError, match="未完成发布审查"):
        records.publish(r.uuid, "2026-11-05")
    r = records.review(r.uuid, "release", "李发布")
    assert r.state == "reviewed"
    r = records.publish(r.uuid, "2026-11-05")
    assert (r.state, r.publish_date) == ("published", "2026-11-05")
    with pytest.raises(RecordError, match="只能补充备注"):
        records.update(r.uuid, {"title": "改标题"})
    assert records.update(r.uuid, {"notes": "已在公示栏张贴"}).notes == "已在公示栏张贴"


def test_a_returned_record_needs_a_comment_and_starts_over(records: Disclosures) -> None:
    r = records.submit(records.add(item(records.catalog, "政策文件", "20个工作日").uuid, "通知", "2026-11-02").uuid)
    with pytest.raises(RecordError, match="退回时请写明原因"):
        records.review(r.uuid, "secrecy", "张保密", approve=False)
    r = records.review(r.uuid, "secrecy", "张保密", approve=False, comment="含身份证号，需删减")
    assert (r.state, r.return_comment) == ("returned", "含身份证号，需删减")
    assert records.submit(r.uuid).state == "pending"


def test_editing_content_under_review_sends_it_back_to_draft(records: Disclosures) -> None:
    r = records.submit(records.add(item(records.catalog, "政策文件", "20个工作日").uuid, "通知", "2026-11-02").uuid)
    records.review(r.uuid, "secrecy", "张保密")
    r = records.update(r.uuid, {"title": "关于某事的通知（修订）"})
    assert r.state == "draft" and r.secrecy_reviewer == ""


def test_attributes_that_withhold_need_a_reason_and_are_never_published(records: Disclosures) -> None:
    target = item(records.catalog, "政策文件", "20个工作日")
    with pytest.raises(RecordError, match="属性为“此件不公开”时必须填写理由"):
        records.add(target.uuid, "内部请示", "2026-11-02", attribute="此件不公开")
    r = records.add(target.uuid, "内部请示", "2026-11-02", attribute="此件不公开", attribute_reason="内部事务信息")
    records.submit(r.uuid)
    records.review(r.uuid, "secrecy", "张")
    records.review(r.uuid, "release", "李")
    with pytest.raises(RecordError, match="不主动发布"):
        records.publish(r.uuid, "2026-11-03")
    with pytest.raises(RecordError, match="公开属性只能是"):
        records.add(target.uuid, "x", "2026-11-02", attribute="公开")


def test_due_date_by_hand_needs_a_reason_and_survives_date_edits(records: Disclosures) -> None:
    r = records.add(item(records.catalog, "政策文件", "20个工作日").uuid, "通知", "2026-11-02")
    with pytest.raises(RecordError, match="必须填写理由"):
        records.set_due(r.uuid, "2026-12-31", " ")
    r = records.set_due(r.uuid, "2026-12-31", "县里统一延期")
    r = records.update(r.uuid, {"formed_date": "2026-11-10"})
    assert r.due_date == "2026-12-31" and r.due_computed != "2026-12-31"


def test_due_list_sorts_overdue_from_due_soon(records: Disclosures) -> None:
    target = item(records.catalog, "政策文件", "自作出决定之日起7个工作日内")
    late = records.add(target.uuid, "早的", "2026-10-12")  # due 2026-10-21
    soon = records.add(target.uuid, "近的", "2026-11-20")  # due 2026-12-01
    later = records.add(target.uuid, "远的", "2026-12-20")
    done = records.add(target.uuid, "已发布", "2026-10-12")
    records.submit(done.uuid)
    records.review(done.uuid, "secrecy", "张")
    records.review(done.uuid, "release", "李")
    records.publish(done.uuid, "2026-10-13")
    due = records.due_list(D(2026, 11, 28))
    assert [r.uuid for r in due.overdue] == [late.uuid]
    assert [r.uuid for r in due.due_soon] == [soon.uuid]
    assert later.uuid not in {r.uuid for r in due.overdue + due.due_soon}


def test_missing_periodic_disclosures_per_period(records: Disclosures) -> None:
    monthly = item(records.catalog, "保障对象名单", "每月10日前公开上月情况")
    quarterly = item(records.catalog, "资金发放", "每季度")
    missing = {m.item.uuid: m for m in records.missing_periodic(D(2026, 11, 28))}
    assert {monthly.uuid, quarterly.uuid} <= set(missing)
    assert (missing[quarterly.uuid].period_start, missing[quarterly.uuid].period_end) == (D(2026, 10, 1), D(2026, 12, 31))
    r = records.add(quarterly.uuid, "第四季度资金发放情况", "2026-11-05")
    assert (r.period_start, r.period_end) == ("2026-10-01", "2026-12-31")
    records.add(monthly.uuid, "10月保障对象名单", "2026-11-06")  # covers the previous month
    still = {m.item.uuid for m in records.missing_periodic(D(2026, 11, 28))}
    assert quarterly.uuid not in still and monthly.uuid not in still


def test_policy_interpretation_is_due_three_working_days_after_the_policy(records: Disclosures) -> None:
    target = item(records.catalog, "政策文件", "20个工作日")
    policy = records.add(target.uuid, "低保实施办法", "2026-09-28")
    records.submit(policy.uuid)
    records.review(policy.uuid, "secrecy", "张")
    records.review(policy.uuid, "release", "李")
    records.publish(policy.uuid, "2026-09-30")
    reading = records.add(target.uuid, "《低保实施办法》政策解读", "2026-09-30", kind="interpretation", policy_id=policy.uuid)
    assert reading.policy_uuid == policy.uuid
    assert reading.due_date == "2026-10-10"  # 30 Sep + 3 working days: 8 Oct, 9 Oct, Saturday 10 Oct (调休)
    with pytest.raises(RecordError, match="政策解读需要关联"):
        records.add(target.uuid, "解读", "2026-09-30", kind="interpretation")


def test_every_change_is_in_the_audit_log(records: Disclosures) -> None:
    r = records.add(item(records.catalog, "政策文件", "20个工作日").uuid, "通知", "2026-11-02")
    records.update(r.uuid, {"title": "通知（修订）"})
    records.submit(r.uuid)
    history = records.history(r.uuid)
    assert [h["action"] for h in history] == ["record.add", "record.edit", "record.submit"]
    assert history[1]["detail"]["title"] == ["通知", "通知（修订）"]
    assert all(h["at"].endswith("Z") for h in history)


def test_attachments_are_stored_once_by_content(records: Disclosures, tmp_path: Path) -> None:
    r = records.add(item(records.catalog, "政策文件", "20个工作日").uuid, "通知", "2026-11-02")
    source = tmp_path / "通知.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    data_dir = tmp_path / "data"
    digest, size = store_file(data_dir, source)
    again, _ = store_file(data_dir, source)
    assert digest == again and stored_path(data_dir, digest).read_bytes() == b"%PDF-1.4 test"
    records.attach(r.uuid, digest, source.name, size)
    assert [f["filename"] for f in records.files(r.uuid)] == ["通知.pdf"]
    with pytest.raises(RecordError, match="找不到附件文件"):
        store_file(data_dir, tmp_path / "nope.pdf")


def test_standing_items_without_any_record_are_listed(records: Disclosures) -> None:
    standing = item(records.catalog, "政策法规文件", "长期公开")
    missing = {m.item.uuid: m for m in records.missing_periodic(D(2026, 11, 28))}
    assert missing[standing.uuid].standing and missing[standing.uuid].to_json()["kind"] == "standing"
    records.add(standing.uuid, "社会救助政策汇编", "2025-03-01")
    assert standing.uuid not in {m.item.uuid for m in records.missing_periodic(D(2026, 11, 28))}


def test_estimated_due_dates_are_recomputed_when_the_schedule_arrives(records: Disclosures) -> None:
    from townshipdesk.core.calendar_update import take_in_year
    from townshipdesk.core.workdays import parse_year

    target = item(records.catalog, "政策文件", "自作出决定之日起3个工作日内")
    r = records.add(target.uuid, "元旦当天的决定", "2031-01-01")
    assert (r.due_date, r.due_estimated) == ("2031-01-06", True)  # estimated (元旦 known, 调休 not): Thu 2, Fri 3, Mon 6
    year = parse_year({"year": 2031, "days": [{"name": "元旦", "date": "2031-01-01", "isOffDay": True},
                                              {"name": "元旦", "date": "2031-01-02", "isOffDay": True},
                                              {"name": "元旦", "date": "2031-01-03", "isOffDay": True}]})
    assert take_in_year(records.db, year, origin="manual") == 1
    r = records.get(r.uuid)
    assert r.due_estimated is False and r.due_date == "2031-01-08"  # 6, 7, 8 January
    assert records.history(r.uuid)[-1]["action"] == "record.recompute"
    assert records.preview_due(target.uuid, "2031-01-01") == ("2031-01-06", True)  # this object's calendar is older


def test_a_publication_after_today_is_refused(township_db: Database) -> None:
    records = Disclosures(township_db, load_calendar(township_db), today=D(2026, 11, 28))
    record = records.add(item(records.catalog, "保障对象名单", "每月").uuid, "11月低保名单", "2026-11-20")
    records.submit(record.uuid)
    records.review(record.uuid, "secrecy", "王建国")
    records.review(record.uuid, "release", "李红梅")
    with pytest.raises(RecordError, match="晚于今天"):
        records.publish(record.uuid, "2027-05-01")
    assert records.publish(record.uuid, "2026-11-28").state == "published"
