"""Developer tool (not used by the app): the screenshots of 公众参与 and its PDF samples.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m townshipdesk.ui.screenshots_decisions [OUT_DIR]
Writes screenshot-decisions-1366x768.png and screenshot-decisions-1024x768.png (the 2026 catalog, a consultation
whose feedback is due selected) and screenshot-dashboard-decisions.png (the 工作台 with its 公众参与 section).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from townshipdesk.core.decisions import Decisions
from townshipdesk.core.office_settings import set_office_contact
from townshipdesk.core.store import Database
from townshipdesk.ui.main_window import MainWindow
from townshipdesk.ui.screenshots import DEMO_TODAY, demo_office, run_shots, save_shot
from townshipdesk.ui.session import Session

REPO = Path(__file__).resolve().parents[2]


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def demo_decisions(register: Decisions) -> str:
    """A township's 2026 catalog: decided, feedback due, in consultation, planned, removed. Returns the one whose
    feedback is due."""
    a = register.add(2026, "示例镇集中式饮用水水源地保护方案", "示例镇生态环境保护办公室", _d("2026-06-30"), _d("2026-01-12"))
    b = register.add(2026, "集镇污水处理设施建设方案", "示例镇村镇规划建设服务中心", _d("2026-11-30"), _d("2026-01-12"))
    c = register.add(2026, "农贸市场改造提升方案", "示例镇经济发展办公室", _d("2026-12-20"), _d("2026-01-12"))
    d = register.add(2026, "停车场收费方案", "示例镇党政办公室", _d("2026-09-30"), _d("2026-01-12"))
    register.publish_catalog(2026, _d("2026-01-20"))
    register.add(2026, "农村人居环境整治三年行动方案（2027—2029年）", "示例镇党政办公室", _d("2026-12-31"), _d("2026-03-02"))
    register.adjust(d.number, "县级统一出台停车收费政策，本镇不再单独决策", day=_d("2026-04-08"))

    register.consult(a.number, _d("2026-03-02"), period="30日", methods=["公开征求意见", "座谈会"])
    register.comment(a.number, "建议在水源地周边设置隔离防护网", source="村民代表", count=6, received=_d("2026-03-10"))
    register.comment(a.number, "保护区内现有养殖户应给予过渡期和补偿", source="养殖户", count=3, received=_d("2026-03-18"))
    register.feedback(a.number, 1, "yes")
    register.feedback(a.number, 2, "partly", "过渡期6个月，补偿按县级标准执行")
    register.publish_feedback(a.number, _d("2026-04-10"))
    register.decide(a.number, _d("2026-05-26"))

    register.consult(b.number, _d("2026-10-08"), period="30日", methods=["公开征求意见", "实地走访"],
                     contact="书面意见可投入镇便民服务中心意见箱")
    register.comment(b.number, "建议污水管网覆盖东片区居民点", source="村民代表", count=3, received=_d("2026-10-15"))
    register.comment(b.number, "施工期间应避开农忙时节", source="网站留言", received=_d("2026-10-20"))
    register.comment(b.number, "污水处理费不应由村民承担", source="问卷", count=12, received=_d("2026-10-28"))
    register.feedback(b.number, 1, "partly", "东片区纳入二期建设")
    register.feedback(b.number, 2, "yes")

    register.consult(c.number, _d("2026-11-09"), end=_d("2026-11-23"), methods=["问卷调查", "座谈会"])
    return b.uuid


def shots(app: QApplication, folder: Path, out: Path) -> None:
    db = demo_office(folder)
    set_office_contact(db, phone="0883-2123456", address="示例镇人民政府党政办公室（示例路1号）", email="szf@example.cn")
    session = Session(folder, db, today=DEMO_TODAY)
    due = demo_decisions(Decisions(db, session.calendar, today=DEMO_TODAY))
    window = MainWindow(session)
    window.show()
    for width, height in ((1366, 768), (1024, 768)):
        window.resize(QSize(width, height))
        page = window.show_page("decisions")
        page.show_decision(due)  # type: ignore[attr-defined]
        save_shot(window, out / f"screenshot-decisions-{width}x{height}.png", app)
    window.resize(QSize(1366, 768))
    window.show_page("dashboard")
    save_shot(window, out / "screenshot-dashboard-decisions.png", app)
    window.close()
    samples(db, session, out / "samples")
    db.close()


def samples(db: Database, session: Session, out: Path) -> None:
    """The three sheets as PDFs, each with its first page as PNG (80 dpi) to look at."""
    import subprocess

    from townshipdesk.core.decision_sheets import catalog_sheet, consultation_notice, feedback_sheet
    from townshipdesk.core.office_settings import office_contact
    from townshipdesk.io.pdf.notice_pdf import render_notice

    register = Decisions(db, session.calendar, today=DEMO_TODAY)
    contact = office_contact(db)
    office = "示例镇人民政府"
    sheets = {
        "decision-consultation-notice": consultation_notice(register.get("决策2026-02"), session.calendar, office=office,
                                                            contact=contact),
        "decision-feedback": feedback_sheet(register.get("决策2026-01"), office=office, contact=contact, today=DEMO_TODAY),
        "decision-catalog-2026": catalog_sheet(register.all(2026), register.history(2026), office=office, year=2026,
                                               today=DEMO_TODAY),
    }
    for name, notice in sheets.items():
        pdf = render_notice(notice, out / f"{name}.pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(out / name)], check=True)
        print(pdf)


def main(argv: list[str]) -> int:
    return run_shots(shots, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
