"""Developer tool (not used by the app): render docs/screenshot-sync.png and docs/screenshot-county.png from
throw-away data folders — a county and five townships that exchanged keys in March and sent bundles in autumn.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m townshipdesk.ui.sync_screenshots [OUT_DIR]
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from townshipdesk.ui.screenshots import DemoClock, save_shot, settle

REPO = Path(__file__).resolve().parents[2]
SIZE = QSize(1280, 800)
TODAY = dt.date(2026, 11, 28)
COUNTY = ("示例县人民政府办公室", "530902000000")
# name, division code, records this year, records left unpublished past due, day of the last bundle
TOWNSHIPS = [
    ("城关镇人民政府", "530902100000", 46, 2, "2026-11-26"),
    ("河口镇人民政府", "530902101000", 38, 0, "2026-11-24"),
    ("石桥镇人民政府", "530902102000", 27, 3, "2026-11-20"),
    ("柳树乡人民政府", "530902200000", 19, 1, "2026-11-17"),
    ("大坪乡人民政府", "530902201000", 9, 4, "2026-10-13"),
]
TITLES = ["{m}月城乡最低生活保障对象名单", "{m}月临时救助情况公示", "2026年{m}月财政收支情况", "{m}月耕地地力保护补贴发放名册",
          "{m}月高龄老人生活补贴发放情况", "农村危房改造第{m}批补助对象公示", "{m}月公益性岗位人员公示",
          "{m}月城市综合执法行政处罚结果", "{m}月安全生产检查情况通报", "{m}月就业援助对象名单"]


Clock = DemoClock  # stamps the demo data with the days it pretends to happen on


@dataclass
class Office:
    name: str
    code: str
    folder: Path
    db: object  # Database

    @property
    def sync(self):  # noqa: ANN201
        from townshipdesk.sync.service import Sync

        return Sync(self.db, self.folder)  # type: ignore[arg-type]


def _office(root: Path, name: str, code: str, role: str) -> Office:
    from townshipdesk.core.catalog import Catalog
    from townshipdesk.core.site import init_site
    from townshipdesk.core.store import Database
    from townshipdesk.resources import catalogs_dir

    folder = root / code
    db = Database(folder / "townshipdesk.sqlite3")
    init_site(db, role, code, name)
    Catalog(db).install_shipped(catalogs_dir())
    return Office(name, code, folder, db)


def _add_records(town: Office, count: int, overdue: int, until: dt.date, clock: Clock, start: int = 0) -> None:
    """`count` records formed over the year up to `until`, all published in time but the last `overdue`."""
    from townshipdesk.core.calendar_store import load_calendar
    from townshipdesk.core.catalog import Catalog
    from townshipdesk.core.disclosures import Disclosures

    records = Disclosures(town.db, load_calendar(town.db))  # type: ignore[arg-type]
    items = [i for i in Catalog(town.db).items() if '主动' in i.mode and "工作日" in i.time_limit]  # type: ignore[arg-type]
    first = dt.date(2026, 1, 10)
    span = (until - first).days
    for n in range(count):
        formed = first + dt.timedelta(days=span * n // max(count - 1, 1))
        late = n >= count - overdue
        if late:
            formed = min(formed, until - dt.timedelta(days=45))
        item = items[(n * 7 + start) % len(items)]
        clock.at(formed, "09:10")
        record = records.add(item.uuid, TITLES[(n + start) % len(TITLES)].format(m=formed.month), formed.isoformat())
        if late:
            continue
        records.submit(record.uuid)
        records.review(record.uuid, "secrecy", "王建国")
        records.review(record.uuid, "release", "李红梅")
        published = min(formed + dt.timedelta(days=3), until)
        clock.at(published, "16:30")
        records.publish(record.uuid, published.isoformat())


def build(root: Path, clock: Clock) -> tuple[Office, list[Office], Path]:
    """The county and its townships; returns the receipt for 城关镇 still to be imported on its 同步 page."""
    from townshipdesk.sync.keys import export_card

    clock.at("2026-03-02")
    county = _office(root, *COUNTY, "county")
    towns = [_office(root, name, code, "township") for name, code, *_ in TOWNSHIPS]
    cards = root / "cards"
    county_card = export_card(county.db, county.folder, cards / "county.tdkey")  # type: ignore[arg-type]
    for town in towns:
        town.sync.trust(cards / "county.tdkey", fingerprint=county_card.fingerprint)
        card = export_card(town.db, town.folder, cards / f"{town.code}.tdkey")  # type: ignore[arg-type]
        county.sync.trust(cards / f"{town.code}.tdkey", fingerprint=card.fingerprint)
    bundles = root / "U盘"
    receipt = bundles / "receipt-chengguan.tdbundle"
    for n, (town, (_name, _code, count, overdue, last)) in enumerate(zip(towns, TOWNSHIPS, strict=True)):
        last_day = dt.date.fromisoformat(last)
        _add_villages(town, n, clock)
        if n == 0:  # 城关镇: a first bundle in October with its receipt, the second one still on its way
            _add_records(town, count - 8, overdue, dt.date(2026, 10, 20), clock, start=n)
            clock.at("2026-10-21", "10:05")
            town.sync.export_changes(bundles / "cg-1.tdbundle")
            clock.at("2026-10-22", "15:20")
            county.sync.import_bundle(bundles / "cg-1.tdbundle")
            county.sync.export_receipt(receipt, to=town.code)
            _add_records(town, 5, 0, last_day - dt.timedelta(days=1), clock, start=40)
        else:
            _add_records(town, count, overdue, last_day - dt.timedelta(days=1), clock, start=n)
        clock.at(last_day, "10:40")
        town.sync.export_changes(bundles / f"{town.code}.tdbundle")
        clock.at(last_day, f"{14 + n}:{15 + 7 * n}")
        county.sync.import_bundle(bundles / f"{town.code}.tdbundle")
    _add_records(towns[0], 3, 0, TODAY, clock, start=60)  # written since: not sent yet
    return county, towns, receipt


def _add_villages(town: Office, n: int, clock: Clock) -> None:
    """A few villages with their boards' postings of the autumn (the county counts them per township)."""
    from townshipdesk.core.calendar_store import load_calendar
    from townshipdesk.core.villages import Villages

    villages = Villages(town.db, load_calendar(town.db))  # type: ignore[arg-type]
    names = ["大河村", "石桥村", "柳树村", "新华村", "团结村"][: 5 - n % 3]
    for k, name in enumerate(names):
        villages.add(f"{town.code[:9]}{201 + k}", name, groups=[f"{name[:2]}一组", f"{name[:2]}二组"], phone="0871-6789123")
    for k in range(12 - 2 * n):
        name = names[k % len(names)]
        day = dt.date(2026, 9 + k % 3, 3 + k)
        clock.at(day, "10:00")
        item, title = (("村级财务收支情况", f"{name}2026年{day.month - 1}月村级财务收支公开") if k % 2 == 0
                       else ("惠农补贴", f"{name}2026年耕地地力保护补贴发放名单公示"))
        villages.post(name, item, title, day, notice_days=7, reviewers=["李文", "王芳", "杨卫东"])


