"""What the printed 依申请公开指南 says (seed 000: "编制依申请公开工作流程图 … 公开受理机构的名称、办公地址、办公时间、
联系电话…"): the receiving office, how and what to apply, the steps as a flow chart, time limits, fees and remedies.

Every time limit and channel comes from the request clock (core/request_clock.py, docs/request-clock.md), so the
guide a villager reads and the clock the office runs cannot disagree. The text is always Chinese: it is posted in
the 政务公开专区 and on the notice board. Drawing is io/pdf/request_guide_pdf.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from townshipdesk.core.receiving_office import DETAILS, ReceivingOffice, require_for_guide
from townshipdesk.core.request_clock import (
    ANSWER_WORKING_DAYS,
    CHANNELS,
    CONSULT_WORKING_DAYS,
    CORRECTION_NOTICE_WORKING_DAYS,
    EXTENSION_WORKING_DAYS,
    FEE_PAYMENT_WORKING_DAYS,
)


@dataclass(frozen=True)
class FlowStep:
    key: str
    text: str  # in the box
    note: str = ""  # beside the box: the rule and its article


@dataclass(frozen=True)
class RequestGuide:
    title: str
    issuer: str
    date: dt.date
    office_rows: list[tuple[str, str]]  # (label, value) of the receiving office, as printed
    sections: list[tuple[str, list[str]]] = field(default_factory=list)  # heading, paragraphs
    flow: dict[str, FlowStep] = field(default_factory=dict)

    def texts(self) -> list[str]:
        """Everything printed, for the font check before drawing."""
        out = [self.title, self.issuer, *(f"{a}：{b}" for a, b in self.office_rows)]
        for heading, paragraphs in self.sections:
            out += [heading, *paragraphs]
        for step in self.flow.values():
            out += [step.text, step.note]
        return out


def _channel_rule(channel: str) -> str:
    return {"当面": "当面提交的，以提交之日为收到申请之日",
            "邮寄": "以邮寄方式提交的，以本机关签收之日为收到申请之日",
            "平常信函": "以平常信函等无需签收的邮寄方式提交的，受理机构于收到申请的当日与申请人确认，确认之日为收到申请之日",
            "网络": "通过互联网渠道提交的，以双方确认之日为收到申请之日",
            "传真": "通过传真提交的，以双方确认之日为收到申请之日"}.get(channel, "")


def build_guide(office_name: str, office: ReceivingOffice, today: dt.date) -> RequestGuide:
    """The guide of `office_name` (the 落款, e.g. 某某镇人民政府); UserError naming any missing receiving-office detail."""
    require_for_guide(office)
    rows = [(d.label.zh, getattr(office, d.key)) for d in DETAILS if getattr(office, d.key)]
    ways = [f"（{n}）{_channel_rule(c)}。" for n, c in enumerate((c for c in CHANNELS if _channel_rule(c)), start=1)]
    contact = "、".join(x for x in (f"传真 {office.fax}" if office.fax else "", f"电子邮箱 {office.email}" if office.email else "") if x)
    sections = [
        ("一、受理机构", [f"本机关依申请公开政府信息的受理机构为{office.name}。申请人可在办公时间内到受理机构提出申请，"
                     "也可以通过信函" + (f"、{contact}" if contact else "") + "等方式提出。"]),
        ("二、申请方式及收到申请之日（《条例》第二十九条、第三十一条）",
         ["申请获取政府信息的，应当向本机关的受理机构提出，并采用包括信件、数据电文在内的书面形式；采用书面形式确有困难的，"
          "申请人可以口头提出，由受理机构代为填写政府信息公开申请。", *ways]),
        ("三、申请应当包括的内容（《条例》第二十九条）",
         ["（一）申请人的姓名或者名称、身份证明、联系方式；", "（二）申请公开的政府信息的名称、文号或者便于本机关查询的其他特征性描述；",
          "（三）申请公开的政府信息的形式要求，包括获取信息的方式、途径。"]),
        ("四、办理流程和答复期限（《条例》第三十条至第三十四条）",
         [f"能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起{ANSWER_WORKING_DAYS}个工作日内予以答复；"
          f"需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过{EXTENSION_WORKING_DAYS}个工作日。",
          f"申请内容不明确的，本机关自收到申请之日起{CORRECTION_NOTICE_WORKING_DAYS}个工作日内一次性告知申请人作出补正，答复期限"
          "自收到补正的申请之日起计算；申请人无正当理由逾期不补正的，视为放弃申请。",
          f"公开可能损害第三方合法权益的，书面征求第三方意见，第三方自收到征求意见书之日起{CONSULT_WORKING_DAYS}个工作日内提出意见；"
          "征求意见所需时间不计算在答复期限内。以上期限均按工作日计算（不含法定节假日，调休上班日计入）。"]),
        ("五、收费（《条例》第四十二条）",
         ["本机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，可以按照《政府信息公开信息"
          f"处理费管理办法》收取信息处理费；申请人应当自收到收费通知次日起{FEE_PAYMENT_WORKING_DAYS}个工作日内缴纳，逾期未缴纳的"
          "视为放弃申请。"]),
        ("六、监督和救济（《条例》第五十一条）",
         ["申请人认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，"
          "也可以依法申请行政复议或者提起行政诉讼。"]),
    ]
    flow = {
        "apply": FlowStep("apply", "申请人提出申请", "当面、邮寄、平常信函、传真或网络"),
        "register": FlowStep("register", "登记", "确定收到申请之日（第三十一条）"),
        "clear": FlowStep("clear", "申请内容明确？", ""),
        "correct": FlowStep("correct", "补正", f"{CORRECTION_NOTICE_WORKING_DAYS}个工作日内一次性告知（第三十条）"),
        "corrected": FlowStep("corrected", "申请人补正", "答复期限自收到补正申请之日起计算；逾期不补正的视为放弃申请"),
        "handle": FlowStep("handle", "办理", f"需要时征求第三方意见，{CONSULT_WORKING_DAYS}个工作日，不计入答复期限（第三十二条）"),
        "answer": FlowStep("answer", "作出答复", f"自收到申请之日起{ANSWER_WORKING_DAYS}个工作日内（第三十三条）"),
        "extend": FlowStep("extend", "延期答复", f"经负责人同意并告知申请人，最长延长{EXTENSION_WORKING_DAYS}个工作日"),
        "serve": FlowStep("serve", "送达答复告知书", "按申请人要求的形式提供信息"),
    }
    return RequestGuide(f"{office_name}政府信息依申请公开指南", office_name, today, rows, sections, flow)
