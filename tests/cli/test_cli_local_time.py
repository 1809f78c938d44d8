"""Times a clerk reads on the command line are China time (the office's clock), whatever zone the PC is set to;
the database and the bundles keep UTC."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from townshipdesk.cli.main import run
from townshipdesk.core.localtime import CHINA_TIME

CHINA = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def pc_in_new_york() -> Iterator[None]:
    """The machine's own zone far from China: what is printed must not follow it."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def call(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = run(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def close_to_now(text: str, fmt: str) -> bool:
    shown = dt.datetime.strptime(text, fmt).replace(tzinfo=CHINA)
    return abs(shown - dt.datetime.now(CHINA)) < dt.timedelta(minutes=3)


def test_bundle_name_verify_history_and_versions_show_china_time(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                 pc_in_new_york: None) -> None:
    assert CHINA_TIME.utcoffset(None) == dt.timedelta(hours=8)
    county, town, usb = tmp_path / "county", tmp_path / "town", tmp_path / "usb"
    usb.mkdir()
    assert call(capsys, county, "init", "--role", "county", "--division", "530902000000", "--name", "某某县政府办")[0] == 0
    assert call(capsys, town, "init", "--role", "township", "--division", "530902100000", "--name", "某某镇")[0] == 0
    call(capsys, county, "keys", "export", str(tmp_path / "county.card"))
    call(capsys, town, "keys", "export", str(tmp_path / "town.card"))
    assert call(capsys, town, "keys", "trust", str(tmp_path / "county.card"), "--yes")[0] == 0
    assert call(capsys, county, "keys", "trust", str(tmp_path / "town.card"), "--yes")[0] == 0

    code, out, err = call(capsys, town, "--json", "bundle", "export", "--out", str(usb))
    assert code == 0, err
    bundle = Path(json.loads(out)["file"])
    stamp = re.search(r"-(\d{8}-\d{4})\.tdbundle$", bundle.name)
    assert stamp and close_to_now(stamp.group(1), "%Y%m%d-%H%M"), bundle.name

    code, out, _ = call(capsys, county, "--json", "bundle", "verify", str(bundle))
    stored = json.loads(out)["created_at"]
    assert stored.endswith("Z")  # the file keeps UTC …
    code, out, _ = call(capsys, county, "bundle", "verify", str(bundle))
    shown = re.search(r"生成于 (\d{4}-\d\d-\d\d \d\d:\d\d)（北京时间）", out)
    assert code == 0 and "数据变更" in out and shown, out  # … and a person reads China time
    utc = dt.datetime.fromisoformat(stored.replace("Z", "+00:00"))
    assert shown.group(1) == utc.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")

    assert call(capsys, county, "bundle", "import", str(bundle))[0] == 0
    code, out, _ = call(capsys, county, "bundle", "history")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["时间（北京时间）", "收发", "类型"]
    assert close_to_now(lines[1][:16], "%Y-%m-%d %H:%M") and "收" in lines[1] and "数据变更" in lines[1]

    code, out, _ = call(capsys, town, "catalog", "versions")
    lines = out.splitlines()
    assert "时间（北京时间）" in lines[0] and close_to_now(lines[1][6:22], "%Y-%m-%d %H:%M"), out

    code, out, _ = call(capsys, town, "backup", "list")
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["时间", "原因"] and "每日自动" in lines[1], out
    assert close_to_now(lines[1][:19], "%Y-%m-%d %H:%M:%S"), out
