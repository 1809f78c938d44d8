"""Developer tool (not used by the app): render the README screenshots from a throw-away data folder.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m townshipdesk.ui.screenshots [SAMPLE.xlsx] [OUT_DIR]
Writes screenshot-catalog.png (标准目录 with an item selected), screenshot-first-run.png,
screenshot-dashboard.png (工作台 with one overdue record), screenshot-records.png (公开记录, the overdue
record selected with its review history), screenshot-villages.png (村务公开 with an unposted item) and
screenshot-sheet-editor.png (a name list in the sheet editor with its live preview).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from townshipdesk.core.catalog import Catalog
from townshipdesk.core.site import init_site
from townshipdesk.core.store import Database
from townshipdesk.io.excel.catalog_reader import read_catalog_workbook
from townshipdesk.resources import catalogs_dir
from townshipdesk.ui.dialogs.first_run import FirstRunDialog
from townshipdesk.ui.fonts_qt import install_application_font
from townshipdesk.ui.main_window import MainWindow
from townshipdesk.ui.pages.catalog_page import CatalogPage
from townshipdesk.ui.pages.records_page import RecordsPage
from townshipdesk.ui.pages.villages_page import VillagesPage
from townshipdesk.ui.session import Session

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SAMPLE = REPO.parent / "shared" / "fixtures" / "catalog-sample.xlsx"
SIZE = QSize(1280, 800)
DEMO_TODAY = dt.date(2026, 11, 18)


def settle(app: QApplication, turns: int = 20) -> None:
    """Layouts, deferred paints and jobs in the pool need a few turns of the event loop."""
    for _ in range(turns):
        QThreadPool.globalInstance().waitForDone(20)
        app.processEvents()


def save_shot(widget: QWidget, path: Path, app: QApplication) -> None:
    settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def run_shots(shots: Callable[[QApplication, Path, Path], None], argv: list[str]) -> int:
    """`python -m …screenshots_X [OUT_DIR]`: `shots(app, a temporary data folder, OUT_DIR or docs/)`."""
    out = Path(argv[0]) if argv else REPO / "docs"
    app = QApplication([])
    install_application_font(app)
    with tempfile.TemporaryDirectory() as tmp:
        shots(app, Path(tmp), out)
    return 0


def catalog_shot(app: QApplication, folder: Path, sample: Path, out: Path) -> None:
    db = Database(folder / "townshipdesk.sqlite3")
    init_site(db, "township", "530902100000", "示例镇人民政府")
    catalog = Catalog(db)
    catalog.install_shipped(catalogs_dir())
    read = read_catalog_workbook(sample)
    catalog.apply_import(catalog.plan_import(str(sample), read.rows, read.sheet_problems))
    window = MainWindow(Session(folder, db))
    window.resize(SIZE)
    window.show()
    page = window.show_page("catalog")
    assert isinstance(page, CatalogPage)
    page.domain_tree.choose("社会救助")
    page.select_item(catalog.search("审核确认结果", "社会救助")[0].uuid)
    save_shot(window, out / "screenshot-catalog.png", app)
    window.close()
    db.close()


def first_run_shot(app: QApplication, folder: Path, out: Path) -> None:
    db = Database(folder / "townshipdesk.sqlite3")
    dialog = FirstRunDialog(db, folder)
    dialog.code_edit.setText("530902100000")
    dialog.name_edit.setText("示例镇人民政府")
    dialog.show()
    save_shot(dialog, out / "screenshot-first-run.png", app)
    dialog.close()
    db.close()


class DemoClock:
    """Dev tool only: stamps the demo data with the days it pretends to happen on, so the audit history in the
    screenshots agrees with the demo's 'today' (the core takes the time from `utc_now`)."""

    MODULES = ("townshipdesk.core.store", "townshipdesk.core.site", "townshipdesk.core.catalog",
               "townshipdesk.core.disclosures", "townshipdesk.core.villages", "townshipdesk.sync.service",
               "townshipdesk.sync.importing",
               "townshipdesk.sync.bundle_format", "townshipdesk.sync.keys")

    def __init__(self) -> None:
        self.now = "2026-01-05T01:00:00Z"
        self._saved: list[tuple[object, object]] = []

    def at(self, day: str | dt.date, china_time: str = "09:30") -> None:
        moment = dt.datetime.fromisoformat(f"{day}T{china_time}:00+08:00").astimezone(dt.UTC)
        self.now = moment.strftime("%Y-%m-%dT%H:%M:%SZ")

    def __enter__(self) -> DemoClock:
        for name in self.MODULES:
            module = sys.modules[name] if name in sys.modules else __import__(name, fromlist=["utc_now"])
            self._saved.append((module, module.utc_now))
            module.utc_now = lambda: self.now  # type: ignore[attr-defined]
        return self

    def __exit__(self, *_exc: object) -> None:
        for module, original in self._saved:
            module.utc_now = original  # type: ignore[attr-defined]
        self._saved.clear()


