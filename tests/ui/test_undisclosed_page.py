"""复核与清理 in the window: the 待复核 list, the review dialog (its refusal and both outcomes), the lapse action on
the 公开记录 page, the period's list written as a PDF, and the 工作台's section of reviews due."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.cli.test_cli_notice import text_of
from townshipdesk.core.catalog import CatalogItem
from townshipdesk.core.undisclosed_reviews import UndisclosedReviews
from townshipdesk.ui.dialogs.record_editor import to_qdate
from townshipdesk.ui.dialogs.undisclosed_dialogs import LapseDialog, UndisclosedReviewDialog
from townshipdesk.ui.pages.dashboard_page import DashboardPage
from townshipdesk.ui.pages.records_page import RecordsPage
from townshipdesk.ui.pages.undisclosed_page import UndisclosedPage
from townshipdesk.ui.session import Session

TODAY = dt.date(2026, 10, 20)


def setup(session: Session) -> tuple[str, str]:
    """Two records marked 此件不公开: one formed over a year ago (due for review), one this year."""
    item = session.catalog.add_item(CatalogItem(
        domain="社会救助", level1="最低生活保障", level2="政策文件", content="文件", basis="《社会救助暂行办法》",
        time_limit="信息形成或者变更之日起20个工作日内", body="乡镇人民政府", channels=["政府网站"], audience=["全社会"],
        mode=["主动"], tiers=["乡级"]))
    session.set_today(TODAY)
    records = session.records
    old = records.add(item.uuid, "2025年低保对象家庭收入核查明细", "2025-09-01", attribute="此件不公开",
                      attribute_reason="涉及个人隐私")
    new = records.add(item.uuid, "2026年临时救助会议纪要", "2026-03-02", attribute="此件依申请公开",
                      attribute_reason="过程性信息")
    return old.uuid, new.uuid


def click_ok(dialog: UndisclosedReviewDialog | LapseDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_review_from_the_due_list(qtbot: QtBot, session: Session) -> None:
    old, new = setup(session)
    page = UndisclosedPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.review_table.rowCount() == 1 and page.review_table.item(0, 2).text() == "2025年低保对象家庭收入核查明细"
    assert [page.review_table.item(0, c).text() for c in (0, 1)] == ["2026-09-01", "已超期 49 天"]
    assert page.review_count.text() == "待复核 1 条；列出 1 条"
    page.due_only.setChecked(False)
    assert page.review_table.rowCount() == 2
    assert page.select_record(old)
    assert page.history.item(0).text() == "尚未复核；信息形成于 2025-09-01"

    dialog = page.review_selected()
    assert isinstance(dialog, UndisclosedReviewDialog) and dialog.isVisible()
    assert "下次复核：2027-10-20 前" in dialog.note.text()
    click_ok(dialog)  # no reason: refused in the dialog, which stays open
    assert dialog.isVisible() and "请写明复核理由" in dialog.error_label.text()
    dialog.reason_edit.setPlainText("仍涉及个人隐私，继续不公开")
    dialog.reviewer_edit.setText("王审核")
    dialog.date.setDate(to_qdate(dt.date(2026, 10, 21)))  # after today: refused
    click_ok(dialog)
    assert "复核日期 2026-10-21 晚于今天（2026-10-20）" in dialog.error_label.text()
    dialog.date.setDate(to_qdate(dt.date(2026, 10, 19)))
    click_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # The longest unreviewed first: now the record formed in March, then the one just reviewed (still selected).
    assert [page.review_table.item(r, 0).text() for r in range(2)] == ["2027-03-02", "2027-10-19"]
    assert page.review_table.item(1, 6).text() == "2026-10-19" and page.current_entry().record.uuid == old
    assert [page.review_table.item(r, 1).text() for r in range(2)] == ["133 天后到期", "364 天后到期"]
    assert page.history.item(0).text() == "2026-10-19　维持（继续不公开或依申请公开）（王审核）\n　仍涉及个人隐私，继续不公开"
    page.due_only.setChecked(True)
    assert page.review_table.rowCount() == 0 and page.review_count.text() == "待复核 0 条；列出 0 条"

    page.due_only.setChecked(False)
    assert page.select_record(new)
    dialog = page.review_selected()
    dialog.outcomes.button(1).click()
    assert "公开属性将改为“此件公开发布”" in dialog.note.text()
    dialog.reason_edit.setPlainText("会议决定已执行完毕，纪要可以公开")
    click_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    record = session.records.get(new)
    assert (record.attribute, record.due_date) == ("此件公开发布", "2026-11-17")  # 20 working days from 20 October
    assert [e.record.uuid for e in UndisclosedReviews(session.records).list(TODAY)] == [old]
    assert page.review_table.rowCount() == 1


def test_lapse_a_policy_and_write_the_list(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    old, _new = setup(session)
    policy = session.records.add(session.records.get(old).item_uuid, "关于印发低保实施细则的通知", "2019-05-06",
                                 doc_number="某政发〔2019〕3号")
    records_page = RecordsPage(session)
    qtbot.addWidget(records_page)
    records_page.show()
    assert records_page.select_record(policy.uuid)
    dialog = records_page.mark_lapsed()
    assert isinstance(dialog, LapseDialog)
    dialog.statuses.button(1).click()  # 废止
    dialog.date.setDate(to_qdate(dt.date(2026, 6, 30)))
    dialog.replaced_edit.setText("某政发〔2026〕8号")
    click_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert session.records.get(policy.uuid).lapse_status == "废止"
    assert "已废止（自 2026-06-30 起），由某政发〔2026〕8号替代" in records_page.detail.toPlainText()

    page = UndisclosedPage(session)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(1)
    page.show()
    assert page.lapsed_table.rowCount() == 1
    assert [page.lapsed_table.item(0, c).text() for c in range(5)] == [
        "2026-06-30", "废止", "关于印发低保实施细则的通知", "某政发〔2019〕3号", "某政发〔2026〕8号"]
    page.date_from.setDate(to_qdate(dt.date(2026, 7, 1)))
    assert page.lapsed_table.rowCount() == 0 and page.lapsed_count.text() == "本期间失效或废止 0 件"
    page.date_from.setDate(to_qdate(dt.date(2026, 1, 1)))
    out = page.export_list(tmp_path / "清理结果.pdf")
    assert out is not None and "关于印发低保实施细则的通知" in text_of(out) and "测试镇人民政府" in text_of(out)


def test_the_workbench_shows_the_reviews_due(qtbot: QtBot, session: Session) -> None:
    old, _new = setup(session)
    page = DashboardPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.reassess_section.heading.text() == "不公开事项待复核（1）"
    assert page.reassess_table.item(0, 0).text() == "2026-09-01" and page.reassess_table.item(0, 2).text() == "此件不公开"
    with qtbot.waitSignal(page.open_undisclosed) as opened:
        page.reassess_table.activated.emit(page.reassess_table.model().index(0, 1))
    assert opened.args == [old]
    UndisclosedReviews(session.records).review(old, "维持", "仍涉及个人隐私", on=TODAY)
    session.notify("records")
    assert page.reassess_section.heading.text() == "不公开事项待复核（0）" and not page.reassess_table.isVisibleTo(page)
