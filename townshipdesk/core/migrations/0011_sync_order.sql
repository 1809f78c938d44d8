-- 0011: sync you can trust.
-- The sender's seq of the row version the county holds: an older version (lower seq) never replaces a newer
-- one, whatever the bundles' clocks say.
CREATE TABLE sync_row_seq (
    tbl     TEXT NOT NULL,
    uuid    TEXT NOT NULL,
    site_id TEXT NOT NULL,
    seq     INTEGER NOT NULL,
    PRIMARY KEY (tbl, uuid)
);
-- A reinstalled township (new key, new site id, same division code): the old site id it replaced.
ALTER TABLE peers ADD COLUMN previous_site_id TEXT;
