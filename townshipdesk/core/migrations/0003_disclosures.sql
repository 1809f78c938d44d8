-- 0003: disclosure records (公开记录) against catalog items, their reviews and attachments.

CREATE TABLE disclosures (
    uuid               TEXT PRIMARY KEY,
    site_id            TEXT NOT NULL DEFAULT '',
    item_uuid          TEXT NOT NULL REFERENCES catalog_items(uuid),
    kind               TEXT NOT NULL DEFAULT 'normal' CHECK (kind IN ('normal', 'interpretation')),
    policy_uuid        TEXT REFERENCES disclosures(uuid),   -- 政策解读: the policy it explains
    title              TEXT NOT NULL,
    doc_number         TEXT NOT NULL DEFAULT '',            -- 文号
    formed_date        TEXT NOT NULL,                       -- 形成/变更日期 (ISO date)
    due_date           TEXT,                                -- in force (computed or set by hand)
    due_computed       TEXT,                                -- what the 时限 gives
    due_estimated      INTEGER NOT NULL DEFAULT 0,          -- computed on weekends only (year not published)
    due_reason         TEXT NOT NULL DEFAULT '',            -- why the due date was changed by hand
    period_start       TEXT,                                -- periodic items: the period this disclosure covers
    period_end         TEXT,
    publish_date       TEXT,
    channels           TEXT NOT NULL DEFAULT '[]',
    attribute          TEXT NOT NULL DEFAULT '此件公开发布'
                       CHECK (attribute IN ('此件公开发布', '此件删减后公开', '此件依申请公开', '此件不公开')),
    attribute_reason   TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    state              TEXT NOT NULL DEFAULT 'draft'
                       CHECK (state IN ('draft', 'pending', 'reviewed', 'published', 'returned')),
    return_comment     TEXT NOT NULL DEFAULT '',
    secrecy_reviewer   TEXT NOT NULL DEFAULT '',            -- 保密审查
    secrecy_at         TEXT,
    release_reviewer   TEXT NOT NULL DEFAULT '',            -- 发布审查
    release_at         TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT
);
CREATE INDEX disclosures_open_due ON disclosures (state, due_date) WHERE deleted_at IS NULL;
CREATE INDEX disclosures_item ON disclosures (item_uuid, period_start);
CREATE INDEX disclosures_formed ON disclosures (formed_date);

CREATE TABLE disclosure_files (
    uuid            TEXT PRIMARY KEY,
    disclosure_uuid TEXT NOT NULL REFERENCES disclosures(uuid),
    sha256          TEXT NOT NULL,
    filename        TEXT NOT NULL,
    size            INTEGER NOT NULL,
    added_at        TEXT NOT NULL,
    removed_at      TEXT
);
CREATE INDEX disclosure_files_record ON disclosure_files (disclosure_uuid);
CREATE INDEX audit_entity ON audit_log (entity, entity_id);
