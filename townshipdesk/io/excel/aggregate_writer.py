"""The county's summary workbook: an overview sheet and one sheet per domain, ready to forward upwards."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from townshipdesk.core.county import DomainRow, OverdueRecord, TownshipRow
from townshipdesk.core.localtime import china_time
from townshipdesk.io.atomic import write_atomically
from townshipdesk.io.excel.print_setup import landscape_fit_width

OVERVIEW_COLUMNS = [("序号", 6), ("乡镇（街道）", 18), ("区划代码", 14), ("最近报送", 18), ("距今天数", 9), ("公开记录", 9),
                    ("已发布", 8), ("逾期未公开", 10), ("目录事项", 9), ("已有公开的事项", 12), ("覆盖率", 9), ("村务公开张贴", 11),
                    ("村务事件逾期未张贴", 12)]
EVENT_COLUMNS = [("序号", 6), ("乡镇（街道）", 18), ("区划代码", 14), ("本年事件", 10), ("已张贴", 9), ("逾期张贴", 10),
                 ("逾期未张贴", 11)]
# Each overdue record by its township and the township's own number, so the county can phone about it.
OVERDUE_COLUMNS = [("序号", 6), ("乡镇（街道）", 18), ("编号", 12), ("标题", 40), ("领域", 12), ("公开事项", 28),
                   ("形成日期", 12), ("截止日", 12), ("逾期天数", 9)]
REVIEW_SHEET = "不公开事项复核"
REVIEW_COLUMNS = [("序号", 6), ("乡镇（街道）", 18), ("区划代码", 14), ("不公开及依申请公开记录", 14), ("超过12个月未复核", 12),
                  ("本年复核", 9), ("本年转为主动公开", 12), ("本年失效、废止政策", 12)]
CONCERN_COLUMNS = [("序号", 6), ("乡镇（街道）", 18), ("区划代码", 14), ("本年登记", 9), ("其中重大", 9), ("已回应", 8),
                   ("其中逾期回应", 12), ("按时回应率", 10), ("尚未回应", 9), ("其中已逾期", 10)]
CONCERN_SHEET = "回应关切"
PARTICIPATION_COLUMNS = [("序号", 6), ("乡镇（街道）", 18), ("区划代码", 14), ("目录内决策事项", 10), ("调整出目录", 9),
                         ("已决策", 8), ("已征求意见", 9), ("征求意见中", 9), ("收到意见（条）", 10), ("已公布采纳情况", 11),
                         ("采纳情况逾期未公布", 12)]
PARTICIPATION_FIELDS = ("decisions", "removed", "decided", "consulted", "consultations_open", "comments",
                        "feedback_published", "feedback_overdue")
DOMAIN_COLUMNS = [("序号", 6), ("乡镇（街道）", 18), ("目录事项", 9), ("已有公开的事项", 12), ("覆盖率", 9), ("公开记录", 9),
                  ("逾期未公开", 10)]


def export_aggregate(county_name: str, year: int, today: str, townships: list[TownshipRow],
                     domains: dict[str, list[DomainRow]], target: Path, overdue: Sequence[OverdueRecord] = ()) -> Path:
    """The overview sheet, one sheet per domain, and (when there are any) the overdue records, one per row."""
    # Write-only mode streams each sheet's rows to the file; styles are set once per kind of cell and copied
    # (setting a Font or Border on every cell hashes it each time, which was most of a county's 30 × 10k run).
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def sheet(ws, title: str, columns: list[tuple[str, int]], rows: list[list[object]], totals: list[object]) -> None:  # noqa: ANN001
        for i, (_, width) in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        landscape_fit_width(ws, "3:3")
        ws.freeze_panes = "C4"
        ws.row_dimensions[1].height = 28
        heading = WriteOnlyCell(ws, title)
        heading.font = Font(name="黑体", size=14, bold=True)
        heading.alignment = center
        plain, bold = WriteOnlyCell(ws), WriteOnlyCell(ws)
        for template in (plain, bold):
            template.border, template.alignment = border, center
        bold.font = Font(bold=True)

        def styled(values: list[object], template: WriteOnlyCell) -> list[WriteOnlyCell]:
            cells = []
            for value in values:
                cell = WriteOnlyCell(ws, value)
                # The template's style, shared: a write-only cell is written out at once and never changed.
                cell._style = template._style  # noqa: SLF001
                cells.append(cell)
            return cells

        last = get_column_letter(len(columns))
        ws.append([heading])
        ws.merged_cells.add(f"A1:{last}1")
        ws.append([f"统计年度：{year}年    统计日期：{today}    填报单位：{county_name}"])
        ws.merged_cells.add(f"A2:{last}2")
        ws.append(styled([c for c, _ in columns], bold))
        for row in rows:
            ws.append(styled(row, plain))
        ws.append(styled(totals, bold))

    def pct(a: int, b: int) -> str:
        return f"{a / b:.1%}" if b else "—"

    def counts_sheet(name: str, title: str, columns: list[tuple[str, int]],
                     counts: Callable[[TownshipRow], list[int]]) -> None:
        """One row of counts per township (序号, 乡镇, 区划代码, the counts) and their sums."""
        per = [counts(t) for t in townships]
        totals = [sum(column) for column in zip(*per, strict=True)] or [0] * (len(columns) - 3)
        sheet(wb.create_sheet(name), title, columns, [[n, t.name, t.division_code, *c] for n, (t, c) in
                                                      enumerate(zip(townships, per, strict=True), start=1)],
              ["合计", f"{len(townships)} 个乡镇", "", *totals])

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("汇总")
    rows = [[n, t.name, t.division_code, china_time(t.last_received_at),
             t.age_days if t.age_days is not None else "—", t.records, t.published, t.overdue, t.catalog_items,
             t.covered_items, pct(t.covered_items, t.catalog_items), t.village_postings,
             t.village_events_overdue]
            for n, t in enumerate(townships, start=1)]
    tot = [sum(getattr(t, f) for t in townships) for f in ("records", "published", "overdue", "catalog_items", "covered_items",
                                                            "village_postings", "village_events_overdue")]
    sheet(ws, f"{county_name}各乡镇（街道）政务公开工作情况汇总表", OVERVIEW_COLUMNS, rows,
          ["合计", f"{len(townships)} 个乡镇", "", "", "", *tot[:5], pct(tot[4], tot[3]), tot[5], tot[6]])
    # 公众参与 (重大行政决策事项目录 and consultations): one row per township, right after the overview.
    counts_sheet("公众参与", f"{county_name}各乡镇（街道）重大行政决策公众参与情况", PARTICIPATION_COLUMNS,
                 lambda t: [getattr(t.participation, f) for f in PARTICIPATION_FIELDS])
    rows = [[n, t.name, t.division_code, t.concerns, t.concerns_major, t.concerns_responded, t.concerns_late,
             pct(t.concerns_responded - t.concerns_late, t.concerns_responded), t.concerns_open, t.concerns_overdue]
            for n, t in enumerate(townships, start=1)]
    fields = ("concerns", "concerns_major", "concerns_responded", "concerns_late", "concerns_open", "concerns_overdue")
    sums = {f: sum(getattr(t, f) for t in townships) for f in fields}
    # Open and overdue are as of the statistics date, whatever year the concern was seen in.
    sheet(wb.create_sheet(CONCERN_SHEET), f"{county_name}各乡镇（街道）回应关切情况", CONCERN_COLUMNS, rows,
          ["合计", f"{len(townships)} 个乡镇", "", sums["concerns"], sums["concerns_major"], sums["concerns_responded"],
           sums["concerns_late"], pct(sums["concerns_responded"] - sums["concerns_late"], sums["concerns_responded"]),
           sums["concerns_open"], sums["concerns_overdue"]])
    # 每年度对不予公开的政府信息进行评估 and the clean-up of lapsed policies (seed 000), per township.
    counts_sheet(REVIEW_SHEET, f"{county_name}各乡镇（街道）不予公开信息评估和失效文件清理情况", REVIEW_COLUMNS,
                 lambda t: [t.undisclosed, t.reviews_overdue, t.reviews_in_year, t.made_public_in_year, t.lapsed])
    used = {"汇总", "公众参与", CONCERN_SHEET, REVIEW_SHEET}
    for domain, entries in domains.items():
        title = re.sub(r"[\[\]:*?/\\]", "_", domain)[:31]
        while title in used:
            title = title[:29] + "_2"
        used.add(title)
        rows = [[n, d.name, d.catalog_items, d.covered_items, pct(d.covered_items, d.catalog_items), d.records, d.overdue]
                for n, d in enumerate(entries, start=1)]
        items = sum(d.catalog_items for d in entries)
        covered = sum(d.covered_items for d in entries)
        sheet(wb.create_sheet(title), f"{county_name}{domain}领域政务公开情况", DOMAIN_COLUMNS, rows,
              ["合计", "", items, covered, pct(covered, items), sum(d.records for d in entries), sum(d.overdue for d in entries)])
    if overdue:
        day = dt.date.fromisoformat(today)
        rows = [[n, r.township, r.number, r.title, r.domain, r.item, r.formed_date, r.due_date,
                 (day - dt.date.fromisoformat(r.due_date)).days] for n, r in enumerate(overdue, start=1)]
        sheet(wb.create_sheet("逾期未公开记录"), f"{county_name}各乡镇（街道）逾期未公开记录", OVERDUE_COLUMNS, rows,
              ["合计", f"{len(overdue)} 条", "", "", "", "", "", "", ""])
    # 村务公开 events (items published 随时, 村民委员会组织法 Art. 30): the register of each township in one sheet.
    counts_sheet("村务公开事件", f"{county_name}各乡镇村务公开随时公布事项情况（{year}年）", EVENT_COLUMNS,
                 lambda t: [t.village_events, t.village_events_posted, t.village_events_late, t.village_events_overdue])
    return write_atomically(Path(target), lambda tmp: wb.save(tmp))
