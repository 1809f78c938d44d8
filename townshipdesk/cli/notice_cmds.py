"""`notice render`: a notice-board sheet (公示单) as PDF from a JSON or Excel file."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from townshipdesk.cli.context import Context
from townshipdesk.cli.helps import paper_help
from townshipdesk.cli.output import print_json, say, warn
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.dates import parse_date
from townshipdesk.core.notices import KINDS
from townshipdesk.core.workdays import ESTIMATE_WARNING
from townshipdesk.errors import NoticeError
from townshipdesk.i18n import msg, tr

JsonFlag = Callable[[argparse.ArgumentParser], None]


def register(commands: argparse._SubParsersAction, add_json: JsonFlag) -> None:
    notice = commands.add_parser("notice", help=tr("村务公开栏公示单（PDF）", "notice-board sheets (PDF)"))
    sub = notice.add_subparsers(dest="notice_command", metavar="ACTION", parser_class=type(notice))
    sub.required = True
    p = sub.add_parser("render", help=tr("生成公示单 PDF", "render a notice sheet as PDF"))
    p.add_argument("--kind", choices=KINDS, help=tr("general 公告 / namelist 名单 / finance 财务公开", "sheet kind"))
    p.add_argument("--input", required=True, metavar="FILE", help=tr(".json 或 .xlsx 文件", ".json or .xlsx file"))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=tr("要写入的 PDF 文件", "the PDF file to write"))
    p.add_argument("--paper", choices=("A4", "A3"), default="A4", help=paper_help())
    p.add_argument("--landscape", action="store_true", help=tr("横向", "landscape"))
    p.add_argument("--title", help=tr("标题（代替输入文件中的标题）", "title (instead of the input file's)"))
    p.add_argument("--board", help=tr("公开栏名称，如“大河村村务公开栏”", "board heading"))
    p.add_argument("--issuer", help=tr("落款单位", "issuing body"))
    p.add_argument("--date", metavar="DATE", help=tr("张贴/落款日期（默认今天）", "posting date (default today)"))
    p.add_argument("--days", type=int, help=tr("公示天数（默认7）", "notice period in days (default 7)"))
    p.add_argument("--working-days", action="store_true", help=tr("公示期按工作日计算", "count the notice period in working days"))
    p.add_argument("--phone", help=tr("监督电话", "supervision telephone"))
    p.add_argument("--reviewer", action="append", help=tr("村务监督委员会审核人（可重复）", "reviewer (repeatable)"))
    p.add_argument("--village", help=tr("按本软件中登记的村填写公开栏名称、落款和监督电话", "fill board, issuer and phone from a "
                                        "village registered here"))
    add_json(p)
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("batch", help=tr("批量生成：每村一份或合并为一份 PDF", "render for many villages: one PDF each or one combined"))
    p.add_argument("--kind", choices=KINDS, required=True, help=tr("general 公告 / namelist 名单 / finance 财务公开", "sheet kind"))
    p.add_argument("--input", required=True, metavar="DIR|FILE",
                   help=tr("文件夹（每村一个 .json/.xlsx）或工作簿（每村一个工作表）", "a folder (one file per village) or a "
                           "workbook (one sheet per village)"))
    p.add_argument("--out", required=True, help=tr("输出文件夹，或 --combined 时的 .pdf 文件", "output folder, or a .pdf with --combined"))
    p.add_argument("--combined", action="store_true", help=tr("合并为一个 PDF", "one combined PDF"))
    p.add_argument("--paper", choices=("A4", "A3"), default="A4", help=paper_help())
    p.add_argument("--landscape", action="store_true", help=tr("横向", "landscape"))
    p.add_argument("--date", metavar="DATE", help=tr("张贴/落款日期（默认今天）", "posting date (default today)"))
    p.add_argument("--days", type=int, help=tr("公示天数（默认7）", "notice period in days (default 7)"))
    p.add_argument("--phone", help=tr("监督电话（代替各村输入中的）", "supervision telephone (instead of each input's)"))
    add_json(p)
    p.set_defaults(func=cmd_batch)


def _posting_day_counts(ctx: Context) -> bool:
    """The office setting 张贴当日计入公示期 (off before `init`: the law's rule)."""
    from townshipdesk.core.office_settings import posting_day_counts

    return posting_day_counts(ctx.db) if ctx.database_exists else False


def cmd_render(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.io.notice_input import notice_from_data, read_notice_data
    from townshipdesk.io.pdf.notice_pdf import render_notice

    out = Path(args.out)
    if out.suffix.lower() != ".pdf" or out.is_dir():
        raise NoticeError(msg("输出文件名应以 .pdf 结尾：“{p}”", "The output file name should end in .pdf: '{p}'", p=str(out)))
    overrides = {"title": args.title, "board": args.board, "issuer": args.issuer, "phone": args.phone,
                 "date": parse_date(args.date).isoformat() if args.date else None, "notice_days": args.days,
                 "notice_working_days": True if args.working_days else None, "reviewers": args.reviewer}
    calendar = load_calendar(ctx.db if ctx.database_exists else None)
    data = read_notice_data(Path(args.input), args.kind)
    fill = None
    if args.village:
        from townshipdesk.core.villages import Villages
        from townshipdesk.io.notice_village import FIELDS, fill_from_village

        ctx.site()
        village = Villages(ctx.db, calendar).get(args.village)
        fill = fill_from_village(data, village.name, village.phone, explicit=overrides, title=args.title)
        overrides = {**fill.values, **{k: v for k, v in overrides.items() if v}}
    if isinstance(data, dict):
        data = {**data, **{k: v for k, v in overrides.items() if v is not None}}
    notice = notice_from_data(data, args.kind, calendar, posting_day_counts=_posting_day_counts(ctx))
    render_notice(notice, out, paper=args.paper, landscape=args.landscape)
    period = notice.period
    if ctx.json:
        print_json({"file": str(out), "kind": notice.kind, "title": notice.title, "rows": len(notice.rows),
                    "notice_start": period.start.isoformat() if period else None,
                    "notice_end": period.end.isoformat() if period else None,
                    "estimated": bool(period and period.estimated),
                    "replaced": [r.to_json() for r in fill.replaced] if fill else [],
                    "title_names_other_village": fill.title_names if fill else ""})
    else:
        say(tr("已生成 {p}", "Wrote {p}", p=out))
        if period:
            say(tr("公示时间：{s} 至 {e}", "Notice period: {s} to {e}", s=period.start, e=period.end))
        for r in fill.replaced if fill else []:
            say(tr("已按 --village 替换{f}：“{a}” → “{b}”", "--village replaced the {f}: '{a}' → '{b}'", f=FIELDS[r.field],
                   a=r.before, b=r.after))
    if fill and fill.title_names:
        warn(tr("注意：标题写的是“{t}”，而 --village 是“{v}”：请核对标题是否写错了村（用 --title 改正）",
                "warning: the title names '{t}' but --village is '{v}': check the title (correct it with --title)",
                t=fill.title_names, v=fill.values.get("village", args.village)))
    if period and period.estimated:
        warn(tr("注意：{w}", "warning: {w}", w=ESTIMATE_WARNING.text()))
    return 0


def cmd_batch(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.io.notice_input import data_from_sheet, load_json, notice_from_data, workbook_sheets
    from townshipdesk.io.pdf.batch import render_batch

    source, out = Path(args.input), Path(args.out)
    if args.combined and out.suffix.lower() != ".pdf":
        raise NoticeError(msg("合并输出应为 .pdf 文件：“{p}”", "With --combined the output must be a .pdf file: '{p}'", p=str(out)))
    if not args.combined and out.suffix.lower() == ".pdf":
        raise NoticeError(msg("每村一份时 --out 应为文件夹", "Without --combined, --out must be a folder"))
    calendar = load_calendar(ctx.db if ctx.database_exists else None)
    overrides = {"date": parse_date(args.date).isoformat() if args.date else None, "notice_days": args.days,
                 "phone": args.phone}
    entries: list[tuple[str, dict]] = []
    if source.is_dir():
        for path in sorted(source.iterdir()):
            if path.suffix.lower() == ".json":
                entries.append((path.stem, load_json(path)))
            elif path.suffix.lower() in (".xlsx", ".xls"):
                entries += [(f"{path.stem}-{g.name}", data_from_sheet(g, args.kind)) for g in workbook_sheets(path)]
    elif source.exists():
        entries = [(g.name, data_from_sheet(g, args.kind)) for g in workbook_sheets(source)]
    else:
        raise NoticeError(msg("找不到“{p}”", "Not found: '{p}'", p=str(source)))
    if not entries:
        raise NoticeError(msg("“{p}”中没有 .json 或 Excel 文件", "No .json or Excel files in '{p}'", p=str(source)))
    notices = []
    for label, data in entries:  # check everything before writing anything
        try:
            notices.append((label, notice_from_data({**data, **{k: v for k, v in overrides.items() if v is not None}},
                                                    args.kind, calendar, posting_day_counts=_posting_day_counts(ctx))))
        except NoticeError as exc:
            raise NoticeError(exc.message, where=label) from None
    written = render_batch(notices, out, combined=args.combined, paper=args.paper, landscape=args.landscape)
    if ctx.json:
        print_json({"files": [str(p) for p in written], "sheets": len(notices)})
    else:
        say(tr("已生成 {n} 份公示单：{p}", "Rendered {n} sheets: {p}", n=len(notices), p=", ".join(str(p) for p in written)))
    return 0
