-- 0005: villages (行政村), their groups (村民小组), village affairs lists (公开事项清单) and postings.

CREATE TABLE villages (
    uuid          TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL DEFAULT '',
    division_code TEXT NOT NULL UNIQUE CHECK (length(division_code) = 12),
    name          TEXT NOT NULL,
    phone         TEXT NOT NULL DEFAULT '',   -- 监督电话 printed on its sheets
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);

CREATE TABLE village_groups (
    uuid         TEXT PRIMARY KEY,
    village_uuid TEXT NOT NULL REFERENCES villages(uuid),
    name         TEXT NOT NULL,
    UNIQUE (village_uuid, name)
);

-- rhythm: monthly (finances moving a lot), quarterly (ordinary items), immediate (major matters).
CREATE TABLE village_items (
    uuid         TEXT PRIMARY KEY,
    village_uuid TEXT NOT NULL REFERENCES villages(uuid),
    category     TEXT NOT NULL,
    name         TEXT NOT NULL,
    rhythm       TEXT NOT NULL CHECK (rhythm IN ('monthly', 'quarterly', 'immediate')),
    sort         INTEGER NOT NULL DEFAULT 0,
    retired_at   TEXT,
    UNIQUE (village_uuid, name)
);

CREATE TABLE village_postings (
    uuid            TEXT PRIMARY KEY,
    site_id         TEXT NOT NULL DEFAULT '',
    village_uuid    TEXT NOT NULL REFERENCES villages(uuid),
    item_uuid       TEXT NOT NULL REFERENCES village_items(uuid),
    title           TEXT NOT NULL,
    posted_date     TEXT NOT NULL,
    notice_start    TEXT,
    notice_end      TEXT,
    reviewers       TEXT NOT NULL DEFAULT '[]',  -- 村务监督委员会 members who reviewed it
    objections      TEXT NOT NULL DEFAULT '',
    objection_reply TEXT NOT NULL DEFAULT '',
    sheet_sha256    TEXT,                          -- the printed PDF, stored by content
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX village_postings_item ON village_postings (item_uuid, posted_date);
