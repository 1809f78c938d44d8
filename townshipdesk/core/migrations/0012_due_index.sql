-- 0012: the 工作台's due figures straight from indexes. Partial indexes hold only the records still to disclose
-- (a tenth of them in a busy office), in the order the lists show them, with what the counts by domain and the
-- estimate banner need: counts and the first rows never read the table itself. Their WHERE clauses are written
-- exactly as core/disclosures.py writes its queries, which is what lets SQLite use them; the columns of those
-- clauses are in the indexes too (one value each there), since SQLite counts an index as covering only then.

CREATE INDEX disclosures_due_open ON disclosures (due_date, formed_date, uuid, item_uuid, due_estimated, state, attribute, deleted_at)
    WHERE deleted_at IS NULL AND state IN ('draft', 'pending', 'reviewed', 'returned')
      AND attribute IN ('此件公开发布', '此件删减后公开');
CREATE INDEX disclosures_due_event ON disclosures (formed_date, uuid, item_uuid, state, attribute, deleted_at, due_date, event_date, kind)
    WHERE deleted_at IS NULL AND state IN ('draft', 'pending', 'reviewed', 'returned')
      AND attribute IN ('此件公开发布', '此件删减后公开') AND due_date IS NULL AND event_date IS NULL AND kind = 'normal';
CREATE INDEX disclosures_pending ON disclosures (due_date, uuid, item_uuid, due_estimated, state, deleted_at)
    WHERE deleted_at IS NULL AND state = 'pending';
