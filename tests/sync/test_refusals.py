"""Every bundle the county must refuse is refused with a reason, and changes nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.sync.conftest import Office, make_office
from townshipdesk.errors import BundleRefused, KeyError_
from townshipdesk.sync.bundle_format import FORMAT_VERSION, write_bundle
from townshipdesk.sync.changes import encode_changes


def snapshot(office: Office) -> tuple[int, int, int]:
    q = office.db.conn.execute
    return (q("SELECT count(*) FROM disclosures").fetchone()[0], q("SELECT count(*) FROM catalog_items").fetchone()[0],
            q("SELECT count(*) FROM bundles").fetchone()[0])


def a_bundle(east: Office, tmp_path: Path) -> Path:
    item = east.catalog.search("临时救助")[0]
    east.records.add(item.uuid, "临时救助名单", "2026-11-02")
    path = tmp_path / "east.tdbundle"
    east.sync.export_changes(path)
    return path


def rewrite(path: Path, target: Path, change) -> Path:  # noqa: ANN001
    """Copy a bundle member by member, letting `change(name, data)` alter one."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            name, data = change(info.filename, src.read(info.filename))
            if name is not None:
                dst.writestr(name, data)
    return target


def refused(county: Office, path: Path, message: str) -> None:
    before = snapshot(county)
    with pytest.raises(BundleRefused, match=message):
        county.sync.import_bundle(path)
    assert snapshot(county) == before


