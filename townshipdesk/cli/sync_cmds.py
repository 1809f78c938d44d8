"""`keys …`, `bundle …`, `receipt export`: identity, trust and sync bundles by USB stick or e-mail."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from townshipdesk.cli.context import Context
from townshipdesk.cli.helps import today_help
from townshipdesk.cli.output import print_json, say, table, warn
from townshipdesk.core.localtime import china_time
from townshipdesk.errors import KeyError_
from townshipdesk.i18n import msg, tr
from townshipdesk.wording.sync import counts_text, kind_text

JsonFlag = Callable[[argparse.ArgumentParser], None]


def register(commands: argparse._SubParsersAction, add_json: JsonFlag) -> None:
    keys = commands.add_parser("keys", help=tr("密钥与信任", "keys and trust"))
    sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", parser_class=type(keys))
    sub.required = True
    p = sub.add_parser("show", help=tr("本单位指纹及已信任的单位", "our fingerprint and trusted sites"))
    add_json(p)
    p.set_defaults(func=cmd_keys_show)
    p = sub.add_parser("export", help=tr("导出本单位密钥卡", "export our key card"))
    p.add_argument("file", help=tr("要写入的密钥卡文件", "the key card file to write"))
    add_json(p)
    p.set_defaults(func=cmd_keys_export)
    p = sub.add_parser("trust", help=tr("信任对方的密钥卡（先电话核对指纹）", "trust a key card (check the fingerprint by phone)"))
    p.add_argument("file", help=tr("对方的密钥卡文件", "the other office's key card file"))
    p.add_argument("--fingerprint", help=tr("电话中对方念出的指纹", "the fingerprint read out over the phone"))
    p.add_argument("--yes", action="store_true", help=tr("已核对指纹，直接信任", "fingerprint checked; trust it"))
    p.add_argument("--replace", action="store_true", help=tr("该区划代码已信任旧电脑的密钥：单位重装后替换之（历史数据延续）",
                                                            "the division code is trusted with an old computer's key: "
                                                            "replace it after a reinstall (history carries over)"))
    add_json(p)
    p.set_defaults(func=cmd_keys_trust)
    p = sub.add_parser("replace", help=tr("更换密钥（新卡由旧密钥签名）", "replace our keys (the new card is signed by the old key)"))
    p.add_argument("--out", required=True, help=tr("新密钥卡文件", "the new key card file"))
    add_json(p)
    p.set_defaults(func=cmd_keys_replace)

    bundle = commands.add_parser("bundle", help=tr("同步包（U盘或电子邮件）", "sync bundles (USB stick or e-mail)"))
    sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", parser_class=type(bundle))
    sub.required = True
    p = sub.add_parser("export", help=tr("生成同步包", "write a bundle"))
    p.add_argument("--out", required=True, help=tr("文件（.tdbundle）或文件夹（如U盘）", "a .tdbundle file or a folder (a USB stick)"))
    p.add_argument("--to", help=tr("接收单位（区划代码或名称）", "recipient (division code or name)"))
    p.add_argument("--kind", choices=("changes", "receipt", "catalog", "calendar"), default=None,
                   help=tr("乡镇：changes；县级：receipt/catalog/calendar", "township: changes; county: receipt/catalog/calendar"))
    p.add_argument("--year", type=int, action="append", help=tr("calendar：要下发的年份", "calendar: the years to send"))
    p.add_argument("--restore-for", metavar="TOWNSHIP", help=tr("县级：为重装后的乡镇（区划代码或名称）导出其全部数据的恢复包",
                                                               "county: a restore bundle of everything held of a "
                                                               "reinstalled township (division code or name)"))
    p.add_argument("--email", metavar="ADDRESS", help=tr("同时生成附带此包的 .eml 邮件", "also write an .eml with the bundle attached"))
    add_json(p)
    p.set_defaults(func=cmd_bundle_export)
    p = sub.add_parser("verify", help=tr("检查同步包（不导入）", "check a bundle without importing"))
    p.add_argument("file", help=tr("同步包文件（.tdbundle）", "the bundle file (.tdbundle)"))
    add_json(p)
    p.set_defaults(func=cmd_bundle_verify)
    p = sub.add_parser("import", help=tr("导入同步包", "import a bundle"))
    p.add_argument("file", help=tr("同步包文件（.tdbundle）", "the bundle file (.tdbundle)"))
    p.add_argument("--accept", action="store_true", help=tr("接受县级下发的目录（先不加此项查看差异）", "accept a catalog bundle"))
    p.add_argument("--receipt-out", metavar="PATH", help=tr("县级：导入后写回执到此", "county: write the receipt here"))
    add_json(p)
    p.set_defaults(func=cmd_bundle_import)
    p = sub.add_parser("history", help=tr("收发记录", "bundles in and out"))
    add_json(p)
    p.set_defaults(func=cmd_bundle_history)

    receipt = commands.add_parser("receipt", help=tr("回执", "receipts"))
    sub = receipt.add_subparsers(dest="receipt_command", metavar="ACTION", parser_class=type(receipt))
    sub.required = True
    p = sub.add_parser("export", help=tr("县级给乡镇写回执", "county: write a receipt for a township"))
    p.add_argument("--to", required=True, help=tr("乡镇（区划代码或名称）", "the township (division code or name)"))
    p.add_argument("--out", required=True, help=tr("文件（.tdbundle）或文件夹（如U盘）", "a .tdbundle file or a folder (a USB stick)"))
    add_json(p)
    p.set_defaults(func=cmd_receipt_export)


def _sync(ctx: Context):  # noqa: ANN202
    from townshipdesk.sync.service import Sync

    ctx.site()
    return Sync(ctx.db, ctx.data_dir)


def cmd_keys_show(ctx: Context, args: argparse.Namespace) -> int:
    sync = _sync(ctx)
    data = {"site": sync.identity(), "fingerprint": sync.keys.fingerprint,
            "trusted": [{**t.identity(), "fingerprint": t.fingerprint} for t in sync.trusted()]}
    if ctx.json:
        print_json(data)
        return 0
    say(tr("本单位：{n}（{c}）", "This office: {n} ({c})", n=data["site"]["name"], c=data["site"]["division_code"]))
    say(tr("指纹：{f}", "Fingerprint: {f}", f=data["fingerprint"]))
    say(tr("已信任：", "Trusted:"))
    if not data["trusted"]:
        say(tr("  （无）", "  (none)"))
        return 0
    table([[t["division_code"], t["name"], t["fingerprint"]] for t in data["trusted"]], [12, 20, 36],
          [tr("区划代码", "Code"), tr("单位", "Office"), tr("指纹", "Fingerprint")])
    return 0


def cmd_keys_export(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.sync.keys import export_card

    ctx.site()
    card = export_card(ctx.db, ctx.data_dir, Path(args.file))
    if ctx.json:
        print_json({"file": args.file, **card.to_json()})
    else:
        say(tr("已导出密钥卡 {p}", "Wrote the key card {p}", p=args.file))
        say(tr("指纹（请电话告知对方核对）：{f}", "Fingerprint (read it to the other office by phone): {f}", f=card.fingerprint))
    return 0


def cmd_keys_trust(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.sync.keys import read_card
    from townshipdesk.sync.service import stdin_is_interactive

    sync = _sync(ctx)
    card = read_card(Path(args.file))
    previous = sync.same_division(card)
    if args.fingerprint is None and not args.yes:
        if not stdin_is_interactive():
            raise KeyError_(msg("请打电话请“{n}”念出其“同步”页上的指纹，再用 --fingerprint \"对方念的30位数字\" 信任（或核对后加 --yes）",
                                "Call '{n}' and have them read the fingerprint on their Sync page to you, then trust the card "
                                "with --fingerprint \"the 30 digits they read\" (or --yes once checked)", n=card.name))
        say(tr("{n}（{c}）的指纹：{f}", "Fingerprint of {n} ({c}): {f}", n=card.name, c=card.division_code, f=card.fingerprint))
        answer = input(tr("与电话中对方念的一致吗？[y/N] ", "Does it match what they read out? [y/N] "))
        if answer.strip().lower() not in ("y", "yes", "是"):
            warn(tr("未信任", "not trusted"))
            return 1
    replace = args.replace
    if previous is not None and not replace and stdin_is_interactive():
        warn(tr("注意：区划代码 {c} 已信任“{n}”的另一台电脑。", "Note: the division code {c} is already trusted for another "
                "computer of '{n}'.", c=card.division_code, n=previous.name))
        answer = input(tr("该单位重装了电脑吗？替换旧密钥（历史数据延续到新电脑）？[y/N] ",
                          "Did that office reinstall? Replace the old key (its history carries over)? [y/N] "))
        replace = answer.strip().lower() in ("y", "yes", "是")
    card = sync.trust(Path(args.file), fingerprint=args.fingerprint, replace=replace)
    if ctx.json:
        print_json(card.to_json())
    else:
        say(tr("已信任 {n}（{c}）", "Trusted {n} ({c})", n=card.name, c=card.division_code))
    return 0


def cmd_keys_replace(ctx: Context, args: argparse.Namespace) -> int:
    card = _sync(ctx).replace_keys(Path(args.out))
    if ctx.json:
        print_json(card.to_json())
    else:
        say(tr("已更换密钥，新密钥卡：{p}（由旧密钥签名，对方 keys trust 即可）", "Keys replaced; new card {p} (signed by the old "
               "key: the other office can keys trust it)", p=args.out))
        say(tr("新指纹：{f}", "New fingerprint: {f}", f=card.fingerprint))
    return 0


def _target(out: str, site: dict[str, str], kind: str) -> Path:
    """`--out` names the bundle, or a folder (existing, or written with a trailing slash) to put it in."""
    path = Path(out)
    if out.endswith(("/", "\\")) and not path.exists():
        path.mkdir(parents=True, exist_ok=True)
    if path.is_dir():
        from townshipdesk.wording.sync import bundle_file_name

        return path / bundle_file_name(site["division_code"], site["name"], kind)
    return path if path.suffix.lower() == ".tdbundle" else path.with_name(path.name + ".tdbundle")


def cmd_bundle_export(ctx: Context, args: argparse.Namespace) -> int:
    sync = _sync(ctx)
    site = sync.identity()
    kind = "restore" if args.restore_for else args.kind or ("changes" if site["role"] == "township" else "receipt")
    target = _target(args.out, site, kind)
    if kind == "restore":
        from townshipdesk.sync.restore import export_restore

        manifest = export_restore(sync, target, township=args.restore_for)
    elif kind == "changes":
        manifest = sync.export_changes(target, to=args.to)
    elif not args.to:
        raise KeyError_(msg("县级下发请用 --to 指定乡镇", "Give --to for bundles sent down to a township"))
    elif kind == "receipt":
        manifest = sync.export_receipt(target, to=args.to)
    elif kind == "catalog":
        from townshipdesk.core.catalog import Catalog

        items = [i.to_json() for i in Catalog(ctx.db).items()]
        manifest = sync.export_downward(target, to=args.to, kind="catalog", payload={"items": items})
    else:
        from townshipdesk.core.calendar_store import load_calendar

        cal = load_calendar(ctx.db)
        years = args.year or [y for y in cal.known_years if y >= dt.date.today().year]
        missing = [y for y in years if y not in cal.years]
        if missing:
            raise KeyError_(msg("没有 {y} 年的节假日安排可下发", "No holiday schedule for {y} to send", y=missing[0]))
        manifest = sync.export_downward(target, to=args.to, kind="calendar",
                                        payload={"years": [cal.years[y].to_json() for y in years]})
    eml = None
    if args.email:
        from townshipdesk.sync.email_out import write_eml

        eml = write_eml(target, target.with_suffix(".eml"), to=args.email, sender_name=site["name"],
                        subject=f"【政务公开同步】{site['name']} {china_time(manifest['created_at'])[:10]}")
    data = {"file": str(target), "kind": kind, "bundle_id": manifest["bundle_id"], "counts": manifest["counts"],
            "size": target.stat().st_size, "recipient": manifest["recipient"]["name"], "eml": str(eml) if eml else None}
    if ctx.json:
        print_json(data)
    else:
        say(tr("已生成同步包 {p}（{s} 字节，发给 {r}）", "Wrote {p} ({s} bytes, for {r})", p=target, s=data["size"], r=data["recipient"]))
        if manifest["counts"]:
            say("  " + counts_text(manifest["counts"]))
        if eml:
            say(tr("邮件草稿：{p}", "E-mail draft: {p}", p=eml))
    return 0


def cmd_bundle_verify(ctx: Context, args: argparse.Namespace) -> int:
    bundle = _sync(ctx).verify(Path(args.file), rows=True)
    m = bundle.manifest
    data = {"ok": True, "kind": m["kind"], "bundle_id": m["bundle_id"], "created_at": m["created_at"],
            "sender": m["sender"]["name"], "recipient": m["recipient"]["name"], "counts": m["counts"],
            "members": len(bundle.members)}
    if ctx.json:
        print_json(data)
    else:
        say(tr("同步包完好：{k}，来自 {s}，生成于 {t}（北京时间）", "The bundle is sound: {k} from {s}, made {t} (China time)",
               k=kind_text(m["kind"]), s=data["sender"], t=china_time(m["created_at"])))
    return 0


def cmd_bundle_import(ctx: Context, args: argparse.Namespace) -> int:
    sync = _sync(ctx)

    def waiting() -> None:
        warn(tr("另一个导入正在进行，等它完成后继续……", "Another import is running; waiting for it to finish…"))

    result = sync.import_bundle(Path(args.file), accept_catalog=args.accept, on_wait=waiting)
    if args.receipt_out and result["kind"] == "changes":
        receipt = sync.export_receipt(_target(args.receipt_out, sync.identity(), "receipt"), to=result["division_code"]
                                      if "division_code" in result else result["sender"])
        result["receipt"] = receipt["bundle_id"]
        result["receipt_file"] = str(_target(args.receipt_out, sync.identity(), "receipt"))
    if ctx.json:
        print_json(result)
        return 0
    if result.get("already_imported"):
        say(tr("此同步包已导入过，没有变化", "This bundle was imported before; nothing changed"))
    elif result["kind"] == "changes":
        say(tr("已导入 {s} 的数据：新增 {i}，更新 {u}，未变 {n}，附件 {f}", "Imported from {s}: {i} new, {u} updated, {n} unchanged, "
               "{f} files", s=result["sender"], i=sum(result["inserted"].values()), u=sum(result["updated"].values()),
               n=result["unchanged"], f=result["files"]))
        if result.get("receipt"):
            say(tr("回执已写入 {p}，请交回乡镇导入", "Receipt written to {p}; take it back to the township", p=args.receipt_out))
    elif result["kind"] == "restore":
        say(tr("已从县级恢复本单位数据：{n} 行；新的变更从第 {s} 号之后继续编号", "Restored this office's data from the county: "
               "{n} rows; new changes are numbered after {s}", n=result["changed"] + result["unchanged"], s=result["seen_seq"]))
    elif result["kind"] == "receipt":
        say(tr("已收到县级回执（确认至第 {n} 号变更）", "Receipt from the county (confirmed up to change {n})", n=result["acked_seq"]))
    elif result["kind"] == "calendar":
        say(tr("已更新节假日安排：{y}", "Holiday schedule updated: {y}", y="、".join(map(str, result["years"]))))
    else:
        say(tr("县级下发目录：新增 {a}，修改 {c}，停用 {r}", "County catalog: {a} added, {c} changed, {r} retired",
               a=result["added"], c=result["changed"] if result.get("accepted") else result["changed"], r=result["retired"]))
        if not result.get("accepted"):
            say(tr("（尚未接受；确认后加 --accept 导入）", "(not accepted yet; add --accept to apply)"))
    return 0


def cmd_bundle_history(ctx: Context, args: argparse.Namespace) -> int:
    rows = _sync(ctx).history()
    if ctx.json:
        print_json(rows)
        return 0
    if not rows:
        say(tr("还没有收发过同步包", "No bundle sent or received yet"))
        return 0
    table([[china_time(r["handled_at"]), tr("收", "in") if r["direction"] == "in" else tr("发", "out"), kind_text(r["kind"]),
            r["peer_name"], r["path"]] for r in rows], [16, 4, 10, 16, 40],
          [tr("时间（北京时间）", "Time (China)"), tr("收发", "Dir"), tr("类型", "Kind"), tr("对方", "Other office"),
           tr("文件", "File")])
    return 0


def cmd_receipt_export(ctx: Context, args: argparse.Namespace) -> int:
    sync = _sync(ctx)
    target = _target(args.out, sync.identity(), "receipt")
    manifest = sync.export_receipt(target, to=args.to)
    if ctx.json:
        print_json({"file": str(target), "bundle_id": manifest["bundle_id"]})
    else:
        say(tr("已生成回执 {p}", "Wrote the receipt {p}", p=target))
    return 0


def register_county(commands: argparse._SubParsersAction, add_json: JsonFlag) -> None:
    p = commands.add_parser("aggregate", help=tr("县级：汇总各乡镇情况为 Excel", "county: summary workbook of all townships"))
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help=tr("要写入的汇总表（.xlsx）", "the summary workbook to write (.xlsx)"))
    p.add_argument("--year", type=int, default=dt.date.today().year, help=tr("统计年度（默认今年）", "the year counted (default: this year)"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    p.add_argument("--overdue-list", action="store_true",
                   help=tr("另加一张表，按乡镇和编号列出每条逾期未公开的记录（县大时很长）",
                           "also list every overdue record by township and number (long in a big county)"))
    add_json(p)
    p.set_defaults(func=cmd_aggregate)
    p = commands.add_parser("overview", help=tr("县级：各乡镇报送与公开情况", "county: townships at a glance"))
    p.add_argument("--year", type=int, default=dt.date.today().year, help=tr("统计年度（默认今年）", "the year counted (default: this year)"))
    p.add_argument("--today", metavar="DATE", help=today_help())
    add_json(p)
    p.set_defaults(func=cmd_overview)


def _overview(ctx: Context, args: argparse.Namespace):  # noqa: ANN202
    from townshipdesk.core.county import county_overview
    from townshipdesk.core.dates import parse_date

    site = ctx.site()
    if site.role != "county":
        raise KeyError_(msg("汇总只在县级使用", "Aggregation is for the county installation"))
    today = parse_date(args.today) if args.today else dt.date.today()
    return site, today, *county_overview(ctx.db, today, args.year)


def cmd_overview(ctx: Context, args: argparse.Namespace) -> int:
    _site, _today, townships, _domains = _overview(ctx, args)
    if ctx.json:
        print_json([t.to_json() for t in townships])
        return 0
    if not townships:
        say(tr("尚未收到任何乡镇的同步包", "No township bundle received yet"))
        return 0
    table([[t.division_code, t.name, str(t.age_days if t.age_days is not None else "-"), str(t.records), str(t.overdue),
            f"{t.coverage:.0%}", f"{t.concerns_open}/{t.concerns_overdue}", str(t.concerns_late), str(t.reviews_overdue),
            str(t.lapsed)] for t in townships], [12, 16, 6, 8, 6, 6, 10, 8, 8, 8],
          [tr("区划代码", "Code"), tr("乡镇", "Township"), tr("天前", "Days"), tr("记录", "Records"), tr("逾期", "Overdue"),
           tr("覆盖", "Covered"), tr("关切待回/逾期", "Concerns open/overdue"), tr("逾期回应", "Answered late"),
           tr("待复核", "Review"), tr("失效废止", "Lapsed")])
    return 0


def cmd_aggregate(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.core.county import overdue_records
    from townshipdesk.io.excel.aggregate_writer import export_aggregate

    if Path(args.out).suffix.lower() != ".xlsx":
        raise KeyError_(msg("汇总表文件名应以 .xlsx 结尾", "The summary file name should end in .xlsx"))
    site, today, townships, domains = _overview(ctx, args)
    overdue = overdue_records(ctx.db, today, args.year) if args.overdue_list else []
    path = export_aggregate(site.name, args.year, today.isoformat(), townships, domains, Path(args.out), overdue)
    if ctx.json:
        print_json({"file": str(path), "townships": len(townships), "domains": len(domains)})
    else:
        say(tr("已生成汇总表 {p}：{n} 个乡镇，{d} 个领域", "Wrote {p}: {n} townships, {d} domains", p=path, n=len(townships),
               d=len(domains)))
    return 0
