"""One township's disclosure records as the county received them: read only, for checking (考核), with a
text filter and a switch for what is overdue."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.disclosures import Record
from townshipdesk.i18n import tr
from townshipdesk.ui.models.records import RecordListModel
from townshipdesk.ui.session import Session
from townshipdesk.ui.widgets.tables import set_column_widths

COLUMNS = ("number", "formed_date", "title", "domain", "item", "due_date", "reminder", "state", "publish_date")
COLUMN_WIDTHS = (84, 86, 260, 90, 170, 96, 90, 60)


def township_records(session: Session, site_id: str, year: int) -> list[Record]:
    """The records of one township formed in `year`, newest first (what the overview counted)."""
    owned = {u for (u,) in session.db.conn.execute(
        "SELECT uuid FROM disclosures WHERE site_id = ? AND deleted_at IS NULL", (site_id,))}
    records = session.records.list(date_from=f"{year}-01-01", date_to=f"{year}-12-31")
    return [r for r in records if r.uuid in owned]


class TownshipRecordsDialog(QDialog):
    def __init__(self, session: Session, site_id: str, name: str, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today: dt.date = session.today()
        self.records = township_records(session, site_id, year)
        self.setWindowTitle(tr("{n} {y}年的公开记录（只读）", "{n}: records of {y} (read only)", n=name, y=year))
        self.resize(1100, 600)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(tr("按标题、领域或事项筛选", "Filter by title, domain or item"))
        self.search_edit.textChanged.connect(lambda _t: self._apply())
        self.overdue_box = QCheckBox(tr("只看逾期未公开", "Overdue only"))
        self.overdue_box.toggled.connect(lambda _on: self._apply())
        self.model = RecordListModel(COLUMNS, lambda: session.calendar)
        self.table = QTableView()
        self.table.setObjectName("township_records")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        set_column_widths(self.table, COLUMN_WIDTHS)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        note = QLabel(tr("县级只能查看乡镇报送的记录；如需更正，请通知乡镇修改后重新报送同步包。",
                         "The county only reads what townships sent; ask the township to correct and send again."))
        note.setStyleSheet("color:#777;")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭", "Close"))
        buttons.rejected.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.overdue_box)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._apply()

    def _apply(self) -> None:
        words = self.search_edit.text().split()
        overdue = self.overdue_box.isChecked()
        shown = [r for r in self.records
                 if all(w in f"{r.display_number} {r.title} {r.domain} {r.item_name}" for w in words)
                 and (not overdue or r.status_on(self.today) == "overdue")]
        self.model.set_records(shown, self.today)
        late = sum(1 for r in self.records if r.status_on(self.today) == "overdue")
        if len(shown) == len(self.records):
            text = tr("共 {n} 条记录，其中逾期未公开 {o} 条", "{n} records, {o} overdue", n=len(shown), o=late)
        else:
            text = tr("显示 {s} 条，共 {n} 条", "{s} of {n} records shown", s=len(shown), n=len(self.records))
        self.count_label.setText(text)