def test_unknown_sender(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, _, _ = offices
    stranger = make_office(tmp_path, "外县某镇", "township", "530903100000")
    from townshipdesk.sync.keys import export_card

    export_card(county.db, county.data_dir, tmp_path / "c.card")
    stranger.sync.trust(tmp_path / "c.card")
    item = stranger.catalog.search("临时救助")[0]
    stranger.records.add(item.uuid, "x", "2026-11-02")
    stranger.sync.export_changes(tmp_path / "s.tdbundle")
    refused(county, tmp_path / "s.tdbundle", "不在信任列表中")


def test_bad_signature_and_tampered_payload(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _ = offices
    good = a_bundle(east, tmp_path)

    def edit_manifest(name: str, data: bytes):  # noqa: ANN202
        if name == "manifest.json":
            m = json.loads(data)
            m["counts"]["disclosures"] = 99
            return name, json.dumps(m).encode()
        return name, data

    refused(county, rewrite(good, tmp_path / "m.tdbundle", edit_manifest), "签名无效")

    def flip_payload(name: str, data: bytes):  # noqa: ANN202
        return name, (data[:100] + bytes([data[100] ^ 1]) + data[101:]) if name == "payload.bin" else data

    refused(county, rewrite(good, tmp_path / "p.tdbundle", flip_payload), "与清单不符")


def test_truncated_and_not_a_bundle(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _ = offices
    good = a_bundle(east, tmp_path)
    cut = tmp_path / "cut.tdbundle"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refused(county, cut, "不是完整的同步包")
    junk = tmp_path / "junk.tdbundle"
    junk.write_text("hello")
    refused(county, junk, "不是完整的同步包")


def test_wrong_recipient(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, west = offices
    other_county = make_office(tmp_path, "另一县", "county", "530903000000")
    from townshipdesk.sync.keys import export_card

    export_card(other_county.db, other_county.data_dir, tmp_path / "o.card")
    item = east.catalog.search("临时救助")[0]
    east.records.add(item.uuid, "x", "2026-11-02")
    # The east township trusts a second county by mistake and sends there.
    east.sync.trust(tmp_path / "o.card")
    east.sync.export_changes(tmp_path / "x.tdbundle", to="530903000000")
    refused(county, tmp_path / "x.tdbundle", "是发给“另一县”的")


def test_older_bundle_after_a_newer_one(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _ = offices
    item = east.catalog.search("临时救助")[0]
    east.records.add(item.uuid, "一", "2026-11-02")
    east.sync.export_changes(tmp_path / "old.tdbundle")
    import time

    time.sleep(1.1)  # bundle times have one-second resolution
    east.records.add(item.uuid, "二", "2026-11-03")
    east.sync.export_changes(tmp_path / "new.tdbundle")
    county.sync.import_bundle(tmp_path / "new.tdbundle")
    refused(county, tmp_path / "old.tdbundle", "较早的数据包")


def test_newer_format_unsafe_names_and_zip_bombs(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _ = offices
    good = a_bundle(east, tmp_path)

    def newer(name: str, data: bytes):  # noqa: ANN202
        if name == "manifest.json":
            m = json.loads(data)
            m["format"] = FORMAT_VERSION + 1
            return name, json.dumps(m).encode()
        return name, data

    refused(county, rewrite(good, tmp_path / "f.tdbundle", newer), "比本程序支持的 1 新")
    evil = rewrite(good, tmp_path / "e.tdbundle", lambda n, d: (n, d))
    with zipfile.ZipFile(evil, "a") as zf:
        zf.writestr("../../evil.txt", "x")
    refused(county, evil, "不安全的文件名")
    absolute = rewrite(good, tmp_path / "a.tdbundle", lambda n, d: (n, d))
    with zipfile.ZipFile(absolute, "a") as zf:
        zf.writestr("/etc/passwd", "x")
    refused(county, absolute, "不安全的文件名")
    bomb = tmp_path / "bomb.tdbundle"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", b"{" + b" " * (50 * 1024 * 1024) + b"}")
        zf.writestr("payload.bin", b"")
        zf.writestr("signature", b"")
    refused(county, bomb, "压缩炸弹")


def test_malformed_json_and_rows_the_sender_does_not_own(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, west = offices
    recipient = {"site_id": county.sync.site.site_id, "division_code": "530902000000", "name": county.name, "role": "county"}
    sender = east.sync.identity()
    box = county.sync.keys.box_public

    bad_json = tmp_path / "bad.tdbundle"
    write_bundle(bad_json, kind="changes", sender_keys=east.sync.keys, sender=sender, recipient=recipient,
                 recipient_box_key=box, inner={"changes.jsonl": b"{not json\n"})
    refused(county, bad_json, "不是有效的 JSON")

    west_item = west.catalog.items()[0]
    row = {k: v for k, v in west.db.query("SELECT * FROM catalog_items WHERE uuid = ?", (west_item.uuid,))[0].items()
           if k != "search_text"}
    forged = tmp_path / "forged.tdbundle"
    write_bundle(forged, kind="changes", sender_keys=east.sync.keys, sender=sender, recipient=recipient, recipient_box_key=box,
                 inner={"changes.jsonl": encode_changes([{"table": "catalog_items", "uuid": row["uuid"], "op": "upsert",
                                                          "seq": 1, "row": row}])},
                 seq_from=1, seq_to=1, counts={"catalog_items": 1})
    refused(county, forged, "不属于发送方")


def test_a_key_card_with_a_wrong_fingerprint_is_not_trusted(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _ = offices
    with pytest.raises(KeyError_, match="指纹不符"):
        county.sync.trust(tmp_path / "东镇.card", fingerprint="00000 00000 00000 00000 00000 00000")
    card = json.loads((tmp_path / "东镇.card").read_text(encoding="utf-8"))
    card["card"]["name"] = "冒名镇"
    (tmp_path / "fake.card").write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KeyError_, match="签名不对"):
        county.sync.trust(tmp_path / "fake.card")


def test_key_replacement_signed_by_the_old_key(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _ = offices
    new_card = east.sync.replace_keys(tmp_path / "new.card")
    county.sync.trust(tmp_path / "new.card", fingerprint=new_card.fingerprint)
    item = east.catalog.search("临时救助")[0]
    east.records.add(item.uuid, "换钥后", "2026-11-02")
    east.sync.export_changes(tmp_path / "after.tdbundle")
    assert county.sync.import_bundle(tmp_path / "after.tdbundle")["changed"] > 0


@pytest.mark.parametrize("content", [b"[" * 200_000 + b"]" * 200_000, b'{"card": []}', b'{"card": {"kind": 1}}',
                                     b"\xff\xfe not utf-8", b'{"card": {"kind": "townshipdesk-keycard", "role": "admin"}}',
                                     b" " * 100_000])
def test_a_hostile_key_card_is_refused_cleanly(offices, tmp_path: Path, content: bytes) -> None:  # noqa: ANN001
    county, _, _ = offices
    (tmp_path / "evil.card").write_bytes(content)
    with pytest.raises(KeyError_, match="不是有效的密钥卡文件"):
        county.sync.trust(tmp_path / "evil.card")


def test_a_township_never_writes_a_bundle_the_county_would_refuse(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, _west = offices
    record = east.records.add(east.catalog.search("临时救助")[0].uuid, "东镇临时救助名单", "2026-11-02")
    # A title longer than the format allows (written by an older version, or by hand into the database).
    east.db.conn.execute("UPDATE disclosures SET title = ? WHERE uuid = ?", ("长" * 600, record.uuid))
    east.db.conn.commit()
    out = tmp_path / "east.tdbundle"
    with pytest.raises(BundleRefused, match="县级会拒收") as caught:
        east.sync.export_changes(out)
    assert "文字过长（600 字，上限 500）" in str(caught.value) and "未生成任何文件" in str(caught.value)
    assert not out.exists() and not list(tmp_path.glob("*.tdbundle*"))
    east.records.update(record.uuid, {"title": "东镇临时救助名单"})
    east.sync.export_changes(out)
    assert county.sync.import_bundle(out)
