"""Importing a workbook through the wizard, and exporting the catalog, as a clerk does it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from tests.ui.conftest import import_workbook
from tests.workbooks import SIX_ROWS, Layout, Row, make_workbook
from townshipdesk.resources import catalogs_dir
from townshipdesk.ui.dialogs.import_wizard import ERROR_BACKGROUND, ImportWizard
from townshipdesk.ui.pages.catalog_page import CatalogPage
from townshipdesk.ui.session import Session


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def start_wizard(qtbot: QtBot, page: CatalogPage, monkeypatch: pytest.MonkeyPatch, path: Path) -> ImportWizard:
    choose_file(monkeypatch, path)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wizard = page.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    qtbot.mouseClick(wizard.choose_page.browse_button, Qt.MouseButton.LeftButton)
    assert wizard.choose_page.path_edit.text() == str(path)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.preview_page.reading, timeout=10_000)
    return wizard


def empty_page(qtbot: QtBot, session: Session) -> CatalogPage:
    page = CatalogPage(session)
    qtbot.addWidget(page)
    page.show()
    return page


def test_importing_the_sample_through_the_wizard(qtbot: QtBot, session: Session, sample_workbook: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = empty_page(qtbot, session)
    assert page.count_label.text() == "共 0 项"
    wizard = start_wizard(qtbot, page, monkeypatch, sample_workbook)

    preview = wizard.preview_page
    assert "读取 12 行（无误 12，有错误 0）" in preview.summary_label.text()
    assert "新增 12，修改 0，停用 0，不变 0" in preview.summary_label.text()
    assert preview.table.rowCount() == 12
    assert {preview.table.item(r, 6).text() for r in range(12)} == {"新增"}
    assert not preview.choice_box.isVisible()
    assert page.count_label.text() == "共 0 项"  # previewing changed nothing

    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isEnabled() and commit.text() == "导入"
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.result_page
    assert wizard.result_page.result_label.text() == "已导入，生成目录第 1 版：新增 12，修改 0，停用 0，现有事项 12 个。"
    assert page.count_label.text() == "共 12 项"  # the page refreshed the moment the import applied

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()


def test_reimporting_an_edited_file_previews_changes_and_retirements(qtbot: QtBot, session: Session, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    first = make_workbook(tmp_path / "v1.xlsx", {"社会救助": (SIX_ROWS, Layout())})
    import_workbook(session.catalog, first)
    edited = [Row(SIX_ROWS[0].level1, SIX_ROWS[0].level2, time_limit="信息形成之日起10个工作日内"), *SIX_ROWS[1:5]]
    second = make_workbook(tmp_path / "v2.xlsx", {"社会救助": (edited, Layout())})
    page = empty_page(qtbot, session)
    wizard = start_wizard(qtbot, page, monkeypatch, second)

    preview = wizard.preview_page
    assert "新增 0，修改 1，停用 0，不变 4，保留文件中没有的 1 个" in preview.summary_label.text()
    results = [preview.table.item(r, 6).text() for r in range(preview.table.rowCount())]
    assert results.count("修改：公开时限") == 1
    assert results[-1] == "保留（新文件中没有）"
    assert preview.retire_missing.isVisible() and not preview.retire_missing.isChecked()
    preview.retire_missing.click()
    assert "新增 0，修改 1，停用 1，不变 4" in preview.summary_label.text()
    assert preview.table.item(preview.table.rowCount() - 1, 6).text() == "停用（新文件中没有）"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert "生成目录第 2 版：新增 0，修改 1，停用 1" in wizard.result_page.result_label.text()
    assert page.count_label.text() == "共 5 项"


@pytest.mark.parametrize("retire", [False, True])
def test_the_sample_on_a_fresh_office_keeps_the_shipped_items_it_lacks_unless_ticked(
        qtbot: QtBot, session: Session, sample_workbook: Path, monkeypatch: pytest.MonkeyPatch, retire: bool) -> None:
    """The 12-row sample used to retire the shipped items of its two domains that it lacks, silently."""
    session.catalog.install_shipped(catalogs_dir())
    domains = ("社会救助", "财政预决算")
    shipped = {i.uuid for d in domains for i in session.catalog.items(d)}
    page = empty_page(qtbot, session)
    wizard = start_wizard(qtbot, page, monkeypatch, sample_workbook)
    preview = wizard.preview_page
    lacking = preview.plan.missing  # type: ignore[union-attr]
    assert len(lacking) >= 10 and {i.uuid for i in lacking} <= shipped
    assert "停用 0" in preview.summary_label.text() and f"保留文件中没有的 {len(lacking)} 个" in preview.summary_label.text()
    assert preview.retire_missing.isVisible() and not preview.retire_missing.isChecked()
    assert f"停用文件中没有的 {len(lacking)} 个标准事项" in preview.retire_missing.text()
    kept_rows = [r for r in range(preview.table.rowCount()) if preview.table.item(r, 6).text() == "保留（新文件中没有）"]
    assert [preview.table.item(r, 4).text() for r in kept_rows] == [i.level2 for i in lacking]
    if retire:
        qtbot.mouseClick(preview.retire_missing, Qt.MouseButton.LeftButton)
        assert f"停用 {len(lacking)}" in preview.summary_label.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert f"停用 {len(lacking) if retire else 0}，" in wizard.result_page.result_label.text()
    active = {i.uuid for d in domains for i in session.catalog.items(d)}
    assert len(active) == 12 + (0 if retire else len(lacking))
    assert all((i.uuid in active) != retire for i in lacking)


def test_rows_with_errors_are_red_and_only_good_rows_import_by_choice(qtbot: QtBot, session: Session, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [*SIX_ROWS[:3], Row("临时救助", "救助情况", basis="", audience=("", ""))]
    path = make_workbook(tmp_path / "bad.xlsx", {"社会救助": (rows, Layout())})
    page = empty_page(qtbot, session)
    wizard = start_wizard(qtbot, page, monkeypatch, path)

    preview = wizard.preview_page
    assert "读取 4 行（无误 3，有错误 1）" in preview.summary_label.text()
    bad = [r for r in range(preview.table.rowCount()) if preview.table.item(r, 6).text() == "不导入（有错误）"]
    assert len(bad) == 1
    cell = preview.table.item(bad[0], 3)
    assert cell.background().color() == ERROR_BACKGROUND
    assert "缺少“公开依据”" in cell.toolTip() and "“公开对象”未勾选任何一项" in cell.toolTip()

    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert preview.choice_box.isVisible() and preview.none_at_all.isChecked()
    assert not commit.isEnabled()  # the default is to import nothing
    # A radio button reacts to clicks on its circle and label, not on the empty row beside them.
    qtbot.mouseClick(preview.only_good, Qt.MouseButton.LeftButton, pos=QPoint(8, preview.only_good.height() // 2))
    assert preview.only_good.text() == "只导入无误的行（3 行）"
    assert commit.isEnabled()
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert "新增 3" in wizard.result_page.result_label.text()
    assert page.count_label.text() == "共 3 项"


def test_an_unreadable_file_is_reported_and_nothing_changes(qtbot: QtBot, catalog_page: CatalogPage, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a workbook")
    wizard = start_wizard(qtbot, catalog_page, monkeypatch, broken)
    text = wizard.preview_page.status_label.text()
    assert "无法读取" in text and "未做任何修改" in text
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert len(catalog_page.session.catalog.versions()) == 1
    assert catalog_page.count_label.text() == "共 12 项"

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.choose_page


def test_exporting_writes_the_current_domain_and_says_where(qtbot: QtBot, catalog_page: CatalogPage, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "社会救助目录.xlsx"
    target.parent.mkdir()
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: shown.append(text))
    catalog_page.domain_tree.choose("社会救助")
    qtbot.mouseClick(catalog_page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [f"已导出 6 个事项到：\n{target}"]

    # What was written reads back as the same six items.
    from townshipdesk.io.excel.catalog_reader import read_catalog_workbook

    read = read_catalog_workbook(target)
    assert sorted(r.item.level2 for r in read.rows) == sorted(i.level2 for i in catalog_page.session.catalog.items("社会救助"))
