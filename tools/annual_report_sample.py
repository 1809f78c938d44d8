"""Write docs/samples/annual-report-2026.xlsx/.docx from the demo township's year, and the workbook as printed
(LibreOffice headless → PDF → pdftoppm -png -r 80) as annual-report-2026-N.png, one image per printed page.

  .venv/bin/python tools/annual_report_sample.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.reports import annual_report, set_figures
from townshipdesk.core.requests import Requests
from townshipdesk.core.site import init_site
from townshipdesk.core.store import Database
from townshipdesk.io.excel.report_writer import export_annual_report
from townshipdesk.io.report_docx import export_report_docx
from townshipdesk.ui.screenshots_requests import FIGURES, demo_requests

OUT = Path(__file__).resolve().parents[1] / "docs" / "samples"
FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Database(folder / "townshipdesk.sqlite3")
        init_site(db, "township", "530902100000", "示例镇人民政府")
        demo_requests(Requests(db, load_calendar(db)))
        set_figures(db, 2026, FIGURES)
        report = annual_report(db, 2026)
        xlsx = export_annual_report(report, "示例镇人民政府", OUT / "annual-report-2026.xlsx")
        export_report_docx(report, "示例镇人民政府", OUT / "annual-report-2026.docx")
        db.close()
        # The office PCs have 宋体/黑体; a build machine may have no CJK font at all: lend LibreOffice the bundled
        # fallback font so the PNG shows what a clerk's printer would, not empty boxes.
        fonts_conf = folder / "fonts.conf"
        fonts_conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>{FONTS}</dir>
<cachedir>{folder / "fc-cache"}</cachedir></fontconfig>""", encoding="utf-8")
        env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf), "HOME": tmp}
        subprocess.run([shutil.which("soffice") or "soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                        str(xlsx)], check=True, capture_output=True, timeout=300, env=env)
        for old in OUT.glob("annual-report-2026-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(folder / "annual-report-2026.pdf"),
                        str(OUT / "annual-report-2026")], check=True, timeout=300)
    print("\n".join(sorted(p.name for p in OUT.glob("annual-report-2026*"))))


if __name__ == "__main__":
    main()
