"""Help lines that many commands share (an id, a file, `--today` …), worded once so they read the same everywhere.
Every option and argument of every command has a help line (tests/cli/test_cli_help.py walks the whole parser)."""

from __future__ import annotations

from townshipdesk.i18n import tr


def today_help() -> str:
    return tr("把这一天当作今天来计算（默认：今天；用于补录或核对）", "count as if this day were today (default: today)")


def date_help(what_zh: str, what_en: str) -> str:
    return tr("{w}（如 2026-11-30、2026年11月30日）", "{w} (e.g. 2026-11-30)", w=tr(what_zh, what_en))


def record_id_help() -> str:
    return tr("记录编号（如 2026-0012）或标识", "record number (e.g. 2026-0012) or id")


def request_id_help() -> str:
    return tr("申请编号（如 依申2026-003）或标识", "request number (e.g. 依申2026-003) or id")


def posting_id_help() -> str:
    return tr("张贴记录编号（如 村务2026-0001）或标识", "posting number (e.g. 村务2026-0001) or id")


def item_id_help() -> str:
    return tr("事项编号（catalog list/search 显示的前 8 位）", "item id (the first 8 characters shown by catalog list/search)")


def village_help() -> str:
    return tr("村：区划代码或村名", "village: division code or name")


def domain_help() -> str:
    return tr("领域名称，如“社会救助”", "domain name, e.g. 社会救助")


def paper_help() -> str:
    return tr("纸张大小（默认 A4）", "paper size (default A4)")


def year_help() -> str:
    return tr("年份，如 2026", "year, e.g. 2026")
