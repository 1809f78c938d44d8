"""Notice-board sheets rendered for real and read back: content, masking, page numbers, header repetition,
fonts for every GB2312 hanzi and rare names, refusal of characters no font has, arithmetic checks."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.core.notices import Notice, build_namelist, notice_period
from townshipdesk.errors import NoticeError
from townshipdesk.io.notice_input import load_notice, notice_from_data
from townshipdesk.io.pdf.fonts import font_chain
from townshipdesk.io.pdf.notice_pdf import render_notice

CAL = load_calendar()
DOCS = Path(__file__).resolve().parents[2] / "docs"


def pages_text(path: Path) -> list[str]:
    """Each page's text layer, whitespace removed (font switches split runs when extracted)."""
    return [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(path).pages]


def namelist(rows: int = 3, **extra: object) -> dict[str, object]:
    return {"kind": "namelist", "title": "大河村2026年11月临时救助名单公示", "date": "2026-11-02", "phone": "0871-6789123",
            "reviewers": ["李文"], "columns": ["序号", "姓名", "村民小组", "身份证号码", "银行账号", "联系电话", "金额（元）"],
            "rows": [[i + 1, f"村民{i + 1}", "大河一组", "530121195203150328", "6217852000012345678", "13508711234", "100.50"]
                     for i in range(rows)], **extra}


def test_name_list_content_and_masking(tmp_path: Path) -> None:
    out = render_notice(notice_from_data(namelist(), None, CAL), tmp_path / "n.pdf")
    text = pages_text(out)[0]
    for expected in ("大河村村务公开栏", "大河村2026年11月临时救助名单公示", "公示时间：2026年11月2日至2026年11月9日（公示期7天）",
                     "5301**********0328", "6217***********5678", "135****1234", "合计", "301.50", "大河村村民委员会",
                     "0871-6789123", "李文", "（盖章）", "第1页共1页"):
        assert expected in text.replace("\n", ""), expected
    assert "530121195203150328" not in text and "13508711234" not in text


def test_numbers_in_other_columns_are_masked_too(tmp_path: Path) -> None:
    data = namelist(1)
    data["columns"] = ["序号", "姓名", "备注"]
    data["rows"] = [[1, "张三", "身份证530121195203150328，电话13508711234"]]
    text = pages_text(render_notice(notice_from_data(data, None, CAL), tmp_path / "n.pdf"))[0].replace("\n", "")
    assert "5301**********0328" in text and "135****1234" in text and "530121195203150328" not in text


def test_numbers_in_an_announcement_are_masked_but_not_in_a_letter(tmp_path: Path) -> None:
    data = {"kind": "general", "village": "大河村", "title": "大河村关于领取补贴的公告", "date": "2026-11-02",
            "paragraphs": ["请张三（身份证530121195203150328，电话13508711234）于11月10日前到村委会领取。"]}
    text = pages_text(render_notice(notice_from_data(data, None, CAL), tmp_path / "g.pdf"))[0].replace("\n", "")
    assert "5301**********0328" in text and "135****1234" in text
    assert "530121195203150328" not in text and "13508711234" not in text
    letter = notice_from_data({**data, "letter": True}, None, CAL)  # to the applicant, not on a board
    assert "13508711234" in letter.paragraphs[0]


def test_long_list_repeats_its_header_numbers_pages_and_totals_on_the_last(tmp_path: Path) -> None:
    out = render_notice(notice_from_data(namelist(120), None, CAL), tmp_path / "long.pdf")
    texts = pages_text(out)
    assert len(texts) >= 3
    for n, text in enumerate(texts, start=1):
        if "5301" in text:  # a page with rows of the list (the footer may go on a page of its own)
            assert "身份证号码" in text  # the header on every page
        assert f"第{n}页共{len(texts)}页" in text
    last = max(n for n, t in enumerate(texts) if "5301" in t)
    assert "合计" in texts[last] and "12,060.00" in texts[last]
    assert all("合计" not in t for t in texts[:last])


def test_a3_and_landscape(tmp_path: Path) -> None:
    notice = notice_from_data(namelist(), None, CAL)
    a3 = PdfReader(render_notice(notice, tmp_path / "a3.pdf", paper="A3")).pages[0]
    land = PdfReader(render_notice(notice, tmp_path / "l.pdf", landscape=True)).pages[0]
    assert round(float(a3.mediabox.width)) == 842 and round(float(a3.mediabox.height)) == 1191
    assert float(land.mediabox.width) > float(land.mediabox.height)


