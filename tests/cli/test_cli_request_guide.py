"""`settings --receiving-…` and `request guide --out F.pdf`: a missing detail is named with the command to fill it."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.cli.conftest import Cli


def test_the_guide_waits_for_the_settings_it_prints(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "依申请公开指南.pdf"
    code, _, err = cli("request", "guide", "--out", str(out))
    assert code != 0 and not out.exists() and "Traceback" not in err
    assert "受理机构名称、办公地址、邮政编码、办公时间、联系电话" in err and "--receiving-name" in err

    code, _, err = cli("settings", "--receiving-postcode", "6750")
    assert code != 0 and "邮政编码应为6位数字" in err
    settings = cli.json("settings", "--receiving-name", "某某镇党政综合办公室", "--receiving-address", "某某镇人民路1号",
                        "--receiving-postcode", "675000", "--receiving-hours", "工作日8:30—17:30", "--receiving-phone",
                        "0878-1234567")
    assert isinstance(settings, dict) and settings["receiving_office"]["postcode"] == "675000"
    assert settings["receiving_office"]["email"] == ""

    result = cli.json("request", "guide", "--out", str(out), "--date", "2026-12-02")
    assert isinstance(result, dict) and result["title"] == "某某镇人民政府政府信息依申请公开指南"
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "某某镇人民路1号" in text and "0878-1234567" in text and "申请内容明确？" in text

    code, _, err = cli("--lang", "en", "settings", "--receiving-phone", "")
    assert code == 0
    code, _, err = cli("--lang", "en", "request", "guide", "--out", str(out))
    assert code != 0 and "not filled in yet: telephone" in err and '--receiving-phone "…"' in err
