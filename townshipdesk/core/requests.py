"""Disclosure on request (依申请公开): the register, its steps and their checks. The clock itself (which day
counts as receipt, pauses for correction, consultation and fees, extensions) is in core/request_clock.py.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from dataclasses import asdict, dataclass
from typing import Any

from townshipdesk.core.numbers import REQUEST_NUMBERS, number_or_short_id
from townshipdesk.core.privacy import mask_phone
from townshipdesk.core.request_clock import (
    ANSWER_WORKING_DAYS,
    CHANNEL_ALIASES,
    CHANNELS,
    CONFIRMED_CHANNELS,
    CONSULT_WORKING_DAYS,
    CORRECTION_NOTICE_WORKING_DAYS,
    EXTENSION_WORKING_DAYS,
    FEE_PAYMENT_WORKING_DAYS,
    STATES,
    Clock,
    clock_of,
)
from townshipdesk.core.site import own_site_id, require_own
from townshipdesk.core.store import Database, utc_now
from townshipdesk.core.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, check_length, clean
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.errors import RequestError
from townshipdesk.i18n import Msg, msg

APPLICANTS = {  # CLI code → national table column
    "natural": "自然人", "commercial": "商业企业", "research": "科研机构", "charity": "社会公益组织",
    "legal": "法律服务机构", "other": "其他",
}
# National template section 三, 本年度办理结果: code → (row label, sub-reason label)
OUTCOMES: dict[str, tuple[str, str]] = {
    "1": ("（一）予以公开", ""),
    "2": ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""),
    "3.1": ("（三）不予公开", "1.属于国家秘密"),
    "3.2": ("（三）不予公开", "2.其他法律行政法规禁止公开"),
    "3.3": ("（三）不予公开", "3.危及“三安全一稳定”"),
    "3.4": ("（三）不予公开", "4.保护第三方合法权益"),
    "3.5": ("（三）不予公开", "5.属于三类内部事务信息"),
    "3.6": ("（三）不予公开", "6.属于四类过程性信息"),
    "3.7": ("（三）不予公开", "7.属于行政执法案卷"),
    "3.8": ("（三）不予公开", "8.属于行政查询事项"),
    "4.1": ("（四）无法提供", "1.本机关不掌握相关政府信息"),
    "4.2": ("（四）无法提供", "2.没有现成信息需要另行制作"),
    "4.3": ("（四）无法提供", "3.补正后申请内容仍不明确"),
    "5.1": ("（五）不予处理", "1.信访举报投诉类申请"),
    "5.2": ("（五）不予处理", "2.重复申请"),
    "5.3": ("（五）不予处理", "3.要求提供公开出版物"),
    "5.4": ("（五）不予处理", "4.无正当理由大量反复申请"),
    "5.5": ("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    "6.1": ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    "6.2": ("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    "6.3": ("（六）其他处理", "3.其他"),
}
OUTCOME_ALIASES = {"grant": "1", "partial": "2", "deny-secret": "3.1", "deny-law": "3.2", "deny-safety": "3.3",
                   "deny-third-party": "3.4", "deny-internal": "3.5", "deny-process": "3.6", "deny-enforcement": "3.7",
                   "deny-query": "3.8", "unable-none": "4.1", "unable-create": "4.2", "unable-unclear": "4.3",
                   "reject-petition": "5.1", "reject-repeat": "5.2", "reject-publication": "5.3", "reject-mass": "5.4",
                   "reject-confirm": "5.5", "other-no-correction": "6.1", "other-fee": "6.2", "other": "6.3"}


def channel_code(value: str) -> str:
    """The channel's register name from its Chinese name or CLI code; the old "信函" is ambiguous (Art. 31)."""
    value = value.strip()
    code = CHANNEL_ALIASES.get(value.lower(), value)
    if code == "信函":
        raise RequestError(msg("请区分“邮寄”（以签收之日为收到日期）和“平常信函”（以与申请人确认之日为收到日期）",
                               "Say 邮寄 (post, counted from signing for it) or 平常信函 (ordinary letter, counted from the "
                               "day confirmed with the applicant)"))
    if code not in CHANNELS:
        raise RequestError(msg("申请渠道应为：{c}", "The channel must be one of: {c}", c="、".join(CHANNELS)))
    return code


