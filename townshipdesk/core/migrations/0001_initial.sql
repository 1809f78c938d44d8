-- 0001: installation identity, the standard catalog with its versions, and the audit log.

CREATE TABLE site (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    site_id       TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('township', 'county')),
    division_code TEXT NOT NULL CHECK (length(division_code) = 12),
    name          TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Policy domains (领域). `status`: guideline = shipped, summarised from the national guideline;
-- placeholder = shipped illustrative outline, not real; imported = came from a county workbook;
-- local = created here.
CREATE TABLE domains (
    name             TEXT PRIMARY KEY,
    sort             INTEGER NOT NULL,
    pilot            INTEGER NOT NULL DEFAULT 0,
    guide            TEXT NOT NULL DEFAULT '',
    guide_department TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'local'
                     CHECK (status IN ('guideline', 'placeholder', 'imported', 'local')),
    status_note      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE catalog_items (
    uuid           TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL DEFAULT '',
    domain         TEXT NOT NULL REFERENCES domains(name),
    level1         TEXT NOT NULL,
    level2         TEXT NOT NULL DEFAULT '',
    content        TEXT NOT NULL DEFAULT '',
    basis          TEXT NOT NULL DEFAULT '',
    time_limit     TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL DEFAULT '',
    channels       TEXT NOT NULL DEFAULT '[]',  -- JSON list of channel names in use
    audience       TEXT NOT NULL DEFAULT '[]',  -- JSON list: 全社会 / 特定群体
    mode           TEXT NOT NULL DEFAULT '[]',  -- JSON list: 主动 / 依申请
    tiers          TEXT NOT NULL DEFAULT '[]',  -- JSON list: 县级 / 乡级 / 村级
    origin         TEXT NOT NULL DEFAULT 'standard' CHECK (origin IN ('standard', 'local')),
    sort           INTEGER NOT NULL DEFAULT 0,
    source         TEXT NOT NULL DEFAULT '',
    retired_at     TEXT,
    retired_reason TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    search_text    TEXT NOT NULL DEFAULT ''     -- NFKC + casefold of every element, for search
);
-- One row per (domain, 一级事项, 二级事项): a retired item that comes back is the same item.
CREATE UNIQUE INDEX catalog_items_key ON catalog_items (domain, level1, level2);
CREATE INDEX catalog_items_active ON catalog_items (retired_at, domain, sort);

CREATE TABLE catalog_versions (
    number     INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('shipped', 'import', 'edit')),
    source     TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    added      INTEGER NOT NULL DEFAULT 0,
    changed    INTEGER NOT NULL DEFAULT 0,
    retired    INTEGER NOT NULL DEFAULT 0,
    total      INTEGER NOT NULL DEFAULT 0
);

-- The active catalog as it stood at each version (a snapshot, so any two versions can be compared).
CREATE TABLE catalog_version_items (
    version INTEGER NOT NULL REFERENCES catalog_versions(number) ON DELETE CASCADE,
    uuid    TEXT NOT NULL,
    data    TEXT NOT NULL,
    PRIMARY KEY (version, uuid)
);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL DEFAULT '',
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL DEFAULT '',
    entity_id TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT ''
);
