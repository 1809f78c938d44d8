"""The file work behind the sheet editor and batch printing, as plain functions for ui/workers.py jobs:
no widgets and no database here (the window reads villages before starting a job and passes them in)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from townshipdesk.core.notices import Notice
from townshipdesk.core.workdays import WorkCalendar
from townshipdesk.errors import NoticeError
from townshipdesk.i18n import msg
from townshipdesk.ui.pdf_pages import PDF_LOCK, page_count, page_image, render_pdf
from townshipdesk.ui.workers import Cancelled, Progress

PREVIEW_WIDTH_PX = 1100  # the page image; the editor scales it to the space it has


@dataclass(frozen=True)
class SheetRequest:
    """What the editor shows, in the JSON shape of `notice_from_data` (README: Notice-board sheets)."""

    data: dict[str, Any]
    kind: str
    paper: str
    landscape: bool
    today: dt.date
    posting_day_counts: bool = False  # the office setting 张贴当日计入公示期


@dataclass(frozen=True)
class Preview:
    notice: Notice
    pdf: Path
    pages: int
    page: int  # the page shown, from 0
    image: QImage


def build_notice(request: SheetRequest, calendar: WorkCalendar) -> Notice:
    """The checked, masked Notice (NoticeError for anything a village would have to fix)."""
    from townshipdesk.io.notice_input import notice_from_data

    return notice_from_data(request.data, request.kind, calendar, today=request.today,
                            posting_day_counts=request.posting_day_counts)


def render_preview(request: SheetRequest, calendar: WorkCalendar, target: Path, page: int) -> Preview:
    """Build, render to `target` and rasterise one page (the one shown before, if the sheet still has it)."""
    notice = build_notice(request, calendar)
    if not target.parent.is_dir():  # the editor was closed while this waited for the pool
        raise Cancelled()
    render_pdf(notice, target, paper=request.paper, landscape=request.landscape)
    with PDF_LOCK:
        pages = page_count(target)
        page = min(max(page, 0), pages - 1)
        image = page_image(target, page, width_px=PREVIEW_WIDTH_PX)
    return Preview(notice, target, pages, page, image)


# ---- batch ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BatchRequest:
    source: Path  # a folder of .json/.xlsx files, or one workbook with a sheet per village
    kind: str
    out: Path  # a folder (one PDF per village) or a .pdf file (combined)
    combined: bool
    paper: str
    landscape: bool
    today: dt.date
    phones: dict[str, str]  # registered village name → 监督电话, filled in where a sheet has none
    posting_day_counts: bool = False  # the office setting 张贴当日计入公示期


@dataclass(frozen=True)
class BatchResult:
    files: list[Path]
    sheets: int


def batch_entries(source: Path, kind: str) -> list[tuple[str, dict[str, Any]]]:
    """(label, notice data) for every sheet: each .json file and each sheet of each workbook."""
    from townshipdesk.io.notice_input import data_from_sheet, load_json, workbook_sheets

    entries: list[tuple[str, dict[str, Any]]] = []
    if source.is_dir():
        for path in sorted(source.iterdir()):
            if path.name.startswith("~$"):  # Excel's lock file beside an open workbook
                continue
            if path.suffix.lower() == ".json":
                entries.append((path.stem, load_json(path)))
            elif path.suffix.lower() in (".xlsx", ".xls", ".xlsm"):
                sheets = workbook_sheets(path)
                entries += [(path.stem if len(sheets) == 1 else f"{path.stem}-{g.name}", data_from_sheet(g, kind))
                            for g in sheets]
        if not entries:
            raise NoticeError(msg("文件夹“{p}”中没有 .json 或 Excel 文件", "No .json or Excel files in '{p}'", p=str(source)))
    elif source.is_file():
        entries = [(g.name, data_from_sheet(g, kind)) for g in workbook_sheets(source)]
    else:
        raise NoticeError(msg("找不到“{p}”", "Not found: '{p}'", p=str(source)))
    return entries


def _with_village(label: str, data: Any, phones: dict[str, str]) -> Any:
    """A sheet named after a registered village gets that village's board, 落款 and 监督电话 unless it has its own."""
    if not isinstance(data, dict):
        return data
    title = str(data.get("title") or "")
    name = data.get("village") or next((v for v in phones if label == v or label.startswith(v) or title.startswith(v)), None)
    if not name:
        return data
    filled = {"village": name, **data}
    if not filled.get("phone") and phones.get(name):
        filled["phone"] = phones[name]
    return filled


def render_batch_job(request: BatchRequest, calendar: WorkCalendar, progress: Progress) -> BatchResult:
    """Read every sheet, check them all before writing anything, then write one PDF per village or one combined."""
    from townshipdesk.io.notice_input import notice_from_data
    from townshipdesk.io.pdf.batch import render_batch

    progress(0, 0)
    notices = []
    for label, data in batch_entries(request.source, request.kind):
        try:
            notices.append((label, notice_from_data(_with_village(label, data, request.phones), request.kind, calendar,
                                                    today=request.today, posting_day_counts=request.posting_day_counts)))
        except NoticeError as exc:
            raise NoticeError(exc.message, where=label) from None
    with PDF_LOCK:
        files = render_batch(notices, request.out, combined=request.combined, paper=request.paper,
                             landscape=request.landscape, progress=progress)
    return BatchResult(files, len(notices))
