"""Rows that travel in bundles: collecting this site's changes, checking a sender's lines completely, and
applying them (all inside the caller's transaction; an older version never replaces a newer one)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from townshipdesk.core.store import Database
from townshipdesk.errors import BundleRefused
from townshipdesk.i18n import msg
from townshipdesk.sync.bundle_format import Bundle, sha256
from townshipdesk.sync.manifest import load_json, shown
from townshipdesk.sync.rows import (
    MAX_INT,
    RULES,
    SHORT_TEXT,
    SYNCED_TABLES,
    UUID_RE,
    Column,
    check_row,
    check_value,
    columns_of,
)

# Columns never taken from a bundle (derived locally).
LOCAL_COLUMNS = {"catalog_items": {"search_text"}}
LINE_KEYS = {"table", "uuid", "op", "seq", "row"}


def table_columns(db: Database, table: str) -> list[str]:
    return [c for c in columns_of(db, table) if c not in LOCAL_COLUMNS.get(table, set())]


def _seq_range(db: Database, since_seq: int) -> tuple[int, int] | None:
    """The first and last change after `since_seq`, or None when nothing changed."""
    first, last = db.conn.execute("SELECT min(seq), max(seq) FROM sync_changes WHERE seq > ?", (since_seq,)).fetchone()
    return None if first is None else (first, last)


def _nothing_since(db: Database, since_seq: int) -> tuple[int, int]:
    """(first, last) of a bundle with no changes: the range stays where the last receipt left it."""
    last = db.conn.execute("SELECT coalesce(max(seq), 0) FROM sync_changes").fetchone()[0]
    return since_seq, max(last, since_seq)


# A table's rows changed after a seq, as they are now, each with its latest change, in that order (a row changed
# and then deleted has no row left and is not sent). Parameters: the table's name, the seq.
_CHANGED_ROWS = """(SELECT uuid, max(seq) AS seq FROM sync_changes WHERE tbl = ? AND seq > ? GROUP BY uuid) c
                   JOIN {table} t ON t.uuid = c.uuid ORDER BY c.seq"""


def collect_changes(db: Database, since_seq: int) -> tuple[list[dict[str, Any]], int, int]:
    """This site's rows changed after `since_seq`, as they are now: (changes, first seq, last seq)."""
    seqs = _seq_range(db, since_seq)
    if seqs is None:
        return [], *_nothing_since(db, since_seq)
    changes = []
    for table in SYNCED_TABLES:
        changes.extend(_table_changes(db, table, table_columns(db, table), since_seq))
    return changes, *seqs


def _table_changes(db: Database, table: str, columns: list[str], since_seq: int) -> list[dict[str, Any]]:
    """One query per table for its changes (_CHANGED_ROWS), as dicts."""
    cursor = db.conn.execute(f"SELECT c.seq, {', '.join(f't.{c}' for c in columns)} FROM {_CHANGED_ROWS.format(table=table)}",
                             (table, since_seq))
    changes = []
    for seq, *values in cursor:
        row = dict(zip(columns, values, strict=True))
        changes.append({"table": table, "uuid": row["uuid"], "op": "upsert", "seq": seq, "row": row})
    return changes


def _line_error(n: int, zh: str, en: str, **kw: Any) -> BundleRefused:
    return BundleRefused(msg("changes.jsonl 第{n}行：{d}", "changes.jsonl line {n}: {d}", n=n, d=msg(zh, en, **kw)))


