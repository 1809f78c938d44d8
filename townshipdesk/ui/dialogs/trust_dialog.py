"""Trusting another office's key card: show whose card it is and its fingerprint, and have the clerk confirm
it matches what the other office read out on the phone (or type what they heard, checked digit by digit)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.errors import UserError
from townshipdesk.i18n import tr
from townshipdesk.sync.keys import KeyCard
from townshipdesk.wording.display import role_text
from townshipdesk.wording.sync import fingerprint_lines

ERROR_STYLE = "color:#9b1c1c;"
GOOD_STYLE = "color:#1d6b2f;"


def digits_only(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def fingerprint_font(base: QFont, scale: float = 1.6) -> QFont:
    """Large, fixed-width digits: groups line up and 1/7, 3/8 are easy to tell apart over the phone."""
    font = QFont(base)
    font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace", *base.families()])
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(True)
    return font


class TrustDialog(QDialog):
    """Calls `trust(fingerprint or None)` when confirmed; a refusal (wrong fingerprint, wrong role …) is shown
    here and the dialog stays open, so nothing is trusted by mistake."""

    def __init__(self, card: KeyCard, trust: Callable[[str | None, bool], KeyCard], parent: QWidget | None = None, *,
                 previous: str | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self._trust = trust
        self.previous = previous  # the office already trusted under this division code (a reinstall), if any
        self.trusted: KeyCard | None = None
        self.setWindowTitle(tr("信任对方的密钥卡", "Trust a key card"))
        self.setMinimumWidth(560)

        intro = QLabel(tr("请打电话给对方单位，请对方打开 TownshipDesk 的“同步”页，念出页面上的密钥指纹，与下面逐组核对。"
                          "指纹一致，才能说明这张卡确实来自对方、途中没有被调换。",
                          "Call the other office and have them read out their fingerprint from their Sync page; compare "
                          "it group by group. Only a matching fingerprint shows the card really is theirs."))
        intro.setWordWrap(True)
        self.name_label = QLabel(card.name)
        self.division_label = QLabel(card.division_code)
        self.role_label = QLabel(role_text(card.role))
        self.fingerprint_label = QLabel(fingerprint_lines(card.fingerprint))
        self.fingerprint_label.setObjectName("card_fingerprint")
        self.fingerprint_label.setFont(fingerprint_font(self.font()))
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.typed_edit = QLineEdit()
        self.typed_edit.setObjectName("typed_fingerprint")
        self.typed_edit.setPlaceholderText(tr("可选：输入电话中听到的30位数字，程序替您逐位核对",
                                              "Optional: type the 30 digits you heard; they are checked for you"))
        self.typed_edit.textChanged.connect(self._typed_changed)
        self.match_label = QLabel()
        self.match_label.setObjectName("match")
        self.confirm_box = QCheckBox(tr("我已与对方电话核对，指纹完全一致", "I checked it with the other office by phone; "
                                        "the fingerprint matches"))
        self.confirm_box.setObjectName("confirm")
        self.confirm_box.toggled.connect(lambda _on: self._update_button())
        self.replace_box = QCheckBox(tr("区划代码 {c} 已信任“{n}”的另一台电脑。该单位重装了电脑：替换旧密钥，历史数据延续到新电脑",
                                        "The division code {c} is already trusted for another computer of '{n}'. That "
                                        "office reinstalled: replace the old key; its history carries over",
                                        c=card.division_code, n=previous or ""))
        self.replace_box.setObjectName("replace")
        self.replace_box.setStyleSheet(ERROR_STYLE)
        self.replace_box.setVisible(previous is not None)
        self.replace_box.toggled.connect(lambda _on: self._update_button())
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(tr("单位名称：", "Office:"), self.name_label)
        form.addRow(tr("区划代码：", "Division code:"), self.division_label)
        form.addRow(tr("级别：", "Level:"), self.role_label)
        form.addRow(tr("指纹：", "Fingerprint:"), self.fingerprint_label)
        form.addRow(tr("电话中听到的：", "Heard by phone:"), self.typed_edit)
        form.addRow("", self.match_label)

        buttons = QDialogButtonBox()
        self.trust_button = QPushButton(tr("信任", "Trust"))
        self.trust_button.setObjectName("trust")
        buttons.addButton(self.trust_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消", "Cancel"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._update_button()

    def typed(self) -> str | None:
        digits = digits_only(self.typed_edit.text())
        return " ".join(digits[i:i + 5] for i in range(0, len(digits), 5)) if digits else None

    def _typed_changed(self, _text: str) -> None:
        digits, expected = digits_only(self.typed_edit.text()), digits_only(self.card.fingerprint)
        if not digits:
            self.match_label.clear()
        elif digits == expected:
            self.match_label.setText(tr("✓ 与卡上的指纹一致", "✓ Matches the card"))
            self.match_label.setStyleSheet(GOOD_STYLE)
        elif expected.startswith(digits):
            self.match_label.setText(tr("已核对 {n}/30 位，到目前为止一致", "{n}/30 digits checked, matching so far",
                                        n=len(digits)))
            self.match_label.setStyleSheet("")
        else:
            wrong = next((i for i, (a, b) in enumerate(zip(digits, expected, strict=False)) if a != b), None)
            if wrong is None:
                text = tr("✗ 输入的数字多于30位", "✗ More than 30 digits typed")
            else:
                text = tr("✗ 第 {g} 组起不一致：不要信任此卡", "✗ Differs from group {g} on: do not trust this card",
                          g=wrong // 5 + 1)
            self.match_label.setText(text)
            self.match_label.setStyleSheet(ERROR_STYLE)
        self._update_button()

    def _update_button(self) -> None:
        checked = self.confirm_box.isChecked() or bool(self.typed())
        self.trust_button.setEnabled(checked and (self.previous is None or self.replace_box.isChecked()))

    def confirm(self) -> None:
        try:
            self.trusted = self._trust(self.typed(), self.replace_box.isChecked())
        except UserError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.accept()
