"""The statutory clock of a disclosure request (《政府信息公开条例》2019, 国办函〔2020〕109号). See docs/request-clock.md.

Every period is counted in working days and, like every period in the app, starts the day after its trigger
(民法典 Art. 201): "N working days from D" ends on the N-th working day after D.

- Art. 31: the clock starts on the day of receipt that applies to the channel (当面 that day; 邮寄 the day the
  office signs for it; 平常信函 the day confirmed with the applicant; 网络/传真 the day both sides confirm).
- Art. 33: answer within 20 working days; one extension of at most 20 working days.
- Art. 30: a 补正 notice within 7 working days stops the clock; it starts again from the corrected request.
- Arts. 32, 34: the third party (or other agency) has 15 working days to give its opinion; those days are not
  counted, at most those 15 — after them the office's clock runs again, reply or not.
- 国办函〔2020〕109号: a fee notice stops the clock from the day it reaches the applicant until payment; the
  applicant has 20 working days to pay, after which the request is deemed withdrawn (视为放弃).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from townshipdesk.core.workdays import WorkCalendar

if TYPE_CHECKING:
    from townshipdesk.core.requests import Request

ANSWER_WORKING_DAYS = 20
CORRECTION_NOTICE_WORKING_DAYS = 7
EXTENSION_WORKING_DAYS = 20
CONSULT_WORKING_DAYS = 15
FEE_PAYMENT_WORKING_DAYS = 20

# Channel → which day counts as the day of receipt (Art. 31), in the register's words.
CHANNELS: dict[str, tuple[str, str]] = {
    "当面": ("提交日期", "the day it was handed in"),
    "邮寄": ("签收日期", "the day the office signed for it"),
    "平常信函": ("与申请人确认日期", "the day confirmed with the applicant"),
    "网络": ("双方确认日期", "the day both sides confirmed it"),
    "传真": ("双方确认日期", "the day both sides confirmed it"),
    "其他": ("收到日期", "the day it was received"),
}
CHANNEL_ALIASES = {"in-person": "当面", "当面提交": "当面", "post": "邮寄", "mail": "邮寄", "letter": "平常信函",
                   "online": "网络", "互联网": "网络", "互联网渠道": "网络", "fax": "传真", "other": "其他"}
CONFIRMED_CHANNELS = ("平常信函", "网络", "传真")  # the day of receipt is a confirmation, after the request arrived

STATES = {"open": ("办理中", "open"), "correction": ("待补正", "awaiting correction"),
          "consulting": ("征求意见中", "consulting"), "fee": ("待缴费", "awaiting the fee"),
          "lapsed": ("逾期未缴费", "fee not paid in time"), "closed": ("已办结", "closed")}


@dataclass(frozen=True)
class Clock:
    state: str
    due: dt.date | None  # the answer's due date (None while the clock waits: correction, fee)
    correction_due: dt.date  # the 补正 notice's latest date
    days_left: int | None  # working days from today to due (negative when overdue)
    overdue: bool  # open and past its due date
    estimated: bool
    consult_days: int = 0  # working days of the third party's period not counted (≤ 15)
    consult_due: dt.date | None = None  # the third party's last day to reply
    consult_overdue: bool = False  # still consulting after the third party's 15 working days
    extension_days: int = 0
    fee_days: int = 0  # working days the fee notice stopped the clock
    fee_pay_due: dt.date | None = None  # the applicant's last day to pay
    late: bool = False  # answered (decided) after its due date: 逾期答复
    late_days: int = 0

    def to_json(self) -> dict[str, Any]:
        def iso(day: dt.date | None) -> str | None:
            return day.isoformat() if day else None

        return {"state": self.state, "state_label": STATES[self.state][0], "due": iso(self.due),
                "correction_due": self.correction_due.isoformat(), "days_left": self.days_left, "overdue": self.overdue,
                "estimated": self.estimated, "consult_days": self.consult_days, "consult_due": iso(self.consult_due),
                "consult_overdue": self.consult_overdue, "extension_days": self.extension_days,
                "fee_days": self.fee_days, "fee_pay_due": iso(self.fee_pay_due), "late": self.late,
                "late_days": self.late_days}


def _d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def extension_days_of(r: Request) -> int:
    if not r.extension_date:
        return 0
    return r.extension_days if r.extension_days is not None else EXTENSION_WORKING_DAYS


def consult_window(r: Request, calendar: WorkCalendar, until: dt.date) -> tuple[dt.date, dt.date] | None:
    """The stretch (start, end] not counted for a consultation: the third party's working days up to its reply
    (or `until` while it has not replied), never past its 15th working day."""
    start = _d(r.consult_start)
    if start is None:
        return None
    end = min(_d(r.consult_end) or until, calendar.add_workdays(start, CONSULT_WORKING_DAYS))
    return (start, max(start, end))


def _count(calendar: WorkCalendar, base: dt.date, n: int, paused: list[tuple[dt.date, dt.date]]) -> dt.date:
    """The n-th working day after `base` that lies in no paused stretch (start, end]."""
    day = base
    counted = 0
    while counted < n:
        day += dt.timedelta(days=1)
        if calendar.is_workday(day) and not any(start < day <= end for start, end in paused):
            counted += 1
    return day


def _state(r: Request, today: dt.date, fee_pay_due: dt.date | None) -> str:
    if r.outcome and r.decision_date:
        return "closed"
    if r.correction_notice and not r.corrected_date:
        return "correction"
    if fee_pay_due and not r.fee_paid_date:
        return "lapsed" if today > fee_pay_due else "fee"
    if r.consult_start and not r.consult_end:
        return "consulting"
    return "open"


def clock_of(r: Request, calendar: WorkCalendar, today: dt.date) -> Clock:
    """Where a request stands on `today`, by the statutory rules."""
    received = dt.date.fromisoformat(r.received_date)
    correction_due = calendar.add_workdays(received, CORRECTION_NOTICE_WORKING_DAYS)
    consult_due = calendar.add_workdays(_d(r.consult_start), CONSULT_WORKING_DAYS) if r.consult_start else None  # type: ignore[arg-type]
    fee_served = _d(r.fee_served_date)
    fee_pay_due = calendar.add_workdays(fee_served, FEE_PAYMENT_WORKING_DAYS) if fee_served else None
    state = _state(r, today, fee_pay_due)
    decided = _d(r.decision_date) if state == "closed" else None
    waiting = (r.correction_notice and not r.corrected_date) or (fee_served and not r.fee_paid_date)
    paused: list[tuple[dt.date, dt.date]] = []
    window = consult_window(r, calendar, decided or today)
    if window:
        paused.append(window)
    if fee_served and r.fee_paid_date:
        paused.append((fee_served, max(fee_served, dt.date.fromisoformat(r.fee_paid_date))))
    consult_days = calendar.workdays_between(*window) if window else 0
    fee_days = calendar.workdays_between(*paused[-1]) if fee_served and r.fee_paid_date else 0
    extension = extension_days_of(r)
    due = None if waiting else _count(calendar, _d(r.corrected_date) or received, ANSWER_WORKING_DAYS + extension, paused)
    days_left = None
    overdue = late = False
    late_days = 0
    if due and state != "closed":
        if due >= today:
            days_left = calendar.workdays_between(today, due)
        else:
            days_left = -calendar.workdays_between(due, today)
            overdue = True
    if due and decided and decided > due:
        late = True
        late_days = calendar.workdays_between(due, decided)
    consult_overdue = bool(consult_due and state != "closed" and not r.consult_end and today > consult_due)
    return Clock(state, due, correction_due, days_left, overdue, calendar.estimated(received, due or correction_due),
                 consult_days, consult_due, consult_overdue, extension, fee_days, fee_pay_due, late, late_days)
