"""Read any workbook (.xlsx as saved by Excel/WPS, legacy .xls) into plain grids of cell text.

Merged cells are expanded: every cell of a merged range carries the range's value, which is how a
reader sees a printed table (一级事项 merged down over its 二级事项 rows applies to each of them).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from townshipdesk.core.text import clean
from townshipdesk.errors import CatalogImportError
from townshipdesk.i18n import Msg, msg

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls (and .et/.doc) compound files
ZIP_MAGIC = b"PK\x03\x04"


@dataclass
class Grid:
    """One worksheet as rows of cleaned cell text (merged ranges expanded)."""

    name: str
    rows: list[list[str]]

    @property
    def empty(self) -> bool:
        return not any(any(cell for cell in row) for row in self.rows)


def cell_text(value: object) -> str:
    """A cell's value as text; a date cell as 2026-11-30 (with its time of day only when it has one), the
    form `core.dates.parse_date` and every list shows, instead of Python's "2026-11-30 00:00:00"."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return clean(value)


def _not_excel(path: Path, reason: Msg | None = None) -> CatalogImportError:
    return CatalogImportError(
        msg(
            "“{name}”不是有效的 Excel 工作簿（.xlsx 或 .xls）{reason}，未导入任何内容",
            "'{name}' is not a valid Excel workbook (.xlsx or .xls){reason}; nothing was imported",
            name=path.name,
            reason=msg("：{r}", ": {r}", r=reason) if reason else "",  # shown in the language of the message
        )
    )


def read_grids(path: Path) -> list[Grid]:
    """Every worksheet of the workbook at `path`, by its content (not its extension)."""
    path = Path(path)
    if not path.exists():
        raise CatalogImportError(msg("找不到文件“{path}”", "File not found: '{path}'", path=str(path)))
    if path.is_dir():
        raise CatalogImportError(msg("“{path}”是文件夹，不是 Excel 文件", "'{path}' is a folder, not an Excel file", path=str(path)))
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(ZIP_MAGIC):
        return _read_xlsx(path)
    if head == OLE2_MAGIC:
        return _read_xls(path)
    raise _not_excel(path)


_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"')


def _read_xlsx(path: Path) -> list[Grid]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _not_excel(path, msg("文件已损坏", "the file is damaged")) from exc
    with zf:
        names = set(zf.namelist())
    if "xl/workbook.xml" not in names:
        raise _not_excel(path, msg("这是 Word 文档", "it is a Word document") if "word/document.xml" in names else None)
    try:
        return _read_xlsx_calamine(path)
    except Exception:  # calamine refused it: openpyxl is slower but reads some odd files; it says if damaged
        return _read_xlsx_openpyxl(path)


