"""`decision …`: 公众参与 — the yearly 重大行政决策事项目录, each decision's consultation (征求意见), the comments with
their 采纳情况 and its publication, and the sheets (征求意见公告, 意见采纳情况反馈, the catalog)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from townshipdesk.cli.context import Context
from townshipdesk.cli.helps import date_help, year_help
from townshipdesk.cli.output import print_json, say, table, warn
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.dates import parse_date
from townshipdesk.core.decisions import (
    ADOPTED,
    METHODS,
    Decision,
    Decisions,
    consultation_warnings,
    stage_text,
)
from townshipdesk.errors import DecisionError
from townshipdesk.i18n import msg, pair_text, tr

JsonFlag = Callable[[argparse.ArgumentParser], None]


def register(commands: argparse._SubParsersAction, add_json: JsonFlag) -> None:
    dec = commands.add_parser("decision", help=tr("公众参与：重大行政决策事项目录与征求意见",
                                                  "public participation: major decisions and consultations"))
    sub = dec.add_subparsers(dest="decision_command", metavar="ACTION", parser_class=type(dec))
    sub.required = True

    def parser(name: str, helptext: str, func: Callable[[Context, argparse.Namespace], int], *, number: bool = True,
               date: str | None = None) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=helptext)
        if number:
            p.add_argument("number", metavar="NUMBER", help=tr("决策编号，如 决策2026-01", "decision number, e.g. 决策2026-01"))
        if date:
            p.add_argument("--date", metavar="DATE", help=date)
        p.add_argument("--today", metavar="DATE", help=tr("以此日为今天（默认系统日期）", "treat this day as today"))
        add_json(p)
        p.set_defaults(func=func)
        return p

    p = parser("add", tr("列入年度重大行政决策事项目录", "add a decision to the year's catalog"), cmd_add, number=False,
               date=tr("列入日期（默认今天）", "day it was added (default today)"))
    p.add_argument("--year", type=int, required=True, help=tr("目录年度", "the catalog's year"))
    p.add_argument("--title", required=True, help=tr("决策事项名称", "the decision"))
    p.add_argument("--unit", required=True, help=tr("承办单位", "unit in charge"))
    p.add_argument("--planned", metavar="DATE", help=tr("计划决策时间", "planned date of the decision"))

    p = parser("list", tr("年度目录及各事项状态", "the catalog and each decision's state"), cmd_list, number=False)
    p.add_argument("--year", type=int, help=year_help())
    p.add_argument("--due", action="store_true", help=tr("只列征求意见即将结束、采纳情况待公布的事项",
                                                         "only consultations ending soon and feedback to publish"))
    parser("show", tr("一个决策事项及其征求意见、采纳情况", "one decision with its consultation and feedback"), cmd_show)

    p = parser("publish-catalog", tr("登记年度目录已公布（调整后再次公布亦登记）", "record that the year's catalog was "
                                     "published (again after adjustments)"), cmd_publish_catalog, number=False,
               date=tr("公布日期（默认今天）", "publication day (default today)"))
    p.add_argument("--year", type=int, required=True, help=year_help())

    p = parser("adjust", tr("调整目录：给出新值则修改，否则调整出目录；理由必填，调整记录保留", "adjust the catalog: new values "
                            "change the entry, none removes it; the reason is required and kept"), cmd_adjust,
               date=tr("调整日期（默认今天）", "day of the adjustment (default today)"))
    p.add_argument("--reason", required=True, help=tr("调整的理由（记入目录调整记录）", "why it is adjusted (kept in the catalog's history)"))
    p.add_argument("--title", help=tr("新的事项名称", "new title"))
    p.add_argument("--unit", help=tr("新的承办单位", "new unit in charge"))
    p.add_argument("--planned", metavar="DATE", help=date_help("新的计划决策时间", "new planned date"))

    p = parser("consult", tr("征求意见：起止日期（或期限）、方式", "consultation: period and ways"), cmd_consult)
    p.add_argument("--start", required=True, metavar="DATE", help=tr("开始日期（公告发布日）", "first day (the notice's date)"))
    p.add_argument("--end", metavar="DATE", help=tr("结束日期（含当日）", "last day (inclusive)"))
    p.add_argument("--period", metavar="TEXT", help=tr("或期限，如“30日”（日历日）、“15个工作日”（工作日日历）",
                                                       "or the period, e.g. 30日 (calendar days) or 15个工作日 (working days)"))
    p.add_argument("--method", action="append", required=True, metavar="WAY",
                   help=tr("可多次：{m}", "repeatable: {m}", m="、".join(METHODS)))
    p.add_argument("--short-reason", default="", help=tr("公开征求意见少于30日的理由（印在公告上）",
                                                         "why a public consultation is shorter than 30 days (printed)"))
    p.add_argument("--contact", default="", help=tr("提出意见的途径（印在公告上）", "how to comment (printed on the notice)"))

    p = parser("comment", tr("登记收到的意见（可归纳多条为一项）", "record a comment (one entry may sum up several)"), cmd_comment,
               date=tr("收到日期（默认今天）", "day received (default today)"))
    p.add_argument("--text", required=True, help=tr("意见内容（可归纳）", "the comment (may be a summary)"))
    p.add_argument("--from", dest="source", default="", help=tr("提出方，如“村民代表”", "who made it, e.g. 村民代表"))
    p.add_argument("--count", type=int, default=1, help=tr("此项归纳的意见条数（默认1）", "how many comments it sums up"))

    p = parser("feedback", tr("对一项意见写明采纳情况", "answer one comment (adopted or not, why)"), cmd_feedback)
    p.add_argument("--comment", type=int, required=True, metavar="K", help=tr("意见序号", "the comment's number"))
    p.add_argument("--adopted", required=True, metavar="yes|partly|no", help=tr("采纳 / 部分采纳 / 不采纳", "adopted or not"))
    p.add_argument("--reason", default="", help=tr("部分采纳、不采纳须写明理由", "required unless adopted"))

    parser("publish-feedback", tr("登记意见采纳情况已公布", "record that the feedback was published"), cmd_publish_feedback,
           date=tr("公布日期（默认今天）", "publication day (default today)"))
    parser("decide", tr("登记已作出决策", "record that the decision was made"), cmd_decide,
           date=tr("决策日期（默认今天）", "day of the decision (default today)"))

    p = parser("sheet", tr("生成征求意见公告或意见采纳情况反馈（PDF）", "write the consultation notice or the feedback (PDF)"),
               cmd_sheet)
    p.add_argument("--kind", required=True, choices=("notice", "feedback"),
                   help=tr("notice 征求意见公告 / feedback 意见采纳情况反馈", "notice (consultation) / feedback (what was adopted)"))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=tr("输出的 PDF 文件", "the PDF file to write"))
    p = parser("catalog-sheet", tr("生成年度重大行政决策事项目录（PDF）", "write the year's catalog (PDF)"), cmd_catalog_sheet,
               number=False)
    p.add_argument("--year", type=int, required=True, help=year_help())
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=tr("输出的 PDF 文件", "the PDF file to write"))


def _today(args: argparse.Namespace) -> dt.date:
    return parse_date(args.today) if getattr(args, "today", None) else dt.date.today()


def _date(value: str | None) -> dt.date | None:
    return parse_date(value) if value else None


def _service(ctx: Context, args: argparse.Namespace) -> Decisions:
    ctx.site()
    return Decisions(ctx.db, load_calendar(ctx.db), today=_today(args))


def _status(d: Decision, today: dt.date) -> str:
    return stage_text(d, today).text()


def _show(ctx: Context, d: Decision, today: dt.date) -> int:
    for note in consultation_warnings(d):
        warn(tr("注意：{w}", "warning: {w}", w=note.text()))
    if ctx.json:
        print_json(d.to_json(today))
        return 0
    say(tr("{n}　{t}（{y}年度，承办单位：{u}）", "{n}  {t} ({y}, unit: {u})", n=d.number, t=d.title, y=d.year, u=d.unit))
    say(tr("状态：{s}", "State: {s}", s=_status(d, today)) + (tr("；理由：{r}", "; reason: {r}", r=d.status_reason)
                                                            if d.status_reason else ""))
    if d.planned_date:
        say(tr("计划决策时间：{p}", "Planned: {p}", p=d.planned_date))
    if d.start and d.end:
        say(tr("征求意见：{s} 至 {e}（{n} 日），方式：{m}", "Consultation: {s} to {e} ({n} days), ways: {m}", s=d.start, e=d.end,
               n=d.consultation_days, m="、".join(d.consult_methods)))
    for c in d.comments:
        answer = pair_text(ADOPTED, c.adopted) if c.adopted else tr("未答复", "not answered")
        say(tr("  意见{k}（{f}，{c}条）：{t} — {a}{r}", "  comment {k} ({f}, {c}): {t} — {a}{r}", k=c.seq, f=c.source or "—",
               c=c.count, t=c.text, a=answer, r=tr("：{r}", ": {r}", r=c.reason) if c.reason else ""))
    if d.feedback_published_date:
        say(tr("采纳情况已于 {d} 公布", "Feedback published on {d}", d=d.feedback_published_date))
    elif d.feedback_due(today):
        warn(tr("注意：征求意见已于 {e} 结束，意见采纳情况尚未公布", "warning: the consultation ended on {e}; the feedback is not "
                "published yet", e=d.end))
    return 0


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    d = service.add(args.year, args.title, args.unit, _date(args.planned), _date(args.date))
    return _show(ctx, d, _today(args))


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    return _show(ctx, _service(ctx, args).get(args.number), _today(args))


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.core.decision_due import decision_due

    service = _service(ctx, args)
    today = _today(args)
    if args.due:
        items = decision_due(service, today)
        if ctx.json:
            print_json([{**i.decision.to_json(today), "due_kind": i.kind, "due_day": i.day.isoformat(),
                         "working_days": i.working_days} for i in items])
            return 0
        for i in items:
            say(tr("{n} {t}：征求意见 {e} 结束，{w}", "{n} {t}: consultation ends {e}, {w}", n=i.decision.number,
                   t=i.decision.title, e=i.day,
                   w=tr("采纳情况待公布", "feedback to publish") if i.kind == "feedback" else
                   tr("还有 {k} 个工作日", "{k} working days left", k=i.working_days)))
        if not items:
            say(tr("没有即将结束的征求意见或待公布的采纳情况", "Nothing ending soon and no feedback to publish"))
        return 0
    decisions = service.all(args.year)
    if ctx.json:
        print_json([d.to_json(today) for d in decisions])
        return 0
    if not decisions:
        say(tr("没有决策事项", "No decisions"))
        return 0
    table([[d.number, d.title, d.unit, d.planned_date or "-", _status(d, today), str(d.comment_count)] for d in decisions],
          [12, 30, 14, 10, 24, 8], [tr("编号", "Number"), tr("决策事项", "Decision"), tr("承办单位", "Unit"),
                                    tr("计划时间", "Planned"), tr("状态", "State"), tr("意见", "Comments")])
    return 0


def cmd_publish_catalog(ctx: Context, args: argparse.Namespace) -> int:
    listed = _service(ctx, args).publish_catalog(args.year, _date(args.date))
    if ctx.json:
        print_json({"year": args.year, "count": len(listed), "numbers": [d.number for d in listed]})
    else:
        say(tr("已登记 {y} 年度目录公布：{n} 项", "Recorded the {y} catalog as published: {n} decisions", y=args.year,
               n=len(listed)))
    return 0


def cmd_adjust(ctx: Context, args: argparse.Namespace) -> int:
    d = _service(ctx, args).adjust(args.number, args.reason, title=args.title, unit=args.unit, planned=_date(args.planned),
                                   day=_date(args.date))
    return _show(ctx, d, _today(args))


def cmd_consult(ctx: Context, args: argparse.Namespace) -> int:
    d = _service(ctx, args).consult(args.number, parse_date(args.start), end=_date(args.end), period=args.period or "",
                                    methods=args.method, short_reason=args.short_reason, contact=args.contact)
    return _show(ctx, d, _today(args))


def cmd_comment(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    c = service.comment(args.number, args.text, source=args.source, count=args.count, received=_date(args.date))
    d = service.get(args.number)
    if d.end and c.received_date and c.received_date > d.end.isoformat():
        warn(tr("注意：此意见在征求意见结束（{e}）后收到", "warning: this comment came after the consultation ended ({e})",
                e=d.end))
    if ctx.json:
        print_json({"number": d.number, **c.to_json()})
    else:
        say(tr("已登记 {n} 的第 {k} 条意见", "Recorded comment {k} of {n}", n=d.number, k=c.seq))
    return 0


def cmd_feedback(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    c = service.feedback(args.number, args.comment, args.adopted, args.reason)
    if ctx.json:
        print_json({"number": service.get(args.number).number, **c.to_json()})
    else:
        say(tr("意见 {k}：{a}", "Comment {k}: {a}", k=c.seq, a=pair_text(ADOPTED, c.adopted or "no")))
    return 0


def cmd_publish_feedback(ctx: Context, args: argparse.Namespace) -> int:
    return _show(ctx, _service(ctx, args).publish_feedback(args.number, _date(args.date)), _today(args))


def cmd_decide(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    d = service.decide(args.number, _date(args.date))
    if d.start and not d.feedback_published_date:
        warn(tr("注意：意见采纳情况尚未公布，请与决策同步公布", "warning: the feedback is not published yet; publish it with the "
                "decision"))
    return _show(ctx, d, _today(args))


def _pdf_out(value: str) -> Path:
    out = Path(value)
    if out.suffix.lower() != ".pdf":
        raise DecisionError(msg("输出文件应为 .pdf", "The output must be a .pdf file"))
    return out


def cmd_sheet(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.core.decision_sheets import consultation_notice, feedback_sheet
    from townshipdesk.core.office_settings import office_contact
    from townshipdesk.io.pdf.notice_pdf import render_notice

    out = _pdf_out(args.out)
    service = _service(ctx, args)
    d = service.get(args.number)
    office, contact = ctx.site().name, office_contact(ctx.db)
    notice = (consultation_notice(d, service.calendar, office=office, contact=contact) if args.kind == "notice" else
              feedback_sheet(d, office=office, contact=contact, today=_today(args)))
    render_notice(notice, out)
    if ctx.json:
        print_json({"file": str(out), "title": notice.title, "number": d.number})
    else:
        say(tr("已生成 {t}：{p}", "Wrote {t}: {p}", t=notice.title, p=out))
    return 0


def cmd_catalog_sheet(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.core.decision_sheets import catalog_sheet
    from townshipdesk.io.pdf.notice_pdf import render_notice

    out = _pdf_out(args.out)
    service = _service(ctx, args)
    site = ctx.site()
    decisions = [d for d in service.all(args.year) if d.site_id == site.site_id]
    notice = catalog_sheet(decisions, service.history(args.year), office=site.name, year=args.year, today=_today(args))
    render_notice(notice, out)
    if ctx.json:
        print_json({"file": str(out), "title": notice.title, "count": len(decisions)})
    else:
        say(tr("已生成 {t}：{p}", "Wrote {t}: {p}", t=notice.title, p=out))
    return 0
