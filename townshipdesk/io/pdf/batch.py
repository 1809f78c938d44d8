"""Many sheets at once: one PDF per village, or all of them joined into one PDF for the township."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from townshipdesk.core.notices import Notice
from townshipdesk.io.atomic import write_atomically
from townshipdesk.io.pdf.notice_pdf import render_notice

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def safe_filename(name: str) -> str:
    """A file name Windows and Linux both accept, keeping the Chinese."""
    return _UNSAFE.sub("_", name).strip("._")[:80] or "公示单"


def render_batch(notices: list[tuple[str, Notice]], out: Path, *, combined: bool, paper: str = "A4",
                 landscape: bool = False, progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Render every (label, notice); returns the files written. `progress(done, total)` may raise to cancel,
    in which case nothing of a combined PDF is written (and per-village files already done stay)."""
    total = len(notices)
    if combined:
        from pypdf import PdfWriter

        with tempfile.TemporaryDirectory() as tmp:
            parts = []
            for n, (label, notice) in enumerate(notices):
                if progress:
                    progress(n, total)
                parts.append(render_notice(notice, Path(tmp) / f"{n:04d}-{safe_filename(label)}.pdf", paper=paper,
                                           landscape=landscape))
            writer = PdfWriter()
            for part, (label, _) in zip(parts, notices, strict=True):
                start = len(writer.pages)
                writer.append(str(part))
                writer.add_outline_item(title=label, page_number=start)  # a bookmark per village
            written = write_atomically(Path(out), lambda target: writer.write(str(target)))
        if progress:
            progress(total, total)
        return [written]
    Path(out).mkdir(parents=True, exist_ok=True)
    written_files = []
    for n, (label, notice) in enumerate(notices):
        if progress:
            progress(n, total)
        written_files.append(render_notice(notice, Path(out) / f"{safe_filename(label)}.pdf", paper=paper, landscape=landscape))
    if progress:
        progress(total, total)
    return written_files
