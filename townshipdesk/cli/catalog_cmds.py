"""`catalog …`: import, export, list, search, show, add, edit, retire, restore, versions, diff, domains,
update-shipped."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from townshipdesk.cli.context import Context
from townshipdesk.cli.helps import domain_help, item_id_help, paper_help
from townshipdesk.cli.output import print_json, say, split_list, table, warn
from townshipdesk.core.catalog import (
    AUDIENCES,
    COMPARED_FIELDS,
    LIST_FIELDS,
    MODES,
    TIERS,
    Catalog,
    CatalogItem,
    DomainInfo,
    ImportPlan,
    field_label,
    item_order,
)
from townshipdesk.core.timelimits import parse_time_limit
from townshipdesk.errors import CatalogError
from townshipdesk.i18n import language, msg, tr
from townshipdesk.resources import catalogs_dir
from townshipdesk.wording.display import china_time, source_text

JsonFlag = Callable[[argparse.ArgumentParser], None]


def register(commands: argparse._SubParsersAction, add_json: JsonFlag) -> None:
    cat = commands.add_parser("catalog", help=tr("标准目录", "the standard catalog"))
    sub = cat.add_subparsers(dest="catalog_command", metavar="ACTION", parser_class=type(cat))
    sub.required = True

    p = sub.add_parser("import", help=tr("从 Excel 导入标准目录（.xlsx/.xls，国家表格格式）", "import a catalog workbook (.xlsx/.xls)"))
    p.add_argument("file", help=tr("目录工作簿（.xlsx 或 .xls）", "the catalog workbook (.xlsx or .xls)"))
    p.add_argument("--dry-run", action="store_true", help=tr("只报告将发生的变化，不写入", "report what would change, write nothing"))
    p.add_argument("--skip-bad", action="store_true",
                   help=tr("有错误时只导入无误的行（默认全部不导入）", "on errors import only the good rows (default: nothing)"))
    p.add_argument("--retire-missing", action="store_true",
                   help=tr("停用文件中所含领域里、文件中没有的标准事项（默认保留并列出）",
                           "retire the standard items of the file's domains that the file lacks (default: keep and list them)"))
    add_json(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help=tr("导出为国家表格格式的 Excel", "export to the national Excel layout"))
    p.add_argument("file", help=tr("要写入的 Excel 文件（.xlsx）", "the Excel file to write (.xlsx)"))
    p.add_argument("--domain", action="append", help=tr("只导出该领域（可重复）", "only this domain (repeatable)"))
    p.add_argument("--paper", choices=("A4", "A3"), default="A4", help=paper_help())
    add_json(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("list", help=tr("列出事项", "list items"))
    p.add_argument("--domain", help=tr("只列该领域", "only this domain"))
    p.add_argument("--all", action="store_true", help=tr("包括已停用事项", "include retired items"))
    add_json(p)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("search", help=tr("按任意要素搜索事项", "search items by any element"))
    p.add_argument("text", help=tr("要找的词（多个词之间用空格，须全部出现）", "words to find (all of them must appear)"))
    p.add_argument("--domain", help=tr("只搜该领域", "only this domain"))
    p.add_argument("--all", action="store_true", help=tr("包括已停用事项", "include retired items"))
    add_json(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("show", help=tr("显示一个事项的全部要素", "show every element of one item"))
    p.add_argument("id", help=item_id_help())
    add_json(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("domains", help=tr("列出领域及事项数", "list domains with item counts"))
    add_json(p)
    p.set_defaults(func=cmd_domains)

    p = sub.add_parser("add", help=tr("新增本乡镇事项", "add a local item"))
    _item_arguments(p, required=True)
    p.add_argument("--note", default="", help=tr("本次修改的说明（记入版本）", "a note on this change (kept with the version)"))
    add_json(p)
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("edit", help=tr("修改事项（只改给出的要素）", "edit an item (only the given elements)"))
    p.add_argument("id", help=item_id_help())
    _item_arguments(p, required=False)
    p.add_argument("--note", default="", help=tr("本次修改的说明（记入版本）", "a note on this change (kept with the version)"))
    add_json(p)
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("retire", help=tr("停用事项（保留历史）", "retire an item (history kept)"))
    p.add_argument("id", help=item_id_help())
    p.add_argument("--reason", required=True, help=tr("停用原因", "why it is retired"))
    add_json(p)
    p.set_defaults(func=cmd_retire)

    p = sub.add_parser("restore", help=tr("恢复已停用事项", "restore a retired item"))
    p.add_argument("id", help=item_id_help())
    add_json(p)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("versions", help=tr("目录版本列表", "list catalog versions"))
    add_json(p)
    p.set_defaults(func=cmd_versions)

    p = sub.add_parser("update-shipped", help=tr("按随软件提供的新版标准目录更新（生成新版本，保留记录和本乡镇新增事项）",
                                                 "take in this program's shipped catalog as a new version (records and "
                                                 "local items kept)"))
    add_json(p)
    p.set_defaults(func=cmd_update_shipped)

    p = sub.add_parser("diff", help=tr("比较两个目录版本", "compare two catalog versions"))
    p.add_argument("a", type=int, help=tr("旧版本号（catalog versions 中的“版本”）", "older version number (see catalog versions)"))
    p.add_argument("b", type=int, help=tr("新版本号", "newer version number"))
    add_json(p)
    p.set_defaults(func=cmd_diff)


def _item_arguments(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--domain", required=required, help=domain_help())
    p.add_argument("--level1", required=required, help=tr("一级事项", "first-level item (一级事项)"))
    p.add_argument("--level2", help=tr("二级事项", "second-level item (二级事项)"))
    p.add_argument("--content", required=required, help=tr("公开内容（要素）", "content (要素)"))
    p.add_argument("--basis", required=required, help=tr("公开依据", "legal basis (公开依据)"))
    p.add_argument("--time-limit", dest="time_limit", required=required,
                   help=tr("公开时限，如“信息形成之日起20个工作日内”", "time limit (公开时限), e.g. 信息形成之日起20个工作日内"))
    p.add_argument("--body", required=required, help=tr("公开主体", "responsible body (公开主体)"))
    p.add_argument("--channels", required=required, help=tr("公开渠道，用逗号或顿号分隔", "channels, comma-separated"))
    p.add_argument("--audience", required=required, help=tr("公开对象：{v}", "audience: {v}", v="/".join(AUDIENCES)))
    p.add_argument("--mode", required=required, help=tr("公开方式：{v}", "mode: {v}", v="/".join(MODES)))
    p.add_argument("--tiers", required=required, help=tr("公开层级：{v}（可多个，逗号分隔）", "tiers: {v} (several: comma-separated)",
                                                         v="/".join(TIERS)))



def _fields_from(args: argparse.Namespace) -> dict[str, object]:
    out: dict[str, object] = {}
    for name in COMPARED_FIELDS:
        value = getattr(args, name, None)
        if value is None:
            continue
        out[name] = split_list(value) if name in LIST_FIELDS else value
    allowed = {"audience": AUDIENCES, "mode": MODES, "tiers": TIERS}
    for name, choices in allowed.items():
        bad = [v for v in out.get(name, []) if v not in choices]  # type: ignore[union-attr]
        if bad:
            raise CatalogError(msg("“{label}”只能是 {choices}，收到 {bad}", "'{label}' must be one of {choices}, got {bad}",
                                   label=field_label(name), choices="、".join(choices), bad="、".join(bad)))
    return out


def _catalog(ctx: Context) -> Catalog:
    ctx.site()
    return Catalog(ctx.db)


def _print_items(ctx: Context, items: list[CatalogItem]) -> None:
    if ctx.json:
        print_json([i.to_json() for i in items])
        return
    if not items:
        say(tr("没有符合条件的事项", "No matching items"))
        return
    rows = [[i.short_id, i.domain, i.name, i.time_limit + ("" if i.time_limit_parsed else " ⚠"),
             tr("（已停用）", "(retired)") if i.retired_at else ""] for i in items]
    table(rows, [8, 12, 36, 34, 10], [tr("编号", "Id"), tr("领域", "Domain"), tr("事项", "Item"), tr("公开时限", "Time limit"),
                                       tr("状态", "State")])
    say(tr("共 {n} 项", "{n} items", n=len(items)))


def _print_plan(plan: ImportPlan, applied: bool, version: int | None) -> None:
    s = plan.summary()
    say(tr("文件：{f}", "File: {f}", f=Path(plan.source).name))
    say(tr("读取 {rows} 行（无误 {good}，有错误 {bad}），领域：{domains}",
           "Read {rows} rows ({good} good, {bad} with errors), domains: {domains}",
           rows=s["rows"], good=s["good_rows"], bad=s["bad_rows"], domains="、".join(s["domains"]) or "-"))
    say(tr("新增 {a}，修改 {c}，停用 {r}，不变 {u}", "added {a}, changed {c}, retired {r}, unchanged {u}",
           a=s["added"], c=s["changed"], r=s["retired"], u=s["unchanged"]))
    for item in plan.added:
        say(f"  + {item.domain} / {item.name}")
    for change in plan.changed:
        say(f"  ~ {change.after.domain} / {change.after.name}: " + "、".join(field_label(f, language()) for f in change.fields))
    for item in plan.retired:
        say(f"  - {item.domain} / {item.name}")
    if plan.problems:
        say(tr("问题（{n} 条）：", "Problems ({n}):", n=len(plan.problems)))
        for problem in plan.problems:
            say("  " + problem.text())
    if applied:
        say(tr("已导入，生成目录第 {v} 版", "Imported as catalog version {v}", v=version) if version
            else tr("目录没有变化，未生成新版本", "The catalog did not change; no new version"))


def _quoted(arg: str) -> str:
    """An argument as it is typed into a Windows or Linux shell (double quotes work in both)."""
    return f'"{arg}"' if not arg or any(c in arg for c in " \t'&|;()<>") else arg


def retire_missing_command(ctx: Context, args: argparse.Namespace) -> str:
    """The exact command that imports the same file again and retires the items it lacks."""
    words = ["townshipdesk"]
    if ctx.data_dir_option:
        words += ["--data-dir", _quoted(ctx.data_dir_option)]
    words += ["catalog", "import", _quoted(args.file)]
    if args.skip_bad:
        words.append("--skip-bad")
    return " ".join([*words, "--retire-missing"])


def _print_missing(ctx: Context, args: argparse.Namespace, plan: ImportPlan, applied: bool) -> None:
    """The standard items the file lacks: kept (and how to retire them), or how many were retired."""
    if plan.retired:
        say(tr("文件中没有的 {n} 个标准事项{done}停用（事项及其公开记录都保留，可用 catalog restore 恢复）",
               "{n} standard items the file lacks {done} retired (items and their records are kept; catalog restore "
               "brings one back)", n=len(plan.retired),
               done=tr("已", "were") if applied else tr("将被", "would be")))
    elif plan.kept:
        say(tr("文件中没有以下 {n} 个标准事项（其领域在文件中），已保留未停用：",
               "The file lacks these {n} standard items of its domains; they are kept, not retired:", n=len(plan.kept)))
        for item in plan.kept:
            say(f"  = {item.short_id} {item.domain} / {item.name}")
        say(tr("如确已从目录中删去，用下面的命令停用它们：", "If they were indeed dropped from the catalog, retire them with:"))
        say("  " + retire_missing_command(ctx, args))


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.io.excel.catalog_reader import read_catalog_workbook

    catalog = _catalog(ctx)
    read = read_catalog_workbook(Path(args.file))
    plan = catalog.plan_import(str(read.path), read.rows, read.sheet_problems, skip_bad=args.skip_bad,
                               retire_missing=args.retire_missing)
    blocked = not plan.can_apply
    version = None
    applied = False
    if not args.dry_run and not blocked:
        v = catalog.apply_import(plan)
        version = v.number if v else None
        applied = True
    if ctx.json:
        print_json({**plan.summary(), "dry_run": args.dry_run, "applied": applied, "version": version,
                    "blocked": blocked, "kept_items": [{"id": i.short_id, "domain": i.domain, "name": i.name} for i in plan.kept],
                    "retire_command": retire_missing_command(ctx, args) if plan.kept else None})
    else:
        _print_plan(plan, applied, version)
        _print_missing(ctx, args, plan, applied)
    if blocked:
        if not plan.good_rows:
            warn(tr("错误：没有可导入的事项，未导入任何内容", "error: no importable items; nothing was imported"))
        else:
            warn(tr("错误：{n} 条错误，未导入任何内容；修正后重试，或加 --skip-bad 只导入无误的 {g} 行",
                    "error: {n} errors, nothing was imported; fix them, or add --skip-bad to import the {g} good rows",
                    n=len(plan.errors), g=len(plan.good_rows)))
        return 1
    if args.dry_run and not ctx.json:
        say(tr("（试运行，未写入任何内容）", "(dry run: nothing was written)"))
    return 0


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from townshipdesk.io.excel.catalog_writer import export_catalog

    catalog = _catalog(ctx)
    target = Path(args.file)
    if target.is_dir():
        raise CatalogError(msg("“{p}”是文件夹，请给出文件名，如 {p}/标准目录.xlsx", "'{p}' is a folder; give a file name such as {p}/catalog.xlsx",
                               p=str(target)))
    if target.suffix.lower() != ".xlsx":
        raise CatalogError(msg("导出文件名应以 .xlsx 结尾：“{p}”", "The export file name should end in .xlsx: '{p}'", p=str(target)))
    domains = args.domain or []
    known = {d.name for d in catalog.domains()}
    unknown = [d for d in domains if d not in known]
    if unknown:
        raise CatalogError(msg("没有这个领域：{d}", "No such domain: {d}", d="、".join(unknown)))
    items = [i for i in catalog.items() if not domains or i.domain in domains]
    path = export_catalog(items, target, paper=args.paper)
    if ctx.json:
        print_json({"file": str(path), "items": len(items), "domains": len({i.domain for i in items})})
    else:
        say(tr("已导出 {n} 个事项到 {p}", "Exported {n} items to {p}", n=len(items), p=path))
    return 0


def _check_domain(catalog: Catalog, domain: str | None) -> None:
    if domain and catalog.domain(domain) is None:
        raise CatalogError(msg("没有这个领域：{d}（用 catalog domains 查看）", "No such domain: {d} (see catalog domains)", d=domain))


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    catalog = _catalog(ctx)
    _check_domain(catalog, args.domain)
    _print_items(ctx, catalog.items(args.domain, include_retired=args.all))
    return 0


def cmd_search(ctx: Context, args: argparse.Namespace) -> int:
    catalog = _catalog(ctx)
    _check_domain(catalog, args.domain)
    _print_items(ctx, catalog.search(args.text, args.domain, include_retired=args.all))
    return 0


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    item = _catalog(ctx).get(args.id)
    rule = parse_time_limit(item.time_limit)
    if ctx.json:
        print_json({**item.to_json(), "time_limit_rule": rule.to_json() if rule else None})
        return 0
    say(f"{tr('编号', 'Id')}: {item.uuid}")
    for name in COMPARED_FIELDS:
        value = getattr(item, name)
        say(f"{field_label(name, language())}: {'、'.join(value) if isinstance(value, list) else value}")
    say(tr("时限规则：{r}", "Time-limit rule: {r}", r=rule.describe(language()) if rule else tr(
        "无法识别（按原文保存）", "not recognised (kept as text)")))
    say(tr("来源：{s}", "Origin: {s}", s=tr("标准目录", "standard catalog") if item.origin == "standard" else tr("本乡镇新增", "local addition")))
    domain = _catalog(ctx).domain(item.domain)
    if item.source:
        say(tr("出处：{s}", "Source: {s}", s=source_text(item.source)))
    elif domain is not None and domain.placeholder:
        say(tr("出处：占位示例，未找到标准指引原文，不是正式目录", "Source: placeholder, no source for the guideline's wording "
               "was found; not an official catalog"))
    if item.retired_at:
        say(tr("已停用：{at}，原因：{r}", "Retired {at}: {r}", at=china_time(item.retired_at), r=item.retired_reason))
    return 0


def cmd_domains(ctx: Context, args: argparse.Namespace) -> int:
    domains = _catalog(ctx).domains()
    if ctx.json:
        print_json([d.to_json() for d in domains])
        return 0
    status_text = {"guideline": tr("按国家指引原文", "national guideline wording"),
                   "placeholder": tr("占位示例，非正式目录", "placeholder, not an official catalog"),
                   "imported": tr("已导入", "imported"), "local": tr("本地", "local")}

    def status(d: DomainInfo) -> str:
        return status_text.get(d.status, d.status) + (tr("（部分事项）", " (part of the items)") if d.partial else "")

    table([[d.name, str(d.active), status(d)] for d in domains], [20, 6, 30],
          [tr("领域", "Domain"), tr("事项数", "Items"), tr("内容来源", "Where the items come from")])
    return 0


def cmd_update_shipped(ctx: Context, args: argparse.Namespace) -> int:
    catalog = _catalog(ctx)
    result = catalog.update_shipped(catalogs_dir())
    if ctx.json:
        print_json(result.to_json())
        return 0
    if result.up_to_date:
        say(tr("标准目录已是随本软件提供的最新版本，无需更新", "The catalog already has this program's shipped catalog; nothing to do"))
        return 0
    if result.version is None:
        say(tr("随软件提供的标准目录与现有目录一致，未生成新版本", "The shipped catalog matches the current one; no new version"))
    else:
        say(tr("已按随软件提供的新版标准目录生成第 {v} 版：新增 {a}，修改 {c}，停用 {r}（停用的事项及其公开记录都保留）",
               "Took in the new shipped catalog as version {v}: {a} added, {c} changed, {r} retired (retired items and "
               "their records are kept)", v=result.version.number, a=result.added, c=result.changed, r=result.retired))
        say(tr("查看变化：catalog diff {a} {b}", "See what changed: catalog diff {a} {b}", a=result.version.number - 1,
               b=result.version.number))
    if result.skipped:
        say(tr("以下领域已导入县级目录，未改动：{d}", "These domains hold the county's imported catalog and were left alone: {d}",
               d="、".join(result.skipped)))
    for item in result.kept_local:
        say(tr("本乡镇新增事项“{n}”与标准目录同名，保留本乡镇的内容", "Local item '{n}' has a shipped item's name; kept as "
               "the township wrote it", n=f"{item.domain} / {item.name}"))
    return 0


def _done(ctx: Context, item: CatalogItem, zh: str, en: str) -> int:
    if ctx.json:
        print_json(item.to_json())
    else:
        say(tr(zh, en, id=item.short_id, name=item.name))
    return 0


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    fields = _fields_from(args)
    item = CatalogItem(**{"level2": "", **fields}, origin="local")  # type: ignore[arg-type]
    added = _catalog(ctx).add_item(item, note=args.note)
    return _done(ctx, added, "已新增事项 {id}：{name}", "Added item {id}: {name}")


def cmd_edit(ctx: Context, args: argparse.Namespace) -> int:
    fields = _fields_from(args)
    if not fields:
        raise CatalogError(msg("没有给出要修改的要素", "No element to change was given"))
    item = _catalog(ctx).update_item(args.id, fields, note=args.note)
    return _done(ctx, item, "已修改事项 {id}：{name}", "Edited item {id}: {name}")


def cmd_retire(ctx: Context, args: argparse.Namespace) -> int:
    item = _catalog(ctx).retire_item(args.id, args.reason)
    return _done(ctx, item, "已停用事项 {id}：{name}", "Retired item {id}: {name}")


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    item = _catalog(ctx).restore_item(args.id)
    return _done(ctx, item, "已恢复事项 {id}：{name}", "Restored item {id}: {name}")


def cmd_versions(ctx: Context, args: argparse.Namespace) -> int:
    versions = _catalog(ctx).versions()
    if ctx.json:
        print_json([v.to_json() for v in versions])
        return 0
    kinds = {"shipped": tr("随软件提供", "shipped"), "import": tr("导入", "import"), "edit": tr("编辑", "edit")}
    rows = [[str(v.number), china_time(v.created_at), kinds[v.kind], v.source or v.note,
             f"+{v.added} ~{v.changed} -{v.retired}", str(v.total)] for v in versions]
    table(rows, [4, 19, 10, 28, 14, 6], [tr("版本", "Ver"), tr("时间（北京时间）", "Time (China)"), tr("类型", "Kind"),
                                          tr("来源", "Source"), tr("变化", "Changes"), tr("事项数", "Items")])
    return 0


def cmd_diff(ctx: Context, args: argparse.Namespace) -> int:
    diff = _catalog(ctx).diff(args.a, args.b)
    if ctx.json:
        print_json(diff.to_json())
        return 0
    say(tr("第 {a} 版 → 第 {b} 版：新增 {n}，删除 {r}，修改 {c}", "Version {a} → {b}: {n} added, {r} removed, {c} changed",
           a=diff.a, b=diff.b, n=len(diff.added), r=len(diff.removed), c=len(diff.changed)))
    # Grouped by domain, in catalog order: a shipped-catalog update touches every domain at once.
    touched = sorted([*diff.added, *diff.removed, *(c.after for c in diff.changed)], key=item_order)
    domains = list(dict.fromkeys(i.domain for i in touched))

    def fmt(value: object) -> str:
        return "、".join(value) if isinstance(value, list) else str(value)

    for domain in domains:
        added = [i for i in diff.added if i.domain == domain]
        removed = [i for i in diff.removed if i.domain == domain]
        changed = [c for c in diff.changed if c.after.domain == domain]
        if len(domains) > 1:
            say(tr("【{d}】新增 {n}，删除 {r}，修改 {c}", "[{d}] {n} added, {r} removed, {c} changed",
                   d=domain, n=len(added), r=len(removed), c=len(changed)))
        for item in added:
            say(f"+ {item.domain} / {item.name}")
        for item in removed:
            say(f"- {item.domain} / {item.name}")
        for change in changed:
            say(f"~ {change.after.domain} / {change.after.name}")
            for name in change.fields:
                before, after = fmt(getattr(change.before, name)), fmt(getattr(change.after, name))
                say(f"    {field_label(name, language())}: {before} → {after}")
    return 0
