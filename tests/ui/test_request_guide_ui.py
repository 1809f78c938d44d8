"""设置 → 依申请公开受理机构 (typed, checked, saved) and the 依申请公开指南 button of the requests page: a missing detail
is named with where to fill it; with the details filled the PDF is written in the background."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from townshipdesk.core.receiving_office import receiving_office
from townshipdesk.ui.pages.requests_page import RequestsPage
from townshipdesk.ui.pages.settings_page import SettingsPage
from townshipdesk.ui.session import Session

TYPED = {"name": "某某镇党政综合办公室", "address": "某某县某某镇人民路1号", "postcode": "675000",
         "hours": "工作日8:30—17:30", "phone": "0878-1234567"}


def shown(qtbot: QtBot, widget: SettingsPage | RequestsPage) -> None:
    qtbot.addWidget(widget)
    widget.resize(1160, 760)
    widget.show()
    qtbot.waitExposed(widget)


def test_the_receiving_office_is_typed_checked_and_saved(qtbot: QtBot, session: Session) -> None:
    page = SettingsPage(session)
    shown(qtbot, page)
    form = page.receiving_form
    assert form.isVisible() and form.status.text().startswith("打印依申请公开指南前还须填写：受理机构名称、办公地址")
    for key, text in TYPED.items():
        type_text(form.edits[key], text)
    form.edits["postcode"].setText("67500")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.status.text() == "邮政编码应为6位数字，收到“67500”"
    assert receiving_office(session.db).name == ""  # nothing saved while one field is wrong
    form.edits["postcode"].setText("675000")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.status.text() == "已保存。依申请公开指南将印上这些信息。"
    assert receiving_office(session.db).address == "某某县某某镇人民路1号"

    again = SettingsPage(session)  # what was saved is shown the next time
    shown(qtbot, again)
    assert again.receiving_form.edits["phone"].text() == "0878-1234567"
    assert again.receiving_form.status.text() == ""


def test_the_guide_button_names_what_is_missing_then_writes_the_pdf(qtbot: QtBot, session: Session,
                                                                  monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    page = RequestsPage(session)
    shown(qtbot, page)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warnings.append(text))
    target = tmp_path / "指南.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF 文件 (*.pdf)"))

    qtbot.mouseClick(page.guide_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "设置 → 依申请公开受理机构" in warnings[0] and "联系电话" in warnings[0]
    assert not target.exists()

    settings = SettingsPage(session)
    shown(qtbot, settings)
    for key, text in TYPED.items():
        type_text(settings.receiving_form.edits[key], text)
    qtbot.mouseClick(settings.receiving_form.save_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(page.guide_button, Qt.MouseButton.LeftButton)
    assert page.guide_job is not None  # written in the thread pool, not on the UI thread
    qtbot.waitUntil(lambda: page.status_label.text() == f"已生成依申请公开指南：{target}", timeout=20_000)
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "某某镇党政综合办公室" in text and "送达答复告知书" in text
    assert len(warnings) == 1
