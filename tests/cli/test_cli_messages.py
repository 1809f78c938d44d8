"""What the command line prints reads as a clerk expects: every table under its headings, and a broken JSON file
described by where and what is wrong, in plain words, in the chosen language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

DOCS = Path(__file__).resolve().parents[2] / "docs"


def periodic_item(cli: Cli) -> str:
    item = cli.json("catalog", "add", "--domain", "社会救助", "--level1", "临时救助", "--level2", "季度名单", "--content", "名单",
                    "--basis", "《社会救助暂行办法》", "--time-limit", "每季度", "--body", "某某镇", "--channels", "政府网站",
                    "--audience", "全社会", "--mode", "主动", "--tiers", "乡级")
    return item["id"][:8]  # type: ignore[index]


def first_line(cli: Cli, *args: str) -> list[str]:
    code, out, err = cli(*args)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) >= 2, out  # headings and at least one row
    return lines[0].split()


def test_every_table_has_its_headings(cli: Cli) -> None:
    periodic_item(cli)
    cli("village", "add", "--code", "530902100201", "--name", "大河村", "--groups", "一组、二组", "--phone", "0871-6789123")
    assert cli("village", "post", "大河村", "--item", "最低生活保障", "--title", "11月低保名单", "--date", "2026-11-02")[0] == 0
    assert first_line(cli, "record", "missing", "--today", "2026-11-30") == ["领域", "事项", "公开时限", "本期", "截止日"]
    assert first_line(cli, "village", "due", "--today", "2026-11-30") == ["村", "应公开事项", "公开频次", "本期"]
    assert first_line(cli, "village", "list") == ["区划代码", "村", "村民小组", "监督电话"]
    assert first_line(cli, "village", "items", "大河村") == ["编号", "类别", "公开事项", "公开频次", "下次到期", "依据"]
    assert first_line(cli, "village", "postings") == ["编号", "张贴日期", "公示期", "标题", "异议"]
    assert first_line(cli, "catalog", "list", "--domain", "社会救助") == ["编号", "领域", "事项", "公开时限", "状态"]
    assert first_line(cli, "catalog", "search", "低保") == ["编号", "领域", "事项", "公开时限", "状态"]
    assert first_line(cli, "catalog", "domains") == ["领域", "事项数", "内容来源"]
    assert first_line(cli, "calendar", "years") == ["年份", "来源", "放假", "调休", "数据出处"]
    code, out, _ = cli("calendar", "show", "2026")
    assert out.splitlines()[1].split() == ["日期", "星期", "节日"]
    assert first_line(cli, "backup", "list")[:2] == ["时间", "原因"]
    assert first_line(cli, "--lang", "en", "record", "missing", "--today", "2026-11-30") == ["Domain", "Item", "Time", "limit",
                                                                                           "Period", "Due"]
    assert first_line(cli, "--lang", "en", "village", "due", "--today", "2026-11-30") == ["Village", "Item", "Rhythm", "Period"]


@pytest.mark.parametrize(("text", "zh", "en"), [
    ('{\n  "kind": "general",\n  "title": "通知"\n  "body": "x"\n}\n', "第4行第3列附近缺少逗号或引号",
     "line 4, column 3: a comma or a quote is missing"),
    ('{"kind"："general"}', "第1行第8列附近用了中文标点“：”", "line 1, column 8: there is a full-width '：'"),
    ('{"kind": "general",}', "第1行第20列附近应是用英文双引号括起来的名称（可能最后一项后面多了逗号）",
     "line 1, column 20: a name in double quotes is expected"),
    ('{"kind": "general", "title": "通知', "第1行第30列附近引号没有配对", "line 1, column 30: a quote is not closed"),
    ('{"kind": ["general"', "第1行第20列附近内容没有写完", "line 1, column 20: the content stops early"),
    ("", "“in.json”是空文件", "'in.json' is empty"),
])
def test_a_broken_json_input_is_described_in_words(cli: Cli, tmp_path: Path, text: str, zh: str, en: str) -> None:
    path = tmp_path / "in.json"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "never.pdf"
    code, _, err = cli("notice", "render", "--input", str(path), "--out", str(out))
    assert code == 1 and zh in err and "in.json" in err and not out.exists(), err
    assert "Expecting" not in err and "delimiter" not in err and "char " not in err
    code, _, err = cli("--lang", "en", "notice", "render", "--input", str(path), "--out", str(out))
    assert code == 1 and en in err, err
    code, _, err = cli("calendar", "import", str(path))  # the other JSON a clerk hands in: a holiday schedule
    assert code == 1 and zh in err, err


def test_a_json_input_saved_as_gbk_says_so(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "gbk.json"
    source = json.loads((DOCS / "notice-general.json").read_text(encoding="utf-8"))
    path.write_bytes(json.dumps(source, ensure_ascii=False).encode("gbk"))
    code, _, err = cli("notice", "render", "--input", str(path), "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "不是 UTF-8 编码" in err and "另存为" in err, err
