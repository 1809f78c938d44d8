"""Convert the `chinesecalendar` package's holiday data into resources/calendar/YYYY.json.

Build-time only: offices cannot pip-upgrade, so the app reads the JSON files, which a county bundle or
`calendar import` can update. Run: pip install chinesecalendar && python tools/calendar_from_chinesecalendar.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from chinese_calendar.constants import holidays, workdays  # type: ignore[import-not-found]

NAMES = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节", "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节", "Mid-autumn Festival": "中秋节", "National Day": "国庆节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}
OUT = Path(__file__).resolve().parents[1] / "resources" / "calendar"


def main() -> None:
    years: dict[int, list[dict[str, object]]] = defaultdict(list)
    for day, name in holidays.items():
        years[day.year].append({"name": NAMES.get(name, name), "date": day.isoformat(), "isOffDay": True})
    for day, name in workdays.items():
        years[day.year].append({"name": NAMES.get(name, name), "date": day.isoformat(), "isOffDay": False})
    OUT.mkdir(parents=True, exist_ok=True)
    for year, days in sorted(years.items()):
        days.sort(key=lambda d: str(d["date"]))
        data = {"year": year, "source": "chinesecalendar 1.11.0 (国务院办公厅节假日安排通知)", "days": days}
        (OUT / f"{year}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(year, len(days))


if __name__ == "__main__":
    main()
