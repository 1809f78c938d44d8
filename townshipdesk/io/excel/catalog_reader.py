"""Read catalog workbooks in the national layout (and its county variants) into catalog rows.

Headers are found by their text, not their position: a title row, one or two header rows (公开事项 over
一级/二级事项, 公开对象 over 全社会/特定群体 …), data rows with 一级事项 merged down, √ marks, ■/□ tick
lists, "同上", and notes rows at the bottom. Nothing here touches the database.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from townshipdesk.core.catalog import PILOT_DOMAINS, CatalogItem, Problem, SourceRow, field_label
from townshipdesk.core.text import one_line
from townshipdesk.core.timelimits import is_same_as_above
from townshipdesk.errors import CatalogImportError
from townshipdesk.i18n import msg
from townshipdesk.io.excel.workbook_grid import Grid, read_grids

# Main header cells → field. Matched against the cell text with spaces and line breaks removed.
MAIN_HEADERS: list[tuple[str, re.Pattern[str]]] = [
    ("seq", re.compile(r"^(序号|编号)$")),
    ("domain", re.compile(r"^(所属)?(领域|试点领域)(名称)?$")),
    ("item", re.compile(r"^(公开)?事项(名称)?$")),
    ("level1", re.compile(r"^(一级事项|一级|事项类别|公开事项类别|一级目录)$")),
    ("level2", re.compile(r"^(二级事项|二级|具体事项|子事项|二级目录)$")),
    ("content", re.compile(r"^(公开|主要)?(内容|要素)")),
    ("basis", re.compile(r"^(公开|政策|法律)?依据")),
    ("time_limit", re.compile(r"^(公开)?(时限|期限|时间)(要求)?(\(|（|$)")),
    ("body", re.compile(r"^(公开)?(责任)?(主体|单位|部门)(\(|（|$)")),
    ("channels", re.compile(r"^(公开)?(渠道|载体|途径)")),
    ("audience", re.compile(r"^(公开)?对象")),
    ("mode", re.compile(r"^(公开)?方式(\(|（|$)")),
    ("tiers", re.compile(r"^(公开)?层级")),
    ("note", re.compile(r"^备注$")),
]
# Sub-header cells under 公开对象 / 公开方式 / 公开层级 → (field, values a tick there stands for).
SUB_HEADERS: list[tuple[re.Pattern[str], str, tuple[str, ...]]] = [
    (re.compile(r"^全社会$"), "audience", ("全社会",)),
    (re.compile(r"^特定(群体|群众|对象|人群)$"), "audience", ("特定群体",)),
    (re.compile(r"^主动(公开)?$"), "mode", ("主动",)),
    (re.compile(r"^依申请(公开)?$"), "mode", ("依申请",)),
    (re.compile(r"^县(级|区级|级政府)?$"), "tiers", ("县级",)),
    (re.compile(r"^(乡|镇|乡镇|乡镇\(街道\)|乡镇（街道）|街道)级?$"), "tiers", ("乡级",)),
    (re.compile(r"^(乡、?村|乡镇、?村|镇、?村)级?$"), "tiers", ("乡级", "村级")),
    (re.compile(r"^(村|村\(居\)|村（居）|社区)级?$"), "tiers", ("村级",)),
]
LEVEL_SUBS = {"level1": MAIN_HEADERS[3][1], "level2": MAIN_HEADERS[4][1]}
REQUIRED = ("content", "time_limit")  # without these a header row is not a catalog header

TICKS = set("√✓✔●■☑✅▇◆")
TICK_WORDS = {"是", "有", "Y", "y", "YES", "yes", "1", "对"}
BLANK_WORDS = {"", "否", "无", "×", "✗", "✘", "-", "—", "/", "N", "n", "0", "□", "☐", "○"}
CHANNEL_MARK = re.compile(r"([■□☑☐√✓✔●▇◆○])\s*([^■□☑☐√✓✔●▇◆○\n]+)")
UNTICKED_MARKS = "□☐○"  # in a tick list (■全社会 □特定群体) the options not chosen
CHANNEL_SPLIT = re.compile(r"[、，,;；\n]+|\s{2,}")
NOTE_ROW = re.compile(r"^(注|说明|备注|附注|填表说明)\s*[:：、0-9１-９一二三]")
DEFAULT_SHEET = re.compile(r"^(sheet|工作表|表)\s*\d*$", re.IGNORECASE)
TITLE_DOMAIN = re.compile(r"([^\s]{2,20}?)领域")


@dataclass
class ColumnMap:
    """Which column holds which field; tick columns know the values they stand for."""

    header_row: int  # 0-based index of the first header row
    data_start: int  # 0-based index of the first data row
    text: dict[str, int] = field(default_factory=dict)
    ticks: list[tuple[int, str, tuple[str, ...]]] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.text or any(f == name for _, f, _ in self.ticks)


@dataclass
class WorkbookRead:
    """The rows of every sheet, plus problems with whole sheets."""

    path: Path
    rows: list[SourceRow]
    sheet_problems: list[Problem]
    sheets: list[str]


def _match_main(cell: str) -> str | None:
    text = one_line(cell)
    for name, pattern in MAIN_HEADERS:
        if pattern.search(text):
            return name
    return None


def _match_sub(cell: str) -> tuple[str, tuple[str, ...]] | None:
    text = one_line(cell)
    for pattern, name, values in SUB_HEADERS:
        if pattern.search(text):
            return name, values
    return None


def _is_sub_header(header: list[str], below: list[str]) -> bool:
    """A second header row holds only sub-headers, or the header above (merged down); never data."""
    seen_sub = False
    for c, cell in enumerate(below):
        if not cell or (c < len(header) and cell == header[c]):
            continue
        text = one_line(cell)
        if _match_sub(cell) or any(p.search(text) for p in LEVEL_SUBS.values()) or text == "事项名称":
            seen_sub = True
            continue
        return False
    return seen_sub


def _has_catalog_words(rows: list[list[str]]) -> bool:
    """Whether any of the first 20 rows has a cell naming an element column (公开内容, 公开时限, 公开依据 …)."""
    elements = {"content", "basis", "time_limit", "body", "channels"}
    return any(_match_main(cell) in elements for row in rows[:20] for cell in row if cell and len(cell) <= 20)


def _is_header_again(row: list[str], header_cells: set[str]) -> bool:
    """A header row repeated further down (printed pages pasted together): three or more of the header's cells
    again (a set lookup per cell: this runs for every row)."""
    return sum(1 for cell in row if cell and cell in header_cells) >= 3


def find_columns(rows: list[list[str]]) -> ColumnMap | None:
    """Locate the header rows by their text within the first 20 rows."""
    for r in range(min(20, len(rows))):
        row = rows[r]
        names = {_match_main(c) for c in row if c}
        if not all(req in names for req in REQUIRED) or len(names - {None}) < 4:
            continue
        sub = rows[r + 1] if r + 1 < len(rows) else []
        has_sub = _is_sub_header(row, sub)
        cmap = ColumnMap(header_row=r, data_start=r + (2 if has_sub else 1))
        for c, cell in enumerate(row):
            main = _match_main(cell) if cell else None
            below = sub[c] if has_sub and c < len(sub) else ""
            sub_match = _match_sub(below) if below and below != cell else None
            if sub_match and main in ("audience", "mode", "tiers", None):
                cmap.ticks.append((c, sub_match[0], sub_match[1]))
                continue
            if below and below != cell:
                level = next((lv for lv, p in LEVEL_SUBS.items() if p.search(one_line(below))), None)
                if level and level not in cmap.text:
                    cmap.text[level] = c
                    continue
            own = _match_sub(cell) if cell and not main and not below else None
            if own:  # a one-row header naming the tick columns themselves: …|全社会|特定群体|主动|依申请|县级|乡级
                cmap.ticks.append((c, own[0], own[1]))
                continue
            if main and main not in cmap.text and main != "note":
                if main == "item":
                    main = "level1" if "level1" not in cmap.text else "level2"
                cmap.text[main] = c
        return cmap
    return None


def _is_tick(value: str) -> bool | None:
    v = value.strip()
    if v in BLANK_WORDS:
        return False
    if any(ch in TICKS for ch in v) or v in TICK_WORDS:
        return True
    return None


def parse_channels(cell: str) -> list[str]:
    """Channels in use: ■/√ marked entries of a tick list, or every entry of a plain list."""
    marked = CHANNEL_MARK.findall(cell)
    if marked:
        return [name.strip(" 、，,;；") for mark, name in marked if mark not in UNTICKED_MARKS and name.strip(" 、，,;；")]
    return [part.strip() for part in CHANNEL_SPLIT.split(cell) if part.strip()]


def _words(cell: str, name: str) -> list[str]:
    """公开对象/方式/层级 written as words in one cell (tables without tick sub-columns), or as a tick list
    in one cell (■主动 □依申请), where only the ticked options count."""
    marked = CHANNEL_MARK.findall(cell)
    if marked:
        cell = "、".join(option for mark, option in marked if mark not in UNTICKED_MARKS)
    text = one_line(cell)
    if name == "audience":
        return [v for v, key in (("全社会", "全社会"), ("特定群体", "特定")) if key in text]
    if name == "mode":
        return [v for v, key in (("主动", "主动"), ("依申请", "依申请")) if key in text]
    return [v for v, keys in (("县级", "县"), ("乡级", "乡镇街道"), ("村级", "村社区")) if any(k in text for k in keys)]


# Names counties use for a pilot domain other than its official one.
DOMAIN_ALIASES = {
    "房屋征收": "国有土地上房屋征收", "城管执法": "城市综合执法", "综合行政执法": "城市综合执法",
    "保障房": "保障性住房", "危房改造": "农村危房改造", "预决算": "财政预决算", "财政预算": "财政预决算",
    "防灾减灾": "救灾", "食品药品": "食品药品监管", "药品监管": "食品药品监管", "乡村振兴": "扶贫",
    "脱贫攻坚": "扶贫", "惠农补贴": "涉农补贴", "就业": "就业创业", "社保": "社会保险", "户政": "户籍管理",
}
_ADMIN_PREFIX = re.compile(r"^.{2,}?(省|市|州|盟|县|旗|区|镇|乡|街道办事处|街道)")


def _domain_in(text: str) -> str:
    text = one_line(text)
    found = [d for d in PILOT_DOMAINS if d in text]
    if found:
        return max(found, key=len)
    aliases = [a for a in DOMAIN_ALIASES if a in text]
    return DOMAIN_ALIASES[max(aliases, key=len)] if aliases else ""


def domain_for_sheet(grid: Grid, cmap: ColumnMap) -> str:
    """The sheet's domain, from its title row(s), else its sheet name."""
    titles = [c for row in grid.rows[: cmap.header_row] for c in row if c]
    for text in [*titles, grid.name]:
        found = _domain_in(text)
        if found:
            return found
    for text in titles:
        m = TITLE_DOMAIN.search(one_line(text))
        if m:
            name = m.group(1)
            # "某某县某某镇文化旅游领域…" → 文化旅游: drop leading place names, one at a time.
            while (p := _ADMIN_PREFIX.match(name)) and len(name) > p.end() + 1:
                name = name[p.end():]
            return name
    if not DEFAULT_SHEET.match(grid.name.strip()):
        return grid.name.strip()
    return ""


