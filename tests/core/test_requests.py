"""Requests through every path across the 2025/2026 holidays, their deadlines day by day, and refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.requests import Requests
from townshipdesk.core.store import Database
from townshipdesk.errors import RequestError

D = dt.date


@pytest.fixture
def register(township_db: Database) -> Requests:
    return Requests(township_db, load_calendar(township_db))


def test_simple_request_across_national_day(register: Requests) -> None:
    r = register.add(D(2026, 9, 25), "natural", content="低保名单")  # received on 中秋 (a holiday)
    # Day 1 is 28 Sep; 1–7 Oct off; Sat 10 Oct is a 调休 working day; day 20 is 29 Oct.
    # Days left = working days after today up to the due date.
    expected = {D(2026, 9, 28): 19, D(2026, 10, 8): 16, D(2026, 10, 10): 14, D(2026, 10, 28): 1, D(2026, 10, 29): 0}
    for day, left in expected.items():
        c = register.clock(r, day)
        assert (c.due, c.days_left, c.overdue) == (D(2026, 10, 29), left, False), day
    late = register.clock(r, D(2026, 10, 30))
    assert late.overdue and late.days_left == -1
    assert register.clock(r, D(2026, 9, 25)).correction_due == D(2026, 10, 12)  # 补正 notice within 7 working days


def test_correction_restarts_the_clock(register: Requests) -> None:
    r = register.add(D(2026, 2, 10), "commercial")
    r = register.correct(r.uuid, D(2026, 2, 12))
    assert register.clock(r, D(2026, 3, 1)).state == "correction" and register.clock(r, D(2026, 3, 1)).due is None
    r = register.correct(r.uuid, D(2026, 2, 12), D(2026, 2, 13))
    # From Fri 13 Feb: Sat 14 (调休) day 1, 15–23 off (春节), 24–27 days 2–5, Sat 28 (调休) day 6,
    # 2–6 Mar days 7–11, 9–13 Mar days 12–16, 16–19 Mar days 17–20.
    c = register.clock(r, D(2026, 2, 24))
    assert c.due == D(2026, 3, 19)


def test_consultation_days_are_not_counted(register: Requests) -> None:
    r = register.add(D(2025, 1, 20), "research")
    assert register.clock(r, D(2025, 1, 20)).due == D(2025, 2, 21)  # across 春节 2025
    # Letter sent 5 Feb 2025; the third party's days run from 6 Feb: 6, 7, Sat 8 (调休), 10, 11 — five working
    # days not counted, so five more after 21 Feb.
    r = register.consult(r.uuid, D(2025, 2, 5), D(2025, 2, 11), party="第三方企业")
    assert register.clock(r, D(2025, 2, 12)).due == D(2025, 2, 28)
    assert register.clock(r, D(2025, 2, 12)).consult_days == 5
    ongoing = register.add(D(2025, 3, 3), "natural")
    ongoing = register.consult(ongoing.uuid, D(2025, 3, 10))
    assert register.clock(ongoing, D(2025, 3, 12)).state == "consulting"
    assert register.clock(ongoing, D(2025, 3, 12)).due == register.calendar.add_workdays(D(2025, 3, 3), 22)


def test_one_extension_of_twenty_working_days(register: Requests) -> None:
    r = register.add(D(2025, 9, 15), "legal")
    # 国庆/中秋 2025 (1–8 Oct off) with 调休 on Sun 28 Sep and Sat 11 Oct: day 20 is 17 Oct.
    assert register.clock(r, D(2025, 9, 15)).due == D(2025, 10, 17)
    r = register.extend(r.uuid, D(2025, 10, 16))
    assert register.clock(r, D(2025, 10, 16)).due == D(2025, 11, 14)  # 20 more working days
    with pytest.raises(RequestError, match="只允许延期一次"):
        register.extend(r.uuid, D(2025, 10, 17))
    late = register.add(D(2025, 9, 15), "legal")
    with pytest.raises(RequestError, match="之前决定"):
        register.extend(late.uuid, D(2025, 10, 22))


@pytest.mark.parametrize("outcome", ["1", "2", "3.1", "3.4", "3.8", "4.1", "4.2", "5.1", "5.5", "6.3",
                                     "grant", "partial", "deny-process", "reject-repeat"])
def test_every_outcome_closes_a_request(register: Requests, outcome: str) -> None:
    r = register.add(D(2026, 3, 2), "charity")
    r = register.close(r.uuid, outcome, D(2026, 3, 20), D(2026, 3, 23))
    c = register.clock(r, D(2026, 4, 30))
    assert c.state == "closed" and not c.overdue and r.outcome in {outcome, "1", "2", "3.6", "5.2"}


def test_outcomes_that_need_a_correction_first(register: Requests) -> None:
    r = register.add(D(2026, 3, 2), "natural")
    with pytest.raises(RequestError, match="须先登记补正通知"):
        register.close(r.uuid, "6.1", D(2026, 3, 20))
    with pytest.raises(RequestError, match="须先登记收到补正"):
        register.close(r.uuid, "4.3", D(2026, 3, 20))
    register.correct(r.uuid, D(2026, 3, 3))
    assert register.close(r.uuid, "6.1", D(2026, 4, 1)).outcome == "6.1"


def test_impossible_sequences_are_refused(register: Requests) -> None:
    r = register.add(D(2026, 3, 10), "natural")
    with pytest.raises(RequestError, match="不能早于收到申请日期"):
        register.close(r.uuid, "1", D(2026, 3, 9))
    with pytest.raises(RequestError, match="送达日期（2026-03-19）不能早于作出决定日期"):
        register.close(r.uuid, "1", D(2026, 3, 20), D(2026, 3, 19))
    with pytest.raises(RequestError, match="须写明作出决定的日期"):
        register.close(r.uuid, "1", None)
    with pytest.raises(RequestError, match="尚未登记办理结果"):
        register.serve(r.uuid, D(2026, 3, 20))
    register.step(r.uuid, "decision", D(2026, 3, 19))
    with pytest.raises(RequestError, match="尚未登记办理结果"):
        register.serve(r.uuid, D(2026, 3, 20))  # a decision without its outcome is not a closed request
    with pytest.raises(RequestError, match="办理结果代码“9”无效"):
        register.close(r.uuid, "9", D(2026, 3, 20))
    register.close(r.uuid, "1", D(2026, 3, 20))
    with pytest.raises(RequestError, match="已办结"):
        register.extend(r.uuid, D(2026, 3, 21))
    with pytest.raises(RequestError, match="申请人类型"):
        register.add(D(2026, 3, 10), "company")


def test_urgent_requests_for_the_dashboard(register: Requests) -> None:
    soon = register.add(D(2026, 10, 27), "natural")
    register.add(D(2026, 11, 25), "natural")
    done = register.add(D(2026, 10, 1), "natural")
    register.close(done.uuid, "1", D(2026, 10, 20))
    urgent = register.urgent(D(2026, 11, 20))
    assert [r.uuid for r, _ in urgent] == [soon.uuid]


def test_contacts_are_masked_in_lists(register: Requests) -> None:
    r = register.add(D(2026, 3, 2), "natural", contact="13508711234")
    assert r.to_json()["applicant_contact"] == "135****1234"
    assert r.to_json(masked=False)["applicant_contact"] == "13508711234"


def test_a_correction_notice_after_its_seven_working_days_is_refused(register: Requests) -> None:
    # Received Sat 3 Oct 2026 (国庆): 8, 9, 10 (the swapped Saturday), 12, 13, 14, 15 October → by 15 October.
    r = register.add(D(2026, 10, 3), "natural")
    with pytest.raises(RequestError, match="2026-10-15 前"):
        register.correct(r.uuid, D(2026, 10, 30))
    assert register.get(r.uuid).correction_notice is None
    register.correct(r.uuid, D(2026, 10, 15))  # the last day is in time
    assert register.clock(register.get(r.uuid), D(2026, 11, 28)).state == "correction"


def test_no_correction_in_time_cannot_close_a_corrected_request(register: Requests) -> None:
    r = register.add(D(2026, 5, 6), "natural")
    register.correct(r.uuid, D(2026, 5, 8), D(2026, 5, 20))
    with pytest.raises(RequestError, match="已于 2026-05-20 补正"):
        register.close(r.uuid, "6.1", D(2026, 6, 10))


def test_nothing_is_dated_after_today(township_db: Database) -> None:
    register = Requests(township_db, load_calendar(township_db), today=D(2026, 11, 28))
    with pytest.raises(RequestError, match="不能晚于今天"):
        register.add(D(2027, 3, 1), "natural")
    r = register.add(D(2026, 11, 20), "natural")
    with pytest.raises(RequestError, match="不能晚于今天"):
        register.close(r.uuid, "1", D(2026, 12, 1))
    assert register.get(r.uuid).outcome is None
