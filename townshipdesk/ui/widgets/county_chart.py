"""Two bar charts side by side, one row per township: catalog coverage (%) and records overdue (count).

Drawn with QPainter: PySide6-Essentials has no QtCharts, and horizontal bars with the names at the left read
well for the five to thirty townships of a county."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from townshipdesk.i18n import tr

COVERAGE_COLOUR = QColor("#2f6fb0")
OVERDUE_COLOUR = QColor("#c0392b")
STALE_COLOUR = QColor("#9b1c1c")
GRID_COLOUR = QColor("#d8d8d8")
TEXT_COLOUR = QColor("#333333")
ROW_HEIGHT = 24  # the least a row gets; rows grow to fill the space there is, up to MAX_ROW_HEIGHT
MAX_ROW_HEIGHT = 40
MARGIN = 10


@dataclass(frozen=True)
class ChartRow:
    name: str
    coverage: float  # 0 … 1
    overdue: int
    stale: bool = False  # no bundle for more than 30 days: the name is marked


class CountyChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("county_chart")
        self.rows: list[ChartRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_rows(self, rows: list[ChartRow]) -> None:
        self.rows = list(rows)
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def _height(self) -> int:
        line = QFontMetrics(self.font()).height()
        return 2 * MARGIN + line + 8 + max(len(self.rows), 1) * ROW_HEIGHT + line + 4

    def sizeHint(self) -> QSize:
        return QSize(640, self._height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        names_width = max([metrics.horizontalAdvance(r.name) for r in self.rows] + [60]) + 12
        top = MARGIN + line + 8
        spare = self.height() - self._height()
        row_height = min(ROW_HEIGHT + max(spare, 0) // max(len(self.rows), 1), MAX_ROW_HEIGHT)
        total_width = self.width() - 2 * MARGIN - names_width
        gap = 28
        panel = max((total_width - gap) // 2, 80)
        left = MARGIN + names_width
        right = left + panel + gap
        value_room = metrics.horizontalAdvance("100.0%") + 8
        most_overdue = max([r.overdue for r in self.rows] + [1])

        painter.setPen(TEXT_COLOUR)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(left, MARGIN, panel, line), Qt.AlignmentFlag.AlignLeft, tr("目录覆盖率（有公开记录的事项占比）",
                                                                                           "Catalog coverage"))
        painter.drawText(QRectF(right, MARGIN, panel, line), Qt.AlignmentFlag.AlignLeft, tr("逾期未公开（条）",
                                                                                            "Overdue records"))
        painter.setFont(self.font())
        bottom = top + len(self.rows) * row_height

        # Grid lines with their scale under each panel.
        bar_span = panel - value_room
        painter.setPen(QPen(GRID_COLOUR, 1))
        for step in range(5):
            x = left + bar_span * step / 4
            painter.drawLine(int(x), top - 2, int(x), bottom + 2)
        overdue_steps = min(most_overdue, 4)
        for step in range(overdue_steps + 1):
            x = right + bar_span * step / overdue_steps
            painter.drawLine(int(x), top - 2, int(x), bottom + 2)
        painter.setPen(TEXT_COLOUR)
        for step in range(5):
            x = left + bar_span * step / 4
            painter.drawText(QRectF(x - 30, bottom + 4, 60, line), Qt.AlignmentFlag.AlignHCenter, f"{step * 25}%")
        for step in range(overdue_steps + 1):
            x = right + bar_span * step / overdue_steps
            value = round(most_overdue * step / overdue_steps)
            painter.drawText(QRectF(x - 30, bottom + 4, 60, line), Qt.AlignmentFlag.AlignHCenter, str(value))

        if not self.rows:
            painter.drawText(QRectF(left, top, panel * 2, row_height), Qt.AlignmentFlag.AlignVCenter,
                             tr("尚无乡镇数据", "No township data yet"))
        for n, row in enumerate(self.rows):
            y = top + n * row_height
            bar = QRectF(0, y + row_height * 0.22, 0, row_height * 0.56)
            painter.setPen(STALE_COLOUR if row.stale else TEXT_COLOUR)
            painter.drawText(QRectF(MARGIN, y, names_width - 12, row_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, row.name)
            painter.setPen(Qt.PenStyle.NoPen)
            width = bar_span * max(0.0, min(row.coverage, 1.0))
            painter.setBrush(COVERAGE_COLOUR)
            painter.drawRect(QRectF(left, bar.y(), width, bar.height()))
            width_overdue = bar_span * row.overdue / most_overdue
            painter.setBrush(OVERDUE_COLOUR)
            painter.drawRect(QRectF(right, bar.y(), width_overdue, bar.height()))
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QRectF(left + width + 4, y, value_room + 20, row_height), Qt.AlignmentFlag.AlignVCenter,
                             f"{row.coverage:.1%}")
            painter.drawText(QRectF(right + width_overdue + 4, y, value_room + 20, row_height),
                             Qt.AlignmentFlag.AlignVCenter, str(row.overdue))
        painter.end()
