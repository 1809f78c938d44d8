"""`record …`: disclosure records, their review and publication, the due list, export."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from townshipdesk.cli.context import Context
from townshipdesk.cli.helps import date_help, record_id_help, today_help
from townshipdesk.cli.output import print_json, say, split_list, table, warn
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.dates import parse_date
from townshipdesk.core.deadlines import NEEDS_EVENT
from townshipdesk.core.disclosures import ATTRIBUTES, REVIEW_KINDS, STATES, Disclosures, Record
from townshipdesk.core.workdays import ESTIMATE_WARNING
from townshipdesk.errors import RecordError
from townshipdesk.i18n import msg, tr
from townshipdesk.wording.records import history_entry_text, lapse_status_text, state_text

JsonFlag = Callable[[argparse.ArgumentParser], None]


def register(commands: argparse._SubParsersAction, add_json: JsonFlag) -> None:
    rec = commands.add_parser("record", help=tr("公开记录", "disclosure records"))
    sub = rec.add_subparsers(dest="record_command", metavar="ACTION", parser_class=type(rec))
    sub.required = True

    p = sub.add_parser("add", help=tr("新增公开记录", "add a disclosure record"))
    p.add_argument("--item", required=True, help=tr("目录事项编号", "catalog item id"))
    p.add_argument("--title", required=True, help=tr("公开信息的标题（不超过500字）", "title of the information (at most 500 characters)"))
    p.add_argument("--formed", required=True, metavar="DATE", help=tr("信息形成或变更日期", "date formed or changed"))
    p.add_argument("--event", metavar="DATE", help=tr("事件日期（“开始日前20日”等从事件倒算的时限需要）",
                                                      "event date, for limits counted back from an event (开始日前20日 …)"))
    p.add_argument("--doc-number", default="", help=tr("文号", "document number (文号)"))
    p.add_argument("--channels", help=tr("公开渠道，逗号分隔（默认：事项的渠道）", "channels, comma-separated (default: the item's)"))
    p.add_argument("--attribute", choices=ATTRIBUTES, default=ATTRIBUTES[0], help=tr("公开属性", "disclosure attribute"))
    p.add_argument("--reason", default="", help=tr("属性理由（依申请公开、不公开时必填）", "reason for the attribute"))
    p.add_argument("--notes", default="", help=tr("备注", "notes"))
    p.add_argument("--due", metavar="DATE", help=tr("手工指定截止日（需 --due-reason）", "set the due date by hand"))
    p.add_argument("--due-reason", default="", help=tr("手工指定截止日的理由", "why the due date was set by hand"))
    p.add_argument("--interprets", metavar="RECORD", help=tr("政策解读：所解读的政策记录编号（如 2026-0012）", "policy interpretation of this record (number or id)"))
    p.add_argument("--attach", action="append", default=[], metavar="FILE", help=tr("附件（可重复）", "attachment (repeatable)"))
    add_json(p)
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("list", help=tr("列出公开记录", "list records"))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--due", action="store_true", help=tr("逾期和5个工作日内到期的", "overdue and due within 5 working days"))
    group.add_argument("--overdue", action="store_true", help=tr("只列逾期的", "overdue only"))
    p.add_argument("--state", choices=list(STATES), help=tr("只列该状态：{s}", "only this state: {s}", s=" / ".join(
        f"{key} {state_text(key)}" for key in STATES)))
    p.add_argument("--domain", help=tr("只列该领域", "only this domain"))
    p.add_argument("--text", help=tr("标题或文号中含有的字", "words in the title or document number"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help=tr("显示一条记录及其审核和修改历史", "show one record with its history"))
    p.add_argument("id", help=record_id_help())
    add_json(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("edit", help=tr("修改记录", "edit a record"))
    p.add_argument("id", help=record_id_help())
    p.add_argument("--title", help=tr("新标题（不超过500字）", "new title (at most 500 characters)"))
    p.add_argument("--doc-number", help=tr("文号", "document number (文号)"))
    p.add_argument("--formed", metavar="DATE", help=date_help("信息形成或变更日期", "date formed or changed"))
    p.add_argument("--event", metavar="DATE", help=tr("事件日期（空字符串清除）", "event date (an empty string clears it)"))
    p.add_argument("--channels", help=tr("公开渠道，逗号分隔", "channels, comma-separated"))
    p.add_argument("--attribute", choices=ATTRIBUTES, help=tr("公开属性", "disclosure attribute"))
    p.add_argument("--reason", help=tr("属性理由（依申请公开、不公开时必填）", "reason for the attribute"))
    p.add_argument("--notes", help=tr("备注", "notes"))
    p.add_argument("--due", metavar="DATE", help=tr("手工指定截止日（需 --due-reason）", "set the due date by hand"))
    p.add_argument("--due-reason", default="", help=tr("手工指定截止日的理由", "why the due date was set by hand"))
    add_json(p)
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("submit", help=tr("提交审核", "submit for review"))
    p.add_argument("id", help=record_id_help())
    add_json(p)
    p.set_defaults(func=cmd_submit)

    p = sub.add_parser("review", help=tr("保密审查或发布审查", "confidentiality or release review"))
    p.add_argument("id", help=record_id_help())
    p.add_argument("--kind", required=True, choices=list(REVIEW_KINDS), help=tr("secrecy 保密审查 / release 发布审查", "review kind"))
    p.add_argument("--reviewer", required=True, help=tr("审查人姓名", "the reviewer's name"))
    p.add_argument("--reject", action="store_true", help=tr("退回（需 --comment）", "return the record (needs --comment)"))
    p.add_argument("--comment", default="", help=tr("审查意见（退回时必填）", "comment (required when returning)"))
    add_json(p)
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("publish", help=tr("登记发布", "mark published"))
    p.add_argument("id", help=record_id_help())
    p.add_argument("--date", required=True, metavar="DATE", help=date_help("发布日期（不能晚于今天）", "publication date (not after today)"))
    add_json(p)
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser("attach", help=tr("添加附件", "attach a file"))
    p.add_argument("id", help=record_id_help())
    p.add_argument("file", help=tr("要附上的文件", "the file to attach"))
    add_json(p)
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("missing", help=tr("本期应公开而未公开的定期事项", "periodic items with no disclosure this period"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_missing)

    p = sub.add_parser("export", help=tr("导出公开记录为 Excel", "export records to Excel"))
    p.add_argument("file", help=tr("要写入的 Excel 文件（.xlsx）", "the Excel file to write (.xlsx)"))
    add_json(p)
    p.set_defaults(func=cmd_export)

    from townshipdesk.cli.lapse_actions import register_actions

    register_actions(sub, add_json)  # lapse, lapsed-list


def _service(ctx: Context) -> Disclosures:
    ctx.site()
    return Disclosures(ctx.db, load_calendar(ctx.db), today=dt.date.today())


def _today(value: str | None) -> dt.date:
    return parse_date(value) if value else dt.date.today()



def _print_records(ctx: Context, records: list[Record], today: dt.date) -> None:
    if ctx.json:
        print_json([{**r.to_json(), "status": r.status_on(today)} for r in records])
        return
    if not records:
        say(tr("没有符合条件的记录", "No matching records"))
        return
    status = {"overdue": tr("逾期", "OVERDUE"), "open": "", "published": "", "no_due": "", "not_disclosed": ""}
    rows = [[r.display_number, r.formed_date, r.due_date or "-", state_text(r.state),
             NEEDS_EVENT.text() if r.needs_event else status[r.status_on(today)], r.title] for r in records]
    widths = [9, 10, 10, 8, 12, 40]
    headers = [tr("编号", "Number"), tr("形成日期", "Formed"), tr("截止日", "Due"), tr("状态", "State"), tr("提醒", "Alert"),
               tr("标题", "Title")]
    if any(r.township for r in records):  # at the county: whose record (a township's is read-only here)
        rows = [[r.township or tr("本单位", "ours"), *row] for r, row in zip(records, rows, strict=True)]
        widths, headers = [10, *widths], [tr("乡镇", "Township"), *headers]
    table(rows, widths, headers)
    say(tr("共 {n} 条", "{n} records", n=len(records)))


def _print_record(ctx: Context, service: Disclosures, record: Record) -> None:
    if ctx.json:
        print_json({**record.to_json(), "files": service.files(record.uuid)})
        return
    say(tr("记录 {id}：{t}", "Record {id}: {t}", id=record.display_number, t=record.title))
    if record.township:
        say(tr("乡镇：{n}（县级只读）", "Township: {n} (read-only at the county)", n=record.township))
    say(tr("事项：{d} / {i}（时限：{tl}）", "Item: {d} / {i} (time limit: {tl})", d=record.domain, i=record.item_name,
           tl=record.time_limit))
    say(tr("形成日期 {f}，截止日 {d}{est}，状态 {s}", "Formed {f}, due {d}{est}, state {s}", f=record.formed_date,
           d=record.due_date or "-", s=state_text(record.state),
           est=tr("（估算）", " (estimated)") if record.due_estimated else ""))
    if record.event_date:
        say(tr("事件日期 {e}（截止日从该日倒算）", "Event date {e} (the due date counts back from it)", e=record.event_date))
    if record.lapse_status:
        say(tr("{s}：自 {d} 起{r}", "{s} since {d}{r}", s=lapse_status_text(record.lapse_status), d=record.lapse_date,
               r=tr("，由{x}替代", "; replaced by {x}", x=record.replaced_by) if record.replaced_by else ""))
    if record.needs_event:
        warn(tr("{f}：时限“{tl}”从事件日期倒算，请用 record edit {id} --event 日期 填写", "{f}: the time limit '{tl}' counts "
                "back from an event; give its date with record edit {id} --event DATE", f=NEEDS_EVENT.text(),
                tl=record.time_limit, id=record.display_number))
    if record.due_estimated:
        warn(tr("注意：{w}", "warning: {w}", w=ESTIMATE_WARNING.text()))


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.io.attachments import store_file

    service = _service(ctx)
    stored = [(Path(f).name, *store_file(ctx.data_dir, Path(f))) for f in args.attach]  # copy first: a bad file adds nothing
    record = service.add(args.item, args.title, parse_date(args.formed), doc_number=args.doc_number,
                         channels=split_list(args.channels) if args.channels else None, attribute=args.attribute,
                         attribute_reason=args.reason, notes=args.notes, due=parse_date(args.due) if args.due else None,
                         due_reason=args.due_reason, kind="interpretation" if args.interprets else "normal",
                         policy_id=args.interprets, event=parse_date(args.event) if args.event else None)
    for name, digest, size in stored:
        service.attach(record.uuid, digest, name, size)
    _print_record(ctx, service, service.get(record.uuid))
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx)
    today = _today(args.today)
    if args.due or args.overdue:
        due = service.due_list(today, include_missing=False)
        records = due.overdue if args.overdue else due.overdue + due.due_soon
    else:
        records = service.list(state=args.state, domain=args.domain, text=args.text)
    _print_records(ctx, records, today)
    return 0


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx)
    record = service.get(args.id)
    from townshipdesk.sync.service import SYNC_STATES, Sync

    sync_state = Sync(ctx.db, ctx.data_dir).record_state("disclosures", record.uuid)
    if ctx.json:
        print_json({**record.to_json(), "files": service.files(record.uuid), "history": service.history(record.uuid),
                    "sync_state": sync_state, "sync_state_label": SYNC_STATES[sync_state][0]})
        return 0
    _print_record(ctx, service, record)
    say(tr("同步状态：{s}", "Sync state: {s}", s=tr(*SYNC_STATES[sync_state])))
    for f in service.files(record.uuid):
        say(tr("附件：{n}（{s} 字节）", "Attachment: {n} ({s} bytes)", n=f["filename"], s=f["size"]))
    say(tr("历史：", "History:"))
    for h in service.history(record.uuid):
        say("  " + history_entry_text(h).replace("\n", "\n  "))
    return 0


def cmd_edit(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx)
    changes: dict[str, object] = {}
    for arg, name in (("title", "title"), ("doc_number", "doc_number"), ("attribute", "attribute"),
                      ("reason", "attribute_reason"), ("notes", "notes")):
        if getattr(args, arg) is not None:
            changes[name] = getattr(args, arg)
    if args.formed:
        changes["formed_date"] = parse_date(args.formed).isoformat()
    if args.event is not None:
        changes["event_date"] = parse_date(args.event).isoformat() if args.event.strip() else None
    if args.channels is not None:
        changes["channels"] = split_list(args.channels)
    if not changes and not args.due:
        raise RecordError(msg("没有给出要修改的内容", "Nothing to change was given"))
    record = service.update(args.id, changes) if changes else service.get(args.id)
    if args.due:
        record = service.set_due(record.uuid, parse_date(args.due), args.due_reason)
    _print_record(ctx, service, record)
    return 0


def cmd_submit(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx)
    _print_record(ctx, service, service.submit(args.id))
    return 0


def cmd_review(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx)
    _print_record(ctx, service, service.review(args.id, args.kind, args.reviewer, approve=not args.reject,
                                               comment=args.comment))
    return 0


def cmd_publish(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx)
    _print_record(ctx, service, service.publish(args.id, parse_date(args.date)))
    return 0


def cmd_attach(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.io.attachments import store_file

    service = _service(ctx)
    record = service.get(args.id)
    digest, size = store_file(ctx.data_dir, Path(args.file))
    service.attach(record.uuid, digest, Path(args.file).name, size)
    if ctx.json:
        print_json({"id": record.uuid, "sha256": digest, "size": size})
    else:
        say(tr("已添加附件 {n}", "Attached {n}", n=Path(args.file).name))
    return 0


def cmd_missing(ctx: Context, args: argparse.Namespace) -> int:
    missing = _service(ctx).missing_periodic(_today(args.today))
    if ctx.json:
        print_json([m.to_json() for m in missing])
        return 0
    if not missing:
        say(tr("本期定期公开事项均已有记录", "Every periodic item has a record this period"))
        return 0
    table([[m.item.domain, m.item.name, m.item.time_limit,
            tr("尚无记录", "never recorded") if m.standing else f"{m.period_start}~{m.period_end}",
            m.due.isoformat() if m.due else "-"] for m in missing], [12, 30, 20, 21, 10],
          [tr("领域", "Domain"), tr("事项", "Item"), tr("公开时限", "Time limit"), tr("本期", "Period"),
           tr("截止日", "Due")])
    return 0


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.io.excel.records_writer import export_records

    service = _service(ctx)
    target = Path(args.file)
    if target.suffix.lower() != ".xlsx" or target.is_dir():
        raise RecordError(msg("导出文件名应以 .xlsx 结尾：“{p}”", "The export file name should end in .xlsx: '{p}'", p=str(target)))
    records = service.list()
    export_records(records, target, today=dt.date.today())
    if ctx.json:
        print_json({"file": str(target), "records": len(records)})
    else:
        say(tr("已导出 {n} 条记录到 {p}", "Exported {n} records to {p}", n=len(records), p=target))
    return 0
