"""Dates as clerks write them: 2026-11-30, 2026/11/30, 2026.11.30, 2026年11月30日, 20261130 (month and day
with or without a leading zero). A date that cannot exist is named as such
("2026年2月没有30日"), not called a wrong format."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from townshipdesk.errors import DeadlineError
from townshipdesk.i18n import msg

_SEPARATED = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")


def parse_date(text: str) -> dt.date:
    """The date a clerk typed; DeadlineError with what is wrong otherwise."""
    value = text.strip().translate(_FULL_WIDTH)
    found = _SEPARATED.match(value) or _COMPACT.match(value)
    if not found:
        raise DeadlineError(msg(
            "日期“{d}”看不懂，请写成 2026-11-30、2026/11/30、2026.11.30、2026年11月30日 或 20261130",
            "Date '{d}' is not understood; write 2026-11-30, 2026/11/30, 2026.11.30, 2026年11月30日 or 20261130",
            d=text))
    year, month, day = (int(part) for part in found.groups())
    if not 1 <= month <= 12:
        raise DeadlineError(msg("日期“{d}”不存在：没有{m}月", "Date '{d}' does not exist: there is no month {m}",
                                d=text, m=month))
    last = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= last or year < 1:
        raise DeadlineError(msg("日期“{d}”不存在：{y}年{m}月没有{day}日", "Date '{d}' does not exist: {y}-{m:02d} has no day {day}",
                                d=text, y=year, m=month, day=day))
    return dt.date(year, month, day)