def _item(catalog: Catalog, domain: str, name: str) -> str:
    return next(i.uuid for i in catalog.items(domain) if i.name == name)


def demo_records(session: Session, clock: DemoClock) -> str:
    """A township's autumn: published records, some under review, one overdue and returned.
    Returns the overdue record's id."""
    catalog, records = session.catalog, session.records
    secrecy, release = "王建国", "李红梅"

    def add(domain: str, item: str, title: str, formed: str, state: str = "draft", published: str | None = None,
            **kwargs: object) -> str:
        day = dt.date.fromisoformat(formed)
        clock.at(day, "09:20")
        record = records.add(_item(catalog, domain, item), title, formed, **kwargs)  # type: ignore[arg-type]
        step = min(day + dt.timedelta(days=1), DEMO_TODAY)
        if state in ("pending", "reviewed", "published"):
            clock.at(step, "10:05")
            records.submit(record.uuid)
        if state in ("reviewed", "published"):
            clock.at(step, "15:10")
            records.review(record.uuid, "secrecy", secrecy)
            clock.at(step, "16:40")
            records.review(record.uuid, "release", release)
        if state == "published":
            clock.at(published or formed, "17:05")
            records.publish(record.uuid, published or formed)
        return record.uuid

    add("财政预决算", "财政预决算 / 部门预算", "示例镇2026年部门预算公开", "2026-03-10", "published", "2026-03-20",
        doc_number="示财〔2026〕8号")
    add("义务教育", "招生管理 / 招生政策", "示例镇中心学校2026年秋季招生工作方案", "2026-08-20", "published", "2026-08-25")
    add("就业创业", "就业信息服务 / 岗位信息发布", "2026年第三季度乡村公益性岗位招聘信息", "2026-09-15", "published",
        "2026-09-21")
    policy = add("农村危房改造", "部门文件 / 农村危房改造相关文件", "关于做好2026年农村危房改造工作的通知", "2026-09-28",
                 "published", "2026-10-09", doc_number="示政办发〔2026〕21号")
    add("农村危房改造", "政策解读 / 本级政策解读（具体规定）", "《关于做好2026年农村危房改造工作的通知》政策解读", "2026-10-09",
        "published", "2026-10-12", kind="interpretation", policy_id=policy)
    add("社会救助", "最低生活保障 / 审批信息", "2026年10月城乡低保对象名单", "2026-10-31", "published", "2026-10-31",
        channels=["政府网站", "村务公开栏"])
    add("救灾", "备灾管理 / 综合减灾示范社区", "示例镇综合减灾示范社区分布情况", "2026-11-10", "published", "2026-11-12")
    add("社会救助", "临时救助 / 审核审批信息", "10月临时救助个案（涉及未成年人）", "2026-11-03",
        attribute="此件不公开", attribute_reason="涉及未成年人个人隐私，依《条例》第十五条不予公开")
    add("农村危房改造", "计划实施 / 任务分配", "2026年第一批农村危房改造补助农户名单", "2026-11-02", "pending",
        channels=["政府网站", "村务公开栏", "广播/大喇叭"])
    add("养老服务", "养老服务业务办理 / 养老服务扶持补贴", "2026年养老服务扶持补贴申请指南", "2026-11-06", "pending")
    add("公共资源交易", "工程建设项目招标投标信息 / 资格预审公告", "示例镇农村饮水安全巩固提升工程资格预审公告", "2026-11-17", "reviewed",
        doc_number="SLZC-2026-017")
    overdue = add("涉农补贴", "农业生产发展资金 / 耕地地力保护", "2026年耕地地力保护补贴发放标准及发放名册",
                  "2026-10-13", "pending", channels=["政府网站", "村务公开栏"], doc_number="示农〔2026〕15号",
                  notes="名册已隐去身份证号和银行账号")
    clock.at("2026-10-15", "11:30")
    records.review(overdue, "secrecy", secrecy, approve=False, comment="名册中有3户身份证号未脱敏，请处理后重新提交")
    return overdue


def demo_office(folder: Path) -> Database:
    """The demo township's database in `folder`: 示例镇人民政府 set up with the shipped catalog."""
    db = Database(folder / "townshipdesk.sqlite3")
    init_site(db, "township", "530902100000", "示例镇人民政府")
    Catalog(db).install_shipped(catalogs_dir())
    return db


def demo_township(folder: Path, clock: DemoClock) -> tuple[Database, Session, str]:
    """The demo township set up in March with the shipped catalog and its autumn's records (demo_records):
    its database, a session on DEMO_TODAY and the overdue record's id."""
    os.environ["LOGNAME"] = "张丽"  # the clerk's login name, as the audit history shows it
    clock.at("2026-03-02")
    db = demo_office(folder)
    session = Session(folder, db, today=DEMO_TODAY)
    return db, session, demo_records(session, clock)


