"""GUI fixtures: a real data folder and database, the sample workbook imported for real, the bundled fonts.

Only modal dialogs that would block (file choosers, message boxes, input boxes) are patched in tests;
everything of ours runs as it does for a user.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from townshipdesk.core.catalog import Catalog, CatalogItem
from townshipdesk.core.store import Database
from townshipdesk.io.excel.catalog_reader import read_catalog_workbook
from townshipdesk.ui.fonts_qt import install_application_font
from townshipdesk.ui.pages.catalog_page import CatalogPage
from townshipdesk.ui.session import Session

HERE = Path(__file__).resolve().parent
# The offscreen test platform cannot resize native windows or raise them; a real desktop never says this.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every Qt warning fails a GUI test (a warning usually means a real bug in widget code)."""
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def chinese_fonts(qapp: QApplication) -> None:
    """The bundled fonts, as the app installs them: the offscreen platform has no Chinese font."""
    install_application_font(qapp)


@pytest.fixture(autouse=True)
def no_job_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def session(township_db: Database) -> Session:
    return Session(township_db.path.parent, township_db)


def import_workbook(catalog: Catalog, path: Path) -> None:
    read = read_catalog_workbook(path)
    catalog.apply_import(catalog.plan_import(str(path), read.rows, read.sheet_problems))


@pytest.fixture
def sample_session(session: Session, sample_workbook: Path) -> Session:
    """A township with the shared sample catalog imported: 社会救助 6 items, 财政预决算 6 items."""
    import_workbook(session.catalog, sample_workbook)
    return session


@pytest.fixture
def catalog_page(qtbot: QtBot, sample_session: Session) -> CatalogPage:
    page = CatalogPage(sample_session)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def shipped_folder(tmp_path: Path) -> Path:
    """A shipped-catalog folder in the documented format: one guideline domain, one placeholder domain."""
    folder = tmp_path / "catalogs"
    folder.mkdir()
    item = {
        "level1": "政策文件", "level2": "法律法规", "content": "相关法律法规", "basis": "《中华人民共和国政府信息公开条例》",
        "time_limit": "信息形成或者变更之日起20个工作日内", "body": "乡镇人民政府", "channels": ["政府网站"],
        "audience": ["全社会"], "mode": ["主动"], "tiers": ["乡级"],
    }
    domains = [("01-扶贫.json", "扶贫", "guideline", "按国家标准指引整理"),
               ("02-医疗卫生.json", "医疗卫生", "placeholder", "本目录为占位示例，并非官方标准目录")]
    for name, domain, status, note in domains:
        data = {"format": 1, "domain": domain, "guide": "", "status": status, "status_note": note, "items": [item]}
        (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


# ---- disclosure records ------------------------------------------------------------------------------------
TODAY = dt.date(2026, 10, 20)  # a Tuesday after the National Day holiday (2026 schedule shipped with the app)
DECISION_LIMIT = "自作出决定之日起7个工作日内"


def item_id(session: Session, name: str) -> str:
    """The uuid of the sample item called `name` (一级 / 二级)."""
    return next(i.uuid for i in session.catalog.items() if i.name == name)


@pytest.fixture
def records_session(sample_session: Session) -> Session:
    """The sample catalog, a local item with a 7-working-day limit, and 'today' fixed at TODAY."""
    sample_session.catalog.add_item(CatalogItem(
        domain="社会救助", level1="行政处罚", level2="处罚决定", content="处罚对象、事由、依据、结果",
        basis="《中华人民共和国行政处罚法》第四十八条", time_limit=DECISION_LIMIT, body="乡镇人民政府",
        channels=["政府网站"], audience=["全社会"], mode=["主动"], tiers=["乡级"]))
    sample_session.set_today(TODAY)
    return sample_session


def open_dashboard(qtbot: QtBot, session: Session):  # noqa: ANN201 - (MainWindow, DashboardPage)
    """The main window shown on its first page, once the 工作台 has filled (right after the first paint)."""
    from townshipdesk.ui.main_window import MainWindow
    from townshipdesk.ui.pages.dashboard_page import DashboardPage

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.show_page("dashboard").loaded)
    dashboard = window.stack.currentWidget()
    assert isinstance(dashboard, DashboardPage)
    return window, dashboard
