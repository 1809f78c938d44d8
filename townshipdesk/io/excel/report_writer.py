"""The annual report's tables as a workbook in the national template layout (sections 二, 三, 四)."""

from __future__ import annotations

from pathlib import Path

from townshipdesk.core.reports import (
    S3_HEADER,
    AnnualReport,
    Grid,
    consistency_text,
    section2_grid,
    section3_rows,
    section4_grid,
)
from townshipdesk.io.atomic import write_atomically


def export_annual_report(report: AnnualReport, office: str, target: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)

    def title(ws, text: str, width: int) -> None:  # noqa: ANN001
        ws.append([text])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        ws["A1"].font = Font(name="黑体", size=14, bold=True)
        ws["A1"].alignment = center
        ws.append([f"{office}  {report.year}年度"])
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)

    def frame(ws, first_row: int, widths: list[int]) -> None:  # noqa: ANN001
        for row in ws.iter_rows(min_row=first_row, max_row=ws.max_row):
            for cell in row:
                cell.border = border
                cell.alignment = center if cell.column > 1 or isinstance(cell.value, int | float) else left
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

    def grid(ws, table: Grid) -> None:  # noqa: ANN001
        """The template's table below the two title rows, with its merged cells and bold header rows."""
        first = ws.max_row + 1
        for row in table.rows:
            ws.append(row)
        for r0, c0, r1, c1 in table.merges:
            ws.merge_cells(start_row=first + r0, start_column=c0 + 1, end_row=first + r1, end_column=c1 + 1)
        frame(ws, first, widths[ws.title])
        for r in table.header_rows:
            for c in range(1, ws.max_column + 1):
                ws.cell(first + r, c).font = Font(bold=True)
                ws.cell(first + r, c).alignment = center

    widths = {"二、主动公开": [26, 16, 16, 16], "四、复议诉讼": [7] * 15}
    wb = Workbook()
    ws = wb.active
    ws.title = "二、主动公开"
    title(ws, "二、主动公开政府信息情况", 4)
    grid(ws, section2_grid(report))

    ws = wb.create_sheet("三、依申请公开")
    title(ws, "三、收到和处理政府信息公开申请情况", 10)
    ws.append(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况"])
    ws.append(["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"])
    ws.append(S3_HEADER)
    ws.merge_cells("A3:C5")
    ws.merge_cells("D3:J3")
    ws.merge_cells("D4:D5")
    ws.merge_cells("E4:I4")
    ws.merge_cells("J4:J5")
    start = ws.max_row + 1
    for row in section3_rows(report):
        ws.append(row)
    # 一/二/四 span the three label columns; the (三) groups span their sub-rows.
    for r in range(start, ws.max_row + 1):
        if not ws.cell(r, 2).value:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        elif not ws.cell(r, 3).value:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    outcome_rows = [r for r in range(start, ws.max_row + 1) if ws.cell(r, 1).value == "三、本年度办理结果"]
    group_start = outcome_rows[0]
    for r in outcome_rows[1:] + [outcome_rows[-1] + 1]:
        if r > outcome_rows[-1] or ws.cell(r, 2).value != ws.cell(group_start, 2).value:
            if r - group_start > 1 and ws.cell(group_start, 3).value:
                for rr in range(group_start + 1, r):
                    ws.cell(rr, 2).value = None
                ws.merge_cells(start_row=group_start, start_column=2, end_row=r - 1, end_column=2)
            group_start = r
    for r in outcome_rows[1:]:
        ws.cell(r, 1).value = None
    ws.merge_cells(start_row=outcome_rows[0], start_column=1, end_row=outcome_rows[-1], end_column=1)
    ws.append([consistency_text(report)])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=10)
    frame(ws, 3, [14, 18, 30, 8, 9, 9, 11, 11, 8, 8])

    ws = wb.create_sheet("四、复议诉讼")
    title(ws, "四、政府信息公开行政复议、行政诉讼情况", 15)
    grid(ws, section4_grid(report))
    for r in (4, 5):  # the result names read top to bottom in the narrow columns, as in the template
        ws.row_dimensions[r].height = 48
    return write_atomically(Path(target), lambda tmp: wb.save(tmp))
