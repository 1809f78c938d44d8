"""Read a notice sheet's content from JSON or from an Excel sheet (as villages keep their lists).

JSON (documented in README, example in docs/notice-namelist.json):
  {"kind": "namelist", "title": "…", "village": "大河村", "board": "大河村村务公开栏", "issuer": "大河村村民委员会",
   "date": "2026-11-02", "notice_days": 7, "notice_working_days": false, "phone": "0871-1234567",
   "objection": "…", "reviewers": ["…"], "paragraphs": ["…"],
   "columns": ["序号", "姓名", …], "rows": [[…], …] or [{"姓名": …}, …],              (namelist)
   "opening_balance": "…", "income": [{"item": "…", "amount": "…"}], "expense": […], "closing_balance": "…"}  (finance)
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from townshipdesk.core.dates import parse_date
from townshipdesk.core.json_file import read_json_file
from townshipdesk.core.notices import (
    KINDS,
    NAME_HEADER,
    Notice,
    build_finance,
    build_namelist,
    default_board,
    default_issuer,
    money,
    notice_period,
    parse_amount,
)
from townshipdesk.core.privacy import mask_free_text
from townshipdesk.core.text import LONG_TEXT_LIMIT, check_length, clean, one_line
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.errors import CatalogImportError, DeadlineError, NoticeError
from townshipdesk.i18n import Msg, msg
from townshipdesk.io.excel.workbook_grid import Grid

TOTAL_ROW = re.compile(r"^(合计|总计|小计|共计)")
DATE_LABEL = re.compile(r"^(?:公示|张贴|发布|落款)?日期\s*[:：]?\s*(.*)$")
VILLAGE = re.compile(r"^(.{1,12}?(?:村|社区))")


def title_village(title: str) -> str:
    """The village a title starts with (“大河村2026年低保名单” → 大河村), or ""."""
    found = VILLAGE.match(title)
    return found.group(1) if found else ""


def _str(data: dict[str, Any], key: str, default: str = "") -> str:
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str | int | float):
        raise NoticeError(msg("字段 {k} 应为文字", "Field {k} must be text", k=key))
    return clean(value)


def _date(value: Any) -> dt.date:
    """A date as a clerk or a spreadsheet writes it (2026年11月2日, 2026/11/2, 20261102, a serial such as 46328)."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise DeadlineError(msg("日期应为文字，如 2026-11-02", "A date must be text such as 2026-11-02"))
    return parse_date(value)


def _date_in_row(cells: list[str]) -> str | None:
    """The date a row states by itself (日期：2026年11月2日, or 公示日期 | 2026/11/2); None for any other row."""
    filled = [c for c in cells if c]
    if not filled or len(filled) > 2:
        return None
    found = DATE_LABEL.match(one_line(filled[0]))
    if not found:
        return None
    return found.group(1) or (filled[1] if len(filled) == 2 else None)


def _sheet_date(grid: Grid, index: int, text: str) -> str:
    """The date on row `index` of a sheet as YYYY-MM-DD; a NoticeError naming the sheet and row otherwise."""
    try:
        return parse_date(text).isoformat()
    except DeadlineError as exc:
        raise NoticeError(msg("工作表“{s}”第{r}行：{e}", "Sheet '{s}' row {r}: {e}", s=grid.name, r=index + 1,
                              e=exc.message)) from None


