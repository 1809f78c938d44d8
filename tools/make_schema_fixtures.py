"""Write tests/fixtures/schemas/schema-N.sqlite3: a database as each schema version left it, with data.

Run once per new migration (existing files are never rewritten: they stand for databases in the field).
  .venv/bin/python tools/make_schema_fixtures.py
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from townshipdesk.core.store import _migrations, _split_sql

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "schemas"
SITE = "11111111-2222-3333-4444-555555555555"
NOW = "2026-01-05T08:00:00Z"


def seed(conn: sqlite3.Connection, version: int) -> None:
    conn.execute("INSERT INTO site VALUES (1, ?, 'township', '530902100000', '旧版镇', ?)", (SITE, NOW))
    conn.execute("INSERT INTO domains (name, sort, pilot, status) VALUES ('社会救助', 20, 1, 'imported')")
    conn.execute(
        """INSERT INTO catalog_items (uuid, site_id, domain, level1, level2, content, basis, time_limit, body, channels,
               audience, mode, tiers, created_at, updated_at, search_text)
           VALUES ('aaaaaaaa-0000-0000-0000-000000000001', ?, '社会救助', '最低生活保障', '审核确认结果', '名单', '《社会救助暂行办法》',
                   '20个工作日', '乡镇人民政府', '["政府网站"]', '["全社会"]', '["主动"]', '["乡级"]', ?, ?, '最低生活保障')""",
        (SITE, NOW, NOW))
    conn.execute("INSERT INTO catalog_versions (created_at, kind, added, total) VALUES (?, 'import', 1, 1)", (NOW,))
    if version >= 2:
        conn.execute("INSERT INTO calendar_years VALUES (2030, ?, 'manual', 'test', ?)",
                     (json.dumps({"year": 2030, "days": [{"name": "元旦", "date": "2030-01-01", "isOffDay": True}]}), NOW))
    if version >= 3:
        conn.execute("""INSERT INTO disclosures (uuid, site_id, item_uuid, title, formed_date, due_date, created_at, updated_at)
                        VALUES ('bbbbbbbb-0000-0000-0000-000000000001', ?, 'aaaaaaaa-0000-0000-0000-000000000001',
                                '旧版记录', '2026-01-05', '2026-02-03', ?, ?)""", (SITE, NOW, NOW))
    if version >= 5:
        conn.execute("""INSERT INTO villages (uuid, site_id, division_code, name, created_at, updated_at)
                        VALUES ('cccccccc-0000-0000-0000-000000000001', ?, '530902100201', '大河村', ?, ?)""", (SITE, NOW, NOW))
    if version >= 7:
        conn.execute("""INSERT INTO requests (uuid, site_id, received_date, applicant_type, created_at, updated_at)
                        VALUES ('dddddddd-0000-0000-0000-000000000001', ?, '2026-01-05', 'natural', ?, ?)""", (SITE, NOW, NOW))
    if version >= 8:
        conn.execute("UPDATE disclosures SET event_date = '2026-03-01' WHERE uuid = 'bbbbbbbb-0000-0000-0000-000000000001'")
    if version >= 9:
        conn.execute("""INSERT INTO annual_figures (uuid, site_id, year, key, value, updated_at)
                        VALUES ('eeeeeeee-0000-0000-0000-000000000001', ?, 2025, 's2.行政许可.本年处理决定数量', '4', ?)""",
                     (SITE, NOW))
    if version >= 14:
        conn.execute("UPDATE disclosures SET number = '2026-0001'")
        conn.execute("UPDATE requests SET number = '依申2026-001'")
    if version >= 15:
        conn.execute("""INSERT INTO concerns (uuid, site_id, number, source, title, seen_at, major, created_at, updated_at)
                        VALUES ('ffffffff-0000-0000-0000-000000000001', ?, '关切2026-001', '网络', '旧版关切',
                                '2026-01-05T01:30:00Z', 1, ?, ?)""", (SITE, NOW, NOW))
    if version >= 16:
        conn.execute("""INSERT INTO decisions (uuid, site_id, number, year, title, unit, consult_start, consult_end,
                            consult_methods, status, created_at, updated_at)
                        VALUES ('ffffffff-0000-0000-0000-000000000001', ?, '决策2026-01', 2026, '旧版决策事项', '党政办',
                                '2026-01-05', '2026-02-04', '["公开征求意见"]', 'consulting', ?, ?)""", (SITE, NOW, NOW))
    if version >= 17:
        conn.execute("UPDATE disclosures SET lapse_status = '废止', lapse_date = '2026-01-20', replaced_by = '某政发〔2026〕1号', "
                     "last_reviewed = '2026-01-10' WHERE uuid = 'bbbbbbbb-0000-0000-0000-000000000001'")
        conn.execute("""INSERT INTO undisclosed_reviews (uuid, site_id, disclosure_uuid, reviewed_on, attribute, outcome, reason,
                            created_at, updated_at)
                        VALUES ('ffffffff-0000-0000-0000-000000000001', ?, 'bbbbbbbb-0000-0000-0000-000000000001',
                                '2026-01-10', '此件不公开', '维持', '仍涉及个人隐私', ?, ?)""", (SITE, NOW, NOW))
    if version >= 18:
        conn.execute("""INSERT INTO village_items (uuid, village_uuid, category, name, rhythm, sort, site_id, updated_at, basis,
                            statutory)
                        VALUES ('ffffffff-0000-0000-0000-000000000001', 'cccccccc-0000-0000-0000-000000000001', '事务类',
                                '土地承包经营方案', 'immediate', 1, ?, ?, '《村民委员会组织法》第二十四条第一款第（四）项', 1)""",
                     (SITE, NOW))
        conn.execute("""INSERT INTO village_events (uuid, site_id, village_uuid, item_uuid, title, event_date, due_date,
                            created_at, updated_at)
                        VALUES ('ffffffff-0000-0000-0000-000000000002', ?, 'cccccccc-0000-0000-0000-000000000001',
                                'ffffffff-0000-0000-0000-000000000001', '土地承包经营方案经村民会议通过', '2026-01-05',
                                '2026-01-12', ?, ?)""", (SITE, NOW, NOW))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    migrations = _migrations()
    for target, _, _ in migrations:
        path = OUT / f"schema-{target}.sqlite3"
        if path.exists():
            continue
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN")
        for number, _name, sql in migrations:
            if number > target:
                break
            for statement in _split_sql(sql):
                conn.execute(statement)
        seed(conn, target)
        conn.execute(f"PRAGMA user_version = {target}")
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        conn.close()
        print("wrote", path.name)


if __name__ == "__main__":
    main()
