"""What the open window works on: the data folder, its Database, the site and the catalog.

Pages never reload on a timer: an operation that changed data calls `notify(area)` and every page
listening for that area refreshes (Anki's "what changed" idea, kept to a string per area).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from townshipdesk.core.catalog import Catalog
from townshipdesk.core.site import Site, get_site
from townshipdesk.core.store import Database

CATALOG = "catalog"
SITE = "site"
UI_SETTINGS_FILE = "ui.ini"


class Session(QObject):
    """One opened data folder. Lives on the UI thread; database work goes through it there."""

    changed = Signal(str)  # the area that changed: CATALOG, SITE

    def __init__(self, data_dir: Path, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.db = db
        self.catalog = Catalog(db)
        self._site = get_site(db)

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
