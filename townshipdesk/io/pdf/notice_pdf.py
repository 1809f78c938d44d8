"""Draw a notice-board sheet (公示单) as a PDF with reportlab, A4 or A3, portrait or landscape.

Large type for a board (title ≥ 22 pt and body ≥ 12 pt on A4, scaled by √2 on A3), tables whose header
repeats on every page, "第 x 页 共 y 页" on each page, totals on the last page, every cell wrapped inside
its column. Every character is checked against the font chain first: if any cannot be drawn, nothing is
written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from townshipdesk.core.dates import cn_date
from townshipdesk.core.notices import Notice, money
from townshipdesk.core.text import one_line
from townshipdesk.i18n import msg
from townshipdesk.io.atomic import write_atomically
from townshipdesk.io.pdf.fonts import FontChain, font_chain
from townshipdesk.io.pdf.runs_cell import RunsCell, break_runs

PAPERS = {"A4": (595.2756, 841.8898), "A3": (841.8898, 1190.5512)}
MARGIN_MM = 18




def _display_width(text: str) -> float:
    return sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in text)


class _Styles:
    def __init__(self, scale: float) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        def style(name: str, size: float, align: int, leading: float = 1.45, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, fontSize=size * scale, leading=size * scale * leading, alignment=align,
                                  wordWrap="CJK", **kw)

        self.board = style("board", 16, TA_CENTER, spaceAfter=4 * scale)
        self.title = style("title", 24, TA_CENTER, leading=1.3, spaceAfter=10 * scale)
        self.meta = style("meta", 13, TA_CENTER, spaceAfter=8 * scale)
        self.body = style("body", 14, TA_LEFT, leading=1.7, firstLineIndent=28 * scale, spaceAfter=6 * scale)
        self.salutation = style("salutation", 14, TA_LEFT, leading=1.7, spaceAfter=6 * scale)
        self.cell = style("cell", 12, TA_CENTER, leading=1.3)
        self.cell_left = style("cell_left", 12, TA_LEFT, leading=1.3)
        self.cell_right = style("cell_right", 12, TA_RIGHT, leading=1.3)
        self.head = style("head", 12, TA_CENTER, leading=1.3)
        self.footer = style("footer", 13, TA_LEFT, leading=1.6)
        self.sign = style("sign", 14, TA_RIGHT, leading=1.8)


def numbered_canvas(chain: FontChain, size: float, page_width: float) -> type:
    from reportlab.pdfgen import canvas

    class NumberedCanvas(canvas.Canvas):
        """Draws 第 x 页 共 y 页 once the total is known (pages are kept until save)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                draw_runs(self, chain, f"第 {self._pageNumber} 页 共 {total} 页", page_width / 2, 10 * 2.8346, size)
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_runs(c: Any, chain: FontChain, text: str, center_x: float, y: float, size: float) -> None:
    """Draw one line centred on `center_x`, switching font per character run."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs: list[tuple[str, str]] = []
    for ch in text:
        font = chain.font_for(ch) or chain.default_font
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    width = sum(stringWidth(t, f, size) for f, t in runs)
    x = center_x - width / 2
    for font, part in runs:
        c.setFont(font, size)
        c.drawString(x, y, part)
        x += stringWidth(part, font, size)


def render_notice(notice: Notice, target: Path, *, paper: str = "A4", landscape: bool = False,
                  progress: Callable[[int, int], None] | None = None) -> Path:
    """Write `notice` to `target` atomically. Raises NoticeError (nothing written) for undrawable characters."""
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        LongTable,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    body_chain, title_chain = font_chain("body"), font_chain("title")
    for where, text in notice.texts():
        body_chain.check(text, where)
    title_chain.check(notice.title, msg("标题", "title"))

    paper = paper.upper()
    width, height = PAPERS.get(paper, PAPERS["A4"])
    if landscape:
        width, height = height, width
    scale = 1.0 if paper == "A4" else math.sqrt(2)
    styles = _Styles(scale)
    usable = width - 2 * MARGIN_MM * mm

    def para(text: str, style: Any, chain: FontChain = body_chain) -> Paragraph:
        from townshipdesk.io.pdf.kinsoku import (
            KinsokuParagraph,  # reportlab's platypus: only when a sheet is made
        )

        return KinsokuParagraph(chain.markup(text), style)

    story: list[Any] = [para(notice.board, styles.board)] if notice.board else [Spacer(1, 12 * scale)]
    # The frame keeps 6 pt of padding on each side of the usable width.
    title_size = styles.title.fontSize
    story.append(para(balanced_lines(notice.title, usable - 12, lambda t: title_chain.width(t, title_size)),
                      styles.title, title_chain))
    if notice.period:
        p = notice.period
        unit = "个工作日" if p.working else "天"
        # From the posting date to the last day (民法典 Art. 201: the posting day itself is not counted), unless the
        # office counts it, which the sheet then says, so a villager can check the count.
        rule = "，张贴当日计入公示期" if p.posting_day_counts else ""
        story.append(para(f"公示时间：{cn_date(p.start)}至{cn_date(p.end)}（公示期{p.days}{unit}{rule}）", styles.meta))
    for n, text in enumerate(notice.paragraphs):
        # A letter opens with its addressee ("张三："), set flush left like any Chinese letter.
        story.append(para(text, styles.salutation if notice.letter and notice.addressed and n == 0 else styles.body))

    if notice.kind == "namelist":
        story.extend(_namelist_table(notice, para, styles, usable, scale, LongTable, TableStyle, progress))
    elif notice.kind == "finance":
        story.append(_finance_table(notice, para, styles, usable, scale, Table, TableStyle))

    footer: list[Any] = [Spacer(1, 8 * scale)]
    if not notice.letter and not notice.announcement:
        footer += [para(notice.objection, styles.footer),
                   para(f"监督电话：{notice.phone or '____________________'}", styles.footer)]
        reviewers = "、".join(notice.reviewers) if notice.reviewers else "__________________"
        footer.append(para(f"村务监督委员会审核：{reviewers}（签字）", styles.footer))
    elif notice.phone:
        footer.append(para(f"联系电话：{notice.phone}", styles.footer))
    footer += [Spacer(1, 14 * scale), para(notice.issuer, styles.sign), para(cn_date(notice.date), styles.sign),
               para("（盖章）", styles.sign), Spacer(1, 28 * mm * scale)]  # room for the seal over the 落款
    story.append(KeepTogether(footer))

    canvas_class = numbered_canvas(body_chain, 11 * scale, width)

    def build(tmp: Path) -> None:
        doc = SimpleDocTemplate(str(tmp), pagesize=(width, height), leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm,
                                topMargin=MARGIN_MM * mm, bottomMargin=(MARGIN_MM + 6) * mm, title=notice.title,
                                author=notice.issuer, subject=notice.board, creator="TownshipDesk")
        doc.build(story, canvasmaker=canvas_class)

    return write_atomically(Path(target), build)


def _namelist_table(notice: Notice, para: Callable[..., Any], styles: _Styles, usable: float, scale: float,
                    table_cls: Any, style_cls: Any, progress: Callable[[int, int], None] | None) -> Any:
    from collections import Counter

    from reportlab.pdfbase.pdfmetrics import stringWidth

    chain = font_chain("body")
    columns = notice.columns
    numeric = notice.numeric_columns
    measure = chain.width  # width at 1 pt, each character in the font that draws it

    totals_row = [notice.totals.get(i, "") for i in range(len(columns))]  # the 合计 line must fit too
    widths, size = _plan_columns(columns, [*notice.rows[:400], totals_row], usable, scale, measure)
    avail = [w - 2 * CELL_PAD for w in widths]
    char_width: dict[tuple[str, str], float] = {}
    from reportlab.lib.styles import ParagraphStyle

    def sized(style: Any) -> Any:  # the list's cells at the list's font size
        return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.3)

    cell_right = sized(styles.cell_right)  # the 合计 amounts

    def wrap(text: str, font: str, room: float) -> str:
        """Break a one-font text into lines that fit `room`, by the same rule as the font-run cells (a Paragraph
        per cell is ten times slower)."""
        return "\n".join("".join(part for _, part in line)
                         for line in break_runs(text, room, lambda _ch: font, width_at_size))

    fonts_seen: dict[str, frozenset[str]] = {}

    def fonts_of(text: str) -> set[str]:
        found = fonts_seen.get(text)
        if found is None:  # group names, amounts and masked numbers repeat row after row
            found = fonts_seen[text] = frozenset(chain.font_for(ch) or chain.default_font for ch in text
                                                 if not ch.isspace())
        return set(found)

    column_font = []
    for i in range(len(columns)):
        counts = Counter(f for row in notice.rows[:400] for f in fonts_of(row[i]))
        column_font.append(counts.most_common(1)[0][0] if counts else chain.default_font)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.6, "#000000"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * scale),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * scale),
        ("FONTSIZE", (0, 1), (-1, -1), size),
        ("LEADING", (0, 1), (-1, -1), size * 1.3),
    ]
    aligns = []
    for i in range(len(columns)):
        longest = max((len(r[i]) for r in notice.rows[:400]), default=0)
        aligns.append("RIGHT" if i in numeric else "CENTER" if longest <= 6 else "LEFT")
        commands += [("FONTNAME", (i, 1), (i, -1), column_font[i]), ("ALIGN", (i, 1), (i, -1), aligns[i])]

    def font_of_char(ch: str) -> str:
        return chain.font_for(ch) or chain.default_font

    def width_at_size(text: str, font: str) -> float:
        if len(text) != 1:
            return sum(width_at_size(ch, font) for ch in text)
        w = char_width.get((font, text))
        if w is None:
            w = char_width[(font, text)] = stringWidth(text, font, size)
        return w
    # Headers at the list's size: the column widths were planned for it, so they never need to break mid-word.
    head = sized(styles.head)
    data: list[list[Any]] = [[para(header_lines(c, avail[i], lambda t: measure(t) * size), head)
                              for i, c in enumerate(columns)]]
    # Row heights computed here as reportlab would (a text's lines × leading, a Paragraph's wrapped height,
    # plus the paddings): left to reportlab, every page break of a long list re-measures the rows after it
    # (seconds at 3,000 rows). The header row is still measured by reportlab.
    leading, padding = size * 1.3, 4 * scale + 3 * scale
    heights: list[float | None] = [None]
    for n, row in enumerate(notice.rows, start=1):
        cells: list[Any] = []
        tallest = 0.0
        for i, value in enumerate(row):
            fonts = fonts_of(value)
            if len(fonts) > 1:  # several fonts in one cell ("大河1组", a rare character in a name): font runs
                runs = RunsCell(break_runs(value, avail[i], font_of_char, width_at_size), size, leading, aligns[i],
                                width_at_size)
                tallest = max(tallest, runs.height)
                cells.append(runs)
                continue
            font = fonts.pop() if fonts else column_font[i]
            if font != column_font[i]:
                commands.append(("FONTNAME", (i, n), (i, n), font))
            text = wrap(value, font, avail[i])
            tallest = max(tallest, leading * (text.count("\n") + 1))
            cells.append(text)
        data.append(cells)
        heights.append(tallest + padding)
        if progress and n % 500 == 0:
            progress(n, len(notice.rows))
    table = table_cls(data, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(style_cls(commands))
    if not notice.totals:
        return [table]
    # Totals in a one-row table of the same widths right under the list: a SPAN inside a long table makes
    # reportlab recompute the spans at every page break (seconds for a 100-page list).
    first_numeric = min(notice.totals)
    total_row = [para("", styles.cell) for _ in columns]
    total_row[0] = para("合计", styles.head)
    for i, value in notice.totals.items():
        total_row[i] = para(value, cell_right)
    totals = table_cls([total_row], colWidths=widths)
    total_style = [("GRID", (0, 0), (-1, -1), 0.6, "#000000"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                   ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                   ("BACKGROUND", (0, 0), (-1, -1), "#F4F4F4")]
    if first_numeric > 1:
        total_style.append(("SPAN", (0, 0), (first_numeric - 1, 0)))
    totals.setStyle(style_cls(total_style))
    return [table, totals]


# A line of a title may not start with closing punctuation nor end with opening punctuation.
_NO_LINE_START = set("，。、；：？！）》」』”’%")
_NO_LINE_END = set("（《「『“‘")


def balanced_lines(text: str, room: float, width_of: Callable[[str], float]) -> str:
    """A title too long for one line, broken into lines of about equal width, so that no line holds only a
    character or two ("…名单公" / "示"); a title that fits is returned as it is."""
    if "\n" in text or width_of(text) <= room:
        return text
    # Where a line may end: after character i, unless the next one must not start a line or this one not end it.
    allowed = [i for i in range(1, len(text)) if text[i] not in _NO_LINE_START and text[i - 1] not in _NO_LINE_END]
    ends = [width_of(text[:i]) for i in range(len(text) + 1)]
    total = ends[-1]
    for count in range(math.ceil(total / room), len(text) + 1):
        cuts = sorted({min(allowed, key=lambda i, k=k: abs(ends[i] - total * k / count)) for k in range(1, count)})
        lines = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        if all(width_of(line) <= room for line in lines):
            return "\n".join(lines)
    return text


_HEADER_BREAK = re.compile(r"(?<=[/／、，,\s])|(?=[（(])")


def header_parts(header: str) -> list[str]:
    """A column header's unbreakable parts: a line may end after ／、， or a space, or before an opening bracket."""
    return [part for part in _HEADER_BREAK.split(header) if part.strip()] or [header]


