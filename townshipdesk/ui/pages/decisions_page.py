"""公众参与: the office's yearly 重大行政决策事项目录 and, for the selected decision, its consultation (征求意见), the
comments received with the answer to each (采纳情况) and the catalog's history. Every step goes through the core
register (core/decisions.py); the sheets — 征求意见公告, 意见采纳情况反馈, the catalog — are written off the UI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.decisions import ADOPTED, Comment, Decision, stage_text
from townshipdesk.i18n import pair_text, tr
from townshipdesk.ui.dialogs.decision_dialogs import (
    AddDialog,
    AdjustDialog,
    CommentDialog,
    ConsultDialog,
    DateDialog,
    DecisionForm,
    FeedbackDialog,
)
from townshipdesk.ui.dialogs.open_dialogs import OpenDialogs
from townshipdesk.ui.messages import show_error
from townshipdesk.ui.session import CALENDAR, DECISIONS, RECORDS, SITE, Session
from townshipdesk.ui.widgets.decision_detail import decision_html, sheet_notice
from townshipdesk.ui.widgets.tables import row_table
from townshipdesk.ui.workers import Job, run_with_progress

UUID_ROLE = Qt.ItemDataRole.UserRole
LAST_DIR_KEY = "last_dir"
STATUS_STYLE = "color:#1e6b34;"


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    return button


class DecisionsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._dialogs = OpenDialogs()
        self._quiet = False
        self.decisions: list[Decision] = []
        self.job: Job | None = None

        self.year_box = QComboBox()
        self.year_box.setObjectName("year")
        self.year_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.add_button = _button(tr("新增事项…", "Add…"), "add_decision", tr("列入本年度重大行政决策事项目录",
                                                                                "Add a decision to this year's catalog"))
        self.add_button.clicked.connect(lambda: self.add_decision())
        self.publish_button = _button(tr("登记目录公布…", "Catalog published…"), "publish_catalog",
                                      tr("登记本年度目录已向社会公布（调整后再次公布亦登记）", "Record the catalog's publication"))
        self.publish_button.clicked.connect(lambda: self.publish_catalog())
        self.catalog_pdf_button = _button(tr("目录 PDF…", "Catalog PDF…"), "catalog_pdf")
        self.catalog_pdf_button.clicked.connect(lambda: self.export_sheet("catalog"))
        self.count_label = QLabel()
        self.count_label.setObjectName("count")

        self.table = row_table("decisions_table", [tr("编号", "Number"), tr("决策事项", "Decision"), tr("承办单位", "Unit"),
                                                   tr("计划时间", "Planned"), tr("状态", "State"), tr("意见", "Comments")],
                               (104, 0, 150, 92, 210, 56), stretch=1)
        self.table.currentCellChanged.connect(lambda *_a: self._show_current())

        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setMargin(6)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        self.comments = row_table("comments_table", [tr("序号", "No."), tr("意见", "Comment"), tr("提出方", "From"),
                                                     tr("条数", "Count"), tr("采纳情况", "Answer"), tr("理由", "Reason")],
                                  (44, 0, 90, 48, 80, 150), stretch=1)
        self.comments.doubleClicked.connect(lambda _i: self.answer_comment())
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(detail_scroll)
        left.addWidget(self.comments)
        left.setChildrenCollapsible(False)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setSizes([270, 180])

        self.step_buttons: dict[str, QPushButton] = {}
        steps = (("consult", tr("征求意见…", "Consultation…"), tr("起止日期、方式", "period and ways")),
                 ("comment", tr("登记意见…", "Record comment…"), tr("收到的意见（可归纳）", "a comment received")),
                 ("feedback", tr("采纳情况…", "Answer comment…"), tr("对选中的意见写明采纳情况", "answer the chosen comment")),
                 ("publish_feedback", tr("公布采纳情况…", "Feedback published…"), tr("征求意见结束后公布", "after the end")),
                 ("decide", tr("作出决策…", "Decided…"), tr("登记决策日期", "record the decision")),
                 ("adjust", tr("调整目录…", "Adjust…"), tr("调整出目录或修改，理由必填", "remove or change, with the reason")))
        step_box = QGroupBox(tr("办理", "Steps"))
        grid = QGridLayout(step_box)
        for n, (key, text, tip) in enumerate(steps):
            button = _button(text, f"step_{key}", tip)
            button.clicked.connect(lambda _c=False, k=key: self.step(k))
            self.step_buttons[key] = button
            grid.addWidget(button, n // 2, n % 2)
        self.sheet_buttons = {"notice": _button(tr("征求意见公告 PDF…", "Consultation notice PDF…"), "sheet_notice"),
                              "feedback": _button(tr("采纳情况反馈 PDF…", "Feedback PDF…"), "sheet_feedback")}
        sheet_box = QGroupBox(tr("公告（PDF）", "Sheets (PDF)"))
        sheet_layout = QVBoxLayout(sheet_box)
        for kind, button in self.sheet_buttons.items():
            button.clicked.connect(lambda _c=False, k=kind: self.export_sheet(k))
            sheet_layout.addWidget(button)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(STATUS_STYLE)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(step_box)
        side.addWidget(sheet_box)
        side.addWidget(self.status_label)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("目录年度：", "Catalog year:")))
        top.addWidget(self.year_box)
        top.addWidget(self.count_label, 1)
        for button in (self.add_button, self.publish_button, self.catalog_pdf_button):
            top.addWidget(button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(left)
        lower.addWidget(side_widget)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        lower.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([200, 480])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._fill_years()
        session.changed.connect(self._session_changed)
        self.refresh()

    # ---- the catalog ------------------------------------------------------------------------------------------
    def year(self) -> int:
        return int(self.year_box.currentData() or self.session.today().year)

    def _fill_years(self) -> None:
        today = self.session.today()
        years = {y for (y,) in self.session.db.conn.execute("SELECT DISTINCT year FROM decisions WHERE deleted_at IS NULL")}
        years |= {today.year, today.year + 1}
        current = self.year_box.currentData() or today.year
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in sorted(years, reverse=True):
            self.year_box.addItem(tr("{y}年", "{y}", y=y), y)
        self.year_box.setCurrentIndex(max(self.year_box.findData(current), 0))
        self.year_box.blockSignals(False)

    def set_year(self, year: int) -> None:
        if self.year_box.findData(year) < 0:
            self._fill_years()
            self.year_box.addItem(tr("{y}年", "{y}", y=year), year)
        self.year_box.setCurrentIndex(self.year_box.findData(year))

    def refresh(self) -> None:
        current = self.current()
        today = self.session.today()
        self.decisions = self.session.decisions.all(self.year())
        self.table.setRowCount(len(self.decisions))
        for row, d in enumerate(self.decisions):
            cells = (d.number, d.title, d.unit, d.planned_date or "—", stage_text(d, today).text(), str(d.comment_count))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(UUID_ROLE, d.uuid)
                cell.setToolTip(text)
                if column == 4 and d.feedback_due(today):
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
        listed = [d for d in self.decisions if d.status != "removed"]
        published = self.session.decisions.published_on(self.year())
        self.count_label.setText(tr("共 {n} 项{r}；{p}", "{n} decisions{r}; {p}", n=len(listed),
                                    r=tr("（另有 {k} 项已调整出目录）", " ({k} removed)", k=len(self.decisions) - len(listed))
                                    if len(listed) != len(self.decisions) else "",
                                    p=tr("目录已于 {d} 公布", "catalog published {d}", d=published) if published
                                    else tr("目录尚未登记公布", "catalog not yet published")))
        self.publish_button.setEnabled(bool(listed))
        self.catalog_pdf_button.setEnabled(bool(self.decisions) and self.job is None)
        if current is None or not self.select(current.uuid):
            if self.decisions:
                self.table.setCurrentCell(0, 0)
            self._show_current()

    def select(self, uuid: str) -> bool:
        for row, d in enumerate(self.decisions):
            if d.uuid == uuid:
                self.table.setCurrentCell(row, 0)
                self._show_current()
                return True
        return False

    def show_decision(self, uuid: str) -> bool:
        """Bring a decision into view (from the 工作台), switching to its year."""
        row = self.session.db.conn.execute("SELECT year FROM decisions WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            return False
        self.set_year(row[0])
        return self.select(uuid)

    def current(self) -> Decision | None:
        row = self.table.currentRow()
        return self.decisions[row] if 0 <= row < len(self.decisions) else None

    def current_comment(self) -> Comment | None:
        d, row = self.current(), self.comments.currentRow()
        return d.comments[row] if d is not None and 0 <= row < len(d.comments) else None

    # ---- the selected decision ------------------------------------------------------------------------------
    def _show_current(self) -> None:
        d = self.current()
        today = self.session.today()
        self.detail.setText(decision_html(d, today, self.session.calendar, self.session.decisions) if d else tr("请选择或新增一个决策事项。", "Choose or add a decision."))
        self.comments.setRowCount(len(d.comments) if d else 0)
        for row, c in enumerate(d.comments if d else []):
            values = (str(c.seq), c.text, c.source or "—", str(c.count),
                      pair_text(ADOPTED, c.adopted) if c.adopted else tr("未答复", "not answered"), c.reason)
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.comments.setItem(row, column, cell)
        site = self.session.site
        own = d is not None and (site is None or d.site_id == site.site_id)
        live = own and d is not None and d.status != "removed"
        locked = d is not None and bool(d.feedback_published_date)
        has_consult = d is not None and d.start is not None
        enabled = {"consult": live and not locked and d is not None and d.status != "decided",
                   "comment": live and has_consult and not locked, "feedback": live and bool(d and d.comments) and not locked,
                   "publish_feedback": live and has_consult and not locked,
                   "decide": live and d is not None and d.status != "decided", "adjust": live}
        for key, button in self.step_buttons.items():
            button.setEnabled(enabled[key])
        self.sheet_buttons["notice"].setEnabled(has_consult and self.job is None)
        self.sheet_buttons["feedback"].setEnabled(has_consult and self.job is None)

    # ---- steps ------------------------------------------------------------------------------------------------
    def _session_changed(self, area: str) -> None:
        if not self._quiet and area in (DECISIONS, CALENDAR, SITE, RECORDS):
            self.refresh()

    def _changed(self, uuid: str, what: str) -> None:
        self._fill_years()
        self.refresh()
        self.select(uuid)
        self.status_label.setText(what)
        self._quiet = True
        try:
            self.session.notify(DECISIONS)
        finally:
            self._quiet = False

    def add_decision(self) -> AddDialog:
        today, year = self.session.today(), self.year()

        def submit(form: DecisionForm) -> None:
            assert isinstance(form, AddDialog)
            d = self.session.decisions.add(year, form.title_edit.text(), form.unit_edit.text(), form.planned(), today)
            self._changed(d.uuid, tr("已列入目录：{n}", "Added: {n}", n=d.number))

        return self._dialogs.open(AddDialog(year, today, submit, self))

    def publish_catalog(self) -> DateDialog:
        year = self.year()

        def submit(form: DecisionForm) -> None:
            assert isinstance(form, DateDialog)
            listed = self.session.decisions.publish_catalog(year, form.day())
            self._changed(listed[0].uuid, tr("已登记 {y} 年度目录公布（{n} 项）", "The {y} catalog recorded as published ({n})",
                                             y=year, n=len(listed)))

        return self._dialogs.open(DateDialog(tr("登记 {y} 年度目录公布", "Record the {y} catalog's publication", y=year),
                                             tr("公布日期：", "Published on:"), self.session.today(), submit, parent=self))

    def answer_comment(self) -> FeedbackDialog | None:
        return self.step("feedback")  # type: ignore[return-value]

    def step(self, key: str) -> DecisionForm | None:
        d, today = self.current(), self.session.today()
        if d is None or not self.step_buttons[key].isEnabled():
            return None
        register = self.session.decisions
        if key == "consult":
            def consult(f: Any) -> None:
                register.consult(d.uuid, f.start(), end=f.end(), period=f.period(), methods=f.methods(),
                                 short_reason=f.short_edit.text(), contact=f.contact_edit.text())
            return self._open(ConsultDialog(d, today, self._then(d, consult, tr("已登记征求意见", "Consultation recorded")),
                                            self))
        if key == "comment":
            def comment(f: Any) -> None:
                register.comment(d.uuid, f.text_edit.toPlainText(), source=f.source_edit.text(),
                                 count=f.count_box.value(), received=f.received())
            return self._open(CommentDialog(d, today, self._then(d, comment, tr("已登记意见", "Comment recorded")), self))
        if key == "feedback":
            c = self.current_comment() or next((c for c in d.comments if not c.adopted), d.comments[0])

            def feedback(f: Any) -> None:
                register.feedback(d.uuid, c.seq, f.adopted_box.currentData(), f.reason_edit.text())
            return self._open(FeedbackDialog(d, c, self._then(d, feedback, tr("已写明意见 {k} 的采纳情况",
                                                                               "Comment {k} answered", k=c.seq)), self))
        if key == "adjust":
            def adjust(f: Any) -> None:
                register.adjust(d.uuid, f.reason_edit.text(), day=today, **f.changes())
            return self._open(AdjustDialog(d, self._then(d, adjust, tr("已调整目录", "Catalog adjusted")), self))
        if key == "publish_feedback":
            return self._open(DateDialog(tr("公布采纳情况 — {n}", "Feedback published — {n}", n=d.number),
                                         tr("公布日期：", "Published on:"), today, self._then(
                                             d, lambda f: register.publish_feedback(d.uuid, f.day()),
                                             tr("已登记采纳情况公布", "Feedback recorded as published")),
                                         note=tr("公布后意见及采纳情况不能再修改。", "After publication the feedback cannot change."),
                                         parent=self))
        return self._open(DateDialog(tr("作出决策 — {n}", "Decided — {n}", n=d.number), tr("决策日期：", "Decided on:"), today,
                                     self._then(d, lambda f: register.decide(d.uuid, f.day()),
                                                tr("已登记作出决策", "Decision recorded")), parent=self))

    def _then(self, d: Decision, action: Any, what: str) -> Any:
        def submit(form: DecisionForm) -> None:
            action(form)
            self._changed(d.uuid, tr("{w}：{n}", "{w}: {n}", w=what, n=d.number))
        return submit

    def _open(self, dialog: DecisionForm) -> DecisionForm:
        return self._dialogs.open(dialog)

    # ---- sheets ----------------------------------------------------------------------------------------------
    def export_sheet(self, kind: str, path: Path | None = None) -> Job | None:
        """Write a sheet to `path` (asked for when not given) off the UI thread; the notice is built here first, so
        what it needs (a consultation, every comment answered) is refused before a file is chosen."""
        from townshipdesk.errors import UserError

        site, d = self.session.site, self.current()
        try:
            notice = sheet_notice(kind, d, [x for x in self.decisions if site is None or x.site_id == site.site_id],
                                  self.year(), self.session)
        except UserError as exc:
            show_error(self, exc, tr("无法生成", "Cannot write the sheet"))
            return None
        if notice is None:
            return None
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            from townshipdesk.io.pdf.batch import safe_filename

            last = Path(str(self.session.ui_settings().value(LAST_DIR_KEY, str(Path.home()))))
            chosen, _ = QFileDialog.getSaveFileName(self, tr("保存 PDF", "Save the PDF"),
                                                    str(last / (safe_filename(notice.title) + ".pdf")),
                                                    tr("PDF 文件 (*.pdf)", "PDF files (*.pdf)"))
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.session.ui_settings().setValue(LAST_DIR_KEY, str(path.parent))

        def work(_progress: Any) -> Path:
            from townshipdesk.ui.pdf_pages import render_pdf

            return render_pdf(notice, path, paper="A4", landscape=False)

        def done(written: Path) -> None:
            self.job = None
            self.status_label.setText(tr("已生成：{p}", "Written: {p}", p=str(written)))
            self._show_current()

        def failed(exc: BaseException) -> None:
            self.job = None
            self._show_current()
            show_error(self, exc, tr("未能生成 PDF", "The PDF was not written"))

        self.job = run_with_progress(self, tr("正在生成 PDF…", "Writing the PDF…"), work, done, failed)
        return self.job
