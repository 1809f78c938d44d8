"""Write resources/fonts/coverage.json: which characters each bundled font draws, so a sheet parses only the
fonts it uses (the 30 MB Extension-B font only when a name needs it). Run after changing a bundled font:

  .venv/bin/python tools/make_font_coverage.py

tests/io/test_font_coverage.py fails while the file does not match the fonts.
"""

from __future__ import annotations

import json

from reportlab.pdfbase.ttfonts import TTFont

from townshipdesk.io.fonts import COVERAGE_FILE, bundled_fonts, codepoint_ranges, coverage_key
from townshipdesk.resources import fonts_dir


def coverage() -> dict[str, object]:
    fonts = {}
    for font in bundled_fonts():
        parsed = TTFont(f"coverage-{font.path.stem}", str(font.path))
        fonts[font.path.name] = {"key": coverage_key(font.path),
                                 "ranges": [list(r) for r in codepoint_ranges(parsed.face.charToGlyph)]}
    return {"format": 1, "fonts": fonts}


def main() -> None:
    target = fonts_dir() / COVERAGE_FILE
    target.write_text(json.dumps(coverage(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