def header_lines(header: str, room: float, width_of: Callable[[str], float]) -> str:
    """The header with line breaks between its parts where it does not fit `room` on one line."""
    lines: list[str] = []
    for part in header_parts(header):
        if lines and width_of(lines[-1] + part) <= room:
            lines[-1] += part
        else:
            lines.append(part)
    return "\n".join(line.strip() for line in lines)


# Cells that must not wrap: amounts, ID, phone and account numbers (masked or not), short names and groups, a
# register's number with its short prefix (决策2026-01, 依申2026-003, 关切2026-001, 村务2026-0001) and times of day
# (10月2日 08:00).
_UNBREAKABLE = re.compile(r"^[\u4e00-\u9fff]{0,4}[0-9０-９*＊xX.,，\-+¥￥元%（）() ]*$"
                          r"|^(\d{1,2}月\d{1,2}日 )?\d{1,2}:\d{2}$")
TABLE_FONT_SIZES = (12.0, 11.0, 10.0, 9.0)  # the list's font shrinks (never below 9 pt) before numbers wrap
CELL_PAD = 3.0  # left and right cell padding of the name list (reportlab's default is 6)


def _plan_columns(columns: list[str], sample: list[list[str]], usable: float, scale: float,
                  measure: Callable[[str], float]) -> tuple[list[float], float]:
    """Column widths and the list's font size. Numbers and short names stay on one line (the font shrinks to
    9 pt before they would wrap); long texts (备注, 住址) take what is left and wrap; headers may take two lines.
    `measure` gives a text's width at 1 pt in the fonts that will draw it."""
    longest = [max((measure(r[i]) for r in sample), default=0.0) for i in range(len(columns))]
    breakable = [any(len(r[i]) > 6 and not _UNBREAKABLE.match(r[i]) for r in sample) for i in range(len(columns))]
    for points in TABLE_FONT_SIZES:
        size = points * scale
        natural, minimum = [], []
        for i, header in enumerate(columns):
            # A header may wrap only between its parts ("保障金额" / "（元）"), never inside a word ("村民小/组").
            head = max(max(measure(part) for part in header_parts(header)), 2.0) * size
            natural.append(max(longest[i] * size, head) + 2 * CELL_PAD)
            least = min(longest[i], 6.0) if breakable[i] else longest[i]  # a text keeps at least 6 em a line
            minimum.append(max(least * size, head) + 2 * CELL_PAD)
        if sum(minimum) <= usable or points == TABLE_FONT_SIZES[-1]:
            break
    if sum(natural) <= usable:
        return [w * usable / sum(natural) for w in natural], size
    if sum(minimum) >= usable:  # even 9 pt is too wide: everything shares the shortfall
        return [usable * m / sum(minimum) for m in minimum], size
    # The texts give way: each gets its minimum plus a share of the room left, by how much more it wants.
    spare = usable - sum(minimum)
    wanted = [n - m for n, m in zip(natural, minimum, strict=True)]
    return [m + spare * w / sum(wanted) for m, w in zip(minimum, wanted, strict=True)], size