def test_rare_names_print_and_copy_correctly(tmp_path: Path) -> None:
    data = namelist(1)
    data["rows"] = [[1, "段𠇔", "大河一组", "", "", "", "10"], [2, "䶮明", "大河二组", "", "", "", "10"]]
    text = pages_text(render_notice(notice_from_data(data, None, CAL), tmp_path / "rare.pdf"))[0]
    assert "段𠇔" in text  # Extension B, through the fixed ToUnicode map
    assert "䶮明" in text  # Extension A


def test_every_gb2312_hanzi_has_a_font() -> None:
    hanzi = []
    for row in range(0xB0, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                hanzi.append(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    assert len(hanzi) == 6763
    assert font_chain("body").missing("".join(hanzi)) == []


def test_cjk_unified_block_coverage_is_at_least_99_percent() -> None:
    block = "".join(chr(c) for c in range(0x4E00, 0x9FA6))
    missing = font_chain("body").missing(block)
    assert len(missing) / len(block) < 0.01


def test_all_gb2312_hanzi_render_into_the_pdf(tmp_path: Path) -> None:
    hanzi = [bytes([r, c]).decode("gb2312") for r in range(0xB0, 0xF8) for c in range(0xA1, 0xFF)
             if not (r == 0xD7 and c > 0xF9)]
    data = {"kind": "general", "title": "字库测试", "issuer": "测试村民委员会", "date": "2026-11-02",
            "paragraphs": ["".join(hanzi[i:i + 400]) for i in range(0, len(hanzi), 400)]}
    text = "".join(pages_text(render_notice(notice_from_data(data, None, CAL), tmp_path / "gb.pdf"))).replace("\n", "")
    assert sum(1 for h in hanzi if h in text) == len(hanzi)


def test_a_character_no_font_has_is_refused_and_nothing_written(tmp_path: Path) -> None:
    data = namelist(2)
    data["rows"][1][1] = "王\U000f0001"  # type: ignore[index]  # private-use plane: in no font
    notice = notice_from_data(data, None, CAL)
    target = tmp_path / "never.pdf"
    with pytest.raises(NoticeError) as err:
        render_notice(notice, target)
    assert "第2行“姓名”" in str(err.value) and "U+F0001" in str(err.value)
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_finance_statement_must_add_up() -> None:
    data = json.loads((DOCS / "notice-finance.json").read_text(encoding="utf-8"))
    assert notice_from_data(data, None, CAL).closing is not None
    data["closing_balance"] = "157,300.01"
    with pytest.raises(NoticeError, match="账目不平"):
        notice_from_data(data, None, CAL)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": ""}, "缺少标题"),
        ({"rows": [[1, "张三", "x", "", "", "", "一百元"]]}, "不是数字"),
        ({"columns": ["序号", "村民小组"], "rows": [[1, "一组"]]}, "没有姓名列"),
        ({"rows": "nope"}, "rows"),
        ({"date": "2026-02-30"}, "2026年2月没有30日"),
        ({"notice_days": "七"}, "notice_days"),
        ({"kind": "poster"}, "general、namelist 或 finance"),
    ],
)
def test_bad_input_gets_a_clear_message(change: dict[str, object], message: str) -> None:
    with pytest.raises(NoticeError, match=message):
        notice_from_data({**namelist(), **change}, None, CAL)


