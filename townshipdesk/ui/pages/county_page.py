"""统计报表. At the county: every township from the bundles it sent — when it last reported (stale after 30
days), its records, what is overdue, how much of its catalog has disclosures, village postings — as a table
and a bar chart, a year to look at, the summary workbook to forward, and one township's records on
double-click. At a township (until the annual report page is passed in): an honest note that it comes later."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.county import DomainRow, TownshipRow, county_overview, overdue_records
from townshipdesk.i18n import tr
from townshipdesk.ui.dialogs.open_dialogs import OpenDialogs
from townshipdesk.ui.messages import error_text
from townshipdesk.ui.pages.coming_page import ComingPage
from townshipdesk.ui.session import CALENDAR, RECORDS, SITE, Session
from townshipdesk.ui.widgets.county_chart import ChartRow, CountyChart
from townshipdesk.ui.widgets.tables import set_column_widths
from townshipdesk.ui.workers import Job, Progress, run_with_progress
from townshipdesk.wording.display import china_time
from townshipdesk.wording.sync import SYNC

STALE_DAYS = 30
STALE_BACKGROUND = QColor("#fde2e1")
WARN_COLOUR = QColor("#9b1c1c")
QUIET_STYLE = "color:#777;"
LAST_DIR_KEY = "county/last_dir"
YEARS_SHOWN = 5
SITE_ROLE = Qt.ItemDataRole.UserRole


def reports_page(session: Session, annual: Callable[[Session], QWidget] | None = None) -> QWidget:
    """What the 统计报表 entry opens for this installation's role. `annual` builds the annual report's page
    where there is one: the county then gets two tabs (its townships, the report); a township gets the report."""
    site = session.site
    if site is not None and site.role == "county":
        if annual is None:
            return CountyPage(session)
        tabs = QTabWidget()
        tabs.setObjectName("reports_tabs")
        tabs.setDocumentMode(True)
        tabs.addTab(CountyPage(session), tr("各乡镇情况", "Townships"))
        tabs.addTab(annual(session), tr("年度报告", "Annual report"))
        return tabs
    if annual is not None:
        return annual(session)
    page = ComingPage(tr("统计报表", "Reports"), tr(
        "按国家模板生成政府信息公开工作年度报告的统计表格（Excel）和文字稿（Word）。",
        "The annual disclosure report's tables (Excel) and text (Word) in the national template."))
    page.status_label.setText(tr(
        "年度报告的窗口界面将在后续版本提供。现在可以用命令生成：townshipdesk report annual --year {y} --out 年度报告.xlsx "
        "--docx 年度报告.docx",
        "A window for the annual report comes in a later release. For now, use the command: townshipdesk report annual "
        "--year {y} --out report.xlsx --docx report.docx", y=session.today().year - 1))
    page.status_label.setWordWrap(True)
    page.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return page


def _item(text: str, *, align_right: bool = False, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def coverage_text(row: TownshipRow) -> str:
    return f"{row.coverage:.1%}（{row.covered_items}/{row.catalog_items}）" if row.catalog_items else "—"


def concerns_text(row: TownshipRow) -> str:
    """Open concerns now, and how many of them are past their 24/48 hours: 2（逾期 1）."""
    if row.concerns_overdue:
        return tr("{n}（逾期 {o}）", "{n} ({o} overdue)", n=row.concerns_open, o=row.concerns_overdue)
    return str(row.concerns_open)


class CountyPage(QWidget):
    COLUMNS = (("name", 170), ("division_code", 116), ("last_received", 140), ("age", 80), ("records", 86),
               ("published", 80), ("overdue", 96), ("coverage", 150), ("postings", 110), ("reviews_overdue", 120),
               ("lapsed", 110), ("events_overdue", 130), ("concerns", 120), ("decisions", 96),
               ("consulting", 96), ("feedback_overdue", 120))
    MAX_ROWS_SHOWN = 12  # more townships scroll inside the table, so the chart keeps its room

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.townships: list[TownshipRow] = []
        self.domains: dict[str, list[DomainRow]] = {}
        self.job: Job | None = None
        self._dialogs = OpenDialogs()  # the non-blocking dialogs shown now
        self._dirty = False

        heading = QLabel(tr("各乡镇政务公开情况", "Townships at a glance"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.year_box = QComboBox()
        self.year_box.setObjectName("year")
        this_year = session.today().year
        for year in range(this_year, this_year - YEARS_SHOWN, -1):
            self.year_box.addItem(tr("{y}年", "{y}", y=year), year)
        self.year_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.as_of_label = QLabel()
        self.as_of_label.setStyleSheet(QUIET_STYLE)
        self.export_button = QPushButton(tr("导出汇总表…", "Export summary…"))
        self.export_button.setObjectName("export_summary")
        self.export_button.setToolTip(tr("汇总表和每个领域一张表（Excel），可直接报送上级", "An overview sheet and one sheet per "
                                         "domain (Excel), ready to forward"))
        self.export_button.clicked.connect(lambda: self.export_summary())
        # Every overdue record by 乡镇 and number: a long sheet in a big county, so only when asked (as `--overdue-list`).
        self.overdue_list_box = QCheckBox(tr("附逾期记录清单", "With the overdue records"))
        self.overdue_list_box.setObjectName("overdue_list")
        self.overdue_list_box.setToolTip(tr("汇总表另加一张表，按乡镇和编号列出每条逾期未公开的记录", "Adds a sheet listing each "
                                            "overdue record by township and number"))

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("townships")
        self.table.setHorizontalHeaderLabels([
            tr("乡镇（街道）", "Township"), tr("区划代码", "Code"), tr("最近报送", "Last bundle"), tr("距今天数", "Days ago"),
            tr("公开记录", "Records"), tr("已发布", "Published"), tr("逾期未公开", "Overdue"), tr("目录覆盖率", "Coverage"),
            tr("村务公开张贴", "Village postings"), tr("不公开超期未复核", "Reviews overdue"),
            tr("本年失效废止", "Lapsed this year"),
            tr("村务事件逾期未张贴", "Village events overdue"), tr("待回应关切", "Open concerns"),
            tr("重大决策事项", "Major decisions"), tr("征求意见中", "Consulting"), tr("采纳情况未公布", "Feedback unpublished")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        set_column_widths(self.table, [width for _key, width in self.COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(tr("双击一个乡镇，查看它报送的公开记录", "Double-click a township to see its records"))
        self.table.activated.connect(lambda index: self.open_township(index.row()))
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        self.empty_label = QLabel(tr("尚未收到任何乡镇的同步包。乡镇在“同步”页生成同步包，县级在“同步”页导入后，这里就会列出各乡镇的情况。",
                                     "No township bundle received yet. Import townships' bundles on the Sync page and "
                                     "they appear here."))
        self.empty_label.setObjectName("empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(QUIET_STYLE)
        self.status_label = QLabel()
        self.status_label.setObjectName("export_status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()

        self.chart = CountyChart()
        chart_scroll = QScrollArea()
        chart_scroll.setWidget(self.chart)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(QLabel(tr("统计年度：", "Year:")))
        top.addWidget(self.year_box)
        top.addWidget(self.as_of_label, 1)
        top.addWidget(self.overdue_list_box)
        top.addWidget(self.export_button)
        table_part = QWidget()
        table_layout = QVBoxLayout(table_part)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.empty_label)
        table_layout.addWidget(self.summary_label)
        table_layout.addWidget(self.status_label)
        chart_heading = QLabel(tr("按乡镇对比", "Townships compared"))
        chart_heading.setStyleSheet("font-weight:bold;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(table_part)
        layout.addSpacing(6)
        layout.addWidget(chart_heading)
        layout.addWidget(chart_scroll, 1)

        session.changed.connect(self._session_changed)
        self.refresh()

    # ---- data -----------------------------------------------------------------------------------------------
    def year(self) -> int:
        return int(self.year_box.currentData())

    def set_year(self, year: int) -> None:
        index = self.year_box.findData(year)
        if index < 0:
            self.year_box.addItem(tr("{y}年", "{y}", y=year), year)
            index = self.year_box.count() - 1
        self.year_box.setCurrentIndex(index)

    def refresh(self) -> None:
        self._dirty = False
        today = self.session.today()
        self.townships, self.domains = county_overview(self.session.db, today, self.year())
        self.as_of_label.setText(tr("统计日期 {d}：逾期按此日计算，记录按形成日期计入年度", "As of {d}: overdue as of this day; "
                                    "records count in the year they were formed", d=today.isoformat()))
        self._fill_table()
        self.chart.set_rows([ChartRow(t.name, t.coverage, t.overdue, self._stale(t)) for t in self.townships])
        self.export_button.setEnabled(bool(self.townships) and self.job is None)

    @staticmethod
    def _stale(row: TownshipRow) -> bool:
        return row.age_days is None or row.age_days > STALE_DAYS

    def _fill_table(self) -> None:
        rows = self.townships
        self.table.setRowCount(len(rows))
        for n, t in enumerate(rows):
            age = "—" if t.age_days is None else str(t.age_days)
            values = [_item(t.name), _item(t.division_code), _item(china_time(t.last_received_at)),
                      _item(age, align_right=True), _item(str(t.records), align_right=True),
                      _item(str(t.published), align_right=True), _item(str(t.overdue), align_right=True),
                      _item(coverage_text(t), align_right=True), _item(str(t.village_postings), align_right=True),
                      _item(str(t.reviews_overdue), align_right=True), _item(str(t.lapsed), align_right=True),
                      _item(str(t.village_events_overdue), align_right=True),
                      _item(concerns_text(t), align_right=True),
                      *(_item(str(n), align_right=True) for n in (t.participation.decisions,
                                                                  t.participation.consultations_open,
                                                                  t.participation.feedback_overdue))]
            values[12].setToolTip(tr("本年登记关切 {n} 件，已回应 {r} 件，其中逾期回应 {l} 件", "{n} concerns this year, {r} "
                                    "answered, {l} of them late", n=t.concerns, r=t.concerns_responded, l=t.concerns_late))
            values[0].setData(SITE_ROLE, t.site_id)
            if self._stale(t):
                tip = tr("超过{d}天未报送：请督促该乡镇报送同步包", "No bundle for over {d} days: remind the township",
                         d=STALE_DAYS)
                for cell in values[2:4]:
                    cell.setBackground(QBrush(STALE_BACKGROUND))
                    cell.setForeground(QBrush(WARN_COLOUR))
                    cell.setToolTip(tip)
            if t.overdue:
                values[6].setForeground(QBrush(WARN_COLOUR))
            if t.reviews_overdue:  # records not disclosed and not re-assessed for 12 months (每年度评估)
                values[9].setForeground(QBrush(WARN_COLOUR))
            if t.village_events_overdue:
                values[11].setForeground(QBrush(WARN_COLOUR))
            if t.concerns_overdue:
                values[12].setForeground(QBrush(WARN_COLOUR))
            if t.participation.feedback_overdue:  # a consultation ended and its 采纳情况 is not published
                values[15].setForeground(QBrush(WARN_COLOUR))
            for column, cell in enumerate(values):
                self.table.setItem(n, column, cell)
        shown = min(max(len(rows), 1), self.MAX_ROWS_SHOWN)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + shown * self.table.verticalHeader().defaultSectionSize() + 2 * self.table.frameWidth() + 2)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.summary_label.setVisible(bool(rows))
        if rows:
            stale = sum(1 for t in rows if self._stale(t))
            text = tr("共 {n} 个乡镇：公开记录 {r} 条，已发布 {p} 条，逾期未公开 {o} 条。",
                      "{n} townships: {r} records, {p} published, {o} overdue.", n=len(rows),
                      r=sum(t.records for t in rows), p=sum(t.published for t in rows), o=sum(t.overdue for t in rows))
            if stale:
                text += tr("{s} 个乡镇超过{d}天未报送（红色标出）。", " {s} have sent nothing for over {d} days (in red).",
                           s=stale, d=STALE_DAYS)
            self.summary_label.setText(text)

    def _session_changed(self, area: str) -> None:
        if area in (SITE, RECORDS, CALENDAR, SYNC):
            if self.isVisible():
                self.refresh()
            else:
                self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    # ---- drill-down ---------------------------------------------------------------------------------------------
    def open_township(self, row: int) -> QDialog | None:
        from townshipdesk.ui.dialogs.township_records import TownshipRecordsDialog

        if not 0 <= row < len(self.townships):
            return None
        township = self.townships[row]
        dialog = TownshipRecordsDialog(self.session, township.site_id, township.name, self.year(), self)
        return self._dialogs.open(dialog)

    # ---- export -------------------------------------------------------------------------------------------------
    def export_summary(self) -> Job | None:
        from townshipdesk.io.excel.aggregate_writer import export_aggregate

        site = self.session.site
        if site is None or not self.townships:
            return None
        year, today = self.year(), self.session.today()
        folder = Path(str(self.session.ui_settings().value(LAST_DIR_KEY, str(Path.home()))))
        default = folder / tr("{c}{y}年各乡镇政务公开情况汇总表.xlsx", "{c} townships {y}.xlsx", c=site.name, y=year)
        chosen, _ = QFileDialog.getSaveFileName(self, tr("导出汇总表", "Export summary"), str(default),
                                                tr("Excel 工作簿 (*.xlsx)", "Excel workbook (*.xlsx)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.session.ui_settings().setValue(LAST_DIR_KEY, str(path.parent))
        townships, domains, name = list(self.townships), dict(self.domains), site.name
        # One indexed query, here: the job has no database.
        overdue = overdue_records(self.session.db, today, year) if self.overdue_list_box.isChecked() else []

        def job(progress: Progress) -> Path:
            progress(0, 1)
            return export_aggregate(name, year, today.isoformat(), townships, domains, path, overdue)

        self.status_label.hide()
        self.export_button.setEnabled(False)
        self.job = run_with_progress(self, tr("正在导出汇总表…", "Exporting the summary…"), job, self._exported,
                                     self._export_failed)
        job_ref = self.job
        job_ref.failed.connect(lambda _exc: self._job_done() if job_ref.cancelled else None)
        return self.job

    def _job_done(self) -> None:
        self.job = None
        self.export_button.setEnabled(bool(self.townships))

    def _exported(self, path: Path) -> None:
        self._job_done()
        self.status_label.setText(tr("已导出汇总表：{p}（{n} 个乡镇，{d} 个领域各一张表）", "Summary written: {p} ({n} "
                                     "townships, one sheet for each of {d} domains)", p=str(path), n=len(self.townships),
                                     d=len(self.domains)))
        self.status_label.setStyleSheet("color:#1d6b2f;")
        self.status_label.show()

    def _export_failed(self, exc: BaseException) -> None:
        self._job_done()
        self.status_label.setText(error_text(exc))
        self.status_label.setStyleSheet(f"color:{WARN_COLOUR.name()};")
        self.status_label.show()
