"""`townshipdesk [--data-dir DIR] [--lang zh|en] [--json] COMMAND …`: a thin layer over core and io."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from typing import NoReturn

from townshipdesk import __version__
from townshipdesk.cli import (
    backup_cmds,
    calendar_cmds,
    catalog_cmds,
    notice_cmds,
    record_cmds,
    request_cmds,
    setup_cmds,
    sync_cmds,
    village_cmds,
)
from townshipdesk.cli.context import Context
from townshipdesk.cli.output import warn
from townshipdesk.errors import UserError
from townshipdesk.i18n import LANGUAGES, set_language, tr

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse with its usage errors in the user's language, on one line, exit code 2."""

    def error(self, message: str) -> NoReturn:
        warn(self.format_usage().rstrip())
        warn(tr("参数错误：{m}（用 --help 查看用法）", "usage error: {m} (see --help)", m=message))
        raise SystemExit(EXIT_USAGE)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --json given before the command from being reset by the subcommand's default.
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help=tr("输出 JSON（供脚本使用）", "print JSON for scripts"))


def build_parser() -> Parser:
    parser = Parser(
        prog="townshipdesk",
        description=tr("TownshipDesk 乡镇政务公开助手（不带命令时打开图形界面）",
                       "TownshipDesk township disclosure desk (opens the GUI when run without a command)"),
    )
    parser.add_argument("--version", action="version", version=f"TownshipDesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=tr("数据文件夹（默认：用户数据目录，或环境变量 TOWNSHIPDESK_DATA）",
                                                             "data folder (default: user data dir, or $TOWNSHIPDESK_DATA)"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=tr("界面语言", "language of messages"))
    parser.add_argument("--json", action="store_true", default=False, help=tr("输出 JSON", "print JSON"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.required = True
    setup_cmds.register(commands, add_json_flag)
    catalog_cmds.register(commands, add_json_flag)
    calendar_cmds.register(commands, add_json_flag)
    record_cmds.register(commands, add_json_flag)
    notice_cmds.register(commands, add_json_flag)
    village_cmds.register(commands, add_json_flag)
    sync_cmds.register(commands, add_json_flag)
    sync_cmds.register_county(commands, add_json_flag)
    request_cmds.register(commands, add_json_flag)
    backup_cmds.register(commands, add_json_flag)
    return parser


def _language_from(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get("TOWNSHIPDESK_LANG", "zh")


def run(argv: list[str]) -> int:
    if sys.platform == "win32":  # a GBK console cannot show every rare character: escape it, never crash
        for stream in (sys.stdout, sys.stderr):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure:
                reconfigure(errors="backslashreplace")
    lang = _language_from(argv)
    set_language(lang if lang in LANGUAGES else "zh")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors end here
        return int(exc.code or 0)
    ctx = Context(args.data_dir, json=args.json)
    try:
        return int(args.func(ctx, args) or EXIT_OK)
    except UserError as exc:
        warn(tr("错误：{e}", "error: {e}", e=exc))
        return EXIT_FAILED
    except sqlite3.Error as exc:  # full disk, locked, read-only, a constraint … and only after a failed check: damage
        from townshipdesk.core.datadir import database_path
        from townshipdesk.core.db_errors import explain_sqlite_error

        warn(tr("错误：{e}", "error: {e}", e=explain_sqlite_error(exc, database_path(ctx.data_dir))))
        return EXIT_FAILED
    except OSError as exc:  # files the user named: unreadable, unwritable, a folder, a full disk
        if isinstance(exc, BrokenPipeError):  # output piped into `head`: stop quietly
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep the interpreter from complaining at exit
            return EXIT_OK
        from townshipdesk.core.db_errors import explain_os_error

        known = explain_os_error(exc)
        warn(tr("错误：{e}", "error: {e}", e=known) if known else
             tr("错误：无法读写文件“{f}”：{e}", "error: cannot read or write '{f}': {e}", f=exc.filename or "",
                e=exc.strerror or exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        warn(tr("已取消", "cancelled"))
        return 130
    finally:
        ctx.close()


def main() -> None:
    sys.exit(run(sys.argv[1:]))
