"""Chinese line breaking for the sheets: no line may start with closing punctuation (。，、；：？！）》” …).

reportlab's CJK wrapping lets one such character hang in the right margin, but not two: "……第（七）项）。" put
"。" at the head of the next line on a notice. Here a paragraph whose line would start so is wrapped again with
the line before it made narrower by its last character, which then moves down with the punctuation (推出 in
Chinese typesetting); a few rounds settle any paragraph of a notice.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.textsplit import ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

_ROUNDS = 8
# reportlab's set is Japanese-minded (no "，" "》" "”" "：" "；"): the closing marks of Chinese text are added.
CANNOT_START = frozenset(ALL_CANNOT_START) | frozenset("。，、；：？！）》」』】〕〉”’…%‰")


def _line_text(paralines: Any, k: int) -> tuple[str, str, float] | None:
    """(text, font name, font size) of line `k` of a wrapped paragraph."""
    line = paralines.lines[k]
    if paralines.kind == 0:  # one fragment: (extra space, [text])
        return " ".join(line[1]), paralines.fontName, paralines.fontSize
    words = [w for w in line.words if getattr(w, "text", "")]
    if not words:
        return None
    return "".join(w.text for w in words), words[-1].fontName, words[-1].fontSize


def _used_width(paralines: Any, k: int, max_width: float) -> float:
    line = paralines.lines[k]
    return max_width - line[0] if paralines.kind == 0 else line.currentWidth


class KinsokuParagraph(Paragraph):
    """A Paragraph whose CJK lines never start with punctuation that closes or ends a phrase."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802 - reportlab's name
        widths = list(maxWidths) if isinstance(maxWidths, (list, tuple)) else [maxWidths]
        result = super().breakLinesCJK(widths)
        for _ in range(_ROUNDS):
            bad = next((k for k in range(1, len(result.lines))
                        if (text := _line_text(result, k)) and text[0][:1] in CANNOT_START), None)
            previous = _line_text(result, bad - 1) if bad else None
            if not bad or previous is None or len(previous[0]) < 2:
                return result
            while len(widths) <= bad:
                widths.append(widths[-1])
            text, font, size = previous
            room = widths[bad - 1]
            widths[bad - 1] = _used_width(result, bad - 1, room) - stringWidth(text[-1], font, size) - 0.01
            result = super().breakLinesCJK(widths)
        return result