def test_the_excel_name_list_fixture(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "namelist-sample.xlsx"
    if not fixture.exists():
        pytest.skip("shared fixture not beside the checkout")
    notice = load_notice(fixture, "namelist", CAL, {"date": "2026-11-02"})
    assert notice.title == "大河村2026年10月城乡最低生活保障金发放名单" and len(notice.rows) == 4  # 合计 row dropped
    assert notice.totals[5] == "3,010.00" and notice.totals[4] == "7"
    text = pages_text(render_notice(notice, tmp_path / "x.pdf"))[0].replace("\n", "")
    assert "杨秀英" in text and "0871-****1234" in text and "6217***********5678" in text


def test_excel_without_a_name_column_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["项目", "金额"])
    wb.active.append(["修路", "100"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(NoticeError, match="找不到姓名列"):
        load_notice(tmp_path / "x.xlsx", "namelist", CAL)


def test_notice_period_in_working_days_skips_the_holiday() -> None:
    period = notice_period(dt.date(2026, 9, 30), 5, True, CAL)
    # Posted 30 Sep (not counted); 1–7 Oct are off; 8, 9 Oct, Saturday 10 Oct (调休), 12 and 13 Oct are days 1–5.
    assert (period.start, period.first_day, period.end) == (dt.date(2026, 9, 30), dt.date(2026, 10, 8), dt.date(2026, 10, 13))
    # Posted on 1 Oct for 7 days: day 7 is 8 Oct, a working day.
    assert notice_period(dt.date(2026, 10, 1), 7, False, CAL).end == dt.date(2026, 10, 8)


def test_masking_happens_in_the_model_for_every_input_path() -> None:
    notice = build_namelist(Notice("namelist", "b", "t", "i", dt.date(2026, 1, 5), None), ["姓名", "手机"],
                            [["张三", "13508711234"]])
    assert notice.rows == [["张三", "135****1234"]]


def test_a_blank_name_or_an_empty_row_inside_the_list_is_refused_naming_the_row(tmp_path: Path) -> None:
    data = namelist(3)
    data["rows"][1][1] = ""  # 村民2 left blank, with an amount
    with pytest.raises(NoticeError, match="名单第2行的“姓名”为空"):
        render_notice(notice_from_data(data, None, CAL), tmp_path / "n.pdf")
    data = namelist(3)
    data["rows"][1] = ["", "", "", "", "", "", ""]
    with pytest.raises(NoticeError, match="名单第2行是空行"):
        render_notice(notice_from_data(data, None, CAL), tmp_path / "n.pdf")
    assert not (tmp_path / "n.pdf").exists()
    data = namelist(2)
    data["rows"] += [[None] * 7, [""] * 7]  # blank rows below the list, as a spreadsheet leaves them
    text = pages_text(render_notice(notice_from_data(data, None, CAL), tmp_path / "ok.pdf"))[0]
    assert "村民2" in text and "合计" in text


def test_column_headers_break_only_between_their_parts(tmp_path: Path) -> None:
    from townshipdesk.io.pdf.notice_pdf import header_lines, header_parts

    assert header_parts("保障金额（元）") == ["保障金额", "（元）"] and header_parts("村民小组") == ["村民小组"]
    assert header_lines("保障金额（元）", 5.0, len) == "保障金额\n（元）"
    assert header_lines("保障金额（元）", 9.0, len) == "保障金额（元）"
    data = namelist(3)
    data["columns"] = ["序号", "户主姓名", "村民小组", "保障人数", "身份证号码", "银行账号", "联系电话", "金额（元）"]
    data["rows"] = [[i + 1, f"村民{i + 1}", "大河一组", 2, "530121195203150328", "6217852000012345678", "13508711234",
                     "100.50"] for i in range(3)]
    out = render_notice(notice_from_data(data, None, CAL), tmp_path / "n.pdf")
    lines = PdfReader(out).pages[0].extract_text().splitlines()
    for header in ("户主姓名", "村民小组", "保障人数", "序号"):
        assert any(header in line for line in lines), header  # on one line, never 村民小/组


def test_a_long_title_is_broken_into_even_lines_never_leaving_a_character_or_two_alone() -> None:
    from townshipdesk.io.pdf.notice_pdf import balanced_lines

    title = "大河村2026年第四季度临时救助对象名单公示"
    lines = balanced_lines(title, 15.0, len).split("\n")
    assert "".join(lines) == title and len(lines) == 2 and min(map(len, lines)) >= 10
    assert balanced_lines("大河村低保公示", 15.0, len) == "大河村低保公示"  # fits: unchanged
    lines = balanced_lines("关于（大河村）道路硬化工程的公示，请村民监督", 9.0, len).split("\n")
    assert all(not line.startswith(("，", "）")) and not line.endswith("（") for line in lines)


CLOSING = "。，、；：？！）》」』】”’"


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_no_line_of_a_paragraph_starts_with_closing_punctuation(tmp_path: Path, paper: str) -> None:
    """Chinese line breaking (禁则): "……第（七）项）。" once put "。" at the head of a line on the notice board."""
    text = ("经2026年11月28日村民会议讨论通过，大河村一组集体土地征收补偿费的使用、分配方案如下（《村民委员会组织法》"
            "第二十四条第一款第（七）项）。各户分配金额（元）如下表（按被征收面积计算）；有疑问的，请向村务监督委员会询问。")
    data = {**namelist(), "paragraphs": [text, text[7:], text[13:], text[21:]]}
    notice = notice_from_data(data, "namelist", load_calendar(), today=dt.date(2026, 11, 30))
    out = render_notice(notice, tmp_path / "sheet.pdf", paper=paper)
    lines = [re.sub(r"\s+", "", line) for page in PdfReader(out).pages for line in page.extract_text().splitlines()]
    lines = [line for line in lines if line]
    assert sum("项）。" in line for line in lines) == 4  # the four paragraphs are there, each with its 。
    assert not [line for line in lines if line[0] in CLOSING], lines
