"""The county's summary workbook: an overview sheet and one sheet per domain, ready to forward upwards."""

from __future__ import annotations

import re
from pathlib import Path

from townshipdesk.core.county import DomainRow, TownshipRow
from townshipdesk.io.atomic import write_atomically

OVERVIEW_COLUMNS = [("序号", 6), ("乡镇（街道）", 18), ("区划代码", 14), ("最近报送", 18), ("距今天数", 9), ("公开记录", 9),
                    ("已发布", 8), ("逾期未公开", 10), ("目录事项", 9), ("已有公开的事项", 12), ("覆盖率", 9), ("村务公开张贴", 11)]
DOMAIN_COLUMNS = [("序号", 6), ("乡镇（街道）", 18), ("目录事项", 9), ("已有公开的事项", 12), ("覆盖率", 9), ("公开记录", 9),
                  ("逾期未公开", 10)]


def export_aggregate(county_name: str, year: int, today: str, townships: list[TownshipRow],
                     domains: dict[str, list[DomainRow]], target: Path) -> Path:
    # Write-only mode streams each sheet's rows to the file; styles are set once per kind of cell and copied
    # (setting a Font or Border on every cell hashes it each time, which was most of a county's 30 × 10k run).
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def sheet(ws, title: str, columns: list[tuple[str, int]], rows: list[list[object]], totals: list[object]) -> None:  # noqa: ANN001
        for i, (_, width) in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.print_title_rows = "3:3"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = 9
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.freeze_panes = "C4"
        ws.row_dimensions[1].height = 28
        heading = WriteOnlyCell(ws, title)
        heading.font = Font(name="黑体", size=14, bold=True)
        heading.alignment = center
        plain, bold = WriteOnlyCell(ws), WriteOnlyCell(ws)
        for template in (plain, bold):
            template.border, template.alignment = border, center
        bold.font = Font(bold=True)

        def styled(values: list[object], template: WriteOnlyCell) -> list[WriteOnlyCell]:
            cells = []
            for value in values:
                cell = WriteOnlyCell(ws, value)
                # The template's style, shared: a write-only cell is written out at once and never changed.
                cell._style = template._style  # noqa: SLF001
                cells.append(cell)
            return cells

        last = get_column_letter(len(columns))
        ws.append([heading])
        ws.merged_cells.add(f"A1:{last}1")
        ws.append([f"统计年度：{year}年    统计日期：{today}    填报单位：{county_name}"])
        ws.merged_cells.add(f"A2:{last}2")
        ws.append(styled([c for c, _ in columns], bold))
        for row in rows:
            ws.append(styled(row, plain))
        ws.append(styled(totals, bold))

    def pct(a: int, b: int) -> str:
        return f"{a / b:.1%}" if b else "—"

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("汇总")
    rows = [[n, t.name, t.division_code, (t.last_received_at or "").replace("T", " ").rstrip("Z")[:16],
             t.age_days if t.age_days is not None else "—", t.records, t.published, t.overdue, t.catalog_items,
             t.covered_items, pct(t.covered_items, t.catalog_items), t.village_postings]
            for n, t in enumerate(townships, start=1)]
    tot = [sum(getattr(t, f) for t in townships) for f in ("records", "published", "overdue", "catalog_items", "covered_items",
                                                            "village_postings")]
    sheet(ws, f"{county_name}各乡镇（街道）政务公开工作情况汇总表", OVERVIEW_COLUMNS, rows,
          ["合计", f"{len(townships)} 个乡镇", "", "", "", *tot[:5], pct(tot[4], tot[3]), tot[5]])
    used = {"汇总"}
    for domain, entries in domains.items():
        title = re.sub(r"[\[\]:*?/\\]", "_", domain)[:31]
        while title in used:
            title = title[:29] + "_2"
        used.add(title)
        rows = [[n, d.name, d.catalog_items, d.covered_items, pct(d.covered_items, d.catalog_items), d.records, d.overdue]
                for n, d in enumerate(entries, start=1)]
        items = sum(d.catalog_items for d in entries)
        covered = sum(d.covered_items for d in entries)
        sheet(wb.create_sheet(title), f"{county_name}{domain}领域政务公开情况", DOMAIN_COLUMNS, rows,
              ["合计", "", items, covered, pct(covered, items), sum(d.records for d in entries), sum(d.overdue for d in entries)])
    return write_atomically(Path(target), lambda tmp: wb.save(tmp))
