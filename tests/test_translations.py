"""Every visible message has its English twin, with the same placeholders, and the Qt Linguist file
shipped in resources/translations is in step with the code."""

from __future__ import annotations

import re
import string
import sys

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "tools"))
import extract_translations  # noqa: E402


def placeholders(template: str) -> set[str]:
    return {field.split(".")[0].split("[")[0] for _, field, _, _ in string.Formatter().parse(template) if field}
HAN = re.compile(r"[\u4e00-\u9fff]")


def test_every_message_has_an_english_translation() -> None:
    problems = []
    for zh, en, file, line, keywords in extract_translations.collect(with_keywords=True):
        where = f"{file}:{line}"
        if not isinstance(en, str) or not en.strip():
            problems.append(f"{where}: no English for {zh!r}")
        elif HAN.search(zh) and en == zh:
            problems.append(f"{where}: English is the Chinese text {zh!r}")
        elif HAN.search(zh) and not re.search(r"[A-Za-z]", en):
            problems.append(f"{where}: English has no English words: {en!r}")
        elif keywords and not (placeholders(zh) | placeholders(en)) <= keywords:  # no keywords: shown unformatted
            problems.append(f"{where}: a placeholder has no value: {zh!r} / {en!r}")
    assert problems == []


def test_the_linguist_file_is_up_to_date() -> None:
    current = extract_translations.TS.read_text(encoding="utf-8")
    assert current == extract_translations.render(extract_translations.collect()), (
        "run: .venv/bin/python tools/extract_translations.py")
    assert extract_translations.TS.with_suffix(".qm").exists()


def test_one_of_a_counted_thing_is_singular_in_english() -> None:
    from townshipdesk.i18n import Msg, label_of

    left = Msg("还剩 {n} 个工作日", "{n} working days left", {"n": 1})
    assert left.text("en") == "1 working day left"
    assert left.text("zh") == "还剩 1 个工作日"
    assert Msg("还剩 {n} 个工作日", "{n} working days left", {"n": 2}).text("en") == "2 working days left"
    assert Msg("逾期 {n} 天，{m} 项", "{n} days overdue, {m} items", {"n": 1, "m": 3}).text("en") == \
        "1 day overdue, 3 items"
    assert Msg("共 {n} 页", "{n} pages", {"n": 0}).text("en") == "0 pages"
    assert label_of("此件不公开", [("此件不公开", "Not disclosed")]) in ("此件不公开", "Not disclosed")
    assert label_of("自拟的值", [("此件不公开", "Not disclosed")]) == "自拟的值"
