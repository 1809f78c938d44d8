-- 0015: the 回应关切 / 政务舆情 register (issue 17 part 1). A concern seen somewhere (网络, 媒体, 12345热线 …) is
-- answered within 24 clock hours when major, 48 otherwise (seed 003; 国办发〔2016〕61号). Times are UTC ISO 8601 to
-- the minute; the due time is computed (seen + 24/48 h), never stored, so a corrected major flag moves it.

CREATE TABLE concerns (
    uuid             TEXT PRIMARY KEY,
    site_id          TEXT NOT NULL DEFAULT '',
    number           TEXT NOT NULL,                -- 关切2026-001: per office, per year of the seen time
    source           TEXT NOT NULL,                -- 网络, 媒体, 12345热线, 信访, 领导信箱, 村民反映
    title            TEXT NOT NULL,                -- what the concern is about
    details          TEXT NOT NULL DEFAULT '',
    seen_at          TEXT NOT NULL,                -- when the office saw it (UTC)
    major            INTEGER NOT NULL DEFAULT 0,   -- 影响重大: 24 hours instead of 48
    responder        TEXT NOT NULL DEFAULT '',     -- who answers (回应主体 / 承办人)
    responded_at     TEXT,                         -- when the answer went out (UTC); NULL while open
    response_channel TEXT NOT NULL DEFAULT '',     -- 政府网站, 政务新媒体, 电话回复 …
    response_text    TEXT NOT NULL DEFAULT '',
    response_sha256  TEXT,                         -- the answer as a file, stored by content (files/ab/cdef…)
    response_file    TEXT NOT NULL DEFAULT '',     -- its file name as the clerk chose it
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE UNIQUE INDEX concerns_number ON concerns (site_id, number);
-- The 工作台 and `concern list --due` read the open ones only, oldest first (= most urgent among equals).
CREATE INDEX concerns_open ON concerns (seen_at) WHERE responded_at IS NULL AND deleted_at IS NULL;

CREATE TRIGGER sync_concerns_insert AFTER INSERT ON concerns
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('concerns', NEW.uuid);
END;
CREATE TRIGGER sync_concerns_update AFTER UPDATE ON concerns
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('concerns', NEW.uuid);
END;
