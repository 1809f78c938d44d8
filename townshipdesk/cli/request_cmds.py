"""`request …` (依申请公开 register and its statutory clock) and `report …` (the annual report)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from townshipdesk.cli.context import Context
from townshipdesk.cli.helps import date_help, request_id_help, today_help
from townshipdesk.cli.output import print_json, say, table, warn
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.dates import parse_date
from townshipdesk.core.requests import (
    APPLICANTS,
    CHANNELS,
    CONFIRMED_CHANNELS,
    EXTENSION_WORKING_DAYS,
    Requests,
    channel_code,
)
from townshipdesk.core.workdays import ESTIMATE_WARNING
from townshipdesk.errors import RequestError
from townshipdesk.i18n import msg, tr
from townshipdesk.wording.requests import (
    applicant_text,
    channel_text,
    clock_notes,
    late_text,
    outcome_text,
    receipt_rule_text,
    state_text,
    waiting_text,
)

JsonFlag = Callable[[argparse.ArgumentParser], None]


def register(commands: argparse._SubParsersAction, add_json: JsonFlag) -> None:
    req = commands.add_parser("request", help=tr("依申请公开登记与期限", "disclosure requests and their deadlines"))
    sub = req.add_subparsers(dest="request_command", metavar="ACTION", parser_class=type(req))
    sub.required = True

    p = sub.add_parser("add", help=tr("登记一件申请", "register a request"))
    p.add_argument("--received", metavar="DATE", help=tr("收到日期（当面提交为提交当日）", "day of receipt (in person: that day)"))
    p.add_argument("--signed-for", metavar="DATE", help=tr("邮寄：签收日期", "by post: the day the office signed for it"))
    p.add_argument("--confirmed", metavar="DATE", help=tr("平常信函：与申请人确认日期；网络/传真：双方确认日期",
                                                          "ordinary letter, online, fax: the day receipt was confirmed"))
    p.add_argument("--arrived", metavar="DATE", help=tr("平常信函/网络/传真到达的日期（确认之前）",
                                                        "the day it arrived, before confirmation"))
    p.add_argument("--applicant", required=True, choices=list(APPLICANTS), help=tr("申请人类型：{a}", "applicant type: {a}", a=" / ".join(
        f"{key} {applicant_text(key)}" for key in APPLICANTS)))
    p.add_argument("--channel", default="其他", metavar="CHANNEL",
                   help=tr("{c}（或 in-person、post、letter、online、fax、other）", "{c} (or in-person, post, letter, online, "
                           "fax, other)", c="、".join(CHANNELS)))
    p.add_argument("--name", default="", help=tr("申请人姓名或单位", "applicant's name"))
    p.add_argument("--contact", default="", help=tr("联系方式（列表和导出中隐去）", "contact (masked in lists)"))
    p.add_argument("--content", default="", help=tr("申请获取的信息", "the information asked for"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_add)

    for name, zh, en in (("accept", "受理", "accepted"), ("opinion", "提出办理意见", "handling opinion"),
                         ("approval", "报批", "submitted for approval"), ("decision", "作出决定", "decision made"),
                         ("serve", "送达", "served on the applicant")):
        p = sub.add_parser(name, help=tr(zh, en))
        p.add_argument("id", help=request_id_help())
        p.add_argument("--date", required=True, metavar="DATE", help=date_help("该步骤的日期（不能晚于今天）",
                                                                              "the step's date (not after today)"))
        p.add_argument("--today", metavar="DATE", help=today_help())
        add_json(p)
        p.set_defaults(func=cmd_step, step=name)

    p = sub.add_parser("correct", help=tr("补正：通知日期，收到补正日期", "correction: notice date, corrected request received"))
    p.add_argument("id", help=request_id_help())
    p.add_argument("--notice", required=True, metavar="DATE", help=date_help("补正通知日期", "the correction notice's date"))
    p.add_argument("--received", metavar="DATE", help=date_help("收到补正后申请的日期（期限从此重新计算）",
                                                                "the day the corrected request arrived (the clock restarts)"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_correct)

    p = sub.add_parser("consult", help=tr("征求第三方或其他机关意见（不计入期限）", "consultation (not counted)"))
    p.add_argument("id", help=request_id_help())
    p.add_argument("--start", required=True, metavar="DATE", help=date_help("征求意见开始日期", "consultation start"))
    p.add_argument("--end", metavar="DATE", help=date_help("收到意见的日期（未收到时不填）", "the day the answer came (blank until then)"))
    p.add_argument("--party", default="", help=tr("被征求意见的第三方或机关", "the third party or office consulted"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_consult)

    p = sub.add_parser("extend", help=tr("延期答复（仅一次，至多20个工作日）", "extension (once, at most 20 working days)"))
    p.add_argument("id", help=request_id_help())
    p.add_argument("--date", required=True, metavar="DATE", help=date_help("延期决定日期", "the day of the extension"))
    p.add_argument("--days", type=int, default=EXTENSION_WORKING_DAYS, metavar="N",
                   help=tr("延长的工作日数（1–20，默认20）", "working days added (1–20, default 20)"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_extend)

    p = sub.add_parser("fee", help=tr("信息处理费收费通知：送达后答复期限中止，至缴费恢复", "fee notice: the clock stops from "
                                      "its service until payment"))
    p.add_argument("id", help=request_id_help())
    p.add_argument("--notice", required=True, metavar="DATE", help=tr("收费通知日期", "the notice's date"))
    p.add_argument("--served", metavar="DATE", help=tr("送达申请人的日期", "the day it reached the applicant"))
    p.add_argument("--amount", default="", metavar="YUAN", help=tr("收费金额（元）", "the fee (yuan)"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_fee)

    p = sub.add_parser("paid", help=tr("申请人缴纳信息处理费：答复期限恢复计算", "the fee was paid: the clock runs again"))
    p.add_argument("id", help=request_id_help())
    p.add_argument("--date", required=True, metavar="DATE", help=date_help("缴费日期", "the day it was paid"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_paid)

    p = sub.add_parser("close", help=tr("办结：办理结果及决定日期", "close: outcome and decision date"))
    p.add_argument("id", help=request_id_help())
    p.add_argument("--outcome", required=True, help=tr("1、2、3.1–3.8、4.1–4.3、5.1–5.5、6.1–6.3 或 grant/partial…",
                                                       "1, 2, 3.1–3.8, 4.1–4.3, 5.1–5.5, 6.1–6.3 or grant/partial…"))
    p.add_argument("--date", required=True, metavar="DATE", help=tr("作出决定日期", "decision date"))
    p.add_argument("--served", metavar="DATE", help=date_help("送达申请人的日期", "the day it reached the applicant"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_close)

    p = sub.add_parser("show", help=tr("一件申请及其期限", "one request and its clock"))
    p.add_argument("id", help=request_id_help())
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("list", help=tr("申请登记簿", "the register"))
    p.add_argument("--overdue", action="store_true", help=tr("只列逾期的", "overdue only"))
    p.add_argument("--urgent", action="store_true", help=tr("逾期及5个工作日内到期", "overdue or due within 5 working days"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("letter", help=tr("生成补正/延期/收费/答复告知书 PDF", "write a correction/extension/fee/decision letter"))
    p.add_argument("id", help=request_id_help())
    p.add_argument("--kind", required=True, choices=("correction", "extension", "fee", "decision"),
                   help=tr("correction 补正告知书 / extension 延期答复告知书 / fee 收费通知书 / decision 答复告知书",
                           "correction / extension / fee / decision letter"))
    p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.json",
                   help=tr(".pdf 直接生成；.json 生成可编辑的草稿（再用 notice render 打印）", ".pdf renders; .json writes an "
                           "editable draft for notice render"))
    p.add_argument("--authority", default="", help=tr("复议机关，如“某某县人民政府”", "review authority"))
    p.add_argument("--date", metavar="DATE", help=tr("落款日期（默认为该步骤登记的日期）", "the letter's date (default: its step's)"))
    p.add_argument("--phone", default="", help=tr("联系电话（写在告知书上）", "telephone printed on the letter"))
    add_json(p)
    p.set_defaults(func=cmd_letter)

    p = sub.add_parser("guide", help=tr("生成依申请公开指南 PDF（含受理机构信息和办理流程图）",
                                        "write the request guide PDF (receiving office and flow chart)"))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=tr("输出的 PDF 文件", "the PDF file to write"))
    p.add_argument("--date", metavar="DATE", help=tr("落款日期（默认今天）", "the date printed (default today)"))
    add_json(p)
    p.set_defaults(func=cmd_guide)

    rep = commands.add_parser("report", help=tr("政府信息公开工作年度报告", "the annual report"))
    sub = rep.add_subparsers(dest="report_command", metavar="ACTION", parser_class=type(rep))
    sub.required = True
    p = sub.add_parser("annual", help=tr("生成年度报告表格（.xlsx）及文字稿（.docx）", "annual report tables (.xlsx) and text (.docx)"))
    p.add_argument("--year", type=int, required=True, help=tr("报告年度，如 2026", "the report's year, e.g. 2026"))
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help=tr("要写入的表格（.xlsx）", "the workbook to write (.xlsx)"))
    p.add_argument("--docx", metavar="FILE.docx", help=tr("同时生成报告文字稿", "also write the text skeleton"))
    add_json(p)
    p.set_defaults(func=cmd_annual)
    p = sub.add_parser("set", help=tr("录入手工统计项（第二、四部分）", "enter hand-counted figures (sections 二 and 四)"))
    p.add_argument("--year", type=int, required=True, help=tr("报告年度，如 2026", "the report's year, e.g. 2026"))
    p.add_argument("values", nargs="+", metavar="KEY=VALUE", help=tr("统计项=数值（可多个；report keys 列出可用的项）",
                                                                    "figure=value (several; report keys lists them)"))
    add_json(p)
    p.set_defaults(func=cmd_set)
    p = sub.add_parser("keys", help=tr("可录入的统计项", "figures that can be entered"))
    add_json(p)
    p.set_defaults(func=cmd_keys)


def _service(ctx: Context, args: argparse.Namespace | None = None) -> Requests:
    """The register on `--today`. A township's unpaid fees past their 20 working days close as 6.2 first."""
    site = ctx.site()
    today = _today(args) if args is not None else dt.date.today()
    service = Requests(ctx.db, load_calendar(ctx.db), today=today)
    if site.role == "township":
        for r in service.close_lapsed(today):
            warn(tr("申请 {id} 逾期未缴纳信息处理费，视为放弃，已按 6.2 办结", "Request {id}: the fee was not paid in time; "
                    "closed as 6.2 (deemed withdrawn)", id=r.display_number))
    return service


