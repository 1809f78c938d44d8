"""设置: where the data is, who this installation is, the interface language, the 依申请公开受理机构 printed in the
request guide, how a notice period is counted (张贴当日计入公示期), and the working-day calendar (which years' holiday
schedules are known, importing a year's file, entering one by hand)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.calendar_store import YearInfo, year_infos
from townshipdesk.core.calendar_update import take_in_year
from townshipdesk.core.datadir import database_path
from townshipdesk.core.office_settings import posting_day_counts, set_posting_day_counts
from townshipdesk.core.workdays import load_year_file
from townshipdesk.errors import UserError
from townshipdesk.i18n import language, tr
from townshipdesk.ui.dialogs.open_dialogs import OpenDialogs
from townshipdesk.ui.messages import show_error
from townshipdesk.ui.session import CALENDAR, SITE, VILLAGES, Session
from townshipdesk.ui.widgets.receiving_office_form import ReceivingOfficeForm
from townshipdesk.ui.widgets.tables import set_column_widths
from townshipdesk.wording.display import china_time, role_text
from townshipdesk.wording.records import estimate_warning

LANGUAGE_KEY = "language"
CALENDAR_DIR_KEY = "calendar/last_dir"
YEAR_ROLE = Qt.ItemDataRole.UserRole


def origin_text(origin: str) -> str:
    """Where a year's holiday data came from, in the clerk's words."""
    return {"shipped": tr("随软件提供", "shipped"), "file": tr("文件导入", "imported file"),
            "manual": tr("手工录入", "entered by hand"), "bundle": tr("县级下发", "from the county")}.get(origin, origin)


class SettingsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data_dir_label = _selectable(str(session.data_dir))
        self.database_label = _selectable(str(database_path(session.data_dir)))
        open_button = QPushButton(tr("打开文件夹", "Open folder"))
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(session.data_dir))))
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir_label, 1)
        data_row.addWidget(open_button)

        self.site_name = _selectable("")
        self.site_code = _selectable("")
        self.site_role = _selectable("")
        self.site_created = _selectable("")
        self.site_id = _selectable("")

        self.language_box = QComboBox()
        self.language_box.addItem("中文", "zh")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(0 if language() == "zh" else 1)
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.language_note = QLabel(tr("更改语言后，重新启动程序生效。", "A new language takes effect after restarting."))
        self.language_note.setStyleSheet("color: palette(mid);")

        form = QFormLayout()
        form.addRow(tr("数据文件夹：", "Data folder:"), data_row)
        form.addRow(tr("数据库文件：", "Database file:"), self.database_label)
        form.addRow(tr("单位名称：", "Office name:"), self.site_name)
        form.addRow(tr("区划代码：", "Division code:"), self.site_code)
        form.addRow(tr("单位类型：", "Role:"), self.site_role)
        form.addRow(tr("设置时间：", "Set up:"), self.site_created)
        form.addRow(tr("本机编号：", "Installation id:"), self.site_id)
        form.addRow(tr("界面语言：", "Language:"), self.language_box)
        form.addRow("", self.language_note)
        self.posting_day_box = QCheckBox(tr("张贴当日计入公示期", "The posting day counts as day 1 of a notice"))
        self.posting_day_box.setObjectName("posting_day_counts")
        self.posting_day_box.setChecked(posting_day_counts(session.db))
        self.posting_day_box.toggled.connect(self._posting_day_toggled)
        self.posting_day_note = QLabel(tr(
            "默认不勾选：按《民法典》第二百零一条，张贴当日不计入，公示期自次日起算，末日遇节假日顺延到下一个工作日。"
            "只有本县规定张贴当日计入时才勾选；公示单上会注明。已登记的张贴不改变。",
            "Off by default: by Civil Code Art. 201 the posting day is not counted, the notice counts from the next day "
            "and a last day on a holiday moves to the next working day. Tick only where the county's rules count the "
            "posting day; the sheet then says so. Postings already recorded keep their dates."))
        self.posting_day_note.setWordWrap(True)
        self.posting_day_note.setStyleSheet("color: palette(mid);")
        counting = QFormLayout()  # an office rule, below the fixed office details and their note
        counting.addRow(tr("公示期计算：", "Notice periods:"), self.posting_day_box)
        counting.addRow("", self.posting_day_note)
        note = QLabel(tr("单位信息在首次设置时确定，写入上报给县级的数据包，不能在此修改。",
                         "The office details were fixed at set-up and go into every bundle; they cannot be changed here."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        # ---- the working-day calendar ----
        heading = QLabel(tr("工作日历（节假日与调休）", "Working-day calendar (holidays and swapped days)"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        self.calendar_note = QLabel()
        self.calendar_note.setObjectName("calendar_note")
        self.calendar_note.setWordWrap(True)
        self.calendar_note.setStyleSheet("color: palette(mid);")
        self.years_table = QTableWidget(0, 5)
        self.years_table.setObjectName("calendar_years")
        self.years_table.setHorizontalHeaderLabels([tr("年份", "Year"), tr("来源", "Source"), tr("放假天数", "Days off"),
                                                    tr("调休上班天数", "Swapped workdays"), tr("文件或说明", "File or note")])
        self.years_table.verticalHeader().hide()
        self.years_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.years_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.years_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.years_table.setAlternatingRowColors(True)
        self.years_table.horizontalHeader().setStretchLastSection(True)
        self.years_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        set_column_widths(self.years_table, (70, 110, 80, 100))
        self.years_table.doubleClicked.connect(lambda _index: self.edit_year())
        self.import_year_button = QPushButton(tr("导入节假日文件…", "Import a holiday file…"))
        self.import_year_button.setToolTip(tr("每年一个 JSON 文件：{year, days:[{name, date, isOffDay}]}",
                                              "One JSON file per year: {year, days:[{name, date, isOffDay}]}"))
        self.import_year_button.clicked.connect(self.import_year)
        self.edit_year_button = QPushButton(tr("录入或更正…", "Enter or correct…"))
        self.edit_year_button.setToolTip(tr("手工录入新的一年，或更正所选年份", "Enter a new year by hand, or correct the selected one"))
        self.edit_year_button.clicked.connect(lambda: self.edit_year())
        self.calendar_status = QLabel()
        self.calendar_status.setObjectName("calendar_status")
        self.calendar_status.setWordWrap(True)
        self.calendar_status.setStyleSheet("color:#1e6b32;")
        calendar_buttons = QHBoxLayout()
        calendar_buttons.addWidget(self.import_year_button)
        calendar_buttons.addWidget(self.edit_year_button)
        calendar_buttons.addWidget(self.calendar_status, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color:#ddd;")

        self.receiving_form = ReceivingOfficeForm(session.db)
        identity = QVBoxLayout()
        identity.addLayout(form)
        identity.addWidget(note)
        identity.addStretch(1)
        top = QHBoxLayout()  # who this office is, beside where it receives requests
        top.addLayout(identity, 1)
        top.addSpacing(16)
        top.addWidget(self.receiving_form, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(counting)
        layout.addSpacing(8)
        layout.addWidget(line)
        layout.addWidget(heading)
        layout.addWidget(self.calendar_note)
        layout.addWidget(self.years_table, 1)
        layout.addLayout(calendar_buttons)
        self._dialogs = OpenDialogs()  # the non-blocking dialogs shown now
        session.changed.connect(self._session_changed)
        self.refresh()
        self.refresh_calendar()

    def _session_changed(self, area: str) -> None:
        if area == SITE:
            self.refresh()
        elif area == CALENDAR:
            self.refresh_calendar()

    def refresh(self) -> None:
        site = self.session.site
        self.site_name.setText(site.name if site else "—")
        self.site_code.setText(site.division_code if site else "—")
        self.site_role.setText(role_text(site.role) if site else "—")
        self.site_created.setText(china_time(site.created_at) if site else "—")
        self.site_id.setText(site.site_id if site else "—")

    # ---- the working-day calendar ---------------------------------------------------------------------------
    def refresh_calendar(self) -> None:
        infos = sorted(year_infos(self.session.db), key=lambda i: -i.year)
        self.years = infos
        table = self.years_table
        table.setRowCount(len(infos))
        for row, info in enumerate(infos):
            values = (str(info.year), origin_text(info.origin), str(info.holidays), str(info.workdays), info.source)
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setData(YEAR_ROLE, info.year)
                if column in (0, 2, 3):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setToolTip(text)
                table.setItem(row, column, cell)
        if infos:
            last = infos[0].year
            self.calendar_note.setText(tr(
                "已有 {a}–{b} 年的节假日安排。{n} 年及以后的截止日按《全国年节及纪念日放假办法》的法定节假日和周末估算，"
                "并标明“{w}”；国务院每年11月前后公布下一年安排（含调休），届时请导入文件或手工录入。",
                "Schedules are known for {a}–{b}. Due dates in {n} and later are estimated from the statutory holidays "
                "and weekends and marked '{w}'; the State Council publishes next year's schedule (with its swapped "
                "working days) around November: import or enter it then.",
                a=infos[-1].year, b=last, n=last + 1, w=estimate_warning()))
        else:
            self.calendar_note.setText(estimate_warning())

    def selected_year(self) -> int | None:
        row = self.years_table.currentRow()
        cell = self.years_table.item(row, 0) if row >= 0 else None
        return cell.data(YEAR_ROLE) if cell is not None else None

    def year_info(self, year: int) -> YearInfo | None:
        return next((i for i in year_infos(self.session.db) if i.year == year), None)

    def import_year(self) -> None:
        start = str(self.session.ui_settings().value(CALENDAR_DIR_KEY, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, tr("导入节假日文件", "Import a holiday file"), start,
                                              tr("节假日文件 (*.json)", "Holiday files (*.json)"))
        if not path:
            return
        self.session.ui_settings().setValue(CALENDAR_DIR_KEY, str(Path(path).parent))
        try:
            year = load_year_file(Path(path))
        except UserError as exc:
            show_error(self, exc, tr("未能导入", "Not imported"))
            return
        existing = self.year_info(year.year)
        if existing is not None:
            answer = QMessageBox.question(
                self, tr("替换节假日安排", "Replace the schedule"),
                tr("{y} 年已有节假日安排（{o}，放假 {h} 天、调休上班 {w} 天）。用文件“{f}”中的安排替换它吗？",
                   "{y} already has a schedule ({o}, {h} days off, {w} swapped workdays). Replace it with '{f}'?",
                   y=year.year, o=origin_text(existing.origin), h=existing.holidays, w=existing.workdays,
                   f=Path(path).name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            take_in_year(self.session.db, year, origin="file", source=Path(path).name)
        except UserError as exc:
            show_error(self, exc, tr("未能导入", "Not imported"))
            return
        self.session.reload_calendar()
        self.calendar_status.setText(tr("已导入 {y} 年节假日安排：放假 {h} 天，调休上班 {w} 天。新的截止日将按此计算。",
                                        "Imported the {y} schedule: {h} days off, {w} swapped workdays.",
                                        y=year.year, h=sum(d.is_off_day for d in year.days),
                                        w=sum(not d.is_off_day for d in year.days)))

    def edit_year(self, year: int | None = None) -> QDialog:
        from townshipdesk.ui.dialogs.year_editor import YearEditor

        editor = YearEditor(self.session, year or self.selected_year(), parent=self)

        def saved() -> None:
            if editor.saved is not None:
                self.calendar_status.setText(tr("已保存 {y} 年节假日安排（手工录入）。", "Saved the {y} schedule (entered by hand).",
                                                y=editor.saved.year))

        editor.accepted.connect(saved)
        return self._dialogs.open(editor)

    def _posting_day_toggled(self, on: bool) -> None:
        set_posting_day_counts(self.session.db, on)
        self.session.notify(VILLAGES)  # the sheet editor and postings count with the new setting

    def _language_changed(self) -> None:
        self.session.ui_settings().setValue(LANGUAGE_KEY, self.language_box.currentData())


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label
