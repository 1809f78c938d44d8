"""The statutory holidays of 《全国年节及纪念日放假办法》 (as amended 2024, in force from 2025), for years
whose State Council schedule (with its 调休 swaps) is not published yet.

元旦 1 day, 春节 4 days (除夕 to 初三), 清明节 1, 劳动节 2 (1–2 May), 端午节 1, 中秋节 1, 国庆节 3 (1–3 October).
Lunar dates and the 清明 solar term come from tyme4py (a maintained pure-Python calendar library), not a
hand-made table. Only the days off are known this way: the swapped working weekends are announced each
November, so every date counted with these is still an estimate.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

AMENDED_FROM = 2025  # the 2024 amendment (除夕 a holiday, 劳动节 two days) applies from 1 January 2025


def _solar(day: object) -> dt.date:
    return dt.date(day.get_year(), day.get_month(), day.get_day())  # type: ignore[attr-defined]


@lru_cache(maxsize=64)
def statutory_holidays(year: int) -> dict[dt.date, str]:
    """Every statutory day off of `year` (Gregorian), with its name. Empty before the amendment applied."""
    if year < AMENDED_FROM:
        return {}
    from tyme4py.lunar import LunarDay
    from tyme4py.solar import SolarTerm

    days: dict[dt.date, str] = {dt.date(year, 1, 1): "元旦"}
    new_year = _solar(LunarDay.from_ymd(year, 1, 1).get_solar_day())  # 正月初一 falls in the same Gregorian year
    for offset in range(-1, 3):  # 除夕 (the lunar year's last day, 腊月廿九 or 三十) to 初三
        days[new_year + dt.timedelta(days=offset)] = "春节"
    days[_solar(SolarTerm.from_name(year, "清明").get_julian_day().get_solar_day())] = "清明节"
    days[dt.date(year, 5, 1)] = days[dt.date(year, 5, 2)] = "劳动节"
    days[_solar(LunarDay.from_ymd(year, 5, 5).get_solar_day())] = "端午节"
    days[_solar(LunarDay.from_ymd(year, 8, 15).get_solar_day())] = "中秋节"
    for day in (1, 2, 3):  # 中秋 can fall on one of them (2028, 2031 …): both names then
        national = dt.date(year, 10, day)
        days[national] = f"{days[national]}、国庆节" if national in days else "国庆节"
    return days
