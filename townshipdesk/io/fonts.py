"""The fonts TownshipDesk draws with: installed official fonts first, bundled TrueType fonts always.

This module knows files, not toolkits: the GUI registers these files with Qt, the PDF layer with
reportlab. The bundled chain covers Latin (DejaVu Sans) and Chinese (Droid Sans Fallback Full:
all GB2312 and GBK hanzi, CJK Extension A) on a machine with no Chinese font installed.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from townshipdesk.resources import fonts_dir


@dataclass(frozen=True)
class FontFile:
    family: str
    path: Path
    role: str  # latin / cjk
    licence: Path


def bundled_fonts() -> list[FontFile]:
    """The fonts shipped in resources/fonts, in fallback order (Latin first, then CJK)."""
    root = fonts_dir()
    return [
        FontFile("DejaVu Sans", root / "DejaVuSans.ttf", "latin", root / "LICENSE-DejaVu.txt"),
        FontFile("DejaVu Sans Bold", root / "DejaVuSans-Bold.ttf", "latin", root / "LICENSE-DejaVu.txt"),
        FontFile("Droid Sans Fallback", root / "DroidSansFallbackFull.ttf", "cjk", root / "LICENSE-DroidSansFallbackFull.txt"),
        # CJK Extension B (rare characters in names, e.g. 𠇔); used for printing only.
        FontFile("HanaMinB", root / "HanaMinB.ttf", "cjk-ext-b", root / "LICENSE-HanaMin.txt"),
    ]


# Installed Chinese UI fonts worth preferring over the bundled one, per platform, by family name.
PREFERRED_UI_FAMILIES = (
    "Microsoft YaHei", "微软雅黑", "SimSun", "宋体", "Noto Sans CJK SC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", "Unifont", "UKai", "Droid Sans Fallback",
)


# --- which characters each bundled font draws, without parsing it ---------------------------------------
COVERAGE_FILE = "coverage.json"  # written by tools/make_font_coverage.py; a test keeps it true


class CodepointRanges:
    """A font's character coverage as sorted, inclusive (first, last) ranges; `code in ranges` by bisection."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self._firsts = [first for first, _ in ranges]
        self._lasts = [last for _, last in ranges]

    def __contains__(self, code: object) -> bool:
        if not isinstance(code, int):
            return False
        index = bisect_right(self._firsts, code) - 1
        return index >= 0 and code <= self._lasts[index]


def codepoint_ranges(codes: Iterable[int]) -> list[tuple[int, int]]:
    """Compress a set of code points into inclusive ranges."""
    ranges: list[tuple[int, int]] = []
    for code in sorted(set(codes)):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return ranges


def coverage_key(path: Path) -> str:
    """Identifies a font file's content cheaply: its size and the SHA-256 of its first 64 KiB (the tables'
    directory and checksums live there, so a different build of the font gives a different key)."""
    import hashlib  # here: loading OpenSSL's hashes costs the window's start-up 9 ms

    with open(path, "rb") as handle:
        head = handle.read(65536)
    return f"{path.stat().st_size}:{hashlib.sha256(head).hexdigest()}"


@lru_cache(maxsize=1)
def shipped_coverage() -> dict[str, tuple[str, CodepointRanges]]:
    """{file name: (coverage_key, ranges)} for the bundled fonts; empty when the file is missing or unreadable
    (the fonts are then parsed to learn their coverage, which is slower but right)."""
    try:
        data = json.loads((fonts_dir() / COVERAGE_FILE).read_text(encoding="utf-8"))
        return {name: (entry["key"], CodepointRanges([(a, b) for a, b in entry["ranges"]]))
                for name, entry in data["fonts"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return {}
