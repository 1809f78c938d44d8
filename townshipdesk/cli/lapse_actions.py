"""`record lapse` and `record lapsed-list`: policies that lapsed or were repealed, and the list to publish."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from townshipdesk.cli.context import Context
from townshipdesk.cli.helps import date_help, record_id_help
from townshipdesk.cli.output import print_json, say
from townshipdesk.core.lapsed_policies import LAPSE_STATUSES
from townshipdesk.i18n import tr
from townshipdesk.wording.records import lapse_status_text

JsonFlag = Callable[[argparse.ArgumentParser], None]


def register_actions(sub: argparse._SubParsersAction, add_json: JsonFlag) -> None:
    p = sub.add_parser("lapse", help=tr("标记政策文件失效或废止", "mark a policy lapsed or repealed"))
    p.add_argument("id", metavar="RECORD", help=record_id_help())
    p.add_argument("--status", required=True, choices=LAPSE_STATUSES, help=tr("失效 / 废止", "失效 (lapsed) / 废止 (repealed)"))
    p.add_argument("--on", required=True, metavar="DATE", help=tr("失效或废止日期", "the day it lapsed or was repealed"))
    p.add_argument("--replaced-by", default="", metavar="DOC",
                   help=tr("替代文件：文号、名称或其公开记录编号", "the replacing document: number, title or its record id"))
    add_json(p)
    p.set_defaults(func=cmd_lapse)

    p = sub.add_parser("lapsed-list", help=tr("导出某期间失效、废止的政策文件清单（PDF 或 Excel）",
                                              "write the list of lapsed and repealed policies of a period (PDF or xlsx)"))
    p.add_argument("--from", dest="start", required=True, metavar="DATE", help=date_help("起始日期", "first day"))
    p.add_argument("--to", dest="end", required=True, metavar="DATE", help=date_help("截止日期", "last day"))
    p.add_argument("--out", required=True, metavar="FILE", help=tr("输出文件（.pdf 或 .xlsx）", "output file (.pdf or .xlsx)"))
    add_json(p)
    p.set_defaults(func=cmd_lapsed_list)


def _lapses(ctx: Context):  # noqa: ANN202 - LapsedPolicies, imported on use
    from townshipdesk.core.calendar_store import load_calendar
    from townshipdesk.core.disclosures import Disclosures
    from townshipdesk.core.lapsed_policies import LapsedPolicies

    ctx.site()
    return LapsedPolicies(Disclosures(ctx.db, load_calendar(ctx.db), today=dt.date.today()))


def cmd_lapse(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.core.dates import parse_date
    record = _lapses(ctx).mark(args.id, args.status, parse_date(args.on), args.replaced_by)
    if ctx.json:
        print_json(record.to_json())
    else:
        say(tr("已标记：{t} 于 {d} {s}", "Marked: {t} {s} on {d}", t=record.title, d=record.lapse_date,
               s=lapse_status_text(record.lapse_status or "")))
        if record.replaced_by:
            say(tr("替代文件：{r}", "Replaced by: {r}", r=record.replaced_by))
    return 0


def cmd_lapsed_list(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.core.dates import parse_date
    from townshipdesk.io.lapsed_list import export_lapsed_list

    site = ctx.site()
    lapsed = _lapses(ctx).between(parse_date(args.start), parse_date(args.end))
    path = export_lapsed_list(site.name, lapsed, Path(args.out), date=dt.date.today())
    if ctx.json:
        print_json({"file": str(path), **lapsed.to_json()})
    else:
        say(tr("已导出 {n} 件失效、废止的政策文件到 {p}", "Wrote {n} lapsed or repealed policies to {p}", n=len(lapsed.records),
               p=path))
    return 0
