"""`concern …`: the 回应关切 / 政务舆情 register — add, respond, list (with the hours left), show, publish."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from townshipdesk.cli.context import Context
from townshipdesk.cli.helps import date_help
from townshipdesk.cli.output import print_json, say, table
from townshipdesk.core.concerns import SOURCES, Concern, Concerns, shown_text, to_json
from townshipdesk.core.dates import parse_date, parse_datetime
from townshipdesk.errors import ConcernError
from townshipdesk.i18n import msg, tr
from townshipdesk.wording.concerns import left_text, major_text, source_text, state_text

JsonFlag = Callable[[argparse.ArgumentParser], None]
TIME_HELP = ("时间，如 “2026-12-01 09:30”、“2026/12/01 9:30”、“2026年12月1日 9时30分”（北京时间）",
             "time, e.g. '2026-12-01 09:30' or '2026年12月1日 9时30分' (Beijing time)")


def register(commands: argparse._SubParsersAction, add_json: JsonFlag) -> None:
    top = commands.add_parser("concern", help=tr("回应关切（政务舆情）登记与回应时限", "public concerns and their response hours"))
    sub = top.add_subparsers(dest="concern_command", metavar="ACTION", parser_class=type(top))
    sub.required = True

    def now_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--now", metavar="TIME", help=tr("按此时间计算（默认：现在）", "reckon from this time (default: now)"))
        add_json(p)

    p = sub.add_parser("add", help=tr("登记一条群众关切或政务舆情", "register a concern"))
    p.add_argument("--seen", required=True, metavar="TIME", help=tr("发现时间；" + TIME_HELP[0], "when it was seen; " + TIME_HELP[1]))
    p.add_argument("--source", required=True, help=tr("来源：{s}", "source: {s}", s="、".join(SOURCES)))
    p.add_argument("--title", required=True, help=tr("关切事项", "what the concern is about"))
    p.add_argument("--details", default="", help=tr("详细情况", "details"))
    p.add_argument("--major", action="store_true", help=tr("影响重大：24小时内回应（否则48小时）", "major: answer within 24 hours "
                                                        "(otherwise 48)"))
    p.add_argument("--responder", default="", metavar="NAME", help=tr("回应责任人或单位", "who answers"))
    now_option(p)
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("respond", help=tr("登记回应（时间、方式、内容或附件）", "record the response"))
    p.add_argument("id", metavar="NUMBER", help=tr("编号，如 关切2026-001", "number, e.g. 关切2026-001"))
    p.add_argument("--at", required=True, metavar="TIME", help=tr("回应时间；" + TIME_HELP[0], "when; " + TIME_HELP[1]))
    p.add_argument("--channel", required=True, help=tr("回应方式，如 政府网站、政务新媒体、电话回复", "how, e.g. 政府网站"))
    p.add_argument("--text", default="", help=tr("回应内容", "the response"))
    p.add_argument("--attachment", metavar="FILE", help=tr("回应文件（复制到数据文件夹）", "the response as a file (copied in)"))
    now_option(p)
    p.set_defaults(func=cmd_respond)

    p = sub.add_parser("list", help=tr("关切登记簿", "the register"))
    p.add_argument("--due", action="store_true", help=tr("只看未回应的，逾期的在前，附剩余小时", "open ones only, overdue first, "
                                                        "with the hours left"))
    now_option(p)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help=tr("一条关切及其回应", "one concern and its response"))
    p.add_argument("id", metavar="NUMBER", help=tr("关切编号（如 关切2026-001）或标识", "concern number (e.g. 关切2026-001) or id"))
    now_option(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("publish", help=tr("生成定期公开的回应关切情况表（PDF 或 Excel）", "the periodic list of concerns and responses "
                                          "(PDF or Excel)"))
    p.add_argument("--from", dest="start", required=True, metavar="DATE", help=date_help("起始日期（按发现时间）", "first day (by the time seen)"))
    p.add_argument("--to", dest="end", required=True, metavar="DATE", help=date_help("截止日期", "last day"))
    p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx", help=tr("输出文件（.pdf 或 .xlsx）", "output file (.pdf or .xlsx)"))
    now_option(p)
    p.set_defaults(func=cmd_publish)


def _service(ctx: Context, args: argparse.Namespace) -> Concerns:
    ctx.site()  # set up first (SetupError otherwise)
    return Concerns(ctx.db, now=parse_datetime(args.now) if args.now else None)


def _print(ctx: Context, service: Concerns, c: Concern) -> int:
    clock = service.clock(c)
    if ctx.json:
        print_json(to_json(c, clock))
        return 0
    say(tr("{n}：{t}", "{n}: {t}", n=c.number, t=c.title))
    say(tr("来源：{s}；发现时间：{seen}；{m}", "Source: {s}; seen {seen}; {m}", s=source_text(c.source),
           seen=shown_text(c.seen), m=major_text(c)))
    say(tr("回应时限：{due}；状态：{s}（{left}）", "Due {due}; {s} ({left})", due=shown_text(clock.due),
           s=state_text(clock.state), left=left_text(clock)))
    if c.responder:
        say(tr("回应责任人：{r}", "Responder: {r}", r=c.responder))
    if c.details:
        say(tr("详细情况：{d}", "Details: {d}", d=c.details))
    if c.responded_at:
        say(tr("回应：{t}，{ch}", "Answered {t} by {ch}", t=shown_text(c.responded), ch=c.response_channel))
        if c.response_text:
            say(c.response_text)
        if c.response_file:
            say(tr("回应文件：{f}", "Response file: {f}", f=c.response_file))
    return 0


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    c = service.add(parse_datetime(args.seen), args.source, args.title, major=args.major, responder=args.responder,
                    details=args.details)
    return _print(ctx, service, c)


def cmd_respond(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    at = parse_datetime(args.at)
    service.get(args.id)  # an unknown number is named before any file is copied
    attachment = None
    if args.attachment:
        from townshipdesk.io.attachments import store_file

        digest, _size = store_file(ctx.data_dir, Path(args.attachment))
        attachment = (digest, Path(args.attachment).name)
    return _print(ctx, service, service.respond(args.id, at, args.channel, args.text, attachment=attachment))


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    return _print(ctx, service, service.get(args.id))


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args)
    pairs = service.open_due() if args.due else [(c, service.clock(c)) for c in service.all()]
    if ctx.json:
        print_json([to_json(c, clock) for c, clock in pairs])
        return 0
    if not pairs:
        say(tr("没有未回应的关切", "No open concerns") if args.due else tr("还没有登记关切", "No concerns registered yet"))
        return 0
    table([[c.number, shown_text(c.seen), source_text(c.source), "!" if c.major else "", shown_text(clock.due),
            state_text(clock.state), left_text(clock), c.title] for c, clock in pairs],
          [13, 16, 10, 1, 16, 10, 20, 30],
          [tr("编号", "Number"), tr("发现时间", "Seen"), tr("来源", "Source"), "", tr("回应时限", "Due"), tr("状态", "State"),
           tr("剩余", "Left"), tr("关切事项", "Concern")])
    return 0


def cmd_publish(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.core.concern_report import concern_report, report_notice

    out = Path(args.out)
    kind = out.suffix.lower()
    if kind not in (".pdf", ".xlsx"):
        raise ConcernError(msg("输出文件应为 .pdf 或 .xlsx", "The output must be a .pdf or .xlsx file"))
    start, end = parse_date(args.start), parse_date(args.end)
    service = _service(ctx, args)
    report = concern_report(service, ctx.site().name, start, end)
    if kind == ".pdf":
        from townshipdesk.io.pdf.notice_pdf import render_notice

        render_notice(report_notice(report), out, landscape=True)
    else:
        from townshipdesk.io.excel.concerns_writer import export_concern_report

        export_concern_report(report, out)
    if ctx.json:
        print_json({"file": str(out), **report.to_json()})
    else:
        say(tr("已生成 {t}（{r}）：{p}（{n} 件）", "Wrote {t} ({r}): {p} ({n} concerns)", t=report.title, r=report.period, p=out, n=report.total))
    return 0
