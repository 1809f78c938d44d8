"""Dates as clerks write them: 2026-11-30, 2026/11/30, 2026.11.30, 2026年11月30日, 20261130 (month and day
with or without a leading zero), and as Excel/WPS hand them over: date cells, and the date serial a cell shows
when its format is lost (46356 = 2026-11-30). A date that cannot exist is named as such ("2026年2月没有30日"),
not called a wrong format."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from townshipdesk.errors import DeadlineError
from townshipdesk.i18n import msg

# A time of day after the date: what a date cell read as text carries ("2026-11-30 00:00:00").
_SEPARATED = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# Five digits are a serial (10000 = 1927-05-18, 99999 = 2173-10-14); eight are 20261130.
_SERIAL = re.compile(r"^(\d{5})(?:\.0+)?$")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")
EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 61 = 1900-03-01: Excel counts a 29 Feb 1900 that never was
LAST_SERIAL = 2_958_465  # 9999-12-31, the last date Excel has


def parse_date(value: str | int | float | dt.date) -> dt.date:
    """The date a clerk typed or a spreadsheet cell held; DeadlineError with what is wrong otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return from_excel_serial(value)
    text = str(value)
    cleaned = text.strip().translate(_FULL_WIDTH)
    serial = _SERIAL.match(cleaned)
    if serial:
        return from_excel_serial(int(serial.group(1)))
    found = _SEPARATED.match(cleaned) or _COMPACT.match(cleaned)
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



# A time of day after the date: 9:30, 09:30, 9：30, 9时30分, 9点30分, 9点半, 9时 (whole hour); seconds are dropped.
_DATE_THEN_TIME = re.compile(r"^(.+?日|\S+?)(?:\s+|T|(?<=日))(.+)$")
_CLOCK = re.compile(r"^(\d{1,2})\s*[:：]\s*(\d{1,2})(?:\s*[:：]\s*\d{1,2}(?:\.\d+)?)?$")
_CHINESE_CLOCK = re.compile(r"^(?:(上午|下午|晚上))?\s*(\d{1,2})\s*[时点]\s*(?:(\d{1,2})\s*分?|(半))?$")


def parse_datetime(text: str) -> dt.datetime:
    """A date with a time of day, to the minute, as a clerk typed it: 2026-12-01 09:30, 2026/12/01 9:30,
    2026年12月1日 9时30分 (also 9点半, 下午3点). Naive (the office's local time); DeadlineError with what is wrong."""
    value = text.strip().translate(_FULL_WIDTH).replace("：", ":")
    found = _DATE_THEN_TIME.match(value)
    if not found:
        raise DeadlineError(msg(
            "时间“{d}”看不懂，请写成 2026-12-01 09:30、2026/12/01 9:30 或 2026年12月1日 9时30分（日期和时刻都要写）",
            "Time '{d}' is not understood; write 2026-12-01 09:30, 2026/12/01 9:30 or 2026年12月1日 9时30分 (a date and a "
            "time of day)", d=text))
    day = parse_date(found.group(1))
    clock = found.group(2).strip()
    plain = _CLOCK.match(clock)
    chinese = None if plain else _CHINESE_CLOCK.match(clock)
    if plain:
        hour, minute = int(plain.group(1)), int(plain.group(2))
    elif chinese:
        half, hour = chinese.group(1), int(chinese.group(2))
        minute = 30 if chinese.group(4) else int(chinese.group(3) or 0)
        if half in ("下午", "晚上") and 1 <= hour < 12:
            hour += 12
    else:
        raise DeadlineError(msg("时间“{d}”中的时刻“{c}”看不懂，请写成 9:30 或 9时30分", "Time '{d}': the time of day '{c}' is "
                                "not understood; write 9:30 or 9时30分", d=text, c=clock))
    if not 0 <= hour <= 23:
        raise DeadlineError(msg("时间“{d}”不存在：一天只有0至23时，没有{h}时", "Time '{d}' does not exist: hours run from 0 to 23, "
                                "there is no hour {h}", d=text, h=hour))
    if not 0 <= minute <= 59:
        raise DeadlineError(msg("时间“{d}”不存在：分钟只有0至59，没有{m}分", "Time '{d}' does not exist: minutes run from 0 to "
                                "59, there is no minute {m}", d=text, m=minute))
    return dt.datetime.combine(day, dt.time(hour, minute))


def from_excel_serial(serial: float) -> dt.date:
    """An Excel/WPS date serial (the number a date cell holds) as a date; a time of day is dropped."""
    if not 1 <= serial <= LAST_SERIAL:
        raise DeadlineError(msg("“{s}”不是 Excel 日期序号（应在 1 到 {last} 之间）",
                                "'{s}' is not an Excel date serial (1 to {last})", s=serial, last=LAST_SERIAL))
    whole = int(serial)
    if whole == 60:
        raise DeadlineError(msg("Excel 日期序号 60 是“1900年2月29日”，这一天不存在：1900年2月没有29日",
                                "Excel date serial 60 stands for 1900-02-29, which does not exist: 1900-02 has no day 29"))
    return EXCEL_EPOCH + dt.timedelta(days=whole) if whole > 60 else dt.date(1899, 12, 31) + dt.timedelta(days=whole)


def add_months(day: dt.date, n: int) -> dt.date:
    """`n` months after `day`: the corresponding day, or the month's last day where there is none (民法典 Art. 202)."""
    month0 = day.month - 1 + n
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def cn_date(day: str | dt.date) -> str:
    """2026年3月2日: a date as a sheet or a letter prints it (from a date or its ISO text)."""
    d = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return f"{d.year}年{d.month}月{d.day}日"
