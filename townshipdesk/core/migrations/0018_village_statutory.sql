-- 0018: the village affairs items the law names, their legal basis (依据), and events of items published 随时.
-- 《村民委员会组织法》(2018) Arts. 24, 30, 35; the texts are quoted in docs/village-affairs-law.md.

-- Every item says where the duty comes from, and whether the law itself names it (it cannot be taken off a list).
ALTER TABLE village_items ADD COLUMN basis TEXT NOT NULL DEFAULT '';
ALTER TABLE village_items ADD COLUMN statutory INTEGER NOT NULL DEFAULT 0 CHECK (statutory IN (0, 1));

-- The items of the old default list (resources/village_items.json, format 1) gain their basis, as the list now gives it.
WITH old(name, basis) AS (VALUES
    ('村规民约、村民自治章程', '《村民委员会组织法》第二十七条、第三十条第二款'),
    ('村民会议、村民代表会议决定事项及实施情况', '《村民委员会组织法》第三十条第二款第（一）项'),
    ('最低生活保障对象名单及保障金额', '《村民委员会组织法》第三十条第二款第（三）项'),
    ('特困人员救助供养对象名单', '《村民委员会组织法》第三十条第二款第（三）项'),
    ('临时救助对象名单及救助金额', '《村民委员会组织法》第三十条第二款第（三）项'),
    ('惠农补贴（耕地地力保护补贴等）发放名单', '《村民委员会组织法》第三十条第二款第（三）项'),
    ('高龄津贴、养老服务补贴发放情况', '《村民委员会组织法》第三十条第二款第（三）项'),
    ('巩固拓展脱贫攻坚成果和乡村振兴项目及资金', '《村民委员会组织法》第三十条第二款第（三）项；国办发〔2019〕54号'),
    ('宅基地审批、集体土地征收补偿', '《村民委员会组织法》第二十四条第一款第（六）（七）项、第三十条第二款第（一）项'),
    ('计划生育、医疗救助等政策落实情况', '《村民委员会组织法》第三十条第二款第（二）（三）项'),
    ('村级财务收支情况', '《村民委员会组织法》第三十条第三款（集体财务往来较多的，财务收支情况应当每月公布一次）'),
    ('集体资产、资源发包租赁及收益分配', '《村民委员会组织法》第二十四条第一款第（二）（八）项、第三十条第二款第（一）项'),
    ('一事一议筹资筹劳及村级公益事业建设项目', '《村民委员会组织法》第二十四条第一款第（三）项、第三十条第二款第（一）项'),
    ('村干部误工补贴', '《村民委员会组织法》第二十四条第一款第（一）项、第三十条第二款第（一）项'))
UPDATE village_items SET basis = (SELECT basis FROM old WHERE old.name = village_items.name),
                         updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
WHERE basis = '' AND name IN (SELECT name FROM old)
  AND site_id = (SELECT site_id FROM site WHERE id = 1);

-- The law requires these of every village: villages this office keeps gain them now (they travel to the county
-- like any new item). A village that already has an item of that name keeps it, marked as the statutory one.
-- Villages of other sites (a county's copies) get theirs from their own township's bundle.
CREATE TEMP TABLE statutory (n INTEGER, category TEXT, name TEXT, rhythm TEXT, basis TEXT);
INSERT INTO statutory VALUES
    (1, '事务类', '协助人民政府开展工作的情况', 'quarterly', '《村民委员会组织法》第三十条第二款第（四）项；一般事项至少每季度公布一次（第三十条第三款）'),
    (2, '财务类', '接受社会捐赠款物的管理使用情况', 'quarterly', '《村民委员会组织法》第三十条第二款第（三）项；一般事项至少每季度公布一次（第三十条第三款）'),
    (3, '财务类', '村民委员会成员任期和离任经济责任审计结果', 'immediate', '《村民委员会组织法》第三十五条第二款：审计结果应当公布，离任经济责任审计结果应当在下一届村民委员会选举之前公布'),
    (4, '事务类', '土地承包经营方案', 'immediate', '《村民委员会组织法》第二十四条第一款第（四）项、第三十条第二款第（一）项；重大事项随时公布（第三十条第三款）'),
    (5, '财务类', '征地补偿费的使用、分配方案', 'immediate', '《村民委员会组织法》第二十四条第一款第（七）项、第三十条第二款第（一）项；重大事项随时公布（第三十条第三款）');
UPDATE village_items SET statutory = 1,
                         basis = CASE WHEN basis = '' THEN (SELECT basis FROM statutory s WHERE s.name = village_items.name)
                                      ELSE basis END,
                         updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
WHERE name IN (SELECT name FROM statutory) AND site_id = (SELECT site_id FROM site WHERE id = 1);

INSERT INTO village_items (uuid, village_uuid, category, name, rhythm, sort, site_id, updated_at, basis, statutory)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8'
             || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       v.uuid, s.category, s.name, s.rhythm,
       (SELECT coalesce(max(i.sort), 0) FROM village_items i WHERE i.village_uuid = v.uuid) + s.n,
       v.site_id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), s.basis, 1
FROM villages v CROSS JOIN statutory s
WHERE v.deleted_at IS NULL AND v.site_id = (SELECT site_id FROM site WHERE id = 1)
  AND NOT EXISTS (SELECT 1 FROM village_items i WHERE i.village_uuid = v.uuid AND i.name = s.name)
ORDER BY v.uuid, s.n;
DROP TABLE temp.statutory;

-- A matter published 随时 (Art. 30: 涉及村民利益的重大事项应当随时公布) is tracked per event: the event is recorded,
-- a posting is due by due_date (core/village_events.py: 5 working days), and the posting that went up clears it.
CREATE TABLE village_events (
    uuid          TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL DEFAULT '',
    village_uuid  TEXT NOT NULL REFERENCES villages(uuid),
    item_uuid     TEXT NOT NULL REFERENCES village_items(uuid),
    title         TEXT NOT NULL,
    event_date    TEXT NOT NULL,
    due_date      TEXT NOT NULL,
    due_estimated INTEGER NOT NULL DEFAULT 0,
    posting_uuid  TEXT REFERENCES village_postings(uuid),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX village_events_open ON village_events (due_date, site_id) WHERE posting_uuid IS NULL AND deleted_at IS NULL;
CREATE INDEX village_events_item ON village_events (item_uuid, event_date);

CREATE TRIGGER sync_village_events_insert AFTER INSERT ON village_events
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('village_events', NEW.uuid);
END;
CREATE TRIGGER sync_village_events_update AFTER UPDATE ON village_events
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('village_events', NEW.uuid);
END;
