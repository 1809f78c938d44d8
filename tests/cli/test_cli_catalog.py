"""The CLI contract, driven as a clerk or an acceptance script would: real files, real database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from tests.conftest import REPO
from tests.workbooks import SIX_ROWS, Layout, Row, make_workbook
from townshipdesk.cli.main import run

ELEMENT_KEYS = {"domain", "level1", "level2", "content", "basis", "time_limit", "body", "channels", "audience", "mode", "tiers"}


def test_import_then_list_as_json(cli: Cli, sample_workbook: Path) -> None:
    result = cli.json("catalog", "import", str(sample_workbook), "--retire-missing")
    assert result["applied"] and result["version"] and result["rows"] == 12
    items = cli.json("catalog", "list", "--domain", "社会救助")
    assert len(items) == 6
    assert set(items[0]) >= ELEMENT_KEYS
    first = items[0]
    assert first["level1"] == "最低生活保障" and first["level2"] == "办事指南"
    assert first["channels"] == ["政府网站", "政务服务中心", "公开查阅点", "便民服务站"]
    assert first["audience"] == ["全社会"] and first["mode"] == ["主动"] and first["tiers"] == ["县级", "乡级"]


def test_dry_run_reports_and_writes_nothing(cli: Cli, sample_workbook: Path) -> None:
    versions_before = cli.json("catalog", "versions")
    code, out, _ = cli("catalog", "import", str(sample_workbook), "--dry-run")
    assert code == 0
    assert "读取 12 行（无误 12，有错误 0）" in out and "试运行" in out
    assert cli.json("catalog", "versions") == versions_before


def test_not_an_excel_file_fails_with_one_line(cli: Cli, tmp_path: Path) -> None:
    bogus = tmp_path / "目录.xlsx"
    bogus.write_text("hello")
    code, out, err = cli("catalog", "import", str(bogus))
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "不是有效的 Excel 工作簿" in err
    code, _, err = cli("--lang", "en", "catalog", "import", str(bogus))
    assert code == 1 and "is not a valid Excel workbook" in err


def test_errors_block_the_import_unless_skip_bad(cli: Cli, tmp_path: Path) -> None:
    rows = [*SIX_ROWS[:3], Row("临时救助", "救助情况", basis="")]
    layout = Layout(title="文化旅游领域基层政务公开标准目录")  # a domain not in the shipped catalog
    path = make_workbook(tmp_path / "bad.xlsx", {"文旅": (rows, layout)})
    before = cli.json("catalog", "list")
    code, out, err = cli("catalog", "import", str(path))
    assert code == 1
    assert "文旅 第7行 [公开依据]：缺少“公开依据”" in out
    assert "--skip-bad" in err
    assert cli.json("catalog", "list") == before
    result = cli.json("catalog", "import", str(path), "--skip-bad")
    assert result["applied"] and result["good_rows"] == 3
    assert [i["level2"] for i in cli.json("catalog", "list", "--domain", "文化旅游")] == ["办事指南", "审核确认结果", "办事指南"]


def test_search_two_characters(cli: Cli, sample_workbook: Path) -> None:
    cli("catalog", "import", str(sample_workbook))
    found = cli.json("catalog", "search", "补贴", "--domain", "财政预决算")
    assert [i["level2"] for i in found] == ["补贴政策", "发放情况"]
    code, out, _ = cli("catalog", "search", "低保")
    assert code == 0 and "最低生活保障" in out


def test_versions_and_diff(cli: Cli, tmp_path: Path) -> None:
    v1 = make_workbook(tmp_path / "v1.xlsx", {"社会救助": (SIX_ROWS, Layout())})
    v2 = make_workbook(tmp_path / "v2.xlsx", {"社会救助": ([*SIX_ROWS[:5], Row("临时救助", "救助标准")], Layout())})
    a = cli.json("catalog", "import", str(v1), "--retire-missing")["version"]
    b = cli.json("catalog", "import", str(v2), "--retire-missing")["version"]
    diff = cli.json("catalog", "diff", str(a), str(b))
    assert [i["level2"] for i in diff["added"]] == ["救助标准"]
    assert [i["level2"] for i in diff["removed"]] == ["政策法规文件"]
    code, out, _ = cli("catalog", "diff", str(a), str(b))
    assert "+ 社会救助 / 临时救助 / 救助标准" in out
    versions = cli.json("catalog", "versions")
    assert [v["kind"] for v in versions][-2:] == ["import", "import"]
    code, _, err = cli("catalog", "diff", "1", "99")
    assert code == 1 and "没有第 99 版目录" in err


def test_export_and_reimport_is_unchanged(cli: Cli, sample_workbook: Path, tmp_path: Path) -> None:
    cli("catalog", "import", str(sample_workbook), "--retire-missing")
    out = tmp_path / "export.xlsx"
    assert cli.json("catalog", "export", str(out), "--domain", "社会救助")["items"] == 6
    result = cli.json("catalog", "import", str(out), "--dry-run")
    assert (result["added"], result["changed"], result["retired"], result["unchanged"]) == (0, 0, 0, 6)


def test_add_edit_retire_restore(cli: Cli) -> None:
    added = cli.json("catalog", "add", "--domain", "社会救助", "--level1", "临时救助", "--level2", "本镇急难救助",
                     "--content", "救助对象、金额", "--basis", "《社会救助暂行办法》", "--time-limit", "每季度",
                     "--body", "某某镇人民政府", "--channels", "村务公开栏、政府网站", "--audience", "全社会",
                     "--mode", "主动", "--tiers", "乡级")
    assert added["origin"] == "local" and added["channels"] == ["村务公开栏", "政府网站"]
    ident = added["id"][:8]
    assert cli.json("catalog", "edit", ident, "--time-limit", "每月")["time_limit"] == "每月"
    assert cli.json("catalog", "retire", ident, "--reason", "并入临时救助")["retired"] is True
    assert not any(i["id"] == added["id"] for i in cli.json("catalog", "list"))
    assert any(i["id"] == added["id"] for i in cli.json("catalog", "list", "--all"))
    assert cli.json("catalog", "restore", ident)["retired"] is False
    code, _, err = cli("catalog", "add", "--domain", "社会救助", "--level1", "x", "--content", "c", "--basis", "b",
                       "--time-limit", "每月", "--body", "b", "--channels", "网站", "--audience", "大家",
                       "--mode", "主动", "--tiers", "乡级")
    assert code == 1 and "“公开对象”只能是 全社会、特定群体" in err


def test_commands_before_init_say_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["--data-dir", str(tmp_path / "fresh"), "catalog", "list"])
    assert code == 1 and "请先运行 init" in capsys.readouterr().err


def test_init_refuses_a_bad_division_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["--data-dir", str(tmp_path / "d"), "init", "--role", "township", "--division", "12345", "--name", "x"])
    assert code == 1 and "区划代码必须是12位数字" in capsys.readouterr().err
    code = run(["--data-dir", str(tmp_path / "d"), "--lang", "en", "init", "--role", "county", "--division",
                "530902100000", "--name", "x"])
    assert code == 1 and "A county code ends in 000000" in capsys.readouterr().err


def test_usage_errors_exit_two_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["catalog", "frobnicate"]) == 2
    assert "参数错误" in capsys.readouterr().err


def test_installed_entry_point_runs(tmp_path: Path) -> None:
    """The real process: `python -m townshipdesk` with the data dir from the environment."""
    env = {"TOWNSHIPDESK_DATA": str(tmp_path / "env-data"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "townshipdesk", "--json", "status"], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["data_dir"] == str(tmp_path / "env-data")


def test_export_to_a_folder_or_wrong_name_is_refused(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("catalog", "export", str(tmp_path))
    assert code == 1 and "是文件夹" in err
    code, _, err = cli("catalog", "export", str(tmp_path / "x.csv"))
    assert code == 1 and ".xlsx" in err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = cli("catalog", "export", str(blocker / "sub" / "x.xlsx"))
    assert code == 1 and "无法读写文件" in err and "x.xlsx" in err


def test_items_the_sample_lacks_are_kept_and_listed_with_the_command_that_retires_them(cli: Cli, sample_workbook: Path) -> None:
    """On a fresh office the 12-row sample lacks shipped items of its two domains (it silently retired them): kept
    unless asked."""
    domains = ("社会救助", "财政预决算")
    before = {i["id"] for d in domains for i in cli.json("catalog", "list", "--domain", d)}
    planned = cli.json("catalog", "import", str(sample_workbook), "--dry-run")
    lacking = len(before) - planned["changed"] - planned["unchanged"]
    assert lacking >= 10 and (planned["retired"], planned["missing"], planned["kept_missing"]) == (0, lacking, lacking)
    code, out, err = cli("catalog", "import", str(sample_workbook))
    assert code == 0, err
    assert "停用 0" in out and f"文件中没有以下 {lacking} 个标准事项（其领域在文件中），已保留未停用" in out
    command = f"townshipdesk --data-dir {cli.data_dir} catalog import {sample_workbook} --retire-missing"
    assert command in out
    kept_lines = [line for line in out.splitlines() if line.startswith("  = ")]
    assert len(kept_lines) == lacking and all(any(i.startswith(line.split()[1]) for i in before) for line in kept_lines)
    active = {i["id"] for d in domains for i in cli.json("catalog", "list", "--domain", d)}
    assert before <= active and len(active) == lacking + 12  # the kept items besides the file's 12
    # Running the printed command retires exactly those and says so.
    code, out, err = cli("catalog", "import", str(sample_workbook), "--retire-missing")
    assert code == 0, err
    assert f"停用 {lacking}" in out and f"文件中没有的 {lacking} 个标准事项已停用" in out
    assert [len(cli.json("catalog", "list", "--domain", d)) for d in domains] == [6, 6]


def test_retire_missing_in_json_and_in_english(cli: Cli, sample_workbook: Path) -> None:
    result = cli.json("catalog", "import", str(sample_workbook), "--dry-run")
    lacking = result["kept_missing"]
    assert lacking and len(result["kept_items"]) == lacking and result["retire_command"].endswith("--retire-missing")
    code, out, _ = cli("--lang", "en", "catalog", "import", str(sample_workbook), "--retire-missing", "--dry-run")
    assert code == 0 and f"{lacking} standard items the file lacks would be retired" in out
    assert cli.json("catalog", "import", str(sample_workbook), "--retire-missing")["retired"] == lacking