def outcome_code(value: str) -> str:
    code = OUTCOME_ALIASES.get(value.strip(), value.strip())
    if code not in OUTCOMES:
        raise RequestError(msg("办理结果代码“{v}”无效；可用 1、2、3.1–3.8、4.1–4.3、5.1–5.5、6.1–6.3（或 grant、partial …）",
                               "Unknown outcome '{v}': use 1, 2, 3.1–3.8, 4.1–4.3, 5.1–5.5, 6.1–6.3 (or grant, partial …)",
                               v=value))
    return code


@dataclass
class Request:
    uuid: str
    received_date: str
    channel: str
    applicant_type: str
    applicant_name: str
    applicant_contact: str
    content: str
    accepted_date: str | None
    correction_notice: str | None
    corrected_date: str | None
    consult_start: str | None
    consult_end: str | None
    consult_party: str
    opinion_date: str | None
    approval_date: str | None
    extension_date: str | None
    decision_date: str | None
    served_date: str | None
    outcome: str | None
    notes: str
    site_id: str = ""
    arrived_date: str | None = None  # the day an ordinary letter, online form or fax arrived, before confirmation
    extension_days: int | None = None
    fee_notice_date: str | None = None
    fee_served_date: str | None = None
    fee_amount: str = ""
    fee_paid_date: str | None = None
    number: str | None = None  # 依申2026-003: the register's own number (core/numbers.py)

    @property
    def short_id(self) -> str:
        return self.uuid[:8]

    @property
    def display_number(self) -> str:
        return number_or_short_id(self.number, self.uuid)

    def to_json(self, clock: Clock | None = None, *, masked: bool = True) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = data.pop("uuid")
        if masked:
            data["applicant_contact"] = mask_phone(self.applicant_contact) if self.applicant_contact else ""
        data["applicant_label"] = APPLICANTS.get(self.applicant_type, self.applicant_type)
        data["receipt_rule"] = CHANNELS.get(self.channel, CHANNELS["其他"])[0]
        if self.outcome:
            data["outcome_label"] = "".join(OUTCOMES[self.outcome])
        if clock:
            data.update(clock.to_json())
        return data


