"""Print the 依申请公开指南 (core/request_guide.py) as an A4 portrait PDF for the 政务公开专区 and the notice board:
title, the receiving office's details in a table, the sections, and the 办理流程图 drawn with reportlab shapes
(boxes, a decision diamond, arrows) — vector drawing that stays sharp at any print size and whose text can be
read back, not a picture pasted in. Every character is checked against the fonts first; nothing is written
when one cannot be drawn.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from townshipdesk.core.dates import cn_date
from townshipdesk.core.request_guide import RequestGuide
from townshipdesk.i18n import msg
from townshipdesk.io.atomic import write_atomically
from townshipdesk.io.pdf.fonts import FontChain, font_chain
from townshipdesk.io.pdf.notice_pdf import MARGIN_MM, PAPERS, draw_runs, numbered_canvas

LINE = (0.15, 0.2, 0.3)
BOX_FILL = (0.93, 0.96, 1.0)
SIDE_FILL = (1.0, 0.97, 0.9)
DECISION_FILL = (1.0, 0.95, 0.95)


def _wrap(chain: FontChain, text: str, size: float, room: float) -> list[str]:
    """Break `text` into lines no wider than `room` (Chinese breaks between any two characters)."""
    lines, line = [], ""
    for ch in text:
        if line and chain.width(line + ch, size) > room:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line else lines


def _flow_chart_class() -> type:
    from reportlab.platypus import Flowable

    class FlowChart(Flowable):  # type: ignore[misc]
        """申请 → 登记 → 明确？(否: 补正 → 申请人补正 → 登记) → 办理 → 作出答复 (延期) → 送达."""

        ROW = 54  # pitch between rows of the main column
        BOX_H = 38

        def __init__(self, guide: RequestGuide, width: float, title_chain: FontChain, body_chain: FontChain) -> None:
            super().__init__()
            self.guide, self.width, self.height = guide, width, self.ROW * 5 + self.BOX_H + 4
            self.title_chain, self.body_chain = title_chain, body_chain
            self.main_x, self.main_w = width * 0.25, width * 0.42  # centre and width of the main column
            self.side_x, self.side_w = width * 0.80, width * 0.38

        def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def _top(self, row: int) -> float:
            return self.height - 2 - row * self.ROW

        def _box(self, key: str, cx: float, row: int, width: float, fill: tuple[float, float, float]) -> tuple[float, float]:
            """A rounded box with the step's name and its rule; returns its (top, bottom)."""
            c, step = self.canv, self.guide.flow[key]
            top = self._top(row)
            bottom = top - self.BOX_H
            c.setFillColorRGB(*fill)
            c.setStrokeColorRGB(*LINE)
            c.setLineWidth(1)
            c.roundRect(cx - width / 2, bottom, width, self.BOX_H, 6, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
            notes = _wrap(self.body_chain, step.note, 8.5, width - 10)[:2]
            y = top - 14 if notes else top - self.BOX_H / 2 - 4
            draw_runs(c, self.title_chain, step.text, cx, y, 11.5)
            for n, line in enumerate(notes):
                draw_runs(c, self.body_chain, line, cx, y - 12 - n * 10, 8.5)
            return top, bottom

        def _diamond(self, key: str, cx: float, row: int, width: float) -> tuple[float, float]:
            c = self.canv
            top = self._top(row)
            bottom = top - self.BOX_H
            mid = (top + bottom) / 2
            path = c.beginPath()
            path.moveTo(cx, top)
            path.lineTo(cx + width / 2, mid)
            path.lineTo(cx, bottom)
            path.lineTo(cx - width / 2, mid)
            path.close()
            c.setFillColorRGB(*DECISION_FILL)
            c.setStrokeColorRGB(*LINE)
            c.drawPath(path, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
            draw_runs(c, self.title_chain, self.guide.flow[key].text, cx, mid - 4, 11.5)
            return top, bottom

        def _arrow(self, points: list[tuple[float, float]], label: str = "", dashed: bool = False) -> None:
            """A line through `points` ending in a filled arrow head; `label` beside its first segment."""
            c = self.canv
            c.setStrokeColorRGB(*LINE)
            c.setFillColorRGB(*LINE)
            c.setLineWidth(1.2)
            c.setDash(4, 3) if dashed else c.setDash()
            for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
                c.line(x1, y1, x2, y2)
            c.setDash()
            (x1, y1), (x2, y2) = points[-2], points[-1]
            length = max(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5, 0.01)
            ux, uy = (x2 - x1) / length, (y2 - y1) / length
            head = c.beginPath()
            head.moveTo(x2, y2)
            head.lineTo(x2 - 8 * ux + 4 * uy, y2 - 8 * uy - 4 * ux)
            head.lineTo(x2 - 8 * ux - 4 * uy, y2 - 8 * uy + 4 * ux)
            head.close()
            c.drawPath(head, stroke=0, fill=1)
            if label:
                (ax, ay), (bx, by) = points[0], points[1]
                c.setFillColorRGB(0.55, 0.05, 0.1)
                vertical = ax == bx  # beside a vertical arrow, above a horizontal one
                draw_runs(c, self.body_chain, label, (ax + bx) / 2 + (12 if vertical else 0), (ay + by) / 2 + (-3 if vertical else 4),
                          9.5)
                c.setFillColorRGB(0, 0, 0)

        def draw(self) -> None:
            mx, mw, sx, sw = self.main_x, self.main_w, self.side_x, self.side_w
            rows: dict[str, tuple[float, float]] = {}
            for row, key in enumerate(("apply", "register", "clear", "handle", "answer", "serve")):
                rows[key] = self._diamond(key, mx, row, mw) if key == "clear" else self._box(key, mx, row, mw, BOX_FILL)
            corrected = self._box("corrected", sx, 1, sw, SIDE_FILL)
            correct = self._box("correct", sx, 2, sw, SIDE_FILL)
            extend = self._box("extend", sx, 4, sw, SIDE_FILL)
            for upper, lower in (("apply", "register"), ("register", "clear"), ("handle", "answer"), ("answer", "serve")):
                self._arrow([(mx, rows[upper][1]), (mx, rows[lower][0])])
            self._arrow([(mx, rows["clear"][1]), (mx, rows["handle"][0])], "是")
            mid = sum(rows["clear"]) / 2
            self._arrow([(mx + mw / 2, mid), (sx - sw / 2, mid)], "否")
            self._arrow([(sx, correct[0]), (sx, corrected[1])])
            back = sum(corrected) / 2
            self._arrow([(sx - sw / 2, back), (mx + mw / 2, back)], "重新起算")
            answer_mid = sum(rows["answer"]) / 2
            self._arrow([(mx + mw / 2, answer_mid), (sx - sw / 2, answer_mid)], "需要延长", dashed=True)
            serve_mid = sum(rows["serve"]) / 2
            self._arrow([(sx, extend[1]), (sx, serve_mid), (mx + mw / 2, serve_mid)], dashed=True)

    return FlowChart


def render_request_guide(guide: RequestGuide, target: Path) -> Path:
    """Write the guide to `target` atomically (A4 portrait). NoticeError (nothing written) for undrawable characters."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body_chain, title_chain = font_chain("body"), font_chain("title")
    for text in guide.texts():
        body_chain.check(text, msg("依申请公开指南", "the request guide"))
    title_chain.check(guide.title, msg("标题", "title"))
    width, height = PAPERS["A4"]
    usable = width - 2 * MARGIN_MM * mm

    def style(name: str, size: float, align: int, leading: float = 1.6, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontSize=size, leading=size * leading, alignment=align, wordWrap="CJK", **kw)

    title = style("title", 20, TA_CENTER, 1.3, spaceAfter=12)
    heading = style("heading", 13.5, TA_LEFT, 1.4, spaceBefore=6, spaceAfter=3)
    body = style("body", 11.5, TA_LEFT, 1.5, firstLineIndent=23, spaceAfter=2)
    cell = style("cell", 11, TA_LEFT, 1.4)
    sign = style("sign", 12.5, TA_RIGHT, 1.6)

    def para(text: str, st: ParagraphStyle, chain: FontChain = body_chain) -> Paragraph:
        from townshipdesk.io.pdf.kinsoku import (
            KinsokuParagraph,  # reportlab's platypus: only when a sheet is made
        )

        return KinsokuParagraph(chain.markup(text), st)

    story: list[Any] = [para(guide.title, title, title_chain)]
    rows = [[para(label, cell, title_chain), para(value, cell)] for label, value in guide.office_rows]
    table = Table(rows, colWidths=[usable * 0.22, usable * 0.78])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.94, 0.94, 0.94)),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    chart = _flow_chart_class()(guide, usable, title_chain, body_chain)
    for name, paragraphs in guide.sections:
        block: list[Any] = [para(name, heading, title_chain)]
        if name.startswith("一、"):
            block += [table, Spacer(1, 6)]
        if name.startswith("四、"):
            block.append(para("依申请公开工作流程图", style("chart", 12, TA_CENTER, 1.3, spaceAfter=4), title_chain))
            block.append(chart)
            block.append(Spacer(1, 6))
        story.append(KeepTogether(block[:2] if not name.startswith("四、") else block))
        story += block[2:] if not name.startswith("四、") else []
        story += [para(text, body) for text in paragraphs]
    story.append(KeepTogether([Spacer(1, 4), para(guide.issuer, sign), para(cn_date(guide.date), sign)]))
    canvas_class = numbered_canvas(body_chain, 10, width)

    def build(tmp: Path) -> None:
        doc = SimpleDocTemplate(str(tmp), pagesize=(width, height), leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm,
                                topMargin=MARGIN_MM * mm, bottomMargin=MARGIN_MM * mm, title=guide.title,
                                author=guide.issuer, subject="依申请公开指南", creator="TownshipDesk")
        doc.build(story, canvasmaker=canvas_class)

    return write_atomically(Path(target), build)
