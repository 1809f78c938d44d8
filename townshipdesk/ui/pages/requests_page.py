"""依申请公开: the register of disclosure requests with their statutory clock (《政府信息公开条例》2019).

The table lists every request with its answer due date and the working days left (red when overdue, orange
within 5); the panel below explains the selected request's clock step by step, records each step with its date
through the core (which refuses impossible sequences), and drafts the letters: 补正通知书, 延期答复告知书, 答复告知书.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.requests import (
    CORRECTION_NOTICE_WORKING_DAYS,
    EXTENSION_WORKING_DAYS,
    STATES,
    Clock,
    Request,
)
from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.ui.dialogs.open_dialogs import OpenDialogs
from townshipdesk.ui.dialogs.request_dialogs import (
    CloseDialog,
    NewRequestDialog,
    StepDialog,
    requests_of,
    wide_button,
)
from townshipdesk.ui.dialogs.request_steps import step_spec
from townshipdesk.ui.messages import ask_pdf_path, show_error
from townshipdesk.ui.models.requests import LATE, OPEN, RequestFilter, RequestsModel
from townshipdesk.ui.session import CALENDAR, RECORDS, SITE, Session
from townshipdesk.ui.widgets.request_detail import RequestDetail
from townshipdesk.ui.widgets.tables import list_table, select_row, set_column_widths
from townshipdesk.ui.workers import Job, run_with_progress
from townshipdesk.wording.requests import REQUESTS, state_text

SEARCH_DELAY_MS = 150
COLUMN_WIDTHS = (100, 92, 96, 150, 72, 0, 82, 96, 90, 72)  # 0: the content column stretches
STATUS_STYLE = "color:#1e6b34;"
GUIDE_DIR_KEY = "requests/guide_dir"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class RequestsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._dialogs = OpenDialogs()  # the non-blocking dialogs shown now
        self._quiet = False
        self._pairs: list[tuple[Request, Clock]] = []

        # ---- filter bar ----
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("requests_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(tr("搜索申请内容、申请人、编号", "Search requests, applicants, ids"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.state_box = QComboBox()
        self.state_box.setObjectName("state_filter")
        self.state_box.addItem(tr("全部状态", "All states"), None)
        self.state_box.addItem(tr("未办结", "Not closed"), OPEN)
        for key in STATES:
            self.state_box.addItem(state_text(key), key)
        self.state_box.addItem(tr("逾期答复", "Answered late"), LATE)
        self.state_box.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.overdue_box = QCheckBox(tr("只看已逾期", "Overdue only"))
        self.overdue_box.setObjectName("overdue_filter")
        self.overdue_box.toggled.connect(lambda _on: self._apply_filter())
        self.new_button = QPushButton(tr("新登记…", "New request…"))
        self.new_button.setObjectName("new_request")
        self.new_button.setToolTip(tr("登记收到的政府信息公开申请", "Register a request for government information"))
        self.new_button.clicked.connect(lambda: self.new_request())
        self.guide_button = QPushButton(tr("依申请公开指南…", "Request guide…"))
        self.guide_button.setObjectName("request_guide")
        self.guide_button.setToolTip(tr("打印含受理机构信息和办理流程图的指南（政务公开专区、公示栏）",
                                        "Print the guide with the receiving office and the flow chart (for the service hall "
                                        "and the notice board)"))
        self.guide_button.clicked.connect(lambda: self.print_guide())
        self.guide_job: Job | None = None

        # ---- the register ----
        self.model = RequestsModel(self)
        self.table = list_table("requests_table", self.model, stretch_last=False)
        header = self.table.horizontalHeader()
        set_column_widths(self.table, COLUMN_WIDTHS, self.model.samples())
        header.setSectionResizeMode(self.model.column_of("content"), QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_current())
        self.count_label = QLabel()
        self.count_label.setObjectName("count")

        # ---- the selected request ----
        self.detail = RequestDetail()
        self.step_buttons: dict[str, QPushButton] = {}
        steps = (
            ("accept", tr("受理…", "Accept…"), tr("登记受理日期", "Record the acceptance")),
            ("correct", tr("补正通知…", "Correction notice…"),
             tr("申请内容不明确：收到后{n}个工作日内发出补正通知", "An unclear request: notice within {n} working days",
                n=CORRECTION_NOTICE_WORKING_DAYS)),
            ("corrected", tr("收到补正…", "Correction received…"),
             tr("收到补正后的申请：答复期限重新计算", "The corrected request arrived: the clock restarts")),
            ("consult", tr("征求意见开始…", "Consultation begins…"),
             tr("征求第三方或其他机关意见，期间不计入答复期限", "Consulting a third party: the time is not counted")),
            ("consult_end", tr("征求意见结束…", "Consultation ends…"), tr("登记征求意见结束日期", "Record the end of consultation")),
            ("extend", tr("延期…", "Extend…"),
             tr("延长答复期限至多{n}个工作日（只能一次）", "Extend by at most {n} working days (once)", n=EXTENSION_WORKING_DAYS)),
            ("fee", tr("收费通知…", "Fee notice…"),
             tr("收取信息处理费：送达后答复期限中止", "Charge the processing fee: the clock stops once it is served")),
            ("paid", tr("已缴费…", "Fee paid…"), tr("申请人缴费后答复期限恢复计算", "The clock runs again once the fee is paid")),
            ("opinion", tr("提出办理意见…", "Opinion…"), tr("承办人提出办理意见的日期", "When the handling opinion was drafted")),
            ("approval", tr("报批…", "Approval…"), tr("办理意见报领导审批的日期", "When it went up for approval")),
            ("close", tr("办结…", "Close…"), tr("作出决定：选择办理结果（国家年报分类）", "The decision and its outcome category")),
            ("serve", tr("送达…", "Served…"), tr("答复送达申请人的日期", "When the answer reached the applicant")),
        )
        step_box = QGroupBox(tr("办理步骤", "Steps"))
        step_grid = QGridLayout(step_box)
        step_grid.setHorizontalSpacing(6)
        step_grid.setVerticalSpacing(6)
        for n, (key, text, tip) in enumerate(steps):
            button = wide_button(text, f"step_{key}", tip)
            button.clicked.connect(lambda _checked=False, k=key: self.step(k))
            self.step_buttons[key] = button
            step_grid.addWidget(button, n // 2, n % 2)
        self.letter_buttons: dict[str, QPushButton] = {}
        letters = (("correction", tr("补正通知书…", "Correction notice letter…")),
                   ("extension", tr("延期答复告知书…", "Extension letter…")),
                   ("fee", tr("收费通知书…", "Fee notice letter…")),
                   ("decision", tr("答复告知书…", "Decision letter…")))
        letter_box = QGroupBox(tr("文书（可修改后打印）", "Letters (edit, then print)"))
        letter_layout = QVBoxLayout(letter_box)
        letter_layout.setSpacing(6)
        for kind, text in letters:
            button = wide_button(text, f"letter_{kind}")
            button.clicked.connect(lambda _checked=False, k=kind: self.open_letter(k))
            self.letter_buttons[kind] = button
            letter_layout.addWidget(button)
        letter_layout.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(STATUS_STYLE)

        # ---- layout ----
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.state_box)
        top.addWidget(self.overdue_box)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.guide_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.count_label)
        actions = QWidget()
        actions_layout = QHBoxLayout(actions)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.addWidget(step_box, 2)
        actions_layout.addWidget(letter_box, 1)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(actions)
        side.addWidget(self.status_label)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.detail)
        lower.addWidget(side_widget)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([640, 480])
        lower.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 370])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        session.changed.connect(self._session_changed)
        self.refresh()

    # ---- the list ---------------------------------------------------------------------------------------------
    def current_filter(self) -> RequestFilter:
        return RequestFilter(state=self.state_box.currentData(), overdue=self.overdue_box.isChecked(),
                             text=self.search_edit.text().strip())

    def refresh(self) -> None:
        """Read the register and every clock on today, keeping the filter and the selected request."""
        today = self.session.today()
        service = requests_of(self.session)
        site = self.session.site
        if site is not None and site.role == "township":
            service.close_lapsed(today)  # unpaid fees past their 20 working days: 视为放弃 (6.2)
        if site is not None and site.role == "county":  # each township numbers its own requests
            self.model.set_townships(dict(self.session.db.conn.execute("SELECT site_id, name FROM peers").fetchall()))
        self._pairs = [(r, service.clock(r, today)) for r in service.all()]
        self._apply_filter()

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        current = self.current_request()
        record_filter = self.current_filter()
        shown = [(r, c) for r, c in self._pairs if record_filter.matches(r, c)]
        self.model.set_rows(shown)
        unfinished = sum(1 for _r, c in self._pairs if c.state != "closed")
        overdue = sum(1 for _r, c in self._pairs if c.overdue)
        late = sum(1 for _r, c in self._pairs if c.late)
        text = tr("共 {n} 件申请，未办结 {o} 件，逾期 {d} 件", "{n} requests, {o} not closed, {d} overdue",
                  n=len(self._pairs), o=unfinished, d=overdue)
        if late:
            text += tr("，逾期答复 {n} 件", ", {n} answered late", n=late)
        if len(shown) != len(self._pairs):
            text = tr("显示 {s} 件；", "{s} shown; ", s=len(shown)) + text
        self.count_label.setText(text)
        if current is not None and self.select_request(current.uuid):
            return
        self._show_current()

    def clear_filters(self) -> None:
        for widget in (self.state_box, self.overdue_box, self.search_edit):
            widget.blockSignals(True)
        self.state_box.setCurrentIndex(0)
        self.overdue_box.setChecked(False)
        self.search_edit.clear()
        for widget in (self.state_box, self.overdue_box, self.search_edit):
            widget.blockSignals(False)
        self._apply_filter()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # ---- the selected request -------------------------------------------------------------------------------
    def current_request(self) -> Request | None:
        index = self.table.currentIndex()
        return self.model.request_at(index.row()) if index.isValid() else None

    def current_clock(self) -> Clock | None:
        index = self.table.currentIndex()
        return self.model.clock_at(index.row()) if index.isValid() else None

    def select_request(self, uuid: str) -> bool:
        row = self.model.row_of(uuid)
        if row is None:
            return False
        select_row(self.table, row)
        self._show_current()
        return True

    def show_request(self, uuid: str) -> bool:
        """Bring a request into view (from the 工作台), clearing the filter when it hides it."""
        if self.select_request(uuid):
            return True
        self.refresh()
        if self.select_request(uuid):
            return True
        self.clear_filters()
        return self.select_request(uuid)

    def _show_current(self) -> None:
        r, clock = self.current_request(), self.current_clock()
        self.detail.show_request(r, clock, self.session.calendar, self.session.today())
        site = self.session.site
        # A township's request at the county is read-only: only that township records its steps.
        own = r is None or site is None or not r.site_id or r.site_id == site.site_id
        chosen = r is not None
        closed = clock is not None and clock.state == "closed"
        for key, button in self.step_buttons.items():
            button.setEnabled(own and chosen and (not closed or (key == "serve" and r is not None and not r.served_date)))
            button.setToolTip("" if own else tr("这是乡镇的申请，只能由该乡镇办理；县级只能查看",
                                                "This is a township's request; only that township handles it, the county "
                                                "can only view it"))
        recorded = {"correction": r.correction_notice, "extension": r.extension_date, "fee": r.fee_notice_date,
                    "decision": r.outcome} if r is not None else {}
        for kind, button in self.letter_buttons.items():
            button.setEnabled(bool(recorded.get(kind)))
        for kind, tip in (("correction", tr("须先登记补正通知", "Record the correction notice first")),
                          ("extension", tr("须先登记延期", "Record the extension first")),
                          ("fee", tr("须先登记收费通知", "Record the fee notice first")),
                          ("decision", tr("须先办结（登记办理结果）", "Close the request with its outcome first"))):
            button = self.letter_buttons[kind]
            button.setToolTip("" if button.isEnabled() or not chosen else tip)

    # ---- changes ----------------------------------------------------------------------------------------------
    def _session_changed(self, area: str) -> None:
        if not self._quiet and area in (REQUESTS, RECORDS, CALENDAR, SITE):
            self.refresh()

    def _changed(self, r: Request, what: str) -> None:
        """After a step: reload, keep the request selected, tell the 工作台."""
        self.refresh()
        self.show_request(r.uuid)
        self.status_label.setText(tr("已登记：{w}（申请 {id}）", "Recorded: {w} (request {id})", w=what, id=r.display_number))
        self._quiet = True
        try:
            self.session.notify(REQUESTS)
        finally:
            self._quiet = False

    def new_request(self) -> NewRequestDialog:
        dialog = NewRequestDialog(self.session, self)

        def saved() -> None:
            if dialog.saved is not None:
                self.clear_filters()
                self._changed(dialog.saved, tr("新申请", "new request"))

        dialog.accepted.connect(saved)
        self._dialogs.open(dialog)
        return dialog

    def step(self, key: str) -> QDialog | None:
        """The dialog for one step of the selected request (its date, and what else the step needs)."""
        r, clock = self.current_request(), self.current_clock()
        if r is None or clock is None:
            return None
        if key == "close":
            return self.close_request()
        spec = step_spec(key, r, clock, requests_of(self.session))
        if spec is None:
            return None
        label = self.step_buttons[key].text().rstrip("…")
        title = tr("{s} — 申请 {id}", "{s} — request {id}", s=label, id=r.display_number)

        def submit(dialog: StepDialog) -> None:
            changed = spec.action(dialog)
            self._changed(changed, tr("{s} {d}", "{s} {d}", s=label, d=dialog.day().isoformat()))

        dialog = StepDialog(title, spec.prompt, self.session.today(), submit, note=spec.note, party=spec.party,
                            end=spec.end, end_label=spec.end_label, days=spec.days, amount=spec.amount, parent=self)
        self._dialogs.open(dialog)
        return dialog

    def close_request(self) -> CloseDialog | None:
        r = self.current_request()
        if r is None:
            return None
        service = requests_of(self.session)

        def submit(dialog: CloseDialog) -> None:
            changed = service.close(r.uuid, dialog.outcome(), dialog.decision(), dialog.served())
            self._changed(changed, tr("办结 {d}", "closed {d}", d=dialog.decision().isoformat()))

        dialog = CloseDialog(r, self.session.today(), submit, parent=self)
        self._dialogs.open(dialog)
        return dialog

    # ---- the 依申请公开指南 ------------------------------------------------------------------------------------------
    def print_guide(self, path: Path | None = None) -> Job | None:
        """Write the guide PDF in the background; a missing receiving-office detail is named, with where to fill it."""
        from townshipdesk.core.receiving_office import receiving_office
        from townshipdesk.core.request_guide import build_guide
        from townshipdesk.io.pdf.request_guide_pdf import render_request_guide

        title = tr("依申请公开指南", "Request guide")
        site = self.session.site
        try:
            guide = build_guide(site.name if site else "", receiving_office(self.session.db), self.session.today())
        except UserError as exc:
            show_error(self, exc, title)
            return None
        if path is None:
            from townshipdesk.io.pdf.batch import safe_filename

            last = Path(str(self.session.ui_settings().value(GUIDE_DIR_KEY, str(Path.home()))))
            path = ask_pdf_path(self, title, last / (safe_filename(guide.title) + ".pdf"))
            if path is None:
                return None
        self.session.ui_settings().setValue(GUIDE_DIR_KEY, str(path.parent))

        def done(written: Path) -> None:
            self.status_label.setText(tr("已生成依申请公开指南：{p}", "Wrote the request guide: {p}", p=str(written)))

        self.guide_job = run_with_progress(self, tr("正在生成依申请公开指南…", "Writing the request guide…"),
                                           lambda _progress: render_request_guide(guide, path), done,
                                           lambda exc: show_error(self, exc, title))
        return self.guide_job

    # ---- letters ------------------------------------------------------------------------------------------------
    def open_letter(self, kind: str) -> QDialog | None:
        from townshipdesk.ui.dialogs.letter_dialog import LetterDialog, letter_kind_text

        r = self.current_request()
        if r is None:
            return None
        try:
            draft = LetterDialog.draft(self.session, r, kind)
        except UserError as exc:
            show_error(self, exc, letter_kind_text(kind))
            return None
        return self._dialogs.open(LetterDialog(self.session, r, kind, draft, parent=self))
