"""reportlab's TrueType font, read faster: the same tables, the same values, read in whole arrays.

reportlab reads a font's character map, metrics and glyph locations two bytes at a time in Python; for the
bundled Chinese fonts (28,000 and 60,000 characters) that is about 130 ms per font, the largest part of
printing a short sheet. Here those tables are read with `array` and built with C-level zips, and the file is
mapped rather than read whole (the 30 MB Extension-B font is needed for a few glyphs). The rest of the parse
(names, metrics, flags) is reportlab's own. A font whose character map is not of the two common formats (4
and 12), or that maps one character twice, is read by reportlab as before. tests/io/test_ttf_fast.py checks
every bundled font against reportlab's own parse, value by value.
"""

from __future__ import annotations

import mmap
import sys
from array import array
from collections.abc import Sequence
from fnmatch import fnmatch
from itertools import repeat
from pathlib import Path
from struct import unpack_from
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace, TTFontFile, unShapedFontGlob


class _Unusual(Exception):
    """The font has something the fast reader does not handle: reportlab reads it."""


def _words(data: Any, offset: int, count: int, bits: int = 16) -> array:
    """`count` big-endian unsigned integers of 16 or 32 bits from `offset`."""
    values = array("H" if bits == 16 else "I")  # "I": 32 bits on every platform Python runs on ("L" is 64 on Linux)
    values.frombytes(data[offset: offset + count * values.itemsize])
    if len(values) != count:
        raise _Unusual("table runs past the end of the file")
    if sys.byteorder == "little":
        values.byteswap()
    return values


