"""The 公众参与 page's text about one decision, and the sheet it writes: plain functions over the register (the
page keeps the widgets)."""

from __future__ import annotations

import datetime as dt
import html

from townshipdesk.core.decisions import EVENTS, Decision, Decisions, consultation_warnings, stage_text
from townshipdesk.core.notices import Notice
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.i18n import pair_text, tr
from townshipdesk.ui.session import Session

WARN_STYLE = "color:#b35c00;"


def decision_html(d: Decision, today: dt.date, cal: WorkCalendar, register: Decisions) -> str:
    """The selected decision as rich text: entry, state, consultation, warnings, comments count, history."""
    e = html.escape
    lines = [f"<b>{e(d.number)}　{e(d.title)}</b>",
             tr("承办单位：{u}　计划决策时间：{p}", "Unit: {u}    planned: {p}", u=e(d.unit), p=d.planned_date or "—"),
             tr("状态：{s}", "State: {s}", s=e(stage_text(d, today).text()))
             + (tr("（理由：{r}）", " (reason: {r})", r=e(d.status_reason)) if d.status_reason else "")]
    if d.start and d.end:
        lines.append(tr("征求意见：{s} 至 {e}，共 {n} 日（其中工作日 {w} 个）；方式：{m}",
                        "Consultation: {s} to {e}, {n} days ({w} working days); ways: {m}", s=d.start, e=d.end,
                        n=d.consultation_days, w=cal.workdays_between(d.start, d.end), m=e("、".join(d.consult_methods))))
        lines += [f"<span style='{WARN_STYLE}'>{e(w.text())}</span>" for w in consultation_warnings(d)]
        lines.append(tr("收到意见 {n} 条（{k} 项）", "{n} comments received ({k} entries)", n=d.comment_count,
                        k=len(d.comments)))
        if d.feedback_published_date:
            lines.append(tr("意见采纳情况已于 {d} 公布", "Feedback published on {d}", d=d.feedback_published_date))
        elif d.feedback_due(today):
            lines.append(f"<span style='{WARN_STYLE}'>" + tr("征求意见已于 {e} 结束，意见采纳情况尚未公布",
                                                            "The consultation ended on {e}; the feedback is not published",
                                                            e=d.end) + "</span>")
    else:
        lines.append(tr("尚未征求意见", "No consultation yet"))
    history = [h for h in register.history(d.year, d.site_id) if h.number == d.number]
    if history:
        lines.append(tr("经过：", "History:") + "<br>" + "<br>".join(
            f"{h.event_date} {e(pair_text(EVENTS, h.kind))}{e('：' + h.detail) if h.detail else ''}"
            f"{e(tr('（理由：{r}）', ' (reason: {r})', r=h.reason)) if h.reason else ''}" for h in history))
    return "<br>".join(lines)


def sheet_notice(kind: str, d: Decision | None, own: list[Decision], year: int, session: Session) -> Notice | None:
    """The notice for `kind` (catalog, notice, feedback), built on the UI thread where the database is; UserError
    when the decision is not ready for it (no consultation, a comment unanswered)."""
    from townshipdesk.core.decision_sheets import catalog_sheet, consultation_notice, feedback_sheet
    from townshipdesk.core.office_settings import office_contact

    office = session.site.name if session.site else ""
    if kind == "catalog":
        return catalog_sheet(own, session.decisions.history(year), office=office, year=year, today=session.today())
    if d is None:
        return None
    contact = office_contact(session.db)
    if kind == "notice":
        return consultation_notice(d, session.calendar, office=office, contact=contact)
    return feedback_sheet(d, office=office, contact=contact, today=session.today())