class Requests:
    """The register. With `today`, no step may be dated after it (a typo of the year, say, would stop the clock)."""

    def __init__(self, db: Database, calendar: WorkCalendar, today: dt.date | None = None) -> None:
        self.db = db
        self.calendar = calendar
        self.today = today

    def _site(self) -> str:
        return own_site_id(self.db)

    def get(self, ident: str) -> Request:
        """A request by its number (依申2026-003, or 2026-003) or by its id (at least the first 4 hex characters)."""
        number = REQUEST_NUMBERS.parse(ident)
        if number is not None:
            rows = self.db.query("SELECT * FROM requests WHERE number = ? AND deleted_at IS NULL", (number,))
            if not rows:
                raise RequestError(msg("没有编号为 {n} 的申请（编号形如 依申2026-003，可用 request list 查看）",
                                       "No request numbered {n} (numbers look like 依申2026-003; see request list)", n=number))
            if len(rows) > 1:  # at the county: each township numbers its own requests
                raise RequestError(msg("编号 {n} 对应多件申请，请改用申请的标识（request list --json 中的 id）",
                                       "{n} names several requests; use the request's id (the id in request list --json)",
                                       n=number))
        else:
            ident = clean(ident).lower()
            rows = self.db.query("SELECT * FROM requests WHERE uuid LIKE ? AND deleted_at IS NULL", (ident + "%",)) \
                if len(ident) >= 4 else []
            if len(rows) != 1:
                raise RequestError(msg("找不到申请“{id}”", "No request '{id}'", id=ident) if not rows else
                                   msg("编号“{id}”对应多条申请", "Id '{id}' matches several requests", id=ident))
        row = rows[0]
        for k in ("created_at", "updated_at", "deleted_at"):
            row.pop(k)
        return Request(**row)

    def clock(self, r: Request, today: dt.date) -> Clock:
        return clock_of(r, self.calendar, today)

    def add(self, received: dt.date, applicant: str, *, channel: str = "其他", name: str = "", contact: str = "",
            content: str = "", notes: str = "", arrived: dt.date | None = None) -> Request:
        """`received` is the day of receipt the channel gives (Art. 31): the clock runs from it."""
        if applicant not in APPLICANTS:
            raise RequestError(msg("申请人类型应为 natural、commercial、research、charity、legal 或 other",
                                   "The applicant type must be natural, commercial, research, charity, legal or other"))
        channel = channel_code(channel)
        for value, label, limit in ((name, Msg("申请人姓名或单位", "applicant's name"), SHORT_TEXT_LIMIT),
                                    (contact, Msg("联系方式", "contact"), SHORT_TEXT_LIMIT),
                                    (content, Msg("申请内容", "the information asked for"), LONG_TEXT_LIMIT),
                                    (notes, Msg("备注", "notes"), LONG_TEXT_LIMIT)):
            check_length(clean(value), label, RequestError, limit)
        self._not_future(received, "收到申请日期", "The date of receipt")
        if arrived is not None:
            if channel not in CONFIRMED_CHANNELS and arrived != received:
                raise RequestError(msg("“{c}”提交的申请以{r}为收到日期，不另记到达日期", "A request by {c} counts from {r}; "
                                       "it has no separate arrival date", c=channel, r=CHANNELS[channel][0]))
            self._not_before(received, arrived.isoformat(), CHANNELS[channel][0], "The confirmation", "到达日期",
                             "its arrival")
        uuid = str(uuidlib.uuid4())
        now = utc_now()
        site_id = self._site()
        with self.db.transaction():
            number = REQUEST_NUMBERS.take(self.db.conn, site_id, received.year)
            self.db.conn.execute(
                """INSERT INTO requests (uuid, site_id, received_date, channel, applicant_type, applicant_name,
                       applicant_contact, content, notes, arrived_date, created_at, updated_at, number)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (uuid, site_id, received.isoformat(), channel, applicant, clean(name), clean(contact), clean(content),
                 clean(notes), arrived.isoformat() if arrived else None, now, now, number))
            self.db.audit("request.add", "request", uuid, {"number": number, "received": received.isoformat(),
                                                           "applicant": applicant, "channel": channel})
        return self.get(uuid)

    def _own(self, ident: str) -> Request:
        """The request, after checking it is this office's own: a township's request is read-only at the county."""
        r = self.get(ident)
        require_own(self.db, r.site_id)
        return r

    def _set(self, r: Request, action: str, **fields: Any) -> Request:
        with self.db.transaction():
            self.db.conn.execute(f"UPDATE requests SET {', '.join(f'{k} = ?' for k in fields)}, updated_at = ? WHERE uuid = ?",
                                 (*fields.values(), utc_now(), r.uuid))
            self.db.audit(action, "request", r.uuid, {k: [getattr(r, k), v] for k, v in fields.items()})
        return self.get(r.uuid)

    def _check_open(self, r: Request) -> None:
        if r.decision_date and r.outcome:
            raise RequestError(msg("申请已办结，不能再登记此步骤", "The request is closed; this step cannot be recorded"))

    def _not_future(self, day: dt.date, what_zh: str, what_en: str) -> None:
        if self.today is not None and day > self.today:
            raise RequestError(msg("{a}（{d}）不能晚于今天（{t}）", "{aen} ({d}) cannot be after today ({t})", a=what_zh,
                                   aen=what_en, d=day, t=self.today))

    def _not_before(self, day: dt.date, earlier: str | None, what_zh: str, what_en: str, label_zh: str, label_en: str) -> None:
        self._not_future(day, what_zh, what_en)
        if earlier and day < dt.date.fromisoformat(earlier):
            raise RequestError(msg("{a}（{d}）不能早于{b}（{e}）", "{aen} ({d}) cannot be before {ben} ({e})", a=what_zh,
                                   aen=what_en, d=day, b=label_zh, ben=label_en, e=earlier))

    def accept(self, ident: str, day: dt.date) -> Request:
        r = self._own(ident)
        self._check_open(r)
        self._not_before(day, r.received_date, "受理日期", "Acceptance", "收到日期", "receipt")
        return self._set(r, "request.accept", accepted_date=day.isoformat())

    def correct(self, ident: str, notice: dt.date, received: dt.date | None = None) -> Request:
        """补正: the notice (within 7 working days of receipt) and, when it arrives, the corrected request."""
        r = self._own(ident)
        self._check_open(r)
        self._not_before(notice, r.received_date, "补正通知日期", "The correction notice", "收到申请日期", "receipt")
        latest = self.calendar.add_workdays(dt.date.fromisoformat(r.received_date), CORRECTION_NOTICE_WORKING_DAYS)
        if notice > latest and not r.correction_notice:
            # A late notice cannot stop a clock the office let run: the answer stays due on the original date.
            raise RequestError(msg(
                "补正通知须在收到申请后{n}个工作日内（{d} 前）发出；{s} 已过此期限，不能再暂停答复期限，请按原答复期限办理",
                "A correction notice must go out within {n} working days of receipt (by {d}); {s} is too late to pause the "
                "clock: answer by the original due date", n=CORRECTION_NOTICE_WORKING_DAYS, d=latest, s=notice))
        if received is not None:
            self._not_before(received, notice.isoformat(), "收到补正日期", "The corrected request", "补正通知日期",
                             "the correction notice")
        if r.correction_notice and r.corrected_date:
            raise RequestError(msg("已补正过一次；补正后仍不明确的，请按“无法提供 4.3”办结", "Already corrected once; if still "
                                   "unclear, close with outcome 4.3"))
        fields: dict[str, Any] = {"correction_notice": notice.isoformat()}
        if received is not None:
            fields["corrected_date"] = received.isoformat()
        return self._set(r, "request.correct", **fields)

    def consult(self, ident: str, start: dt.date, end: dt.date | None = None, party: str = "") -> Request:
        r = self._own(ident)
        self._check_open(r)
        self._not_before(start, r.corrected_date or r.received_date, "征求意见开始日期", "Consultation", "收到申请日期", "receipt")
        if end is not None:
            self._not_before(end, start.isoformat(), "征求意见结束日期", "The consultation's end", "开始日期", "its start")
        if r.consult_start and r.consult_end:
            raise RequestError(msg("已登记过一次征求意见", "A consultation is already recorded"))
        fields: dict[str, Any] = {"consult_start": start.isoformat(), "consult_party": clean(party) or r.consult_party}
        if end is not None:
            fields["consult_end"] = end.isoformat()
        return self._set(r, "request.consult", **fields)

    def extend(self, ident: str, day: dt.date, days: int = EXTENSION_WORKING_DAYS) -> Request:
        """延期: once, by `days` working days (at most 20; a shorter extension is recorded as given)."""
        r = self._own(ident)
        self._check_open(r)
        if r.extension_date:
            raise RequestError(msg("《条例》只允许延期一次（已于 {d} 延期）", "The Regulation allows one extension only "
                                   "(already extended on {d})", d=r.extension_date))
        if not 1 <= days <= EXTENSION_WORKING_DAYS:
            raise RequestError(msg("延长的期限应为 1 至 {n} 个工作日（《条例》第三十三条），收到 {d}",
                                   "An extension is 1 to {n} working days (Art. 33), not {d}", n=EXTENSION_WORKING_DAYS,
                                   d=days))
        clock = self.clock(r, day)
        if clock.due is None:
            raise RequestError(msg("答复期限暂停计算（{s}）时不能延期", "The clock is stopped ({s}); it cannot be extended",
                                   s=STATES[clock.state][0]))
        if day > clock.due:
            raise RequestError(msg("延期须在原答复期限 {d} 之前决定", "An extension must be decided before the original due date {d}",
                                   d=clock.due))
        self._not_before(day, r.received_date, "延期日期", "The extension", "收到申请日期", "receipt")
        return self._set(r, "request.extend", extension_date=day.isoformat(), extension_days=days)

    def fee_notice(self, ident: str, notice: dt.date, served: dt.date | None = None, amount: str = "") -> Request:
        """收费通知 (信息处理费): issued within the answer period; once it reaches the applicant the clock stops."""
        r = self._own(ident)
        self._check_open(r)
        self._not_before(notice, r.corrected_date or r.received_date, "收费通知日期", "The fee notice", "收到申请日期",
                         "receipt")
        if r.fee_notice_date and r.fee_notice_date != notice.isoformat():
            raise RequestError(msg("已于 {d} 发出收费通知；一件申请只登记一次收费通知", "A fee notice went out on {d}; a request "
                                   "has one fee notice", d=r.fee_notice_date))
        if r.fee_served_date and served is not None and served.isoformat() != r.fee_served_date:
            raise RequestError(msg("收费通知已于 {d} 送达", "The fee notice was served on {d}", d=r.fee_served_date))
        if not r.fee_notice_date:
            clock = self.clock(r, notice)
            if clock.due is None or notice > clock.due:
                raise RequestError(msg(
                    "收费通知应在答复期限内发出（{d}）", "A fee notice must go out within the answer period ({d})",
                    d=clock.due or STATES[clock.state][0]))
        fields: dict[str, Any] = {"fee_notice_date": notice.isoformat()}
        if amount:
            try:
                if float(amount) <= 0:
                    raise ValueError
            except ValueError:
                raise RequestError(msg("收费金额应为大于 0 的数字（元），收到“{a}”", "The fee must be a positive amount in "
                                       "yuan, not '{a}'", a=amount)) from None
            fields["fee_amount"] = clean(amount)
        if served is not None:
            self._not_before(served, notice.isoformat(), "收费通知送达日期", "Service of the fee notice", "收费通知日期",
                             "the notice")
            fields["fee_served_date"] = served.isoformat()
        return self._set(r, "request.fee_notice", **fields)

    def fee_paid(self, ident: str, day: dt.date) -> Request:
        """The applicant paid: the clock runs again. After the 20 working days the request is deemed withdrawn."""
        r = self._own(ident)
        self._check_open(r)
        if not r.fee_served_date:
            raise RequestError(msg("尚未登记收费通知送达日期，不能登记缴费", "The fee notice has not been served; no payment "
                                   "can be recorded"))
        self._not_before(day, r.fee_served_date, "缴费日期", "Payment", "收费通知送达日期", "service of the fee notice")
        pay_due = self.calendar.add_workdays(dt.date.fromisoformat(r.fee_served_date), FEE_PAYMENT_WORKING_DAYS)
        if day > pay_due:
            raise RequestError(msg("缴费期限已于 {d} 届满，申请视为放弃（按“6.2 逾期未缴纳费用”办结）",
                                   "The fee was due by {d}: the request is deemed withdrawn (close it as 6.2)", d=pay_due))
        return self._set(r, "request.fee_paid", fee_paid_date=day.isoformat())

    def close_lapsed(self, today: dt.date) -> list[Request]:
        """Close as 6.2 (逾期未缴纳费用, 视为放弃) every request whose fee was not paid within its 20 working days.
        The decision date is the day after the last day to pay: the day the request lapsed."""
        closed = []
        for r in self.all():
            clock = self.clock(r, today)
            if clock.state == "lapsed" and clock.fee_pay_due is not None:
                lapsed_on = clock.fee_pay_due + dt.timedelta(days=1)
                closed.append(self._set(r, "request.lapsed", outcome="6.2", decision_date=lapsed_on.isoformat()))
        return closed

    def step(self, ident: str, name: str, day: dt.date) -> Request:
        """提出办理意见 (opinion) / 报批 (approval) / 作出决定 (decision) dates."""
        r = self._own(ident)
        self._check_open(r)
        column = {"opinion": "opinion_date", "approval": "approval_date", "decision": "decision_date"}[name]
        self._not_before(day, r.corrected_date or r.received_date, "办理日期", "This step", "收到申请日期", "receipt")
        return self._set(r, f"request.{name}", **{column: day.isoformat()})

    def close(self, ident: str, outcome: str, decision: dt.date | None, served: dt.date | None = None) -> Request:
        """Record the outcome (one national category) with its decision date, and the date it was served."""
        r = self._own(ident)
        self._check_open(r)
        code = outcome_code(outcome)
        if decision is None:
            raise RequestError(msg("办结须写明作出决定的日期", "An outcome needs its decision date"))
        self._not_before(decision, r.corrected_date or r.received_date, "作出决定日期", "The decision", "收到申请日期", "receipt")
        if served is not None:
            self._not_before(served, decision.isoformat(), "送达日期", "Service", "作出决定日期", "the decision")
        if code == "6.1" and not r.correction_notice:
            raise RequestError(msg("“逾期不补正”须先登记补正通知", "'No correction in time' needs a correction notice first"))
        if code == "6.1" and r.corrected_date:
            raise RequestError(msg("申请人已于 {d} 补正，不能按“逾期不补正”办结", "The applicant corrected the request on {d}; "
                                   "it cannot be closed as 'not corrected in time'", d=r.corrected_date))
        if code == "6.2":
            self._check_fee_lapsed(r, decision)
        if code == "4.3" and not r.corrected_date:
            raise RequestError(msg("“补正后仍不明确”须先登记收到补正", "'Still unclear after correction' needs the corrected request"))
        fields: dict[str, Any] = {"outcome": code, "decision_date": decision.isoformat()}
        if served is not None:
            fields["served_date"] = served.isoformat()
        return self._set(r, "request.close", **fields)

    def _check_fee_lapsed(self, r: Request, decision: dt.date) -> None:
        if not r.fee_served_date:
            raise RequestError(msg("“逾期未缴纳费用”须先登记收费通知及其送达日期", "'Fee not paid' needs a served fee notice first"))
        if r.fee_paid_date:
            raise RequestError(msg("申请人已于 {d} 缴费，不能按“逾期未缴纳费用”办结", "The applicant paid on {d}; it cannot be "
                                   "closed as 'fee not paid'", d=r.fee_paid_date))
        pay_due = self.calendar.add_workdays(dt.date.fromisoformat(r.fee_served_date), FEE_PAYMENT_WORKING_DAYS)
        if decision <= pay_due:
            raise RequestError(msg("缴费期限至 {d} 届满，届满前不能按“逾期未缴纳费用”办结", "The applicant may pay until {d}; "
                                   "it cannot be closed as 'fee not paid' before then", d=pay_due))

    def serve(self, ident: str, day: dt.date) -> Request:
        r = self._own(ident)
        if not r.decision_date or not r.outcome:
            raise RequestError(msg("尚未登记办理结果（request close），不能登记送达",
                                   "No outcome is recorded yet (request close); service cannot be recorded"))
        self._not_before(day, r.decision_date, "送达日期", "Service", "作出决定日期", "the decision")
        return self._set(r, "request.serve", served_date=day.isoformat())

    def all(self) -> list[Request]:
        rows = self.db.query("SELECT uuid FROM requests WHERE deleted_at IS NULL ORDER BY received_date DESC")
        return [self.get(r["uuid"]) for r in rows]

    def urgent(self, today: dt.date, within: int = 5) -> list[tuple[Request, Clock]]:
        """Open requests overdue or due within `within` working days, most urgent first."""
        out = []
        for r in self.all():
            c = self.clock(r, today)
            if c.state != "closed" and (c.overdue or (c.days_left is not None and c.days_left <= within)):
                out.append((r, c))
        return sorted(out, key=lambda rc: rc[1].due or rc[1].correction_due)


__all__ = ["ANSWER_WORKING_DAYS", "APPLICANTS", "CHANNELS", "CONFIRMED_CHANNELS", "CONSULT_WORKING_DAYS",
           "CORRECTION_NOTICE_WORKING_DAYS", "EXTENSION_WORKING_DAYS", "FEE_PAYMENT_WORKING_DAYS", "OUTCOMES", "STATES",
           "Clock", "Request", "Requests", "WorkCalendar", "channel_code", "clock_of", "outcome_code"]