def main(argv: list[str]) -> int:
    from townshipdesk.ui.fonts_qt import install_application_font
    from townshipdesk.ui.main_window import MainWindow
    from townshipdesk.ui.pages import sync_page
    from townshipdesk.ui.removable import Drive
    from townshipdesk.ui.session import Session

    out = Path(argv[0]) if argv else REPO / "docs"
    app = QApplication([])
    install_application_font(app)
    sync_page.local_now = lambda: dt.datetime(2026, 11, 28, 9, 40)  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp, Clock() as clock:
        county, towns, receipt = build(Path(tmp), clock)
        clock.at(TODAY, "09:35")

        town = towns[0]
        session = Session(town.folder, town.db, today=TODAY)  # type: ignore[arg-type]
        window = MainWindow(session)
        window.resize(SIZE)
        window.show()
        page = window.show_page("sync")
        page.set_drives([Drive(Path("/media/zhangli/KINGSTON"), "KINGSTON", int(14.3 * 1024 ** 3))])  # type: ignore[attr-defined]
        page.email_edit.setText("zwgk@example.gov.cn")  # type: ignore[attr-defined]
        page.import_files([receipt])  # type: ignore[attr-defined]
        settle(app, 200)
        save_shot(window, out / "screenshot-sync.png", app)
        window.close()

        session = Session(county.folder, county.db, today=TODAY)  # type: ignore[arg-type]
        window = MainWindow(session)
        window.resize(SIZE)
        window.show()
        window.show_page("reports")
        save_shot(window, out / "screenshot-county.png", app)
        window.close()
        for office in (county, *towns):
            office.db.close()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
