"""Developer tool (not used by the app): screenshots of issue 17's parts 4 and 5 from a throw-away data folder.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m townshipdesk.ui.screenshots_village_law [OUT_DIR]
Writes screenshot-village-events.png (村务公开: 大河村's list with the statutory items and an event whose posting is
overdue), screenshot-dashboard-village-events.png (the 工作台 listing it) and screenshot-settings-receiving-office.png
(设置 with the 依申请公开受理机构 filled in).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from townshipdesk.core.receiving_office import set_receiving_office
from townshipdesk.core.site import init_site
from townshipdesk.core.store import Database
from townshipdesk.core.village_events import VillageEvents
from townshipdesk.ui.main_window import MainWindow
from townshipdesk.ui.pages.villages_page import VillagesPage
from townshipdesk.ui.screenshots import DEMO_TODAY, SIZE, demo_villages, run_shots, save_shot
from townshipdesk.ui.session import Session


def shots(app: QApplication, folder: Path, out: Path) -> None:
    db = Database(folder / "townshipdesk.sqlite3")
    init_site(db, "township", "530902100000", "示例镇人民政府")
    session = Session(folder, db, today=DEMO_TODAY)
    demo_villages(session)
    events = VillageEvents(session.villages)
    events.record("大河村", "土地承包经营方案", dt.date(2026, 11, 6), "大河村2026年土地承包经营方案经村民会议通过")
    events.record("石桥村", "经济责任审计", dt.date(2026, 11, 16), "石桥村村委会成员任期经济责任审计结果")
    set_receiving_office(db, name="示例镇党政综合办公室（政务公开办）", address="示例县示例镇人民路1号镇政府一楼便民服务中心",
                         postcode="675000", hours="工作日上午8:30—12:00，下午14:30—18:00（法定节假日除外）",
                         phone="0878-1234567", fax="0878-1234568", email="zwgk@example.gov.cn")
    window = MainWindow(session)
    window.resize(SIZE)
    window.show()
    save_shot(window, out / "screenshot-dashboard-village-events.png", app)
    page = window.show_page("villages")
    assert isinstance(page, VillagesPage)
    page.select_village("大河村")
    page.items_table.scrollToBottom()
    page.items_table.selectRow(page.items_table.rowCount() - 2)
    save_shot(window, out / "screenshot-village-events.png", app)
    window.show_page("settings")
    save_shot(window, out / "screenshot-settings-receiving-office.png", app)
    window.close()
    db.close()


def main(argv: list[str]) -> int:
    return run_shots(shots, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
