"""Give Qt fonts that show Chinese on any machine: installed official fonts first, bundled ones always.

Office PCs (and the offscreen test platform) often have no Chinese font at all; without the bundled
Droid Sans Fallback every 汉字 would be drawn as a box. The font files come from `io/fonts.py`.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from townshipdesk.io.fonts import PREFERRED_UI_FAMILIES, bundled_fonts

log = logging.getLogger(__name__)

BUNDLED_CJK_FAMILY = "Droid Sans Fallback"
BUNDLED_LATIN_FAMILY = "DejaVu Sans"


def register_bundled_fonts() -> list[str]:
    """Add the bundled font files to Qt; returns the families Qt now knows from them."""
    families: list[str] = []
    for font in bundled_fonts():
        if not font.path.is_file():
            log.warning("bundled font missing: %s", font.path)
            continue
        font_id = QFontDatabase.addApplicationFont(str(font.path))
        if font_id < 0:
            log.warning("Qt could not load bundled font: %s", font.path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def ui_font_families(installed: list[str], default_family: str) -> list[str]:
    """The application's family list: Latin UI font, preferred installed Chinese font, bundled fallback.

    Latin comes first so digits and letters use the platform's UI font (Droid has none); Qt then
    falls back family by family for each character, so a glyph missing in one font never becomes a box.
    """
    known = set(installed)
    latin = default_family if default_family in known else BUNDLED_LATIN_FAMILY
    chinese = [f for f in PREFERRED_UI_FAMILIES if f in known and f != BUNDLED_CJK_FAMILY][:1]
    ordered = [latin, *chinese, BUNDLED_CJK_FAMILY]
    return list(dict.fromkeys(ordered))


def install_application_font(app: QApplication) -> QFont:
    """Register the bundled fonts and make the application font a chain that covers Chinese."""
    # Families installed on the system, looked up before ours are added, so an official font wins.
    installed = QFontDatabase.families()
    register_bundled_fonts()
    font = QFont(app.font())
    font.setFamilies(ui_font_families(installed, font.family()))
    app.setFont(font)
    return font
