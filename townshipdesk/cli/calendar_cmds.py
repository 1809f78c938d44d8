"""`deadline` and `calendar …`: due dates from 时限 texts, and the working-day calendar."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from townshipdesk.cli.context import Context
from townshipdesk.cli.helps import year_help
from townshipdesk.cli.output import print_json, say, table, warn
from townshipdesk.core.calendar_store import load_calendar, year_infos
from townshipdesk.core.calendar_update import take_in_year
from townshipdesk.core.dates import parse_date
from townshipdesk.core.deadlines import compute_deadline
from townshipdesk.core.office_settings import posting_day_counts
from townshipdesk.core.statutory_holidays import statutory_holidays
from townshipdesk.core.workdays import ESTIMATE_WARNING, load_year_file
from townshipdesk.errors import CalendarError
from townshipdesk.i18n import msg, tr
from townshipdesk.wording.records import holiday_name, weekday_text

JsonFlag = Callable[[argparse.ArgumentParser], None]


def register(commands: argparse._SubParsersAction, add_json: JsonFlag) -> None:
    p = commands.add_parser("deadline", help=tr("按公开时限计算截止日", "compute the due date of a 时限 text"))
    p.add_argument("text", help=tr("公开时限原文，如“自信息形成之日起20个工作日内”", "the time-limit text"))
    p.add_argument("--from", dest="from_date", required=True, metavar="DATE", help=tr("触发日期 YYYY-MM-DD", "trigger date"))
    p.add_argument("--event", dest="event_date", metavar="DATE",
                   help=tr("事件日期 YYYY-MM-DD（“开始日前20日”等从事件倒算的时限需要）",
                           "event date, for limits counted back from an event (开始日前20日 …)"))
    p.add_argument("--explain", action="store_true", help=tr("说明计算过程", "explain the computation"))
    add_json(p)
    p.set_defaults(func=cmd_deadline)

    cal = commands.add_parser("calendar", help=tr("工作日日历（节假日与调休）", "working-day calendar"))
    sub = cal.add_subparsers(dest="calendar_command", metavar="ACTION", parser_class=type(cal))
    sub.required = True
    p = sub.add_parser("show", help=tr("列出某年的节假日和调休上班日", "list a year's holidays and swapped workdays"))
    p.add_argument("year", type=int, help=year_help())
    add_json(p)
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("years", help=tr("已知年份及数据来源", "known years and where their data comes from"))
    add_json(p)
    p.set_defaults(func=cmd_years)
    p = sub.add_parser("import", help=tr("导入某年的节假日安排（JSON）", "import a year's holiday schedule (JSON)"))
    p.add_argument("file", help=tr("节假日安排 JSON 文件（{year, days:[{name, date, isOffDay}]}）",
                                   "holiday schedule JSON file ({year, days:[{name, date, isOffDay}]})"))
    p.add_argument("--replace", action="store_true",
                   help=tr("替换该年已有的安排（软件自带的或先前导入的）", "replace the year's schedule in use (shipped or imported)"))
    add_json(p)
    p.set_defaults(func=cmd_import)


def _calendar(ctx: Context):  # noqa: ANN202 - WorkCalendar
    # `deadline` works before `init`: use imported years only when a database already exists.
    return load_calendar(ctx.db if ctx.database_exists else None)


def cmd_deadline(ctx: Context, args: argparse.Namespace) -> int:
    counts = posting_day_counts(ctx.db) if ctx.database_exists else False
    result = compute_deadline(args.text, parse_date(args.from_date), _calendar(ctx),
                              event=parse_date(args.event_date) if args.event_date else None, posting_day_counts=counts)
    if ctx.json:
        data = result.to_json()
        if args.explain:
            data["explanation"] = result.explanation
        print_json(data)
        return 0
    if result.needs_event:
        due = tr("需要事件日期（请用 --event 提供）", "event date needed (give it with --event)")
    else:
        due = result.due.isoformat() if result.due else tr("无（长期公开）", "none (standing)")
    say(tr("截止日：{d}", "Due: {d}", d=due))
    if result.next_due and result.next_due != result.due:
        say(tr("下一个截止日：{d}", "Next due: {d}", d=result.next_due.isoformat()))
    if result.notice:
        say(tr("公示时间：{s} 至 {e}", "Notice period: {s} to {e}", s=result.notice[0], e=result.notice[1]))
    if args.explain:
        for line in result.explanation:
            say("  " + line)
    if result.estimated or result.next_due_estimated:
        warn(tr("注意：{w}", "warning: {w}", w=ESTIMATE_WARNING.text()))
    return 0


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    cal = _calendar(ctx)
    year = cal.years.get(args.year)
    statutory = [{"name": name, "date": day.isoformat()} for day, name in sorted(statutory_holidays(args.year).items())] \
        if year is None else []
    if ctx.json:
        print_json({"year": args.year, "estimated": year is None,
                    "holidays": [d.to_json() for d in year.days if d.is_off_day] if year else [],
                    "workdays": [d.to_json() for d in year.days if not d.is_off_day] if year else [],
                    **({"warning": ESTIMATE_WARNING.text(), "statutory_holidays": statutory} if year is None else {})})
        return 0
    if year is None:
        warn(tr("{y} 年：{w}（已知年份：{a}–{b}）", "{y}: {w} (known years: {a}–{b})", y=args.year, w=ESTIMATE_WARNING.text(),
                a=cal.known_years[0], b=cal.known_years[-1]))
        if statutory:
            say(tr("{y} 年法定节假日（《全国年节及纪念日放假办法》，估算时不计为工作日）：",
                   "{y} statutory holidays (counted as days off in estimates):", y=args.year))
            table([[d["date"], weekday_text(dt.date.fromisoformat(d["date"])), holiday_name(d["name"])] for d in statutory],
                  [10, 6, 20], [tr("日期", "Date"), tr("星期", "Day"), tr("节日", "Holiday")])
        return 0
    say(tr("{y} 年节假日（放假）：", "{y} holidays (days off):", y=args.year))
    table([[d.date.isoformat(), weekday_text(d.date), holiday_name(d.name)] for d in year.days if d.is_off_day], [10, 6, 20],
          [tr("日期", "Date"), tr("星期", "Day"), tr("节日", "Holiday")])
    say(tr("调休上班日：", "Swapped working days (调休):"))
    table([[d.date.isoformat(), weekday_text(d.date), holiday_name(d.name)] for d in year.days if not d.is_off_day],
          [10, 6, 20], [tr("日期", "Date"), tr("星期", "Day"), tr("所属节日", "Holiday")])
    return 0


def cmd_years(ctx: Context, args: argparse.Namespace) -> int:
    infos = year_infos(ctx.db if ctx.database_exists else None)
    if ctx.json:
        print_json([i.__dict__ for i in infos])
        return 0
    origins = {"shipped": tr("随软件提供", "shipped"), "file": tr("文件导入", "imported file"),
               "manual": tr("手工录入", "entered by hand"), "bundle": tr("县级下发", "from the county")}
    table([[str(i.year), origins[i.origin], str(i.holidays), str(i.workdays), i.source] for i in infos],
          [5, 10, 6, 6, 40], [tr("年份", "Year"), tr("来源", "Origin"), tr("放假", "Off"), tr("调休", "Swapped"),
                              tr("数据出处", "Source")])
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    ctx.site()
    year = load_year_file(Path(args.file))
    current = load_calendar(ctx.db).years.get(year.year)
    new_days = {(d.date, d.is_off_day) for d in year.days}
    old_days = {(d.date, d.is_off_day) for d in current.days} if current is not None else set()
    if current is not None and old_days == new_days:
        say(tr("{y} 年的节假日安排与现有的相同，未做改动", "The {y} schedule is the same as the one in use; nothing changed",
               y=year.year))
        return 0
    if current is not None and not args.replace:
        changed = len({day for day, _off in old_days ^ new_days})
        raise CalendarError(msg(
            "{y} 年已有节假日安排（放假 {h} 天、调休 {w} 天），文件“{f}”与之有 {n} 处不同；确认替换请加 --replace",
            "{y} already has a schedule ({h} days off, {w} swapped workdays) and '{f}' differs from it in {n} "
            "places; add --replace to replace it", y=year.year, h=sum(d.is_off_day for d in current.days),
            w=sum(not d.is_off_day for d in current.days), f=Path(args.file).name, n=changed))
    recomputed = take_in_year(ctx.db, year, origin="file", source=Path(args.file).name)
    if ctx.json:
        print_json({"year": year.year, "days": len(year.days), "recomputed_records": recomputed})
    else:
        say(tr("已导入 {y} 年节假日安排：放假 {h} 天，调休上班 {w} 天", "Imported the {y} schedule: {h} days off, {w} swapped workdays",
               y=year.year, h=sum(d.is_off_day for d in year.days), w=sum(not d.is_off_day for d in year.days)))
        if recomputed:
            say(tr("已按新安排重新计算 {n} 条记录的截止日", "Recomputed the due date of {n} records", n=recomputed))
    return 0
