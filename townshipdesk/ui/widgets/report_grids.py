"""The annual report page's tables as widgets: section 三's rows as the template prints them, and the small
number grids of sections 二 and 四 (figures only; a cell the template lacks is greyed out)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from townshipdesk.core.reports import COLUMNS, AnnualReport
from townshipdesk.core.requests import OUTCOMES
from townshipdesk.i18n import label_of, tr
from townshipdesk.wording.requests import outcome_groups, reason_text, short_group

COMPUTED_BACKGROUND = QColor("#f3f4f6")
NOT_APPLICABLE = QColor("#e5e7eb")
# Section 二 as one grid: the template's value columns side by side; a cell the template lacks is greyed out.
S2_COLUMNS = ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额（单位：万元）"]
S4_ROWS = [("复议", "行政复议"), ("未经复议直接起诉", "行政诉讼（未经复议）"), ("复议后起诉", "行政诉讼（复议后）")]
NUMBER = QRegularExpression(r"\d{0,9}(\.\d{0,4})?")


def s2_header(column: str) -> str:
    return {
        "本年制发件数": tr("本年\n制发件数", "Issued"),
        "本年废止件数": tr("本年\n废止件数", "Repealed"),
        "现行有效件数": tr("现行\n有效件数", "In\nforce"),
        "本年处理决定数量": tr("本年处理\n决定数量", "Decisions"),
        "本年收费金额（单位：万元）": tr("本年收费\n（万元）", "Fees\n(10k ¥)"),
    }[column]


def s2_row(name: str) -> str:
    return label_of(name, (
        ("规章", "Rules"),
        ("行政规范性文件", "Normative documents"),
        ("行政许可", "Licensing"),
        ("行政处罚", "Penalties"),
        ("行政强制", "Coercive measures"),
        ("行政事业性收费", "Administrative fees"),
    ))


def s4_row(label: str) -> str:
    return label_of(label, (
        ("行政复议", "Administrative review"),
        ("行政诉讼（未经复议）", "Lawsuit (without review)"),
        ("行政诉讼（复议后）", "Lawsuit (after review)"),
    ))


def s3_header(column: str) -> str:
    """Two or three lines, so the seven columns fit beside the row labels."""
    return {
        "natural": tr("自然人", "Natural\nperson"),
        "commercial": tr("商业\n企业", "Business"),
        "research": tr("科研\n机构", "Research"),
        "charity": tr("社会\n公益\n组织", "Public-\ninterest"),  # three lines: in two, cut on a 1024×768 screen
        "legal": tr("法律\n服务\n机构", "Legal\nservices"),
        "other": tr("其他", "Other"),
    }.get(column, column)


def s4_header(column: str) -> str:
    """Two lines, like 三's: in one line they were cut to 吉果维 on a 1024×768 screen."""
    return {"结果维持": tr("结果\n维持", "Upheld"), "结果纠正": tr("结果\n纠正", "Changed"), "其他结果": tr("其他\n结果", "Other"),
            "尚未审结": tr("尚未\n审结", "Pending"), "总计": tr("总计", "Total")}[column]


def number_text(value: str | None) -> str:
    if value in (None, ""):
        return ""
    number = float(value)
    return str(int(number)) if number.is_integer() else str(number)


class NumberDelegate(QStyledItemDelegate):
    """Cells take digits and one decimal point only: a figure of the template, never text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(NUMBER, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor


def number_grid(rows: int, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(rows, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked
                          | QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    table.setItemDelegate(NumberDelegate(table))
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def fit_height(table: QTableWidget) -> None:
    """As tall as its rows: the small grids never scroll."""
    height = table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


@dataclass(frozen=True)
class S3Row:
    label: str
    counts: dict[str, int] | None  # None: a heading row without figures
    level: int  # indentation
    total: bool = False  # （七）总计, computed from the rows above it


def section3_lines(report: AnnualReport) -> list[S3Row]:
    """Section 三 as the template prints it: 一, 二, 三 with its groups and sub-reasons, （七）总计, 四."""
    t = report.requests
    rows = [S3Row(tr("一、本年新收政府信息公开申请数量", "I. New requests this year"), t.new, 0),
            S3Row(tr("二、上年结转政府信息公开申请数量", "II. Carried over from last year"), t.carried_in, 0),
            S3Row(tr("三、本年度办理结果", "III. Handled this year"), None, 0)]
    for group in outcome_groups():
        codes = [code for code, (g, _s) in OUTCOMES.items() if g == group]
        if len(codes) == 1:
            rows.append(S3Row(short_group(group), t.outcomes.get(codes[0], {}), 1))
            continue
        rows.append(S3Row(short_group(group), None, 1))
        rows += [S3Row(reason_text(OUTCOMES[code][1]), t.outcomes.get(code, {}), 2) for code in codes]
    rows.append(S3Row(short_group("（七）总计"), {c: t.handled(c) for c in COLUMNS}, 1, total=True))
    rows.append(S3Row(tr("四、结转下年度继续办理", "IV. Carried over to next year"), t.carried_out, 0))
    return rows


def fill_section3(table: QTableWidget, report: AnnualReport) -> None:
    """Section 三 computed from the register: bold headings and totals, grey rows without figures."""
    lines = section3_lines(report)
    table.setRowCount(len(lines))
    bold = QFont(table.font())
    bold.setBold(True)
    for row, line in enumerate(lines):
        label = QTableWidgetItem("　" * line.level + line.label)
        label.setToolTip(line.label)
        if line.counts is None or line.level == 0 or line.total:
            label.setFont(bold)
        table.setItem(row, 0, label)
        values = [line.counts.get(c, 0) for c in COLUMNS] if line.counts is not None else []
        cells = [*values, sum(values)] if values else [""] * (len(COLUMNS) + 1)
        for column, value in enumerate(cells, start=1):
            cell = QTableWidgetItem(str(value))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if line.counts is None:
                cell.setBackground(QBrush(COMPUTED_BACKGROUND))
            if column == len(COLUMNS) + 1 or line.total:
                cell.setFont(bold)
            table.setItem(row, column, cell)
