"""The fonts TownshipDesk draws with: installed official fonts first, bundled TrueType fonts always.

This module knows files, not toolkits: the GUI registers these files with Qt, the PDF layer with
reportlab. The bundled chain covers Latin (DejaVu Sans) and Chinese (Droid Sans Fallback Full:
all GB2312 and GBK hanzi, CJK Extension A) on a machine with no Chinese font installed.
"""

from __future__ import annotations

from dataclasses import dataclass
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
