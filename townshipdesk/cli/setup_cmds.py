"""`init`, `status` and `settings`: set up the installation, show where its data lives, change office settings."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from townshipdesk.cli.context import Context
from townshipdesk.cli.output import print_json, say
from townshipdesk.core.catalog import Catalog
from townshipdesk.core.office_settings import (
    office_contact,
    posting_day_counts,
    set_office_contact,
    set_posting_day_counts,
)
from townshipdesk.core.receiving_office import DETAILS, set_receiving_office
from townshipdesk.core.site import ROLES, get_site, init_site
from townshipdesk.i18n import tr
from townshipdesk.resources import catalogs_dir
from townshipdesk.wording.display import role_text


def register(commands: argparse._SubParsersAction, add_json: Callable[[argparse.ArgumentParser], None]) -> None:
    p = commands.add_parser("init", help=tr("首次设置本单位（角色、区划代码、名称）", "set up this office (role, division code, name)"))
    p.add_argument("--role", required=True, choices=ROLES, help=tr("township（乡镇）或 county（县级）", "township or county"))
    p.add_argument("--division", required=True, metavar="CODE", help=tr("12位统计用区划代码", "12-digit statistical division code"))
    p.add_argument("--name", required=True, help=tr("单位名称，如“某某镇人民政府”", "office name"))
    add_json(p)
    p.set_defaults(func=cmd_init)

    p = commands.add_parser("status", help=tr("显示本单位信息和数据位置", "show this office and where its data lives"))
    add_json(p)
    p.set_defaults(func=cmd_status)

    p = commands.add_parser("settings", help=tr("查看或修改本单位设置", "show or change this office's settings"))
    p.add_argument("--posting-day-counts", choices=("on", "off"), metavar="on|off",
                   help=tr("张贴当日计入公示期（默认 off：按《民法典》第二百零一条，张贴当日不计入）",
                           "count the posting day as day 1 of a notice (default off: Civil Code Art. 201 does not count it)"))
    for detail in DETAILS:  # the 依申请公开受理机构, printed in the request guide
        p.add_argument(detail.option, dest=f"receiving_{detail.key}", metavar="TEXT",
                       help=tr("依申请公开受理机构的{l}，如“{e}”（空字符串清除）", "the receiving office's {l}, e.g. '{e}' (\"\" clears it)",
                               l=detail.label, e=detail.example))
    p.add_argument("--phone", help=tr("本单位联系电话（印在征求意见公告上）", "contact phone (printed on consultation notices)"))
    p.add_argument("--address", help=tr("本单位通信地址（印在征求意见公告上）", "the office's postal address (printed on consultation notices)"))
    p.add_argument("--email", help=tr("本单位电子邮箱（印在征求意见公告上）", "the office's e-mail (printed on consultation notices)"))
    add_json(p)
    p.set_defaults(func=cmd_settings)


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    site = init_site(ctx.db, args.role, args.division, args.name)
    catalog = Catalog(ctx.db)
    version = catalog.install_shipped(catalogs_dir())
    items = catalog.count()
    from townshipdesk.core.backup import daily_backup

    daily_backup(ctx.db)  # the first backup, right after set-up
    if ctx.json:
        print_json({"site": site.to_json(), "data_dir": str(ctx.data_dir), "catalog_items": items,
                    "catalog_version": version.number if version else None})
        return 0
    say(tr("已设置：{name}（{code}，{role}）", "Set up: {name} ({code}, {role})", name=site.name,
           code=site.division_code, role=role_text(site.role)))
    say(tr("数据位置：{path}", "Data folder: {path}", path=ctx.data_dir))
    say(tr("已载入随软件提供的标准目录：{n} 个事项", "Loaded the shipped standard catalog: {n} items", n=items))
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    site = get_site(ctx.db)
    catalog = Catalog(ctx.db)
    data = {
        "data_dir": str(ctx.data_dir),
        "database": str(ctx.db.path),
        "schema_version": ctx.db.schema_version,
        "site": site.to_json() if site else None,
        "catalog_items": catalog.count(),
        "catalog_version": catalog.latest_version(),
        "read_only": ctx.db.read_only,
    }
    if ctx.json:
        print_json(data)
        return 0
    say(tr("数据位置：{p}", "Data folder: {p}", p=data["data_dir"]))
    if ctx.db.read_only:
        say(tr("（只读：这个文件夹不能写入，只能查看，不能修改）", "(read-only: this folder cannot be written; you can look, not change)"))
    if site:
        say(tr("本单位：{n}（{c}，{r}）", "Office: {n} ({c}, {r})", n=site.name, c=site.division_code, r=role_text(site.role)))
    else:
        say(tr("尚未设置本单位，请运行 init", "Not set up yet: run init"))
    say(tr("标准目录：{n} 个事项，当前第 {v} 版", "Catalog: {n} items, version {v}", n=data["catalog_items"],
           v=data["catalog_version"] or "-"))
    return 0


def cmd_settings(ctx: Context, args: argparse.Namespace) -> int:
    ctx.site()
    if args.posting_day_counts:
        set_posting_day_counts(ctx.db, args.posting_day_counts == "on")
    office = set_receiving_office(ctx.db, **{d.key: getattr(args, f"receiving_{d.key}") for d in DETAILS})
    given = {k: v for k in ("phone", "address", "email") if (v := getattr(args, k)) is not None}
    if given:
        set_office_contact(ctx.db, **given)
    counts = posting_day_counts(ctx.db)
    contact = office_contact(ctx.db)
    if ctx.json:
        print_json({"posting_day_counts": counts, **contact, "receiving_office": office.to_json()})
        return 0
    for label, value in ((tr("联系电话", "Phone"), contact["phone"]), (tr("通信地址", "Address"), contact["address"]),
                         (tr("电子邮箱", "E-mail"), contact["email"])):
        say(tr("{l}：{v}", "{l}: {v}", l=label, v=value or tr("（未设置）", "(not set)")))
    say(tr("张贴当日计入公示期：{v}", "The posting day counts as day 1 of a notice: {v}",
           v=tr("是", "yes") if counts else tr("否（按《民法典》第二百零一条，自次日起算）", "no (Civil Code Art. 201: from the next day)")))
    say(tr("依申请公开受理机构：", "Receiving office for requests:"))
    for detail in DETAILS:
        value = getattr(office, detail.key) or (tr("（未填写，{o}）", "(not filled in: {o})", o=detail.option) if detail.required
                                                else tr("（未填写）", "(not filled in)"))
        say(f"  {detail.label}：{value}")
    return 0
