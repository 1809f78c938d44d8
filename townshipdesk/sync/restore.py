"""Restore from the county: a township whose PC died gets back everything the county holds of it.

The county writes a `restore` bundle for one township (after trusting its reinstalled key card with
replace): every row it holds of that township — catalog, villages, records, attachments, postings, requests —
sealed to the township's new key. The reinstalled township takes it in on a fresh installation; its own
sequence numbers then continue above what the county has seen, so new records sync without duplicates.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from townshipdesk.errors import KeyError_
from townshipdesk.i18n import msg
from townshipdesk.io.atomic import write_atomically
from townshipdesk.io.attachments import stored_path
from townshipdesk.sync.bundle_format import Bundle, write_bundle
from townshipdesk.sync.changes import apply_changes, change_members, read_changes, table_columns
from townshipdesk.sync.manifest import need_dict, need_int, refuse
from townshipdesk.sync.rows import TABLES

if TYPE_CHECKING:
    from townshipdesk.sync.service import Sync

RESTORE_MEMBER = "restore.json"
# A fresh installation holds only the shipped catalog (and versions of it); anything else would be overwritten.
OWN_DATA_TABLES = ("disclosures", "villages", "village_postings", "requests", "concerns", "decisions")


def _rows_of(sync: Sync, site_id: str) -> list[dict[str, Any]]:
    changes = []
    for rules in TABLES:
        columns = table_columns(sync.db, rules.name)
        if rules.owner_via:
            column, parent = rules.owner_via
            where = f"{column} IN (SELECT uuid FROM {parent} WHERE site_id = ?)"
        else:
            where = "site_id = ?"
        rows = sync.db.query(f"SELECT {', '.join(columns)} FROM {rules.name} WHERE {where} ORDER BY rowid", (site_id,))
        seqs = dict(sync.db.conn.execute("SELECT uuid, seq FROM sync_row_seq WHERE tbl = ?", (rules.name,)).fetchall())
        changes += [{"table": rules.name, "uuid": r["uuid"], "op": "upsert", "seq": seqs.get(r["uuid"], 0), "row": r}
                    for r in rows]
    return changes


def export_restore(sync: Sync, out: Path, *, township: str) -> dict[str, Any]:
    """County: everything held of one township (division code or name), sealed to its trusted (new) key."""
    if sync.site.role != "county":
        raise KeyError_(msg("恢复包只能由县级导出", "Only the county exports restore bundles"))
    recipient = sync._recipient(township, "township")
    peer = sync.db.query("SELECT last_seq_to FROM peers WHERE site_id = ?", (recipient.site_id,))
    if not peer:
        raise KeyError_(msg("县级没有“{n}”的任何数据，无可恢复", "The county holds nothing of '{n}' to restore",
                            n=recipient.name))
    seen = peer[0]["last_seq_to"]
    changes = _rows_of(sync, recipient.site_id)
    inner, counts = change_members(changes, sync.data_dir)
    inner[RESTORE_MEMBER] = json.dumps({"seen_seq": seen}, ensure_ascii=False).encode("utf-8")
    manifest = write_bundle(out, kind="restore", sender_keys=sync.keys, sender=sync.identity(),
                            recipient=recipient.identity(), recipient_box_key=recipient.box_key, inner=inner,
                            seq_from=0, seq_to=seen, counts=counts)
    sync._log("out", manifest, recipient, out, {"rows": len(changes), "seen_seq": seen})
    return manifest


def import_restore(sync: Sync, bundle: Bundle, path: Path, on_wait: Callable[[], None] | None) -> dict[str, Any]:
    """Township: take in the county's copy of our data on a fresh installation; continue numbering above it."""
    site = sync.site
    if site.role != "township":
        raise refuse("恢复包只能由乡镇导入", "Only a township imports a restore bundle")
    info = need_dict(bundle.json_member(RESTORE_MEMBER), RESTORE_MEMBER, {"seen_seq"})
    seen = need_int(info["seen_seq"], "restore.json seen_seq")
    if seen != bundle.manifest["seq_to"]:
        raise refuse("恢复包的 seen_seq 与清单不符", "The restore bundle's seen_seq does not match its manifest")
    db = sync.db
    for table in OWN_DATA_TABLES:
        if db.conn.execute(f"SELECT count(*) FROM {table} WHERE site_id = ?", (site.site_id,)).fetchone()[0]:
            raise refuse("本机已有自己的数据（{t}）：恢复包只能导入到新安装的电脑上，以免覆盖", "This installation already has data "
                         "of its own ({t}): a restore bundle is only taken in on a fresh installation, so nothing is "
                         "overwritten", t=table)
    written: list[Path] = []
    try:
        with db.transaction(on_wait=on_wait, wait_seconds=600):
            if sync._seen(bundle):
                return sync._already(bundle)
            # The shipped catalog of the fresh installation gives way to the catalog the township really kept.
            db.conn.execute("DELETE FROM catalog_items WHERE site_id = ?", (site.site_id,))
            changes = read_changes(db, bundle, site.site_id)
            for digest, data in bundle.files().items():
                target = stored_path(sync.data_dir, digest)
                if not target.exists():
                    write_atomically(target, lambda tmp, data=data: tmp.write_bytes(data))
                    written.append(target)
            db.conn.execute("PRAGMA defer_foreign_keys = ON")
            result = apply_changes(db, changes, site.site_id)
            # The county has all of this: nothing of it is "unsent", and our numbering continues above what it saw.
            db.conn.execute("DELETE FROM sync_changes")
            db.conn.execute("DELETE FROM sync_row_seq")
            if not db.conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'sync_changes'", (seen,)).rowcount:
                db.conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('sync_changes', ?)", (seen,))
            db.conn.execute("INSERT INTO settings (key, value) VALUES ('sync.acked_seq', ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(seen),))
            sync._log_in(bundle.manifest, path, {**result.to_json(), "seen_seq": seen})
            db.audit("bundle.restore", "bundle", bundle.manifest["bundle_id"], {"rows": len(changes), "seen_seq": seen})
    except BaseException:
        for target in written:
            target.unlink(missing_ok=True)
        raise
    return {"kind": "restore", "sender": bundle.sender["name"], "seen_seq": seen, **result.to_json()}
