"""Notice PDFs as page images (pypdfium2): the sheet editor's preview, and printing, because
PySide6-Essentials has no QtPdf and a printer driver cannot be trusted with our embedded CJK fonts.

pdfium is not thread-safe (not even on two documents), and the preview renders in the thread pool while
the window may print or page through: every use of pdfium, and every reportlab render, holds PDF_LOCK.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from townshipdesk.core.notices import Notice
from townshipdesk.errors import UserError
from townshipdesk.i18n import msg

PDF_LOCK = threading.RLock()
POINTS_PER_INCH = 72.0
MAX_PRINT_DPI = 600
# A page image for the printer stays below ~48 M pixels (190 MB): A4 at 600 dpi, A3 at about 420 dpi.
MAX_PRINT_PIXELS = 48_000_000


class PrintFailed(UserError):
    """The printer could not be opened or stopped part-way."""


def render_pdf(notice: Notice, target: Path, *, paper: str, landscape: bool) -> Path:
    """`render_notice` under the lock (NoticeError when a character cannot be drawn; nothing written)."""
    from townshipdesk.io.pdf.notice_pdf import render_notice

    with PDF_LOCK:
        return render_notice(notice, target, paper=paper, landscape=landscape)


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    with PDF_LOCK:
        doc = pdfium.PdfDocument(str(path))
        try:
            return len(doc)
        finally:
            doc.close()


def page_image(path: Path, index: int, *, width_px: int | None = None, dpi: float | None = None,
               max_pixels: int | None = None) -> QImage:
    """Page `index` (from 0) as an RGB image, `width_px` wide or at `dpi`; never more than `max_pixels`."""
    import pypdfium2 as pdfium

    with PDF_LOCK:
        doc = pdfium.PdfDocument(str(path))
        try:
            page = doc[index]
            width_pt, height_pt = page.get_size()
            scale = width_px / width_pt if width_px else (dpi or 96) / POINTS_PER_INCH
            if max_pixels and width_pt * height_pt * scale * scale > max_pixels:
                scale = (max_pixels / (width_pt * height_pt)) ** 0.5
            bitmap = page.render(scale=scale, prefer_bgrx=True)  # BGRx bytes = QImage's RGB32 on every platform we ship
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
            return image.copy()  # own the pixels: the buffer goes with the bitmap
        finally:
            doc.close()


def prepare_printer(printer: QPrinter, paper: str, landscape: bool, title: str) -> None:
    """Paper, orientation and job name of the sheet, so the print dialog opens with them."""
    size = QPageSize(QPageSize.PageSizeId.A3 if paper.upper() == "A3" else QPageSize.PageSizeId.A4)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the sheet has its own margins: print it at true size, not shrunk into the driver's
    printer.setDocName(title)


def print_pdf(path: Path, printer: QPrinter, progress: Callable[[int, int], None] | None = None) -> int:
    """Draw each page (or the range chosen in the print dialog) as an image at the printer's resolution.
    Returns the number of pages sent. `progress` may raise to cancel: the print job is then aborted."""
    count = page_count(path)
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), count) if printer.toPage() else count
    pages = list(range(first - 1, last))
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(msg("无法打开打印机“{p}”。请检查打印机是否已连接并开机，然后重试。",
                              "Cannot open the printer '{p}'. Check it is connected and switched on, then retry.",
                              p=printer.printerName() or printer.outputFileName()))
    try:
        for done, index in enumerate(pages):
            if progress:
                progress(done, len(pages))
            if done:
                printer.newPage()
            image = page_image(path, index, dpi=dpi, max_pixels=MAX_PRINT_PIXELS)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            target = _fit(QSizeF(image.size()), paper)
            painter.drawImage(target, image)
        if progress:
            progress(len(pages), len(pages))
    except BaseException:
        printer.abort()
        raise
    finally:
        painter.end()
    return len(pages)


def _fit(size: QSizeF, area: QRectF) -> QRectF:
    """`size` scaled to fit `area`, centred (the image and the paper have the same shape, so it fills it)."""
    scale = min(area.width() / size.width(), area.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height)
