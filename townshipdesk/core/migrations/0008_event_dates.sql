-- 0008: the event a record's deadline counts back from ("开始日前20日发布公告", "会议召开5日前").
-- Without it such a record has no due date and is flagged 需要事件日期, never counted forwards.

ALTER TABLE disclosures ADD COLUMN event_date TEXT;
