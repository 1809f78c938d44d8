"""What each step button of the request register asks for, and which core call it makes: the prompt, the
statutory note shown under the date, and the action run on OK (the core refuses impossible sequences)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from townshipdesk.core.requests import (
    CONSULT_WORKING_DAYS,
    CORRECTION_NOTICE_WORKING_DAYS,
    EXTENSION_WORKING_DAYS,
    FEE_PAYMENT_WORKING_DAYS,
    Clock,
    Request,
    Requests,
)
from townshipdesk.errors import RequestError
from townshipdesk.i18n import msg, tr
from townshipdesk.ui.dialogs.request_dialogs import StepDialog


@dataclass
class StepSpec:
    prompt: str
    action: Callable[[StepDialog], Request]
    note: str = ""
    party: str | None = None  # a consultation asks whom
    end: bool = False  # …and perhaps when it ended (or, for a fee notice, when it was served)
    end_label: str = ""
    days: int | None = None  # an extension asks for how many working days
    amount: str | None = None  # a fee notice asks for the amount


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"


def step_spec(key: str, r: Request, clock: Clock, service: Requests) -> StepSpec | None:
    uuid = r.uuid
    if key == "accept":
        return StepSpec(tr("受理日期：", "Accepted on:"), lambda d: service.accept(uuid, d.day()))
    if key == "correct":
        return StepSpec(
            tr("补正通知日期：", "Notice sent on:"), lambda d: service.correct(uuid, d.day()),
            tr("应在收到申请后{n}个工作日内发出（最迟 {d}）。发出后答复期限暂停，收到补正后重新计算20个工作日。",
               "Due within {n} working days of receipt (by {d}). The clock then waits and restarts from the corrected "
               "request.", n=CORRECTION_NOTICE_WORKING_DAYS, d=clock.correction_due.isoformat()))
    if key == "corrected":
        def corrected(d: StepDialog) -> Request:
            if not r.correction_notice:
                raise RequestError(msg("尚未登记补正通知，请先登记“补正通知”", "No correction notice is recorded yet"))
            return service.correct(uuid, dt.date.fromisoformat(r.correction_notice), d.day())

        return StepSpec(tr("收到补正日期：", "Corrected request received on:"), corrected,
                        tr("答复期限自收到补正后的申请之日起重新计算。", "The answer period starts again from this day."))
    if key == "consult":
        return StepSpec(
            tr("开始日期：", "Started on:"), lambda d: service.consult(uuid, d.day(), d.end_day(), d.party()),
            tr("第三方（或其他机关）应自收到征求意见书之日起{n}个工作日内提出意见；这段时间不计入答复期限，至多{n}个工作日"
               "（《条例》第三十二条、第三十四条）。", "The third party (or agency) has {n} working days to reply; that time, at "
               "most {n} working days, is not counted (Art. 32, 34).", n=CONSULT_WORKING_DAYS),
            party=r.consult_party, end=True)
    if key == "consult_end":
        def consult_end(d: StepDialog) -> Request:
            if not r.consult_start:
                raise RequestError(msg("尚未登记征求意见开始日期", "No consultation has been started"))
            return service.consult(uuid, dt.date.fromisoformat(r.consult_start), d.day(), r.consult_party)

        note = (tr("第三方应于 {d} 前答复；逾期未答复的，答复期限恢复计算。", "The third party replies by {d}; after that the "
                   "clock runs again.", d=_iso(clock.consult_due)) if clock.consult_due else "")
        return StepSpec(tr("结束日期：", "Ended on:"), consult_end, note)
    if key == "extend":
        return StepSpec(
            tr("决定延期日期：", "Extended on:"), lambda d: service.extend(uuid, d.day(), d.days() or EXTENSION_WORKING_DAYS),
            tr("延期须在原答复期限 {d} 前决定并告知申请人；只能延期一次，延长不超过{n}个工作日。",
               "Decide before the original due date {d} and tell the applicant; once only, at most {n} working days.",
               d=_iso(clock.due), n=EXTENSION_WORKING_DAYS), days=EXTENSION_WORKING_DAYS)
    if key == "fee":
        return StepSpec(
            tr("收费通知日期：", "Fee notice dated:"),
            lambda d: service.fee_notice(uuid, d.day(), d.end_day(), d.amount()),
            tr("信息处理费（国办函〔2020〕109号）：收费通知应在答复期限内发出；送达申请人之日起答复期限中止，申请人应在"
               "{n}个工作日内缴费，缴费后恢复计算；逾期未缴纳的视为放弃申请。",
               "Processing fee (2020 rules): the notice goes out within the answer period; from its service the clock "
               "stops; the applicant has {n} working days to pay, then it runs again; unpaid, the request is deemed "
               "withdrawn.", n=FEE_PAYMENT_WORKING_DAYS),
            end=True, end_label=tr("已送达于", "Served on"), amount=r.fee_amount)
    if key == "paid":
        return StepSpec(tr("缴费日期：", "Paid on:"), lambda d: service.fee_paid(uuid, d.day()),
                        tr("应于 {d} 前缴费；缴费后答复期限恢复计算。", "Due by {d}; the clock runs again from payment.",
                           d=_iso(clock.fee_pay_due)))
    if key in ("opinion", "approval"):
        return StepSpec(tr("日期：", "Date:"), lambda d: service.step(uuid, key, d.day()))
    if key == "serve":
        return StepSpec(tr("送达日期：", "Served on:"), lambda d: service.serve(uuid, d.day()))
    return None
