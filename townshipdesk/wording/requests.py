"""How disclosure requests (依申请公开) read in the window: applicant types, channels, states, outcomes, the
working days left, and the statutory clock explained step by step (收到 → 补正 → 征求意见 → 延期 → 决定 → 送达)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from townshipdesk.core.privacy import mask_phone
from townshipdesk.core.requests import (
    ANSWER_WORKING_DAYS,
    CHANNELS,
    CONSULT_WORKING_DAYS,
    CORRECTION_NOTICE_WORKING_DAYS,
    EXTENSION_WORKING_DAYS,
    OUTCOMES,
    STATES,
    Clock,
    Request,
)
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.i18n import label_of, pair_text, tr
from townshipdesk.wording.records import date_with_weekday

REQUESTS = "requests"  # the Session.notify area for the request register
SOON_WORKING_DAYS = 5  # 工作台 and the register colour a request due within this many working days


def applicant_text(code: str) -> str:
    return {
        "natural": tr("自然人", "Natural person"),
        "commercial": tr("商业企业", "Commercial enterprise"),
        "research": tr("科研机构", "Research institution"),
        "charity": tr("社会公益组织", "Public-interest organisation"),
        "legal": tr("法律服务机构", "Legal services"),
        "other": tr("其他", "Other"),
    }.get(code, code)


def channel_text(channel: str) -> str:
    return label_of(channel, (
        ("当面", "In person"),
        ("邮寄", "By post"),
        ("平常信函", "Ordinary letter"),
        ("网络", "Online"),
        ("传真", "Fax"),
        ("其他", "Other"),
    ))


def receipt_rule_text(channel: str) -> str:
    """Which day counts as receipt for a channel (《条例》第三十一条), e.g. 签收日期."""
    return pair_text(CHANNELS, channel if channel in CHANNELS else "其他")


def waiting_text(clock: Clock) -> str:
    """Why a request has no due date now."""
    if clock.state in ("fee", "lapsed"):
        return tr("（待缴费，暂停计算）", "(waiting for the fee)")
    return tr("（待补正，暂停计算）", "(waiting for the correction)")


def late_text(clock: Clock) -> str:
    """The register's 按期 column: 逾期答复 for a request decided after its due date."""
    if clock.late:
        return tr("逾期答复", "late")
    return tr("按期", "in time") if clock.state == "closed" and clock.due else ""


def clock_notes(r: Request, clock: Clock) -> list[str]:
    """Lines about the pauses and the extension: the third party's and the applicant's own due dates."""
    lines = []
    if clock.consult_due:
        lines.append(tr("征求意见：第三方应于 {d} 前答复（{n}个工作日）；不计入的工作日 {k} 个",
                        "Consultation: the third party replies by {d} ({n} working days); {k} working days not counted",
                        d=clock.consult_due.isoformat(), n=CONSULT_WORKING_DAYS, k=clock.consult_days))
    if clock.extension_days:
        lines.append(tr("延期 {n} 个工作日（{d} 决定）", "Extended by {n} working days (on {d})", n=clock.extension_days,
                        d=r.extension_date))
    if r.fee_notice_date:
        amount = tr("，{a} 元", ", {a} yuan", a=r.fee_amount) if r.fee_amount else ""
        lines.append(tr("收费通知 {d}{a}", "Fee notice {d}{a}", d=r.fee_notice_date, a=amount))
    if clock.fee_pay_due:
        paid = (tr("{d} 已缴费，暂停 {n} 个工作日", "paid {d}; {n} working days not counted", d=r.fee_paid_date,
                   n=clock.fee_days) if r.fee_paid_date
                else tr("应于 {d} 前缴费，逾期视为放弃", "due by {d}, else the request is deemed withdrawn",
                        d=clock.fee_pay_due.isoformat()))
        lines.append(tr("收费通知 {s} 送达：{p}", "Fee notice served {s}: {p}", s=r.fee_served_date, p=paid))
    return lines


def state_text(state: str) -> str:
    return pair_text(STATES, state)


