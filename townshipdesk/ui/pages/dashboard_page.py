"""工作台: what needs doing today — overdue, due within 5 working days, periodic items not disclosed this
period, records waiting for review, village affairs items not posted this period, counts by domain — beside
who this installation is and its catalog."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections import Counter

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.disclosures import MissingDisclosure
from townshipdesk.core.due_summary import DueSummary, due_summary
from townshipdesk.core.village_events import VillageEvent, due_rule_text, open_events
from townshipdesk.core.villages import UnpostedItem
from townshipdesk.i18n import tr
from townshipdesk.ui.models.records import DUE_COLUMNS, OVERDUE_COLOUR, RecordListModel
from townshipdesk.ui.session import CALENDAR, CATALOG, RECORDS, SITE, VILLAGES, Session
from townshipdesk.ui.widgets.decision_due_list import DecisionDueList
from townshipdesk.ui.widgets.tables import prepare_list_table, set_column_widths
from townshipdesk.ui.widgets.urgent_concerns import UrgentConcerns
from townshipdesk.ui.widgets.urgent_requests import UrgentRequests
from townshipdesk.wording.display import china_time, join_values, role_text, version_kind_text
from townshipdesk.wording.records import attribute_name, date_with_weekday, estimate_warning
from townshipdesk.wording.villages import period_text, rhythm_text

BANNER_STYLE = "background:#fff3cd; color:#664d03; border:1px solid #ffe69c; padding:6px;"
QUIET_STYLE = "color:#777;"
ITEM_UUID_ROLE = Qt.ItemDataRole.UserRole
SECTION_ROWS = 5  # the grid's rows of sections; the row after them is room left over


def _heading(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def _prepare_table(table: QTableView) -> None:
    prepare_list_table(table, row_padding=8)  # the 工作台's lists are a little denser than the pages'
    table.setMinimumHeight(table.fontMetrics().height() * 5)


class _Section(QWidget):
    """A heading with a count, and a table — or a quiet line when there is nothing to show."""

    def __init__(self, title: str, empty_text: str, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.heading = _heading(title)
        self.table = table
        self.empty_label = QLabel(empty_text)
        self.empty_label.setStyleSheet(QUIET_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)

    def set_count(self, count: int) -> None:
        self.heading.setText(tr("{t}（{n}）", "{t} ({n})", t=self._title, n=count))
        self.table.setVisible(count > 0)
        self.empty_label.setVisible(count == 0)


class DashboardPage(QWidget):
    open_catalog = Signal()
    open_record = Signal(str)  # record uuid
    new_record_for_item = Signal(str)  # catalog item uuid: a periodic item still to disclose
    open_domain = Signal(str)
    open_village = Signal(str)  # village uuid: an item of it is not posted this period
    open_request = Signal(str)  # disclosure request uuid: overdue or due soon
    open_undisclosed = Signal(str)  # record uuid: marked not disclosed, due for its yearly review
    open_concern = Signal(str)  # concern uuid: waiting for its response
    open_decision = Signal(str)  # decision uuid: consultation ending soon or feedback to publish

    def __init__(self, session: Session, parent: QWidget | None = None, *, deferred: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.due: DueSummary | None = None

        self.site_heading = QLabel()
        self.site_heading.setObjectName("site_heading")
        font = self.site_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.site_heading.setFont(font)
        self.site_details = QLabel()
        self.site_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.today_label = QLabel()
        self.today_label.setObjectName("today")
        self.today_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        today_font = self.today_label.font()
        today_font.setPointSizeF(today_font.pointSizeF() * 1.1)
        self.today_label.setFont(today_font)

        self.catalog_summary = QLabel()
        self.catalog_summary.setObjectName("catalog_summary")
        self.catalog_summary.setWordWrap(True)
        self.catalog_warning = QLabel()
        self.catalog_warning.setObjectName("catalog_warning")
        self.catalog_warning.setWordWrap(True)
        self.catalog_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.catalog_warning.setStyleSheet("color:#b35c00;")
        catalog_button = QPushButton(tr("打开标准目录", "Open the catalog"))
        catalog_button.clicked.connect(self.open_catalog)

        self.estimate_banner = QLabel()
        self.estimate_banner.setObjectName("estimate_banner")
        self.estimate_banner.setWordWrap(True)
        self.estimate_banner.setStyleSheet(BANNER_STYLE)
        self.estimate_banner.hide()

        calendar = lambda: session.calendar  # noqa: E731 - read on use: the calendar may be reloaded
        self.overdue_model = RecordListModel(DUE_COLUMNS, calendar)
        self.soon_model = RecordListModel(DUE_COLUMNS, calendar)
        self.review_model = RecordListModel(DUE_COLUMNS, calendar)
        self.overdue_table, self.soon_table, self.review_table = (
            self._record_table(m, name) for m, name in ((self.overdue_model, "overdue_table"),
                                                         (self.soon_model, "due_soon_table"),
                                                         (self.review_model, "review_table")))
        self.overdue_section = _Section(tr("逾期", "Overdue"), tr("没有逾期的公开事项。", "Nothing is overdue."),
                                        self.overdue_table)
        self.overdue_section.heading.setStyleSheet(f"color:{OVERDUE_COLOUR.name()};")
        self.soon_section = _Section(tr("5个工作日内到期", "Due within 5 working days"),
                                     tr("5个工作日内没有到期的事项。", "Nothing falls due in the next 5 working days."),
                                     self.soon_table)
        self.review_section = _Section(tr("待审核", "Waiting for review"), tr("没有待审核的记录。", "No record waits for review."),
                                       self.review_table)

        self.missing_table = QTableWidget(0, 4)
        self.missing_table.setObjectName("missing_table")
        self.missing_table.setHorizontalHeaderLabels([tr("领域", "Domain"), tr("公开事项", "Item"), tr("公开时限", "Time limit"),
                                                      tr("本期截止日", "Due this period")])
        _prepare_table(self.missing_table)
        self.missing_table.horizontalHeader().setStretchLastSection(False)
        set_column_widths(self.missing_table, (84, 0, 92, 96))
        self.missing_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.missing_table.setToolTip(tr("双击一项，为它新增公开记录", "Double-click to record a disclosure for the item"))
        self.missing_table.activated.connect(self._missing_activated)
        self.missing_section = _Section(tr("本期未公开的定期事项", "Periodic items not disclosed this period"),
                                        tr("本期的定期公开事项都已有记录。", "Every periodic item has a record this period."),
                                        self.missing_table)

        self.unposted_table = QTableWidget(0, 3)
        self.unposted_table.setObjectName("unposted_table")
        self.unposted_table.setHorizontalHeaderLabels([tr("村", "Village"), tr("公开事项", "Item"), tr("本期或期限", "Period or due")])
        _prepare_table(self.unposted_table)
        self.unposted_table.horizontalHeader().setStretchLastSection(False)
        self.unposted_table.setColumnWidth(0, 84)
        self.unposted_table.setColumnWidth(2, 132)
        self.unposted_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.unposted_table.setToolTip(tr("双击一项，在“村务公开”中打开该村", "Double-click to open the village"))
        self.unposted_table.activated.connect(self._unposted_activated)
        self.village_section = _Section(tr("待张贴的村务公开事项", "Village affairs to post"),
                                        tr("各村的村务公开事项都已张贴。", "Every village has posted what is due."),
                                        self.unposted_table)

        self.reassess_table = QTableWidget(0, 3)
        self.reassess_table.setObjectName("reassess_table")
        self.reassess_table.setHorizontalHeaderLabels([tr("复核到期", "Review due"), tr("标题", "Title"),
                                                       tr("公开属性", "Marked")])
        _prepare_table(self.reassess_table)
        self.reassess_table.horizontalHeader().setStretchLastSection(False)
        set_column_widths(self.reassess_table, (96, 0, 96))
        self.reassess_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.reassess_table.setToolTip(tr("双击一项，在“复核与清理”中复核", "Double-click to review it under Clean-up"))
        self.reassess_table.activated.connect(self._reassess_activated)
        self.reassess_section = _Section(tr("不公开事项待复核", "Not disclosed: due for review"),
                                         tr("标为不公开、依申请公开的记录都在12个月内复核过。",
                                            "Every record not disclosed was reviewed within 12 months."), self.reassess_table)

        self.domain_table = QTableWidget(0, 5)
        self.domain_table.setObjectName("domain_counts")
        self.domain_table.setHorizontalHeaderLabels([tr("领域", "Domain"), tr("逾期", "Overdue"), tr("5日内到期", "Due soon"),
                                                     tr("待审核", "To review"), tr("未公开定期", "Missing")])
        _prepare_table(self.domain_table)
        # The counts as wide as their headings (5日内到期 was cut on a 1024×768 screen), the domain gets the rest.
        self.domain_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.domain_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.domain_table.activated.connect(self._domain_activated)
        self.domain_section = _Section(tr("按领域统计", "By domain"), tr("各领域都没有待办事项。", "No domain has anything pending."),
                                       self.domain_table)

        self.sync_note = QLabel("")
        self.sync_note.setWordWrap(True)
        self.sync_note.setStyleSheet(QUIET_STYLE)

        heading_row = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.site_heading)
        names.addWidget(self.site_details)
        heading_row.addLayout(names, 1)
        heading_row.addWidget(self.today_label)
        catalog_row = QHBoxLayout()
        catalog_text = QVBoxLayout()
        catalog_text.setSpacing(2)
        catalog_text.addWidget(self.catalog_summary)
        catalog_text.addWidget(self.catalog_warning)
        catalog_row.addLayout(catalog_text, 1)
        catalog_row.addWidget(catalog_button, 0, Qt.AlignmentFlag.AlignTop)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color:#ddd;")

        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(12)
        grid.addWidget(self.overdue_section, 0, 0)
        grid.addWidget(self.soon_section, 1, 0)
        grid.addWidget(self.review_section, 2, 0)
        grid.addWidget(self.missing_section, 0, 1)
        grid.addWidget(self.village_section, 1, 1)
        grid.addWidget(self.domain_section, 2, 1)
        self.requests_section = UrgentRequests(session)  # 依申请公开：即将到期/已逾期
        self.requests_section.open_request.connect(self.open_request)
        grid.addWidget(self.requests_section, 3, 0)
        self.concerns_section = UrgentConcerns(session)  # 回应关切：待回应, counted in hours
        self.concerns_section.open_concern.connect(self.open_concern)
        grid.addWidget(self.concerns_section, 3, 1)
        grid.addWidget(self.reassess_section, 4, 0)
        self.decisions_section = DecisionDueList(session)  # 公众参与：征求意见即将结束/采纳情况待公布
        self.decisions_section.open_decision.connect(self.open_decision)
        grid.addWidget(self.decisions_section, 4, 1)
        grid.setColumnStretch(0, 11)
        grid.setColumnStretch(1, 9)
        grid.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding), SECTION_ROWS, 0)
        self.grid = grid

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.setSpacing(8)
        layout.addLayout(heading_row)
        layout.addLayout(catalog_row)
        layout.addWidget(line)
        layout.addWidget(self.estimate_banner)
        layout.addLayout(grid, 1)
        layout.addWidget(self.sync_note)

        session.changed.connect(self._session_changed)
        # After every section has refreshed itself (each listens to the session on its own).
        session.changed.connect(lambda _area: QTimer.singleShot(0, self._fit_rows))
        self.loaded = False  # True once the lists are filled (at once, or just after the first paint)
        if deferred:
            # As the first page of the window: paint the frame and the office's name at once, then fill the
            # lists (due dates over every record, villages, requests, sync) right after the first paint.
            self._show_site()
            QTimer.singleShot(0, self, self._deferred_refresh)  # tied to the page: no call after it is gone
        else:
            self.refresh()

    def _deferred_refresh(self) -> None:
        if self.loaded:
            return
        # The window may have been closed (and its database with it) before the first paint.
        with contextlib.suppress(sqlite3.ProgrammingError):
            self.refresh()

    def _record_table(self, model: RecordListModel, name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        _prepare_table(table)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        set_column_widths(table, (112, 104, 0, 58, 84, 84), model.samples())
        header.setSectionResizeMode(model.column_of("title"), QHeaderView.ResizeMode.Stretch)
        table.setToolTip(tr("双击或按回车，在“公开记录”中打开", "Double-click or press Enter to open it in Disclosures"))
        table.activated.connect(lambda index, m=model: self._record_activated(m, index))
        return table

    def _session_changed(self, area: str) -> None:
        if area in (CATALOG, SITE, RECORDS, CALENDAR):
            self.refresh()
        elif area == VILLAGES:
            self._show_villages()

    # ---- what is shown -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.loaded = True
        self._show_site()
        self._show_catalog()
        self._show_due()
        self._show_villages()
        # After the first paint: the sync line needs the key and bundle modules (libsodium and all), a tenth
        # of a second that the window should not wait for.
        QTimer.singleShot(0, self._show_sync)
        QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        """Give the height to the rows that list something: ten sections on 768 pixels leave each a few lines, and
        an empty one needs only its heading and one quiet line."""
        any_busy = False
        for row in range(SECTION_ROWS):
            widgets = [item.widget() for column in range(self.grid.columnCount())
                       if (item := self.grid.itemAtPosition(row, column)) is not None and item.widget() is not None]
            busy = any(not view.isHidden() for w in widgets for view in w.findChildren(QTableView))
            self.grid.setRowStretch(row, 1 if busy else 0)
            any_busy = any_busy or busy
        self.grid.setRowStretch(SECTION_ROWS, 0 if any_busy else 1)  # all quiet: the sections close up at the top

    def _show_sync(self) -> None:
        """What the county has of this office's records, and the last exchange (townships only)."""
        site = self.session.site
        if site is None or site.role != "township":
            self.sync_note.setText("")
            return
        from townshipdesk.sync.service import Sync
        from townshipdesk.ui.sync_status import sync_summary

        summary = sync_summary(self.session.db, Sync(self.session.db, self.session.data_dir))
        self.sync_note.setText(tr("同步：{c}。{l}", "Sync: {c}. {l}", c=summary.counts_text(), l=summary.last_text()))

    def _show_site(self) -> None:
        site = self.session.site
        if site is None:
            self.site_heading.setText(tr("尚未设置本单位", "Not set up yet"))
            self.site_details.setText("")
        else:
            self.site_heading.setText(site.name)
            self.site_details.setText(tr("区划代码：{code}　　单位类型：{role}", "Division code: {code}    Role: {role}",
                                         code=site.division_code, role=role_text(site.role)))
        self.today_label.setText(tr("今天：{d}", "Today: {d}", d=date_with_weekday(self.session.today())))

    def _show_catalog(self) -> None:
        catalog = self.session.catalog
        domains = catalog.domains()
        active = sum(d.active for d in domains)
        retired = sum(d.retired for d in domains)
        used = sum(1 for d in domains if d.active)
        versions = catalog.versions()
        latest = versions[-1] if versions else None
        summary = tr("{used} 个领域，共 {active} 个有效事项", "{used} domains, {active} active items", used=used, active=active)
        if retired:
            summary += tr("（另有已停用 {n} 个）", " ({n} retired besides)", n=retired)
        if latest is not None:
            summary += tr("；当前为第 {v} 版（{when}，{kind}）", "; version {v} ({when}, {kind})",
                          v=latest.number, when=china_time(latest.created_at), kind=version_kind_text(latest.kind))
        else:
            summary += tr("；尚无目录，请在“标准目录”中从 Excel 导入。", "; no catalog yet: import one on the catalog page.")
        self.catalog_summary.setText(tr("标准目录：", "Catalog: ") + summary)
        placeholders = [d.name for d in domains if d.placeholder]
        empty = [d.name for d in domains if d.pilot and not d.active]
        warnings = []
        if placeholders:
            warnings.append(tr("⚠ {n} 个领域为占位示例，不是正式目录：{names}", "⚠ {n} domains are placeholders: {names}",
                               n=len(placeholders), names=join_values(placeholders)))
        if empty:
            warnings.append(tr("{n} 个试点领域还没有事项：{names}", "{n} pilot domains have no items yet: {names}",
                               n=len(empty), names=join_values(empty)))
        self.catalog_warning.setText("\n".join(warnings))
        self.catalog_warning.setVisible(bool(warnings))

    def _show_due(self) -> None:
        today = self.session.today()
        due = due_summary(self.session.records, today)  # counts and the first rows: what the tables show
        self.due = due
        self.overdue_model.set_records(due.overdue, today)
        self.soon_model.set_records(due.due_soon, today)
        self.review_model.set_records(due.waiting_review, today)
        self.overdue_section.set_count(due.overdue_count)
        self.soon_section.set_count(due.due_soon_count)
        self.review_section.set_count(due.review_count)
        self._show_reassess(due)
        self._show_missing(due.missing)
        self.missing_section.set_count(len(due.missing))
        self._show_domain_counts(due)
        self._show_estimates(due, today)

    def _show_missing(self, missing: list[MissingDisclosure]) -> None:
        table = self.missing_table
        table.setRowCount(len(missing))
        for row, entry in enumerate(missing):
            period = (tr("长期公开事项，尚无任何公开记录", "Standing item, never recorded") if entry.standing
                      else tr("本期 {s} 至 {e} 尚无公开记录", "No record for the period {s} to {e}",
                              s=entry.period_start, e=entry.period_end))
            due = entry.due.isoformat() if entry.due else "—"
            if entry.due and self.session.calendar.estimated(self.session.today(), entry.due):
                due += tr("（估算）", " (est.)")
            tip = "\n".join([f"{entry.item.domain} / {entry.item.name}",
                             tr("公开时限：{t}", "Time limit: {t}", t=entry.item.time_limit), period,
                             tr("双击为它新增公开记录", "Double-click to record a disclosure")])
            cells = (entry.item.domain, entry.item.name, entry.item.time_limit, due)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tip)
                cell.setData(ITEM_UUID_ROLE, entry.item.uuid)
                table.setItem(row, column, cell)

    def _show_reassess(self, due: DueSummary) -> None:
        table = self.reassess_table
        table.setRowCount(len(due.reassess))
        for row, entry in enumerate(due.reassess):
            r = entry.record
            tip = "\n".join([r.title, tr("属性理由：{r}", "Reason: {r}", r=r.attribute_reason),
                             tr("上次复核：{d}", "Last review: {d}", d=entry.last_review or tr("尚未复核", "never"))])
            for column, text in enumerate((entry.due.isoformat(), r.title, attribute_name(r.attribute))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tip)
                cell.setData(ITEM_UUID_ROLE, r.uuid)
                table.setItem(row, column, cell)
        self.reassess_section.set_count(due.reassess_count)

    def _show_villages(self) -> None:
        """Events of items published 随时 waiting for their posting (earliest due first, red once overdue), then the
        periodic items not posted this period."""
        today = self.session.today()
        events: list[VillageEvent] = open_events(self.session.db)
        unposted: list[UnpostedItem] = self.session.villages.unposted(today)
        table = self.unposted_table
        table.setRowCount(len(events) + len(unposted))
        for row, event in enumerate(events):
            overdue = event.overdue(today)
            due = tr("最迟 {d}", "by {d}", d=event.due_date)
            tip = "\n".join([f"{event.village} / {event.item}", event.title,
                             tr("事件日期 {e}；最迟 {d} 张贴{o}", "Event {e}; post by {d}{o}", e=event.event_date,
                                d=date_with_weekday(event.due_date),
                                o=tr("（已逾期）", " (overdue)") if overdue else ""), due_rule_text()])
            for column, text in enumerate((event.village, f"{event.item}：{event.title}", due)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tip)
                cell.setData(ITEM_UUID_ROLE, event.village_uuid)
                if overdue:
                    cell.setForeground(OVERDUE_COLOUR)
                table.setItem(row, column, cell)
        for row, entry in enumerate(unposted, start=len(events)):
            period = period_text(entry.item.rhythm, entry.period_start)
            tip = "\n".join([f"{entry.village.name} / {entry.item.name}",
                             tr("{r}公开；本期 {s} 至 {e} 尚未张贴", "{r}; nothing posted from {s} to {e}",
                                r=rhythm_text(entry.item.rhythm), s=entry.period_start, e=entry.period_end)])
            for column, text in enumerate((entry.village.name, entry.item.name, period)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tip)
                cell.setData(ITEM_UUID_ROLE, entry.village.uuid)
                table.setItem(row, column, cell)
        self.village_section.set_count(len(events) + len(unposted))
        self.village_section.empty_label.setText(
            tr("各村的村务公开事项都已张贴。", "Every village has posted what is due.") if self.session.villages.all()
            else tr("尚未登记村（在“村务公开”中新增）。", "No villages yet (add them under Villages)."))

    def _show_domain_counts(self, due: DueSummary) -> None:
        counts: dict[str, Counter[str]] = {domain: Counter(c) for domain, c in due.by_domain.items()}
        for entry in due.missing:
            counts.setdefault(entry.item.domain, Counter())["missing"] += 1
        order = sorted(counts, key=lambda d: (-counts[d]["overdue"], -counts[d]["soon"], -sum(counts[d].values()), d))
        table = self.domain_table
        table.setRowCount(len(order))
        for row, domain in enumerate(order):
            values = [domain, *(str(counts[domain][k]) for k in ("overdue", "soon", "review", "missing"))]
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 1 and counts[domain]["overdue"]:
                    cell.setForeground(OVERDUE_COLOUR)
                table.setItem(row, column, cell)
        self.domain_section.set_count(len(order))

    def _show_estimates(self, due: DueSummary, today: dt.date) -> None:
        estimated = sum(due.estimated.values())  # listed records with an estimated due date, by year
        cal = self.session.calendar
        missing = [m for m in due.missing if m.due and cal.estimated(today, m.due)]
        horizon_estimated = cal.estimated(today, cal.add_workdays(today, 5))
        if estimated or missing or horizon_estimated:
            years = sorted(set(due.estimated) | {m.due.year for m in missing if m.due}
                           | ({today.year} if horizon_estimated else set()))
            unknown = join_values(y for y in years if not cal.is_known(y)) or join_values(years)
            self.estimate_banner.setText(tr(
                "⚠ {w}：{years} 年的截止日是估算的（{n} 项）。请在“设置 → 工作日历”中导入或录入该年的节假日安排。",
                "⚠ {w}: due dates in {years} are estimates ({n}). Import or enter that year's schedule "
                "under Settings → Working-day calendar.",
                w=estimate_warning(), years=unknown, n=estimated + len(missing)))
            self.estimate_banner.show()
        else:
            self.estimate_banner.hide()

    # ---- opening what was chosen -----------------------------------------------------------------------------
    def _record_activated(self, model: RecordListModel, index: QModelIndex) -> None:
        record = model.record_at(index.row())
        if record is not None:
            self.open_record.emit(record.uuid)

    def _missing_activated(self, index: QModelIndex) -> None:
        cell = self.missing_table.item(index.row(), 0)
        if cell is not None:
            self.new_record_for_item.emit(cell.data(ITEM_UUID_ROLE))

    def _reassess_activated(self, index: QModelIndex) -> None:
        cell = self.reassess_table.item(index.row(), 0)
        if cell is not None:
            self.open_undisclosed.emit(cell.data(ITEM_UUID_ROLE))

    def _unposted_activated(self, index: QModelIndex) -> None:
        cell = self.unposted_table.item(index.row(), 0)
        if cell is not None:
            self.open_village.emit(cell.data(ITEM_UUID_ROLE))

    def _domain_activated(self, index: QModelIndex) -> None:
        cell = self.domain_table.item(index.row(), 0)
        if cell is not None:
            self.open_domain.emit(cell.text())
