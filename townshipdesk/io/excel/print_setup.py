"""How the app's lists print from Excel/WPS: A4 landscape, every column on the page width, as many pages down as
the rows need, the header row repeated on each page."""

from __future__ import annotations

from typing import Any

A4 = 9  # Excel's paperSize code


def landscape_fit_width(ws: Any, title_rows: str) -> None:
    """`ws`: an openpyxl worksheet (write-only ones too); `title_rows`: the rows printed on every page, e.g. "3:3"."""
    ws.print_title_rows = title_rows
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