def _cmap_subtable(face: TTFontFile) -> int:
    """The offset of the character map reportlab would choose (the same rules, in the same order)."""
    data, cmap = face._ttf_data, face.table["cmap"]["offset"]
    version, count = unpack_from(">HH", data, cmap)
    if count == 0 and version != 0:
        count = version
    chosen, kind = None, 0
    for n in range(count):
        platform, encoding, offset = unpack_from(">HHL", data, cmap + 4 + 8 * n)
        if platform == 3:
            kind, chosen = 1, offset
        elif platform == 1 and encoding == 0 and kind != 1:
            kind, chosen = 2, offset
        elif (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            kind, chosen = 1, offset
    if chosen is None:
        raise _Unusual("no usable character map")
    return cmap + chosen


def _format4(data: Any, at: int) -> tuple[list[int], list[int]]:
    length = unpack_from(">H", data, at + 2)[0]
    limit = at + length
    segments = unpack_from(">H", data, at + 6)[0] // 2
    ends = _words(data, at + 14, segments)
    starts = _words(data, at + 16 + 2 * segments, segments)
    deltas = _words(data, at + 16 + 4 * segments, segments)
    range_offsets_at = at + 16 + 6 * segments
    range_offsets = _words(data, range_offsets_at, segments)
    codes: list[int] = []
    glyphs: list[int] = []
    for n in range(segments):
        start, end, delta, range_offset = starts[n], ends[n], deltas[n], range_offsets[n]
        if end < start:
            continue
        codes.extend(range(start, end + 1))
        if range_offset == 0:
            glyphs.extend([(code + delta) & 0xFFFF for code in range(start, end + 1)])
        else:
            first = range_offsets_at + 2 * n + range_offset
            inside = max(0, min(end - start + 1, (limit - first + 1) // 2))  # entries at or past `limit` read 0
            raw = _words(data, first, inside) if inside else array("H")
            glyphs.extend([(g + delta) & 0xFFFF if g else 0 for g in raw])
            glyphs.extend(repeat(0, end - start + 1 - inside))
    return codes, glyphs


def _format12(data: Any, at: int) -> tuple[list[int], list[int]]:
    groups = unpack_from(">L", data, at + 12)[0]
    table = _words(data, at + 16, 3 * groups, 32)
    codes: list[int] = []
    glyphs: list[int] = []
    for n in range(groups):
        start, end, glyph = table[3 * n], table[3 * n + 1], table[3 * n + 2]
        codes.extend(range(start, end + 1))
        glyphs.extend(range(glyph, glyph + end - start + 1))
    return codes, glyphs


class _HorizontalMetrics(Sequence[tuple[Any, int]]):
    """reportlab's `hmetrics` list, (advance, left side bearing) per glyph, read when asked: a PDF subset takes a
    few glyphs' metrics, and building 60,000 tuples up front cost more than parsing the rest of the font."""

    def __init__(self, advances: array, bearings: array, last_advance: Any, more_bearings: array) -> None:
        self._advances, self._bearings = advances, bearings
        self._last, self._more = last_advance, more_bearings

    def __len__(self) -> int:
        return len(self._advances) + len(self._more)

    def __getitem__(self, glyph: int) -> tuple[Any, int]:  # type: ignore[override]
        if glyph < 0:
            glyph += len(self)
        if glyph < len(self._advances):
            return self._advances[glyph], self._bearings[glyph]
        return self._last, self._more[glyph - len(self._advances)]  # IndexError past the end, as a list


class _DoubledOffsets(Sequence[int]):
    """reportlab's `glyphPos` for a short location table (offsets stored halved), doubled when read."""

    def __init__(self, halves: array) -> None:
        self._halves = halves

    def __len__(self) -> int:
        return len(self._halves)

    def __getitem__(self, glyph: int) -> int:  # type: ignore[override]
        return self._halves[glyph] << 1


def _char_info(face: TTFontFile) -> None:
    """What reportlab's extractInfo(charInfo=1) adds to extractInfo(charInfo=0), from the same tables."""
    data = face._ttf_data
    head, hhea = face.table["head"]["offset"], face.table["hhea"]["offset"]
    index_to_loc, glyph_format = unpack_from(">HH", data, head + 50)
    metrics = unpack_from(">H", data, hhea + 34)[0]
    glyph_count = face.numGlyphs
    if glyph_format != 0 or index_to_loc not in (0, 1) or not 0 < metrics <= glyph_count:
        raise _Unusual("unusual metrics")
    at = _cmap_subtable(face)
    fmt = unpack_from(">H", data, at)[0]
    if fmt == 4:
        codes, glyphs = _format4(data, at)
    elif fmt == 12:
        codes, glyphs = _format12(data, at)
    else:
        raise _Unusual(f"character map format {fmt}")
    char_to_glyph = dict(zip(codes, glyphs, strict=True))
    if len(char_to_glyph) != len(codes):
        raise _Unusual("a character mapped twice")

    scale = face._pdfScale
    hmtx = face.table["hmtx"]["offset"]
    pairs = _words(data, hmtx, 2 * metrics)
    advances, bearings = pairs[0::2], pairs[1::2]
    scaled = {a: scale(a) for a in set(advances)}  # a CJK font has a handful of distinct advances
    widths = list(map(scaled.__getitem__, advances))
    # Glyphs past the last full metric share its advance; reportlab keeps that one scaled in hmetrics too.
    widths.extend(repeat(widths[-1], glyph_count - metrics))
    more_bearings = _words(data, hmtx + 4 * metrics, glyph_count - metrics)
    hmetrics = _HorizontalMetrics(advances, bearings, widths[-1], more_bearings)

    if max(glyphs, default=0) < glyph_count:
        char_widths = dict(zip(codes, map(widths.__getitem__, glyphs), strict=True))
    else:  # reportlab gives no width to a character whose glyph the font does not have
        char_widths = {c: widths[g] for c, g in zip(codes, glyphs, strict=True) if g < glyph_count}
    if "loca" not in face.table:
        raise _Unusual("no location table")
    loca = face.table["loca"]["offset"]
    if index_to_loc == 0:
        glyph_pos: Sequence[int] = _DoubledOffsets(_words(data, loca, glyph_count + 1))
    else:
        glyph_pos = _words(data, loca, glyph_count + 1, 32)

    if 0x20 in char_to_glyph:
        char_to_glyph[0xA0] = char_to_glyph[0x20]
        char_widths[0xA0] = char_widths[0x20]
    elif 0xA0 in char_to_glyph:
        char_to_glyph[0x20] = char_to_glyph[0xA0]
        char_widths[0x20] = char_widths[0xA0]
    face.charToGlyph, face.charWidths, face.defaultWidth = char_to_glyph, char_widths, widths[0]
    face.hmetrics, face.glyphPos = hmetrics, glyph_pos
    face._cmap_pairs = (codes, glyphs)
    face._pos = loca + (glyph_count + 1) * (2 if index_to_loc == 0 else 4)  # where reportlab's reading stops


class _TableView:
    """A table of the mapped file read a slice at a time: the subset written into a PDF takes a few glyphs
    from the glyph table (28 MB in HanaMinB), which reportlab would otherwise copy whole first."""

    def __init__(self, data: Any, offset: int, length: int) -> None:
        self._data, self._offset, self._length = data, offset, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: slice) -> bytes:
        start, stop, _ = index.indices(self._length)
        return bytes(self._data[self._offset + start: self._offset + max(start, stop)])


class FastFace(TTFontFace):
    """A TTFontFace whose character tables are read by `_char_info`; `glyphToChar` (used only when shaping
    text) is built when first asked for; the glyph table is read glyph by glyph."""

    def get_table(self, tag: str) -> Any:
        if tag == "glyf":
            offset, length = self.get_table_pos(tag)
            return _TableView(self._ttf_data, offset, length)
        return super().get_table(tag)

    def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N803 — reportlab's name
        TTFontFile.extractInfo(self, 0)
        if charInfo:
            try:
                _char_info(self)
            except (_Unusual, KeyError, IndexError, ValueError, OverflowError):
                TTFontFile.extractInfo(self, charInfo)

    @property
    def glyphToChar(self) -> dict[int, list[int]]:  # noqa: N802 — reportlab's name
        found = self.__dict__.get("glyphToChar")
        if found is None:
            found = {}
            for code, glyph in zip(*self._cmap_pairs, strict=True):
                found.setdefault(glyph, []).append(code)
            self.__dict__["glyphToChar"] = found
        return found

    @glyphToChar.setter
    def glyphToChar(self, value: dict[int, list[int]]) -> None:  # noqa: N802
        self.__dict__["glyphToChar"] = value


def _mapped(path: Path) -> Any:
    with open(path, "rb") as handle:
        try:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # an empty or unmappable file: read it (reportlab then says what is wrong)
            return handle.read()


class _MappedFile:
    """What reportlab's parser reads a font from: a name and a read() that maps the file instead of copying it."""

    def __init__(self, path: Path) -> None:
        self.name = str(path)
        self._path = path

    def read(self) -> Any:
        return _mapped(self._path)


def fast_ttfont(name: str, path: Path, subfont: int = 0) -> TTFont:
    """reportlab's TTFont for `path`, with its face read by FastFace (the same as TTFont(name, str(path)))."""
    font = TTFont.__new__(TTFont)
    # TTFont.__init__ with the face swapped: keep in step with reportlab's (it sets exactly these).
    font.fontName = name
    font.face = FastFace(_MappedFile(path), subfontIndex=subfont)
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, pattern) for pattern in unShapedFontGlob)
    return font
