"""Versions and diff, edits and retirement, and search as a clerk types it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.workbooks import SIX_ROWS, Layout, Row, make_workbook
from townshipdesk.core.catalog import Catalog, CatalogItem
from townshipdesk.errors import CatalogError
from townshipdesk.io.excel.catalog_reader import read_catalog_workbook
from townshipdesk.resources import catalogs_dir


def load(catalog: Catalog, path: Path, *, retire_missing: bool = False):
    read = read_catalog_workbook(path)
    return catalog.apply_import(catalog.plan_import(str(path), read.rows, read.sheet_problems,
                                                    retire_missing=retire_missing))


def local_item(**changes: object) -> CatalogItem:
    base = CatalogItem(domain="社会救助", level1="临时救助", level2="本镇急难救助", content="救助对象、金额",
                       basis="《社会救助暂行办法》", time_limit="每月10日前公开上月情况", body="某某镇人民政府",
                       channels=["村务公开栏"], audience=["全社会"], mode=["主动"], tiers=["乡级"], origin="local")
    return replace(base, **changes)  # type: ignore[arg-type]


def test_versions_and_diff_show_added_removed_and_changed_fields(catalog: Catalog, tmp_path: Path) -> None:
    load(catalog, make_workbook(tmp_path / "v1.xlsx", {"社会救助": (SIX_ROWS, Layout())}))
    rows = [*SIX_ROWS[:5], Row("临时救助", "救助标准")]
    rows[0] = replace(rows[0], time_limit="自作出决定之日起7个工作日内", body="县级民政部门")
    load(catalog, make_workbook(tmp_path / "v2.xlsx", {"社会救助": (rows, Layout())}), retire_missing=True)
    assert [v.number for v in catalog.versions()] == [1, 2]
    diff = catalog.diff(1, 2)
    assert [i.level2 for i in diff.added] == ["救助标准"]
    assert [i.level2 for i in diff.removed] == ["政策法规文件"]
    assert [(c.after.level2, c.fields) for c in diff.changed] == [("办事指南", ["time_limit", "body"])]
    assert diff.changed[0].before.body == "乡镇人民政府"
    back = catalog.diff(2, 1)
    assert [i.level2 for i in back.added] == ["政策法规文件"]


def test_diff_of_unknown_version_is_refused(catalog: Catalog) -> None:
    catalog.add_item(local_item())
    with pytest.raises(CatalogError, match="没有第 9 版目录"):
        catalog.diff(1, 9)


def test_each_edit_batch_is_a_version(catalog: Catalog) -> None:
    added = catalog.add_item(local_item())
    catalog.update_item(added.short_id, {"time_limit": "每季度"})
    catalog.retire_item(added.short_id, "并入临时救助")
    catalog.restore_item(added.short_id)
    versions = catalog.versions()
    assert [(v.kind, v.added, v.changed, v.retired) for v in versions] == [
        ("edit", 1, 0, 0), ("edit", 0, 1, 0), ("edit", 0, 0, 1), ("edit", 1, 0, 0)]
    assert [v.total for v in versions] == [1, 1, 0, 1]
    assert catalog.diff(1, 2).changed[0].fields == ["time_limit"]


def test_retired_items_keep_their_history(catalog: Catalog) -> None:
    item = catalog.add_item(local_item())
    catalog.retire_item(item.uuid, "政策调整")
    assert catalog.count() == 0
    kept = catalog.get(item.uuid)
    assert kept.retired_reason == "政策调整" and kept.content == "救助对象、金额"
    assert catalog.snapshot(1)[item.uuid].level2 == "本镇急难救助"


def test_edits_are_validated(catalog: Catalog) -> None:
    with pytest.raises(CatalogError, match="缺少“公开依据”"):
        catalog.add_item(local_item(basis=""))
    item = catalog.add_item(local_item())
    with pytest.raises(CatalogError, match="已有同名事项"):
        catalog.add_item(local_item())
    with pytest.raises(CatalogError, match="停用事项需要填写原因"):
        catalog.retire_item(item.uuid, " ")
    assert len(catalog.versions()) == 1


def test_search_finds_two_and_one_character_queries(catalog: Catalog, sample_workbook: Path) -> None:
    load(catalog, sample_workbook)
    assert {i.level1 for i in catalog.search("补贴")} == {"惠民惠农财政补贴资金"}
    assert len(catalog.search("低保")) == 2  # the everyday word for 最低生活保障
    assert {i.level2 for i in catalog.search("税")} == set()  # nothing in the sample mentions taxes
    assert len(catalog.search("救")) >= 6
    assert len(catalog.search("预算 批准")) == 1  # several words: all must match


def test_search_ignores_full_and_half_width(catalog: Catalog) -> None:
    catalog.add_item(local_item(content="ＡＢＣ类对象名单（２０２６年）"))
    assert len(catalog.search("abc")) == 1
    assert len(catalog.search("2026")) == 1
    assert len(catalog.search("（２０２６")) == 1


def test_search_matches_any_element(catalog: Catalog, sample_workbook: Path) -> None:
    load(catalog, sample_workbook)
    assert len(catalog.search("第二十三条")) == 1  # 公开依据
    assert len(catalog.search("便民服务站")) == 1  # 公开渠道
    assert len(catalog.search("依申请")) == 1  # 公开方式 (and an item name)


def test_search_lists_items_named_by_the_words_first(catalog: Catalog) -> None:
    # Catalog order would put 最低生活保障 (content mentions 补贴) before 耕地补贴 (named by it).
    catalog.add_item(local_item(level1="最低生活保障", level2="保障对象", content="按月发放补贴的对象名单"))
    catalog.add_item(local_item(level1="耕地地力保护补贴", level2="补贴标准", content="标准"))
    catalog.add_item(local_item(level1="耕地地力保护补贴", level2="发放名单", content="名单"))
    found = [(i.level1, i.level2) for i in catalog.search("补贴")]
    assert found == [("耕地地力保护补贴", "补贴标准"), ("耕地地力保护补贴", "发放名单"), ("最低生活保障", "保障对象")]
    # Several words: named by every word comes first; a page continues the same order.
    assert [i.level2 for i in catalog.search("补贴 名单")] == ["发放名单", "保障对象"]
    assert [i.level2 for i in catalog.items(query="补贴", offset=1, limit=1)] == ["发放名单"]
    assert catalog.count(query="补贴") == 3


def test_search_sees_only_this_offices_active_items_unless_asked(catalog: Catalog) -> None:
    mine = catalog.add_item(local_item(level2="本镇救助名单"))
    gone = catalog.add_item(local_item(level2="旧救助名单"))
    catalog.retire_item(gone.uuid, "合并到本镇救助名单")
    # A county's database also holds its townships' catalogs; another office's item with the same words:
    db = catalog.db
    db.conn.execute("""INSERT INTO catalog_items (uuid, site_id, domain, level1, level2, created_at, updated_at, search_text)
                       SELECT 'another-office', 'another-site', domain, level1, '他镇救助名单', created_at, updated_at,
                              replace(search_text, '本镇', '他镇') FROM catalog_items WHERE uuid = ?""", (mine.uuid,))
    assert [i.level2 for i in catalog.search("救助名单")] == ["本镇救助名单"]
    assert catalog.count(query="救助名单") == 1
    assert [i.level2 for i in catalog.search("救助名单", include_retired=True)] == ["本镇救助名单", "旧救助名单"]
    assert catalog.search("救助名单", domain="社会救助") and not catalog.search("救助名单", domain="财政预决算")


def test_search_over_many_distinct_elements_matches_each_item_by_its_own(catalog: Catalog) -> None:
    # Items share their basis, 时限 and body texts, and those are matched once per distinct text; here 300 items
    # have each their own basis (more distinct texts than the shared-text shortcut holds).
    from townshipdesk.core.catalog import SourceRow

    rows = [SourceRow(local_item(level1=f"临时救助{i}", level2="救助名单", basis=f"《第{i}号文件》" + ("（补贴）" if i % 7 == 0 else ""),
                                 content="名单"), "test", i + 1) for i in range(300)]
    catalog.apply_import(catalog.plan_import("many.xlsx", rows, []))
    assert {i.level1 for i in catalog.search("补贴")} == {f"临时救助{i}" for i in range(0, 300, 7)}
    assert catalog.count(query="第12号") == 1 and catalog.count(query="号文件") == 300
    assert catalog.count(query="补贴 名单") == 43 and catalog.count(query="补贴 不存在") == 0


def test_shipped_catalog_covers_the_26_domains(catalog: Catalog) -> None:
    assert len(list(catalogs_dir().glob("*.json"))) == 26
    version = catalog.install_shipped(catalogs_dir())
    domains = catalog.domains()
    assert len([d for d in domains if d.pilot]) == 26
    assert all(d.active > 0 for d in domains if d.pilot)
    assert version and version.kind == "shipped"
    assert all(d.status in ("guideline", "placeholder") for d in domains)
    assert catalog.install_shipped(catalogs_dir()) is None  # only into an empty catalog
