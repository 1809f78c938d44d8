"""Draw the application icon: a red rounded square with 公 in white.

Run from the repository root (the outputs are committed, so this is only needed when the design changes):

    .venv/bin/python installers/make_icons.py

Writes
    resources/icons/townshipdesk.png   256×256, the window / .desktop / hicolor icon
    resources/icons/townshipdesk.ico   16, 24, 32, 48, 64, 128, 256 px, for the Windows .exe and installer

The glyph comes from the bundled resources/fonts/DroidSansFallbackFull.ttf, so the result is the same on any
machine. Needs Pillow (installed with reportlab).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

REPO = Path(__file__).resolve().parents[1]
FONT = REPO / "resources" / "fonts" / "DroidSansFallbackFull.ttf"
OUT_DIR = REPO / "resources" / "icons"
RED = (200, 16, 46, 255)  # 中国红, close to the red of official seals
WHITE = (255, 255, 255, 255)
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
MASTER = 1024  # drawn large, scaled down with a good filter


def draw(size: int = MASTER) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    canvas = ImageDraw.Draw(image)
    margin = size // 32
    canvas.rounded_rectangle((margin, margin, size - margin - 1, size - margin - 1), radius=size // 7, fill=RED)
    font = ImageFont.truetype(str(FONT), int(size * 0.70))
    # Centre the glyph's ink box (not its advance box) in the square.
    left, top, right, bottom = canvas.textbbox((0, 0), "公", font=font)
    x = (size - (right - left)) / 2 - left
    y = (size - (bottom - top)) / 2 - top
    canvas.text((x, y), "公", font=font, fill=WHITE)
    return image


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    master = draw()
    png = master.resize((256, 256), Image.Resampling.LANCZOS)
    png.save(OUT_DIR / "townshipdesk.png", optimize=True)
    # Pillow scales the largest image down to every size listed.
    png.save(OUT_DIR / "townshipdesk.ico", sizes=[(s, s) for s in ICO_SIZES])
    for name in ("townshipdesk.png", "townshipdesk.ico"):
        print(OUT_DIR / name, (OUT_DIR / name).stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
