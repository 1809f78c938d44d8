"""The shipped catalog: the national guidelines' wording item by item, each with its source, the counts and
status SOURCES.md states, and the update that brings an office on an older shipped catalog up to it."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.catalog import Catalog, CatalogItem, SourceRow, normalise_item, validate_item
from townshipdesk.core.deadlines import compute_deadline
from townshipdesk.core.disclosures import Disclosures
from townshipdesk.core.timelimits import parse_time_limit
from townshipdesk.resources import catalogs_dir

SOURCES = catalogs_dir() / "SOURCES.md"


def shipped() -> dict[str, dict]:
    return {d["domain"]: d for d in (json.loads(p.read_text(encoding="utf-8")) for p in sorted(catalogs_dir().glob("*.json")))}


def rows(domain: str) -> list[dict]:
    return shipped()[domain]["items"]


def by_name(domain: str) -> dict[str, dict]:
    return {f"{i['level1']} / {i['level2']}": i for i in rows(domain)}


def sources_table() -> dict[str, tuple[str, int]]:
    found = re.findall(r"^\| \d\d-\S+\.json \| (\S+) \| (\w+) \| (\d+) \|$", SOURCES.read_text(encoding="utf-8"), re.M)
    return {domain: (status, int(n)) for domain, status, n in found}


def unreadable_in_sources() -> set[str]:
    text = SOURCES.read_text(encoding="utf-8")
    section = text.split("## 时限 the deadline engine cannot read", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^- `([^`]+)`", section, re.M))


# ---- the examples ----------------------------------------------------------------------------------
def test_social_assistance_has_the_guideline_structure_and_ten_working_days() -> None:
    items = rows("社会救助")
    assert list(dict.fromkeys(i["level1"] for i in items)) == ["综合业务", "最低生活保障", "特困人员救助供养", "临时救助"]
    assert all(i["time_limit"].startswith("制定或获取信息之日起10个工作日内") for i in items)
    low_income = [i["level2"] for i in items if i["level1"] == "最低生活保障"]
    assert low_income == ["政策法规文件", "办事指南", "审核信息", "审批信息"]
    names = set(by_name("社会救助"))
    assert not any("资金物资" in n or "救助情况" in n for n in names)  # not in the guideline
    rule = parse_time_limit(items[0]["time_limit"])
    assert rule is not None and rule.describe("zh") == "自制定或获取信息之日起10个工作日内"


def test_budgets_run_from_the_congress_approval_and_department_budgets_from_the_reply() -> None:
    items = by_name("财政预决算")
    for name in ("财政预决算 / 政府预算", "财政预决算 / 政府决算"):
        assert items[name]["time_limit"] == "本级人民代表大会或其常务委员会批准后20日内"
    for name in ("财政预决算 / 部门预算", "财政预决算 / 部门决算"):
        assert items[name]["time_limit"] == "本级政府财政部门批复后20日内"
    rule = parse_time_limit("本级人民代表大会或其常务委员会批准后20日内")
    assert rule is not None and "工作日" not in rule.describe("zh")  # calendar days (预算法 Art. 14)


def test_farm_subsidies_keep_the_guideline_names_and_the_whole_time_limit() -> None:
    items = by_name("涉农补贴")
    assert "农业生产发展资金 / 新型职业农民培育" in items
    assert not any("补贴政策清单" in n or "发放结果公示" in n for n in items)
    assert all(i["time_limit"] == "信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。"
               for i in items.values())


STATUTORY = "法定事项（标准指引原文未找到，按法规条文收录）"


def test_land_and_trading_rows_carry_the_statutes_deadlines_and_say_where_they_come_from() -> None:
    """No copy of the guideline showed the 征收土地公告, 出让公告 or 中标候选人公示 rows: they are shipped from the
    statutes, with the statute's 时限, and say so; the old invented wording is gone."""
    land, trading = shipped()["征地补偿"], shipped()["公共资源交易"]
    assert land["completeness"] == trading["completeness"] == "partial"
    assert not any("自作出决定之日起" in i["time_limit"] for i in land["items"])
    calendar = load_calendar()
    notice = by_name("征地补偿")["法定公告事项 / 征收土地公告"]
    assert notice["source"].startswith(STATUTORY) and "第三十一条" in notice["basis"]
    # Approval received Friday 2026-09-25: 15 working days, 国庆 not counted.
    assert compute_deadline(notice["time_limit"], dt.date(2026, 9, 25), calendar).due == dt.date(2026, 10, 22)
    sale = by_name("公共资源交易")["法定公告事项 / 国有建设用地使用权招标拍卖挂牌出让公告"]
    # At least 20 days before the auction starts (a before-event rule, not a 20-day 公示期): an auction on
    # Monday 2026-12-21 needs the notice by Tuesday 2026-12-01; without the auction date nothing is guessed.
    before = compute_deadline(sale["time_limit"], dt.date(2026, 11, 2), calendar, event=dt.date(2026, 12, 21))
    assert before.due == dt.date(2026, 12, 1)
    assert compute_deadline(sale["time_limit"], dt.date(2026, 11, 2), calendar).due is None
    candidates = by_name("公共资源交易")["法定公告事项 / 中标候选人公示"]
    assert compute_deadline(candidates["time_limit"], dt.date(2026, 12, 1), calendar).due == dt.date(2026, 12, 4)
    assert all(i["source"].startswith(STATUTORY) for i in (sale, candidates))
    assert "法定事项" in SOURCES.read_text(encoding="utf-8")


