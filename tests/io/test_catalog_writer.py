"""Exporting the catalog in the national layout, and reading it back to the same catalog."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.workbooks import SIX_ROWS, Layout, make_workbook
from townshipdesk.core.catalog import Catalog, CatalogItem
from townshipdesk.io.atomic import write_atomically
from townshipdesk.io.excel.catalog_reader import read_catalog_workbook
from townshipdesk.io.excel.catalog_writer import export_catalog


def import_file(catalog: Catalog, path: Path):
    read = read_catalog_workbook(path)
    return catalog.plan_import(str(path), read.rows, read.sheet_problems)


def test_round_trip_gives_the_same_catalog(catalog: Catalog, sample_workbook: Path, tmp_path: Path) -> None:
    catalog.apply_import(import_file(catalog, sample_workbook))
    village = catalog.items()[0]
    catalog.add_item(replace(village, uuid="", level2="村级公示", tiers=["乡级", "村级"], origin="local",
                             channels=["村务公开栏", "社区/企事业单位/村公示栏（电子屏）"],
                             content="第一行\n第二行：换行保留"))
    before = {i.key: i.elements() for i in catalog.items()}
    out = export_catalog(catalog.items(), tmp_path / "导出.xlsx")
    plan = import_file(catalog, out)
    assert plan.problems == []
    assert (len(plan.added), len(plan.changed), len(plan.retired), plan.unchanged) == (0, 0, 0, len(before))
    assert {r.item.key: r.item.elements() for r in plan.rows} == before


def test_export_has_the_national_layout(catalog: Catalog, sample_workbook: Path, tmp_path: Path) -> None:
    catalog.apply_import(import_file(catalog, sample_workbook))
    out = export_catalog(catalog.items(), tmp_path / "out.xlsx", paper="A3")
    wb = load_workbook(out)
    assert wb.sheetnames == ["财政预决算", "社会救助"]  # the 26 domains in their official order
    ws = wb["社会救助"]
    assert ws["A1"].value == "社会救助领域基层政务公开标准目录"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:N1", "B2:C2", "I2:J2", "K2:L2", "M2:N2", "D2:D3", "B4:B5", "A4:A5"} <= merged
    assert [ws.cell(3, c).value for c in range(9, 15)] == ["全社会", "特定群体", "主动", "依申请", "县级", "乡级"]
    assert ws["I4"].value == "√" and ws["J4"].value is None
    assert ws["H4"].value == "■政府网站\n■政务服务中心\n■公开查阅点\n■便民服务站"
    assert ws.print_title_rows == "$2:$3"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 8
    assert ws.column_dimensions["D"].width >= 20


def test_export_of_one_domain_only(catalog: Catalog, tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "two.xlsx", {
        "社会救助": (SIX_ROWS, Layout()),
        "养老服务": (SIX_ROWS[:2], Layout(title="养老服务领域基层政务公开标准目录")),
    })
    catalog.apply_import(import_file(catalog, path))
    out = export_catalog(catalog.items("养老服务"), tmp_path / "one.xlsx")
    assert load_workbook(out).sheetnames == ["养老服务"]


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "目录.xlsx"
    target.write_bytes(b"the good old file")

    def half_write(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomically(target, half_write)
    assert target.read_bytes() == b"the good old file"
    assert [p.name for p in tmp_path.iterdir()] == ["目录.xlsx"]


def test_items_with_village_tier_get_a_village_column(tmp_path: Path) -> None:
    item = CatalogItem(domain="涉农补贴", level1="耕地地力保护补贴", level2="发放结果", content="名单", basis="《条例》",
                       time_limit="每年", body="乡镇人民政府", channels=["村务公开栏"], audience=["特定群体"],
                       mode=["主动"], tiers=["村级"])
    ws = load_workbook(export_catalog([item], tmp_path / "v.xlsx"))["涉农补贴"]
    assert ws["O3"].value == "村级" and ws["O4"].value == "√"
