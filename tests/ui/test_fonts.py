"""Chinese must render with no Chinese font installed: the bundled fonts are registered and chained."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication

from townshipdesk.ui.fonts_qt import BUNDLED_CJK_FAMILY, BUNDLED_LATIN_FAMILY, ui_font_families


def test_the_family_chain_puts_latin_first_then_chinese() -> None:
    assert ui_font_families(["Sans Serif", "DejaVu Sans"], "Sans Serif") == ["Sans Serif", BUNDLED_CJK_FAMILY]
    assert ui_font_families(["Segoe UI", "Microsoft YaHei"], "Segoe UI") == ["Segoe UI", "Microsoft YaHei", BUNDLED_CJK_FAMILY]
    # A default family Qt does not know (no fonts at all) falls back to the bundled Latin font.
    assert ui_font_families([], "Helvetica") == [BUNDLED_LATIN_FAMILY, BUNDLED_CJK_FAMILY]


def test_the_bundled_fonts_cover_chinese_and_digits(qapp: QApplication) -> None:
    assert BUNDLED_CJK_FAMILY in QFontDatabase.families()
    chinese = QFontMetrics(QFont(BUNDLED_CJK_FAMILY))
    for ch in "政务公开镇村㐀":  # GB2312, and 㐀 from CJK Extension A
        assert chinese.inFontUcs4(ord(ch)), ch
    assert BUNDLED_CJK_FAMILY in qapp.font().families()


def _render(text: str, font: QFont) -> QImage:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def test_application_font_draws_hanzi_not_boxes(qapp: QApplication) -> None:
    font = qapp.font()
    tofu = _render("\ue000\ue001", font)  # private-use characters: no font has them, Qt draws its box
    assert _render("政务", font) != tofu
    assert _render("政务", font) != _render("公开", font)
