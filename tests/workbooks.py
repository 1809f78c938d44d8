"""Build catalog workbooks the way counties make them, with the variants seen in real tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet


@dataclass
class Row:
    level1: str
    level2: str
    content: str = "政策文件、办理流程"
    basis: str = "《中华人民共和国政府信息公开条例》"
    time_limit: str = "信息形成或者变更之日起20个工作日内"
    body: str = "乡镇人民政府"
    channels: str = "■政府网站\n□政府公报\n■村务公开栏"
    audience: tuple[str, str] = ("√", "")
    mode: tuple[str, str] = ("√", "")
    tiers: tuple[str, str] = ("√", "√")


@dataclass
class Layout:
    """Wording and placement variants of the national table."""

    title: str | None = "社会救助领域基层政务公开标准目录"
    specific: str = "特定群体"
    on_request: str = "依申请"
    tier_labels: tuple[str, str] = ("县级", "乡级")
    first_row: int = 1  # where the title (or header, without title) starts
    first_col: int = 1
    merge_level1: bool = True
    notes: list[str] = field(default_factory=list)


HEADERS = ["序号", "公开事项", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
           "公开对象", "公开对象", "公开方式", "公开方式", "公开层级", "公开层级"]


def write_sheet(ws: Worksheet, rows: list[Row], layout: Layout) -> None:
    r, c0 = layout.first_row, layout.first_col
    width = len(HEADERS)
    if layout.title is not None:
        ws.cell(r, c0, layout.title)
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + width - 1)
        r += 1
    subs = ["", "一级事项", "二级事项", "", "", "", "", "", "全社会", layout.specific, "主动", layout.on_request,
            *layout.tier_labels]
    for i, h in enumerate(HEADERS):
        ws.cell(r, c0 + i, h if i not in (2, 9, 11, 13) else None)
        ws.cell(r + 1, c0 + i, subs[i] or None)
    for i in (0, 3, 4, 5, 6, 7):
        ws.merge_cells(start_row=r, start_column=c0 + i, end_row=r + 1, end_column=c0 + i)
    for i in (1, 8, 10, 12):
        ws.merge_cells(start_row=r, start_column=c0 + i, end_row=r, end_column=c0 + i + 1)
    r += 2
    seq = 0
    previous_level1 = None
    group_start = r
    for row in rows:
        if row.level1 != previous_level1:
            if layout.merge_level1 and previous_level1 is not None and r - group_start > 1:
                ws.merge_cells(start_row=group_start, start_column=c0 + 1, end_row=r - 1, end_column=c0 + 1)
            seq += 1
            group_start = r
            ws.cell(r, c0, seq)
            ws.cell(r, c0 + 1, row.level1)
        elif not layout.merge_level1:
            ws.cell(r, c0 + 1, None)
        values = [row.level2, row.content, row.basis, row.time_limit, row.body, row.channels, *row.audience,
                  *row.mode, *row.tiers]
        for i, v in enumerate(values, start=2):
            ws.cell(r, c0 + i, v or None)
        previous_level1 = row.level1
        r += 1
    if layout.merge_level1 and r - group_start > 1:
        ws.merge_cells(start_row=group_start, start_column=c0 + 1, end_row=r - 1, end_column=c0 + 1)
    for note in layout.notes:
        ws.cell(r, c0, note)
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + width - 1)
        r += 1


def make_workbook(path: Path, sheets: dict[str, tuple[list[Row], Layout]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, (rows, layout) in sheets.items():
        write_sheet(wb.create_sheet(name), rows, layout)
    wb.save(path)
    return path


def make_xls(path: Path, rows: list[Row], layout: Layout | None = None) -> Path:
    """The same table as a legacy .xls (Excel 97-2003, as WPS still saves by default in many offices)."""
    import xlwt

    layout = layout or Layout()
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("社会救助")
    r = 0
    width = len(HEADERS)
    ws.write_merge(r, r, 0, width - 1, layout.title)
    r += 1
    subs = ["", "一级事项", "二级事项", "", "", "", "", "", "全社会", layout.specific, "主动", layout.on_request,
            *layout.tier_labels]
    for i in (0, 3, 4, 5, 6, 7):
        ws.write_merge(r, r + 1, i, i, HEADERS[i])
    for i in (1, 8, 10, 12):
        ws.write_merge(r, r, i, i + 1, HEADERS[i])
        ws.write(r + 1, i, subs[i])
        ws.write(r + 1, i + 1, subs[i + 1])
    r += 2
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row.level1, []).append(row)
    for seq, (level1, group) in enumerate(groups.items(), start=1):
        start = r
        for row in group:
            values = [row.level2, row.content, row.basis, row.time_limit, row.body, row.channels, *row.audience,
                      *row.mode, *row.tiers]
            for i, v in enumerate(values, start=2):
                if v:
                    ws.write(r, i, v)
            r += 1
        ws.write_merge(start, r - 1, 0, 0, seq)
        ws.write_merge(start, r - 1, 1, 1, level1)
    book.save(str(path))
    return path


SIX_ROWS = [
    Row("最低生活保障", "办事指南"),
    Row("最低生活保障", "审核确认结果", content="保障对象姓名（隐去部分字）、保障金额", audience=("", "√")),
    Row("特困人员救助供养", "办事指南", time_limit="实时公开"),
    Row("特困人员救助供养", "认定结果", time_limit="认定后在申请人所在村公示，公示期为7天", tiers=("", "√")),
    Row("临时救助", "救助情况", time_limit="每季度", mode=("", "√")),
    Row("临时救助", "政策法规文件", time_limit="长期公开"),
]
