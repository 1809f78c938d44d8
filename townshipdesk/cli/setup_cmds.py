"""`init` and `status`: set up the installation, and show where its data lives."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from townshipdesk.cli.context import Context
from townshipdesk.cli.output import print_json, say
from townshipdesk.core.catalog import Catalog
from townshipdesk.core.site import ROLES, get_site, init_site
from townshipdesk.i18n import tr
from townshipdesk.resources import catalogs_dir


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
           code=site.division_code, role=tr("乡镇", "township") if site.role == "township" else tr("县级", "county")))
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
    }
    if ctx.json:
        print_json(data)
        return 0
    say(tr("数据位置：{p}", "Data folder: {p}", p=data["data_dir"]))
    if site:
        say(tr("本单位：{n}（{c}，{r}）", "Office: {n} ({c}, {r})", n=site.name, c=site.division_code, r=site.role))
    else:
        say(tr("尚未设置本单位，请运行 init", "Not set up yet: run init"))
    say(tr("标准目录：{n} 个事项，当前第 {v} 版", "Catalog: {n} items, version {v}", n=data["catalog_items"],
           v=data["catalog_version"] or "-"))
    return 0
