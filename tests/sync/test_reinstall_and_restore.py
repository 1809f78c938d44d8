"""A township PC dies: the new installation (new key, same division code) is trusted at the county after a
warning and the phone check, the county restores everything it holds to it, and the township carries on —
new records reach the county with no duplicates and its history continues."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.sync.conftest import Office, make_office
from townshipdesk.cli.main import run
from townshipdesk.errors import BundleRefused, KeyError_
from townshipdesk.io.attachments import store_file
from townshipdesk.sync.keys import export_card


def _township_rows(county: Office, site_id: str) -> dict[str, int]:
    q = county.db.conn.execute
    return {t: q(f"SELECT count(*) FROM {t} WHERE site_id = ?", (site_id,)).fetchone()[0]
            for t in ("catalog_items", "disclosures", "villages")}


def test_a_dead_township_pc_is_restored_from_the_county(offices, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    county, east, _ = offices
    item = east.catalog.search("临时救助")[0]
    kept = east.records.add(item.uuid, "十月临时救助名单", "2026-10-08")
    east.records.add(item.uuid, "十一月临时救助名单", "2026-11-02")
    pdf = tmp_path / "名单.pdf"
    pdf.write_bytes(b"%PDF-1.4 names\n" * 40)
    digest, size = store_file(east.data_dir, pdf)
    east.records.attach(kept.uuid, digest, pdf.name, size)
    from townshipdesk.core.villages import Villages

    Villages(east.db, east.records.calendar).add("530902100201", "大河村", groups=["一组"])
    east.sync.export_changes(tmp_path / "before.tdbundle")
    county.sync.import_bundle(tmp_path / "before.tdbundle")
    old_site = east.sync.site.site_id
    held = _township_rows(county, old_site)

    # The PC dies. A new installation, same office.
    east.db.close()
    shutil.rmtree(east.data_dir)
    new = make_office(tmp_path / "new-pc", "东镇", "township", "530902100000")
    new.sync.trust(tmp_path / "county.card", fingerprint=county.sync.keys.fingerprint)
    card = export_card(new.db, new.data_dir, tmp_path / "new-east.card")

    with pytest.raises(KeyError_, match="已信任“东镇”的另一台电脑"):
        county.sync.trust(tmp_path / "new-east.card", fingerprint=card.fingerprint)
    capsys.readouterr()
    assert run(["--data-dir", str(county.data_dir), "keys", "trust", str(tmp_path / "new-east.card"), "--fingerprint",
                card.fingerprint, "--replace"]) == 0
    assert _township_rows(county, card.site_id) == held  # its history now belongs to the new installation
    assert _township_rows(county, old_site) == {"catalog_items": 0, "disclosures": 0, "villages": 0}

    # Sending before restoring is refused with the way forward.
    new.records.add(new.catalog.search("临时救助")[0].uuid, "太早的记录", "2026-11-20")
    new.sync.export_changes(tmp_path / "too-early.tdbundle")
    with pytest.raises(BundleRefused, match="恢复包"):
        county.sync.import_bundle(tmp_path / "too-early.tdbundle")
    new.db.close()
    shutil.rmtree(new.data_dir)
    new = make_office(tmp_path / "new-pc", "东镇", "township", "530902100000")  # start the new PC over, cleanly
    new.sync.trust(tmp_path / "county.card", fingerprint=county.sync.keys.fingerprint)
    export_card(new.db, new.data_dir, tmp_path / "new-east2.card")
    county.sync.trust(tmp_path / "new-east2.card", replace=True)

    capsys.readouterr()
    assert run(["--data-dir", str(county.data_dir), "bundle", "export", "--restore-for", "530902100000", "--out",
                str(tmp_path / "restore.tdbundle")]) == 0
    assert run(["--data-dir", str(new.data_dir), "bundle", "import", str(tmp_path / "restore.tdbundle")]) == 0
    assert "已从县级恢复" in capsys.readouterr().out
    titles = sorted(r.title for r in new.records.list())
    assert titles == ["十一月临时救助名单", "十月临时救助名单"]
    assert new.records.files(kept.uuid)[0]["sha256"] == digest
    from townshipdesk.io.attachments import stored_path

    assert stored_path(new.data_dir, digest).read_bytes() == pdf.read_bytes()
    assert len(new.catalog.items()) == held["catalog_items"]
    assert new.sync.record_state("disclosures", kept.uuid) == "acked"

    # Carry on: a new record and a correction of a restored one reach the county, nothing doubled.
    restored_item = new.catalog.search("临时救助")[0]
    new.records.add(restored_item.uuid, "十二月临时救助名单", "2026-12-01")
    new.records.update(kept.uuid, {"title": "十月临时救助名单（更正）"})
    new.sync.export_changes(tmp_path / "after.tdbundle")
    result = county.sync.import_bundle(tmp_path / "after.tdbundle")
    assert result["inserted"] == {"disclosures": 1} and result["updated"] == {"disclosures": 1}
    at_county = sorted(r["title"] for r in county.db.query("SELECT title FROM disclosures WHERE site_id = ?",
                                                           (new.sync.site.site_id,)))
    assert at_county == ["十一月临时救助名单", "十二月临时救助名单", "十月临时救助名单（更正）"]
    assert _township_rows(county, new.sync.site.site_id)["catalog_items"] == held["catalog_items"]
    new.db.close()
    east.db = new.db  # for the fixture's clean-up (closing twice is harmless)


def test_a_restore_bundle_never_overwrites_a_township_that_has_data(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _ = offices
    east.records.add(east.catalog.search("临时救助")[0].uuid, "记录", "2026-11-02")
    east.sync.export_changes(tmp_path / "1.tdbundle")
    county.sync.import_bundle(tmp_path / "1.tdbundle")
    from townshipdesk.sync.restore import export_restore

    export_restore(county.sync, tmp_path / "r.tdbundle", township="东镇")
    with pytest.raises(BundleRefused, match="只能导入到新安装的电脑上"):
        east.sync.import_bundle(tmp_path / "r.tdbundle")
