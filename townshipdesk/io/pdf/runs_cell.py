"""A table cell whose text needs several fonts ("大河1组": the digit from the Latin font, the hanzi from the
Chinese one; a name with a rare character from the Extension-B font), drawn like reportlab draws a plain
text cell — same baselines, same alignment — but switching font run by run.

A Paragraph would do the font runs too, but parsing its markup and breaking its lines costs about a
millisecond a cell: a 3,000-row list whose 村民小组 column mixes digits and hanzi spent seconds there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable

Run = tuple[str, str]  # (font name, text)


def break_runs(text: str, room: float, font_for: Callable[[str], str],
               width_of: Callable[[str, str], float]) -> list[list[Run]]:
    """`text` as lines that fit `room` points, each line as runs of one font; a line break in the text
    starts a new line. A character wider than the room still gets a line of its own."""
    lines: list[list[Run]] = [[]]
    used = 0.0
    for ch in text:
        if ch == "\n":
            lines.append([])
            used = 0.0
            continue
        font = font_for(ch)
        width = width_of(ch, font)
        if lines[-1] and used + width > room:
            lines.append([])
            used = 0.0
        line = lines[-1]
        if line and line[-1][0] == font:
            line[-1] = (font, line[-1][1] + ch)
        else:
            line.append((font, ch))
        used += width
    return lines


class RunsCell(Flowable):
    """Lines of font runs at `size` on `leading`, aligned LEFT, CENTER or RIGHT like the column's text cells."""

    def __init__(self, lines: list[list[Run]], size: float, leading: float, align: str,
                 width_of: Callable[[str, str], float]) -> None:
        super().__init__()
        self.lines = lines
        self.size = size
        self.leading = leading
        self.align = align
        self._line_widths = [sum(width_of(text, font) for font, text in line) for line in lines]
        self.width = max(self._line_widths, default=0.0)
        self.height = leading * len(lines)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        # A plain text cell puts its first baseline one font size below the top of its lines.
        y = self.height - self.size
        for line, line_width in zip(self.lines, self._line_widths, strict=True):
            if self.align == "RIGHT":
                x = self.width - line_width
            elif self.align in ("CENTER", "CENTRE"):
                x = (self.width - line_width) / 2
            else:
                x = 0.0
            # One text object a line, as a Paragraph writes it: a reader copying or searching the PDF gets
            # "𠇔华", not the runs on separate lines.
            line_text = canvas.beginText(x, y)
            for font, text in line:
                line_text.setFont(font, self.size, self.leading)
                line_text.textOut(text)
            canvas.drawText(line_text)
            y -= self.leading
