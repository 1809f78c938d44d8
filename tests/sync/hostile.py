"""Building hostile bundles the way an attacker or a broken township PC would: real zips, real signatures by a
township's own key (the "insider"), sealed to the county's real key; and checking a refusal through the CLI."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from nacl.public import PublicKey, SealedBox

from tests.sync.conftest import Office
from townshipdesk.cli.main import run
from townshipdesk.core.store import utc_now
from townshipdesk.sync.bundle_format import sha256
from townshipdesk.sync.changes import collect_changes, encode_changes
from townshipdesk.sync.keys import b64

SYNC_STATE_TABLES = ("catalog_items", "villages", "village_groups", "village_items", "disclosures", "disclosure_files",
                     "undisclosed_reviews",
                     "village_postings", "requests", "bundles", "peers", "sync_row_seq", "settings", "trusted_keys",
                     "calendar_years")


@dataclass
class World:
    county: Office
    east: Office
    west: Office
    tmp: Path
    good: Path  # a sound bundle from east, already imported

    def disclosure_row(self, **changes: Any) -> dict[str, Any]:
        """East's record as it travels, under a new id, with `changes` applied."""
        found, _, _ = collect_changes(self.east.db, 0)
        row = dict(next(c["row"] for c in found if c["table"] == "disclosures"))
        row["uuid"] = str(uuid.uuid4())
        row.update(changes)
        return row


def line(table: str, row: dict[str, Any], seq: int = 10_000, **extra: Any) -> dict[str, Any]:
    return {"table": table, "uuid": row["uuid"], "op": "upsert", "seq": seq, "row": row, **extra}


def forge(world: World, name: str, *, changes: list[dict[str, Any]] | None = None, inner: dict[str, bytes] | None = None,
          kind: str = "changes", edit: Callable[[dict[str, Any]], None] | None = None,
          manifest_bytes: bytes | None = None, signer: Office | None = None) -> Path:
    """A bundle signed by `signer` (east, the insider, by default) and sealed to the county."""
    signer = signer or world.east
    if inner is None:
        inner = {"changes.jsonl": encode_changes(changes or [])}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in inner.items():
            zf.writestr(member, data)
    payload = SealedBox(PublicKey(world.county.sync.keys.box_public)).encrypt(buffer.getvalue())
    seqs = [c["seq"] for c in changes or [] if isinstance(c.get("seq"), int)] or [10_000]
    counts: dict[str, int] = {}
    for c in changes or []:
        counts[c["table"]] = counts.get(c["table"], 0) + 1
    keys = signer.sync.keys
    manifest = {
        "format": 1, "kind": kind, "bundle_id": str(uuid.uuid4()), "created_at": utc_now(), "app_version": "0.1.0",
        "sender": {**signer.sync.identity(), "sign_key": b64(keys.sign_public)},
        "recipient": world.county.sync.identity(), "seq_from": min(seqs), "seq_to": max(seqs), "counts": counts,
        "payload": {"sha256": sha256(payload), "size": len(payload)},
        "contents": {m: {"sha256": sha256(d), "size": len(d)} for m, d in inner.items()},
    }
    if edit:
        edit(manifest)
    if manifest_bytes is None:
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode("utf-8")
    path = world.tmp / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("manifest.json", manifest_bytes)
        zf.writestr("payload.bin", payload)
        zf.writestr("signature", b64(keys.signing.sign(manifest_bytes).signature))
    return path


def state(office: Office) -> tuple[Any, ...]:
    """What a refusal must leave exactly as it was: every synced and sync table, and every file in the data folder
    except the backups (one pre-import backup a day is kept on purpose)."""
    q = office.db.conn.execute
    tables = tuple(hash(tuple(q(f"SELECT * FROM {t} ORDER BY rowid").fetchall())) for t in SYNC_STATE_TABLES)
    titles = tuple(r[0] for r in q("SELECT title FROM disclosures ORDER BY uuid"))
    files = tuple(sorted(str(p.relative_to(office.data_dir)) for p in office.data_dir.rglob("*")
                         if p.is_file() and "backups" not in p.parts and not p.name.startswith("townshipdesk.sqlite3")))
    return tables, titles, files


def refused_by_cli(world: World, path: Path, capsys: pytest.CaptureFixture[str], expected: str = "") -> str:
    """Import through the command line: exit 1, one line on stderr naming the problem, no traceback, nothing changed."""
    before = state(world.county)
    capsys.readouterr()
    code = run(["--data-dir", str(world.county.data_dir), "bundle", "import", str(path)])
    out = capsys.readouterr()
    message = out.err.strip()
    assert code == 1, (code, out.out, out.err)
    assert "Traceback" not in out.err and len(message.splitlines()) == 1, out.err
    assert expected in message, message
    assert state(world.county) == before
    return message


def refused_or_harmless(world: World, path: Path, capsys: pytest.CaptureFixture[str]) -> bool:
    """A damaged copy of a bundle already imported: refused cleanly, or (when the damage hit only a field the format
    does not rely on, such as a time stamp) read as that same bundle, changing nothing. True when refused."""
    before = state(world.county)
    capsys.readouterr()
    code = run(["--data-dir", str(world.county.data_dir), "bundle", "import", str(path)])
    out = capsys.readouterr()
    assert "Traceback" not in out.err, out.err
    assert state(world.county) == before
    if code == 0:
        assert "已导入过" in out.out, out.out
        return False
    assert code == 1 and len(out.err.strip().splitlines()) == 1, (code, out.err)
    return True