def read_catalog_workbook(path: Path, progress: Callable[[int, int], None] | None = None) -> WorkbookRead:
    """Read every sheet; raise CatalogImportError only when the file as a whole is unusable."""
    grids = read_grids(path)
    rows: list[SourceRow] = []
    problems: list[Problem] = []
    used: list[str] = []
    if all(g.empty for g in grids):
        raise CatalogImportError(msg("工作簿“{name}”中没有任何数据", "The workbook '{name}' contains no data", name=Path(path).name))
    for index, grid in enumerate(grids):
        if progress:
            progress(index, len(grids))
        if grid.empty:
            problems.append(Problem(grid.name, 0, "", msg("工作表为空，已跳过", "The sheet is empty; skipped"), "warning"))
            continue
        cmap = find_columns(grid.rows)
        if cmap is None and not _has_catalog_words(grid.rows):
            # An instructions or cover sheet (填表说明, 封面): nothing in it looks like a catalog column.
            problems.append(Problem(grid.name, 0, "", msg(
                "工作表中没有目录的列（如“公开内容”“公开时限”），不是目录表，已跳过",
                "The sheet has no catalog columns (such as 公开内容 and 公开时限); not a catalog, skipped"), "warning"))
            continue
        if cmap is None:
            problems.append(Problem(grid.name, 0, "", msg(
                "未找到目录表头（需要“公开内容”“公开时限”等列），此工作表无法导入",
                "No catalog header found (columns such as 公开内容 and 公开时限 are needed); this sheet cannot be imported")))
            continue
        missing = [n for n in ("basis", "body", "channels", "audience", "mode", "tiers") if not cmap.has(n)]
        if not (cmap.has("level1") or cmap.has("level2")):
            missing.insert(0, "level1")
        if missing:
            problems.append(Problem(grid.name, cmap.header_row + 1, "", msg(
                "表头缺少以下列：{cols}", "The header lacks these columns: {cols}",
                cols="、".join(field_label(n) for n in missing))))
            continue
        domain = domain_for_sheet(grid, cmap)
        if not domain and "domain" not in cmap.text:
            problems.append(Problem(grid.name, 1, "", msg(
                "无法确定所属领域：标题或工作表名称中应写明领域（如“社会救助领域…”）",
                "Cannot tell the domain: the title or sheet name should name it (e.g. 社会救助领域…)")))
            continue
        used.append(grid.name)
        rows.extend(_read_rows(grid, cmap, domain, sort_base=index * 100000))
    if progress:
        progress(len(grids), len(grids))
    return WorkbookRead(Path(path), rows, problems, used)


