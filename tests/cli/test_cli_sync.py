"""Keys, bundles and aggregation from the command line, across two real data folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from townshipdesk.cli.main import run


def call(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = run(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_usb_round_trip_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    county, town, usb = tmp_path / "county", tmp_path / "town", tmp_path / "usb"
    usb.mkdir()
    assert call(capsys, county, "init", "--role", "county", "--division", "530902000000", "--name", "某某县政府办")[0] == 0
    assert call(capsys, town, "init", "--role", "township", "--division", "530902100000", "--name", "某某镇")[0] == 0
    call(capsys, county, "keys", "export", str(tmp_path / "county.card"))
    call(capsys, town, "keys", "export", str(tmp_path / "town.card"))
    code, _, err = call(capsys, town, "keys", "trust", str(tmp_path / "county.card"))
    assert code == 1 and "--fingerprint" in err  # never trusted without checking the fingerprint
    fp = json.loads(call(capsys, county, "--json", "keys", "show")[1])["fingerprint"]
    assert call(capsys, town, "keys", "trust", str(tmp_path / "county.card"), "--fingerprint", fp)[0] == 0
    assert call(capsys, county, "keys", "trust", str(tmp_path / "town.card"), "--yes")[0] == 0

    item = json.loads(call(capsys, town, "--json", "catalog", "search", "临时救助")[1])[0]["id"][:8]
    rec = json.loads(call(capsys, town, "--json", "record", "add", "--item", item, "--title", "临时救助名单", "--formed",
                          "2026-11-02")[1])["id"][:8]
    assert json.loads(call(capsys, town, "--json", "record", "show", rec)[1])["sync_state_label"] == "未同步"
    code, out, _ = call(capsys, town, "--json", "bundle", "export", "--out", str(usb), "--email", "county@example.gov.cn")
    exported = json.loads(out)
    bundle = Path(exported["file"])
    assert code == 0 and bundle.parent == usb and bundle.suffix == ".tdbundle" and Path(exported["eml"]).exists()
    assert "county@example.gov.cn" in Path(exported["eml"]).read_text(encoding="utf-8", errors="replace")
    new_folder = tmp_path / "U盘" / "新建文件夹"
    code, out, _ = call(capsys, town, "--json", "bundle", "export", "--out", f"{new_folder}/")  # a folder to be made
    assert code == 0 and Path(json.loads(out)["file"]).parent == new_folder
    code, out, _ = call(capsys, town, "--json", "bundle", "export", "--out", str(tmp_path / "给县里"))  # no extension
    assert code == 0 and json.loads(out)["file"].endswith("给县里.tdbundle")

    assert json.loads(call(capsys, county, "--json", "bundle", "verify", str(bundle))[1])["ok"] is True
    code, out, _ = call(capsys, county, "bundle", "import", str(bundle), "--receipt-out", str(usb))
    assert code == 0 and "已导入 某某镇 的数据" in out and "回执已写入" in out
    code, out, _ = call(capsys, county, "bundle", "import", str(bundle))
    assert "已导入过" in out
    receipt = next(usb.glob("*receipt*.tdbundle"))
    code, out, _ = call(capsys, town, "bundle", "import", str(receipt))
    assert code == 0 and "已收到县级回执" in out
    assert json.loads(call(capsys, town, "--json", "record", "show", rec)[1])["sync_state_label"] == "县级已确认"

    overview = json.loads(call(capsys, county, "--json", "overview", "--year", "2026", "--today", "2026-11-28")[1])
    assert overview[0]["name"] == "某某镇" and overview[0]["records"] == 1
    out_xlsx = tmp_path / "汇总.xlsx"
    assert call(capsys, county, "aggregate", "--out", str(out_xlsx), "--year", "2026")[0] == 0
    assert load_workbook(out_xlsx)["汇总"]["B4"].value == "某某镇"

    tampered = tmp_path / "tampered.tdbundle"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    code, _, err = call(capsys, county, "bundle", "import", str(tampered))
    assert code == 1 and err.startswith("错误：")
    code, _, err = call(capsys, county, "--lang", "en", "bundle", "import", str(tmp_path / "nope.tdbundle"))
    assert code == 1 and "Bundle not found" in err


@pytest.mark.parametrize("command", [["bundle", "verify"], ["bundle", "import"], ["bundle", "export", "--out"]])
def test_a_bundle_path_at_the_end_of_a_command_runs_the_command_not_the_window(tmp_path: Path, command: list[str]) -> None:
    # Only `townshipdesk FILE.tdbundle` (a double-click) opens the window; here no display is set, so the
    # window would answer "no graphical desktop" with exit 2.
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    bundle = tmp_path / "from-town.tdbundle"
    done = subprocess.run([sys.executable, "-m", "townshipdesk", "--data-dir", str(tmp_path / "data"), *command,
                           str(bundle)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "图形桌面" not in done.stderr and done.stderr.count("\n") == 1
