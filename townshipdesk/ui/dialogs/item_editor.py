"""Add or edit one catalog item: all eight elements, checked as the user types, saved through the core."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.catalog import (
    AUDIENCES,
    COMPARED_FIELDS,
    MODES,
    TIERS,
    Catalog,
    CatalogItem,
    field_label,
    normalise_item,
    validate_item,
)
from townshipdesk.core.timelimits import parse_time_limit
from townshipdesk.errors import UserError
from townshipdesk.i18n import language, tr
from townshipdesk.ui.widgets.channel_list import ChannelList
from townshipdesk.wording.display import element_value_text

# The channel names the national guidelines use most; anything else goes in the free-text box.
COMMON_CHANNELS = (
    "政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体", "公开查阅点", "政务服务中心",
    "便民服务站", "入户/现场", "社区/企事业单位/村公示栏（电子屏）", "村务公开栏", "精准推送", "12345政务服务热线", "其他",
)
_SPLIT = re.compile(r"[、，,;；\n]+")
ERROR_STYLE = "color:#b00020;"
WARNING_STYLE = "color:#b35c00;"


class ItemEditor(QDialog):
    """Edits a copy of an item; on OK saves it (add or update) and keeps the saved item in `saved`."""

    def __init__(self, catalog: Catalog, item: CatalogItem | None = None, *, domain: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._original = item
        self.saved: CatalogItem | None = None
        self.setWindowTitle(tr("编辑事项", "Edit item") if item else tr("新增事项", "New item"))
        self.resize(720, 760)

        self.domain_box = QComboBox()
        self.domain_box.setEditable(True)  # a township may add a domain of its own
        self.domain_box.addItems([d.name for d in catalog.domains()])
        self.level1_edit = QLineEdit()
        self.level2_edit = QLineEdit()
        self.content_edit = QPlainTextEdit()
        self.basis_edit = QPlainTextEdit()
        for edit in (self.content_edit, self.basis_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(72)
        self.time_limit_edit = QLineEdit()
        self.time_limit_edit.setPlaceholderText(tr("如：信息形成或者变更之日起20个工作日内",
                                                   "e.g. 信息形成或者变更之日起20个工作日内"))
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.body_edit = QLineEdit()
        self.channel_list = ChannelList()
        self.channel_list.setFixedHeight(120)
        self.other_channels = QLineEdit()
        self.other_channels.setPlaceholderText(tr("其他渠道，用顿号分隔", "Other channels, separated by 、"))
        self.audience_boxes = _checkboxes(AUDIENCES)
        self.mode_boxes = _checkboxes(MODES)
        self.tier_boxes = _checkboxes(TIERS)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        lang = language()
        form.addRow(field_label("domain", lang), self.domain_box)
        form.addRow(field_label("level1", lang), self.level1_edit)
        form.addRow(field_label("level2", lang), self.level2_edit)
        form.addRow(field_label("content", lang), self.content_edit)
        form.addRow(field_label("basis", lang), self.basis_edit)
        form.addRow(field_label("time_limit", lang), self.time_limit_edit)
        form.addRow("", self.rule_label)
        form.addRow(field_label("body", lang), self.body_edit)
        channels = QVBoxLayout()
        channels.addWidget(self.channel_list)
        channels.addWidget(self.other_channels)
        form.addRow(field_label("channels", lang), channels)
        form.addRow(field_label("audience", lang), _row(self.audience_boxes.values()))
        form.addRow(field_label("mode", lang), _row(self.mode_boxes.values()))
        form.addRow(field_label("tiers", lang), _row(self.tier_boxes.values()))

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.problems_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("保存", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(buttons)

        self._load(item or CatalogItem(domain=domain or "", level1="", origin="local"))
        self.time_limit_edit.textChanged.connect(self._show_rule)
        self._show_rule()

    # ---- between widgets and the item ------------------------------------------------------------
    def _load(self, item: CatalogItem) -> None:
        self.domain_box.setCurrentText(item.domain)
        self.level1_edit.setText(item.level1)
        self.level2_edit.setText(item.level2)
        self.content_edit.setPlainText(item.content)
        self.basis_edit.setPlainText(item.basis)
        self.time_limit_edit.setText(item.time_limit)
        self.body_edit.setText(item.body)
        others = [c for c in item.channels if c not in COMMON_CHANNELS]
        self.channel_list.set_channels(COMMON_CHANNELS, item.channels)
        self.other_channels.setText("、".join(others))
        for boxes, values in ((self.audience_boxes, item.audience), (self.mode_boxes, item.mode),
                              (self.tier_boxes, item.tiers)):
            for value, box in boxes.items():
                box.setChecked(value in values)

    def item(self) -> CatalogItem:
        """The item as the form currently describes it, in stored form."""
        base = self._original or CatalogItem(domain="", level1="", origin="local")
        channels = self.channel_list.checked()
        channels += [c.strip() for c in _SPLIT.split(self.other_channels.text()) if c.strip()]
        return normalise_item(replace(
            base,
            domain=self.domain_box.currentText(),
            level1=self.level1_edit.text(),
            level2=self.level2_edit.text(),
            content=self.content_edit.toPlainText(),
            basis=self.basis_edit.toPlainText(),
            time_limit=self.time_limit_edit.text(),
            body=self.body_edit.text(),
            channels=channels,
            audience=[v for v, b in self.audience_boxes.items() if b.isChecked()],
            mode=[v for v, b in self.mode_boxes.items() if b.isChecked()],
            tiers=[v for v, b in self.tier_boxes.items() if b.isChecked()],
        ))

    # ---- feedback -------------------------------------------------------------------------------------
    def _show_rule(self) -> None:
        text = self.time_limit_edit.text().strip()
        rule = parse_time_limit(text) if text else None
        if not text:
            self.rule_label.setText("")
        elif rule is None:
            self.rule_label.setStyleSheet(WARNING_STYLE)
            self.rule_label.setText(tr("⚠ 无法识别为时限规则：可以保存，但不会计算期限",
                                       "⚠ Not a recognisable rule: can be saved, but no due date is computed"))
        else:
            self.rule_label.setStyleSheet("")
            suffix = tr("（推定）", " (assumed)") if rule.assumed else ""
            self.rule_label.setText(tr("识别为：{r}", "Read as: {r}", r=rule.describe(language()) + suffix))

    def show_problems(self, errors: list[str], warnings: list[str]) -> None:
        lines = [f"<div style='{ERROR_STYLE}'>✖ {escape(e)}</div>" for e in errors]
        lines += [f"<div style='{WARNING_STYLE}'>⚠ {escape(w)}</div>" for w in warnings]
        self.problems_label.setText("".join(lines))
        self.problems_label.setVisible(bool(lines))

    def problems_text(self) -> str:
        """The problems as plain text (what the user reads)."""
        return self.problems_label.text() if self.problems_label.isVisible() else ""

    # ---- saving -----------------------------------------------------------------------------------------
    def accept(self) -> None:
        item = self.item()
        checked = validate_item(item)
        lang = language()
        errors = [f"{field_label(f, lang)}：{m}" for f, m, s in checked if s == "error"]
        warnings = [str(m) for _f, m, s in checked if s == "warning"]
        self.show_problems(errors, warnings)
        if errors:
            return
        try:
            if self._original is None:
                self.saved = self._catalog.add_item(item)
            else:
                changes = {name: getattr(item, name) for name in COMPARED_FIELDS}
                self.saved = self._catalog.update_item(self._original.uuid, changes)
        except UserError as exc:
            self.show_problems([str(exc)], warnings)
            return
        super().accept()


def _checkboxes(values: tuple[str, ...]) -> dict[str, QCheckBox]:
    return {value: QCheckBox(element_value_text(value)) for value in values}


def _row(widgets: Iterable[QWidget]) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return holder
