"""`review-undisclosed …`: the yearly re-assessment of records marked 此件不公开 or 此件依申请公开."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from townshipdesk.cli.context import Context
from townshipdesk.cli.helps import record_id_help
from townshipdesk.cli.output import print_json, say, table
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.dates import parse_date
from townshipdesk.core.disclosures import Disclosures
from townshipdesk.core.undisclosed_reviews import OUTCOMES, UndisclosedReviews
from townshipdesk.i18n import tr
from townshipdesk.wording.records import attribute_name, review_outcome_text

JsonFlag = Callable[[argparse.ArgumentParser], None]
OUTCOME_WORDS = {"keep": "维持", "make-public": "转为主动公开", **{o: o for o in OUTCOMES}}


def register(commands: argparse._SubParsersAction, add_json: JsonFlag) -> None:
    top = commands.add_parser("review-undisclosed", help=tr("不公开、依申请公开记录的年度复核",
                                                            "yearly re-assessment of records not disclosed"))
    sub = top.add_subparsers(dest="review_command", metavar="ACTION", parser_class=type(top))
    sub.required = True

    p = sub.add_parser("list", help=tr("列出标为不公开或依申请公开的记录及复核到期日", "list the records and when each is due"))
    p.add_argument("--due", action="store_true", help=tr("只列超过12个月未复核的", "only those not reviewed for 12 months"))
    p.add_argument("--today", metavar="DATE", help=tr("以该日为“今天”（默认系统日期）", "treat DATE as today"))
    add_json(p)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("record", help=tr("登记一次复核（维持或转为主动公开）", "record a review (keep or make public)"))
    p.add_argument("id", metavar="RECORD", help=tr("公开记录编号", "record id"))
    p.add_argument("--outcome", required=True, choices=list(OUTCOME_WORDS),
                   help=tr("维持 / 转为主动公开（或 keep / make-public）", "维持 (keep) / 转为主动公开 (make-public)"))
    p.add_argument("--reason", default="", help=tr("复核理由（必填）", "the reason (required)"))
    p.add_argument("--on", metavar="DATE", help=tr("复核日期（默认今天）", "review date (default today)"))
    p.add_argument("--reviewer", default="", help=tr("复核人", "reviewer"))
    add_json(p)
    p.set_defaults(func=cmd_record)

    p = sub.add_parser("history", help=tr("一条记录的复核历史", "the reviews of one record"))
    p.add_argument("id", metavar="RECORD", help=record_id_help())
    add_json(p)
    p.set_defaults(func=cmd_history)


def _service(ctx: Context, today: dt.date) -> UndisclosedReviews:
    ctx.site()
    return UndisclosedReviews(Disclosures(ctx.db, load_calendar(ctx.db), today=today))


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    today = parse_date(args.today) if args.today else dt.date.today()
    entries = _service(ctx, today).list(today, due_only=args.due)
    if ctx.json:
        print_json([e.to_json(today) for e in entries])
        return 0
    if not entries:
        say(tr("没有需要复核的记录", "No record is due for review") if args.due
            else tr("没有标为不公开或依申请公开的记录", "No record is marked not disclosed or on request only"))
        return 0
    table([[e.record.short_id, attribute_name(e.record.attribute), e.record.formed_date, e.last_review or "—", e.due.isoformat(),
            tr("待复核", "DUE") if e.overdue_on(today) else "", e.record.title] for e in entries], [8, 16, 10, 11, 10, 6, 40],
          [tr("编号", "Id"), tr("公开属性", "Attribute"), tr("形成日期", "Formed"), tr("上次复核", "Last review"),
           tr("复核到期", "Review due"), tr("提醒", "Alert"), tr("标题", "Title")])
    say(tr("共 {n} 条", "{n} records", n=len(entries)))
    return 0


def cmd_record(ctx: Context, args: argparse.Namespace) -> int:
    today = dt.date.today()
    service = _service(ctx, today)
    record, review = service.review(args.id, OUTCOME_WORDS[args.outcome], args.reason,
                                    on=parse_date(args.on) if args.on else None, reviewer=args.reviewer)
    if ctx.json:
        print_json({"review": review.to_json(), "record": record.to_json()})
        return 0
    say(tr("已登记复核：{t}（{o}，{d}）", "Review recorded: {t} ({o}, {d})", t=record.title,
           o=review_outcome_text(review.outcome), d=review.reviewed_on))
    if review.outcome == OUTCOMES[1]:
        say(tr("公开属性已改为“{a}”，截止日 {d}；请按流程审核后发布", "Now marked '{a}', due {d}; review and publish it as usual",
               a=attribute_name(record.attribute), d=record.due_date or "—"))
    return 0


def cmd_history(ctx: Context, args: argparse.Namespace) -> int:
    reviews = _service(ctx, dt.date.today()).history(args.id)
    if ctx.json:
        print_json([r.to_json() for r in reviews])
        return 0
    if not reviews:
        say(tr("尚无复核记录", "Not reviewed yet"))
    for r in reviews:
        say(f"{r.reviewed_on}  {review_outcome_text(r.outcome)}  {r.reason}" + (f"  （{r.reviewer}）" if r.reviewer else ""))
    return 0
