"""First run: the clerk enters the office's identity once; bad codes are refused with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from townshipdesk.core.catalog import Catalog
from townshipdesk.core.site import get_site
from townshipdesk.core.store import Database
from townshipdesk.ui.dialogs.first_run import FirstRunDialog


def open_dialog(qtbot: QtBot, db: Database) -> FirstRunDialog:
    dialog = FirstRunDialog(db, db.path.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_first_run_creates_the_site_and_loads_the_shipped_catalog(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    qtbot.keyClicks(dialog.code_edit, "530902100000")
    type_text(dialog.name_edit, "测试镇人民政府")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    site = get_site(db)
    assert site is not None
    assert (site.role, site.division_code, site.name) == ("township", "530902100000", "测试镇人民政府")
    shipped = Catalog(db).count()
    if shipped:
        assert dialog.catalog_note == f"已载入随软件提供的标准目录：{shipped} 个事项。"
    else:
        assert "未附带标准目录" in dialog.catalog_note


def test_county_role_is_chosen_with_its_button(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    qtbot.mouseClick(dialog.county_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.code_edit, "530902000000")
    type_text(dialog.name_edit, "测试县政务公开办")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    site = get_site(db)
    assert site is not None and site.role == "county"


def test_a_township_code_of_a_county_is_refused_and_nothing_is_created(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    qtbot.keyClicks(dialog.code_edit, "530902000000")  # a county's code, with 乡镇 chosen
    type_text(dialog.name_edit, "测试镇人民政府")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "乡镇的区划代码应为" in dialog.error_label.text() and "530902000000" in dialog.error_label.text()
    assert get_site(db) is None
    assert Catalog(db).count(include_retired=True) == 0


def test_a_short_code_is_refused_and_letters_cannot_be_typed(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    qtbot.keyClicks(dialog.code_edit, "5309ab02")
    assert dialog.code_edit.text() == "530902"  # the field takes digits only
    type_text(dialog.name_edit, "测试镇人民政府")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "区划代码必须是12位数字" in dialog.error_label.text()
    assert get_site(db) is None


def test_an_empty_name_is_refused(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    qtbot.keyClicks(dialog.code_edit, "530902100000")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "单位名称不能为空"
    assert get_site(db) is None
