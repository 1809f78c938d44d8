"""同步: who this office is (fingerprint and QR code to compare by phone), the offices it trusts, sending a
bundle to the county (USB stick, e-mail draft, or a chosen file), importing bundles (file dialog or drag and
drop) with the result in plain words, receipts, and the history of bundles in and out.

Bundles are written and imported in the thread pool (ui/sync_jobs.py), each job on its own connection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from townshipdesk.core.localtime import china_now
from townshipdesk.errors import BundleRefused, UserError
from townshipdesk.i18n import tr
from townshipdesk.sync.keys import KeyCard
from townshipdesk.sync.service import Sync
from townshipdesk.ui import sync_jobs
from townshipdesk.ui.dialogs.open_dialogs import OpenDialogs
from townshipdesk.ui.dialogs.trust_dialog import TrustDialog, fingerprint_font
from townshipdesk.ui.messages import error_text, show_error
from townshipdesk.ui.removable import Drive, removable_drives, size_text
from townshipdesk.ui.session import CATALOG, RECORDS, SITE, Session
from townshipdesk.ui.sync_status import SyncSummary, sync_summary
from townshipdesk.ui.widgets.qr_code import qr_pixmap
from townshipdesk.ui.widgets.tables import prepare_list_table, set_column_widths
from townshipdesk.ui.workers import Job, run_with_progress
from townshipdesk.wording.display import china_time, role_text
from townshipdesk.wording.sync import (
    BUNDLE_SUFFIX,
    CARD_SUFFIX,
    SYNC,
    bundle_file_name,
    counts_text,
    direction_text,
    fingerprint_lines,
    history_result_text,
    import_result_text,
    kind_text,
    refusal_text,
    safe_name,
)

EMAIL_KEY = "sync/county_email"
LAST_DIR_KEY = "sync/last_dir"
QR_SIZE = 148
ERROR_STYLE = "color:#9b1c1c;"
GOOD_STYLE = "color:#1d6b2f;"
QUIET_STYLE = "color:#777;"
BUNDLE_FILTER = "同步包 (*.tdbundle);;所有文件 (*)"
CARD_FILTER = "密钥卡 (*.tdkey *.json *.card);;所有文件 (*)"


def local_now() -> dt.datetime:
    """The time stamped into file names (China time, as the clerk reads it on the stick, whatever the PC's zone)."""
    return china_now()


def _bundle_paths(urls: list[QUrl]) -> list[Path]:
    return [Path(u.toLocalFile()) for u in urls
            if u.isLocalFile() and u.toLocalFile().lower().endswith(BUNDLE_SUFFIX) and Path(u.toLocalFile()).is_file()]


def _unique(path: Path) -> Path:
    """`path`, or `name-2.tdbundle` … when a bundle of the same minute is already there."""
    n = 1
    candidate = path
    while candidate.exists() or candidate.with_suffix(".eml").exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    prepare_list_table(table, row_padding=8)
    return table


def _cell(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def _quiet(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(QUIET_STYLE)
    return label


class SyncPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sync = Sync(session.db, session.data_dir)
        self.summary: SyncSummary | None = None
        self.job: Job | None = None
        self._queue: list[Path] = []
        self._results: list[tuple[Path, str, bool]] = []  # (file, text, refused) of the imports just made
        self._pending_catalog: Path | None = None
        self._receipts_due: dict[str, tuple[str, Path]] = {}  # township division code → (name, folder of its bundle)
        self._dialogs = OpenDialogs()  # the non-blocking dialogs shown now
        self._dirty = True
        self._quiet = False
        self.setAcceptDrops(True)

        # ---- this office -------------------------------------------------------------------------------
        self.site_heading = QLabel()
        self.site_heading.setObjectName("site_heading")
        font = self.site_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.site_heading.setFont(font)
        self.site_details = QLabel()
        self.fingerprint_caption = QLabel(tr("本单位密钥指纹（对方信任本单位前，请电话念给对方核对）：",
                                             "This office's key fingerprint (read it to the other office by phone):"))
        self.fingerprint_caption.setWordWrap(True)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setFont(fingerprint_font(self.font(), 1.7))
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr_label = QLabel()
        self.qr_label.setObjectName("qr_code")
        self.qr_label.setFixedSize(QR_SIZE, QR_SIZE)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setToolTip(tr("用手机扫码可看到本单位名称、区划代码和指纹", "Scan with a phone to see the name, code "
                                    "and fingerprint"))
        self.export_card_button = QPushButton(tr("导出密钥卡…", "Export key card…"))
        self.export_card_button.clicked.connect(lambda: self.export_card())
        self.trust_button = QPushButton(tr("导入并信任对方密钥卡…", "Import and trust a key card…"))
        self.trust_button.clicked.connect(lambda: self.import_card())
        self.card_status = _quiet()
        self.card_status.setObjectName("card_status")
        self.card_status.hide()

        identity_text = QVBoxLayout()
        identity_text.setSpacing(4)
        identity_text.addWidget(self.site_heading)
        identity_text.addWidget(self.site_details)
        identity_text.addSpacing(4)
        identity_text.addWidget(self.fingerprint_caption)
        identity_text.addWidget(self.fingerprint_label)
        identity_text.addStretch(1)
        card_buttons = QHBoxLayout()
        card_buttons.addWidget(self.export_card_button)
        card_buttons.addWidget(self.trust_button)
        card_buttons.addStretch(1)
        identity_text.addLayout(card_buttons)
        identity_row = QHBoxLayout()
        identity_row.addLayout(identity_text, 1)
        identity_row.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        identity_box = QGroupBox(tr("本单位", "This office"))
        identity_layout = QVBoxLayout(identity_box)
        identity_layout.addLayout(identity_row)
        identity_layout.addWidget(self.card_status)

        # ---- trusted offices ---------------------------------------------------------------------------
        self.trusted_table = _table([tr("单位", "Office"), tr("区划代码", "Code"), tr("级别", "Level"),
                                     tr("指纹", "Fingerprint")], "trusted_table")
        set_column_widths(self.trusted_table, (130, 100, 40))
        self.trusted_empty = _quiet()
        self.trusted_empty.setObjectName("trusted_empty")
        trusted_box = QGroupBox(tr("已信任的单位", "Trusted offices"))
        trusted_layout = QVBoxLayout(trusted_box)
        trusted_layout.addWidget(self.trusted_table, 1)
        trusted_layout.addWidget(self.trusted_empty)

        # ---- sending (township: changes to the county; county: receipts) ----------------------------------
        self.state_label = QLabel()
        self.state_label.setObjectName("sync_states")
        self.last_label = _quiet()
        self.last_label.setObjectName("last_exchange")
        self.drive_box = QComboBox()
        self.drive_box.setObjectName("drives")
        self.drive_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.drive_box.setMinimumContentsLength(18)
        self.drive_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.refresh_drives_button = QPushButton(tr("刷新", "Refresh"))
        self.refresh_drives_button.setToolTip(tr("插入U盘后点此重新查找", "Look again after inserting a USB stick"))
        self.refresh_drives_button.clicked.connect(self.refresh_drives)
        self.usb_button = QPushButton(tr("保存到U盘", "Save to USB stick"))
        self.usb_button.setObjectName("to_usb")
        self.usb_button.clicked.connect(lambda: self.send_to_usb())
        self.email_edit = QLineEdit(str(session.ui_settings().value(EMAIL_KEY, "")))
        self.email_edit.setObjectName("county_email")
        self.email_edit.setPlaceholderText(tr("县级接收同步包的邮箱，如 zwgk@example.gov.cn", "The county's address for "
                                              "bundles"))
        self.email_edit.editingFinished.connect(self._save_email)
        self.email_button = QPushButton(tr("生成邮件", "Write e-mail"))
        self.email_button.setObjectName("to_email")
        self.email_button.setToolTip(tr("生成附带同步包的邮件草稿（.eml），用本机邮件程序打开后发送",
                                        "An e-mail draft (.eml) with the bundle attached, opened in the mail program"))
        self.email_button.clicked.connect(lambda: self.send_by_email())
        self.save_as_button = QPushButton(tr("另存为…", "Save as…"))
        self.save_as_button.setObjectName("save_as")
        self.save_as_button.clicked.connect(lambda: self.send_save_as())
        self.send_status = QLabel()
        self.send_status.setObjectName("send_status")
        self.send_status.setWordWrap(True)
        self.send_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_status.hide()

        self.receipt_box = QComboBox()
        self.receipt_box.setObjectName("receipt_township")
        self.receipt_box.setMinimumContentsLength(10)
        self.receipt_save_button = QPushButton(tr("生成回执…", "Write receipt…"))
        self.receipt_save_button.setObjectName("receipt_save_as")
        self.receipt_save_button.setToolTip(tr("为所选乡镇最近一次的同步包生成回执", "A receipt for the township's latest bundle"))
        self.receipt_save_button.clicked.connect(lambda: self.receipt_save_as())

        county = self._role() == "county"
        send_box = QGroupBox(tr("回执", "Receipts") if county else tr("发送给县级", "Send to the county"))
        send_layout = QGridLayout(send_box)
        send_layout.setColumnStretch(1, 1)
        if county:
            send_layout.addWidget(_quiet(tr("导入乡镇的同步包后，把回执交回乡镇导入，乡镇就能看到哪些记录县级已确认收到。",
                                            "After importing a township's bundle, give it a receipt so it sees what the "
                                            "county has confirmed.")), 0, 0, 1, 3)
            send_layout.addWidget(QLabel(tr("乡镇：", "Township:")), 1, 0)
            send_layout.addWidget(self.receipt_box, 1, 1)
            send_layout.addWidget(self.receipt_save_button, 1, 2)
            send_layout.addWidget(self.send_status, 2, 0, 1, 3)
            send_layout.setRowStretch(3, 1)
        else:
            send_layout.addWidget(self.state_label, 0, 0, 1, 4)
            send_layout.addWidget(self.last_label, 1, 0, 1, 4)
            send_layout.addWidget(QLabel(tr("U盘：", "USB stick:")), 2, 0)
            send_layout.addWidget(self.drive_box, 2, 1)
            send_layout.addWidget(self.refresh_drives_button, 2, 2)
            send_layout.addWidget(self.usb_button, 2, 3)
            send_layout.addWidget(QLabel(tr("县级邮箱：", "County e-mail:")), 3, 0)
            send_layout.addWidget(self.email_edit, 3, 1, 1, 2)
            send_layout.addWidget(self.email_button, 3, 3)
            send_layout.addWidget(_quiet(tr("或保存到其他位置：", "Or save it elsewhere:")), 4, 0, 1, 3)
            send_layout.addWidget(self.save_as_button, 4, 3)
            send_layout.addWidget(self.send_status, 5, 0, 1, 4)
            send_layout.setRowStretch(6, 1)

        # ---- receiving ------------------------------------------------------------------------------------
        self.import_button = QPushButton(tr("导入同步包…", "Import bundle…"))
        self.import_button.setObjectName("import_bundle")
        self.import_button.clicked.connect(lambda: self.choose_bundles())
        drop_hint = _quiet(tr("也可以把 .tdbundle 文件直接拖到本页。", "Or drop .tdbundle files onto this page."))
        self.result_label = QLabel(tr("导入前会检查签名和内容；不合格的同步包会被拒绝，并说明原因，本单位数据不会有任何改动。",
                                      "A bundle is checked before import; a bad one is refused with the reason and "
                                      "changes nothing."))
        self.result_label.setObjectName("import_result")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet(QUIET_STYLE)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.accept_button = QPushButton(tr("接受", "Accept"))
        self.accept_button.setObjectName("accept_catalog")
        self.accept_button.setToolTip(tr("用县级下发的目录更新本单位的标准目录", "Update this office's catalog from the county's"))
        self.accept_button.clicked.connect(lambda: self.accept_catalog())
        self.accept_button.hide()
        self.receipt_button = QPushButton()
        self.receipt_button.setObjectName("make_receipts")
        self.receipt_button.clicked.connect(lambda: self.make_receipts())
        self.receipt_button.hide()
        receive_box = QGroupBox(tr("导入同步包", "Import bundles"))
        receive_layout = QVBoxLayout(receive_box)
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button)
        import_row.addWidget(drop_hint, 1)
        receive_layout.addLayout(import_row)
        receive_layout.addWidget(self.result_label, 1)
        action_row = QHBoxLayout()
        action_row.addStretch(1)
        action_row.addWidget(self.accept_button)
        action_row.addWidget(self.receipt_button)
        receive_layout.addLayout(action_row)

        # ---- history --------------------------------------------------------------------------------------
        self.history_table = _table([tr("时间", "Time"), tr("收/发", "In/out"), tr("类型", "Kind"), tr("对方", "Office"),
                                     tr("结果", "Result"), tr("文件", "File")], "history_table")
        set_column_widths(self.history_table, (130, 50, 80, 130, 230))
        self.history_empty = _quiet(tr("还没有收发过同步包。", "No bundle sent or received yet."))
        history_box = QGroupBox(tr("收发记录", "Bundles in and out"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_table, 1)
        history_layout.addWidget(self.history_empty)

        top = QHBoxLayout()
        top.addWidget(identity_box, 1)
        top.addWidget(trusted_box, 1)
        middle = QHBoxLayout()
        middle.addWidget(send_box, 1)
        middle.addWidget(receive_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 0)
        layout.addLayout(middle, 0)
        layout.addWidget(history_box, 1)

        session.changed.connect(self._session_changed)
        self.refresh()
        self.refresh_drives()

    # ---- state --------------------------------------------------------------------------------------------
    def _role(self) -> str:
        site = self.session.site
        return site.role if site else ""

    def refresh(self) -> None:
        """Identity, trusted offices, record states and history, from the database."""
        self._dirty = False
        self._show_identity()
        self._show_trusted()
        if self._role() == "township":
            self.summary = sync_summary(self.session.db, self.sync)
            self.state_label.setText(self.summary.counts_text())
            self.last_label.setText(self.summary.last_text())
        self._show_history()
        self._update_buttons()

    def _show_identity(self) -> None:
        site = self.session.site
        if site is None:
            self.site_heading.setText(tr("尚未设置本单位", "Not set up yet"))
            self.site_details.clear()
            self.fingerprint_label.clear()
            self.qr_label.clear()
            return
        self.site_heading.setText(site.name)
        self.site_details.setText(tr("区划代码 {c} · {r}", "Division code {c} · {r}", c=site.division_code,
                                     r=role_text(site.role)))
        try:
            fingerprint = self.sync.keys.fingerprint
        except UserError as exc:
            self.fingerprint_label.setText(str(exc))
            self.qr_label.clear()
            return
        self.fingerprint_label.setText(fingerprint_lines(fingerprint))
        pixmap = qr_pixmap(tr("TownshipDesk 密钥指纹\n{n}（{c}）\n{f}", "TownshipDesk key fingerprint\n{n} ({c})\n{f}",
                              n=site.name, c=site.division_code, f=fingerprint), QR_SIZE)
        if pixmap is None:
            self.qr_label.setText(tr("（未安装二维码组件）", "(QR codes unavailable)"))
        else:
            self.qr_label.setPixmap(pixmap)

    def _show_trusted(self) -> None:
        trusted = self.sync.trusted() if self.session.site else []
        self.trusted_table.setRowCount(len(trusted))
        for row, t in enumerate(trusted):
            self.trusted_table.setItem(row, 0, _cell(t.name, t.name))
            self.trusted_table.setItem(row, 1, _cell(t.division_code))
            self.trusted_table.setItem(row, 2, _cell(role_text(t.role)))
            self.trusted_table.setItem(row, 3, _cell(t.fingerprint, t.fingerprint))
        self.trusted_table.setVisible(bool(trusted))
        self.trusted_empty.setVisible(not trusted)
        if self._role() == "county":
            self.trusted_empty.setText(tr("还没有信任任何乡镇。请各乡镇导出密钥卡交来，在电话中核对指纹后点“导入并信任对方密钥卡…”。",
                                          "No township trusted yet: import each township's key card after checking its "
                                          "fingerprint by phone."))
        else:
            self.trusted_empty.setText(tr("还没有信任县级。请向县政务公开办索取密钥卡，在电话中核对指纹后点“导入并信任对方密钥卡…”。",
                                          "The county is not trusted yet: get its key card, check the fingerprint by phone, "
                                          "then import it."))
        current = self.receipt_box.currentData()
        self.receipt_box.clear()
        for t in trusted:
            if t.role == "township":
                self.receipt_box.addItem(f"{t.name}（{t.division_code}）", t.division_code)
        self.receipt_box.setCurrentIndex(max(self.receipt_box.findData(current), 0))

    def _show_history(self) -> None:
        rows = self.sync.history() if self.session.site else []
        self.history_table.setRowCount(len(rows))
        for n, r in enumerate(rows):
            path = Path(r["path"])
            values = [china_time(r["handled_at"]), direction_text(r["direction"]), kind_text(r["kind"]), r["peer_name"],
                      history_result_text(r), path.name]
            for column, value in enumerate(values):
                self.history_table.setItem(n, column, _cell(value, str(path) if column == 5 else ""))
        self.history_table.setVisible(bool(rows))
        self.history_empty.setVisible(not rows)

    def _county_trusted(self) -> bool:
        return bool(self.session.site) and bool(self.sync.trusted(role="county"))

    def _update_buttons(self) -> None:
        busy = self.job is not None
        can_send = not busy and self._role() == "township" and self._county_trusted()
        self.usb_button.setEnabled(can_send and self.drive_box.currentData() is not None)
        self.email_button.setEnabled(can_send)
        self.save_as_button.setEnabled(can_send)
        tip = "" if can_send or busy else tr("先导入并信任县级的密钥卡", "Trust the county's key card first")
        for button in (self.email_button, self.save_as_button):
            button.setToolTip(tip or button.toolTip())
        self.import_button.setEnabled(not busy and self.session.site is not None)
        self.accept_button.setEnabled(not busy)
        self.receipt_button.setEnabled(not busy)
        self.receipt_save_button.setEnabled(not busy and self.receipt_box.count() > 0)
        self.export_card_button.setEnabled(self.session.site is not None)
        self.trust_button.setEnabled(self.session.site is not None)

    def _session_changed(self, area: str) -> None:
        if self._quiet:
            return
        if area == SITE:
            self.sync = Sync(self.session.db, self.session.data_dir)
        if area in (SITE, RECORDS, SYNC):
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _announce(self, *areas: str) -> None:
        self._quiet = True
        try:
            for area in areas:
                self.session.notify(area)
        finally:
            self._quiet = False

    # ---- USB sticks -----------------------------------------------------------------------------------------
    def refresh_drives(self) -> None:
        self.set_drives(removable_drives())

    def set_drives(self, drives: list[Drive]) -> None:
        current = self.drive_box.currentData()
        self.drive_box.clear()
        for drive in drives:
            self.drive_box.addItem(drive.label, drive.path)
            self.drive_box.setItemData(self.drive_box.count() - 1, str(drive.path), Qt.ItemDataRole.ToolTipRole)
        if not drives:
            self.drive_box.addItem(tr("未找到U盘（插入后点“刷新”）", "No USB stick: insert one, Refresh"), None)
        self.drive_box.setCurrentIndex(max(self.drive_box.findData(current), 0))
        self._update_buttons()

    # ---- key cards ------------------------------------------------------------------------------------------
    def _last_dir(self) -> str:
        return str(self.session.ui_settings().value(LAST_DIR_KEY, str(Path.home())))

    def _remember_dir(self, path: Path) -> None:
        self.session.ui_settings().setValue(LAST_DIR_KEY, str(path.parent))

    def export_card(self) -> KeyCard | None:
        from townshipdesk.sync.keys import export_card

        site = self.session.site
        if site is None:
            return None
        default = Path(self._last_dir()) / f"{site.division_code}-{safe_name(site.name)}{CARD_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(self, tr("导出密钥卡", "Export key card"), str(default), CARD_FILTER)
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(CARD_SUFFIX)
        try:
            card = export_card(self.session.db, self.session.data_dir, path)
        except (UserError, OSError) as exc:
            show_error(self, exc, tr("未能导出密钥卡", "Key card not exported"))
            return None
        self._remember_dir(path)
        self.card_status.setText(tr("已导出密钥卡：{p}\n把它交给对方（U盘或邮件），并在电话中把上面的指纹念给对方核对。",
                                    "Key card written: {p}\nGive it to the other office and read them the fingerprint "
                                    "above by phone.", p=str(path)))
        self.card_status.show()
        return card

    def import_card(self) -> TrustDialog | None:
        from townshipdesk.sync.keys import read_card

        chosen, _ = QFileDialog.getOpenFileName(self, tr("导入对方的密钥卡", "Import a key card"), self._last_dir(),
                                                CARD_FILTER)
        if not chosen:
            return None
        path = Path(chosen)
        self._remember_dir(path)
        try:
            card = read_card(path)
        except UserError as exc:
            show_error(self, exc, tr("无法读取密钥卡", "Cannot read the key card"))
            return None
        previous = self.sync.same_division(card)
        dialog = TrustDialog(card, lambda fingerprint, replace: self.sync.trust(path, fingerprint=fingerprint, replace=replace),
                             self, previous=previous.name if previous else None)
        dialog.accepted.connect(lambda: self._trusted(dialog.trusted))
        self._dialogs.open(dialog)
        return dialog

    def _trusted(self, card: KeyCard | None) -> None:
        if card is None:
            return
        self.card_status.setText(tr("已信任 {n}（{c}）。", "Trusted {n} ({c}).", n=card.name, c=card.division_code))
        self.card_status.show()
        self.refresh()
        self._announce(SYNC)


    # ---- sending ----------------------------------------------------------------------------------------------
    def _bundle_name(self) -> str:
        site = self.session.site
        assert site is not None
        return bundle_file_name(site.division_code, site.name, "changes", local_now())

    def send_to_usb(self) -> Job | None:
        drive = self.drive_box.currentData()
        if drive is None:
            QMessageBox.information(self, tr("保存到U盘", "Save to USB stick"),
                                    tr("没有找到U盘。请插入U盘，等系统识别后点“刷新”；也可以用“另存为…”选择位置。",
                                       "No USB stick found. Insert one, wait for it to appear and click Refresh; or use "
                                       "Save as…"))
            return None
        return self._export(_unique(Path(drive) / self._bundle_name()))

    def send_by_email(self) -> Job | None:
        address = self.email_edit.text().strip()
        if "@" not in address:
            QMessageBox.information(self, tr("生成邮件", "Write e-mail"),
                                    tr("请先填写县级接收同步包的邮箱地址。", "Enter the county's e-mail address first."))
            self.email_edit.setFocus()
            return None
        self._save_email()
        folder = self.session.data_dir / "outbox"
        return self._export(_unique(folder / self._bundle_name()), email_to=address)

    def send_save_as(self) -> Job | None:
        default = Path(self._last_dir()) / self._bundle_name()
        chosen, _ = QFileDialog.getSaveFileName(self, tr("保存同步包", "Save bundle"), str(default), BUNDLE_FILTER)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        self._remember_dir(path)
        return self._export(path)

    def _save_email(self) -> None:
        self.session.ui_settings().setValue(EMAIL_KEY, self.email_edit.text().strip())

    def _export(self, target: Path, *, email_to: str = "") -> Job:
        site = self.session.site
        db_path, data_dir = self.session.db.path, self.session.data_dir
        name = site.name if site else ""
        self.send_status.hide()
        return self._run(tr("正在生成同步包…", "Writing the bundle…"),
                         lambda progress: sync_jobs.export_changes(db_path, data_dir, target, progress, email_to=email_to,
                                                                   sender_name=name),
                         self._exported, self._send_failed)

    def _exported(self, written: sync_jobs.Written) -> None:
        manifest = written.manifest
        counts = counts_text(manifest.get("counts") or {}) or tr("没有新的变更", "no new changes")
        text = tr("已生成同步包：{p}\n{s}，发给 {r}；内容：{c}。", "Bundle written: {p}\n{s}, for {r}; contents: {c}.",
                  p=str(written.path), s=size_text(written.size), r=manifest["recipient"].get("name", ""), c=counts)
        if written.eml is not None:
            text += "\n" + tr("邮件草稿：{p}（已用邮件程序打开；若未打开，请手工把同步包作为附件发送）。",
                              "E-mail draft: {p} (opened in the mail program; if not, attach the bundle by hand).",
                              p=str(written.eml))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.eml)))
        else:
            text += "\n" + tr("请把它交给县级，在县级的“同步”页导入。", "Take it to the county to import on its Sync page.")
        self.send_status.setText(text)
        self.send_status.setStyleSheet(GOOD_STYLE)
        self.send_status.show()
        self._announce(SYNC)

    def _send_failed(self, exc: BaseException) -> None:
        self.send_status.setText(error_text(exc))
        self.send_status.setStyleSheet(ERROR_STYLE)
        self.send_status.show()

    # ---- receipts (county) -------------------------------------------------------------------------------------
    def _receipt_name(self, township: str) -> str:
        site = self.session.site
        assert site is not None
        return bundle_file_name(site.division_code, site.name, "receipt", local_now(), recipient=township)

    def receipt_save_as(self) -> Job | None:
        code = self.receipt_box.currentData()
        if code is None:
            return None
        name = next((t.name for t in self.sync.trusted(role="township") if t.division_code == code), code)
        default = Path(self._last_dir()) / self._receipt_name(name)
        chosen, _ = QFileDialog.getSaveFileName(self, tr("保存回执", "Save receipt"), str(default), BUNDLE_FILTER)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        self._remember_dir(path)
        return self._write_receipts([(path, code)])

    def make_receipts(self) -> Job | None:
        """A receipt for each township just imported, into the folder its bundle came from (the USB stick)."""
        targets = [(_unique(folder / self._receipt_name(name)), code) for code, (name, folder) in self._receipts_due.items()]
        return self._write_receipts(targets) if targets else None

    def _write_receipts(self, targets: list[tuple[Path, str]]) -> Job:
        db_path, data_dir = self.session.db.path, self.session.data_dir

        def job(progress: Callable[[int, int], None]) -> list[sync_jobs.Written]:
            out = []
            for n, (target, code) in enumerate(targets):
                progress(n, len(targets))
                out.append(sync_jobs.export_receipt(db_path, data_dir, target, code, lambda _d, _t: None))
            return out

        self.send_status.hide()
        return self._run(tr("正在生成回执…", "Writing receipts…"), job, self._receipts_written, self._send_failed)

    def _receipts_written(self, written: list[sync_jobs.Written]) -> None:
        for w in written:
            self._receipts_due.pop(w.manifest["recipient"].get("division_code", ""), None)
        lines = [tr("已生成给 {r} 的回执：{p}", "Receipt for {r}: {p}", r=w.manifest["recipient"].get("name", ""),
                    p=str(w.path)) for w in written]
        lines.append(tr("请把回执交回乡镇，在乡镇的“同步”页导入。", "Give it back to the township to import on its Sync page."))
        self.send_status.setText("\n".join(lines))
        self.send_status.setStyleSheet(GOOD_STYLE)
        self.send_status.show()
        self._show_receipt_button()
        self._announce(SYNC)

    def _show_receipt_button(self) -> None:
        due = self._receipts_due
        if not due:
            self.receipt_button.hide()
            return
        if len(due) == 1:
            name, folder = next(iter(due.values()))
            self.receipt_button.setText(tr("生成给 {n} 的回执", "Write the receipt for {n}", n=name))
        else:
            folder = next(iter(due.values()))[1]
            self.receipt_button.setText(tr("生成回执（{n} 个乡镇）", "Write receipts ({n} townships)", n=len(due)))
        self.receipt_button.setToolTip(tr("保存到同步包所在的文件夹：{p}", "Saved beside the bundles: {p}", p=str(folder)))
        self.receipt_button.show()

    # ---- importing -----------------------------------------------------------------------------------------------
    def choose_bundles(self) -> Job | None:
        chosen, _ = QFileDialog.getOpenFileNames(self, tr("导入同步包", "Import bundles"), self._last_dir(), BUNDLE_FILTER)
        if not chosen:
            return None
        self._remember_dir(Path(chosen[0]))
        return self.import_files([Path(p) for p in chosen])

    def import_files(self, paths: list[Path]) -> Job | None:
        """Import the bundles one after the other; the results show together when the last is done."""
        if self.job is not None:
            self._queue.extend(paths)
            return self.job
        self._queue = list(paths)
        self._results = []
        self._pending_catalog = None
        self.accept_button.hide()
        return self._next_import()

    def _next_import(self) -> Job | None:
        if not self._queue:
            self._show_results()
            return None
        path = self._queue.pop(0)
        db_path, data_dir = self.session.db.path, self.session.data_dir
        return self._run(tr("正在导入 {n}…", "Importing {n}…", n=path.name),
                         lambda progress: sync_jobs.import_bundle(db_path, data_dir, path, progress),
                         lambda result: self._imported(path, result), lambda exc: self._import_failed(path, exc),
                         then=self._next_import)

    def _imported(self, path: Path, result: dict[str, Any]) -> None:
        self._results.append((path, import_result_text(result), False))
        kind = result.get("kind")
        if result.get("already_imported"):
            return
        if kind == "changes":
            if self._role() == "county" and result.get("division_code"):
                self._receipts_due[result["division_code"]] = (result.get("sender") or "", path.parent)
            self._announce(RECORDS, CATALOG, SYNC)
        elif kind == "catalog":
            if result.get("accepted"):
                self._announce(CATALOG, SYNC)
            else:
                self._pending_catalog = path
        elif kind == "calendar":
            self.session.reload_calendar()
            self._announce(RECORDS, SYNC)
        else:
            self._announce(SYNC)

    def _import_failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, BundleRefused | UserError | OSError):
            self._results.append((path, refusal_text(error_text(exc)), True))
        else:
            show_error(self, exc, tr("导入失败", "Import failed"))
            self._results.append((path, refusal_text(error_text(exc)), True))

    def _show_results(self) -> None:
        results = self._results
        if not results:
            return
        if len(results) == 1:
            path, text, refused = results[0]
            shown = f"{path.name}\n{text}"
        else:
            shown = "\n\n".join(f"{p.name}\n{t}" for p, t, _ in results)
            refused = all(r for _, _, r in results)
        self.result_label.setText(shown)
        self.result_label.setStyleSheet(ERROR_STYLE if refused else "")
        self.accept_button.setVisible(self._pending_catalog is not None)
        self._show_receipt_button()

    def accept_catalog(self) -> Job | None:
        path = self._pending_catalog
        if path is None:
            return None
        db_path, data_dir = self.session.db.path, self.session.data_dir
        self._results = []

        def accepted(result: dict[str, Any]) -> None:
            self._pending_catalog = None
            self._imported(path, result)

        return self._run(tr("正在更新标准目录…", "Updating the catalog…"),
                         lambda progress: sync_jobs.import_bundle(db_path, data_dir, path, progress, accept_catalog=True),
                         accepted, lambda exc: self._import_failed(path, exc), then=self._show_results)

    # ---- jobs ---------------------------------------------------------------------------------------------------
    def _run(self, title: str, fn: Callable[[Callable[[int, int], None]], Any], success: Callable[[Any], None],
             failure: Callable[[BaseException], None], then: Callable[[], object] | None = None) -> Job:
        """One job at a time; whatever happened (done, refused, cancelled) the page shows the database as it is now."""

        def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def run(value: Any) -> None:
                self.job = None
                try:
                    callback(value)
                finally:
                    self.refresh()
                    if then is not None:
                        then()
            return run

        self.job = run_with_progress(self, title, fn, finish(success), finish(failure))
        job = self.job
        job.failed.connect(lambda _exc: self._cancelled() if job.cancelled else None)
        self._update_buttons()
        return job

    def _cancelled(self) -> None:
        # run_with_progress does not report a cancel: the page must still be usable and up to date.
        self.job = None
        self._queue.clear()
        self.refresh()

    # ---- drag and drop --------------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.import_button.isEnabled() and _bundle_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.import_button.isEnabled() and _bundle_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _bundle_paths(event.mimeData().urls())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self._remember_dir(paths[0])
        self.import_files(paths)
