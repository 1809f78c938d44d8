"""The 回应关切情况 list as a workbook: title, the period's figures, one row per concern; prints on A4 landscape."""

from __future__ import annotations

from pathlib import Path

from townshipdesk.core.concern_report import COLUMNS, ConcernReport
from townshipdesk.io.atomic import write_atomically
from townshipdesk.io.excel.print_setup import landscape_fit_width

WIDTHS = [6, 14, 10, 36, 15, 13, 15, 14, 11, 44]


def export_concern_report(report: ConcernReport, target: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "回应关切情况"
    last = get_column_letter(len(COLUMNS))
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(vertical="center", wrap_text=True)
    ws["A1"] = f"{report.title}（{report.period}）"
    ws["A1"].font = Font(name="黑体", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 30
    ws["A2"] = report.summary()
    ws["A2"].alignment = wrap
    ws.merge_cells(f"A2:{last}2")
    ws.row_dimensions[2].height = 36
    ws.append(COLUMNS)
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in report.rows:
        ws.append([int(row[0]), *row[1:]])
        for cell in ws[ws.max_row]:
            cell.border = border
            cell.alignment = wrap
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A4"
    landscape_fit_width(ws, "3:3")
    return write_atomically(Path(target), lambda tmp: wb.save(tmp))