def outcome_groups() -> list[str]:
    """The national template's result rows (（一）予以公开 … （六）其他处理), in order."""
    groups: list[str] = []
    for group, _sub in OUTCOMES.values():
        if group not in groups:
            groups.append(group)
    return groups


def short_group(group: str) -> str:
    """（二）部分公开 without the template's counting remark, in the window's language."""
    short = group.split("（区分")[0]
    return label_of(short, (
        ("（一）予以公开", "(1) Disclosed"),
        ("（二）部分公开", "(2) Partly disclosed"),
        ("（三）不予公开", "(3) Not disclosed"),
        ("（四）无法提供", "(4) Cannot be provided"),
        ("（五）不予处理", "(5) Not handled"),
        ("（六）其他处理", "(6) Otherwise handled"),
        ("（七）总计", "(7) Total"),
    ))


def reason_text(sub: str) -> str:
    """A sub-reason of the national template (1.属于国家秘密 …) in the window's language. Keyed by the template's
    wording, which the workbook and the letters keep in Chinese."""
    return label_of(sub, (
        ("1.属于国家秘密", "1. State secret"),
        ("2.其他法律行政法规禁止公开", "2. Barred by other laws or regulations"),
        ("3.危及“三安全一稳定”", "3. Endangers security or stability"),
        ("4.保护第三方合法权益", "4. Protects a third party's lawful rights"),
        ("5.属于三类内部事务信息", "5. Internal affairs information"),
        ("6.属于四类过程性信息", "6. Process information"),
        ("7.属于行政执法案卷", "7. Administrative enforcement files"),
        ("8.属于行政查询事项", "8. Administrative inquiry matters"),
        ("1.本机关不掌握相关政府信息", "1. This office does not hold it"),
        ("2.没有现成信息需要另行制作", "2. Would have to be newly made"),
        ("3.补正后申请内容仍不明确", "3. Still unclear after correction"),
        ("1.信访举报投诉类申请", "1. A petition, report or complaint"),
        ("2.重复申请", "2. Repeated request"),
        ("3.要求提供公开出版物", "3. Asks for published material"),
        ("4.无正当理由大量反复申请", "4. Mass repeated requests without good reason"),
        ("5.要求行政机关确认或重新出具已获取信息", "5. Asks to confirm or reissue what was obtained"),
        ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1. Not corrected in time without good reason; no longer handled"),
        ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2. Fee not paid in time; no longer handled"),
        ("3.其他", "3. Other"),
    ))


def outcome_text(code: str | None) -> str:
    if not code or code not in OUTCOMES:
        return ""
    group, sub = OUTCOMES[code]
    return tr("{g}：{s}", "{g}: {s}", g=short_group(group), s=reason_text(sub)) if sub else short_group(group)


def applicant_line(r: Request) -> str:
    """Name and masked contact, as the register lists them (the full number stays in the record)."""
    contact = mask_phone(r.applicant_contact) if r.applicant_contact else ""
    return " ".join(p for p in (r.applicant_name, contact) if p) or "—"


def days_left_text(clock: Clock) -> str:
    """The 剩余工作日 column: a number, how late, or why the clock is not running."""
    if clock.state == "closed":
        return tr("已办结", "closed")
    if clock.state in ("correction", "fee"):
        return tr("暂停", "paused")
    if clock.state == "lapsed":
        return tr("视为放弃", "withdrawn")
    if clock.days_left is None:
        return "—"
    if clock.overdue:
        return tr("逾期 {n}", "{n} overdue", n=-clock.days_left)
    return str(clock.days_left)


def reminder_text(clock: Clock) -> str:
    """A sentence for the 工作台 and the detail panel."""
    if clock.state == "correction":
        return tr("等待补正，期限暂停计算", "Waiting for the correction; the clock is paused")
    if clock.state == "fee" and clock.fee_pay_due:
        return tr("等待缴费（{d} 前），期限暂停计算", "Waiting for the fee (by {d}); the clock is paused",
                  d=clock.fee_pay_due.isoformat())
    if clock.state == "lapsed":
        return tr("逾期未缴费，视为放弃", "Fee not paid in time: deemed withdrawn")
    if clock.days_left is None:
        return ""
    if clock.overdue:
        return tr("已逾期 {n} 个工作日", "{n} working days overdue", n=-clock.days_left)
    if clock.days_left == 0:
        return tr("今天到期", "Due today")
    return tr("还剩 {n} 个工作日", "{n} working days left", n=clock.days_left)


