"""What the open window works on: the data folder, its Database, the site, the catalog, the
working-day calendar and the disclosure records.

Pages never reload on a timer: an operation that changed data calls `notify(area)` and every page
listening for that area refreshes (Anki's "what changed" idea, kept to a string per area).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from townshipdesk.core.site import Site, get_site
from townshipdesk.core.store import Database

if TYPE_CHECKING:
    from townshipdesk.core.catalog import Catalog
    from townshipdesk.core.concerns import Concerns
    from townshipdesk.core.decisions import Decisions
    from townshipdesk.core.disclosures import Disclosures
    from townshipdesk.core.requests import Requests
    from townshipdesk.core.villages import Villages
    from townshipdesk.core.workdays import WorkCalendar

CATALOG = "catalog"
SITE = "site"
RECORDS = "records"
CALENDAR = "calendar"
VILLAGES = "villages"
DECISIONS = "decisions"  # 公众参与: the decision catalog, consultations and their feedback
UI_SETTINGS_FILE = "ui.ini"


class Session(QObject):
    """One opened data folder. Lives on the UI thread; database work goes through it there."""

    changed = Signal(str)  # the area that changed: CATALOG, SITE, RECORDS, CALENDAR, VILLAGES

    def __init__(self, data_dir: Path, db: Database, parent: QObject | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.db = db
        self._catalog: Catalog | None = None
        self._site = get_site(db)
        self._today = today
        self._now: dt.datetime | None = None
        self._calendar: WorkCalendar | None = None
        self._records: Disclosures | None = None
        self._villages: Villages | None = None

    def today(self) -> dt.date:
        """The date due lists are reckoned from: the system date, unless fixed (tests, screenshots)."""
        return self._today or dt.date.today()

    def now(self) -> dt.datetime:
        """The moment concerns' hours are reckoned from (local time): the clock, unless fixed by set_now, or noon
        of a fixed `today` (tests, screenshots)."""
        if self._now is not None:
            return self._now
        if self._today is not None:
            return dt.datetime.combine(self._today, dt.time(12, 0))
        from townshipdesk.core.concerns import local

        return local(dt.datetime.now(dt.UTC)).replace(second=0, microsecond=0)

    def set_now(self, moment: dt.datetime | None) -> None:
        self._now = moment
        self.notify("concerns")

    def set_today(self, day: dt.date | None) -> None:
        self._today = day
        self._records = None  # it refuses dates after today
        self.notify(RECORDS)

    @property
    def catalog(self) -> Catalog:
        """The catalog's operations; its module loads after the window's first paint, when first used."""
        if self._catalog is None:
            from townshipdesk.core.catalog import Catalog

            self._catalog = Catalog(self.db)
        return self._catalog

    @property
    def calendar(self) -> WorkCalendar:
        """The working-day calendar in force (shipped years, replaced by imported ones); loaded on first use."""
        if self._calendar is None:
            from townshipdesk.core.calendar_store import load_calendar

            self._calendar = load_calendar(self.db)
        return self._calendar

    @property
    def records(self) -> Disclosures:
        """Disclosure records, computing due dates on the current calendar."""
        if self._records is None:
            from townshipdesk.core.disclosures import Disclosures

            self._records = Disclosures(self.db, self.calendar, today=self.today())
        return self._records

    @property
    def villages(self) -> Villages:
        """Villages, their affairs lists and postings, with notice periods on the current calendar."""
        if self._villages is None:
            from townshipdesk.core.villages import Villages

            self._villages = Villages(self.db, self.calendar, today=self.today)
        return self._villages

    @property
    def requests(self) -> Requests:
        """The 依申请公开 register on the calendar in force (built on use: the calendar may have been reloaded)."""
        from townshipdesk.core.requests import Requests

        return Requests(self.db, self.calendar, today=self.today())

    @property
    def concerns(self) -> Concerns:
        """The 回应关切 register, its hours reckoned from `now()` (read at each use)."""
        from townshipdesk.core.concerns import Concerns

        return Concerns(self.db, now=self.now)

    @property
    def decisions(self) -> Decisions:
        """The 公众参与 register (重大行政决策事项目录 and consultations) on the calendar in force."""
        from townshipdesk.core.decisions import Decisions

        return Decisions(self.db, self.calendar, today=self.today())

    def reload_calendar(self) -> None:
        """After a year was imported or corrected: new due dates are computed on the new data."""
        self._calendar = None
        self._records = None
        self._villages = None
        self.notify(CALENDAR)

    @property
    def site(self) -> Site | None:
        return self._site

    def reload_site(self) -> None:
        self._site = get_site(self.db)
        self.notify(SITE)

    def notify(self, area: str) -> None:
        """Tell the pages that data in `area` changed."""
        self.changed.emit(area)

    def ui_settings(self) -> QSettings:
        """Window preferences (language, geometry) kept beside the data, so a USB-stick install carries them."""
        return QSettings(str(self.data_dir / UI_SETTINGS_FILE), QSettings.Format.IniFormat)

    def close(self) -> None:
        self.db.close()
