-- 0006: sync between townships and the county: trusted keys, a change log of this site's own rows,
-- bundles in and out, and what the county last received from each township.

-- A county database holds every township's catalog: an item is unique within its site.
DROP INDEX catalog_items_key;
CREATE UNIQUE INDEX catalog_items_key ON catalog_items (site_id, domain, level1, level2);

ALTER TABLE village_groups ADD COLUMN site_id TEXT NOT NULL DEFAULT '';
ALTER TABLE village_items ADD COLUMN site_id TEXT NOT NULL DEFAULT '';
UPDATE village_groups SET site_id = (SELECT site_id FROM villages v WHERE v.uuid = village_uuid);
UPDATE village_items SET site_id = (SELECT site_id FROM villages v WHERE v.uuid = village_uuid);
ALTER TABLE village_groups ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE village_items ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';

CREATE TABLE trusted_keys (
    sign_key      TEXT PRIMARY KEY,           -- base64 Ed25519 public key
    box_key       TEXT NOT NULL,              -- base64 X25519 public key
    site_id       TEXT NOT NULL,
    role          TEXT NOT NULL,
    division_code TEXT NOT NULL,
    name          TEXT NOT NULL,
    fingerprint   TEXT NOT NULL,
    trusted_at    TEXT NOT NULL,
    replaced_at   TEXT                        -- set when a newer card of the same site replaced it
);
CREATE INDEX trusted_keys_site ON trusted_keys (site_id, replaced_at);

-- Every insert or update of this site's own synced rows; the upward bundle carries all since the last receipt.
CREATE TABLE sync_changes (
    seq  INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl  TEXT NOT NULL,
    uuid TEXT NOT NULL,
    at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX sync_changes_row ON sync_changes (tbl, uuid, seq);

CREATE TABLE bundles (
    bundle_id    TEXT PRIMARY KEY,
    direction    TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    kind         TEXT NOT NULL,
    peer_site_id TEXT NOT NULL,
    peer_name    TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    seq_from     INTEGER NOT NULL DEFAULT 0,
    seq_to       INTEGER NOT NULL DEFAULT 0,
    handled_at   TEXT NOT NULL,
    path         TEXT NOT NULL DEFAULT '',
    result       TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE peers (
    site_id            TEXT PRIMARY KEY,
    division_code      TEXT NOT NULL,
    name               TEXT NOT NULL,
    last_bundle_id     TEXT,
    last_created_at    TEXT,
    last_seq_to        INTEGER NOT NULL DEFAULT 0,
    last_received_at   TEXT
);

-- Change-log triggers: only rows this site owns are logged (rows received from townships are not).
CREATE TRIGGER sync_catalog_items_insert AFTER INSERT ON catalog_items
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('catalog_items', NEW.uuid);
END;
CREATE TRIGGER sync_catalog_items_update AFTER UPDATE ON catalog_items
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('catalog_items', NEW.uuid);
END;
CREATE TRIGGER sync_disclosures_insert AFTER INSERT ON disclosures
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('disclosures', NEW.uuid);
END;
CREATE TRIGGER sync_disclosures_update AFTER UPDATE ON disclosures
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('disclosures', NEW.uuid);
END;
CREATE TRIGGER sync_disclosure_files_insert AFTER INSERT ON disclosure_files
WHEN (SELECT site_id FROM disclosures d WHERE d.uuid = NEW.disclosure_uuid) = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('disclosure_files', NEW.uuid);
END;
CREATE TRIGGER sync_disclosure_files_update AFTER UPDATE ON disclosure_files
WHEN (SELECT site_id FROM disclosures d WHERE d.uuid = NEW.disclosure_uuid) = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('disclosure_files', NEW.uuid);
END;
CREATE TRIGGER sync_villages_insert AFTER INSERT ON villages
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('villages', NEW.uuid);
END;
CREATE TRIGGER sync_villages_update AFTER UPDATE ON villages
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('villages', NEW.uuid);
END;
CREATE TRIGGER sync_village_groups_insert AFTER INSERT ON village_groups
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('village_groups', NEW.uuid);
END;
CREATE TRIGGER sync_village_groups_update AFTER UPDATE ON village_groups
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('village_groups', NEW.uuid);
END;
CREATE TRIGGER sync_village_items_insert AFTER INSERT ON village_items
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('village_items', NEW.uuid);
END;
CREATE TRIGGER sync_village_items_update AFTER UPDATE ON village_items
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('village_items', NEW.uuid);
END;
CREATE TRIGGER sync_village_postings_insert AFTER INSERT ON village_postings
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('village_postings', NEW.uuid);
END;
CREATE TRIGGER sync_village_postings_update AFTER UPDATE ON village_postings
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('village_postings', NEW.uuid);
END;
