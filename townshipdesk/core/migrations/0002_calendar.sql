-- 0002: holiday schedules imported after installation (a file, a county bundle, or typed in by hand).
-- A year here overrides the year shipped in resources/calendar/.

CREATE TABLE calendar_years (
    year        INTEGER PRIMARY KEY,
    data        TEXT NOT NULL,     -- {year, source, days: [{name, date, isOffDay}]}
    origin      TEXT NOT NULL CHECK (origin IN ('file', 'manual', 'bundle')),
    source      TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL
);
