"""Reply letters for disclosure requests: the correction notice (补正通知书), the extension notice (延期答复
告知书), the fee notice (信息处理费收费通知书) and the decision notice (告知书) for each outcome, as notice data the
PDF module renders. Each letter is dated by the step it belongs to (the 补正 notice by the day it was recorded),
not by the day it is printed. Clerks edit the draft (JSON) before printing when a case needs other words."""

from __future__ import annotations

import datetime as dt
from typing import Any

from townshipdesk.core.dates import cn_date
from townshipdesk.core.requests import FEE_PAYMENT_WORKING_DAYS, OUTCOMES, Clock, Request
from townshipdesk.errors import RequestError
from townshipdesk.i18n import msg

REMEDY = ("如对本告知不服，可以自收到本告知书之日起60日内向{authority}申请行政复议，或者自收到本告知书之日起6个月内"
          "向人民法院提起行政诉讼。")

DECISION_TEXT = {
    "1": "经审查，您申请获取的政府信息属于公开范围。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，"
         "本机关现将该政府信息提供给您（见附件）。",
    "2": "经审查，您申请获取的政府信息中含有不应当公开或者不属于政府信息的内容，但能够作区分处理。根据《中华人民共和国"
         "政府信息公开条例》第三十七条的规定，本机关向您提供可以公开的部分（见附件），并对不予公开的部分说明理由。",
    "3.1": "经审查，您申请获取的政府信息属于国家秘密。根据《中华人民共和国政府信息公开条例》第十四条的规定，不予公开。",
    "3.2": "经审查，您申请获取的政府信息属于法律、行政法规禁止公开的政府信息。根据《中华人民共和国政府信息公开条例》"
           "第十四条的规定，不予公开。",
    "3.3": "经审查，您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。根据《中华人民共和国"
           "政府信息公开条例》第十四条的规定，不予公开。",
    "3.4": "经审查，您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。根据《中华人民共和国"
           "政府信息公开条例》第十五条的规定，不予公开。",
    "3.5": "经审查，您申请获取的信息属于人事管理、后勤管理、内部工作流程等内部事务信息。根据《中华人民共和国政府信息"
           "公开条例》第十六条第一款的规定，可以不予公开。",
    "3.6": "经审查，您申请获取的信息属于讨论记录、过程稿、磋商信函、请示报告等过程性信息。根据《中华人民共和国政府信息"
           "公开条例》第十六条第二款的规定，可以不予公开。",
    "3.7": "经审查，您申请获取的信息属于行政执法案卷信息。根据《中华人民共和国政府信息公开条例》第十六条第二款的规定，"
           "可以不予公开。",
    "3.8": "经审查，您申请获取的信息属于行政查询事项，请按照相关法律、行政法规的规定办理查询。",
    "4.1": "经检索，本机关未制作或者获取您申请的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的"
           "规定，告知您该政府信息不存在。",
    "4.2": "经审查，您申请获取的信息需要本机关对现有政府信息进行加工、分析后才能形成。根据《中华人民共和国政府信息公开"
           "条例》第三十八条的规定，本机关可以不予提供。",
    "4.3": "您补正后的申请内容仍不明确，本机关无法确定您所需的政府信息，无法提供。",
    "5.1": "经审查，您的申请实为信访、投诉、举报等诉求。根据《中华人民共和国政府信息公开条例》第三十九条第一款的规定，"
           "请通过相应渠道提出，本机关不作为政府信息公开申请处理。",
    "5.2": "经审查，您此前已就相同内容提出申请，本机关已作出答复。根据《中华人民共和国政府信息公开条例》第三十六条第"
           "（六）项的规定，不予重复处理。",
    "5.3": "您申请获取的信息为公开出版物。根据《中华人民共和国政府信息公开条例》第三十九条第二款的规定，请通过获取公开"
           "出版物的途径获取。",
    "5.4": "您申请公开政府信息的数量、频次明显超过合理范围且未说明正当理由。根据《中华人民共和国政府信息公开条例》"
           "第三十五条的规定，本机关不予处理。",
    "5.5": "您的申请要求本机关确认或者重新出具已获取的信息。根据《中华人民共和国政府信息公开条例》第三十九条第二款的"
           "规定，本机关不作为政府信息公开申请处理。",
    "6.1": "本机关已向您发出补正通知，您无正当理由逾期未补正。根据《中华人民共和国政府信息公开条例》第三十条的规定，"
           "视为放弃申请，本机关不再处理该申请。",
    "6.2": "您逾期未按收费通知要求缴纳信息处理费，本机关不再处理您的政府信息公开申请。",
    "6.3": "（请写明本次处理的情况和依据。）",
}