def _read_xlsx_calamine(path: Path) -> list[Grid]:
    """calamine (Rust) reads a 1,500-row catalog in 15 ms where openpyxl takes half a second. Cells come from
    A1 (skip_empty_area=False), so row and column numbers in messages are the sheet's own; merged ranges come
    as inclusive 0-based corners."""
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    with path.open("rb") as handle:  # from the file: the extension may be wrong (a .xlsx saved as .xls)
        book = CalamineWorkbook.from_filelike(handle)
    grids = []
    for meta in book.sheets_metadata:
        if meta.visible != SheetVisibleEnum.Visible:
            continue  # hidden sheets hold lookup lists, not catalog rows
        sheet = book.get_sheet_by_name(meta.name)
        rows = [[cell_text(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
        width = max((len(r) for r in rows), default=0)
        rows = [r + [""] * (width - len(r)) for r in rows]
        for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or ():
            _fill_merged(rows, r0, r1 + 1, c0, c1 + 1)
        grids.append(Grid(meta.name, rows))
    return grids


def _read_xlsx_openpyxl(path: Path) -> list[Grid]:
    """The reader used before calamine, for a workbook calamine cannot read (seen with none so far)."""
    import openpyxl  # imported here: loading it costs start-up time for commands that never read Excel
    from openpyxl.utils.cell import range_boundaries

    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _not_excel(path, msg("文件已损坏", "the file is damaged")) from exc
    with zf, path.open("rb") as book_file:
        names = set(zf.namelist())
        if "xl/workbook.xml" not in names:
            raise _not_excel(path, msg("这是 Word 文档", "it is a Word document") if "word/document.xml" in names else None)
        try:
            # Read-only mode is twice as fast on big catalogs, but does not expose merged ranges:
            # those are read from each sheet's XML below. Opened from the file, not the name: openpyxl
            # refuses names not ending in .xlsx/.xlsm, and a workbook saved as .xls (or whose extension
            # was lost) is still an .xlsx inside.
            wb = openpyxl.load_workbook(book_file, read_only=True, data_only=True)
            grids = []
            for ws in wb.worksheets:
                if getattr(ws, "sheet_state", "visible") != "visible":
                    continue  # hidden sheets hold lookup lists, not catalog rows
                ws.reset_dimensions()  # WPS sometimes writes a wrong <dimension>; read every row present
                rows = [[cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
                width = max((len(r) for r in rows), default=0)
                rows = [r + [""] * (width - len(r)) for r in rows]
                sheet_xml = zf.read(ws._worksheet_path.lstrip("/"))
                for first, last in _MERGE_REF.findall(sheet_xml):
                    c0, r0, c1, r1 = range_boundaries(f"{first.decode()}:{last.decode()}")
                    _fill_merged(rows, r0 - 1, r1, c0 - 1, c1)
                grids.append(Grid(ws.title, rows))
            wb.close()
        except Exception as exc:  # openpyxl raises many kinds on damaged files; all mean the same to a user
            raise _not_excel(path, msg("文件已损坏（{e}）", "the file is damaged ({e})", e=type(exc).__name__)) from exc
    return grids


def _read_xls(path: Path) -> list[Grid]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception as exc:
        if "encrypt" in str(exc).lower():
            raise _not_excel(path, msg("文件设置了打开密码，请在 WPS/Excel 中取消密码后再导入",
                                       "the file has a password; remove it in WPS/Excel, then import")) from exc
        raise _not_excel(path, msg("文件已损坏或不是 Excel 97-2003 格式（{e}）", "the file is damaged or not Excel 97-2003 ({e})",
                                   e=type(exc).__name__)) from exc
    grids = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            rows = [[_xls_value(sheet.cell(r, c), book.datemode) for c in range(sheet.ncols)] for r in range(sheet.nrows)]
            for rlo, rhi, clo, chi in sheet.merged_cells:
                _fill_merged(rows, rlo, rhi, clo, chi)
            grids.append(Grid(sheet.name, rows))
    finally:
        book.release_resources()
    return grids


def _xls_value(cell: object, datemode: int = 0) -> str:
    import xlrd

    ctype = getattr(cell, "ctype", xlrd.XL_CELL_EMPTY)
    value = getattr(cell, "value", "")
    if ctype == xlrd.XL_CELL_DATE:  # a date cell holds its serial; read it in the workbook's own date system
        try:
            return cell_text(xlrd.xldate_as_datetime(value, datemode))
        except (ValueError, OverflowError):  # xlrd.xldate.XLDateError is a ValueError
            pass  # not a date after all (a number formatted as one): shown as the number
    if ctype == xlrd.XL_CELL_NUMBER and float(value).is_integer():
        return str(int(value))
    return clean(value)


def _fill_merged(rows: list[list[str]], r0: int, r1: int, c0: int, c1: int) -> None:
    """Copy a merged range's top-left value into its other cells (r1, c1 exclusive)."""
    if r0 >= len(rows):
        return
    value = rows[r0][c0] if c0 < len(rows[r0]) else ""
    for r in range(r0, min(r1, len(rows))):
        row = rows[r]
        if len(row) < c1:
            row.extend([""] * (c1 - len(row)))
        for c in range(c0, c1):
            row[c] = value