# ---- provenance, counts, status ------------------------------------------------------------------------------
def test_every_item_of_a_sourced_domain_names_its_source() -> None:
    for domain, data in shipped().items():
        if data["status"] == "placeholder":
            assert data["completeness"] == "placeholder" and "占位示例" in data["status_note"], domain
            continue
        for item in data["items"]:
            from_guideline = item["source"].startswith(data["guide"].split("《")[0]) and "标准指引" in item["source"]
            from_statute = item["source"].startswith(STATUTORY) and "》" in item["basis"]
            assert from_guideline or from_statute, (domain, item)


def test_item_counts_and_status_match_sources_md() -> None:
    table = sources_table()
    assert len(table) == 26
    assert table == {d: (data["completeness"], len(data["items"])) for d, data in shipped().items()}


def test_every_shipped_item_is_valid_and_every_time_limit_parses_or_is_listed() -> None:
    unreadable = unreadable_in_sources()
    for path in sorted(catalogs_dir().glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["status"] in ("guideline", "placeholder") and data["status_note"], path.name
        for raw in data["items"]:
            item = normalise_item(CatalogItem(domain=data["domain"], **raw))
            problems = validate_item(item)
            if item.time_limit in unreadable:
                assert parse_time_limit(item.time_limit) is None and [p[0] for p in problems] == ["time_limit"]
            else:
                assert problems == [], (path.name, raw["level2"])
                assert parse_time_limit(item.time_limit) is not None, (path.name, item.time_limit)
    assert unreadable == {"提前一周发通知邀请", "在实地启动拟征收土地工作时，在村公示栏公开。"}


def test_install_carries_source_and_completeness(catalog: Catalog) -> None:
    catalog.install_shipped(catalogs_dir())
    item = next(i for i in catalog.items("社会救助") if i.name == "最低生活保障 / 审核信息")
    assert "民办函〔2019〕52号" in item.source and "泽州" in item.source
    assert item.to_json()["source"] == item.source
    domains = {d.name: d for d in catalog.domains() if d.pilot}
    assert domains["社会救助"].partial and not domains["社会救助"].placeholder
    # A source was found for every domain; none is complete, so each says it is partial.
    assert all(d.partial and not d.placeholder and "只收录了" in d.status_note for d in domains.values())


# ---- bringing an office on the old shipped catalog up to date ------------------------------------------------
OLD_RELIEF = {"format": 1, "domain": "社会救助", "guide": "民政部（2019年）", "status": "guideline",
              "status_note": "按国家标准指引整理", "items": [
    {"level1": "最低生活保障", "level2": "办事指南", "content": "申请条件、申请材料", "basis": "《社会救助暂行办法》",
     "time_limit": "信息形成或者变更之日起20个工作日内", "body": "乡镇人民政府", "channels": ["政府网站"],
     "audience": ["全社会"], "mode": ["主动"], "tiers": ["乡级"]},
    {"level1": "临时救助", "level2": "救助情况", "content": "救助对象、金额", "basis": "《社会救助暂行办法》",
     "time_limit": "每季度", "body": "乡镇人民政府", "channels": ["政府网站"], "audience": ["全社会"], "mode": ["主动"],
     "tiers": ["乡级"]}]}


@pytest.fixture
def old_shipped(tmp_path: Path) -> Path:
    """The shipped catalog as an older release had it: 社会救助 with a paraphrased and an invented row."""
    folder = tmp_path / "old-catalogs"
    shutil.copytree(catalogs_dir(), folder)
    (folder / "20-社会救助.json").write_text(json.dumps(OLD_RELIEF, ensure_ascii=False), encoding="utf-8")
    return folder


def test_update_keeps_records_and_local_items_attached(catalog: Catalog, old_shipped: Path) -> None:
    catalog.install_shipped(old_shipped)
    records = Disclosures(catalog.db, load_calendar(catalog.db))
    old = {i.name: i for i in catalog.items("社会救助")}
    guide = records.add(old["最低生活保障 / 办事指南"].uuid, "2026年低保办事指南", "2026-03-02")
    quarterly = records.add(old["临时救助 / 救助情况"].uuid, "一季度临时救助情况", "2026-03-02")
    local = catalog.add_item(CatalogItem(domain="社会救助", level1="本镇事项", level2="慰问情况", content="慰问对象",
                                         basis="镇政府决定", time_limit="信息形成之日起20个工作日内", body="乡镇人民政府",
                                         channels=["村务公开栏"], audience=["全社会"], mode=["主动"], tiers=["乡级"], origin="local"))
    before = catalog.latest_version()

    result = catalog.update_shipped(catalogs_dir())

    assert result.version is not None and result.version.kind == "shipped"
    assert result.changed == 1 and result.retired == 1 and result.added == len(rows("社会救助")) - 1
    now = {i.name: i for i in catalog.items("社会救助", include_retired=True)}
    kept = now["最低生活保障 / 办事指南"]
    assert kept.uuid == guide.item_uuid and kept.time_limit == "制定或获取信息之日起10个工作日内"
    assert "民办函〔2019〕52号" in kept.source
    gone = now["临时救助 / 救助情况"]
    assert gone.retired_at and "新版标准目录中已无此事项" in (gone.retired_reason or "")
    assert records.get(quarterly.uuid).item_uuid == gone.uuid  # the record stays with the item it was made for
    assert records.get(guide.uuid).item_uuid == kept.uuid
    assert catalog.get(local.uuid).origin == "local" and catalog.get(local.uuid).retired_at is None
    diff = catalog.diff(before, result.version.number)
    assert [i.name for i in diff.removed] == ["临时救助 / 救助情况"]
    assert [c.after.name for c in diff.changed] == ["最低生活保障 / 办事指南"]
    assert "time_limit" in diff.changed[0].fields
    assert catalog.update_shipped(catalogs_dir()).up_to_date  # once per shipped catalog


def test_update_leaves_a_county_imported_domain_alone(catalog: Catalog, old_shipped: Path) -> None:
    catalog.install_shipped(old_shipped)
    county = CatalogItem(domain="社会救助", level1="县定事项", level2="低保名单", content="名单", basis="县规定",
                         time_limit="信息形成之日起20个工作日内", body="县民政局", channels=["政府网站"], audience=["全社会"], mode=["主动"],
                         tiers=["县级"])
    # The county's own catalog of the domain, the items it lacks retired (as the clerk asked for)
    catalog.apply_import(catalog.plan_import("县目录.xlsx", [SourceRow(county, "社会救助", 2)], [], retire_missing=True))
    result = catalog.update_shipped(catalogs_dir())
    assert "社会救助" in result.skipped
    assert [i.name for i in catalog.items("社会救助")] == ["县定事项 / 低保名单"]
    assert catalog.domain("社会救助").status == "imported"
