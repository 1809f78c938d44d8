"""`village …`: villages, their affairs lists, postings on the board, objections, what is not posted."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from townshipdesk.cli.context import Context
from townshipdesk.cli.helps import date_help, posting_id_help, today_help, village_help
from townshipdesk.cli.output import print_json, say, split_list, table
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.dates import parse_date
from townshipdesk.core.village_events import VillageEvent, VillageEvents, due_rule_text
from townshipdesk.core.villages import RHYTHMS, Villages
from townshipdesk.i18n import tr
from townshipdesk.wording.records import estimate_warning
from townshipdesk.wording.villages import category_text, rhythm_text

JsonFlag = Callable[[argparse.ArgumentParser], None]


def register(commands: argparse._SubParsersAction, add_json: JsonFlag) -> None:
    village = commands.add_parser("village", help=tr("村与村务公开", "villages and village affairs"))
    sub = village.add_subparsers(dest="village_command", metavar="ACTION", parser_class=type(village))
    sub.required = True

    p = sub.add_parser("add", help=tr("新增行政村（附默认公开事项清单）", "add a village (with the default affairs list)"))
    p.add_argument("--code", required=True, help=tr("12位区划代码", "12-digit division code"))
    p.add_argument("--name", required=True, help=tr("村名，如“大河村”", "village name, e.g. 大河村"))
    p.add_argument("--groups", default="", help=tr("村民小组，逗号分隔", "village groups, comma-separated"))
    p.add_argument("--phone", default="", help=tr("监督电话", "supervision telephone"))
    add_json(p)
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("list", help=tr("列出各村", "list villages"))
    add_json(p)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("items", help=tr("某村的公开事项清单（频次、依据、下次到期）", "a village's affairs list (rhythm, basis, next due)"))
    p.add_argument("village", help=village_help())
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_items)

    p = sub.add_parser("add-item", help=tr("为某村增加公开事项", "add an item to a village's list"))
    p.add_argument("village", help=village_help())
    p.add_argument("--category", required=True, help=tr("类别：制度类/事务类/财务类…", "category: 制度类/事务类/财务类…"))
    p.add_argument("--name", required=True, help=tr("公开事项名称", "the item's name"))
    p.add_argument("--rhythm", required=True, choices=list(RHYTHMS), help=tr("公开频次：{r}", "how often: {r}", r=" / ".join(
        f"{key} {rhythm_text(key)}" for key in RHYTHMS)))
    add_json(p)
    p.set_defaults(func=cmd_add_item)

    p = sub.add_parser("retire-item", help=tr("从某村清单中停用事项", "take an item off a village's list"))
    p.add_argument("village", help=village_help())
    p.add_argument("--item", required=True, help=tr("公开事项编号或名称", "the item's id or name"))
    add_json(p)
    p.set_defaults(func=cmd_retire_item)

    p = sub.add_parser("edit", help=tr("修改村的监督电话或村民小组", "change a village's phone or groups"))
    p.add_argument("village", help=village_help())
    p.add_argument("--phone", help=tr("监督电话", "supervision telephone"))
    p.add_argument("--groups", help=tr("全部村民小组，逗号分隔", "all village groups, comma-separated"))
    add_json(p)
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("post", help=tr("登记一次张贴公示", "record a posting on the board"))
    p.add_argument("village", help=village_help())
    p.add_argument("--item", required=True, help=tr("公开事项名称（或其中几个字）", "affairs item (or part of its name)"))
    p.add_argument("--title", required=True, help=tr("张贴内容的标题（不超过500字）", "title of what was posted (at most 500 characters)"))
    p.add_argument("--date", required=True, metavar="DATE", help=date_help("张贴日期（不能晚于今天）", "day posted (not after today)"))
    p.add_argument("--days", type=int, default=7, help=tr("公示天数", "notice days"))
    p.add_argument("--working-days", action="store_true", help=tr("公示期按工作日计算", "count the notice period in working days"))
    p.add_argument("--reviewer", action="append", default=[], help=tr("村务监督委员会审核人（可重复）", "reviewer"))
    p.add_argument("--event", help=tr("这次张贴公布的事件编号（默认：该事项最早到期的待张贴事件）",
                                      "the event this posting publishes (default: the item's event due first)"))
    add_json(p)
    p.set_defaults(func=cmd_post)

    p = sub.add_parser("event", help=tr("登记随时公布事项的一次事件（须在期限内张贴）",
                                        "record an event of an item published at once (a posting falls due)"))
    p.add_argument("village", help=village_help())
    p.add_argument("--item", required=True, help=tr("公开事项名称（或其中几个字）", "affairs item (or part of its name)"))
    p.add_argument("--on", required=True, metavar="DATE", help=tr("事件发生（决定、收到结果）的日期", "the day it happened"))
    p.add_argument("--title", required=True, help=tr("事件，如“2026年土地承包经营方案经村民会议通过”", "what happened"))
    add_json(p)
    p.set_defaults(func=cmd_event)

    p = sub.add_parser("events", help=tr("随时公布事项的事件及张贴情况", "events of items published at once"))
    p.add_argument("village", nargs="?", help=tr("村（不填：全部村）", "village (blank: every village)"))
    p.add_argument("--open", action="store_true", help=tr("只列待张贴的", "only those waiting for a posting"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("postings", help=tr("张贴记录", "postings"))
    p.add_argument("village", nargs="?", help=tr("只列该村（区划代码或村名；默认全部）", "only this village (default: all)"))
    add_json(p)
    p.set_defaults(func=cmd_postings)

    p = sub.add_parser("objection", help=tr("登记异议及答复", "record an objection and the reply"))
    p.add_argument("posting", help=posting_id_help())
    p.add_argument("--text", required=True, help=tr("村民提出的异议", "the objection raised"))
    p.add_argument("--reply", default="", help=tr("答复", "the reply"))
    add_json(p)
    p.set_defaults(func=cmd_objection)

    p = sub.add_parser("due", help=tr("本期各村未张贴的事项", "items each village has not posted this period"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_due)


def _service(ctx: Context) -> Villages:
    ctx.site()
    return Villages(ctx.db, load_calendar(ctx.db))


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    v = _service(ctx).add(args.code, args.name, groups=split_list(args.groups), phone=args.phone)
    if ctx.json:
        print_json(v.to_json())
    else:
        say(tr("已新增 {n}（{c}），含默认公开事项清单", "Added {n} ({c}) with the default affairs list", n=v.name, c=v.division_code))
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    villages = _service(ctx).all()
    if ctx.json:
        print_json([v.to_json() for v in villages])
    elif not villages:
        say(tr("还没有村，用 village add 新增", "No villages yet: add one with village add"))
    else:
        table([[v.division_code, v.name, "、".join(v.groups), v.phone] for v in villages], [12, 12, 30, 16],
              [tr("区划代码", "Code"), tr("村", "Village"), tr("村民小组", "Groups"), tr("监督电话", "Phone")])
    return 0


def cmd_items(ctx: Context, args: argparse.Namespace) -> int:
    villages = _service(ctx)
    events = VillageEvents(villages)
    today = parse_date(args.today) if args.today else dt.date.today()
    items = villages.items(args.village)
    due = {i.uuid: events.next_due(i, today) for i in items}
    if ctx.json:
        print_json([{**i.to_json(), "next_due": due[i.uuid].isoformat() if due[i.uuid] else None} for i in items])
    else:
        table([[i.uuid[:8], category_text(i.category), i.name, rhythm_text(i.rhythm),
                str(due[i.uuid] or tr("按事件", "per event")), i.basis] for i in items], [8, 8, 30, 8, 10, 40],
              [tr("编号", "Id"), tr("类别", "Category"), tr("公开事项", "Item"), tr("公开频次", "Rhythm"), tr("下次到期", "Next due"),
               tr("依据", "Legal basis")])
    return 0


def cmd_event(ctx: Context, args: argparse.Namespace) -> int:
    event = VillageEvents(_service(ctx)).record(args.village, args.item, parse_date(args.on), args.title)
    if ctx.json:
        print_json(event.to_json(dt.date.today()))
    else:
        say(tr("已登记事件 {id}：{v}“{i}”—{t}；最迟应于 {d} 张贴（{r}）", "Recorded event {id}: {v} '{i}' — {t}; post it by {d} ({r})",
               id=event.uuid[:8], v=event.village, i=event.item, t=event.title, d=event.due_date, r=due_rule_text()))
        if event.due_estimated:
            say(estimate_warning())
    return 0


def cmd_events(ctx: Context, args: argparse.Namespace) -> int:
    today = parse_date(args.today) if args.today else dt.date.today()
    events = VillageEvents(_service(ctx)).list(args.village, open_only=args.open)
    if ctx.json:
        print_json([e.to_json(today) for e in events])
    elif not events:
        say(tr("没有待张贴的事件", "No events waiting for a posting") if args.open else tr("没有登记的事件", "No events recorded"))
    else:
        def state(e: VillageEvent) -> str:
            if e.posted_date:
                return tr("{d} 已张贴", "posted {d}", d=e.posted_date) + (tr("（逾期）", " (late)") if e.late else "")
            return tr("已逾期", "overdue") if e.overdue(today) else tr("待张贴", "to post")
        table([[e.uuid[:8], e.village, e.item, e.title, str(e.event_date), str(e.due_date), state(e)] for e in events],
              [8, 8, 20, 30, 10, 10, 16],
              [tr("编号", "Id"), tr("村", "Village"), tr("公开事项", "Item"), tr("事件", "Event"), tr("事件日期", "Date"),
               tr("最迟张贴", "Post by"), tr("状态", "State")])
    return 0


def cmd_add_item(ctx: Context, args: argparse.Namespace) -> int:
    item = _service(ctx).add_item(args.village, args.category, args.name, args.rhythm)
    if ctx.json:
        print_json(item.to_json())
    else:
        say(tr("已增加公开事项：{n}", "Added item: {n}", n=item.name))
    return 0


def cmd_post(ctx: Context, args: argparse.Namespace) -> int:
    posting = _service(ctx).post(args.village, args.item, args.title, parse_date(args.date), notice_days=args.days,
                                 working=args.working_days, reviewers=args.reviewer, event=args.event)
    if ctx.json:
        print_json(posting.to_json())
    else:
        say(tr("已登记张贴 {id}：{t}，公示期 {s} 至 {e}", "Recorded posting {id}: {t}, notice {s} to {e}", id=posting.display_number,
               t=posting.title, s=posting.notice_start or "-", e=posting.notice_end or "-"))
        if posting.event is not None:
            say(tr("已公布事件：{t}（期限 {d}{l}）", "Published the event: {t} (due {d}{l})", t=posting.event.title,
                   d=posting.event.due_date, l=tr("，逾期张贴", ", posted late") if posting.event.late else ""))
    return 0


def cmd_postings(ctx: Context, args: argparse.Namespace) -> int:
    postings = _service(ctx).postings(args.village)
    if ctx.json:
        print_json([p.to_json() for p in postings])
    elif not postings:
        say(tr("还没有张贴记录", "No postings yet"))
    else:
        table([[p.display_number, p.posted_date, f"{p.notice_start or ''}~{p.notice_end or ''}", p.title,
                tr("有异议", "objection") if p.objections else ""] for p in postings], [13, 10, 21, 36, 6],
              [tr("编号", "Number"), tr("张贴日期", "Posted"), tr("公示期", "Notice period"), tr("标题", "Title"),
               tr("异议", "Objections")])
    return 0


def cmd_objection(ctx: Context, args: argparse.Namespace) -> int:
    posting = _service(ctx).record_objection(args.posting, args.text, args.reply)
    if ctx.json:
        print_json(posting.to_json())
    else:
        say(tr("已登记异议", "Objection recorded"))
    return 0


def cmd_due(ctx: Context, args: argparse.Namespace) -> int:
    today = parse_date(args.today) if args.today else dt.date.today()
    missing = _service(ctx).unposted(today)
    if ctx.json:
        print_json([m.to_json() for m in missing])
    elif not missing:
        say(tr("本期各村定期事项均已张贴", "Every village has posted its periodic items this period"))
    else:
        table([[m.village.name, m.item.name, rhythm_text(m.item.rhythm), f"{m.period_start}~{m.period_end}"] for m in missing],
              [10, 40, 10, 21], [tr("村", "Village"), tr("应公开事项", "Item"), tr("公开频次", "Rhythm"), tr("本期", "Period")])
    return 0


def cmd_retire_item(ctx: Context, args: argparse.Namespace) -> int:
    item = _service(ctx).retire_item(args.village, args.item)
    if ctx.json:
        print_json(item.to_json())
    else:
        say(tr("已停用公开事项：{n}", "Retired item: {n}", n=item.name))
    return 0


def cmd_edit(ctx: Context, args: argparse.Namespace) -> int:
    v = _service(ctx).update(args.village, phone=args.phone, groups=split_list(args.groups) if args.groups is not None else None)
    if ctx.json:
        print_json(v.to_json())
    else:
        say(tr("已更新 {n}", "Updated {n}", n=v.name))
    return 0
