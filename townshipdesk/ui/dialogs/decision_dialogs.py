"""The 公众参与 page's dialogs: a new catalog entry, an adjustment, a consultation, a comment, the answer to a
comment, and a date (for the decision and the publications). Each OK goes through the core register, which
refuses what cannot be (an end before the start, feedback before the consultation ended …): the refusal is shown
and the dialog stays open (request_dialogs._SubmitDialog)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.decisions import ADOPTED, METHODS, PUBLIC_CONSULTATION, Comment, Decision
from townshipdesk.i18n import pair_text, tr
from townshipdesk.ui.dialogs.record_editor import date_edit, from_qdate, to_qdate
from townshipdesk.ui.dialogs.request_dialogs import _SubmitDialog

NOTE_STYLE = "color:#555;"


def _line(name: str, text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("note")
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


class DecisionForm(_SubmitDialog):
    """A form of named fields; OK hands the dialog to `submit`, which reads what it needs."""

    def __init__(self, title: str, submit: Callable[[DecisionForm], None], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._submit_fn = submit
        self.form = QFormLayout()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.setMinimumWidth(460)

    def finish(self, note: str = "") -> None:
        if note:
            self.layout_.addWidget(_note(note))
        self.layout_.addWidget(self.buttons)

    def _submit(self) -> None:
        self._submit_fn(self)


class AddDialog(DecisionForm):
    """列入目录: title, unit in charge, planned date (optional)."""

    def __init__(self, year: int, today: dt.date, submit: Callable[[DecisionForm], None], parent: QWidget | None = None) -> None:
        super().__init__(tr("列入{y}年度重大行政决策事项目录", "Add to the {y} catalog of major decisions", y=year), submit, parent)
        self.year = year
        self.title_edit = _line("title", placeholder=tr("如：某某镇集镇污水处理设施建设方案", "the decision"))
        self.unit_edit = _line("unit", placeholder=tr("承办单位，如：村镇规划建设服务中心", "unit in charge"))
        self.planned_box = QCheckBox(tr("计划决策时间", "Planned date"))
        self.planned_box.setObjectName("has_planned")
        self.planned_edit = date_edit(today if today.year == year else dt.date(year, 12, 31))
        self.planned_edit.setObjectName("planned")
        self.planned_edit.setEnabled(False)
        self.planned_box.toggled.connect(self.planned_edit.setEnabled)
        self.form.addRow(tr("决策事项：", "Decision:"), self.title_edit)
        self.form.addRow(tr("承办单位：", "Unit in charge:"), self.unit_edit)
        self.form.addRow(self.planned_box, self.planned_edit)
        self.finish(tr("目录公布后新增的事项，记为目录调整。", "An entry added after the catalog was published is recorded as "
                       "an adjustment."))

    def planned(self) -> dt.date | None:
        return from_qdate(self.planned_edit.date()) if self.planned_box.isChecked() else None


class AdjustDialog(DecisionForm):
    """调整目录: remove the entry, or change its title, unit or planned date; the reason is always kept."""

    def __init__(self, d: Decision, submit: Callable[[DecisionForm], None], parent: QWidget | None = None) -> None:
        super().__init__(tr("调整目录 — {n}", "Adjust the catalog — {n}", n=d.number), submit, parent)
        self.remove_radio = QRadioButton(tr("调整出目录", "Remove from the catalog"))
        self.remove_radio.setObjectName("remove")
        self.change_radio = QRadioButton(tr("修改名称、承办单位或计划时间", "Change title, unit or planned date"))
        self.change_radio.setObjectName("change")
        self.remove_radio.setChecked(d.status != "decided")
        self.remove_radio.setEnabled(d.status != "decided")
        self.change_radio.setChecked(d.status == "decided")
        self.title_edit = _line("new_title", d.title)
        self.unit_edit = _line("new_unit", d.unit)
        planned = dt.date.fromisoformat(d.planned_date) if d.planned_date else dt.date(d.year, 12, 31)
        self.planned_edit = date_edit(planned)
        self.planned_edit.setObjectName("new_planned")
        self._had_planned = bool(d.planned_date)
        for widget in (self.title_edit, self.unit_edit, self.planned_edit):
            widget.setEnabled(self.change_radio.isChecked())
            self.change_radio.toggled.connect(widget.setEnabled)
        self.reason_edit = _line("reason", placeholder=tr("调整理由（必填，记入目录调整情况）", "reason (required, kept)"))
        self.form.addRow(self.remove_radio)
        self.form.addRow(self.change_radio)
        self.form.addRow(tr("名称：", "Title:"), self.title_edit)
        self.form.addRow(tr("承办单位：", "Unit:"), self.unit_edit)
        self.form.addRow(tr("计划时间：", "Planned:"), self.planned_edit)
        self.form.addRow(tr("理由：", "Reason:"), self.reason_edit)
        self.finish(tr("原有内容和每次调整都保留在目录调整情况中。", "The old values and every adjustment stay in the history."))

    def changes(self) -> dict[str, object]:
        if self.remove_radio.isChecked():
            return {}
        planned = from_qdate(self.planned_edit.date())
        return {"title": self.title_edit.text(), "unit": self.unit_edit.text(), "planned": planned}


class ConsultDialog(DecisionForm):
    """征求意见: first day, last day or a period (30日 / 15个工作日), the ways, and what the notice prints."""

    def __init__(self, d: Decision, today: dt.date, submit: Callable[[DecisionForm], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("征求意见 — {n}", "Consultation — {n}", n=d.number), submit, parent)
        start = d.start or today
        self.start_edit = date_edit(start)
        self.start_edit.setObjectName("start")
        self.end_radio = QRadioButton(tr("结束日期", "Last day"))
        self.end_radio.setObjectName("by_end")
        self.period_radio = QRadioButton(tr("期限", "Period"))
        self.period_radio.setObjectName("by_period")
        self.end_edit = date_edit(d.end or start + dt.timedelta(days=30))
        self.end_edit.setObjectName("end")
        self.period_edit = _line("period", d.consult_period or "30日", tr("如：30日、15个工作日", "e.g. 30日 or 15个工作日"))
        self.end_radio.toggled.connect(self.end_edit.setEnabled)
        self.period_radio.toggled.connect(self.period_edit.setEnabled)
        self.period_radio.setChecked(not d.end or bool(d.consult_period))
        self.end_radio.setChecked(bool(d.end) and not d.consult_period)
        self.end_edit.setEnabled(self.end_radio.isChecked())
        self.period_edit.setEnabled(self.period_radio.isChecked())
        methods = QWidget()
        grid = QGridLayout(methods)
        grid.setContentsMargins(0, 0, 0, 0)
        self.method_boxes: dict[str, QCheckBox] = {}
        for n, name in enumerate(METHODS):
            box = QCheckBox(name)
            box.setObjectName(f"method_{n}")
            box.setChecked(name in d.consult_methods or (not d.consult_methods and name == PUBLIC_CONSULTATION))
            self.method_boxes[name] = box
            grid.addWidget(box, n // 4, n % 4)
        self.short_edit = _line("short_reason", d.consult_short_reason,
                                tr("公开征求意见少于30日的，写明理由（如：情况紧急）", "why a public consultation is under 30 days"))
        self.contact_edit = _line("contact", d.consult_contact, tr("提出意见的途径，如：意见可投入镇政府意见箱",
                                                                  "how to comment, printed on the notice"))
        self.form.addRow(tr("开始日期：", "First day:"), self.start_edit)
        self.form.addRow(self.end_radio, self.end_edit)
        self.form.addRow(self.period_radio, self.period_edit)
        self.form.addRow(tr("方式：", "Ways:"), methods)
        self.form.addRow(tr("缩短理由：", "Why shorter:"), self.short_edit)
        self.form.addRow(tr("提出意见途径：", "How to comment:"), self.contact_edit)
        self.finish(tr("“日”按日历日计算（期满日为节假日的顺延至下一个工作日），“工作日”按工作日日历计算。《重大行政决策程序"
                       "暂行条例》第十五条：公开征求意见的期限一般不少于30日。",
                       "日 counts calendar days (a last day on a rest day moves to the next working day); 工作日 counts "
                       "working days. Regulation 713 Art. 15: a public consultation runs at least 30 days in general."))

    def start(self) -> dt.date:
        return from_qdate(self.start_edit.date())

    def end(self) -> dt.date | None:
        return from_qdate(self.end_edit.date()) if self.end_radio.isChecked() else None

    def period(self) -> str:
        return self.period_edit.text() if self.period_radio.isChecked() else ""

    def methods(self) -> list[str]:
        return [name for name, box in self.method_boxes.items() if box.isChecked()]


class CommentDialog(DecisionForm):
    """登记意见: what was said (summarised), by whom, how many comments it stands for, when received."""

    def __init__(self, d: Decision, today: dt.date, submit: Callable[[DecisionForm], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("登记意见 — {n}", "Record a comment — {n}", n=d.number), submit, parent)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("text")
        self.text_edit.setPlaceholderText(tr("意见摘要", "the comment, summarised"))
        self.text_edit.setFixedHeight(self.fontMetrics().height() * 5)
        self.source_edit = _line("source", placeholder=tr("提出方，如：村民代表、网站留言", "who, e.g. 村民代表"))
        self.count_box = QSpinBox()
        self.count_box.setObjectName("count")
        self.count_box.setRange(1, 100_000)
        self.date_edit = date_edit(min(today, d.end) if d.end and d.start and d.start <= today else today)
        self.date_edit.setObjectName("received")
        self.form.addRow(tr("意见：", "Comment:"), self.text_edit)
        self.form.addRow(tr("提出方：", "From:"), self.source_edit)
        self.form.addRow(tr("条数：", "Count:"), self.count_box)
        self.form.addRow(tr("收到日期：", "Received:"), self.date_edit)
        self.finish(tr("内容相同的多条意见可归纳为一项，写明条数。", "Several comments alike can be one entry with their count."))

    def received(self) -> dt.date:
        return from_qdate(self.date_edit.date())


class FeedbackDialog(DecisionForm):
    """采纳情况 of one comment: adopted, partly, not — with the reason unless adopted."""

    def __init__(self, d: Decision, comment: Comment, submit: Callable[[DecisionForm], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("采纳情况 — {n} 意见{k}", "Feedback — {n} comment {k}", n=d.number, k=comment.seq), submit, parent)
        self.comment = comment
        shown = _note(comment.text)
        self.adopted_box = QComboBox()
        self.adopted_box.setObjectName("adopted")
        for code in ADOPTED:
            self.adopted_box.addItem(pair_text(ADOPTED, code), code)
        if comment.adopted:
            self.adopted_box.setCurrentIndex(list(ADOPTED).index(comment.adopted))
        self.reason_edit = _line("reason", comment.reason, tr("部分采纳、不采纳须写明理由", "required unless adopted"))
        self.form.addRow(tr("意见：", "Comment:"), shown)
        self.form.addRow(tr("采纳情况：", "Answer:"), self.adopted_box)
        self.form.addRow(tr("理由说明：", "Reason:"), self.reason_edit)
        self.finish()


class DateDialog(DecisionForm):
    """One date: the decision, or the publication of the catalog or of the feedback."""

    def __init__(self, title: str, prompt: str, day: dt.date, submit: Callable[[DecisionForm], None], *, note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, submit, parent)
        self.date_edit = date_edit(day)
        self.date_edit.setObjectName("day")
        self.form.addRow(prompt, self.date_edit)
        self.finish(note)

    def day(self) -> dt.date:
        return from_qdate(self.date_edit.date())

    def set_day(self, day: dt.date) -> None:
        self.date_edit.setDate(to_qdate(day))
