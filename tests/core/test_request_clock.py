"""The request clock as the Regulation counts it, day by day across the 2025–2027 holidays: the day of receipt by
channel (Art. 31), the third party's 15 working days (Arts. 32–33), shorter extensions, the fee notice
(国办函〔2020〕109号), late answers, and letters dated by their step."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from townshipdesk.core.calendar_store import load_calendar, store_year
from townshipdesk.core.letters import letter_data
from townshipdesk.core.request_clock import clock_of
from townshipdesk.core.requests import Request as RequestRow
from townshipdesk.core.requests import Requests
from townshipdesk.core.store import Database
from townshipdesk.core.workdays import parse_year
from townshipdesk.errors import RequestError
from townshipdesk.io.notice_input import notice_from_data
from townshipdesk.io.pdf.notice_pdf import render_notice

D = dt.date


@pytest.fixture
def register(township_db: Database) -> Requests:
    return Requests(township_db, load_calendar(township_db))


def letter_text(register: Requests, r_id: str, kind: str, tmp_path: Path, today: dt.date) -> tuple[str, str]:
    """The letter as printed (its text) and the date it carries."""
    r = register.get(r_id)
    data = letter_data(r, register.clock(r, today), kind, office="测试镇人民政府", authority="某某县人民政府")
    out = render_notice(notice_from_data(data, "general", register.calendar), tmp_path / f"{kind}.pdf")
    return re.sub(r"\s+", "", PdfReader(out).pages[0].extract_text()), data["date"]


# ---- rule 6: the day of receipt by channel (Art. 31) ----------------------------------------------------------
def test_post_counts_from_signing_for_it_across_labour_day_2025(register: Requests) -> None:
    # Signed for Wed 30 Apr 2025; 1–5 May off; 端午 31 May–2 Jun off: day 1 is 6 May, day 20 is 3 June.
    r = register.add(D(2025, 4, 30), "natural", channel="邮寄")
    assert register.clock(r, D(2025, 5, 6)).due == D(2025, 6, 3)
    assert r.to_json()["receipt_rule"] == "签收日期"


def test_an_ordinary_letter_counts_from_the_day_confirmed(register: Requests) -> None:
    # Arrived 29 Apr, confirmed with the applicant on Tue 6 May 2025: day 1 is 7 May, day 20 is 4 June.
    r = register.add(D(2025, 5, 6), "natural", channel="平常信函", arrived=D(2025, 4, 29))
    assert register.clock(r, D(2025, 5, 7)).due == D(2025, 6, 4)
    assert (r.arrived_date, r.received_date) == ("2025-04-29", "2025-05-06")
    with pytest.raises(RequestError, match="不能早于到达日期"):
        register.add(D(2025, 4, 28), "natural", channel="网络", arrived=D(2025, 4, 29))
    with pytest.raises(RequestError, match="不另记到达日期"):
        register.add(D(2025, 5, 6), "natural", channel="当面", arrived=D(2025, 4, 29))
    with pytest.raises(RequestError, match="请区分“邮寄”"):
        register.add(D(2025, 5, 6), "natural", channel="信函")
    assert register.add(D(2025, 5, 6), "natural", channel="online").channel == "网络"


# ---- rule 7: consultation, 15 working days for the third party --------------------------------------------------
def test_the_third_party_has_fifteen_working_days_across_national_day_2026(register: Requests) -> None:
    # Received Mon 14 Sep 2026. Without consultation: day 20 is 16 Oct (25 Sep 中秋 and 1–7 Oct off; Sun 20 Sep and
    # Sat 10 Oct worked).
    r = register.add(D(2026, 9, 14), "commercial")
    assert register.clock(r, D(2026, 9, 14)).due == D(2026, 10, 16)
    # Letter to the third party on Mon 21 Sep: its 15 working days are 22 Sep … 19 Oct.
    r = register.consult(r.uuid, D(2026, 9, 21), party="某建材公司")
    on_time = register.clock(r, D(2026, 10, 19))
    assert on_time.consult_due == D(2026, 10, 19) and not on_time.consult_overdue and on_time.state == "consulting"
    # No reply by 20 Oct: warned; the office's clock excludes those 15 days and no more — due 6 November.
    late = register.clock(r, D(2026, 10, 20))
    assert late.consult_overdue and late.consult_days == 15 and late.due == D(2026, 11, 6)
    assert register.clock(r, D(2026, 11, 20)).due == D(2026, 11, 6)
    # A reply recorded after the 15 days changes nothing more.
    replied_late = register.consult(r.uuid, D(2026, 9, 21), D(2026, 10, 30))
    assert register.clock(replied_late, D(2026, 11, 2)).due == D(2026, 11, 6)


def test_a_quick_reply_excludes_only_the_days_it_took(register: Requests) -> None:
    r = register.add(D(2026, 9, 14), "commercial")
    # Reply on Wed 30 Sep: 22, 23, 24, 28, 29, 30 September are not counted — six days after 16 Oct is 26 Oct.
    r = register.consult(r.uuid, D(2026, 9, 21), D(2026, 9, 30))
    c = register.clock(r, D(2026, 10, 8))
    assert (c.consult_days, c.due, c.consult_overdue) == (6, D(2026, 10, 26), False)


# ---- rule 8: an extension of at most 20 working days ------------------------------------------------------------
def test_a_shorter_extension_is_recorded_as_given(register: Requests, tmp_path: Path) -> None:
    r = register.add(D(2025, 9, 15), "legal", name="李四", content="征收补偿方案")
    assert register.clock(r, D(2025, 9, 15)).due == D(2025, 10, 17)  # 1–8 Oct 2025 off
    for days in (0, 21):
        with pytest.raises(RequestError, match="1 至 20 个工作日"):
            register.extend(r.uuid, D(2025, 10, 16), days)
    r = register.extend(r.uuid, D(2025, 10, 16), 10)
    c = register.clock(r, D(2025, 10, 16))
    assert (r.extension_days, c.extension_days, c.due) == (10, 10, D(2025, 10, 31))
    text, day = letter_text(register, r.uuid, "extension", tmp_path, D(2025, 12, 1))
    assert "延长10个工作日" in text and "2025年10月31日前作出答复" in text
    assert day == "2025-10-16"  # dated by the extension, not by the day it is printed


# ---- rule 9: the information-processing fee -------------------------------------------------------------------
def test_a_paid_fee_stops_the_clock_from_service_until_payment_across_spring_festival_2026(register: Requests) -> None:
    r = register.add(D(2026, 1, 26), "natural")
    assert register.clock(r, D(2026, 1, 26)).due == D(2026, 2, 28)  # Sat 28 Feb is a 调休 working day
    r = register.fee_notice(r.uuid, D(2026, 2, 2), D(2026, 2, 4), "300")
    waiting = register.clock(r, D(2026, 2, 10))
    # 20 working days to pay from 5 Feb: 15–23 Feb off, Sat 14 and 28 Feb worked → by 10 March.
    assert (waiting.state, waiting.due, waiting.fee_pay_due) == ("fee", None, D(2026, 3, 10))
    r = register.fee_paid(r.uuid, D(2026, 3, 2))
    c = register.clock(r, D(2026, 3, 3))
    # 7 working days ran before the notice reached the applicant (27 Jan – 4 Feb); the 14 working days from
    # 5 Feb to 2 Mar do not count; 13 more from 3 March → 19 March.
    assert (c.state, c.fee_days, c.due) == ("open", 14, D(2026, 3, 19))


def test_an_unpaid_fee_closes_the_request_as_withdrawn(register: Requests, tmp_path: Path) -> None:
    r = register.add(D(2026, 1, 26), "natural", name="王五")
    with pytest.raises(RequestError, match="答复期限内"):
        register.fee_notice(r.uuid, D(2026, 3, 2))  # after the answer was due (28 Feb)
    r = register.fee_notice(r.uuid, D(2026, 2, 2), D(2026, 2, 4), "300")
    text, day = letter_text(register, r.uuid, "fee", tmp_path, D(2026, 3, 20))
    assert "信息处理费收费通知书" in text and "300元" in text and "20个工作日内缴纳" in text and day == "2026-02-02"
    with pytest.raises(RequestError, match="届满前不能"):
        register.close(r.uuid, "6.2", D(2026, 3, 10))
    assert register.clock(r, D(2026, 3, 10)).state == "fee"
    assert register.clock(r, D(2026, 3, 11)).state == "lapsed" and not register.clock(r, D(2026, 3, 11)).overdue
    with pytest.raises(RequestError, match="视为放弃"):
        register.fee_paid(r.uuid, D(2026, 3, 11))
    assert register.close_lapsed(D(2026, 3, 10)) == []
    [closed] = register.close_lapsed(D(2026, 3, 16))
    assert (closed.outcome, closed.decision_date) == ("6.2", "2026-03-11")
    assert register.clock(closed, D(2026, 3, 16)).state == "closed"


def test_fee_steps_out_of_order_are_refused(register: Requests) -> None:
    r = register.add(D(2026, 3, 2), "natural")
    with pytest.raises(RequestError, match="尚未登记收费通知送达"):
        register.fee_paid(r.uuid, D(2026, 3, 10))
    with pytest.raises(RequestError, match="须先登记收费通知"):
        register.close(r.uuid, "6.2", D(2026, 3, 20))
    with pytest.raises(RequestError, match="大于 0"):
        register.fee_notice(r.uuid, D(2026, 3, 5), amount="-3")
    register.fee_notice(r.uuid, D(2026, 3, 5))
    with pytest.raises(RequestError, match="只登记一次"):
        register.fee_notice(r.uuid, D(2026, 3, 6))
    with pytest.raises(RequestError, match="不能早于收费通知日期"):
        register.fee_notice(r.uuid, D(2026, 3, 5), D(2026, 3, 4))


# ---- rule 10: late answers, letters dated by their step ---------------------------------------------------------
def test_an_answer_after_its_due_date_is_late(register: Requests) -> None:
    r = register.add(D(2026, 3, 2), "natural")
    assert register.clock(r, D(2026, 3, 2)).due == D(2026, 3, 30)
    on_time = register.close(register.add(D(2026, 3, 2), "natural").uuid, "1", D(2026, 3, 30))
    assert not register.clock(on_time, D(2026, 4, 30)).late
    r = register.close(r.uuid, "1", D(2026, 4, 1))
    c = register.clock(r, D(2026, 4, 30))
    assert (c.late, c.late_days, c.overdue) == (True, 2, False)
    assert r.to_json(c)["late"] is True


def test_the_correction_notice_is_dated_the_day_it_was_recorded(register: Requests, tmp_path: Path) -> None:
    r = register.add(D(2026, 4, 27), "natural", name="赵六", content="某村土地征收批复")
    with pytest.raises(RequestError, match="尚未登记补正通知"):
        letter_data(r, register.clock(r, D(2026, 4, 28)), "correction", office="测试镇", authority="")
    # 劳动节 2026: 1–5 May off, Sat 9 May worked; the notice of 30 April is printed weeks later, dated 30 April.
    register.correct(r.uuid, D(2026, 4, 30))
    text, day = letter_text(register, r.uuid, "correction", tmp_path, D(2026, 5, 20))
    assert day == "2026-04-30" and "补正通知书" in text and "2026年4月30日" in text


# ---- 2027: a year whose schedule the county sent ------------------------------------------------------------------
SCHEDULE_2027 = {"year": 2027, "source": "测试用安排（县级下发）", "days": [
    *({"name": "元旦", "date": f"2027-01-0{d}", "isOffDay": True} for d in (1, 2, 3)),
    *({"name": "春节", "date": f"2027-02-{d:02d}", "isOffDay": True} for d in range(5, 13)),
    {"name": "春节", "date": "2027-02-20", "isOffDay": False},
    *({"name": "清明节", "date": f"2027-04-0{d}", "isOffDay": True} for d in (3, 4, 5)),
    *({"name": "劳动节", "date": f"2027-05-0{d}", "isOffDay": True} for d in range(1, 6)),
    {"name": "劳动节", "date": "2027-04-25", "isOffDay": False},
    *({"name": "国庆节", "date": f"2027-10-0{d}", "isOffDay": True} for d in range(1, 8)),
]}


def test_consultation_and_extension_across_spring_festival_2027(township_db: Database) -> None:
    store_year(township_db, parse_year(SCHEDULE_2027), origin="bundle")
    register = Requests(township_db, load_calendar(township_db))
    r = register.add(D(2027, 1, 25), "research", channel="网络", arrived=D(2027, 1, 22))
    c = register.clock(r, D(2027, 1, 25))
    # 26 Jan … 4 Feb (8), 15–19 Feb (13), Sat 20 Feb (14), 22–26 Feb (19), 1 Mar (20); known year, not estimated.
    assert (c.due, c.estimated) == (D(2027, 3, 1), False)
    # Consulting from Thu 28 Jan: the third party's 15 working days are 29 Jan, 1–4 Feb, 15–19 Feb, Sat 20 Feb and
    # 22–25 Feb.
    r = register.consult(r.uuid, D(2027, 1, 28), party="某研究所")
    assert register.clock(r, D(2027, 2, 22)).consult_due == D(2027, 2, 25)
    r = register.consult(r.uuid, D(2027, 1, 28), D(2027, 2, 17))
    c = register.clock(r, D(2027, 2, 18))
    # Replied 17 Feb: 29 Jan, 1–4 Feb and 15–17 Feb (8 working days) are not counted: 26–28 Jan, then 18 Feb … 11 Mar.
    assert c.consult_days == 8 and c.due == D(2027, 3, 11)
    r = register.extend(r.uuid, D(2027, 3, 5), 20)
    assert register.clock(r, D(2027, 3, 5)).due == D(2027, 4, 9)  # 清明 3–5 Apr off


# ---- properties over many dates (2025–2026, the published schedules) ---------------------------------------------

CALENDAR = load_calendar(None)
DAYS = st.dates(min_value=D(2025, 1, 1), max_value=D(2026, 10, 31))


def row(received: dt.date, **steps: str | int | None) -> RequestRow:
    fields: dict[str, object] = dict.fromkeys(
        ("accepted_date", "correction_notice", "corrected_date", "consult_start", "consult_end", "opinion_date",
         "approval_date", "extension_date", "decision_date", "served_date", "outcome"))
    fields.update(steps)
    return RequestRow(uuid="p" * 36, received_date=received.isoformat(), channel="当面", applicant_type="natural",
                      applicant_name="", applicant_contact="", content="", consult_party="", notes="", **fields)  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DAYS, st.integers(0, 25), st.integers(0, 40), st.integers(1, 20))
def test_consultation_never_excludes_more_than_fifteen_working_days(received: dt.date, start_after: int, length: int,
                                                                   extension: int) -> None:
    start = received + dt.timedelta(days=start_after)
    end = start + dt.timedelta(days=length)
    r = row(received, consult_start=start.isoformat(), consult_end=end.isoformat(),
            extension_date=received.isoformat(), extension_days=extension)
    c = clock_of(r, CALENDAR, end)
    plain = CALENDAR.add_workdays(received, 20 + extension)
    assert 0 <= c.consult_days <= 15
    assert plain <= c.due <= CALENDAR.add_workdays(received, 35 + extension)  # type: ignore[operator]
    assert CALENDAR.workdays_between(received, c.due) == 20 + extension + c.consult_days  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DAYS, st.integers(0, 20), st.integers(0, 40))
def test_a_paid_fee_moves_the_due_date_by_exactly_the_working_days_it_stopped(received: dt.date, served_after: int,
                                                                             paid_after: int) -> None:
    served = received + dt.timedelta(days=served_after)
    paid = served + dt.timedelta(days=paid_after)
    c = clock_of(row(received, fee_notice_date=served.isoformat(), fee_served_date=served.isoformat(),
                     fee_paid_date=paid.isoformat()), CALENDAR, paid)
    assert c.fee_days == CALENDAR.workdays_between(served, paid)
    assert c.due == CALENDAR.add_workdays(received, 20 + c.fee_days) and CALENDAR.is_workday(c.due)
