"""工作台: who this installation is and the state of its catalog; due lists and sync state once those exist."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from townshipdesk.i18n import tr
from townshipdesk.ui.display import china_time, role_text, version_kind_text
from townshipdesk.ui.session import CATALOG, SITE, Session


def _section(title: str) -> QLabel:
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


class DashboardPage(QWidget):
    open_catalog = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.site_heading = QLabel()
        self.site_heading.setObjectName("site_heading")
        font = self.site_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.site_heading.setFont(font)
        self.site_details = QLabel()
        self.site_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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

        due_note = QLabel(tr("“公开记录”功能完成后，这里将列出即将到期和已逾期的公开事项。",
                             "Once disclosure records are built, items due soon and overdue will be listed here."))
        due_note.setWordWrap(True)
        sync_note = QLabel(tr("“同步”功能完成后，这里将显示上次与县级交换数据的时间和待发送的变更。",
                              "Once sync is built, the last exchange with the county and pending changes will show here."))
        sync_note.setWordWrap(True)
        for note in (due_note, sync_note):
            note.setStyleSheet("color: palette(mid);")

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.site_heading)
        layout.addWidget(self.site_details)
        layout.addWidget(line)
        layout.addWidget(_section(tr("标准目录", "Standard catalog")))
        layout.addWidget(self.catalog_summary)
        layout.addWidget(self.catalog_warning)
        layout.addWidget(catalog_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(16)
        layout.addWidget(_section(tr("到期提醒", "Due dates")))
        layout.addWidget(due_note)
        layout.addSpacing(16)
        layout.addWidget(_section(tr("同步", "Sync")))
        layout.addWidget(sync_note)

        session.changed.connect(self._session_changed)
        self.refresh()

    def _session_changed(self, area: str) -> None:
        if area in (CATALOG, SITE):
            self.refresh()

    def refresh(self) -> None:
        site = self.session.site
        if site is None:
            self.site_heading.setText(tr("尚未设置本单位", "Not set up yet"))
            self.site_details.setText("")
        else:
            self.site_heading.setText(site.name)
            self.site_details.setText(tr("区划代码：{code}　　单位类型：{role}", "Division code: {code}    Role: {role}",
                                         code=site.division_code, role=role_text(site.role)))
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
        self.catalog_summary.setText(summary)
        placeholders = [d.name for d in domains if d.placeholder]
        empty = [d.name for d in domains if d.pilot and not d.active]
        warnings = []
        if placeholders:
            warnings.append(tr("⚠ {n} 个领域为占位示例，不是正式目录：{names}", "⚠ {n} domains are placeholders: {names}",
                               n=len(placeholders), names="、".join(placeholders)))
        if empty:
            warnings.append(tr("{n} 个试点领域还没有事项：{names}", "{n} pilot domains have no items yet: {names}",
                               n=len(empty), names="、".join(empty)))
        self.catalog_warning.setText("\n".join(warnings))
        self.catalog_warning.setVisible(bool(warnings))