def _read_rows(grid: Grid, cmap: ColumnMap, domain: str, sort_base: int) -> list[SourceRow]:
    out: list[SourceRow] = []
    previous: dict[int, str] = {}  # column → value of the previous data row, for "同上"
    last_level1 = ""
    columns = sorted({*cmap.text.values(), *(c for c, _, _ in cmap.ticks)})
    header_cells = {c for row in grid.rows[cmap.header_row:cmap.data_start] for c in row if c}
    for r in range(cmap.data_start, len(grid.rows)):
        row = grid.rows[r]
        cells = {c: (row[c] if c < len(row) else "") for c in columns}
        values = [v for v in row if v]
        if not values:
            continue
        if NOTE_ROW.match(one_line(values[0])) or len(set(values)) == 1 and len(values) > 2:
            continue  # notes at the bottom, or a section heading merged across the table
        if _is_header_again(row, header_cells):
            continue
        element_cols = [cmap.text[n] for n in ("content", "basis", "time_limit", "body") if n in cmap.text]
        if not any(cells[c] for c in element_cols) and not any(cells[c] for c, _, _ in cmap.ticks):
            continue  # a stray row (signatures, 填表人) with none of the elements
        problems: list[Problem] = []
        for c, value in list(cells.items()):
            if is_same_as_above(value) and c in previous:
                cells[c] = previous[c]  # "同上": the row above's value (a first row keeps it, and is flagged)
        row_domain = cells[cmap.text["domain"]] if "domain" in cmap.text else ""
        item = CatalogItem(domain=(_domain_in(row_domain) or row_domain) if row_domain else domain, level1="")
        for name in ("level1", "level2", "content", "basis", "time_limit", "body"):
            if name in cmap.text:
                setattr(item, name, cells[cmap.text[name]])
        if not item.level1 and item.level2 and last_level1 and "level1" in cmap.text:
            item.level1 = last_level1  # unmerged tables leave 一级事项 blank below its first row
        if not item.level1 and item.level2 and "level1" not in cmap.text:
            item.level1, item.level2 = item.level2, ""
        last_level1 = item.level1 or last_level1
        if "channels" in cmap.text:
            item.channels = parse_channels(cells[cmap.text["channels"]])
        for name in ("audience", "mode", "tiers"):
            values_for: list[str] = []
            if name in cmap.text:
                values_for += _words(cells[cmap.text[name]], name)
            for c, tick_field, meaning in cmap.ticks:
                if tick_field != name:
                    continue
                ticked = _is_tick(cells[c])
                if ticked is None:
                    problems.append(Problem(grid.name, r + 1, field_label(name), msg(
                        "无法识别的勾选标记“{value}”（应为 √ 或留空），按未勾选处理",
                        "Unrecognised tick mark '{value}' (expected √ or blank); treated as not ticked", value=cells[c]),
                        "warning"))
                elif ticked:
                    values_for += list(meaning)
            setattr(item, name, values_for)
        item.sort = sort_base + r + 1
        item.source = f"{grid.name}!{r + 1}"
        out.append(SourceRow(item, grid.name, r + 1, problems))
        previous = {c: v for c, v in cells.items()}
    return out
