"""A QR code as a QPixmap (segno computes the modules; Qt paints them), so the other office can scan the
fingerprint with a phone instead of copying thirty digits by ear."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_modules(text: str) -> list[list[bool]] | None:
    """The dark/light modules of a QR code for `text` (error correction M), or None without segno."""
    try:
        import segno
    except ImportError:  # an install without segno still works; it only shows no code
        return None
    code = segno.make_qr(text, error="m", boost_error=False)
    return [[bool(cell) for cell in row] for row in code.matrix]


def qr_pixmap(text: str, size: int) -> QPixmap | None:
    """A square pixmap of about `size` pixels with whole-pixel modules (sharp when scanned off a screen)."""
    modules = qr_modules(text)
    if modules is None:
        return None
    count = len(modules) + 2 * QUIET_ZONE
    scale = max(size // count, 1)
    side = scale * count
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRect((x + QUIET_ZONE) * scale, (y + QUIET_ZONE) * scale, scale, scale))
    painter.end()
    return pixmap
