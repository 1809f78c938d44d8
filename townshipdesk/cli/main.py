"""`townshipdesk [--data-dir DIR] [--lang zh|en] [--json] COMMAND …`: a thin layer over core and io."""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import NoReturn

from townshipdesk import __version__
from townshipdesk.cli import argparse_zh
from townshipdesk.cli.output import warn
from townshipdesk.errors import UserError
from townshipdesk.i18n import LANGUAGES, Msg, set_language, tr

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


# Each command's module and how it registers, imported only for the command being run: the command modules
# import core, io and sync, which `--version`, `--help` and every other command need not load (start-up time).
# The help line of each command is kept here too, so the top-level `--help` lists them all without importing
# any. tests/cli/test_cli_start.py checks this table against what the modules register.
COMMANDS: dict[str, tuple[str, str, Msg]] = {
    "init": ("setup_cmds", "register", Msg("首次设置本单位（角色、区划代码、名称）", "set up this office (role, division code, name)")),
    "status": ("setup_cmds", "register", Msg("显示本单位信息和数据位置", "show this office and where its data lives")),
    "settings": ("setup_cmds", "register", Msg("查看或修改本单位设置", "show or change this office's settings")),
    "catalog": ("catalog_cmds", "register", Msg("标准目录", "the standard catalog")),
    "deadline": ("calendar_cmds", "register", Msg("按公开时限计算截止日", "compute the due date of a 时限 text")),
    "calendar": ("calendar_cmds", "register", Msg("工作日日历（节假日与调休）", "working-day calendar")),
    "record": ("record_cmds", "register", Msg("公开记录", "disclosure records")),
    "notice": ("notice_cmds", "register", Msg("村务公开栏公示单（PDF）", "notice-board sheets (PDF)")),
    "village": ("village_cmds", "register", Msg("村与村务公开", "villages and village affairs")),
    "keys": ("sync_cmds", "register", Msg("密钥与信任", "keys and trust")),
    "bundle": ("sync_cmds", "register", Msg("同步包（U盘或电子邮件）", "sync bundles (USB stick or e-mail)")),
    "receipt": ("sync_cmds", "register", Msg("回执", "receipts")),
    "aggregate": ("sync_cmds", "register_county", Msg("县级：汇总各乡镇情况为 Excel", "county: summary workbook of all townships")),
    "overview": ("sync_cmds", "register_county", Msg("县级：各乡镇报送与公开情况", "county: townships at a glance")),
    "request": ("request_cmds", "register", Msg("依申请公开登记与期限", "disclosure requests and their deadlines")),
    "concern": ("concern_cmds", "register", Msg("回应关切（政务舆情）登记与回应时限", "public concerns and their response hours")),
    "report": ("request_cmds", "register", Msg("政府信息公开工作年度报告", "the annual report")),
    "review-undisclosed": ("undisclosed_cmds", "register", Msg("不公开、依申请公开记录的年度复核",
                                                           "yearly re-assessment of records not disclosed")),
    "decision": ("decision_cmds", "register", Msg("公众参与：重大行政决策事项目录与征求意见",
                                                  "public participation: major decisions and consultations")),
    "backup": ("backup_cmds", "register", Msg("数据库备份与恢复", "database backups")),
}


# What works in a data folder this user cannot write (a write-protected USB stick, a folder shared read-only):
# the commands that only look. Every other command is refused before it starts, naming the folder and the way out;
# a write that slips through anyway (`settings` with an option) is refused by the read-only database itself.
READ_ONLY_COMMANDS = frozenset({
    "status", "settings", "deadline", "overview", "aggregate",
    "catalog list", "catalog search", "catalog show", "catalog domains", "catalog versions", "catalog diff", "catalog export",
    "calendar show", "calendar years",
    "record list", "record show", "record missing", "record export",
    "village list", "village items", "village postings", "village due",
    "notice render", "notice batch",
    "keys show", "keys export", "bundle verify", "bundle history",
    "request show", "request list", "request letter",
    "report annual", "report keys",
    "backup list",
})


def command_name(args: argparse.Namespace) -> str:
    """`record list`: the command and, for commands with actions, the action."""
    action = getattr(args, f"{args.command}_command", None)
    return f"{args.command} {action}" if action else args.command


def _register(commands: argparse._SubParsersAction, command: str) -> None:
    """Import the module of `command` and let it register its commands."""
    module_name, function, _ = COMMANDS[command]
    getattr(importlib.import_module(f"townshipdesk.cli.{module_name}"), function)(commands, add_json_flag)


def build_parser(full: Iterable[str] = ()) -> Parser:
    """The parser with every option of the commands in `full` and a help line for each other command."""
    parser = Parser(
        prog="townshipdesk",
        description=tr("TownshipDesk 乡镇政务公开助手（不带命令时打开图形界面）",
                       "TownshipDesk township disclosure desk (opens the GUI when run without a command)"),
    )
    parser.add_argument("--version", action="version", version=f"TownshipDesk {__version__}",
                        help=tr("显示程序版本并退出", "show the program's version and exit"))
    parser.add_argument("--data-dir", metavar="DIR", help=tr("数据文件夹（默认：用户数据目录，或环境变量 TOWNSHIPDESK_DATA）",
                                                             "data folder (default: user data dir, or $TOWNSHIPDESK_DATA)"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=tr("界面语言", "language of messages"))
    parser.add_argument("--json", action="store_true", default=False, help=tr("输出 JSON", "print JSON"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.required = True
    # A module that registers several commands (sync_cmds: keys, bundle, receipt) registers them all at once.
    loading = {COMMANDS[name][:2] for name in full if name in COMMANDS}
    loaded: set[tuple[str, str]] = set()
    for name, (module_name, function, help_text) in COMMANDS.items():
        if (module_name, function) in loading:
            if (module_name, function) not in loaded:
                _register(commands, name)
                loaded.add((module_name, function))
        else:  # a help line only; running it builds the parser again with this command in full
            commands.add_parser(name, help=help_text.text(), add_help=False)
    return parser


def _command_from(argv: list[str]) -> str | None:
    """The command word: the first argument that is neither a global option nor its value."""
    takes_value = {"--data-dir", "--lang"}
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in takes_value:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


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
    argparse_zh.install()
    command = _command_from(argv)
    parser = build_parser([command] if command else [])
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors end here
        return int(exc.code or 0)
    from townshipdesk.cli.context import Context

    ctx = Context(args.data_dir, json=args.json)
    try:
        if command_name(args) not in READ_ONLY_COMMANDS and ctx.read_only:
            from townshipdesk.core.datadir import database_path
            from townshipdesk.core.db_errors import read_only

            raise read_only(ctx.data_dir, missing=not database_path(ctx.data_dir).exists())
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
        from townshipdesk.core.db_errors import explain_os_error, read_only

        if exc.filename and ctx.read_only and Path(exc.filename).is_relative_to(ctx.data_dir):  # keys made on first use
            warn(tr("错误：{e}", "error: {e}", e=read_only(ctx.data_dir)))
            return EXIT_FAILED
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