def _today(args: argparse.Namespace) -> dt.date:
    return parse_date(args.today) if getattr(args, "today", None) else dt.date.today()


def _show(ctx: Context, service: Requests, ident: str, today: dt.date) -> int:
    r = service.get(ident)
    clock = service.clock(r, today)
    if ctx.json:
        print_json(r.to_json(clock))
        return 0
    say(tr("申请 {id}：{a}，{d} 收到（{c}，以{rule}为收到日期）", "Request {id}: {a}, received {d} ({c}, counted from {rule})",
           id=r.display_number, a=applicant_text(r.applicant_type), d=r.received_date, c=channel_text(r.channel),
           rule=receipt_rule_text(r.channel)))
    say(tr("状态：{s}；答复期限：{due}{left}", "State: {s}; answer due {due}{left}", s=state_text(clock.state),
           due=clock.due or waiting_text(clock),
           left="" if clock.days_left is None else tr("（剩 {n} 个工作日）", " ({n} working days left)", n=clock.days_left)
           if clock.days_left >= 0 else tr("（已逾期 {n} 个工作日）", " (overdue by {n} working days)", n=-clock.days_left)))
    for line in clock_notes(r, clock):
        say(line)
    if r.outcome:
        say(tr("办理结果：{o}", "Outcome: {o}", o=outcome_text(r.outcome)))
    if clock.late:
        warn(tr("逾期答复：作出决定晚于答复期限 {n} 个工作日", "Answered late: decided {n} working days after the due date",
                n=clock.late_days))
    if clock.consult_overdue:
        warn(tr("注意：第三方答复期限 {d} 已过，答复期限恢复计算", "warning: the third party's reply was due {d}; the clock "
                "runs again", d=clock.consult_due))
    if clock.estimated:
        warn(tr("注意：{w}", "warning: {w}", w=ESTIMATE_WARNING.text()))
    return 0


