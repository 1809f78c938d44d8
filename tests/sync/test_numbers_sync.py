"""Numbers travel in bundles: the county holds each township's own numbers, shows them with the 乡镇 (record and
request lists, the summary workbook's overdue records), and still takes rows from a version without numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.sync.conftest import Office
from tests.sync.hostile import World, forge, line
from townshipdesk.cli.main import run
from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.requests import Requests
from townshipdesk.core.villages import Villages
from townshipdesk.errors import RecordError


def county_cli(county: Office, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = run(["--data-dir", str(county.data_dir), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_numbers_survive_the_trip_and_the_county_shows_them_with_the_township(
        offices, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    county, east, west = offices
    aid = east.catalog.search("临时救助")[0].uuid
    first = east.records.add(aid, "东镇十一月临时救助", "2026-11-25")  # not yet due on 28 Nov
    late = east.records.add(aid, "东镇十月临时救助", "2026-10-08")  # due in October: overdue by 28 Nov
    other = west.records.add(west.catalog.search("临时救助")[0].uuid, "西乡临时救助", "2026-11-03")
    request = Requests(east.db, load_calendar(east.db)).add(dt.date(2026, 11, 2), "natural", content="低保名单")
    villages = Villages(east.db, load_calendar(east.db))
    villages.add("530902100201", "大河村")
    posting = villages.post("大河村", "村级财务收支", "10月财务", dt.date(2026, 11, 5))
    assert (first.number, late.number, other.number) == ("2026-0001", "2026-0002", "2026-0001")
    assert (request.number, posting.number) == ("依申2026-001", "村务2026-0001")
    for office in (east, west):
        office.sync.export_changes(tmp_path / f"{office.name}.tdbundle")
        county.sync.import_bundle(tmp_path / f"{office.name}.tdbundle")

    held = {r["uuid"]: r["number"] for t in ("disclosures", "requests", "village_postings")
            for r in county.db.query(f"SELECT uuid, number FROM {t}")}
    assert held == {first.uuid: "2026-0001", late.uuid: "2026-0002", other.uuid: "2026-0001",
                    request.uuid: "依申2026-001", posting.uuid: "村务2026-0001"}

    # At the county a number is the township's: one that two townships use asks which is meant.
    assert (county.records.get("2026-0002").township, county.records.get("2026-0002").uuid) == ("东镇", late.uuid)
    with pytest.raises(RecordError, match="编号 2026-0001 对应多条记录（东镇、西乡）"):
        county.records.get("2026-0001")
    listed = county_cli(county, capsys, "record", "list").splitlines()
    assert listed[0].split()[:2] == ["乡镇", "编号"]
    assert {tuple(row.split()[:2]) for row in listed[1:-1]} == {("东镇", "2026-0001"), ("东镇", "2026-0002"),
                                                                ("西乡", "2026-0001")}
    requests = county_cli(county, capsys, "request", "list").splitlines()
    assert requests[0].split()[:2] == ["乡镇", "编号"] and requests[1].split()[:2] == ["东镇", "依申2026-001"]

    out = tmp_path / "汇总.xlsx"
    county_cli(county, capsys, "aggregate", "--out", str(out), "--year", "2026", "--today", "2026-11-28")
    assert "逾期未公开记录" not in load_workbook(out).sheetnames  # a long sheet in a big county: only when asked
    county_cli(county, capsys, "aggregate", "--out", str(out), "--year", "2026", "--today", "2026-11-28", "--overdue-list")
    sheet = load_workbook(out)["逾期未公开记录"]
    assert [c.value for c in sheet[3]] == ["序号", "乡镇（街道）", "编号", "标题", "领域", "公开事项", "形成日期", "截止日",
                                           "逾期天数"]
    row = [c.value for c in sheet[4]]
    assert row[:4] == [1, "东镇", "2026-0002", "东镇十月临时救助"] and row[6:8] == ["2026-10-08", late.due_date]
    assert row[8] == (dt.date(2026, 11, 28) - dt.date.fromisoformat(late.due_date or "")).days
    assert [c.value for c in sheet[5]][:4] == [2, "西乡", "2026-0001", "西乡临时救助"]  # the same number, another 乡镇
    assert [c.value for c in sheet[6]][:2] == ["合计", "2 条"]


def test_a_row_without_a_number_from_an_older_version_still_imports(
        offices, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    county, east, west = offices
    east.records.add(east.catalog.search("临时救助")[0].uuid, "东镇临时救助", "2026-11-02")
    east.sync.export_changes(tmp_path / "east.tdbundle")
    county.sync.import_bundle(tmp_path / "east.tdbundle")
    world = World(county, east, west, tmp_path, tmp_path / "east.tdbundle")
    row = world.disclosure_row(title="旧版本报送的记录")
    del row["number"]
    county.sync.import_bundle(forge(world, "old.tdbundle", changes=[line("disclosures", row)]))
    assert county.db.query("SELECT number FROM disclosures WHERE uuid = ?", (row["uuid"],)) == [{"number": None}]
    listed = county_cli(county, capsys, "record", "list").splitlines()
    assert ["东镇", row["uuid"][:8]] in [r.split()[:2] for r in listed]  # shown by its short id until it has a number
