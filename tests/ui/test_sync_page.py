"""The 同步 page, driven as clerks would: a township and its county, each with its own real data folder and
keys exchanged; bundles go up by a chosen file, come back as receipts, a tampered one is refused, and a key
card is trusted only with the right fingerprint. Only file dialogs are patched."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from tests.sync.conftest import Office, make_office
from townshipdesk.core.catalog import Catalog
from townshipdesk.sync.keys import export_card
from townshipdesk.ui.pages.sync_page import SyncPage
from townshipdesk.ui.removable import Drive, Volume, pick_removable
from townshipdesk.ui.session import Session

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[Office, Office]]:
    """某某县政府办 and 东镇, each trusting the other's key card (fingerprints compared)."""
    county = make_office(tmp_path, "某某县政府办", "county", "530902000000")
    east = make_office(tmp_path, "东镇", "township", "530902100000")
    county_card = export_card(county.db, county.data_dir, tmp_path / "county.tdkey")
    east.sync.trust(tmp_path / "county.tdkey", fingerprint=county_card.fingerprint)
    east_card = export_card(east.db, east.data_dir, tmp_path / "east.tdkey")
    county.sync.trust(tmp_path / "east.tdkey", fingerprint=east_card.fingerprint)
    yield county, east
    county.db.close()
    east.db.close()


def open_page(qtbot: QtBot, office: Office) -> SyncPage:
    page = SyncPage(Session(office.data_dir, office.db, today=TODAY))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def add_record(office: Office, query: str, title: str, formed: str = "2026-11-02") -> str:
    item = office.catalog.search(query)[0]
    return office.records.add(item.uuid, title, formed).uuid


def wait_idle(qtbot: QtBot, page: SyncPage) -> None:
    qtbot.waitUntil(lambda: page.job is None and not page._queue, timeout=10_000)  # noqa: SLF001


def save_as(qtbot: QtBot, page: SyncPage, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.save_as_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)


def import_by_dialog(qtbot: QtBot, page: SyncPage, paths: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)