def _receipt_date(args: argparse.Namespace) -> dt.date:
    """The day of receipt (Art. 31): --received, or the channel's own word for it (--signed-for, --confirmed)."""
    channel = channel_code(args.channel)
    given = {"--received": args.received, "--signed-for": args.signed_for, "--confirmed": args.confirmed}
    named = {k: v for k, v in given.items() if v}
    if args.signed_for and channel != "邮寄":
        raise RequestError(msg("--signed-for 只用于邮寄的申请", "--signed-for is for requests sent by post"))
    if args.confirmed and channel not in CONFIRMED_CHANNELS:
        raise RequestError(msg("--confirmed 只用于平常信函、网络或传真提交的申请", "--confirmed is for ordinary letters, online "
                               "and fax requests"))
    if not named:
        raise RequestError(msg("请写明收到日期：{r}（{opt}）", "Give the day of receipt: {ren} ({opt})",
                               r=CHANNELS[channel][0], ren=CHANNELS[channel][1],
                               opt={"邮寄": "--signed-for", **dict.fromkeys(CONFIRMED_CHANNELS, "--confirmed")}.get(
                                   channel, "--received")))
    days = {parse_date(v) for v in named.values()}
    if len(days) > 1:
        raise RequestError(msg("{o} 给出的日期不一致", "{o} give different dates", o="、".join(named)))
    return days.pop()


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    r = service.add(_receipt_date(args), args.applicant, channel=args.channel, name=args.name, contact=args.contact,
                    content=args.content, arrived=parse_date(args.arrived) if args.arrived else None)
    return _show(ctx, service, r.uuid, _today(args))


