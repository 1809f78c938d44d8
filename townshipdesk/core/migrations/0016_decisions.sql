-- 0016: 公众参与 — the office's yearly 重大行政决策事项目录 (catalog of major administrative decisions), the
-- consultation (征求意见) on each decision, the comments received with the office's answer to each (采纳情况),
-- and the catalog's history: publication and every adjustment is a row of its own, never an overwrite.

CREATE TABLE decisions (
    uuid                    TEXT PRIMARY KEY,
    site_id                 TEXT NOT NULL DEFAULT '',
    number                  TEXT NOT NULL,                -- 决策2026-01: per office and year
    year                    INTEGER NOT NULL,             -- the catalog's year
    title                   TEXT NOT NULL,
    unit                    TEXT NOT NULL DEFAULT '',     -- 承办单位
    planned_date            TEXT,                         -- 计划决策时间
    status                  TEXT NOT NULL DEFAULT 'planned',  -- planned / consulting / decided / removed
    status_reason           TEXT NOT NULL DEFAULT '',     -- why it left the catalog
    decided_date            TEXT,
    consult_start           TEXT,                         -- 征求意见 first day
    consult_end             TEXT,                         -- … last day (comments accepted to the end of it)
    consult_methods         TEXT NOT NULL DEFAULT '[]',   -- JSON list: 公开征求意见, 听证会, 实地走访 …
    consult_period          TEXT NOT NULL DEFAULT '',     -- the period as the notice words it, e.g. 30日
    consult_short_reason    TEXT NOT NULL DEFAULT '',     -- 因情况紧急等原因缩短期限的说明
    consult_contact         TEXT NOT NULL DEFAULT '',     -- how to give comments, as printed on the notice
    feedback_published_date TEXT,                         -- 意见采纳情况 published
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    deleted_at              TEXT
);
CREATE UNIQUE INDEX decisions_number ON decisions (site_id, number);
CREATE INDEX decisions_year ON decisions (site_id, year);

CREATE TABLE decision_comments (
    uuid          TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL DEFAULT '',
    decision_uuid TEXT NOT NULL REFERENCES decisions (uuid),
    seq           INTEGER NOT NULL,                 -- 1, 2, … within the decision: the K of `--comment K`
    received_date TEXT,
    source        TEXT NOT NULL DEFAULT '',         -- who or where from (村民代表, 网站留言 …)
    count         INTEGER NOT NULL DEFAULT 1,       -- a summarised entry may stand for several comments alike
    text          TEXT NOT NULL,
    adopted       TEXT,                             -- yes / partly / no; NULL until answered
    reason        TEXT NOT NULL DEFAULT '',         -- 采纳情况说明 / 不采纳理由
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE UNIQUE INDEX decision_comments_seq ON decision_comments (decision_uuid, seq);

CREATE TABLE decision_events (
    uuid          TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL DEFAULT '',
    year          INTEGER NOT NULL,
    decision_uuid TEXT REFERENCES decisions (uuid),  -- NULL for the catalog's publication as a whole
    kind          TEXT NOT NULL,                     -- catalog_published / added / adjusted / removed / consulted /
                                                     -- decided / feedback_published
    event_date    TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    detail        TEXT NOT NULL DEFAULT '',          -- what changed, e.g. 计划时间 2026-06-30 → 2026-09-30
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX decision_events_year ON decision_events (site_id, year, event_date);

CREATE TRIGGER sync_decisions_insert AFTER INSERT ON decisions
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('decisions', NEW.uuid);
END;
CREATE TRIGGER sync_decisions_update AFTER UPDATE ON decisions
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('decisions', NEW.uuid);
END;
CREATE TRIGGER sync_decision_comments_insert AFTER INSERT ON decision_comments
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('decision_comments', NEW.uuid);
END;
CREATE TRIGGER sync_decision_comments_update AFTER UPDATE ON decision_comments
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('decision_comments', NEW.uuid);
END;
CREATE TRIGGER sync_decision_events_insert AFTER INSERT ON decision_events
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('decision_events', NEW.uuid);
END;
-- The history is append-only: an adjustment is a new row, never an edit of an old one.
CREATE TRIGGER decision_events_no_update BEFORE UPDATE ON decision_events
WHEN OLD.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    SELECT RAISE(ABORT, 'decision_events is append-only');
END;
