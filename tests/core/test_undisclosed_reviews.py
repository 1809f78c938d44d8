"""The yearly re-assessment of records marked not disclosed, and the clean-up of lapsed policies."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.core.test_disclosures import item
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.disclosures import Disclosures
from townshipdesk.core.due_summary import due_summary
from townshipdesk.core.lapsed_policies import LapsedPolicies
from townshipdesk.core.store import Database
from townshipdesk.core.undisclosed_reviews import UndisclosedReviews, latest_anchor_due_by, review_due
from townshipdesk.errors import RecordError

D = dt.date
REASON = "涉及未成年人个人隐私，依《条例》第十五条不予公开"


def service(db: Database, today: dt.date) -> Disclosures:
    return Disclosures(db, load_calendar(db), today=today)


def undisclosed(db: Database, formed: str, *, attribute: str = "此件不公开", limit: str = "20个工作日") -> str:
    records = service(db, D(2030, 1, 1))
    policy = item(records.catalog, f"政策文件{formed}{attribute}", limit)
    return records.add(policy.uuid, f"{formed}的内部通知", formed, attribute=attribute, attribute_reason=REASON).uuid


def due_ids(db: Database, today: dt.date) -> list[str]:
    return [u.record.uuid for u in UndisclosedReviews(service(db, today)).list(today, due_only=True)]


@pytest.mark.parametrize(("formed", "not_yet", "due"), [
    ("2026-03-10", "2027-03-09", "2027-03-10"),
    ("2024-02-29", "2025-02-27", "2025-02-28"),  # no 29 February in 2025: the month's last day (民法典 Art. 202)
    ("2025-12-31", "2026-12-30", "2026-12-31"),  # over the year end
    ("2026-01-01", "2026-12-31", "2027-01-01"),
    ("2023-02-28", "2024-02-27", "2024-02-28"),  # into a leap year: the corresponding day, not the 29th
])
def test_a_record_not_disclosed_becomes_due_twelve_months_later(township_db: Database, formed: str, not_yet: str,
                                                                due: str) -> None:
    uuid = undisclosed(township_db, formed)
    assert review_due(D.fromisoformat(formed)) == D.fromisoformat(due)
    assert due_ids(township_db, D.fromisoformat(not_yet)) == []
    assert due_ids(township_db, D.fromisoformat(due)) == [uuid]
    assert due_ids(township_db, D.fromisoformat(due) + dt.timedelta(days=40)) == [uuid]


def test_the_cut_off_matches_the_due_date_for_every_day_of_four_years() -> None:
    day = D(2023, 1, 1)
    while day < D(2027, 1, 1):  # whatever the day, anchors up to the cut-off are due and the next one is not
        cut = latest_anchor_due_by(day)
        assert review_due(cut) <= day < review_due(cut + dt.timedelta(days=1)), day
        day += dt.timedelta(days=1)


def test_on_request_records_are_reassessed_too_public_ones_are_not(township_db: Database) -> None:
    on_request = undisclosed(township_db, "2025-05-06", attribute="此件依申请公开")
    records = service(township_db, D(2026, 6, 1))
    public = records.add(item(records.catalog, "公开文件", "20个工作日").uuid, "公开的通知", "2025-05-06")
    assert due_ids(township_db, D(2026, 6, 1)) == [on_request]
    with pytest.raises(RecordError, match="公开属性是“此件公开发布”，不需要不公开复核"):
        UndisclosedReviews(records).review(public.uuid, "维持", "无")


def test_a_review_resets_the_clock_and_is_kept_with_its_audit_entry(township_db: Database) -> None:
    uuid = undisclosed(township_db, "2025-03-10")
    reviews = UndisclosedReviews(service(township_db, D(2026, 4, 1)))
    assert due_ids(township_db, D(2026, 4, 1)) == [uuid]
    record, review = reviews.review(uuid, "维持", "仍涉及个人隐私", on=D(2026, 3, 20), reviewer="王审核")
    assert (record.attribute, review.outcome, review.reviewed_on) == ("此件不公开", "维持", "2026-03-20")
    assert due_ids(township_db, D(2026, 4, 1)) == []
    assert due_ids(township_db, D(2027, 3, 19)) == []
    assert due_ids(township_db, D(2027, 3, 20)) == [uuid]
    listed = reviews.list(D(2026, 4, 1))[0]
    assert (listed.last_review, listed.due) == ("2026-03-20", D(2027, 3, 20))
    assert [(r.outcome, r.reason, r.reviewer) for r in reviews.history(uuid)] == [("维持", "仍涉及个人隐私", "王审核")]
    entry = service(township_db, D(2026, 4, 1)).history(uuid)[-1]
    assert entry["action"] == "record.undisclosed_review"
    assert entry["detail"] == {"outcome": "维持", "reason": "仍涉及个人隐私", "reviewed_on": "2026-03-20", "reviewer": "王审核"}
    with pytest.raises(Exception, match="append-only"):  # the audit log keeps it for good
        township_db.conn.execute("DELETE FROM audit_log WHERE action = 'record.undisclosed_review'")


def test_making_public_changes_the_mark_and_puts_it_among_the_due_disclosures(township_db: Database) -> None:
    uuid = undisclosed(township_db, "2025-09-01")
    records = service(township_db, D(2026, 9, 30))
    records.submit(uuid)
    records.review(uuid, "secrecy", "张保密")
    assert records.review(uuid, "release", "李发布").state == "reviewed"
    record, _ = UndisclosedReviews(records).review(uuid, "转为主动公开", "项目已结束，情势变化，可以公开", on=D(2026, 9, 28))
    # Due by the item's 时限 (20 working days) from the review day; 国庆 2026 is 1–7 October, 10 October a working Saturday: 30 October.
    assert (record.attribute, record.attribute_reason, record.state) == ("此件公开发布", "", "draft")
    assert record.due_date == "2026-10-30" and "2026-09-28" in record.due_reason
    assert (record.secrecy_reviewer, record.release_reviewer) == ("", "")
    summary = due_summary(service(township_db, D(2026, 10, 27)), D(2026, 10, 27), include_missing=False)
    assert [r.uuid for r in summary.due_soon] == [uuid] and summary.reassess_count == 0
    assert [r.uuid for r in service(township_db, D(2026, 11, 3)).due_list(D(2026, 11, 3)).overdue] == [uuid]
    detail = records.history(uuid)[-1]["detail"]
    assert detail["attribute"] == ["此件不公开", "此件公开发布"] and detail["state"] == ["reviewed", "draft"]
    assert detail["due_date"] == ["2025-09-28", "2026-10-30"]  # 28 September 2025: a working Sunday
    # Recomputing due dates after a calendar import keeps the date counted from the review.
    township_db.conn.execute("UPDATE disclosures SET due_estimated = 1 WHERE uuid = ?", (uuid,))
    records.recompute_estimated()
    assert records.get(uuid).due_date == "2026-10-30"


def test_the_workbench_lists_the_reviews_due(township_db: Database) -> None:
    old = undisclosed(township_db, "2025-01-15")
    undisclosed(township_db, "2025-11-15", attribute="此件依申请公开")
    summary = due_summary(service(township_db, D(2026, 2, 1)), D(2026, 2, 1), include_missing=False)
    assert summary.reassess_count == 1 and [u.record.uuid for u in summary.reassess] == [old]
    assert summary.reassess[0].due == D(2026, 1, 15)


def test_reviews_are_refused_with_reasons(township_db: Database) -> None:
    uuid = undisclosed(township_db, "2025-03-10")
    reviews = UndisclosedReviews(service(township_db, D(2026, 4, 1)))
    with pytest.raises(RecordError, match="请写明复核理由"):
        reviews.review(uuid, "维持", "  ")
    with pytest.raises(RecordError, match="只能是“维持”或“转为主动公开”"):
        reviews.review(uuid, "公开", "理由")
    with pytest.raises(RecordError, match="复核日期 2026-04-02 晚于今天（2026-04-01）"):
        reviews.review(uuid, "维持", "理由", on=D(2026, 4, 2))
    with pytest.raises(RecordError, match="早于信息形成日期 2025-03-10"):
        reviews.review(uuid, "维持", "理由", on=D(2025, 3, 9))
    with pytest.raises(RecordError, match="找不到编号为“ffffffff”的公开记录"):
        reviews.review("ffffffff", "维持", "理由")
    assert reviews.history(uuid) == []


def test_lapsed_policies_leave_the_review_list_and_make_the_period_list(township_db: Database) -> None:
    records = service(township_db, D(2026, 11, 30))
    policy = item(records.catalog, "政策文件", "20个工作日")
    old = records.add(policy.uuid, "关于印发低保实施细则的通知", "2019-05-06", doc_number="某政发〔2019〕3号")
    new = records.add(policy.uuid, "关于印发低保实施办法的通知", "2026-06-01", doc_number="某政发〔2026〕8号")
    secret = undisclosed(township_db, "2020-01-01")
    lapses = LapsedPolicies(records)
    marked = lapses.mark(old.uuid, "废止", D(2026, 6, 1), replaced_by=new.uuid[:8])
    assert (marked.lapse_status, marked.lapse_date, marked.replaced_by) == (
        "废止", "2026-06-01", "《关于印发低保实施办法的通知》（某政发〔2026〕8号）")
    lapses.mark(secret, "失效", D(2025, 12, 31))
    assert due_ids(township_db, D(2026, 11, 30)) == []  # a lapsed document is not re-assessed
    listed = lapses.between(D(2026, 1, 1), D(2026, 12, 31))
    assert [r.uuid for r in listed.records] == [old.uuid]
    assert json.dumps(listed.to_json(), ensure_ascii=False).count("废止") == 1
    assert [r.uuid for r in lapses.between(D(2025, 1, 1), D(2026, 12, 31)).records] == [secret, old.uuid]
    assert records.history(old.uuid)[-1]["detail"]["lapse_status"] == [None, "废止"]
    with pytest.raises(RecordError, match="状态只能是“失效”或“废止”"):
        lapses.mark(new.uuid, "作废", D(2026, 6, 1))
    with pytest.raises(RecordError, match="晚于今天"):
        lapses.mark(new.uuid, "失效", D(2026, 12, 1))
    with pytest.raises(RecordError, match="早于文件形成日期"):
        lapses.mark(new.uuid, "失效", D(2026, 5, 1))
    with pytest.raises(RecordError, match="不能被它自己替代"):
        lapses.mark(new.uuid, "失效", D(2026, 7, 1), replaced_by=new.uuid)
    with pytest.raises(RecordError, match="结束日期"):
        lapses.between(D(2026, 2, 1), D(2026, 1, 1))
    with pytest.raises(RecordError, match="已于 2025-12-31 失效，不再复核"):
        UndisclosedReviews(records).review(secret, "维持", "理由")
