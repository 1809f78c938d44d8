"""The Chinese working-day calendar: weekends, statutory holidays, and swapped working weekends (调休).

Data, not code: one file per year (`{year, days: [{name, date, isOffDay}]}`) shipped in
resources/calendar/, overridden per year by files a county sends or a clerk imports (kept in the
database). A year with no data still has its statutory holidays (《全国年节及纪念日放假办法》, see
statutory_holidays.py); only its 调休 swaps are unknown, so every result that touches it says it is an
estimate (`estimated`): the schedule for next year is only published each November.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from townshipdesk.core.json_file import read_json_file
from townshipdesk.core.statutory_holidays import statutory_holidays
from townshipdesk.errors import CalendarError
from townshipdesk.i18n import msg

_ONE_DAY = dt.timedelta(days=1)
# Up to this many working days, add_workdays walks day by day (the longest run of days off is about nine);
# further, it looks them up in an index of every working day across the known years.
_WALK = 60

ESTIMATE_WARNING = msg("节假日安排未发布，按法定节假日和周末估算（调休未知）",
                       "Holiday schedule not published yet; estimated from the statutory holidays and weekends "
                       "(swapped working days unknown)")


@dataclass(frozen=True)
class SpecialDay:
    date: dt.date
    name: str
    is_off_day: bool  # True: holiday (rest); False: 调休 working day on a weekend

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "date": self.date.isoformat(), "isOffDay": self.is_off_day}


@dataclass(frozen=True)
class YearCalendar:
    year: int
    days: tuple[SpecialDay, ...]
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "source": self.source, "days": [d.to_json() for d in self.days]}


def parse_year(data: Any, *, source: str = "") -> YearCalendar:
    """Validate one year's data (`{year, days:[{name, date, isOffDay}]}`); raise CalendarError with the reason."""
    if not isinstance(data, dict) or "year" not in data or "days" not in data:
        raise CalendarError(msg("节假日文件格式不对：应为 {{year, days:[{{name, date, isOffDay}}]}}",
                                "Wrong holiday file format: expected {{year, days:[{{name, date, isOffDay}}]}}"))
    year = data["year"]
    if isinstance(year, str) and year.isdigit():
        year = int(year)
    if not isinstance(year, int) or not 1990 <= year <= 2100:
        raise CalendarError(msg("年份“{y}”无效", "Invalid year '{y}'", y=data["year"]))
    if not isinstance(data["days"], list):
        raise CalendarError(msg("days 应为列表", "days must be a list"))
    seen: dict[dt.date, int] = {}
    days = []
    for index, entry in enumerate(data["days"], start=1):
        if not isinstance(entry, dict) or not {"date", "isOffDay"} <= set(entry):
            raise CalendarError(msg("第 {i} 条缺少 date 或 isOffDay", "Entry {i} lacks date or isOffDay", i=index))
        try:
            day = dt.date.fromisoformat(str(entry["date"]))
        except ValueError:
            raise CalendarError(msg("第 {i} 条日期“{d}”不是 YYYY-MM-DD", "Entry {i}: date '{d}' is not YYYY-MM-DD",
                                    i=index, d=entry["date"])) from None
        if day.year != year:
            raise CalendarError(msg("第 {i} 条日期 {d} 不在 {y} 年内", "Entry {i}: {d} is not in {y}", i=index, d=day, y=year))
        if day in seen:
            raise CalendarError(msg("日期 {d} 重复（第 {a} 条和第 {b} 条）", "Date {d} appears twice (entries {a} and {b})",
                                    d=day, a=seen[day], b=index))
        if not isinstance(entry["isOffDay"], bool):
            raise CalendarError(msg("第 {i} 条 isOffDay 应为 true 或 false", "Entry {i}: isOffDay must be true or false", i=index))
        seen[day] = index
        days.append(SpecialDay(day, str(entry.get("name", "")).strip(), entry["isOffDay"]))
    days.sort(key=lambda d: d.date)
    return YearCalendar(year, tuple(days), source or str(data.get("source", "")))


# Every year since 2004 has had 22–33 days off; a file with far fewer is a fragment (one holiday, say), and
# taking it in would make every other holiday of that year a working day.
MIN_DAYS_OFF = 15


def require_complete(year: YearCalendar) -> YearCalendar:
    """Refuse a schedule that cannot be a whole year's (too few days off)."""
    off = sum(d.is_off_day for d in year.days)
    if off < MIN_DAYS_OFF:
        raise CalendarError(msg(
            "{y} 年的安排只有 {n} 天放假，不是全年的节假日安排（每年有二十多天）；请按国务院办公厅通知录入全年的放假和调休",
            "The {y} schedule has only {n} days off: not a whole year's (every year has more than twenty); enter the "
            "whole year's holidays and swapped days from the State Council's notice", y=year.year, n=off))
    return year