def urgency(clock: Clock) -> str:
    """'overdue', 'soon' or '' — how the register and the 工作台 colour a request."""
    if clock.state == "closed":
        return ""
    if clock.overdue:
        return "overdue"
    if clock.days_left is not None and clock.days_left <= SOON_WORKING_DAYS:
        return "soon"
    return ""


def due_text(clock: Clock) -> str:
    if clock.due is None:
        if clock.state in ("fee", "lapsed") or (clock.fee_pay_due and clock.state == "closed"):
            return tr("缴费后计算", "after payment")
        return tr("待补正后计算", "after the correction")
    text = clock.due.isoformat()
    if clock.estimated:
        text += tr("（估算）", " (est.)")
    return text


# ---- the clock explained --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    label: str
    day: str | None  # the date (or dates) it happened, None when not yet
    note: str


def _d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def steps(r: Request, clock: Clock, calendar: WorkCalendar, today: dt.date) -> list[Step]:
    """Every step of the procedure (seed 003: 登记、受理、补正、征求意见、提出办理意见、作出决定、报批、送达) with its date."""
    arrived = tr("（{d} 到达）", " (arrived {d})", d=r.arrived_date) if r.arrived_date else ""
    out = [Step(tr("收到申请", "Received"), r.received_date,
                tr("{c}：以{rule}为收到日期{a}，答复期限从次日起算（《条例》第三十一条）",
                   "{c}: counted from {rule}{a}; the period runs from the next day (Art. 31)", c=channel_text(r.channel),
                   rule=receipt_rule_text(r.channel), a=arrived)),
           Step(tr("受理", "Accepted"), r.accepted_date, "")]
    if r.correction_notice:
        late = dt.date.fromisoformat(r.correction_notice) > clock.correction_due
        note = (tr("晚于法定最迟日 {d}", "later than the latest day {d}", d=clock.correction_due.isoformat()) if late
                else tr("法定最迟 {d}（收到后{n}个工作日内）", "due by {d} ({n} working days after receipt)",
                        d=clock.correction_due.isoformat(), n=CORRECTION_NOTICE_WORKING_DAYS))
    else:
        note = tr("如需补正，最迟 {d} 发出（收到后{n}个工作日内）", "if needed, by {d} ({n} working days after receipt)",
                  d=clock.correction_due.isoformat(), n=CORRECTION_NOTICE_WORKING_DAYS)
    out.append(Step(tr("补正通知", "Correction notice"), r.correction_notice, note))
    out.append(Step(tr("收到补正", "Correction received"), r.corrected_date,
                    tr("答复期限自此重新计算", "the period starts again from here") if r.corrected_date
                    else tr("等待申请人补正", "waiting for the applicant") if r.correction_notice else ""))
    if r.consult_start:
        days = clock.consult_days
        span = f"{r.consult_start} — {r.consult_end}" if r.consult_end else tr("{s} 起", "from {s}", s=r.consult_start)
        party = tr("征求{p}意见；", "consulting {p}; ", p=r.consult_party) if r.consult_party else ""
        note = party + (tr("{n} 个工作日不计入答复期限", "{n} working days not counted", n=days) if r.consult_end
                        else tr("进行中，至今 {n} 个工作日不计入", "under way; {n} working days not counted so far", n=days))
        if clock.consult_due:
            note += tr("；第三方应于 {d} 前答复，不计入的至多{n}个工作日", "; the third party replies by {d}; at most {n} working "
                       "days are not counted", d=clock.consult_due.isoformat(), n=CONSULT_WORKING_DAYS)
        if clock.consult_overdue:
            note += tr("（已过期，答复期限恢复计算）", " (passed: the clock runs again)")
        out.append(Step(tr("征求意见", "Consultation"), span, note))
    else:
        out.append(Step(tr("征求意见", "Consultation"), None,
                        tr("征求第三方或其他机关意见的时间不计入期限", "time spent consulting is not counted")))
    out.append(Step(tr("延期", "Extension"), r.extension_date,
                    tr("答复期限延长{n}个工作日（只能延期一次）", "the period is extended by {n} working days (once only)",
                       n=clock.extension_days) if r.extension_date else
                    tr("如需延期，只能一次，至多{n}个工作日", "if needed: once, at most {n} working days",
                       n=EXTENSION_WORKING_DAYS)))
    if r.fee_notice_date:
        out.append(Step(tr("收费通知", "Fee notice"), r.fee_notice_date,
                        tr("信息处理费 {a} 元", "processing fee {a} yuan", a=r.fee_amount) if r.fee_amount else ""))
        out.append(Step(tr("收费通知送达", "Fee notice served"), r.fee_served_date,
                        tr("答复期限自此中止；应于 {d} 前缴费，逾期视为放弃", "the clock stops; the fee is due by {d}, else the "
                           "request is deemed withdrawn", d=clock.fee_pay_due.isoformat()) if clock.fee_pay_due else ""))
        out.append(Step(tr("缴费", "Fee paid"), r.fee_paid_date,
                        tr("答复期限恢复计算（暂停 {n} 个工作日）", "the clock runs again ({n} working days not counted)",
                           n=clock.fee_days) if r.fee_paid_date else ""))
    out.append(Step(tr("提出办理意见", "Opinion"), r.opinion_date, ""))
    out.append(Step(tr("报批", "Approval"), r.approval_date, ""))
    decision_note = outcome_text(r.outcome)
    if r.decision_date and clock.due:
        if clock.late:
            decision_note = "；".join(p for p in (decision_note, tr("逾期答复 {n} 个工作日", "answered {n} working days late",
                                                                  n=clock.late_days)) if p)
        else:
            decision_note = "；".join(p for p in (decision_note, tr("按期答复", "in time")) if p)
    out.append(Step(tr("作出决定", "Decision"), r.decision_date, decision_note))
    out.append(Step(tr("送达", "Served"), r.served_date, ""))
    return out


