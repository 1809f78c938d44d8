"""Disclosure records as a workbook a clerk can filter, print or hand to the county."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from townshipdesk.core.disclosures import STATES, Record
from townshipdesk.io.atomic import write_atomically
from townshipdesk.io.excel.cells import check_cells

COLUMNS = [("编号", 10), ("领域", 12), ("目录事项", 28), ("标题", 40), ("文号", 16), ("形成日期", 12), ("截止日", 12),
           ("发布日期", 12), ("状态", 8), ("是否逾期", 8), ("公开属性", 14), ("属性理由", 20), ("公开渠道", 24),
           ("保密审查", 10), ("发布审查", 10), ("备注", 24)]


def export_records(records: Sequence[Record], target: Path, *, today: dt.date) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "公开记录"
    ws.append([c for c, _ in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row, r in enumerate(records, start=2):
        values = [r.display_number, r.domain, r.item_name, r.title, r.doc_number, r.formed_date, r.due_date or "",
                  r.publish_date or "", STATES[r.state][0], "逾期" if r.status_on(today) == "overdue" else "",
                  r.attribute, r.attribute_reason, "、".join(r.channels), r.secrecy_reviewer, r.release_reviewer, r.notes]
        check_cells(values, [c for c, _ in COLUMNS], sheet=ws.title, row=row, what=f"{r.display_number} {r.title[:20]}")
        ws.append(values)
    for i, (_, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return write_atomically(Path(target), lambda tmp: wb.save(tmp))
