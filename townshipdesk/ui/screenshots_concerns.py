"""Developer tool (not used by the app): screenshots of 回应关切 at the two screen sizes offices have.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m townshipdesk.ui.screenshots_concerns [OUT_DIR]
Writes screenshot-concerns-1366x768.png and screenshot-concerns-1024x768.png (the register on an afternoon of the
国庆 holiday, one concern overdue, one major due within hours, answered ones below) and
screenshot-concerns-dashboard.png (the 工作台 with its 回应关切 section).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from townshipdesk.core.concerns import Concerns
from townshipdesk.ui.main_window import MainWindow
from townshipdesk.ui.screenshots import demo_office, run_shots, save_shot
from townshipdesk.ui.session import Session

DEMO_NOW = dt.datetime(2026, 10, 3, 15, 20)  # Saturday of the 国庆 holiday: the hours run all the same


def _t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def demo_concerns(register: Concerns) -> str:
    """A township's autumn of concerns; returns the id of the overdue one."""
    c = register.add(_t("2026-09-08 10:15"), "12345热线", "大河村路灯损坏多日无人修", responder="城建办 李明")
    register.respond(c.number, _t("2026-09-09 16:00"), "12345平台回复", "已联系供电所更换灯具，9月9日恢复照明。")
    c = register.add(_t("2026-09-15 21:40"), "网络", "网传镇中心学校食堂使用过期食材", major=True, responder="党政办 王强")
    register.respond(c.number, _t("2026-09-16 18:30"), "政务新媒体", "经市场监管所现场检查，食材在保质期内，系误传。")
    c = register.add(_t("2026-09-22 09:05"), "领导信箱", "集镇农贸市场占道经营影响通行", responder="综合执法队")
    register.respond(c.number, _t("2026-09-25 11:00"), "书面答复", "已划定临时摊位并加强巡查。")  # 2 h late
    overdue = register.add(_t("2026-09-30 17:30"), "村民反映", "石桥村安置房分配方案迟迟不公示", responder="党政办 王强")
    register.add(_t("2026-10-02 19:10"), "媒体", "县电视台报道集镇停水三天无人解释", major=True, responder="镇长 张华")
    register.add(_t("2026-10-03 08:45"), "网络", "国庆期间景区周边停车收费标准", responder="文旅办")
    return overdue.uuid


def shots(app: QApplication, folder: Path, out: Path) -> None:
    db = demo_office(folder)
    session = Session(folder, db, today=DEMO_NOW.date())
    session.set_now(DEMO_NOW)
    overdue = demo_concerns(Concerns(db, now=DEMO_NOW))
    window = MainWindow(session)
    window.show()
    for width, height in ((1366, 768), (1024, 768)):
        window.resize(QSize(width, height))
        page = window.show_page("concerns")
        page.show_concern(overdue)  # type: ignore[attr-defined]
        save_shot(window, out / f"screenshot-concerns-{width}x{height}.png", app)
    window.resize(QSize(1366, 768))
    window.show_page("dashboard")
    save_shot(window, out / "screenshot-concerns-dashboard.png", app)
    window.close()
    db.close()


def main(argv: list[str]) -> int:
    return run_shots(shots, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
