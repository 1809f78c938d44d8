"""Planning and applying catalog imports: validation per row, all-or-nothing, good rows by choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workbooks import SIX_ROWS, Layout, Row, make_workbook
from townshipdesk.core.catalog import Catalog
from townshipdesk.errors import CatalogError
from townshipdesk.io.excel.catalog_reader import read_catalog_workbook


def plan_for(catalog: Catalog, path: Path, skip_bad: bool = False, retire_missing: bool = False):
    read = read_catalog_workbook(path)
    return catalog.plan_import(str(path), read.rows, read.sheet_problems, skip_bad=skip_bad, retire_missing=retire_missing)


def test_importing_the_sample_gives_exactly_its_items(catalog: Catalog, sample_workbook: Path) -> None:
    version = catalog.apply_import(plan_for(catalog, sample_workbook))
    assert version is not None and version.added == 12 and version.total == 12
    assert catalog.count() == 12
    assert catalog.count("社会救助") == 6 and catalog.count("财政预决算") == 6
    item = catalog.search("政府采购")[0]
    assert item.time_limit == "中标、成交通知书发出之日起2个工作日内"
    assert item.tiers == ["乡级"] and item.audience == ["全社会"]
    assert catalog.domain("社会救助").status == "imported"  # type: ignore[union-attr]


def test_reimporting_the_same_file_changes_nothing(catalog: Catalog, sample_workbook: Path) -> None:
    catalog.apply_import(plan_for(catalog, sample_workbook))
    again = plan_for(catalog, sample_workbook)
    assert (len(again.added), len(again.changed), len(again.retired), again.unchanged) == (0, 0, 0, 12)
    assert catalog.apply_import(again) is None
    assert len(catalog.versions()) == 1


def test_rows_with_missing_elements_are_listed_with_place(catalog: Catalog, tmp_path: Path) -> None:
    rows = [*SIX_ROWS[:2], Row("临时救助", "救助情况", basis="", audience=("", ""))]
    plan = plan_for(catalog, make_workbook(tmp_path / "bad.xlsx", {"社会救助": (rows, Layout())}))
    texts = [p.text() for p in plan.errors]
    assert "社会救助 第6行 [公开依据]：缺少“公开依据”" in texts
    assert "社会救助 第6行 [公开对象]：“公开对象”未勾选任何一项" in texts
    assert len(plan.bad_rows) == 1 and len(plan.good_rows) == 2


def test_errors_import_nothing_by_default(catalog: Catalog, tmp_path: Path) -> None:
    rows = [*SIX_ROWS[:2], Row("临时救助", "救助情况", content="")]
    plan = plan_for(catalog, make_workbook(tmp_path / "bad.xlsx", {"社会救助": (rows, Layout())}))
    assert not plan.can_apply
    with pytest.raises(CatalogError):
        catalog.apply_import(plan)
    assert catalog.count() == 0 and catalog.versions() == []


def test_good_rows_only_when_the_user_chooses(catalog: Catalog, tmp_path: Path) -> None:
    rows = [*SIX_ROWS[:2], Row("临时救助", "救助情况", content="")]
    plan = plan_for(catalog, make_workbook(tmp_path / "bad.xlsx", {"社会救助": (rows, Layout())}), skip_bad=True)
    assert plan.can_apply
    catalog.apply_import(plan)
    assert [i.level2 for i in catalog.items()] == ["办事指南", "审核确认结果"]


def test_a_bad_row_does_not_retire_the_item_it_stands_for(catalog: Catalog, tmp_path: Path) -> None:
    catalog.apply_import(plan_for(catalog, make_workbook(tmp_path / "v1.xlsx", {"社会救助": (SIX_ROWS, Layout())})))
    rows = [*SIX_ROWS[:5], Row("临时救助", "政策法规文件", body="")]
    plan = plan_for(catalog, make_workbook(tmp_path / "v2.xlsx", {"社会救助": (rows, Layout())}), skip_bad=True)
    assert plan.retired == []


def test_unparseable_time_limit_is_imported_and_flagged(catalog: Catalog, tmp_path: Path) -> None:
    rows = [Row("最低生活保障", "办事指南", time_limit="按上级要求办理")]
    plan = plan_for(catalog, make_workbook(tmp_path / "t.xlsx", {"社会救助": (rows, Layout())}))
    warning = plan.problems[0]
    assert warning.severity == "warning" and "无法识别为规则" in warning.text()
    assert plan.can_apply
    catalog.apply_import(plan)
    item = catalog.items()[0]
    assert item.time_limit == "按上级要求办理" and not item.time_limit_parsed


def test_same_as_above_in_the_first_row_is_an_error(catalog: Catalog, tmp_path: Path) -> None:
    rows = [Row("最低生活保障", "办事指南", time_limit="同上")]
    plan = plan_for(catalog, make_workbook(tmp_path / "t.xlsx", {"社会救助": (rows, Layout())}))
    assert "“同上”没有可参照的上一行" in plan.errors[0].text()


def test_duplicate_items_in_one_file_are_errors(catalog: Catalog, tmp_path: Path) -> None:
    rows = [SIX_ROWS[0], SIX_ROWS[0]]
    plan = plan_for(catalog, make_workbook(tmp_path / "d.xlsx", {"社会救助": (rows, Layout())}))
    assert "与 社会救助 第4行的事项重复" in plan.errors[0].text()


def test_items_a_new_version_lacks_are_kept_unless_retiring_them_is_asked(catalog: Catalog, tmp_path: Path) -> None:
    catalog.apply_import(plan_for(catalog, make_workbook(tmp_path / "v1.xlsx", {"社会救助": (SIX_ROWS, Layout())})))
    shorter = make_workbook(tmp_path / "v2.xlsx", {"社会救助": (SIX_ROWS[:4], Layout())})
    plan = plan_for(catalog, shorter)
    assert sorted(i.level2 for i in plan.missing) == sorted(i.level2 for i in plan.kept) == ["政策法规文件", "救助情况"]
    assert plan.retired == [] and plan.summary()["kept_missing"] == 2
    assert catalog.apply_import(plan) is None  # nothing else changed: no new version, nothing retired
    assert catalog.count("社会救助") == 6


def test_new_version_retires_items_no_longer_listed_and_keeps_local_additions(catalog: Catalog, tmp_path: Path) -> None:
    catalog.apply_import(plan_for(catalog, make_workbook(tmp_path / "v1.xlsx", {"社会救助": (SIX_ROWS, Layout())})))
    local = catalog.items()[0]
    from dataclasses import replace

    catalog.add_item(replace(local, uuid="", level2="本镇补充事项", origin="local"))
    changed = [*SIX_ROWS[:4], replace(SIX_ROWS[4], time_limit="每月")]
    plan = plan_for(catalog, make_workbook(tmp_path / "v2.xlsx", {"社会救助": (changed, Layout())}), retire_missing=True)
    assert [i.level2 for i in plan.retired] == ["政策法规文件"]
    assert [c.fields for c in plan.changed] == [["time_limit"]]
    version = catalog.apply_import(plan)
    assert version and (version.added, version.changed, version.retired) == (0, 1, 1)
    retired = catalog.search("政策法规文件", include_retired=True)[0]
    assert retired.retired_at and retired.retired_reason == "新版目录中已无此事项"
    assert catalog.search("本镇补充事项")[0].retired_at is None
