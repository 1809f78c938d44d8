"""Give Qt fonts that show Chinese on any machine: installed official fonts first, bundled ones always.

Office PCs (and the offscreen test platform) often have no Chinese font at all; without the bundled
Droid Sans Fallback every 汉字 would be drawn as a box. The font files come from `io/fonts.py`.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from townshipdesk.io.fonts import PREFERRED_UI_FAMILIES, bundled_fonts

log = logging.getLogger(__name__)

BUNDLED_CJK_FAMILY = "Droid Sans Fallback"
BUNDLED_LATIN_FAMILY = "DejaVu Sans"


RARE_CHARACTER_ROLE = "cjk-ext-b"  # HanaMinB: 30 MB, for names with CJK Extension B characters


def register_bundled_fonts(*, rare_characters: bool = True) -> list[str]:
    """Add the bundled font files to Qt; returns the families Qt now knows from them."""
    families: list[str] = []
    for font in bundled_fonts():
        if font.role == RARE_CHARACTER_ROLE and not rare_characters:
            continue
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


@cache
def register_rare_character_font() -> None:
    """The Extension-B font, once (reading its 30 MB takes 10 ms, which the window's first paint need not wait for)."""
    for font in bundled_fonts():
        if font.role == RARE_CHARACTER_ROLE and font.path.is_file() and QFontDatabase.addApplicationFont(str(font.path)) < 0:
            log.warning("Qt could not load bundled font: %s", font.path)


def install_application_font(app: QApplication, *, rare_characters_later: bool = False) -> QFont:
    """Register the bundled fonts and make the application font a chain that covers Chinese. With
    `rare_characters_later`, the Extension-B font waits for register_rare_character_font (start-up calls it
    after the first paint, before the first page is built)."""
    # Families installed on the system, looked up before ours are added, so an official font wins.
    installed = QFontDatabase.families()
    register_bundled_fonts(rare_characters=False)
    if not rare_characters_later:
        register_rare_character_font()
    font = QFont(app.font())
    font.setFamilies(ui_font_families(installed, font.family()))
    app.setFont(font)
    return font
