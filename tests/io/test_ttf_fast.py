"""The fast TrueType reader gives reportlab exactly what reportlab's own reader gives, for every bundled font."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from townshipdesk.io.fonts import bundled_fonts
from townshipdesk.io.pdf.ttf_fast import fast_ttfont

FONTS = [f.path for f in bundled_fonts()]


@pytest.mark.parametrize("path", FONTS, ids=[p.name for p in FONTS])
def test_every_table_value_is_reportlabs(path) -> None:
    ours, theirs = fast_ttfont("TD-test", path).face, TTFont("TD-test", str(path)).face
    assert "_cmap_pairs" in ours.__dict__  # the fast path was taken, not the fallback to reportlab's reader
    for name in ("charToGlyph", "charWidths", "defaultWidth", "glyphToChar", "numGlyphs",
                 "ascent", "descent", "capHeight", "bbox", "flags", "italicAngle", "stemV", "name", "_pos"):
        assert getattr(ours, name) == getattr(theirs, name), name
    for name in ("hmetrics", "glyphPos"):  # read on demand, glyph by glyph
        assert list(getattr(ours, name)) == getattr(theirs, name), name
        assert getattr(ours, name)[-1] == getattr(theirs, name)[-1]
    assert list(ours.charToGlyph) == list(theirs.charToGlyph)  # the same order too (subsets are built from it)
    assert ours.filename == theirs.filename  # named the same in the PDF
    # The subset a PDF embeds, accented Latin letters (composite glyphs) included where the font has them.
    subset = [0x20, 0x41, 0xC4, 0xE9, *list(theirs.charToGlyph)[-3:]]
    assert ours.makeSubset(subset) == theirs.makeSubset(subset)


def test_a_font_it_cannot_read_fast_is_read_by_reportlab(tmp_path) -> None:
    # A character map that gives one character two glyphs (a damaged font): the whole parse falls back to
    # reportlab's reader, which keeps the last; the result is reportlab's.
    from struct import unpack_from

    source = FONTS[0].read_bytes()
    tables = {source[12 + 16 * i: 16 + 16 * i]: unpack_from(">L", source, 20 + 16 * i)[0]
              for i in range(unpack_from(">H", source, 4)[0])}
    cmap = tables[b"cmap"]
    subtables = [cmap + unpack_from(">L", source, cmap + 8 + 8 * i)[0] for i in range(unpack_from(">H", source, cmap + 2)[0])]
    odd = bytearray(source)
    for at in subtables:
        if unpack_from(">H", source, at)[0] == 12:  # the map reportlab chooses for this font
            first_group = at + 16
            odd[first_group + 12: first_group + 24] = source[first_group: first_group + 12]  # group 2 = group 1
    assert odd != source
    path = tmp_path / "odd.ttf"
    path.write_bytes(bytes(odd))
    face = fast_ttfont("TD-odd", path).face
    assert "_cmap_pairs" not in face.__dict__
    assert face.charToGlyph == TTFont("TD-odd", str(path)).face.charToGlyph
    assert face.charWidths == TTFont("TD-odd", str(path)).face.charWidths
