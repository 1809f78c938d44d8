"""The 公众参与 sheets as notices for the PDF writer: the consultation notice (征求意见公告), the feedback on the
comments (意见采纳情况反馈) and the year's catalog (重大行政决策事项目录) with its adjustments.

What the notice says follows 713号令 Art. 15: the draft's subject, how and by when to comment (the period, the
ways, where to send), and — for a public consultation shorter than 30 days — why. The feedback gives the overall
figures and, per comment, adopted / partly / not adopted with the reason (seed 002: 同步公开征集意见的总体情况、
采纳情况以及不采纳理由)."""

from __future__ import annotations

import datetime as dt

from townshipdesk.core.dates import cn_date
from townshipdesk.core.decisions import ADOPTED, EVENTS, PUBLIC_MIN_DAYS, CatalogEvent, Decision, stage_text
from townshipdesk.core.notices import Notice
from townshipdesk.core.privacy import mask_free_text
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.errors import DecisionError
from townshipdesk.i18n import msg

KINDS = ("notice", "feedback")




def _announcement(title: str, issuer: str, date: dt.date, paragraphs: list[str], phone: str) -> Notice:
    return Notice(kind="general", board="", title=title, issuer=issuer, date=date, period=None, phone=phone,
                  announcement=True, paragraphs=[mask_free_text(p) for p in paragraphs])


def consultation_notice(d: Decision, calendar: WorkCalendar, *, office: str, contact: dict[str, str]) -> Notice:
    """征求意见公告, dated the consultation's first day."""
    if not d.start or not d.end:
        raise DecisionError(msg("{n} 尚未登记征求意见（decision consult）", "{n} has no consultation yet (decision consult)",
                                n=d.number))
    workdays = calendar.workdays_between(d.start, d.end)
    period = f"{cn_date(d.start)}至{cn_date(d.end)}（共{d.consultation_days}日，其中工作日{workdays}个）"
    paragraphs = [
        f"{office}将“{d.title}”列入{d.year}年度重大行政决策事项目录（编号：{d.number}），由{d.unit}承办。为充分听取"
        f"社会公众意见，提高决策透明度，根据《重大行政决策程序暂行条例》，现就有关事项公告如下：",
        f"一、征求意见时间：{period}。",
    ]
    if d.is_public and d.consultation_days < PUBLIC_MIN_DAYS:
        paragraphs.append(f"因{d.consult_short_reason.rstrip('。')}，本次公开征求意见期限少于30日，特此说明。"
                          if d.consult_short_reason else "本次公开征求意见期限少于30日。")
    paragraphs.append(f"二、征求意见方式：{'、'.join(d.consult_methods)}。")
    ways = [w for w in (d.consult_contact,
                        f"书面意见请寄送或送至：{contact['address']}" if contact.get("address") else "",
                        f"电子邮件请发送至：{contact['email']}" if contact.get("email") else "") if w]
    paragraphs.append("三、提出意见的途径：" + ("；".join(w.rstrip("。；") for w in ways) + "。" if ways else
                                        "请在征求意见期间内到本机关当面提出或书面提出。"))
    paragraphs.append(f"请于{cn_date(d.end)}（含当日）前提出意见。征求意见结束后，本机关将对收到的意见归纳整理、研究论证，并公布意见"
                      "采纳情况及不予采纳的理由。")
    title = f"关于“{d.title}”{'公开' if d.is_public else ''}征求意见的公告"
    return _announcement(title, office, d.start, paragraphs, contact.get("phone", ""))


def feedback_sheet(d: Decision, *, office: str, contact: dict[str, str], today: dt.date) -> Notice:
    """意见采纳情况反馈: every comment with its answer; dated the day it was published (or today, as a draft)."""
    if not d.start or not d.end:
        raise DecisionError(msg("{n} 尚未登记征求意见", "{n} has no consultation yet", n=d.number))
    unanswered = [str(c.seq) for c in d.comments if not c.adopted]
    if unanswered:
        raise DecisionError(msg("第 {k} 条意见尚未写明采纳情况（decision feedback）", "Comment(s) {k} have no answer yet "
                                "(decision feedback)", k="、".join(unanswered)))
    tally = {code: sum(1 for c in d.comments if c.adopted == code) for code in ADOPTED}
    opening = (f"{cn_date(d.start)}至{cn_date(d.end)}，{office}就“{d.title}”（{d.number}）通过{'、'.join(d.consult_methods)}"
               f"征求意见")
    if d.comments:
        paragraphs = [f"{opening}，共收到意见{d.comment_count}条，归纳为{len(d.comments)}项。经研究，采纳{tally['yes']}项，"
                      f"部分采纳{tally['partly']}项，未采纳{tally['no']}项。现将意见采纳情况及不予采纳的理由公布如下："]
    else:
        paragraphs = [f"{opening}，征求意见期间未收到意见。特此公布。"]
    day = dt.date.fromisoformat(d.feedback_published_date) if d.feedback_published_date else today
    notice = _announcement(f"关于“{d.title}”征求意见采纳情况的反馈", office, day, paragraphs, contact.get("phone", ""))
    if d.comments:
        notice.kind = "namelist"
        notice.columns = ["序号", "意见摘要", "提出方", "条数", "采纳情况", "理由说明"]
        notice.rows = [[str(c.seq), mask_free_text(c.text), c.source or "—", str(c.count), ADOPTED[c.adopted or "no"][0],
                        mask_free_text(c.reason) or "—"] for c in d.comments]
        notice.numeric_columns = {3}
        notice.totals = {0: "合计", 3: str(d.comment_count)}
    return notice


def catalog_sheet(decisions: list[Decision], history: list[CatalogEvent], *, office: str, year: int,
                  today: dt.date) -> Notice:
    """The year's 重大行政决策事项目录, every entry with its state, and the catalog's publications and adjustments."""
    if not decisions:
        raise DecisionError(msg("{y} 年度目录还没有决策事项", "The {y} catalog has no decisions yet", y=year))
    listed = [d for d in decisions if d.status != "removed"]
    paragraphs = [f"根据《重大行政决策程序暂行条例》，现将{office}{year}年度重大行政决策事项目录公布如下（共{len(listed)}项"
                  f"{f'，另有{len(decisions) - len(listed)}项已调整出目录' if len(listed) != len(decisions) else ''}）。"]
    changes = [e for e in history if e.kind in ("catalog_published", "adjusted", "removed")
               or (e.kind == "added" and e.detail)]
    if changes:
        paragraphs.append("目录公布及调整情况：" + "；".join(
            f"{cn_date(e.event_date)}{EVENTS[e.kind][0]}{f' {e.number}“{e.title}”' if e.number else ''}"
            f"{f'（{e.detail}）' if e.detail else ''}{f'，理由：{e.reason}' if e.reason else ''}" for e in changes) + "。")
    notice = _announcement(f"{office}{year}年度重大行政决策事项目录", office, today, paragraphs, "")
    notice.kind = "namelist"
    # The number is the entry's reference (序号 would repeat it); a removal's reason is in the adjustments above.
    notice.columns = ["编号", "决策事项", "承办单位", "计划决策时间", "状态"]
    notice.rows = [[d.number, d.title, d.unit, d.planned_date or "—", stage_text(d, today).text("zh")]
                   for d in decisions]
    return notice
