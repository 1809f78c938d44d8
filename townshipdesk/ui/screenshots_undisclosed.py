"""Developer tool (not used by the app): the screenshots of 复核与清理 and the sample clean-up list.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m townshipdesk.ui.screenshots_undisclosed [OUT_DIR]
Writes screenshot-undisclosed-1366.png and screenshot-undisclosed-1024.png (the 待复核 list, a record selected
with its review history), screenshot-undisclosed-review.png (the review dialog), screenshot-lapsed-1366.png
(the year's lapsed and repealed policies), screenshot-dashboard-reviews.png (the 工作台 with the reviews due),
and samples/lapsed-policies-2026.pdf (the list to publish).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from townshipdesk.core.lapsed_policies import LapsedPolicies
from townshipdesk.core.undisclosed_reviews import UndisclosedReviews
from townshipdesk.ui.main_window import MainWindow
from townshipdesk.ui.pages.undisclosed_page import UndisclosedPage
from townshipdesk.ui.screenshots import DEMO_TODAY, DemoClock, _item, demo_township, run_shots, save_shot
from townshipdesk.ui.session import Session

SIZES = {"1366": QSize(1366, 768), "1024": QSize(1024, 768)}
D = dt.date.fromisoformat


def demo_clean_up(session: Session) -> str:
    """Older records marked not disclosed (two due for review, one reviewed last spring) and policies that lapsed
    this year. Returns the id of the record to show selected."""
    catalog, records = session.catalog, session.records

    def add(domain: str, item: str, title: str, formed: str, **kwargs: object) -> str:
        return records.add(_item(catalog, domain, item), title, formed, **kwargs).uuid  # type: ignore[arg-type]

    due = add("社会救助", "临时救助 / 审核审批信息", "2025年第三季度临时救助入户调查记录", "2025-09-26", attribute="此件不公开",
              attribute_reason="含申请人家庭成员病情等个人隐私，依《条例》第十五条不予公开")
    add("农村危房改造", "计划实施 / 任务分配", "2025年农村危房改造鉴定工作会议纪要", "2025-10-20", attribute="此件依申请公开",
        attribute_reason="过程性信息，依《条例》第十六条第二款")
    kept = add("扶贫", "扶贫对象 / 贫困人口识别", "2024年防返贫监测对象家庭经济状况核查表", "2024-05-10", attribute="此件不公开",
               attribute_reason="涉及个人隐私")
    add("社会救助", "最低生活保障 / 审批信息", "2026年第三季度低保家庭收入核算明细", "2026-09-30", attribute="此件不公开",
        attribute_reason="涉及个人隐私")
    UndisclosedReviews(records).review(kept, "维持", "仍涉及监测对象个人隐私，继续不予公开", on=D("2025-05-12"),
                                       reviewer="王建国")
    lapses = LapsedPolicies(records)
    for title, number, formed, status, day, replaced in (
            ("关于印发示例镇农村低保实施细则的通知", "示政发〔2018〕12号", "2018-04-02", "废止", "2026-03-31",
             "示政发〔2026〕5号"),
            ("示例镇2023年秸秆禁烧工作实施方案", "示政办发〔2023〕7号", "2023-03-15", "失效", "2026-01-01", ""),
            ("关于调整农村危房改造补助标准的通知", "示政发〔2021〕30号", "2021-06-08", "废止", "2026-09-28",
             "《关于做好2026年农村危房改造工作的通知》（示政办发〔2026〕21号）")):
        uuid = add("农村危房改造", "部门文件 / 农村危房改造相关文件", title, formed, doc_number=number)
        records.submit(uuid)  # published when it was issued, as policies are
        records.review(uuid, "secrecy", "王建国")
        records.review(uuid, "release", "李红梅")
        records.publish(uuid, D(formed) + dt.timedelta(days=5))
        lapses.mark(uuid, status, D(day), replaced)
    return due


def shots(app: QApplication, folder: Path, out: Path) -> None:
    with DemoClock() as clock:
        db, session, _overdue = demo_township(folder, clock)
        clock.at(DEMO_TODAY, "10:00")
        due = demo_clean_up(session)
    window = MainWindow(session)
    window.resize(SIZES["1366"])
    window.show()
    save_shot(window, out / "screenshot-dashboard-reviews.png", app)
    page = window.show_page("undisclosed")
    assert isinstance(page, UndisclosedPage)
    for name, size in SIZES.items():
        window.resize(size)
        page.select_record(due)
        save_shot(window, out / f"screenshot-undisclosed-{name}.png", app)
    window.resize(SIZES["1366"])
    dialog = page.review_selected()
    assert dialog is not None
    dialog.reason_edit.setPlainText("仍涉及申请人家庭成员病情，继续不予公开")
    dialog.reviewer_edit.setText("王建国")
    save_shot(dialog, out / "screenshot-undisclosed-review.png", app)
    dialog.reject()
    page.tabs.setCurrentIndex(1)
    save_shot(window, out / "screenshot-lapsed-1366.png", app)
    sample = page.export_list(out / "samples" / "lapsed-policies-2026.pdf")
    print(sample)
    window.close()
    db.close()


def main(argv: list[str]) -> int:
    return run_shots(shots, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