def notice_from_data(data: Any, kind: str | None, calendar: WorkCalendar, *, today: dt.date | None = None,
                     posting_day_counts: bool = False) -> Notice:
    """Validate a JSON-shaped dict and build the Notice (masked, totalled, arithmetic checked). The notice period
    counts from the day after `date` unless the office counts the posting day (`posting_day_counts`)."""
    if not isinstance(data, dict):
        raise NoticeError(msg("输入应为一个 JSON 对象（{{…}}）", "The input must be a JSON object ({{…}})"))
    kind = kind or data.get("kind")
    if kind not in KINDS:
        raise NoticeError(msg("公示单类型应为 general、namelist 或 finance", "The kind must be general, namelist or finance"))
    if data.get("kind") and data["kind"] != kind:
        raise NoticeError(msg("文件中的类型“{a}”与 --kind {b} 不一致", "The file says kind '{a}' but --kind is {b}",
                              a=data["kind"], b=kind))
    title = _str(data, "title")
    if not title:
        raise NoticeError(msg("缺少标题（title）", "The title is missing"))
    village = _str(data, "village") or title_village(title)
    issuer = _str(data, "issuer") or (default_issuer(village) if village else "")
    if not issuer:
        raise NoticeError(msg("缺少落款单位（issuer），标题中也看不出是哪个村", "The issuing body (issuer) is missing"))
    try:
        date = _date(data["date"]) if data.get("date") else (today or dt.date.today())
    except DeadlineError as exc:
        raise NoticeError(msg("日期（date）：{e}", "The date: {e}", e=exc.message)) from None
    days = data.get("notice_days", 7)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 365:
        raise NoticeError(msg("公示天数（notice_days）应为 0–365 的整数", "notice_days must be a whole number 0–365"))
    reviewers = data.get("reviewers", [])
    if not isinstance(reviewers, list) or not all(isinstance(r, str) for r in reviewers):
        raise NoticeError(msg("审核人（reviewers）应为姓名列表", "reviewers must be a list of names"))
    paragraphs = data.get("paragraphs", [])
    if isinstance(paragraphs, str):
        paragraphs = [p for p in paragraphs.split("\n") if p.strip()]
    if not isinstance(paragraphs, list) or not all(isinstance(p, str) for p in paragraphs):
        raise NoticeError(msg("正文（paragraphs）应为段落列表", "paragraphs must be a list of text"))
    notice = Notice(
        kind=kind, board="" if data.get("letter") else _str(data, "board") or (default_board(village) if village else "村务公开栏"),
        title=title, issuer=issuer, date=date,
        period=notice_period(date, days, bool(data.get("notice_working_days")), calendar,
                             posting_day_counts=posting_day_counts) if days else None,
        phone=_str(data, "phone"), objection=_str(data, "objection") or Notice.objection, letter=bool(data.get("letter")),
        reviewers=[clean(r) for r in reviewers if clean(r)], paragraphs=[clean(p) for p in paragraphs if clean(p)],
    )
    for value, label in ((notice.title, Msg("标题", "title")), (notice.board, Msg("公开栏名称", "board heading")),
                         (notice.issuer, Msg("落款单位", "issuing body")), (notice.phone, Msg("监督电话", "supervision telephone")),
                         (village, Msg("村名", "village"))):
        check_length(value, label, NoticeError)
    for paragraph in notice.paragraphs:
        check_length(paragraph, Msg("正文段落", "paragraph"), NoticeError, LONG_TEXT_LIMIT)
    if not notice.letter:  # a sheet on a public board: ID and mobile numbers in the text are masked as in lists
        notice.paragraphs = [mask_free_text(p) for p in notice.paragraphs]
    if kind == "general":
        if not notice.paragraphs:
            raise NoticeError(msg("公告正文（paragraphs）不能为空", "An announcement needs its paragraphs"))
        return notice
    if kind == "namelist":
        columns, rows = data.get("columns"), data.get("rows")
        if not isinstance(rows, list):
            raise NoticeError(msg("名单需要 rows（数据行列表）", "A name list needs rows"))
        if rows and all(isinstance(r, dict) for r in rows):
            columns = columns or list(dict.fromkeys(k for r in rows for k in r))
            rows = [[r.get(c, "") for c in columns] for r in rows]
        if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
            raise NoticeError(msg("名单需要 columns（表头列表）", "A name list needs columns (a list of headers)"))
        if not all(isinstance(r, list) for r in rows):
            raise NoticeError(msg("rows 的每一行应为列表或对象", "Each row must be a list or an object"))
        return build_namelist(notice, columns, rows)
    items = {}
    for key in ("income", "expense"):
        entries = data.get(key, [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) and "item" in e and "amount" in e for e in entries):
            raise NoticeError(msg("{k} 应为 [{{\"item\": …, \"amount\": …}}] 列表", "{k} must be a list of {{item, amount}}", k=key))
        items[key] = [(e["item"], e["amount"]) for e in entries]
    for key in ("opening_balance", "closing_balance"):
        if key not in data:
            raise NoticeError(msg("财务公开表缺少 {k}", "The finance statement lacks {k}", k=key))
    return build_finance(notice, data["opening_balance"], items["income"], items["expense"], data["closing_balance"])


def load_json(path: Path) -> Any:
    return read_json_file(path, NoticeError)


def workbook_sheets(path: Path) -> list[Grid]:
    """The non-empty sheets of a workbook (one per village in a batch)."""
    from townshipdesk.io.excel.workbook_grid import read_grids

    try:
        grids = [g for g in read_grids(path) if not g.empty]
    except CatalogImportError as exc:  # same file checks as for catalogs, reported as a notice problem
        raise NoticeError(exc.message) from None
    if not grids:
        raise NoticeError(msg("工作簿“{n}”中没有数据", "The workbook '{n}' has no data", n=Path(path).name))
    return grids


def data_from_workbook(path: Path, kind: str) -> dict[str, Any]:
    """The first sheet of a workbook as notice data."""
    return data_from_sheet(workbook_sheets(path)[0], kind)


