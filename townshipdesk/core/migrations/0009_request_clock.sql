-- 0009: the request clock as the Regulation counts it (channel of receipt, consultation capped at the third
-- party's 15 working days, shorter extensions, the information-processing fee), and the hand-entered annual
-- report figures as rows that travel to the county (the county sums sections 二 and 四 like 三).

-- Art. 31: by post the date is the day the office signs for it. Older rows said only "信函"; their received
-- date was the day the letter was in hand, which is the signing-for date of a posted letter.
UPDATE requests SET channel = '邮寄' WHERE channel = '信函';
ALTER TABLE requests ADD COLUMN arrived_date TEXT;             -- the day an ordinary letter / online form / fax arrived
ALTER TABLE requests ADD COLUMN extension_days INTEGER;        -- NULL with an extension: the full 20 working days
ALTER TABLE requests ADD COLUMN fee_notice_date TEXT;          -- 收费通知 issued (信息处理费, 国办函〔2020〕109号)
ALTER TABLE requests ADD COLUMN fee_served_date TEXT;          -- the notice reached the applicant: the clock stops
ALTER TABLE requests ADD COLUMN fee_amount TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN fee_paid_date TEXT;            -- paid: the clock runs again

CREATE TABLE annual_figures (
    uuid       TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL DEFAULT '',
    year       INTEGER NOT NULL,
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX annual_figures_key ON annual_figures (site_id, year, key);

INSERT INTO annual_figures (uuid, site_id, year, key, value, updated_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8'
             || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       coalesce((SELECT site_id FROM site WHERE id = 1), ''), year, key, value,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM report_figures;
DROP TABLE report_figures;

CREATE TRIGGER sync_annual_figures_insert AFTER INSERT ON annual_figures
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('annual_figures', NEW.uuid);
END;
CREATE TRIGGER sync_annual_figures_update AFTER UPDATE ON annual_figures
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('annual_figures', NEW.uuid);
END;