def records_shots(app: QApplication, folder: Path, out: Path) -> None:
    with DemoClock() as clock:
        db, session, overdue = demo_township(folder, clock)
    demo_villages(session)
    window = MainWindow(session)
    window.resize(SIZE)
    window.show()
    save_shot(window, out / "screenshot-dashboard.png", app)
    page = window.show_page("records")
    assert isinstance(page, RecordsPage)
    page.show_record(overdue)
    page.tabs.setCurrentIndex(1)
    save_shot(window, out / "screenshot-records.png", app)
    window.close()
    db.close()


LIST_ROWS = [
    ["", "杨秀英", "大河一组", "530121195203150328", "1", "520.00", ""],
    ["", "䶮明", "大河二组", "530121196710221217", "3", "1,260.00", ""],
    ["", "段𠇔", "小河三组", "53012119800808002X", "2", "840.00", "因病致困"],
    ["", "李桂芬", "大河一组", "530121194811300046", "1", "520.00", "联系电话13508711234"],
    ["", "王德明", "大河二组", "530121197504181573", "4", "1,680.00", ""],
    ["", "赵春兰", "小河三组", "530121196309090922", "2", "840.00", "新增"],
]


def demo_villages(session: Session) -> None:
    """Three villages of the demo township; 大河村 posted its finances and a list, with one objection."""
    villages = session.villages
    villages.add("530902100201", "大河村", groups=["大河一组", "大河二组", "小河三组"], phone="0871-6789123")
    villages.add("530902100202", "石桥村", groups=["石桥一组", "石桥二组"], phone="0871-6789145")
    villages.add("530902100203", "柳树村", groups=["上柳组", "下柳组", "新村组"], phone="0871-6789167")
    reviewers = ["李文", "王芳", "杨卫东"]
    villages.post("大河村", "村级财务收支情况", "大河村2026年10月村级财务收支公开", dt.date(2026, 11, 5), notice_days=10,
                  reviewers=reviewers)
    posted = villages.post("大河村", "临时救助对象名单及救助金额", "大河村2026年第四季度临时救助对象名单公示",
                           dt.date(2026, 11, 2), reviewers=reviewers)
    villages.record_objection(posted.uuid, "大河二组村民反映䶮明家庭收入有变化（11月4日来电）",
                              "经村务监督委员会入户核实，其家庭因灾致困属实，维持原名单")
    villages.post("大河村", "惠农补贴", "大河村2026年耕地地力保护补贴发放名单公示", dt.date(2026, 10, 12), notice_days=7,
                  working=True, reviewers=reviewers[:2])
    villages.post("大河村", "村规民约", "大河村村规民约（2026年修订）", dt.date(2026, 8, 20), notice_days=0, reviewers=reviewers)
    villages.post("石桥村", "村级财务收支情况", "石桥村2026年10月村级财务收支公开", dt.date(2026, 11, 6), notice_days=10,
                  reviewers=["张国华", "李秀珍"])


def villages_shots(app: QApplication, folder: Path, out: Path) -> None:
    db = Database(folder / "townshipdesk.sqlite3")
    init_site(db, "township", "530902100000", "示例镇人民政府")
    session = Session(folder, db, today=DEMO_TODAY)
    demo_villages(session)
    window = MainWindow(session)
    window.resize(SIZE)
    window.show()
    page = window.show_page("villages")
    assert isinstance(page, VillagesPage)
    page.select_village("大河村")
    page.items_table.selectRow(2)
    save_shot(window, out / "screenshot-villages.png", app)

    item = next(i for i in session.villages.items("大河村") if i.name.startswith("最低生活保障"))
    editor = page.new_sheet(item)
    assert editor is not None
    editor.resize(SIZE)
    editor.reviewers_edit.setText("李文、王芳、杨卫东")
    editor.namelist.set_data(["序号", "姓名", "村民小组", "身份证号码", "保障人数", "月保障金（元）", "备注"], LIST_ROWS)
    for column, width in enumerate((40, 62, 76, 150, 64, 100)):
        editor.namelist.table.setColumnWidth(column, width)
    editor.refresh_preview()
    for _ in range(200):  # the preview renders in the pool
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()
        if editor.preview is not None and editor._job is None:  # noqa: SLF001 - dev tool
            break
    save_shot(editor, out / "screenshot-sheet-editor.png", app)
    editor.reject()
    window.close()
    db.close()


def main(argv: list[str]) -> int:
    sample = Path(argv[0]) if argv else DEFAULT_SAMPLE
    out = Path(argv[1]) if len(argv) > 1 else REPO / "docs"
    app = QApplication([])
    install_application_font(app)
    with tempfile.TemporaryDirectory() as tmp:
        catalog_shot(app, Path(tmp) / "catalog", sample, out)
        first_run_shot(app, Path(tmp) / "first-run", out)
        records_shots(app, Path(tmp) / "records", out)
        villages_shots(app, Path(tmp) / "villages", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
