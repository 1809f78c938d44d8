"""Enter or correct one year's holiday schedule by hand: a table of dates, names and 放假 / 上班 (调休),
checked by the same rules as an imported file, then kept in the database as a 手工录入 year."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.calendar_update import take_in_year
from townshipdesk.core.dates import parse_date
from townshipdesk.core.workdays import YearCalendar, parse_year, require_complete
from townshipdesk.errors import CalendarError, DeadlineError, UserError
from townshipdesk.i18n import msg, tr
from townshipdesk.ui.session import Session
from townshipdesk.wording.records import weekday_text

DATE, WEEKDAY, NAME, KIND = range(4)
ERROR_STYLE = "color:#b00020;"
NOTE_STYLE = "color:#666;"


class YearEditor(QDialog):
    def __init__(self, session: Session, year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.saved: YearCalendar | None = None
        self.setWindowTitle(tr("录入或更正节假日安排", "Enter or correct a holiday schedule"))
        self.resize(560, 620)

        self.year_box = QSpinBox()
        self.year_box.setObjectName("year")
        self.year_box.setRange(1990, 2100)
        self.year_box.setValue(year or session.today().year + 1)
        self.year_box.valueChanged.connect(lambda _y: self._load_year())
        self.source_label = QLabel()
        self.source_label.setStyleSheet(NOTE_STYLE)
        self.source_label.setWordWrap(True)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("days")
        self.table.setHorizontalHeaderLabels([tr("日期（YYYY-MM-DD）", "Date (YYYY-MM-DD)"), tr("星期", "Day"),
                                              tr("名称", "Name"), tr("安排", "Arrangement")])
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(DATE, 150)
        self.table.setColumnWidth(WEEKDAY, 60)
        self.table.setColumnWidth(KIND, 130)
        self.table.itemChanged.connect(self._item_changed)

        self.add_button = QPushButton(tr("添加一天", "Add a day"))
        self.remove_button = QPushButton(tr("删除所选", "Remove selected"))
        self.add_button.clicked.connect(lambda: self.add_day())
        self.remove_button.clicked.connect(self.remove_selected)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.problems_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("保存", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("年份：", "Year:")))
        top.addWidget(self.year_box)
        top.addWidget(self.source_label, 1)
        rows = QHBoxLayout()
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)
        note = QLabel(tr("只列特殊日子：法定节假日放假的日期（含因调休放假的工作日），以及调休上班的周末。"
                         "其余日期按“周一至周五上班、周末休息”计算。",
                         "List only special days: days off for holidays (including swapped weekdays), and weekends "
                         "worked because of a swap. Every other day follows Monday–Friday."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        self._load_year()

    # ---- rows ----------------------------------------------------------------------------------------------
    def _load_year(self) -> None:
        year = self.year_box.value()
        known = self.session.calendar.years.get(year)
        self.table.setRowCount(0)
        if known is not None:
            for day in known.days:
                self.add_day(day.date.isoformat(), day.name, day.is_off_day)
            self.source_label.setText(tr("已载入 {y} 年现有安排（{n} 天），可直接更正", "Loaded the {y} schedule ({n} days) "
                                         "to correct", y=year, n=len(known.days)))
        else:
            self.source_label.setText(tr("{y} 年尚无节假日安排，请逐日录入", "No schedule for {y} yet: enter it day by day",
                                         y=year))
        self.problems_label.hide()

    def add_day(self, date: str = "", name: str = "", off: bool = True) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, DATE, QTableWidgetItem(date))
        weekday = QTableWidgetItem("")
        weekday.setFlags(weekday.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, WEEKDAY, weekday)
        self.table.setItem(row, NAME, QTableWidgetItem(name))
        kind = QComboBox()
        kind.addItem(tr("放假", "Day off"), True)
        kind.addItem(tr("上班（调休）", "Working day (swap)"), False)
        kind.setCurrentIndex(0 if off else 1)
        self.table.setCellWidget(row, KIND, kind)
        self.table.blockSignals(False)
        self._show_weekday(row)
        if not date:
            self.table.setCurrentCell(row, DATE)
            self.table.editItem(self.table.item(row, DATE))
        return row

    def set_day(self, row: int, date: str, name: str, off: bool) -> None:
        self.table.item(row, DATE).setText(date)
        self.table.item(row, NAME).setText(name)
        self._kind_box(row).setCurrentIndex(0 if off else 1)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _kind_box(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, KIND)
        assert isinstance(widget, QComboBox)
        return widget

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == DATE:
            self._show_weekday(item.row())

    def _show_weekday(self, row: int) -> None:
        date_item, weekday_item = self.table.item(row, DATE), self.table.item(row, WEEKDAY)
        if date_item is None or weekday_item is None:
            return
        try:
            text = weekday_text(parse_date(date_item.text()))
        except DeadlineError:
            text = ""
        self.table.blockSignals(True)
        weekday_item.setText(text)
        self.table.blockSignals(False)

    def schedule(self) -> dict[str, object]:
        """The table as a holiday file would hold it (`{year, days:[{name, date, isOffDay}]}`); empty rows skipped."""
        days = []
        for row in range(self.table.rowCount()):
            date = self.table.item(row, DATE).text().strip()
            name = self.table.item(row, NAME).text().strip()
            if not date and not name:
                continue
            try:  # typed as clerks write dates (2027年1月1日, 2027/1/1 …); the file holds YYYY-MM-DD
                date = parse_date(date).isoformat()
            except DeadlineError as exc:
                if date:  # an empty date is left to the schedule's own check ("lacks date")
                    raise CalendarError(msg("第 {i} 条：{e}", "Entry {i}: {e}", i=len(days) + 1, e=exc.message)) from None
            days.append({"name": name, "date": date, "isOffDay": bool(self._kind_box(row).currentData())})
        return {"year": self.year_box.value(), "days": days}

    # ---- saving -----------------------------------------------------------------------------------------
    def problems_text(self) -> str:
        return self.problems_label.text()

    def accept(self) -> None:
        try:
            year = require_complete(parse_year(self.schedule(), source=tr("手工录入", "entered by hand")))
            take_in_year(self.session.db, year, origin="manual", source=year.source)
        except UserError as exc:
            self.problems_label.setText(tr("未保存：{e}", "Not saved: {e}", e=str(exc)))
            self.problems_label.show()
            return
        self.saved = year
        self.session.reload_calendar()
        super().accept()
