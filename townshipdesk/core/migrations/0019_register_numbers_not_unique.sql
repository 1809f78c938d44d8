-- 关切 and 决策 numbers are the township's to say on the phone, not a key. A township restored from an old backup
-- gives the numbers of the rows it lost again (as records, requests and postings do, migration 0014), and the
-- county holds both rows, told apart by their ids: a unique index made the county refuse every later bundle of
-- that township. Each office still never gives one number twice (core/numbers.py takes the next after the last).
DROP INDEX concerns_number;
CREATE INDEX concerns_number ON concerns (site_id, number);
DROP INDEX decisions_number;
CREATE INDEX decisions_number ON decisions (site_id, number);
