"""The list of lapsed and repealed policies of a period (失效、废止政策文件清理结果) that the office publishes: as a
PDF drawn by the notice-sheet machinery (fonts checked per character, A4, header repeated on every page), or as
a workbook for the portal's editors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from townshipdesk.core.dates import cn_date
from townshipdesk.core.lapsed_policies import LapsedList
from townshipdesk.core.notices import Notice
from townshipdesk.errors import RecordError
from townshipdesk.i18n import msg
from townshipdesk.io.atomic import write_atomically

COLUMNS = [("序号", 6), ("文件名称", 44), ("文号", 22), ("成文日期", 12), ("清理结果", 10), ("失效（废止）日期", 14),
           ("替代文件", 30)]
# The printed list puts the 文号 under the title and leaves out 成文日期: room enough that no 文号 breaks mid-way.
PRINTED_COLUMNS = ["序号", "文件名称（文号）", "清理结果", "失效（废止）日期", "替代文件"]
FORMATS = (".pdf", ".xlsx")




def list_title(office: str) -> str:
    return f"{office}失效和废止政策文件清理结果"


def list_rows(lapsed: LapsedList) -> list[list[str]]:
    return [[str(n), r.title, r.doc_number or "—", r.formed_date, r.lapse_status or "", r.lapse_date or "",
             r.replaced_by or "—"] for n, r in enumerate(lapsed.records, start=1)]


def lapsed_notice(office: str, lapsed: LapsedList, date: dt.date) -> Notice:
    """The list as notice data: the clean-up result with a short preface, signed by the office."""
    count = len(lapsed.records)
    repealed = sum(1 for r in lapsed.records if r.lapse_status == "废止")
    preface = (f"根据《中华人民共和国政府信息公开条例》和政务公开标准化规范化工作要求，本机关对{cn_date(lapsed.start)}至"
               f"{cn_date(lapsed.end)}期间的政策文件进行了清理。")
    if count:
        preface += f"共有{count}件政策文件失效或被废止（其中废止{repealed}件、失效{count - repealed}件），现将清理结果公布如下。"
    else:
        preface += "本期间没有失效或被废止的政策文件。"
    notice = Notice(kind="namelist" if count else "general", board="", title=list_title(office), issuer=office,
                    date=date, period=None, letter=True, addressed=False, paragraphs=[preface])
    if count:
        notice.columns = PRINTED_COLUMNS
        notice.rows = [[n, title if number == "—" else f"{title}\n{number}", status, day, replaced]
                       for n, title, number, _formed, status, day, replaced in list_rows(lapsed)]
    return notice


def export_lapsed_list(office: str, lapsed: LapsedList, target: Path, *, date: dt.date) -> Path:
    """Write the list to `target` (.pdf or .xlsx, by its name)."""
    suffix = Path(target).suffix.lower()
    if suffix not in FORMATS or Path(target).is_dir():
        raise RecordError(msg("清单文件名应以 .pdf 或 .xlsx 结尾：“{p}”", "The list's file name should end in .pdf or .xlsx: '{p}'",
                              p=str(target)))
    if suffix == ".pdf":
        from townshipdesk.io.pdf.notice_pdf import render_notice

        return render_notice(lapsed_notice(office, lapsed, date), Path(target))
    return _workbook(office, lapsed, Path(target), date)


def _workbook(office: str, lapsed: LapsedList, target: Path, date: dt.date) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    from townshipdesk.io.excel.print_setup import landscape_fit_width

    wb = Workbook()
    ws = wb.active
    ws.title = "失效废止政策清理"
    last = get_column_letter(len(COLUMNS))
    ws.append([f"{list_title(office)}（{cn_date(lapsed.start)}至{cn_date(lapsed.end)}）"])
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(name="黑体", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 32
    ws.append([f"填报单位：{office}    导出日期：{date.isoformat()}    共 {len(lapsed.records)} 件"])
    ws.merge_cells(f"A2:{last}2")
    ws.append([c for c, _ in COLUMNS])
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for row in list_rows(lapsed):
        ws.append([int(row[0]), *row[1:]])
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.border = border
            cell.alignment = Alignment(vertical="center", wrap_text=True,
                                       horizontal="left" if cell.column in (2, 7) and cell.row > 3 else "center")
            if cell.row == 3:
                cell.font = Font(bold=True)
    for i, (_, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A4"
    landscape_fit_width(ws, "3:3")
    return write_atomically(target, lambda tmp: wb.save(tmp))