def _owner(db: Database, table: str, uuid: str) -> str | None:
    """The site a stored row belongs to (rows without a site_id: their parent's), None when absent."""
    rules = RULES[table]
    if rules.owner_via:
        column, parent = rules.owner_via
        found = db.conn.execute(f"SELECT {column} FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
        return None if found is None else (_owner(db, parent, found[0]) or "")
    found = db.conn.execute(f"SELECT site_id FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
    return None if found is None else found[0]


def read_changes(db: Database, bundle: Bundle, sender_site_id: str) -> list[dict[str, Any]]:
    """Every line of changes.jsonl against the format and the database, before anything is written: the line's
    shape, each value's rules, sequence numbers within the manifest's range, no row twice, rows the sender owns,
    references that exist, counts and attachments as the manifest says."""
    manifest = bundle.manifest
    raw = bundle.members.get("changes.jsonl", b"")
    columns = {t: {k: c for k, c in columns_of(db, t).items() if k not in LOCAL_COLUMNS.get(t, set())}
               for t in SYNCED_TABLES}
    changes: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = {}
    for n, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        change = load_json(line, f"changes.jsonl 第{n}行 / line {n}", max_depth=3)
        if not isinstance(change, dict) or set(change) != LINE_KEYS:
            raise _line_error(n, "应有且只有 table、uuid、op、seq、row 五项", "must have exactly table, uuid, op, seq, row")
        table, uuid, row, seq = change["table"], change["uuid"], change["row"], change["seq"]
        if table not in RULES:
            raise _line_error(n, "未知的数据表“{t}”", "unknown table '{t}'", t=shown(table, 40))
        if change["op"] != "upsert":
            raise _line_error(n, "op 应为 upsert", "op must be upsert")
        if not isinstance(uuid, str) or not UUID_RE.match(uuid) or not isinstance(row, dict) or row.get("uuid") != uuid:
            raise _line_error(n, "uuid 与行内容不符", "the uuid does not match the row")
        if (isinstance(seq, bool) or not isinstance(seq, int) or not manifest["seq_from"] <= seq <= manifest["seq_to"]
                or seq > MAX_INT):
            raise _line_error(n, "seq 不在清单的范围 {a}–{b} 内", "seq is outside the manifest's range {a}–{b}",
                              a=manifest["seq_from"], b=manifest["seq_to"])
        if (table, uuid) in seen:
            raise _line_error(n, "与第{m}行是同一行数据（{t} {u}），已拒绝", "the same row as line {m} ({t} {u}); refused",
                              m=seen[(table, uuid)], t=table, u=uuid)
        seen[(table, uuid)] = n
        check_row(db, RULES[table], columns[table], row, n)
        rules = RULES[table]
        if not rules.owner_via and row.get("site_id") != sender_site_id:
            raise _line_error(n, "试图写入不属于发送方的数据（{t}），已拒绝", "the row belongs to another site ({t}); refused", t=table)
        owner = _owner(db, table, uuid)
        if owner is not None and owner != sender_site_id:
            raise _line_error(n, "试图改写其他单位的数据（{t}），已拒绝", "it would overwrite another site's row ({t}); refused",
                              t=table)
        change["line"] = n
        changes.append(change)
    _check_references(db, changes, seen, sender_site_id)
    _check_counts_and_files(bundle, changes)
    return changes


def _check_references(db: Database, changes: list[dict[str, Any]], in_bundle: dict[tuple[str, str], int],
                      sender_site_id: str) -> None:
    for change in changes:
        rules = RULES[change["table"]]
        for column, parent in rules.refs.items():
            target = change["row"].get(column)
            if target is None or (parent, target) in in_bundle:
                continue
            owner = _owner(db, parent, target)
            if owner is None:
                raise _line_error(change["line"], "{c} 指向不存在的 {p} 行 {u}", "{c} points at a {p} row {u} that does not exist",
                                  c=column, p=parent, u=target)
            if owner != sender_site_id:
                raise _line_error(change["line"], "{c} 指向其他单位的数据，已拒绝", "{c} points at another site's row; refused",
                                  c=column)


def _check_counts_and_files(bundle: Bundle, changes: list[dict[str, Any]]) -> None:
    counts: dict[str, int] = {}
    for c in changes:
        counts[c["table"]] = counts.get(c["table"], 0) + 1
    if counts != {t: n for t, n in bundle.manifest["counts"].items() if n}:
        raise BundleRefused(msg("同步包的行数与清单（counts）不符", "The rows in the bundle do not match the manifest's counts"))
    wanted = {c["row"]["sha256"] for c in changes if c["table"] == "disclosure_files"}
    for digest, data in bundle.files().items():
        if digest not in wanted:
            raise BundleRefused(msg("同步包含未被任何附件行引用的文件 {d}", "The bundle holds a file no attachment row names: {d}",
                                    d=digest[:12]))
        if sha256(data) != digest:
            raise BundleRefused(msg("附件 {d} 的内容与名称不符", "Attachment {d} does not match its name", d=digest[:12]))


@dataclass
class ApplyResult:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    older: int = 0  # versions older than what we hold (by the sender's seq): kept ours
    files: int = 0

    @property
    def changed(self) -> int:
        return sum(self.inserted.values()) + sum(self.updated.values())

    def to_json(self) -> dict[str, Any]:
        return {"inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged, "older": self.older,
                "files": self.files, "changed": self.changed}


def apply_changes(db: Database, changes: list[dict[str, Any]], sender_site_id: str) -> ApplyResult:
    """Upsert checked changes (from read_changes) inside the caller's transaction, parents first. A row whose
    stored version came with a higher seq from its sender is left as it is: order is the sender's, not the clock's."""
    result = ApplyResult()
    order = {t: i for i, t in enumerate(SYNCED_TABLES)}
    for change in sorted(changes, key=lambda c: (order[c["table"]], c["seq"])):
        table, row, seq = change["table"], change["row"], change["seq"]
        held = db.conn.execute("SELECT seq FROM sync_row_seq WHERE tbl = ? AND uuid = ?", (table, row["uuid"])).fetchone()
        if held is not None and held[0] > seq:
            result.older += 1
            continue
        existing = db.conn.execute(f"SELECT * FROM {table} WHERE uuid = ?", (row["uuid"],)).fetchone()
        if existing is not None:
            names = [d[0] for d in db.conn.execute(f"SELECT * FROM {table} LIMIT 0").description]
            current = dict(zip(names, existing, strict=True))
            if all(current.get(k) == v for k, v in row.items()):
                result.unchanged += 1
                _remember_seq(db, table, row["uuid"], sender_site_id, seq)
                continue
        if table == "catalog_items":
            db.conn.execute("INSERT OR IGNORE INTO domains (name, sort, pilot, status) VALUES (?, 999, 0, 'imported')",
                            (row["domain"],))
        names = list(row)
        sets = ", ".join(f"{n} = excluded.{n}" for n in names if n != "uuid")
        try:
            db.conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
                            f"ON CONFLICT(uuid) DO UPDATE SET {sets}", [row[n] for n in names])
        except sqlite3.IntegrityError as exc:
            raise BundleRefused(msg("changes.jsonl 第{n}行（{t}）与已有数据冲突（{e}），已拒绝，未做任何改动",
                                    "changes.jsonl line {n} ({t}) conflicts with data we hold ({e}); refused, nothing changed",
                                    n=change["line"], t=table, e=str(exc)[:120])) from None
        _remember_seq(db, table, row["uuid"], sender_site_id, seq)
        if table == "catalog_items":
            _refresh_search_text(db, row["uuid"])
        bucket = result.updated if existing is not None else result.inserted
        bucket[table] = bucket.get(table, 0) + 1
    return result


def _remember_seq(db: Database, table: str, uuid: str, site_id: str, seq: int) -> None:
    db.conn.execute("INSERT INTO sync_row_seq (tbl, uuid, site_id, seq) VALUES (?, ?, ?, ?) ON CONFLICT(tbl, uuid) "
                    "DO UPDATE SET seq = max(seq, excluded.seq), site_id = excluded.site_id", (table, uuid, site_id, seq))


def _refresh_search_text(db: Database, uuid: str) -> None:
    from townshipdesk.core.catalog import _ITEM_COLUMNS, _row_to_item  # the one definition of the folded text

    row = db.query(f"SELECT {_ITEM_COLUMNS} FROM catalog_items WHERE uuid = ?", (uuid,))[0]
    db.conn.execute("UPDATE catalog_items SET search_text = ? WHERE uuid = ?", (_row_to_item(row).search_text(), uuid))


_LINE_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # one encoder, not one per line


def encode_changes(changes: list[dict[str, Any]]) -> bytes:
    """One JSON line per change, each ending in a newline."""
    if not changes:
        return b""
    return ("\n".join(map(_LINE_ENCODER.encode, changes)) + "\n").encode("utf-8")



def attachment_members(digests: list[str], data_dir: Path) -> dict[str, bytes]:
    """The attachment files named by `digests` that this installation has, as bundle members."""
    from townshipdesk.io.attachments import stored_path

    members = {}
    for digest in digests:
        path = stored_path(data_dir, digest)
        if path.exists():
            members[f"files/{digest}"] = path.read_bytes()
    return members


def change_members(changes: list[dict[str, Any]], data_dir: Path) -> tuple[dict[str, bytes], dict[str, int]]:
    """The inner members a bundle of `changes` carries (changes.jsonl and the attachments it names that this
    installation has) and the count of changes per table, as the manifest states them."""
    counts: dict[str, int] = {}
    for change in changes:
        counts[change["table"]] = counts.get(change["table"], 0) + 1
    digests = [c["row"]["sha256"] for c in changes if c["table"] == "disclosure_files"]
    return {"changes.jsonl": encode_changes(changes), **attachment_members(digests, data_dir)}, counts


@dataclass
class Outgoing:
    """What a township's bundle carries, ready to write: changes.jsonl, its count per table and seq range, the
    changes worth checking value by value before sending (a long or odd text), and the attachments named."""

    jsonl: bytes
    counts: dict[str, int]
    first: int
    last: int
    suspects: list[dict[str, Any]]
    digests: list[str]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def collect_outgoing(db: Database, since_seq: int) -> Outgoing:
    """As collect_changes + encode_changes, with SQLite writing each line (json_object): the same bytes, at half
    the time of building 10,000 dicts and encoding them in Python. A table with a REAL column (whose digits
    SQLite and Python may print differently), or an SQLite without JSON functions, takes the Python way."""
    seqs = _seq_range(db, since_seq)
    if seqs is None:
        return Outgoing(b"", {}, *_nothing_since(db, since_seq), [], [])
    lines: list[str] = []
    counts: dict[str, int] = {}
    suspects: list[dict[str, Any]] = []
    digests: list[str] = []
    for table in SYNCED_TABLES:
        before = len(lines)
        kinds = columns_of(db, table)
        columns = [c for c in kinds if c not in LOCAL_COLUMNS.get(table, set())]
        found = _sql_lines(db, table, columns, since_seq) if all(kinds[c].sql_type != "REAL" for c in columns) else None
        if found is None:  # the Python way: every change is at hand as a dict, check_outgoing picks the odd ones
            changes = _table_changes(db, table, columns, since_seq)
            lines.extend(map(_LINE_ENCODER.encode, changes))
            suspects.extend(changes)
            digests.extend(c["row"]["sha256"] for c in changes if table == "disclosure_files")
        else:
            for line, odd in found:
                lines.append(line)
                if odd or table == "disclosure_files":  # the few lines read back
                    change = json.loads(line)
                    if odd:
                        suspects.append(change)
                    if table == "disclosure_files":
                        digests.append(change["row"]["sha256"])
        if len(lines) > before:
            counts[table] = len(lines) - before
    jsonl = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
    return Outgoing(jsonl, counts, *seqs, suspects, digests)


def _sql_lines(db: Database, table: str, columns: list[str], since_seq: int) -> list[tuple[str, int]] | None:
    """(changes.jsonl line, whether a text is long or has a NUL) per changed row of `table`, written by SQLite;
    None when this SQLite has no JSON functions."""
    row_json = ", ".join(f"'{c}', t.{c}" for c in columns)
    # A row the county could refuse holds a text that is long or has a NUL: only those are checked one by one.
    odd = " OR ".join(f"(typeof(t.{c}) = 'text' AND (length(t.{c}) > {SHORT_TEXT} OR instr(t.{c}, char(0)) > 0))"
                      for c in columns)
    try:
        return db.conn.execute(
            f"""SELECT json_object('table', '{table}', 'uuid', t.uuid, 'op', 'upsert', 'seq', c.seq,
                                   'row', json_object({row_json})), ({odd})
                FROM {_CHANGED_ROWS.format(table=table)}""", (table, since_seq)).fetchall()
    except sqlite3.OperationalError:
        return None


def check_outgoing(db: Database, changes: list[dict[str, Any]]) -> None:
    """Refuse to write a bundle the county would refuse: every outgoing value against the same rules the county
    applies (text limits, dates, enumerations …), naming the row so the clerk can correct it first."""
    columns: dict[str, dict[str, Column]] = {}
    for n, change in enumerate(changes, start=1):
        table, row = change["table"], change["row"]
        # What this office's own store can hold and the format cannot is text: only rows with a long or odd text
        # are checked value by value (checking all of them would double the time of an export).
        if not any(isinstance(v, str) and (len(v) > SHORT_TEXT or "\x00" in v) for v in row.values()):
            continue
        rules = RULES[table]
        if table not in columns:
            columns[table] = columns_of(db, table)
        enums = rules.all_enums()
        try:
            for name, value in row.items():
                if name in columns[table]:
                    check_value(rules, columns[table][name], value, n, enums)
        except BundleRefused as exc:
            label = row.get("title") or row.get("name") or row.get("level2") or change["uuid"]
            raise BundleRefused(msg(
                "本单位的“{label}”（{t}）有县级会拒收的内容：{e}。请先修改这条数据，再生成同步包；未生成任何文件。",
                "'{label}' ({t}) holds what the county would refuse: {e}. Correct it, then make the bundle again; "
                "no file was written.", label=shown(label, 40), t=table, e=exc)) from None
