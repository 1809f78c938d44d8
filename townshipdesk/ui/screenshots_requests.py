"""Developer tool (not used by the app): the README screenshots of 依申请公开 and the annual report.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m townshipdesk.ui.screenshots_requests [OUT_DIR]
Writes screenshot-requests.png (the register, an overdue request selected with its clock explained) and
screenshot-annual-report.png (统计报表: the 2026 tables, section 三 computed and checked, 二 and 四 entered).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from townshipdesk.core.reports import set_figures
from townshipdesk.core.requests import Requests
from townshipdesk.ui.main_window import MainWindow
from townshipdesk.ui.screenshots import DEMO_TODAY, SIZE, demo_office, run_shots, save_shot
from townshipdesk.ui.session import Session


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def demo_requests(requests: Requests) -> str:
    """A township's year of requests (received 2025-12 to 2026-11), closed, open, overdue, waiting for a correction.
    Returns the id of the overdue one."""
    def add(received: str, applicant: str, channel: str, name: str, contact: str, content: str) -> str:
        return requests.add(_d(received), applicant, channel=channel, name=name, contact=contact, content=content).uuid

    r = add("2025-12-22", "natural", "网络", "刘建华", "13987012345", "2025年秸秆禁烧补助发放名单")
    requests.accept(r, _d("2025-12-23"))
    requests.close(r, "1", _d("2026-01-15"), _d("2026-01-16"))

    r = add("2026-03-09", "natural", "网络", "王立新", "13708715566", "2025年度本镇城乡低保资金发放明细")
    requests.accept(r, _d("2026-03-10"))
    requests.step(r, "opinion", _d("2026-03-20"))
    requests.step(r, "approval", _d("2026-03-24"))
    requests.close(r, "1", _d("2026-03-27"), _d("2026-03-30"))

    r = add("2026-04-15", "commercial", "邮寄", "云南某某建设工程有限公司", "0871-65123456",
            "集镇污水处理工程招标文件及评标报告")
    requests.accept(r, _d("2026-04-16"))
    requests.consult(r, _d("2026-04-20"), _d("2026-04-30"), "中标单位")
    requests.close(r, "2", _d("2026-05-20"), _d("2026-05-22"))

    r = add("2026-05-11", "natural", "当面", "李春梅", "15912340987", "村里土地征收补偿款分配方案")
    requests.correct(r, _d("2026-05-15"), _d("2026-05-25"))
    requests.close(r, "4.1", _d("2026-06-10"), _d("2026-06-11"))

    r = add("2026-06-02", "natural", "网络", "赵国庆", "18687001122", "大河村村干部个人收入和家庭财产情况")
    requests.close(r, "3.4", _d("2026-07-03"), _d("2026-07-06"))  # due 1 July: answered late (逾期答复)

    r = add("2026-07-06", "legal", "邮寄", "云南某某律师事务所", "0871-63339999", "2024年石桥村地块征收的审批文件")
    requests.accept(r, _d("2026-07-07"))
    requests.extend(r, _d("2026-07-30"))
    requests.close(r, "4.1", _d("2026-08-25"), _d("2026-08-26"))

    r = add("2026-08-10", "natural", "网络", "孙丽", "13577889900", "要求镇政府查处邻居违法建房")
    requests.close(r, "5.1", _d("2026-08-14"), _d("2026-08-17"))

    overdue = add("2026-09-25", "natural", "网络", "张三", "13812345678", "2026年农村危房改造补助对象名单及补助标准")
    requests.accept(overdue, _d("2026-09-28"))
    requests.consult(overdue, _d("2026-10-12"), _d("2026-10-16"), "县住房和城乡建设局")
    requests.step(overdue, "opinion", _d("2026-11-03"))

    r = add("2026-10-26", "natural", "网络", "杨文华", "13908765432", "2026年耕地地力保护补贴发放标准")
    requests.accept(r, _d("2026-10-27"))
    requests.fee_notice(r, _d("2026-11-10"), _d("2026-11-11"), "200")  # the clock waits for the fee

    r = add("2026-11-02", "research", "网络", "某某大学公共管理学院", "0871-65031234",
            "2023—2025年本镇政府信息公开申请办理情况统计")
    requests.accept(r, _d("2026-11-03"))
    requests.consult(r, _d("2026-11-10"), party="县政务公开办")

    r = add("2026-11-09", "natural", "当面", "段玉兰", "15087654321", "我家的低保审批材料")
    requests.correct(r, _d("2026-11-12"))

    requests.add(_d("2026-11-16"), "charity", channel="平常信函", name="某某乡村发展基金会", contact="0871-68881234",
                 content="2026年社会救助资金使用情况", arrived=_d("2026-11-13"))
    return overdue


FIGURES = {
    "s2.规章.本年制发件数": "0", "s2.规章.本年废止件数": "0", "s2.规章.现行有效件数": "0",
    "s2.行政规范性文件.本年制发件数": "2", "s2.行政规范性文件.本年废止件数": "1", "s2.行政规范性文件.现行有效件数": "5",
    "s2.行政许可.本年处理决定数量": "36", "s2.行政处罚.本年处理决定数量": "12", "s2.行政强制.本年处理决定数量": "0",
    "s2.行政事业性收费.本年收费金额（单位：万元）": "0",
    "s4.复议.结果维持": "1", "s4.复议.结果纠正": "0", "s4.复议.其他结果": "0", "s4.复议.尚未审结": "0", "s4.复议.总计": "1",
    "s4.未经复议直接起诉.结果维持": "0", "s4.未经复议直接起诉.结果纠正": "0", "s4.未经复议直接起诉.其他结果": "0",
    "s4.未经复议直接起诉.尚未审结": "1", "s4.未经复议直接起诉.总计": "1",
    **{f"s4.复议后起诉.{c}": "0" for c in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")},
}


def shots(app: QApplication, folder: Path, out: Path) -> None:
    db = demo_office(folder)
    session = Session(folder, db, today=DEMO_TODAY)
    overdue = demo_requests(Requests(db, session.calendar))
    set_figures(db, 2026, FIGURES)
    window = MainWindow(session)
    window.resize(SIZE)
    window.show()
    page = window.show_page("requests")
    page.show_request(overdue)  # type: ignore[attr-defined]
    save_shot(window, out / "screenshot-requests.png", app)
    reports = window.show_page("reports")
    annual = getattr(reports, "annual_page", reports)
    annual.set_year(2026)
    save_shot(window, out / "screenshot-annual-report.png", app)
    window.close()
    db.close()


def main(argv: list[str]) -> int:
    return run_shots(shots, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
