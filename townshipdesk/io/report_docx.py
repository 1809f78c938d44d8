"""The annual report's text skeleton as .docx (headings of the national template, the tables filled in),
for the clerk to complete in WPS or Word."""

from __future__ import annotations

from pathlib import Path

from townshipdesk.core.reports import (
    S3_HEADER,
    AnnualReport,
    Grid,
    consistency_text,
    section2_grid,
    section3_rows,
    section4_grid,
)
from townshipdesk.io.atomic import write_atomically

HEADINGS = [
    ("一、总体情况", "（请概述本年度政务公开工作：主动公开、依申请公开、政府信息管理、平台建设、监督保障等。）"),
    ("二、主动公开政府信息情况", None),
    ("三、收到和处理政府信息公开申请情况", None),
    ("四、政府信息公开行政复议、行政诉讼情况", None),
    ("五、存在的主要问题及改进情况", "（请填写本年度工作存在的主要问题、原因及改进措施，以及上年度问题的整改情况。）"),
    ("六、其他需要报告的事项", "（依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，以及其他需要报告的事项。）"),
]


def export_report_docx(report: AnnualReport, office: str, target: Path) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")  # Word needs the East Asian font named separately
    style.font.size = Pt(12)
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run(f"{office}{report.year}年政府信息公开工作年度报告")
    run.bold = True
    run.font.size = Pt(18)
    doc.add_paragraph("本报告依据《中华人民共和国政府信息公开条例》编制。报告中所列数据的统计期限自"
                      f"{report.year}年1月1日起至{report.year}年12月31日止。")

    def table(rows: list[list[object]], merges: list[tuple[int, int, int, int]] = ()) -> None:  # type: ignore[assignment]
        t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                t.cell(r, c).text = "" if value is None else str(value)
        for r0, c0, r1, c1 in merges:
            t.cell(r0, c0).merge(t.cell(r1, c1)).text = str(rows[r0][c0])

    def grid(g: Grid) -> None:
        table(g.rows, g.merges)

    for heading, prompt in HEADINGS:
        h = doc.add_paragraph()
        h.add_run(heading).bold = True
        if prompt:
            doc.add_paragraph(prompt)
        elif heading.startswith("二"):
            grid(section2_grid(report))
        elif heading.startswith("三"):
            table([S3_HEADER, *section3_rows(report)])
            doc.add_paragraph(consistency_text(report))
        else:
            grid(section4_grid(report))
    return write_atomically(Path(target), lambda tmp: doc.save(str(tmp)))
