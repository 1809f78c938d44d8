"""Fonts are parsed only when a sheet draws with them: the shipped coverage file says which characters each
bundled font has, and it must match the fonts (regenerate with tools/make_font_coverage.py)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont

from townshipdesk.core.calendar_store import load_calendar
from townshipdesk.io.fonts import (
    COVERAGE_FILE,
    CodepointRanges,
    bundled_fonts,
    codepoint_ranges,
    coverage_key,
)
from townshipdesk.io.notice_input import notice_from_data
from townshipdesk.io.pdf.notice_pdf import render_notice
from townshipdesk.resources import fonts_dir

CAL = load_calendar()


def test_shipped_coverage_matches_every_bundled_font() -> None:
    shipped = json.loads((fonts_dir() / COVERAGE_FILE).read_text(encoding="utf-8"))["fonts"]
    for font in bundled_fonts():
        entry = shipped[font.path.name]
        assert entry["key"] == coverage_key(font.path), f"{font.path.name}: run tools/make_font_coverage.py"
        parsed = TTFont(f"check-{font.path.stem}", str(font.path))
        assert [tuple(r) for r in entry["ranges"]] == codepoint_ranges(parsed.face.charToGlyph), font.path.name


@given(st.sets(st.integers(min_value=0, max_value=0x3FFFF), max_size=300), st.integers(min_value=-5, max_value=0x40005))
def test_ranges_answer_membership_like_the_set(codes: set[int], probe: int) -> None:
    ranges = CodepointRanges(codepoint_ranges(codes))
    assert (probe in ranges) == (probe in codes)
    assert all(code in ranges for code in codes)


def embedded_fonts(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def sheet(names: list[str]) -> dict[str, object]:
    return {"kind": "namelist", "title": "大河村临时救助名单公示", "date": "2026-11-02", "phone": "0871-6789123",
            "reviewers": ["李文"], "columns": ["序号", "姓名", "金额（元）"],
            "rows": [[i + 1, name, "100.00"] for i, name in enumerate(names)]}


def test_the_extension_b_font_is_embedded_only_when_a_name_needs_it(tmp_path: Path) -> None:
    plain = render_notice(notice_from_data(sheet(["张三", "李四"]), None, CAL), tmp_path / "plain.pdf")
    rare = render_notice(notice_from_data(sheet(["张三", "𠇔华"]), None, CAL), tmp_path / "rare.pdf")
    assert not any("HanaMinB" in name for name in embedded_fonts(plain))
    assert any("HanaMinB" in name for name in embedded_fonts(rare))
    assert "𠇔华" in PdfReader(rare).pages[0].extract_text()