KINDS = ("correction", "extension", "fee", "decision")


def step_date(r: Request, kind: str) -> dt.date | None:
    """The day of the step a letter belongs to: its date (None when the step is not recorded yet)."""
    value = {"correction": r.correction_notice, "extension": r.extension_date, "fee": r.fee_notice_date,
             "decision": r.decision_date}.get(kind)
    return dt.date.fromisoformat(value) if value else None


def letter_data(r: Request, clock: Clock, kind: str, *, office: str, authority: str, date: dt.date | None = None,
                phone: str = "") -> dict[str, Any]:
    """Notice data (kind general, letter mode) for `notice render`, or to edit first. Dated `date`, or by its step."""
    who = f"{r.applicant_name or '申请人'}："
    opening = f"本机关于{cn_date(r.received_date)}收到您提出的政府信息公开申请（编号：{r.display_number}），申请获取“{r.content or '……'}”。"
    remedy = REMEDY.format(authority=authority or "上一级行政机关")
    if kind == "correction":
        if not r.correction_notice:
            raise RequestError(msg("此申请尚未登记补正通知（request correct）", "No correction notice is recorded for this "
                                   "request"))
        title = "政府信息公开申请补正通知书"
        body = [opening, "经审查，您的申请内容不够明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请您自收到本"
                "通知之日起15个工作日内，对所需政府信息的名称、文号或者便于本机关查询的其他特征性描述作出补正。答复期限自"
                "本机关收到补正后的申请之日起重新计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该申请。"]
    elif kind == "extension":
        if not r.extension_date:
            raise RequestError(msg("此申请尚未登记延期（request extend）", "No extension is recorded for this request"))
        title = "政府信息公开申请延期答复告知书"
        body = [opening, f"因需要进一步检索、审查相关信息，本机关不能在法定期限内作出答复。根据《中华人民共和国政府信息公开条例》"
                f"第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{clock.extension_days}个工作日，"
                f"本机关将于{cn_date(clock.due) if clock.due else '延长期限内'}前作出答复。"]
    elif kind == "fee":
        if not r.fee_notice_date:
            raise RequestError(msg("此申请尚未登记收费通知（request fee）", "No fee notice is recorded for this request"))
        title = "政府信息公开信息处理费收费通知书"
        amount = f"{r.fee_amount}元" if r.fee_amount else "（金额）元"
        body = [opening, "经审查，您申请公开政府信息的数量、频次明显超过合理范围。根据《中华人民共和国政府信息公开条例》"
                "第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关决定收取信息处理费"
                f"{amount}。",
                f"请您自收到本通知书次日起{FEE_PAYMENT_WORKING_DAYS}个工作日内缴纳上述费用。逾期未缴纳的，视为放弃申请，"
                "本机关不再处理该政府信息公开申请。答复期限自本通知书送达之日起中止计算，自本机关收到您缴纳的费用之日起"
                "恢复计算。"]
    elif kind == "decision":
        if not r.outcome:
            raise RequestError(msg("此申请尚未登记办理结果（request close）", "No outcome is recorded for this request"))
        group, sub = OUTCOMES[r.outcome]
        title = "政府信息公开申请答复告知书"
        body = [opening, DECISION_TEXT[r.outcome]]
        if not r.outcome.startswith("1"):
            body.append(remedy)
    else:
        raise RequestError(msg("文书类型应为 correction、extension、fee 或 decision", "The letter kind must be correction, "
                               "extension, fee or decision"))
    day = date or step_date(r, kind)
    assert day is not None  # every kind above requires its step
    return {"kind": "general", "letter": True, "title": title, "issuer": office, "date": day.isoformat(),
            "notice_days": 0, "phone": phone, "paragraphs": [who, *body, "特此告知。"]}
