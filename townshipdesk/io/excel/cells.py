"""What one spreadsheet cell holds. Excel keeps at most 32,767 characters in a cell and openpyxl cuts a longer text
without a word; a clerk who exports a record must get all of it or be told. Entry refuses longer texts
(core.text.LONG_TEXT_LIMIT), so only data from before that rule can meet this check: it refuses the export and names
the row, and nothing is written — a continuation row would break the national layout a county re-imports."""

from __future__ import annotations

from collections.abc import Sequence

from townshipdesk.errors import ExportError
from townshipdesk.i18n import msg

EXCEL_CELL_LIMIT = 32_767


def check_cells(values: Sequence[object], headers: Sequence[str], *, sheet: str, row: int, what: str) -> None:
    """ExportError naming the sheet, the row (as Excel numbers it), `what` is on it and the column when a text of
    `values` is longer than a cell holds."""
    for value, header in zip(values, headers, strict=False):
        if isinstance(value, str) and len(value) > EXCEL_CELL_LIMIT:
            raise ExportError(msg(
                "工作表“{s}”第{r}行（{w}）的“{c}”有 {n} 字，超过 Excel 一个单元格最多能放的 {m} 字。为了不截断内容，没有写入文件："
                "请先把这段文字缩短（例如把全文作为附件），再导出。",
                "Sheet '{s}' row {r} ({w}): '{c}' has {n} characters, more than the {m} one Excel cell holds. Nothing was "
                "written, so nothing is cut: shorten that text (keep the full text as an attachment), then export again.",
                s=sheet, r=row, w=what, c=header, n=len(value), m=EXCEL_CELL_LIMIT))
