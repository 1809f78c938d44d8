-- 0013: the county aggregate reads every township's records of a year once, grouped by township and catalog
-- item; this index holds every column it needs, in that order, so the pass never visits the table itself
-- (300,000 row look-ups one at a time took seconds at a county with 30 townships).
CREATE INDEX disclosures_aggregate ON disclosures (site_id, item_uuid, formed_date, state, due_date, attribute)
    WHERE deleted_at IS NULL;