def drop_files(page: SyncPage, paths: list[Path]) -> None:
    """Drag the files from the file manager and let go over the page."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = QPointF(page.rect().center())
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    assert QApplication.sendEvent(page, enter) and enter.isAccepted()
    drop = QDropEvent(at, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, drop)


def test_the_fingerprint_qr_code_and_trusted_county_are_shown(qtbot: QtBot, offices: tuple[Office, Office]) -> None:
    _county, east = offices
    page = open_page(qtbot, east)
    fingerprint = east.sync.keys.fingerprint
    assert page.site_heading.text() == "东镇"
    assert "530902100000" in page.site_details.text() and "乡镇" in page.site_details.text()
    assert page.fingerprint_label.text().split() == fingerprint.split()  # six groups of five, in two lines
    assert page.fingerprint_label.text().count("\n") == 1
    assert page.fingerprint_label.isVisible()
    pixmap = page.qr_label.pixmap()
    assert page.qr_label.isVisible() and not pixmap.isNull() and pixmap.width() >= 100
    assert page.trusted_table.rowCount() == 1
    assert [page.trusted_table.item(0, c).text() for c in range(3)] == ["某某县政府办", "530902000000", "县级"]
    assert page.state_label.text() == "本单位公开记录：0 条未同步，0 条已发出，0 条县级已确认"
    assert page.history_empty.isVisible() and not page.history_table.isVisible()


def test_a_township_bundle_goes_to_the_county_and_a_receipt_comes_back(
        qtbot: QtBot, offices: tuple[Office, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    county, east = offices
    add_record(east, "最低生活保障 审核信息", "东镇11月低保公示")
    add_record(east, "临时救助", "东镇临时救助情况")
    town_page = open_page(qtbot, east)
    assert town_page.state_label.text().startswith("本单位公开记录：2 条未同步")

    stick = tmp_path / "U盘"
    stick.mkdir()
    bundle = stick / "东镇-11月.tdbundle"
    save_as(qtbot, town_page, bundle, monkeypatch)
    assert town_page.send_status.isVisible()
    assert town_page.send_status.text().startswith(f"已生成同步包：{bundle}")
    assert "发给 某某县政府办" in town_page.send_status.text() and "公开记录 2" in town_page.send_status.text()
    assert county.sync.verify(bundle).kind == "changes"  # the county can open what the township wrote
    assert town_page.state_label.text() == "本单位公开记录：0 条未同步，2 条已发出，0 条县级已确认"
    assert town_page.last_label.text().startswith("上次发出：") and "发给 某某县政府办" in town_page.last_label.text()
    assert town_page.history_table.item(0, 1).text() == "发" and town_page.history_table.item(0, 2).text() == "数据变更"

    county_page = open_page(qtbot, county)
    assert not county_page.receipt_button.isVisible()
    import_by_dialog(qtbot, county_page, [bundle], monkeypatch)
    result = county_page.result_label.text()
    catalog_items = county.db.conn.execute("SELECT count(*) FROM catalog_items WHERE site_id = ?",
                                           (east.sync.site.site_id,)).fetchone()[0]
    assert result == (f"东镇-11月.tdbundle\n已导入“东镇”的数据：新增 {2 + catalog_items} 条，更新 0 条，未变 0 条；附件 0 个。"
                      f"\n其中：公开记录 2、目录事项 {catalog_items}。")
    assert county.db.conn.execute("SELECT count(*) FROM disclosures").fetchone()[0] == 2
    assert county_page.history_table.item(0, 1).text() == "收"
    assert county_page.history_table.item(0, 4).text() == f"新增 {2 + catalog_items}，更新 0，未变 0"

    # The county writes the receipt beside the bundle, on the same stick.
    assert county_page.receipt_button.isVisible() and county_page.receipt_button.text() == "生成给 东镇 的回执"
    qtbot.mouseClick(county_page.receipt_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, county_page)
    receipts = sorted(stick.glob("530902000000-某某县政府办-receipt-东镇-*.tdbundle"))
    assert len(receipts) == 1
    assert county_page.send_status.text().startswith(f"已生成给 东镇 的回执：{receipts[0]}")
    assert not county_page.receipt_button.isVisible()

    # Back at the township: the receipt is dropped onto the page.
    drop_files(town_page, receipts)
    wait_idle(qtbot, town_page)
    assert "已收到县级回执" in town_page.result_label.text()
    assert town_page.state_label.text() == "本单位公开记录：0 条未同步，0 条已发出，2 条县级已确认"
    assert town_page.last_label.text().split("；")[1].startswith("上次回执：")


def test_a_bundle_is_saved_to_the_chosen_usb_stick_under_its_own_name(
        qtbot: QtBot, offices: tuple[Office, Office], tmp_path: Path) -> None:
    county, east = offices
    add_record(east, "临时救助", "东镇临时救助情况")
    page = open_page(qtbot, east)
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    page.set_drives([Drive(stick, "KINGSTON", 15 * 1024 ** 3)])  # what the mounted-volume scan would find
    assert page.drive_box.currentText() == "KINGSTON（可用 15.0 GB）" and page.usb_button.isEnabled()
    qtbot.mouseClick(page.usb_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    [bundle] = list(stick.iterdir())
    assert re.fullmatch(r"530902100000-东镇-changes-\d{8}-\d{4}\.tdbundle", bundle.name)
    assert county.sync.verify(bundle).sender["name"] == "东镇"
    assert page.send_status.text().startswith(f"已生成同步包：{bundle}")

    page.set_drives([])
    assert page.drive_box.currentText() == "未找到U盘（插入后点“刷新”）" and not page.usb_button.isEnabled()


def test_an_email_draft_carries_the_bundle_to_the_county_address(
        qtbot: QtBot, offices: tuple[Office, Office], monkeypatch: pytest.MonkeyPatch) -> None:
    from email import message_from_bytes

    _county, east = offices
    add_record(east, "临时救助", "东镇临时救助情况")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = open_page(qtbot, east)
    qtbot.keyClicks(page.email_edit, "zwgk@example.gov.cn")
    qtbot.mouseClick(page.email_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    [eml] = [Path(u.toLocalFile()) for u in opened]
    assert eml.parent == east.data_dir / "outbox" and eml.suffix == ".eml"
    bundle = eml.with_suffix(".tdbundle")
    assert bundle.name.startswith("530902100000-东镇-changes-")
    message = message_from_bytes(eml.read_bytes())
    assert message["To"] == "zwgk@example.gov.cn"
    [attachment] = [p for p in message.walk() if p.get_filename()]
    assert attachment.get_filename() == bundle.name and attachment.get_payload(decode=True) == bundle.read_bytes()
    assert f"邮件草稿：{eml}" in page.send_status.text()
    assert page.session.ui_settings().value("sync/county_email") == "zwgk@example.gov.cn"  # remembered


def test_a_tampered_bundle_is_refused_with_the_reason(
        qtbot: QtBot, offices: tuple[Office, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    county, east = offices
    add_record(east, "临时救助", "东镇临时救助情况")
    good = tmp_path / "good.tdbundle"
    east.sync.export_changes(good)
    forged = tmp_path / "改过的.tdbundle"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["counts"]["disclosures"] = 99
                data = json.dumps(manifest).encode()
            dst.writestr(info.filename, data)

    page = open_page(qtbot, county)
    import_by_dialog(qtbot, page, [forged], monkeypatch)
    text = page.result_label.text()
    assert text.startswith("改过的.tdbundle\n未导入：同步包签名无效：文件被改动过，或不是“东镇”签发的")
    assert text.endswith("本单位的数据没有任何改动。")
    assert county.db.conn.execute("SELECT count(*) FROM disclosures").fetchone()[0] == 0
    assert not page.receipt_button.isVisible()
    assert page.history_empty.isVisible()


def test_a_county_catalog_is_shown_before_it_is_accepted(
        qtbot: QtBot, offices: tuple[Office, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    county, east = offices
    items = [i.to_json() for i in Catalog(county.db).items()]
    items[0]["content"] = items[0]["content"] + "（县级补充：含办理时限）"
    path = tmp_path / "目录.tdbundle"
    county.sync.export_downward(path, to="东镇", kind="catalog", payload={"items": items})
    before = Catalog(east.db).versions()[-1].number

    page = open_page(qtbot, east)
    import_by_dialog(qtbot, page, [path], monkeypatch)
    assert "县级下发了新的标准目录：新增 0 项，修改 1 项" in page.result_label.text()
    assert page.accept_button.isVisible()
    assert Catalog(east.db).versions()[-1].number == before  # nothing changes before 接受

    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert page.result_label.text().startswith(f"目录.tdbundle\n已接受县级下发的标准目录（第 {before + 1} 版）")
    assert not page.accept_button.isVisible()
    assert Catalog(east.db).versions()[-1].number == before + 1


def test_trusting_a_key_card_needs_the_right_fingerprint(
        qtbot: QtBot, offices: tuple[Office, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    county, _east = offices
    west = make_office(tmp_path, "西乡", "township", "530902200000")
    try:
        card_path = tmp_path / "county.tdkey"
        fingerprint = county.sync.keys.fingerprint
        page = open_page(qtbot, west)
        assert page.trusted_empty.isVisible() and page.trusted_empty.text().startswith("还没有信任县级")
        assert not page.save_as_button.isEnabled()

        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(card_path), ""))
        qtbot.mouseClick(page.trust_button, Qt.MouseButton.LeftButton)
        dialog = page._dialogs[-1]  # noqa: SLF001 - the window-modal dialog the click opened
        qtbot.waitExposed(dialog)
        assert dialog.name_label.text() == "某某县政府办" and dialog.division_label.text() == "530902000000"
        assert dialog.fingerprint_label.text().split() == fingerprint.split()
        assert not dialog.trust_button.isEnabled()

        wrong = ("9" if fingerprint[0] != "9" else "8") + fingerprint.replace(" ", "")[1:]
        qtbot.keyClicks(dialog.typed_edit, wrong)
        assert dialog.match_label.text() == "✗ 第 1 组起不一致：不要信任此卡"
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.error_label.isVisible()
        assert dialog.error_label.text().startswith("指纹不符：")
        assert fingerprint not in dialog.error_label.text()  # read it from the other office, never copy it from here
        assert west.sync.trusted() == []

        dialog.typed_edit.clear()
        qtbot.keyClicks(dialog.typed_edit, fingerprint)
        assert dialog.match_label.text() == "✓ 与卡上的指纹一致"
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert [t.name for t in west.sync.trusted()] == ["某某县政府办"]
        assert page.trusted_table.isVisible() and page.trusted_table.item(0, 0).text() == "某某县政府办"
        assert page.card_status.text() == "已信任 某某县政府办（530902000000）。"
        assert page.save_as_button.isEnabled()
    finally:
        west.db.close()


def test_the_key_card_is_exported_for_the_other_office(
        qtbot: QtBot, offices: tuple[Office, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _county, east = offices
    page = open_page(qtbot, east)
    target = tmp_path / "东镇密钥卡"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_card_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".tdkey")
    assert json.loads(written.read_text(encoding="utf-8"))["fingerprint"] == east.sync.keys.fingerprint
    assert page.card_status.text().startswith(f"已导出密钥卡：{written}")


def test_only_removable_drives_are_offered() -> None:
    def volume(root: str, **kw: object) -> Volume:
        values = {"name": "", "filesystem": "vfat", "ready": True, "read_only": False, "is_root": False,
                  "free_bytes": 8 * 1024 ** 3, **kw}
        return Volume(root, **values)  # type: ignore[arg-type]

    linux = [volume("/", is_root=True, filesystem="ext4"), volume("/boot/efi"), volume("/media/zhang/KINGSTON", name="KINGSTON"),
             volume("/run/media/li/U盘"), volume("/media/zhang/CDROM", read_only=True), volume("/run/user/1000", filesystem="tmpfs"),
             volume("/mnt/usb", ready=False), volume("/home")]
    drives = pick_removable(linux, platform="linux")
    assert [str(d.path) for d in drives] == ["/media/zhang/KINGSTON", "/run/media/li/U盘"]
    assert drives[0].label == "KINGSTON（可用 8.0 GB）" and drives[1].name == "U盘"
    windows = [volume("C:/", filesystem="NTFS"), volume("E:/", name="U盘"), volume("F:/", read_only=True)]
    assert [d.name for d in pick_removable(windows, platform="win32")] == ["U盘"]


def test_a_reinstalled_township_is_trusted_only_by_replacing_its_old_key(
        qtbot: QtBot, offices: tuple[Office, Office], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    county, east = offices
    reinstalled = make_office(tmp_path / "new-pc", "东镇", "township", "530902100000")
    try:
        card = export_card(reinstalled.db, reinstalled.data_dir, tmp_path / "new-east.tdkey")
        page = open_page(qtbot, county)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "new-east.tdkey"), ""))
        qtbot.mouseClick(page.trust_button, Qt.MouseButton.LeftButton)
        dialog = page._dialogs[-1]  # noqa: SLF001 - the window-modal dialog the click opened
        qtbot.waitExposed(dialog)
        assert dialog.replace_box.isVisible() and "已信任“东镇”的另一台电脑" in dialog.replace_box.text()
        qtbot.keyClicks(dialog.typed_edit, card.fingerprint)
        assert not dialog.trust_button.isEnabled()  # not without choosing to replace the old key
        dialog.replace_box.setChecked(True)
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        trusted = [t for t in county.sync.trusted() if t.division_code == "530902100000"]
        assert [t.site_id for t in trusted] == [reinstalled.sync.site.site_id]
    finally:
        reinstalled.db.close()
