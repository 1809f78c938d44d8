"""Fonts for printed sheets: installed official fonts first, then the bundled TrueType chain, chosen
per character, so a rare character in a name (生僻字) is drawn by whichever font has it and a
character no font has stops the rendering instead of printing an empty box."""

from __future__ import annotations

import os
import sys
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from townshipdesk.errors import NoticeError
from townshipdesk.i18n import Msg, msg
from townshipdesk.io.fonts import bundled_fonts, coverage_key, shipped_coverage

# Installed fonts worth preferring (official documents are set in 宋体/黑体/仿宋). TrueType only: reportlab
# cannot embed CFF-outline fonts such as Noto CJK, so those are skipped when they fail to load.
_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
INSTALLED_CANDIDATES: dict[str, list[Path]] = {
    "body": [_WINDOWS_FONTS / "simsun.ttc", _WINDOWS_FONTS / "simfang.ttf",
             Path("/usr/share/fonts/truetype/windows/simsun.ttc"), Path("/usr/share/fonts/fonts-cesi/CESI_SS_GB18030.ttf"),
             Path("/usr/share/fonts/truetype/arphic/uming.ttc")],
    "title": [_WINDOWS_FONTS / "simhei.ttf", Path("/usr/share/fonts/fonts-cesi/CESI_HT_GB18030.ttf"),
              Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")],
}


def _fix_tounicode_for_supplementary_planes() -> None:
    """reportlab writes a ToUnicode entry for U+201D4 as <201D4>; PDF wants the UTF-16 pair <D840DDD4>.
    Without this, copying or searching a name such as 𠇔 in the PDF gives a wrong character."""
    from reportlab.pdfbase import ttfonts

    if getattr(ttfonts.makeToUnicodeCMap, "_townshipdesk", False):
        return
    original = ttfonts.makeToUnicodeCMap

    def utf16_hex(code: int) -> str:
        return chr(code).encode("utf-16-be").hex().upper()

    def make(fontname: str, subset: list[int]) -> str:
        text = original(fontname, subset)
        lines = text.split("\n")
        start = next(i for i, line in enumerate(lines) if line.endswith("beginbfchar")) + 1
        for offset, code in enumerate(subset):
            if code > 0xFFFF:
                lines[start + offset] = f"<{offset:02X}> <{utf16_hex(code)}>"
        return "\n".join(lines)

    make._townshipdesk = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make


def escape(text: str) -> str:
    """Text for Paragraph markup: what xml.sax.saxutils.escape does (whose import pulls in urllib, http and
    email: 25 ms of a short sheet)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


class LoadedFont:
    """One font file of a chain. Its character coverage comes from the shipped coverage file when that still
    describes the file, so a font is parsed (and registered with reportlab) only when a sheet draws with it:
    the 30 MB Extension-B font costs nothing on a sheet without rare characters."""

    def __init__(self, name: str, path: Path, codepoints: frozenset[int] | None = None, subfont: int = 0) -> None:
        self.name = name  # reportlab registration name
        self.path = path
        self.subfont = subfont
        self._codepoints = codepoints

    @property
    def codepoints(self) -> frozenset[int]:
        if self._codepoints is None:
            self._codepoints = frozenset(_parsed(self.name, self.path, self.subfont).face.charToGlyph)
        return self._codepoints

    def registered_name(self) -> str:
        """The name to draw with, after making sure reportlab knows the font."""
        _parsed(self.name, self.path, self.subfont)
        return self.name


@cache
def _parsed(name: str, path: Path, subfont: int = 0) -> Any:
    """Parse and register a TrueType file once per process (body and title chains share the bundled fonts)."""
    from reportlab.pdfbase import pdfmetrics

    from townshipdesk.io.pdf.ttf_fast import fast_ttfont

    font = fast_ttfont(name, path, subfont)  # reportlab's TTFont, its tables read in whole arrays
    pdfmetrics.registerFont(font)
    return font


def _load(name: str, path: Path, subfont: int = 0) -> LoadedFont | None:
    """An installed font, parsed now: a CFF-outline or damaged file is not usable, and the next one is tried."""
    try:
        _parsed(name, path, subfont)
    except Exception:
        return None
    return LoadedFont(name, path, subfont=subfont)


class FontChain:
    """Fonts in the order they are tried, character by character."""

    def __init__(self, fonts: tuple[LoadedFont, ...]) -> None:
        self.fonts = fonts
        self._choice: dict[str, str | None] = {}
        self._coverer: dict[str, LoadedFont | None] = {}
        self._unit_width: dict[str, float] = {}

    @property
    def default_font(self) -> str:
        """The font for characters no font has (they are refused before drawing) and for spaces."""
        return self.fonts[0].registered_name()

    def font_for(self, ch: str) -> str | None:
        try:
            return self._choice[ch]
        except KeyError:
            pass
        code = ord(ch)
        found = next((f.registered_name() for f in self.fonts if code in f.codepoints), None)
        self._choice[ch] = found
        return found

    def width(self, text: str, size: float = 1.0) -> float:
        """Width of `text` at `size` pt, each character in the font that draws it (1-pt widths kept per chain)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        total = 0.0
        for ch in text:
            w = self._unit_width.get(ch)
            if w is None:
                w = self._unit_width[ch] = stringWidth(ch, self.font_for(ch) or self.default_font, 1.0)
            total += w
        return total * size

    def missing(self, text: str) -> list[str]:
        """Characters no font in the chain can draw (whitespace aside)."""
        return sorted(ch for ch in set(text) if not ch.isspace() and self._covered(ch) is None)

    def _covered(self, ch: str) -> LoadedFont | None:
        try:
            return self._coverer[ch]
        except KeyError:  # names and amounts repeat the same few hundred characters row after row
            code = ord(ch)
            found = self._coverer[ch] = next((f for f in self.fonts if code in f.codepoints), None)
            return found

    def check(self, text: str, where: Msg | str) -> None:
        bad = self.missing(text)
        if bad:
            raise NoticeError(msg(
                "{where}中的字符“{chars}”（{codes}）没有任何字体能显示，未生成 PDF；请改用常用字或安装含该字的字体",
                "No font can draw '{chars}' ({codes}) in {where}; no PDF was written. Use another character or "
                "install a font that has it",
                where=where, chars="".join(bad), codes=", ".join(f"U+{ord(c):04X}" for c in bad)))

    def markup(self, text: str) -> str:
        """Paragraph markup drawing each run of `text` in the first font that has its characters."""
        out: list[str] = []
        run, run_font = "", None
        for ch in text:
            if ch == "\n":
                if run:
                    out.append(f'<font name="{run_font}">{escape(run)}</font>')
                    run, run_font = "", None
                out.append("<br/>")
                continue
            font = self.font_for(ch) or self.default_font if not ch.isspace() else (run_font or self.default_font)
            if font != run_font and run:
                out.append(f'<font name="{run_font}">{escape(run)}</font>')
                run = ""
            run_font = font
            run += ch
        if run:
            out.append(f'<font name="{run_font}">{escape(run)}</font>')
        return "".join(out)


@lru_cache(maxsize=4)
def font_chain(kind: str = "body", *, prefer_installed: bool = True) -> FontChain:
    """The chain for body text or titles: an installed official font if any, then the bundled fonts."""
    _fix_tounicode_for_supplementary_planes()
    loaded: list[LoadedFont] = []
    if prefer_installed:
        for index, path in enumerate(INSTALLED_CANDIDATES.get(kind, [])):
            if path.is_file():
                font = _load(f"TD-{kind}-installed-{index}", path)
                if font:
                    loaded.append(font)
                    break
    bundled = {f.path.name: f for f in bundled_fonts()}
    known = shipped_coverage()
    # Regular Latin in titles too: the bundled Chinese font has no bold, and mixed weights look wrong.
    for filename in ("DejaVuSans.ttf", "DroidSansFallbackFull.ttf", "HanaMinB.ttf"):
        entry = bundled.get(filename)
        if entry is None or not entry.path.is_file():
            continue
        name = f"TD-{filename.removesuffix('.ttf')}"
        codepoints = known.get(filename)
        if codepoints is not None and coverage_key(entry.path) == codepoints[0]:
            loaded.append(LoadedFont(name, entry.path, codepoints[1]))
        else:  # no coverage for this file as it is now: parse it to learn what it draws
            font = _load(name, entry.path)
            if font:
                loaded.append(font)
    if not loaded:
        raise NoticeError(msg("找不到可用于打印的中文字体（resources/fonts 缺失）", "No usable font found (resources/fonts missing)"))
    return FontChain(tuple(loaded))


def platform_font_note() -> str:
    return "windows" if sys.platform.startswith("win") else "linux"
