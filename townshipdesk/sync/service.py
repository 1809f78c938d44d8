"""Sync operations: trust key cards, export bundles (changes upward; receipts, catalog, calendar downward),
import bundles (verify first, then one transaction), sync states of records, the county's peers."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from townshipdesk.core.site import Site, require_site
from townshipdesk.core.store import Database, utc_now
from townshipdesk.errors import KeyError_
from townshipdesk.i18n import msg
from townshipdesk.io.atomic import write_atomically
from townshipdesk.sync.bundle_format import write_bundle
from townshipdesk.sync.changes import attachment_members, check_outgoing, collect_outgoing
from townshipdesk.sync.importing import ACKED_KEY, Importing, setting
from townshipdesk.sync.keys import KeyCard, KeyPair, b64, load_or_create_keys, make_card, read_card, unb64

SYNC_STATES = {"unsent": ("未同步", "not sent"), "sent": ("已发出", "sent"), "acked": ("县级已确认", "confirmed by county")}


@dataclass(frozen=True)
class Trusted:
    site_id: str
    role: str
    division_code: str
    name: str
    sign_key: bytes
    box_key: bytes
    fingerprint: str

    def identity(self) -> dict[str, str]:
        return {"site_id": self.site_id, "division_code": self.division_code, "name": self.name, "role": self.role}


class Sync(Importing):
    def __init__(self, db: Database, data_dir: Path) -> None:
        self.db = db
        self.data_dir = Path(data_dir)

    @property
    def site(self) -> Site:
        return require_site(self.db)

    @property
    def keys(self) -> KeyPair:
        return load_or_create_keys(self.data_dir)

    def identity(self) -> dict[str, str]:
        s = self.site
        return {"site_id": s.site_id, "division_code": s.division_code, "name": s.name, "role": s.role}

    # ---- trust --------------------------------------------------------------------------------
    def trusted(self, *, role: str | None = None) -> list[Trusted]:
        rows = self.db.query("SELECT site_id, role, division_code, name, sign_key, box_key, fingerprint FROM trusted_keys "
                             "WHERE replaced_at IS NULL ORDER BY division_code")
        out = [Trusted(r["site_id"], r["role"], r["division_code"], r["name"], unb64(r["sign_key"]), unb64(r["box_key"]),
                       r["fingerprint"]) for r in rows]
        return [t for t in out if role is None or t.role == role]

    def trusted_site(self, site_id: str) -> Trusted | None:
        return next((t for t in self.trusted() if t.site_id == site_id), None)

    def same_division(self, card: KeyCard) -> Trusted | None:
        """Another installation already trusted for the card's division code (a township that reinstalled)."""
        return next((t for t in self.trusted() if t.division_code == card.division_code and t.role == card.role
                     and t.site_id != card.site_id), None)

    def trust(self, path: Path, *, fingerprint: str | None = None, replace: bool = False) -> KeyCard:
        """Trust a key card after its fingerprint was compared (pass it, or confirm interactively before calling).
        A new installation of an office already trusted (same division code, new key) is refused unless `replace`:
        then the old key is retired and everything received from the old installation now belongs to the new one,
        so its history continues."""
        card = read_card(path)
        site = self.site
        if card.site_id == site.site_id:
            raise KeyError_(msg("这是本单位自己的密钥卡，无需信任", "This is our own key card"))
        if site.role == card.role:
            raise KeyError_(msg("乡镇只能信任县级的密钥卡，县级只能信任乡镇的密钥卡（收到{r}的卡）",
                                "Townships trust county cards and counties trust township cards (got a {r} card)",
                                r="乡镇" if card.role == "township" else "县级"))
        if site.role == "county" and card.division_code[:6] != site.division_code[:6]:
            raise KeyError_(msg("“{n}”（{c}）不属于本县", "'{n}' ({c}) is not in this county", n=card.name, c=card.division_code))
        if fingerprint is not None and "".join(fingerprint.split()) != "".join(card.fingerprint.split()):
            raise KeyError_(msg("指纹不符：您核对的 {b} 与这张卡不一致。不要信任此卡；请电话请对方重新念出其“同步”页上的指纹，"
                                "或重新索取密钥卡", "Fingerprint mismatch: {b}, which you checked, does not match this card. Do "
                                "not trust it; have the other office read the fingerprint on its Sync page to you by phone "
                                "again, or ask for a new card", b=fingerprint))
        previous = self.same_division(card)
        if previous is not None and not replace:
            raise KeyError_(msg("区划代码 {c} 已信任“{n}”的另一台电脑（另一把密钥）。如果该单位重装了电脑，请电话请对方念出新指纹，"
                                "核对一致后选择替换旧密钥（命令行加 --replace），其历史数据会延续到新电脑名下",
                                "The division code {c} is already trusted for another computer of '{n}' (another key). If that "
                                "office reinstalled, have them read the new fingerprint to you by phone and, when it matches, "
                                "replace the old key (add --replace on the command line); its history carries over",
                                c=card.division_code, n=previous.name))
        current = self.trusted_site(card.site_id)
        if current and current.sign_key != card.sign_key and card.replaces != current.sign_key:
            raise KeyError_(msg("已信任“{n}”的另一把密钥；新卡须由旧密钥签名（keys replace 生成）才能替换",
                                "A different key of '{n}' is already trusted; a replacement card must be signed by the old key",
                                n=card.name))
        now = utc_now()
        with self.db.transaction():
            if previous is not None:
                self._rehome(previous, card, now)
            if current and current.sign_key != card.sign_key:
                self.db.conn.execute("UPDATE trusted_keys SET replaced_at = ? WHERE sign_key = ?", (now, b64(current.sign_key)))
            self.db.conn.execute(
                """INSERT INTO trusted_keys (sign_key, box_key, site_id, role, division_code, name, fingerprint, trusted_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sign_key) DO UPDATE SET name = excluded.name,
                   replaced_at = NULL""",
                (b64(card.sign_key), b64(card.box_key), card.site_id, card.role, card.division_code, card.name,
                 card.fingerprint, now))
            self.db.audit("keys.trust", "trusted_key", card.site_id, {"name": card.name, "fingerprint": card.fingerprint})
        return card

    def _rehome(self, old: Trusted, card: KeyCard, now: str) -> None:
        """A reinstalled office: retire the old key; what it sent now belongs to the new installation."""
        from townshipdesk.sync.rows import TABLES

        self.db.conn.execute("UPDATE trusted_keys SET replaced_at = ? WHERE site_id = ? AND replaced_at IS NULL",
                             (now, old.site_id))
        for rules in TABLES:
            if not rules.owner_via:
                self.db.conn.execute(f"UPDATE {rules.name} SET site_id = ? WHERE site_id = ?", (card.site_id, old.site_id))
        self.db.conn.execute("UPDATE sync_row_seq SET site_id = ? WHERE site_id = ?", (card.site_id, old.site_id))
        self.db.conn.execute("UPDATE peers SET site_id = ?, previous_site_id = ?, name = ? WHERE site_id = ?",
                             (card.site_id, old.site_id, card.name, old.site_id))
        self.db.audit("keys.reinstall", "trusted_key", card.site_id, {"name": card.name, "previous_site_id": old.site_id})

    def replace_keys(self, card_out: Path) -> KeyCard:
        """New key pair; the old one signs the new card so peers accept it. Old keys are kept as keys/old-*."""
        old = self.keys
        folder = self.data_dir / "keys"
        stamp = utc_now().replace(":", "")
        for name in ("signing.key", "box.key"):
            (folder / name).rename(folder / f"old-{stamp}-{name}")
        new = load_or_create_keys(self.data_dir)
        content = make_card(self.site, new, old=old)
        write_atomically(Path(card_out), lambda tmp: tmp.write_text(json.dumps(content, ensure_ascii=False, indent=2),
                                                                      encoding="utf-8"))
        with self.db.transaction():
            self.db.audit("keys.replace", "site", self.site.site_id, {"fingerprint": content["fingerprint"]})
        return read_card(Path(card_out))

    def _recipient(self, to: str | None, role: str) -> Trusted:
        candidates = self.trusted(role=role)
        if to:
            candidates = [t for t in candidates if to in (t.site_id, t.division_code, t.name)]
        if not candidates:
            raise KeyError_(msg("没有可发送的对象：请先用 keys trust 导入{r}的密钥卡", "No recipient: import the {r}'s key card "
                                "with keys trust first", r="县级" if role == "county" else "乡镇"))
        if len(candidates) > 1:
            raise KeyError_(msg("有多个可发送的对象，请用 --to 指定（区划代码或名称）", "Several recipients: choose one with --to"))
        return candidates[0]

    # ---- export -------------------------------------------------------------------------------
    def export_changes(self, out: Path, *, to: str | None = None) -> dict[str, Any]:
        """Township → county: every change since the last receipt (a lost bundle is covered by the next)."""
        site = self.site
        if site.role != "township":
            raise KeyError_(msg("只有乡镇向县级发送数据包；县级请发送回执、目录或节假日安排", "Only townships send changes upward"))
        county = self._recipient(to, "county")
        acked = int(setting(self.db, ACKED_KEY, "0"))
        outgoing = collect_outgoing(self.db, acked)
        check_outgoing(self.db, outgoing.suspects)  # never a bundle the county must refuse
        inner = {"changes.jsonl": outgoing.jsonl, **attachment_members(outgoing.digests, self.data_dir)}
        manifest = write_bundle(out, kind="changes", sender_keys=self.keys, sender=self.identity(),
                                recipient=county.identity(), recipient_box_key=county.box_key, inner=inner,
                                seq_from=outgoing.first if outgoing.total else acked, seq_to=outgoing.last,
                                counts=outgoing.counts)
        self._log("out", manifest, county, out, {"changes": outgoing.total})
        return manifest

    def export_receipt(self, out: Path, *, to: str) -> dict[str, Any]:
        """County → township: confirms the last bundle received from that township."""
        township = self._recipient(to, "township")
        peer = self.db.query("SELECT * FROM peers WHERE site_id = ?", (township.site_id,))
        if not peer:
            raise KeyError_(msg("尚未收到“{n}”的数据包，无可回执", "Nothing received from '{n}' yet", n=township.name))
        receipt = {"acked_seq": peer[0]["last_seq_to"], "bundle_id": peer[0]["last_bundle_id"],
                   "received_at": peer[0]["last_received_at"]}
        manifest = write_bundle(out, kind="receipt", sender_keys=self.keys, sender=self.identity(),
                                recipient=township.identity(), recipient_box_key=township.box_key,
                                inner={"receipt.json": json.dumps(receipt, ensure_ascii=False).encode("utf-8")},
                                seq_to=receipt["acked_seq"])
        self._log("out", manifest, township, out, receipt)
        return manifest

    def export_downward(self, out: Path, *, to: str, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """County → township: a catalog version or calendar years."""
        township = self._recipient(to, "township")
        manifest = write_bundle(out, kind=kind, sender_keys=self.keys, sender=self.identity(), recipient=township.identity(),
                                recipient_box_key=township.box_key,
                                inner={f"{kind}.json": json.dumps(payload, ensure_ascii=False).encode("utf-8")})
        self._log("out", manifest, township, out, {"kind": kind})
        return manifest

    def _log(self, direction: str, manifest: dict[str, Any], peer: Trusted | dict[str, str], path: Path,
             result: dict[str, Any]) -> None:
        ident = peer.identity() if isinstance(peer, Trusted) else peer
        with self.db.transaction():
            self.db.conn.execute(
                """INSERT OR REPLACE INTO bundles (bundle_id, direction, kind, peer_site_id, peer_name, created_at, seq_from,
                       seq_to, handled_at, path, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (manifest["bundle_id"], direction, manifest["kind"], ident["site_id"], ident.get("name", ""),
                 manifest["created_at"], manifest.get("seq_from", 0), manifest.get("seq_to", 0), utc_now(), str(path),
                 json.dumps(result, ensure_ascii=False)))

    # ---- states ---------------------------------------------------------------------------------
    def record_state(self, table: str, uuid: str) -> str:
        """未同步 / 已发出 / 县级已确认 for one of this site's rows."""
        last = self.db.conn.execute("SELECT max(seq) FROM sync_changes WHERE tbl = ? AND uuid = ?", (table, uuid)).fetchone()[0]
        if last is None:
            return "acked"
        if last <= int(setting(self.db, ACKED_KEY, "0")):
            return "acked"
        sent = self.db.conn.execute("SELECT coalesce(max(seq_to), 0) FROM bundles WHERE direction = 'out' AND kind = 'changes'"
                                    ).fetchone()[0]
        return "sent" if last <= sent else "unsent"

    def record_state_counts(self) -> dict[str, int]:
        """How many of this site's disclosure records are unsent / sent / acked, in one query."""
        acked = int(setting(self.db, ACKED_KEY, "0"))
        sent = self.db.conn.execute("SELECT coalesce(max(seq_to), 0) FROM bundles WHERE direction = 'out' "
                                    "AND kind = 'changes'").fetchone()[0]
        # Every insert or edit of an own record is in the change log (triggers), so the latest change per
        # record is all that is needed: one pass over the log's (tbl, uuid, seq) index.
        row = self.db.conn.execute(
            """SELECT coalesce(sum(last <= ?), 0), coalesce(sum(last > ? AND last <= ?), 0), coalesce(sum(last > ?), 0)
               FROM (SELECT max(seq) AS last FROM sync_changes WHERE tbl = 'disclosures' GROUP BY uuid)""",
            (acked, acked, sent, max(acked, sent))).fetchone()
        counts = {"acked": row[0], "sent": row[1], "unsent": row[2]}
        return counts

    def history(self) -> list[dict[str, Any]]:
        rows = self.db.query("SELECT * FROM bundles ORDER BY handled_at DESC")
        for r in rows:
            r["result"] = json.loads(r["result"])
        return rows


def stdin_is_interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()
