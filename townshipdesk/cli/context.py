"""What every command gets: the data folder, and the database opened on first use."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from townshipdesk.core.datadir import database_path, resolve_data_dir
from townshipdesk.core.site import Site, require_site
from townshipdesk.core.store import Database, folder_writable


@dataclass
class Context:
    data_dir_option: str | None
    json: bool = False
    _db: Database | None = field(default=None, repr=False)

    @property
    def data_dir(self) -> Path:
        return resolve_data_dir(self.data_dir_option)

    @property
    def read_only(self) -> bool:
        """The data folder cannot be written by this user: commands that only look still work."""
        return not folder_writable(self.data_dir, database_path(self.data_dir))

    @property
    def db(self) -> Database:
        if self._db is None:
            if self.read_only:
                self._db = Database(database_path(self.data_dir), read_only=True)
                return self._db
            self._db = Database(database_path(self.data_dir))
            from townshipdesk.core.backup import daily_backup

            daily_backup(self._db)
        return self._db

    @property
    def database_exists(self) -> bool:
        return self._db is not None or database_path(self.data_dir).exists()

    def site(self) -> Site:
        """The installation's identity; commands that change data need it (SetupError before `init`)."""
        return require_site(self.db)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