def data_from_sheet(grid: Grid, kind: str) -> dict[str, Any]:
    """One sheet as notice data: a title row, a header row, rows until 合计."""
    grids = [grid]
    rows = grid.rows
    if kind == "namelist":
        header_at = next((i for i, row in enumerate(rows[:15])
                          if any(NAME_HEADER.search(one_line(c)) for c in row if c) and sum(1 for c in row if c) >= 2), None)
        if header_at is None:
            raise NoticeError(msg("工作表“{s}”中找不到姓名列（表头应含“姓名”“户主”等）",
                                  "No name column in sheet '{s}' (a header such as 姓名)", s=grids[0].name))
        header = rows[header_at]
        width = max(i for i, c in enumerate(header) if c) + 1
        title = next((c for row in rows[:header_at] for c in row if c and _date_in_row(row) is None), grids[0].name)
        body = []
        for row in rows[header_at + 1:]:
            cells = row[:width]
            if not any(cells) or TOTAL_ROW.match(one_line(next((c for c in cells if c), ""))) \
                    or _date_in_row(row) is not None:
                continue  # blank rows, totals we compute ourselves, the date line (read below)
            body.append(cells)
        return {"kind": kind, "title": title, "columns": [one_line(c) for c in header[:width]], "rows": body,
                **_dates(grid)}
    if kind == "general":
        texts = [c for row in rows if _date_in_row(row) is None for c in row[:1] if c]
        return {"kind": kind, "title": texts[0] if texts else "", "paragraphs": texts[1:], **_dates(grid)}
    # finance: rows of (类别, 项目, 金额) with 类别 上期结余 / 收入 / 支出 / 本期结余
    data: dict[str, Any] = {"kind": kind, "title": next((c for row in rows[:3] for c in row if c), ""),
                            "income": [], "expense": [], **_dates(grid)}
    typed_totals: list[tuple[str, int, str]] = []  # (income/expense, row index, amount) of 收入合计-style rows
    for index, row in enumerate(rows):
        cells = [c for c in row if c]
        if len(cells) < 2:
            continue
        label = one_line(cells[0])
        side = "income" if label.startswith("收入") else "expense" if label.startswith("支出") else None
        if label.startswith("上期结余"):
            data["opening_balance"] = cells[-1]
        elif label.startswith("本期结余"):
            data["closing_balance"] = cells[-1]
        elif side and (TOTAL_ROW.match(label[2:]) or (len(cells) >= 3 and TOTAL_ROW.match(one_line(cells[1])))):
            typed_totals.append((side, index, cells[-1]))  # a total typed by hand, not one more item
        elif side and len(cells) >= 3:
            data[side].append({"item": cells[1], "amount": cells[-1]})
    for side, index, amount in typed_totals:
        _check_typed_total(grid, index, side, amount, data[side])
    return data


def _check_typed_total(grid: Grid, index: int, side: str, typed: str, entries: list[dict[str, str]]) -> None:
    """A 收入合计/支出合计 row must equal the items above it; the sheet prints the sum it computes itself."""
    label = msg("收入合计", "total income") if side == "income" else msg("支出合计", "total expense")
    where = msg("工作表“{s}”第{r}行", "sheet '{s}' row {r}", s=grid.name, r=index + 1)
    given = parse_amount(typed, msg("{w}的{l}", "{l} in {w}", w=where, l=label))
    try:
        parts = sum((parse_amount(e["amount"], label) for e in entries), Decimal(0))
    except NoticeError:
        return  # an item that is not an amount is reported with its own name when the sheet is built
    if given != parts:
        raise NoticeError(msg("{w}：{l}填写为 {g}，但各项之和为 {p}，请核对（公示单上的合计由程序计算）",
                              "{w}: {l} is given as {g} but the items add up to {p}; please check (the sheet computes "
                              "its totals)", w=where, l=label, g=money(given), p=money(parts)))


def _dates(grid: Grid) -> dict[str, str]:
    """{"date": YYYY-MM-DD} from the sheet's date line (the last one, where the 落款 date sits), or nothing."""
    found = [(i, text) for i, row in enumerate(grid.rows) if (text := _date_in_row(row)) is not None]
    return {"date": _sheet_date(grid, *found[-1])} if found else {}


def read_notice_data(path: Path, kind: str | None) -> Any:
    """The content of a .json or .xlsx/.xls input, as the JSON form (not yet checked)."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xls", ".xlsm"):
        if not kind:
            raise NoticeError(msg("从 Excel 生成时请用 --kind 指明类型", "Give --kind when the input is an Excel file"))
        return data_from_workbook(path, kind)
    return load_json(path)


def load_notice(path: Path, kind: str | None, calendar: WorkCalendar, overrides: dict[str, Any] | None = None,
                *, today: dt.date | None = None, posting_day_counts: bool = False) -> Notice:
    """A Notice from a .json or .xlsx/.xls file; `overrides` (from the command line) win over the file."""
    data = read_notice_data(path, kind)
    if isinstance(data, dict) and overrides:
        data = {**data, **{k: v for k, v in overrides.items() if v is not None}}
    return notice_from_data(data, kind, calendar, today=today, posting_day_counts=posting_day_counts)
