"""村务公开 → 登记事件: a matter published 随时 happens, the clerk records it, the 工作台 lists the posting due (red once
overdue) and the village's list says so, until the sheet for that item is posted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY, open_dashboard
from tests.ui.keyboard import type_text
from townshipdesk.ui.dialogs.village_dialogs import EventDialog
from townshipdesk.ui.models.records import OVERDUE_COLOUR
from townshipdesk.ui.pages.villages_page import VillagesPage
from townshipdesk.ui.session import VILLAGES, Session

LAND = "土地承包经营方案"


def test_an_event_recorded_in_the_window_is_due_on_the_dashboard_until_posted(qtbot: QtBot, session: Session) -> None:
    session.set_today(TODAY)  # Tuesday 20 October 2026
    session.villages.add("530902100201", "大河村")
    window, dashboard = open_dashboard(qtbot, session)
    page = window.show_page("villages")
    assert isinstance(page, VillagesPage) and page.select_village("大河村")
    land_row = next(r for r in range(page.items_table.rowCount()) if page.items_table.item(r, 1).text() == LAND)
    assert "第二十四条第一款第（四）项" in page.items_table.item(land_row, 1).toolTip()  # its 依据
    page.items_table.setCurrentCell(land_row, 1)

    qtbot.mouseClick(page.event_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in page._dialogs if isinstance(d, EventDialog))
    assert dialog.item_box.currentText() == LAND  # the selected item, among the items published 随时 only
    assert dialog.item_box.findText("村级财务收支情况") < 0
    dialog.date_edit.setDate(dt.date(2026, 10, 9))
    type_text(dialog.title_edit, "2026年土地承包经营方案经村民会议通过")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and dialog.saved.due_date == dt.date(2026, 10, 15)  # Sat 10 Oct is a working day

    assert page.item_status(LAND) == "事件待张贴：最迟 2026-10-15（已逾期）"
    table = dashboard.unposted_table
    first = [table.item(0, c).text() for c in range(3)]
    assert first[:2] == ["大河村", f"{LAND}：2026年土地承包经营方案经村民会议通过"] and first[2].startswith("最迟")
    assert table.item(0, 0).foreground().color() == OVERDUE_COLOUR
    count = table.rowCount()

    session.villages.post("大河村", LAND, "大河村2026年土地承包经营方案公告", TODAY)
    session.notify(VILLAGES)
    assert table.rowCount() == count - 1
    assert all(LAND not in table.item(r, 1).text() for r in range(table.rowCount()))
    assert page.item_status(LAND).startswith("最近张贴")
