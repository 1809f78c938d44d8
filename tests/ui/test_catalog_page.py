"""标准目录 page: what a clerk sees when browsing, searching, selecting, retiring and restoring items."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from townshipdesk.core.catalog import CatalogItem
from townshipdesk.ui.models.catalog_items import RETIRED_COLOUR, UNPARSED_COLOUR
from townshipdesk.ui.pages.catalog_page import CatalogPage
from townshipdesk.ui.session import Session


def visible_names(page: CatalogPage) -> list[str]:
    """The 一级事项 / 二级事项 of every row the table shows."""
    model = page.model
    return [f"{model.index(r, 2).data()} / {model.index(r, 3).data()}" for r in range(model.rowCount())]


def column(page: CatalogPage, col: int) -> list[str]:
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def tree_rows(page: CatalogPage) -> dict[str, str]:
    tree = page.domain_tree
    return {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}


def click_row(qtbot: QtBot, page: CatalogPage, row: int) -> None:
    rect = page.table.visualRect(page.model.index(row, 2))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_of(page: CatalogPage, level2: str) -> int:
    return column(page, 3).index(level2)


def test_domains_and_items_of_the_imported_sample_are_listed(catalog_page: CatalogPage) -> None:
    domains = tree_rows(catalog_page)
    assert domains["全部领域"] == "12"
    assert domains["社会救助"] == "6" and domains["财政预决算"] == "6"
    assert catalog_page.count_label.text() == "共 12 项"
    assert catalog_page.model.rowCount() == 12
    headers = [catalog_page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["编号", "领域", "一级事项", "二级事项", "公开时限", "公开主体", "公开方式", "公开层级"]


def test_choosing_a_domain_shows_only_its_items(qtbot: QtBot, catalog_page: CatalogPage) -> None:
    catalog_page.domain_tree.choose("社会救助")
    assert catalog_page.count_label.text() == "共 6 项"
    assert set(column(catalog_page, 1)) == {"社会救助"}
    assert "最低生活保障 / 办事指南" in visible_names(catalog_page)


def test_typing_in_the_search_box_filters_the_table(qtbot: QtBot, catalog_page: CatalogPage) -> None:
    type_text(catalog_page.search_edit, "补贴")
    qtbot.waitUntil(lambda: catalog_page.model.rowCount() == 2)
    assert visible_names(catalog_page) == ["惠民惠农财政补贴资金 / 补贴政策", "惠民惠农财政补贴资金 / 发放情况"]
    assert catalog_page.count_label.text() == "找到 2 项"

    catalog_page.search_edit.clear()
    qtbot.waitUntil(lambda: catalog_page.model.rowCount() == 12)


def test_a_two_character_abbreviation_finds_the_full_term(qtbot: QtBot, catalog_page: CatalogPage) -> None:
    type_text(catalog_page.search_edit, "低保")  # the catalog says 最低生活保障
    qtbot.waitUntil(lambda: catalog_page.count_label.text() == "找到 2 项")
    assert visible_names(catalog_page) == ["最低生活保障 / 办事指南", "最低生活保障 / 审核确认结果"]


def test_search_with_nothing_found_says_so(qtbot: QtBot, catalog_page: CatalogPage) -> None:
    type_text(catalog_page.search_edit, "火星")
    qtbot.waitUntil(lambda: catalog_page.count_label.text() == "找到 0 项")
    assert catalog_page.model.rowCount() == 0


def test_ctrl_f_style_focus_then_typing_ascii_searches(qtbot: QtBot, catalog_page: CatalogPage) -> None:
    catalog_page.focus_search()
    qtbot.keyClicks(catalog_page.search_edit, "20")
    qtbot.waitUntil(lambda: catalog_page.search_edit.text() == "20" and catalog_page.model.item_filter.query == "20")
    assert 0 < catalog_page.model.rowCount() < 12


def test_selecting_a_row_shows_every_element_in_the_detail_panel(qtbot: QtBot, catalog_page: CatalogPage) -> None:
    click_row(qtbot, catalog_page, row_of(catalog_page, "采购结果"))
    text = catalog_page.detail.toPlainText()
    for expected in ("政府采购 / 采购结果", "财政预决算", "公开内容（要素）", "公开依据", "公开主体", "公开渠道和载体",
                     "公开对象", "公开方式", "公开层级", "中标、成交通知书发出之日起2个工作日内", "时限规则"):
        assert expected in text
    assert catalog_page.edit_button.isEnabled() and catalog_page.retire_button.isEnabled()
    assert not catalog_page.restore_button.isEnabled()


def test_a_time_limit_that_is_not_a_rule_is_flagged(qtbot: QtBot, catalog_page: CatalogPage) -> None:
    catalog_page.session.catalog.add_item(CatalogItem(
        domain="社会救助", level1="临时救助", level2="慰问情况", content="慰问对象、金额", basis="地方规定",
        time_limit="按上级要求", body="乡镇人民政府", channels=["村务公开栏"], audience=["全社会"], mode=["主动"],
        tiers=["乡级"]))
    catalog_page.refresh()
    index = catalog_page.model.index(row_of(catalog_page, "慰问情况"), 4)
    assert index.data() == "按上级要求"
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == UNPARSED_COLOUR
    assert "无法识别为时限规则" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None

    click_row(qtbot, catalog_page, index.row())
    assert "无法识别为规则" in catalog_page.detail.toPlainText()


def test_retiring_asks_for_a_reason_and_hides_the_item(qtbot: QtBot, catalog_page: CatalogPage, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("机构改革，事项调整", True))
    click_row(qtbot, catalog_page, row_of(catalog_page, "部门预算"))
    qtbot.mouseClick(catalog_page.retire_button, Qt.MouseButton.LeftButton)

    assert catalog_page.count_label.text() == "共 11 项"
    assert "部门预算" not in column(catalog_page, 3)
    assert tree_rows(catalog_page)["财政预决算"] == "5"

    qtbot.mouseClick(catalog_page.show_retired, Qt.MouseButton.LeftButton)
    assert catalog_page.count_label.text() == "共 12 项"
    row = row_of(catalog_page, "部门预算")
    assert catalog_page.model.index(row, 3).data(Qt.ItemDataRole.ForegroundRole).color() == RETIRED_COLOUR
    click_row(qtbot, catalog_page, row)
    assert "机构改革，事项调整" in catalog_page.detail.toPlainText()
    assert catalog_page.restore_button.isEnabled() and not catalog_page.retire_button.isEnabled()

    qtbot.mouseClick(catalog_page.restore_button, Qt.MouseButton.LeftButton)
    assert tree_rows(catalog_page)["财政预决算"] == "6"
    assert catalog_page.current_item() is not None and catalog_page.current_item().retired_at is None


def test_retiring_without_a_reason_is_refused_with_a_message(qtbot: QtBot, catalog_page: CatalogPage, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("  ", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    click_row(qtbot, catalog_page, 0)
    qtbot.mouseClick(catalog_page.retire_button, Qt.MouseButton.LeftButton)
    assert shown == ["停用事项需要填写原因"]
    assert catalog_page.count_label.text() == "共 12 项"


def test_cancelling_the_reason_retires_nothing(qtbot: QtBot, catalog_page: CatalogPage, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("", False))
    click_row(qtbot, catalog_page, 0)
    qtbot.mouseClick(catalog_page.retire_button, Qt.MouseButton.LeftButton)
    assert catalog_page.count_label.text() == "共 12 项"


def test_placeholder_domains_are_marked_everywhere(qtbot: QtBot, session: Session, shipped_folder: Path) -> None:
    session.catalog.install_shipped(shipped_folder)
    page = CatalogPage(session)
    qtbot.addWidget(page)
    page.show()

    rows = tree_rows(page)
    assert "医疗卫生（占位示例）" in rows and "扶贫" in rows
    assert "医疗卫生" not in rows  # never listed as if it were a real catalog
    assert page.banner.isVisible() and "医疗卫生" in page.banner.text()

    page.domain_tree.choose("医疗卫生")
    assert page.banner.isVisible()
    assert "本目录为占位示例，并非官方标准目录" in page.banner.text()
    assert column(page, 1) == ["医疗卫生（占位示例）"]
    click_row(qtbot, page, 0)
    assert "此领域为占位示例" in page.detail.toPlainText()
    assert "出处" in page.detail.toPlainText() and "占位示例：未找到标准指引原文，不是正式目录" in page.detail.toPlainText()

    page.domain_tree.choose("扶贫")
    assert not page.banner.isVisible()
    assert column(page, 1) == ["扶贫"]


def test_real_shipped_catalog_marks_partial_domains_and_shows_sources(qtbot: QtBot, session: Session) -> None:
    from townshipdesk.resources import catalogs_dir

    session.catalog.install_shipped(catalogs_dir())
    page = CatalogPage(session)
    qtbot.addWidget(page)
    page.show()
    rows = tree_rows(page)
    assert "社会救助（部分）" in rows and "税收管理（部分）" in rows
    assert not any("占位示例" in name for name in rows)  # a source was found for every domain

    page.domain_tree.choose("社会救助")
    assert page.banner.isVisible() and "只收录了找到国家标准指引原文的部分事项" in page.banner.text()
    assert "特困人员救助供养/审批信息" in page.banner.text()  # the note names what is missing
    click_row(qtbot, page, row_of(page, "审核信息"))
    detail = page.detail.toPlainText()
    assert "出处" in detail and "民办函〔2019〕52号" in detail and "制定或获取信息之日起10个工作日内，公示7个工作日" in detail



def test_the_table_loads_a_large_catalog_page_by_page(qtbot: QtBot, session: Session) -> None:
    with session.catalog.edit_batch("bulk") as batch:
        for n in range(450):
            batch.add(CatalogItem(domain="社会救助", level1="批量事项", level2=f"事项{n:03d}", content="内容",
                                  basis="依据", time_limit="及时", body="乡镇人民政府", channels=["政府网站"],
                                  audience=["全社会"], mode=["主动"], tiers=["乡级"]))
    page = CatalogPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    assert page.count_label.text() == "共 450 项"
    assert page.model.rowCount() == 200
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 200)
    assert page.model.canFetchMore(QModelIndex()) or page.model.rowCount() == 450
    assert page.select_item(session.catalog.items(limit=1, offset=449)[0].uuid)
    assert page.model.rowCount() == 450


def test_the_item_model_keeps_qt_model_rules(qtmodeltester: ModelTester, catalog_page: CatalogPage) -> None:
    qtmodeltester.check(catalog_page.model)
    catalog_page.show_retired.setChecked(True)
    qtmodeltester.check(catalog_page.model)
