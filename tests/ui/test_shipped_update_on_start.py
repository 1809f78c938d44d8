"""An office that worked from an older shipped catalog gets the new one when the program starts after the
upgrade: a new catalog version, said in the status bar, its records still attached."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.catalog import Catalog
from townshipdesk.core.datadir import database_path
from townshipdesk.core.disclosures import Disclosures
from townshipdesk.core.site import init_site
from townshipdesk.core.store import Database
from townshipdesk.resources import catalogs_dir
from townshipdesk.ui.startup import open_main_window


def test_start_after_an_upgrade_takes_in_the_new_shipped_catalog(qtbot: QtBot, tmp_path: Path) -> None:
    old = tmp_path / "old-catalogs"
    shutil.copytree(catalogs_dir(), old)
    relief = json.loads((old / "20-社会救助.json").read_text(encoding="utf-8"))
    relief["items"][3]["time_limit"] = "信息形成或者变更之日起20个工作日内"  # 最低生活保障 / 办事指南, as it was shipped
    (old / "20-社会救助.json").write_text(json.dumps(relief, ensure_ascii=False), encoding="utf-8")
    data = tmp_path / "data"
    db = Database(database_path(data))
    init_site(db, "township", "530902100000", "某某镇人民政府")
    catalog = Catalog(db)
    catalog.install_shipped(old)
    guide = next(i for i in catalog.items("社会救助") if i.name == "最低生活保障 / 办事指南")
    record = Disclosures(db, load_calendar(db)).add(guide.uuid, "2026年低保办事指南", "2026-03-02")
    db.close()

    window, code = open_main_window(data)
    assert code == 0 and window is not None
    qtbot.addWidget(window)
    # Taken in after the window's first paint, before the 工作台 is built from the catalog.
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(
        "已按新版随软件提供的标准目录更新为第 2 版（新增 0，修改 1，停用 0）"))
    assert window.current_key() == "dashboard" and "dashboard" in window._built
    session_catalog = window.session.catalog
    assert session_catalog.get(guide.uuid).time_limit == "制定或获取信息之日起10个工作日内"
    assert window.session.records.get(record.uuid).item_uuid == guide.uuid
    window.close()
