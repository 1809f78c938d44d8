"""Write the catalog back in the national table layout, one sheet per domain.

The layout matches what counties exchange: a title row, two header rows with merged cells,
一级事项 and 序号 merged down over their 二级事项 rows, ■ tick lists for channels, √ marks for
audience/mode/tier, print titles and a landscape page, so that importing the file gives the same catalog.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import groupby
from pathlib import Path

from townshipdesk.core.catalog import CatalogItem
from townshipdesk.io.atomic import write_atomically
from townshipdesk.io.excel.cells import check_cells

PAPER = {"A4": 9, "A3": 8}  # openpyxl / Excel paperSize codes
_FIXED = [
    # (header, sub-header, width)
    ("序号", None, 6),
    ("公开事项", "一级事项", 14),
    ("公开事项", "二级事项", 16),
    ("公开内容（要素）", None, 30),
    ("公开依据", None, 28),
    ("公开时限", None, 20),
    ("公开主体", None, 16),
    ("公开渠道和载体", None, 20),
    ("公开对象", "全社会", 7),
    ("公开对象", "特定群体", 7),
    ("公开方式", "主动", 6),
    ("公开方式", "依申请", 7),
    ("公开层级", "县级", 6),
    ("公开层级", "乡级", 6),
]
TICK = "√"
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _columns(items: Sequence[CatalogItem]) -> list[tuple[str, str | None, int]]:
    cols = list(_FIXED)
    if any("村级" in i.tiers for i in items):
        cols.append(("公开层级", "村级", 6))
    return cols


def _sheet_title(domain: str, used: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub("_", domain)[:31] or "目录"
    title, n = base, 2
    while title in used:
        title = f"{base[:28]}_{n}"
        n += 1
    used.add(title)
    return title


def export_catalog(
    items: Sequence[CatalogItem],
    target: Path,
    *,
    title_prefix: str = "",
    paper: str = "A4",
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write `items` (any domains) to an .xlsx at `target`, atomically. Returns the path written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_font = Font(name="宋体", bold=True, size=10)
    body_font = Font(name="宋体", size=10)
    title_font = Font(name="黑体", bold=True, size=16)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    by_domain = [(d, list(g)) for d, g in groupby(items, key=lambda i: i.domain)]
    for done, (domain, domain_items) in enumerate(by_domain):
        ws = wb.create_sheet(_sheet_title(domain, used))
        cols = _columns(domain_items)
        last = get_column_letter(len(cols))
        ws.append([f"{title_prefix}{domain}领域基层政务公开标准目录"])
        ws.merge_cells(f"A1:{last}1")
        ws["A1"].font = title_font
        ws["A1"].alignment = center
        ws.row_dimensions[1].height = 32
        ws.append([h for h, _, _ in cols])
        ws.append([s or h for h, s, _ in cols])
        # Header merges: a header over sub-headers spans them; one without spans both rows.
        c = 1
        while c <= len(cols):
            header, sub, _ = cols[c - 1]
            span = 1
            while c + span <= len(cols) and cols[c + span - 1][0] == header:
                span += 1
            if sub is None:
                ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
            elif span > 1:
                ws.merge_cells(start_row=2, start_column=c, end_row=2, end_column=c + span - 1)
            c += span
        for row in (2, 3):
            for col in range(1, len(cols) + 1):
                cell = ws.cell(row=row, column=col)
                cell.font, cell.alignment, cell.border = head_font, center, border
        row = 4
        for seq, (_level1, group_iter) in enumerate(groupby(domain_items, key=lambda i: i.level1), start=1):
            group = list(group_iter)
            start = row
            for item in group:
                values: list[object] = [seq, item.level1, item.level2, item.content, item.basis, item.time_limit,
                                        item.body, "\n".join(f"■{c}" for c in item.channels)]
                for _h, sub, _w in cols[8:]:
                    field = {"全社会": "audience", "特定群体": "audience", "主动": "mode", "依申请": "mode"}.get(sub or "", "tiers")
                    values.append(TICK if sub in getattr(item, field) else None)
                check_cells(values, [s or h for h, s, _ in cols], sheet=ws.title, row=row, what=f"{item.domain} / {item.name}")
                for col, value in enumerate(values, start=1):
                    cell = ws.cell(row=row, column=col, value=value)
                    cell.font, cell.border = body_font, border
                    cell.alignment = center if col in (1, 2) or col > 8 else left
                row += 1
            if len(group) > 1:
                ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
                ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)
        for col, (_h, _s, width) in enumerate(cols, start=1):
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.freeze_panes = "D4"
        ws.print_title_rows = "2:3"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = PAPER.get(paper.upper(), PAPER["A4"])
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.oddFooter.center.text = "第 &P 页 共 &N 页"
        if progress:
            progress(done + 1, len(by_domain))
    if not by_domain:
        ws = wb.create_sheet("标准目录")
        ws.append(["（无事项）"])
    return write_atomically(Path(target), lambda tmp: wb.save(tmp))
