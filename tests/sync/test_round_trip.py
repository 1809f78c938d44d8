"""Two townships send their records and attachments to the county, the county aggregates, receipts go back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from tests.sync.conftest import Office
from townshipdesk.core.county import county_overview
from townshipdesk.io.attachments import store_file, stored_path
from townshipdesk.io.excel.aggregate_writer import export_aggregate

TODAY = dt.date(2026, 11, 28)


def add_record(office: Office, query: str, title: str, formed: str, tmp: Path | None = None, publish: bool = False) -> str:
    item = office.catalog.search(query)[0]
    rec = office.records.add(item.uuid, title, formed)
    if tmp is not None:
        f = tmp / f"{title}.pdf"
        f.write_bytes(f"%PDF {title}".encode())
        digest, size = store_file(office.data_dir, f)
        office.records.attach(rec.uuid, digest, f.name, size)
    if publish:
        office.records.submit(rec.uuid)
        office.records.review(rec.uuid, "secrecy", "张")
        office.records.review(rec.uuid, "release", "李")
        office.records.publish(rec.uuid, formed)
    return rec.uuid


def test_two_townships_to_the_county_and_back(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, west = offices
    e1 = add_record(east, "最低生活保障 审核信息", "东镇11月低保公示", "2026-11-02", tmp_path, publish=True)
    e2 = add_record(east, "临时救助", "东镇临时救助", "2026-10-08")  # due in October: overdue by 28 Nov
    w1 = add_record(west, "耕地地力", "西乡耕地地力补贴名单", "2026-11-20", tmp_path)
    assert east.sync.record_state("disclosures", e1) == "unsent"

    up_e = tmp_path / "east.tdbundle"
    up_w = tmp_path / "west.tdbundle"
    east.sync.export_changes(up_e)
    west.sync.export_changes(up_w)
    assert east.sync.record_state("disclosures", e1) == "sent"
    assert east.sync.record_state_counts() == {"unsent": 0, "sent": 2, "acked": 0}
    result = county.sync.import_bundle(up_e)
    assert result["inserted"]["disclosures"] == 2 and result["files"] == 1
    county.sync.import_bundle(up_w)

    # The attachment arrived, by content.
    digest = county.db.query("SELECT sha256 FROM disclosure_files")[0]["sha256"]
    assert stored_path(county.data_dir, digest).read_bytes() == "%PDF 东镇11月低保公示".encode()

    townships, domains = county_overview(county.db, TODAY, 2026)
    by_name = {t.name: t for t in townships}
    assert (by_name["东镇"].records, by_name["东镇"].published, by_name["东镇"].overdue) == (2, 1, 1)
    assert (by_name["西乡"].records, by_name["西乡"].published, by_name["西乡"].overdue) == (1, 0, 0)
    assert by_name["东镇"].catalog_items > 100 and by_name["东镇"].covered_items == 2

    out = export_aggregate("某某县政府办", 2026, TODAY.isoformat(), townships, domains, tmp_path / "汇总.xlsx")
    wb = load_workbook(out)
    ws = wb["汇总"]
    assert ws["A1"].value == "某某县政府办各乡镇（街道）政务公开工作情况汇总表"
    assert [c.value for c in ws[3]][:8] == ["序号", "乡镇（街道）", "区划代码", "最近报送", "距今天数", "公开记录", "已发布", "逾期未公开"]
    rows = {ws.cell(r, 2).value: [c.value for c in ws[r]] for r in range(4, 6)}
    assert rows["东镇"][2] == "530902100000" and rows["东镇"][5:8] == [2, 1, 1]
    assert rows["西乡"][2] == "530902200000" and rows["西乡"][5:8] == [1, 0, 0]
    total = [c.value for c in ws[6]]
    assert total[0] == "合计" and total[5:8] == [3, 1, 1]
    social = wb["社会救助"]
    social_rows = {social.cell(r, 2).value: [c.value for c in social[r]] for r in range(4, social.max_row)}
    assert social_rows["东镇"][5:7] == [2, 1]  # records, overdue
    assert social_rows["西乡"][5] in (0, None) or social_rows["西乡"][5] == 0

    receipt = tmp_path / "receipt-east.tdbundle"
    county.sync.export_receipt(receipt, to="530902100000")
    east.sync.import_bundle(receipt)
    assert east.sync.record_state("disclosures", e1) == "acked"
    assert east.sync.record_state("disclosures", e2) == "acked"
    assert west.sync.record_state("disclosures", w1) == "sent"

    # Edited after sending: back to 未同步; the next bundle carries only what changed since the receipt.
    east.records.update(e2, {"notes": "已补充材料"})
    assert east.sync.record_state("disclosures", e2) == "unsent"
    assert east.sync.record_state_counts() == {"unsent": 1, "sent": 0, "acked": 1}
    manifest = east.sync.export_changes(tmp_path / "east2.tdbundle")
    assert manifest["counts"] == {"disclosures": 1}
    result = county.sync.import_bundle(tmp_path / "east2.tdbundle")
    assert result["updated"] == {"disclosures": 1}
    assert county.db.query("SELECT notes FROM disclosures WHERE uuid = ?", (e2,))[0]["notes"] == "已补充材料"


def test_a_lost_bundle_is_covered_by_the_next(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _ = offices
    first = add_record(east, "临时救助", "第一条", "2026-11-02")
    east.sync.export_changes(tmp_path / "lost.tdbundle")  # never reaches the county
    second = add_record(east, "临时救助", "第二条", "2026-11-03")
    east.sync.export_changes(tmp_path / "next.tdbundle")
    county.sync.import_bundle(tmp_path / "next.tdbundle")
    got = {r["uuid"] for r in county.db.query("SELECT uuid FROM disclosures")}
    assert {first, second} <= got


def test_importing_the_same_bundle_twice_changes_nothing(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _ = offices
    add_record(east, "临时救助", "一条", "2026-11-02")
    east.sync.export_changes(tmp_path / "b.tdbundle")
    county.sync.import_bundle(tmp_path / "b.tdbundle")
    before = county.db.query("SELECT * FROM disclosures")
    again = county.sync.import_bundle(tmp_path / "b.tdbundle")
    assert again["already_imported"] and again["changed"] == 0
    assert county.db.query("SELECT * FROM disclosures") == before


def test_calendar_and_catalog_go_down_to_a_township(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _ = offices
    year = {"year": 2027, "source": "国办发明电", "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": True}]}
    county.sync.export_downward(tmp_path / "cal.tdbundle", to="530902100000", kind="calendar", payload={"years": [year]})
    result = east.sync.import_bundle(tmp_path / "cal.tdbundle")
    assert result["years"] == [2027]
    from townshipdesk.core.calendar_store import load_calendar

    assert load_calendar(east.db).is_known(2027)
    items = [i.to_json() for i in county.catalog.items("社会救助")][:3]
    county.sync.export_downward(tmp_path / "cat.tdbundle", to="530902100000", kind="catalog", payload={"items": items})
    preview = east.sync.import_bundle(tmp_path / "cat.tdbundle")
    assert not preview["accepted"] and preview["retired"] > 0  # the township sees the diff first
    assert east.catalog.count("社会救助") > 3
    accepted = east.sync.import_bundle(tmp_path / "cat.tdbundle", accept_catalog=True)
    assert accepted["accepted"] and east.catalog.count("社会救助") == 3
