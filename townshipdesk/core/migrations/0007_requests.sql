-- 0007: disclosure requests (依申请公开) with their statutory clock, and hand-entered annual report figures.

CREATE TABLE requests (
    uuid              TEXT PRIMARY KEY,
    site_id           TEXT NOT NULL DEFAULT '',
    received_date     TEXT NOT NULL,
    channel           TEXT NOT NULL DEFAULT '其他',
    applicant_type    TEXT NOT NULL,
    applicant_name    TEXT NOT NULL DEFAULT '',
    applicant_contact TEXT NOT NULL DEFAULT '',
    content           TEXT NOT NULL DEFAULT '',     -- the information asked for
    accepted_date     TEXT,                         -- 受理
    correction_notice TEXT,                         -- 补正通知 date
    corrected_date    TEXT,                         -- corrected request received: the clock restarts
    consult_start     TEXT,                         -- 征求意见 (third party or other agency)
    consult_end       TEXT,
    consult_party     TEXT NOT NULL DEFAULT '',
    opinion_date      TEXT,                         -- 提出办理意见
    approval_date     TEXT,                         -- 报批
    extension_date    TEXT,                         -- 延期 decided and notified (once, ≤ 20 working days)
    decision_date     TEXT,                         -- 作出决定
    served_date       TEXT,                         -- 送达
    outcome           TEXT,                         -- national outcome code, e.g. 1, 2, 3.4, 5.2
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT
);
CREATE INDEX requests_received ON requests (received_date);

CREATE TABLE report_figures (
    year  INTEGER NOT NULL,
    key   TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (year, key)
);

CREATE TRIGGER sync_requests_insert AFTER INSERT ON requests
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('requests', NEW.uuid);
END;
CREATE TRIGGER sync_requests_update AFTER UPDATE ON requests
WHEN NEW.site_id = (SELECT site_id FROM site WHERE id = 1)
BEGIN
    INSERT INTO sync_changes (tbl, uuid) VALUES ('requests', NEW.uuid);
END;
