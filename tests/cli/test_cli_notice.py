"""`notice render`, `notice batch` and `village …` from the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pypdf import PdfReader

from tests.cli.conftest import Cli

DOCS = Path(__file__).resolve().parents[2] / "docs"


def text_of(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(path).pages))


def test_render_each_documented_example(cli: Cli, tmp_path: Path) -> None:
    for kind in ("general", "namelist", "finance"):
        out = tmp_path / f"{kind}.pdf"
        result = cli.json("notice", "render", "--input", str(DOCS / f"notice-{kind}.json"), "--out", str(out))
        assert result["kind"] == kind and out.exists()  # type: ignore[index]
    assert "5301**********0328" in text_of(tmp_path / "namelist.pdf")
    assert "157,300.00" in text_of(tmp_path / "finance.pdf")


def test_render_with_a_registered_village_and_a3(cli: Cli, tmp_path: Path) -> None:
    cli("village", "add", "--code", "530902100201", "--name", "大河村", "--phone", "0871-6789123")
    source = json.loads((DOCS / "notice-namelist.json").read_text(encoding="utf-8"))
    del source["phone"], source["board"]
    path = tmp_path / "in.json"
    path.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "a3.pdf"
    code, _, err = cli("notice", "render", "--input", str(path), "--out", str(out), "--village", "大河村", "--paper", "A3")
    assert code == 0, err
    assert "监督电话：0871-6789123" in text_of(out) and "大河村村务公开栏" in text_of(out)


def test_bad_input_writes_no_file(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"kind": "finance", "title": "财务", "village": "大河村", "opening_balance": "1",
                               "income": [], "expense": [], "closing_balance": "2"}), encoding="utf-8")
    out = tmp_path / "never.pdf"
    code, _, err = cli("notice", "render", "--input", str(bad), "--out", str(out))
    assert code == 1 and "账目不平" in err and not out.exists()
    code, _, err = cli("--lang", "en", "notice", "render", "--input", str(bad), "--out", str(out))
    assert code == 1 and "do not add up" in err
    code, _, err = cli("notice", "render", "--input", str(tmp_path / "missing.json"), "--out", str(out))
    assert code == 1 and "找不到文件" in err


def test_batch_one_file_per_village_or_combined(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    base = (DOCS / "notice-namelist.json").read_text(encoding="utf-8")
    for name in ("大河村", "小河村", "石头村"):
        (source / f"{name}.json").write_text(base.replace("大河村", name), encoding="utf-8")
    result = cli.json("notice", "batch", "--kind", "namelist", "--input", str(source), "--out", str(tmp_path / "each"))
    assert sorted(Path(p).name for p in result["files"]) == ["大河村.pdf", "小河村.pdf", "石头村.pdf"]  # type: ignore[index]
    combined = tmp_path / "all.pdf"
    cli.json("notice", "batch", "--kind", "namelist", "--input", str(source), "--out", str(combined), "--combined")
    reader = PdfReader(combined)
    assert [o.title for o in reader.outline] == ["大河村", "小河村", "石头村"]
    assert "石头村村务公开栏" in text_of(combined)


def test_village_commands(cli: Cli) -> None:
    cli.json("village", "add", "--code", "530902100201", "--name", "大河村", "--groups", "一组、二组")
    posting = cli.json("village", "post", "大河村", "--item", "村级财务收支", "--title", "10月财务", "--date", "2026-11-05")
    assert posting["notice_end"] == "2026-11-12"  # type: ignore[index]  # 7 days from the day after posting
    due = cli.json("village", "due", "--today", "2026-11-28")
    assert "村级财务收支情况" not in {d["item"] for d in due}  # type: ignore[union-attr]
    code, _, err = cli("village", "post", "小河村", "--item", "x", "--title", "t", "--date", "2026-11-05")
    assert code == 1 and "找不到村" in err


def test_the_sheet_prints_the_notice_period_from_the_posting_date(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "notice.json"
    source.write_text(json.dumps({"kind": "general", "village": "大河村", "title": "大河村低保对象公示", "date": "2026-03-03",
                                  "notice_days": 7, "paragraphs": ["经村民代表会议评议，拟确定以下低保对象。"]},
                                 ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "sheet.pdf"
    result = cli.json("notice", "render", "--input", str(source), "--out", str(out))
    assert (result["notice_start"], result["notice_end"]) == ("2026-03-03", "2026-03-10")  # type: ignore[index]
    text = text_of(out)
    assert "公示时间：2026年3月3日至2026年3月10日（公示期7天）" in text and "张贴当日计入" not in text
    cli.json("settings", "--posting-day-counts", "on")
    result = cli.json("notice", "render", "--input", str(source), "--out", str(out))
    assert result["notice_end"] == "2026-03-09"  # type: ignore[index]
    assert "公示时间：2026年3月3日至2026年3月9日（公示期7天，张贴当日计入公示期）" in text_of(out)
    posting = cli.json("village", "add", "--code", "530902100201", "--name", "大河村")
    posting = cli.json("village", "post", "大河村", "--item", "村级财务收支", "--title", "3月财务", "--date", "2026-03-03")
    assert posting["notice_end"] == "2026-03-09"  # type: ignore[index]


def test_village_says_what_it_replaced_and_warns_of_another_villages_title(cli: Cli, tmp_path: Path) -> None:
    cli("village", "add", "--code", "530902100202", "--name", "小河村", "--phone", "0871-1111111")
    source = DOCS / "notice-namelist.json"  # last month's file of 大河村, reused for 小河村
    out = tmp_path / "小河村.pdf"
    code, stdout, err = cli("notice", "render", "--input", str(source), "--out", str(out), "--village", "小河村")
    assert code == 0 and out.exists(), err
    for line in ("已按 --village 替换村名：“大河村” → “小河村”", "已按 --village 替换公开栏名称：“大河村村务公开栏” → “小河村村务公开栏”",
                 "已按 --village 替换落款单位：“大河村村民委员会” → “小河村村民委员会”",
                 "已按 --village 替换监督电话：“0871-6789123（镇民政办）” → “0871-1111111”"):
        assert line in stdout
    assert "标题写的是“大河村”，而 --village 是“小河村”" in err
    text = text_of(out)
    assert "小河村村务公开栏" in text and "小河村村民委员会" in text and "0871-1111111" in text and "6789123" not in text

    # Typed on the command line wins and is not reported; a corrected title ends the warning.
    code, stdout, err = cli("--json", "notice", "render", "--input", str(source), "--out", str(out), "--village", "小河村",
                            "--issuer", "小河村村委会", "--title", "小河村2026年第四季度临时救助对象名单公示")
    result = json.loads(stdout)
    assert code == 0 and err == "" and result["title_names_other_village"] == ""
    assert [r["field"] for r in result["replaced"]] == ["village", "board", "phone"]
    assert "小河村村委会" in text_of(out)

    code, stdout, err = cli("--lang", "en", "notice", "render", "--input", str(source), "--out", str(out), "--village", "小河村")
    assert "--village replaced the board heading: '大河村村务公开栏' → '小河村村务公开栏'" in stdout
    assert "the title names '大河村' but --village is '小河村'" in err

    # Nothing reported when the file already is this village's (registered without a phone: the file's is kept).
    cli("village", "add", "--code", "530902100201", "--name", "大河村")
    code, stdout, err = cli("notice", "render", "--input", str(source), "--out", str(out), "--village", "大河村")
    assert code == 0 and "替换" not in stdout and err == "" and "0871-6789123" in text_of(out)