def _finance_table(notice: Notice, para: Callable[..., Any], styles: _Styles, usable: float, scale: float,
                   table_cls: Any, style_cls: Any) -> Any:
    assert notice.opening is not None and notice.closing is not None
    rows: list[list[Any]] = [[para("类别", styles.head), para("项目", styles.head), para("金额（元）", styles.head)]]
    rows.append([para("上期结余", styles.cell), para("", styles.cell), para(money(notice.opening), styles.cell_right)])
    spans = []
    for label, entries in (("本期收入", notice.income), ("本期支出", notice.expense)):
        start = len(rows)
        for name, amount in entries or [("（无）", 0)]:
            rows.append([para(label, styles.cell), para(name, styles.cell_left), para(money(amount), styles.cell_right)])  # type: ignore[arg-type]
        subtotal = sum((a for _, a in entries), start=type(notice.opening)(0))
        rows.append([para(label, styles.cell), para(f"{label}合计", styles.head), para(money(subtotal), styles.cell_right)])
        spans.append(("SPAN", (0, start), (0, len(rows) - 1)))
    rows.append([para("本期结余", styles.head), para("上期结余 + 本期收入 − 本期支出", styles.cell_left),
                 para(money(notice.closing), styles.cell_right)])
    table = table_cls(rows, colWidths=[usable * 0.2, usable * 0.5, usable * 0.3], repeatRows=1)
    table.setStyle(style_cls([("GRID", (0, 0), (-1, -1), 0.6, "#000000"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE"), *spans]))
    return table


def describe(notice: Notice) -> str:
    return one_line(notice.title)