def due_explanation(r: Request, clock: Clock, calendar: WorkCalendar, today: dt.date) -> str:
    """How the due date comes about: start + 20 working days (+ extension) (+ consultation days)."""
    if clock.state in ("fee", "lapsed"):
        return tr("收费通知已于 {d} 送达：答复期限中止，申请人应于 {p} 前缴费，缴费后恢复计算；逾期未缴视为放弃。",
                  "The fee notice reached the applicant on {d}: the clock stops until payment (due by {p}); unpaid, the "
                  "request is deemed withdrawn.", d=r.fee_served_date or "",
                  p=clock.fee_pay_due.isoformat() if clock.fee_pay_due else "")
    if clock.state == "correction":
        return tr("补正通知已于 {d} 发出：答复期限暂停，自收到补正后的申请之日起重新计算{n}个工作日。",
                  "A correction notice went out on {d}: the clock waits, and {n} working days start again from the "
                  "corrected request.", d=r.correction_notice or "", n=ANSWER_WORKING_DAYS)
    if clock.due is None:
        return ""
    base = (tr("收到补正 {d}", "correction received {d}", d=r.corrected_date) if r.corrected_date
            else tr("收到申请 {d}", "received {d}", d=r.received_date))
    parts = [base, tr("{n} 个工作日", "{n} working days", n=ANSWER_WORKING_DAYS)]
    if r.extension_date:
        parts.append(tr("延期 {n} 个工作日", "extension {n} working days", n=clock.extension_days))
    if r.consult_start:
        parts.append(tr("征求意见 {n} 个工作日", "consultation {n} working days", n=clock.consult_days))
    if clock.fee_days:
        parts.append(tr("缴费暂停 {n} 个工作日", "fee pause {n} working days", n=clock.fee_days))
    return tr("答复期限 {due} = {parts}", "Answer due {due} = {parts}", due=date_with_weekday(clock.due),
              parts=" + ".join(parts))
