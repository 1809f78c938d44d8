"""The printed 依申请公开指南: the receiving office's details from the settings, the steps and time limits of the
request clock, the flow chart drawn as vector shapes on A4 portrait; missing settings are named with the command."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from townshipdesk.core.receiving_office import receiving_office, set_receiving_office
from townshipdesk.core.request_clock import (
    ANSWER_WORKING_DAYS,
    CORRECTION_NOTICE_WORKING_DAYS,
    EXTENSION_WORKING_DAYS,
)
from townshipdesk.core.request_guide import build_guide
from townshipdesk.core.store import Database
from townshipdesk.errors import UserError
from townshipdesk.io.pdf.request_guide_pdf import render_request_guide

OFFICE = {"name": "某某镇党政综合办公室", "address": "某某县某某镇人民路1号便民服务中心", "postcode": "675000",
          "hours": "工作日上午8:30—12:00，下午14:30—18:00", "phone": "0878-1234567", "fax": "0878-1234568",
          "email": "zwgk@example.gov.cn"}


def flat(text: str) -> str:
    return "".join(text.split())


def test_the_guide_prints_the_office_details_and_the_steps_with_their_time_limits(township_db: Database,
                                                                                 tmp_path: Path) -> None:
    set_receiving_office(township_db, **OFFICE)
    guide = build_guide("某某镇人民政府", receiving_office(township_db), dt.date(2026, 12, 2))
    out = render_request_guide(guide, tmp_path / "指南.pdf")
    reader = PdfReader(out)
    assert 1 <= len(reader.pages) <= 2
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 portrait
    text = flat("".join(page.extract_text() for page in reader.pages))
    assert "某某镇人民政府政府信息依申请公开指南" in text
    for value in OFFICE.values():
        assert flat(value) in text
    for step in ("申请人提出申请", "登记", "申请内容明确？", "补正", "申请人补正", "办理", "作出答复", "延期答复", "送达答复告知书"):
        assert step in text
    assert f"自收到申请之日起{ANSWER_WORKING_DAYS}个工作日内" in text
    assert f"{CORRECTION_NOTICE_WORKING_DAYS}个工作日内一次性告知" in text
    assert f"最长延长{EXTENSION_WORKING_DAYS}个工作日" in text
    assert "2026年12月2日" in text
    # The chart is drawn, not pasted: no image on any page, and its page strokes lines and fills paths.
    assert all(not page.images for page in reader.pages)
    chart_page = next(p for p in reader.pages if "申请内容明确" in p.extract_text())
    content = chart_page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
    operators = re.findall(r"(?m)(?:^| )([A-Za-z*]{1,2})\s*$", content)
    assert operators.count("l") >= 10 and operators.count("c") >= 8 * 4  # arrows; 8 boxes with rounded corners
    assert operators.count("B*") >= 8 + 1 and operators.count("f*") >= 8  # filled and outlined boxes and diamond; arrow heads


def test_missing_details_are_named_with_the_setting_and_the_command(township_db: Database) -> None:
    set_receiving_office(township_db, name=OFFICE["name"], address=OFFICE["address"], hours=OFFICE["hours"])
    with pytest.raises(UserError) as caught:
        build_guide("某某镇人民政府", receiving_office(township_db), dt.date(2026, 12, 2))
    message = str(caught.value)
    assert "邮政编码、联系电话" in message and "设置 → 依申请公开受理机构" in message
    assert 'townshipdesk settings --receiving-postcode "…" --receiving-phone "…"' in message
    assert "传真" not in message.split("：")[1]  # fax and e-mail are optional


def test_bad_details_are_refused_and_nothing_is_saved(township_db: Database) -> None:
    with pytest.raises(UserError, match="邮政编码应为6位数字"):
        set_receiving_office(township_db, name="党政办", postcode="67500")
    assert receiving_office(township_db).name == ""  # checked before anything is saved
    with pytest.raises(UserError, match="电子邮箱格式不对"):
        set_receiving_office(township_db, email="zwgk.example.gov.cn")
    office = set_receiving_office(township_db, phone="0878-1234567、0878-7654321")
    assert office.phone == "0878-1234567、0878-7654321"
    audit = township_db.conn.execute("SELECT detail FROM audit_log WHERE entity_id = 'receiving_office'").fetchall()
    assert len(audit) == 1 and "0878-1234567" in audit[0][0]
