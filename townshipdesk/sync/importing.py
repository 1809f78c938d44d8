"""Importing bundles: verify everything first, keep a backup (at most one a day), then apply in one transaction.
A mixin of Sync (sync/service.py), which supplies the site, keys, trust and the log of bundles."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from townshipdesk.core.store import Database, utc_now
from townshipdesk.io.atomic import write_atomically
from townshipdesk.io.attachments import stored_path
from townshipdesk.sync.bundle_format import Bundle, open_bundle, read_manifest
from townshipdesk.sync.changes import apply_changes, read_changes
from townshipdesk.sync.keys import b64
from townshipdesk.sync.manifest import check_calendar, check_catalog, check_receipt, refuse

if TYPE_CHECKING:
    from townshipdesk.core.site import Site
    from townshipdesk.sync.keys import KeyPair
    from townshipdesk.sync.service import Trusted

ACKED_KEY = "sync.acked_seq"
IMPORT_WAIT = 600  # seconds a second import waits for the first one to finish


def setting(db: Database, key: str, default: str = "") -> str:
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_setting(db: Database, key: str, value: str) -> None:
    db.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value))


class Importing:
    db: Database
    data_dir: Path

    if TYPE_CHECKING:  # supplied by Sync
        @property
        def site(self) -> Site: ...
        @property
        def keys(self) -> KeyPair: ...
        def trusted_site(self, site_id: str) -> Trusted | None: ...

    def verify(self, path: Path, *, rows: bool = False) -> Bundle:
        """Every check an import makes before the database, without changing anything; with `rows`, every change
        line too (against what the database holds now)."""
        manifest, _, _ = read_manifest(path)
        sender = manifest["sender"]
        site = self.site
        if sender["site_id"] == site.site_id:
            raise refuse("这是本单位自己发出的同步包（发给“{r}”），应由对方导入", "This is a bundle we sent (to '{r}'); the "
                         "recipient imports it", r=manifest["recipient"]["name"])
        trusted = self.trusted_site(sender["site_id"])
        key = trusted.sign_key if trusted and b64(trusted.sign_key) == sender["sign_key"] else None
        if trusted and key is None:
            raise refuse("“{n}”用了一把未被信任的密钥签名（可能已换钥或重装），请先导入其新密钥卡并电话核对指纹",
                         "'{n}' signed with a key we do not trust (replaced keys or a reinstall?); import its new key card and "
                         "check the fingerprint by phone", n=sender["name"])
        if trusted:
            for field_name in ("division_code", "name", "role"):
                if sender[field_name] != getattr(trusted, field_name):
                    raise refuse("同步包自称“{a}”，与已信任的密钥卡（“{b}”）不符，已拒绝；如单位信息有变，请对方重新发送密钥卡",
                                 "The bundle claims '{a}', which differs from the trusted key card ('{b}'); refused. If the "
                                 "office's details changed, ask for a new key card", a=sender[field_name],
                                 b=getattr(trusted, field_name))
        bundle = open_bundle(path, own_site_id=site.site_id, own_keys=self.keys, sender_key=key)
        recipient = bundle.manifest["recipient"]
        if recipient["division_code"] != site.division_code or recipient["role"] != site.role:
            raise refuse("同步包的接收方信息（{c}）与本单位不符", "The bundle's recipient ({c}) does not match this office",
                         c=recipient["division_code"])
        if rows and bundle.kind in ("changes", "restore"):
            read_changes(self.db, bundle, sender["site_id"] if bundle.kind == "changes" else site.site_id)
        return bundle

    def import_bundle(self, path: Path, *, accept_catalog: bool = False,
                      on_wait: Callable[[], None] | None = None) -> dict[str, Any]:
        """Verify, keep a backup (at most one a day before imports), then apply in one transaction. `on_wait` is
        told when another import holds the database and this one waits for it."""
        bundle = self.verify(path)
        if self._seen(bundle):
            return self._already(bundle)
        if bundle.kind == "catalog" and not accept_catalog:
            return self._import_catalog(bundle, path, accept=False)
        from townshipdesk.core.backup import backup_before_import

        backup_before_import(self.db)  # verified, not yet applied: the last moment to keep what we had
        if bundle.kind == "changes":
            return self._import_changes(bundle, path, on_wait)
        if bundle.kind == "restore":
            from townshipdesk.sync.restore import import_restore

            return import_restore(self, bundle, path, on_wait)
        if bundle.kind == "receipt":
            return self._import_receipt(bundle, path, on_wait)
        if bundle.kind == "calendar":
            return self._import_calendar(bundle, path, on_wait)
        return self._import_catalog(bundle, path, accept=True)

    def _seen(self, bundle: Bundle) -> bool:
        return self.db.conn.execute("SELECT 1 FROM bundles WHERE bundle_id = ? AND direction = 'in'",
                                    (bundle.manifest["bundle_id"],)).fetchone() is not None

    def _already(self, bundle: Bundle) -> dict[str, Any]:
        return {"kind": bundle.kind, "already_imported": True, "changed": 0, "sender": bundle.sender["name"]}

    def _import_receipt(self, bundle: Bundle, path: Path, on_wait: Callable[[], None] | None) -> dict[str, Any]:
        receipt = check_receipt(bundle.json_member("receipt.json"))
        acked = receipt["acked_seq"]
        with self.db.transaction(on_wait=on_wait, wait_seconds=IMPORT_WAIT):
            if self._seen(bundle):
                return self._already(bundle)
            ours = self.db.conn.execute("SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'sync_changes'"
                                        ).fetchone()[0]
            if acked > ours:
                raise refuse("回执确认到第 {a} 号变更，但本单位只有 {b} 号：回执不是给这台电脑的数据的，已拒绝",
                             "The receipt confirms up to change {a}, but this office has only {b}: it is not for this "
                             "computer's data; refused", a=acked, b=ours)
            current = int(setting(self.db, ACKED_KEY, "0"))
            set_setting(self.db, ACKED_KEY, str(max(current, acked)))
            self._log_in(bundle.manifest, path, {"acked_seq": acked})
        return {"kind": "receipt", "acked_seq": acked, "changed": int(acked > current), "sender": bundle.sender["name"]}

    def _import_calendar(self, bundle: Bundle, path: Path, on_wait: Callable[[], None] | None) -> dict[str, Any]:
        from townshipdesk.core.calendar_update import take_in_year
        from townshipdesk.core.workdays import parse_year

        years = [parse_year(y) for y in check_calendar(bundle.json_member("calendar.json"))]
        recomputed = 0
        with self.db.transaction(on_wait=on_wait, wait_seconds=IMPORT_WAIT):
            if self._seen(bundle):
                return self._already(bundle)
            for year in years:
                recomputed += take_in_year(self.db, year, origin="bundle", source=bundle.sender["name"])
            self._log_in(bundle.manifest, path, {"years": [y.year for y in years]})
        return {"kind": "calendar", "years": [y.year for y in years], "recomputed_records": recomputed,
                "changed": len(years)}

    def _log_in(self, manifest: dict[str, Any], path: Path, result: dict[str, Any]) -> None:
        sender = manifest["sender"]
        self.db.conn.execute(
            """INSERT INTO bundles (bundle_id, direction, kind, peer_site_id, peer_name, created_at, seq_from, seq_to,
                   handled_at, path, result) VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (manifest["bundle_id"], manifest["kind"], sender["site_id"], sender["name"], manifest["created_at"],
             manifest["seq_from"], manifest["seq_to"], utc_now(), str(path), json.dumps(result, ensure_ascii=False)))

    def _import_changes(self, bundle: Bundle, path: Path, on_wait: Callable[[], None] | None) -> dict[str, Any]:
        if self.site.role != "county":
            raise refuse("乡镇不接收其他单位的数据包", "A township does not take other sites' change bundles")
        manifest, sender = bundle.manifest, bundle.sender
        written: list[Path] = []
        try:
            with self.db.transaction(on_wait=on_wait, wait_seconds=IMPORT_WAIT):
                if self._seen(bundle):  # the same file imported meanwhile by another window
                    return self._already(bundle)
                peer = self.db.query("SELECT last_seq_to, previous_site_id FROM peers WHERE site_id = ?",
                                     (sender["site_id"],))
                if peer and manifest["seq_to"] < peer[0]["last_seq_to"] and peer[0]["previous_site_id"]:
                    raise refuse("“{n}”重装后，须先导入县级导出的恢复包（bundle export --restore-for {c}），再发送新数据",
                                 "'{n}' was reinstalled: it must first import the county's restore bundle (bundle export "
                                 "--restore-for {c}), then send new data", n=sender["name"], c=sender["division_code"])
                if peer and manifest["seq_to"] < peer[0]["last_seq_to"]:
                    raise refuse("这是“{n}”较早的数据包（变更至第 {a} 号），已收到更新的（至第 {b} 号），已拒绝",
                                 "This is an older bundle from '{n}' (changes up to {a}); a newer one (up to {b}) was "
                                 "already imported; refused", n=sender["name"], a=manifest["seq_to"],
                                 b=peer[0]["last_seq_to"])
                changes = read_changes(self.db, bundle, sender["site_id"])
                files = bundle.files()
                for digest, data in files.items():  # content-addressed; removed again if the import fails
                    target = stored_path(self.data_dir, digest)
                    if not target.exists():
                        write_atomically(target, lambda tmp, data=data: tmp.write_bytes(data))
                        written.append(target)
                self.db.conn.execute("PRAGMA defer_foreign_keys = ON")
                result = apply_changes(self.db, changes, sender["site_id"])
                result.files = len(files)
                self.db.conn.execute(
                    """INSERT INTO peers (site_id, division_code, name, last_bundle_id, last_created_at, last_seq_to,
                           last_received_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                       ON CONFLICT(site_id) DO UPDATE SET division_code = excluded.division_code, name = excluded.name,
                           last_bundle_id = excluded.last_bundle_id, last_created_at = excluded.last_created_at,
                           last_seq_to = max(last_seq_to, excluded.last_seq_to), last_received_at = excluded.last_received_at""",
                    (sender["site_id"], sender["division_code"], sender["name"], manifest["bundle_id"],
                     manifest["created_at"], manifest["seq_to"], utc_now()))
                self._log_in(manifest, path, result.to_json())
                self.db.audit("bundle.import", "bundle", manifest["bundle_id"], {"sender": sender["name"], **result.to_json()})
        except BaseException:
            for target in written:
                target.unlink(missing_ok=True)
            raise
        return {"kind": "changes", "sender": sender["name"], "division_code": sender["division_code"],
                **result.to_json()}

    def _import_catalog(self, bundle: Bundle, path: Path, accept: bool) -> dict[str, Any]:
        from townshipdesk.core.catalog import Catalog, CatalogItem, SourceRow

        data = {"items": check_catalog(bundle.json_member("catalog.json"))}
        catalog = Catalog(self.db)
        rows = [SourceRow(CatalogItem(**{k: item[k] for k in ("domain", "level1", "level2", "content", "basis", "time_limit",
                                                              "body", "channels", "audience", "mode", "tiers")},
                                      sort=n + 1, source=f"县级下发 {bundle.sender.get('name', '')}"), "县级目录", n + 1)
                for n, item in enumerate(data.get("items", []))]
        # The county's catalog bundle is its whole catalog of these domains: what it lacks, it retired.
        plan = catalog.plan_import(f"{bundle.sender.get('name', '县级')}目录.tdbundle", rows, [], retire_missing=True)
        summary = plan.summary()
        if not accept:
            return {"kind": "catalog", "accepted": False, "changed": 0, **summary}
        version = catalog.apply_import(plan)
        with self.db.transaction():
            self._log_in(bundle.manifest, path, {"version": version.number if version else None})
        return {"kind": "catalog", "accepted": True, "version": version.number if version else None,
                "changed": len(plan.added) + len(plan.changed) + len(plan.retired), **summary}
