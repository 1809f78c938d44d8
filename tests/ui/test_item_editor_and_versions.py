"""Adding and editing items in the editor dialog, and reading what changed in the versions dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from townshipdesk.ui.dialogs.item_editor import ItemEditor
from townshipdesk.ui.pages.catalog_page import CatalogPage


def save_button(editor: ItemEditor):
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save)


def check_channel(editor: ItemEditor, name: str) -> None:
    editor.channel_list.check(name)


def test_new_item_shows_what_is_missing_then_saves(qtbot: QtBot, catalog_page: CatalogPage) -> None:
    catalog_page.domain_tree.choose("社会救助")
    qtbot.mouseClick(catalog_page.add_button, Qt.MouseButton.LeftButton)
    editor = catalog_page.findChild(ItemEditor)
    assert editor is not None and editor.isVisible()
    assert editor.domain_box.currentText() == "社会救助"  # starts in the domain being browsed

    type_text(editor.level1_edit, "临时救助")
    type_text(editor.level2_edit, "救助标准")
    qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    problems = editor.problems_text()
    assert "缺少“公开内容（要素）”" in problems and "“公开对象”未勾选任何一项" in problems

    type_text(editor.content_edit, "临时救助标准、申请条件")
    type_text(editor.basis_edit, "《社会救助暂行办法》")
    type_text(editor.time_limit_edit, "按上级要求")
    assert "无法识别为时限规则" in editor.rule_label.text()
    editor.time_limit_edit.clear()
    type_text(editor.time_limit_edit, "信息形成之日起20个工作日内")
    assert editor.rule_label.text().startswith("识别为：")
    type_text(editor.body_edit, "乡镇人民政府")
    check_channel(editor, "村务公开栏")
    type_text(editor.other_channels, "乡镇公众号")
    qtbot.mouseClick(editor.audience_boxes["全社会"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.mode_boxes["主动"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.tier_boxes["乡级"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)

    assert not editor.isVisible()
    assert catalog_page.count_label.text() == "共 7 项"
    item = catalog_page.current_item()
    assert item is not None and item.level2 == "救助标准" and item.origin == "local"
    assert item.channels == ["村务公开栏", "乡镇公众号"]
    assert "临时救助 / 救助标准" in catalog_page.detail.toPlainText()


def test_a_duplicate_name_is_refused_inside_the_editor(qtbot: QtBot, catalog_page: CatalogPage) -> None:
    catalog_page.domain_tree.choose("社会救助")
    qtbot.mouseClick(catalog_page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=catalog_page.table.visualRect(catalog_page.model.index(1, 2)).center())
    editor = catalog_page.edit_item()
    assert editor is not None
    editor.level2_edit.clear()
    type_text(editor.level2_edit, "办事指南")  # 最低生活保障 / 办事指南 already exists
    qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert "该领域已有同名事项“最低生活保障 / 办事指南”" in editor.problems_text()


def test_editing_makes_a_version_whose_diff_lists_the_changed_fields(qtbot: QtBot, catalog_page: CatalogPage) -> None:
    catalog_page.select_item(catalog_page.session.catalog.search("采购结果")[0].uuid)
    editor = catalog_page.edit_item()
    assert editor is not None
    editor.time_limit_edit.clear()
    type_text(editor.time_limit_edit, "中标、成交通知书发出之日起5个工作日内")
    qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    assert "5个工作日内" in catalog_page.detail.toPlainText()

    dialog = catalog_page.show_versions()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 2).text() == "编辑"
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "第 1 版 → 第 2 版：新增 0，删除 0，修改 1"
    changed = dialog.diff_tree.topLevelItem(2)
    assert changed.text(0) == "修改（1）"
    entry = changed.child(0)
    assert entry.text(0) == "财政预决算 / 政府采购 / 采购结果"
    field = entry.child(0)
    assert (field.text(0), field.text(1), field.text(2)) == (
        "公开时限", "中标、成交通知书发出之日起2个工作日内", "中标、成交通知书发出之日起5个工作日内")
