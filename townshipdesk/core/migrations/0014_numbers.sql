-- 0014: numbers a clerk can say on the phone (core/numbers.py): 2026-0012 for a disclosure record (year formed),
-- 依申2026-003 for a request (year received), 村务2026-0001 for a village posting (year posted), counted per office.
-- This office's existing rows are numbered in the order they were created; the update re-queues them for the
-- next bundle, so the county learns their numbers. Rows received from townships get theirs from the township
-- (numbering them here could clash with what the township gives them).

ALTER TABLE disclosures ADD COLUMN number TEXT;
ALTER TABLE requests ADD COLUMN number TEXT;
ALTER TABLE village_postings ADD COLUMN number TEXT;

CREATE TEMP TABLE numbering (tbl TEXT NOT NULL, uuid TEXT NOT NULL, number TEXT NOT NULL, PRIMARY KEY (tbl, uuid));

INSERT INTO numbering (tbl, uuid, number)
SELECT 'disclosures', uuid, printf('%s-%04d', substr(formed_date, 1, 4),
       row_number() OVER (PARTITION BY substr(formed_date, 1, 4) ORDER BY created_at, rowid))
FROM disclosures WHERE site_id = (SELECT site_id FROM site WHERE id = 1);

INSERT INTO numbering (tbl, uuid, number)
SELECT 'requests', uuid, printf('依申%s-%03d', substr(received_date, 1, 4),
       row_number() OVER (PARTITION BY substr(received_date, 1, 4) ORDER BY created_at, rowid))
FROM requests WHERE site_id = (SELECT site_id FROM site WHERE id = 1);

INSERT INTO numbering (tbl, uuid, number)
SELECT 'village_postings', uuid, printf('村务%s-%04d', substr(posted_date, 1, 4),
       row_number() OVER (PARTITION BY substr(posted_date, 1, 4) ORDER BY created_at, rowid))
FROM village_postings WHERE site_id = (SELECT site_id FROM site WHERE id = 1);

UPDATE disclosures SET number = (SELECT n.number FROM numbering n WHERE n.tbl = 'disclosures' AND n.uuid = disclosures.uuid)
WHERE uuid IN (SELECT uuid FROM numbering WHERE tbl = 'disclosures');
UPDATE requests SET number = (SELECT n.number FROM numbering n WHERE n.tbl = 'requests' AND n.uuid = requests.uuid)
WHERE uuid IN (SELECT uuid FROM numbering WHERE tbl = 'requests');
UPDATE village_postings SET number = (SELECT n.number FROM numbering n WHERE n.tbl = 'village_postings'
                                      AND n.uuid = village_postings.uuid)
WHERE uuid IN (SELECT uuid FROM numbering WHERE tbl = 'village_postings');

DROP TABLE temp.numbering;

-- Looking a number up, and taking the next one, read these. Not UNIQUE: numbers are taken inside the inserting
-- transaction, so an office never gives one twice; but a township that restored an old backup gives again the
-- numbers of the rows it lost, and the county, which still holds those rows, must take the new ones all the same.
CREATE INDEX disclosures_number ON disclosures (number, site_id);
CREATE INDEX requests_number ON requests (number, site_id);
CREATE INDEX village_postings_number ON village_postings (number, site_id);
