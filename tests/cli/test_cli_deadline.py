"""`deadline` and `calendar` from the command line, before and after `init`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.calendars import schedule
from townshipdesk.cli.main import run


def call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_deadline_works_without_init_and_creates_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "never-created"
    code, out, _ = call(capsys, "--data-dir", str(data), "deadline", "自信息形成之日起20个工作日内", "--from", "2026-09-30",
                        "--json")
    assert code == 0
    result = json.loads(out)
    assert (result["due"], result["kind"], result["estimated"]) == ("2026-11-03", "working_days", False)
    assert not data.exists()


def test_explain_states_the_counting_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = call(capsys, "--data-dir", str(tmp_path), "deadline", "20个工作日", "--from", "2026-09-30", "--explain")
    assert code == 0 and "截止日：2026-11-03" in out
    assert "D 之后的第一个工作日为第1日" in out and "第1个工作日是 2026-10-08" in out


def test_estimated_dates_warn_visibly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = call(capsys, "--data-dir", str(tmp_path), "deadline", "7个工作日", "--from", "2031-03-02")
    assert code == 0 and "节假日安排未发布，按法定节假日和周末估算（调休未知）" in err
    code, out, _ = call(capsys, "--data-dir", str(tmp_path), "--json", "deadline", "7个工作日", "--from", "2031-03-02")
    assert json.loads(out)["estimated"] is True


def test_bad_input_gets_a_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = call(capsys, "--data-dir", str(tmp_path), "deadline", "按规定办理", "--from", "2026-01-05")
    assert code == 1 and "识别出公开时限规则" in err
    code, _, err = call(capsys, "--data-dir", str(tmp_path), "--lang", "en", "deadline", "20个工作日", "--from", "5/1/2026")
    assert code == 1 and "is not understood" in err and "2026/11/30" in err


def test_calendar_show_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path / "data")
    code, out, _ = call(capsys, "--data-dir", d, "calendar", "show", "2026", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["estimated"] is False
    assert {"name": "国庆节", "date": "2026-10-07", "isOffDay": True} in shown["holidays"]
    assert {"name": "国庆节", "date": "2026-10-10", "isOffDay": False} in shown["workdays"]
    code, out, err = call(capsys, "--data-dir", d, "calendar", "show", "2030")
    assert "节假日安排未发布" in err
    call(capsys, "--data-dir", d, "init", "--role", "township", "--division", "530902100000", "--name", "某某镇")
    year = tmp_path / "2030.json"
    year.write_text(json.dumps(schedule(2030)), encoding="utf-8")
    code, out, _ = call(capsys, "--data-dir", d, "calendar", "import", str(year))
    assert code == 0 and "已导入 2030 年节假日安排" in out
    code, out, _ = call(capsys, "--data-dir", d, "calendar", "import", str(year))
    assert code == 0 and "与现有的相同，未做改动" in out
    fragment = tmp_path / "2030-part.json"
    fragment.write_text(json.dumps({"year": 2030, "days": schedule(2030)["days"][:1]}), encoding="utf-8")
    code, _, err = call(capsys, "--data-dir", d, "calendar", "import", str(fragment))
    assert code == 1 and "只有 1 天放假" in err
    changed = schedule(2030)
    changed["days"] = [day for day in changed["days"] if day["date"] != "2030-10-07"]  # type: ignore[union-attr]
    other = tmp_path / "2030-revised.json"
    other.write_text(json.dumps(changed), encoding="utf-8")
    code, _, err = call(capsys, "--data-dir", d, "calendar", "import", str(other))
    assert code == 1 and "有 1 处不同" in err and "--replace" in err
    code, out, _ = call(capsys, "--data-dir", d, "calendar", "import", str(other), "--replace")
    assert code == 0 and "放假 30 天" in out
    code, out, _ = call(capsys, "--data-dir", d, "--json", "calendar", "show", "2030")
    assert json.loads(out)["estimated"] is False
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"year": 2031, "days": [{"date": "2030-05-01", "isOffDay": True}]}), encoding="utf-8")
    code, _, err = call(capsys, "--data-dir", d, "calendar", "import", str(bad))
    assert code == 1 and "不在 2031 年内" in err


def test_deadline_counts_back_from_an_event_and_explains_in_both_languages(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path)
    code, out, _ = call(capsys, "--data-dir", d, "deadline", "开始日前20日发布公告", "--from", "2026-03-01", "--json")
    data = json.loads(out)
    assert code == 0 and data["due"] is None and data["needs_event"] is True and data["flag"] == "需要事件日期"
    assert {"due", "kind", "estimated", "assumed", "from", "text", "rule"} <= set(data)
    code, out, _ = call(capsys, "--data-dir", d, "deadline", "开始日前20日发布公告", "--from", "2026-03-01")
    assert code == 0 and "截止日：需要事件日期" in out
    code, out, _ = call(capsys, "--data-dir", d, "deadline", "开始日前20日发布公告", "--from", "2026-03-01", "--event",
                        "2026-10-21", "--explain")
    assert "截止日：2026-09-30" in out and "提前到此前最后一个工作日 2026-09-30" in out
    code, out, _ = call(capsys, "--data-dir", d, "--lang", "en", "deadline", "公示期不少于7天", "--from", "2026-09-25",
                        "--explain")
    assert "Due: 2026-10-08" in out and "is not counted (Civil Code Art. 201)" in out and "(Art. 203)" in out


def test_a_notice_due_is_its_last_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = call(capsys, "--data-dir", str(tmp_path), "deadline", "公示期不少于7天", "--from", "2026-03-03", "--json")
    data = json.loads(out)
    assert (data["due"], data["notice"]["start"], data["notice"]["end"]) == ("2026-03-10", "2026-03-03", "2026-03-10")
    code, out, _ = call(capsys, "--data-dir", str(tmp_path), "deadline", "每年1月31日前", "--from", "2026-01-05", "--explain")
    assert "截止日：2026-01-30" in out and "期日" in out