def cmd_step(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    day = parse_date(args.date)
    if args.step == "accept":
        r = service.accept(args.id, day)
    elif args.step == "serve":
        r = service.serve(args.id, day)
    else:
        r = service.step(args.id, args.step, day)
    return _show(ctx, service, r.uuid, _today(args))


def cmd_correct(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    r = service.correct(args.id, parse_date(args.notice), parse_date(args.received) if args.received else None)
    return _show(ctx, service, r.uuid, _today(args))


def cmd_consult(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    r = service.consult(args.id, parse_date(args.start), parse_date(args.end) if args.end else None, args.party)
    return _show(ctx, service, r.uuid, _today(args))


def cmd_extend(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    r = service.extend(args.id, parse_date(args.date), args.days)
    return _show(ctx, service, r.uuid, _today(args))


def cmd_fee(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    r = service.fee_notice(args.id, parse_date(args.notice), parse_date(args.served) if args.served else None, args.amount)
    return _show(ctx, service, r.uuid, _today(args))


def cmd_paid(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    r = service.fee_paid(args.id, parse_date(args.date))
    return _show(ctx, service, r.uuid, _today(args))


def cmd_close(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    r = service.close(args.id, args.outcome, parse_date(args.date), parse_date(args.served) if args.served else None)
    return _show(ctx, service, r.uuid, _today(args))


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    return _show(ctx, _service(ctx, args), args.id, _today(args))


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    today = _today(args)
    pairs = [(r, service.clock(r, today)) for r in service.all()]
    if args.overdue:
        pairs = [(r, c) for r, c in pairs if c.overdue]
    elif args.urgent:
        pairs = service.urgent(today)
    if ctx.json:
        print_json([r.to_json(c) for r, c in pairs])
        return 0
    if not pairs:
        say(tr("没有符合条件的申请", "No matching requests"))
        return 0
    rows = [[r.display_number, r.received_date, applicant_text(r.applicant_type), state_text(c.state), str(c.due or "-"),
             "" if c.days_left is None else str(c.days_left), late_text(c), r.content] for r, c in pairs]
    widths = [12, 10, 14, 10, 10, 4, 8, 30]
    headers = [tr("编号", "Number"), tr("收到", "Received"), tr("申请人", "Applicant"), tr("状态", "State"),
               tr("答复期限", "Due"), tr("剩余", "Left"), tr("按期", "On time"), tr("内容", "Request")]
    own = ctx.site().site_id
    if any(r.site_id != own for r, _c in pairs):  # at the county: each township numbers its own requests
        townships = dict(ctx.db.conn.execute("SELECT site_id, name FROM peers").fetchall())
        rows = [[townships.get(r.site_id, "?") if r.site_id != own else tr("本单位", "ours"), *row]
                for (r, _c), row in zip(pairs, rows, strict=True)]
        widths, headers = [10, *widths], [tr("乡镇", "Township"), *headers]
    table(rows, widths, headers)
    return 0


def cmd_letter(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.core.letters import letter_data, step_date

    service = _service(ctx, args)
    r = service.get(args.id)
    day = parse_date(args.date) if args.date else None
    data = letter_data(r, service.clock(r, day or step_date(r, args.kind) or _today(args)), args.kind,
                       office=ctx.site().name, authority=args.authority, date=day, phone=args.phone)
    out = Path(args.out)
    if out.suffix.lower() == ".json":
        from townshipdesk.io.atomic import write_atomically

        write_atomically(out, lambda tmp: tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8"))
    elif out.suffix.lower() == ".pdf":
        from townshipdesk.io.notice_input import notice_from_data
        from townshipdesk.io.pdf.notice_pdf import render_notice

        render_notice(notice_from_data(data, "general", service.calendar), out)
    else:
        raise RequestError(msg("输出文件应为 .pdf 或 .json", "The output must be a .pdf or .json file"))
    if ctx.json:
        print_json({"file": str(out), "title": data["title"]})
    else:
        say(tr("已生成 {t}：{p}", "Wrote {t}: {p}", t=data["title"], p=out))
    return 0


def cmd_guide(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.core.receiving_office import receiving_office
    from townshipdesk.core.request_guide import build_guide
    from townshipdesk.io.pdf.request_guide_pdf import render_request_guide

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise RequestError(msg("输出文件应为 .pdf", "The output must be a .pdf file"))
    guide = build_guide(ctx.site().name, receiving_office(ctx.db), parse_date(args.date) if args.date else dt.date.today())
    render_request_guide(guide, out)
    if ctx.json:
        print_json({"file": str(out), "title": guide.title})
    else:
        say(tr("已生成 {t}：{p}", "Wrote {t}: {p}", t=guide.title, p=out))
    return 0


def cmd_annual(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.core.reports import annual_report, consistency_text
    from townshipdesk.io.excel.report_writer import export_annual_report

    site = ctx.site()
    if Path(args.out).suffix.lower() != ".xlsx":
        raise RequestError(msg("报表文件名应以 .xlsx 结尾", "The report file name should end in .xlsx"))
    _service(ctx)  # lapsed fee requests close first: they count as 6.2, not as carried over
    report = annual_report(ctx.db, args.year, county=site.role == "county")
    export_annual_report(report, site.name, Path(args.out))
    if args.docx:
        from townshipdesk.io.report_docx import export_report_docx

        export_report_docx(report, site.name, Path(args.docx))
    if ctx.json:
        print_json({"file": args.out, "docx": args.docx, **report.to_json()})
    else:
        say(tr("已生成 {y} 年度报告表格 {p}", "Wrote the {y} report tables to {p}", y=args.year, p=args.out))
        say(consistency_text(report))
    return 0


def cmd_set(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.core.reports import set_figures

    if ctx.site().role == "county":
        raise RequestError(msg("县级年度报告的第二、四部分是各乡镇报送数字之和，请由乡镇录入后同步",
                               "A county's sections 二 and 四 sum what the townships entered and sent; enter them there"))
    values = {}
    for item in args.values:
        key, sep, value = item.partition("=")
        if not sep:
            raise RequestError(msg("请写成 项=数值，如 s2.行政许可.本年处理决定数量=12", "Write KEY=VALUE, e.g. "
                                   "s2.行政许可.本年处理决定数量=12"))
        values[key.strip()] = value.strip()
    set_figures(ctx.db, args.year, values)
    if ctx.json:
        print_json(values)
    else:
        say(tr("已保存 {n} 项", "Saved {n} figures", n=len(values)))
    return 0


def cmd_keys(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.core.reports import FIGURE_KEYS

    if ctx.json:
        print_json(FIGURE_KEYS)
    else:
        for key in FIGURE_KEYS:
            say(key)
    return 0
