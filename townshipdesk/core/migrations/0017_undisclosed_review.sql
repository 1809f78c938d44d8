-- 0017: the yearly re-assessment of what is not disclosed, and the clean-up of lapsed policies (seed 000,
-- 二(二)1: "每年度要对不予公开的政府信息进行评估，对因情势变化可以公开的政府信息应当公开，对失效政府信息进行清理规范，
-- 及时公开清理结果").

-- A policy that lapsed (失效) or was repealed (废止), from which day, and the document that replaced it (free text:
-- a title or 文号, as the clean-up list prints it).
ALTER TABLE disclosures ADD COLUMN lapse_status TEXT CHECK (lapse_status IN ('失效', '废止'));
ALTER TABLE disclosures ADD COLUMN lapse_date TEXT;
ALTER TABLE disclosures ADD COLUMN replaced_by TEXT NOT NULL DEFAULT '';
-- The day of the record's latest re-assessment (its rows are in undisclosed_reviews): kept on the record so that
-- the 工作台 and the county count and list the reviews due from one index, without a look-up per record.
ALTER TABLE disclosures ADD COLUMN last_reviewed TEXT;

-- Each re-assessment of a record marked 此件不公开 or 此件依申请公开: kept as its history (the audit log has it
-- too) and travelling to the county, which counts the records whose last review is more than a year old.
CREATE TABLE undisclosed_reviews (
    uuid            TEXT PRIMARY KEY,
    site_id         TEXT NOT NULL DEFAULT '',
    disclosure_uuid TEXT NOT NULL REFERENCES disclosures(uuid),
    reviewed_on     TEXT NOT NULL,                       -- the day of the assessment (ISO date)
    attribute       TEXT NOT NULL                        -- what the record was marked when it was assessed
                    CHECK (attribute IN ('此件依申请公开', '此件不公开')),
    outcome         TEXT NOT NULL CHECK (outcome IN ('维持', '转为主动公开')),
    reason          TEXT NOT NULL,
    reviewer        TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX undisclosed_reviews_record ON undisclosed_reviews (disclosure_uuid, reviewed_on);
-- The records to re-assess, by the day their 12 months count from (the last review, else the formation date),
-- written exactly as core/undisclosed_reviews.py writes its queries, which is what lets SQLite use it.
CREATE INDEX disclosures_undisclosed ON disclosures (site_id, coalesce(last_reviewed, formed_date), uuid)
    WHERE deleted_at IS NULL AND lapse_status IS NULL AND attribute IN ('此件依申请公开', '此件不公开');
CREATE INDEX disclosures_lapsed ON disclosures (site_id, lapse_date) WHERE deleted_at IS NULL AND lapse_status IS NOT NULL;

CREATE TRIGGER sync_undisclosed_reviews_insert AFTER INSERT ON undisclosed_reviews
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('undisclosed_reviews', NEW.uuid);
END;
CREATE TRIGGER sync_undisclosed_reviews_update AFTER UPDATE ON undisclosed_reviews
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('undisclosed_reviews', NEW.uuid);
END;
