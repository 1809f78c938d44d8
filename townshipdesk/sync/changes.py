"""Rows that travel in bundles: collecting this site's changes, and applying a sender's rows safely."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from townshipdesk.core.store import Database
from townshipdesk.errors import BundleRefused
from townshipdesk.i18n import msg

# Parents before children, so foreign keys hold while rows are applied.
SYNCED_TABLES = ("catalog_items", "villages", "village_groups", "village_items", "disclosures", "disclosure_files",
                 "village_postings", "requests", "annual_figures")
# Columns never taken from a bundle (derived locally).
LOCAL_COLUMNS = {"catalog_items": {"search_text"}}


def table_columns(db: Database, table: str) -> list[str]:
    return [r[1] for r in db.conn.execute(f"PRAGMA table_info({table})").fetchall()]


def owner_of(db: Database, table: str, row: dict[str, Any]) -> str:
    """The site a row belongs to (disclosure files belong to their record's site)."""
    if table == "disclosure_files":
        found = db.conn.execute("SELECT site_id FROM disclosures WHERE uuid = ?", (row.get("disclosure_uuid"),)).fetchone()
        return found[0] if found else ""
    return str(row.get("site_id", ""))


def collect_changes(db: Database, since_seq: int) -> tuple[list[dict[str, Any]], int, int]:
    """This site's rows changed after `since_seq`, as they are now: (changes, first seq, last seq)."""
    rows = db.query("SELECT tbl, uuid, max(seq) AS seq, min(seq) AS first FROM sync_changes WHERE seq > ? "
                    "GROUP BY tbl, uuid ORDER BY seq", (since_seq,))
    if not rows:
        last = db.conn.execute("SELECT coalesce(max(seq), 0) FROM sync_changes").fetchone()[0]
        return [], since_seq, max(last, since_seq)
    by_table: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_table.setdefault(r["tbl"], []).append(r)
    changes = []
    for table in SYNCED_TABLES:
        entries = by_table.get(table, [])
        columns = [c for c in table_columns(db, table) if c not in LOCAL_COLUMNS.get(table, set())]
        for start in range(0, len(entries), 500):
            chunk = entries[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found = {r["uuid"]: r for r in db.query(f"SELECT {', '.join(columns)} FROM {table} WHERE uuid IN ({marks})",
                                                     [e["uuid"] for e in chunk])}
            for e in chunk:
                if e["uuid"] in found:
                    changes.append({"table": table, "uuid": e["uuid"], "op": "upsert", "seq": e["seq"], "row": found[e["uuid"]]})
    first = min(r["first"] for r in rows)
    last = max(r["seq"] for r in rows)
    return changes, first, last


@dataclass
class ApplyResult:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    files: int = 0

    @property
    def changed(self) -> int:
        return sum(self.inserted.values()) + sum(self.updated.values())

    def to_json(self) -> dict[str, Any]:
        return {"inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged, "files": self.files,
                "changed": self.changed}


def apply_changes(db: Database, changes: list[dict[str, Any]], sender_site_id: str) -> ApplyResult:
    """Upsert a sender's rows inside the caller's transaction. Refuses rows the sender does not own."""
    result = ApplyResult()
    columns = {t: set(table_columns(db, t)) for t in SYNCED_TABLES}
    order = {t: i for i, t in enumerate(SYNCED_TABLES)}
    for change in sorted(changes, key=lambda c: (order.get(c["table"], 99), c.get("seq", 0))):
        table, row = change["table"], change["row"]
        if table not in columns:
            raise BundleRefused(msg("同步包含未知的数据表“{t}”", "The bundle holds an unknown table '{t}'", t=table))
        if change.get("op", "upsert") != "upsert" or row.get("uuid") != change["uuid"]:
            raise BundleRefused(msg("同步包中的一条变更格式不对（{t}）", "A change in the bundle is malformed ({t})", t=table))
        unknown = set(row) - columns[table]
        if unknown:
            raise BundleRefused(msg("同步包中“{t}”含本程序不认识的字段 {c}，请升级", "'{t}' has fields this program does not know "
                                    "({c}); upgrade", t=table, c=", ".join(sorted(unknown))))
        if any(not isinstance(v, str | int | float | type(None)) for v in row.values()):
            raise BundleRefused(msg("同步包中“{t}”的字段值类型不对", "A value in '{t}' has the wrong type", t=table))
        if table != "disclosure_files" and row.get("site_id") != sender_site_id:
            raise BundleRefused(msg("同步包试图写入不属于发送方的数据（{t}），已拒绝", "The bundle tries to write rows the sender does "
                                    "not own ({t}); refused", t=table))
        existing = db.conn.execute(f"SELECT * FROM {table} WHERE uuid = ?", (row["uuid"],)).fetchone()
        if existing is not None:
            current = dict(zip([d[0] for d in db.conn.execute(f"SELECT * FROM {table} LIMIT 0").description], existing,
                               strict=True))
            if owner_of(db, table, current) != sender_site_id:
                raise BundleRefused(msg("同步包试图改写其他单位的数据（{t}），已拒绝", "The bundle tries to overwrite another "
                                        "site's rows ({t}); refused", t=table))
            if all(current.get(k) == v for k, v in row.items()):
                result.unchanged += 1
                continue
        elif table == "disclosure_files" and owner_of(db, "disclosure_files", row) != sender_site_id:
            raise BundleRefused(msg("同步包中的附件不属于发送方的记录，已拒绝", "An attachment belongs to a record the sender does "
                                    "not own; refused"))
        if table == "catalog_items":
            db.conn.execute("INSERT OR IGNORE INTO domains (name, sort, pilot, status) VALUES (?, 999, 0, 'imported')",
                            (row.get("domain", ""),))
        names = list(row)
        sets = ", ".join(f"{n} = excluded.{n}" for n in names if n != "uuid")
        db.conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
                        f"ON CONFLICT(uuid) DO UPDATE SET {sets}", [row[n] for n in names])
        if table == "catalog_items":
            _refresh_search_text(db, row["uuid"])
        bucket = result.updated if existing is not None else result.inserted
        bucket[table] = bucket.get(table, 0) + 1
    return result


def _refresh_search_text(db: Database, uuid: str) -> None:
    from townshipdesk.core.catalog import _ITEM_COLUMNS, _row_to_item  # the one definition of the folded text

    row = db.query(f"SELECT {_ITEM_COLUMNS} FROM catalog_items WHERE uuid = ?", (uuid,))[0]
    db.conn.execute("UPDATE catalog_items SET search_text = ? WHERE uuid = ?", (_row_to_item(row).search_text(), uuid))


def encode_changes(changes: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n" for c in changes).encode("utf-8")
