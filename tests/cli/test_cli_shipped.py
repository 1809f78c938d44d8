"""`catalog list --json` carries each item's source; `catalog update-shipped` takes in a new shipped catalog."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from townshipdesk.cli.main import run
from townshipdesk.core.catalog import Catalog
from townshipdesk.core.datadir import database_path
from townshipdesk.core.site import init_site
from townshipdesk.core.store import Database
from townshipdesk.resources import catalogs_dir

from .conftest import Cli


def test_list_json_and_show_give_the_source(cli: Cli) -> None:
    items = cli.json("catalog", "list", "--domain", "社会救助")
    assert all("民办函〔2019〕52号" in i["source"] for i in items)  # type: ignore[union-attr]
    code, out, _ = cli("catalog", "show", items[0]["id"])  # type: ignore[index]
    assert code == 0 and "出处：民政部《社会救助领域基层政务公开标准指引》" in out


def office_from(catalogs: Path, office: Path, capsys) -> Cli:  # type: ignore[no-untyped-def]
    """An office that was set up from the shipped catalog in `catalogs` (an older release's, say)."""
    db = Database(database_path(office))
    init_site(db, "township", "530902100000", "某某镇人民政府")
    Catalog(db).install_shipped(catalogs)
    db.close()
    return Cli(office, capsys)


def test_a_placeholder_item_says_it_has_no_source(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "catalogs"
    folder.mkdir()
    outline = {"format": 1, "domain": "医疗卫生", "guide": "", "status": "placeholder", "completeness": "placeholder",
               "status_note": "占位示例", "items": [{
                   "level1": "政策文件", "level2": "法律法规", "content": "相关法律法规", "basis": "《条例》",
                   "time_limit": "信息形成或者变更之日起20个工作日内", "body": "乡镇人民政府", "channels": ["政府网站"],
                   "audience": ["全社会"], "mode": ["主动"], "tiers": ["乡级"]}]}
    (folder / "25-医疗卫生.json").write_text(json.dumps(outline, ensure_ascii=False), encoding="utf-8")
    cli = office_from(folder, tmp_path / "office", capsys)
    item = cli.json("catalog", "list", "--domain", "医疗卫生")[0]  # type: ignore[index]
    assert item["source"] == ""
    code, out, _ = cli("catalog", "show", item["id"])
    assert code == 0 and "出处：占位示例，未找到标准指引原文，不是正式目录" in out
    code, out, _ = cli("catalog", "domains")
    assert "占位示例" in next(line for line in out.splitlines() if line.startswith("医疗卫生"))


def test_domains_mark_partial(cli: Cli) -> None:
    code, out, _ = cli("catalog", "domains")
    lines = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert "按国家指引原文（部分事项）" in lines["社会救助"] and "按国家指引原文（部分事项）" in lines["税收管理"]


def test_update_shipped_reports_and_diffs(tmp_path: Path, cli: Cli, capsys) -> None:  # type: ignore[no-untyped-def]
    old = tmp_path / "old"
    shutil.copytree(catalogs_dir(), old)
    relief = json.loads((old / "20-社会救助.json").read_text(encoding="utf-8"))
    relief["items"][0]["time_limit"] = "信息形成或者变更之日起20个工作日内"
    (old / "20-社会救助.json").write_text(json.dumps(relief, ensure_ascii=False), encoding="utf-8")
    budget = json.loads((old / "04-财政预决算.json").read_text(encoding="utf-8"))
    budget["items"][2]["time_limit"] = "批复后20日内"
    (old / "04-财政预决算.json").write_text(json.dumps(budget, ensure_ascii=False), encoding="utf-8")
    other = office_from(old, tmp_path / "office", capsys)
    code, out, _ = other("catalog", "update-shipped")
    assert code == 0 and "已按随软件提供的新版标准目录生成第 2 版：新增 0，修改 2，停用 0" in out
    code, out, _ = other("catalog", "diff", "1", "2")
    lines = out.splitlines()
    assert lines[1:] == [  # grouped by domain, in catalog order
        "【财政预决算】新增 0，删除 0，修改 1",
        "~ 财政预决算 / 财政预决算 / 部门预算",
        "    公开时限: 批复后20日内 → 本级政府财政部门批复后20日内",
        "【社会救助】新增 0，删除 0，修改 1",
        "~ 社会救助 / 综合业务 / 政策法规文件",
        "    公开时限: 信息形成或者变更之日起20个工作日内 → 制定或获取信息之日起10个工作日内"]
    assert other.json("catalog", "update-shipped")["up_to_date"] is True  # type: ignore[index]
    assert run(["--data-dir", str(tmp_path / "office"), "catalog", "versions"]) == 0