def load_year_file(path: Path) -> YearCalendar:
    """Read and validate a per-year JSON file."""
    data = read_json_file(Path(path), CalendarError)
    return require_complete(parse_year(data, source=Path(path).name))


@dataclass
class WorkCalendar:
    """Answers "is this a working day" and counts working days, for known and (estimated) unknown years."""

    years: dict[int, YearCalendar] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._special = {d.date: d for y in self.years.values() for d in y.days}
        self._span: tuple[int, int] | None = None
        self._workday_ordinals: list[int] = []

    @property
    def known_years(self) -> list[int]:
        return sorted(self.years)

    def is_known(self, year: int) -> bool:
        return year in self.years

    def special(self, day: dt.date) -> SpecialDay | None:
        return self._special.get(day)

    def estimated_holiday(self, day: dt.date) -> str | None:
        """The statutory holiday `day` is in a year without a published schedule (its name), else None."""
        if day.year in self.years:
            return None
        return statutory_holidays(day.year).get(day)

    def is_workday(self, day: dt.date) -> bool:
        entry = self._special.get(day)
        if entry is not None:
            return not entry.is_off_day
        if day.weekday() >= 5:
            return False
        return self.estimated_holiday(day) is None

    def _index(self, *years: int) -> None:
        """Sorted ordinals of every working day from the first known year (or the earliest of `years`) to a
        margin past the latest: kept and widened, never narrowed."""
        first = min([*self.years, *years]) - 1
        last = max([*self.years, *years]) + 2
        if self._span:
            if self._span[0] <= first and self._span[1] >= last:
                return
            first, last = min(first, self._span[0]), max(last, self._span[1])
        start, end = dt.date(first, 1, 1).toordinal(), dt.date(last, 12, 31).toordinal()
        self._workday_ordinals = [o for o in range(start, end + 1) if self.is_workday(dt.date.fromordinal(o))]
        self._span = (first, last)

    def add_workdays(self, start: dt.date, n: int) -> dt.date:
        """The N-th working day after `start` (the first working day after `start` is day 1). N ≥ 1."""
        if n < 1:
            raise ValueError("n must be at least 1")
        if n <= _WALK:  # a notice period or a short deadline: walking the days beats indexing decades of them
            day = start
            while n:
                day += _ONE_DAY
                n -= self.is_workday(day)
            return day
        self._index(start.year + n // 200 + 1)
        ords = self._workday_ordinals
        i = bisect_right(ords, start.toordinal()) + n - 1
        while i >= len(ords):  # far future: widen the index
            self._index(self._span[1] + 5)  # type: ignore[index]
            ords = self._workday_ordinals
        return dt.date.fromordinal(ords[i])

    def next_workday(self, day: dt.date, *, include_self: bool = True) -> dt.date:
        """`day` if it is a working day (and include_self), else the next working day."""
        if include_self and self.is_workday(day):
            return day
        return self.add_workdays(day, 1)

    def previous_workday(self, day: dt.date, *, include_self: bool = True) -> dt.date:
        """`day` if it is a working day (and include_self), else the last working day before it."""
        self._index(day.year - 1, day.year + 1)
        ords = self._workday_ordinals
        i = (bisect_right if include_self else bisect_left)(ords, day.toordinal()) - 1
        return dt.date.fromordinal(ords[i])

    def workdays_before(self, day: dt.date, n: int) -> dt.date:
        """The N-th working day before `day` (the last working day before `day` is day 1). N ≥ 1."""
        if n < 1:
            raise ValueError("n must be at least 1")
        self._index(day.year - n // 200 - 1, day.year + 1)
        ords = self._workday_ordinals
        return dt.date.fromordinal(ords[bisect_left(ords, day.toordinal()) - n])

    def workdays_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]: how many working days after `start` up to and including `end`."""
        self._index(max(start.year, end.year) + 1)
        ords = self._workday_ordinals
        return bisect_right(ords, end.toordinal()) - bisect_right(ords, start.toordinal())

    def estimated(self, *days: dt.date) -> bool:
        """True when any year from the earliest to the latest of `days` has no published schedule."""
        if not days:
            return False
        return any(y not in self.years for y in range(min(days).year, max(days).year + 1))


def shipped_years(folder: Path) -> dict[int, YearCalendar]:
    """The per-year files shipped with the app (resources/calendar/YYYY.json)."""
    years = {}
    for path in sorted(folder.glob("[12][0-9][0-9][0-9].json")):
        cal = load_year_file(path)
        years[cal.year] = cal
    return years
