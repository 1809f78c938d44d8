"""`backup create|list|restore`: copies of the database kept beside it, and putting one back."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from townshipdesk.cli.context import Context
from townshipdesk.cli.output import print_json, say, table
from townshipdesk.core.backup import create_backup, list_backups, restore_backup
from townshipdesk.core.datadir import database_path
from townshipdesk.i18n import tr

JsonFlag = Callable[[argparse.ArgumentParser], None]


def register(commands: argparse._SubParsersAction, add_json: JsonFlag) -> None:
    backup = commands.add_parser("backup", help=tr("数据库备份与恢复", "database backups"))
    sub = backup.add_subparsers(dest="backup_command", metavar="ACTION", parser_class=type(backup))
    sub.required = True
    p = sub.add_parser("create", help=tr("立即备份", "back up now"))
    add_json(p)
    p.set_defaults(func=cmd_create)
    p = sub.add_parser("list", help=tr("已有备份", "list backups"))
    add_json(p)
    p.set_defaults(func=cmd_list)
    p = sub.add_parser("restore", help=tr("从备份恢复（先检查备份，并保留当前数据库的副本）", "restore a backup"))
    p.add_argument("file", help=tr("备份文件（backup list 中的“文件”）", "the backup file (see backup list)"))
    add_json(p)
    p.set_defaults(func=cmd_restore)


def cmd_create(ctx: Context, args: argparse.Namespace) -> int:
    path = create_backup(ctx.db, "manual")
    if ctx.json:
        print_json({"file": str(path)})
    else:
        say(tr("已备份到 {p}", "Backed up to {p}", p=path))
    return 0


def _created_text(stamp: str) -> str:
    """`20261202-162455` (the file name's stamp) as `2026-12-02 16:24:55`."""
    if len(stamp) == 15 and stamp[8] == "-":
        return f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]}:{stamp[13:15]}"
    return stamp


def _reason_text(reason: str) -> str:
    fixed = {"daily": tr("每日自动", "daily"), "manual": tr("手动", "by hand"), "before-import": tr("导入同步包前", "before an import"),
             "before-restore": tr("恢复前", "before a restore")}
    if reason in fixed:
        return fixed[reason]
    if reason.startswith("before-migration-"):
        return tr("升级数据库前（{v}）", "before a database upgrade ({v})", v=reason.removeprefix("before-migration-"))
    return reason


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    backups = list_backups(database_path(ctx.data_dir))
    if ctx.json:
        print_json([b.to_json() for b in backups])
    elif not backups:
        say(tr("还没有备份", "No backups yet"))
    else:
        table([[_created_text(b.created), _reason_text(b.reason), f"{b.size // 1024} KB", str(b.path)] for b in backups],
              [19, 24, 8, 60],
              [tr("时间", "Time"), tr("原因", "Reason"), tr("大小", "Size"), tr("文件", "File")])
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    target = database_path(ctx.data_dir)
    ctx.close()  # the file is replaced: no connection may stay open on it
    safety = restore_backup(target, Path(args.file))
    if ctx.json:
        print_json({"restored": args.file, "previous_saved_as": str(safety) if safety else None})
    else:
        say(tr("已从 {p} 恢复", "Restored from {p}", p=args.file))
        if safety:
            say(tr("恢复前的数据库已另存为 {s}", "The database as it was is kept as {s}", s=safety))
    return 0
