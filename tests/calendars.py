"""A whole year's holiday schedule for tests, as a county would import one (the real 2027 schedule is not
published yet): imports refuse fragments, so tests use a complete year."""

from __future__ import annotations

import datetime as dt

HOLIDAYS_2027 = {
    "元旦": ["2027-01-01", "2027-01-02", "2027-01-03"],
    "春节": [f"2027-02-{d:02d}" for d in range(6, 13)],
    "清明节": ["2027-04-03", "2027-04-04", "2027-04-05"],
    "劳动节": [f"2027-05-{d:02d}" for d in range(1, 6)],
    "端午节": ["2027-06-09", "2027-06-10", "2027-06-11"],
    "中秋节": ["2027-09-15", "2027-09-16", "2027-09-17"],
    "国庆节": [f"2027-10-{d:02d}" for d in range(1, 8)],
}
WORKDAYS_2027 = {"春节": ["2027-02-13", "2027-02-20"], "劳动节": ["2027-05-08"], "国庆节": ["2027-10-09"]}


def schedule(year: int = 2027) -> dict[str, object]:
    """`{year, days}` for `year`: the 2027 pattern moved to that year (weekdays are not kept)."""
    days = []
    for table, off in ((HOLIDAYS_2027, True), (WORKDAYS_2027, False)):
        for name, dates in table.items():
            for text in dates:
                day = dt.date.fromisoformat(text).replace(year=year)
                days.append({"name": name, "date": day.isoformat(), "isOffDay": off})
    return {"year": year, "days": sorted(days, key=lambda d: d["date"])}
